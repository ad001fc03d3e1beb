import ArgumentParser
import Foundation
import Logging
import MendCore
import MendServer
import MendStorage

/// `mend admin`: administration tasks.
struct Admin: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Administration tasks.",
        subcommands: [Seed.self]
    )
}

/// `mend admin seed`: fills a database with many seeded couples, for load tests and demos.
struct Seed: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fill the database with seeded couples, for load tests and demos. Never on a real deployment.",
        discussion: """
            Each couple gets two accounts (seed<N>a@example.com and seed<N>b@example.com, all with the \
            password you give), six ruptures, twelve check-ins, two commitments with a week of marks, \
            patterns, repair phrases and appreciations, all sealed like real entries. Indices continue \
            from --from, so a second run can add more couples to the same database.
            """
    )

    @OptionGroup var options: ServerOptions

    @Option(help: "How many couples to add.")
    var couples: Int

    @Option(help: "The first couple's index (to add to an earlier run).")
    var from = 0

    @Option(help: "The password every seeded account shares (at least 10 characters).")
    var password: String

    func validate() throws {
        guard couples > 0, couples <= 10_000_000 else { throw ValidationError("--couples is between 1 and 10,000,000.") }
        guard from >= 0 else { throw ValidationError("--from is 0 or more.") }
        guard password.count >= AccountRules.minimumPasswordLength else {
            throw ValidationError("--password needs at least \(AccountRules.minimumPasswordLength) characters.")
        }
    }

    func run() async throws {
        let configuration = try await options.configuration()
        var logger = Logger(label: "mend.seed")
        logger.logLevel = .warning
        let masterKey = try configuration.masterKey()
        let database = try await Database.open(configuration.database, logger: logger)
        let hash = await BcryptPasswordHasher(cost: configuration.passwordCost).hash(password)
        let total = couples
        let started = ContinuousClock.now
        try await database.whileRunning {
            _ = try await Migrator(database: database).migrate(now: { SystemClock().now().millisecondsSinceEpoch })
            let seeder = DemoSeeder(database: database, sealer: FieldSealer(masterKey: masterKey))
            try await seeder.seed(couples: from..<(from + total), now: SystemClock().now(), passwordHash: hash) { done in
                if done == total || done % 10_000 < DemoSeeder.batchSize {
                    let seconds = (ContinuousClock.now - started).components.seconds
                    print("seeded \(done) of \(total) couples (\(seconds) s)")
                }
            }
        }
        print("Done. Sign in as \(DemoSeeder.email(couple: from, partner: 0)) with the password you gave.")
    }
}
