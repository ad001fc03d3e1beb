import Crypto
import Hummingbird
import Logging
import MendCoach
import MendCore
import MendStorage

/// The running parts of Mend, built once and shared by the router and the tests.
public struct MendServices: Sendable {
    /// The database.
    public let database: Database
    /// The repositories.
    public let storage: Storage
    /// Accounts and sign-in.
    public let accounts: AccountService
    /// Couple spaces.
    public let couples: CoupleService
    /// Repair sessions.
    public let repairs: RepairService
    /// Ruptures, check-ins, commitments, the pattern profile and appreciations.
    public let between: BetweenService
    /// Noticing when support would help, and the consented summary for a professional.
    public let support: SupportService
    /// Wakes live connections when a session changes.
    let hub = SessionEventHub()
    /// The language coach.
    public let coach: Coach
    /// The master key everything sealed hangs from.
    let masterKey: MasterKey

    /// Opens the database and wires the services (nothing is migrated yet).
    public static func make(configuration: MendConfiguration, dependencies: AppDependencies, logger: Logger) async throws -> MendServices {
        let masterKey = try configuration.masterKey()
        let database = try await Database.open(configuration.database, logger: logger)
        return make(database: database, masterKey: masterKey, configuration: configuration, dependencies: dependencies)
    }

    /// Wires the services over an already open database.
    public static func make(database: Database, masterKey: MasterKey, configuration: MendConfiguration, dependencies: AppDependencies)
        -> MendServices
    {
        let storage = Storage(database: database, sealer: FieldSealer(masterKey: masterKey))
        let accounts = AccountService(
            accounts: storage.accounts,
            sessions: storage.sessions,
            attempts: storage.loginAttempts,
            hasher: dependencies.hasher ?? BcryptPasswordHasher(cost: configuration.passwordCost),
            clock: dependencies.clock,
            ids: dependencies.ids,
            secrets: dependencies.secrets
        )
        let couples = CoupleService(
            couples: storage.couples, clock: dependencies.clock, ids: dependencies.ids, secrets: dependencies.secrets)
        let repairs = RepairService(
            sessions: storage.repairSessions, couples: storage.couples, clock: dependencies.clock, ids: dependencies.ids,
            breakOverrideSeconds: configuration.breakSecondsOverride, ruptures: storage.ruptures,
            gate: JointGate(accounts: storage.accounts)
        )
        let coach = Coach()
        let between = BetweenService(
            ruptures: storage.ruptures, checkIns: storage.checkIns, commitments: storage.commitments, profiles: storage.profiles,
            appreciations: storage.appreciations, couples: storage.couples, clock: dependencies.clock, ids: dependencies.ids,
            reviewPromise: { text in
                // The coach's reading first (it can rewrite the person's own words); plain rules catch the rest.
                if let finding = (try? coach.analyze(text))?.findings.first(where: { $0.label == .emptyPromise }) {
                    return PromiseReview(reason: finding.explanation, suggestion: finding.suggestion)
                }
                return PromiseRules.review(text)
            },
            gate: JointGate(accounts: storage.accounts)
        )
        let support = SupportService(
            between: between, repairs: repairs, consents: storage.supportConsents,
            readsContempt: { text in (try? coach.analyze(text))?.labels.contains(.contempt) == true })
        return MendServices(
            database: database, storage: storage, accounts: accounts, couples: couples, repairs: repairs, between: between,
            support: support, coach: coach, masterKey: masterKey
        )
    }
}

/// Builds the router with every route and middleware; the tests call this too.
public func buildRouter(
    services: MendServices, configuration: MendConfiguration, dependencies: AppDependencies, logger: Logger = Logger(label: "mend")
) async throws -> Router<AppRequestContext> {
    let pages = try await PageRenderer.load(quickExitURL: configuration.quickExitURL)
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: ErrorMiddleware(pages: pages))
    router.add(middleware: SessionMiddleware(accounts: services.accounts, trustProxy: configuration.trustProxy))
    router.add(
        middleware: CSRFMiddleware(
            key: services.masterKey.derived(for: "csrf"), secrets: dependencies.secrets, trustProxy: configuration.trustProxy
        )
    )

    try SystemController.load(database: services.database).register(on: router)
    AccountPagesController(
        accounts: services.accounts, couples: services.couples, between: services.between, support: services.support, pages: pages,
        trustProxy: configuration.trustProxy, practitionersEnabled: configuration.practitionersEnabled
    )
    .register(on: router)
    CouplePagesController(couples: services.couples, pages: pages).register(on: router)
    CoachPagesController(coach: services.coach, pages: pages).register(on: router)

    let api = router.group("api/v1")
    AccountAPIController(accounts: services.accounts, couples: services.couples, practitionersEnabled: configuration.practitionersEnabled)
        .register(on: api)
    CoupleAPIController(couples: services.couples).register(on: api)
    CoachAPIController(coach: services.coach).register(on: api)
    let live = LiveSessions(
        repairs: services.repairs, hub: services.hub, coach: services.coach)
    RepairSessionAPIController(repairs: services.repairs, live: live).register(on: api)
    BetweenAPIController(between: services.between, repairs: services.repairs, safety: SafetyReader(coach: services.coach)).register(
        on: api)
    SafetyController(accounts: services.storage.accounts, repairs: services.repairs, resources: configuration.safetyResources, pages: pages)
        .register(api: api, router: router)
    let practitioners = PractitionerService(
        accounts: services.storage.accounts, couples: services.storage.couples, links: services.storage.practitioners,
        support: services.support, clock: dependencies.clock)
    SupportController(support: services.support, practitioners: practitioners, pages: pages).register(api: api, router: router)
    PractitionerController(practitioners: practitioners, pages: pages).register(api: api, router: router)
    LearnController(accounts: services.storage.accounts, coach: services.coach, clock: dependencies.clock, pages: pages)
        .register(api: api, router: router)
    DataExportController(between: services.between, repairs: services.repairs, reflections: services.storage.reflections, pages: pages)
        .register(api: api, router: router)
    TogetherController(
        between: services.between, couples: services.couples, reflections: services.storage.reflections,
        safety: SafetyReader(coach: services.coach), pages: pages
    ).register(api: api, router: router)
    BetweenPagesController(
        between: services.between, repairs: services.repairs, couples: services.couples, safety: SafetyReader(coach: services.coach),
        pages: pages
    )
    .register(on: router)
    RepairPagesController(
        repairs: services.repairs, couples: services.couples, between: services.between, live: live, coach: services.coach,
        clock: dependencies.clock, pages: pages
    ).register(on: router)
    LiveSessionSocket(repairs: services.repairs, accounts: services.accounts, hub: services.hub).register(on: api)
    return router
}

/// Builds the whole application: database, migrations at start-up, routes and graceful shutdown.
public func buildApplication(
    configuration: MendConfiguration,
    dependencies: AppDependencies = AppDependencies(),
    logger: Logger? = nil,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) async throws -> some ApplicationProtocol {
    var logger = logger ?? Logger(label: "mend")
    logger.logLevel = configuration.logLevel
    let services = try await MendServices.make(configuration: configuration, dependencies: dependencies, logger: logger)
    return try await buildApplication(
        services: services, configuration: configuration, dependencies: dependencies, logger: logger, onServerRunning: onServerRunning
    )
}

/// Builds the application over services that are already wired (tests pass a database of their own
/// and set `runsDatabase` to false when they run it themselves).
public func buildApplication(
    services: MendServices,
    configuration: MendConfiguration,
    dependencies: AppDependencies,
    logger: Logger,
    runsDatabase: Bool = true,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) async throws -> some ApplicationProtocol {
    let router = try await buildRouter(services: services, configuration: configuration, dependencies: dependencies, logger: logger)
    let socket = LiveSessionSocket(repairs: services.repairs, accounts: services.accounts, hub: services.hub)
    var app = Application(
        router: router,
        server: .http1WebSocketUpgrade(webSocketRouter: socket.router()),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Mend"),
        // The database runs with the application unless the caller (a test) runs it already.
        services: (runsDatabase ? [services.database] : []) + [
            LiveEventRelay(
                database: services.database, notifications: services.storage.liveNotifications, hub: services.hub, logger: logger),
            MaintenanceService(
                storage: services.storage, clock: dependencies.clock, throttle: LoginThrottle(), interval: .seconds(3600), logger: logger),
        ],
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: logger
    )
    let clock = dependencies.clock
    app.beforeServerStarts {
        let applied = try await Migrator(database: services.database).migrate(now: { clock.now().millisecondsSinceEpoch })
        if !applied.isEmpty {
            logger.info("applied migrations", metadata: ["versions": "\(applied.map(\.version))"])
        }
    }
    return app
}
