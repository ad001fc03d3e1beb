import Benchmark
import MendCoach

/// Typical messages of one to three sentences, a mix of harmful, repairing and everyday ones.
let typicalMessages = [
    "You never plan anything for us.",
    "I felt left out at the party when you spent the whole night with your work friends. I'd love to stay close next time.",
    "Can you pick up milk on the way home?",
    "It sounds like you felt unseen when I didn't ask about your day. Did I get that right?",
    "Oh sure, because you're SO busy. Nice job, Einstein.",
    "I swear this will never happen again.",
    "ur overreacting lol, its not a big deal",
    "I know I go silent when I feel criticised, and I can see how that left you alone with it.",
    "I'm at a 6 right now. I need twenty minutes to settle, then I'll come back.",
    "It was 7:15, not 7:45, I have the receipt. Scroll up, you literally said yes.",
    "Thanks for trusting me with that. I love you, even when we fight.",
    "Running late, be there in 10 🙏",
]

/// A long message built from the typical ones, `count` bytes or a little more.
func longMessage(bytes count: Int) -> String {
    var text = ""
    var index = 0
    while text.utf8.count < count {
        text += typicalMessages[index % typicalMessages.count] + " "
        index += 1
    }
    return text
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.throughput, .wallClock, .mallocCountTotal, .peakMemoryResident], maxDuration: .seconds(3))
    let coach = Coach()

    Benchmark("Coach: typical messages (12 per iteration)", configuration: .init(scalingFactor: .kilo)) { benchmark in
        for _ in benchmark.scaledIterations {
            for message in typicalMessages {
                blackHole(try? coach.analyze(message))
            }
        }
    }

    for size in [1_000, 5_000, 20_000] {
        let message = longMessage(bytes: size - 100)
        Benchmark("Coach: one message of \(size / 1000) kB") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try? coach.analyze(message))
            }
        }
    }

    let huge = longMessage(bytes: 1_000_000)
    Benchmark("Coach: a 1 MB input is refused") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try? coach.analyze(huge))
        }
    }
}
