import Foundation
import HTTPTypes
import Hummingbird
import Logging
import MendStorage
import MendTestSupport
import Testing

@testable import MendServer

@Suite("Routes, OpenAPI document and authorisation")
struct RouteContractTests {
    /// Every registered route as "METHOD /path/{param}".
    static func registeredRoutes() async throws -> Set<String> {
        try await TestDatabase.with(.sqliteMemory) { test in
            let dependencies = AppDependencies(clock: FakeClock(), ids: SequentialIDGenerator(), secrets: SeededSecretGenerator())
            let configuration = TestApp.configuration(dataDirectory: test.directory)
            let services = MendServices.make(
                database: test.database, masterKey: test.masterKey, configuration: configuration, dependencies: dependencies)
            let router = try await buildRouter(services: services, configuration: configuration, dependencies: dependencies)
            return Set(
                router.routes.map { route in
                    let path = route.path.description.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }
                    return "\(route.method.rawValue) /" + path.joined(separator: "/")
                }
            )
        }
    }

    /// The API operations the served OpenAPI document lists, as "METHOD /path".
    static func documentedOperations(_ document: [String: Any]) -> Set<String> {
        let paths = document["paths"] as? [String: [String: Any]] ?? [:]
        return Set(paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
    }

    @Test("the OpenAPI document lists exactly the API routes")
    func openAPIMatchesRoutes() async throws {
        let routes = try await Self.registeredRoutes()
        let apiRoutes = routes.filter { $0.contains(" /api/") || $0.hasSuffix(" /health") }
        try await TestApp.with { app in
            let reply = try await app.client.send(.get, "/api/openapi.json")
            #expect(reply.status == .ok)
            #expect(reply.json["openapi"] as? String == "3.0.3")
            let documented = Self.documentedOperations(reply.json)
            #expect(
                documented == apiRoutes, "undocumented: \(apiRoutes.subtracting(documented)); stale: \(documented.subtracting(apiRoutes))")
        }
    }

    /// API operations anyone may call without signing in.
    static let publicOperations: Set<String> = ["GET /health", "GET /api/openapi.json", "POST /api/v1/accounts", "POST /api/v1/login"]

    @Test("every other API route answers 401 without a token, and with a forged one")
    func everyRouteNeedsSignIn() async throws {
        let routes = try await Self.registeredRoutes().filter { $0.contains(" /api/") }.subtracting(Self.publicOperations)
        #expect(routes.count >= 8)
        try await TestApp.with { app in
            for route in routes.sorted() {
                let parts = route.split(separator: " ", maxSplits: 1)
                let method = HTTPRequest.Method(String(parts[0]))!
                let path = String(parts[1]).replacingOccurrences(of: "{id}", with: "anything")
                let body: [String: Any]? =
                    method == .get ? nil : ["password": "x", "inviteCode": "ABCDE-FGHJK", "currentPassword": "x", "newPassword": "y"]
                for token in [nil, String(repeating: "0", count: 64), "garbage"] {
                    let reply = try await app.client.send(method, path, json: body, token: token)
                    #expect(reply.status == .unauthorized, "\(route) with token \(token ?? "none") answered \(reply.status)")
                    #expect(reply.errorCode == "unauthorized")
                }
            }
        }
    }

    @Test("health checks the database")
    func health() async throws {
        try await TestApp.with { app in
            let reply = try await app.client.send(.get, "/health")
            #expect(reply.status == .ok)
            #expect(reply.json["status"] as? String == "ok")
        }
    }
}
