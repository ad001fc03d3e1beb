extension CoachLexicon {
    /// Blame aimed at the partner's character, sweeping generalisations, disguised you-statements.
    static let criticismRules: [PatternRule] = [
        PatternRule(
            .flag(.criticism),
            [
                // Sweeping generalisations about the partner.
                "you [are|have|do|can] (always|never|constantly|continually|forever|consistently) _",
                "you (never|do not ever|don't ever|can not ever|can't ever|won't ever|will not ever) _",
                "you have never (once|ever|been|done|said|asked|planned|helped|listened|cared|taken|made|thought|apologized)",
                "you (keep|kept) (on )?(doing|forgetting|ignoring|interrupting|leaving|making|saying|breaking|choosing|putting|brushing|dismissing|checking|looking|picking|bringing|yelling|lying|canceling|cancelling|being)",
                "every (single )?time (you|i try|i ask|i tell|i bring|i need|i want|i say|i open up|i talk)",
                "(not|never) (once|one time) (have|did|do|has) you", "for once in your (life|lives)",
                "(can|could|would) you (for once|ever|just once)",
                "(why|how) (can not|can't|won't|don't|do not|will not) you (ever|for once)",
                "why (do|does|must|would) you (always|never|have to|constantly|keep)", "why (are|were) you (always|never|constantly)",
                "why (are|were) you (being )?(so )?(@trait|such a)",
                "why (are|do) you (like this|this way|the way you are)", "what is (wrong|the matter) with you",
                "what kind of (person|man|woman|partner|husband|wife|boyfriend|girlfriend|mother|father|parent|human|human being|adult|monster|friend) (does|would|says|forgets|acts|treats|is)",
                "who (does|even does|would do|treats|talks to|says) (that|this|people|someone|their|a)",
                "how (can|could) you (be so|be this|possibly|not|even|forget|do that|do this|say that|say this|treat|ignore)",
                "you are (such )?(a|an) @trait_noun", "you are @trait", "you (have) (always )?been @trait",
                "you (are|were) (being )?(so |really )?@trait",
                "(you are|you're) the (worst|most @trait|least)", "you (only|just) (ever )?(think|care|talk) about (yourself|you|your)",
                "(you do not|you don't|you never) care about (anything|anyone|anybody|nobody|other people|what anyone|my feelings|how i feel|what i|this relationship)",
                "(everything|it) is (always )?about you", "it is always about you", "(typical|classic) (you|of you)",
                "that is (so )?typical",
                "you are (just )?like your (mother|father|dad|mom|mum|ex|family|brother|sister)",
                "you (ruin|ruined|wreck|destroy|spoil|spoiled) everything",
                "(you can not|you can't|can you not|can't you|you never) do anything right",
                "you can not even (do|remember|manage|handle|get|be bothered|take|follow|clean|cook|listen|keep|plan|make|show)",
                "(is it|was it|is that) (too much|so hard|really that hard|that hard) to (ask|expect)", "how hard is it to",
                "would it kill you to",
                "you have no (respect|consideration|empathy|sense|shame|heart|self control|manners|decency)",
                "you have no (idea|clue) (how|what) (it|this|that|much|hard|i)", "you are incapable of",
                "you (do not|don't) (even )?(try|listen|help|think|notice|bother|pay attention|do anything|lift a finger)",
                "you (can not|can't) (even )?be (bothered|trusted|relied on|counted on)",
                "you (are|were) (never|always) (there|around|home|available|on time|late)",
                "(i feel|i think|i felt|it feels|it seems|seems) (like |that )?you (always|never|do not care|only|can not|won't|will not|have never|don't even|do not even|care more|never even)",
                "you (make|made) (everything|it|this|things) (so )?(about you|difficult|harder|worse|hard|impossible)",
                "all you (ever )?(do|care about|think about|want) is", "you (always|never) (have|got|get) to",
                "you (let|leave) me (do|handle|deal with|carry|plan|clean|pay for) (everything|it all|all of it)",
                "i (always )?have to do everything", "i (always|constantly) have to (remind|tell|ask|beg|nag|clean up after) you",
                "you are (never|not) (going to|gonna) change", "you (did|do) (this|that|it) again", "(here you go|there you go) again",
                "you (care|cared) more about (your|the|that|work|them|her|him|everyone)",
                "you (choose|chose|pick|picked) (your|them|her|him|work|the|everyone) over me",
                "you are (so|too) (wrapped up|caught up|obsessed|absorbed) in",
                "you are (a|an) (terrible|awful|horrible|bad|lousy|selfish|lazy|useless) @relation",
                "you treat me like", "what is your problem", "what the hell is wrong with you", "there is something wrong with you",
            ]),
        // Praise and reassurance that share the words of criticism.
        PatternRule(
            .block([.criticism], .clause),
            [
                "you (always|never fail to|constantly) (know|make me|made me|pick|find|remember|have my back|cheer|take care|look out|show up|bring|surprise|notice|support|help me|manage|get me|light up|brighten|put a smile|give the best|give great|give me|listen to me|say the right|smell|look)",
                "you (always|never) (fail|let me down|judge|give up|complain)", "you never (fail|judge me|let me down|give up on me)",
                "you never make me feel (bad|stupid|small)",
                "(you will|you'll) never (be alone|lose me|have to|be without)", "you never have to (worry|ask|feel|wonder|earn)",
                "you have always been (there|so good|amazing|my)", "you are always there for me", "you are always @positive_trait",
                "i never (thought|imagined|expected|knew|realized|dreamed)", "never (mind|again|thought)",
                "you never (have|had) to (apologize|explain|earn|be perfect)", "you (always|never) (are|were) (so )?@positive_trait",
                "every time (i see you|you smile|you laugh|we hug|you hold me|i think of you)",
                "you (are|have) always (been )?(my|the|so|such|welcome|loved|enough|safe|wanted|beautiful|there)",
            ]),
        PatternRule(
            .flag(.criticism),
            [
                "how do you (manage|always manage|even manage) to",
                "you (forget|ruin|mess up|break|lose|ignore|screw up|miss|misplace|dismiss|criticize) everything",
                "every single (mess|thing|time|chore|job|dish)",
                "you (leave|put|dump|push) (every|all|everything) ... (for me|on me|to me)",
                "(living|being|dealing|talking|arguing|being married) with you is (so )?(@trait|exhausting|impossible|hell|a nightmare|draining|miserable|torture|unbearable|a chore|hard work)",
                "(everything|it) (always )?has to be (your way|about you|on your terms|done your way)",
                "you are the one who (always|never|forgets|ruins|starts|messes|can not|can't|won't|never|ignores|breaks|loses)",
                "you (always|constantly|never) _ ... (everything|anything|everyone|anyone)",
                "(you are|you're) (so |really )?(bad|terrible|awful|hopeless|useless) at",
                "(why|how) are you (like this|so bad at|incapable)",
                "(what|who) (do you think|the hell do you think) you are",
                "you (never|don't|do not|can not|can't) (think|care) about anyone (but|except|other than) yourself",
                "you (never|do not|don't) (take|hear|see|think about|consider) (my|me|anything|anyone)",
            ]),
        PatternRule(
            .block([.criticism], .sentence),
            [
                "i love (how|that|the way|it when)",
                "(i adore|i appreciate|thank you for|thanks for) (how|that|the way)",
                "you never forget (the|my|our|to)",
            ]),
        PatternRule(
            .block([.criticism], .clause),
            [
                "you never know",
                "you (can|could) never (be too|have too many|have too much|tell|go wrong)",
                "you never can tell",
                "you never (ever )?(fail to amaze|cease to amaze)",
            ]),
        PatternRule(
            .flag(.criticism),
            [
                "you (think|care|talk) only about (yourself|you|your)",
                "you (never|do not|don't) think about anyone (but|except|other than) yourself",
            ]),
        PatternRule(
            .flag(.criticism),
            [
                "^ (can not|can't|won't|will not|don't|do not) you ever",
                "you ... (for once|just once) $",
                "(like )?talking to a (wall|brick wall|child|toddler|brick)",
                "(it is|it's) like (you|living with a) (don't|do not|never|can't|child|roommate|stranger)",
            ]),
        PatternRule(
            .flag(.criticism),
            [
                "(anyone|anybody|anything) (but|except|other than|besides) (yourself|you)"
            ]),
        PatternRule(
            .block([.criticism], .clause),
            [
                "you never told me (how|what|about|where|when|who|why|that you)"
            ]),
        PatternRule(
            .flagSuppressing(.criticism, [.assumedIntent], scope: .clause),
            [
                "(i feel|i felt|i just feel|it feels|i really feel) (like|that) you (do not|don't|never|always|only|can't|won't|will never|are never|are always|just don't)"
            ]),
    ]
}
