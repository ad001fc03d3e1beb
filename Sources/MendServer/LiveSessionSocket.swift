import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import HummingbirdWebSocket
import MendCore

/// The request context of the WebSocket router.
struct LiveRequestContext: RequestContext, WebSocketRequestContext {
    var coreContext: CoreRequestContextStorage
    let webSocket: WebSocketHandlerReference<LiveRequestContext>

    init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.webSocket = .init()
    }
}

/// `GET /api/v1/sessions/{id}/live`: a WebSocket that delivers the session's events as they happen.
///
/// Connect with `?after=N` (the last sequence number seen; 0 or absent for everything). The
/// server sends every event after N in order, then `{"type":"ready","lastSequence":…}`, then
/// each new event as it is stored, on whichever instance. Reconnecting with the last sequence
/// seen gives exactly the missed events: none lost, none twice.
struct LiveSessionSocket: Sendable {
    let repairs: RepairService
    let accounts: AccountService
    let hub: SessionEventHub

    struct Envelope: Encodable {
        var type: String
        var event: EventJSON?
        var lastSequence: Int?
    }

    /// The WebSocket router (upgrades only for a signed-in partner of the session).
    func router() -> Router<LiveRequestContext> {
        let router = Router(context: LiveRequestContext.self)
        router.ws("/api/v1/sessions/:id/live") { request, context in
            guard let id = context.parameters.get("id"), let account = try await authenticate(request),
                (try await repairs.summary(of: id, for: account.id)) != nil
            else { return .dontUpgrade }
            return .upgrade([:])
        } onUpgrade: { inbound, outbound, context in
            guard let id = context.requestContext.parameters.get("id"), let account = try await authenticate(context.request) else {
                try await outbound.close(.policyViolation, reason: "Not signed in")
                return
            }
            let after = context.request.uri.queryParameters["after"].flatMap { Int(String($0)) } ?? 0
            try await stream(sessionID: id, to: account.id, after: max(0, after), inbound: inbound, outbound: outbound)
        }
        return router
    }

    /// Answers a plain GET of the live address (no upgrade) with a precise error.
    func register(on api: RouterGroup<AppRequestContext>) {
        api.get("sessions/:id/live") { request, context -> Response in
            let account = try context.requireAccount()
            guard try await repairs.summary(of: try context.parameters.require("id"), for: account.id) != nil else {
                throw MendError.notFound
            }
            throw APIError(status: .upgradeRequired, code: "upgrade_required", message: "Connect to this address with a WebSocket.")
        }
    }

    private func stream(
        sessionID: String, to userID: UserID, after: Int, inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter
    ) async throws {
        let (watchID, wakeUps) = await hub.watch(sessionID)
        let encoder = JSONEncoder.mend
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    var last = after
                    var checked = ContinuousClock.now
                    func send(_ event: RepairEvent) async throws {
                        let text = String(decoding: try encoder.encode(Envelope(type: "event", event: EventJSON(event))), as: UTF8.self)
                        try await outbound.write(.text(text))
                        last = event.sequence
                    }
                    func flush() async throws {
                        // Membership was checked at connect; it is checked again now and then, so
                        // someone who leaves the space stops receiving within half a minute.
                        if ContinuousClock.now - checked > .seconds(30) {
                            guard try await repairs.summary(of: sessionID, for: userID) != nil else { throw MendError.notFound }
                            checked = .now
                        }
                        for event in try await repairs.newEvents(of: sessionID, after: last) { try await send(event) }
                    }
                    try await flush()
                    let ready = String(decoding: try encoder.encode(Envelope(type: "ready", lastSequence: last)), as: UTF8.self)
                    try await outbound.write(.text(ready))
                    for await events in wakeUps {
                        let fresh = events.filter { $0.sequence > last }.sorted { $0.sequence < $1.sequence }
                        if let first = fresh.first, first.sequence == last + 1,
                            zip(fresh, fresh.dropFirst()).allSatisfy({ $0.sequence + 1 == $1.sequence })
                        {
                            // Up to date and the events are contiguous: send them without a database read.
                            for event in fresh { try await send(event) }
                        } else if !events.isEmpty && fresh.isEmpty {
                            continue  // already sent
                        } else {
                            try await flush()
                        }
                    }
                }
                // The client sends nothing we need; reading keeps pings answered and notices when it leaves.
                for try await _ in inbound.messages(maxSize: 4096) {}
                group.cancelAll()
            }
        } catch {
            await hub.stopWatching(sessionID, id: watchID)
            throw error
        }
        await hub.stopWatching(sessionID, id: watchID)
    }

    /// The account behind the upgrade request: a bearer token, or the session cookie from this same site.
    private func authenticate(_ request: Request) async throws -> Account? {
        if let bearer = request.headers.bearer?.token {
            return try await accounts.account(forToken: bearer)
        }
        guard let cookie = request.cookies[SessionMiddleware.cookieName]?.value else { return nil }
        // Browsers send cookies on cross-site WebSocket upgrades too: require our own origin.
        guard let origin = request.headers[.origin], let host = request.head.authority,
            let originHost = URLComponents(string: origin).map({ ($0.host ?? "") + ($0.port.map { ":\($0)" } ?? "") }), originHost == host
        else { return nil }
        return try await accounts.account(forToken: cookie)
    }
}
