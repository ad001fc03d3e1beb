import Foundation
import MendCoach

/// The `mend coach --jsonl` protocol: one JSON object per input line, one result line per input
/// line, in input order. A bad line yields `{"id": …, "error": "…"}` and processing continues.
struct CoachJSONLines {
    let coach: Coach

    func run() {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let output = FileHandle.standardOutput
        while let line = readLine(strippingNewline: true) {
            if line.allSatisfy(\.isWhitespace) { continue }
            // Written straight away, unbuffered, so a tool reading the pipe gets each answer as it is ready.
            output.write(Data((result(for: line, encoder: encoder) + "\n").utf8))
        }
    }

    /// The output line for one input line.
    func result(for line: String, encoder: JSONEncoder) -> String {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])) as? [String: Any] else {
            return errorLine(id: nil, "the line is not a JSON object")
        }
        let id = object["id"]
        guard let text = object["text"] as? String else {
            return errorLine(id: id, "\"text\" must be a string")
        }
        let context = object["context"] as? String
        if object["context"] != nil, !(object["context"] is NSNull), context == nil {
            return errorLine(id: id, "\"context\" must be a string when given")
        }
        do {
            let report = try coach.analyze(text, context: context)
            let labels = String(decoding: try encoder.encode(report.labels), as: UTF8.self)
            let findings = String(decoding: try encoder.encode(report.findings), as: UTF8.self)
            return "{\"id\":\(Self.json(id)),\"labels\":\(labels),\"findings\":\(findings)}"
        } catch let error as CoachError {
            return errorLine(id: id, error.message)
        } catch {
            return errorLine(id: id, "could not read the message")
        }
    }

    private func errorLine(id: Any?, _ message: String) -> String {
        let idPart = id.map { "\"id\":\(Self.json($0))," } ?? ""
        return "{\(idPart)\"error\":\(Self.json(message))}"
    }

    /// Any JSON value (string, number, null, …) as compact JSON text.
    static func json(_ value: Any?) -> String {
        guard let value, !(value is NSNull) else { return "null" }
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .withoutEscapingSlashes]) else {
            return "null"
        }
        return String(decoding: data, as: UTF8.self)
    }
}
