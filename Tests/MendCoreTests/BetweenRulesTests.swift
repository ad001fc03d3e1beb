import MendCore
import Testing

/// The pure rules behind the rupture log, check-ins and commitments.
@Suite("Between conversations: formulas and rules")
struct BetweenRulesTests {
    static let day: Int64 = 86_400
    static let t0 = Timestamp(millisecondsSinceEpoch: 1_767_225_600_000)  // Thursday 2026-01-01
    static let ana = UserID("ana")
    static let ben = UserID("ben")

    static func rupture(
        _ id: String, _ text: String = "It hurt", intensity: Int = 5, daysAgo: Int64 = 0, now: Timestamp = t0, by author: UserID = ana,
        state: RuptureState = .open, settledDaysAgo: Int64? = nil
    ) -> Rupture {
        let at = now.adding(seconds: -daysAgo * day)
        return Rupture(
            id: id, authorID: author, coupleID: CoupleID("c"), whatHappened: text, intensity: intensity, feelings: [], feelingsNote: "",
            happenedAt: at, createdAt: at, state: state, settledAt: settledDaysAgo.map { now.adding(seconds: -$0 * day) })
    }

    @Test("a fresh rupture weighs its intensity; it grows by one every two weeks and stops at three times")
    func resentmentAgeing() {
        let now = Self.t0
        #expect(ResentmentIndex.value(of: [Self.rupture("a", intensity: 6)], at: now) == 6)
        #expect(ResentmentIndex.value(of: [Self.rupture("a", intensity: 6, daysAgo: 14)], at: now) == 12)
        #expect(ResentmentIndex.value(of: [Self.rupture("a", intensity: 6, daysAgo: 7)], at: now) == 9)
        #expect(ResentmentIndex.value(of: [Self.rupture("a", intensity: 6, daysAgo: 28)], at: now) == 18)
        #expect(ResentmentIndex.value(of: [Self.rupture("a", intensity: 6, daysAgo: 200)], at: now) == 18)
        let two = [Self.rupture("a", intensity: 2), Self.rupture("b", intensity: 3, daysAgo: 14)]
        #expect(ResentmentIndex.value(of: two, at: now) == 2 + 6)
    }

    @Test("repairing or letting go takes a rupture off at once; the trend rises while it waits and falls after")
    func resentmentFalls() {
        let now = Self.t0
        let repaired = Self.rupture("a", intensity: 4, daysAgo: 21, state: .repaired, settledDaysAgo: 7)
        let letGo = Self.rupture("b", intensity: 8, daysAgo: 10, state: .letGo, settledDaysAgo: 1)
        #expect(ResentmentIndex.value(of: [repaired, letGo], at: now) == 0)
        let trend = ResentmentIndex.trend(of: [repaired], weeks: 5, endingAt: now).map(\.value)
        // Not yet written four weeks ago; written three weeks ago (4); a week older (6); repaired a week ago.
        #expect(trend == [0, 4, 6, 0, 0])
        #expect(ResentmentIndex.value(of: [Self.rupture("c", intensity: 5, state: .inRepair)], at: now) == 5)
    }

    @Test(
        "the same fight in different words is one recurring theme",
        arguments: [
            [
                "You cancelled our dinner plans again", "Plans for Sunday changed at the last minute",
                "He bailed on the movie night we planned",
            ],
            [
                "Money: you spent 300 on a jacket without asking", "The credit card bill came and I was shocked",
                "Arguing about the budget again",
            ],
            ["Dishes left in the sink all weekend", "I did all the laundry and cleaning alone", "Who cooks, who cleans, same argument"],
            [
                "You were on your phone all through dinner", "Scrolling Instagram while I was talking",
                "Gaming until 2am instead of coming to bed",
            ],
        ]
    )
    func themes(texts: [String]) {
        let ruptures = texts.enumerated().map { Self.rupture("r\($0.offset)", $0.element, daysAgo: Int64($0.offset * 5)) }
        let themes = RecurringThemes.detect(in: ruptures, now: Self.t0)
        #expect(themes.count == 1, "\(themes)")
        #expect(themes.first?.recentCount == 3)
        #expect(themes.first?.sentence.hasPrefix("Third time this month about") == true)
    }

    @Test("ruptures no theme claims still recur through a shared word, and old ones don't count as this month")
    func themesByWordAndWindow() {
        let ruptures = [
            Self.rupture("a", "The garden hose argument", daysAgo: 1),
            Self.rupture("b", "You left the hose running in the garden", daysAgo: 3),
            Self.rupture("c", "Another garden day ruined", daysAgo: 60),
        ]
        let themes = RecurringThemes.detect(in: ruptures, now: Self.t0)
        #expect(themes.count == 1)
        #expect(themes.first?.recentCount == 2)
        #expect(themes.first?.totalCount == 3)
        #expect(themes.first?.sentence.contains("Second time this month") == true)
        let unrelated = [Self.rupture("a", "You were late to dinner"), Self.rupture("b", "You forgot my mother's birthday")]
        #expect(RecurringThemes.detect(in: unrelated, now: Self.t0).isEmpty)
    }

    static func checkIn(_ total: Int, daysAgo: Int64, strongest: Int = 3) -> CheckIn {
        // Spread `total` over the signs, never above `strongest` in one answer.
        var answers: [WarningSign: Int] = [:]
        var left = total
        for sign in WarningSign.allCases {
            let value = min(left, strongest)
            answers[sign] = value
            left -= value
        }
        return CheckIn(id: "\(daysAgo)", userID: ana, coupleID: nil, at: t0.adding(seconds: -daysAgo * day), answers: answers, note: "")
    }

    @Test("a check-in is due after seven days, and a high, strong or rising one suggests a repair")
    func checkInRules() {
        #expect(CheckInReading.isDue(latest: nil, now: Self.t0))
        #expect(!CheckInReading.isDue(latest: Self.checkIn(4, daysAgo: 6), now: Self.t0))
        #expect(CheckInReading.isDue(latest: Self.checkIn(4, daysAgo: 7), now: Self.t0))
        #expect(CheckInReading.concern([Self.checkIn(16, daysAgo: 0)]) == .high(total: 16))
        #expect(CheckInReading.concern([Self.checkIn(15, daysAgo: 0)]) == nil)
        #expect(CheckInReading.concern([Self.checkIn(4, daysAgo: 0, strongest: 4)]) == .strongSign(.emotionalDistance))
        let rising = [Self.checkIn(3, daysAgo: 21), Self.checkIn(5, daysAgo: 14), Self.checkIn(4, daysAgo: 7), Self.checkIn(8, daysAgo: 0)]
        #expect(CheckInReading.concern(rising) == .rising(from: 4, to: 8))
        let steady = [Self.checkIn(6, daysAgo: 14), Self.checkIn(7, daysAgo: 7), Self.checkIn(9, daysAgo: 0)]
        #expect(CheckInReading.concern(steady) == nil)
        for concern in [CheckInReading.Concern.high(total: 20), .strongSign(.erodingTrust), .rising(from: 2, to: 9)] {
            let message = CheckInReading.message(for: concern)
            #expect(message.contains("repair"))
            #expect(!message.lowercased().contains("you should"))
        }
    }

    @Test("the couple's trend shows only weeks both answered, as their mean")
    func coupleTrend() {
        let now = Self.t0
        let totals: [(userID: UserID, at: Timestamp, total: Int)] = [
            (Self.ana, now.adding(seconds: -14 * Self.day), 10), (Self.ben, now.adding(seconds: -13 * Self.day), 6),
            (Self.ana, now.adding(seconds: -7 * Self.day), 12),
            (Self.ana, now, 4), (Self.ben, now, 9), (Self.ben, now.adding(seconds: -1000), 30),
        ]
        let trend = CheckInReading.coupleTrend(totals, partners: [Self.ana, Self.ben], weeks: 3, endingAt: now).map(\.value)
        #expect(trend == [8, nil, 6.5])
        #expect(CheckInReading.coupleTrend(totals, partners: [Self.ana], weeks: 3, endingAt: now).allSatisfy { $0.value == nil })
    }

    @Test("consistency is the kept share of the last 28 days' marks, with no score before any mark")
    func consistency() {
        let today = MendCore.Calendar.day(of: Self.t0)
        func mark(_ daysAgo: Int, _ kept: Bool) -> CommitmentMark {
            CommitmentMark(commitmentID: "c", day: today - daysAgo, kept: kept, markedBy: Self.ben, at: Self.t0)
        }
        #expect(Consistency.recentScore([], now: Self.t0) == nil)
        let marks = [mark(0, true), mark(1, true), mark(2, false), mark(3, true), mark(40, false)]
        #expect(Consistency.recentScore(marks, now: Self.t0) == 75)
        #expect(Consistency.score([mark(0, true), mark(1, false), mark(2, false)]) == 33.3)
        let weekly = Consistency.trend(marks, weeks: 2, endingAt: Self.t0).map(\.value)
        // 2026-01-01 is a Thursday: this week holds Mon–Thu (days 0–3 ago), last week nothing.
        #expect(weekly == [nil, 75])
    }

    @Test("weeks run Monday to Sunday in UTC")
    func weeks() {
        let thursday = Self.t0
        let monday = MendCore.Calendar.start(ofWeek: MendCore.Calendar.week(of: thursday))
        #expect(thursday.millisecondsSinceEpoch - monday.millisecondsSinceEpoch == 3 * Self.day * 1000)
        let sunday = thursday.adding(seconds: 3 * Self.day + 86_399)
        #expect(MendCore.Calendar.week(of: sunday) == MendCore.Calendar.week(of: thursday))
        #expect(MendCore.Calendar.week(of: sunday.adding(seconds: 1)) == MendCore.Calendar.week(of: thursday) + 1)
        #expect(
            MendCore.Calendar.week(of: Timestamp(millisecondsSinceEpoch: -1))
                == MendCore.Calendar.week(of: Timestamp(millisecondsSinceEpoch: 0)))
    }

    @Test(
        "absolute promises are refused however they are worded; concrete ones pass",
        arguments: [
            ("I will never be late again", false), ("I'll ALWAYS text you from now on", false), ("i wont ever forget again", false),
            ("From now on I'll be home by six", false), ("I swear it won't happen", false), ("I promise to change completely", false),
            ("I'll text when I leave work", true), ("On Sundays I'll plan the week's meals with you", true),
            ("When I notice I'm getting sharp, I'll say so and take ten minutes", true),
        ]
    )
    func promises(text: String, passes: Bool) {
        #expect((PromiseRules.review(text) == nil) == passes, "\(text)")
    }
}
