import Foundation
import MendCore
import SQLKit

/// Appreciations; their words are sealed.
public struct SQLAppreciationRepository: AppreciationRepository {
    let database: Database
    let sealer: FieldSealer

    /// Creates the repository.
    public init(database: Database, sealer: FieldSealer) {
        self.database = database
        self.sealer = sealer
    }

    static let table = "appreciations"
    static let columns = ["id", "couple_id", "author_id", "text_sealed", "created_at"]

    /// The appreciation as a row of `columns`, its words sealed.
    func row(_ appreciation: Appreciation) throws -> [any SQLExpression] {
        [
            SQLBind(appreciation.id), SQLBind(appreciation.coupleID.rawValue), SQLBind(appreciation.authorID.rawValue),
            SQLBind(try sealer.seal(appreciation.text, place: "appreciations.text:\(appreciation.id)")),
            SQLBind(appreciation.createdAt.millisecondsSinceEpoch),
        ]
    }

    /// Adds the appreciation.
    public func insert(_ appreciation: Appreciation) async throws {
        let row = try row(appreciation)
        try await database.withSQL { sql in try await sql.insert(into: Self.table).columns(Self.columns).values(row).run() }
    }

    /// The couple's latest appreciations.
    public func appreciations(in coupleID: CoupleID, limit: Int) async throws -> [Appreciation] {
        let rows = try await database.withSQL { sql in
            try await sql.select().column("*").from("appreciations").where("couple_id", .equal, SQLBind(coupleID.rawValue))
                .orderBy("created_at", .descending).orderBy("id", .descending).limit(limit).all()
        }
        return try rows.map { row in
            let id = try row.decode(column: "id", as: String.self)
            return Appreciation(
                id: id,
                coupleID: CoupleID(try row.decode(column: "couple_id", as: String.self)),
                authorID: UserID(try row.decode(column: "author_id", as: String.self)),
                text: try sealer.open(try row.decode(column: "text_sealed", as: Data.self), place: "appreciations.text:\(id)"),
                createdAt: try row.timestamp("created_at")
            )
        }
    }

    /// Appreciations per author since `since`.
    public func counts(in coupleID: CoupleID, since: Timestamp) async throws -> [UserID: Int] {
        let rows = try await database.withSQL { sql in
            try await sql.select().column("author_id").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("appreciations")
                .where("couple_id", .equal, SQLBind(coupleID.rawValue))
                .where("created_at", .greaterThanOrEqual, SQLBind(since.millisecondsSinceEpoch))
                .groupBy("author_id").all()
        }
        var counts: [UserID: Int] = [:]
        for row in rows { counts[UserID(try row.decode(column: "author_id", as: String.self))] = try row.decode(column: "n", as: Int.self) }
        return counts
    }
}
