import ArgumentParser
import Foundation
@_spi(Training) import MendCoach

/// `mend coach`: the language coach on the command line.
struct CoachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coach",
        abstract: "Read a message the way Mend's coach does: what it notices, why, and a gentler way to say it.",
        discussion: """
            mend coach "You never listen to me."
            mend coach "You felt ignored when I was on my phone." --context "I felt ignored when you were on your phone."
            mend coach --jsonl < messages.jsonl        one {"id","text","context"?} per line in, one result per line out
            mend coach --evaluate labelled.jsonl       precision, recall and F1 against rows carrying "labels"
            """
    )

    @Argument(help: "The message to read.")
    var text: String?

    @Option(help: "The partner's previous message, for context.")
    var context: String?

    @Flag(help: "Read JSON lines on standard input and write one JSON result per line, in input order.")
    var jsonl = false

    @Option(help: "Evaluate against a JSON-lines file whose rows carry \"labels\".", completion: .file(extensions: ["jsonl"]))
    var evaluate: String?

    @Flag(help: "Never colour the output.")
    var noColor = false

    @Flag(help: .hidden)
    var trainingFeatures = false

    /// For `tools/coach-model/train.py --cross-validate`: a JSON file of model weights to use
    /// instead of the shipped ones.
    @Option(help: .hidden)
    var modelWeights: String?

    func validate() throws {
        let modes = [text != nil, jsonl, evaluate != nil, trainingFeatures].filter { $0 }.count
        guard modes == 1 else {
            throw ValidationError("Give a message, or --jsonl, or --evaluate FILE (exactly one of them).")
        }
    }

    func run() throws {
        let coach = try modelWeights.map(Self.coach(weights:)) ?? Coach()
        if jsonl {
            CoachJSONLines(coach: coach).run()
        } else if trainingFeatures {
            printTrainingFeatures(coach: coach)
        } else if let evaluate {
            try evaluateFile(evaluate, coach: coach)
        } else if let text {
            do {
                let report = try coach.analyze(text, context: context)
                print(CoachPrinter(colour: !noColor && isatty(STDOUT_FILENO) == 1).render(report, message: text), terminator: "")
            } catch {
                FileHandle.standardError.write(Data("mend coach: \(error.message)\n".utf8))
                throw ExitCode(1)
            }
        }
    }

    /// A coach with the weights in a JSON file `{"labels", "biases", "scales", "rows", "addScores"?, "everydayScore"?}`.
    private static func coach(weights path: String) throws -> Coach {
        struct Weights: Decodable {
            var labels: [String]
            var biases: [Float]
            var scales: [Float]
            var rows: String
            var addScores: [Float]?
            var everydayScore: Float?
        }
        guard let data = FileManager.default.contents(atPath: path),
            let weights = try? JSONDecoder().decode(Weights.self, from: data),
            weights.biases.count == weights.labels.count, weights.scales.count == weights.labels.count,
            weights.addScores.map({ $0.count == weights.labels.count }) ?? true
        else {
            FileHandle.standardError.write(Data("mend coach: \(path) is not a weights file written by train.py --cross-validate\n".utf8))
            throw ExitCode(1)
        }
        return Coach(
            modelLabels: weights.labels, biases: weights.biases, scales: weights.scales, rows: weights.rows, addScores: weights.addScores,
            everydayScore: weights.everydayScore)
    }

    /// For `tools/coach-model/train.py`: reads labelled rows on standard input and writes
    /// `{"id", "labels", "features"}` per row, the features as hexadecimal hashes.
    private func printTrainingFeatures(coach: Coach) {
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        struct Row: Encodable {
            var id: String
            var labels: [String]
            var features: [String]
        }
        while let line = readLine(strippingNewline: true) {
            guard let example = try? decoder.decode(CoachExample.self, from: Data(line.utf8)) else { continue }
            let features = coach.trainingFeatures(of: example.text, context: example.context).map { String($0, radix: 16) }
            let row = Row(id: example.id, labels: example.labels.map(\.rawValue), features: features)
            print(String(decoding: (try? encoder.encode(row)) ?? Data(), as: UTF8.self))
        }
    }

    private func evaluateFile(_ path: String, coach: Coach) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            FileHandle.standardError.write(Data("mend coach: can't read \(path)\n".utf8))
            throw ExitCode(1)
        }
        var examples: [CoachExample] = []
        let decoder = JSONDecoder()
        for (number, line) in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            do {
                examples.append(try decoder.decode(CoachExample.self, from: Data(trimmed.utf8)))
            } catch {
                FileHandle.standardError.write(Data("mend coach: line \(number + 1) of \(path) isn't a labelled row; skipped\n".utf8))
            }
        }
        print(CoachEvaluation(coach: coach, examples: examples).formattedReport())
    }
}
