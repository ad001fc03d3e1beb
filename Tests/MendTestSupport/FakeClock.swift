import MendCore
import Synchronization

/// A clock that stands still until a test moves it.
public final class FakeClock: MendClock {
    private let current: Mutex<Timestamp>

    /// Starts at 2026-01-01T00:00:00Z unless told otherwise.
    public init(_ start: Timestamp = Timestamp(millisecondsSinceEpoch: 1_767_225_600_000)) {
        self.current = Mutex(start)
    }

    /// The current fake time.
    public func now() -> Timestamp { current.withLock { $0 } }

    /// Moves time forward.
    public func advance(by duration: Duration) {
        current.withLock { $0 = $0.adding(duration) }
    }
}

/// Ids `00000000-0000-4000-8000-000000000001`, `…0002`, … in order, so tests can predict them.
public final class SequentialIDGenerator: IDGenerator {
    private let counter = Mutex(0)

    /// Creates the generator.
    public init() {}

    /// The next id.
    public func next() -> String {
        let value = counter.withLock { count -> Int in
            count += 1
            return count
        }
        let digits = String(value)
        return "00000000-0000-4000-8000-" + String(repeating: "0", count: 12 - digits.count) + digits
    }
}

/// Deterministic "random" bytes from a seeded generator: distinct on every call, equal across runs.
public final class SeededSecretGenerator: SecretGenerator {
    private let state: Mutex<UInt64>

    /// Creates the generator with a seed.
    public init(seed: UInt64 = 0x5EED) {
        self.state = Mutex(seed)
    }

    /// The next bytes of a SplitMix64 stream.
    public func randomBytes(count: Int) -> [UInt8] {
        state.withLock { state in
            var bytes: [UInt8] = []
            while bytes.count < count {
                state &+= 0x9E37_79B9_7F4A_7C15
                var z = state
                z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                z ^= z >> 31
                withUnsafeBytes(of: z) { bytes.append(contentsOf: $0.prefix(count - bytes.count)) }
            }
            return bytes
        }
    }
}
