import HTTPTypes

/// The methods each path of the server takes, so a known path used with another method (`PUT
/// /api/v1/conversations`) answers 405 with an `Allow` header instead of Hummingbird's 404, which would make the
/// client believe the path is wrong.
///
/// Hummingbird's router cannot list its routes, so they are written here, next to ``buildRouter(configuration:chat:)``
/// that registers them; the web tests check that every method listed here is routed. A path missing here simply
/// keeps the 404.
struct AllowedMethods: Sendable {
    /// A path template (`:id` matches any one path component) and the methods it takes.
    struct Route: Sendable {
        var path: String
        var methods: [HTTPRequest.Method]
    }

    /// The server's routes.
    let routes: [Route]

    /// The API and operations routes, and a `GET` route per widget file.
    init(assetPaths: [String]) {
        routes = [
            Route(path: "/api/v1/conversations", methods: [.post]),
            Route(path: "/api/v1/conversations/:id", methods: [.delete]),
            Route(path: "/api/v1/conversations/:id/messages", methods: [.post]),
            Route(path: "/webhooks/rest/webhook", methods: [.post]),
            Route(path: "/healthz", methods: [.get]),
            Route(path: "/metrics", methods: [.get]),
            Route(path: "/api/v1/ping", methods: [.get]),
        ] + assetPaths.sorted().map { Route(path: $0, methods: [.get]) }
    }

    /// The methods `path` takes (with `HEAD` wherever `GET` is), or `nil` for a path the server does not have.
    func methods(for path: String) -> [HTTPRequest.Method]? {
        let components = Self.components(path)
        guard let route = routes.first(where: { Self.matches(Self.components($0.path), components) }) else { return nil }
        return route.methods.contains(.get) ? route.methods + [.head] : route.methods
    }

    private static func components(_ path: String) -> [Substring] {
        path.split(separator: "/", omittingEmptySubsequences: true)
    }

    private static func matches(_ template: [Substring], _ components: [Substring]) -> Bool {
        template.count == components.count && zip(template, components).allSatisfy { $0 == ":id" || $0 == $1 }
    }
}
