import MendCoach
import Testing

@Suite("Safety risks")
struct CoachSafetyTests {
    let coach = Coach()

    @Test(
        "danger is surfaced as the only label",
        arguments: [
            "He grabbed my wrist so hard it bruised.",
            "I don't want to be alive anymore.",
            "Everyone would be better off without me.",
            "I just want to sleep and not wake up.",
            "I keep thinking about ending it all.",
            "He won't let me see my friends.",
            "She checks my phone every night and takes my car keys.",
            "I'm scared of what he'll do when he gets home.",
            "You're worthless, I hate you, and I'll kill myself if you leave.",
            "no reason to live tbh",
            "i want to die",
            "he choked me last night",
            "I've been cutting again.",
            "he took my keys so i couldn't leave",
            "She said she'd rather see me dead than with someone else.",
            "I've been struggling with depression for years and I feel like a burden to everyone.",
        ])
    func danger(_ message: String) throws {
        let report = try coach.analyze(message)
        #expect(report.labels == [.safetyRisk])
        #expect(report.findings.first?.suggestion == nil)
        #expect(report.reading == .escalating)
        #expect(report.findings.first?.explanation.isEmpty == false)
    }

    @Test(
        "hyperbole is not danger",
        arguments: [
            "This game is killing me.",
            "I could kill for a coffee.",
            "I'm dying to see it.",
            "lol I'm dead 😂",
            "I'd rather die than watch that movie again, it's so bad.",
            "You push me away when I try to help.",
            "Text me and hit me up later.",
            "I'm going to kill him if he forgets the wine lol",
            "I want to die of embarrassment",
            "He took my car to get it washed",
            "I hit my head on the cupboard",
            "he grabbed my hand and we ran for the bus",
            "She threw me a surprise party",
            "The kids beat me at Mario Kart again",
            "I think the plant is going to die",
            "I'm waiting for the battery to die",
            "I want to end things on a good note",
        ])
    func hyperbole(_ message: String) throws {
        #expect(try !coach.analyze(message).labels.contains(.safetyRisk))
    }
}
