import MendCore
import SQLKit

/// Each partner's consent to a summary for a professional.
public struct SQLSupportConsentRepository: SupportConsentRepository {
    let database: Database

    /// Creates the repository.
    public init(database: Database) {
        self.database = database
    }

    /// Who has consented in the space, and when.
    public func consents(in coupleID: CoupleID) async throws -> [UserID: Timestamp] {
        let rows = try await database.withSQL { sql in
            try await sql.select().columns("user_id", "granted_at").from("support_consents")
                .where("couple_id", .equal, SQLBind(coupleID.rawValue)).all()
        }
        var consents: [UserID: Timestamp] = [:]
        for row in rows { consents[UserID(try row.decode(column: "user_id", as: String.self))] = try row.timestamp("granted_at") }
        return consents
    }

    /// Records or withdraws consent.
    public func setConsent(_ granted: Bool, for userID: UserID, in coupleID: CoupleID, at time: Timestamp) async throws {
        try await database.transaction { sql in
            try await sql.delete(from: "support_consents")
                .where("couple_id", .equal, SQLBind(coupleID.rawValue)).where("user_id", .equal, SQLBind(userID.rawValue)).run()
            guard granted else { return }
            try await sql.insert(into: "support_consents").columns("couple_id", "user_id", "granted_at")
                .values(SQLBind(coupleID.rawValue), SQLBind(userID.rawValue), SQLBind(time.millisecondsSinceEpoch)).run()
        }
    }
}
