/// An immutable open-addressing hash map from 64-bit keys to 32-bit values, for the hot path:
/// keys are word hashes or (node, word) pairs that are already well mixed, so lookups need one
/// multiply and a short linear probe, and no reference counting or `Hasher` work.
struct FastMap: Sendable {
    private let keys: [UInt64]
    private let values: [Int32]
    private let occupied: [Bool]
    private let mask: Int

    /// Builds the map; later duplicates of a key win.
    init(_ pairs: [(key: UInt64, value: Int32)]) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Int32](repeating: 0, count: capacity)
        var occupied = [Bool](repeating: false, count: capacity)
        let mask = capacity - 1
        for pair in pairs {
            var slot = Self.slot(for: pair.key, mask: mask)
            while occupied[slot] && keys[slot] != pair.key { slot = (slot + 1) & mask }
            keys[slot] = pair.key
            values[slot] = pair.value
            occupied[slot] = true
        }
        self.keys = keys
        self.values = values
        self.occupied = occupied
        self.mask = mask
    }

    /// Builds the map from a dictionary.
    init(_ dictionary: [UInt64: Int32]) {
        self.init(dictionary.map { (key: $0.key, value: $0.value) })
    }

    /// The first slot to probe for `key` in a table of `mask + 1` slots (also used by `CoachModel`'s table).
    @inline(__always)
    static func slot(for key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The value stored for `key`, if any.
    @inline(__always)
    subscript(key: UInt64) -> Int32? {
        var slot = Self.slot(for: key, mask: mask)
        while occupied[slot] {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }
}

/// A set of word hashes with `FastMap`'s cheap look-up (no `Hasher` work), for the small word
/// lists the rules consult for every token.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let map: FastMap

    /// The set of these hashes.
    init(_ hashes: some Sequence<UInt64>) {
        self.map = FastMap(hashes.map { (key: $0, value: Int32(0)) })
    }

    /// The set of these hashes.
    init(arrayLiteral hashes: UInt64...) {
        self.init(hashes)
    }

    /// Whether the word is in the set.
    @inline(__always)
    func contains(_ hash: UInt64) -> Bool {
        map[hash] != nil
    }
}
