/// Everything between conversations: ruptures, check-ins, commitments, the pattern profile and
/// appreciations, with who-may-see-what decided here, in one place, for every route.
///
/// Private entries are read only by their author. A partner sees a rupture, pattern or phrase
/// only once its author shares it, and only while both are in the couple space it was shared in;
/// anyone else gets `notFound`, exactly as if it did not exist.
public struct BetweenService: Sendable {
    let ruptures: any RuptureRepository
    let checkIns: any CheckInRepository
    let commitments: any CommitmentRepository
    let profiles: any ProfileRepository
    let appreciations: any AppreciationRepository
    let couples: any CoupleRepository
    let clock: any MendClock
    let ids: any IDGenerator
    let reviewPromise: PromiseReviewer
    let gate: JointGate?

    /// Creates the service; `reviewPromise` is the coach's judgement on a commitment's wording.
    public init(
        ruptures: any RuptureRepository, checkIns: any CheckInRepository, commitments: any CommitmentRepository,
        profiles: any ProfileRepository, appreciations: any AppreciationRepository, couples: any CoupleRepository,
        clock: any MendClock, ids: any IDGenerator, reviewPromise: @escaping PromiseReviewer, gate: JointGate? = nil
    ) {
        self.gate = gate
        self.ruptures = ruptures
        self.checkIns = checkIns
        self.commitments = commitments
        self.profiles = profiles
        self.appreciations = appreciations
        self.couples = couples
        self.clock = clock
        self.ids = ids
        self.reviewPromise = reviewPromise
    }

    /// The current time on the service's clock.
    public func now() -> Timestamp { clock.now() }

    /// Weeks the trend charts cover.
    public static let trendWeeks = 12

    /// The person's couple and their partner, when both are there.
    func partnership(of userID: UserID) async throws -> (couple: Couple, partner: Partner)? {
        guard let couple = try await couples.couple(of: userID),
            let partner = couple.partners.first(where: { $0.id != userID })
        else { return nil }
        return (couple, partner)
    }

    /// The couple and partner, or a kind refusal naming what is missing.
    func requirePartnership(of userID: UserID, for what: String) async throws -> (couple: Couple, partner: Partner) {
        guard let partnership = try await partnership(of: userID) else {
            throw MendError.notAllowed(message: "\(what) needs both of you: invite your partner to your space first.")
        }
        try await gate?.check(userID, with: partnership.partner.id)
        return partnership
    }
}

/// The coach's verdict on a commitment: why it is refused and a gentler wording to offer.
public struct PromiseReview: Hashable, Sendable {
    /// Why the wording is refused, warmly.
    public var reason: String
    /// A self-accountable rewording, when one can be built from the person's words.
    public var suggestion: String?

    /// Creates a review.
    public init(reason: String, suggestion: String?) {
        self.reason = reason
        self.suggestion = suggestion
    }
}

/// Reviews a commitment's wording; nil means it is fine as written.
public typealias PromiseReviewer = @Sendable (String) -> PromiseReview?

/// Validation for the free text the between-conversations features take.
enum TextRules {
    /// `raw` trimmed, or a field error: required and empty, too long, or holding control characters.
    static func text(_ raw: String, field: String, maximum: Int, required: Bool = true) throws(MendError) -> String {
        let text = AccountRules.trimmed(raw)
        if required, text.isEmpty { throw MendError.invalidField(field: field, message: "Please write something here.") }
        if text.count > maximum {
            throw MendError.invalidField(field: field, message: "Please keep this under \(maximum) characters.")
        }
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" && $0 != "\r" }) {
            throw MendError.invalidField(field: field, message: "This has characters we can't store; please retype it.")
        }
        return text
    }
}
