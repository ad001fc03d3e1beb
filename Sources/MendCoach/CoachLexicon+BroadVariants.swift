extension CoachLexicon {
    /// A second round of structural variants: refusals, deflections, dismissals and skills in
    /// the many forms people type them (fragments, sarcasm, texting shorthand).
    static let broadVariantRules: [PatternRule] = [
        PatternRule(
            .flag(.stonewalling),
            [
                "(not|i'm not|i am not|i won't|i will not|not gonna|not going to) (replying|responding|answering|reply|respond|answer|engaging|engage) (to )?(this|you|that|it|any more|anymore|any of this)",
                "(not|i'm not|i am not|i won't|i will not) (having|have|doing|do) this (conversation|discussion|argument|talk|fight|again|now|tonight|with you)",
                "(i'm|i am|i'll|i will) (muting|mute|leaving|leave|blocking|block|silencing|ignoring|archiving) (this chat|the chat|this thread|this conversation|you|the group)",
                "(turning|turn|switching|switched|turned|shutting) (my phone|my notifications|it) off",
                "(do not|don't) (come find me|follow me|come after me|bother me|talk to me|look for me|knock|come in)",
                "i said (i'm|i am|i'm just) fine", "^ save it $", "(i'm|i am) not (speaking|talking) to you",
                "(done|finished) (talking|discussing|explaining|arguing) (about this|with you|$)",
            ]),
        PatternRule(
            .flag(.defensiveness),
            [
                "(sure|fine|great|yeah|okay|ok|oh sure|right) [,] blame me",
                "(why|how) (does|is|do|did) (everything|it|this|every fight) (always )?(have to be|has to be|is|end up being|turn into) my fault",
                "whatever i do [,] (it is|it's|is|it will be) (wrong|never enough|not enough|not good enough)",
                "(i can't|i can not|i cannot) help (that|it|it if) (i'm|i am|i was|i have|i get)", "in my defense",
                "(it was|that was) (just )?an accident", "(stop|quit) making me feel (bad|guilty|like)",
                "(it's|it is) not like you (were|are|did|do|have|helped|ever)", "if you (don't|do not) believe me",
                "so (don't|do not|stop) (make|making|saying|act like|acting like) (this|it|that|everything) (is )?(my fault|on me|about me)",
                "(so|and) stop saying i (forgot|did|didn't|never|lied|don't|do not)",
                "at least i (don't|do not|didn't|did not|never) ... like you",
            ]),
        PatternRule(
            .flag(.criticism),
            [
                "(there is|there's) something [seriously|really|deeply] wrong with (you|how you|the way you)",
                "(stop|quit) making everything about (you|your|yourself)", "imagine being (this|that|so)",
                "you (can't|can not|cannot) even (load|do|make|remember|cook|clean|manage|handle|get|take|say|keep|follow|pay)",
                "at least i (don't|do not|didn't|did not|never) ... like you",
            ]),
        PatternRule(
            .flag(.contempt),
            [
                "(stop|quit) (being|acting like) (a|such a) (baby|child|toddler|crybaby|brat|drama queen|princess|victim|martyr|little bitch)",
                "not (even )?worth (arguing with|talking to|fighting with)",
                "(you are|you're|ur) not (even )?worth (my time|my breath|the effort|my energy)",
                "^ (ooh|oooh|oh|wow) [,] (scary|so scary|terrifying|i'm shaking|i'm so scared)", "sure jan", "ok boomer", "okay boomer",
                "(oh )?poor (baby|little baby|thing|you) [,] (did|does|is)",
                "did (someone|somebody) hurt your (feelings|feefees|little feelings)",
                "(cry|go cry) about it", "you [useless|stupid|lazy|pathetic|fat] (lump|idiot|slob|oaf|waste)",
                "imagine being (this|that|so)",
                "(jeez|geez|god|omg) [,] (chill|calm down|relax|chill out)",
            ]),
        PatternRule(
            .flag(.invalidation),
            [
                "(i don't|i do not|i can't|i can not|i cannot|can't|don't) (get|understand|see) why (this|that|it|something like this) (bothers|upsets|hurts|matters to|affects|gets to) you",
                "(weird|strange|silly|stupid|dumb|ridiculous|odd|small) (thing|reason) to (get|be|feel) (hurt|upset|mad|sad|angry|offended|worked up|jealous) (by|about|over)",
                "(you are|you're) not (really )?(hurt|sad|upset|angry|scared|offended) [,] (you are|you're)",
                "(looking|fishing|begging|seeking) for (attention|sympathy|pity|drama)", "(cry|go cry) about it",
                "(everyone|everybody) else (manages|can|handles|copes|deals|gets)",
                "(anyone|anybody|most people|a normal person) (else )?(would have|would've|would) (laughed it off|gotten over it|got over it|moved on|let it go|shrugged it off|been fine)",
                "(stop|quit) making everything about (your feelings|how you feel|you)",
                "(it's|it is) (just|only)? a (mug|cup|plate|joke|game|text|comment|movie|show|word|song|shirt|vase) (,|$)",
                "^ (jeez|geez) [,] (chill|calm down|relax|chill out)",
            ]),
        PatternRule(
            .flag(.assumedIntent),
            [
                "(you love|you like|you enjoy|you get off on) (having|making|seeing|watching|being|holding) (something|me|it)",
                "(something|anything) to hold over me", "(you had|you'd) already decided",
                "you (wanted|want|were looking for|needed) (an audience|attention|a reaction|a fight|an excuse|a reason)",
                "(so|just so) (i'd|i would|i'll|i will) have to", "you never (meant|mean) (it|any of it|a word|what you say)",
            ]),
        PatternRule(
            .flag(.defensiveness),
            [
                "i (get|got|always get) blamed for (everything|it all|all of it|anything)",
                "(i'm|i am) (always|the only one|forever) (the bad guy|the villain|the problem|to blame|in the wrong)",
                "(what|how) about (what|when|how) you (did|said|do|say|acted|treated)",
                "(i wasn't|i was not) even (there|home|around|involved|the one)",
                "(don't|do not|stop) (make|making|painting|paint|casting) me (the|out to be the|as the|into the) (villain|bad guy|problem|monster|enemy)",
                "(you're|you are) (making|blowing) (a big deal|this|it|that|a mountain) (out of|up|of) ... (i was|i only|i just|it was only|it was just)",
                "(you never|you don't|you do not) (appreciate|notice|see|thank me for) (anything|everything|what) i do",
            ]),
        PatternRule(
            .flag(.fixing),
            [
                "(best thing|the best thing|best bet|your best bet|the trick|the key|the answer|the solution|what you need|all you need|the only way) (is|would be|will be) (to|just)",
                "(i'd|i would) (just|probably|honestly|definitely) (skip|leave|ignore|tell|say|quit|go|stay|call|text|block|let|walk|send|ask|drop|report)",
            ]),
        PatternRule(.block([.appreciation], .sentence), ["(best thing|the best thing|best bet|the trick|the key) (is|would be) to"]),
        PatternRule(
            .flag(.contempt),
            [
                "(can't|cannot|can not) (even )?(look at|stand|bear to look at|stand the sight of|stand being near) you",
                "you (disgust|repulse|sicken|revolt|nauseate) me", "you (make|made) me (sick|want to puke|want to vomit|want to throw up)",
            ]),
        PatternRule(
            .flag(.contempt),
            [
                "(do|did) you (ever|even) (think|use your brain|use your head|listen|read|engage your brain) (before|when|at all)",
                "who (even )?(raised|taught|brought up) you", "(were|was) you raised (by wolves|in a barn)",
                "the (great|mighty|almighty|all knowing|perfect|famous|world's best|amazing) _ (speaks|has spoken|returns|arrives|is here|graces)",
            ]),
        PatternRule(
            .flag(.invalidation),
            [
                "(don't|do not) be (silly|ridiculous|daft|absurd|dumb|stupid|like that) [,] (it is|it's|it was|that is|that's|nothing|no one|nobody)"
            ]),
        PatternRule(
            .flag(.responsibility),
            [
                "(i'm|i am|i have been|i've been) (working on|trying to work on|learning to|practicing) (not|being|stopping|catching|noticing|listening)"
            ]),
        PatternRule(.flag(.factLitigation), ["you (got|came|were|walked) (home|back|in) (at|by|around|after) @time"]),
        PatternRule(
            .flag(.defensiveness),
            [
                "you (have|had) done (it|that|the same|this|the same thing) (too|as well|before|yourself|plenty of times)",
                "^ you (told|asked) me to",
                "(i had|i have had|i was having) (a migraine|a headache|a long day|a rough day|a lot going on|so much going on|the flu|a cold|no sleep|no time|work) [,] (i|so|and|what|okay|that is why)",
            ]),
        PatternRule(
            .flag(.factLitigation),
            ["(we|i) (talked|spoke|discussed|went over) [about] (this|it|that) ... (on @day|yesterday|last week|last night|remember $)"]),
        PatternRule(
            .flag(.fixing),
            [
                "^ (sleep|rest|eat|drink|exercise|breathe|relax|stretch|meditate|journal|walk) (more|less|better|it off|earlier|properly|some water) $"
            ]),
        PatternRule(.flag(.emptyPromise), ["(promise|swear) (you will|you'll|it will|it'll|this will|that will) never"]),
        PatternRule(
            .flag(.sympathy),
            [
                "could have been (a lot|so much|way|much|far)? worse", "(there is|there's) always next (year|time|week|season|month)",
                "sorry (it|things|that|the interview|the trip) (didn't|did not) (go your way|work out|go well|go as planned)",
            ]),
        PatternRule(
            .flag(.fixing),
            [
                "(it'll|it will|that'll|that will|that would|it would|which will|that should) (make|help) (the|it|you|things|your) [_] (less|more|easier|better|calmer|clearer)",
                "(if|since) (it is|it's|that's|that is|they are|they're|he's|she's) (stressing|bothering|upsetting|hurting|annoying|draining) you",
                "(maybe|probably) that is why (you are|you're|you feel)", "laugh it off", "^ [just|maybe] (shake|brush|walk) it off",
                "^ [just|maybe|honestly] book (a|an|some) (massage|appointment|session|day off|vacation|trip|spa|holiday|class)",
                "^ [just|maybe|honestly] (tell|ask) (the|your) (teacher|boss|manager|doctor|landlord|coworker|friend|professor|team|hr) (you|that|for|to|if|about)",
                "^ [just|maybe] (switch|change) to (decaf|tea|a|an|the)",
                "^ [just|maybe] ask for (feedback|help|a raise|an extension|more time|it)",
            ]),
        PatternRule(
            .flag(.checkUnderstanding),
            [
                "what (is|was) the (hardest|worst|most painful|scariest|toughest|heaviest) part",
                "what (part|parts|bit) (did i|have i|am i) (get|got|getting) wrong", "what (did|have) i (miss|missed|get wrong|got wrong)",
                "(does|did) (that|this) (capture|sum up|cover|describe|reflect) (it|what|how|things)",
                "what else do you (want|need) me to (know|understand|hear|get)",
            ]),
        PatternRule(
            .flag(.reassurance),
            [
                "(this|that|it|nothing) (doesn't|does not|won't|will not|could never|can't|can not|cannot) change how i feel about you",
                "you and me [,] (always|forever|no matter what)", "(i'm|i am) (still|so|totally) (crazy|mad|nuts|wild) about you",
                "(it's|it is) safe to (tell me|talk to me|be honest)",
                "nothing you could (tell me|say|do) (that )?would make me stop (loving|caring|wanting)",
            ]),
        PatternRule(
            .flag(.appreciation),
            [
                "(i )?(loved|love|admired|admire|liked|really liked) (how|the way) you (handled|dealt|talked|stayed|spoke|managed|looked after|took care)"
            ]),
        PatternRule(
            .flag(.iStatement),
            [
                "i feel like (an|a) (outsider|stranger|third wheel|afterthought|guest|failure|fool|ghost|spare part)",
                "(i'm|i am) (a bit|a little|kind of|kinda|so|really|pretty|honestly) (heartbroken|gutted|crushed|shaken|rattled|devastated)",
            ]),
        PatternRule(
            .flag(.validation),
            ["(that's|that is|it's|it is) a (fair|reasonable|valid|understandable|natural|normal|legit) (thing|reason) to (be|feel|get)"]),
        PatternRule(
            .flag(.factLitigation),
            ["(it is|it's) [literally|right] (in|on) the [group] (chat|email|calendar|text|texts|thread|app|receipt|camera|doorbell)"]),
    ]
}
