/// Makes unguessable secrets (session tokens, invite codes); injected so tests are exact.
public protocol SecretGenerator: Sendable {
    /// `count` random bytes from a cryptographically secure source.
    func randomBytes(count: Int) -> [UInt8]
}

/// Secrets from the system's secure random source.
public struct SystemSecretGenerator: SecretGenerator {
    /// Creates the generator.
    public init() {}

    /// Random bytes from `SystemRandomNumberGenerator` (getrandom on Linux, arc4random on Apple systems).
    public func randomBytes(count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }
}
