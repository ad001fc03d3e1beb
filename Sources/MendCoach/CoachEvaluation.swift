/// Scores the coach against labelled examples: per-label precision, recall and F1, micro and
/// macro F1, the false-alarm rate on examples with no gold label, and the list of misses.
public struct CoachEvaluation: Sendable {
    /// Counts for one label.
    public struct LabelScore: Sendable, Equatable {
        /// The label scored.
        public var label: CoachLabel
        /// Examples where the coach and the gold set both have the label.
        public var truePositives: Int
        /// Examples where the coach has the label and the gold set does not.
        public var falsePositives: Int
        /// Examples where the gold set has the label and the coach does not.
        public var falseNegatives: Int

        /// Gold examples with the label.
        public var support: Int { truePositives + falseNegatives }
        /// Fraction of the coach's labels that were right (1 when it never predicted the label).
        public var precision: Double {
            truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }
        /// Fraction of gold labels found (1 when the label has no support).
        public var recall: Double { support == 0 ? 1 : Double(truePositives) / Double(support) }
        /// Harmonic mean of precision and recall.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// One example the coach got wrong.
    public struct Miss: Sendable, Equatable {
        /// The example's id.
        public var id: String
        /// The message.
        public var text: String
        /// Gold labels the coach did not output.
        public var missing: [CoachLabel]
        /// Labels the coach output that are not gold.
        public var extra: [CoachLabel]
    }

    /// Scores per label, in `CoachLabel.allCases` order (labels with neither support nor predictions are left out).
    public let scores: [LabelScore]
    /// Examples the coach got wrong.
    public let misses: [Miss]
    /// Number of examples.
    public let exampleCount: Int
    /// Number of examples with no gold label.
    public let neutralCount: Int
    /// Number of neutral examples where the coach output at least one label.
    public let falseAlarms: Int
    /// Examples the coach refused (too long).
    public let refusedCount: Int

    /// Runs the coach over every example.
    public init(coach: Coach, examples: [CoachExample]) {
        var counts: [CoachLabel: LabelScore] = [:]
        for label in CoachLabel.allCases {
            counts[label] = LabelScore(label: label, truePositives: 0, falsePositives: 0, falseNegatives: 0)
        }
        var misses: [Miss] = []
        var neutral = 0
        var alarms = 0
        var refused = 0
        for example in examples {
            let predicted: Set<CoachLabel>
            do {
                predicted = Set(try coach.analyze(example.text, context: example.context).labels)
            } catch {
                refused += 1
                predicted = []
            }
            let gold = Set(example.labels)
            if gold.isEmpty {
                neutral += 1
                if !predicted.isEmpty { alarms += 1 }
            }
            for label in predicted.union(gold) {
                switch (predicted.contains(label), gold.contains(label)) {
                case (true, true): counts[label]?.truePositives += 1
                case (true, false): counts[label]?.falsePositives += 1
                case (false, true): counts[label]?.falseNegatives += 1
                case (false, false): break
                }
            }
            if predicted != gold {
                let order = CoachLabel.allCases
                misses.append(
                    Miss(
                        id: example.id, text: example.text,
                        missing: order.filter { gold.contains($0) && !predicted.contains($0) },
                        extra: order.filter { predicted.contains($0) && !gold.contains($0) }))
            }
        }
        self.scores = CoachLabel.allCases.compactMap { counts[$0] }.filter { $0.support > 0 || $0.falsePositives > 0 }
        self.misses = misses
        self.exampleCount = examples.count
        self.neutralCount = neutral
        self.falseAlarms = alarms
        self.refusedCount = refused
    }

    /// The score of one label (all zero when it never occurred).
    public func score(for label: CoachLabel) -> LabelScore {
        scores.first { $0.label == label } ?? LabelScore(label: label, truePositives: 0, falsePositives: 0, falseNegatives: 0)
    }

    /// F1 over all label decisions pooled together.
    public var microF1: Double {
        let truePositives = scores.reduce(0) { $0 + $1.truePositives }
        let falsePositives = scores.reduce(0) { $0 + $1.falsePositives }
        let falseNegatives = scores.reduce(0) { $0 + $1.falseNegatives }
        let denominator = 2 * truePositives + falsePositives + falseNegatives
        return denominator == 0 ? 1 : Double(2 * truePositives) / Double(denominator)
    }

    /// Mean F1 over labels with gold support.
    public var macroF1: Double {
        let supported = scores.filter { $0.support > 0 }
        return supported.isEmpty ? 1 : supported.reduce(0) { $0 + $1.f1 } / Double(supported.count)
    }

    /// Fraction of examples with no gold label where the coach output any label.
    public var falseAlarmRate: Double { neutralCount == 0 ? 0 : Double(falseAlarms) / Double(neutralCount) }
}
