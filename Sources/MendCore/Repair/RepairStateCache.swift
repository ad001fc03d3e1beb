/// A bounded in-memory cache of replayed session states.
///
/// It only saves work: every read still asks the database for events after the cached sequence
/// number, so a state written by another instance is never missed.
public actor RepairStateCache {
    private var states: [String: (revision: Int, state: RepairState)] = [:]
    private var order: [String] = []
    private let capacity: Int

    /// Creates a cache holding up to `capacity` sessions.
    public init(capacity: Int = 4_096) {
        self.capacity = capacity
    }

    /// The cached state of a session at `revision`, if any.
    func state(of sessionID: String, revision: Int) -> RepairState? {
        guard let entry = states[sessionID], entry.revision == revision else { return nil }
        return entry.state
    }

    /// Remembers a state unless a newer one is already cached.
    func store(_ state: RepairState, for sessionID: String, revision: Int) {
        if let existing = states[sessionID], existing.revision == revision, existing.state.lastSequence >= state.lastSequence { return }
        if states[sessionID] == nil {
            order.append(sessionID)
            if order.count > capacity {
                states[order.removeFirst()] = nil
            }
        }
        states[sessionID] = (revision, state)
    }
}
