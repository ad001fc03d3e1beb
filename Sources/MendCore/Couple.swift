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

    /// Creates a couple value.
    public init(id: CoupleID, createdAt: Timestamp, partners: [Partner], repairSettings: RepairSettings = RepairSettings()) {
        self.id = id
        self.createdAt = createdAt
        self.partners = partners
        self.repairSettings = repairSettings
    }

    /// A space holds exactly two partners.
    public static let capacity = 2

    /// Whether the space already has both partners.
    public var isFull: Bool { partners.count >= Self.capacity }
}

/// A partner as the other partner sees them.
public struct Partner: Hashable, Sendable {
    /// The partner's account id.
    public var id: UserID
    /// The partner's display name.
    public var displayName: String

    /// Creates a partner value.
    public init(id: UserID, displayName: String) {
        self.id = id
        self.displayName = displayName
    }
}
