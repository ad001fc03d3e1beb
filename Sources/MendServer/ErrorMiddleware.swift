import Hummingbird
import Logging

/// Turns every error into a readable response: JSON for the API, a page for browsers.
/// Details of unexpected errors go to the log with the request id, never to the client.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let pages: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let requestID = context.id
            let apiError = APIError.from(error, requestID: requestID)
            if apiError.status.code >= 500 {
                context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))", "path": "\(request.uri.path)"])
            }
            if Self.isAPI(request.uri.path) {
                return apiError.jsonResponse(requestID: requestID)
            }
            var response = pages.errorPage(apiError, requestID: requestID, context: context)
            if let seconds = apiError.retryAfterSeconds { response.headers[.retryAfter] = String(seconds) }
            return response
        }
    }

    static func isAPI(_ path: String) -> Bool {
        path.hasPrefix("/api/") || path == "/health"
    }
}
