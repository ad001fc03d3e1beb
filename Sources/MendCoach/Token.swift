/// Facts about one token that the matcher and the scope rules look at.
struct TokenFlags: OptionSet, Sendable {
    let rawValue: UInt8
    /// The original word was written in capitals (at least two letters), often emphasis or shouting.
    static let allCaps = TokenFlags(rawValue: 1 << 0)
    /// The token is an emoji.
    static let emoji = TokenFlags(rawValue: 1 << 1)
    /// The token is inside double quotation marks.
    static let quoted = TokenFlags(rawValue: 1 << 2)
    /// The token belongs to a sentence that ends with a question mark.
    static let question = TokenFlags(rawValue: 1 << 3)
    /// The token was written as "ur"/"your" and may really mean "you are".
    static let possiblyYouAre = TokenFlags(rawValue: 1 << 4)
}

/// One normalised word of a message, pointing back at the original text.
struct Token: Sendable {
    /// Vocabulary id of the normalised word; 0 when the word is in no lexicon.
    var id: Int32
    /// Hash of the normalised word, also for words outside the lexicons (used by parroting).
    var hash: UInt64
    /// Offset of the first original scalar (contraction parts share their word's span).
    var start: Int32
    /// Offset one past the last original scalar.
    var end: Int32
    /// String index of the first original scalar.
    var startIndex: String.Index
    /// String index one past the last original scalar.
    var endIndex: String.Index
    /// Sentence number, counted from 0.
    var sentence: Int32
    /// Clause number (clauses never span sentences), counted from 0 across the message.
    var clause: Int32
    /// Other facts about the token.
    var flags: TokenFlags
}
