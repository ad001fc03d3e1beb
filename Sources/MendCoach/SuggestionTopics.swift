/// A theme of everyday conflict, with the feeling and need that usually sit under it.
struct SuggestionTopic: Sendable {
    let keywords: [String]
    let feeling: String
    let need: String
}

/// Themes the suggestion writer recognises in a message (data; add more freely).
enum SuggestionTopics {
    static let all: [SuggestionTopic] = [
        SuggestionTopic(
            keywords: ["plan", "plans", "date", "together", "us", "weekend", "evening", "night", "trip", "dinner", "time"],
            feeling: "lonely", need: "to feel like we are a priority"),
        SuggestionTopic(
            keywords: [
                "help", "chores", "dishes", "clean", "cleaning", "house", "laundry", "kids", "cook", "cooking", "trash", "mess",
                "groceries",
            ],
            feeling: "overwhelmed", need: "to share the load"),
        SuggestionTopic(
            keywords: ["late", "wait", "waiting", "forget", "forgot", "remember", "birthday", "anniversary", "promised"],
            feeling: "unimportant", need: "to be able to count on you"),
        SuggestionTopic(
            keywords: ["listen", "listening", "talk", "hear", "ask", "interrupt", "call", "text", "reply", "answer"],
            feeling: "unheard", need: "to feel listened to"),
        SuggestionTopic(
            keywords: ["phone", "tv", "game", "games", "work", "job", "computer", "friends", "screen", "instagram"],
            feeling: "ignored", need: "some of your attention"),
        SuggestionTopic(
            keywords: ["care", "love", "notice", "appreciate", "feelings", "effort", "try"],
            feeling: "unseen", need: "to feel noticed and cared for"),
        SuggestionTopic(
            keywords: ["money", "spend", "spending", "bills", "pay", "budget"],
            feeling: "anxious", need: "us to feel secure together"),
    ]

    static let fallback = SuggestionTopic(keywords: [], feeling: "hurt", need: "to feel that we are on the same side")

    /// Keyword hashes to topics, built once.
    static let index: [UInt64: Int] = {
        var index: [UInt64: Int] = [:]
        for (position, topic) in all.enumerated() {
            for keyword in topic.keywords where index[WordHash.hash(keyword)] == nil {
                index[WordHash.hash(keyword)] = position
            }
        }
        return index
    }()

    /// Feeling needs for trait words ("careless" -> worried, more care).
    static let traitNeeds: [String: (feeling: String, need: String)] = [
        "careless": ("worried", "more care with the things that matter to us"),
        "lazy": ("overwhelmed", "more help with what needs doing"),
        "selfish": ("unimportant", "to feel considered in your choices"),
        "inconsiderate": ("unimportant", "to feel considered in your choices"),
        "thoughtless": ("hurt", "to feel thought of"),
        "rude": ("hurt", "kinder words between us"),
        "mean": ("hurt", "kinder words between us"),
        "irresponsible": ("anxious", "to be able to rely on you"),
        "unreliable": ("anxious", "to be able to rely on you"),
        "cold": ("lonely", "more warmth between us"),
        "distant": ("lonely", "more closeness between us"),
        "insensitive": ("hurt", "gentleness when I share something"),
        "messy": ("overwhelmed", "us to keep our space livable together"),
        "forgetful": ("unimportant", "to know the things I ask for are remembered"),
        "controlling": ("smothered", "more room to choose for myself"),
        "exhausting": ("drained", "us to find an easier way through this"),
        "impossible": ("stuck", "us to find a way to hear each other"),
    ]
}
