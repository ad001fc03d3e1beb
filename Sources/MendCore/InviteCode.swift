/// A single-use code one partner gives the other to join their couple space.
///
/// Codes are 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown as
/// `ABCDE-FGHJK`; typing is forgiving about case, spaces and dashes. 10 characters of a
/// 31-letter alphabet give about 49 bits, and codes expire after seven days.
public struct InviteCode: Hashable, Sendable, CustomStringConvertible {
    /// The unambiguous alphabet codes are drawn from.
    public static let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
    /// Characters in a code.
    public static let length = 10
    /// How long a code stays valid.
    public static let lifetime: Duration = .seconds(7 * 24 * 60 * 60)

    /// The canonical form: uppercase, no separators.
    public let canonical: String

    /// Makes a fresh random code.
    public static func generate(using secrets: some SecretGenerator) -> InviteCode {
        // Rejection sampling keeps every character equally likely.
        var characters: [Character] = []
        while characters.count < length {
            for byte in secrets.randomBytes(count: length * 2) where characters.count < length {
                let limit = UInt8(256 - 256 % alphabet.count)
                if byte < limit { characters.append(alphabet[Int(byte) % alphabet.count]) }
            }
        }
        return InviteCode(canonical: String(characters))
    }

    private init(canonical: String) {
        self.canonical = canonical
    }

    /// Parses what a person typed, or returns nil when it cannot be a code.
    public init?(typed: String) {
        let kept = typed.uppercased().filter { $0 != "-" && $0 != " " }
        guard kept.count == Self.length, kept.allSatisfy({ Self.alphabet.contains($0) }) else { return nil }
        self.canonical = kept
    }

    /// The friendly form shown to people, `ABCDE-FGHJK`.
    public var description: String {
        let half = canonical.index(canonical.startIndex, offsetBy: Self.length / 2)
        return "\(canonical[..<half])-\(canonical[half...])"
    }
}
