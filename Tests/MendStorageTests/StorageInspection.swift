import Foundation
import MendStorage
import MendTestSupport
import SQLKit

/// Counts rows where `column` equals `value`, straight from the database.
func rowCount(_ test: TestDatabase, table: String, column: String, value: String) async throws -> Int {
    try await test.database.withSQL { sql in
        try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table)
            .where(SQLIdentifier(column), .equal, SQLBind(value)).first()?.decode(column: "n", as: Int.self) ?? 0
    }
}

/// Every table's rows rendered as text (bytes decoded leniently), for plaintext searches.
func allStoredText(_ test: TestDatabase) async throws -> String {
    var text = ""
    for table in [
        "accounts", "auth_sessions", "couples", "memberships", "invites", "login_failures", "repair_sessions", "repair_events",
        "ruptures", "check_ins", "commitments", "commitment_marks", "patterns", "repair_phrases", "appreciations",
    ] {
        let rows = try await test.database.withSQL { sql in try await sql.select().column("*").from(table).all() }
        for row in rows {
            for column in row.allColumns {
                if let string = try? row.decode(column: column, as: String.self) {
                    text += string + "\n"
                } else if let data = try? row.decode(column: column, as: Data.self) {
                    text += String(decoding: data, as: UTF8.self) + "\n"
                }
            }
        }
    }
    return text
}
