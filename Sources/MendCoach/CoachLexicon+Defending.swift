extension CoachLexicon {
    /// Counter-attack, excuses, innocent-victim stance, denial, "yes, but".
    static let defensivenessRules: [PatternRule] = [
        PatternRule(
            .flagSuppressing(.defensiveness, [.criticism]),
            [
                // Counter-attack: "you do it too".
                "you (do|did|are|were|have|had|say|said|forget|forgot) (that|it|this|the same|the same thing|late|on your phone) (too|as well|all the time too) $",
                "you (do|did) (too|as well) $",
                "you [_] [_] [_] [_] either $", "you do the same (thing)?", "you are one to talk", "look who is talking",
                "pot calling the kettle",
                "what about (you|when you|the time you|your|all the times you|last week when you)",
                "(and|well) you (never|always|don't|do not) _ [_] [_] [_] (either|too|yourself)",
                "you (are|were) (no|not) (saint|angel|perfect) (either|yourself)?", "(neither|nor) do you", "(well|and) you (did|do) too",
                "you started (it|this)", "you made me (do|say|yell|react|angry|mad|lose|snap|act|like this|this way)",
                "^ [well] (if|had) you (had|hadn't|had not|would have|would just|would|didn't|did not|were not|weren't|wouldn't) _",
                "i ... (because|only because|cause) you (always|never|did|were|made|started|kept|provoked|pushed|had been|were being|would not|wouldn't)",
                "you (pushed|provoked|drove) me (to|into)",
            ]),
        PatternRule(
            .flag(.defensiveness),
            [
                // Denial and innocent victim.
                "(it is|it was|that is|that was|this is) not my fault", "not my fault", "(that|this|that one|this one) is not on me",
                "(it|that) was not on me",
                "why is (it|everything|this) always (my fault|me|on me|my problem)",
                "why am i (always )?the (bad guy|villain|problem|one to blame|one who)", "why do i (always )?(get|have to take) the blame",
                "(you|u) always blame me", "(always|stop) blaming (me|everything on me)",
                "(do not|don't) (blame|put this on|pin this on) me", "(do not|don't) make (this|it|me) (about|the bad guy|out to be|sound)",
                "i am not the (one|problem|bad guy|villain|only one)", "i (did not|didn't|never) do anything (wrong)?",
                "i did nothing wrong", "i (have|haven't|have not) done nothing",
                "what did i (even )?do", "what (else )?did you expect", "what was i supposed to (do|say|think|know)",
                "what else (was|could) i (supposed to )?(do|say)",
                "i was (just|only) (trying|joking|kidding|being honest|teasing|helping|asking|saying|playing)",
                "i had no (choice|option|idea)", "i (could not|couldn't) help it",
                "it is not like i (meant|wanted|did|knew|tried|planned)", "i (didn't|did not|never) mean (to|it|anything)",
                "(yes|yeah|sure) [,] but",
                "sorry [,] but (you|i was|i had|i did|i am|it was not|it wasn't|it is not|what|how|honestly|seriously|that is|that's|this is|come on|really)",
                "(well )?at least i (do not|did not|am not|never|tried|try|show up|called|bothered|don't|didn't|care|help|work)",
                "^ well , (i|you)",
                "^ i was (just|only|really|so)? @excuse_state $", "i (had|have) (a lot|so much|too much) (going on|on my plate|to do)",
                "i (had|have|got) (work|to work|a deadline|a meeting|other things)",
                "i only (did|said) (it|that|this) because", "(that is|it is|this is) not fair $",
                "(you are|you're) (twisting|putting words)", "(you are|you're) making (this|it) (about me|sound like)",
                "i (do|did) (everything|so much|all of it|most of it)", "after (everything|all) i (do|have done|did done)",
                "i am (doing|trying) my best", "i am (trying|doing) (the best|everything) i can",
                "here we go again", "not this again", "(you are|you're|stop) (attacking|blaming|accusing|criticizing) me",
                "i am not a mind reader", "(i can not|i can't|how am i supposed to) read your mind",
                "how (was|am|were) i (supposed|meant) to know", "how (could|would|should) i have known",
                "you never (told|said|asked|mentioned) (me|that|it|anything) $",
                "you never (told|said|mentioned) (me )?(that|about it|about that|anything|you were|you would|you had)",
                "(you did not|you didn't|nobody|no one) (tell|told) me",
                "i (am) (always )?the one who (does|has to|always)",
                "i (do|did) (more|everything) (than you|around here|for you|for this family)", "you (act|are acting|make it sound) like i",
                "(it is|it's|that's|that is) not (a big deal|that big a deal) (to me|for me)? (why|so)",
                "i (do not|don't) see (the|what the) (problem|big deal|issue)",
                "(i|i'm|i am) (not|never) (yelling|shouting|raising my voice|angry|being defensive|defensive)",
                "i (was|am) not (being )?(rude|mean|defensive|angry|harsh|late|wrong)",
                "(so )?now (it is|it's|this is) my fault", "(oh )?so (it is|it's|this is|everything is) my fault",
                "(you|everyone) (always )?make me (out to be|look like) the (bad guy|villain)",
                "you (always )?(find|have) something to complain about", "nothing i do is (ever )?(good )?enough",
                "i can never do anything right", "i can not win with you",
                "(you|u) (should|could) have (told|said|asked|reminded|mentioned)",
                "you are (overreacting|exaggerating|blowing) (and|so) i", "i am allowed to", "i (have|had) every right to",
                "you knew (i|that i) (was|had)", "it is (your|not my) (fault|problem|job|responsibility)", "(it's|it is) on you",
                "if you (wanted|needed) (it|that|something|me to|me) (done|so badly)? you (should|could) have",
            ]),
        PatternRule(
            .flag(.defensiveness),
            [
                "what about (last|the other|yesterday|that time|when|all the|the time|your)",
                "(stop |quit )?(acting|act|acts|talking|making it sound|treating me) like i am the (bad guy|villain|problem|only one|worst|enemy)",
                "like i am the (bad guy|villain|problem|enemy)",
                "(do not|don't|stop) (turn|turning|flip|flipping|twist|twisting|put|putting|pin|pinning|throw|throwing) (this|it|everything|that) (around )?on me",
                "(that|it|this) (was|is) (totally|completely|so|entirely)? different $",
                "(that|it) is not the same (thing)?",
                "i was (going to|gonna|about to|planning to) (do|get|call|tell|fix|clean|take|say|text|pay|handle)",
                "you (did not|didn't|never|wouldn't|would not) (give|let|allow) me (a chance|the chance|time|to finish|to explain)",
                "sorry ... but (you|i was|i had|i did|i am|it was not|it wasn't|it is not|what|how|honestly|seriously|that is|that's|this is|come on|really)",
                "(oh )?(so )?i am the (problem|bad guy|villain)",
                "(that is|that's) rich",
                "coming from you",
                "i (had|have) a (long|hard|rough|busy|tough|bad|shit|crappy) (day|week|night) too",
                "@excuse_state too",
                "too , you know",
                "(i am|i'm) (tired|stressed|busy|exhausted) too",
                "(it is|it's) not a crime",
                "everyone (forgets|makes mistakes|does it|does that|messes up|is late)",
                "nobody is perfect",
                "(before you|don't|do not) (blame|accuse) me",
                "(do not|don't) (say|tell me|act like) i (didn't|did not|never)",
                "i did (take|do|call|text|tell|pick|pay|clean|ask|send|walk|remember|try|say|mention)",
                "(it was|that was) your (idea|suggestion|plan|call|choice)",
                "when (you|you) (do|did) (it|that|the same)",
                "(so )?what is the big deal",
                "(it was|it is|that was) just a (joke|prank|game|comment)",
                "i was (just )?(joking|kidding|teasing|messing around|playing)",
                "(can not|can't) (you )?take a joke",
                "(why|what) are you (attacking|blaming|accusing) me",
                "(you|u) (do|did) (it|this|that) (all the time|too|constantly)",
                "what (else )?do you want from me", "what else do you want $",
                "i (literally )?did everything you (asked|wanted|said)",
                "i (do|did) my (part|share|best)",
            ]),
        PatternRule(
            .flagSuppressing(.defensiveness, [.invalidation], scope: .sentence),
            [
                "(not|wasn't|was not) a big deal when you",
                "(it is|it's) not (a big deal|that serious) when you",
            ]),
        PatternRule(
            .flag(.defensiveness),
            [
                "technically i (said|did|never|was|am|didn't|did not|only)",
                "according to my",
            ]),
        PatternRule(
            .flag(.defensiveness),
            [
                "^ (that is|that's|this is) (not|so not) (true|what happened|how it happened|fair) $",
                "(it is|it's) not like you are (perfect|a saint|an angel|innocent|any better|blameless) (either)?",
            ]),
        PatternRule(
            .flagSuppressing(.defensiveness, [.criticism], scope: .clause),
            [
                "you (never|did not|didn't) (told|tell|said|say|mentioned|mention|reminded|remind) (me|that|it|anything|me anything) $",
                "you (never|did not|didn't) (told|tell|said|say|mentioned|mention) (me )?(that|about it|about that|anything|you were|you would|you had)",
                "(you are|you're) the one who (started|did|said|brought|began|picked|wanted|forgot|agreed)",
                "at least i _",
            ]),
        PatternRule(
            .flag(.defensiveness),
            [
                "(oh please|please|yeah right|as if) [,] like you (have never|never|don't|do not|didn't|did not|wouldn't|would not|haven't|have not) (been|done|do|did|forget|forgot|make|made|yell|yelled|ever)",
                "^ like you (have never|never|don't|do not|didn't|did not|wouldn't|would not|haven't|have not) (been|done|do|did|forget|forgot|make|made|yell|yelled|ever)",
            ]),
        PatternRule(
            .block([.defensiveness, .criticism], .message),
            [
                "(that is|that's|how) (great|awesome|exciting|amazing|wonderful|fantastic) [news]",
                "(yay|woohoo|can not wait|can't wait)",
            ]),
        PatternRule(
            .flag(.defensiveness),
            [
                "(do not|don't|stop) (act|acting|pretend|pretending) (like|as if|that) (you are|you're|you were) (innocent|perfect|a saint|the victim|blameless|an angel|so perfect)",
                "(you are|you're) not (exactly )?(perfect|innocent|a saint) either",
            ]),
        PatternRule(
            .flag(.defensiveness),
            [
                "what (more|else) (do you want|can i do|am i supposed to do|do you expect)",
                "(so )?(do not|don't) (even )?start",
                "i did (what|everything|exactly what) you (asked|said|wanted)",
                "i said (i was|i'm|i am) sorry , (what|so|okay)",
                "(i am|i'm) not the only one who",
            ]),
        PatternRule(
            .flag(.defensiveness),
            [
                "(would not|wouldn't|would never|would not have|wouldn't have) ... if you (had|would|did|just|had just|would just)"
            ]),
    ]
}
