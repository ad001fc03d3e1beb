import Foundation
import MendCore
import SQLKit

/// Couple spaces, memberships and invites. Invite codes are stored only as keyed hashes.
public struct SQLCoupleRepository: CoupleRepository {
    let database: Database
    let sealer: FieldSealer

    /// Creates the repository.
    public init(database: Database, sealer: FieldSealer) {
        self.database = database
        self.sealer = sealer
    }

    private func codeHash(_ invite: InviteCode) -> String { sealer.index(invite.canonical, purpose: "invite") }

    /// The person's space with its partners in joining order.
    public func couple(of userID: UserID) async throws -> Couple? {
        let sealer = self.sealer
        return try await database.withSQL { sql in
            guard
                let row = try await sql.select().column(SQLColumn("id", table: "couples")).column(SQLColumn("created_at", table: "couples"))
                    .column(SQLColumn("activation_threshold", table: "couples")).column(SQLColumn("break_seconds", table: "couples"))
                    .column(SQLColumn("closing_since", table: "couples"))
                    .from("memberships")
                    .join("couples", on: SQLColumn("couple_id", table: "memberships"), .equal, SQLColumn("id", table: "couples"))
                    .where(SQLColumn("user_id", table: "memberships"), .equal, SQLBind(userID.rawValue))
                    .first()
            else { return nil }
            let coupleID = try row.decode(column: "id", as: String.self)
            let partners = try await sql.select()
                .column(SQLColumn(SQLLiteral.all, table: SQLIdentifier("accounts")))
                .column(SQLColumn("close_confirmed_at", table: "memberships"))
                .from("memberships")
                .join("accounts", on: SQLColumn("user_id", table: "memberships"), .equal, SQLColumn("id", table: "accounts"))
                .where(SQLColumn("couple_id", table: "memberships"), .equal, SQLBind(coupleID))
                .orderBy(SQLColumn("joined_at", table: "memberships"))
                .orderBy(SQLColumn("id", table: "accounts"))
                .all()
                .map { row in
                    let account = try sealer.account(from: row)
                    return Partner(
                        id: account.id, displayName: account.displayName,
                        confirmedClose: try row.decode(column: "close_confirmed_at", as: Int64?.self) != nil)
                }
            return Couple(
                id: CoupleID(coupleID),
                createdAt: Timestamp(millisecondsSinceEpoch: try row.decode(column: "created_at", as: Int64.self)),
                partners: partners,
                repairSettings: RepairSettings(
                    activationThreshold: try row.decode(column: "activation_threshold", as: Int.self),
                    breakSeconds: try row.decode(column: "break_seconds", as: Int.self)
                ),
                closingSince: try row.decode(column: "closing_since", as: Int64?.self).map(Timestamp.init(millisecondsSinceEpoch:))
            )
        }
    }

    /// Creates the space, its first membership and its invite together.
    public func create(id: CoupleID, by userID: UserID, at now: Timestamp, invite: InviteCode, inviteExpiresAt: Timestamp) async throws {
        let hash = codeHash(invite)
        try await database.transaction { sql in
            try await Self.requireNoMembership(userID, sql: sql)
            try await sql.insert(into: "couples").columns("id", "created_at")
                .values(SQLBind(id.rawValue), SQLBind(now.millisecondsSinceEpoch)).run()
            try await Self.insertMembership(userID: userID, coupleID: id.rawValue, at: now, sql: sql)
            try await Self.insertInvite(hash: hash, coupleID: id.rawValue, by: userID, at: now, expiresAt: inviteExpiresAt, sql: sql)
        }
    }

    /// Adds another invite to the space.
    public func addInvite(for coupleID: CoupleID, by userID: UserID, invite: InviteCode, at now: Timestamp, expiresAt: Timestamp)
        async throws
    {
        let hash = codeHash(invite)
        try await database.withSQL { sql in
            try await Self.insertInvite(hash: hash, coupleID: coupleID.rawValue, by: userID, at: now, expiresAt: expiresAt, sql: sql)
        }
    }

    /// Checks the invite and the space, then adds the person and uses the invite up, atomically.
    public func join(userID: UserID, invite: InviteCode, at now: Timestamp) async throws -> CoupleID {
        let hash = codeHash(invite)
        return try await database.transaction { sql in
            guard
                let row = try await sql.select().columns("couple_id", "expires_at", "used_at").from("invites")
                    .where("code_hash", .equal, SQLBind(hash)).for(.update).first()
            else { throw MendError.invalidInvite }
            let coupleID = try row.decode(column: "couple_id", as: String.self)
            let usedAt = try row.decode(column: "used_at", as: Int64?.self)
            let expiresAt = try row.decode(column: "expires_at", as: Int64.self)
            guard usedAt == nil, now.millisecondsSinceEpoch < expiresAt else { throw MendError.invalidInvite }
            // Lock the space's row so two people cannot both take its last place.
            _ = try await sql.select().column("id").from("couples").where("id", .equal, SQLBind(coupleID)).for(.update).first()
            try await Self.requireNoMembership(userID, sql: sql)
            guard try await Self.memberCount(coupleID: coupleID, sql: sql) < Couple.capacity else {
                throw MendError.conflict(code: "couple_full", message: "That space already has two partners in it.")
            }
            try await Self.insertMembership(userID: userID, coupleID: coupleID, at: now, sql: sql)
            try await sql.update("invites").set("used_at", to: SQLBind(now.millisecondsSinceEpoch))
                .where("code_hash", .equal, SQLBind(hash)).run()
            return CoupleID(coupleID)
        }
    }

    /// Removes the person from their space, deleting the space once it is empty.
    public func leave(userID: UserID, at now: Timestamp) async throws {
        try await database.transaction { sql in
            guard
                let coupleID = try await sql.select().column("couple_id").from("memberships")
                    .where("user_id", .equal, SQLBind(userID.rawValue)).first()?.decode(column: "couple_id", as: String.self)
            else { throw MendError.notFound }
            let wasFull = try await Self.memberCount(coupleID: coupleID, sql: sql) >= Couple.capacity
            try await sql.delete(from: "memberships").where("user_id", .equal, SQLBind(userID.rawValue)).run()
            // Withdraw every unused code, so a code handed out earlier cannot reopen the space.
            try await sql.delete(from: "invites").where("couple_id", .equal, SQLBind(coupleID)).where("used_at", .is, SQLLiteral.null).run()
            if wasFull {
                // The one who stays keeps the space for the grace period, to download their writing.
                try await sql.update("couples").set("closing_since", to: SQLBind(now.millisecondsSinceEpoch))
                    .where("id", .equal, SQLBind(coupleID)).where("closing_since", .is, SQLLiteral.null).run()
            }
            try await Self.deleteIfEmpty(coupleID: coupleID, sql: sql)
        }
    }

    /// Changes the space's repair settings.
    public func updateRepairSettings(_ settings: RepairSettings, for coupleID: CoupleID) async throws {
        try await database.withSQL { sql in
            try await sql.update("couples").set("activation_threshold", to: SQLBind(settings.activationThreshold))
                .set("break_seconds", to: SQLBind(settings.breakSeconds)).where("id", .equal, SQLBind(coupleID.rawValue)).run()
        }
    }

    /// Removes unused invites that have expired.
    public func deleteExpiredInvites(now: Timestamp) async throws {
        try await database.withSQL { sql in
            try await sql.delete(from: "invites").where("used_at", .is, SQLLiteral.null)
                .where("expires_at", .lessThanOrEqual, SQLBind(now.millisecondsSinceEpoch)).run()
        }
    }

    static func deleteIfEmpty(coupleID: String, sql: any SQLDatabase) async throws {
        if try await memberCount(coupleID: coupleID, sql: sql) == 0 {
            try await delete(coupleID: coupleID, sql: sql)
        }
    }

    /// Deletes the space and everything in it (conversations, commitments, thanks, consents). Each
    /// person's own ruptures stay theirs, private again.
    static func delete(coupleID: String, sql: any SQLDatabase) async throws {
        try await sql.update("ruptures").set("shared", to: SQLBind(0)).where("couple_id", .equal, SQLBind(coupleID)).run()
        try await sql.delete(from: "couples").where("id", .equal, SQLBind(coupleID)).run()
    }

    /// Records a partner's confirmation; deletes the space once everyone in it has confirmed.
    public func confirmClose(userID: UserID, confirmed: Bool, at now: Timestamp) async throws -> Bool {
        try await database.transaction { sql in
            guard
                let coupleID = try await sql.select().column("couple_id").from("memberships")
                    .where("user_id", .equal, SQLBind(userID.rawValue)).first()?.decode(column: "couple_id", as: String.self)
            else { throw MendError.notFound }
            _ = try await sql.select().column("id").from("couples").where("id", .equal, SQLBind(coupleID)).for(.update).first()
            try await sql.update("memberships").set("close_confirmed_at", to: SQLBind(confirmed ? now.millisecondsSinceEpoch : nil))
                .where("user_id", .equal, SQLBind(userID.rawValue)).run()
            let waiting =
                try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("memberships")
                .where("couple_id", .equal, SQLBind(coupleID)).where("close_confirmed_at", .is, SQLLiteral.null)
                .first()?.decode(column: "n", as: Int.self) ?? 0
            guard confirmed, waiting == 0 else { return false }
            try await Self.delete(coupleID: coupleID, sql: sql)
            return true
        }
    }

    /// Deletes spaces whose grace period has passed.
    public func deleteClosedSpaces(closingBefore cutoff: Timestamp) async throws {
        try await database.transaction { sql in
            let rows = try await sql.select().column("id").from("couples")
                .where("closing_since", .lessThan, SQLBind(cutoff.millisecondsSinceEpoch)).all()
            for row in rows { try await Self.delete(coupleID: try row.decode(column: "id", as: String.self), sql: sql) }
        }
    }

    private static func memberCount(coupleID: String, sql: any SQLDatabase) async throws -> Int {
        try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("memberships")
            .where("couple_id", .equal, SQLBind(coupleID)).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    private static func requireNoMembership(_ userID: UserID, sql: any SQLDatabase) async throws {
        if try await sql.select().column("couple_id").from("memberships").where("user_id", .equal, SQLBind(userID.rawValue)).first() != nil
        {
            throw MendError.conflict(
                code: "already_in_couple", message: "You're already in a couple space. Leave it first to join another.")
        }
    }

    private static func insertMembership(userID: UserID, coupleID: String, at now: Timestamp, sql: any SQLDatabase) async throws {
        do {
            try await sql.insert(into: "memberships").columns("user_id", "couple_id", "joined_at")
                .values(SQLBind(userID.rawValue), SQLBind(coupleID), SQLBind(now.millisecondsSinceEpoch)).run()
        } catch  where isUniqueViolation(error) {
            throw MendError.conflict(
                code: "already_in_couple", message: "You're already in a couple space. Leave it first to join another.")
        }
    }

    private static func insertInvite(
        hash: String, coupleID: String, by userID: UserID, at now: Timestamp, expiresAt: Timestamp, sql: any SQLDatabase
    )
        async throws
    {
        try await sql.insert(into: "invites").columns("code_hash", "couple_id", "created_by", "created_at", "expires_at")
            .values(
                SQLBind(hash), SQLBind(coupleID), SQLBind(userID.rawValue), SQLBind(now.millisecondsSinceEpoch),
                SQLBind(expiresAt.millisecondsSinceEpoch)
            )
            .run()
    }
}
