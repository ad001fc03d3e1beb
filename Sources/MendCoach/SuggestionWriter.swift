/// Writes a gentler alternative for a harmful label, reusing the words of the person's own message.
struct SuggestionWriter {
    let analysis: MessageAnalysis

    /// Words that frame a criticism rather than name its topic ("you never" in "you never plan...").
    static let frameWords: Set<UInt64> = Set(
        [
            "you", "always", "never", "constantly", "ever", "are", "so", "such", "a", "an", "why", "do", "does",
            "can", "not", "even", "keep", "kept", "i", "feel", "felt", "like", "that", "think", "just", "really",
            "have", "has", "been", "literally", "once", "single", "every", "time", "would", "will", "could",
            "obviously", "clearly", "did", "on", "purpose", "only", "sorry", "am", "for", "about", "so", "swear",
            "promise", "again", "from", "now", "it", "this", "is", "was", "were", "very", "totally", "being",
            "completely", "forever", "continually", "and", "but", "well", "oh",
        ].map(WordHash.hash))
    static let replacements: [String: String] = [
        "anything": "something", "anyone": "someone", "anybody": "somebody", "ever": "", "anymore": "",
        "even": "", "never": "", "always": "", "literally": "", "constantly": "", "again": "",
    ]

    func suggestion(for label: CoachLabel, evidence: [Evidence]) -> String {
        let topic = self.topic()
        let first = evidence.min { $0.start < $1.start } ?? evidence[0]
        let phrase = topicPhrase(after: first)
        switch label {
        case .criticism:
            if let trait = traitWord(), let needs = SuggestionTopics.traitNeeds[trait] {
                return
                    "Try: \"I feel \(needs.feeling) about what happened, and I need \(needs.need); could we talk about one specific moment and what would help next time?\""
            }
            if let phrase {
                return "Try: \"I feel \(topic.feeling) when you don't \(phrase); I'd love it if you could \(phrase) this week.\""
            }
            return
                "Try an I-statement with a feeling and a need: \"I feel \(topic.feeling) about this, and I need \(topic.need); could we talk about one specific time it happened?\""
        case .contempt:
            return
                "Try saying what hurts instead: \"I'm really \(topic.feeling == "hurt" ? "frustrated" : topic.feeling) right now, and I need \(topic.need); can we talk about it with respect for each other?\""
        case .assumedIntent:
            let feeling = ownFeeling() ?? topic.feeling
            let what = phrase.map { "when you \($0)" } ?? "when that happened"
            return "Try asking instead of assuming: \"I felt \(feeling) \(what); can you help me understand what was going on for you?\""
        case .emptyPromise:
            let what = phrase.map { "on \($0)" } ?? "on this"
            return
                "Try a promise you can keep: \"I'm going to work \(what), starting with one concrete step this week, and I'd like us to check in about it on Sunday.\""
        case .apology:
            let what = phrase.map { "When I \($0)" } ?? "When I did that"
            return
                "Try reflecting and owning: \"\(what), I think you felt \(contextFeeling() ?? "hurt"); that's on me, and I want to understand what it was like for you.\""
        case .sympathy:
            return
                "Try feeling it with them: \"That sounds really hard\(contextFeeling().map { ", and so \($0)" } ?? ""). I'm right here with you; what was the hardest part?\""
        case .fixing:
            let feeling = contextFeeling().map { "you're feeling \($0)" } ?? "this has been weighing on you"
            return "Before any advice, try reflecting: \"It sounds like \(feeling). What's the hardest part of it for you?\""
        case .defensiveness:
            return
                "Try owning one part, even a small one: \"You're right that this mattered, and I can see my part in it. Tell me more about how it felt for you.\""
        case .stonewalling:
            return
                "Try asking for a timed break instead: \"I'm getting overwhelmed and need twenty minutes to calm down; then I'll come back so we can keep talking.\""
        case .invalidation:
            return "Try validating instead: \"It makes sense that this upset you. Tell me more about what it was like for you.\""
        case .factLitigation:
            return
                "Try naming the feeling instead of the facts: \"We remember it differently, and what matters more to me is that you felt \(contextFeeling() ?? "hurt"); can you tell me about that?\""
        case .parroting:
            return
                "Try naming the feeling underneath in your own words: \"It sounds like you felt \(contextFeeling() ?? "hurt"), like you didn't matter to me in that moment. Is that right?\""
        default:
            return ""
        }
    }

    /// The most likely theme of the message (first keyword found).
    private func topic() -> SuggestionTopic {
        for token in analysis.tokens {
            if let index = SuggestionTopics.index[token.hash] { return SuggestionTopics.all[index] }
        }
        return SuggestionTopics.fallback
    }

    /// The first trait word of the message that has a known need.
    private func traitWord() -> String? {
        let trait = analysis.lexicon.traitClass
        for token in analysis.tokens where token.id != 0 && analysis.lexicon.classSets[Int(token.id)].contains(trait) {
            let word = String(analysis.message.unicodeScalars[token.startIndex..<token.endIndex]).lowercased()
            if SuggestionTopics.traitNeeds[word] != nil { return word }
        }
        return nil
    }

    /// A feeling the writer names in the message, if any.
    private func ownFeeling() -> String? {
        let feeling = analysis.lexicon.feelingClass
        for token in analysis.tokens where token.id != 0 && analysis.lexicon.classSets[Int(token.id)].contains(feeling) {
            return String(analysis.message.unicodeScalars[token.startIndex..<token.endIndex]).lowercased()
        }
        return nil
    }

    /// A feeling the partner named in the context message, if any.
    private func contextFeeling() -> String? {
        guard let context = analysis.context else { return nil }
        let feeling = analysis.lexicon.feelingClass
        for token in analysis.lexicon.tokenizer.tokenize(context)
        where token.id != 0 && analysis.lexicon.classSets[Int(token.id)].contains(feeling) {
            return String(context.unicodeScalars[token.startIndex..<token.endIndex]).lowercased()
        }
        return nil
    }

    /// The topic words after the frame of a match, to the end of its clause ("plan anything for us"
    /// -> "plan something for us"), or nil when nothing is left.
    private func topicPhrase(after evidence: Evidence) -> String? {
        let tokens = analysis.tokens
        var position = evidence.start
        let end = analysis.clauseEnd(after: evidence.start)
        while position < end && Self.frameWords.contains(tokens[position].hash) { position += 1 }
        guard position < end else { return nil }
        let text = String(analysis.message.unicodeScalars[tokens[position].startIndex..<tokens[end - 1].endIndex])
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).compactMap { word -> String? in
            let lower = word.lowercased()
            if let replacement = Self.replacements[lower] { return replacement.isEmpty ? nil : replacement }
            return String(word)
        }
        let phrase = words.joined(separator: " ")
        return phrase.isEmpty || phrase.count > 80 ? nil : phrase
    }
}
