/// A typed identifier: a `UserID` can never be passed where a `CoupleID` is expected.
public struct Identifier<Entity>: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The stored form of the identifier (a lowercase UUID string).
    public let rawValue: String

    /// Wraps a stored identifier.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// Decodes from a bare string.
    public init(from decoder: any Decoder) throws {
        self.rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes as a bare string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The raw value.
    public var description: String { rawValue }
}

/// Identifies a person's account.
public typealias UserID = Identifier<Account>
/// Identifies a couple space.
public typealias CoupleID = Identifier<Couple>
