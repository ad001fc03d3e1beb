/// Mend's short first-run guide to the approach, as data the server renders and an app could embed.
public enum LearningGuide {
    /// One part of the guide.
    public struct Section: Hashable, Sendable {
        /// A short kebab-case anchor, such as `what-repair-is`.
        public var id: String
        /// The section's heading.
        public var title: String
        /// Short paragraphs, in reading order.
        public var paragraphs: [String]
        /// Examples shown as "instead of … try …" pairs (may be empty).
        public var examples: [Example]
        /// A one-sentence invitation to write a practice sentence the coach will read (e.g. "Try turning a complaint into an I-statement: …").
        public var practicePrompt: String

        /// Creates a section.
        public init(id: String, title: String, paragraphs: [String], examples: [Example], practicePrompt: String) {
            self.id = id
            self.title = title
            self.paragraphs = paragraphs
            self.examples = examples
            self.practicePrompt = practicePrompt
        }
    }

    /// A gentler way to say something: what a person might say in the moment, and what to try instead.
    public struct Example: Hashable, Sendable {
        /// What a person might say when hurt or stirred up.
        public var instead: String
        /// A gentler alternative that keeps the conversation open.
        public var tryThis: String

        /// Creates an example.
        public init(instead: String, tryThis: String) {
            self.instead = instead
            self.tryThis = tryThis
        }
    }

    /// The sections, in reading order.
    public static let sections: [Section] = [
        Section(
            id: "what-repair-is",
            title: "What repair is, and what it isn't",
            paragraphs: [
                "Every couple hurts each other sometimes. What wears a relationship down is less the hurt itself than the hurts that get tucked away, unspoken, until they turn into distance. A quiet home isn't always a close one. Naming what you're noticing, gently, is where repair begins.",
                "Repair isn't apologising, and it isn't deciding who was right. It isn't promising it will never happen again, either: that promise is hard to keep, and when it slips, the hurt comes back twice as heavy.",
                "Repair is something gentler and braver. Each of you shares how it felt, one at a time, while the other listens until you feel heard. Then each of you owns your own part: not the whole thing, not their part, just yours.",
                "It helps to begin from the belief that you are both doing the best you can, even when it hurt. You're not opponents here. You're two people finding your way back to each other.",
            ],
            examples: [
                Example(
                    instead: "I said I'm sorry, okay? Can we just move on?",
                    tryThis: "I can see this really hurt you, and I'd like to understand how."
                ),
                Example(
                    instead: "This will never happen again, I promise.",
                    tryThis: "I want to hear what it was like for you, and then I want to own my part."
                ),
                Example(
                    instead: "Fine, let's work out who's right about Saturday.",
                    tryThis: "I'm noticing some distance between us since Saturday, and I'd like us to talk about it."
                ),
            ],
            practicePrompt: "Try naming something you've noticed between you, gently, in one sentence that starts with \"I'm noticing…\"."
        ),
        Section(
            id: "i-statements",
            title: "Speaking from \"I\"",
            paragraphs: [
                "When something hurts, it's natural to start with what the other person did. But sentences that start with \"you\" tend to land as blame, and blame makes anyone want to defend. An I-statement tells your partner what happened inside you instead: what you felt, and what you needed.",
                "A simple shape is \"I felt … when … and I needed …\". Keep it to one moment rather than \"always\" or \"never\". Watch for \"I feel like you…\": it often hides a judgement. Look for the feeling underneath, such as hurt, lonely, scared, embarrassed or left out.",
                "Stay with feelings rather than facts. Going over times and exact words keeps you both in your heads, trying to win. What you saw is your view of it, and your partner's view is theirs; both can be real at once.",
                "If you can, end with a request: one concrete thing your partner could do, said as what you'd like rather than what you want them to stop. \"Could you text me if you're running late?\" is something they can say yes to.",
            ],
            examples: [
                Example(
                    instead: "You never make time for us.",
                    tryThis: "I've been feeling lonely lately, and I'd love an evening that's just ours."
                ),
                Example(
                    instead: "I feel like you don't care about my work.",
                    tryThis: "I felt hurt when my news didn't come up at dinner, and I'd love you to ask me about it."
                ),
                Example(
                    instead: "It was quarter to eight, not quarter past, and you know it.",
                    tryThis: "While I was waiting, I started to feel forgotten."
                ),
            ],
            practicePrompt:
                "Try turning a complaint into an I-statement: write one sentence with a feeling, the moment it came up, and one thing you'd like."
        ),
        Section(
            id: "reflecting",
            title: "Reflecting back what you heard",
            paragraphs: [
                "When your partner is sharing, your part isn't to answer, defend or solve. It's to understand, and to show them you did. Say back what you heard, in your own words, then ask: \"Did I get that?\"",
                "Reach for the feeling under the words, not a word-for-word copy. Repeating someone exactly can sound as if it went straight past you; putting it in your own words shows it went in.",
                "If they say \"not quite\", nothing has gone wrong. That's the conversation doing its job. Ask what you missed, listen again, and try once more, until they tell you they feel heard.",
                "Listening isn't agreeing. You can understand how it was for them and still see it differently; your turn will come. For now, set your side down gently and hold back on advice, which can feel like being hurried out of a feeling.",
            ],
            examples: [
                Example(
                    instead: "That's not what happened.",
                    tryThis: "So for you, that evening felt lonely. Have I got that right?"
                ),
                Example(
                    instead: "You just need to tell me when it bothers you.",
                    tryThis: "It sounds like you've been feeling unseen for a while. Did I get that?"
                ),
            ],
            practicePrompt:
                "Imagine your partner said \"I felt left out when the plans changed\", and write one sentence that says it back in your own words and checks you got it."
        ),
        Section(
            id: "empathy-not-sympathy",
            title: "Empathy, not sympathy",
            paragraphs: [
                "Sympathy feels for someone from a little distance: \"that's a shame\", \"at least it's over\". It's kindly meant, but it can leave the other person on their own with the feeling. Empathy feels with them. It comes close and says, \"That sounds so lonely.\"",
                "Empathy doesn't need perfect words or an answer. It asks you to imagine what that moment was like for your partner, and to let a little of it reach you. Holding space means staying there with them, without rushing to fix it, cheer them up or explain.",
                "Part of this is letting them know their feelings make sense. You don't need to agree with every detail to say \"That makes sense, given how it felt to you.\"",
                "Once they feel heard, a few honest words of reassurance can help them feel safe again: what you value in them, and that you're here for this.",
            ],
            examples: [
                Example(
                    instead: "At least it's over now.",
                    tryThis: "That sounds like it was really hard to carry on your own."
                ),
                Example(
                    instead: "I'm sorry you feel that way.",
                    tryThis: "That makes sense. I can feel how much that hurt."
                ),
                Example(
                    instead: "Cheer up, it'll all work out.",
                    tryThis: "I'm here, and I'm staying right here while we talk this through."
                ),
            ],
            practicePrompt:
                "Write one sentence that feels with your partner about something that was hard for them, without fixing it or finding a bright side."
        ),
        Section(
            id: "protective-patterns",
            title: "Your protective patterns",
            paragraphs: [
                "Everyone learns ways to protect themselves when they feel hurt or unsafe. Some of us withdraw or shut down. Some pursue harder, criticise, or take control. Some try to keep everyone happy, or joke the moment away. These patterns made sense once, and they can still hurt the person we most want to reach.",
                "Owning a pattern isn't confessing to a crime. It means naming, briefly and honestly, what you tend to do: generic yet true. \"I know I go quiet when I feel criticised\" is enough. No excuses, and no \"but you…\".",
                "If you can, add where it comes from: \"Growing up, raised voices meant trouble, so I learned to disappear.\" That isn't an excuse. It helps your partner see the part of you that is scared, rather than only the wall.",
                "Your partner's patterns are theirs to name. Often two patterns feed each other, one pulling back while the other pushes harder. Seeing that together, without blame, can change how the next hard moment goes.",
            ],
            examples: [
                Example(
                    instead: "I only went quiet because you were shouting.",
                    tryThis: "I know I go quiet when things get loud. As a kid, keeping still felt safest."
                ),
                Example(
                    instead: "I was only joking, you're too sensitive.",
                    tryThis: "I know I reach for a joke when things get heavy, and I can see it left you alone with it."
                ),
                Example(
                    instead: "That's just how I am.",
                    tryThis: "When I feel things slipping, I start trying to control the details, and I can see how that shut you out."
                ),
            ],
            practicePrompt:
                "Write one sentence that names a protective pattern of yours, generic yet true, and, if you like, where it comes from."
        ),
        Section(
            id: "follow-through",
            title: "Small things, kept",
            paragraphs: [
                "Trust rarely comes back through one grand gesture. It comes back through small things, done again and again, that your partner can see.",
                "That's why Mend asks for small, concrete commitments rather than big promises. \"I'll never be late again\" sets you both up to be hurt when it slips. \"I'll text when I leave work\" is something you can do today, and something your partner can notice.",
                "After a repair, take a moment to come back to each other: a hug, a walk, a ritual of your own. Little thank-yous count too. A relationship needs warm moments as well as mended ones.",
                "Not every hurt settles in one conversation. If it needs another round, saying so honestly is part of the repair, not a failure of it.",
            ],
            examples: [
                Example(
                    instead: "I'll never forget your birthday again.",
                    tryThis: "I've put your birthday in my calendar, with a reminder the week before."
                ),
                Example(
                    instead: "From now on I'll always listen.",
                    tryThis: "On weeknights I'll leave my phone in the other room while we eat."
                ),
                Example(
                    instead: "I'll change, I promise.",
                    tryThis: "I'll ask about your day before I tell you about mine, starting tonight."
                ),
            ],
            practicePrompt: "Write one small, concrete commitment your partner could notice this week, starting with \"I'll\"."
        ),
        Section(
            id: "pausing-and-help",
            title: "When to pause, and when to get help",
            paragraphs: [
                "When feelings run high, your body can take over: your heart races, your thinking narrows, and words come out sharp or not at all. That isn't a failing. It's a sign to pause. Mend asks how stirred up you each feel before you start, and if either of you is above the level you've chosen, it pauses for a break.",
                "A good break has a time on it and a way back. Twenty minutes is a good start. Use it to calm your body rather than rehearse your case: a walk, slow breaths, music, a glass of water. Then come back and try again.",
                "Sometimes the same hurts keep returning, or repairs keep stalling, however hard you both try. That's a good moment to bring in a coach or a couples therapist. Asking for help is a way of caring for your relationship, not a sign it has failed.",
                "Your safety comes first. If you are afraid of your partner, couples work is not the right tool, and you don't need to go through any of these steps. The Safety and support page, at /safety, lists people you can talk to, and your partner is never told you visited it.",
            ],
            examples: [
                Example(
                    instead: "Fine. Whatever. I'm done.",
                    tryThis: "I'm at an 8 right now. I need twenty minutes to settle, and then I'll come back."
                ),
                Example(
                    instead: "We can't even talk without fighting, so what's the point?",
                    tryThis: "We keep getting stuck in the same place. Could we look for someone to help us with it?"
                ),
            ],
            practicePrompt: "Write one sentence you could say to ask for a break, with how long you need and when you'll come back."
        ),
    ]

    /// Why each step of a repair conversation matters, by step id (every step id of every shipped protocol), in one or two warm sentences.
    public static let whyThisStep: [String: String] = [
        "name-it":
            "Hurts that stay unspoken tend to grow into distance. Naming what you're noticing, gently and without blame, opens the door for both of you.",
        "activation":
            "When you're flooded, it's hard to hear or be heard, however much you care. Checking in first lets you pause and come back when you both have room to listen.",
        "benefit-of-the-doubt":
            "Hurt can make it easy to assume the worst. Starting from the belief that you're both doing your best keeps you on the same side while you talk.",
        "who-goes-first":
            "Taking turns means each of you gets the other's full attention, and each of you will be heard. Choosing together, often letting the more hurt one begin, is a small first act of care.",
        "share":
            "Your partner can't feel what you felt unless you tell them. Speaking from \"I\" about your feelings, rather than about what they did, makes it easier for them to take it in.",
        "reflect":
            "Hearing your words come back, understood, is often what lets a hurt begin to settle. Asking \"Did I get that?\" makes sure your partner truly feels heard.",
        "validate":
            "Hearing that their feelings make sense to you can ease a lot of your partner's hurt. You can see the sense in how they felt without agreeing on every detail.",
        "patterns":
            "Naming a protective pattern of yours, simply and without excuses, shows your partner you can see your part. It often makes it easier for both of you to soften.",
        "reassure":
            "After something painful has been shared, your partner may wonder where they stand. A few honest words about what you value and why you're here can help them feel safe again.",
        "reconnect":
            "A repair ends better with closeness than with a full stop. A small moment together, in whatever way suits you both, reminds you that you're on the same side.",
        "commitments":
            "Trust comes back through small things done again and again. One concrete step your partner can notice counts for more than a big promise.",
        "outcome":
            "Being honest about where you are matters more than finishing neatly. Some hurts settle in one conversation and some need another round, and either is all right.",
        "feelings":
            "Starting with feelings, before the story of why, keeps you both out of arguing about details. It lets each of you hear what the moment was like from the inside.",
        "reality":
            "Two people can live through the same moment and see it quite differently. Describing yours as your view, not the one true version, leaves room for both to be real.",
        "summarise":
            "When your partner hears their view put into your words, they know it landed. You don't have to agree with it to show you understand it.",
        "triggers":
            "Some moments hit harder because they touch something older. Saying where that comes from helps your partner see why it mattered so much, without making it anyone's fault.",
        "responsibility":
            "Owning your part, and what set you up for it, helps the hurt settle without deciding who was right. It's about your own share, never about weighing theirs.",
        "plans":
            "A small plan helps the next hard moment go better. Each of you choosing one thing you can do keeps it fair, and keeps it doable.",
        "send":
            "Your partner can only understand what you let them see. Speaking from \"I\" about what happened for you, and what you felt, makes it easier to hear.",
        "mirror":
            "Saying back what you heard, and asking if there's more, lets your partner feel fully received. It also slows things down, so neither of you rushes to reply.",
        "empathise":
            "Imagining what your partner felt, and letting a little of it reach you, is what closes the distance. It tells them they aren't alone with it.",
    ]

    /// The section that best explains a step (by step id), for a "why this step?" link; every step id maps to a section id.
    public static let sectionForStep: [String: String] = [
        "name-it": "what-repair-is",
        "activation": "pausing-and-help",
        "benefit-of-the-doubt": "what-repair-is",
        "who-goes-first": "what-repair-is",
        "share": "i-statements",
        "reflect": "reflecting",
        "validate": "empathy-not-sympathy",
        "patterns": "protective-patterns",
        "reassure": "empathy-not-sympathy",
        "reconnect": "follow-through",
        "commitments": "follow-through",
        "outcome": "follow-through",
        "feelings": "i-statements",
        "reality": "i-statements",
        "summarise": "reflecting",
        "triggers": "protective-patterns",
        "responsibility": "protective-patterns",
        "plans": "follow-through",
        "send": "i-statements",
        "mirror": "reflecting",
        "empathise": "empathy-not-sympathy",
    ]
}
