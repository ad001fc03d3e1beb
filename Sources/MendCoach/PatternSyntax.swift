/// Expands the pattern syntax of `PatternRule` into plain word sequences.
enum PatternSyntax {
    /// All word sequences a pattern stands for; class names, `_`, `...`, `^` and `$` are kept as items.
    static func expand(_ pattern: String) -> [[String]] {
        var sequences: [[String]] = [[]]
        for slot in slots(pattern) {
            sequences = sequences.flatMap { sequence in slot.map { sequence + $0 } }
        }
        return sequences
    }

    /// The pattern as slots: each slot lists its alternatives (an empty one when optional).
    static func slots(_ pattern: String) -> [[[String]]] {
        var slots: [[[String]]] = []
        var characters = Substring(pattern)
        while let first = characters.first {
            if first == " " {
                characters = characters.dropFirst()
            } else if first == "(" || first == "[" {
                let closing: Character = first == "(" ? ")" : "]"
                let body = characters.dropFirst().prefix { $0 != closing }
                precondition(!body.contains("(") && !body.contains("["), "nested groups are not supported: \(pattern)")
                characters = characters.dropFirst(body.count + 2)
                var alternatives = body.split(separator: "|", omittingEmptySubsequences: false).map {
                    $0.split(separator: " ").map(String.init)
                }
                // "[a|b]" and "(a|b)?" are both optional.
                if characters.first == "?" {
                    characters = characters.dropFirst()
                    alternatives.append([])
                } else if first == "[" {
                    alternatives.append([])
                }
                slots.append(alternatives)
            } else {
                let word = characters.prefix { $0 != " " }
                characters = characters.dropFirst(word.count)
                slots.append([[String(word)]])
            }
        }
        return slots
    }
}
