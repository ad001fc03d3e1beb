extension CoachLexicon {
    /// Asserting the partner's motive or inner state as fact.
    static let assumedIntentRules: [PatternRule] = [
        PatternRule(
            .flag(.assumedIntent),
            [
                "you (did|do|said|say|forgot|left|ignored|planned|chose|made) (it|that|this|me wait|me look)? (on purpose|deliberately|intentionally)",
                "you ... on purpose", "(did|do) (it|that|this) on purpose",
                "you (planned|plan|designed|orchestrated|engineered|timed) (this|it|that|the whole thing)",
                "you (just )?(want|wanted|like|liked|love|loved|enjoy|enjoyed) (to|me to|seeing me|watching me|making me|it when i) @mean_intent",
                "you (are|were) (just )?(only )?(trying|doing this|doing that|saying this|saying that|out) to @mean_intent",
                "you (only|just) (said|did) (that|it|this) (to|because|so)",
                "you did (it|that|this) (to|just to|only to|so you could) @mean_intent",
                "you (love|like|enjoy) (making|seeing|watching|it when|hurting|to see) me",
                "you want me to (feel|be|suffer|leave|fail|look|beg|apologize|grovel|chase)",
                "you (do not|don't|never) (even )?(want|love|respect|like|value|trust|care about|find) me",
                "you (obviously|clearly) (do not|don't|want|think|care|hate|prefer|like|never|would rather|are not|aren't)",
                "you (do not|don't) (even )?care $",
                "you (do not|don't) (even )?care (about me|about us|about my|how i|what i|anymore|at all)",
                "you never (even )?(cared|loved|wanted|respected)",
                "you (hate|resent|despise|are bored of|are tired of|are sick of|are done with) me",
                "you (are|were) (doing|saying) (this|that|it) (because|to|on purpose|just to|so)",
                "you know (exactly )?what you are doing", "you knew (exactly|full well|perfectly well|it|that) (what|would|how|it would)",
                "^ (just )?admit (it|that|you)", "you (are|were) (lying|faking|pretending|acting)",
                "you think i am (stupid|an idiot|dumb|blind|your|a fool|naive)",
                "you (do not|don't) want me (here|around|there|anymore|in your life|at all)",
                "you would rather (be|have|spend|go|hang|be with)",
                "you (are|were) (looking|trying) for (a fight|an excuse|a reason|a way out|attention)",
                "you (want|wanted) (out|to leave|to break up|someone else|her|him)",
                "you are (punishing|manipulating|testing|gaslighting|using|playing) me", "you (meant|wanted) (it|to|that|this|me)",
                "deep down you", "you secretly", "you (just )?(used|use) me",
                "you only (care|cared|want|wanted) (about|me for|me when)",
                "(that is|that's) (exactly )?what you (wanted|want|were going for)",
                "you (are|were) (embarrassed|ashamed|bored|tired) (of|by|with) me",
                "you (like|love|prefer|want) (her|him|them|your friends|your phone|work) (more|better) than me",
                "you (would|will) (rather|prefer)", "you (never|don't|do not) (even )?(think|thought) about me",
                "you (did|do) (it|that|this) (because|since) you (want|wanted|like|liked|hate|hated|don't|do not|didn't|did not)",
                "you are (just )?(jealous|bitter|insecure) (of|that|because)",
                "you (don't|do not) (really )?(mean|meant) it", "you (are|were) (just|only) saying (that|it|this)",
                "you (never )?(really )?(meant|mean) (it|that|a word)",
                "you (just )?(don't|do not) want to (be with me|see me|try|fix this|hear it)",
                "(i know|i can tell|i bet|obviously|clearly) you (do not|don't|did|want|wanted|hate|think|are|were)",
                "you (just )?(forgot|ignored me) because you (don't|do not)",
            ]),
        PatternRule(
            .flag(.assumedIntent),
            [
                "you ... so (that )?you (would not|wouldn't|would|could|did not have to|didn't have to|would not have to|wouldn't have to|don't have to|do not have to|could avoid|can avoid|get to|can|could skip|would miss|could miss)",
                "you ... so (that )?(everyone|everybody|they|people|your friends|your family|she|he) (would|could|will|can|would think|would see|would hear)",
                "you ... (to|just to|only to|in order to) @mean_intent",
                "(just|only) to @mean_intent",
                "(just|only) to (end|stop|shut|get out of|avoid|win|make|prove|get|keep) (the|this|me|an|a|your)",
                "you ... because you (wanted|want|knew|know|did not want|didn't want|don't want|do not want|never wanted|like|liked|love|hate|hated|trust|care more|were trying|are trying|felt obligated|feel obligated|had to|were bored|are bored|prefer|needed|enjoy|get off on|think|thought)",
                "you (only|just) ... because",
                "you are (secretly|actually|really|just|only) (relieved|happy|glad|jealous|enjoying|loving|hoping|bored|angry|waiting|looking|pleased)",
                "you (secretly|actually) (want|wanted|like|liked|enjoy|love|hope|hoped)",
                "you (were|are) hoping (i|that i) (would not|wouldn't|would|did not|didn't|won't|will not|would never)",
                "you (just )?want (an excuse|a reason|an out|a way out|an escape|to escape)",
                "you are (only|just) being (nice|sweet|kind|helpful|nice to me) because",
                "you are (enjoying|loving|relishing) (this|it|watching|seeing|every minute)",
                "you (obviously|clearly)? (could not|couldn't) care less",
                "you knew (it|that|this) would (hurt|upset|bother|embarrass|annoy|ruin)",
                "did it anyway",
                "you (wanted|want) me to (look|feel|seem) (stupid|bad|guilty|small|jealous|like|crazy|dumb|foolish|insecure)",
                "you are (just|only) saying (that|this|it) (to|because|so)",
                "(saying|doing|said|did) (that|this|it) to (shut me up|make me|get me|end|keep me|avoid)",
                "you (don't|do not) (actually|really) mean it",
                "you (told|asked|invited|picked|chose|booked|called) ... because you",
                "you (did|do|said|say) (that|it|this) (just )?(to|so) (hurt|upset|annoy|provoke|make|get)",
            ]),
        PatternRule(
            .flagSuppressing(.assumedIntent, [.reflection], scope: .clause),
            [
                "you are (just|only) saying (that|this|it)",
                "you (just )?(want|wanted) me to (look|feel) (stupid|bad|guilty|small|jealous)",
            ]),
        PatternRule(
            .flagSuppressing(.assumedIntent, [.criticism], scope: .clause),
            [
                "you ... because you (never|always|don't|do not|didn't|did not) (wanted|want|cared|care|liked|like|loved|love|trusted|trust)"
            ]),
        PatternRule(
            .flag(.assumedIntent),
            [
                "you (just|only) want (attention|to be right|to win|sympathy|a reaction|control|to feel superior|to look good|to control me|to be the victim|me to feel bad)"
            ]),
        PatternRule(
            .block([.assumedIntent], .clause),
            [
                "^ (did|do|does|were|was|are|is|have|had) you",
                "or am i (reading|wrong|imagining|making|overthinking|being)",
            ]),
    ]
}
