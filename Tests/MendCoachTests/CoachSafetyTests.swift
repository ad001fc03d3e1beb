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
            "Every morning I wish I hadn't woken up.",
            "If I died it would honestly be a relief.",
            "Not sure I'll still be around by the weekend.",
            "I have to send her a photo of where I am every hour.",
            "She changed my passwords so I can't get into my own email.",
            "When he drinks he gets rough with me.",
            "I walk on eggshells so he won't explode.",
            "He said he'd make me regret it if I ever left.",
            "I found an AirTag in my car after he asked where I'd been.",
            "He got his gun out during the argument.",
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
            "I could murder a pizza.",
            "The baby bit me while teething, little shark",
            "Grandma said she'd kill me if I didn't bring the pie lol",
            "I hid some cash in the freezer for the pizza guy.",
            "I have to send the landlord a photo of the meter.",
            "Bruises on the peaches again, that store is so hit or miss.",
            "I'm sorry I slammed the door.",
        ])
    func hyperbole(_ message: String) throws {
        #expect(try !coach.analyze(message).labels.contains(.safetyRisk))
    }
}
