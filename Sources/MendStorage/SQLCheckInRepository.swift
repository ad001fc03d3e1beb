import Foundation
import MendCore
import SQLKit

/// Weekly check-ins; the note is sealed, the answers are numbers kept with their total.
public struct SQLCheckInRepository: CheckInRepository {
    let database: Database
    let sealer: FieldSealer

    /// Creates the repository.
    public init(database: Database, sealer: FieldSealer) {
        self.database = database
        self.sealer = sealer
    }

    static let table = "check_ins"
    static let columns = ["id", "user_id", "couple_id", "at", "answers", "total", "note_sealed", "feels_safe_sealed"]

    /// The check-in as a row of `columns`, its note sealed.
    func row(_ checkIn: CheckIn) throws -> [any SQLExpression] {
        [
            SQLBind(checkIn.id), SQLBind(checkIn.userID.rawValue), SQLBind(checkIn.coupleID?.rawValue),
            SQLBind(checkIn.at.millisecondsSinceEpoch),
            SQLBind(WarningSign.allCases.map { String(checkIn.answers[$0] ?? 0) }.joined(separator: ",")), SQLBind(checkIn.total),
            SQLBind(try sealer.seal(checkIn.note, place: "check_ins.note:\(checkIn.id)")),
            SQLBind(try checkIn.feelsSafe.map { try sealer.seal($0.rawValue, place: "check_ins.feels_safe:\(checkIn.id)") }),
        ]
    }

    /// Adds the check-in.
    public func insert(_ checkIn: CheckIn) async throws {
        let row = try row(checkIn)
        try await database.withSQL { sql in try await sql.insert(into: Self.table).columns(Self.columns).values(row).run() }
    }

    /// The person's check-ins since `since`, oldest first.
    public func checkIns(of userID: UserID, since: Timestamp) async throws -> [CheckIn] {
        let rows = try await database.withSQL { sql in
            try await sql.select().column("*").from("check_ins")
                .where("user_id", .equal, SQLBind(userID.rawValue))
                .where("at", .greaterThanOrEqual, SQLBind(since.millisecondsSinceEpoch))
                .orderBy("at").orderBy("id").all()
        }
        return try rows.map { row in
            let id = try row.decode(column: "id", as: String.self)
            let values = try row.decode(column: "answers", as: String.self).split(separator: ",").compactMap { Int($0) }
            var answers: [WarningSign: Int] = [:]
            for (sign, value) in zip(WarningSign.allCases, values) { answers[sign] = value }
            return CheckIn(
                id: id,
                userID: UserID(try row.decode(column: "user_id", as: String.self)),
                coupleID: try row.decode(column: "couple_id", as: String?.self).map(CoupleID.init),
                at: try row.timestamp("at"),
                answers: answers,
                note: try sealer.open(try row.decode(column: "note_sealed", as: Data.self), place: "check_ins.note:\(id)"),
                feelsSafe: try row.decode(column: "feels_safe_sealed", as: Data?.self).flatMap {
                    FeelsSafe(rawValue: try sealer.open($0, place: "check_ins.feels_safe:\(id)"))
                }
            )
        }
    }

    /// Totals reported in the space since `since`, oldest first.
    public func totals(in coupleID: CoupleID, since: Timestamp) async throws -> [(userID: UserID, at: Timestamp, total: Int)] {
        let rows = try await database.withSQL { sql in
            try await sql.select().columns("user_id", "at", "total").from("check_ins")
                .where("couple_id", .equal, SQLBind(coupleID.rawValue))
                .where("at", .greaterThanOrEqual, SQLBind(since.millisecondsSinceEpoch))
                .orderBy("at").all()
        }
        return try rows.map { row in
            (
                UserID(try row.decode(column: "user_id", as: String.self)), try row.timestamp("at"),
                try row.decode(column: "total", as: Int.self)
            )
        }
    }
}
