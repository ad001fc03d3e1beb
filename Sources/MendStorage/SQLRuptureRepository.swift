import Foundation
import MendCore
import SQLKit

/// Ruptures; what happened, the feelings note and the let-go reflection are sealed to their row.
public struct SQLRuptureRepository: RuptureRepository {
    let database: Database
    let sealer: FieldSealer

    /// Creates the repository.
    public init(database: Database, sealer: FieldSealer) {
        self.database = database
        self.sealer = sealer
    }

    static let table = "ruptures"
    static let columns = [
        "id", "author_id", "couple_id", "what_sealed", "intensity", "feelings", "feelings_note_sealed", "happened_at", "created_at",
        "shared", "state", "reflection_sealed", "session_id", "settled_at",
    ]

    /// The rupture as a row of `columns`, its text sealed.
    func row(_ rupture: Rupture) throws -> [any SQLExpression] {
        [
            SQLBind(rupture.id), SQLBind(rupture.authorID.rawValue), SQLBind(rupture.coupleID?.rawValue),
            SQLBind(try sealer.seal(rupture.whatHappened, place: "ruptures.what:\(rupture.id)")), SQLBind(rupture.intensity),
            SQLBind(rupture.feelings.map(\.rawValue).joined(separator: ",")),
            SQLBind(try sealer.seal(rupture.feelingsNote, place: "ruptures.feelings_note:\(rupture.id)")),
            SQLBind(rupture.happenedAt.millisecondsSinceEpoch), SQLBind(rupture.createdAt.millisecondsSinceEpoch),
            SQLBind(rupture.isShared ? 1 : 0), SQLBind(rupture.state.rawValue),
            SQLBind(try rupture.letGoReflection.map { try sealer.seal($0, place: "ruptures.reflection:\(rupture.id)") }),
            SQLBind(rupture.sessionID), SQLBind(rupture.settledAt?.millisecondsSinceEpoch),
        ]
    }

    /// Adds the rupture.
    public func insert(_ rupture: Rupture) async throws {
        let row = try row(rupture)
        try await database.withSQL { sql in try await sql.insert(into: Self.table).columns(Self.columns).values(row).run() }
    }

    /// Stores the changeable fields.
    public func update(_ rupture: Rupture) async throws {
        let reflection = try rupture.letGoReflection.map { try sealer.seal($0, place: "ruptures.reflection:\(rupture.id)") }
        try await database.withSQL { sql in
            try await sql.update("ruptures")
                .set("shared", to: SQLBind(rupture.isShared ? 1 : 0))
                .set("state", to: SQLBind(rupture.state.rawValue))
                .set("reflection_sealed", to: SQLBind(reflection))
                .set("session_id", to: SQLBind(rupture.sessionID))
                .set("settled_at", to: SQLBind(rupture.settledAt?.millisecondsSinceEpoch))
                .where("id", .equal, SQLBind(rupture.id))
                .run()
        }
    }

    /// Deletes the rupture.
    public func delete(id: String) async throws {
        try await database.withSQL { sql in try await sql.delete(from: "ruptures").where("id", .equal, SQLBind(id)).run() }
    }

    /// One rupture by id.
    public func rupture(id: String) async throws -> Rupture? {
        try await first(where: "id", is: id)
    }

    /// The rupture a session was opened about.
    public func rupture(linkedTo sessionID: String) async throws -> Rupture? {
        try await first(where: "session_id", is: sessionID)
    }

    /// The person's ruptures and the ones shared in their space, newest first.
    public func ruptures(visibleTo userID: UserID, in coupleID: CoupleID?) async throws -> [Rupture] {
        let rows = try await database.withSQL { sql in
            try await sql.select().column("*").from("ruptures")
                .where(group: { group in
                    group.where("author_id", .equal, SQLBind(userID.rawValue))
                    if let coupleID {
                        group.orWhere(group: { shared in
                            shared.where("couple_id", .equal, SQLBind(coupleID.rawValue)).where("shared", .equal, SQLBind(1))
                        })
                    }
                    return group
                })
                .orderBy("happened_at", .descending).orderBy("id", .descending)
                .all()
        }
        return try rows.map(rupture(from:))
    }

    private func first(where column: String, is value: String) async throws -> Rupture? {
        let row = try await database.withSQL { sql in
            try await sql.select().column("*").from("ruptures").where(SQLIdentifier(column), .equal, SQLBind(value)).first()
        }
        return try row.map(rupture(from:))
    }

    private func rupture(from row: any SQLRow) throws -> Rupture {
        let id = try row.decode(column: "id", as: String.self)
        let reflection = try row.decode(column: "reflection_sealed", as: Data?.self)
        return Rupture(
            id: id,
            authorID: UserID(try row.decode(column: "author_id", as: String.self)),
            coupleID: try row.decode(column: "couple_id", as: String?.self).map(CoupleID.init),
            whatHappened: try sealer.open(try row.decode(column: "what_sealed", as: Data.self), place: "ruptures.what:\(id)"),
            intensity: try row.decode(column: "intensity", as: Int.self),
            feelings: try row.decode(column: "feelings", as: String.self).split(separator: ",").compactMap {
                Feeling(rawValue: String($0))
            },
            feelingsNote: try sealer.open(
                try row.decode(column: "feelings_note_sealed", as: Data.self), place: "ruptures.feelings_note:\(id)"),
            happenedAt: try row.timestamp("happened_at"),
            createdAt: try row.timestamp("created_at"),
            isShared: try row.decode(column: "shared", as: Int.self) != 0,
            state: RuptureState(rawValue: try row.decode(column: "state", as: String.self)) ?? .open,
            letGoReflection: try reflection.map { try sealer.open($0, place: "ruptures.reflection:\(id)") },
            sessionID: try row.decode(column: "session_id", as: String?.self),
            settledAt: try row.optionalTimestamp("settled_at")
        )
    }
}

extension SQLRow {
    /// A millisecond column as a timestamp.
    func timestamp(_ column: String) throws -> Timestamp {
        Timestamp(millisecondsSinceEpoch: try decode(column: column, as: Int64.self))
    }

    /// A nullable millisecond column as a timestamp.
    func optionalTimestamp(_ column: String) throws -> Timestamp? {
        try decode(column: column, as: Int64?.self).map(Timestamp.init(millisecondsSinceEpoch:))
    }
}
