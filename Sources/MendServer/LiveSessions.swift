import MendCoach
import MendCore

/// Acting in repair sessions with everything around it: the live wake-up for local connections,
/// the NOTIFY for other instances, and the private safety check on what people write.
struct LiveSessions: Sendable {
    let repairs: RepairService
    let hub: SessionEventHub
    let coach: Coach

    /// What the writer sees, privately, when a draft carries signs they may not be safe.
    static let safetyMessage =
        "Before this is sent: what you wrote sounds like you may not be safe right now. You matter. You can pause the session (your partner will only see that it's paused) and find people to talk to on the safety page. If you still want to send it, you can."

    /// Applies the action, then wakes every live connection on this and other instances.
    func act(_ action: RepairAction, in sessionID: String, by userID: UserID) async throws -> (
        RepairSessionSummary, RepairEvent, RepairState
    ) {
        let result = try await repairs.act(action, in: sessionID, by: userID)
        // Storage already told other instances (PostgreSQL's NOTIFY commits with the event).
        await hub.signal(sessionID, events: [result.1])
        return result
    }

    /// The private safety message if the words in `action` carry a safety risk, else nil.
    func safetyConcern(in action: RepairAction) -> String? {
        let text: String? =
            switch action {
            case .send(let text): text
            case .answer(_, let clarification): clarification
            case .commit(let items): items.joined(separator: "\n")
            default: nil
            }
        guard let text, SafetyReader(coach: coach).concern(text) else { return nil }
        return Self.safetyMessage
    }
}
