import Foundation

/// The fields of an `application/x-www-form-urlencoded` body.
///
/// Forms are read by hand rather than decoded into types so that a missing field re-renders
/// the form with a kind message instead of failing as malformed input.
struct FormFields: Sendable {
    private var values: [String: String] = [:]
    private var lists: [String: [String]] = [:]

    /// Parses the body; a malformed pair is skipped, invalid percent-escapes are kept as typed.
    init(body: String) {
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = parts.first.map({ Self.decode($0) }), !name.isEmpty else { continue }
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            if values[name] == nil { values[name] = value }
            lists[name, default: []].append(value)
        }
    }

    /// The value of `name`, if present.
    subscript(name: String) -> String? { values[name] }

    /// Every value sent for `name` (checkboxes), in order.
    func all(_ name: String) -> [String] { lists[name] ?? [] }

    /// Whether a checkbox named `name` was ticked.
    func isChecked(_ name: String) -> Bool { values[name] != nil }

    /// The value of `name`, or the empty string.
    func text(_ name: String) -> String { values[name] ?? "" }

    private static func decode(_ raw: Substring) -> String {
        let spaced = raw.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
