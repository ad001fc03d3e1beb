/// The reading of one message, step by step:
/// 1. tokenise (see `Tokenizer`); 2. match every lexicon pattern (see `PatternMatcher`);
/// 3. drop label evidence that sits inside quotation marks, a negation scope ("I'm not saying
///    you're lazy") or reported speech ("she told me I was overreacting"), except safety risks;
/// 4. apply hard negatives (blockers) and labels that rule others out in their clause;
/// 5. add the whole-message rules (curt replies, sarcastic capitals, parroting the context);
/// 6. a safety risk, when present, is the only label reported.
struct MessageAnalysis {
    let lexicon: CompiledLexicon
    /// The learned second opinion (the lexicon's own unless a training tool swaps it).
    let model: CoachModel
    let message: String
    let context: String?
    let tokens: [Token]
    /// The partner's previous message, tokenised once for the rules and the model.
    let contextTokens: [Token]
    private(set) var evidence: [Evidence] = []
    private(set) var selfHarm = false
    /// Labels the patterns deliberately ruled out (quotation, negation, reported speech, a hard
    /// negative such as hyperbole, or a label that rules others out): the model may not add them back.
    private(set) var withheld: UInt32 = 0

    /// How many different weak signs of despair make a safety risk.
    static let riskSignalThreshold = 2
    /// Labels that negation cancels: the writer is not asserting them.
    static let negatable: UInt32 = [
        CoachLabel.criticism, .contempt, .assumedIntent, .invalidation, .defensiveness, .stonewalling, .fixing,
        .appreciation, .validation,
    ].reduce(0) { $0 | $1.bit }
    /// Labels that reported speech cancels: someone else said it.
    static let reportable: UInt32 = [
        CoachLabel.criticism, .contempt, .assumedIntent, .invalidation, .stonewalling, .fixing, .sympathy, .apology,
        .emptyPromise, .validation, .empathy, .appreciation, .reassurance, .request, .checkUnderstanding,
        .iStatement,
    ].reduce(0) { $0 | $1.bit }

    init(lexicon: CompiledLexicon, model: CoachModel? = nil, message: String, context: String?) {
        self.lexicon = lexicon
        self.model = model ?? lexicon.model
        self.message = message
        self.context = context
        self.tokens = lexicon.tokenizer.tokenize(message)
        self.contextTokens = context.map { lexicon.tokenizer.tokenize($0) } ?? []
    }

    /// Runs the pipeline and returns the surviving evidence, indexed by `CoachLabel.index`.
    mutating func run() -> [[Evidence]] {
        var byLabel = [[Evidence]](repeating: [], count: CoachLabel.allCases.count)
        guard !tokens.isEmpty else {
            if isTrailingOff {
                // Whole-message evidence has no tokens: start -1 stands for the whole message.
                byLabel[CoachLabel.stonewalling.index] = [Evidence(label: .stonewalling, start: -1, end: -1, pattern: -1, suppresses: [])]
            }
            return byLabel
        }
        var matcher = PatternMatcher(lexicon: lexicon, tokens: tokens)
        matcher.run()
        collect(matcher.matches)
        addWholeMessageRules()
        applyModel()
        for item in evidence { byLabel[item.label.index].append(item) }
        let safety = byLabel[CoachLabel.safetyRisk.index]
        if !safety.isEmpty {
            selfHarm = safety.contains { $0.pattern >= 0 && lexicon.selfHarmPatterns[Int($0.pattern)] }
            byLabel = [[Evidence]](repeating: [], count: CoachLabel.allCases.count)
            byLabel[CoachLabel.safetyRisk.index] = safety
        }
        return byLabel
    }

    private mutating func collect(_ matches: [PatternMatch]) {
        var negations: [Scope] = []
        var reports: [Scope] = []
        var blocks: [(labels: [CoachLabel], scope: BlockScope, start: Int, end: Int)] = []
        var candidates: [Evidence] = []
        var signals: [Evidence] = []
        for match in matches {
            let start = Int(match.start)
            let end = Int(match.end)
            switch lexicon.effects[Int(match.pattern)] {
            case .negation:
                // From inside the cue: in "it's not like you're perfect", "you're perfect" starts in the cue.
                negations.append(Scope(start: start + 1, end: clauseEnd(after: end - 1)))
            case .reportedSpeech:
                reports.append(Scope(start: start + 1, end: clauseEnd(after: end - 1)))
            case .riskSignal:
                if !signals.contains(where: { $0.pattern == match.pattern }) {
                    signals.append(Evidence(label: .safetyRisk, start: start, end: end, pattern: match.pattern, suppresses: []))
                }
            case .block(let labels, let scope):
                blocks.append((labels, scope, start, end))
                for label in labels { withheld |= label.bit }
            case .flag(let label):
                candidates.append(Evidence(label: label, start: start, end: end, pattern: match.pattern, suppresses: []))
            case .flagSuppressing(let label, let others, let scope):
                candidates.append(
                    Evidence(
                        label: label, start: start, end: end, pattern: match.pattern, suppresses: others,
                        suppressionScope: scope))
            }
        }
        // Two different signs of despair together are a safety risk.
        if signals.count >= Self.riskSignalThreshold { candidates.append(contentsOf: signals) }
        // Scopes, blockers and suppressors reach no further than their sentence (except the few
        // message-wide ones), so each candidate is checked only against those in its own
        // sentences: the cost grows with the length of the message, not with its square. Most
        // messages have no scope, blocker or suppressor at all, and skip those steps.
        guard !candidates.isEmpty else { return }
        let sentences = SentenceBuckets(tokens: tokens)
        let negationsBySentence = negations.isEmpty ? [] : sentences.bucket(negations) { ($0.start - 1, $0.end) }
        let reportsBySentence = reports.isEmpty ? [] : sentences.bucket(reports) { ($0.start - 1, $0.end) }
        var outOfScope: UInt32 = 0
        candidates.removeAll { candidate in
            guard candidate.label != .safetyRisk else { return false }
            let bit = candidate.label.bit
            let sentence = Int(tokens[candidate.start].sentence)
            if tokens[candidate.start].flags.contains(.quoted)
                || (Self.negatable & bit != 0 && !negations.isEmpty
                    && negationsBySentence[sentence].contains(where: { $0.covers(candidate.start) }))
                || (Self.reportable & bit != 0 && !reports.isEmpty
                    && reportsBySentence[sentence].contains(where: { $0.covers(candidate.start) }))
            {
                outOfScope |= bit
                return true
            }
            return false
        }
        withheld |= outOfScope
        if !blocks.isEmpty {
            let messageWideBlocks = blocks.filter { $0.scope == .message }.flatMap(\.labels)
            let blocksBySentence = sentences.bucket(blocks.filter { $0.scope != .message }) { ($0.start, $0.end) }
            candidates.removeAll { candidate in
                if messageWideBlocks.contains(candidate.label) { return true }
                return sentences.range(candidate.start, candidate.end).contains { sentence in
                    blocksBySentence[sentence].contains { block in
                        block.labels.contains(candidate.label) && reaches(block.scope, from: block.start, block.end, to: candidate)
                    }
                }
            }
        }
        // Longer matches rule first, and a label ruled out can no longer rule others out.
        let suppressors = candidates.indices.filter { !candidates[$0].suppresses.isEmpty }
            .sorted { candidates[$0].end - candidates[$0].start > candidates[$1].end - candidates[$1].start }
        guard !suppressors.isEmpty else {
            evidence = candidates
            return
        }
        var alive = [Bool](repeating: true, count: candidates.count)
        let candidatesBySentence = sentences.bucket(Array(candidates.indices)) { (candidates[$0].start, candidates[$0].end) }
        for index in suppressors where alive[index] {
            let suppressor = candidates[index]
            let reachable: [Int] =
                suppressor.suppressionScope == .message
                ? Array(candidates.indices)
                : sentences.range(suppressor.start, suppressor.end).flatMap { candidatesBySentence[$0] }
            for other in reachable where alive[other] && other != index {
                if suppressor.suppresses.contains(candidates[other].label)
                    && reaches(suppressor.suppressionScope, from: suppressor.start, suppressor.end, to: candidates[other])
                {
                    alive[other] = false
                    withheld |= candidates[other].label.bit
                }
            }
        }
        evidence = candidates.indices.filter { alive[$0] }.map { candidates[$0] }
    }

    /// Whether a blocker or suppressor spanning `start..<end` reaches the candidate.
    private func reaches(_ scope: BlockScope, from start: Int, _ end: Int, to candidate: Evidence) -> Bool {
        switch scope {
        case .overlap:
            return candidate.start < end && start < candidate.end
        case .clause:
            let clauses = tokens[start].clause...tokens[end - 1].clause
            return clauses.contains(tokens[candidate.start].clause) || clauses.contains(tokens[candidate.end - 1].clause)
        case .sentence:
            return tokens[start].sentence == tokens[candidate.start].sentence
                || tokens[end - 1].sentence == tokens[candidate.end - 1].sentence
        case .message:
            return true
        }
    }

    /// One past the last token of the clause holding `token`.
    func clauseEnd(after token: Int) -> Int {
        var position = max(token, 0)
        let clause = tokens[position].clause
        while position < tokens.count && tokens[position].clause == clause { position += 1 }
        return position
    }

    /// One past the last token of the sentence holding `token`.
    func sentenceEnd(after token: Int) -> Int {
        var position = max(token, 0)
        let sentence = tokens[position].sentence
        while position < tokens.count && tokens[position].sentence == sentence { position += 1 }
        return position
    }

    /// Adds evidence found by a whole-message rule.
    mutating func add(_ label: CoachLabel, start: Int, end: Int) {
        evidence.append(Evidence(label: label, start: start, end: end, pattern: -1, suppresses: []))
    }

    /// The second opinion (see `CoachModel`): adds a label no pattern found when the model is
    /// confident of it, unless a pattern ruled it out, and sets aside a pattern's label when the
    /// model is confident it is absent (never a safety risk: `verdict` does not set one aside).
    mutating func applyModel() {
        var found: UInt32 = 0
        for item in evidence { found |= item.label.bit }
        let verdict = model.verdict(tokens, context: contextTokens, classes: lexicon.modelClasses, found: found)
        guard verdict.add | verdict.setAside != 0 else { return }
        for label in CoachLabel.allCases {
            if verdict.setAside & label.bit != 0 {
                remove(label)
            } else if verdict.add & label.bit != 0 && withheld & label.bit == 0 {
                let feature = model.strongestFeature(for: label, in: tokens, classes: lexicon.modelClasses)
                add(label, start: feature?.start ?? -1, end: feature?.end ?? -1)
            }
        }
    }

    /// Removes evidence for a label.
    mutating func remove(_ label: CoachLabel) {
        evidence.removeAll { $0.label == label }
    }
}

extension Scope {
    /// Whether the token lies inside the scope.
    func covers(_ token: Int) -> Bool { token >= start && token < end }
}

/// Groups items that span tokens by the sentences those tokens belong to.
struct SentenceBuckets {
    let tokens: [Token]
    let count: Int

    init(tokens: [Token]) {
        self.tokens = tokens
        self.count = Int(tokens.last?.sentence ?? 0) + 1
    }

    /// The sentences touched by tokens `start..<end` (clamped to the message).
    func range(_ start: Int, _ end: Int) -> ClosedRange<Int> {
        let first = Int(tokens[min(max(start, 0), tokens.count - 1)].sentence)
        let last = Int(tokens[min(max(end - 1, start, 0), tokens.count - 1)].sentence)
        return first...max(first, last)
    }

    /// `items` listed under every sentence their token span touches.
    func bucket<Item>(_ items: [Item], span: (Item) -> (Int, Int)) -> [[Item]] {
        var buckets = [[Item]](repeating: [], count: count)
        for item in items {
            let (start, end) = span(item)
            for sentence in range(start, end) { buckets[sentence].append(item) }
        }
        return buckets
    }
}
