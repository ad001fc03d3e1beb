/// The running state of one tokenisation pass (see `Tokenizer`).
struct TokenizerState {
    private let text: String
    private let tokenizer: Tokenizer
    private var tokens: [Token] = []
    private var word: [UInt32] = []
    private var wordStart: String.Index
    private var wordStartOffset: Int32 = 0
    private var upperCount = 0
    private var letterCount = 0
    private var sentence: Int32 = 0
    private var clause: Int32 = 0
    private var pendingSentence = false
    private var pendingClause = false
    private var quoted = false
    private var singleQuoted = false
    private var quoteOpenedAtToken = -1
    private var questionSentences: [Int32] = []

    init(text: String, tokenizer: Tokenizer) {
        self.text = text
        self.tokenizer = tokenizer
        self.wordStart = text.unicodeScalars.startIndex
        tokens.reserveCapacity(text.utf8.count / 4 + 4)
        word.reserveCapacity(32)
    }

    /// Reads the whole text once.
    mutating func run() {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var offset: Int32 = 0
        var previous: UInt32 = 0x20
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let value = scalar.value
            let next = scalars.index(after: index)
            let following: Unicode.Scalar? = next == scalars.endIndex ? nil : scalars[next]
            if Tokenizer.isWordScalar(scalar) {
                if word.isEmpty {
                    wordStart = index
                    wordStartOffset = offset
                    upperCount = 0
                    letterCount = 0
                }
                let lower = Tokenizer.lowercase(scalar)
                if !Tokenizer.isDigit(value) { letterCount += 1 }
                if lower.wasUpper { upperCount += 1 }
                if word.count < 64 { word.append(lower.value) }
            } else if !word.isEmpty, Self.isApostrophe(value), let following, Tokenizer.isWordScalar(following) {
                word.append(0x27)
            } else if !word.isEmpty, value == 0x3A || value == 0x2E || value == 0x2C,
                let last = word.last, Tokenizer.isDigit(last), let following, Tokenizer.isDigit(following.value)
            {
                word.append(value)  // 7:15, 3.5, 1,000 stay one token
            } else if !word.isEmpty, value == 0x2A || value == 0x2F,
                let following, Tokenizer.isWordScalar(following) || following.value == 0x2A
            {
                word.append(value)  // f*ck, w/o
            } else {
                flushWord(end: index, endOffset: offset)
                separator(scalar, at: index, offset: offset, previous: previous, following: following)
            }
            previous = value
            index = next
            offset &+= 1
        }
        flushWord(end: scalars.endIndex, endOffset: offset)
    }

    /// Applies the whole-message fixes and returns the tokens.
    mutating func finish() -> [Token] {
        if quoted && quoteOpenedAtToken >= 0 {
            // An unclosed quotation mark is more likely a typo than a quotation to the end.
            for position in quoteOpenedAtToken..<tokens.count { tokens[position].flags.remove(.quoted) }
        }
        if !questionSentences.isEmpty, let last = tokens.last {
            var isQuestion = [Bool](repeating: false, count: Int(last.sentence) + 1)
            for sentence in questionSentences where Int(sentence) < isQuestion.count { isQuestion[Int(sentence)] = true }
            for position in tokens.indices where isQuestion[Int(tokens[position].sentence)] {
                tokens[position].flags.insert(.question)
            }
        }
        if tokenizer.vocabulary != nil { rewriteYouAre() }
        return tokens
    }

    @inline(__always)
    private static func isApostrophe(_ value: UInt32) -> Bool {
        value == 0x27 || value == 0x2019 || value == 0x2018 || value == 0x02BC || value == 0x60 || value == 0xB4
    }

    /// Handles a scalar between words: sentence and clause breaks, quotes and emoji.
    private mutating func separator(
        _ scalar: Unicode.Scalar, at index: String.Index, offset: Int32, previous: UInt32, following: Unicode.Scalar?
    ) {
        switch scalar.value {
        case 0x2E:  // a full stop ends a sentence, except after a title ("Mr. Perfect")
            if let last = tokens.last, Tokenizer.titleAbbreviations.contains(last.hash), last.end == offset {
                break
            }
            pendingSentence = true
        case 0x21, 0x3B, 0x0A, 0x0D, 0x2026:  // ! ; newline …
            pendingSentence = true
        case 0x3F, 0xFF1F:  // ?
            pendingSentence = true
            if let last = tokens.last, last.sentence == sentence, questionSentences.last != sentence {
                questionSentences.append(sentence)
            }
        case 0x2C, 0x3A, 0x28, 0x29, 0x2014, 0x2013:  // , : ( ) — –
            pendingClause = true
        case 0x2D:  // a hyphen between spaces is a dash
            if previous == 0x20 && (following?.value ?? 0x20) == 0x20 { pendingClause = true }
        case 0x27, 0x2018, 0x2019:
            // Single quotes quote only at word edges: 'maybe' (apostrophes inside words never get here).
            let followingIsLetter = following.map(Tokenizer.isWordScalar) ?? false
            let previousIsLetter = previous < 0x80 ? Tokenizer.isWordScalar(Unicode.Scalar(UInt8(previous))) : previous > 0xBF
            let previousEndsWord = previousIsLetter || previous == 0x2C || previous == 0x2E || previous == 0x21 || previous == 0x3F
            if !quoted && !previousIsLetter && followingIsLetter {
                quoted = true
                singleQuoted = true
                quoteOpenedAtToken = tokens.count
                pendingClause = true
            } else if quoted && singleQuoted && previousEndsWord && !followingIsLetter {
                quoted = false
                singleQuoted = false
                quoteOpenedAtToken = -1
                pendingClause = true
            }
        case 0x22, 0x201C, 0x201D, 0x201E, 0xAB, 0xBB:
            pendingClause = true
            let opens: Bool
            switch scalar.value {
            case 0x201C, 0x201E, 0xAB: opens = true
            case 0x201D, 0xBB: opens = false
            default: opens = !quoted
            }
            quoted = opens
            singleQuoted = false
            quoteOpenedAtToken = opens ? tokens.count : -1
        default:
            if Tokenizer.isEmoji(scalar) {
                let hash = WordHash.combine(WordHash.seed, scalar.value)
                let end = text.unicodeScalars.index(after: index)
                append(hash, start: index, end: end, startOffset: offset, endOffset: offset + 1, flags: .emoji)
            }
        }
    }

    /// Turns the buffered word into tokens.
    private mutating func flushWord(end: String.Index, endOffset: Int32) {
        guard !word.isEmpty else { return }
        var flags: TokenFlags = []
        if letterCount >= 2 && upperCount == letterCount { flags.insert(.allCaps) }
        let resolved = word.withUnsafeBufferPointer { resolve($0) }
        let first = resolved.hash(at: 0)
        let startsClause = first == Tokenizer.butHash || first == Tokenizer.howeverHash || first == Tokenizer.althoughHash
        if startsClause { pendingClause = true }
        let writtenHash = word.withUnsafeBufferPointer { WordHash.hash($0) }
        for position in 0..<resolved.count {
            var tokenFlags = flags
            let hash = resolved.hash(at: position)
            if hash == Tokenizer.yourHash && (writtenHash == Tokenizer.urHash || writtenHash == Tokenizer.yourHash) {
                tokenFlags.insert(.possiblyYouAre)
            }
            append(hash, start: wordStart, end: end, startOffset: wordStartOffset, endOffset: endOffset, flags: tokenFlags)
        }
        word.removeAll(keepingCapacity: true)
    }

    private mutating func append(
        _ hash: UInt64, start: String.Index, end: String.Index, startOffset: Int32, endOffset: Int32, flags: TokenFlags
    ) {
        if !tokens.isEmpty {
            if pendingSentence {
                sentence += 1
                clause += 1
            } else if pendingClause {
                clause += 1
            }
        }
        pendingSentence = false
        pendingClause = false
        var tokenFlags = flags
        if quoted { tokenFlags.insert(.quoted) }
        let id = tokenizer.vocabulary?[hash] ?? 0
        tokens.append(
            Token(
                id: id, hash: hash, start: startOffset, end: endOffset, startIndex: start, endIndex: end,
                sentence: sentence, clause: clause, flags: tokenFlags))
    }

    /// Canonical word hashes for one written word.
    private func resolve(_ written: UnsafeBufferPointer<UInt32>) -> ExpansionTable.Expansion {
        let hash = WordHash.hash(written)
        if let expansion = tokenizer.expansions[hash] { return expansion }
        if let first = written.first, Tokenizer.isDigit(first) { return numeric(written, hash: hash) }
        if let apostrophe = written.lastIndex(of: 0x27) { return contraction(written, apostrophe: apostrophe) }
        guard let vocabulary = tokenizer.vocabulary, vocabulary[hash] == nil else {
            return ExpansionTable.Expansion([hash])
        }
        return elongated(written) ?? ExpansionTable.Expansion([hash])
    }

    /// Numbers become `<num>`, clock times `<time>`; mixed spellings ("b4") were expanded before.
    private func numeric(_ written: UnsafeBufferPointer<UInt32>, hash: UInt64) -> ExpansionTable.Expansion {
        var letters = 0
        var hasColon = false
        for value in written {
            if value == 0x3A {
                hasColon = true
            } else if !Tokenizer.isDigit(value) && value != 0x2E && value != 0x2C {
                letters += 1
            }
        }
        if hasColon { return ExpansionTable.Expansion([Tokenizer.timeHash]) }
        if letters == 2, let last = written.last, let beforeLast = written.dropLast().last {
            if (beforeLast == 0x61 || beforeLast == 0x70) && last == 0x6D { return ExpansionTable.Expansion([Tokenizer.timeHash]) }
            return ExpansionTable.Expansion([Tokenizer.numberHash])  // 2nd, 3rd, 10th
        }
        if letters == 0 { return ExpansionTable.Expansion([Tokenizer.numberHash]) }
        return ExpansionTable.Expansion([hash])
    }

    /// Splits "you're", "didn't", "it's", "mom's" into canonical words.
    private func contraction(_ written: UnsafeBufferPointer<UInt32>, apostrophe: Int) -> ExpansionTable.Expansion {
        let suffix = UnsafeBufferPointer(rebasing: written[(apostrophe + 1)...])
        let suffixHash = WordHash.hash(suffix)
        if suffix.count == 1 && suffix[0] == 0x74 && apostrophe > 0 && written[apostrophe - 1] == 0x6E {
            let baseHash = WordHash.hash(UnsafeBufferPointer(rebasing: written[..<(apostrophe - 1)]))
            return ExpansionTable.Expansion([Tokenizer.irregularNegatives[baseHash] ?? baseHash, Tokenizer.notHash])
        }
        let base = UnsafeBufferPointer(rebasing: written[..<apostrophe])
        let baseHash = WordHash.hash(base)
        if let suffixWord = Tokenizer.suffixWords[suffixHash] { return ExpansionTable.Expansion([baseHash, suffixWord]) }
        if suffix.count == 1 && suffix[0] == 0x73 {
            if Tokenizer.isBases.contains(baseHash) { return ExpansionTable.Expansion([baseHash, Tokenizer.isHash]) }
            return tokenizer.expansions[baseHash] ?? ExpansionTable.Expansion([baseHash])
        }
        var plain = WordHash.seed
        for value in written where value != 0x27 { plain = WordHash.combine(plain, value) }
        return tokenizer.expansions[plain] ?? ExpansionTable.Expansion([plain])
    }

    /// Folds runs of three or more equal letters ("soooo", "pleeease") to one, then to two.
    private func elongated(_ written: UnsafeBufferPointer<UInt32>) -> ExpansionTable.Expansion? {
        guard let vocabulary = tokenizer.vocabulary else { return nil }
        var hasRun = false
        var runLength = 1
        for position in 1..<max(written.count, 1) where position < written.count {
            runLength = written[position] == written[position - 1] ? runLength + 1 : 1
            if runLength >= 3 { hasRun = true }
        }
        guard hasRun else { return nil }
        for keep in 1...2 {
            var hash = WordHash.seed
            var run = 0
            var last: UInt32 = 0
            for value in written {
                run = value == last ? run + 1 : 1
                last = value
                if run <= keep { hash = WordHash.combine(hash, value) }
            }
            if let expansion = tokenizer.expansions[hash] { return expansion }
            if vocabulary[hash] != nil { return ExpansionTable.Expansion([hash]) }
        }
        return nil
    }

    /// Reads a written "your"/"ur" as "you are" when an adjective-like word follows ("ur so lazy").
    private mutating func rewriteYouAre() {
        var needsRewrite = false
        for position in tokens.indices.dropLast() where tokens[position].flags.contains(.possiblyYouAre) {
            if tokenizer.youAreCues.contains(tokens[position + 1].hash) { needsRewrite = true }
        }
        guard needsRewrite, let vocabulary = tokenizer.vocabulary else { return }
        var rewritten: [Token] = []
        rewritten.reserveCapacity(tokens.count + 4)
        for position in tokens.indices {
            var token = tokens[position]
            if token.flags.contains(.possiblyYouAre), position + 1 < tokens.count,
                tokenizer.youAreCues.contains(tokens[position + 1].hash)
            {
                token.hash = Tokenizer.youHash
                token.id = vocabulary[Tokenizer.youHash] ?? 0
                rewritten.append(token)
                token.hash = Tokenizer.areHash
                token.id = vocabulary[Tokenizer.areHash] ?? 0
            }
            rewritten.append(token)
        }
        tokens = rewritten
    }
}
