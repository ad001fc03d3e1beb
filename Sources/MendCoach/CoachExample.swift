/// One labelled message of an evaluation set (one JSON line of `dev.jsonl`).
public struct CoachExample: Codable, Sendable {
    /// A stable identifier of the example.
    public var id: String
    /// The message to read.
    public var text: String
    /// The partner's previous message, when the example has one.
    public var context: String?
    /// The gold labels; empty for a message that should get no label.
    public var labels: [CoachLabel]

    /// Creates an example.
    public init(id: String, text: String, context: String? = nil, labels: [CoachLabel]) {
        self.id = id
        self.text = text
        self.context = context
        self.labels = labels
    }
}
