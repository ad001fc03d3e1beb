import Foundation
import HTTPTypes
import Hummingbird
import MendCore

/// The single place where errors become HTTP statuses and readable messages.
struct APIError: Error, Sendable {
    var status: HTTPResponse.Status
    var code: String
    var message: String
    var field: String?
    var retryAfterSeconds: Int?
    /// A gentler wording to offer instead (for a refused commitment).
    var suggestion: String?

    /// The JSON body every API error has.
    struct Body: Encodable {
        struct Detail: Encodable {
            var code: String
            var message: String
            var field: String?
            var suggestion: String?
            var requestId: String?
        }
        var error: Detail
    }

    /// Maps any error to what the client sees. Unknown errors become a generic 500 whose
    /// details go only to the log.
    static func from(_ error: any Error, requestID: String) -> APIError {
        switch error {
        case let error as APIError:
            return error
        case let error as MendError:
            return from(error)
        case let error as RepairError:
            return from(error)
        case let error as CommitmentRefused:
            return APIError(
                status: .unprocessableContent, code: "absolute_promise", message: error.review.reason, field: "text",
                suggestion: error.review.suggestion)
        case let error as any HTTPResponseError:
            return from(status: error.status, message: (error as? HTTPError)?.body)
        case is DecodingError:
            return APIError(status: .badRequest, code: "malformed_request", message: "The request body isn't valid JSON.")
        default:
            return APIError(
                status: .internalServerError,
                code: "internal_error",
                message: "Something went wrong on our side. If it keeps happening, mention request \(requestID)."
            )
        }
    }

    static func from(_ error: MendError) -> APIError {
        switch error {
        case .invalidField(let field, let message):
            APIError(status: .unprocessableContent, code: "invalid_field", message: message, field: field)
        case .notFound:
            APIError(status: .notFound, code: "not_found", message: error.message)
        case .invalidInvite:
            APIError(status: .notFound, code: "invite_not_found", message: error.message)
        case .unauthorized(let message):
            APIError(status: .unauthorized, code: "unauthorized", message: message)
        case .conflict(let code, let message):
            APIError(status: .conflict, code: code, message: message)
        case .rateLimited(let seconds):
            APIError(status: .tooManyRequests, code: "rate_limited", message: error.message, retryAfterSeconds: seconds)
        case .notAllowed(let message):
            APIError(status: .forbidden, code: "not_allowed", message: message)
        }
    }

    /// Refusals by the repair rules: bad values are 422, everything else (wrong turn, wrong
    /// step, out of order, paused, on a break) is a 409 conflict with the state.
    static func from(_ error: RepairError) -> APIError {
        let fields = [
            "invalid_rating": "value", "empty_message": "text", "too_long": "text", "invalid_choice": "option",
            "invalid_commitments": "commitments", "invalid_outcome": "outcome", "invalid_topic": "topic",
        ]
        if let field = fields[error.code] {
            return APIError(status: .unprocessableContent, code: error.code, message: error.message, field: field)
        }
        return APIError(status: .conflict, code: error.code, message: error.message)
    }

    static func from(status: HTTPResponse.Status, message: String?) -> APIError {
        switch status.code {
        case 400:
            APIError(status: status, code: "malformed_request", message: message ?? "The request couldn't be read.")
        case 404:
            APIError(status: status, code: "not_found", message: "We couldn't find that.")
        case 405:
            APIError(status: status, code: "method_not_allowed", message: "That address doesn't accept this kind of request.")
        case 413:
            APIError(status: status, code: "body_too_large", message: "That's more than Mend accepts in one request (64 KiB).")
        case 415:
            APIError(status: status, code: "unsupported_media_type", message: message ?? "Please send JSON.")
        case 403:
            APIError(status: status, code: "forbidden", message: message ?? "That request isn't allowed.")
        default:
            APIError(status: status, code: "http_\(status.code)", message: message ?? status.reasonPhrase)
        }
    }

    /// The JSON response for this error.
    func jsonResponse(requestID: String) -> Response {
        let detail = Body.Detail(
            code: code, message: message, field: field, suggestion: suggestion,
            requestId: status.code >= 500 ? requestID : nil
        )
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        if let retryAfterSeconds { headers[.retryAfter] = String(retryAfterSeconds) }
        let data = (try? JSONEncoder.mend.encode(Body(error: detail))) ?? Data("{}".utf8)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
