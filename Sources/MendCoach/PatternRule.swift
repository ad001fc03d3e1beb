/// How far a blocking pattern reaches.
enum BlockScope: Sendable {
    /// Only label matches whose tokens overlap the blocker's tokens.
    case overlap
    /// Label matches in the same clause.
    case clause
    /// Label matches in the same sentence.
    case sentence
    /// Label matches anywhere in the message.
    case message
}

/// What a matched pattern does to the reading of a message.
enum PatternEffect: Sendable {
    /// Evidence for a label.
    case flag(CoachLabel)
    /// Evidence for a label that also rules out other labels within `scope`
    /// ("I know I shut down when I feel criticised" is responsibility, not an I-statement).
    case flagSuppressing(CoachLabel, [CoachLabel], scope: BlockScope = .clause)
    /// A hard negative: rules out labels within the scope ("this game is killing me").
    case block([CoachLabel], BlockScope)
    /// Opens a negation scope to the end of the clause ("I'm not saying you're lazy").
    case negation
    /// Opens a reported-speech scope to the end of the clause ("she told me I was overreacting").
    case reportedSpeech
    /// A weak sign of despair ("I feel like a burden", "nobody would notice"): two different ones
    /// in a message make a safety risk, none alone does.
    case riskSignal
}

/// A group of patterns with one effect: the unit in which the lexicon files are written.
///
/// Pattern syntax (one pattern per string, words separated by spaces; patterns are normalised
/// like messages, so "don't" and "do not" are the same):
/// - `word` a literal word; `@name` any word of a word class; `_` any one word;
/// - `(a|b c)` alternatives, `[a|b c]` or `(a|b c)?` optional alternatives (no nesting);
/// - `...` a gap of up to four words; `^` (first) the start of a clause; `$` the end of a clause.
/// Filler words (so, really, just, fucking, ...) may appear inside a match without being written.
struct PatternRule: Sendable {
    let effect: PatternEffect
    let patterns: [String]
    /// Whether the rule is about harm to oneself (it changes how a safety finding is worded).
    let isSelfHarm: Bool

    init(_ effect: PatternEffect, _ patterns: [String], isSelfHarm: Bool = false) {
        self.effect = effect
        self.patterns = patterns
        self.isSelfHarm = isSelfHarm
    }
}
