import PostgresNIO
import SQLiteNIO

/// Whether a database error is a unique-constraint violation, on either engine.
func isUniqueViolation(_ error: any Error) -> Bool {
    if let error = error as? PSQLError {
        return error.serverInfo?[.sqlState] == "23505"
    }
    if let error = error as? SQLiteError {
        switch error.reason {
        case .constraint, .constraintUniqueFailed, .constraintPrimaryKeyFailed: return true
        default: return false
        }
    }
    return false
}
