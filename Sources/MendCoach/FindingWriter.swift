/// Turns evidence into findings: spans of the original text, an explanation and a suggestion.
struct FindingWriter {
    let analysis: MessageAnalysis

    func finding(for label: CoachLabel, evidence: [Evidence]) -> CoachFinding {
        let spans = spans(of: evidence)
        let explanation = label == .safetyRisk && analysis.selfHarm ? Self.selfHarmExplanation : Self.explanation(for: label)
        let suggestion: String?
        if label.isHarmful && label != .safetyRisk {
            suggestion = SuggestionWriter(analysis: analysis).suggestion(for: label, evidence: evidence)
        } else {
            suggestion = nil
        }
        return CoachFinding(label: label, spans: spans, explanation: explanation, suggestion: suggestion)
    }

    /// Merged, ordered spans of the original text.
    private func spans(of evidence: [Evidence]) -> [TextSpan] {
        let ranges = evidence.map { ($0.start, $0.end) }.sorted { $0.0 < $1.0 }
        var merged: [(Int, Int)] = []
        for range in ranges {
            if let last = merged.last, range.0 <= last.1 {
                merged[merged.count - 1].1 = max(last.1, range.1)
            } else {
                merged.append(range)
            }
        }
        let tokens = analysis.tokens
        if merged.first?.0 ?? 0 < 0 {
            return [TextSpan(start: 0, end: analysis.message.unicodeScalars.count, text: analysis.message)]
        }
        return merged.map { range in
            let first = tokens[range.0]
            let last = tokens[range.1 - 1]
            let text = String(analysis.message.unicodeScalars[first.startIndex..<last.endIndex])
            return TextSpan(start: Int(first.start), end: Int(last.end), text: text)
        }
    }

    static let selfHarmExplanation =
        "What you wrote sounds like you are in a lot of pain, and you deserve support right now: please reach out to a crisis line, emergency services or someone you trust, and we can pause here while Mend shows you private ways to get help."

    /// One warm, non-blaming sentence per label.
    static func explanation(for label: CoachLabel) -> String {
        switch label {
        case .criticism:
            return
                "This describes your partner's character or makes a sweeping \"always/never\" claim, which usually lands as an attack and hides the need behind it."
        case .contempt:
            return
                "Words like these (insults, mockery, sarcasm or disgust) tell your partner they are less than you, and they hurt the bond more than anything else."
        case .defensiveness:
            return
                "This pushes the problem back or explains it away, which is a very human way to protect yourself, but it leaves your partner feeling unheard."
        case .stonewalling:
            return "This closes the conversation down; if you are overwhelmed, it is kinder to name that and ask for a timed break."
        case .invalidation:
            return "This tells your partner their feelings are too much or don't matter, even if you mean to calm things down."
        case .assumedIntent:
            return "This states your partner's motive as a fact; you may be right or wrong, but asking gives them the benefit of the doubt."
        case .factLitigation:
            return
                "Arguing over times, proof or exact words turns repair into a trial about who is right, while the feelings stay unspoken."
        case .emptyPromise:
            return
                "An absolute promise like this is hard to keep and your partner may not believe it; a small, concrete commitment builds more trust."
        case .apology:
            return "Apologising is kind, but repair goes further when you show you understand how it felt for them and own your part."
        case .sympathy:
            return "This comforts from a distance or looks on the bright side; feeling it with your partner helps them feel less alone."
        case .fixing:
            return "Advice can feel like being rushed when your partner is sharing a feeling; reflecting what you hear usually comes first."
        case .parroting:
            return
                "Repeating their words back shows you heard them, and naming the feeling underneath in your own words shows you understood."
        case .safetyRisk:
            return
                "What you wrote suggests you may not be safe, and your safety matters more than this conversation: we can pause here, and Mend can show you private ways to reach people who help."
        case .iStatement: return "You are speaking from your own experience and feelings, which makes it easier for your partner to listen."
        case .reflection: return "You are putting your partner's experience into your own words, which helps them feel heard."
        case .checkUnderstanding: return "You are checking whether you understood, or inviting more, which keeps the conversation open."
        case .validation: return "You are telling your partner that their feelings make sense, which is deeply calming."
        case .empathy: return "You are feeling this with your partner, not just for them."
        case .responsibility: return "You are owning your part without excuses, which makes it safe for your partner to soften too."
        case .reassurance: return "You are affirming your love and commitment, which helps both of you feel safe."
        case .appreciation: return "You are noticing and thanking your partner, which builds goodwill for the hard moments."
        case .activation: return "You are naming how activated you are or asking for a timed break, which protects the conversation."
        case .request: return "You are asking for a concrete, positive behaviour, which gives your partner a clear way to help."
        }
    }
}
