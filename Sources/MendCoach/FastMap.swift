/// An immutable open-addressing hash map from 64-bit keys to 32-bit values, for the hot path:
/// keys are word hashes or (node, word) pairs that are already well mixed, so lookups need one
/// multiply and a short linear probe, and no reference counting or `Hasher` work.
struct FastMap: Sendable {
    /// One slot: key and value side by side, so a probe reads one cache line.
    private struct Entry {
        var key: UInt64
        var value: Int32
        var occupied: Bool
    }

    private let entries: [Entry]
    private let mask: Int

    /// Builds the map; later duplicates of a key win.
    init(_ pairs: [(key: UInt64, value: Int32)]) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity <<= 1 }
        var entries = [Entry](repeating: Entry(key: 0, value: 0, occupied: false), count: capacity)
        let mask = capacity - 1
        for pair in pairs {
            var slot = Self.slot(for: pair.key, mask: mask)
            while entries[slot].occupied && entries[slot].key != pair.key { slot = (slot + 1) & mask }
            entries[slot] = Entry(key: pair.key, value: pair.value, occupied: true)
        }
        self.entries = entries
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
        entries.withUnsafeBufferPointer { entries in
            var slot = Self.slot(for: key, mask: mask)
            while entries[slot].occupied {
                if entries[slot].key == key { return entries[slot].value }
                slot = (slot &+ 1) & mask
            }
            return nil
        }
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
