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
        let trie = lexicon.flatTrie
        let classSets = lexicon.classSets
        let fillerClass = lexicon.fillerClass
        let interjectionClass = lexicon.interjectionClass
        let tokens = self.tokens
        var stack: [Step] = []
        stack.reserveCapacity(64)
        var found = matches
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
                    let node = Int(step.node)
                    let position = step.position
                    var output = Int(trie.outputStart[node])
                    let outputEnd = Int(trie.outputStart[node + 1])
                    while output < outputEnd {
                        found.append(PatternMatch(pattern: trie.outputs[output], start: Int32(start), end: position))
                        output += 1
                    }
                    let endChild = trie.end[node]
                    if endChild >= 0
                        && (position == end || tokens[Int(position)].clause != tokens[Int(position) - 1].clause)
                    {
                        stack.append(Step(node: endChild, position: position, skips: step.skips))
                    }
                    let gapChild = trie.gap[node]
                    if gapChild >= 0 {
                        var offset: Int32 = 0
                        while offset <= Self.maximumGap && position + offset <= end {
                            stack.append(Step(node: gapChild, position: position + offset, skips: step.skips))
                            offset += 1
                        }
                    }
                    guard position < end else { continue }
                    let token = tokens[Int(position)]
                    let id = token.id
                    if id != 0 {
                        if trie.hasLiterals[node], let child = trie.literals[FlatTrie.key(node: step.node, word: id)] {
                            stack.append(Step(node: child, position: position + 1, skips: step.skips))
                        }
                        var edge = Int(trie.classStart[node])
                        let edgeEnd = Int(trie.classStart[node + 1])
                        if edge < edgeEnd {
                            let classes = classSets[Int(id)]
                            while edge < edgeEnd {
                                if classes.contains(Int(trie.classOf[edge])) {
                                    stack.append(Step(node: trie.classTarget[edge], position: position + 1, skips: step.skips))
                                }
                                edge += 1
                            }
                        }
                    }
                    let anyChild = trie.any[node]
                    if anyChild >= 0 { stack.append(Step(node: anyChild, position: position + 1, skips: step.skips)) }
                    let isRoot = step.node == PatternTrie.anywhereRoot || step.node == PatternTrie.clauseStartRoot
                    if !isRoot && step.skips < Self.maximumSkips && id != 0 && classSets[Int(id)].contains(fillerClass) {
                        stack.append(Step(node: step.node, position: position + 1, skips: step.skips + 1))
                    }
                }
            }
            sentenceStart = sentenceEnd
        }
        matches = found
    }
}
