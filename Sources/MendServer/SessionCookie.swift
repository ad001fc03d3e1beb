import Hummingbird
import MendCore

/// The browser's sign-in cookie: HttpOnly, SameSite=Lax, and Secure when served over HTTPS.
enum SessionCookie {
    static func set(_ token: String, on response: inout Response, request: Request, trustProxy: Bool) {
        response.setCookie(
            Cookie(
                name: SessionMiddleware.cookieName,
                value: token,
                maxAge: Int(AccountService.sessionLifetime.components.seconds),
                path: "/",
                secure: isHTTPS(request, trustProxy: trustProxy),
                httpOnly: true,
                sameSite: .lax
            )
        )
    }

    static func clear(on response: inout Response, request: Request, trustProxy: Bool) {
        response.setCookie(
            Cookie(
                name: SessionMiddleware.cookieName,
                value: "",
                maxAge: 0,
                path: "/",
                secure: isHTTPS(request, trustProxy: trustProxy),
                httpOnly: true,
                sameSite: .lax
            )
        )
    }

    static func isHTTPS(_ request: Request, trustProxy: Bool) -> Bool {
        request.uri.scheme == .https || (trustProxy && request.headers[.xForwardedProto] == "https")
    }
}
