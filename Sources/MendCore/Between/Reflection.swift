/// A partner's private reflection on staying or parting: what they need, what they have tried,
/// what they hope for. Never shared unless they choose.
public struct Reflection: Hashable, Sendable {
    /// Whose reflection it is.
    public var userID: UserID
    /// What they need.
    public var needs: String
    /// What they have tried.
    public var tried: String
    /// What they hope for.
    public var hopes: String
    /// Whether the partner can read it.
    public var isShared: Bool
    /// When it was last written.
    public var updatedAt: Timestamp

    /// Creates a reflection value.
    public init(userID: UserID, needs: String, tried: String, hopes: String, isShared: Bool, updatedAt: Timestamp) {
        self.userID = userID
        self.needs = needs
        self.tried = tried
        self.hopes = hopes
        self.isShared = isShared
        self.updatedAt = updatedAt
    }
}

/// Stores reflections, one per person.
public protocol ReflectionRepository: Sendable {
    /// The person's reflection, if they wrote one.
    func reflection(of userID: UserID) async throws -> Reflection?
    /// Writes (or rewrites) the person's reflection.
    func save(_ reflection: Reflection) async throws
}

extension BetweenService {
    /// Writes the person's reflection; sharing it needs a partner in the space.
    public func saveReflection(
        by userID: UserID, needs: String, tried: String, hopes: String, shared: Bool, in store: any ReflectionRepository
    ) async throws -> Reflection {
        let reflection = Reflection(
            userID: userID,
            needs: try TextRules.text(needs, field: "needs", maximum: Self.maximumRuptureLength, required: false),
            tried: try TextRules.text(tried, field: "tried", maximum: Self.maximumRuptureLength, required: false),
            hopes: try TextRules.text(hopes, field: "hopes", maximum: Self.maximumRuptureLength, required: false),
            isShared: shared, updatedAt: clock.now())
        if shared { _ = try await requirePartnership(of: userID, for: "Sharing your reflection") }
        try await store.save(reflection)
        return reflection
    }

    /// The person's own reflection and, if shared, their partner's.
    public func reflections(for userID: UserID, in store: any ReflectionRepository) async throws -> (
        mine: Reflection?, partner: Reflection?
    ) {
        let mine = try await store.reflection(of: userID)
        guard let partner = try await partnership(of: userID)?.partner,
            let theirs = try await store.reflection(of: partner.id), theirs.isShared
        else { return (mine, nil) }
        return (mine, theirs)
    }
}
