extension CoachLexicon {
    /// Arguing times, evidence and exact words to establish who is right.
    static let factLitigationRules: [PatternRule] = [
        PatternRule(
            .flag(.factLitigation),
            [
                // Times, days and numbers set against each other.
                "@time [,] not @time", "(at|by|around|it was|i was|was) @time [,] not", "not @time [,] (it was|i was|but)? @time",
                "(it was|that was|was) (on )?@day [,] not @day",
                "@number (minutes|hours|days|times|texts|calls) [,] not @number", "not @number (minutes|hours|days|times) [,] @number",
                "(it was|i was|that was|you were|we were) (only|just) @number (minutes|hours|seconds|days|times|mins)",
                "(only|just) @number (minutes|mins|hours) late",
                "i (texted|called|messaged|asked|told|reminded|emailed) you (@number times|twice|three times|already|before|at @time|on @day|yesterday|this morning|last week)",
                "i (texted|called|messaged|left you) (you )?(@number|a few|two|three|twice|multiple) (times|messages|voicemails|texts)",
                "(it was|that was) (on )?@day", "(i|we) (got|came|left|arrived|were) (home|back|there) (at|by|around) @time",
                "i (left|arrived|got there|got home|was home|was there|was back) (at|by|around|before) @time",
                "(it|the time|the timestamp) (says|said|shows|showed) @time",
                // Evidence.
                "i have (the|a|my)? [_] @evidence",
                "(check|look at|read|go back to|look back at|pull up|scroll through) (the|your|my|our)? [_] @evidence", "scroll (up|back)",
                "go back and (read|look|check)",
                "(it is|it's|its) (right )?(there|here) in (the|my|your|our) @evidence", "i have it in writing",
                "(i have|i've got|i got) (proof|screenshots|receipts|evidence|the receipts)",
                "(the|my|your|our) [_] @evidence (says|shows|show|proves|prove|said|showed|clearly|has|had)",
                "according to (the|my|your) [_] @evidence", "i can (show|prove) (you|it|that)",
                "(want|do you want) me to (show|prove|pull up|screenshot|send)", "i (screenshotted|screenshot|saved) (it|the|your|that)",
                "(here is|here's) the (proof|screenshot|receipt)",
                // Exact words.
                "you (literally )?said (yes|no|okay|fine|sure|and i quote|quote|those exact words|it was fine|that was fine|it was okay|you did not mind|you didn't mind)",
                "your (exact )?words (were|was)", "(those|these) were your (exact )?words",
                "i never said (that|it|those|this|anything like that)", "i (did not|didn't) say (that|it|those|this|you|anything like)",
                "that is not what (i said|you said|i meant|i wrote|we agreed|was said)",
                "that is not (true|accurate|correct|how it happened) [,] (it|i|you|we|the)",
                "(technically|actually) (it was|you|i|that|we)", "for the record", "to be (clear|precise|accurate|exact|fair|technical)",
                "get your facts (straight|right)", "you (are|have been) (remembering|recalling) (it|that|this|things)? wrong",
                "you remember (it|that|things)? wrong", "you (have|got) (it|the facts|your facts|the story|that) wrong",
                "let me correct", "correction", "(no|nope) , it was", "^ actually , (it|i|you|we)",
                "it was not (@time|@number|@day|that late|that long|my idea|me who|like that)", "you are wrong about",
                "it was (you|your idea) who", "you were the one who (said|suggested|picked|wanted|chose|forgot|agreed|told)",
                "you (literally )?agreed (to|on) (this|that|it|the plan|the date|the time)", "we agreed (on|to|that)",
                "(check|look at) the (time|date|clock)", "(the|that) (was|is) (a|the) (fact|facts)", "(fact|facts) (is|are)",
                "(it|that) (did not|didn't|never) happen (like that|that way)",
                "(you|u) (said|told me) (it|you) (was|were|would|will) [be] [at|by|home by|back by|there by] @time", "you said @time",
                "(i|we) said @time", "(i|we) (said|agreed) (on )?@day", "first of all",
                "(you were|you're|you are) (late|early) by @number", "you (were|got there|arrived|came home) at @time",
                "on (the )?<num> (not|,)",
            ]),
        PatternRule(
            .flag(.factLitigation),
            [
                "it was _ ... [,] not (the|a|an|your|my|his|her|@number|@day|@time|that|this)",
                "@number [_] [,] not (@number|a|an|one)",
                "^ not (a|an|@number) (hour|hours|minute|minutes|day|days|week|weeks|month|months|year|years|times)",
                "@number (times|minutes|hours|days|weeks|months|years|glasses|drinks|beers) [,] not",
                "(at|by|around|before|after) @time [,] not",
                "(i|we) (checked|looked at|pulled up) the [_] @evidence",
                "i (timed|counted|checked|measured|tracked|logged|wrote down) (it|them|that|this)",
                "^ i counted",
                "i looked at the (clock|time|app|screen|receipt)",
                "(i was|i am) (sitting|standing) right there",
                "(it is|it's) (right )?there (on|in) (my|your) (phone|screen|texts|messages|call log|calendar)",
                "the exact (text|words|message|quote|time|date)",
                "(i|you) (wrote|texted|typed|said|asked for|meant) _ [,] not _ $",
                "i (did not|never) say _ [,] i said",
                "^ wrong $",
                "(started|ended|began|was|were|arrived|left|landed|came|finished|got home|got back) at @time [,] (the|and|not|it|you)",
                "(since|for) @number (weeks|months|days|years) [,] not",
                "(it was|that was) your (idea|suggestion|plan|call)",
            ]),
        PatternRule(
            .block([.factLitigation], .sentence),
            [
                "(you are|you're) saying",
                "(what|which) time",
                "(can|could|should|shall) (we|you|i)",
            ]),
        PatternRule(
            .block([.factLitigation], .sentence),
            [
                "^ (do|does|did|can|could|should|shall|have) (we|i) ..."
            ]),
        PatternRule(
            .block([.defensiveness], .sentence),
            [
                "@time [,] not @time",
                "(at|by) @time [,] not",
            ]),
        PatternRule(
            .flag(.factLitigation),
            [
                "(@number|a|one|two|three|four|five|six) (weeks|days|months|years|hours) ago [,] not",
                "ago [,] not (last|this|@number|yesterday)",
            ]),
    ]
}
