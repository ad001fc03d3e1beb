/// One step of a compiled pattern.
enum PatternElement: Hashable, Sendable {
    case literal(Int32)
    case wordClass(Int)
    case any
    case gap
    case end
}

/// A set of up to 128 word classes, stored per vocabulary word.
struct ClassSet: Sendable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    @inline(__always)
    func contains(_ index: Int) -> Bool {
        index < 64 ? (low >> UInt64(index)) & 1 == 1 : (high >> UInt64(index - 64)) & 1 == 1
    }

    mutating func insert(_ index: Int) {
        if index < 64 { low |= 1 << UInt64(index) } else { high |= 1 << UInt64(index - 64) }
    }
}

/// A node of the pattern trie.
struct TrieNode: Sendable {
    var literals: [Int32: Int32] = [:]
    var classes: [(wordClass: Int, node: Int32)] = []
    var any: Int32 = -1
    var gap: Int32 = -1
    var end: Int32 = -1
    var outputs: [Int32] = []
}

/// All patterns of the lexicon in one trie, so that a message is matched in one pass per start token.
struct PatternTrie: Sendable {
    /// Node 0 is the root for patterns that may start anywhere, node 1 for patterns anchored
    /// at the start of a clause.
    private(set) var nodes: [TrieNode] = [TrieNode(), TrieNode()]

    static let anywhereRoot: Int32 = 0
    static let clauseStartRoot: Int32 = 1

    /// Adds every path through `slots` (alternatives per slot) as a pattern reporting `output`,
    /// sharing prefixes instead of listing every combination.
    mutating func insert(slots: [[[PatternElement]]], anchored: Bool, output: Int32) {
        var frontier: Set<Int32> = [anchored ? Self.clauseStartRoot : Self.anywhereRoot]
        for slot in slots {
            var next: Set<Int32> = []
            for node in frontier {
                for run in slot {
                    var current = node
                    for element in run { current = child(of: current, for: element) }
                    next.insert(current)
                }
            }
            frontier = next
        }
        for node in frontier where node > Self.clauseStartRoot {
            if !nodes[Int(node)].outputs.contains(output) { nodes[Int(node)].outputs.append(output) }
        }
    }

    /// Adds a pattern whose match reports `output`.
    mutating func insert(_ elements: [PatternElement], anchored: Bool, output: Int32) {
        var node = anchored ? Self.clauseStartRoot : Self.anywhereRoot
        for element in elements { node = child(of: node, for: element) }
        if !nodes[Int(node)].outputs.contains(output) { nodes[Int(node)].outputs.append(output) }
    }

    private mutating func child(of node: Int32, for element: PatternElement) -> Int32 {
        let index = Int(node)
        switch element {
        case .literal(let id):
            if let existing = nodes[index].literals[id] { return existing }
            let created = appendNode()
            nodes[index].literals[id] = created
            return created
        case .wordClass(let wordClass):
            if let existing = nodes[index].classes.first(where: { $0.wordClass == wordClass }) { return existing.node }
            let created = appendNode()
            nodes[index].classes.append((wordClass, created))
            return created
        case .any:
            if nodes[index].any < 0 { nodes[index].any = appendNode() }
            return nodes[index].any
        case .gap:
            if nodes[index].gap < 0 { nodes[index].gap = appendNode() }
            return nodes[index].gap
        case .end:
            if nodes[index].end < 0 { nodes[index].end = appendNode() }
            return nodes[index].end
        }
    }

    private mutating func appendNode() -> Int32 {
        nodes.append(TrieNode())
        return Int32(nodes.count - 1)
    }
}
