import Foundation
import MendCore
import SQLKit

/// Accounts in SQLite or PostgreSQL, with email and display name sealed at rest.
public struct SQLAccountRepository: AccountRepository {
    let database: Database
    let sealer: FieldSealer

    /// Creates the repository.
    public init(database: Database, sealer: FieldSealer) {
        self.database = database
        self.sealer = sealer
    }

    static let table = "accounts"
    static let columns = ["id", "email_index", "email_sealed", "display_name_sealed", "password_hash", "created_at", "practitioner"]

    /// The account as a row of `columns`: email and name sealed, the email also as its keyed index.
    func row(_ account: Account) throws -> [any SQLExpression] {
        let id = account.id.rawValue
        return [
            SQLBind(id), SQLBind(sealer.emailIndex(account.email)), SQLBind(try sealer.seal(account.email, place: "accounts.email:\(id)")),
            SQLBind(try sealer.seal(account.displayName, place: "accounts.display_name:\(id)")), SQLBind(account.passwordHash),
            SQLBind(account.createdAt.millisecondsSinceEpoch), SQLBind(account.isPractitioner ? 1 : 0),
        ]
    }

    /// Inserts the account; a taken email becomes `MendError.conflict("email_taken")`.
    public func create(_ account: Account) async throws {
        let row = try row(account)
        do {
            try await database.withSQL { sql in try await sql.insert(into: Self.table).columns(Self.columns).values(row).run() }
        } catch  where isUniqueViolation(error) {
            throw MendError.conflict(code: "email_taken", message: "There's already an account with that email. Try logging in instead.")
        }
    }

    /// The account with this id.
    public func find(id: UserID) async throws -> Account? {
        try await findOne(column: "id", value: id.rawValue)
    }

    /// The accounts with these ids, in one query.
    public func find(ids: [UserID]) async throws -> [Account] {
        guard !ids.isEmpty else { return [] }
        let rows = try await database.withSQL { sql in
            try await sql.select().column("*").from("accounts").where("id", .in, ids.map(\.rawValue)).all()
        }
        return try rows.map(sealer.account(from:))
    }

    /// The account with this normalised email.
    public func find(email: String) async throws -> Account? {
        try await findOne(column: "email_index", value: sealer.emailIndex(email))
    }

    private func findOne(column: String, value: String) async throws -> Account? {
        let row = try await database.withSQL { sql in
            try await sql.select().column("*").from("accounts").where(SQLIdentifier(column), .equal, SQLBind(value)).first()
        }
        return try row.map(sealer.account(from:))
    }

    /// Turns safety mode on or off.
    public func setSafetyMode(_ on: Bool, for id: UserID) async throws {
        try await database.withSQL { sql in
            try await sql.update("accounts").set("safety_mode", to: SQLBind(on ? 1 : 0)).where("id", .equal, SQLBind(id.rawValue)).run()
        }
    }

    /// Records when the guide was finished.
    public func markGuideDone(for id: UserID, at time: Timestamp) async throws {
        try await database.withSQL { sql in
            try await sql.update("accounts").set("guide_done_at", to: SQLBind(time.millisecondsSinceEpoch))
                .where("id", .equal, SQLBind(id.rawValue)).run()
        }
    }

    /// Replaces the password hash.
    public func updatePasswordHash(_ hash: String, for id: UserID) async throws {
        try await database.withSQL { sql in
            try await sql.update("accounts").set("password_hash", to: SQLBind(hash)).where("id", .equal, SQLBind(id.rawValue)).run()
        }
    }

    /// Deletes the account, its sessions, invites and failed sign-ins, and its space once empty.
    public func delete(id: UserID) async throws {
        guard let account = try await find(id: id) else { throw MendError.notFound }
        let failureKey = sealer.index("account:\(account.email)", purpose: "login")
        try await database.transaction { sql in
            let coupleID = try await sql.select().column("couple_id").from("memberships")
                .where("user_id", .equal, SQLBind(id.rawValue)).first()?.decode(column: "couple_id", as: String.self)
            // Foreign keys cascade to sign-in sessions, memberships, invites, ruptures, check-ins and
            // the pattern profile. What the person wrote into the couple's shared space goes too;
            // their words in repair conversations become a neutral placeholder, so the partner's
            // transcript still reads in order.
            try await sql.delete(from: "commitments").where("owner_id", .equal, SQLBind(id.rawValue)).run()
            try await sql.delete(from: "commitment_marks").where("marked_by", .equal, SQLBind(id.rawValue)).run()
            try await sql.delete(from: "appreciations").where("author_id", .equal, SQLBind(id.rawValue)).run()
            try await SQLRepairSessionRepository.redact(
                authoredBy: id, placeholder: RepairAction.removedPlaceholder, sealer: sealer, sql: sql)
            try await sql.delete(from: "accounts").where("id", .equal, SQLBind(id.rawValue)).run()
            try await sql.delete(from: "login_failures").where("key_hash", .equal, SQLBind(failureKey)).run()
            if let coupleID {
                try await SQLCoupleRepository.deleteIfEmpty(coupleID: coupleID, sql: sql)
            }
        }
    }
}
