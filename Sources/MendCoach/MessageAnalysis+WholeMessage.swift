/// Rules that look at the message as a whole rather than at one pattern.
extension MessageAnalysis {
    /// Words that alone make a curt, conversation-ending reply ("Fine." "Whatever." "k").
    static let curtWords: WordSet = WordSet(["whatever", "fine", "k", "noted", "👍"].map(WordHash.hash))
    /// Intensifiers that, written in capitals after "you", mock ("because you're SO busy").
    static let mockingIntensifiers: WordSet = WordSet(
        ["so", "such", "really", "very", "totally", "super", "soo", "sooo"].map(WordHash.hash))
    static let firstPerson: WordSet = WordSet(["i", "me", "my", "mine", "myself"].map(WordHash.hash))
    static let secondPerson: WordSet = WordSet(["you", "your", "yours", "yourself"].map(WordHash.hash))
    static let beVerbs: WordSet = WordSet(["am", "are", "was", "were", "is"].map(WordHash.hash))
    static let firstMarker = WordHash.hash("<first>")
    static let secondMarker = WordHash.hash("<second>")
    static let beMarker = WordHash.hash("<be>")

    /// Words of saying that, followed by a quotation, argue over exact words.
    static let sayingVerbs: WordSet = WordSet(
        ["said", "say", "says", "wrote", "texted", "typed", "asked", "told", "meant", "messaged"].map(WordHash.hash))
    /// Words that mark a correction ("not", "no", "actually").
    static let contrastWords: WordSet = WordSet(["not", "no", "actually", "wrong", "technically", "never"].map(WordHash.hash))
    /// Words that introduce a recalled quotation rather than an argued one.
    static let recallingWords: WordSet = WordSet(["when", "if", "because", "after", "before", "since"].map(WordHash.hash))
    /// Laughter that marks a message as playful.
    static let laughter: WordSet = WordSet(["lol", "😂", "🤣", "😆", "😅", "😜", "🙃", "😝"].map(WordHash.hash))

    /// "..." or "…" alone: trailing off instead of answering.
    var isTrailingOff: Bool {
        guard tokens.isEmpty, message.utf8.count <= 16 else { return false }
        var dots = 0
        for scalar in message.unicodeScalars {
            switch scalar {
            case ".": dots += 1
            case "\u{2026}": dots += 3
            case " ", "\n": continue
            default: return false
            }
        }
        return dots >= 2
    }

    mutating func addWholeMessageRules() {
        addCurtReply()
        addMockingCapitals()
        addQuotedWords()
        addDuellingTimes()
        addEvidenceInOwnDefence()
        removePlayfulFlags()
        addParroting()
    }

    /// A short message made only of curt words ("Fine." "ok." "Yep. Sure. Got it.") is stonewalling.
    private mutating func addCurtReply() {
        guard tokens.count <= 5 else { return }
        let dismissive = lexicon.dismissiveClass
        for token in tokens {
            guard token.id != 0, lexicon.classSets[Int(token.id)].contains(dismissive) else { return }
        }
        add(.stonewalling, start: 0, end: tokens.count)
    }

    /// `you said 'maybe', not 'no'`: a word of saying followed by a quotation, in a sentence that
    /// also corrects something, is arguing over exact words.
    private mutating func addQuotedWords() {
        guard let last = tokens.last, tokens.contains(where: { $0.flags.contains(.quoted) }) else { return }
        // Per-sentence facts first, so the rule stays linear however many quotations there are.
        let sentences = Int(last.sentence) + 1
        var corrects = [Bool](repeating: false, count: sentences)
        var timed = [Bool](repeating: false, count: sentences)
        var quotations = [Int](repeating: 0, count: sentences)
        for position in tokens.indices {
            let token = tokens[position]
            let sentence = Int(token.sentence)
            if Self.contrastWords.contains(token.hash) { corrects[sentence] = true }
            if token.hash == Tokenizer.timeHash { timed[sentence] = true }
            if token.flags.contains(.quoted) && (position == 0 || !tokens[position - 1].flags.contains(.quoted)) {
                quotations[sentence] += 1
            }
        }
        for position in tokens.indices.dropLast() where Self.sayingVerbs.contains(tokens[position].hash) {
            // The quotation may follow directly or after one object ("you texted me 'ok'").
            let quotedNext =
                tokens[position + 1].flags.contains(.quoted)
                || (position + 2 < tokens.count && tokens[position + 2].flags.contains(.quoted)
                    && !tokens[position + 1].flags.contains(.quoted))
            guard quotedNext, !tokens[position].flags.contains(.quoted) else { continue }
            // "when I said 'calm down'" recalls words to reflect on them, not to win.
            if position >= 2 && Self.recallingWords.contains(tokens[position - 2].hash) { continue }
            let sentence = Int(tokens[position].sentence)
            if corrects[sentence] || timed[sentence] || quotations[sentence] >= 2 {
                add(.factLitigation, start: position, end: position + 2)
            }
        }
    }

    /// "No, the movie started at 9, the trailers were at 8:45": two clock times in a sentence that corrects.
    private mutating func addDuellingTimes() {
        var sentenceStart = 0
        while sentenceStart < tokens.count {
            var end = sentenceStart
            var times = 0
            var corrects = false
            while end < tokens.count && tokens[end].sentence == tokens[sentenceStart].sentence {
                if tokens[end].hash == Tokenizer.timeHash || tokens[end].hash == Tokenizer.numberHash { times += 1 }
                if Self.contrastWords.contains(tokens[end].hash) { corrects = true }
                end += 1
            }
            if times >= 2 && corrects && !tokens[sentenceStart].flags.contains(.question) {
                add(.factLitigation, start: sentenceStart, end: end)
            }
            sentenceStart = end
        }
    }

    /// "I called you twice, it's right there in my call log": facts about one's own actions,
    /// marshalled while litigating, deny responsibility too.
    private mutating func addEvidenceInOwnDefence() {
        guard evidence.contains(where: { $0.label == .factLitigation }),
            !evidence.contains(where: { $0.label == .defensiveness })
        else { return }
        let action = lexicon.selfActionClass
        let iHash = WordHash.hash("i")
        for position in tokens.indices.dropLast() where tokens[position].hash == iHash {
            let next = tokens[position + 1]
            if next.id != 0 && lexicon.classSets[Int(next.id)].contains(action) && !next.flags.contains(.quoted) {
                add(.defensiveness, start: position, end: position + 2)
                return
            }
        }
    }

    /// Laughter marks hyperbole: "Never again am I buying the cheap beans 😂" promises nothing.
    private mutating func removePlayfulFlags() {
        guard tokens.contains(where: { Self.laughter.contains($0.hash) }) else { return }
        remove(.emptyPromise)
        remove(.stonewalling)
    }

    /// "you're SO busy": a capitalised intensifier right after "you" in a message that is not all shouting.
    private mutating func addMockingCapitals() {
        var capitals = 0
        for token in tokens where token.flags.contains(.allCaps) { capitals += 1 }
        guard capitals > 0, capitals * 2 < tokens.count else { return }
        for position in tokens.indices where tokens[position].flags.contains(.allCaps) {
            guard Self.mockingIntensifiers.contains(tokens[position].hash) else { continue }
            let from = max(0, position - 3)
            if let you = (from..<position).first(where: { tokens[$0].hash == Tokenizer.youHash }) {
                add(.contempt, start: you, end: min(position + 2, tokens.count))
            }
        }
    }

    /// A sentence that repeats the partner's words back with pronouns swapped, adding almost
    /// nothing, is parroting.
    private mutating func addParroting() {
        guard let context, !context.isEmpty else { return }
        let theirs = contextTokens.map { swapped(person($0.hash)) }
        guard theirs.count >= 4 else { return }
        var counts: [UInt64: Int] = [:]
        for hash in theirs { counts[hash, default: 0] += 1 }
        var sentenceStart = 0
        while sentenceStart < tokens.count {
            var end = sentenceStart
            while end < tokens.count && tokens[end].sentence == tokens[sentenceStart].sentence { end += 1 }
            if end - sentenceStart >= 3 && repeats(theirs.count, &counts, in: sentenceStart..<end) {
                remove(.reflection)
                remove(.iStatement)
                add(.parroting, start: sentenceStart, end: end)
                return
            }
            sentenceStart = end
        }
    }

    /// Whether the sentence in `range` reuses at least three quarters of the partner's words and adds
    /// at most a fifth of its own; `counts` (the partner's word counts) is restored before returning,
    /// so the whole check stays linear in the length of the message.
    private func repeats(_ theirCount: Int, _ counts: inout [UInt64: Int], in range: Range<Int>) -> Bool {
        var taken: [UInt64] = []
        for position in range {
            let hash = person(tokens[position].hash)
            if let count = counts[hash], count > 0 {
                counts[hash] = count - 1
                taken.append(hash)
            }
        }
        for hash in taken { counts[hash, default: 0] += 1 }
        let shared = taken.count
        let novel = range.count - shared
        return shared * 4 >= theirCount * 3 && novel * 5 <= range.count
    }

    private func person(_ hash: UInt64) -> UInt64 {
        if Self.firstPerson.contains(hash) { return Self.firstMarker }
        if Self.secondPerson.contains(hash) { return Self.secondMarker }
        if Self.beVerbs.contains(hash) { return Self.beMarker }
        return hash
    }

    private func swapped(_ hash: UInt64) -> UInt64 {
        if hash == Self.firstMarker { return Self.secondMarker }
        if hash == Self.secondMarker { return Self.firstMarker }
        return hash
    }
}
