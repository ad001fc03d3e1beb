import Foundation
import MendCore
import MendStorage
import MendTestSupport
import Testing

@Suite("Migrations and sealing at rest")
struct MigrationAndSealingTests {
    @Test("migrations are recorded once and a second run applies nothing", arguments: TestBackend.available)
    func migrationsRecorded(backend: TestBackend) async throws {
        try await TestDatabase.with(backend, migrate: false) { test in
            let migrator = Migrator(database: test.database)
            let first = try await migrator.migrate(now: { 42 })
            #expect(first.map(\.version) == Migration.all.map(\.version))
            #expect(try await migrator.migrate(now: { 43 }).isEmpty)
            #expect(try await migrator.appliedVersions() == Migration.all.map(\.version))
        }
    }

    @Test("concurrent migrators apply each migration exactly once", arguments: TestBackend.available)
    func concurrentMigrators(backend: TestBackend) async throws {
        try await TestDatabase.with(backend, migrate: false) { test in
            let applied = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<3 {
                    group.addTask { try await Migrator(database: test.database).migrate(now: { 1 }).count }
                }
                return try await group.reduce(0, +)
            }
            #expect(applied == Migration.all.count)
        }
    }

    @Test("the database never holds the plaintext of a sealed field", arguments: TestBackend.available)
    func noPlaintextInTables(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = Storage(test)
            let email = "unmistakable.address.7731@example.org"
            let name = "Zephyrine Quillbottom"
            try await storage.accounts.create(Fixtures.account(1, email: email, name: name))
            let stored = try await allStoredText(test)
            #expect(!stored.contains(email))
            #expect(!stored.contains(name))
            #expect(!stored.contains("Zephyrine"))
            #expect(try await storage.accounts.find(email: email)?.displayName == name)
        }
    }

    @Test("the SQLite file never holds the plaintext of a sealed field, even after deletion")
    func noPlaintextInFile() async throws {
        try await TestDatabase.with(.sqliteFile) { test in
            let storage = Storage(test)
            let name = "Bartholomew Wintergreen-Oyelaran"
            try await storage.accounts.create(Fixtures.account(1, email: "bart.w.4411@example.net", name: name))
            try await storage.accounts.delete(id: UserID("user-1"))
            try await test.database.withSQL { try await $0.raw("PRAGMA wal_checkpoint(TRUNCATE)").run() }
            for suffix in ["", "-wal", "-shm"] {
                let path = test.sqlitePath! + suffix
                guard let bytes = FileManager.default.contents(atPath: path) else { continue }
                #expect(bytes.range(of: Data(name.utf8)) == nil, "plaintext name found in \(path)")
                #expect(bytes.range(of: Data("bart.w.4411".utf8)) == nil, "plaintext email found in \(path)")
            }
        }
    }

    @Test("a sealed value copied to another row does not open there")
    func sealedValuesAreBoundToTheirPlace() throws {
        let sealer = FieldSealer(masterKey: try MasterKey(bytes: [UInt8](repeating: 1, count: 32)))
        let sealed = try sealer.seal("private words", place: "accounts.display_name:user-1")
        #expect(try sealer.open(sealed, place: "accounts.display_name:user-1") == "private words")
        #expect(throws: (any Error).self) { try sealer.open(sealed, place: "accounts.display_name:user-2") }
        let other = FieldSealer(masterKey: try MasterKey(bytes: [UInt8](repeating: 2, count: 32)))
        #expect(throws: (any Error).self) { try other.open(sealed, place: "accounts.display_name:user-1") }
    }

    @Test("a key file is created with mode 0600 and read back unchanged")
    func keyFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mend-key-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let first = try MasterKey.loadOrCreate(inDirectory: directory)
        let attributes = try FileManager.default.attributesOfItem(atPath: directory + "/secret.key")
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let second = try MasterKey.loadOrCreate(inDirectory: directory)
        let sealed = try FieldSealer(masterKey: first).seal("x", place: "p")
        #expect(try FieldSealer(masterKey: second).open(sealed, place: "p") == "x")
    }

    @Test("MEND_SECRET_KEY accepts 32 bytes as hex or base64 and refuses anything else")
    func keyFormats() throws {
        _ = try MasterKey(encoded: String(repeating: "ab", count: 32))
        _ = try MasterKey(encoded: Data(repeating: 9, count: 32).base64EncodedString())
        #expect(throws: KeyError.self) { try MasterKey(encoded: "short") }
        #expect(throws: KeyError.self) { try MasterKey(encoded: Data(repeating: 9, count: 16).base64EncodedString()) }
    }
}
