import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import MendCore
import MendServer
import MendStorage
import MendTestSupport
import NIOCore

/// A running Mend over a fresh test database, with real HTTP on loopback.
struct TestApp {
    let client: any TestClientProtocol
    let clock: FakeClock
    let database: TestDatabase

    /// Settings every test shares: fast (but real) bcrypt, and a fixed quick-exit address.
    static func configuration(dataDirectory: String) -> MendConfiguration {
        MendConfiguration(host: "127.0.0.1", port: 0, dataDirectory: dataDirectory, passwordCost: 4, logLevel: .error)
    }

    /// Runs `body` against a fresh application on `backend`.
    static func with<T: Sendable>(
        _ backend: TestBackend = .sqliteMemory, configure: @Sendable (inout MendConfiguration) -> Void = { _ in },
        _ body: @Sendable (TestApp) async throws -> T
    ) async throws -> T {
        try await TestDatabase.with(backend) { test in
            let clock = FakeClock()
            let dependencies = AppDependencies(clock: clock, ids: SequentialIDGenerator(), secrets: SeededSecretGenerator())
            var configuration = configuration(dataDirectory: test.directory)
            configure(&configuration)
            let services = MendServices.make(
                database: test.database, masterKey: test.masterKey, configuration: configuration, dependencies: dependencies)
            var logger = Logger(label: "mend.test")
            logger.logLevel = .error
            let app = try await buildApplication(
                services: services, configuration: configuration, dependencies: dependencies, logger: logger, runsDatabase: false
            )
            return try await app.test(.live) { client in
                try await body(TestApp(client: client, clock: clock, database: test))
            }
        }
    }
}

/// A response with its body read as text and JSON.
struct Reply: Sendable {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let text: String

    init(_ response: TestResponse) {
        status = response.status
        headers = response.headers
        text = String(buffer: response.body)
    }

    /// The body as a JSON object (empty when it is not one).
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }

    /// `error.code` of an API error.
    var errorCode: String? { (json["error"] as? [String: Any])?["code"] as? String }
    /// `error.field` of an API error.
    var errorField: String? { (json["error"] as? [String: Any])?["field"] as? String }
    /// `error.message` of an API error.
    var errorMessage: String? { (json["error"] as? [String: Any])?["message"] as? String }

    /// The values of every `Set-Cookie` header, by cookie name.
    var setCookies: [String: String] {
        var cookies: [String: String] = [:]
        for field in headers where field.name == .setCookie {
            let pair = field.value.split(separator: ";").first ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { cookies[String(parts[0])] = String(parts[1]) }
        }
        return cookies
    }
}

extension TestClientProtocol {
    /// Sends a request with an optional JSON body and bearer token.
    func send(_ method: HTTPRequest.Method, _ path: String, json: [String: Any]? = nil, token: String? = nil, headers: HTTPFields = [:])
        async throws -> Reply
    {
        var headers = headers
        var body: ByteBuffer?
        if let json {
            headers[.contentType] = "application/json"
            body = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: json))
        }
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await execute(uri: path, method: method, headers: headers, body: body) { Reply($0) }
    }

    /// Sends raw bytes as the body.
    func sendRaw(_ method: HTTPRequest.Method, _ path: String, bytes: [UInt8], token: String? = nil) async throws -> Reply {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await execute(uri: path, method: method, headers: headers, body: ByteBuffer(bytes: bytes)) { Reply($0) }
    }

    /// Signs up and logs in, returning the account id and a token.
    func signUpAndLogIn(_ name: String, email: String? = nil, password: String = "correct horse battery") async throws -> (
        id: String, token: String
    ) {
        let email = email ?? "\(name.lowercased())@example.com"
        let created = try await send(.post, "/api/v1/accounts", json: ["email": email, "password": password, "displayName": name])
        guard created.status == .created, let id = created.json["id"] as? String else {
            throw TestFailure("sign-up failed: \(created.text)")
        }
        let login = try await send(.post, "/api/v1/login", json: ["email": email, "password": password])
        guard let token = login.json["token"] as? String else { throw TestFailure("login failed: \(login.text)") }
        return (id, token)
    }

    /// Creates a space for `token`'s account and returns its id and invite code.
    func createCouple(token: String) async throws -> (id: String, code: String) {
        let reply = try await send(.post, "/api/v1/couple", token: token)
        guard let id = reply.json["id"] as? String, let code = reply.json["inviteCode"] as? String else {
            throw TestFailure("create couple failed: \(reply.text)")
        }
        return (id, code)
    }
}

/// A test precondition that did not hold.
struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
