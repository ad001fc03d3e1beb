extension BetweenService {
    /// Records a weekly check-in; every sign needs an answer from 0 to 4.
    public func checkIn(by userID: UserID, answers: [String: Int], note: String, feelsSafe: String? = nil) async throws -> CheckIn {
        var safe: FeelsSafe?
        if let feelsSafe, !feelsSafe.isEmpty {
            guard let answer = FeelsSafe(rawValue: feelsSafe) else {
                throw MendError.invalidField(field: "feelsSafe", message: "Answer yes, not_always or no (or leave it out).")
            }
            safe = answer
        }
        var parsed: [WarningSign: Int] = [:]
        for (key, value) in answers {
            guard let sign = WarningSign(rawValue: key) else {
                throw MendError.invalidField(field: "answers.\(key)", message: "There's no question called \(key).")
            }
            guard (0...WarningSign.maximumAnswer).contains(value) else {
                throw MendError.invalidField(
                    field: "answers.\(key)", message: "Answer each question from 0 (not at all) to 4 (all the time).")
            }
            parsed[sign] = value
        }
        if let missing = WarningSign.allCases.first(where: { parsed[$0] == nil }) {
            throw MendError.invalidField(field: "answers.\(missing.rawValue)", message: "Please answer \"\(missing.question)\"")
        }
        let note = try TextRules.text(note, field: "note", maximum: Self.maximumNoteLength, required: false)
        let checkIn = CheckIn(
            id: ids.next(), userID: userID, coupleID: try await couples.couple(of: userID)?.id, at: clock.now(), answers: parsed,
            note: note,
            feelsSafe: safe)
        try await checkIns.insert(checkIn)
        return checkIn
    }

    /// The person's own check-ins over the last year, oldest first.
    public func checkIns(for userID: UserID) async throws -> [CheckIn] {
        try await checkIns.checkIns(of: userID, since: clock.now().adding(seconds: -366 * 86_400))
    }

    /// What the check-ins say for `userID`: due or not, their own trend, the shared trend and any concern.
    public func checkInSummary(for userID: UserID) async throws -> CheckInSummary {
        let couple = try await couples.couple(of: userID)
        return try await checkInSummary(for: userID, couple: couple, now: clock.now())
    }

    func checkInSummary(for userID: UserID, couple: Couple?, now: Timestamp) async throws -> CheckInSummary {
        let since = Calendar.start(ofWeek: Calendar.week(of: now) - Self.trendWeeks + 1)
        let own = try await checkIns.checkIns(of: userID, since: since)
        var coupleTrend: [TrendPoint] = []
        if let couple, couple.isFull {
            let totals = try await checkIns.totals(in: couple.id, since: since)
            coupleTrend = CheckInReading.coupleTrend(
                totals, partners: couple.partners.map(\.id), weeks: Self.trendWeeks, endingAt: now)
        }
        let concern = CheckInReading.concern(own)
        return CheckInSummary(
            due: CheckInReading.isDue(latest: own.last, now: now),
            latest: own.last,
            ownTrend: CheckInReading.ownTrend(own, weeks: Self.trendWeeks, endingAt: now),
            coupleTrend: coupleTrend,
            concern: concern,
            suggestion: concern.map(CheckInReading.message(for:))
        )
    }
}

/// The check-ins as one partner sees them.
public struct CheckInSummary: Hashable, Sendable {
    /// Whether this week's check-in is still to do.
    public var due: Bool
    /// Their latest check-in within the trend's weeks.
    public var latest: CheckIn?
    /// Their weekly totals.
    public var ownTrend: [TrendPoint]
    /// The couple's weekly mean, only for weeks both answered.
    public var coupleTrend: [TrendPoint]
    /// Why a repair might help now.
    public var concern: CheckInReading.Concern?
    /// The concern in warm words.
    public var suggestion: String?
}
