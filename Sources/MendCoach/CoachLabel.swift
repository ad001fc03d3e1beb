/// A pattern the coach recognises in a message: a harmful pattern (flag) or a repair skill (strength).
public enum CoachLabel: String, CaseIterable, Codable, Sendable {
    case criticism
    case contempt
    case defensiveness
    case stonewalling
    case invalidation
    case assumedIntent = "assumed_intent"
    case factLitigation = "fact_litigation"
    case emptyPromise = "empty_promise"
    case apology
    case sympathy
    case fixing
    case parroting
    case safetyRisk = "safety_risk"
    case iStatement = "i_statement"
    case reflection
    case checkUnderstanding = "check_understanding"
    case validation
    case empathy
    case responsibility
    case reassurance
    case appreciation
    case activation
    case request

    /// Whether the label is one of the spec's harmful patterns (flags) rather than a repair skill.
    public var isHarmful: Bool {
        switch self {
        case .criticism, .contempt, .defensiveness, .stonewalling, .invalidation, .assumedIntent,
            .factLitigation, .emptyPromise, .apology, .sympathy, .fixing, .parroting, .safetyRisk:
            return true
        case .iStatement, .reflection, .checkUnderstanding, .validation, .empathy, .responsibility,
            .reassurance, .appreciation, .activation, .request:
            return false
        }
    }

    /// The position of the label in `allCases`, for table lookups without hashing.
    var index: Int {
        switch self {
        case .criticism: return 0
        case .contempt: return 1
        case .defensiveness: return 2
        case .stonewalling: return 3
        case .invalidation: return 4
        case .assumedIntent: return 5
        case .factLitigation: return 6
        case .emptyPromise: return 7
        case .apology: return 8
        case .sympathy: return 9
        case .fixing: return 10
        case .parroting: return 11
        case .safetyRisk: return 12
        case .iStatement: return 13
        case .reflection: return 14
        case .checkUnderstanding: return 15
        case .validation: return 16
        case .empathy: return 17
        case .responsibility: return 18
        case .reassurance: return 19
        case .appreciation: return 20
        case .activation: return 21
        case .request: return 22
        }
    }

    /// The label as a bit, for sets of labels without hashing.
    var bit: UInt32 { 1 << UInt32(index) }

    /// Whether the label pushes a conversation toward escalation (Gottman's horsemen and the
    /// repair traps that attack or shut out the partner), used for the message-level reading.
    var isEscalating: Bool {
        switch self {
        case .criticism, .contempt, .defensiveness, .stonewalling, .invalidation, .assumedIntent,
            .factLitigation, .safetyRisk:
            return true
        default:
            return false
        }
    }
}
