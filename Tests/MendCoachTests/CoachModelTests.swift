import Testing

@_spi(Training) @testable import MendCoach

@Suite("The coach's learned second opinion")
struct CoachModelTests {
    let lexicon = CompiledLexicon.standard

    @Test("the shipped weights were trained on the features the coach reads today (retrain after changing how it reads text)")
    func weightsMatchTheFeatures() {
        let features = Coach().trainingFeatures(of: CoachModelWeights.probe)
        #expect(features.reduce(0, &+) == CoachModelWeights.probeFingerprint)
    }

    @Test("every label, and 'no label', has learned weights")
    func everyLabelLearned() {
        #expect(CoachModelWeights.labels.count == CoachLabel.allCases.count + 1)
        #expect(Set(CoachModelWeights.labels) == Set(CoachLabel.allCases.map(\.rawValue) + ["none"]))
        #expect(CoachModelWeights.scales.allSatisfy { $0 > 0 })
        #expect(Base64.decode(CoachModelWeights.rows).count % (8 + CoachModelWeights.labels.count) == 0)
    }

    @Test("features: each counts once, context words differ from the message's, and a question or shouting is noticed")
    func features() {
        let coach = Coach()
        let plain = coach.trainingFeatures(of: "you you you")
        #expect(Set(plain).count == plain.count)
        // A word, its classes and one pair ("you you"): repeats add nothing.
        #expect(Set(plain) == Set(coach.trainingFeatures(of: "you you")))
        #expect(plain.count > Set(coach.trainingFeatures(of: "you")).count)
        let withContext = coach.trainingFeatures(of: "you you you", context: "you")
        #expect(withContext.count == plain.count + 1)
        #expect(Set(withContext).isSuperset(of: plain))
        #expect(coach.trainingFeatures(of: "you you you?").count == plain.count + 1)
        #expect(coach.trainingFeatures(of: "YOU YOU YOU").count == plain.count + 1)
        // Pairs do not cross sentences.
        #expect(coach.trainingFeatures(of: "Fine. Whatever").count == coach.trainingFeatures(of: "Fine whatever").count - 1)
    }

    @Test("a word the model never saw counts through its word class")
    func classFeatures() {
        let coach = Coach()
        // Two words of one class share that class's feature, though the words differ.
        let shared = Set(coach.trainingFeatures(of: "idiot")).intersection(coach.trainingFeatures(of: "moron"))
        #expect(!shared.isEmpty)
        #expect(Set(coach.trainingFeatures(of: "idiot")).intersection(coach.trainingFeatures(of: "sandwich")).isEmpty)
    }

    @Test("a safety risk the patterns found is never set aside, whatever the model thinks")
    func safetyIsNeverSetAside() {
        let model = lexicon.model
        // (Not "lol ok": with no context the training sets' writers read a bare "lol ok" as a dismissive reply.)
        for text in ["Running late, be there in 10 🙏", "Can you pick up milk on the way home?", "ok see you at 7 then"] {
            let tokens = lexicon.tokenizer.tokenize(text)
            let verdict = model.verdict(
                tokens, context: [], classes: lexicon.modelClasses, found: CoachLabel.safetyRisk.bit | CoachLabel.criticism.bit)
            #expect(verdict.setAside & CoachLabel.safetyRisk.bit == 0, "\(text)")
            // An everyday message: the pattern's criticism is set aside, nothing is added.
            #expect(verdict.setAside & CoachLabel.criticism.bit != 0, "\(text)")
            #expect(verdict.add == 0, "\(text)")
        }
    }

    @Test("a label the model adds points at words in the message")
    func addedLabelsPointAtWords() throws {
        let model = lexicon.model
        var added = 0
        for example in try CoachEvaluationTests.load("dev3") {
            let tokens = lexicon.tokenizer.tokenize(example.text)
            let verdict = model.verdict(tokens, context: [], classes: lexicon.modelClasses, found: 0)
            for label in CoachLabel.allCases where verdict.add & label.bit != 0 {
                added += 1
                // A feature with a positive weight exists, or the label could not have been added
                // from nothing; it lies inside the message.
                let feature = try #require(model.strongestFeature(for: label, in: tokens, classes: lexicon.modelClasses), "\(example.id)")
                #expect(feature.start >= 0 && feature.end <= tokens.count && feature.start < feature.end)
            }
        }
        #expect(added > 100)
    }

    @Test("base64 decodes the standard alphabet, with and without padding and line breaks")
    func base64() {
        #expect(Base64.decode("TWVuZA==") == Array("Mend".utf8))
        #expect(Base64.decode("TWVuZA") == Array("Mend".utf8))
        #expect(Base64.decode("TW\nVu\nZA==") == Array("Mend".utf8))
        #expect(Base64.decode("/+8=") == [0xFF, 0xEF])
        #expect(Base64.decode("").isEmpty)
    }
}

@Suite("The compiled lexicon's size")
struct LexiconSizeTests {
    /// Alternatives in a pattern multiply out when the lexicon is compiled; a pattern with
    /// several long lists can add millions of paths (seconds of start-up and hundreds of
    /// megabytes). Long lists belong in word classes (`@name`). The bound leaves room to grow.
    @Test("patterns do not multiply out into an oversized trie")
    func trieStaysBounded() {
        let nodes = CompiledLexicon.standard.trie.nodes.count
        print("compiled lexicon: \(nodes) trie nodes")
        #expect(nodes < 1_000_000)
    }
}
