import MendCore
import MendStorage
import MendTestSupport

/// Small builders shared by the storage contract tests.
enum Fixtures {
    static let t0 = Timestamp(millisecondsSinceEpoch: 1_767_225_600_000)

    static func account(_ n: Int, email: String? = nil, name: String? = nil) -> Account {
        Account(
            id: UserID("user-\(n)"),
            email: email ?? "person\(n)@example.com",
            displayName: name ?? "Person \(n)",
            passwordHash: "$2b$04$hash\(n)",
            createdAt: t0
        )
    }

    static func invite(_ seed: UInt64) -> InviteCode {
        InviteCode.generate(using: SeededSecretGenerator(seed: seed))
    }
}

extension Storage {
    init(_ test: TestDatabase) {
        self.init(database: test.database, sealer: test.sealer)
    }
}
