import ArgumentParser
import Foundation
import Hummingbird
import MendServer
import MendStorage

/// `mend serve`: runs the web app and API until SIGTERM or Ctrl-C.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Serve the Mend web app and API (the default).")

    @OptionGroup var options: ServerOptions

    func run() async throws {
        let configuration = try await options.configuration()
        let app: any ApplicationProtocol
        do {
            app = try await buildApplication(configuration: configuration) { port in
                var shown = configuration
                shown.port = port
                print("Mend is running at \(shown.url)  (data: \(configuration.database); stop with Ctrl-C)")
            }
        } catch {
            FileHandle.standardError.write(Data("mend: couldn't start: \(describe(error))\n".utf8))
            throw ExitCode(1)
        }
        try await app.runService()
    }
}

/// A one-line description of a start-up failure.
func describe(_ error: any Error) -> String {
    switch error {
    case let error as KeyError: error.message
    case let error as DatabaseConfigurationError: error.message
    default: String(describing: error)
    }
}
