/// Makes new identifiers; injected so tests get predictable ids.
public protocol IDGenerator: Sendable {
    /// A new identifier that has never been returned before.
    func next() -> String
}

/// Random version-4 UUIDs drawn from the system's secure random source.
public struct RandomIDGenerator: IDGenerator {
    /// Creates the generator.
    public init() {}

    /// A random UUID in lowercase canonical form.
    public func next() -> String {
        var generator = SystemRandomNumberGenerator()
        var bytes = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { byte in
            let digits = Array("0123456789abcdef")
            return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
        }
        return [hex[0..<4], hex[4..<6], hex[6..<8], hex[8..<10], hex[10..<16]]
            .map { $0.joined() }
            .joined(separator: "-")
    }
}
