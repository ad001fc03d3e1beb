extension RepairAction {
    private enum CodingKeys: String, CodingKey {
        case type, topic, `protocol`, settings, partner, value, person, text, heard, clarification, option, commitments, outcome
    }

    /// Reads the flat form `{"type": "send", "text": "…"}`: stable for storage and the API.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let type = try c.decode(String.self, forKey: .type)
        switch type {
        case "start":
            self = .start(
                topic: try c.decode(String.self, forKey: .topic), protocolID: try c.decode(String.self, forKey: .protocol),
                settings: try c.decode(RepairSettings.self, forKey: .settings), partner: try c.decode(UserID.self, forKey: .partner)
            )
        case "accept": self = .accept
        case "rate": self = .rate(try c.decode(Int.self, forKey: .value))
        case "confirm": self = .confirm
        case "chooseFirstSpeaker": self = .chooseFirstSpeaker(try c.decode(UserID.self, forKey: .person))
        case "send": self = .send(try c.decode(String.self, forKey: .text))
        case "answer":
            self = .answer(
                heard: try c.decode(Bool.self, forKey: .heard), clarification: try c.decodeIfPresent(String.self, forKey: .clarification))
        case "choose": self = .choose(try c.decode(String.self, forKey: .option))
        case "commit": self = .commit(try c.decode([String].self, forKey: .commitments))
        case "recordOutcome": self = .recordOutcome(try c.decode(RepairOutcome.self, forKey: .outcome))
        case "pause": self = .pause
        case "resume": self = .resume
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "Unknown action type \(type).")
        }
    }

    /// Writes the flat form `{"type": "send", "text": "…"}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(typeName, forKey: .type)
        switch self {
        case .start(let topic, let protocolID, let settings, let partner):
            try c.encode(topic, forKey: .topic)
            try c.encode(protocolID, forKey: .protocol)
            try c.encode(settings, forKey: .settings)
            try c.encode(partner, forKey: .partner)
        case .rate(let value): try c.encode(value, forKey: .value)
        case .chooseFirstSpeaker(let person): try c.encode(person, forKey: .person)
        case .send(let text): try c.encode(text, forKey: .text)
        case .answer(let heard, let clarification):
            try c.encode(heard, forKey: .heard)
            try c.encodeIfPresent(clarification, forKey: .clarification)
        case .choose(let option): try c.encode(option, forKey: .option)
        case .commit(let items): try c.encode(items, forKey: .commitments)
        case .recordOutcome(let outcome): try c.encode(outcome, forKey: .outcome)
        case .accept, .confirm, .pause, .resume: break
        }
    }
}
