import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore

/// A minimal browser over the test client: it keeps cookies and submits forms with the page's CSRF field.
actor BrowserSession {
    let client: any TestClientProtocol
    private(set) var cookies: [String: String] = [:]
    private(set) var lastCSRF: String?

    init(client: any TestClientProtocol) {
        self.client = client
    }

    /// A browser in which `name` has just signed up (email `name@example.com`) and is signed in.
    static func signedUp(_ app: TestApp, _ name: String, password: String = "correct horse battery") async throws -> BrowserSession {
        let browser = BrowserSession(client: app.client)
        try await browser.get("/signup")
        try await browser.post("/signup", fields: ["displayName": name, "email": "\(name.lowercased())@example.com", "password": password])
        return browser
    }

    /// A browser signed in through the login form.
    static func signedIn(_ app: TestApp, email: String, password: String = "correct horse battery") async throws -> BrowserSession {
        let browser = BrowserSession(client: app.client)
        try await browser.get("/login")
        try await browser.post("/login", fields: ["email": email, "password": password])
        return browser
    }

    /// Loads a page, remembering its cookies and its form's CSRF value.
    @discardableResult
    func get(_ path: String) async throws -> Reply {
        let reply = try await client.execute(uri: path, method: .get, headers: cookieHeader()) { Reply($0) }
        remember(reply)
        if let csrf = Self.csrfField(in: reply.text) { lastCSRF = csrf }
        return reply
    }

    /// Posts a form; the CSRF field from the last page is added unless `csrf` overrides it (nil leaves it out).
    @discardableResult
    func post(_ path: String, fields: [String: String], csrf: String?? = .none) async throws -> Reply {
        var fields = fields
        switch csrf {
        case .none: if let lastCSRF { fields["_csrf"] = lastCSRF }
        case .some(.some(let value)): fields["_csrf"] = value
        case .some(.none): break
        }
        var headers = cookieHeader()
        headers[.contentType] = "application/x-www-form-urlencoded"
        let body = fields.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
        let reply = try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(string: body)) { Reply($0) }
        remember(reply)
        if let csrf = Self.csrfField(in: reply.text) { lastCSRF = csrf }
        return reply
    }

    private func remember(_ reply: Reply) {
        for (name, value) in reply.setCookies {
            if value.isEmpty { cookies[name] = nil } else { cookies[name] = value }
        }
    }

    private func cookieHeader() -> HTTPFields {
        guard !cookies.isEmpty else { return [:] }
        return [.cookie: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")]
    }

    static func csrfField(in html: String) -> String? {
        guard let range = html.range(of: "name=\"_csrf\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
