import ArgumentParser
import Configuration
import Foundation
import MendServer

/// The options every server-side command shares.
struct ServerOptions: ParsableArguments {
    @Option(help: "The address to listen on. [env: MEND_HOST] (default: 127.0.0.1)")
    var host: String?

    @Option(help: "The port to listen on. [env: MEND_PORT] (default: 8080)")
    var port: String?

    @Option(help: "Where Mend keeps its SQLite database and key file. [env: MEND_DATA_DIR] (default: ./mend-data)")
    var dataDir: String?

    @Option(
        help:
            "A postgres://user:password@host:port/database URL selects PostgreSQL; unset uses SQLite in the data directory. [env: MEND_DATABASE_URL]"
    )
    var databaseURL: String?

    /// Reads the options, the environment and `.env` into a validated configuration.
    func configuration() async throws -> MendConfiguration {
        var values: [AbsoluteConfigKey: ConfigValue] = [:]
        if let host { values["mend.host"] = .init(.string(host), isSecret: false) }
        if let port { values["mend.port"] = .init(.string(port), isSecret: false) }
        if let dataDir { values["mend.data.dir"] = .init(.string(dataDir), isSecret: false) }
        if let databaseURL { values["mend.database.url"] = .init(.string(databaseURL), isSecret: true) }
        let reader = ConfigReader(providers: [
            InMemoryProvider(name: "command line", values: values),
            EnvironmentVariablesProvider(),
            try await EnvironmentVariablesProvider(environmentFilePath: ".env", allowMissing: true),
        ])
        do {
            return try MendConfiguration(reader: reader)
        } catch {
            FileHandle.standardError.write(Data("mend: \(error.message)\n".utf8))
            throw ExitCode(2)
        }
    }
}
