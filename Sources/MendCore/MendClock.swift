/// The source of wall-clock time, injected so tests can move time exactly.
public protocol MendClock: Sendable {
    /// The current time.
    func now() -> Timestamp
}
