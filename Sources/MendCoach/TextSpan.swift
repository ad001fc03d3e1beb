/// A stretch of the original message, in Unicode scalar offsets (end exclusive), with its text.
public struct TextSpan: Codable, Sendable, Equatable {
    /// Offset of the first scalar of the span in the original message.
    public var start: Int
    /// Offset one past the last scalar of the span in the original message.
    public var end: Int
    /// The original text of the span.
    public var text: String

    /// Creates a span from scalar offsets and the text they cover.
    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}
