import Foundation
import Hummingbird
import Mustache

/// Renders Mend's server-side pages from the Mustache templates bundled with the server.
struct PageRenderer: Sendable {
    /// What every page's layout needs.
    struct Layout: Sendable {
        var csrf: String
        var signedIn: Bool
        var quickExitURL: String
        var notice: String?
        var error: String?
    }

    let library: MustacheLibrary
    let quickExitURL: String

    /// Loads the templates from the server's resource bundle.
    static func load(quickExitURL: String) async throws -> PageRenderer {
        guard let directory = Bundle.module.url(forResource: "templates", withExtension: nil, subdirectory: "Resources") else {
            throw ResourceError(name: "templates")
        }
        return PageRenderer(library: try await MustacheLibrary(directory: directory.path), quickExitURL: quickExitURL)
    }

    /// The layout values for this request.
    func layout(_ context: AppRequestContext, notice: String? = nil, error: String? = nil) -> Layout {
        Layout(csrf: context.csrfToken, signedIn: context.account != nil, quickExitURL: quickExitURL, notice: notice, error: error)
    }

    /// An HTML response from `template` rendered with `view`.
    func render(_ template: String, _ view: some Sendable, status: HTTPResponse.Status = .ok) -> Response {
        let html =
            library.render(view, withTemplate: template) ?? "<!doctype html><title>Mend</title><p>Sorry, this page could not be shown.</p>"
        return Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: html))
        )
    }

    /// A friendly error page.
    func errorPage(_ error: APIError, requestID: String, context: AppRequestContext) -> Response {
        struct View: Sendable {
            var layout: Layout
            var heading: String
            var message: String
            var requestID: String?
        }
        let heading =
            switch error.status.code {
            case 404: "We couldn't find that page"
            case 403: "That didn't go through"
            case 413: "That was too much at once"
            case 429: "Let's pause for a moment"
            case 500...: "Something went wrong on our side"
            default: "That didn't work"
            }
        let view = View(
            layout: layout(context),
            heading: heading,
            message: error.message,
            requestID: error.status.code >= 500 ? requestID : nil
        )
        return render("error", view, status: error.status)
    }
}

/// A resource missing from the server bundle (a packaging mistake).
struct ResourceError: Error, CustomStringConvertible {
    var name: String
    var description: String { "The server's \(name) resources are missing from its bundle; reinstall Mend." }
}
