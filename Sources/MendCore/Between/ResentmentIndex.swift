/// How much unrepaired hurt is being carried, as one number with a trend.
///
/// The formula, documented in `docs/between-conversations.md`:
///
///     index(t) = Σ intensity(r) × age(r, t)   over ruptures r unsettled at time t
///     age(r, t) = min(3, 1 + days(t − happenedAt(r)) / 14)
///
/// A rupture counts from when it is written down until it is repaired or let go; a hurt left
/// alone weighs more each day, up to three times its intensity after four weeks. Repairing it,
/// or deliberately letting it go, removes it at once, so the index falls.
public enum ResentmentIndex {
    /// The largest multiple a rupture's age can add to its intensity.
    public static let maximumAgeFactor = 3.0
    /// Days over which the age factor grows by one.
    public static let daysPerAgeStep = 14.0

    /// The index at `time` over `ruptures` (only ruptures written by then and not yet settled count).
    public static func value(of ruptures: [Rupture], at time: Timestamp) -> Double {
        var total = 0.0
        for rupture in ruptures where counts(rupture, at: time) {
            total += Double(rupture.intensity) * ageFactor(since: rupture.happenedAt, at: time)
        }
        return (total * 10).rounded() / 10
    }

    /// The weight age adds: 1 on the day, rising by one every two weeks, at most 3.
    public static func ageFactor(since happenedAt: Timestamp, at time: Timestamp) -> Double {
        let days = Double(max(0, time.millisecondsSinceEpoch - happenedAt.millisecondsSinceEpoch)) / Double(Calendar.millisecondsPerDay)
        return min(maximumAgeFactor, 1 + days / daysPerAgeStep)
    }

    /// The index once a week for `weeks` weeks, the last point at `now`.
    public static func trend(of ruptures: [Rupture], weeks: Int, endingAt now: Timestamp) -> [TrendPoint] {
        (0..<weeks).reversed().map { weeksAgo in
            let time = now.adding(seconds: -Int64(weeksAgo) * 7 * 86_400)
            return TrendPoint(at: time, value: value(of: ruptures, at: time))
        }
    }

    private static func counts(_ rupture: Rupture, at time: Timestamp) -> Bool {
        guard rupture.createdAt <= time else { return false }
        if let settled = rupture.settledAt { return time < settled }
        return rupture.isUnsettled
    }
}

/// One point of a trend line; `value` is nil where there is nothing to show (a week without data).
public struct TrendPoint: Hashable, Sendable {
    /// When.
    public var at: Timestamp
    /// The value then.
    public var value: Double?

    /// Creates a point.
    public init(at: Timestamp, value: Double?) {
        self.at = at
        self.value = value
    }
}

/// Day and week arithmetic in UTC, on plain millisecond timestamps.
public enum Calendar {
    /// Milliseconds in a day.
    public static let millisecondsPerDay: Int64 = 86_400_000

    /// Days since 1970-01-01 (UTC).
    public static func day(of time: Timestamp) -> Int {
        Int(floorDivide(time.millisecondsSinceEpoch, millisecondsPerDay))
    }

    /// Weeks since the Monday before 1970-01-01 (which was a Thursday), so weeks run Monday to Sunday.
    public static func week(of time: Timestamp) -> Int {
        (day(of: time) + 3).floorDivided(by: 7)
    }

    /// The first moment of `day`.
    public static func start(ofDay day: Int) -> Timestamp {
        Timestamp(millisecondsSinceEpoch: Int64(day) * millisecondsPerDay)
    }

    /// The first moment (Monday 00:00 UTC) of `week`.
    public static func start(ofWeek week: Int) -> Timestamp {
        start(ofDay: week * 7 - 3)
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return value % divisor < 0 ? quotient - 1 : quotient
    }
}

extension Int {
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return self % divisor < 0 ? quotient - 1 : quotient
    }
}
