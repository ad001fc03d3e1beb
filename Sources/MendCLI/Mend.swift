import ArgumentParser

/// The `mend` command: with no arguments it serves the web app.
@main
struct Mend: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mend",
        abstract: "Mend helps two partners repair after a hurt, and keep the small promises that rebuild trust.",
        discussion: """
            With no subcommand, `mend` serves the web app (the same as `mend serve`) on http://127.0.0.1:8080 \
            with an SQLite database in ./mend-data, created on first run.

            Every option can also be set in the environment (MEND_PORT, MEND_HOST, MEND_DATA_DIR, \
            MEND_DATABASE_URL, MEND_SECRET_KEY, MEND_QUICK_EXIT_URL, MEND_PASSWORD_COST, MEND_TRUST_PROXY, \
            MEND_LOG_LEVEL, MEND_BREAK_SECONDS, MEND_SAFETY_RESOURCES, \
            MEND_PRACTITIONERS) or in a .env file in the working directory. The command line wins, then the \
            environment, then .env, then the default.
            """,
        subcommands: [Serve.self, Migrate.self, CoachCommand.self, Admin.self],
        defaultSubcommand: Serve.self
    )
}
