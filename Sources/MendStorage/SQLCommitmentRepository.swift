import Foundation
import MendCore
import SQLKit

/// Commitments (their words sealed) and the partner's daily marks.
public struct SQLCommitmentRepository: CommitmentRepository {
    let database: Database
    let sealer: FieldSealer

    /// Creates the repository.
    public init(database: Database, sealer: FieldSealer) {
        self.database = database
        self.sealer = sealer
    }

    static let table = "commitments"
    static let columns = ["id", "couple_id", "owner_id", "text_sealed", "created_at", "session_id", "ended_at"]
    static let markTable = "commitment_marks"
    static let markColumns = ["commitment_id", "couple_id", "day", "kept", "marked_by", "at"]

    /// The commitment as a row of `columns`, its words sealed.
    func row(_ commitment: Commitment) throws -> [any SQLExpression] {
        [
            SQLBind(commitment.id), SQLBind(commitment.coupleID.rawValue), SQLBind(commitment.ownerID.rawValue),
            SQLBind(try sealer.seal(commitment.text, place: "commitments.text:\(commitment.id)")),
            SQLBind(commitment.createdAt.millisecondsSinceEpoch), SQLBind(commitment.sessionID),
            SQLBind(commitment.endedAt?.millisecondsSinceEpoch),
        ]
    }

    /// A mark as a row of `markColumns`.
    static func row(_ mark: CommitmentMark, coupleID: String) -> [any SQLExpression] {
        [
            SQLBind(mark.commitmentID), SQLBind(coupleID), SQLBind(mark.day), SQLBind(mark.kept ? 1 : 0), SQLBind(mark.markedBy.rawValue),
            SQLBind(mark.at.millisecondsSinceEpoch),
        ]
    }

    /// Adds the commitment.
    public func insert(_ commitment: Commitment) async throws {
        let row = try row(commitment)
        try await database.withSQL { sql in try await sql.insert(into: Self.table).columns(Self.columns).values(row).run() }
    }

    /// One commitment by id.
    public func commitment(id: String) async throws -> Commitment? {
        let row = try await database.withSQL { sql in
            try await sql.select().column("*").from("commitments").where("id", .equal, SQLBind(id)).first()
        }
        return try row.map(commitment(from:))
    }

    /// The couple's commitments, newest first.
    public func commitments(in coupleID: CoupleID) async throws -> [Commitment] {
        let rows = try await database.withSQL { sql in
            try await sql.select().column("*").from("commitments").where("couple_id", .equal, SQLBind(coupleID.rawValue))
                .orderBy("created_at", .descending).orderBy("id", .descending).all()
        }
        return try rows.map(commitment(from:))
    }

    /// Retires the commitment.
    public func end(id: String, at time: Timestamp) async throws {
        try await database.withSQL { sql in
            try await sql.update("commitments").set("ended_at", to: SQLBind(time.millisecondsSinceEpoch))
                .where("id", .equal, SQLBind(id)).run()
        }
    }

    /// Records the mark, replacing the day's earlier one.
    public func mark(_ mark: CommitmentMark) async throws {
        try await database.transaction { sql in
            guard
                let row = try await sql.select().column("couple_id").from("commitments")
                    .where("id", .equal, SQLBind(mark.commitmentID)).first()
            else { throw MendError.notFound }
            let coupleID = try row.decode(column: "couple_id", as: String.self)
            try await sql.delete(from: "commitment_marks")
                .where("commitment_id", .equal, SQLBind(mark.commitmentID)).where("day", .equal, SQLBind(mark.day)).run()
            try await sql.insert(into: Self.markTable).columns(Self.markColumns).values(Self.row(mark, coupleID: coupleID)).run()
        }
    }

    /// The couple's marks on or after `sinceDay`.
    public func marks(in coupleID: CoupleID, sinceDay: Int) async throws -> [CommitmentMark] {
        let rows = try await database.withSQL { sql in
            try await sql.select().column("*").from("commitment_marks")
                .where("couple_id", .equal, SQLBind(coupleID.rawValue)).where("day", .greaterThanOrEqual, SQLBind(sinceDay))
                .orderBy("day").all()
        }
        return try rows.map { row in
            CommitmentMark(
                commitmentID: try row.decode(column: "commitment_id", as: String.self),
                day: try row.decode(column: "day", as: Int.self),
                kept: try row.decode(column: "kept", as: Int.self) != 0,
                markedBy: UserID(try row.decode(column: "marked_by", as: String.self)),
                at: try row.timestamp("at")
            )
        }
    }

    private func commitment(from row: any SQLRow) throws -> Commitment {
        let id = try row.decode(column: "id", as: String.self)
        return Commitment(
            id: id,
            coupleID: CoupleID(try row.decode(column: "couple_id", as: String.self)),
            ownerID: UserID(try row.decode(column: "owner_id", as: String.self)),
            text: try sealer.open(try row.decode(column: "text_sealed", as: Data.self), place: "commitments.text:\(id)"),
            createdAt: try row.timestamp("created_at"),
            sessionID: try row.decode(column: "session_id", as: String?.self),
            endedAt: try row.optionalTimestamp("ended_at")
        )
    }
}
