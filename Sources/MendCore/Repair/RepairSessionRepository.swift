/// A repair session as listed: who, what about, where it stands.
public struct RepairSessionSummary: Hashable, Sendable {
    /// The session's id.
    public var id: String
    /// The couple it belongs to.
    public var coupleID: CoupleID
    /// What it is about.
    public var topic: String
    /// The protocol followed.
    public var protocolID: String
    /// Who opened it.
    public var initiator: UserID
    /// When it started.
    public var createdAt: Timestamp
    /// When it last changed.
    public var updatedAt: Timestamp
    /// The last event's sequence number.
    public var lastSequence: Int
    /// Moves on when stored events are rewritten (a deleted person's words replaced), so cached states are rebuilt.
    public var revision: Int

    /// Creates a summary.
    public init(
        id: String, coupleID: CoupleID, topic: String, protocolID: String, initiator: UserID, createdAt: Timestamp, updatedAt: Timestamp,
        lastSequence: Int, revision: Int = 0
    ) {
        self.revision = revision
        self.id = id
        self.coupleID = coupleID
        self.topic = topic
        self.protocolID = protocolID
        self.initiator = initiator
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.lastSequence = lastSequence
    }
}

/// Stores repair sessions as append-only event logs. Event payloads are sealed at rest.
public protocol RepairSessionRepository: Sendable {
    /// Creates a session whose log begins with `start` (sequence 1).
    func create(id: String, coupleID: CoupleID, topic: String, start: RepairEvent) async throws
    /// Appends `event` and lets other instances sharing the database know (PostgreSQL NOTIFY);
    /// throws `RepairSessionConflict` if its sequence number is already taken.
    func append(_ event: RepairEvent, to sessionID: String) async throws
    /// The session's events after `sequence`, in order.
    func events(of sessionID: String, after sequence: Int) async throws -> [RepairEvent]
    /// The session, if it exists.
    func session(id: String) async throws -> RepairSessionSummary?
    /// The session, if it exists and `userID` is one of its couple (one look-up, for every request).
    func session(id: String, visibleTo userID: UserID) async throws -> RepairSessionSummary?
    /// The couple's sessions, newest first.
    func sessions(of coupleID: CoupleID) async throws -> [RepairSessionSummary]
}

/// Another event took this sequence number first: reload and try again.
public struct RepairSessionConflict: Error, Sendable {
    /// Creates the error.
    public init() {}
}
