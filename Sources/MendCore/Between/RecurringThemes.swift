/// The same fight again: ruptures about the same thing, found from what their authors wrote.
///
/// Each rupture's text is split into words and matched against a small lexicon of everyday
/// themes (data, below, that can grow). A rupture no theme claims can still recur: two or more
/// such ruptures sharing a content word ("dishes", "Sunday") form a theme named by that word.
/// A theme recurs when two or more ruptures within the last 30 days belong to it.
public enum RecurringThemes {
    /// The window "this month" covers, in days.
    public static let windowDays = 30

    /// A theme found in two or more recent ruptures.
    public struct Theme: Hashable, Sendable {
        /// A stable key ("plans", or "word:dishes").
        public var key: String
        /// What it is about, for a sentence ("plans changing").
        public var name: String
        /// Ruptures about it within the window.
        public var recentCount: Int
        /// Ruptures about it in all.
        public var totalCount: Int
        /// The ruptures, newest first.
        public var ruptureIDs: [String]

        /// "Third time this month about plans changing."
        public var sentence: String {
            "\(Self.ordinal(recentCount)) time this month about \(name)."
        }

        static func ordinal(_ count: Int) -> String {
            let words = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"]
            return count >= 1 && count <= words.count ? words[count - 1] : "\(count)th"
        }
    }

    /// The recurring themes among `ruptures` at `now`, most recent-heavy first.
    public static func detect(in ruptures: [Rupture], now: Timestamp) -> [Theme] {
        let windowStart = now.adding(seconds: -Int64(windowDays) * 86_400)
        var members: [String: [Rupture]] = [:]
        var names: [String: String] = [:]
        var unthemed: [(Rupture, Set<String>)] = []
        for rupture in ruptures {
            let words = words(in: rupture.whatHappened + " " + rupture.feelingsNote)
            if let theme = bestTheme(for: words) {
                members[theme.key, default: []].append(rupture)
                names[theme.key] = theme.name
            } else {
                unthemed.append((rupture, Set(words.map(stem).filter { $0.count >= 4 && !stopWords.contains($0) })))
            }
        }
        // Content words shared by ruptures no lexicon theme claimed.
        var byWord: [String: [Rupture]] = [:]
        for (rupture, stems) in unthemed {
            for stem in stems { byWord[stem, default: []].append(rupture) }
        }
        var claimed = Set<String>()
        for (word, ruptures) in byWord.sorted(by: { ($0.value.count, $1.key) > ($1.value.count, $0.key) }) where ruptures.count >= 2 {
            let fresh = ruptures.filter { !claimed.contains($0.id) }
            guard fresh.count >= 2 else { continue }
            members["word:\(word)"] = fresh
            names["word:\(word)"] = "\u{201C}\(word)\u{201D}"
            claimed.formUnion(fresh.map(\.id))
        }
        let themes = members.compactMap { key, ruptures -> Theme? in
            let recent = ruptures.filter { $0.happenedAt >= windowStart && $0.happenedAt <= now }
            guard recent.count >= 2 else { return nil }
            let sorted = ruptures.sorted { ($0.happenedAt, $0.id) > ($1.happenedAt, $1.id) }
            return Theme(
                key: key, name: names[key] ?? key, recentCount: recent.count, totalCount: ruptures.count, ruptureIDs: sorted.map(\.id))
        }
        return themes.sorted { ($0.recentCount, $0.totalCount, $1.key) > ($1.recentCount, $1.totalCount, $0.key) }
    }

    /// The lexicon theme with the most matching words, if any.
    static func bestTheme(for words: [String]) -> ThemeEntry? {
        var best: (ThemeEntry, Int)?
        for theme in lexicon {
            let hits = words.filter(theme.matches).count
            if hits > 0, hits > (best?.1 ?? 0) { best = (theme, hits) }
        }
        return best?.0
    }

    /// Lower-cased words of letters (apostrophes dropped, so "didn't" is "didnt").
    static func words(in text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic {
                current.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue
            } else if !current.isEmpty {
                words.append(current.lowercased())
                current = ""
            }
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        return words
    }

    /// A light stem so "dishes" and "dish", "cancelled" and "cancel" meet.
    static func stem(_ word: String) -> String {
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("ing"), word.count > 5 { return String(word.dropLast(3)) }
        if word.hasSuffix("ed"), word.count > 4 { return String(word.dropLast(2)) }
        if word.hasSuffix("es"), word.count > 4, ["sh", "ch", "ss", "x"].contains(where: { word.dropLast(2).hasSuffix($0) }) {
            return String(word.dropLast(2))
        }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 3 { return String(word.dropLast()) }
        return word
    }

    /// One everyday theme: a name for sentences and the words that point to it
    /// (`word*` matches any word starting so, a bare word only itself).
    struct ThemeEntry: Sendable {
        var key: String
        var name: String
        var prefixes: [String]
        var exact: Set<String>

        init(_ key: String, _ name: String, _ patterns: String) {
            self.key = key
            self.name = name
            let all = patterns.split(separator: " ").map(String.init)
            prefixes = all.filter { $0.hasSuffix("*") }.map { String($0.dropLast()) }
            exact = Set(all.filter { !$0.hasSuffix("*") })
        }

        func matches(_ word: String) -> Bool {
            exact.contains(word) || prefixes.contains { word.hasPrefix($0) }
        }
    }

    static let lexicon: [ThemeEntry] = [
        ThemeEntry(
            "plans", "plans changing",
            "plan* cancel* reschedul* bail* flake* flaky postpon* rearrang* backed stood dropped"),
        ThemeEntry("lateness", "running late", "late lateness later punctual* waited waiting wait hour hours minutes"),
        ThemeEntry(
            "money", "money",
            "money spend* spent budget* debt* bill bills pay paid paying payment* purchas* bought buy buying cost* expens* afford* salary rent loan* credit cash savings saving price* shopping"
        ),
        ThemeEntry(
            "chores", "chores at home",
            "chore* dish* laundr* clean* tidy* tidied messy mess housework hoover* vacuum* trash rubbish garbage bins cook* cooked groceries grocery kitchen washing sink"
        ),
        ThemeEntry(
            "family", "family",
            "mother mom mum mums moms dad dads father parents inlaws sister* brother* sibling* family families relatives grandma grandmother grandpa aunt uncle cousin*"
        ),
        ThemeEntry(
            "screens", "phones and screens",
            "phone* screen* scroll* instagram tiktok facebook gaming game games laptop tv television netflix youtube"),
        ThemeEntry(
            "work", "work",
            "work working worked overtime boss office job jobs career meeting* deadline* shift shifts colleague* coworker* emails email"),
        ThemeEntry(
            "intimacy", "intimacy",
            "sex sexual intimacy intimate affection* touch touched touching cuddl* kiss* desire bedroom"),
        ThemeEntry(
            "parenting", "the kids",
            "kid kids child children bedtime parenting son daughter school homework baby toddler teenager nursery daycare"),
        ThemeEntry(
            "friends", "friends and going out",
            "friend* party parties drinks drinking pub bar club nights"),
        ThemeEntry(
            "together", "time together",
            "together weekend weekends anniversary birthday* date dates holiday* vacation* trip"),
        ThemeEntry("trust", "trust", "flirt* ex jealous* lied lying lie lies secret* cheat* trust* hid hiding hidden"),
    ]

    static let stopWords = Set<String>([
        "about", "after", "again", "also", "always", "been", "before", "being", "came", "could", "didn", "didnt", "does", "doesnt",
        "doing", "dont", "even", "ever", "from", "going", "have", "having", "into", "just", "know", "like", "made", "make", "more",
        "much", "never", "only", "other", "over", "really", "said", "same", "says", "still", "than", "that", "their", "them",
        "then", "there", "they", "thing", "think", "this", "time", "told", "very", "wanted", "want", "wasnt", "week", "well",
        "went", "were", "what", "when", "where", "which", "while", "will", "with", "would", "your", "felt", "feel", "feeling",
        "because", "without", "through", "again", "today", "tonight", "yesterday", "night", "morning", "evening", "asked",
        "each", "every", "some", "something", "anything", "nothing", "everything", "tried", "couldnt", "wouldnt", "again",
        "partner", "people", "another", "here", "home", "around", "back", "down", "left", "come", "came", "take", "took",
    ])
}
