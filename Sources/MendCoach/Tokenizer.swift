/// Splits a message into normalised tokens in one pass over its Unicode scalars: lower case,
/// straight apostrophes, contractions and texting spellings expanded, elongations ("sooo")
/// folded, numbers and times classed, emoji kept as tokens, while every token keeps the
/// original scalar offsets and indices of the word it came from.
struct Tokenizer: Sendable {
    /// Texting spellings and contractions.
    let expansions: ExpansionTable
    /// Word ids by hash; `nil` while the lexicon itself is being compiled.
    let vocabulary: FastMap?
    /// Words after which a written "your"/"ur" is read as "you are" ("ur so lazy").
    let youAreCues: WordSet

    static let numberHash = WordHash.hash("<num>")
    static let timeHash = WordHash.hash("<time>")
    static let notHash = WordHash.hash("not")
    static let isHash = WordHash.hash("is")
    static let yourHash = WordHash.hash("your")
    static let youHash = WordHash.hash("you")
    static let areHash = WordHash.hash("are")
    static let urHash = WordHash.hash("ur")
    /// Conjunctions that start a new clause (they end negation scope: "not saying X, but Y").
    static let butHash = WordHash.hash("but")
    static let howeverHash = WordHash.hash("however")
    static let althoughHash = WordHash.hash("although")
    /// Titles whose full stop does not end a sentence.
    static let titleAbbreviations: WordSet = WordSet(["mr", "mrs", "ms", "dr", "st", "prof", "vs", "etc", "jr", "sr"].map(WordHash.hash))
    /// Words whose "'s" means "is" rather than a possessive.
    static let isBases: WordSet = WordSet(
        [
            "it", "that", "he", "she", "what", "there", "here", "who", "where", "how", "this",
            "everything", "nothing", "something", "everyone", "nobody", "someone", "why", "when", "one",
        ].map(WordHash.hash))
    /// Stems of irregular negative contractions ("can't", "won't", "ain't", "shan't").
    static let irregularNegatives: [UInt64: UInt64] = [
        WordHash.hash("ca"): WordHash.hash("can"), WordHash.hash("wo"): WordHash.hash("will"),
        WordHash.hash("ai"): WordHash.hash("is"), WordHash.hash("sha"): WordHash.hash("shall"),
    ]
    static let suffixWords: [UInt64: UInt64] = [
        WordHash.hash("re"): WordHash.hash("are"), WordHash.hash("m"): WordHash.hash("am"),
        WordHash.hash("ll"): WordHash.hash("will"), WordHash.hash("ve"): WordHash.hash("have"),
        WordHash.hash("d"): WordHash.hash("would"),
    ]

    /// Tokenises `text`.
    func tokenize(_ text: String) -> [Token] {
        var state = TokenizerState(text: text, tokenizer: self)
        state.run()
        return state.finish()
    }

    /// Whether a scalar is part of a word.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        if isEmoji(scalar) { return false }
        return scalar.properties.isAlphabetic
    }

    /// Whether a scalar is an ASCII digit.
    @inline(__always)
    static func isDigit(_ value: UInt32) -> Bool { value >= 0x30 && value <= 0x39 }

    /// Whether a scalar is a pictographic emoji (digits, '#' and '*' are excluded).
    @inline(__always)
    static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x2000 { return false }
        if value >= 0x1F000 && value <= 0x1FAFF { return !(value >= 0x1F3FB && value <= 0x1F3FF) }
        if value >= 0x2600 && value <= 0x27BF { return true }
        return value >= 0x2190 && scalar.properties.isEmoji
    }

    /// Lower-cases one scalar (ASCII fast path).
    @inline(__always)
    static func lowercase(_ scalar: Unicode.Scalar) -> (value: UInt32, wasUpper: Bool) {
        let value = scalar.value
        if value < 0x80 {
            if value >= 0x41 && value <= 0x5A { return (value + 32, true) }
            return (value, false)
        }
        if scalar.properties.isUppercase, let lower = scalar.properties.lowercaseMapping.unicodeScalars.first {
            return (lower.value, true)
        }
        return (value, false)
    }
}
