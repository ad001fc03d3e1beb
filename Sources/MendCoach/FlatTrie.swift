/// The pattern trie laid out in flat arrays for matching: no per-node dictionaries or arrays,
/// so walking it touches only plain integers.
struct FlatTrie: Sendable {
    /// Literal edges keyed by `node << 32 | word id`.
    let literals: FastMap
    /// Whether a node has any literal edge (skips a lookup for most nodes).
    let hasLiterals: [Bool]
    /// Class edges of node `n` are `classStart[n]..<classStart[n + 1]`.
    let classStart: [Int32]
    let classOf: [Int32]
    let classTarget: [Int32]
    let any: [Int32]
    let gap: [Int32]
    let end: [Int32]
    /// Outputs of node `n` are `outputStart[n]..<outputStart[n + 1]`.
    let outputStart: [Int32]
    let outputs: [Int32]

    init(_ trie: PatternTrie) {
        var literalPairs: [(key: UInt64, value: Int32)] = []
        var hasLiterals: [Bool] = []
        var classStart: [Int32] = [0]
        var classOf: [Int32] = []
        var classTarget: [Int32] = []
        var outputStart: [Int32] = [0]
        var outputs: [Int32] = []
        for (index, node) in trie.nodes.enumerated() {
            for (word, target) in node.literals {
                literalPairs.append((Self.key(node: Int32(index), word: word), target))
            }
            hasLiterals.append(!node.literals.isEmpty)
            for edge in node.classes {
                classOf.append(Int32(edge.wordClass))
                classTarget.append(edge.node)
            }
            classStart.append(Int32(classOf.count))
            outputs.append(contentsOf: node.outputs)
            outputStart.append(Int32(outputs.count))
        }
        self.literals = FastMap(literalPairs)
        self.hasLiterals = hasLiterals
        self.classStart = classStart
        self.classOf = classOf
        self.classTarget = classTarget
        self.any = trie.nodes.map(\.any)
        self.gap = trie.nodes.map(\.gap)
        self.end = trie.nodes.map(\.end)
        self.outputStart = outputStart
        self.outputs = outputs
    }

    @inline(__always)
    static func key(node: Int32, word: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
    }
}
