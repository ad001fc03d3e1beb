extension BetweenService {
    /// The longest commitment.
    public static let maximumCommitmentLength = 280
    /// How many days back a partner can mark an occurrence.
    public static let markableDays = 14

    /// Records a small, concrete commitment; absolute promises are refused with a gentler wording.
    public func commit(by userID: UserID, text: String, sessionID: String? = nil) async throws -> Commitment {
        let text = try TextRules.text(text, field: "text", maximum: Self.maximumCommitmentLength)
        let (couple, _) = try await requirePartnership(of: userID, for: "A commitment")
        if let review = reviewPromise(text) {
            throw CommitmentRefused(review: review)
        }
        let commitment = Commitment(
            id: ids.next(), coupleID: couple.id, ownerID: userID, text: text, createdAt: clock.now(), sessionID: sessionID)
        try await commitments.insert(commitment)
        return commitment
    }

    /// The couple's commitments with their marks and consistency, for either partner.
    public func commitmentBoard(for userID: UserID) async throws -> CommitmentBoard {
        guard let couple = try await couples.couple(of: userID) else { return CommitmentBoard(entries: [], partnerID: nil) }
        return try await commitmentBoard(for: userID, couple: couple, now: clock.now())
    }

    func commitmentBoard(for userID: UserID, couple: Couple, now: Timestamp) async throws -> CommitmentBoard {
        let today = Calendar.day(of: now)
        let all = try await commitments.commitments(in: couple.id)
        let marks = try await commitments.marks(in: couple.id, sinceDay: (Calendar.week(of: now) - Self.trendWeeks + 1) * 7 - 3)
        let byCommitment = Dictionary(grouping: marks, by: \.commitmentID)
        let partnerID = couple.partners.first { $0.id != userID }?.id
        let entries = all.map { commitment in
            let own = byCommitment[commitment.id] ?? []
            return CommitmentBoard.Entry(
                commitment: commitment,
                score: Consistency.recentScore(own, now: now),
                marks: own.sorted { $0.day > $1.day },
                markedToday: own.contains { $0.day == today }
            )
        }
        return CommitmentBoard(
            entries: entries, partnerID: partnerID,
            ownScore: Consistency.recentScore(marks.filter { $0.markedBy != userID }, now: now),
            partnerScore: Consistency.recentScore(marks.filter { $0.markedBy == userID }, now: now),
            trend: Consistency.trend(marks, weeks: Self.trendWeeks, endingAt: now)
        )
    }

    /// The partner marks one day's occurrence kept or missed (today unless `day` says otherwise).
    public func mark(commitment id: String, by userID: UserID, kept: Bool, day: Int?) async throws -> CommitmentMark {
        let commitment = try await visibleCommitment(id, for: userID)
        guard commitment.ownerID != userID else {
            throw MendError.notAllowed(message: "Your partner marks your commitments; that's what makes them a gift of trust.")
        }
        guard commitment.isActive else { throw MendError.notAllowed(message: "This commitment has been retired.") }
        try await gate?.check(userID, with: commitment.ownerID)
        let now = clock.now()
        let today = Calendar.day(of: now)
        let day = day ?? today
        guard day <= today, day > today - Self.markableDays, day >= Calendar.day(of: commitment.createdAt) else {
            throw MendError.invalidField(field: "date", message: "Choose a day since it was made, within the last two weeks.")
        }
        let mark = CommitmentMark(commitmentID: commitment.id, day: day, kept: kept, markedBy: userID, at: now)
        try await commitments.mark(mark)
        return mark
    }

    /// Retires a commitment (its owner only); its history stays.
    public func endCommitment(id: String, by userID: UserID) async throws -> Commitment {
        var commitment = try await visibleCommitment(id, for: userID)
        guard commitment.ownerID == userID else {
            throw MendError.notAllowed(message: "Only the person who made this commitment can retire it.")
        }
        guard commitment.isActive else { return commitment }
        let now = clock.now()
        try await commitments.end(id: id, at: now)
        commitment.endedAt = now
        return commitment
    }

    /// One commitment with its marks, if `userID` is in its space.
    public func commitment(id: String, for userID: UserID) async throws -> CommitmentBoard.Entry {
        let commitment = try await visibleCommitment(id, for: userID)
        let now = clock.now()
        let marks = try await commitments.marks(in: commitment.coupleID, sinceDay: Calendar.day(of: now) - 7 * Self.trendWeeks)
            .filter { $0.commitmentID == id }
        return CommitmentBoard.Entry(
            commitment: commitment, score: Consistency.recentScore(marks, now: now), marks: marks.sorted { $0.day > $1.day },
            markedToday: marks.contains { $0.day == Calendar.day(of: now) })
    }

    private func visibleCommitment(_ id: String, for userID: UserID) async throws -> Commitment {
        guard let commitment = try await commitments.commitment(id: id),
            try await couples.couple(of: userID)?.id == commitment.coupleID
        else { throw MendError.notFound }
        return commitment
    }
}

/// A commitment worded as an absolute promise, refused with the coach's gentler wording.
public struct CommitmentRefused: Error, Hashable, Sendable {
    /// Why, and what to say instead.
    public var review: PromiseReview
}

/// The couple's commitments and how follow-through is going.
public struct CommitmentBoard: Hashable, Sendable {
    /// One commitment with its recent marks.
    public struct Entry: Hashable, Sendable {
        /// The commitment.
        public var commitment: Commitment
        /// Its consistency over the last 28 days (nil before any mark).
        public var score: Double?
        /// Its marks over the trend's weeks, newest first.
        public var marks: [CommitmentMark]
        /// Whether today's occurrence is marked.
        public var markedToday: Bool
    }

    /// Every commitment, newest first.
    public var entries: [Entry]
    /// The partner, when there is one.
    public var partnerID: UserID?
    /// How consistently the viewer has kept theirs (as the partner marked them).
    public var ownScore: Double? = nil
    /// How consistently the partner has kept theirs (as the viewer marked them).
    public var partnerScore: Double? = nil
    /// The couple's weekly consistency.
    public var trend: [TrendPoint] = []
}
