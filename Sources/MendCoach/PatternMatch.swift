/// One pattern found in a message: its index in the lexicon and the tokens it covers.
struct PatternMatch: Sendable, Equatable {
    /// Index of the pattern in `CompiledLexicon.effects`.
    var pattern: Int32
    /// First token of the match.
    var start: Int32
    /// One past the last token of the match.
    var end: Int32
}

/// Walks the pattern trie from every token of a sentence. Each walk follows literal, class,
/// wildcard and gap edges and may step over a few filler words, so its cost is bounded by the
/// pattern depth: the whole match is linear in the message length. The walk is an explicit
/// stack over the flat trie, so the hot loop touches only local arrays of integers.
struct PatternMatcher {
    let lexicon: CompiledLexicon
    let tokens: [Token]
    private(set) var matches: [PatternMatch] = []

    /// The longest gap `...` may cover, in words.
    static let maximumGap: Int32 = 6
    /// How many filler words one match may step over.
    static let maximumSkips: Int8 = 3
    /// How many leading filler words or interjections a clause-anchored pattern may step over.
    static let maximumLeading = 2

    private struct Step {
        var node: Int32
        var position: Int32
        var skips: Int8
    }

    init(lexicon: CompiledLexicon, tokens: [Token]) {
        self.lexicon = lexicon
        self.tokens = tokens
        matches.reserveCapacity(16)
    }

    /// Finds every match in the message.
    mutating func run() {
        guard !tokens.isEmpty else { return }
        var found = matches
        let lexicon = self.lexicon
        let trie = lexicon.flatTrie
        trie.nodes.withUnsafeBufferPointer { nodes in
            trie.classEdges.withUnsafeBufferPointer { classEdges in
                trie.outputs.withUnsafeBufferPointer { outputs in
                    lexicon.classSets.withUnsafeBufferPointer { classSets in
                        tokens.withUnsafeBufferPointer { tokens in
                            Self.match(
                                tokens: tokens, nodes: nodes, literals: trie.literals, classEdges: classEdges,
                                outputs: outputs, classSets: classSets, fillerClass: lexicon.fillerClass,
                                interjectionClass: lexicon.interjectionClass, into: &found)
                        }
                    }
                }
            }
        }
        matches = found
    }

    /// The walk itself, over plain buffers: no bounds checks or reference counting in the loop.
    private static func match(
        tokens: UnsafeBufferPointer<Token>, nodes: UnsafeBufferPointer<FlatTrie.Node>, literals: FastMap,
        classEdges: UnsafeBufferPointer<FlatTrie.ClassEdge>, outputs: UnsafeBufferPointer<Int32>,
        classSets: UnsafeBufferPointer<ClassSet>, fillerClass: Int, interjectionClass: Int,
        into found: inout [PatternMatch]
    ) {
        var stack: [Step] = []
        stack.reserveCapacity(64)
        var sentenceStart = 0
        while sentenceStart < tokens.count {
            var sentenceEnd = sentenceStart + 1
            while sentenceEnd < tokens.count && tokens[sentenceEnd].sentence == tokens[sentenceStart].sentence { sentenceEnd += 1 }
            let end = Int32(sentenceEnd)
            for start in sentenceStart..<sentenceEnd {
                var first = start
                stack.append(Step(node: PatternTrie.anywhereRoot, position: Int32(start), skips: 0))
                if start == sentenceStart || tokens[start].clause != tokens[start - 1].clause {
                    // A clause may open with filler or an interjection ("honestly, just block him").
                    while true {
                        stack.append(Step(node: PatternTrie.clauseStartRoot, position: Int32(first), skips: 0))
                        let id = Int(tokens[first].id)
                        let leading = id != 0 && (classSets[id].contains(fillerClass) || classSets[id].contains(interjectionClass))
                        guard first - start < Self.maximumLeading, first + 1 < sentenceEnd, leading else { break }
                        first += 1
                    }
                }
                while let step = stack.popLast() {
                    let node = nodes[Int(step.node)]
                    let position = step.position
                    var output = Int(node.outputStart)
                    while output < Int(node.outputEnd) {
                        found.append(PatternMatch(pattern: outputs[output], start: Int32(start), end: position))
                        output += 1
                    }
                    if node.end >= 0 && (position == end || tokens[Int(position)].clause != tokens[Int(position) - 1].clause) {
                        stack.append(Step(node: node.end, position: position, skips: step.skips))
                    }
                    if node.gap >= 0 {
                        var offset: Int32 = 0
                        while offset <= Self.maximumGap && position + offset <= end {
                            stack.append(Step(node: node.gap, position: position + offset, skips: step.skips))
                            offset += 1
                        }
                    }
                    guard position < end else { continue }
                    let id = tokens[Int(position)].id
                    if id != 0 {
                        if node.hasLiterals, let child = literals[FlatTrie.key(node: step.node, word: id)] {
                            stack.append(Step(node: child, position: position + 1, skips: step.skips))
                        }
                        var edge = Int(node.classStart)
                        if edge < Int(node.classEnd) {
                            let classes = classSets[Int(id)]
                            while edge < Int(node.classEnd) {
                                if classes.contains(Int(classEdges[edge].wordClass)) {
                                    stack.append(Step(node: classEdges[edge].target, position: position + 1, skips: step.skips))
                                }
                                edge += 1
                            }
                        }
                    }
                    if node.any >= 0 { stack.append(Step(node: node.any, position: position + 1, skips: step.skips)) }
                    let isRoot = step.node == PatternTrie.anywhereRoot || step.node == PatternTrie.clauseStartRoot
                    if !isRoot && step.skips < Self.maximumSkips && id != 0 && classSets[Int(id)].contains(fillerClass) {
                        stack.append(Step(node: step.node, position: position + 1, skips: step.skips + 1))
                    }
                }
            }
            sentenceStart = sentenceEnd
        }
    }
}
