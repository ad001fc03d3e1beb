import Foundation
import MendCore
import SQLKit

/// Reflections, every word sealed.
public struct SQLReflectionRepository: ReflectionRepository {
    let database: Database
    let sealer: FieldSealer

    /// Creates the repository.
    public init(database: Database, sealer: FieldSealer) {
        self.database = database
        self.sealer = sealer
    }

    /// The person's reflection.
    public func reflection(of userID: UserID) async throws -> Reflection? {
        let row = try await database.withSQL { sql in
            try await sql.select().column("*").from("reflections").where("user_id", .equal, SQLBind(userID.rawValue)).first()
        }
        return try row.map { row in
            let id = userID.rawValue
            return Reflection(
                userID: userID,
                needs: try sealer.open(try row.decode(column: "needs_sealed", as: Data.self), place: "reflections.needs:\(id)"),
                tried: try sealer.open(try row.decode(column: "tried_sealed", as: Data.self), place: "reflections.tried:\(id)"),
                hopes: try sealer.open(try row.decode(column: "hopes_sealed", as: Data.self), place: "reflections.hopes:\(id)"),
                isShared: try row.decode(column: "shared", as: Int.self) != 0,
                updatedAt: try row.timestamp("updated_at"))
        }
    }

    /// Writes the reflection, replacing the earlier one.
    public func save(_ reflection: Reflection) async throws {
        let id = reflection.userID.rawValue
        let needs = try sealer.seal(reflection.needs, place: "reflections.needs:\(id)")
        let tried = try sealer.seal(reflection.tried, place: "reflections.tried:\(id)")
        let hopes = try sealer.seal(reflection.hopes, place: "reflections.hopes:\(id)")
        try await database.transaction { sql in
            try await sql.delete(from: "reflections").where("user_id", .equal, SQLBind(id)).run()
            try await sql.insert(into: "reflections").columns(
                "user_id", "needs_sealed", "tried_sealed", "hopes_sealed", "shared", "updated_at"
            )
            .values(
                SQLBind(id), SQLBind(needs), SQLBind(tried), SQLBind(hopes), SQLBind(reflection.isShared ? 1 : 0),
                SQLBind(reflection.updatedAt.millisecondsSinceEpoch)
            ).run()
        }
    }
}
