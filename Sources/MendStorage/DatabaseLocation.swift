import Foundation

/// Where Mend keeps its data.
public enum DatabaseLocation: Sendable, Equatable, CustomStringConvertible {
    /// An SQLite database in one file.
    case sqlite(path: String)
    /// A private in-memory SQLite database (tests and demos; gone when the process ends).
    case sqliteInMemory
    /// A PostgreSQL database given by a `postgres://` URL.
    case postgres(url: String)

    /// Chooses the location from a `--database-url` value: a `postgres://` or `postgresql://` URL selects
    /// PostgreSQL; nothing selects SQLite in `dataDirectory`.
    public static func resolve(databaseURL: String?, dataDirectory: String) throws(DatabaseConfigurationError) -> DatabaseLocation {
        guard let url = databaseURL, !url.isEmpty else {
            return .sqlite(path: dataDirectory.hasSuffix("/") ? dataDirectory + "mend.sqlite" : dataDirectory + "/mend.sqlite")
        }
        if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
            return .postgres(url: url)
        }
        if url.hasPrefix("sqlite://") {
            let path = String(url.dropFirst("sqlite://".count))
            guard !path.isEmpty else {
                throw DatabaseConfigurationError(
                    message: "MEND_DATABASE_URL sqlite:// needs a file path, like sqlite:///var/lib/mend/mend.sqlite.")
            }
            return path == ":memory:" ? .sqliteInMemory : .sqlite(path: path)
        }
        throw DatabaseConfigurationError(
            message: "MEND_DATABASE_URL must start with postgres:// (or sqlite://); leave it unset to use SQLite in the data directory."
        )
    }

    /// A description that never includes a password.
    public var description: String {
        switch self {
        case .sqlite(let path): "SQLite at \(path)"
        case .sqliteInMemory: "SQLite in memory"
        case .postgres(let url): "PostgreSQL at \(Self.redacted(url))"
        }
    }

    static func redacted(_ url: String) -> String {
        guard let schemeEnd = url.range(of: "://"), let at = url.range(of: "@", range: schemeEnd.upperBound..<url.endIndex) else {
            return url
        }
        return url[..<schemeEnd.upperBound] + "…" + url[at.lowerBound...]
    }
}

/// A database setting that cannot work, with a sentence that says what to fix.
public struct DatabaseConfigurationError: Error, Equatable, Sendable {
    /// What is wrong and how to fix it.
    public var message: String
}
