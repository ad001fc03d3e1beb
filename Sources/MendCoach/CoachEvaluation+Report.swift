extension CoachEvaluation {
    /// A plain-text table of the scores, followed by the misses.
    public func formattedReport(maximumMisses: Int = 60) -> String {
        var lines: [String] = []
        lines.append(pad("label", 20) + pad("P", 7) + pad("R", 7) + pad("F1", 7) + pad("support", 9) + "FP")
        for score in scores {
            lines.append(
                pad(score.label.rawValue, 20) + pad(Self.format(score.precision), 7) + pad(Self.format(score.recall), 7)
                    + pad(Self.format(score.f1), 7) + pad(String(score.support), 9) + String(score.falsePositives))
        }
        lines.append("")
        lines.append("examples: \(exampleCount)  micro-F1: \(Self.format(microF1))  macro-F1: \(Self.format(macroF1))")
        lines.append("false alarms on neutral: \(falseAlarms)/\(neutralCount) = \(Self.format(falseAlarmRate))  refused: \(refusedCount)")
        if !misses.isEmpty {
            lines.append("")
            lines.append("misses (\(misses.count)):")
            for miss in misses.prefix(maximumMisses) {
                let missing = miss.missing.map(\.rawValue).joined(separator: ",")
                let extra = miss.extra.map(\.rawValue).joined(separator: ",")
                lines.append("  [\(miss.id)] -\(missing) +\(extra) :: \(miss.text)")
            }
        }
        return lines.joined(separator: "\n")
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    /// Formats a fraction with three decimals without Foundation.
    static func format(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let whole = thousandths / 1000
        let fraction = thousandths % 1000
        let digits = String(fraction)
        return "\(whole)." + String(repeating: "0", count: 3 - digits.count) + digits
    }
}
