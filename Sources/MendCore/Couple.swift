/// A shared space for two partners.
public struct Couple: Hashable, Sendable {
    /// The space's identifier.
    public var id: CoupleID
    /// When the space was created.
    public var createdAt: Timestamp
    /// The partners in the space, in the order they joined (one or two).
    public var partners: [Partner]
    /// The activation threshold and break length repair sessions use.
    public var repairSettings: RepairSettings
    /// Since when the space is closing because a partner left (it is deleted after the grace period).
    public var closingSince: Timestamp?

    /// Creates a couple value.
    public init(
        id: CoupleID, createdAt: Timestamp, partners: [Partner], repairSettings: RepairSettings = RepairSettings(),
        closingSince: Timestamp? = nil
    ) {
        self.closingSince = closingSince
        self.id = id
        self.createdAt = createdAt
        self.partners = partners
        self.repairSettings = repairSettings
    }

    /// A space holds exactly two partners.
    public static let capacity = 2

    /// Whether the space already has both partners.
    public var isFull: Bool { partners.count >= Self.capacity }

    /// How long a space stays, with everything in it, after one partner leaves: time for the
    /// other to download their writing.
    public static let closingGraceSeconds: Int64 = 30 * 86_400

    /// When a closing space will be deleted.
    public var closesAt: Timestamp? { closingSince?.adding(seconds: Self.closingGraceSeconds) }
}

/// A partner as the other partner sees them.
public struct Partner: Hashable, Sendable {
    /// The partner's account id.
    public var id: UserID
    /// The partner's display name.
    public var displayName: String
    /// Whether they have confirmed closing the shared space.
    public var confirmedClose: Bool

    /// Creates a partner value.
    public init(id: UserID, displayName: String, confirmedClose: Bool = false) {
        self.id = id
        self.displayName = displayName
        self.confirmedClose = confirmedClose
    }
}
