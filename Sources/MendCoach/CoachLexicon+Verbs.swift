extension CoachLexicon {
    /// Curt replies that shut a conversation down when they make up the whole message.
    static let dismissiveWords = [
        "whatever", "fine", "k", "sure", "noted", "right", "yeah", "mhm",
        "okay", "uh huh", "ok", "yep", "nope", "bye", "alright", "got", "it", "yeah yeah", "sure sure", "got it", "understood", "fine fine",
        "if you say so",
        "good for you", "cool story", "thumbs up", "👍", "🙄", "😒", "whatever you say", "mm", "hmm", "meh",
    ]

    /// States offered as excuses ("I was tired").
    static let excuseStates = [
        "tired", "busy", "exhausted", "stressed", "working", "sick", "distracted", "swamped",
        "slammed", "drunk", "hungry", "asleep", "sleeping", "driving", "at work", "in a meeting",
        "running late", "overwhelmed", "buried", "under pressure", "hungover", "jet lagged",
        "on the phone", "with my friends", "doing my best", "only human", "in a rush", "rushing",
    ]

    /// Verbs of advice ("why don't you talk to her").
    static let adviceVerbs = [
        "try", "talk", "tell", "call", "ask", "go", "get", "take", "make", "set", "use", "write",
        "stop", "start", "leave", "quit", "find", "look", "see", "consider", "think", "reach", "speak",
        "give", "put", "check", "text", "email", "ignore", "block", "confront", "focus", "journal",
        "meditate", "exercise", "sleep", "rest", "relax", "apply", "join", "book", "schedule", "plan",
        "buy", "move", "switch", "change", "report", "explain", "just", "read", "listen", "breathe",
        "walk", "work", "look into", "sign up", "download", "delete", "unfollow", "mute", "let", "learn", "practice", "work on",
        "figure out", "remember", "stand up", "speak up", "open up",
    ]

    /// Verbs of relationship behaviour a partner can be asked for (not errands).
    static let relationalVerbs = [
        "speak", "say goodnight", "say good morning", "say hello", "say goodbye", "say i love you", "back me up", "stand up for me",
        "take my side", "have my back", "defend me", "lie down with me", "lie down", "sit down with me", "send me a text",
        "send me a message", "send me a quick text", "text me", "put your hand", "put your arm", "hold my hand", "keep me company",
        "walk me", "take over", "take on", "take care of", "take charge of", "take bath time", "take bedtime", "take turns", "check on me",
        "come find me", "tell me if", "tell me when", "let me know if", "let me know when", "reach out", "call me back",
        "look me in the eyes",
        "tell", "let me know", "text me", "call me", "hug", "hold", "kiss", "cuddle", "listen",
        "sit with me", "stay", "spend", "join me", "include", "ask me", "check in", "plan", "share",
        "reassure", "remind me", "show me", "look at me", "talk", "hear me out", "slow down",
        "give me a hug", "give me a heads up", "give me a minute", "give me some", "give us",
        "put your phone away", "put the phone down", "put your phone down", "put down your phone",
        "make time", "make plans", "make a plan", "take me out", "take a walk with me", "take time",
        "come with me", "come here", "come sit", "come to bed", "come back", "go for a walk",
        "go on a date", "help me understand", "let me finish", "let me talk", "let me explain",
        "not interrupt", "not yell", "not raise your voice", "stop interrupting", "stop yelling",
        "be patient", "be gentle", "be honest", "be more", "be there", "be kind", "try to understand",
        "answer", "respond", "reply", "pick up when", "wait for me", "tell me", "speak to me",
        "open up", "be on time", "keep me posted", "keep me in the loop", "warn me", "sit", "walk with me",
        "dance with me", "lie with me", "stay with me", "tell me when", "ask before", "check with me",
        "consult me", "turn off your phone", "look me in the eye", "make eye contact", "hold my hand",
    ]

    /// What a partner is accused of wanting to do to the writer ("you wanted to hurt me").
    static let meanIntentVerbs = [
        "hurt", "punish", "control", "embarrass", "humiliate", "upset", "manipulate", "provoke",
        "annoy", "spite", "test", "trap", "guilt", "guilt trip", "make me jealous", "make me feel",
        "make me look", "make me mad", "make me angry", "get back at me", "get a reaction",
        "get attention", "win", "prove", "get your way", "start a fight", "pick a fight", "make a point",
        "show me up", "belittle", "get rid of me", "push me away", "break me", "make me suffer",
        "make me cry", "get under my skin", "mess with me", "screw with me", "get out of", "avoid",
        "make me the bad guy", "look good", "score points",
    ]

    /// One's own past actions offered as evidence ("I called you twice").
    static let selfActions = [
        "called", "texted", "messaged", "walked", "paid", "took", "cleaned", "fed", "picked", "sent", "told",
        "asked", "emailed", "booked", "bought", "remembered", "reminded", "mentioned", "replied", "answered",
        "fixed", "washed", "cooked", "dropped", "warned", "tried",
    ]

    /// Things people recommend for fun; advice about them is not fixing a feeling.
    static let leisureWords = [
        "restaurant", "cafe", "café", "coffee", "show", "movie", "film", "series", "book", "song", "album", "game", "recipe",
        "bar", "tacos", "pizza", "dessert", "sunset", "episode", "podcast", "trail", "beach", "dress", "shoes",
        "place", "spot", "bakery", "museum", "concert", "band", "playlist", "brunch", "cake", "wine", "beer", "ramen",
        "sushi", "burger", "hike", "park", "exhibit", "documentary", "novel", "machine", "gadget", "sale", "deal",
    ]

    /// Verbs of love and commitment (reassurance).
    static let affectionVerbs = [
        "love", "adore", "choose", "want", "need", "cherish", "trust", "miss", "care about",
    ]

    /// Objects that make advice interpersonal ("talk to her").
    static let personObjects = [
        "her", "him", "them", "your boss", "your mom", "your mother", "your dad", "your father",
        "your sister", "your brother", "your friend", "your friends", "your family", "your manager",
        "your therapist", "a therapist", "a counselor", "a professional", "someone", "your doctor",
        "a doctor", "your partner", "hr", "your coworker", "your parents", "a lawyer",
    ]
}
