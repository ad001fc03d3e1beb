import Foundation
import Hummingbird
import MendCore

extension Request {
    /// Decodes a JSON body, telling apart malformed JSON (400) from a missing or mistyped field (422).
    mutating func decodeJSON<T: Decodable>(_ type: T.Type, context: AppRequestContext) async throws -> T {
        let buffer = try await collectBody(upTo: context.maxUploadSize)
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer: buffer))
        } catch DecodingError.keyNotFound(let key, let context) {
            let field = (context.codingPath + [key]).map(\.stringValue).joined(separator: ".")
            throw MendError.invalidField(field: field, message: "`\(field)` is required.")
        } catch DecodingError.typeMismatch(_, let context) where context.codingPath.isEmpty {
            throw APIError(status: .badRequest, code: "malformed_request", message: "The request body must be a JSON object.")
        } catch DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context) {
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw MendError.invalidField(field: field, message: "`\(field)` has the wrong type.")
        } catch {
            throw APIError(status: .badRequest, code: "malformed_request", message: "The request body isn't valid JSON.")
        }
    }
}

extension Response {
    /// A JSON response with the given status.
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try JSONEncoder.mend.encode(value)
        return Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data))
        )
    }
}

extension Response {
    /// Pretty JSON sent as a download named `filename`, never cached.
    static func jsonAttachment(_ value: some Encodable, filename: String) throws -> Response {
        let encoder = JSONEncoder.mend
        encoder.outputFormatting.insert(.prettyPrinted)
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/json; charset=utf-8", .contentDisposition: "attachment; filename=\"\(filename)\"",
                .cacheControl: "no-store",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value)))
        )
    }
}

extension JSONEncoder {
    /// Mend's JSON output: keys sorted so responses are byte-for-byte stable.
    static var mend: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
