import MendCoach
import Testing

/// SplitMix64: a small seeded generator so the fuzz cases are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

@Suite("Robustness")
struct CoachRobustnessTests {
    let coach = Coach()

    /// Scalars that stress the tokenizer: controls, quotes, apostrophes, joiners, emoji, RTL, digits.
    static let tricky: [UInt32] = [
        0x00, 0x07, 0x09, 0x0A, 0x0D, 0x1B, 0x20, 0x22, 0x27, 0x2A, 0x2C, 0x2D, 0x2E, 0x2F, 0x3A, 0x3F, 0x60,
        0x7F, 0x85, 0xA0, 0xAB, 0xBB, 0x200B, 0x200D, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x202E, 0xFE0F,
        0xFFFD, 0x1F600, 0x1F644, 0x1F3FD, 0x1F1FA, 0x0301, 0x05D0, 0x0627, 0x4E2D, 0x10FFFF, 0x130, 0x1E9E,
    ]

    @Test("thousands of random strings never crash and spans stay inside the message")
    func randomUnicode() throws {
        var generator = SeededGenerator(state: 2024)
        let words = ["you", "never", "i'm", "sorry", "kill", "not", "u", "SO", "always", "at", "7:15", "\"", "'", "lol"]
        for _ in 0..<3000 {
            var text = String.UnicodeScalarView()
            let length = Int.random(in: 0..<80, using: &generator)
            for _ in 0..<length {
                switch Int.random(in: 0..<4, using: &generator) {
                case 0:
                    let value = Self.tricky.randomElement(using: &generator)!
                    text.append(Unicode.Scalar(value) ?? "?")
                case 1:
                    text.append(contentsOf: (words.randomElement(using: &generator)! + " ").unicodeScalars)
                case 2:
                    text.append(Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &generator)))
                default:
                    let value = UInt32.random(in: 0...0x10FFFF, using: &generator)
                    if let scalar = Unicode.Scalar(value) { text.append(scalar) }
                }
            }
            let message = String(text)
            let report = try coach.analyze(message, context: Bool.random(using: &generator) ? message : nil)
            let count = message.unicodeScalars.count
            for finding in report.findings {
                for span in finding.spans { #expect(span.start >= 0 && span.start < span.end && span.end <= count) }
            }
            #expect(report.labels.count == report.findings.count)
        }
    }

    @Test("an empty or blank message has no label", arguments: ["", " ", "\n\n\t", "\u{0}", "🙂", "?!", ".", "\u{200B}"])
    func blank(_ message: String) throws {
        let report = try coach.analyze(message)
        #expect(report.labels.isEmpty)
        #expect(report.reading == .neutral)
    }

    @Test("trailing off with an ellipsis is read as withdrawing, with the whole message as its span")
    func ellipsis() throws {
        let report = try coach.analyze("…")
        #expect(report.labels == [.stonewalling])
        #expect(report.findings.first?.spans == [TextSpan(start: 0, end: 1, text: "…")])
    }

    @Test("a one-megabyte message is refused with the limit")
    func hugeMessageIsRefused() {
        let message = String(repeating: "you never listen ", count: 62_000)
        #expect(throws: CoachError.messageTooLong(limit: Coach.maximumMessageLength, actual: message.utf8.count)) {
            try coach.analyze(message)
        }
        #expect(CoachError.messageTooLong(limit: 1, actual: 2).message.contains("2"))
    }

    @Test("an oversized context is refused")
    func hugeContextIsRefused() {
        let context = String(repeating: "x", count: Coach.maximumMessageLength + 1)
        #expect(throws: CoachError.self) { try coach.analyze("hello", context: context) }
    }

    @Test("a message at the limit is read (linear time, no pathological case)")
    func longMessageIsRead() throws {
        let unit = "You never listen and I'm sorry, sooooo sorry!!! 😂 \"quoted\" 'words' "
        let message = String(
            String(repeating: unit, count: Coach.maximumMessageLength / unit.utf8.count).prefix(Coach.maximumMessageLength / 2))
        let report = try coach.analyze(message)
        #expect(report.labels.contains(.apology))
        let noise = String(repeating: "a", count: Coach.maximumMessageLength)
        #expect(try coach.analyze(noise).labels.isEmpty)
    }
}
