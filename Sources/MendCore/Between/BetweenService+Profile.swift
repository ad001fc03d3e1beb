extension BetweenService {
    /// The longest pattern name.
    public static let maximumPatternNameLength = 60
    /// The longest responsibility statement or repair phrase.
    public static let maximumStatementLength = 500

    /// Names a protective pattern; private unless `shared`.
    public func addPattern(
        by userID: UserID, kind: PatternKind, name: String, origin: String, responsibility: String, shared: Bool
    ) async throws -> ProtectivePattern {
        let pattern = ProtectivePattern(
            id: ids.next(), userID: userID, kind: kind, name: try patternName(kind: kind, name: name),
            origin: try TextRules.text(origin, field: "origin", maximum: Self.maximumNoteLength, required: false),
            responsibility: try TextRules.text(
                responsibility, field: "responsibility", maximum: Self.maximumStatementLength, required: false),
            isShared: shared, createdAt: clock.now()
        )
        try await profiles.insert(pattern)
        return pattern
    }

    /// Rewrites one of the person's own patterns.
    public func updatePattern(
        id: String, by userID: UserID, kind: PatternKind, name: String, origin: String, responsibility: String, shared: Bool
    ) async throws -> ProtectivePattern {
        var pattern = try await ownPattern(id, of: userID)
        pattern.kind = kind
        pattern.name = try patternName(kind: kind, name: name)
        pattern.origin = try TextRules.text(origin, field: "origin", maximum: Self.maximumNoteLength, required: false)
        pattern.responsibility = try TextRules.text(
            responsibility, field: "responsibility", maximum: Self.maximumStatementLength, required: false)
        pattern.isShared = shared
        try await profiles.update(pattern)
        return pattern
    }

    /// Deletes one of the person's own patterns.
    public func deletePattern(id: String, by userID: UserID) async throws {
        _ = try await ownPattern(id, of: userID)
        try await profiles.deletePattern(id: id)
    }

    /// Adds a repair phrase the person is willing to receive.
    public func addPhrase(by userID: UserID, text: String, shared: Bool) async throws -> RepairPhrase {
        let phrase = RepairPhrase(
            id: ids.next(), userID: userID, text: try TextRules.text(text, field: "text", maximum: Self.maximumStatementLength),
            isShared: shared, createdAt: clock.now())
        try await profiles.insert(phrase)
        return phrase
    }

    /// Rewrites one of the person's own phrases.
    public func updatePhrase(id: String, by userID: UserID, text: String, shared: Bool) async throws -> RepairPhrase {
        guard var phrase = try await profiles.phrase(id: id), phrase.userID == userID else { throw MendError.notFound }
        phrase.text = try TextRules.text(text, field: "text", maximum: Self.maximumStatementLength)
        phrase.isShared = shared
        try await profiles.update(phrase)
        return phrase
    }

    /// Deletes one of the person's own phrases.
    public func deletePhrase(id: String, by userID: UserID) async throws {
        guard let phrase = try await profiles.phrase(id: id), phrase.userID == userID else { throw MendError.notFound }
        try await profiles.deletePhrase(id: id)
    }

    /// The person's whole profile and what their partner has shared of theirs.
    public func profile(for userID: UserID) async throws -> PatternProfile {
        let partner = try await partnership(of: userID)?.partner
        return PatternProfile(
            patterns: try await profiles.patterns(of: userID, sharedOnly: false),
            phrases: try await profiles.phrases(of: userID, sharedOnly: false),
            partner: partner,
            partnerPatterns: partner == nil ? [] : try await profiles.patterns(of: partner!.id, sharedOnly: true),
            partnerPhrases: partner == nil ? [] : try await profiles.phrases(of: partner!.id, sharedOnly: true)
        )
    }

    /// One pattern, if it is the person's own or their partner shared it.
    public func pattern(id: String, for userID: UserID) async throws -> ProtectivePattern {
        guard let pattern = try await profiles.pattern(id: id) else { throw MendError.notFound }
        if pattern.userID == userID { return pattern }
        guard pattern.isShared, try await partnership(of: userID)?.partner.id == pattern.userID else { throw MendError.notFound }
        return pattern
    }

    private func ownPattern(_ id: String, of userID: UserID) async throws -> ProtectivePattern {
        let pattern = try await pattern(id: id, for: userID)
        guard pattern.userID == userID else { throw MendError.notAllowed(message: "Only your partner can change their own patterns.") }
        return pattern
    }

    private func patternName(kind: PatternKind, name: String) throws(MendError) -> String {
        let name = try TextRules.text(name, field: "name", maximum: Self.maximumPatternNameLength, required: kind == .other)
        return name.isEmpty ? kind.title : name
    }

    /// The longest appreciation.
    public static let maximumAppreciationLength = 1000

    /// Sends the partner a note of thanks.
    public func appreciate(by userID: UserID, text: String) async throws -> Appreciation {
        let text = try TextRules.text(text, field: "text", maximum: Self.maximumAppreciationLength)
        let (couple, _) = try await requirePartnership(of: userID, for: "An appreciation")
        let appreciation = Appreciation(id: ids.next(), coupleID: couple.id, authorID: userID, text: text, createdAt: clock.now())
        try await appreciations.insert(appreciation)
        return appreciation
    }

    /// The couple's appreciations, newest first (both partners see them: they are written to be read).
    public func appreciations(for userID: UserID, limit: Int = 100) async throws -> [Appreciation] {
        guard let couple = try await couples.couple(of: userID) else { return [] }
        return try await appreciations.appreciations(in: couple.id, limit: limit)
    }
}

/// A partner's pattern profile as they see it, with what their partner shared.
public struct PatternProfile: Hashable, Sendable {
    /// Their own patterns.
    public var patterns: [ProtectivePattern]
    /// The repair phrases they welcome.
    public var phrases: [RepairPhrase]
    /// The partner, if there is one.
    public var partner: Partner?
    /// The partner's shared patterns.
    public var partnerPatterns: [ProtectivePattern]
    /// The partner's shared phrases.
    public var partnerPhrases: [RepairPhrase]
}

/// Absolute promises ("never", "always from now on") as plain rules, so a commitment is refused
/// even in wording the coach's lexicons have not seen.
public enum PromiseRules {
    /// Words and phrases that make a promise absolute.
    static let absolutes: [[String]] = [
        ["never"], ["always"], ["forever"], ["ever", "again"], ["from", "now", "on"], ["every", "single"], ["no", "matter", "what"],
        ["guarantee"], ["swear"], ["100"], ["completely", "change"], ["change", "completely"], ["won't", "ever"], ["wont", "ever"],
        ["will", "not", "ever"],
    ]

    /// A refusal when `text` is worded as an absolute promise.
    public static func review(_ text: String) -> PromiseReview? {
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "\u{2019}" }
            .map { String($0.map { $0 == "\u{2019}" ? "'" : $0 }) }
        for phrase in absolutes {
            guard phrase.count <= words.count else { continue }
            for start in 0...(words.count - phrase.count) where Array(words[start..<start + phrase.count]) == phrase {
                return PromiseReview(
                    reason:
                        "\"\(phrase.joined(separator: " "))\" is a promise no one can keep every time, and a missed absolute costs more trust than it builds.",
                    suggestion:
                        "Try something small you can do and your partner can see, like \"When I'm running late, I'll text you before I leave.\""
                )
            }
        }
        return nil
    }
}
