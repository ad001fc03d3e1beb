extension CoachLexicon {
    /// Absolute promises about future behaviour ("never again", "always from now on").
    static let promiseRules: [PatternRule] = [
        PatternRule(
            .flag(.emptyPromise),
            [
                "(it|this|that) (will never|won't ever|will not ever|is never going to) happen again",
                "(it|this|that) (won't|will not|is not going to|isn't going to) happen again",
                "never (ever )?again", "i (will|am going to|promise i will|swear i will|promise to|swear to) never ... again",
                "i (will|am going to) never ... (ever|anymore|again)",
                "i (promise|swear|guarantee|vow) [that|you] (i will|i am going to|to|it will|it will not|this will|that will|i will not|i am|i will never|i will always|i never|i always) ... (never|always|every single time|every time|from now on|forever|ever again|anymore|again)",
                "from now on ... (always|never|every time|every single time)", "i will always ... from now on",
                "i (will|am going to) (always|never) ... from now on",
                "i (am going to|will|promise to|swear i will) change",
                "i (am going to|will|promise to|swear i will) be (a|an)? (different|new|better|changed|perfect|whole new) (person|man|woman|partner|husband|wife|boyfriend|girlfriend)",
                "i (will|am going to) be (a )?(completely|totally|whole|entirely)? (new|different|changed|better) (person|man|woman|partner|husband|wife|boyfriend|girlfriend)",
                "i (will|am going to) (be perfect|change everything|fix everything|never make a mistake)",
                "i (will|would) (do|be|give) (anything|everything|whatever) (you want|you need|it takes|for you)",
                "you will never have to (worry|deal|wait|ask|feel|remind|wonder) (about this |like this )?(again|ever again)?",
                "this is the last time", "last time (i promise|ever)",
                "i will (never|always) (be late|let you down|disappoint you|lie|yell|raise my voice|hurt you|do that|do it|make you|ignore you|be on time|call|text|listen|put you first|pick up|answer|be there|clean|help|check|ask|tell you)",
                "i swear on my (life|mother|kids|children|grave)", "i will make it up to you",
                "i (will|am going to) (make|turn) (everything|it all) (right|better|up to you)",
                "(you have|you've got) my word (that|it|i)", "i will never (hurt|disappoint|fail) you again",
                "i (will|am going to) (do better|be better) (from now on|forever|always|every day)",
                "i (will|am going to) stop (drinking|lying|gambling|yelling|smoking) (forever|for good|completely|starting now|today)",
                "i will never (drink|lie|gamble|cheat|yell) again",
                "i will (always|never) (from now on|again)",
                "(it|this) (will|is going to) be (different|perfect) (from now on|this time|forever)",
                "things (will|are going to) be different (from now on|now|this time|i promise)",
                "i will (always|never) ... (again|anymore|ever)",
            ]),
        // Love and staying are reassurance, not empty promises.
        PatternRule(
            .flagSuppressing(.reassurance, [.emptyPromise]),
            [
                "i will always (love|be here|be there|be by your side|be with you|be yours|have your back|choose you|care|support|be on your side|be your|want you|come back|adore|cherish|be in your corner|forgive)",
                "i will never (leave|abandon|stop loving|give up on|let go of|walk away from|stop choosing|stop caring about) (you|us|this)",
                "(i'm|i am) never (leaving|going to leave|giving up on) (you|us)",
                "i will love you (forever|always|no matter what)", "(i'm|i am) (not going|never going) anywhere",
            ]),
        PatternRule(
            .flag(.emptyPromise),
            [
                "i am never ... again",
                "i (will not|am not going to) (ever )?... again",
                "i (will|am going to) never ... (again|ever)",
                "from now on [,] i (am going to|will) be (the|a) (best|most|perfect|new|different|changed)",
                "(the|a) (best|most @positive_trait|perfect|most attentive|most loving|greatest) (partner|husband|wife|boyfriend|girlfriend|person|man|woman) (in the world|ever|you have ever|alive)",
                "(old|the old) (version of me|me|self) is (gone|dead|history|over)",
                "(gone|changed|over|done) for good",
                "from (this day|today|now|here|this moment) on",
                "forever $",
                "for the rest of my life",
                "as long as (i|we) (live|are alive|are together)",
                "i am a (new|changed|different|better) (man|woman|person)",
                "starting (today|now|tomorrow|right now) (i|i am|i will|i'm|things)",
                "you will never (see|hear) me ... again",
                "(totally|completely|a) different (person|man|woman|from now on)",
                "never , ever",
                "i will (do|be) (everything|anything) (right|perfectly)",
                "i will always ... (no matter what|every time|every single time)",
                "(never|not) (going to|gonna) happen again",
                "(this|that|it) (was|is) the (last|very last) time",
            ]),
        PatternRule(
            .block([.emptyPromise], .message),
            [
                "(lol|😂|🤣|😆|😅|haha)",
                "(recipe|dough|coffee|beans|movie|restaurant|game|show|team|weather|traffic|bus|train|printer|car|wifi|app|phone) (never|always)",
                "i (swear|promise) (this|that|the|it) (recipe|thing|place|app|game|show|weather|movie)",
            ]),
        PatternRule(
            .block([.emptyPromise], .sentence),
            [
                "@leisure",
                "the (food|service|movie|coffee|drive|hotel|traffic|weather) (was|is)",
            ]),
    ]
}
