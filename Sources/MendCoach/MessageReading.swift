/// The overall direction a message is likely to push the conversation.
public enum MessageReading: String, Codable, Sendable {
    case escalating
    case neutral
    case repairing
}
