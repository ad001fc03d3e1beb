import Hummingbird
import MendCoach
import MendCore

/// `POST /api/v1/coach`: the coach's reading of a draft, for signed-in people.
struct CoachAPIController: Sendable {
    let coach: Coach

    func register(on api: RouterGroup<AppRequestContext>) {
        api.post("coach", use: analyze)
    }

    struct Body: Decodable {
        var text: String
        var context: String?
    }

    @Sendable func analyze(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.requireAccount()
        var request = request
        let body = try await request.decodeJSON(Body.self, context: context)
        return try .json(try coach.reading(body.text, context: body.context))
    }
}

extension Coach {
    /// Analyses a draft, turning a refusal (too long) into a field error the API and pages share.
    func reading(_ text: String, context: String?) throws -> CoachReport {
        do {
            return try analyze(text, context: context)
        } catch {
            throw MendError.invalidField(field: "text", message: error.message)
        }
    }
}
