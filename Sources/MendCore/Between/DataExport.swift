/// Everything one person wrote in Mend, for them to keep (`format: "mend-export"`, `version: 1`).
/// The schema is documented in `docs/data-export.md`. Nothing their partner wrote is included.
public struct DataExport: Codable, Hashable, Sendable {
    public var format = "mend-export"
    public var version = 1
    public var exportedAt: Int64
    public var account: AccountPart
    public var ruptures: [RupturePart]
    public var checkIns: [CheckInPart]
    public var commitments: [CommitmentPart]
    public var marksGiven: [MarkPart]
    public var patterns: [PatternPart]
    public var repairPhrases: [PhrasePart]
    public var appreciations: [AppreciationPart]
    public var conversations: [ConversationPart]
    public var reflection: ReflectionPart?

    public struct ReflectionPart: Codable, Hashable, Sendable {
        public var needs: String
        public var tried: String
        public var hopes: String
        public var shared: Bool
        public var updatedAt: Int64
    }

    public struct AccountPart: Codable, Hashable, Sendable {
        public var id: String
        public var displayName: String
        public var email: String
        public var createdAt: Int64
    }

    public struct RupturePart: Codable, Hashable, Sendable {
        public var id: String
        public var whatHappened: String
        public var intensity: Int
        public var feelings: [String]
        public var feelingsNote: String
        public var happenedAt: Int64
        public var createdAt: Int64
        public var shared: Bool
        public var state: String
        public var letGoReflection: String?
        public var sessionId: String?
        public var settledAt: Int64?
    }

    public struct CheckInPart: Codable, Hashable, Sendable {
        public var id: String
        public var at: Int64
        public var answers: [String: Int]
        public var total: Int
        public var note: String
        public var feelsSafe: String?
    }

    public struct MarkPart: Codable, Hashable, Sendable {
        public var commitmentId: String
        public var day: Int
        public var kept: Bool
    }

    public struct CommitmentPart: Codable, Hashable, Sendable {
        public var id: String
        public var text: String
        public var createdAt: Int64
        public var sessionId: String?
        public var endedAt: Int64?
        public var marksReceived: [MarkPart]
    }

    public struct PatternPart: Codable, Hashable, Sendable {
        public var id: String
        public var kind: String
        public var name: String
        public var origin: String
        public var responsibility: String
        public var shared: Bool
        public var createdAt: Int64
    }

    public struct PhrasePart: Codable, Hashable, Sendable {
        public var id: String
        public var text: String
        public var shared: Bool
        public var createdAt: Int64
    }

    public struct AppreciationPart: Codable, Hashable, Sendable {
        public var id: String
        public var text: String
        public var createdAt: Int64
    }

    public struct ConversationPart: Codable, Hashable, Sendable {
        public var sessionId: String
        /// The topic, when this person opened the conversation (it is their writing).
        public var topic: String?
        public var startedAt: Int64
        public var messages: [MessagePart]
    }

    public struct MessagePart: Codable, Hashable, Sendable {
        public var sequence: Int
        public var step: String
        public var kind: String
        public var text: String
    }
}

extension BetweenService {
    /// Everything `account` wrote: their own entries, what they wrote into the shared space, and
    /// their words in the couple's repair conversations.
    public func export(for account: Account, repairs: RepairService, reflections: any ReflectionRepository) async throws -> DataExport {
        let userID = account.id
        let couple = try await couples.couple(of: userID)
        let own = try await ruptures.ruptures(visibleTo: userID, in: nil).filter { $0.authorID == userID }
        let checkIns = try await checkIns.checkIns(of: userID, since: Timestamp(millisecondsSinceEpoch: 0))
        var commitmentParts: [DataExport.CommitmentPart] = []
        var marksGiven: [DataExport.MarkPart] = []
        var appreciationParts: [DataExport.AppreciationPart] = []
        var conversations: [DataExport.ConversationPart] = []
        if let couple {
            let marks = try await commitments.marks(in: couple.id, sinceDay: Int.min / 2)
            func part(_ mark: CommitmentMark) -> DataExport.MarkPart {
                DataExport.MarkPart(commitmentId: mark.commitmentID, day: mark.day, kept: mark.kept)
            }
            marksGiven = marks.filter { $0.markedBy == userID }.map(part)
            commitmentParts = try await commitments.commitments(in: couple.id).filter { $0.ownerID == userID }.map { commitment in
                DataExport.CommitmentPart(
                    id: commitment.id, text: commitment.text, createdAt: commitment.createdAt.millisecondsSinceEpoch,
                    sessionId: commitment.sessionID, endedAt: commitment.endedAt?.millisecondsSinceEpoch,
                    marksReceived: marks.filter { $0.commitmentID == commitment.id }.map(part))
            }
            appreciationParts = try await appreciations.appreciations(in: couple.id, limit: Int(Int32.max))
                .filter { $0.authorID == userID }
                .map { DataExport.AppreciationPart(id: $0.id, text: $0.text, createdAt: $0.createdAt.millisecondsSinceEpoch) }
            for summary in try await repairs.sessions(for: userID).reversed() {
                let (_, state) = try await repairs.state(of: summary.id, for: userID)
                let messages = state.transcript.filter { $0.author == userID }.map { entry in
                    DataExport.MessagePart(sequence: entry.sequence, step: entry.stepID, kind: "\(entry.kind)", text: entry.text)
                }
                guard summary.initiator == userID || !messages.isEmpty else { continue }
                conversations.append(
                    DataExport.ConversationPart(
                        sessionId: summary.id, topic: summary.initiator == userID ? summary.topic : nil,
                        startedAt: summary.createdAt.millisecondsSinceEpoch, messages: messages))
            }
        }
        return DataExport(
            exportedAt: clock.now().millisecondsSinceEpoch,
            account: .init(
                id: userID.rawValue, displayName: account.displayName, email: account.email,
                createdAt: account.createdAt.millisecondsSinceEpoch),
            ruptures: own.reversed().map { rupture in
                DataExport.RupturePart(
                    id: rupture.id, whatHappened: rupture.whatHappened, intensity: rupture.intensity,
                    feelings: rupture.feelings.map(\.rawValue),
                    feelingsNote: rupture.feelingsNote, happenedAt: rupture.happenedAt.millisecondsSinceEpoch,
                    createdAt: rupture.createdAt.millisecondsSinceEpoch, shared: rupture.isShared, state: rupture.state.rawValue,
                    letGoReflection: rupture.letGoReflection, sessionId: rupture.sessionID,
                    settledAt: rupture.settledAt?.millisecondsSinceEpoch)
            },
            checkIns: checkIns.map { checkIn in
                DataExport.CheckInPart(
                    id: checkIn.id, at: checkIn.at.millisecondsSinceEpoch,
                    answers: Dictionary(uniqueKeysWithValues: checkIn.answers.map { ($0.key.rawValue, $0.value) }), total: checkIn.total,
                    note: checkIn.note, feelsSafe: checkIn.feelsSafe?.rawValue)
            },
            commitments: commitmentParts,
            marksGiven: marksGiven,
            patterns: try await profiles.patterns(of: userID, sharedOnly: false).map { pattern in
                DataExport.PatternPart(
                    id: pattern.id, kind: pattern.kind.rawValue, name: pattern.name, origin: pattern.origin,
                    responsibility: pattern.responsibility, shared: pattern.isShared, createdAt: pattern.createdAt.millisecondsSinceEpoch)
            },
            repairPhrases: try await profiles.phrases(of: userID, sharedOnly: false).map {
                DataExport.PhrasePart(id: $0.id, text: $0.text, shared: $0.isShared, createdAt: $0.createdAt.millisecondsSinceEpoch)
            },
            appreciations: appreciationParts,
            conversations: conversations,
            reflection: try await reflections.reflection(of: userID).map {
                .init(
                    needs: $0.needs, tried: $0.tried, hopes: $0.hopes, shared: $0.isShared, updatedAt: $0.updatedAt.millisecondsSinceEpoch)
            }
        )
    }
}
