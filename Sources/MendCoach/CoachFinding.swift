/// One label found in a message, with what triggered it, why it matters and (for flags) a gentler wording.
public struct CoachFinding: Codable, Sendable, Equatable {
    /// The label found.
    public var label: CoachLabel
    /// The parts of the original message that triggered the label.
    public var spans: [TextSpan]
    /// One warm, non-blaming sentence that explains the label.
    public var explanation: String
    /// For harmful labels (except safety risks), an alternative built from the person's own words.
    public var suggestion: String?

    /// Creates a finding.
    public init(label: CoachLabel, spans: [TextSpan], explanation: String, suggestion: String?) {
        self.label = label
        self.spans = spans
        self.explanation = explanation
        self.suggestion = suggestion
    }
}
