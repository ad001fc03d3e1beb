import Configuration
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import MendServer
import MendStorage
import MendTestSupport
import Testing

@Suite("Start-up, configuration and restarts")
struct StartupTests {
    static func reader(_ values: [String: String]) -> ConfigReader {
        var entries: [AbsoluteConfigKey: ConfigValue] = [:]
        for (key, value) in values { entries[AbsoluteConfigKey(stringLiteral: key)] = .init(.string(value), isSecret: false) }
        return ConfigReader(provider: InMemoryProvider(values: entries))
    }

    @Test("defaults: 127.0.0.1:8080 and SQLite in ./mend-data")
    func defaults() throws {
        let configuration = try MendConfiguration(reader: Self.reader([:]))
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.port == 8080)
        #expect(configuration.dataDirectory == FileManager.default.currentDirectoryPath + "/mend-data")
        #expect(configuration.database == .sqlite(path: FileManager.default.currentDirectoryPath + "/mend-data/mend.sqlite"))
    }

    @Test("a postgres:// URL selects PostgreSQL")
    func postgresURL() throws {
        let configuration = try MendConfiguration(reader: Self.reader(["mend.database.url": "postgres://u:p@db:5432/mend"]))
        #expect(configuration.database == .postgres(url: "postgres://u:p@db:5432/mend"))
        #expect(!configuration.database.description.contains(":p@"))
    }

    @Test(
        "a bad value stops start-up with a message naming the setting",
        arguments: [
            (["mend.port": "eighty"], "MEND_PORT"), (["mend.port": "70000"], "MEND_PORT"), (["mend.host": "my host"], "MEND_HOST"),
            (["mend.database.url": "mysql://x"], "MEND_DATABASE_URL"), (["mend.secret.key": "too-short"], "MEND_SECRET_KEY"),
            (["mend.log.level": "loud"], "MEND_LOG_LEVEL"), (["mend.password.cost": "99"], "MEND_PASSWORD_COST"),
            (["mend.trust.proxy": "maybe"], "MEND_TRUST_PROXY"), (["mend.quick.exit.url": "javascript:alert(1)"], "MEND_QUICK_EXIT_URL"),
        ]
    )
    func badValues(values: [String: String], setting: String) {
        #expect {
            try MendConfiguration(reader: Self.reader(values))
        } throws: { error in
            let message = (error as? ConfigurationError)?.message ?? ""
            return message.contains(setting) && !message.contains("\n")
        }
    }

    @Test("data survives a restart: a person signed up before logs in after")
    func survivesRestart() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mend-restart-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let configuration = TestApp.configuration(dataDirectory: directory)
        var logger = Logger(label: "mend.test")
        logger.logLevel = .error
        let first = try await buildApplication(configuration: configuration, logger: logger)
        let coupleID = try await first.test(.live) { client in
            let (_, token) = try await client.signUpAndLogIn("Ana")
            return try await client.createCouple(token: token).id
        }
        #expect(FileManager.default.fileExists(atPath: directory + "/mend.sqlite"))
        #expect(FileManager.default.fileExists(atPath: directory + "/secret.key"))
        let second = try await buildApplication(configuration: configuration, logger: logger)
        try await second.test(.live) { client in
            let login = try await client.send(
                .post, "/api/v1/login", json: ["email": "ana@example.com", "password": "correct horse battery"])
            let token = try #require(login.json["token"] as? String)
            let me = try await client.send(.get, "/api/v1/me", token: token)
            #expect(me.json["displayName"] as? String == "Ana")
            #expect(me.json["coupleId"] as? String == coupleID)
        }
    }

    @Test("the server runs on PostgreSQL too", .enabled(if: TestBackend.postgresURL != nil))
    func runsOnPostgres() async throws {
        try await TestApp.with(.postgres) { app in
            #expect(try await app.client.send(.get, "/health").status == .ok)
            let (_, ana) = try await app.client.signUpAndLogIn("Ana")
            let (_, ben) = try await app.client.signUpAndLogIn("Ben")
            let (_, code) = try await app.client.createCouple(token: ana)
            #expect(try await app.client.send(.post, "/api/v1/couple/join", json: ["inviteCode": code], token: ben).status == .ok)
        }
    }
}
