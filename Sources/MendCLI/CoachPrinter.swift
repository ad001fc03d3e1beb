import MendCoach

/// Renders a coach report for a person at a terminal, with colour when it helps.
struct CoachPrinter {
    let colour: Bool

    func render(_ report: CoachReport, message: String) -> String {
        var out = ""
        let reading =
            switch report.reading {
            case .escalating: paint("escalating", 31)
            case .repairing: paint("repairing", 32)
            case .neutral: "neutral"
            }
        out += "Reading: \(reading)\n"
        if report.findings.isEmpty {
            out += "Nothing to flag. This reads as an everyday message.\n"
            return out
        }
        for finding in report.findings {
            let name = finding.label.rawValue.replacingOccurrences(of: "_", with: " ")
            out += "\n" + paint(name, finding.label.isHarmful ? 33 : 36)
            let quotes = finding.spans.map { "“\($0.text)”" }.joined(separator: ", ")
            if !quotes.isEmpty { out += "  " + quotes }
            out += "\n  \(finding.explanation)\n"
            if let suggestion = finding.suggestion {
                out += "  " + paint(suggestion, 1) + "\n"
            }
        }
        return out
    }

    private func paint(_ text: String, _ code: Int) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
