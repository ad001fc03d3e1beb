/// A label candidate found in a message: which label, which tokens, and what it rules out.
struct Evidence: Sendable {
    /// The label the tokens are evidence for.
    var label: CoachLabel
    /// First token.
    var start: Int
    /// One past the last token.
    var end: Int
    /// The pattern that produced it (-1 for whole-message rules).
    var pattern: Int32
    /// Labels this evidence rules out.
    var suppresses: [CoachLabel]
    /// How far the ruling out reaches.
    var suppressionScope: BlockScope = .clause
}

/// A stretch of tokens where some labels do not count (negation, reported speech, blockers).
struct Scope: Sendable {
    var start: Int
    var end: Int
}
