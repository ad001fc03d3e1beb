/// A person who uses Mend.
public struct Account: Hashable, Sendable {
    /// The account's identifier.
    public var id: UserID
    /// The normalised (lowercased, trimmed) email address used to sign in.
    public var email: String
    /// The name the partner sees.
    public var displayName: String
    /// The password hash (never the password).
    public var passwordHash: String
    /// When the account was created.
    public var createdAt: Timestamp
    /// Whether the person has paused everything joint for themselves (the partner is told only
    /// that they are not available right now).
    public var safetyMode: Bool
    /// When the person finished the first-run guide, if they have.
    public var guideDoneAt: Timestamp?
    /// A practitioner account (a coach running Mend for clients) rather than a partner's.
    public var isPractitioner: Bool

    /// Creates an account value.
    public init(
        id: UserID, email: String, displayName: String, passwordHash: String, createdAt: Timestamp, safetyMode: Bool = false,
        guideDoneAt: Timestamp? = nil, isPractitioner: Bool = false
    ) {
        self.isPractitioner = isPractitioner
        self.safetyMode = safetyMode
        self.guideDoneAt = guideDoneAt
        self.id = id
        self.email = email
        self.displayName = displayName
        self.passwordHash = passwordHash
        self.createdAt = createdAt
    }
}
