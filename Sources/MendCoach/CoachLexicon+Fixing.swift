extension CoachLexicon {
    /// Advice or solutions offered while the partner is sharing a feeling.
    static let fixingRules: [PatternRule] = [
        PatternRule(
            .flag(.fixing),
            [
                "you (should|shouldn't|should not|ought to|oughta) _",
                "(you|u) (need|might want|may want|might wanna) to (@advice_verb|stop|start|get|be|see|go)",
                "(you|u) have to (@advice_verb|start|get|go)",
                "(why don't|why do not|why not|why wouldn't|why won't) (you )?(just )?@advice_verb", "^ why not _",
                "(have|did) you (tried|try|thought about|considered|looked into|talked to|asked|spoken to|told|thought of)",
                "maybe (you should|you could|try|just|talk|ask|tell|get|take|go|consider|see|call|text|look|you need|you can|you might|speak|write|reach)",
                "^ (try|consider) (to|talking|asking|telling|getting|taking|writing|setting|using|going|not|being|doing|making|looking|calling|meditating|journaling)",
                "^ try (a|an|some|the|this|that|it|again|harder|yoga|therapy|meditation)",
                "what if you (just|tried|talked|asked|told|did|went|got|took|called|wrote|said|stopped|started|set)",
                "how about (you|trying|talking|asking|just|calling|telling|getting|going)",
                "it (might|may|would|could|can) help (to|if you|for you to)",
                "it (might|may|would|could) be (good|helpful|useful|worth it|a good idea|better|wise) (to|if you|for you)",
                "if i were you", "(my|one) (advice|suggestion|tip) (is|would be|:)", "i (would) (suggest|recommend|advise|encourage)",
                "i (suggest|recommend|advise|encourage you)",
                "you (might|may|could) (want to|wanna|consider|try|benefit|find it helpful)",
                "the (best|only|easiest|simplest) (thing|way|solution|option|move) (is|would be|to do is) (to|just)",
                "(the|a|one) (solution|fix|answer) (is|would be)", "next time , (just|try|you should|you could|tell|ask|do)",
                "^ just (talk|tell|ask|ignore|go|do|say|call|text|try|let|leave|quit|get|take|stop|make|put|set|move|forget|focus|breathe|relax|sleep|block|confront|email|write|book|find)",
                "you (could|can) (always |just )?(try|talk|ask|tell|get|take|go|call|look|see|write|set|use|make|leave|quit|find|join|consider|speak|reach|text|email|block|ignore|start|stop)",
                "^ (talk to|tell|ask|call|text|email|confront|ignore|block|unfollow|report) @person_object", "make sure (you|to)",
                "(you|u) gotta _", "you got to _",
                "(reach out|speak|talk) to (a|your) (therapist|counselor|counsellor|doctor|professional|friend|boss|manager|hr)",
                "(seek|get|find) (professional )?(help|support|a therapist|counseling|therapy|a counselor)",
                "one thing (you|that) (can|could|might|may) (do|try|help)",
                "a good (idea|first step|place to start|way) (is|would be|might be|could be)", "perhaps (you|try|it would)",
                "(have you|you should) (think|thought) about",
                "the trick is", "what you (need|should do|have to do) is",
                "(it is|it's) (important|helpful|good|best) (to|for you to) (try|remember|set|talk|take|focus|practice|communicate)",
                "(set|put|use) (a|an) (reminder|alarm|timer|boundary|boundaries|calendar|schedule|list)",
                "(why|how) (don't|do not|about) you (set|put|write|use|make) (a|an|some)",
            ]),
        // Past blame and requests that share the words of advice.
        PatternRule(
            .block([.fixing], .overlap),
            [
                "you should (have|not have|never have)",
                "you (need|have) to (stop|quit) (yelling|interrupting|ignoring|lying|doing that|talking to me|being)",
                "you (should|need to) (know|understand|realize) (that|i|how)",
                "you (should|shouldn't|should not) (feel|be) (that way|so|upset|bad|ashamed|guilty|like)",
                "you should (see|have seen|hear|know) (the|how|what|your)", "you should come (with|to|over)",
                "why not (both|me|us|today|now|tonight|tomorrow)", "i (would) (suggest|recommend) (we|us|that we)",
                "(have|did) you (told|tell) (me|anyone)", "did you try to (call|text|reach) me",
                "(have|did) you (asked|ask) (me|yourself)", "you have to (believe|understand|know|trust|see|hear) (me|that|how)",
                "you need to (hear|know|understand|see) (this|that|me|how)",
                "you want to (know|hear|see|talk|go|come|get)", "you (should|could) (be|have been) (ashamed|embarrassed)",
                "you have to (admit|agree)", "you might want to (know|hear)",
            ]),
        PatternRule(
            .flagSuppressing(.fixing, [.invalidation, .sympathy], scope: .sentence),
            [
                "^ (put|turn|get|go|try|take|set|use|call|text|tell|ask|just|stop|make|start|block|delete|mute|write) ... and (you|it|things|everything) (will|would) (be|feel|get|work)",
                "(easy|simple|quick|obvious) (fix|solution|answer)",
                "problem solved",
                "(would|will|might|could|should) (clear your head|help you|make you feel better|do you good|fix it|fix that|fix this|sort it out|solve it|solve that|solve this)",
                "(would|will|might) (really )?help (you|with that|with this)",
                "(a|an) (quick|short|long|early|hot) (walk|bath|shower|run|nap|night|break|vacation|holiday) (would|will|might|could) (help|fix|do)",
                "^ [honestly|seriously|just] (block|ignore|unfollow|mute|report|dump|leave|quit|confront) (him|her|them)",
                "(you|u) (should|could|need to) (just )?(block|ignore|unfollow|mute|report|dump|leave|quit|confront)",
                "^ (let us|let's) (make|get|set up|buy|try|start) (a|an|some) (chart|list|schedule|system|calendar|app|plan|rule)",
            ]),
        PatternRule(
            .block([.fixing], .sentence),
            [
                "you can (always )?(tell|talk to|ask|come to|call|text|lean on) me",
                "why (do|does|must|would) you (have to|need to)",
                "if i were you (i would|i'd) (be|feel) @feeling",
                "(would|will) (be|feel) @feeling (too|as well) if i were you",
            ]),
        PatternRule(
            .flag(.fixing),
            [
                "^ consider _",
                "^ try (reaching|seeing|finding|joining|asking|speaking|setting|talking|writing|taking|going|getting|making|using|looking|calling|telling|being|doing|practicing|scheduling|planning)",
                "(i would|i'd) (encourage|suggest|recommend|urge) (you|that you)",
                "(you|u) (may|might) (benefit|find it helpful|want to consider|want to try)",
            ]),
        PatternRule(
            .block([.fixing], .sentence),
            [
                "(you should|have you|did you|you have to|you need to|you gotta|you must|you could) (try|see|watch|check out|read|listen to|hear|visit|taste|get|go to|eat at|order|wear|buy|pick|choose) ... @leisure",
                "(looks|look|would look|will look) (amazing|great|good|beautiful|stunning|gorgeous|lovely|perfect|cute|hot) on you",
                "(so|really|super|soo) (good|fun|great|delicious|tasty|cool|amazing|pretty|beautiful) $",
            ]),
        PatternRule(
            .block([.fixing], .message),
            [
                "(it is|it's|its|they are|they're) (so |really |super )?(great|good|amazing|delicious|fun|awesome|tasty|incredible|unreal)"
            ]),
        PatternRule(
            .block([.fixing], .sentence),
            [
                "(glad|happy|great|so glad|nice) (you|that you) (could|can|made it|came)",
                "you (could|can) (make it|come|join us|join)",
            ]),
        PatternRule(
            .flag(.fixing),
            [
                "some people find it (helpful|useful) to",
                "one (option|thing|idea|approach|strategy) (would be|is|could be|might be|to try)",
                "(the|a|your) next step (could|would|might|is|should)",
                "(it is|it's) (important|essential|crucial|key|vital) (to|that you) (set|talk|take|find|make|keep|communicate|remember|focus|be)",
            ]),
    ]
}
