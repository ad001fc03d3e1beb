extension CoachLexicon {
    /// Reassurance, appreciation and concrete positive requests.
    static let connectionRules: [PatternRule] = [
        PatternRule(
            .flag(.reassurance),
            [
                "i love you", "i (still )?(love|adore|choose|cherish) you", "^ i (still )?(want|need) you $",
                "i am (here|not going anywhere|staying|with you|on your side|in this|still here|right here|yours|committed|all in)",
                "i am not (leaving|going anywhere|giving up)", "i will not (leave|give up|go anywhere)",
                "i will (always )?be (here|there|right here|by your side) (for you|no matter what|always)",
                "i will always be (here|there|right here|by your side)", "i will be (right )?(here|there) $",
                "we (will|are going to|can) (get|make it|work) through (this|it)",
                "we are (a team|in this together|going to be okay|going to be fine|going to be alright|okay|good|solid|strong|fine)",
                "we (will|are going to) (figure|work) (this|it) out", "i (choose|chose|pick) (you|us)",
                "you are (safe|stuck|loved) (with me)?", "you can (count|rely|lean|depend) on me", "i have (got )?your back",
                "i have got you $", "i got you $", "nothing (will|could|can) change (how i feel|that|my love|the way i feel)",
                "you (mean|matter) (everything|so much|a lot|the world|more than anything) to me", "you matter to me",
                "i am (so )?(committed|devoted) to (you|us|this)", "i still (love|want|choose) you",
                "(i want|i am going) to (fix|work on|make|work through) (this|it|us) (with you|together)", "i want (us|this) to work",
                "(our relationship|you|we|us|this) (matter|matters|is|are) (so )?(to me|the most to me|important to me|everything to me)",
                "i (love|choose|want) you (no matter what|even when we fight|even when we argue)",
                "i am not (mad|angry|upset) (at|with) you", "we are okay", "we're okay", "i will (always )?(love|choose) you",
                "(you are|you're) (not alone|my person|my everything|my home|enough for me)", "you are (not )?(alone|going to lose me)",
                "you will never lose me", "i am (not )?going (nowhere|anywhere)",
                "i want to (be with you|spend my life|grow old|stay)",
                "(i|we) can (do|get through|handle|figure out) (this|it|anything) together", "(ily|love you)", "love you",
                "we will be (okay|fine|alright)",
            ]),
        PatternRule(
            .flag(.appreciation),
            [
                "thank you", "thanks", "proud of you", "(i|i really|really) (appreciate|appreciated)",
                "(i am|i'm) (so |really |very )?(grateful|thankful) (for|that|to|you)",
                "i (love|loved|adore|admire|like|liked|appreciate|appreciated) (how|that|it when|the way|when) you",
                "you (always|really|totally)? (know how to|make me|made me|can make me) (laugh|smile|feel|happy|so happy|better|smile)",
                "you (are|were|have been|have always been) (so |really |such a |such an |truly |the )?@positive_trait",
                "you (did|do) (a |such a |an )?(great|amazing|good|wonderful|fantastic|awesome|brilliant|incredible|beautiful|perfect) job",
                "(great|good|nice|amazing|awesome|fantastic|brilliant|beautiful) (job|work|call|idea|thinking|choice) $",
                "(i am|i'm) (so |really )?proud of you",
                "(that|this) (was|is) (so |really |very )?(sweet|kind|thoughtful|generous|considerate|caring) [of you]",
                "(that|this) (was|is) (so |really |very )?(nice|lovely|brave|amazing|wonderful|great) of you",
                "it (meant|means) (a lot|so much|the world|everything) (to me)?", "i (noticed|saw|see) (that )?you",
                "you (always|never fail to) (pick|find|choose|get|have|bring|make|know|remember|notice|cook|plan|give|say|do) (the )?(perfect|best|right|great|nicest|sweetest|most)",
                "you (always|never fail to) (know|remember|notice|have my back|show up|cheer me|look out|take care|support|help|make time|bring|surprise|listen|make me|pick|find)",
                "i admire", "i (love|like|appreciate) (your|the way|how much|that)",
                "you (handled|managed|did|dealt with|took care of) (that|it|this|everything) (so |really )?(well|beautifully|gracefully|perfectly|amazingly|great)",
                "(i )?could (not|n't) have done (it|this|that) without you", "couldn't have done (it|this) without you",
                "you (have) been (so |really |such a |such an |incredibly )?(great|amazing|supportive|patient|helpful|good|kind|wonderful|understanding|generous|brave|strong)",
                "you are (good|great|amazing|brilliant|so good|the best) at",
                "well done", "kudos", "you rock", "you are (a|my) (lifesaver|star|gem|rock|sweetheart|treasure|legend|hero|angel)",
                "(you're|you are) the best", "i am lucky to have you", "lucky to have you",
                "(i|i really|really) (love|loved|enjoyed|enjoy|liked) (our|your|it when you|when you|spending time|the way you|that you)",
                "i (love|loved|enjoyed|like|liked|appreciated) the _ [_] you (made|cooked|planned|did|got|bought|picked|chose|wrote|sent|gave|organized|booked)",
                "that (was|is) (so|really) (fun|lovely|nice|wonderful|great|special)", "(best|favorite) (part|thing|day|night|gift)",
                "you (made|make) (my day|me so happy)", "you (made|make) me feel (loved|special|seen|safe|cared for|better)", "(🙏|😍|🥰)",
            ]),
        PatternRule(
            .flag(.request),
            [
                "(could|would|can|will) you (please )?@relational_verb",
                "(could|would|can|will) you (please )?(not|stop) (yell|yelling|interrupt|interrupting|raise|raising|use|using|look|looking|walk|walking|check|checking|call|calling|swear|swearing)",
                "would you be (willing|open|up for|okay with) (to )?_",
                "(i'd|i would) (love|like|appreciate) (it )?(if you|for you to|for us to|you to)",
                "it would mean (a lot|so much|the world|everything) (to me)? if (you|we)",
                "i (need|want|would like like) you to",
                "(please|pls) (@relational_verb|don't|do not|stop|just listen|hear me|be|try|come|sit|stay|hold|hug|look|call me|text me|tell me|let me)",
                "(can|could|shall) we (please )?(talk|spend|plan|go for|go on|have a date|set|try|schedule|make time|sit|cuddle|hug|have|do something|find|agree|check in|start)",
                "(let us|let's) (plan|spend|go for|go on|try|set|schedule|have a date|make time|make a plan|agree|sit|cuddle|do something|check in|have dinner together|talk)",
                "next time , (could|can|would|will) you", "(could|can|would) we (try|agree|make|set|find|start)",
                "i (would) (really )?(appreciate|love|like) (it )?if", "(it|that) would (help|mean) (me )?(a lot|so much)? if you",
                "(what|how) (if|about) we (try|tried|set|made|spend|spent|plan|planned|agree|agreed)",
                "(i'd|i would) love (for us|for you|us) to",
                "(could|would|can) you (please )?(help me|let me|give me|show me|remind me|ask me|check with me|tell me|include me|warn me|call me|text me|hold me|hug me|listen to me|be more|be there|be patient|be gentle|be honest|be kind)",
                "(could|would|can|will) you (please )?(make|set aside|find|carve out|save) (time|some time|an evening|a night|space)",
                "(could|would|can) you (please )?(plan|organize|arrange) (something|a date|an evening|a night|a trip|time|dinner) (for us|with me|together)?",
                "(could|would|can|will) you (please )?(put|keep) (your|the) phone (away|down)",
                "(could|would|can|will) you (please )?(come|go|sit|lie) (with me|to bed|here|over here|next to me|closer)",
            ]),
        // Errands and logistics are not relationship requests.
        PatternRule(
            .block([.request], .clause),
            [
                "(pick up|grab|buy|get|bring|take out|drop off|pay|feed|walk the dog|water|fix|call the|text the|order|book|cancel|return|wash|clean|vacuum|move|charge|lock|unlock|switch|turn on|turn off) (the|some|a|an|milk|bread|eggs|groceries|dinner|the kids|it|my|our|your car|trash|garbage|dog|cat|bill|rent|package|laundry|dishes)",
                "(could|can|would|will) you (call|text|tell|ask|remind) (the|your mom|your mother|your dad|him|her|them|mom|dad|the plumber|the landlord|the school|the doctor) (about|to|that|if|when|back)",
                "(could|can|would|will) you (let|tell) me (know )?(if|whether|when) (the|it|they|we|dinner|the package|the plumber|you want|you need|you are coming|you're coming)",
                "what time", "(at|by|around) @time",
                "tell me (the|your) (password|address|number|code|time)",
                "(let me know|tell me) (what|which|where) (you want|to get|to buy|time|day)",
            ]),
        PatternRule(
            .flag(.reassurance),
            [
                "you matter (more|so much|to me|the most)",
                "(our|this) (marriage|relationship|love|family|us) is worth (it|every|fighting for|the work|the effort)",
                "(you are|we are|you're|we're|this is) worth (it|fighting for|every)",
                "we are on the same (team|side)",
                "us against (the problem|the world|it|this)",
                "(not|never) us against each other",
                "i am not going to (walk away|leave|give up|quit|go anywhere|bail|run)",
                "i (will not|won't) (walk away|run|bail|give up on us)",
                "(nobody|no one) else i would rather",
                "i would rather (be|do this|fight|argue|struggle) with you",
                "(still|always|forever) yours",
                "i am (all )?yours",
                "(we|us) (are|will be) (okay|fine|alright|good) $",
                "we (will|are going to) be (okay|fine|alright) $",
            ]),
        PatternRule(
            .block([.reassurance], .clause),
            [
                "(feel|feels|felt|to feel|need to feel|want to feel) like we (are|were)",
                "(okay|fine|good|alright) (on time|if we|with|for)",
                "i am here (at|in|outside|by|parked|early|waiting|already|now|with the)",
                "(not going anywhere|not leaving) (the|until|till|because|,) (the roads|the snow|traffic|until)",
                "(lol|😂|🤣)",
            ]),
        PatternRule(
            .flag(.appreciation),
            [
                "like a (pro|champ|boss|rockstar|star|legend)",
                "the way you ... (was|is|were) (so |really )?@positive_trait",
                "you make (everything|things|life|me|it all|days|hard days) (feel )?(so )?(lighter|better|easier|brighter|fun|happier|okay|worth it|bearable)",
                "(you are|you're) killing it",
                "(you|u) (nailed|crushed|smashed|aced) it",
                "you (really )?(stepped up|showed up|came through|pulled through)",
                "(you did|you've done|you have done) (so much|a lot|so well|amazing|great)",
            ]),
        PatternRule(
            .block([.appreciation], .overlap),
            [
                "thank you (card|note|notes|cards|gift|letter|email|text)",
                "(send|write|get|buy|sign) (a|the) thank",
            ]),
        PatternRule(
            .flagSuppressing(.appreciation, [.criticism], scope: .sentence),
            [
                "i (love|adore|appreciate|admire) (how|that|the way|it when) you"
            ]),
        PatternRule(
            .flagSuppressing(.request, [.iStatement], scope: .clause),
            [
                "(could|would|can|will) you (please )?@relational_verb",
                "(could|would|can) you (please )?(plan|organize|arrange|book) (something|a date|an evening|a night|a trip|time|dinner|a table)",
                "(can|could) we (keep|make|have|protect|set aside|try|agree on|start|do) (sunday|saturday|our|the|a|one|date|weekends|mornings|evenings|dinner|phones|phone)",
                "(could|would|can|will) you (please )?(put|keep|leave) (your|the) phone (away|down|in|on|off)",
                "(could|would|can|will) you (please )?(lie|sit|lay|come) (down )?(with me|next to me|here|closer|to bed)",
                "(could|would|can|will) you (please )?(send|give) me a (text|message|call|heads up|quick text|hug)",
                "(could|would|can|will) you (please )?say (goodnight|good morning|hello|hi|goodbye|bye|i love you|thank you|sorry)",
                "(could|would|can|will) you (please )?(speak|talk) (more )?(softly|gently|kindly|calmly|quietly|slowly|to me)",
            ]),
        PatternRule(
            .flagSuppressing(.request, [.iStatement], scope: .clause),
            [
                "(would|do) you mind (asking me|checking with me|checking in|telling me|letting me|holding|calling me|texting me|sitting with me|listening|not interrupting|not yelling|not raising|giving me|being)"
            ]),
        PatternRule(
            .block([.request], .overlap),
            [
                "(text|send|email|forward|give) me the (list|grocery list|address|link|number|details|photo|pic|picture|code|recipe|info|schedule|password|receipt|tickets|keys|name|plan)"
            ]),
        PatternRule(
            .flag(.reassurance),
            [
                "we (have )?got this",
                "we (can|will) do this [together]",
                "i am always (here|there) [for you]",
                "i (will|am going to) always be (here|there) [for you]",
            ]),
        PatternRule(
            .flagSuppressing(.appreciation, [.reassurance], scope: .sentence),
            [
                "love (you|u|ya) for (that|this|doing|being|it|everything)"
            ]),
        PatternRule(
            .flagSuppressing(.reassurance, [.emptyPromise], scope: .clause),
            [
                "i (will|am going to) always (choose|pick|fight for|stand by) (us|you)"
            ]),
        PatternRule(
            .flag(.appreciation),
            [
                "i (see|notice|noticed|can see|saw) how (hard|much) you",
                "i (see|notice|noticed) (all )?(the effort|everything|the work) you",
            ]),
        PatternRule(
            .flagSuppressing(.request, [.iStatement], scope: .clause),
            [
                "(could|would|can|will) you (please )?say something (kind|nice|sweet|loving|encouraging|supportive)",
                "i (want|would like|need) (us|for us) to (have|do|try|set|make|spend|plan|go|start|schedule|talk|find)",
            ]),
        PatternRule(
            .flag(.request),
            [
                "(can|could|would|will) you (please )?promise (to|me|that) (call|text|tell|let|check|ask|come|be|talk)"
            ]),
        PatternRule(
            .flag(.reassurance),
            [
                "i will (always )?be (right )?(here|there) (when|whenever|if) you"
            ]),
    ]
}
