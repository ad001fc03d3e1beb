/// Writes a gentler alternative for a harmful label, reusing the words of the person's own message.
struct SuggestionWriter {
    let analysis: MessageAnalysis

    /// Words that frame a statement rather than name its topic ("you never" in "you never plan...").
    static let frameWords: WordSet = WordSet(
        [
            "you", "always", "never", "constantly", "ever", "are", "so", "such", "a", "an", "why", "do", "does",
            "can", "not", "even", "keep", "kept", "i", "feel", "felt", "like", "that", "think", "just", "really",
            "have", "has", "been", "literally", "once", "single", "every", "time", "would", "will", "could",
            "obviously", "clearly", "did", "only", "sorry", "am", "for", "about", "swear", "promise", "from", "now",
            "very", "totally", "being", "completely", "forever", "continually", "and", "but", "well", "oh", "honestly",
            "seriously", "again", "going", "to", "gonna", "so", "really", "was", "were",
        ].map(WordHash.hash))
    /// Words that make a claim sweeping; they are left out of a rewrite.
    static let sweepingWords: WordSet = WordSet(
        ["ever", "anymore", "even", "never", "always", "literally", "constantly", "again", "seriously", "honestly", "just"]
            .map(WordHash.hash))
    static let softened: [UInt64: String] = [
        WordHash.hash("anything"): "something", WordHash.hash("anyone"): "someone", WordHash.hash("anybody"): "somebody",
        WordHash.hash("everything"): "things", WordHash.hash("everyone"): "people",
    ]
    static let quantifiers: [UInt64: Bool] = [
        WordHash.hash("never"): true, WordHash.hash("always"): false, WordHash.hash("constantly"): false,
        WordHash.hash("continually"): false, WordHash.hash("forever"): false,
    ]
    static let beVerbs: WordSet = WordSet(["are", "were", "is", "am"].map(WordHash.hash))
    static let motiveMarkers: WordSet = WordSet(["to", "so", "because", "purpose", "just", "only", "since"].map(WordHash.hash))

    func suggestion(for label: CoachLabel, evidence: [Evidence]) -> String {
        let topic = self.topic()
        let first = evidence.min { $0.start < $1.start } ?? evidence[0]
        switch label {
        case .criticism:
            if let trait = traitWord(), let needs = SuggestionTopics.traitNeeds[trait] {
                return
                    "Try: \"I feel \(needs.feeling) about what happened, and I need \(needs.need); could we talk about one specific moment and what would help next time?\""
            }
            if let (isNever, phrase) = quantified(first) {
                if isNever {
                    return "Try: \"I feel \(topic.feeling) when you don't \(phrase); I'd love it if you could \(phrase) this week.\""
                }
                return
                    "Try: \"I feel \(topic.feeling) when you \(phrase); what I need is \(topic.need). Could we agree on one small change this week?\""
            }
            return
                "Try an I-statement with a feeling and a need: \"I feel \(topic.feeling) about this, and I need \(topic.need); could we talk about one specific time it happened?\""
        case .contempt:
            let feeling = topic.feeling == "hurt" ? "frustrated" : topic.feeling
            return
                "Try saying what hurts instead: \"I'm really \(feeling) right now, and I need \(topic.need); can we talk about it with respect for each other?\""
        case .assumedIntent:
            let feeling = ownFeeling() ?? topic.feeling
            let story =
                phrase(from: youPosition(from: first.start) ?? first.start, stoppingAtMotive: false).map { "that \($0)" }
                ?? "about what you meant"
            return
                "Try asking instead of assuming: \"The story I'm telling myself is \(story), and I feel \(feeling). Can you tell me what was really going on for you?\""
        case .emptyPromise:
            if let (isNever, action) = quantified(first) {
                let wish = isNever ? "I don't want to \(action) again" : "I want to \(action) more reliably"
                return
                    "Try a promise you can keep: \"\(wish), so this week I'll start with one concrete step and tell you what it is; can we check in on Sunday about how it's going?\""
            }
            return
                "Try a promise you can keep: \"I want to change this, so this week I'll start with one concrete step and tell you what it is; can we check in on Sunday about how it's going?\""
        case .apology:
            return
                "Try reflecting and owning: \"\(apologyOpening(after: first)), I think you felt \(contextFeeling() ?? "hurt"); that's on me, and I want to understand what it was like for you.\""
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

    /// For "you never X" / "I'll always X": whether the quantifier is "never", and X in plain words.
    private func quantified(_ evidence: Evidence) -> (Bool, String)? {
        let tokens = analysis.tokens
        let end = analysis.clauseEnd(after: evidence.start)
        for position in evidence.start..<end {
            guard let isNever = Self.quantifiers[tokens[position].hash] else { continue }
            guard let phrase = phrase(from: position + 1, stoppingAtMotive: false) else { return nil }
            // "you are always on your phone" keeps its verb: "when you are on your phone".
            if position > 0 && Self.beVerbs.contains(tokens[position - 1].hash) && !isNever {
                return (isNever, analysis.lexicon.spellings[Int(tokens[position - 1].id)] + " " + phrase)
            }
            return (isNever, phrase)
        }
        return nil
    }

    /// The first "you" at or after `start` in its clause.
    private func youPosition(from start: Int) -> Int? {
        let end = analysis.clauseEnd(after: start)
        return (start..<end).first { analysis.tokens[$0].hash == Tokenizer.youHash }
    }

    /// "Sorry I yelled" -> "When I yelled"; "sorry for yelling" -> "When I was yelling".
    private func apologyOpening(after evidence: Evidence) -> String {
        let tokens = analysis.tokens
        let end = analysis.clauseEnd(after: evidence.start)
        var position = evidence.start
        while position < end && Self.frameWords.contains(tokens[position].hash) && tokens[position].hash != WordHash.hash("i") {
            position += 1
        }
        if position < end && tokens[position].hash == WordHash.hash("i"), let rest = phrase(from: position + 1, stoppingAtMotive: false) {
            return "When I \(rest)"
        }
        if let rest = phrase(from: position, stoppingAtMotive: false) {
            return rest.hasSuffix("ing") || rest.split(separator: " ").first?.hasSuffix("ing") == true
                ? "When I was \(rest)" : "About \(rest)"
        }
        return "When I did that"
    }

    /// The words from `start` to the end of its clause, in canonical spelling, with frame words at
    /// the start and sweeping words anywhere left out; nil when nothing is left.
    private func phrase(from start: Int, stoppingAtMotive: Bool) -> String? {
        let tokens = analysis.tokens
        guard start < tokens.count else { return nil }
        let end = analysis.clauseEnd(after: start)
        var words: [String] = []
        for position in start..<end {
            let token = tokens[position]
            if stoppingAtMotive && Self.motiveMarkers.contains(token.hash) { break }
            if Self.sweepingWords.contains(token.hash) || token.flags.contains(.emoji) { continue }
            if let softer = Self.softened[token.hash] {
                words.append(softer)
                continue
            }
            let spelling = analysis.lexicon.spellings[Int(token.id)]
            words.append(
                token.id != 0 && !spelling.isEmpty
                    ? spelling : String(analysis.message.unicodeScalars[token.startIndex..<token.endIndex]).lowercased())
        }
        var phrase = words.map { $0 == "i" ? "I" : $0 }.joined(separator: " ")
        for ending in [" from now on", " from today", " starting now", " from this day on"] where phrase.hasSuffix(ending) {
            phrase.removeLast(ending.count)
        }
        return phrase.isEmpty || phrase.count > 90 ? nil : phrase
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
            let word = analysis.lexicon.spellings[Int(token.id)]
            if SuggestionTopics.traitNeeds[word] != nil { return word }
        }
        return nil
    }

    /// A feeling the writer names in the message, if any.
    private func ownFeeling() -> String? {
        let feeling = analysis.lexicon.feelingClass
        for token in analysis.tokens where token.id != 0 && analysis.lexicon.classSets[Int(token.id)].contains(feeling) {
            return analysis.lexicon.spellings[Int(token.id)]
        }
        return nil
    }

    /// A feeling the partner named in the context message, if any.
    private func contextFeeling() -> String? {
        guard let context = analysis.context else { return nil }
        let feeling = analysis.lexicon.feelingClass
        for token in analysis.lexicon.tokenizer.tokenize(context)
        where token.id != 0 && analysis.lexicon.classSets[Int(token.id)].contains(feeling) {
            return analysis.lexicon.spellings[Int(token.id)]
        }
        return nil
    }
}
