import MendCore
import SQLKit

/// Couples' links to practitioners and the log of practitioner reads.
public struct SQLPractitionerRepository: PractitionerRepository {
    let database: Database

    /// Creates the repository.
    public init(database: Database) {
        self.database = database
    }

    /// Links the couple, replacing an earlier link.
    public func link(_ coupleID: CoupleID, to practitionerID: UserID, by userID: UserID, at time: Timestamp) async throws {
        try await database.transaction { sql in
            try await sql.delete(from: "practitioner_links").where("couple_id", .equal, SQLBind(coupleID.rawValue)).run()
            try await sql.insert(into: "practitioner_links").columns("couple_id", "practitioner_id", "invited_by", "created_at")
                .values(
                    SQLBind(coupleID.rawValue), SQLBind(practitionerID.rawValue), SQLBind(userID.rawValue),
                    SQLBind(time.millisecondsSinceEpoch)
                )
                .run()
        }
    }

    /// Removes the link.
    public func unlink(_ coupleID: CoupleID) async throws {
        try await database.withSQL { sql in
            try await sql.delete(from: "practitioner_links").where("couple_id", .equal, SQLBind(coupleID.rawValue)).run()
        }
    }

    /// The couple's practitioner.
    public func practitioner(of coupleID: CoupleID) async throws -> (id: UserID, since: Timestamp)? {
        let row = try await database.withSQL { sql in
            try await sql.select().columns("practitioner_id", "created_at").from("practitioner_links")
                .where("couple_id", .equal, SQLBind(coupleID.rawValue)).first()
        }
        return try row.map { (UserID(try $0.decode(column: "practitioner_id", as: String.self)), try $0.timestamp("created_at")) }
    }

    /// The practitioner's couples.
    public func couples(of practitionerID: UserID) async throws -> [CoupleID] {
        let rows = try await database.withSQL { sql in
            try await sql.select().column("couple_id").from("practitioner_links")
                .where("practitioner_id", .equal, SQLBind(practitionerID.rawValue)).orderBy("created_at").all()
        }
        return try rows.map { CoupleID(try $0.decode(column: "couple_id", as: String.self)) }
    }

    /// The people in a space.
    public func members(of coupleID: CoupleID) async throws -> [UserID] {
        let rows = try await database.withSQL { sql in
            try await sql.select().column("user_id").from("memberships").where("couple_id", .equal, SQLBind(coupleID.rawValue))
                .orderBy("joined_at").orderBy("user_id").all()
        }
        return try rows.map { UserID(try $0.decode(column: "user_id", as: String.self)) }
    }

    /// Logs a read.
    public func logRead(_ coupleID: CoupleID, by practitionerID: UserID, what: String, at time: Timestamp) async throws {
        try await database.withSQL { sql in
            try await sql.insert(into: "practitioner_reads").columns("couple_id", "practitioner_id", "at", "what")
                .values(SQLBind(coupleID.rawValue), SQLBind(practitionerID.rawValue), SQLBind(time.millisecondsSinceEpoch), SQLBind(what))
                .run()
        }
    }

    /// The read log, newest first.
    public func reads(of coupleID: CoupleID, limit: Int) async throws -> [(at: Timestamp, what: String)] {
        let rows = try await database.withSQL { sql in
            try await sql.select().columns("at", "what").from("practitioner_reads").where("couple_id", .equal, SQLBind(coupleID.rawValue))
                .orderBy("at", .descending).limit(limit).all()
        }
        return try rows.map { (try $0.timestamp("at"), try $0.decode(column: "what", as: String.self)) }
    }
}
