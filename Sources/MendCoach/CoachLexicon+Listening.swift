extension CoachLexicon {
    /// Active listening: reflection, checking understanding, validation and empathy.
    static let listeningRules: [PatternRule] = [
        PatternRule(
            .flag(.reflection),
            [
                "(it )?sounds (like|as if|as though) ... (you|your|yourself)", "(it )?sounds (like|as if|as though) (you|your|for you)",
                "what i (am )?(hear|hearing) (is|you saying|you say|from you)", "i (hear|am hearing) (that )?you",
                "so you (felt|feel|were feeling|are feeling|were|are|have been|thought|think|wanted|want|needed|need|didn't|did not|don't|do not)",
                "so (for you|you're saying|what you are saying|what you're saying)",
                "you (felt|feel|were feeling|are feeling|have been feeling|must have felt|must feel) @feeling",
                "you (felt|feel|were feeling|are feeling) (like|that) (i|you|no one|nobody|we|your|it|my)",
                "you are saying (that )?", "you're saying", "what you are saying is", "(it )?(seems|seemed|looks) (like|as if|that) you",
                "if i (understand|hear|get) (you|this|that|it)? (right|correctly)",
                "let me (see if i|make sure i|check if i|check that i) (understand|got|get|heard|hear)",
                "so (when|if) i ... you (felt|feel|were|got)", "when i ... you (felt|feel|were|got) @feeling",
                "you (needed|expected|wished) (me to|to feel|to be|for me|that i|us to|some|more)",
                "you wanted (to feel|to be|us to|some|more)",
                "you wanted me to (notice|ask|be there|see|hear|listen|understand|help|care|check)",
                "i can (hear|see|tell) (how|that|what) (much|you|it|that|this|hard|painful|lonely|scary|upset|hurt)",
                "you are (not sure|unsure|wondering|torn|struggling|considering|thinking about|worried|scared|afraid|concerned|frustrated|tired of|sick of|feeling|finding)",
                "you (have) been (feeling|struggling|dealing|carrying|going through|trying|thinking|holding)",
                "(it is|it has been|it's been|that has been|that was|this has been) (really )?(hard|difficult|tough|painful|frustrating|confusing|lonely|scary|exhausting) for you",
                "part of you (feels|felt|wants|wanted|is|was|thinks)", "you (really )?(care|cared|value|valued) (about|a lot about)",
                "(to|for) you , (it|this|that) (felt|feels|was|seemed)", "you are (saying|telling me) (that )?",
                "you (were|are) (really )?(hurt|upset|sad|worried|scared|angry|frustrated|disappointed|lonely|anxious|embarrassed) (about|because|that|when|by|over)",
                "you (did not|didn't|don't|do not) feel (heard|seen|supported|loved|important|valued|like a priority|safe|respected|appreciated|cared for|included)",
            ]),
        PatternRule(
            .flag(.checkUnderstanding),
            [
                "(did|have) i (get|got|understand|hear|capture|miss|catch) (that|it|this|you|everything|anything|all|something)",
                "(did|have) i (get|got|understand|hear) (that|it|this|you)? (right|correctly)",
                "is (that|this|it) (right|correct|accurate|fair|true|it|what you mean|what you meant|how it felt|what happened|close|about right|what you're saying|what you are saying)",
                "am i (getting|understanding|hearing|reading) (that|this|you|it)? (right|correctly|wrong)",
                "does (that|this|it) (sound|feel) (right|accurate|true|about right|close)",
                "is there (anything|something|more) (else|i missed|you want|i am missing|i have missed) $",
                "is there (anything|something|more) (else )?(you want to|you'd like to|you would like to) (say|add|tell me|share)",
                "what else $",
                "what else (was it like|is there|is going on|happened|did you feel|was hard|comes up|came up|would help|do you need from me|is on your mind|are you feeling|should i know|hurt|was going on)",
                "tell me more", "say more", "(can|could|would) you (tell|say) (me )?more",
                "(help|can you help|could you help) me understand", "what (was|is) (that|it) like (for you)?",
                "how did (that|it) (feel|make you feel)", "how (are|were) you feeling", "what do you need (from me|right now)?",
                "what (would|could) help", "what (did|do) you (mean|need)", "did i miss (anything|something)",
                "anything (else|i missed|i'm missing)", "what am i missing", "i want to (understand|make sure i understand|hear)",
                "i (would) (like|love) to (hear|understand|know) (more|how|what)", "is that what you (mean|meant|are saying)",
                "am i (right|close|on track|missing something)", "(what|how) (else )?(felt|did it feel|are you feeling)",
                "where (did|do) i (lose|miss)", "(was|is) there (more|something else)",
                "what (part|bit) (hurt|was|felt)", "(what's|what is) (that|it) (been )?like for you", "how (is|was) (that|this) for you",
                "(anything|something) (you want|you'd like) (to add|me to know)",
            ]),
        PatternRule(
            .flag(.validation),
            [
                "(that|it|this|your reaction|your anger|your hurt) makes (total|complete|perfect|so much|a lot of)? sense",
                "makes (total |complete |perfect |so much |a lot of )?sense", "no wonder (you|that you|it|that)",
                "of course you (felt|were|are|would|feel|got) [_] [_]", "anyone would (feel|be|have|get)",
                "i (would) (feel|be|have felt|have been) (the same|that way|upset|hurt|angry|like that)", "i (would) feel that way too",
                "you have every right to (feel|be)",
                "(it is|it's) (okay|ok|alright|understandable|normal|natural|valid|fair|completely understandable|totally understandable|totally fair|completely fair) (to|that you|for you to|you)",
                "your (feelings|reaction|anger|hurt|frustration|fear|sadness|concern|worry) (are|is|make|makes) (valid|understandable|sense|fair|real|legitimate|justified|completely valid)",
                "i (understand|get|can see|see|can understand|totally get|completely understand) why",
                "(that|it|this) is (completely|totally|so|very|perfectly)? understandable", "you are (not wrong|right) to (feel|be)",
                "you are not (crazy|wrong|silly|overreacting|being dramatic) (for|to)",
                "that would (upset|hurt|bother|frustrate|scare) anyone", "(your feelings|that|it|this) (is|are) valid",
                "i (do not|don't) blame you", "you are allowed to (feel|be)", "who (would not|wouldn't) (be|feel)",
                "(that|it) (is|was) (a )?(fair|reasonable|valid|legitimate) (point|concern|reaction|thing to feel|feeling)",
                "(you're|you are) (right|not wrong)", "you have (a )?(good|every|fair) (reason|point)",
                "^ [i|i can|i totally|i completely] (get|understand) (that|it|how you feel|where you are coming from) $",
                "^ [i|i can|i totally|i completely] (get|understand) (how you feel|where you are coming from|why)",

            ]),
        PatternRule(
            .flag(.empathy),
            [
                "(that|it|this) sounds (so |really |incredibly |truly )?@hard_adjective",
                "(that|it|this) (must|must have|would|would have|can) (be|been|feel|felt|have been|have felt) (so |really )?@hard_adjective",
                "i can (feel|imagine|only imagine|sense) (how|what|that|your)",
                "my heart (breaks|hurts|aches|goes out|sank|is breaking|is heavy|broke)", "it (breaks|hurts|broke) my heart",
                "(that|it) (breaks|broke|hurts) my heart",
                "i (feel|felt) (it|that|your pain|this) (with you|too)",
                "i (am|feel) (so )?(sad|heartbroken|hurt|sorry|gutted|devastated) (that you|to hear that you|to see you|for you|with you)",
                "i hate that you (went|had|felt|were|have|are|had to|have to|feel)",
                "i wish (you had not|you hadn't|you didn't|i had been there|i could take|i could have|i'd been there|it had not)",
                "i am in this with you",
                "i'm in this with you", "i am (right )?here with you", "(i'm|i am) with you in this", "i feel (this|it) with you",
                "i (feel|felt) (so )?(sad|heavy|hurt|angry) (hearing|for you|with you|that you)",
                "(ugh|oh) , (that|how) (sounds|is) (so )?@hard_adjective",
                "(it|that) must (hurt|sting|ache|have hurt|have stung) (so much|a lot)?",
                "(how|that's so|that is so) (awful|painful|lonely|scary|isolating|heartbreaking) [for you] $",
                "i (can|could) (feel|see|hear) (your|the) (pain|hurt|sadness|fear|exhaustion)",
                "i (can|could) feel how (much|hard|painful|lonely|scared|sad|hurt)",
            ]),
        PatternRule(
            .flag(.reflection),
            [
                "^ so it (was not|wasn't|is not|isn't) (the|about|that|just)",
                "(it was|it is|it was more|it's more) (feeling|the feeling|that feeling|being|about feeling|finding out|not knowing|hearing)",
                "feeling like (an afterthought|a burden|the last|second|nobody cared|no one cared)",
                "it (felt|feels|must have felt) like (i|we|nobody|no one|you were|you weren't|your)",
                "the way i (understand|see|hear) it",
                "(scared|hurt|upset|worried|frustrated|embarrassed|stung|crushed|angered) you (because|when|that)",
                "(so )?the (hardest|worst|scariest|most painful) part (was|wasn't|is|isn't)",
                "what i am (getting|taking away|understanding|gathering|picking up) (is|from)",
                "^ so you (spent|thought|were thinking|had|went through|felt|feel|were|are|have been|needed|wanted|did not|didn't|never got|got|found out|heard|saw|came home|were left|waited)",
                "(for you|to you) , (it|this|that) (was|is|felt|feels)",
                "if i am hearing you (right|correctly)",
                "(i am|i'm) hearing (that )?(you|it|this)",
                "you (felt|feel|were feeling) (so )?(alone|left out|unseen|unheard|like)",
                "(i|i can) (hear|see) (how|that) (you|this|it|that)",
            ]),
        PatternRule(
            .block([.reflection], .sentence),
            [
                "(you are|you're) saying ... @time",
                "(you are|you're) saying (that )?(the|it) (starts|is at|begins|was at|ends)",
                "sounds like (a plan|fun|a good idea|a deal|a great idea)",
            ]),
        PatternRule(
            .flag(.checkUnderstanding),
            [
                "what (was|is) (going on|happening) (for|inside|with|in) you",
                "is there (anything|something|a part|a piece|more) (that )?(i|i am|i have) ... (missed|missing|understood|gotten|heard|seen|get|got|getting|seeing|hearing|understand|understanding) $",
                "what did i (leave out|miss|get wrong|forget|overlook|skip)",
                "what would you (add|change|correct|say i missed)",
                "how close (is that|am i|was i|did i get)",
                "what was the (hardest|worst|scariest|most painful|loneliest) (part|moment|bit) [for you]",
                "(did|have) i (understood|understand|got|gotten) (that|it|this|you) (correctly|right)",
                "(am i|is that) (close|on the right track|in the ballpark)",
                "what (part|bit) (am i|did i) (missing|miss)",
                "what (do|did) you (wish|want|need) (i|me|from me)",
                "what (was|is) (it|that) like (for you)?",
                "how (did|does) (that|it) (feel|land|sit) (for you|with you)?",
            ]),
        PatternRule(
            .flagSuppressing(.checkUnderstanding, [.request], scope: .clause),
            [
                "(can|could|would|will) you (tell|say) (me )?more"
            ]),
        PatternRule(
            .flag(.validation),
            [
                "of course (that|it|this|you) (scared|hurt|upset|stung|bothered|felt|made you|frightened|worried|angered)",
                "(that|it) would have (upset|hurt|bothered|scared|angered|frustrated|stung|worried) me (too|as well)",
                "(i|anyone|anybody) would (be|have been|feel|have felt) @feeling (too|as well|in your shoes|if)",
                "(i would|i'd) be @feeling too",
                "(that|it) (would|will) (upset|hurt|bother|frustrate|scare|anger) (anyone|anybody|me too)",
                "no wonder (you|that|it|this|why|he|she|they|we)",
                "(makes|made) (total|complete|perfect)? sense (that|why) you",
                "(your|that) (reaction|feeling|anger|fear|hurt) (is|was) (completely|totally)? (fair|valid|understandable|reasonable|justified)",
            ]),
        PatternRule(
            .flagSuppressing(.validation, [.reflection, .fixing], scope: .clause),
            [
                "(makes|make) (total|complete|perfect|so much)? sense (that )?you (are|were|feel|felt|would)",
                "(i would|i'd) be @feeling (too|as well)? if i were you",
            ]),
        PatternRule(
            .flag(.empathy),
            [
                "what a @hard_adjective (place|thing|time|week|day|night|situation|experience|way|moment|feeling|spot|position|drive|weekend|year|road)",
                "must (have )?(stung|hurt|ached|crushed you|broken your heart|knocked the wind out of you|shaken you|rattled you|gutted you|devastated you|felt awful|felt terrible|felt horrible|felt so lonely)",
                "sounds like (a|such a|such an|an) @hard_adjective",
                "must have been (a|such a|such an|so|really|incredibly)? @hard_adjective",
                "it must have felt like",
                "(feeling|i am feeling|i feel) it with you",
                "(you are|you're) not alone (in this|with this)?",
                "i can feel (the|your|how|what|that)",
                "(that|it|this) sounds (like it was )?(so|really|incredibly)? @hard_adjective",
                "i (hurt|ache|feel sick|feel awful) (for|with) you",
                "(ugh|oh|god|oh god) [,] (that|how) (sounds|is|was) [so|really] @hard_adjective",
            ]),
        PatternRule(
            .flagSuppressing(.empathy, [.reflection], scope: .sentence),
            [
                "i can feel (the|your|how|what) (heaviness|weight|pain|hurt|sadness|fear|exhaustion|loneliness|grief|anger|heartbreak)",
                "it must have felt like",
            ]),
        PatternRule(
            .flag(.reflection),
            [
                "you felt (so |really )?(@hard_adjective|@feeling)"
            ]),
        PatternRule(
            .flagSuppressing(.checkUnderstanding, [.request], scope: .clause),
            [
                "(can|could|would) you help me understand",
                "am i (understanding|hearing|getting|reading) (you|this|that|it|what you mean)",
            ]),
        PatternRule(
            .flag(.reflection),
            [
                "(it seems|it sounds|sounds|seems) like (what|the thing|the part) (that )?(hurts|hurt|bothers|bothered|upsets|upset|matters|scares|scared) [you] (most|the most)",
                "you (mentioned|said|shared) (that )?you (feel|felt|get|are|were)",
            ]),
        PatternRule(
            .flagSuppressing(.validation, [.reflection], scope: .clause),
            [
                "of course you (felt|were|are|would|feel|got|get)",
                "anyone (in your position|in your shoes|in your place)? would (feel|be|have|get)",
            ]),
        PatternRule(
            .flagSuppressing(.empathy, [.iStatement], scope: .clause),
            [
                "my heart (breaks|hurts|aches|goes out|is breaking|broke|sank) (for|to) you",
                "i (hurt|ache) for you",
            ]),
        PatternRule(
            .flagSuppressing(.empathy, [.reflection, .validation, .iStatement], scope: .sentence),
            [
                "sounds like (it|that|this) (was|has been|is|felt|must have been) [so|really] (@hard_adjective|@feeling)",
                "(that is|that's|it is|it's|that was|that has been) (a lot|so much|too much) (to carry|to hold|to deal with|to handle|to go through)",
                "i (feel|felt|am) (so |really )?(sad|heartbroken|hurt|awful|sick|gutted|devastated) (thinking about|imagining|hearing|knowing|to hear|to think|to know) (you|what you|that you|about you|how you)",
            ]),
        PatternRule(
            .flagSuppressing(.checkUnderstanding, [.request], scope: .clause),
            [
                "help me (see|understand|get) (what|where|how|why)",
                "what am i (not seeing|not getting|not understanding|missing|overlooking)",
            ]),
        PatternRule(
            .flagSuppressing(.validation, [.reflection], scope: .clause),
            [
                "^ (that is|that's|it is) (fair|valid|understandable|reasonable|totally fair|completely fair) $",
                "(that|it|this) would make anyone (angry|upset|sad|mad|feel|hurt|cry|anxious|jealous|nervous)",
                "(it is|it's) (okay|ok|alright|understandable|normal|natural|valid|fair) (that|if) you (are|were|feel|felt)",
            ]),
        PatternRule(
            .flag(.reflection),
            [
                "(your|the) (family|kids|children|job|work|relationship|marriage|friends|faith|health|independence|career|freedom|partner|mom|dad|sister|brother) (means|matters|is important|mean|matter|are important) [a lot|so much|everything|the world] to you",
                "(this|it|that) has been (weighing on|hard on|eating at|bothering|eating away at|sitting with|on) you",
                "you would (like|love|prefer) (things|it|him|her|them|to|for)",
                "you are not (ready|sure|certain) (to|if|whether|how|what)",
                "you (feel|felt|are feeling) (stuck|trapped|torn|lost|alone|overwhelmed|unsure|conflicted)",
                "(on one hand|on the one hand|part of you)",
            ]),
        PatternRule(
            .flagSuppressing(.validation, [.reflection], scope: .sentence),
            [
                "(what|how) you (are|were)? (feeling|feel|felt) (is|was|makes) (completely|totally|perfectly|so)? (natural|normal|valid|understandable|okay|sense|human)",
                "(many|most|lots of|a lot of|so many) people (feel|would feel|go through|struggle|feel exactly|have felt)",
                "(it is|it's) (normal|natural|common|human|okay) to (feel|be|struggle|grieve|want)",
            ]),
        PatternRule(
            .flagSuppressing(.checkUnderstanding, [.responsibility, .reflection], scope: .sentence),
            [
                "^ (did|have) i (hurt|upset|offend|scare|embarrass|disappoint|confuse|worry) you",
                "^ (was|is) it (the|my|what) ... or (the|my|what|that)",
            ]),
        PatternRule(
            .flag(.reflection),
            [
                "(felt|feels|seemed|seems) like (a )?_ [_] to you"
            ]),
    ]
}
