import Foundation
import Hummingbird
import MendStorage

/// Health, the OpenAPI document and the static assets.
struct SystemController: Sendable {
    let database: Database
    let openAPIDocument: ByteBuffer
    let stylesheet: ByteBuffer
    let script: ByteBuffer

    /// Loads the bundled documents once at start-up.
    static func load(database: Database) throws -> SystemController {
        func resource(_ name: String, _ ext: String, _ directory: String) throws -> ByteBuffer {
            guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: directory),
                let data = try? Data(contentsOf: url)
            else { throw ResourceError(name: "\(name).\(ext)") }
            return ByteBuffer(bytes: data)
        }
        return SystemController(
            database: database,
            openAPIDocument: try resource("openapi", "json", "Resources"),
            stylesheet: try resource("mend", "css", "Resources/static"),
            script: try resource("mend", "js", "Resources/static")
        )
    }

    func register(on router: Router<AppRequestContext>) {
        router.get("/health", use: health)
        router.get("/api/openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: openAPIDocument))
        }
        router.get("/static/mend.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: stylesheet))
        }
        router.get("/static/mend.js") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: script)
            )
        }
    }

    struct HealthJSON: Encodable { var status: String }

    @Sendable func health(_ request: Request, context: AppRequestContext) async throws -> Response {
        do {
            try await database.ping()
            return try .json(HealthJSON(status: "ok"))
        } catch {
            context.logger.error("health check failed", metadata: ["error": "\(String(reflecting: error))"])
            return try .json(HealthJSON(status: "unavailable"), status: .serviceUnavailable)
        }
    }
}
