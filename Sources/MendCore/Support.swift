/// When a couple might benefit from a coach or couples therapist, and the summary they can
/// choose to share with one. The rules and thresholds are documented in `docs/getting-support.md`.
public enum SupportRules {
    /// The couple's shared resentment index rose week on week this many weeks running…
    public static let risingWeeks = 3
    /// …and stands at least this high.
    public static let risingFloor = 15.0
    /// Conversations ending "needs another round" within `windowDays` that count as repairs that keep failing.
    public static let anotherRoundCount = 2
    /// Activation ratings above the couple's threshold within `windowDays` that count as too activated to start.
    public static let highActivationCount = 3
    /// The window, in days, for conversation-based signs.
    public static let windowDays = 30

    /// One reason to suggest support.
    public enum Signal: String, CaseIterable, Hashable, Sendable {
        case resentmentRising = "resentment_rising"
        case repairsKeepFailing = "repairs_keep_failing"
        case contemptAppearing = "contempt_appearing"
        case tooActivatedToStart = "too_activated_to_start"

        /// The sign, in plain words.
        public var sentence: String {
            switch self {
            case .resentmentRising: "The hurt you've shared has been building for a few weeks without getting repaired."
            case .repairsKeepFailing: "Recent conversations have ended with \"needs another round\" more than once."
            case .contemptAppearing: "Some recent messages carried contempt, which is hard on any relationship."
            case .tooActivatedToStart: "Several conversations couldn't start because feelings were running too high."
            }
        }
    }

    /// What the couple's recent history says, reduced to what the rules need.
    public struct Inputs: Hashable, Sendable {
        /// The couple's weekly shared resentment index, oldest first.
        public var coupleResentment: [Double]
        /// Conversations ending "needs another round" in the window.
        public var anotherRounds: Int
        /// Messages in the window the coach read as contempt.
        public var contemptMessages: Int
        /// Activation ratings above the couple's threshold in the window.
        public var highActivations: Int

        /// Creates inputs.
        public init(coupleResentment: [Double], anotherRounds: Int, contemptMessages: Int, highActivations: Int) {
            self.coupleResentment = coupleResentment
            self.anotherRounds = anotherRounds
            self.contemptMessages = contemptMessages
            self.highActivations = highActivations
        }
    }

    /// The signals the inputs raise.
    public static func signals(_ inputs: Inputs) -> [Signal] {
        var signals: [Signal] = []
        let recent = inputs.coupleResentment.suffix(risingWeeks + 1)
        if recent.count == risingWeeks + 1, zip(recent, recent.dropFirst()).allSatisfy({ $0 < $1 }), let last = recent.last,
            last >= risingFloor
        {
            signals.append(.resentmentRising)
        }
        if inputs.anotherRounds >= anotherRoundCount { signals.append(.repairsKeepFailing) }
        if inputs.contemptMessages > 0 { signals.append(.contemptAppearing) }
        if inputs.highActivations >= highActivationCount { signals.append(.tooActivatedToStart) }
        return signals
    }
}

/// Stores each partner's consent to a summary for a professional.
public protocol SupportConsentRepository: Sendable {
    /// Who in the space has consented, and when.
    func consents(in coupleID: CoupleID) async throws -> [UserID: Timestamp]
    /// Gives or withdraws `userID`'s consent.
    func setConsent(_ granted: Bool, for userID: UserID, in coupleID: CoupleID, at time: Timestamp) async throws
}

/// What a professional may see, when both partners have consented: themes, a timeline, trends
/// and shared patterns. Never a private entry, never a conversation's words.
public struct ProfessionalSummary: Codable, Hashable, Sendable {
    public var format = "mend-professional-summary"
    public var version = 1
    public var preparedAt: Int64
    public var partners: [String]
    public var themes: [Theme]
    public var timeline: [Moment]
    public var checkInTrend: [Point]
    public var resentmentTrend: [Point]
    public var sharedPatterns: [Pattern]
    public var signals: [String]

    public struct Theme: Codable, Hashable, Sendable {
        public var name: String
        public var recentCount: Int
        public var totalCount: Int
    }

    /// A shared rupture or a conversation, by date (what happened is summarised by intensity and state, not quoted).
    public struct Moment: Codable, Hashable, Sendable {
        public var at: Int64
        public var kind: String
        public var description: String
    }

    public struct Point: Codable, Hashable, Sendable {
        public var weekOf: Int64
        public var value: Double?
    }

    public struct Pattern: Codable, Hashable, Sendable {
        public var partner: String
        public var name: String
        public var origin: String
        public var responsibility: String
    }
}

/// Noticing when support would help, and the consented summary for a professional.
public struct SupportService: Sendable {
    let between: BetweenService
    let repairs: RepairService
    let consents: any SupportConsentRepository
    let readsContempt: @Sendable (String) -> Bool

    /// Creates the service; `readsContempt` is the coach's reading of one message.
    public init(
        between: BetweenService, repairs: RepairService, consents: any SupportConsentRepository,
        readsContempt: @escaping @Sendable (String) -> Bool
    ) {
        self.between = between
        self.repairs = repairs
        self.consents = consents
        self.readsContempt = readsContempt
    }

    /// Where support stands for one partner.
    public struct Status: Hashable, Sendable {
        /// The signs Mend noticed (couple-level: never who wrote what).
        public var signals: [SupportRules.Signal]
        /// Whether this partner consents to a professional summary.
        public var youConsent: Bool
        /// Whether the other partner does.
        public var partnerConsents: Bool
        /// Whether there is a space with two partners at all.
        public var together: Bool
        /// Both consent, so the summary can be made.
        public var summaryAvailable: Bool { youConsent && partnerConsents }
    }

    /// The signals and consents for `userID`.
    public func status(for userID: UserID) async throws -> Status {
        guard let partnership = try await between.partnership(of: userID) else {
            return Status(signals: [], youConsent: false, partnerConsents: false, together: false)
        }
        let (couple, partner) = partnership
        let given = try await consents.consents(in: couple.id)
        return Status(
            signals: try await signals(for: userID), youConsent: given[userID] != nil, partnerConsents: given[partner.id] != nil,
            together: true)
    }

    /// Gives or withdraws this partner's consent (each partner separately; either can withdraw at once).
    public func setConsent(_ granted: Bool, for userID: UserID) async throws -> Status {
        // Not gated by safety mode: withdrawing consent must always be possible.
        guard let couple = try await between.partnership(of: userID)?.couple else {
            throw MendError.notAllowed(message: "A summary for a professional needs both of you: invite your partner to your space first.")
        }
        try await consents.setConsent(granted, for: userID, in: couple.id, at: between.now())
        return try await status(for: userID)
    }

    /// The couple-level signs from the last weeks of shared history and conversations; a caller
    /// that has the couple's weekly resentment trend already passes it in.
    public func signals(for userID: UserID, coupleResentment: [TrendPoint]? = nil) async throws -> [SupportRules.Signal] {
        let now = between.now()
        let windowStart = now.adding(seconds: -Int64(SupportRules.windowDays) * 86_400)
        let trend: [TrendPoint]
        if let coupleResentment { trend = coupleResentment } else { trend = try await between.resentment(for: userID).coupleTrend }
        var inputs = SupportRules.Inputs(
            coupleResentment: trend.compactMap(\.value), anotherRounds: 0, contemptMessages: 0, highActivations: 0)
        for summary in try await repairs.sessions(for: userID) where summary.updatedAt >= windowStart {
            let (_, state) = try await repairs.state(of: summary.id, for: userID)
            if case .finished(.needsAnotherRound) = state.status { inputs.anotherRounds += 1 }
            inputs.contemptMessages +=
                state.transcript.filter { entry in
                    (entry.kind == .message || entry.kind == .reflection) && readsContempt(entry.text)
                }.count
            for event in try await repairs.events(of: summary.id, after: 0, for: userID) where event.at >= windowStart {
                if case .rate(let value) = event.action, value > state.settings.activationThreshold { inputs.highActivations += 1 }
            }
        }
        return SupportRules.signals(inputs)
    }

    /// The summary for a professional, once both partners consent. It holds only what both can
    /// already see together: shared ruptures (by date, intensity and state, not their words),
    /// conversations (by protocol and outcome, not their words), the couple's trends and each
    /// partner's shared patterns.
    public func summary(for userID: UserID) async throws -> ProfessionalSummary {
        let status = try await status(for: userID)
        guard status.summaryAvailable, let couple = try await between.partnership(of: userID)?.couple else {
            throw MendError.notAllowed(message: "The summary needs both of you to agree to it first.")
        }
        let now = between.now()
        let shared = try await between.ruptures(for: userID).filter { $0.isShared && $0.coupleID == couple.id }
        var timeline = shared.map { rupture in
            ProfessionalSummary.Moment(
                at: rupture.happenedAt.millisecondsSinceEpoch, kind: "rupture",
                description: "A rupture, hurt \(rupture.intensity)/10, now \(Self.stateWords(rupture.state))")
        }
        for summary in try await repairs.sessions(for: userID) {
            let (_, state) = try await repairs.state(of: summary.id, for: userID)
            let outcome: String =
                switch state.status {
                case .finished(.repaired): "repaired"
                case .finished: "needs another round"
                case .paused: "paused"
                default: "under way"
                }
            timeline.append(
                ProfessionalSummary.Moment(
                    at: summary.createdAt.millisecondsSinceEpoch, kind: "conversation",
                    description: "A repair conversation (\(state.repairProtocol.name)): \(outcome)"))
        }
        var patterns: [ProfessionalSummary.Pattern] = []
        for partner in couple.partners {
            for pattern in try await between.profiles.patterns(of: partner.id, sharedOnly: true) {
                patterns.append(
                    .init(partner: partner.displayName, name: pattern.name, origin: pattern.origin, responsibility: pattern.responsibility))
            }
        }
        let checkIns = try await between.checkInSummary(for: userID)
        let resentment = ResentmentIndex.trend(of: shared, weeks: BetweenService.trendWeeks, endingAt: now)
        return ProfessionalSummary(
            preparedAt: now.millisecondsSinceEpoch,
            partners: couple.partners.map(\.displayName),
            themes: RecurringThemes.detect(in: shared, now: now).map {
                .init(name: $0.name, recentCount: $0.recentCount, totalCount: $0.totalCount)
            },
            timeline: timeline.sorted { $0.at < $1.at },
            checkInTrend: checkIns.coupleTrend.map { .init(weekOf: $0.at.millisecondsSinceEpoch, value: $0.value) },
            resentmentTrend: resentment.map { .init(weekOf: $0.at.millisecondsSinceEpoch, value: $0.value) },
            sharedPatterns: patterns,
            signals: status.signals.map(\.sentence)
        )
    }

    static func stateWords(_ state: RuptureState) -> String {
        switch state {
        case .open: "open"
        case .inRepair: "in repair"
        case .repaired: "repaired"
        case .letGo: "let go"
        }
    }
}
