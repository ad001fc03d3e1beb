extension BetweenService {
    /// Days an open rupture of your own waits before the home page nudges about it.
    public static let openRuptureNudgeDays = 3

    /// The home page for `userID`: what needs attention first, and the trends.
    public func dashboard(for userID: UserID) async throws -> Dashboard {
        let now = clock.now()
        let couple = try await couples.couple(of: userID)
        let partner = couple?.partners.first { $0.id != userID }
        let paused = try await gate?.paused(among: [userID] + (partner.map { [$0.id] } ?? [])) ?? []
        let partnerAway = partner.map { paused.contains($0.id) } ?? false
        // While either has paused joint features, nothing invites a joint step.
        let jointPaused = !paused.isEmpty
        let visible = try await ruptures.ruptures(visibleTo: userID, in: couple?.id)
        let resentment = resentment(visible: visible, userID: userID, coupleID: couple?.id, now: now)
        let checkIns = try await checkInSummary(for: userID, couple: couple, now: now)
        var board = CommitmentBoard(entries: [], partnerID: partner?.id)
        var deposits = Deposits(appreciations: 0, ruptures: 0)
        let windowStart = now.adding(seconds: -Int64(RecurringThemes.windowDays) * 86_400)
        if let couple, partner != nil {
            board = try await commitmentBoard(for: userID, couple: couple, now: now)
            deposits.appreciations = try await appreciations.counts(in: couple.id, since: windowStart).values.reduce(0, +)
        }
        deposits.ruptures = visible.filter { $0.happenedAt >= windowStart }.count

        var attention: [AttentionItem] = []
        if partnerAway { attention.append(.partnerUnavailable) }
        for rupture in visible where !jointPaused && rupture.authorID != userID && rupture.state == .open {
            attention.append(.partnerShared(rupture))
        }
        if let suggestion = checkIns.suggestion { attention.append(.checkInConcern(suggestion)) }
        if checkIns.due { attention.append(.checkInDue(never: checkIns.latest == nil)) }
        for entry in board.entries
        where !jointPaused && entry.commitment.ownerID != userID && entry.commitment.isActive && !entry.markedToday {
            attention.append(.commitmentToMark(entry.commitment))
        }
        let nudgeBefore = now.adding(seconds: -Int64(Self.openRuptureNudgeDays) * 86_400)
        for rupture in visible where rupture.authorID == userID && rupture.state == .open && rupture.createdAt <= nudgeBefore {
            attention.append(.ownOpen(rupture))
        }
        if let theme = resentment.themes.first { attention.append(.theme(theme)) }
        return Dashboard(
            partner: partner, attention: attention, resentment: resentment, checkIns: checkIns, commitments: board, deposits: deposits)
    }
}

/// The home page's content for one partner.
public struct Dashboard: Hashable, Sendable {
    /// The partner, when there is one.
    public var partner: Partner?
    /// What needs attention, most important first.
    public var attention: [AttentionItem]
    /// Resentment index and themes.
    public var resentment: ResentmentSummary
    /// Check-ins.
    public var checkIns: CheckInSummary
    /// Commitments and consistency.
    public var commitments: CommitmentBoard
    /// Positive deposits against ruptures in the last 30 days.
    public var deposits: Deposits
}

/// Appreciations and ruptures over the last 30 days, counted gently side by side.
public struct Deposits: Hashable, Sendable {
    /// Notes of thanks between the two of you.
    public var appreciations: Int
    /// Ruptures you can see (yours, and your partner's shared ones).
    public var ruptures: Int
}

/// Something on the home page asking for attention.
public enum AttentionItem: Hashable, Sendable {
    /// The partner shared a rupture that is still open.
    case partnerShared(Rupture)
    /// The check-ins suggest a repair.
    case checkInConcern(String)
    /// This week's check-in is due (`never`: the first one).
    case checkInDue(never: Bool)
    /// The partner's commitment has no mark for today.
    case commitmentToMark(Commitment)
    /// One of your own ruptures has been open a few days.
    case ownOpen(Rupture)
    /// The same fight again.
    case theme(RecurringThemes.Theme)
    /// The partner has paused joint features (they are told nothing more than this).
    case partnerUnavailable
}
