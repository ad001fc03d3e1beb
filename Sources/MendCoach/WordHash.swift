/// FNV-1a hashing of normalised words, so that message tokens are looked up in the lexicon
/// without allocating a `String` per word. Collisions between the few thousand lexicon words
/// and a message word are astronomically unlikely with 64 bits and would only cost one mislabel.
enum WordHash {
    /// The hash of the empty word, the starting value of FNV-1a.
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Folds one scalar value into a running hash.
    @inline(__always)
    static func combine(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        var result = hash
        var remaining = value
        // Scalars are folded byte by byte (at least one byte) so ASCII words hash like bytes.
        repeat {
            result ^= UInt64(remaining & 0xFF)
            result = result &* 0x0000_0100_0000_01B3
            remaining >>= 8
        } while remaining != 0
        return result
    }

    /// The hash of a buffer of scalar values.
    @inline(__always)
    static func hash(_ scalars: UnsafeBufferPointer<UInt32>) -> UInt64 {
        var result = seed
        for value in scalars { result = combine(result, value) }
        return result
    }

    /// The hash of a plain lower-case word given as a string (used when building lexicons).
    static func hash(_ word: String) -> UInt64 {
        var result = seed
        for scalar in word.unicodeScalars { result = combine(result, scalar.value) }
        return result
    }
}
