/// The coach's second opinion: a linear reading of the whole message over its words, word pairs
/// and (when given) the partner's previous words, learned from the development sets.
///
/// The lexicons say precisely why a label applies, and they know about negation, reported
/// speech and quotation; but people say the same thing in more ways than any lexicon lists. The
/// model has seen thousands of labelled messages, so it recognises a label in words no pattern
/// names. The two are combined conservatively (see `MessageAnalysis.applyModel`): the model adds
/// a label only when it is confident and no pattern found it, and it sets aside a pattern's
/// label only when it is confident the label is absent. It never sets aside a safety risk.
///
/// The weights are data (`CoachModelWeights`), written by `tools/coach-model/train.py` from the
/// features `mend coach --training-features` prints, so the model and the coach always read a
/// message the same way.
struct CoachModel: Sendable {
    /// Feature hash → row of `weights`, open addressing; each slot packs 32 bits of the key (a
    /// fingerprint: another feature sharing slot and fingerprint is a one-in-billions chance that
    /// would shift one score a little) above the row + 1 (0 marks an empty slot), so the table is
    /// small enough to stay in cache.
    private let table: [UInt64]
    private let tableMask: Int
    /// Quantised weights: one row per feature, one lane per label (by `CoachLabel.index`) then the "none" lane.
    private let weights: [Int8]
    /// Per label: the value of one step of a quantised weight.
    private let scales: [Float]
    /// Per label: the score of a message with no known feature.
    private let biases: [Float]
    /// Per label: the score from which the model adds the label when no pattern found it.
    private let addScores: [Float]
    /// The "none" lane's score from which a message is everyday talk (`defaultEverydayScore`).
    private let everydayScore: Float
    /// How many features have weights.
    private let rowCount: Int

    /// How many labels there are.
    static let labelCount = CoachLabel.allCases.count
    /// Lanes of a row: one per label, then one for "no label at all".
    static let laneCount = labelCount + 1
    /// The lane that reads whether the message should get no label.
    static let noneLane = labelCount

    // The model's probabilities are honest (its lanes are trained without weighing rare labels
    // up). The bars below, and each label's bar for adding it (`CoachModelWeights.addScores`), were
    // chosen by five-fold cross-validation of the whole coach on the training sets
    // (`tools/coach-model/train.py --cross-validate 5 --choose-bars`), never on a held-out set.

    /// The bar for adding a label when the weights carry none of their own: a probability of
    /// 0.85, as a score (log-odds) ln(0.85 / 0.15).
    static let defaultAddScore: Float = 1.7346
    /// The same for a safety risk: 0.4, ln(0.4 / 0.6). Missing a risk costs far more than
    /// showing help to someone who did not need it.
    static let defaultSafetyAddScore: Float = -0.4055
    /// A pattern's label is set aside when the model's probability is below 0.01: ln(0.01 / 0.99).
    /// (At 0.05 the model overruled patterns that were right: micro-F1 0.010 lower.)
    static let vetoScore: Float = -4.5951
    /// When the model finds it more likely than not (0.5, ln(0.5 / 0.5)) that a message is
    /// everyday talk with no label, every label but a safety risk is set aside. (Out of fold when chosen, at
    /// 0.5, 0.6 and 0.7: micro-F1 0.870, 0.872 and 0.873; false alarms 4.3%, 4.8% and 5.4%.)
    static let defaultEverydayScore: Float = 0

    static let standard = CoachModel(
        labels: CoachModelWeights.labels, biases: CoachModelWeights.biases, scales: CoachModelWeights.scales,
        encodedRows: CoachModelWeights.rows, addScores: CoachModelWeights.addScores, everydayScore: defaultEverydayScore)

    /// Decodes the rows: base64 of, per feature, its 8-byte little-endian hash then one signed byte per label.
    /// `addScores` (per label of `labels`, when given) are the scores (log-odds) from which a label is added.
    init(labels: [String], biases: [Float], scales: [Float], encodedRows: String, addScores: [Float]?, everydayScore: Float) {
        let count = Self.laneCount
        // Columns are matched by label id, so a reordered or extended label list cannot misread the weights.
        let columns = labels.map { id in id == "none" ? Self.noneLane : CoachLabel.allCases.firstIndex { $0.rawValue == id } }
        var orderedBiases = [Float](repeating: -20, count: count)
        var orderedScales = [Float](repeating: 0, count: count)
        var orderedAddScores = [Float](repeating: Self.defaultAddScore, count: count)
        orderedAddScores[CoachLabel.safetyRisk.index] = Self.defaultSafetyAddScore
        for (column, index) in columns.enumerated() {
            guard let index else { continue }
            orderedBiases[index] = biases[column]
            orderedScales[index] = scales[column]
            if let addScores, column < addScores.count { orderedAddScores[index] = addScores[column] }
        }
        let bytes = Base64.decode(encodedRows)
        let width = 8 + labels.count
        var pairs: [(key: UInt64, value: Int32)] = []
        var weights: [Int8] = []
        pairs.reserveCapacity(bytes.count / width)
        weights.reserveCapacity(bytes.count / width * count)
        var offset = 0
        while offset + width <= bytes.count {
            var key: UInt64 = 0
            for byte in 0..<8 { key |= UInt64(bytes[offset + byte]) << (8 * UInt64(byte)) }
            var row = [Int8](repeating: 0, count: count)
            for (column, index) in columns.enumerated() {
                guard let index else { continue }
                row[index] = Int8(bitPattern: bytes[offset + 8 + column])
            }
            pairs.append((key: key, value: Int32(pairs.count)))
            weights.append(contentsOf: row)
            offset += width
        }
        var capacity = 16
        while capacity < pairs.count * 2 { capacity <<= 1 }
        var table = [UInt64](repeating: 0, count: capacity)
        for pair in pairs {
            var slot = FastMap.slot(for: pair.key, mask: capacity - 1)
            while table[slot] != 0 && table[slot] >> 32 != Self.fingerprint(pair.key) { slot = (slot + 1) & (capacity - 1) }
            table[slot] = Self.fingerprint(pair.key) << 32 | (UInt64(pair.value) + 1)
        }
        self.table = table
        self.tableMask = capacity - 1
        self.rowCount = pairs.count
        self.weights = weights
        self.scales = orderedScales
        self.biases = orderedBiases
        self.addScores = orderedAddScores
        self.everydayScore = everydayScore
    }

    @inline(__always)
    private static func fingerprint(_ key: UInt64) -> UInt64 {
        key & 0xFFFF_FFFF
    }

    /// The row of a feature's weights, if the model knows it.
    @inline(__always)
    private static func row(of key: UInt64, in table: UnsafeBufferPointer<UInt64>, mask: Int) -> Int? {
        var slot = FastMap.slot(for: key, mask: mask)
        let print = fingerprint(key)
        while true {
            let entry = table[slot]
            if entry == 0 { return nil }
            if entry >> 32 == print { return Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) &- 1 }
            slot = (slot &+ 1) & mask
        }
    }

    /// One feature of a message: its hash and the tokens it covers (-1 for the context and the whole message).
    struct Feature: Sendable {
        var hash: UInt64
        var start: Int
        var end: Int
    }

    private static let questionFeature = mix(WordHash.hash("<question>"), kind: 4)
    private static let capitalsFeature = mix(WordHash.hash("<capitals>"), kind: 5)

    /// The word classes of the lexicon, as features: a word the model never saw still counts
    /// through its class ("a mean word", "a feeling"), so what it learned carries to new words.
    struct WordClasses: Sendable {
        /// Classes of every vocabulary id.
        let sets: [ClassSet]
        /// Feature hash of each class, from its name (so adding a class does not move the others).
        let hashes: [UInt64]

        init(sets: [ClassSet], names: [String: Int]) {
            var hashes = [UInt64](repeating: 0, count: 128)
            for (name, index) in names where index < 128 { hashes[index] = CoachModel.mix(WordHash.hash("@" + name), kind: 6) }
            self.sets = sets
            self.hashes = hashes
        }

        /// Calls `body` with the feature hash of every class of vocabulary id `id`.
        @inline(__always)
        func forEachClass(of id: Int32, _ body: (UInt64) -> Void) {
            guard id > 0, Int(id) < sets.count else { return }
            let set = sets[Int(id)]
            var low = set.low
            while low != 0 {
                body(hashes[low.trailingZeroBitCount])
                low &= low &- 1
            }
            var high = set.high
            while high != 0 {
                body(hashes[64 + high.trailingZeroBitCount])
                high &= high &- 1
            }
        }
    }

    /// The message's features: each word and its word classes, each pair of neighbouring words
    /// in a sentence, each word of the context, and whether it asks a question or shouts (with repeats).
    @inline(__always)
    static func forEachFeature(of tokens: [Token], context: [Token], classes: WordClasses, _ body: (Feature) -> Void) {
        var asks = false
        var shouts = false
        for index in tokens.indices {
            let token = tokens[index]
            body(Feature(hash: mix(token.hash, kind: 1), start: index, end: index + 1))
            classes.forEachClass(of: token.id) { body(Feature(hash: $0, start: index, end: index + 1)) }
            if index > 0, tokens[index - 1].sentence == token.sentence {
                body(Feature(hash: mix(tokens[index - 1].hash &* 0x1000_0000_01B3 ^ token.hash, kind: 2), start: index - 1, end: index + 1))
            }
            asks = asks || token.flags.contains(.question)
            shouts = shouts || token.flags.contains(.allCaps)
        }
        for token in context { body(Feature(hash: mix(token.hash, kind: 3), start: -1, end: -1)) }
        if asks { body(Feature(hash: questionFeature, start: -1, end: -1)) }
        if shouts { body(Feature(hash: capitalsFeature, start: -1, end: -1)) }
    }

    /// The distinct features of a message, for training.
    static func features(of tokens: [Token], context: [Token], classes: WordClasses) -> [Feature] {
        var features: [Feature] = []
        var seen = Set<UInt64>()
        forEachFeature(of: tokens, context: context, classes: classes) { feature in
            if seen.insert(feature.hash).inserted { features.append(feature) }
        }
        return features
    }

    /// Separates the kinds of feature so a word and the same word in the context differ.
    @inline(__always)
    static func mix(_ hash: UInt64, kind: UInt64) -> UInt64 {
        var value = hash ^ (kind &* 0x9E37_79B9_7F4A_7C15)
        value = (value ^ (value >> 31)) &* 0xBF58_476D_1CE4_E5B9
        return value ^ (value >> 29)
    }

    /// The model's verdict on a message, given the labels the patterns `found` (bits of
    /// `CoachLabel.bit`): which labels to add and which to set aside. Each feature counts once,
    /// however often it occurs, as in training; the cost is linear in the message's length.
    func verdict(_ tokens: [Token], context: [Token], classes: WordClasses, found: UInt32) -> (add: UInt32, setAside: UInt32) {
        guard rowCount > 0 else { return (0, 0) }  // no weights: the patterns alone decide
        let count = Self.laneCount
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: count) { sums in
            sums.initialize(repeating: 0)
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: rowCount / 64 + 1) { counted in
                counted.initialize(repeating: 0)
                weights.withUnsafeBufferPointer { weights in
                    table.withUnsafeBufferPointer { table in
                        let mask = tableMask
                        Self.forEachFeature(of: tokens, context: context, classes: classes) { feature in
                            guard let row = Self.row(of: feature.hash, in: table, mask: mask) else { return }
                            let word = row >> 6
                            let bit = UInt64(1) << UInt64(row & 63)
                            guard counted[word] & bit == 0 else { return }
                            counted[word] |= bit
                            let base = row &* count
                            for label in 0..<count { sums[label] &+= Int32(weights[base &+ label]) }
                        }
                    }
                }
            }
            func score(_ lane: Int) -> Float { biases[lane] + Float(sums[lane]) * scales[lane] }
            var add: UInt32 = 0
            var setAside: UInt32 = 0
            let everyday = score(Self.noneLane) >= everydayScore
            for label in 0..<Self.labelCount {
                let score = score(label)
                let bit = UInt32(1) << UInt32(label)
                if label == CoachLabel.safetyRisk.index {
                    // Never set aside; added at a lower bar.
                    if found & bit == 0 && score >= addScores[label] { add |= bit }
                } else if found & bit != 0 {
                    if everyday || score < Self.vetoScore { setAside |= bit }
                } else if !everyday && score >= addScores[label] {
                    add |= bit
                }
            }
            return (add, setAside)
        }
    }

    /// The message feature that counts most for `label`, to point at when the model adds it.
    func strongestFeature(for label: CoachLabel, in tokens: [Token], classes: WordClasses) -> Feature? {
        let count = Self.laneCount
        var best: Feature?
        var bestWeight: Int8 = 0
        table.withUnsafeBufferPointer { table in
            Self.forEachFeature(of: tokens, context: [], classes: classes) { feature in
                guard let row = Self.row(of: feature.hash, in: table, mask: tableMask) else { return }
                let weight = weights[row * count + label.index]
                if feature.start >= 0 && weight > bestWeight {
                    bestWeight = weight
                    best = feature
                }
            }
        }
        return best
    }
}

/// Base64 decoding (standard alphabet, padding optional), for the model's weights.
enum Base64 {
    static func decode(_ text: String) -> [UInt8] {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, scalar) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(scalar)] = UInt8(index)
        }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count * 3 / 4)
        var buffer: UInt32 = 0
        var bits = 0
        for byte in text.utf8 {
            let value = table[Int(byte)]
            if value == 0xFF { continue }  // padding, line breaks
            buffer = (buffer << 6) | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8((buffer >> UInt32(bits)) & 0xFF))
            }
        }
        return output
    }
}
