extension CoachLexicon {
    /// Words that may sit inside any pattern without changing it ("you're so fucking lazy").
    static let fillerWords = [
        "sometimes", "often", "kinda", "occasionally", "lately",
        "probably", "perhaps", "maybe", "possibly",
        "absolute", "whole", "entire", "exact", "exactly", "actual", "own", "ever so", "sincerely", "properly", "fully",
        "so", "really", "very", "just", "totally", "completely", "literally", "honestly", "actually",
        "seriously", "fucking", "freaking", "frigging", "bloody", "damn", "goddamn", "truly", "such",
        "even", "like", "too", "being", "pretty", "quite", "absolutely", "utterly", "extremely",
        "incredibly", "super", "clearly", "obviously", "definitely", "certainly", "simply", "basically",
        "total", "complete", "utter", "real", "massive", "huge", "big", "little", "bit", "somewhat",
        "rather", "way", "also", "still", "kind", "sort", "of", "ever", "all", "now", "genuinely",
        "deeply", "terribly", "awfully", "insanely", "ridiculously", "unbelievably", "painfully",
    ]

    /// Words after which a written "your"/"ur" means "you are".
    static let youAreCueWords = [
        "so", "such", "a", "an", "the", "always", "never", "being", "not", "just", "really", "too",
        "literally", "right", "wrong", "welcome", "kidding", "joking", "lying", "overreacting",
        "going", "gonna", "acting", "making", "doing", "saying", "trying", "the", "constantly",
        "honestly", "seriously", "absolutely", "completely", "totally", "one", "only", "still",
        "supposed", "telling", "ignoring", "crazy", "insane", "very", "extremely", "utterly", "fucking", "freaking", "being",
    ]

    /// Character traits: calling the partner one of these is criticism.
    static let traitWords = [
        "lazy", "selfish", "careless", "inconsiderate", "thoughtless", "irresponsible", "immature",
        "childish", "rude", "mean", "cold", "heartless", "insensitive", "unreliable", "messy", "sloppy",
        "disorganized", "forgetful", "stubborn", "controlling", "manipulative", "arrogant", "cruel",
        "needy", "clingy", "possessive", "negative", "difficult", "impossible", "exhausting",
        "unbearable", "annoying", "irritating", "judgmental", "critical", "dishonest", "flaky",
        "ungrateful", "entitled", "spoiled", "demanding", "cheap", "stingy", "greedy", "boring",
        "clueless", "incompetent", "naive", "untrustworthy", "fake", "toxic", "nagging", "bossy",
        "condescending", "patronizing", "distant", "oblivious", "vain", "shallow", "disrespectful",
        "unfair", "irrational", "unreasonable", "hypocritical", "impatient", "hostile", "aggressive",
        "unbelievable", "unavailable", "absent", "uncaring", "unsupportive", "ungrateful", "petty",
        "lazy", "self-centered", "selfcentered", "self-absorbed", "narcissistic",
        "cheating", "lying", "sneaky", "secretive", "closed", "cowardly",
        "spineless", "weak", "passive", "aggressive", "mean-spirited", "harsh", "abrasive",
        "miserable", "unromantic", "neglectful", "sloppy", "slow", "late", "unapproachable",
        "unhelpful", "thick-headed", "hopeless", "helpless", "cold-hearted", "heartless",
        "emotionless", "robotic", "lazier", "worst", "exhausting", "draining", "infuriating",
    ]

    /// Character nouns: "you're such a slob" is criticism.
    static let traitNouns = [
        "slob", "liar", "hypocrite", "mess", "nag", "narcissist", "cheater", "coward",
        "bully", "snob", "workaholic", "control freak", "know-it-all", "know it all",
        "couch potato", "drama queen", "mama's boy", "daddy's girl", "pushover", "doormat", "slacker",
        "deadbeat", "manchild", "man-child", "princess", "martyr", "flake", "hothead", "grump",
        "monster", "disappointment", "burden", "nightmare", "terrible partner", "bad partner",
        "terrible husband", "terrible wife", "bad husband", "bad wife", "bad boyfriend",
        "bad girlfriend", "bad father", "bad mother", "terrible father", "terrible mother",
    ]

    /// Insults and name-calling: contempt.
    static let insultNouns = [
        "troll", "scum", "hater", "shill", "karen", "incel", "neckbeard", "mouth breather", "bootlicker", "simp", "dumbass", "jerk off",
        "tool", "prat", "muppet", "numpty", "plonker", "pillock", "dweeb", "nerd", "geek", "wuss", "crybaby",
        "brat", "child", "baby", "toddler", "manchild", "man-child", "big baby", "spoiled brat", "little boy", "little girl", "clown show",
        "disaster", "train wreck", "embarrassment", "laughingstock", "dumbest person", "stupidest person",
        "idiot", "moron", "loser", "joke", "clown", "fool", "jerk", "asshole", "dumbass", "dick",
        "prick", "bitch", "bastard", "psycho", "retard", "imbecile", "cretin", "dipshit", "douche",
        "douchebag", "twat", "cunt", "scumbag", "pig", "slut", "whore", "creep", "freak", "weirdo",
        "failure", "disgrace", "embarrassment", "nobody", "parasite", "leech", "trash", "garbage",
        "lowlife", "degenerate", "dimwit", "halfwit", "nitwit", "numbskull", "bonehead", "blockhead",
        "airhead", "simpleton", "buffoon", "dope", "dork", "snowflake", "crybaby", "piece of shit",
        "piece of work", "waste of space", "waste of time", "waste of oxygen", "excuse for a",
        "joke of a", "sad excuse", "pathetic excuse", "ass", "jackass", "shithead", "dickhead",
        "fuckhead", "fuckwit", "wanker", "tosser", "git", "twit", "knob", "knobhead", "dumbo",
        "stupid", "hag", "cow", "witch", "pig", "animal", "savage", "peasant", "sheep", "worm",
        "rat", "snake", "vermin", "lunatic", "maniac", "nutjob", "nutcase", "basket case", "psychopath",
        "sociopath", "retard", "spaz", "doofus", "bozo", "chump", "sucker", "wimp", "pussy", "sissy",
        "joke", "laughingstock", "laughing stock", "loser",
    ]

    /// Insulting adjectives: contempt.
    static let insultAdjectives = [
        "ignorant", "moronic", "brain dead", "braindead", "clueless", "dumbass", "dumb ass", "stupid ass", "trash", "garbage", "spineless",
        "gutless", "worthless", "pitiful", "lame", "cringe", "cringey", "delusional", "insufferable", "obnoxious", "repugnant", "loathsome",
        "stupid", "dumb", "pathetic", "worthless", "useless", "disgusting", "repulsive", "gross",
        "ridiculous", "laughable", "absurd", "moronic", "idiotic", "brainless", "dense", "thick",
        "retarded", "insane", "nuts", "psycho", "delusional", "ugly", "fat", "trashy", "lame",
        "gutless", "primitive", "inferior", "embarrassing", "shameful", "vile", "despicable",
        "contemptible", "revolting", "nauseating", "sickening", "crazy", "mental", "unhinged",
        "deranged", "dumber", "stupider", "clownish", "braindead", "brain-dead", "hopeless",
        "pitiful", "laughable", "a joke", "beneath me", "such a joke", "unlovable",
        "worthless", "disgraceful",
    ]

    /// Sarcastic forms of address ("Nice job, Einstein").
    static let sarcasticAddresses = [
        "little miss perfect", "little mister perfect", "miss know it all", "mr know it all", "mr. perfect", "ms. perfect",
        "your royal highness", "saint", "martyr",
        "einstein", "genius", "sherlock", "captain obvious", "your highness", "your majesty", "princess",
        "champ", "hotshot", "smart guy", "smartass", "smarty pants", "mr perfect", "miss perfect",
        "mister perfect", "professor", "mastermind", "rocket scientist", "wise guy", "big shot",
    ]

    /// Words that dismiss a partner's feelings as too much ("you're being dramatic").
    static let dramaWords = [
        "dramatic", "overdramatic", "melodramatic", "hysterical", "sensitive", "oversensitive",
        "hypersensitive", "emotional", "irrational", "paranoid", "crazy",
        "petty", "extra", "touchy", "unreasonable", "overreacting", "overemotional", "hormonal",
        "moody", "uptight", "whiny", "needy", "insecure", "jealous", "childish", "a baby", "a drama queen",
        "overthinking", "delusional", "nuts", "mental", "thin-skinned", "precious", "soft", "worked up",
    ]
}
