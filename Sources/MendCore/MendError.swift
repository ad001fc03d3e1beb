/// What can go wrong in Mend's domain, in words a person can act on.
///
/// These errors know nothing about HTTP; the server maps them to status codes in one place.
public enum MendError: Error, Equatable, Sendable {
    /// A field failed validation; `field` names it as the API spells it.
    case invalidField(field: String, message: String)
    /// The thing does not exist, or the caller may not know it exists.
    case notFound
    /// The caller is not signed in, or their credentials are wrong.
    case unauthorized(message: String)
    /// The request conflicts with the current state (for example a duplicate email).
    case conflict(code: String, message: String)
    /// The invite code is unknown, already used or expired.
    case invalidInvite
    /// Too many attempts; try again after the given number of seconds.
    case rateLimited(retryAfterSeconds: Int)
    /// The action is not allowed in the current state.
    case notAllowed(message: String)

    /// A sentence for the person who triggered the error.
    public var message: String {
        switch self {
        case .invalidField(_, let message), .unauthorized(let message), .conflict(_, let message),
            .notAllowed(let message):
            message
        case .notFound:
            "We couldn't find that."
        case .invalidInvite:
            "That invite code has expired or has already been used. Ask your partner to make a new one."
        case .rateLimited(let seconds):
            "Too many attempts. Please wait \(Self.describe(seconds: seconds)) and try again."
        }
    }

    private static func describe(seconds: Int) -> String {
        if seconds < 90 { return "about a minute" }
        return "about \((seconds + 59) / 60) minutes"
    }
}
