extension CoachLexicon {
    /// Negation and reported-speech cues, and hyperbole that must not read as danger.
    static let scopeRules: [PatternRule] = [
        // "I'm not saying you're lazy": what follows in the clause is not asserted by the writer.
        PatternRule(
            .negation,
            [
                "(i am|i'm) not (saying|calling you|accusing you|suggesting|implying|trying to say|blaming you)",
                "i (did not|never|would never|wouldn't|do not|don't) (say|said|call|called|mean|think|believe) (that )?you",
                "not that you (are|were|did)", "(nobody|no one|nobody's|no one is) (is )?(saying|calling you|blaming you)",
                "(nobody|no one) (said|says|called you|thinks|thought|ever said)",
                "i do not think (that )?you (are|were)", "it is not that you", "it's not like you (are|were)",
                "not because you (are|were)", "i don't want you to think", "doesn't mean you (are|were)",
                "i'm not trying to (say|make you feel|blame|attack|criticize)", "i'm not mad that",
                "i don't feel like you", "not saying", "i never said you", "(it is|it's) not like i",
            ]),
        // "She told me I was overreacting": the writer is reporting, not doing, what follows.
        PatternRule(
            .reportedSpeech,
            [
                "(she|he|they|someone|somebody|everyone|everybody|people) (said|says|told me|tells me|thinks|thought|keeps saying|kept saying|would say|always says|called me|yelled)",
                "[my|your|our] @relation (said|says|told me|tells me|thinks|thought|keeps saying|kept telling me|always says|called me|asked)",
                "_ (told me|tells me|kept telling me|keeps telling me|said that|says that|called me)",
                "(you|u) (told me|said|say|called me|texted|wrote|yelled) (that )?(i|i'm|i was|i am|my)",
                "you (said|told me|texted|wrote|say) (that )?(it|it's|it was|this|we)",
                "according to (her|him|them|my|your)", "what (she|he|they) said", "(she|he|they) (was|were) like",
                "(i was|i've been|i got) told", "in (her|his|their) words", "(she|he) goes",
                "when i said", "when you said", "you (think|thought|believe|assume|assumed) (that )?(i|i am|i was)",
                "(my|the) therapist (says|said|suggested|thinks|told)", "i read that", "i heard that",
            ]),
        // Hyperbole and idioms that use the words of danger.
        PatternRule(
            .block([.safetyRisk], .overlap),
            [
                "dying to (see|know|try|hear|go|meet|get|watch|tell|eat|read|visit|find out|show)",
                "dying (of|from) (laughter|embarrassment|boredom|curiosity|heat|hunger|thirst|cuteness)",
                "(could|would|might|gonna|going to) die (of|from) (embarrassment|laughter|boredom|shame|happiness|cuteness)",
                "(die|died|dying) laughing", "(is|are|was|were|it's|this is|that is|that's) killing me", "killing me (lol|haha)",
                "kill for (a|an|some|that|this|one)", "(killed|killing|kill|kills|smashed|smashing|crushed|crushing|nailed) it",
                "to die for", "dead tired", "(i am|i'm) (dead|deceased|dying) (lol|😂|🤣|💀)", "lol (i am|i'm) dead",
                "bored to death", "scared me to death", "(kill|killing) time", "kill the (lights|mood|vibe|engine)",
                "(my|these) (feet|back|head|legs|knees|shoes) (are|is) killing me", "(you are|you're) killing me (lol|😂|🤣|with)",
                "over my dead body", "hit me up", "hit me (that|how|then|when|like)", "it (hit|hits) me",
                "(push|pushed|pushes|pushing) me away", "push my buttons", "grabbed me (a|some|coffee|lunch|dinner|breakfast|food|flowers)",
                "threw me (a|for a loop|under the bus)",
                "threw me off (track|guard|balance|course|my game|completely|a little|a bit|at first|$)",
                "beat me (at|in|to it|home|there)",
                "hit me with (that|this|the news|the truth|some|a question|a bill)",
                "(kill|killed|murder|murdered) (the|this|that) (song|game|exam|test|interview|presentation|mosquito|spider|bug|plant)",
                "will kill you if you (eat|spoil|touch|tell|finish|forget|drink|use|take|read|watch)",
                "(mom|mum|dad|mother|father|boss) (will|is going to|would) kill me", "(shot|shoot) me a (text|message|email)",
                "hurt myself (laughing|at the gym|running|playing|lifting|skiing|cooking)", "(dead|killing) battery",
                "kill me now (lol|😂|🤣|😩)", "i could kill (him|her|you) (lol|😂|🤣)", "choked (up|on)", "beat (myself|yourself) up",
                "killing myself (laughing|at work|over this|over it|to)", "cut myself (shaving|cooking|on)",
                "tired of (this|your|you|it|the|waiting|arguing|being the one|doing|having)",
                "tired of fighting (with|about|over|all|every|$)", "i will kill for",
            ]),
        PatternRule(
            .block([.safetyRisk], .overlap),
            [
                "rather (die|be dead) than (go|eat|watch|sit|listen|wear|be seen|attend|do|see|read|work|talk|spend|drive|fly|take|have|use|admit|lose|apologize)"
            ]),
        PatternRule(
            .block([.safetyRisk], .overlap),
            [
                "kill (you|him|her|them) if (you|he|she|they) (forget|forgets|eat|eats|touch|touches|spoil|spoils|finish|finishes|drink|drinks|take|takes|use|uses|are late|is late|do not|don't|doesn't|does not|tell|tells|wake|wakes|lose|loses|break|breaks)",
                "die (of|from) (embarrassment|laughter|boredom|shame|happiness|cuteness|cringe|heat|jealousy|curiosity|hunger|thirst)",
                "i (hit|bumped|banged|burned|burnt|twisted|stubbed|sprained|bruised|scraped|pinched) my @body_part",
                "i (hit|bumped|banged) my (head|knee|elbow|toe|shin|arm|leg|hip)",
            ]),
    ]
}
