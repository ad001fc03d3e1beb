import SQLKit

/// One numbered, named schema change. Once shipped, a migration is never edited: a later change
/// gets a new number. Migrations describe tables only and never refer to application types.
public struct Migration: Sendable {
    /// The position in the ordered list; recorded in `mend_migrations` when applied.
    public let version: Int
    /// A short description, recorded with the version.
    public let name: String
    let apply: @Sendable (any SQLDatabase) async throws -> Void

    init(version: Int, name: String, apply: @escaping @Sendable (any SQLDatabase) async throws -> Void) {
        self.version = version
        self.name = name
        self.apply = apply
    }

    /// Every migration, in order.
    public static let all: [Migration] = [
        .v1AccountsAndCouples,
        .v2RepairSessions,
        .v3BetweenConversations,
        .v4CareAndOwnership,
    ]
}
