import MendCore

/// A small line chart drawn on the server as SVG: readable on a phone, no script, and with a
/// text alternative (a title and a sentence for screen readers, and a table of the values).
struct TrendChart: Sendable {
    /// One line.
    struct Series: Sendable {
        var name: String
        var points: [TrendPoint]
        /// A CSS class for the line's colour (`line-a`, `line-b`).
        var style: String
    }

    var title: String
    var series: [Series]
    /// The top of the scale; at least the largest value.
    var maximum: Double
    /// Formats a value for labels and the table.
    var unit: String = ""

    static let width = 320.0
    static let height = 140.0
    static let left = 34.0
    static let bottom = 22.0
    static let top = 10.0

    /// Whether there is anything to draw.
    var isEmpty: Bool { series.allSatisfy { $0.points.allSatisfy { $0.value == nil } } }

    /// The SVG element, safe to embed in HTML.
    var svg: String {
        let id = "chart-" + String(title.unicodeScalars.filter { $0.properties.isAlphabetic }.map(Character.init).prefix(24)).lowercased()
        let scaleTop = max(maximum, series.flatMap { $0.points.compactMap(\.value) }.max() ?? 0, 1)
        let plotWidth = Self.width - Self.left - 8
        let plotHeight = Self.height - Self.top - Self.bottom
        let count = max(series.map(\.points.count).max() ?? 1, 2)
        func x(_ index: Int) -> Double { Self.left + plotWidth * Double(index) / Double(count - 1) }
        func y(_ value: Double) -> Double { Self.top + plotHeight * (1 - value / scaleTop) }
        var out =
            "<svg class=\"trend-chart\" viewBox=\"0 0 \(Self.fmt(Self.width)) \(Self.fmt(Self.height))\" role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\">"
        out += "<title id=\"\(id)-t\">\(Self.escape(title))</title><desc id=\"\(id)-d\">\(Self.escape(description))</desc>"
        for fraction in [0.0, 0.5, 1.0] {
            let value = scaleTop * fraction
            out +=
                "<line class=\"grid\" x1=\"\(Self.fmt(Self.left))\" x2=\"\(Self.fmt(Self.width - 8))\" y1=\"\(Self.fmt(y(value)))\" y2=\"\(Self.fmt(y(value)))\"/>"
            out +=
                "<text class=\"axis\" x=\"\(Self.fmt(Self.left - 4))\" y=\"\(Self.fmt(y(value) + 4))\" text-anchor=\"end\">\(Self.number(value))</text>"
        }
        if let first = series.first?.points.first, let last = series.first?.points.last {
            out += "<text class=\"axis\" x=\"\(Self.fmt(Self.left))\" y=\"\(Self.fmt(Self.height - 4))\">\(Self.date(first.at))</text>"
            out +=
                "<text class=\"axis\" x=\"\(Self.fmt(Self.width - 8))\" y=\"\(Self.fmt(Self.height - 4))\" text-anchor=\"end\">\(Self.date(last.at))</text>"
        }
        for line in series {
            // Gaps (weeks without data) break the line rather than pretending to know.
            var path = ""
            var drawing = false
            for (index, point) in line.points.enumerated() {
                guard let value = point.value else {
                    drawing = false
                    continue
                }
                path += "\(drawing ? "L" : "M")\(Self.fmt(x(index))) \(Self.fmt(y(value))) "
                drawing = true
            }
            if !path.isEmpty { out += "<path class=\"\(line.style)\" d=\"\(path.trimmingSuffixSpace())\"/>" }
            for (index, point) in line.points.enumerated() {
                if let value = point.value {
                    out += "<circle class=\"\(line.style)\" cx=\"\(Self.fmt(x(index)))\" cy=\"\(Self.fmt(y(value)))\" r=\"2.5\"/>"
                }
            }
        }
        return out + "</svg>"
    }

    /// One sentence a screen reader says for the chart.
    var description: String {
        series.map { line in
            let recorded = line.points.filter { $0.value != nil }
            guard let last = recorded.last?.value else { return "\(line.name): nothing recorded yet." }
            guard recorded.count > 1, let first = recorded.first, let start = first.value else {
                return "\(line.name): \(Self.number(last))\(unit), the only point so far."
            }
            let direction = last > start ? "up from" : last < start ? "down from" : "the same as"
            return
                "\(line.name): \(Self.number(last))\(unit) now, \(direction) \(Self.number(start))\(unit) in the week of \(Self.date(first.at))."
        }.joined(separator: " ")
    }

    /// The values as table rows (week, then one cell per series).
    var rows: [Row] {
        guard let weeks = series.first?.points else { return [] }
        return weeks.indices.map { index in
            Row(
                week: Self.date(weeks[index].at),
                cells: series.map { line in
                    line.points.indices.contains(index) ? line.points[index].value.map { Self.number($0) + unit } ?? "–" : "–"
                })
        }
    }

    struct Row: Sendable {
        var week: String
        var cells: [String]
    }

    var seriesNames: [String] { series.map(\.name) }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String((value * 10).rounded() / 10)
    }

    static func fmt(_ value: Double) -> String { String((value * 10).rounded() / 10) }

    static func date(_ time: Timestamp) -> String { DayFormat.short(MendCore.Calendar.day(of: time)) }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}

extension String {
    fileprivate func trimmingSuffixSpace() -> String {
        hasSuffix(" ") ? String(dropLast()) : self
    }
}
