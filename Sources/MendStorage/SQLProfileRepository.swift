import Foundation
import MendCore
import SQLKit

/// Pattern profiles: protective patterns and repair phrases, every word sealed.
public struct SQLProfileRepository: ProfileRepository {
    let database: Database
    let sealer: FieldSealer

    /// Creates the repository.
    public init(database: Database, sealer: FieldSealer) {
        self.database = database
        self.sealer = sealer
    }

    static let patternTable = "patterns"
    static let patternColumns = ["id", "user_id", "kind", "name_sealed", "origin_sealed", "responsibility_sealed", "shared", "created_at"]
    static let phraseTable = "repair_phrases"
    static let phraseColumns = ["id", "user_id", "text_sealed", "shared", "created_at"]

    /// The pattern as a row of `patternColumns`, its words sealed.
    func row(_ pattern: ProtectivePattern) throws -> [any SQLExpression] {
        let sealed = try seal(pattern)
        return [
            SQLBind(pattern.id), SQLBind(pattern.userID.rawValue), SQLBind(pattern.kind.rawValue), SQLBind(sealed.name),
            SQLBind(sealed.origin), SQLBind(sealed.responsibility), SQLBind(pattern.isShared ? 1 : 0),
            SQLBind(pattern.createdAt.millisecondsSinceEpoch),
        ]
    }

    /// The phrase as a row of `phraseColumns`, its words sealed.
    func row(_ phrase: RepairPhrase) throws -> [any SQLExpression] {
        [
            SQLBind(phrase.id), SQLBind(phrase.userID.rawValue),
            SQLBind(try sealer.seal(phrase.text, place: "repair_phrases.text:\(phrase.id)")), SQLBind(phrase.isShared ? 1 : 0),
            SQLBind(phrase.createdAt.millisecondsSinceEpoch),
        ]
    }

    /// Adds the pattern.
    public func insert(_ pattern: ProtectivePattern) async throws {
        let row = try row(pattern)
        try await database.withSQL { sql in try await sql.insert(into: Self.patternTable).columns(Self.patternColumns).values(row).run() }
    }

    /// Stores the pattern's fields.
    public func update(_ pattern: ProtectivePattern) async throws {
        let sealed = try seal(pattern)
        try await database.withSQL { sql in
            try await sql.update("patterns")
                .set("kind", to: SQLBind(pattern.kind.rawValue)).set("name_sealed", to: SQLBind(sealed.name))
                .set("origin_sealed", to: SQLBind(sealed.origin)).set("responsibility_sealed", to: SQLBind(sealed.responsibility))
                .set("shared", to: SQLBind(pattern.isShared ? 1 : 0))
                .where("id", .equal, SQLBind(pattern.id)).run()
        }
    }

    /// Deletes the pattern.
    public func deletePattern(id: String) async throws {
        try await database.withSQL { sql in try await sql.delete(from: "patterns").where("id", .equal, SQLBind(id)).run() }
    }

    /// One pattern by id.
    public func pattern(id: String) async throws -> ProtectivePattern? {
        let row = try await database.withSQL { sql in
            try await sql.select().column("*").from("patterns").where("id", .equal, SQLBind(id)).first()
        }
        return try row.map(pattern(from:))
    }

    /// The person's patterns, oldest first.
    public func patterns(of userID: UserID, sharedOnly: Bool) async throws -> [ProtectivePattern] {
        let rows = try await database.withSQL { sql in
            let query = sql.select().column("*").from("patterns").where("user_id", .equal, SQLBind(userID.rawValue))
            if sharedOnly { query.where("shared", .equal, SQLBind(1)) }
            return try await query.orderBy("created_at").orderBy("id").all()
        }
        return try rows.map(pattern(from:))
    }

    /// Adds the phrase.
    public func insert(_ phrase: RepairPhrase) async throws {
        let row = try row(phrase)
        try await database.withSQL { sql in try await sql.insert(into: Self.phraseTable).columns(Self.phraseColumns).values(row).run() }
    }

    /// Stores the phrase's fields.
    public func update(_ phrase: RepairPhrase) async throws {
        let text = try sealer.seal(phrase.text, place: "repair_phrases.text:\(phrase.id)")
        try await database.withSQL { sql in
            try await sql.update("repair_phrases").set("text_sealed", to: SQLBind(text)).set("shared", to: SQLBind(phrase.isShared ? 1 : 0))
                .where("id", .equal, SQLBind(phrase.id)).run()
        }
    }

    /// Deletes the phrase.
    public func deletePhrase(id: String) async throws {
        try await database.withSQL { sql in try await sql.delete(from: "repair_phrases").where("id", .equal, SQLBind(id)).run() }
    }

    /// One phrase by id.
    public func phrase(id: String) async throws -> RepairPhrase? {
        let row = try await database.withSQL { sql in
            try await sql.select().column("*").from("repair_phrases").where("id", .equal, SQLBind(id)).first()
        }
        return try row.map(phrase(from:))
    }

    /// The person's phrases, oldest first.
    public func phrases(of userID: UserID, sharedOnly: Bool) async throws -> [RepairPhrase] {
        let rows = try await database.withSQL { sql in
            let query = sql.select().column("*").from("repair_phrases").where("user_id", .equal, SQLBind(userID.rawValue))
            if sharedOnly { query.where("shared", .equal, SQLBind(1)) }
            return try await query.orderBy("created_at").orderBy("id").all()
        }
        return try rows.map(phrase(from:))
    }

    private func seal(_ pattern: ProtectivePattern) throws -> (name: Data, origin: Data, responsibility: Data) {
        (
            try sealer.seal(pattern.name, place: "patterns.name:\(pattern.id)"),
            try sealer.seal(pattern.origin, place: "patterns.origin:\(pattern.id)"),
            try sealer.seal(pattern.responsibility, place: "patterns.responsibility:\(pattern.id)")
        )
    }

    private func pattern(from row: any SQLRow) throws -> ProtectivePattern {
        let id = try row.decode(column: "id", as: String.self)
        return ProtectivePattern(
            id: id,
            userID: UserID(try row.decode(column: "user_id", as: String.self)),
            kind: PatternKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .other,
            name: try sealer.open(try row.decode(column: "name_sealed", as: Data.self), place: "patterns.name:\(id)"),
            origin: try sealer.open(try row.decode(column: "origin_sealed", as: Data.self), place: "patterns.origin:\(id)"),
            responsibility: try sealer.open(
                try row.decode(column: "responsibility_sealed", as: Data.self), place: "patterns.responsibility:\(id)"),
            isShared: try row.decode(column: "shared", as: Int.self) != 0,
            createdAt: try row.timestamp("created_at")
        )
    }

    private func phrase(from row: any SQLRow) throws -> RepairPhrase {
        let id = try row.decode(column: "id", as: String.self)
        return RepairPhrase(
            id: id,
            userID: UserID(try row.decode(column: "user_id", as: String.self)),
            text: try sealer.open(try row.decode(column: "text_sealed", as: Data.self), place: "repair_phrases.text:\(id)"),
            isShared: try row.decode(column: "shared", as: Int.self) != 0,
            createdAt: try row.timestamp("created_at")
        )
    }
}
