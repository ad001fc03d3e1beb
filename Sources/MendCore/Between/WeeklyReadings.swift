/// What the weekly check-ins say: whether one is due, the trends, and when to suggest a repair.
///
/// Rules, documented in `docs/between-conversations.md`:
/// - a check-in is due when the last one was seven or more days ago (or there is none);
/// - a repair is suggested when the latest total is 16 or more (of 32), when any one sign is
///   answered 4 ("all the time"), or when the latest total is 4 or more above the mean of the
///   (up to three) check-ins before it.
public enum CheckInReading {
    /// Days between check-ins.
    public static let intervalDays = 7
    /// A latest total at or above this suggests a repair.
    public static let highTotal = 16
    /// A rise of this much over the recent mean suggests a repair.
    public static let risingBy = 4

    /// Why a repair might help now, if the check-ins suggest one.
    public enum Concern: Hashable, Sendable {
        /// The latest total is high.
        case high(total: Int)
        /// One sign is at its maximum.
        case strongSign(WarningSign)
        /// The total is rising.
        case rising(from: Double, to: Int)
    }

    /// Whether a check-in is due at `now`, given the latest one.
    public static func isDue(latest: CheckIn?, now: Timestamp) -> Bool {
        guard let latest else { return true }
        return now.millisecondsSinceEpoch - latest.at.millisecondsSinceEpoch >= Int64(intervalDays) * Calendar.millisecondsPerDay
    }

    /// The concern the check-ins (oldest first) raise, if any.
    public static func concern(_ checkIns: [CheckIn]) -> Concern? {
        guard let latest = checkIns.last else { return nil }
        if latest.total >= highTotal { return .high(total: latest.total) }
        if let sign = WarningSign.allCases.first(where: { latest.answers[$0] == WarningSign.maximumAnswer }) {
            return .strongSign(sign)
        }
        let previous = checkIns.dropLast().suffix(3)
        guard !previous.isEmpty else { return nil }
        let mean = Double(previous.map(\.total).reduce(0, +)) / Double(previous.count)
        if Double(latest.total) - mean >= Double(risingBy) { return .rising(from: (mean * 10).rounded() / 10, to: latest.total) }
        return nil
    }

    /// The concern in warm words, with the suggestion to talk.
    public static func message(for concern: Concern) -> String {
        switch concern {
        case .high:
            "This week sounds heavy. When you're both ready, a repair conversation could help you find your way back to each other."
        case .strongSign(let sign):
            "You answered \"all the time\" to \"\(sign.question)\" That deserves a gentle conversation; a repair could be a good place to start."
        case .rising:
            "Things have felt harder lately than in the weeks before. Opening a repair conversation now can keep it from settling in."
        }
    }

    /// One partner's totals, one point per week (the latest check-in that week), for `weeks` weeks ending with `now`'s week.
    public static func ownTrend(_ checkIns: [CheckIn], weeks: Int, endingAt now: Timestamp) -> [TrendPoint] {
        weekly(checkIns.map { ($0.userID, $0.at, $0.total) }, weeks: weeks, endingAt: now) { perUser in
            perUser.values.first.map(Double.init)
        }
    }

    /// The couple's trend: for each week in which both partners checked in, the mean of their totals.
    ///
    /// A week where only one partner answered shows nothing, so the shared line never reveals one
    /// person's score on its own.
    public static func coupleTrend(
        _ totals: [(userID: UserID, at: Timestamp, total: Int)], partners: [UserID], weeks: Int, endingAt now: Timestamp
    ) -> [TrendPoint] {
        let partners = Set(partners)
        guard partners.count == 2 else { return ownTrend([], weeks: weeks, endingAt: now) }
        return weekly(totals.filter { partners.contains($0.userID) }, weeks: weeks, endingAt: now) { perUser in
            guard perUser.count == 2 else { return nil }
            return Double(perUser.values.reduce(0, +)) / 2
        }
    }

    private static func weekly(
        _ totals: [(userID: UserID, at: Timestamp, total: Int)], weeks: Int, endingAt now: Timestamp,
        combine: ([UserID: Int]) -> Double?
    ) -> [TrendPoint] {
        let lastWeek = Calendar.week(of: now)
        var latest: [Int: [UserID: (at: Timestamp, total: Int)]] = [:]
        for entry in totals {
            let week = Calendar.week(of: entry.at)
            guard week > lastWeek - weeks, week <= lastWeek else { continue }
            if let seen = latest[week]?[entry.userID], seen.at > entry.at { continue }
            latest[week, default: [:]][entry.userID] = (entry.at, entry.total)
        }
        return ((lastWeek - weeks + 1)...lastWeek).map { week in
            TrendPoint(at: Calendar.start(ofWeek: week), value: latest[week].flatMap { combine($0.mapValues(\.total)) })
        }
    }
}

/// Follow-through on commitments: the share of marked occurrences that were kept.
///
/// consistency = kept / (kept + missed) over the marks of the last 28 days, shown as a
/// percentage; the weekly trend applies the same ratio to each week's marks. Nothing marked
/// means no score yet, not zero.
public enum Consistency {
    /// The window the headline score covers.
    public static let windowDays = 28

    /// The kept share of `marks` (0–100), or nil when there are none.
    public static func score(_ marks: [CommitmentMark]) -> Double? {
        guard !marks.isEmpty else { return nil }
        let kept = marks.filter(\.kept).count
        return (Double(kept) * 1000 / Double(marks.count)).rounded() / 10
    }

    /// The headline score at `now`: marks on days within the last 28.
    public static func recentScore(_ marks: [CommitmentMark], now: Timestamp) -> Double? {
        let today = Calendar.day(of: now)
        return score(marks.filter { $0.day > today - windowDays && $0.day <= today })
    }

    /// One score per week for `weeks` weeks ending with `now`'s week.
    public static func trend(_ marks: [CommitmentMark], weeks: Int, endingAt now: Timestamp) -> [TrendPoint] {
        let lastWeek = Calendar.week(of: now)
        var byWeek: [Int: [CommitmentMark]] = [:]
        for mark in marks { byWeek[(mark.day + 3).floorDivided(by: 7), default: []].append(mark) }
        return ((lastWeek - weeks + 1)...lastWeek).map { week in
            TrendPoint(at: Calendar.start(ofWeek: week), value: byWeek[week].flatMap(score))
        }
    }
}
