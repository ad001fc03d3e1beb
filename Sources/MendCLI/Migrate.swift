import ArgumentParser
import Foundation
import Logging
import MendServer
import MendStorage

/// `mend migrate`: applies pending database migrations and exits.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Apply pending database migrations, then exit. (`mend serve` also migrates at start-up.)"
    )

    @OptionGroup var options: ServerOptions

    func run() async throws {
        let configuration = try await options.configuration()
        var logger = Logger(label: "mend.migrate")
        logger.logLevel = configuration.logLevel
        let database = try await Database.open(configuration.database, logger: logger)
        let applied = try await database.whileRunning {
            try await Migrator(database: database).migrate(now: { SystemClock().now().millisecondsSinceEpoch })
        }
        if applied.isEmpty {
            print("\(configuration.database) is up to date.")
        } else {
            for migration in applied { print("applied \(migration.version): \(migration.name)") }
        }
    }
}
