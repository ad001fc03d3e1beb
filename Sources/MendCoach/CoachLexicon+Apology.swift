extension CoachLexicon {
    /// Apologising for one's own action, and sympathy: feeling for the partner from a distance.
    static let apologyRules: [PatternRule] = [
        PatternRule(
            .flag(.apology),
            [
                "sorry", "i apologize", "i apologise", "my apologies", "i owe you an apology", "(please )?forgive me", "my bad",
                "i (want|wanted|need) to apologize",
                "i regret (it|that|what i|saying|doing|how i)", "(i am|i'm) (so )?ashamed (of|that) (myself|what i|how i)",
                "apologies (for|about)", "i take it back",
                "can you forgive me", "(i am|i'm) sorry , (okay|ok|alright)", "sorry (okay|ok) $", "i said (i was|i'm|i am) sorry",
            ]),
        PatternRule(
            .flagSuppressing(.sympathy, [.apology]),
            [
                "sorry (that )?you (feel|felt|are feeling|were feeling|think|see it|had|went through|are going through|have to|got|were|are|had to|lost|didn't get)",
                "sorry (that|this) (happened|happened to you|is happening|was|is|sucks|must be)",
                "sorry (to hear|for your loss|about your|for what you|about what happened|that happened|about that)",
                "sorry (it|that|this) (was|is|has been|happened|went) (so )?(rough|hard|bad|awful|tough|difficult|terrible|a rough|the case)",
                "sorry (about|for) (your|the) (day|week|loss|news|situation)",
                "(i am|i'm) sorry (you feel|you feel that way|if you feel|if you felt|if that|if it|if i|if anything)",
                "sorry if (you|that|it|my)", "sorry you feel that way",
            ]),
        PatternRule(
            .flag(.sympathy),
            [
                "(that|it) (sucks|stinks|blows|is too bad|is a shame|is unfortunate|was unfortunate|is rough|was rough)",
                "(too|that's too|that is too) bad", "what a (shame|bummer|pity)", "^ oh no",
                "poor (thing|baby|you|dear)", "at least (you|it|they|he|she|we|your|the) _",
                "(it|things) could (have been|be|always be|have gone) (a lot |much |so much )?worse", "could be worse",
                "(look on|on) the bright side", "silver lining", "everything happens for a reason",
                "(it|things|everything) will (all )?(be|work out|turn out) (fine|okay|ok|alright|for the best)",
                "(it|things|everything) (will|is going to) (get|be) better", "you will be (fine|okay|ok|alright)", "time heals",
                "(other|some|many|lots of) people have it (way |much )?worse",
                "i pity you", "hang in there", "chin up", "cheer up", "keep your chin up", "stay positive", "look at it this way",
                "it is what it is",
                "(it is|it's) not the end of the world", "plenty (of|more) (other )?(fish|jobs|opportunities|people)",
                "you'll find (another|someone|something) (better|else)", "it (was|wasn't) meant to be",
                "(god|the universe) has a plan", "(it is|it was) for the best", "sending (hugs|love|good vibes|thoughts|prayers)",
                "thoughts and prayers", "(at least|well) it (is|was) over",
                "(just )?think positive", "(try to )?focus on the (positive|good)", "count your blessings", "be grateful (for|that)",
                "could have been worse", "(that is|that's|how) (unlucky|unfortunate)",
                "(oh )?(no|dear) , (that|how|poor)", "it happens (to everyone|to the best of us)", "you win some you lose some",
                "(tomorrow|next time) (is|will be) (a new|another|better)",
            ]),
        // Defensive "at least I" and appreciative "at least you tried".
        PatternRule(
            .block([.sympathy], .overlap),
            [
                "at least (i|we) ", "at least you (care|cared|listened|called|said|apologized|admitted|showed up)",
                "at least (tell|let|ask|call|text|try)",
            ]
        ),
        PatternRule(
            .flagSuppressing(.sympathy, [.apology], scope: .sentence),
            [
                "sorry (that )?(your|ur) _",
                "sorry (about|for) (your|the) (day|week|night|news|meeting|interview|exam|trip|loss|situation|breakup|diagnosis)",
                "^ bummer",
                "(tomorrow|next week|next time) (is|will be) (a new|another|better) (day|week|one|chance)",
                "hope (things|it|everything|you|tomorrow|the rest of) (look|looks|get|gets|feel|feels|turn|turns|go|goes|is|will be) (up|better|well|easier)",
                "(hope|hoping) you feel better",
                "^ (aw|aww|awww)? [,] hugs",
                "at least (nobody|no one|noone|nothing|it|you|they|the) _",
                "(these|such) things happen",
                "oh well",
                "(that's|that is) life",
                "life goes on",
                "(it|that) (could|might) happen to anyone",
                "(sending|big) (hugs|love)",
                "(feel|get) better soon",
                "(i am|i'm) sorry to hear (that|it|about)",
                "poor (you|thing|baby|dear)",
                "what (bad|rotten|terrible) luck",
                "(that's|that is) (rough|tough|a bummer|unlucky) [,] (but|though)",
            ]),
        PatternRule(
            .block([.apology], .overlap),
            [
                "sorry [,] (what|who|when|where|which|how|come again|say again|say that again|wrong number|i missed that|i did not catch|i didn't catch)",
                "sorry to (bother|interrupt|ask|disturb|keep you)",
                "^ sorry what",
                "sorry (i|we) (missed|didn't catch|did not catch) (your|that) (call|text|message)",
            ]),
        PatternRule(
            .block([.responsibility], .overlap),
            [
                "sorry [that|for|about|if] i (was|am|have been|got|did|messed|screwed|acted|yelled|snapped)"
            ]),
        PatternRule(
            .flagSuppressing(.sympathy, [.iStatement], scope: .clause),
            [
                "i feel (so )?(bad|sorry) for you"
            ]),
        PatternRule(
            .flagSuppressing(.apology, [.stonewalling], scope: .message),
            [
                "(i am|i'm|im) sorry , (okay|ok|alright)",
                "^ sorry (okay|ok) $",
                "(sorry|apologized|apologised) (already|okay|ok) [,] (can|so) (we|you)",
            ]),
        PatternRule(
            .block([.apology], .overlap),
            [
                "my bad (mood|day|week|attitude|temper|habit|habits|side|knee|back|luck|night|moods)"
            ]),
        PatternRule(
            .block([.responsibility], .overlap),
            [
                "(sorry|apologize|apologise|forgive me) ... i (was|am|have been) @self_trait"
            ]),
        PatternRule(
            .flagSuppressing(.sympathy, [.apology], scope: .sentence),
            [
                "(it|things|everything) (will|is going to|are going to) (all )?(work out|turn out fine|turn out okay|be fine|be okay|be alright|sort itself out)"
            ]),
    ]
}
