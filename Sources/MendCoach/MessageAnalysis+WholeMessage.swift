/// Rules that look at the message as a whole rather than at one pattern.
extension MessageAnalysis {
    /// Words that alone make a curt, conversation-ending reply ("Fine." "Whatever." "k").
    static let curtWords: Set<UInt64> = Set(["whatever", "fine", "k", "noted", "👍"].map(WordHash.hash))
    /// Intensifiers that, written in capitals after "you", mock ("because you're SO busy").
    static let mockingIntensifiers: Set<UInt64> = Set(
        ["so", "such", "really", "very", "totally", "super", "soo", "sooo"].map(WordHash.hash))
    static let firstPerson: Set<UInt64> = Set(["i", "me", "my", "mine", "myself"].map(WordHash.hash))
    static let secondPerson: Set<UInt64> = Set(["you", "your", "yours", "yourself"].map(WordHash.hash))
    static let beVerbs: Set<UInt64> = Set(["am", "are", "was", "were", "is"].map(WordHash.hash))
    static let firstMarker = WordHash.hash("<first>")
    static let secondMarker = WordHash.hash("<second>")
    static let beMarker = WordHash.hash("<be>")

    /// Words of saying that, followed by a quotation, argue over exact words.
    static let sayingVerbs: Set<UInt64> = Set(
        ["said", "say", "says", "wrote", "texted", "typed", "asked", "told", "meant", "messaged"].map(WordHash.hash))
    /// Words that mark a correction ("not", "no", "actually").
    static let contrastWords: Set<UInt64> = Set(["not", "no", "actually", "wrong", "technically", "never"].map(WordHash.hash))
    /// Words that introduce a recalled quotation rather than an argued one.
    static let recallingWords: Set<UInt64> = Set(["when", "if", "because", "after", "before", "since"].map(WordHash.hash))
    /// Laughter that marks a message as playful.
    static let laughter: Set<UInt64> = Set(["lol", "😂", "🤣", "😆", "😅", "😜", "🙃", "😝"].map(WordHash.hash))

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
        for position in tokens.indices.dropLast() where Self.sayingVerbs.contains(tokens[position].hash) {
            // The quotation may follow directly or after one object ("you texted me 'ok'").
            let quotedNext =
                tokens[position + 1].flags.contains(.quoted)
                || (position + 2 < tokens.count && tokens[position + 2].flags.contains(.quoted)
                    && !tokens[position + 1].flags.contains(.quoted))
            guard quotedNext, !tokens[position].flags.contains(.quoted) else { continue }
            // "when I said 'calm down'" recalls words to reflect on them, not to win.
            if position >= 2 && Self.recallingWords.contains(tokens[position - 2].hash) { continue }
            let sentence = tokens[position].sentence
            let corrects = tokens.contains { $0.sentence == sentence && Self.contrastWords.contains($0.hash) }
            let quotations = tokens.indices.filter {
                tokens[$0].sentence == sentence && tokens[$0].flags.contains(.quoted)
                    && ($0 == 0 || !tokens[$0 - 1].flags.contains(.quoted))
            }
            let timed = tokens.contains { $0.sentence == sentence && ($0.hash == Tokenizer.timeHash) }
            if corrects || timed || quotations.count >= 2 { add(.factLitigation, start: position, end: position + 2) }
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
        let theirs = lexicon.tokenizer.tokenize(context).map { swapped(person($0.hash)) }
        guard theirs.count >= 4 else { return }
        var sentenceStart = 0
        while sentenceStart < tokens.count {
            var end = sentenceStart
            while end < tokens.count && tokens[end].sentence == tokens[sentenceStart].sentence { end += 1 }
            if end - sentenceStart >= 3 && repeats(theirs, in: sentenceStart..<end) {
                remove(.reflection)
                remove(.iStatement)
                add(.parroting, start: sentenceStart, end: end)
                return
            }
            sentenceStart = end
        }
    }

    private func repeats(_ theirs: [UInt64], in range: Range<Int>) -> Bool {
        var remaining: [UInt64: Int] = [:]
        for hash in theirs { remaining[hash, default: 0] += 1 }
        var shared = 0
        for position in range {
            let hash = person(tokens[position].hash)
            if let count = remaining[hash], count > 0 {
                remaining[hash] = count - 1
                shared += 1
            }
        }
        let novel = range.count - shared
        return shared * 4 >= theirs.count * 3 && novel * 5 <= range.count
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
