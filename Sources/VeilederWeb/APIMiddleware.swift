import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// The outermost middleware: turns every error into a JSON error (so no input yields Hummingbird's plain
/// errors or a bare 500), adds privacy headers, and records metrics per route template.
struct APIMiddleware: RouterMiddleware {
    typealias Context = ChatRequestContext

    let metrics: ServerMetrics
    /// The methods of known paths, for 405 instead of 404.
    let allowedMethods: AllowedMethods

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            var apiError = Self.apiError(for: error, logger: context.logger)
            if apiError == .routeNotFound, let methods = allowedMethods.methods(for: request.uri.path) {
                apiError = .methodNotAllowed(allowed: methods)
            }
            if apiError.status == .tooManyRequests { metrics.increment("rate_limited") }
            response = try apiError.response(from: request, context: context)
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "no-referrer"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        // The route template ("/api/v1/conversations/{id}"), never the path with its id.
        let route = context.endpointPath ?? "unmatched"
        metrics.recordRequest(route: route, method: request.method.rawValue, status: response.status.code, seconds: seconds)
        context.logger.debug(
            "Answered",
            metadata: ["route": "\(route)", "method": "\(request.method.rawValue)", "status": "\(response.status.code)"]
        )
        return response
    }

    /// The JSON error for anything a route or Hummingbird threw.
    static func apiError(for error: any Error, logger: Logger) -> APIError {
        switch error {
        case let error as APIError:
            return error
        case let error as HTTPError:
            switch error.status {
            case .notFound: return .routeNotFound
            case .methodNotAllowed: return .methodNotAllowed(allowed: [])
            case .contentTooLarge: return .bodyTooLarge(limit: 16 * 1024)
            case .badRequest: return .invalidJSON
            default:
                logger.warning("Unexpected HTTP error", metadata: ["status": "\(error.status.code)"])
                return .internalError
            }
        default:
            logger.error("Unexpected error", metadata: ["error.type": "\(type(of: error))"])
            return .internalError
        }
    }
}

extension HTTPField.Name {
    /// `Referrer-Policy`, which swift-http-types does not predefine.
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}
