/// Joint features (conversations, commitments, marks, thanks, sharing) pause while either partner
/// has safety mode on. The person in safety mode is reminded it is on; the partner is told only
/// that they are not available right now, never why.
public struct JointGate: Sendable {
    let accounts: any AccountRepository

    /// Creates the gate.
    public init(accounts: any AccountRepository) {
        self.accounts = accounts
    }

    /// Throws when `userID` or `partnerID` has paused joint features.
    public func check(_ userID: UserID, with partnerID: UserID?) async throws {
        let people = try await accounts.find(ids: [userID] + (partnerID.map { [$0] } ?? []))
        if people.first(where: { $0.id == userID })?.safetyMode == true {
            throw MendError.conflict(
                code: "safety_mode_on",
                message: "Things you do together are paused while your safety mode is on. You can turn it off on the safety page.")
        }
        if let partner = people.first(where: { $0.id == partnerID }), partner.safetyMode {
            throw Self.unavailable(partner.displayName)
        }
    }

    /// Who among `ids` has paused joint features, in one look-up.
    public func paused(among ids: [UserID]) async throws -> Set<UserID> {
        Set(try await accounts.find(ids: ids).filter(\.safetyMode).map(\.id))
    }

    /// The only thing the partner learns.
    public static func unavailable(_ name: String) -> MendError {
        MendError.conflict(code: "not_available", message: "\(name) isn't available right now.")
    }
}
