import Foundation
import MendCore
import SQLKit

extension FieldSealer {
    /// Reads an account from a row holding the `accounts` columns.
    func account(from row: any SQLRow) throws -> Account {
        let id = try row.decode(column: "id", as: String.self)
        return Account(
            id: UserID(id),
            email: try open(try row.decode(column: "email_sealed", as: Data.self), place: "accounts.email:\(id)"),
            displayName: try open(try row.decode(column: "display_name_sealed", as: Data.self), place: "accounts.display_name:\(id)"),
            passwordHash: try row.decode(column: "password_hash", as: String.self),
            createdAt: Timestamp(millisecondsSinceEpoch: try row.decode(column: "created_at", as: Int64.self)),
            safetyMode: try row.decode(column: "safety_mode", as: Int.self) != 0,
            guideDoneAt: try row.decode(column: "guide_done_at", as: Int64?.self).map(Timestamp.init(millisecondsSinceEpoch:)),
            isPractitioner: try row.decode(column: "practitioner", as: Int.self) != 0
        )
    }

    /// The keyed hash accounts are found by email with.
    func emailIndex(_ email: String) -> String { index(email, purpose: "email") }
}
