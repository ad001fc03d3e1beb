extension CoachLexicon {
    /// Structural forms of the repair skills and of sympathy and fixing, added to generalise
    /// beyond the development set.
    static let broadRepairRules: [PatternRule] = [
        PatternRule(
            .flag(.empathy),
            [
                "(feeling|feel|felt|carry|carrying|hold|holding) (that|this|it|the weight of that|the weight of this|the weight|some of that) with you",
                "(aching|hurting|heartbroken|crying|breaking|grieving) (for|with) you",
                "(i would|i'd|i would have|i'd have) (be|been|felt|feel) [so|really|totally|completely] (heartbroken|crushed|devastated|gutted|a wreck|shattered|destroyed|humiliated|terrified) (in your shoes|too|as well|in your place|in your position)?",
                "(that|it|this) (sounds like|must have|must've|seems like) (it|that|this) [really|so] (shook|crushed|hurt|broke|rattled|wrecked|gutted|scared|shattered|stung|floored|devastated) you",
                "(like|as if) (a|you got a) (punch|kick|knife|blow) (in|to) the (gut|stomach|teeth|heart|chest)",
                "^ (that is|that's|this is|how|what a) [so|really|just|truly|absolutely] (heartbreaking|gut wrenching|gut-wrenching|devastating|crushing|soul crushing|raw|painful|lonely|isolating|heavy)",
                "(that|it) (sounds|must be|must have been|must've been|seems|feels) [so|really|such a|incredibly|just] (raw|heavy|gut wrenching|gut-wrenching|heartbreaking|crushing|devastating|lonely|isolating)",
                "(that|it|this) must (have )?(felt|feel) (so |really |incredibly )?(@hard_adjective|like)",
            ]),
        PatternRule(
            .flag(.reassurance),
            [
                "nothing (you say|you do|you could say|you could do|you said|you did|will|could) ... (make me leave|make me stop|make me go|change how i feel|push me away|change that)",
                "(still|always|really) want to (build|spend|share|grow|be|make) (a life|my life|our life|forever|together|old|a home|a future|a family) [with you]",
                "(you have got me|you have me|you got me|i have got you|i got you) [,] (no matter|always|whatever|babe|love|$)",
                "whatever happens ... you (have|have got|got) me",
                "(this|one|a|our|the) (fight|argument|bad day|mistake|rough patch|week|moment|thing|fight tonight) (doesn't|does not|won't|will not|can't|cannot|can not) (define|change|break|end) (us|our|what we)",
                "(you don't|you do not|you won't|you will not|you never) (have to|need to) (go through|face|do|deal with|carry|handle) (this|it|that|any of this|any of it) alone",
                "(not|never) (going to|gonna|planning to) (abandon|leave|give up on|walk away from|lose|stop loving) you",
                "(i care|i really care|i care so much) about you",
                "(i'd|i would|i will|i'll) (still|always|every time|again) (pick|choose|want|marry) you",
                "(you are|you're|ur) not (losing|going to lose|gonna lose) me",
                "(a|just a|only a) (bump|blip|rough patch|hiccup|bad day|setback|bad night|speed bump) [,] not the end",
                "(you don't|you do not) (have to|need to) earn my (love|trust|respect|care)",
                "it is you i (want|love|choose|need)",
                "(you are|you're) (my person|my home|my everything|all i want|the one for me|the one i want|the one i love)",
                "(we|our love|our relationship|our marriage|us) (can|will|are going to|are strong enough to) (handle|survive|get through|weather|make it through|come through) (this|it|anything)",
                "(i am|i'm) (not going anywhere|still here for you|here for you|on your side|in this with you)",
            ]),
        PatternRule(
            .flag(.checkUnderstanding),
            [
                "(is|was) (that|this) (the gist|the heart of it|the core|the crux|the main thing|close|about right|accurate|fair|right|it|what you meant|what you mean) $",
                "what else (is coming up|comes up|do you need|is there|are you feeling|should i know|would you like|was it like|did you feel|is going on|happened)",
                "(anything|something) (i'm|i am|that i'm|that i am|i've been|i have been) (not getting|missing|not seeing|not understanding|getting wrong|overlooking|not hearing)",
                "(something|anything) (deeper|more|else) (going on|underneath|i haven't|i have not|that i|you want|you need)",
                "(did i|have i|am i) (get|got|getting|understand|understood|hear|heard|miss|missed) (that|it|you|anything|something) (right|correctly|okay)?",
                "(tell me|say) (more|if i'm wrong|if i am wrong|if i missed|what i missed|what i got wrong)",
            ]),
        PatternRule(
            .flag(.sympathy),
            [
                "(bright side|on the bright side|look on the bright side|silver lining|the good news is|could have been worse|could've been worse)",
                "^ (sucks|that sucks|annoying|that's annoying|that is annoying|bad luck|such bad luck|unlucky|rough|a bummer|bummer|too bad|what a shame|shame|the worst) [,] sorry",
                "^ sorry [,] (that sucks|that's annoying|that is annoying|bad luck|rough|bummer|too bad)",
                "(oh|aw|aww|ah) (no|man) [,] (that's|that is|what a) (annoying|a bummer|a pain|bad luck|too bad|unlucky)",
            ]),
        PatternRule(
            .flag(.fixing),
            [
                "^ [maybe|honestly|just|seriously|so] (go for a|go on a|take a|have a) (run|walk|bath|nap|break|shower|day off|jog|swim|drive|hot bath|long bath)",
                "^ [maybe|honestly|just] (delete|mute|block|unfollow|uninstall|unsubscribe from) (the|that|your|her|him|them|those)",
                "^ maybe (try|cut|rearrange|download|start|stop|make|get|put|talk|call|write|go|take|see|ask|book|join|switch|move|set|use|find|look)",
                "(you'll|you will|it'll|it will) (feel|make you feel) (better|so much better|lighter|less stressed|less anxious)",
                "(sleep on it|second opinion|make an appointment|see a therapist|see a doctor|talk to a therapist|see someone|get help|get some sleep|get some rest)",
                "cut (back|down) on", "(rearrange|reorganize|restructure|change) your (schedule|routine|priorities|budget|mornings|week)",
                "^ [just|maybe|honestly] (put|leave|keep) your phone (in another room|away|down|on silent|in a drawer)",
                "^ get (some|a|an) [_] [_] (headphones|planner|therapist|lawyer|new job|second opinion|app|journal|alarm|tracker|calendar|coach)",
                "^ [just|honestly] start (looking|going|saying|doing|applying|writing|using|setting)",
                "so (it's|it is|you're|you are|you'll|you will|you won't|it won't|it feels) (less|more|not|easier) (overwhelming|stressful|hard|busy|rushed|tiring|annoying)",
                "(next time|in future|from now on) (just|you should|try|you could|maybe)",
            ]),
        PatternRule(
            .flag(.request),
            [
                "(would|could|will|can) you [please|maybe|mind|try|maybe try] ... (with me|to me|for me|me a|me up|me know|me when|my hand|between us|together|sometimes|like you used to|before coming|before you come|when we talk|when i'm|when i am|when it happens|right when)",
                "would you (mind|try|be willing to|consider) (sitting|telling|spending|coming|taking|giving|holding|reading|writing|planning|asking|letting|checking|making|cooking|going|talking|doing)",
                "please (lower|keep|wake|tell|ask|hold|look|include|give|check|let|hug|listen|come|sit|stay|call|text|knock|wait|speak)",
                "(i'd|i would) (like|love) (us|you|for us|for you) to (take|spend|have|go|try|do|sit|eat|cook|talk|plan|read|walk|make|check|tell|hold|come)",
                "can we (put|have|try|do|spend|make|set|keep|schedule|plan|agree|start|take|go|sit|talk) ... (every|each|together|for an hour|once a week|at night|in the evening|just us|just the two of us|without phones|no phones)",
                "(would|could) you (write|read|sing|cook|make|plan|bring|leave|send) me",
                "(could|would|can) you (squeeze|hold|touch|take) my (hand|arm)",
                "(could|would|can) you (keep|save) (those|these|that|this|the) [_] (between us|private|for later|to yourself)",
            ]),
    ]
}
