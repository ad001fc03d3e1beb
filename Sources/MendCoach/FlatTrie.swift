/// The pattern trie flattened for matching: one small record per node, so that visiting a node
/// touches one cache line, and the class edges and outputs in shared arrays.
struct FlatTrie: Sendable {
    /// What the matcher reads of a node, packed into 32 bytes.
    struct Node: Sendable {
        /// Outputs are `outputs[outputStart..<outputEnd]`.
        var outputStart: Int32
        var outputEnd: Int32
        /// Class edges are `classEdges[classStart..<classEnd]`.
        var classStart: Int32
        var classEnd: Int32
        /// The child for any one word, for a gap of words, and for the end of a clause; -1 for none.
        var any: Int32
        var gap: Int32
        var end: Int32
        /// Whether the node has any literal edge (skips a lookup for most nodes).
        var hasLiterals: Bool
    }

    /// A class edge: words of `wordClass` lead to `target`.
    struct ClassEdge: Sendable {
        var wordClass: Int32
        var target: Int32
    }

    let nodes: [Node]
    /// Literal edges keyed by `node << 32 | word id`.
    let literals: FastMap
    let classEdges: [ClassEdge]
    let outputs: [Int32]

    init(_ trie: PatternTrie) {
        var literalPairs: [(key: UInt64, value: Int32)] = []
        var nodes: [Node] = []
        var classEdges: [ClassEdge] = []
        var outputs: [Int32] = []
        nodes.reserveCapacity(trie.nodes.count)
        for (index, node) in trie.nodes.enumerated() {
            for (word, target) in node.literals {
                literalPairs.append((Self.key(node: Int32(index), word: word), target))
            }
            let classStart = Int32(classEdges.count)
            for edge in node.classes {
                classEdges.append(ClassEdge(wordClass: Int32(edge.wordClass), target: edge.node))
            }
            let outputStart = Int32(outputs.count)
            outputs.append(contentsOf: node.outputs)
            nodes.append(
                Node(
                    outputStart: outputStart, outputEnd: Int32(outputs.count),
                    classStart: classStart, classEnd: Int32(classEdges.count),
                    any: node.any, gap: node.gap, end: node.end, hasLiterals: !node.literals.isEmpty))
        }
        self.nodes = nodes
        self.literals = FastMap(literalPairs)
        self.classEdges = classEdges
        self.outputs = outputs
    }

    @inline(__always)
    static func key(node: Int32, word: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
    }
}
