/// The lexicons compiled once into a vocabulary, per-word class sets and one pattern trie.
///
/// It is immutable after construction, so one shared instance is safe to use from any thread;
/// `standard` is a constant table (like a compiled regular expression), not mutable global state.
final class CompiledLexicon: Sendable {
    /// Tokenizer that maps words to this lexicon's vocabulary.
    let tokenizer: Tokenizer
    /// Word classes of every vocabulary id (index 0 is the unknown word).
    let classSets: [ClassSet]
    /// All patterns, as built.
    let trie: PatternTrie
    /// All patterns, laid out flat for matching.
    let flatTrie: FlatTrie
    /// The effect of every pattern, indexed by the trie's outputs.
    let effects: [PatternEffect]
    /// The source text of every pattern, for debugging and tests.
    let patternTexts: [String]
    /// The canonical spelling of every vocabulary id ("" when unknown), to write suggestions
    /// in plain words ("ur phone" -> "your phone").
    let spellings: [String]
    /// Whether each pattern speaks of harm to oneself.
    let selfHarmPatterns: [Bool]
    /// The learned second opinion.
    let model = CoachModel.standard
    /// The word classes as the model reads them.
    let modelClasses: CoachModel.WordClasses
    /// Class index of the filler words that may appear inside any match.
    let fillerClass: Int
    /// Class index of interjections that may open a clause ("well", "oh", "ok so").
    let interjectionClass: Int
    /// Class indices used by the whole-message rules and the suggestion writer.
    let traitClass: Int
    let feelingClass: Int
    let dismissiveClass: Int
    let selfActionClass: Int
    /// Class indices by name.
    let classIndex: [String: Int]

    /// The lexicon the coach ships with.
    static let standard = CompiledLexicon(rules: CoachLexicon.rules, classes: CoachLexicon.wordClasses)

    init(rules: [PatternRule], classes: [(name: String, words: [String])]) {
        var builder = LexiconBuilder(expansions: ExpansionTable(CoachLexicon.expansions))
        for (index, wordClass) in classes.enumerated() { builder.addClass(index: index, name: wordClass.name, words: wordClass.words) }
        var trie = PatternTrie()
        var effects: [PatternEffect] = []
        var texts: [String] = []
        var selfHarm: [Bool] = []
        for rule in rules {
            for pattern in rule.patterns {
                let output = Int32(effects.count)
                effects.append(rule.effect)
                texts.append(pattern)
                selfHarm.append(rule.isSelfHarm)
                let compiled = builder.compile(pattern)
                trie.insert(slots: compiled.slots, anchored: compiled.anchored, output: output)
            }
        }
        let cueClasses = ["you_are_cue", "trait", "insult_adjective", "feeling", "drama"]
        var cues = Set<UInt64>()
        for name in cueClasses {
            guard let index = builder.classIndex[name] else { continue }
            for word in classes[index].words { cues.insert(WordHash.hash(word)) }
        }
        self.tokenizer = Tokenizer(expansions: builder.expansions, vocabulary: FastMap(builder.vocabulary), youAreCues: WordSet(cues))
        self.classSets = builder.classSets
        self.trie = trie
        self.flatTrie = FlatTrie(trie)
        self.effects = effects
        self.patternTexts = texts
        self.selfHarmPatterns = selfHarm
        self.spellings = Self.spellings(vocabulary: builder.vocabulary, rules: rules, classes: classes)
        self.classIndex = builder.classIndex
        self.modelClasses = CoachModel.WordClasses(sets: builder.classSets, names: builder.classIndex)
        self.fillerClass = builder.classIndex["filler"] ?? 127
        self.interjectionClass = builder.classIndex["interjection"] ?? 127
        self.traitClass = builder.classIndex["trait"] ?? 127
        self.feelingClass = builder.classIndex["feeling"] ?? 127
        self.dismissiveClass = builder.classIndex["dismissive"] ?? 127
        self.selfActionClass = builder.classIndex["self_action"] ?? 127
    }

    /// Spellings for the vocabulary, gathered from every word the lexicon was written with.
    private static func spellings(
        vocabulary: [UInt64: Int32], rules: [PatternRule], classes: [(name: String, words: [String])]
    ) -> [String] {
        var spellings = [String](repeating: "", count: vocabulary.count + 1)
        func note(_ text: Substring) {
            for word in text.split(whereSeparator: { " ()[]|".contains($0) }) where !word.hasPrefix("@") {
                let lower = word.lowercased()
                if let id = vocabulary[WordHash.hash(lower)], spellings[Int(id)].isEmpty { spellings[Int(id)] = lower }
            }
        }
        let functionWords = "i you he she we they it is are am was were be been will would can could do does did not have has had shall"
        note(Substring(functionWords))
        for pair in CoachLexicon.expansions { note(Substring(pair.canonical)) }
        for wordClass in classes { for word in wordClass.words { note(Substring(word)) } }
        for rule in rules { for pattern in rule.patterns { note(Substring(pattern)) } }
        return spellings
    }

    /// The vocabulary id of a canonical word, or 0.
    func id(of word: String) -> Int32 { tokenizer.vocabulary?[WordHash.hash(word)] ?? 0 }

    /// Whether the token belongs to the named class.
    func isToken(_ token: Token, in className: String) -> Bool {
        guard let index = classIndex[className] else { return false }
        return classSets[Int(token.id)].contains(index)
    }
}
