import MendCore

/// The JSON shapes of the between-conversations API (times are milliseconds since 1970, UTC).
enum BetweenJSON {
    struct RuptureJSON: Encodable {
        var id: String
        var mine: Bool
        var authorId: String
        var whatHappened: String
        var intensity: Int
        var feelings: [String]
        var feelingsNote: String
        var happenedAt: Int64
        var createdAt: Int64
        var shared: Bool
        var state: String
        var letGoReflection: String?
        var sessionId: String?
        var settledAt: Int64?
        /// Present, for the writer alone, when what they wrote suggests they may not be safe.
        var safety: SafetyReader.Notice?

        init(_ rupture: Rupture, viewer: UserID) {
            id = rupture.id
            mine = rupture.authorID == viewer
            authorId = rupture.authorID.rawValue
            whatHappened = rupture.whatHappened
            intensity = rupture.intensity
            feelings = rupture.feelings.map(\.rawValue)
            feelingsNote = rupture.feelingsNote
            happenedAt = rupture.happenedAt.millisecondsSinceEpoch
            createdAt = rupture.createdAt.millisecondsSinceEpoch
            shared = rupture.isShared
            state = rupture.state.rawValue
            // The reflection on letting go is the author's alone, even on a shared rupture.
            letGoReflection = rupture.authorID == viewer ? rupture.letGoReflection : nil
            sessionId = rupture.sessionID
            settledAt = rupture.settledAt?.millisecondsSinceEpoch
        }
    }

    struct PointJSON: Encodable {
        var at: Int64
        var value: Double?
        init(_ point: TrendPoint) {
            at = point.at.millisecondsSinceEpoch
            value = point.value
        }
    }

    struct ThemeJSON: Encodable {
        var key: String
        var name: String
        var recentCount: Int
        var totalCount: Int
        var sentence: String
        var ruptureIds: [String]
        init(_ theme: RecurringThemes.Theme) {
            key = theme.key
            name = theme.name
            recentCount = theme.recentCount
            totalCount = theme.totalCount
            sentence = theme.sentence
            ruptureIds = theme.ruptureIDs
        }
    }

    struct ResentmentJSON: Encodable {
        var own: Double
        var ownTrend: [PointJSON]
        var couple: Double?
        var coupleTrend: [PointJSON]
        var themes: [ThemeJSON]
        init(_ summary: ResentmentSummary) {
            own = summary.own
            ownTrend = summary.ownTrend.map(PointJSON.init)
            couple = summary.couple
            coupleTrend = summary.coupleTrend.map(PointJSON.init)
            themes = summary.themes.map(ThemeJSON.init)
        }
    }

    struct CheckInJSON: Encodable {
        var id: String
        var at: Int64
        var answers: [String: Int]
        var total: Int
        var note: String
        var feelsSafe: String?
        /// Present when the note or the answer about feeling safe suggests the writer may not be safe.
        var safety: SafetyReader.Notice?
        init(_ checkIn: CheckIn) {
            feelsSafe = checkIn.feelsSafe?.rawValue
            id = checkIn.id
            at = checkIn.at.millisecondsSinceEpoch
            answers = Dictionary(uniqueKeysWithValues: checkIn.answers.map { ($0.key.rawValue, $0.value) })
            total = checkIn.total
            note = checkIn.note
        }
    }

    struct CheckInSummaryJSON: Encodable {
        var due: Bool
        var latestAt: Int64?
        var ownTrend: [PointJSON]
        var coupleTrend: [PointJSON]
        var suggestion: String?
        init(_ summary: CheckInSummary) {
            due = summary.due
            latestAt = summary.latest?.at.millisecondsSinceEpoch
            ownTrend = summary.ownTrend.map(PointJSON.init)
            coupleTrend = summary.coupleTrend.map(PointJSON.init)
            suggestion = summary.suggestion
        }
    }

    struct MarkJSON: Encodable {
        var day: Int
        var date: String
        var kept: Bool
        var at: Int64
        init(_ mark: CommitmentMark) {
            day = mark.day
            date = DayFormat.iso(mark.day)
            kept = mark.kept
            at = mark.at.millisecondsSinceEpoch
        }
    }

    struct CommitmentJSON: Encodable {
        var id: String
        var mine: Bool
        var ownerId: String
        var text: String
        var createdAt: Int64
        var sessionId: String?
        var active: Bool
        var endedAt: Int64?
        var consistency: Double?
        var markedToday: Bool
        var marks: [MarkJSON]
        init(_ entry: CommitmentBoard.Entry, viewer: UserID) {
            id = entry.commitment.id
            mine = entry.commitment.ownerID == viewer
            ownerId = entry.commitment.ownerID.rawValue
            text = entry.commitment.text
            createdAt = entry.commitment.createdAt.millisecondsSinceEpoch
            sessionId = entry.commitment.sessionID
            active = entry.commitment.isActive
            endedAt = entry.commitment.endedAt?.millisecondsSinceEpoch
            consistency = entry.score
            markedToday = entry.markedToday
            marks = entry.marks.map(MarkJSON.init)
        }
    }

    struct BoardJSON: Encodable {
        var commitments: [CommitmentJSON]
        var ownConsistency: Double?
        var partnerConsistency: Double?
        var trend: [PointJSON]
        init(_ board: CommitmentBoard, viewer: UserID) {
            commitments = board.entries.map { CommitmentJSON($0, viewer: viewer) }
            ownConsistency = board.ownScore
            partnerConsistency = board.partnerScore
            trend = board.trend.map(PointJSON.init)
        }
    }

    struct PatternJSON: Encodable {
        var id: String
        var mine: Bool
        var kind: String
        var name: String
        var origin: String
        var responsibility: String
        var shared: Bool
        var createdAt: Int64
        init(_ pattern: ProtectivePattern, viewer: UserID) {
            id = pattern.id
            mine = pattern.userID == viewer
            kind = pattern.kind.rawValue
            name = pattern.name
            origin = pattern.origin
            responsibility = pattern.responsibility
            shared = pattern.isShared
            createdAt = pattern.createdAt.millisecondsSinceEpoch
        }
    }

    struct PhraseJSON: Encodable {
        var id: String
        var mine: Bool
        var text: String
        var shared: Bool
        var createdAt: Int64
        init(_ phrase: RepairPhrase, viewer: UserID) {
            id = phrase.id
            mine = phrase.userID == viewer
            text = phrase.text
            shared = phrase.isShared
            createdAt = phrase.createdAt.millisecondsSinceEpoch
        }
    }

    struct ProfileJSON: Encodable {
        var patterns: [PatternJSON]
        var phrases: [PhraseJSON]
        var partnerPatterns: [PatternJSON]
        var partnerPhrases: [PhraseJSON]
        init(_ profile: PatternProfile, viewer: UserID) {
            patterns = profile.patterns.map { PatternJSON($0, viewer: viewer) }
            phrases = profile.phrases.map { PhraseJSON($0, viewer: viewer) }
            partnerPatterns = profile.partnerPatterns.map { PatternJSON($0, viewer: viewer) }
            partnerPhrases = profile.partnerPhrases.map { PhraseJSON($0, viewer: viewer) }
        }
    }

    struct AppreciationJSON: Encodable {
        var id: String
        var mine: Bool
        var authorId: String
        var text: String
        var createdAt: Int64
        init(_ appreciation: Appreciation, viewer: UserID) {
            id = appreciation.id
            mine = appreciation.authorID == viewer
            authorId = appreciation.authorID.rawValue
            text = appreciation.text
            createdAt = appreciation.createdAt.millisecondsSinceEpoch
        }
    }

    struct DepositsJSON: Encodable {
        var appreciations: Int
        var ruptures: Int
        var days: Int
    }

    struct DashboardJSON: Encodable {
        var attention: [AttentionText.Item]
        var resentment: ResentmentJSON
        var checkIns: CheckInSummaryJSON
        var commitments: BoardJSON
        var deposits: DepositsJSON
        init(_ dashboard: Dashboard, viewer: UserID) {
            attention = dashboard.attention.map { AttentionText.describe($0, partner: dashboard.partner) }
            resentment = ResentmentJSON(dashboard.resentment)
            checkIns = CheckInSummaryJSON(dashboard.checkIns)
            commitments = BoardJSON(dashboard.commitments, viewer: viewer)
            deposits = DepositsJSON(
                appreciations: dashboard.deposits.appreciations, ruptures: dashboard.deposits.ruptures, days: RecurringThemes.windowDays)
        }
    }
}

/// Days as dates, for people and for the API.
enum DayFormat {
    /// `2026-11-29`.
    static func iso(_ day: Int) -> String {
        let (year, month, date) = civil(day)
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(date < 10 ? "0" : "")\(date)"
    }

    /// `29 Nov`.
    static func short(_ day: Int) -> String {
        let (_, month, date) = civil(day)
        return "\(date) \(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][month - 1])"
    }

    /// `Sunday 29 Nov`, for the day `time` falls on (UTC).
    static func long(_ time: Timestamp) -> String { long(MendCore.Calendar.day(of: time)) }

    /// `Sunday 29 Nov`.
    static func long(_ day: Int) -> String {
        let weekday = ["Thursday", "Friday", "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday"][((day % 7) + 7) % 7]
        return "\(weekday) \(short(day))"
    }

    /// Parses `2026-11-29` into a day number.
    static func parse(_ text: String) -> Int? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        let day = days(year: parts[0], month: parts[1], day: parts[2])
        return civil(day) == (parts[0], parts[1], parts[2]) ? day : nil
    }

    /// Howard Hinnant's days-from-civil and civil-from-days algorithms.
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

/// The home page's attention items in words.
enum AttentionText {
    /// One item as the page and the API show it.
    struct Item: Encodable, Sendable {
        var kind: String
        var message: String
        var link: String
    }

    static func describe(_ item: AttentionItem, partner: Partner?) -> Item {
        let (kind, message, link) = words(item, partner: partner)
        return Item(kind: kind, message: message, link: link)
    }

    private static func words(_ item: AttentionItem, partner: Partner?) -> (String, String, String) {
        let name = partner?.displayName ?? "Your partner"
        switch item {
        case .partnerShared(let rupture):
            return (
                "partner_rupture", "\(name) shared something that hurt. When you're ready, you could open a repair together.",
                "/ruptures/\(rupture.id)"
            )
        case .checkInConcern(let message):
            return ("check_in_concern", message, "/sessions")
        case .checkInDue(let never):
            return ("check_in_due", never ? "Your first weekly check-in takes two minutes." : "Your weekly check-in is due.", "/checkin")
        case .commitmentToMark(let commitment):
            return ("commitment_to_mark", "Did \(name) keep \u{201C}\(commitment.text)\u{201D} today?", "/commitments#c-\(commitment.id)")
        case .ownOpen(let rupture):
            return (
                "own_rupture", "Something you wrote down is still open. Share it, open a repair, or let it go when you're ready.",
                "/ruptures/\(rupture.id)"
            )
        case .partnerUnavailable:
            return ("partner_unavailable", "\(name) isn't available right now.", "/")
        case .theme(let theme):
            return ("recurring_theme", theme.sentence + " The same fight again is worth a calm conversation.", "/ruptures")
        }
    }
}
