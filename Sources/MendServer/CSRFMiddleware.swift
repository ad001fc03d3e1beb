import Crypto
import Foundation
import Hummingbird
import MendCore

/// Protects every form post (and cookie-authenticated API write) against cross-site requests.
///
/// Each browser gets a random `mend_csrf` cookie; forms carry an HMAC of it in the `_csrf`
/// field (API calls in the `X-CSRF-Token` header). Another site can neither read the cookie nor
/// compute the HMAC, so it cannot forge the field.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    static let cookieName = "mend_csrf"
    static let fieldName = "_csrf"

    let key: SymmetricKey
    let secrets: any SecretGenerator
    let trustProxy: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        var request = request
        let existing = request.cookies[Self.cookieName]?.value.filter { $0.isHexDigit }
        let cookieValue = existing.flatMap { $0.count == 64 ? $0 : nil } ?? Self.hex(secrets.randomBytes(count: 32))
        context.csrfToken = token(for: cookieValue)

        if [.post, .put, .patch, .delete].contains(request.method) {
            if ErrorMiddleware.isAPI(request.uri.path) {
                if context.authenticatedByCookie, !matches(request.headers[.xCSRFToken], context.csrfToken) {
                    throw APIError(status: .forbidden, code: "csrf_failed", message: "Missing or wrong X-CSRF-Token header.")
                }
            } else {
                let body = try await request.collectBody(upTo: context.maxUploadSize)
                let submitted = FormFields(body: String(buffer: body))[Self.fieldName]
                guard existing != nil, matches(submitted, context.csrfToken) else {
                    throw APIError(
                        status: .forbidden,
                        code: "csrf_failed",
                        message: "This form has expired. Please go back, reload the page and try again."
                    )
                }
            }
        }

        var response = try await next(request, context)
        if existing != cookieValue {
            let secure = trustProxy && request.headers[.xForwardedProto] == "https"
            response.setCookie(
                Cookie(name: Self.cookieName, value: cookieValue, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
            )
        }
        return response
    }

    private func token(for cookieValue: String) -> String {
        Self.hex(Array(HMAC<SHA256>.authenticationCode(for: Data(cookieValue.utf8), using: key)))
    }

    private func matches(_ submitted: String?, _ expected: String) -> Bool {
        guard let submitted, submitted.utf8.count == expected.utf8.count else { return false }
        // Constant-time comparison: no early exit on the first differing byte.
        return zip(submitted.utf8, expected.utf8).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }
}
