import Logging
import MendCore

/// Every repository over one database, ready for the services.
public struct Storage: Sendable {
    /// The database they share.
    public let database: Database
    /// Accounts.
    public let accounts: any AccountRepository
    /// Sign-in sessions.
    public let sessions: any AuthSessionRepository
    /// Couple spaces.
    public let couples: any CoupleRepository
    /// Failed sign-in attempts.
    public let loginAttempts: any LoginAttemptRepository
    /// Repair sessions.
    public let repairSessions: any RepairSessionRepository
    /// Ruptures.
    public let ruptures: any RuptureRepository
    /// Weekly check-ins.
    public let checkIns: any CheckInRepository
    /// Commitments and their marks.
    public let commitments: any CommitmentRepository
    /// Pattern profiles.
    public let profiles: any ProfileRepository
    /// Appreciations.
    public let appreciations: any AppreciationRepository
    /// Consents to a professional summary.
    public let supportConsents: any SupportConsentRepository
    /// Reflections on staying or parting.
    public let reflections: any ReflectionRepository
    /// Practitioner links and reads.
    public let practitioners: any PractitionerRepository

    /// Reads the live-event notifications other instances send (see `SQLRepairSessionRepository.append`).
    public let liveNotifications: LiveNotificationReader

    /// Builds the SQL repositories over `database`, sealing with `sealer`.
    public init(database: Database, sealer: FieldSealer) {
        self.database = database
        self.liveNotifications = LiveNotificationReader(sealer: sealer)
        self.accounts = SQLAccountRepository(database: database, sealer: sealer)
        self.sessions = SQLAuthSessionRepository(database: database, sealer: sealer)
        self.couples = SQLCoupleRepository(database: database, sealer: sealer)
        self.loginAttempts = SQLLoginAttemptRepository(database: database, sealer: sealer)
        self.repairSessions = SQLRepairSessionRepository(database: database, sealer: sealer)
        self.ruptures = SQLRuptureRepository(database: database, sealer: sealer)
        self.checkIns = SQLCheckInRepository(database: database, sealer: sealer)
        self.commitments = SQLCommitmentRepository(database: database, sealer: sealer)
        self.profiles = SQLProfileRepository(database: database, sealer: sealer)
        self.appreciations = SQLAppreciationRepository(database: database, sealer: sealer)
        self.supportConsents = SQLSupportConsentRepository(database: database)
        self.reflections = SQLReflectionRepository(database: database, sealer: sealer)
        self.practitioners = SQLPractitionerRepository(database: database)
    }
}
