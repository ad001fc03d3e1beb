/// Why the coach refused to read a message.
public enum CoachError: Error, Equatable, Sendable {
    /// The message is longer than `Coach.maximumMessageLength` UTF-8 bytes.
    case messageTooLong(limit: Int, actual: Int)
    /// The partner's context message is longer than `Coach.maximumMessageLength` UTF-8 bytes.
    case contextTooLong(limit: Int, actual: Int)

    /// A short explanation that can be shown to a person.
    public var message: String {
        switch self {
        case .messageTooLong(let limit, let actual):
            return "This message is \(actual) bytes long; the coach reads messages of up to \(limit) bytes."
        case .contextTooLong(let limit, let actual):
            return "The previous message is \(actual) bytes long; the coach reads context of up to \(limit) bytes."
        }
    }
}
