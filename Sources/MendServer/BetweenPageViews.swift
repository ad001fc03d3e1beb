import Foundation
import MendCore

/// The values the between-conversations templates render.
enum BetweenPageViews {
    struct Legend: Sendable {
        var name: String
        var style: String
    }

    struct ChartView: Sendable {
        var title: String
        var svg: String
        var names: [String]
        var legend: [Legend]
        var rows: [TrendChart.Row]
        var empty: Bool
        var emptyText: String
        var summary: String

        init(_ chart: TrendChart, emptyText: String) {
            title = chart.title
            svg = chart.svg
            names = chart.seriesNames
            legend = chart.series.map { Legend(name: $0.name, style: $0.style) }
            rows = chart.rows
            empty = chart.isEmpty
            self.emptyText = emptyText
            summary = chart.description
        }
    }

    static func resentmentChart(_ summary: ResentmentSummary, partnerName: String?) -> ChartView {
        var series = [TrendChart.Series(name: "Yours", points: summary.ownTrend, style: "line-a")]
        if summary.couple != nil, partnerName != nil {
            series.append(TrendChart.Series(name: "Shared between you", points: summary.coupleTrend, style: "line-b"))
        }
        return ChartView(
            TrendChart(title: "Resentment index, last 12 weeks", series: series, maximum: 10),
            emptyText: "Nothing logged yet.")
    }

    static func checkInChart(_ summary: CheckInSummary, partnerName: String?) -> ChartView {
        var series = [TrendChart.Series(name: "Your check-ins", points: summary.ownTrend, style: "line-a")]
        if partnerName != nil {
            series.append(TrendChart.Series(name: "Both of you (average)", points: summary.coupleTrend, style: "line-b"))
        }
        return ChartView(
            TrendChart(title: "Warning signs, last 12 weeks (0–32)", series: series, maximum: Double(CheckIn.maximumTotal)),
            emptyText: "No check-ins yet; the line starts with your first.")
    }

    static func consistencyChart(_ board: CommitmentBoard) -> ChartView {
        ChartView(
            TrendChart(
                title: "Commitments kept, last 12 weeks",
                series: [TrendChart.Series(name: "Kept", points: board.trend, style: "line-a")], maximum: 100, unit: "%"),
            emptyText: "Once commitments are marked, you'll see follow-through here.")
    }

    struct DepositsView: Sendable {
        var appreciations: Int
        var ruptures: Int
        var sentence: String
    }

    struct DashboardView: Sendable {
        var attention: [AttentionText.Item]
        var calm: Bool
        var resentment: ChartView
        var resentmentNow: String
        var coupleResentmentNow: String?
        var checkIns: ChartView
        var checkInDue: Bool
        var consistency: ChartView
        var hasCommitments: Bool
        var deposits: DepositsView
        var partnerName: String?
    }

    static func dashboard(_ dashboard: Dashboard) -> DashboardView {
        let partnerName = dashboard.partner?.displayName
        let attention = dashboard.attention.map { AttentionText.describe($0, partner: dashboard.partner) }
        let deposits = dashboard.deposits
        let thanks = deposits.appreciations == 1 ? "1 note of thanks" : "\(deposits.appreciations) notes of thanks"
        let hurts = deposits.ruptures == 1 ? "1 rupture" : "\(deposits.ruptures) ruptures"
        let gentle =
            deposits.appreciations >= max(1, deposits.ruptures)
            ? "Those small deposits help repairs land."
            : "A small thank-you, even for something ordinary, makes repair easier for you both."
        return DashboardView(
            attention: attention, calm: attention.isEmpty,
            resentment: resentmentChart(dashboard.resentment, partnerName: partnerName),
            resentmentNow: TrendChart.number(dashboard.resentment.own),
            coupleResentmentNow: partnerName == nil ? nil : dashboard.resentment.couple.map(TrendChart.number),
            checkIns: checkInChart(dashboard.checkIns, partnerName: partnerName),
            checkInDue: dashboard.checkIns.due,
            consistency: consistencyChart(dashboard.commitments),
            hasCommitments: !dashboard.commitments.entries.isEmpty,
            deposits: DepositsView(
                appreciations: deposits.appreciations, ruptures: deposits.ruptures,
                sentence: "In the last \(RecurringThemes.windowDays) days: \(thanks) and \(hurts). \(gentle)"),
            partnerName: partnerName
        )
    }

    struct RuptureItem: Sendable {
        var id: String
        var summary: String
        var intensity: Int
        var when: String
        var state: String
        var stateClass: String
        var mine: Bool
        var shared: Bool
        var byLine: String
    }

    static func stateText(_ state: RuptureState) -> String {
        switch state {
        case .open: "Open"
        case .inRepair: "In repair"
        case .repaired: "Repaired"
        case .letGo: "Let go"
        }
    }

    static func item(_ rupture: Rupture, viewer: UserID, partnerName: String?) -> RuptureItem {
        let firstLine = rupture.whatHappened.split(separator: "\n").first.map(String.init) ?? rupture.whatHappened
        return RuptureItem(
            id: rupture.id,
            summary: firstLine.count > 120 ? String(firstLine.prefix(117)) + "…" : firstLine,
            intensity: rupture.intensity,
            when: DayFormat.long(rupture.happenedAt),
            state: stateText(rupture.state),
            stateClass: "state-" + rupture.state.rawValue.replacingOccurrences(of: "_", with: "-"),
            mine: rupture.authorID == viewer,
            shared: rupture.isShared,
            byLine: rupture.authorID == viewer
                ? (rupture.isShared ? "Yours · shared" : "Yours · private") : "From \(partnerName ?? "your partner")"
        )
    }

    struct Option: Sendable {
        var value: String
        var label: String
        var checked: Bool
    }

    static func feelingOptions(checked: [String] = []) -> [Option] {
        Feeling.allCases.map { Option(value: $0.rawValue, label: $0.title, checked: checked.contains($0.rawValue)) }
    }

    static func intensityOptions(checked: Int? = nil) -> [Option] {
        (1...10).map { Option(value: String($0), label: String($0), checked: $0 == checked) }
    }

    static func patternOptions(checked: PatternKind? = nil) -> [Option] {
        PatternKind.allCases.map { Option(value: $0.rawValue, label: $0.title, checked: $0 == checked) }
    }
}
