extension CoachLexicon {
    /// Feelings a person can name about themselves (i_statement) or about the partner (reflection).
    static let feelingWords = [
        "shame", "guilt", "fear", "anger", "sadness", "grief", "panic", "relief", "joy", "jealousy", "loneliness", "anxiety", "pain",
        "rage", "resentment", "frustration", "disappointment", "embarrassment", "humiliation", "heartbreak", "dread", "hurt",
        "hurt", "sad", "lonely", "alone", "angry", "mad", "upset", "scared", "afraid", "frightened",
        "terrified", "anxious", "worried", "nervous", "stressed", "overwhelmed", "frustrated", "annoyed",
        "irritated", "disappointed", "let down", "ignored", "unseen", "unheard", "invisible",
        "unimportant", "unloved", "unwanted", "unappreciated", "undervalued", "rejected", "abandoned",
        "left out", "excluded", "isolated", "neglected", "forgotten", "dismissed", "disrespected",
        "betrayed", "humiliated", "embarrassed", "ashamed", "guilty", "jealous", "insecure", "confused",
        "lost", "helpless", "hopeless", "powerless", "drained", "depleted", "defeated", "discouraged",
        "heartbroken", "devastated", "crushed", "shattered", "miserable", "unhappy", "down", "depressed",
        "blue", "empty", "numb", "hollow", "resentful", "bitter", "furious", "livid", "enraged",
        "wounded", "grieving", "vulnerable", "exposed", "raw", "fragile", "shaky", "uneasy",
        "uncomfortable", "tense", "panicky", "panicked", "hopeful", "happy", "glad", "relieved",
        "excited", "loved", "cared for", "safe", "seen", "heard", "valued",
        "close", "connected", "disconnected", "distant", "torn", "conflicted", "unsure", "uncertain",
        "doubtful", "pressured", "smothered", "suffocated", "criticized", "judged", "attacked",
        "blamed", "accused", "misunderstood", "invalidated", "belittled", "small", "stupid",
        "worthless", "inadequate", "not good enough", "unworthy", "overlooked", "taken for granted",
        "used", "cheated", "lied to", "manipulated", "burnt out", "burned out", "stuck", "restless",
        "homesick", "touched", "moved", "proud", "shy", "awkward", "desperate", "alarmed", "shocked",
        "stunned", "blindsided", "pained", "sick", "offended", "insulted", "slighted", "snubbed",
        "brushed off", "shut out", "unsupported", "sidelined", "replaced", "second best", "an afterthought",
        "like an afterthought", "left behind", "on edge", "scared", "dread",
        "heartsick", "disheartened", "dejected", "despondent", "gutted", "sorrowful", "mournful",
        "apprehensive", "jittery", "troubled", "bothered", "disturbed", "distressed", "agitated",
        "exasperated", "fed up", "resentful", "envious", "regretful", "remorseful", "embarrassed",
        "mortified", "self-conscious", "unsettled", "disoriented", "hesitant", "uneasy", "content",
        "peaceful", "calm", "secure", "reassured", "comforted", "supported", "appreciated", "wanted",
        "important", "special", "cherished", "adored", "respected", "understood", "included",
        "disregarded", "controlled", "trapped", "cornered", "unheard", "unvalued", "lonelier",
        "sadder", "angrier", "worse", "awful", "terrible", "horrible", "crappy", "shitty", "bad",
        "weird", "off", "nervous", "heavy", "jealous", "scared", "broken", "alone",
    ]

    /// Signs of physiological arousal in the moment: activation.
    static let arousalWords = [
        "amped up", "amped", "buzzing", "in fight mode", "in fight or flight", "ramped up", "fired up", "hot", "shaky", "flooding",
        "flooded", "heated", "triggered", "activated", "shaking", "trembling",
        "worked up", "on edge", "wound up", "fuming", "boiling", "panicking", "spiraling", "spiralling",
        "dysregulated", "keyed up", "revved up", "overstimulated", "maxed out", "seeing red",
        "too angry", "too upset", "too heated", "too worked up", "shutting down", "freaking out",
        "losing it", "about to explode", "about to lose it", "about to snap", "hyperventilating",
    ]

    /// Words for how hard an experience was ("that sounds so isolating").
    static let hardAdjectives = [
        "mortifying", "gutting", "harrowing", "jarring", "unsettling", "shattering", "lonely", "crushing", "awful", "hurtful", "scary",
        "rough", "bleak", "soul-crushing", "heartbreaking", "infuriating", "isolating", "humiliating", "painful", "disheartening",
        "suffocating", "overwhelming",
        "hard", "awful", "painful", "lonely", "isolating", "scary", "frightening", "terrifying",
        "exhausting", "overwhelming", "heartbreaking", "devastating", "difficult", "rough", "tough",
        "brutal", "frustrating", "infuriating", "humiliating", "embarrassing", "confusing", "stressful",
        "upsetting", "hurtful", "crushing", "draining", "sad", "depressing", "discouraging",
        "disappointing", "unfair", "horrible", "terrible", "miserable", "agonizing", "traumatic",
        "demoralizing", "lonely", "hurtful", "invalidating", "disorienting", "heavy", "intense",
        "unbearable", "maddening", "alienating", "scary", "nerve-wracking", "shocking", "rejecting",
        "dismissive", "belittling", "upsetting", "distressing", "tiring", "grueling", "harsh",
    ]

    /// Positive traits and praise: appreciation.
    static let positiveTraits = [
        "kind", "thoughtful", "sweet", "caring", "generous", "patient", "amazing", "wonderful",
        "incredible", "great", "awesome", "beautiful", "gorgeous", "handsome", "strong", "brave",
        "funny", "smart", "supportive", "loving", "considerate", "helpful", "lovely", "fantastic",
        "attentive", "understanding", "gentle", "good", "talented", "hardworking", "dependable",
        "reliable", "the best", "a great", "a good", "a wonderful", "an amazing", "a star",
        "a lifesaver", "a rock", "a gem", "a treasure", "a sweetheart", "a catch", "an angel",
        "perfect", "special", "inspiring", "impressive", "clever", "wise", "cute", "adorable",
        "hilarious", "sexy", "hot", "stunning", "extraordinary", "remarkable", "calm", "steady",
        "so good", "generous", "honest", "fair", "trustworthy", "romantic", "fun", "dedicated",
        "devoted", "committed", "thoughtful", "graceful", "resilient", "capable", "courageous",
    ]

    /// Past-tense self-judgements that own a part ("I was selfish").
    static let selfTraits = [
        "selfish", "unfair", "dismissive", "harsh", "defensive", "distant", "cold", "rude",
        "thoughtless", "careless", "insensitive", "wrong", "mean", "short with you", "impatient",
        "out of line", "unkind", "inconsiderate", "a jerk", "an ass", "a bit much", "too harsh",
        "absent", "checked out", "withdrawn", "critical", "controlling",
        "hurtful", "unreasonable", "stubborn", "jealous", "petty",
        "passive aggressive", "sarcastic", "condescending", "closed off", "shut down", "avoidant",
    ]
}
