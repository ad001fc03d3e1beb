extension CoachLexicon {
    /// Numbers in words (digits are read as `<num>`).
    static let numberWords = [
        "<num>", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "ninety",
        "hundred", "couple", "few", "half", "a couple", "twice", "once",
    ]

    /// Clock times and times of day.
    static let timeWords = [
        "<time>", "<num>", "noon", "midnight", "oclock", "o'clock", "half past", "quarter past", "quarter to",
    ]

    /// Days and dates.
    static let dayWords = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// Records people marshal as evidence.
    static let evidenceWords = [
        "bill", "bills", "invoice", "ticket", "tracker", "app", "camera", "doorbell", "footage", "counter", "step counter", "fitbit", "gps",
        "monitor", "clock", "odometer", "schedule", "confirmation", "confirmation email", "booking", "reservation", "call log", "phone",
        "screen", "notification", "read receipt", "location history",
        "receipt", "receipts", "screenshot", "screenshots", "proof", "evidence", "log", "logs", "record",
        "records", "calendar", "timestamp", "timestamps", "texts", "messages", "email", "emails",
        "transcript", "photo", "photos", "video", "statement", "chat", "thread", "recording",
        "call log", "call history", "text history", "phone bill", "bank statement", "the app",
        "group chat", "voicemail", "notes", "history", "dates", "times", "facts", "receipt",
    ]

    /// People whose words may be reported.
    static let relationWords = [
        "mom", "mum", "mother", "dad", "father", "sister", "brother", "friend", "friends", "boss",
        "therapist", "counselor", "counsellor", "coworker", "colleague", "doctor", "family", "parents",
        "aunt", "uncle", "grandma", "grandmother", "grandpa", "cousin", "neighbour", "neighbor",
        "teacher", "ex", "roommate", "bestie", "husband", "wife", "boyfriend", "girlfriend", "partner",
        "son", "daughter", "kids", "sibling", "manager", "pastor", "priest", "coach", "mate", "mates",
    ]

    /// The partner, named.
    static let partnerWords = [
        "husband", "wife", "boyfriend", "girlfriend", "partner", "fiance", "fiancee", "fiancé",
        "fiancée", "spouse", "ex", "ex-husband", "ex-wife", "ex-boyfriend", "ex-girlfriend", "man",
        "dad", "father", "stepdad", "stepfather", "mom", "mother", "brother", "son", "roommate",
    ]

    /// Subjects of violent or controlling acts.
    static let aggressorWords = [
        "he", "she", "they", "you", "husband", "wife", "boyfriend", "girlfriend", "partner", "fiance",
        "fiancee", "spouse", "ex", "dad", "father", "stepdad", "mom", "mother", "brother", "someone",
        "somebody", "man", "guy",
    ]

    /// Physical violence, past tense.
    static let violentPastVerbs = [
        "grabbed", "hit", "slapped", "punched", "shoved", "pushed", "choked", "strangled", "kicked",
        "beat", "smacked", "bit", "burned", "pinned", "dragged", "attacked", "assaulted", "raped",
        "stabbed", "spat on", "headbutted", "restrained", "tied", "cornered", "elbowed", "scratched",
        "throttled", "shook", "suffocated", "body slammed", "slammed", "beaten",
        "molested", "threatened", "struck", "whipped", "kneed", "tackled", "yanked", "twisted",
        "squeezed", "hurled", "poisoned", "drugged", "trapped", "locked", "stalked", "followed",
    ]

    /// Physical violence, present tense.
    static let violentPresentVerbs = [
        "grabs", "hits", "slaps", "punches", "shoves", "pushes", "chokes", "strangles", "kicks",
        "beats", "smacks", "bites", "burns", "pins", "drags", "attacks", "threatens",
        "rapes", "stalks", "traps", "locks", "shakes", "throttles", "slams", "yanks", "twists",
        "is hitting", "keeps hitting", "is threatening", "punching", "hitting", "kicking", "choking", "shoving", "slapping", "strangling",
        "beating",
    ]

    /// Violence, base form (threats: "he said he'd kill me").
    static let violentBaseVerbs = [
        "kill", "hurt", "hit", "beat", "punch", "slap", "shoot", "stab", "strangle", "choke", "murder",
        "kick", "burn", "destroy", "break", "smash", "end", "get", "harm", "beat up", "take",
    ]

    /// Body parts that violence targets.
    static let bodyParts = [
        "wrist", "wrists", "arm", "arms", "neck", "throat", "face", "hair", "head", "chest", "shoulder",
        "shoulders", "leg", "legs", "body", "jaw", "stomach", "eye", "mouth", "nose", "ribs",
        "hands", "cheek", "lip", "back", "waist", "thigh",
    ]

    /// What a coercive partner takes or controls.
    static let controlledThings = [
        "money", "keys", "phone", "car", "cards", "card", "passport", "paycheck", "wallet", "id",
        "documents", "medication", "meds", "bank", "accounts", "account", "credit card", "messages",
        "texts", "email", "emails", "location", "spending", "every move", "social media", "laptop",
        "computer", "finances", "salary", "debit card", "car keys", "purse", "pills",
    ]
}
