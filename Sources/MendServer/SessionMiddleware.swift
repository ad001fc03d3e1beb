import HTTPTypes
import Hummingbird
import HummingbirdAuth
import MendCore

/// Recognises the signed-in person from `Authorization: Bearer` (API clients) or the session
/// cookie (browsers). It never rejects a request: routes that need a person ask for one.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    static let cookieName = "mend_session"

    let accounts: AccountService
    let trustProxy: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if trustProxy, let forwarded = request.headers[.xForwardedFor] {
            let first = forwarded.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) }
            if let first, !first.isEmpty { context.clientAddress = first }
        }
        if let bearer = request.headers.bearer?.token {
            if let account = try await accounts.account(forToken: bearer) {
                context.account = account
                context.sessionToken = bearer
            }
        } else if let cookie = request.cookies[Self.cookieName]?.value {
            if let account = try await accounts.account(forToken: cookie) {
                context.account = account
                context.sessionToken = cookie
                context.authenticatedByCookie = true
            }
        }
        return try await next(request, context)
    }
}

extension HTTPField.Name {
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
    static let xForwardedProto = HTTPField.Name("X-Forwarded-Proto")!
    static let xCSRFToken = HTTPField.Name("X-CSRF-Token")!
    static let xFrameOptions = HTTPField.Name("X-Frame-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let xContentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
}
