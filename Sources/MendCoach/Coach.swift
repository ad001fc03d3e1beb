/// Mend's language coach: reads one message of a repair conversation and names the harmful
/// patterns and repair skills in it, with the words that triggered each and a gentler wording.
///
/// The coach is a small, explainable pipeline over hashed lexicons (see `MessageAnalysis`);
/// it uses no regular expressions, allocates little per message and runs in time linear in
/// the message length.
public struct Coach: Sendable {
    /// The longest message (and context) the coach reads, in UTF-8 bytes: about ten pages of
    /// text, far beyond any chat message, so that one request cannot tie up a server.
    public static let maximumMessageLength = 20_000

    private let lexicon: CompiledLexicon
    /// The learned second opinion: the shipped weights, or (for the training tool) others.
    private let model: CoachModel

    /// Creates a coach with the shipped lexicons (compiled once per process).
    public init() {
        self.lexicon = CompiledLexicon.standard
        self.model = lexicon.model
    }

    /// A coach whose model reads other weights, as `tools/coach-model/train.py` writes them
    /// (label ids, then per label a bias, a scale and optionally the score (log-odds) from which it
    /// is added, the base64 rows, and optionally the "none" lane's score from which a message is
    /// everyday talk), so the training tool can score weights trained on part of the
    /// data without rebuilding. Not for the product.
    @_spi(Training)
    public init(
        modelLabels labels: [String], biases: [Float], scales: [Float], rows: String, addScores: [Float]? = nil,
        everydayScore: Float? = nil
    ) {
        self.lexicon = CompiledLexicon.standard
        self.model = CoachModel(
            labels: labels, biases: biases, scales: scales, encodedRows: rows, addScores: addScores,
            everydayScore: everydayScore ?? CoachModel.defaultEverydayScore)
    }

    /// Reads `message`, optionally with the partner's previous message as `context`.
    /// - Throws: `CoachError.messageTooLong` or `.contextTooLong` past `maximumMessageLength` bytes.
    public func analyze(_ message: String, context: String? = nil) throws(CoachError) -> CoachReport {
        let length = message.utf8.count
        guard length <= Self.maximumMessageLength else {
            throw .messageTooLong(limit: Self.maximumMessageLength, actual: length)
        }
        if let context, context.utf8.count > Self.maximumMessageLength {
            throw .contextTooLong(limit: Self.maximumMessageLength, actual: context.utf8.count)
        }
        var analysis = MessageAnalysis(lexicon: lexicon, model: model, message: message, context: context)
        let evidence = analysis.run()
        let writer = FindingWriter(analysis: analysis)
        var labels: [CoachLabel] = []
        var findings: [CoachFinding] = []
        for label in CoachLabel.allCases {
            let items = evidence[label.index]
            guard !items.isEmpty else { continue }
            labels.append(label)
            findings.append(writer.finding(for: label, evidence: items))
        }
        return CoachReport(labels: labels, findings: findings, reading: Self.reading(of: labels))
    }

    /// The source text of every pattern that matched `message`, with the matched words: for
    /// tuning lexicons by hand, not for the product.
    @_spi(Debugging)
    public func matchedPatterns(in message: String) -> [String] {
        let tokens = lexicon.tokenizer.tokenize(message)
        var matcher = PatternMatcher(lexicon: lexicon, tokens: tokens)
        matcher.run()
        return matcher.matches.map { match in
            let first = tokens[Int(match.start)]
            let last = tokens[Int(match.end) - 1]
            let text = String(message.unicodeScalars[first.startIndex..<last.endIndex])
            return "\(lexicon.patternTexts[Int(match.pattern)]) => \(lexicon.effects[Int(match.pattern)]) :: \(text)"
        }
    }

    /// The features the coach's model reads in a message (see `CoachModel`), for training it
    /// with `tools/coach-model/train.py`; not for the product.
    @_spi(Training)
    public func trainingFeatures(of message: String, context: String? = nil) -> [UInt64] {
        // Read the way `analyze` reads it, so the model trains on exactly what it will see.
        let analysis = MessageAnalysis(lexicon: lexicon, message: message, context: context)
        return CoachModel.features(of: analysis.tokens, context: analysis.contextTokens, classes: lexicon.modelClasses).map(\.hash)
    }

    /// Escalating when escalating labels are at least as many as repair skills; repairing when
    /// skills outnumber them; neutral otherwise (the softer traps alone do not escalate).
    static func reading(of labels: [CoachLabel]) -> MessageReading {
        let escalating = labels.filter(\.isEscalating).count
        let repairing = labels.filter { !$0.isHarmful }.count
        if escalating > 0 && escalating >= repairing { return .escalating }
        if repairing > escalating { return .repairing }
        return .neutral
    }
}
