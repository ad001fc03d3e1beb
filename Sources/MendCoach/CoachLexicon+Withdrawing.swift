extension CoachLexicon {
    /// Shutting down, refusing to engage, dismissive replies.
    static let stonewallingRules: [PatternRule] = [
        PatternRule(
            .flag(.stonewalling),
            [
                "i am (not|done) (talking|discussing|arguing|listening|explaining myself|engaging) [with you|to you|anymore|right now|now] $",
                "i am (not|done) (doing this|having this conversation|dealing with this|dealing with you)",
                "i am not (talking|going to talk|gonna talk) about (this|it|that) [again|anymore|now|right now|tonight|with you] $",
                "i am not (doing|having) this (again|now|right now|today|with you|conversation)?",
                "i (do not|don't|no longer) want to (talk|discuss|hear|deal|think|argue|do this|have this conversation)",
                "i (will not|won't|refuse to) (talk|discuss|engage|do this|argue|explain|answer|listen)",
                "i have nothing (to say|more to say|else to say|left to say)",
                "i am done (with this|with you|with this conversation|talking|here|arguing|discussing|explaining|trying|listening) $",
                "i am done (with this conversation|with you|talking to you|arguing with you)",
                "^ (i am|i'm|im) done $", "^ done [talking|arguing|here|with this|with you|discussing] $", "(leave|let) me (alone|be)",
                "^ go away [from me|now] $", "^ get out [of here|of my face|of my sight|now] $",
                "get out of my (face|sight|room|house|way)", "^ forget (it|about it|i said anything|i asked) $",
                "^ (never mind|nevermind) $", "drop it",
                "end of (discussion|story|conversation|the conversation)", "(this|the) (conversation|discussion) is over",
                "we are done (here|talking)", "i am out [of here] $",
                "talk to the hand", "i do not care $",
                "i (do not|don't) (care|give a damn|give a shit|give a fuck) (anymore|what you think|how you feel|about this)",
                "^ whatever [,] (you|i|we) (say|want|think|do)", "whatever you say", "whatever , (i'm|i am|fine|go)",
                "do (whatever|what) you want",
                "(think|believe|say|feel) (whatever|what) you want", "^ fine [,] whatever", "if you say so", "cool story", "noted $",
                "not (talking|discussing) (about )?(this|it|that)", "i (can not|can't) do this (right now|now|with you)",
                "^ [just] stop talking [to me]", "(stop|quit) (texting|messaging|calling) me",
                "^ (do not|don't) (text|message|call|talk to) me (again|anymore|right now)?", "can we not", "not now", "conversation over",
                "no comment", "i am not going to (dignify|respond|answer|engage)",
                "i (have) said all i am going to say", "talk to yourself", "i am going (to bed|to sleep|to leave) [now] $", "bye $",
                "^ ok bye", "you (can|could) (talk|yell|cry) (all you want|to the wall|to yourself)",
                "i (am) (not|no longer) (interested|listening|engaging)", "(i am|i'm) (shutting|tuning) (down|out|you out)",
                "(i am|i'm) (blocking|muting) you",
                "(there is|there's) nothing (to talk about|to discuss|more to say)", "i give up [on this|on you|on us]",
                "we will talk (later|some other time|another time) $", "i (do not|don't) have (time|energy) for (this|you)",
                "^ not (interested|listening) $", "(just )?leave it",
                "(fine|okay|ok) , (do|have) it your way", "have it your way", "suit yourself", "(fine|ok|okay) (then|whatever)",
                "i am (checking|tapping) out",
            ]),
        // Asking for a timed break is activation, not withdrawal.
        PatternRule(
            .block([.stonewalling], .sentence),
            [
                "(come|be|get|check) back (in|after|when|to this|to it|to you|later|tonight|tomorrow)",
                "(in|after) (@number|a few|a couple of|a) (minutes|hours|minute|hour)",
                "(need|take|taking|have) (a|some) (break|breather|pause|time out|timeout|space) (and|then|so|before|to)",
                "(continue|talk|pick this up|revisit) (later|tomorrow|tonight|in|after|when)",
                "(let us|let's|can we) (take|have) a (break|pause|breather)",
                "i am done (with the|with my|with work|with dinner|with the dishes|eating|cooking|cleaning|for the day|at|by)",
                "go away (for|this|next|on)", "get out (of the|of my|more|there|and|early)", "(i am|i'm) not (done|finished) (with|yet)",
                "whatever (you|we) (decide|want to do|choose|prefer|pick) (is|sounds|works) (fine|good|great|okay)",
                "(fine|good|great|okay) (with|by) me", "(i do not|i don't) care (which|what|where|whether|if we|who)",
                "(i|you) do not care (about|what) (the|that|other)",
            ]),
        PatternRule(
            .flag(.stonewalling),
            [
                "^ not doing this",
                "^ (do not|don't) bother",
                "^ (do not|don't) care $",
                "are we done [here|now|yet] $",
                "^ yeah yeah",
                "^ (sure|fine|okay|ok) (sure|fine|whatever|okay)",
                "can we (just )?(stop|drop it|be done|move on) $",
                "(i'm|i am) not (getting into|going there|doing) this",
                "i (will not|won't) (discuss|talk about) (this|it)",
                "not (getting into|going into) (this|it|that)",
                "(this|arguing|talking|this conversation|this discussion) is (pointless|useless|a waste of time)",
                "(there is|there's) no point (talking|discussing|arguing)",
                "(we're|we are) (done|finished) $",
            ]),
        PatternRule(
            .flag(.stonewalling),
            [
                "(i am|we are|i'm|we're) not doing this [right now|now|tonight|again]",
                "^ (we are|we're) done $",
            ]),
        PatternRule(
            .block([.stonewalling], .message),
            [
                "never mind [,] (found|got|i found|i got|figured|it is|it's|all good|i see)",
                "(ready when you are|ready to go|on my way)", "see you (soon|there|then|at|tonight|later)",
                "(is|sounds|works) (fine|good|great|okay|perfect) [with me|by me|for me] $",
            ]),
        PatternRule(
            .flag(.stonewalling),
            [
                "i (do not|don't) have (the )?(time|energy|patience|strength) for (this|you|this conversation|it)",
                "^ (let us|let's) (just )?not $",
                "(i would|i'd) rather not (talk|discuss|get into|go into|do this|deal with)",
            ]),
        PatternRule(
            .flag(.stonewalling),
            [
                "^ (i am|i'm|im) (leaving|out of here|walking out|getting out of here) $"
            ]),
        PatternRule(
            .block([.stonewalling], .message),
            [
                "do (whatever|what) you want (with|for) (the|dinner|it|them|lunch|that|this|your)",
                "(want to|wanna|do you want to|shall we|let us|let's) (watch|eat|go|grab|get|play|hang out|come|order|cook|do)",
            ]),
        PatternRule(
            .block([.stonewalling], .message),
            [
                "(i found|found it|finally finished|i finished|figured it out|got it working|i fixed it)",
                "give up on (this|the|that) (crossword|puzzle|game|level|recipe|diet|show|book|lock|jar|printer)",
            ]),
        PatternRule(
            .flag(.stonewalling),
            [
                "^ save it $",
                "^ whatever [,] @sarcastic_address",
                "not (replying|responding|answering) (to this|to you|anymore|to that)",
                "(do not|don't) (wait up|call|text|come after me|follow me) $",
                "not (wasting|going to waste) my (breath|time|energy)",
                "not (even )?worth (arguing|talking|fighting) with",
                "^ i said i am fine",
                "(zero|no) interest in (talking|discussing|hearing|having)",
                "not answering (any more|anymore|more|your) questions",
                "enjoy being right",
                "^ (i am|i'm) fine [.] (drop it|leave it|stop)",
            ]),
    ]
}
