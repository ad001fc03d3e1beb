/// The coach's reading of one message: its labels, one finding per label and the overall direction.
public struct CoachReport: Codable, Sendable, Equatable {
    /// The labels found, in `CoachLabel.allCases` order.
    public var labels: [CoachLabel]
    /// One finding per label, in the same order as `labels`.
    public var findings: [CoachFinding]
    /// Whether the message as a whole is escalating, neutral or repairing.
    public var reading: MessageReading

    /// Creates a report.
    public init(labels: [CoachLabel], findings: [CoachFinding], reading: MessageReading) {
        self.labels = labels
        self.findings = findings
        self.reading = reading
    }
}
