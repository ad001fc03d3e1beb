/// Canonical words for texting spellings and contractions, keyed by the hash of the written word.
struct ExpansionTable: Sendable {
    /// Up to four canonical words that one written word stands for.
    struct Expansion: Sendable {
        var first: UInt64
        var second: UInt64
        var third: UInt64
        var fourth: UInt64
        var count: Int

        init(_ hashes: [UInt64]) {
            count = min(hashes.count, 4)
            first = hashes.count > 0 ? hashes[0] : 0
            second = hashes.count > 1 ? hashes[1] : 0
            third = hashes.count > 2 ? hashes[2] : 0
            fourth = hashes.count > 3 ? hashes[3] : 0
        }

        /// The canonical word hash at `position` (0..<count).
        func hash(at position: Int) -> UInt64 {
            switch position {
            case 0: return first
            case 1: return second
            case 2: return third
            default: return fourth
            }
        }
    }

    private let entries: [Expansion]
    private let index: FastMap

    /// Builds the table from (written, canonical words separated by spaces) pairs.
    init(_ pairs: [(written: String, canonical: String)]) {
        var entries: [Expansion] = []
        var index: [(key: UInt64, value: Int32)] = []
        for pair in pairs {
            let words = pair.canonical.split(separator: " ").map { WordHash.hash(String($0)) }
            index.append((WordHash.hash(pair.written), Int32(entries.count)))
            entries.append(Expansion(words))
        }
        self.entries = entries
        self.index = FastMap(index)
    }

    /// The expansion of the written word with this hash, if any.
    @inline(__always)
    subscript(hash: UInt64) -> Expansion? {
        guard let position = index[hash] else { return nil }
        return entries[Int(position)]
    }
}
