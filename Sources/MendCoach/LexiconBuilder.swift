/// Mutable state while the lexicon is compiled.
struct LexiconBuilder {
    let expansions: ExpansionTable
    let patternTokenizer: Tokenizer
    var vocabulary: [UInt64: Int32] = [:]
    var classSets: [ClassSet] = [ClassSet()]
    var classIndex: [String: Int] = [:]
    /// Class members of more than one word, expanded into literal alternatives.
    var multiwordMembers: [Int: [[Int32]]] = [:]

    init(expansions: ExpansionTable) {
        self.expansions = expansions
        self.patternTokenizer = Tokenizer(expansions: expansions, vocabulary: nil, youAreCues: [])
    }

    mutating func intern(_ hash: UInt64) -> Int32 {
        if let id = vocabulary[hash] { return id }
        let id = Int32(classSets.count)
        vocabulary[hash] = id
        classSets.append(ClassSet())
        return id
    }

    /// Vocabulary ids of a literal; `<num>` and `<time>` name the classes of digits and clock times.
    mutating func words(_ text: String) -> [Int32] {
        if text.hasPrefix("<") && text.hasSuffix(">") { return [intern(WordHash.hash(text))] }
        return patternTokenizer.tokenize(text).map { intern($0.hash) }
    }

    mutating func addClass(index: Int, name: String, words members: [String]) {
        precondition(index < 128, "at most 128 word classes")
        classIndex[name] = index
        for member in members {
            let ids = words(member)
            if ids.count == 1 {
                classSets[Int(ids[0])].insert(index)
            } else if ids.count > 1 {
                multiwordMembers[index, default: []].append(ids)
            }
        }
    }

    /// Cached ids of literal words, so each word of the lexicon is tokenised once.
    private var literalCache: [String: [Int32]] = [:]

    /// Converts one pattern string into slots of alternative element runs (an empty run makes a
    /// slot optional) and whether it is anchored at the start of a clause.
    mutating func compile(_ pattern: String) -> (slots: [[[PatternElement]]], anchored: Bool) {
        var anchored = false
        var slots: [[[PatternElement]]] = []
        for (position, slot) in PatternSyntax.slots(pattern).enumerated() {
            if position == 0 && slot == [["^"]] {
                anchored = true
                continue
            }
            var alternatives: [[PatternElement]] = []
            for alternative in slot {
                var runs: [[PatternElement]] = [[]]
                for item in alternative {
                    let options = elements(for: item, in: pattern)
                    runs = runs.flatMap { run in options.map { run + $0 } }
                }
                alternatives.append(contentsOf: runs)
            }
            slots.append(alternatives)
        }
        return (slots, anchored)
    }

    /// The element runs one pattern item stands for.
    private mutating func elements(for item: String, in pattern: String) -> [[PatternElement]] {
        switch item {
        case "^": preconditionFailure("^ must start a pattern: \(pattern)")
        case "$": return [[.end]]
        case "_": return [[.any]]
        case "...": return [[.gap]]
        default:
            if item.hasPrefix("@") {
                let name = String(item.dropFirst())
                guard let index = classIndex[name] else { preconditionFailure("unknown word class @\(name) in \(pattern)") }
                return [[.wordClass(index)]] + (multiwordMembers[index] ?? []).map { $0.map { .literal($0) } }
            }
            if let cached = literalCache[item] { return [cached.map { .literal($0) }] }
            let ids = words(item)
            literalCache[item] = ids
            return [ids.map { .literal($0) }]
        }
    }
}
