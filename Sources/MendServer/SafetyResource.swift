import Foundation

/// One place to turn to, as the safety page lists it.
public struct SafetyResource: Codable, Hashable, Sendable {
    /// Who it is for ("If a partner is hurting, threatening or controlling you").
    public var title: String
    /// The lines to call or text, in plain words.
    public var details: String

    /// Creates a resource.
    public init(title: String, details: String) {
        self.title = title
        self.details = details
    }

    /// Well-known national lines, for deployments that configure none.
    public static let defaults = [
        SafetyResource(
            title: "If you're in danger right now",
            details:
                "Call your local emergency number: 999 in the UK, 911 in the US and Canada, 000 in Australia, 112 across the EU."),
        SafetyResource(
            title: "If you're thinking about suicide or hurting yourself",
            details:
                "In the US call or text 988 (Suicide & Crisis Lifeline); in the UK and Ireland call Samaritans on 116 123; in Canada call or text 988; in Australia call Lifeline on 13 11 14."
        ),
        SafetyResource(
            title: "If a partner is hurting, threatening or controlling you",
            details:
                "In the US the National Domestic Violence Hotline, 1-800-799-7233 (or text START to 88788); in the UK the National Domestic Abuse Helpline, 0808 2000 247; in Canada call 911 or your provincial line; in Australia 1800RESPECT, 1800 737 732."
        ),
        SafetyResource(title: "Anywhere else", details: "Your local emergency number or a doctor can point you to help near you."),
    ]

    /// Reads a JSON array of `{"title": …, "details": …}`; a missing, unreadable or empty file stops start-up with one line.
    static func load(path: String) throws(ConfigurationError) -> [SafetyResource] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError("MEND_SAFETY_RESOURCES names \(path), which can't be read.")
        }
        guard let resources = try? JSONDecoder().decode([SafetyResource].self, from: data), !resources.isEmpty,
            resources.allSatisfy({ !$0.title.isEmpty && !$0.details.isEmpty })
        else {
            throw ConfigurationError(
                "MEND_SAFETY_RESOURCES must be a JSON array of {\"title\": …, \"details\": …} with at least one entry: \(path) isn't.")
        }
        return resources
    }
}
