import Configuration
import Foundation
import Logging
import MendStorage

/// Everything Mend needs to start, read once at start-up and validated.
///
/// Each value comes from the command line, then the environment (`MEND_PORT` for `mend.port`),
/// then an optional `.env` file, then the default.
public struct MendConfiguration: Sendable {
    /// The address to listen on.
    public var host: String
    /// The port to listen on.
    public var port: Int
    /// The absolute path of the data directory (SQLite file, key file).
    public var dataDirectory: String
    /// Where the database is.
    public var database: DatabaseLocation
    /// The encoded master key, or nil to use (or create) the key file in the data directory.
    public var secretKey: String?
    /// Where the quick-exit control sends people.
    public var quickExitURL: String
    /// The bcrypt cost factor (4–16).
    public var passwordCost: UInt8
    /// Whether to believe `X-Forwarded-For` and `X-Forwarded-Proto` from a reverse proxy.
    public var trustProxy: Bool
    /// How much to log.
    public var logLevel: Logger.Level
    /// When set, every repair break lasts this many seconds instead of the couple's setting
    /// (`MEND_BREAK_SECONDS`, for demonstrations and end-to-end tests).
    public var breakSecondsOverride: Int?
    /// The help lines the safety page lists (`MEND_SAFETY_RESOURCES` names a JSON file; a sensible
    /// default list of well-known national lines otherwise).
    public var safetyResources: [SafetyResource] = SafetyResource.defaults
    /// Whether practitioner accounts (a coach running Mend for clients) can be created (`MEND_PRACTITIONERS`).
    public var practitionersEnabled = false

    /// The defaults: 127.0.0.1:8080, `./mend-data`, SQLite.
    public init(
        host: String = "127.0.0.1",
        port: Int = 8080,
        dataDirectory: String = "mend-data",
        database: DatabaseLocation? = nil,
        secretKey: String? = nil,
        quickExitURL: String = "https://www.bbc.co.uk/weather",
        passwordCost: UInt8 = 12,
        trustProxy: Bool = false,
        logLevel: Logger.Level = .info,
        breakSecondsOverride: Int? = nil
    ) {
        let directory = Self.absolutePath(dataDirectory)
        self.host = host
        self.port = port
        self.dataDirectory = directory
        self.database = database ?? .sqlite(path: directory + "/mend.sqlite")
        self.secretKey = secretKey
        self.quickExitURL = quickExitURL
        self.passwordCost = passwordCost
        self.trustProxy = trustProxy
        self.logLevel = logLevel
        self.breakSecondsOverride = breakSecondsOverride
    }

    /// Reads and validates every setting; a bad value throws a one-line message naming the setting.
    public init(reader: ConfigReader) throws(ConfigurationError) {
        let defaults = MendConfiguration()
        let host = reader.string(forKey: "mend.host") ?? defaults.host
        guard !host.isEmpty, !host.contains(where: { $0 == " " || $0 == "/" }) else {
            throw ConfigurationError("--host / MEND_HOST must be an address such as 127.0.0.1 or 0.0.0.0, not \"\(host)\".")
        }
        var port = defaults.port
        if let text = reader.string(forKey: "mend.port") {
            guard let value = Int(text), (1...65535).contains(value) else {
                throw ConfigurationError("--port / MEND_PORT must be a number from 1 to 65535, not \"\(text)\".")
            }
            port = value
        }
        let dataDirectory = reader.string(forKey: "mend.data.dir") ?? "mend-data"
        guard !dataDirectory.isEmpty else {
            throw ConfigurationError("--data-dir / MEND_DATA_DIR must not be empty.")
        }
        let absoluteDirectory = Self.absolutePath(dataDirectory)
        let database: DatabaseLocation
        do {
            database = try DatabaseLocation.resolve(
                databaseURL: reader.string(forKey: "mend.database.url"), dataDirectory: absoluteDirectory)
        } catch {
            throw ConfigurationError(
                error.message.replacingOccurrences(of: "MEND_DATABASE_URL", with: "--database-url / MEND_DATABASE_URL"))
        }
        let secretKey = reader.string(forKey: "mend.secret.key", isSecret: true)
        if let secretKey {
            do {
                _ = try MasterKey(encoded: secretKey)
            } catch {
                throw ConfigurationError(error.message)
            }
        }
        let quickExitURL = reader.string(forKey: "mend.quick.exit.url") ?? defaults.quickExitURL
        guard quickExitURL.hasPrefix("https://") || quickExitURL.hasPrefix("http://") else {
            throw ConfigurationError("MEND_QUICK_EXIT_URL must be an http(s) address, such as https://www.bbc.co.uk/weather.")
        }
        var passwordCost = defaults.passwordCost
        if let text = reader.string(forKey: "mend.password.cost") {
            guard let value = UInt8(text), (4...16).contains(value) else {
                throw ConfigurationError("MEND_PASSWORD_COST must be a bcrypt cost from 4 to 16, not \"\(text)\".")
            }
            passwordCost = value
        }
        var trustProxy = defaults.trustProxy
        if let text = reader.string(forKey: "mend.trust.proxy") {
            guard let value = Self.bool(text) else {
                throw ConfigurationError("MEND_TRUST_PROXY must be true or false, not \"\(text)\".")
            }
            trustProxy = value
        }
        var logLevel = defaults.logLevel
        if let text = reader.string(forKey: "mend.log.level") {
            guard let value = Logger.Level(rawValue: text.lowercased()) else {
                throw ConfigurationError("MEND_LOG_LEVEL must be one of trace, debug, info, notice, warning, error, critical.")
            }
            logLevel = value
        }
        var breakSecondsOverride: Int?
        if let text = reader.string(forKey: "mend.break.seconds") {
            guard let value = Int(text), (1...3600).contains(value) else {
                throw ConfigurationError("MEND_BREAK_SECONDS must be a number of seconds from 1 to 3600, not \"\(text)\".")
            }
            breakSecondsOverride = value
        }
        var practitionersEnabled = false
        if let text = reader.string(forKey: "mend.practitioners") {
            guard let value = Self.bool(text) else {
                throw ConfigurationError("MEND_PRACTITIONERS must be true or false, not \"\(text)\".")
            }
            practitionersEnabled = value
        }
        var safetyResources = SafetyResource.defaults
        if let path = reader.string(forKey: "mend.safety.resources") {
            safetyResources = try SafetyResource.load(path: Self.absolutePath(path))
        }
        self.init(
            host: host, port: port, dataDirectory: absoluteDirectory, database: database, secretKey: secretKey,
            quickExitURL: quickExitURL, passwordCost: passwordCost, trustProxy: trustProxy, logLevel: logLevel,
            breakSecondsOverride: breakSecondsOverride
        )
        self.safetyResources = safetyResources
        self.practitionersEnabled = practitionersEnabled
    }

    /// The address people open in a browser.
    public var url: String {
        let shownHost = host == "0.0.0.0" ? "127.0.0.1" : host
        return "http://\(shownHost):\(port)"
    }

    private static func bool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "1", "true", "yes", "on": true
        case "0", "false", "no", "off": false
        default: nil
        }
    }

    private static func absolutePath(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        let absolute = expanded.hasPrefix("/") ? expanded : FileManager.default.currentDirectoryPath + "/" + expanded
        return (absolute as NSString).standardizingPath
    }
}

/// A configuration value that stops start-up, with a message that says what to fix.
public struct ConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong and how to fix it.
    public var message: String

    /// Creates the error.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}

extension MendConfiguration {
    /// The master key: `MEND_SECRET_KEY` when set, otherwise the data directory's key file (created on first use).
    public func masterKey() throws -> MasterKey {
        if let secretKey { return try MasterKey(encoded: secretKey) }
        return try MasterKey.loadOrCreate(inDirectory: dataDirectory)
    }
}
