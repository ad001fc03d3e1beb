extension CoachLexicon {
    /// Everyday logistics and chit-chat that borrow the words of a label: hard negatives written
    /// as structures (a third party, an errand, a place) rather than single messages.
    static let everydayRules: [PatternRule] = [
        // Name-calling and eye-rolls aimed at third parties or things are venting, not contempt.
        PatternRule(
            .block([.contempt, .criticism], .sentence),
            [
                "^ [the|my|our|this|that] (toddler|baby|kid|kids|dog|cat|puppy|kitten|neighbor|neighbors|neighbour|neighbours|boss|manager|coworker|coworkers|colleague|colleagues|printer|wifi|internet|train|bus|weather|landlord|cable company|airline|driver|cashier|waiter|referee|ref|team|president|senator|guy|lady|traffic|laptop|app|computer)",
                "at work (keeps|kept|is|was|took|takes|always|never|just|said|did)",
                "(this|that|some) (guy|lady|woman|dude|driver) (at|in|on|from|just|cut)",
                "(never|not) going to (believe|guess) (who|what|how|where)", "you will never (believe|guess)",
            ]),
        // An errand's quantities and dates are not a dispute.
        PatternRule(
            .block([.factLitigation], .sentence),
            [
                "(the|that|your|my) (address|link|menu|details|info|information|photo|photos|number|code|schedule|list|recipe|itinerary|ticket|tickets|directions|password|wifi password|booking|reservation|confirmation) (is|are) (in|up|above|there|on)",
                "^ reminder", "(running|be|am|i am|i'm) (@number|a few|few) (min|mins|minutes|hours) (behind|late|early|out|away)",
                "(the|a) (line|queue|wait|drive|flight|traffic|commute) (at|was|is|took|takes)",
            ]),
        PatternRule(
            .block([.reassurance], .message),
            [
                "(parked|outside|downstairs|out front|at the door|in the car|in the lobby|by the|at the gate|at the station|on my way|around the corner)",
                "not going anywhere (till|until|in|with|because|for|tonight in|today) (the|this|it|that|my|traffic)",
                "(okay|ok|fine|good|set|covered) (on|for) (gas|money|time|food|milk|cash|groceries|battery|fuel|snacks|diapers|coffee|the weekend|rent)",
            ]),
        PatternRule(
            .block([.stonewalling], .sentence),
            [
                "forget it [,] i (found|figured|got|see|have) (it|the|my|them|out)",
                "go away [,] (rain|snow|sun|winter|monday|mondays|bugs|flies|wasps|headache|hiccups|clouds|cold)",
            ]),
        PatternRule(
            .block([.fixing], .sentence),
            [
                "tell @person_object (thanks|thank you|happy birthday|hi|hello|i said hi|congrats|congratulations|good luck|merry|happy)",
                "(tried|try|taste|tasted|seen|watched|heard|read) (the|that|this) [new] [_] @leisure",
                "(tried|try|taste|tasted) (the|that|this) new",
            ]),
        PatternRule(
            .block([.activation, .iStatement], .sentence),
            [
                "after (that|the|my|a|this|our) [_] (spin class|class|run|workout|gym|hike|coffee|espresso|ride|game|match|race|climb|stairs|sprint|session|swim|movie|horror movie)",
                "(from|because of) (the|that|my|all the|too much) (coffee|espresso|caffeine|workout|run|stairs|energy drink)",
            ]),
        PatternRule(
            .block([.validation], .sentence),
            [
                "makes sense [,] (the|it|they|that) [_] (store|shop|place|bank|office|restaurant|pharmacy|flight|train|bus) (closes|opens|is|was|leaves|left)"
            ]),
        PatternRule(
            .block([.checkUnderstanding], .sentence),
            [
                "is that right [,] (the|that|so|your|his|her|their|my) _",
                "tell me more about (the|your|a|that|this) [new] _ [,] (is|are|was|were|did|does|do) (she|he|it|they)",
            ]),
        PatternRule(
            .block([.appreciation], .sentence),
            [
                "^ thanks to (the|a|an|this|that|all|some|my|our) [_] (rain|weather|traffic|sun|storm|snow|delay|strike|app|map|gps|sale|heat|wind|construction|detour|power cut)"
            ]),
        PatternRule(
            .block([.stonewalling], .sentence),
            [
                "give up on (this|the|that|my) [_] (crossword|puzzle|sudoku|wordle|game|level|recipe|assembly|jar|lid|diet|plant|bread|sourdough|garden|knot|printer)"
            ]),
        PatternRule(
            .block([.stonewalling], .message),
            [
                "(finally|just) (finished|done with|completed|submitted|filed|sent|wrapped up)",
                "(talking|talk|speaking|dealing|arguing) (to|with) (the|my|that|this) [_] (company|bank|landlord|airline|insurance|support|customer service|hotline|office|agent|dmv|doctor|pharmacy|school|plumber|contractor|insurance company|cable company|bank|ikea|hoa)",
            ]),
        PatternRule(
            .block([.appreciation], .sentence), ["tell @person_object (thanks|thank you)", "(say|send|pass on) (thanks|my thanks) to"]),
        PatternRule(
            .block([.invalidation, .sympathy, .checkUnderstanding, .validation], .sentence),
            [
                "(mechanic|doctor|plumber|vet|dentist|electrician|technician|contractor|repair|warranty|insurance|dmv|line|queue|traffic|commute|delivery|package|parcel|flight|engine|fuse|battery|tire|tyre)"
            ]),
        PatternRule(
            .block([.reflection], .sentence),
            [
                "^ so (you are|you will|you were) (coming|going|leaving|picking|bringing|driving|working|staying|home|free|off|back|out|taking|getting|making|cooking|flying|arriving|busy|done|ready|at|in|on)"
            ]),
        // "You always make the best pancakes" is a compliment, not a sweeping complaint.
        PatternRule(
            .block([.criticism], .sentence),
            [
                "(always|every time) ... (the best|so well|amazing|perfect|great|beautiful|wonderful|lovely|delicious|know how to|make me laugh|cheer me up|look good|look great)"
            ]),
        PatternRule(
            .block([.factLitigation], .sentence),
            ["(not sure|not certain|no idea|i don't remember|i do not remember|i can't remember|i forget)"]),
        PatternRule(
            .block([.validation], .sentence),
            ["(makes sense|i get it|got it|fair enough) [,] (i'll|i will|we'll|we will|let's|let us|then|so i|so we|the|i can|we can)"]),
        PatternRule(.block([.factLitigation], .sentence), ["@relation (always|often|used to|likes to) (says|say|said)"]),
        PatternRule(
            .block([.sympathy], .sentence),
            [
                "at least (the|it|we|our) [_] (rain|weather|snow|traffic|game|flight|train|store|bus|sun|parking|line|queue) [_] (stopped|held|was|is|got|came|opened|left|made it)"
            ]),
        PatternRule(
            .block([.invalidation], .message),
            [
                "(the|my|our) (dog|cat|puppy|kitten|parrot|bird|hamster|horse) [,] not you",
                "(calm|settle) down [,] (fido|buddy|boy|girl|pup|puppy|kitty|doggo)",
            ]),
        PatternRule(
            .block([.validation], .sentence),
            [
                "makes [total|complete|perfect|a lot of|more] sense to (take|go|leave|get|buy|book|use|wait|do|try|park|order|call|drive|fly|walk|stay|skip|bring|pick|put)"
            ]),
    ]
}
