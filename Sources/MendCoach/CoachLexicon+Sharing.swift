extension CoachLexicon {
    /// Speaking from one's own experience, naming one's activation, owning one's part.
    static let sharingRules: [PatternRule] = [
        PatternRule(
            .flag(.iStatement),
            [
                "i (feel|felt|am feeling|was feeling|have been feeling|have felt|get|got|start to feel|started to feel|end up feeling|ended up feeling|often feel|sometimes feel|kind of feel|always feel|feel really|still feel|keep feeling|grew|became|become) @feeling",
                "i am @feeling", "i was @feeling", "i have been @feeling", "i get (so )?@feeling when",
                "(it|that|this|what you said) (hurt|hurts|stung|stings|wounded|crushed|scared|scares|worried|worries|upset|upsets|saddened|saddens) me",
                "it (made|makes|has made) me (feel )?@feeling", "(that|this|what happened) (made|makes|left) me (feel )?@feeling",
                "i (felt|feel) like (i am|i was|i'm|i'd|i do not|i didn't|i did not|i can not|i couldn't|i have|i had|nobody|no one|i wasn't|i was not|i don't|i am not|i'm not|my)",
                "i (need|needed) (to feel|connection|closeness|reassurance|support|us to)", "i (need|needed) you to (know|understand|hear)",
                "i (need|needed) (more|some) (closeness|connection|support|time|reassurance|affection|help|attention|warmth)",
                "i miss (you|us|how we|when we|the way we|feeling|being close|our)",
                "my (heart|chest|stomach|throat|body|gut) (is|gets|feels|felt|was|got|goes|sank|sinks|drops|dropped|tightens|tightened|hurts|aches|ached|is in knots|was in knots)",
                "i (get|got|had|have) (a knot|knots|butterflies|a lump|a pit|a sinking feeling|tears|a tight)",
                "part of me (feels|felt|is|was|wants|wanted)",
                "(it|that|this) (scares|scared|worries|worried|frightens|frightened|saddens|saddened|hurts|hurt|breaks|broke) me",
                "i (want|wanted|long|longed|need) to feel (close|closer|safe|seen|heard|loved|wanted|important|connected|valued|like)",
                "i (was|am|have been) (hoping|longing|wishing|aching) (for|that|to)",
                "i (was|am|have been|got|get) (scared|afraid|worried|terrified|anxious|nervous) (that|of|about|you|we|it|to)",
                "when you ... i (feel|felt|get|got|was|am)", "i (am|was|have been) (struggling|hurting|grieving|aching)",
                "(i am|i was|i have been) having a (hard|tough|rough|difficult) (time|day|week)",
                "i (cried|was crying|have been crying|felt tears)",
                "(it is|it was|it's been|it has been) (hard|painful|lonely|scary|difficult|tough) for me",
                "i (care|cared) (so much|a lot|deeply) about", "(my|i) feelings (were|are|got) hurt",
                "i (really )?(value|valued|need|needed|want|wanted) (your|our|us|to be|closeness|connection|to know)",
            ]),
        // "I feel like you ..." judges the partner; "I feel that you ..." too.
        PatternRule(
            .block([.iStatement], .clause),
            [
                "i (feel|felt|am feeling) (like|that) you",
                "i (feel|felt) (like )?(you are|you were|you do not|you don't|you never|you always)",
                "i am (so )?(done|sorry|fine|okay|good|ok|great|here|home|back|busy|free|ready|on my way|running late)",
            ]),
        PatternRule(
            .flagSuppressing(.activation, [.iStatement, .stonewalling, .invalidation], scope: .sentence),
            [
                "(i am|i'm|im|i feel|i am feeling|i am getting|i'm getting|i'm starting to feel|i am starting to feel|i am way|i am too|feeling) @arousal",
                "(i am|i'm|im) at (a|an|like a|like) @number",
                "(my|i'm at a|i am at a|at a|i'm a|i am a|i'm like a) @number (out of|/|on a scale|right now)",
                "my (heart|pulse) is (racing|pounding|going)", "my (hands|body|voice|legs) (are|is) (shaking|trembling)",
                "i (need|want|would like like) (a|to take a|to take|some|a short|a quick) (break|pause|breather|time out|timeout|minute|moment|second|few minutes|walk|breath)",
                "i (need|want) (@number|a few|a couple|ten|twenty|thirty|fifteen|five) (minutes|mins|min|hours)",
                "(can|could|may) we (take|have|pause for) (a|some|five|ten|twenty|a few) (break|pause|breather|time out|minute|minutes|moment)",
                "(let us|let's) (take|have) (a|some|five|ten|twenty) (break|pause|breather|time out|minutes)",
                "(let us|can we|could we) (pause|take a pause|press pause|hit pause)",
                "(let us|can we|could we) stop for a (minute|moment|bit)",
                "i need to (calm down|cool down|cool off|breathe|step away|take a walk|regroup|settle|collect myself|ground myself|clear my head|get my head straight|decompress|take a minute|take a breath)",
                "i (will|am going to) (come back|be back|return|check back) (in|after|when|once|to this|to you)",
                "(then|and) i will (come back|be back|return)",
                "(come back|be back|return|talk|pick this up|revisit this) (in|after) (@number|a few|twenty|ten|fifteen|thirty|an) (minutes|mins|min|hour|hours)",
                "i (can not|can't) think straight", "i am (about to|going to) (explode|lose it|snap|lose my temper|scream|cry)",
                "i am (losing it|seeing red|shutting down|spiraling|panicking)",
                "i am too (angry|upset|worked up|heated|mad|emotional|overwhelmed|flooded) to (talk|think|discuss|continue|listen|do this)",
                "i (feel|am) (myself )?(getting|starting to get) (defensive|heated|angry|upset|worked up|overwhelmed|flooded|activated|triggered)",
                "i (notice|can feel|feel) (myself|my) (getting|heart|body|chest|shutting)",
                "(i'm|i am) (really )?(activated|triggered|dysregulated) (right now)?",
                "(i'm|i am) (getting|feeling) (too )?(overwhelmed|flooded|heated) (right now|to)",
                "(need|take) (a|some) (break|pause|breather) (to|and|so|before|then)",
                "i (need|want) (some )?(space|time) to (calm|cool|think|settle|process|breathe)",
                "i (need|want) (some )?(space|time) and (then|i will)",
            ]),
        PatternRule(
            .flag(.responsibility),
            [
                "i know i (go|get|shut|tend|can be|have been|was|did|do|make|made|could have|should have|hurt|withdraw|pull|raise|yell|snap|interrupt|become|turn|act|brush|dismiss|deflect|was wrong|messed|screwed|let|forgot|don't|do not|didn't|did not|often|always|never)",
                "i (can )?(see|understand|realize|recognize|get|know|admit|acknowledge) (how|that|now that|why) (my|i)",
                "my part (in this|in it|was|is|of this|of it|here)",
                "(i|let me) (own|owning|take|taking|accept) (that|my part|my share|responsibility|ownership|the blame|accountability)",
                "(that|this|it) (was|is) on me", "(it|that|this) was (all )?my fault", "i (was|am|have been) wrong",
                "i (was|have been|can be|got) (so )?@self_trait", "i tend to", "i have a (habit|tendency|pattern) of",
                "i (shut down|go quiet|go silent|get defensive|withdraw|pull away|get loud|raise my voice|interrupt|get sarcastic|get cold|stonewall|check out|go cold|get critical|get short) (when|whenever|if|because|and)",
                "when i (feel|felt|get|am) @feeling [,] i (go|get|shut|tend|withdraw|pull|lash|snap|become|start|stop|can)",
                "i (made|make|have made) (it|this|things|that) worse", "i contributed", "i played a (part|role)",
                "i (let|have let) you down",
                "i (broke|have broken) (my promise|your trust|my word)",
                "(i|it) (was|is) (not|never) (okay|fair|right) (for me|of me|that i)", "i hurt you", "i (did|have done) that",
                "(this|that|it) (comes|came) from (my|when i|how i)", "(this|that|it) (goes|went) back to (my|when i|how i)",
                "(growing up|as a kid|as a child) , i (learned|had|never|always|was)",
                "i learned (to|that) .. (growing up|as a kid|from my)",
                "(it is|it's) (something|a pattern) i (do|have|need to work on)",
                "i (need|have|want) to work on (that|this|my|being|how i)", "(that|this) is (my|a) (pattern|habit|stuff|issue|baggage)",
                "you (are|were) right (that|about) (i|my)",
                "i (did not|didn't|wasn't|was not) (listen|listening|show up|there for you|follow through|keep my word|think about how)",
            ]),
        PatternRule(
            .flag(.iStatement),
            [
                "i (felt|feel|get|got|had|have|carry|carried) (a|such) (wave|pang|rush|sense|surge|flood|lot|knot|pit|twinge|flash|jolt) of @feeling",
                "i (felt|feel) (so much|such|deep|real|a lot of) @feeling",
            ]),
        PatternRule(
            .flagSuppressing(.activation, [.iStatement, .stonewalling, .invalidation, .request], scope: .sentence),
            [
                "(i am|i'm|im) [still|like|about|maybe|probably|around|roughly|already|now|down to|up to|at least|at most|only] (a|an)? @number [right now|now|rn|at the moment|out of ten|out of <num>] $",
                "(i am|i'm|im) (still|like|about|maybe|probably|around|roughly|already|now|down to|up to|only) (at )?(a|an)? @number",
                "^ (probably|maybe|about|like|around|roughly|honestly|still|currently|now) (a|an)? @number [,] [maybe|or|probably] (a|an)? [@number] $",
                "(level|number|temperature|activation) (check|wise|is|level)",
                "number-wise",
                "number wise",
                "(maybe|probably|about|around|like|roughly) (a|an) @number $",
                "(at|down to|up to) (a|an) @number [now|right now] $",
                "my (whole )?(body|chest|heart|head|face|jaw|hands|stomach|neck|shoulders) (is|are|feels|feel) (buzzing|tight|racing|pounding|hot|burning|clenched|shaking|tense|on fire|in fight mode|in knots)",
                "my (face|cheeks|ears) (is|are) (hot|burning|red)",
                "my jaw is clenched",
                "my (pulse|heart rate|heart) is (through the roof|racing|pounding|going crazy)",
                "(fight|flight|freeze|fight or flight) mode",
                "(can not|can't) breathe (properly|right|straight)?",
                "my chest is tight",
                "(amped|revved|wound|worked) up",
                "(break|pause|time out|timeout) (till|until|for) (@time|@number|a few|twenty|ten|thirty)",
                "(i will|i'll|i can|i could|then i will|then i'll) (be back|return|come back|reconvene|regroup) (at|by|in) (@time|@number|a few|twenty|ten|thirty|half an hour|an hour)",
                "^ pausing",
                "(pause|pausing) (for a bit|for a minute|to breathe|to calm)",
                "can i (take|have|get) (@number|a few|a|some|five|ten|twenty|thirty) (minutes|mins|min|break|moment|minute|second|breather|pause)?",
                "(give me|i need) (@number|a few|five|ten|fifteen|twenty|thirty) (minutes|mins|min) (please)? $",
                "(minutes|minute|moment|time|break|space|walk) to (calm down|cool off|cool down|breathe|settle|collect myself|regroup|reset|decompress|clear my head)",
                "walk around the block",
                "(i need to|let me) (walk|step outside|step away|go for a walk|breathe)",
                "(calm|calmer|settled|grounded|regulated|ready) (now|enough)? [,] (maybe|about|like|probably)? (a|an) @number",
                "(i am|i'm|i feel|feeling|i think i'm|i think i am) [now|finally] ready to (listen|talk|keep going|continue|come back|try again)",
                "(okay|ok|good) to keep going",
                "(okay|ok|good|ready) to keep going",
            ]),
        PatternRule(
            .block([.activation], .sentence),
            [
                "(minutes|mins|min|hour|hours) to (finish|get|wrap|do|make|grab|shower|eat|find|get ready|pack|drive|park|pick|cook|answer|reply|send)",
                "(back|home|there|ready) (at|by|in) @time (for|to|and|with) (dinner|lunch|the|a|pick)",
            ]),
        PatternRule(
            .flagSuppressing(.responsibility, [.iStatement, .defensiveness], scope: .sentence),
            [
                "i know (that )?i _",
                "^ i _ [_] [_] [_] [_] when i (feel|felt|am|get|got|do not|don't|am feeling|start to feel)",
                "(that is|that's|it is|it's) my (go-to|default|pattern|habit|reflex|thing) (when|whenever|if)",
                "my (habit|pattern|tendency|defensiveness|temper|anxiety|stuff|go-to|default|reflex) (of|to|showed|got|is|was|came|kicked)",
                "i learned (to|that|this|it) ... (growing up|as a kid|from my|from watching|in my family)",
                "from watching my (dad|mom|mum|father|mother|parents)",
                "what (he|she|my dad|my mom|my father|my mother|my parents) used to do",
                "(that|this|it) [one] is on me",
                "(that|this|it) [one] was on me",
                "i (realize|realise|see|notice|noticed|realized|realised|recognize|recognise) (now )?(that )?i",
                "(that|which|and that|and it) (left|made|put) you (alone|feel|carry|to deal|to handle|in)",
                "i (withdrew|shut down|pulled away|went quiet|went silent|checked out|disappeared|snapped|lashed out|went cold|got defensive) (and|on you|when|,)",
                "^ (growing up|as a kid|as a child|when i was little|when i was a kid|when i was young)",
                "(it|this) comes from (growing up|my|when i|how i|being)",
                "i (get|got|become|became|turn|go) (so |really )?@self_trait (when|about|with|around)",
                "i (get|got) (sharp|bossy|short|snappy|mean|cold|loud|quiet|distant|critical|controlling|defensive)",
                "i am the one who (let|did|started|forgot|messed|dropped|ignored|pushed|broke|made|caused|left|stopped|avoided)",
                "i (stopped|have stopped) (showing up|making time|listening|being there|asking|paying attention|trying)",
                "(you|you've) (got|took|get|have gotten) the brunt",
                "(it is|it's|that is|that's|it was) not fair (to|on) you",
                "you (do not|don't|didn't|did not) deserve (that|this|it)",
                "(put|took|dumped|take|taking|dump) (it|that|my _|my _ _) (out )?on you",
                "i brought (my|that|it) _ [_] home",
                "^ i ... instead of (asking|listening|telling|talking|checking|being|coming|saying|reaching|trusting)",
                "i (made|make) (assumptions|it about me|it worse|a mistake|a choice|things worse)",
                "i let (it|this|that) (slide|go|build|fester|get)",
            ]),
        PatternRule(
            .block([.responsibility], .overlap),
            [
                "i know i (love|said|told|asked|am right|was right|will|won't|will not|am not|have to|need|want|should|could|would|promised|did everything|did nothing|did not do|didn't do|am a good|do a lot|do everything)"
            ]),
        PatternRule(
            .flag(.iStatement),
            [
                "i am (so |really |just )?(tired|exhausted|worn out|drained|wiped|spent) (and|right now|lately|of being|of feeling|of carrying|of doing everything|all the time)",
                "i am saying i am",
            ]),
        PatternRule(
            .flagSuppressing(.responsibility, [.iStatement], scope: .sentence),
            [
                "when i (feel|felt|get|am) @feeling ... i (go|get|shut|tend|withdraw|pull|lash|snap|become|start|stop|can|freeze|run|hide|attack|blame)",
                "(that is|that's|it is) (what|how) i (do|get|react|cope|handle)",
            ]),
        PatternRule(
            .block([.responsibility], .overlap),
            [
                "^ i (feel|felt|get|got|am|was) @feeling when"
            ]),
        PatternRule(
            .flagSuppressing(.activation, [.iStatement, .stonewalling, .invalidation, .request], scope: .sentence),
            [
                "(can|could|may|should) we (take|have|do) (a|an)? (@number|few|five|ten|fifteen|twenty|thirty|quick|short|little) [minute|min|second|hour|mins|minutes] (break|pause|breather|time out|timeout)",
                "(take|taking|have) (a|an) (@number|five|ten|fifteen|twenty|thirty) (minute|min) (break|pause|breather|walk)",
            ]),
        PatternRule(
            .block([.iStatement], .clause),
            [
                "(happy|glad|excited|thrilled|proud|stoked) (for|of) you"
            ]),
        PatternRule(
            .flag(.responsibility),
            [
                "(and )?i know it $",
                "i (have not|haven't|have not really|haven't really) been (pulling my weight|there for you|present|fair|listening|showing up|helping|trying|honest|easy to)",
                "i admit (i|that i|it)",
                "i (can )?see (that )?i (have been|was|am|have|had)",
            ]),
        PatternRule(
            .flag(.responsibility),
            [
                "i (shut you out|pushed you away|ignored you|dismissed you|blamed you|snapped at you|yelled at you|lied to you|let you down|left you|hurt you|brushed you off|talked over you|walked away|stonewalled you) ... (that|it) (was not|wasn't|is not|isn't) (fair|okay|right|kind)",
                "i (am|was) the one who _",
                "i see (now )?that i (was|have been|am)",
                "i (have been|was|keep) taking (my|it) _ [_] (out )?on you",
            ]),
        PatternRule(
            .flagSuppressing(.activation, [.iStatement, .stonewalling], scope: .sentence),
            [
                "^ [i] need a (break|breather|minute|moment|pause|time out|timeout|second) $",
                "^ [i] need (some )?(air|space to breathe)",
            ]),
        PatternRule(
            .flag(.responsibility),
            [
                "i (dropped the ball|blew it|fell short|let things slide|let it slide|made a mess of|dropped out on you)"
            ]),
        PatternRule(
            .block([.iStatement], .clause),
            [
                "i am (so |really |super )?(proud|excited|happy|glad|thrilled|stoked|pumped) (of|for|about) (my|his|her|their|the|this|that|our trip|the trip|tomorrow|tonight)"
            ]),
    ]
}
