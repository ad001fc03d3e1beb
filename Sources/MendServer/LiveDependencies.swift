import Crypto
import Foundation
import HummingbirdBcrypt
import MendCore
import NIOPosix

/// Wall-clock time from the system.
public struct SystemClock: MendClock {
    /// Creates the clock.
    public init() {}

    /// Now, to the millisecond.
    public func now() -> Timestamp {
        Timestamp(millisecondsSinceEpoch: Int64((Date().timeIntervalSince1970 * 1000).rounded()))
    }
}

/// bcrypt, run on a thread pool so hashing never blocks request handling.
///
/// The password is first reduced with SHA-256 (base64, 44 bytes) because bcrypt reads only the
/// first 72 bytes of its input and long passphrases deserve all of their strength.
public struct BcryptPasswordHasher: PasswordHasher {
    let cost: UInt8

    /// Creates a hasher with the given cost factor.
    public init(cost: UInt8) {
        self.cost = cost
    }

    /// A salted bcrypt hash.
    public func hash(_ password: String) async -> String {
        let input = Self.prehash(password)
        let cost = self.cost
        return (try? await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(input, cost: cost) }) ?? Bcrypt.hash(input, cost: cost)
    }

    /// Whether the password matches.
    public func verify(_ password: String, against hash: String) async -> Bool {
        let input = Self.prehash(password)
        return (try? await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(input, hash: hash) }) ?? false
    }

    static func prehash(_ password: String) -> String {
        Data(SHA256.hash(data: Data(password.utf8))).base64EncodedString()
    }
}

/// The time, ids, secrets and hashing a running Mend uses; tests replace parts of it.
public struct AppDependencies: Sendable {
    /// The clock.
    public var clock: any MendClock
    /// The id generator.
    public var ids: any IDGenerator
    /// The secret generator.
    public var secrets: any SecretGenerator
    /// The password hasher; nil means bcrypt at the configured cost.
    public var hasher: (any PasswordHasher)?

    /// The live dependencies.
    public init(
        clock: any MendClock = SystemClock(),
        ids: any IDGenerator = RandomIDGenerator(),
        secrets: any SecretGenerator = SystemSecretGenerator(),
        hasher: (any PasswordHasher)? = nil
    ) {
        self.clock = clock
        self.ids = ids
        self.secrets = secrets
        self.hasher = hasher
    }
}
