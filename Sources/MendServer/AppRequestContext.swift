import Hummingbird
import MendCore
import NIOCore

/// What Mend knows about a request while handling it.
public struct AppRequestContext: RequestContext {
    /// Hummingbird's own per-request storage.
    public var coreContext: CoreRequestContextStorage
    /// The signed-in account, if any.
    public var account: Account?
    /// The session token the account was recognised by.
    public var sessionToken: String?
    /// Whether the session came from the browser cookie (and so needs CSRF protection).
    public var authenticatedByCookie = false
    /// The CSRF token to put in forms on this request's page.
    public var csrfToken = ""
    /// The address of the connecting client (the proxy's, unless the proxy is trusted).
    public var channelAddress: String?
    /// The client's address as Mend counts it for rate limits.
    public var clientAddress: String?

    /// Creates the context for a new request.
    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.channelAddress = source.channel.remoteAddress?.ipAddress
        self.clientAddress = channelAddress
    }

    /// Request bodies are small in Mend: 64 KiB is far more than any form or message needs.
    public var maxUploadSize: Int { 64 * 1024 }

    /// The signed-in account, or `MendError.unauthorized`.
    public func requireAccount() throws -> Account {
        guard let account else { throw MendError.unauthorized(message: "Please log in first.") }
        return account
    }
}
