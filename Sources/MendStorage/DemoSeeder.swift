import Foundation
import MendCore
import SQLKit

/// Fills a database with many couples' worth of realistic data, for load tests and demos.
///
/// Every row goes through the same row builders (and so the same sealing) the repositories use,
/// so the seeded data reads back exactly like data people wrote; rows are written in large
/// multi-row inserts, one transaction per batch of couples. Seeded ids start with `seed-`.
public struct DemoSeeder: Sendable {
    let database: Database
    let accounts: SQLAccountRepository
    let ruptures: SQLRuptureRepository
    let checkIns: SQLCheckInRepository
    let commitments: SQLCommitmentRepository
    let profiles: SQLProfileRepository
    let appreciations: SQLAppreciationRepository

    /// Creates a seeder over `database`.
    public init(database: Database, sealer: FieldSealer) {
        self.database = database
        accounts = SQLAccountRepository(database: database, sealer: sealer)
        ruptures = SQLRuptureRepository(database: database, sealer: sealer)
        checkIns = SQLCheckInRepository(database: database, sealer: sealer)
        commitments = SQLCommitmentRepository(database: database, sealer: sealer)
        profiles = SQLProfileRepository(database: database, sealer: sealer)
        appreciations = SQLAppreciationRepository(database: database, sealer: sealer)
    }

    /// Couples written per transaction.
    public static let batchSize = 250

    /// The email of partner `partner` (0 or 1) of seeded couple `index`.
    public static func email(couple index: Int, partner: Int) -> String {
        "seed\(index)\(partner == 0 ? "a" : "b")@example.com"
    }

    /// Seeds couples `range` (indices, so runs can extend earlier ones), everyone with `passwordHash`;
    /// `progress` hears the number of couples written so far.
    public func seed(couples range: Range<Int>, now: Timestamp, passwordHash: String, progress: @Sendable (Int) -> Void) async throws {
        var start = range.lowerBound
        while start < range.upperBound {
            let end = min(start + Self.batchSize, range.upperBound)
            let tables = try rows(for: start..<end, now: now, passwordHash: passwordHash)
            try await database.transaction { sql in
                for table in tables { try await Self.insert(table, sql: sql) }
            }
            progress(end - range.lowerBound)
            start = end
        }
    }

    /// Rows for one table.
    struct TableRows: Sendable {
        var table: String
        var columns: [String]
        var rows: [[any SQLExpression]] = []
    }

    /// Inserts in statements of at most 30,000 bound values (both databases allow more).
    static func insert(_ table: TableRows, sql: any SQLDatabase) async throws {
        let perStatement = max(1, 30_000 / table.columns.count)
        var index = 0
        while index < table.rows.count {
            let insert = sql.insert(into: table.table).columns(table.columns)
            for row in table.rows[index..<min(index + perStatement, table.rows.count)] { _ = insert.values(row) }
            try await insert.run()
            index += perStatement
        }
    }

    private func rows(for couples: Range<Int>, now: Timestamp, passwordHash: String) throws -> [TableRows] {
        var accountRows = TableRows(table: SQLAccountRepository.table, columns: SQLAccountRepository.columns)
        var coupleRows = TableRows(table: "couples", columns: ["id", "created_at"])
        var memberRows = TableRows(table: "memberships", columns: ["user_id", "couple_id", "joined_at"])
        var ruptureRows = TableRows(table: SQLRuptureRepository.table, columns: SQLRuptureRepository.columns)
        var checkInRows = TableRows(table: SQLCheckInRepository.table, columns: SQLCheckInRepository.columns)
        var commitmentRows = TableRows(table: SQLCommitmentRepository.table, columns: SQLCommitmentRepository.columns)
        var markRows = TableRows(table: SQLCommitmentRepository.markTable, columns: SQLCommitmentRepository.markColumns)
        var patternRows = TableRows(table: SQLProfileRepository.patternTable, columns: SQLProfileRepository.patternColumns)
        var phraseRows = TableRows(table: SQLProfileRepository.phraseTable, columns: SQLProfileRepository.phraseColumns)
        var thanksRows = TableRows(table: SQLAppreciationRepository.table, columns: SQLAppreciationRepository.columns)
        let day: Int64 = 86_400
        let today = MendCore.Calendar.day(of: now)
        for index in couples {
            let coupleID = CoupleID("seed-c-\(index)")
            let people = [UserID("seed-u-\(index)-a"), UserID("seed-u-\(index)-b")]
            let created = now.adding(seconds: -120 * day)
            coupleRows.rows.append([SQLBind(coupleID.rawValue), SQLBind(created.millisecondsSinceEpoch)])
            for (partner, person) in people.enumerated() {
                let other = people[1 - partner]
                let name = Self.names[(index * 2 + partner) % Self.names.count]
                accountRows.rows.append(
                    try accounts.row(
                        Account(
                            id: person, email: Self.email(couple: index, partner: partner), displayName: name, passwordHash: passwordHash,
                            createdAt: created)))
                memberRows.rows.append([SQLBind(person.rawValue), SQLBind(coupleID.rawValue), SQLBind(created.millisecondsSinceEpoch)])
                for k in 0..<3 {
                    let seed = index * 7 + partner * 3 + k
                    let happened = now.adding(seconds: -Int64((seed * 11) % 80 + 1) * day)
                    var rupture = Rupture(
                        id: "seed-r-\(index)-\(partner)-\(k)", authorID: person, coupleID: coupleID,
                        whatHappened: Self.ruptureTexts[seed % Self.ruptureTexts.count], intensity: 2 + seed % 8,
                        feelings: [Feeling.allCases[seed % Feeling.allCases.count]],
                        feelingsNote: k == 1 ? "I felt on my own with it." : "",
                        happenedAt: happened, createdAt: happened, isShared: k == 0)
                    if k == 2 {
                        rupture.state = .repaired
                        rupture.settledAt = happened.adding(seconds: 2 * day)
                    }
                    ruptureRows.rows.append(try ruptures.row(rupture))
                }
                for week in 0..<6 {
                    var answers: [WarningSign: Int] = [:]
                    for (n, sign) in WarningSign.allCases.enumerated() { answers[sign] = (index + partner + week + n) % 4 }
                    checkInRows.rows.append(
                        try checkIns.row(
                            CheckIn(
                                id: "seed-k-\(index)-\(partner)-\(week)", userID: person, coupleID: coupleID,
                                at: now.adding(seconds: -Int64(week * 7 + 1) * day), answers: answers, note: week == 0 ? "A busy week." : ""
                            )))
                }
                let commitmentID = "seed-m-\(index)-\(partner)"
                commitmentRows.rows.append(
                    try commitments.row(
                        Commitment(
                            id: commitmentID, coupleID: coupleID, ownerID: person,
                            text: Self.commitmentTexts[(index + partner) % Self.commitmentTexts.count],
                            createdAt: now.adding(seconds: -30 * day))))
                for daysAgo in 1...7 {
                    markRows.rows.append(
                        SQLCommitmentRepository.row(
                            CommitmentMark(
                                commitmentID: commitmentID, day: today - daysAgo, kept: (index + daysAgo) % 4 != 0, markedBy: other,
                                at: now.adding(seconds: -Int64(daysAgo) * day)),
                            coupleID: coupleID.rawValue))
                }
                for k in 0..<2 {
                    let kind = PatternKind.allCases[(index + partner * 2 + k) % (PatternKind.allCases.count - 1)]
                    patternRows.rows.append(
                        try profiles.row(
                            ProtectivePattern(
                                id: "seed-p-\(index)-\(partner)-\(k)", userID: person, kind: kind, name: kind.title,
                                origin: "It kept me safe growing up.", responsibility: "When I do this, you're left alone with the hurt.",
                                isShared: k == 0, createdAt: created)))
                }
                phraseRows.rows.append(
                    try profiles.row(
                        RepairPhrase(
                            id: "seed-f-\(index)-\(partner)", userID: person, text: "Can we start again?", isShared: true,
                            createdAt: created)))
                for k in 0..<3 {
                    thanksRows.rows.append(
                        try appreciations.row(
                            Appreciation(
                                id: "seed-t-\(index)-\(partner)-\(k)", coupleID: coupleID, authorID: person,
                                text: Self.thanks[(index + k) % Self.thanks.count], createdAt: now.adding(seconds: -Int64(k * 9 + 1) * day))
                        ))
                }
            }
        }
        return [
            accountRows, coupleRows, memberRows, ruptureRows, checkInRows, commitmentRows, markRows, patternRows, phraseRows, thanksRows,
        ]
    }

    static let names = ["Alex", "Sam", "Jo", "Priya", "Tomás", "Mei", "Noor", "Kwame", "Ines", "Oskar", "Lena", "Ravi"]

    static let ruptureTexts = [
        "You cancelled our dinner plans at the last minute.", "The plans for the weekend changed again without asking me.",
        "We argued about money after the card bill came.", "I did the dishes and the laundry alone all week.",
        "You were on your phone all through dinner.", "You worked late again on our anniversary.",
        "Your mother's comment about the kids stung and you said nothing.", "You rolled your eyes when I talked about my day.",
        "I waited an hour and you didn't text.", "We fought about whose turn it was to do bedtime.",
    ]

    static let commitmentTexts = [
        "I'll text when I leave work.", "I'll put my phone away at dinner.", "I'll do the dishes on weeknights.",
        "I'll ask before changing our weekend plans.",
    ]

    static let thanks = [
        "Thank you for making coffee this morning.", "Thanks for listening last night.", "Thank you for picking up the kids.",
        "I noticed you put your phone away. Thank you.",
    ]
}
