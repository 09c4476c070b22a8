import Foundation
import Hummingbird

/// The widget's files (`widget.js`, `widget.css`) and the demo page, read once from the bundle at start-up and
/// served from memory: they are small and must never wait on disk.
struct WidgetAssets: Sendable {
    /// A file ready to send.
    struct Asset: Sendable {
        var body: ByteBuffer
        var contentType: String
        var eTag: String
    }

    /// Thrown when a resource is missing from the build.
    struct MissingResource: Error, CustomStringConvertible {
        var name: String
        var description: String {
            "The resource \(name) is missing from the VeilederWeb bundle. Rebuild with `swift build`; check that Sources/VeilederWeb/Resources/\(name) exists."
        }
    }

    /// Files by URL path.
    let assets: [String: Asset]

    /// Reads the widget and the demo page from `Bundle.module`.
    init() throws {
        var assets: [String: Asset] = [:]
        for (path, name, type) in [
            ("/widget.js", "widget.js", "text/javascript; charset=utf-8"),
            ("/widget.css", "widget.css", "text/css; charset=utf-8"),
            ("/demo.css", "demo.css", "text/css; charset=utf-8"),
            ("/", "index.html", "text/html; charset=utf-8"),
        ] {
            guard let url = Bundle.module.url(forResource: "Resources/\(name)", withExtension: nil),
                  let data = FileManager.default.contents(atPath: url.path) else {
                throw MissingResource(name: name)
            }
            let tag = SHA256.hash([UInt8](data)).prefix(8).map { String(format: "%02x", $0) }.joined()
            assets[path] = Asset(body: ByteBuffer(bytes: data), contentType: type, eTag: "\"\(tag)\"")
        }
        self.assets = assets
    }

    /// The size in bytes of a served file, for reports.
    func size(of path: String) -> Int? { assets[path]?.body.readableBytes }

    /// Adds a GET route per file.
    func addRoutes(to router: Hummingbird.Router<ChatRequestContext>) {
        for (path, asset) in assets {
            router.get(RouterPath(path)) { request, _ in Self.response(for: asset, path: path, request: request) }
        }
    }

    static func response(for asset: Asset, path: String, request: Request) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = asset.contentType
        headers[.eTag] = asset.eTag
        // Short caching so a fixed widget reaches every page within minutes.
        headers[.cacheControl] = "public, max-age=300"
        if path == "/" {
            // The demo page loads nothing from anywhere else, and neither may anything injected into it.
            headers[.contentSecurityPolicy] =
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
        } else {
            // The widget is embedded on the municipality's own site, another origin.
            headers[.crossOriginResourcePolicy] = "cross-origin"
        }
        if request.headers[.ifNoneMatch] == asset.eTag {
            return Response(status: .notModified, headers: headers)
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: asset.body))
    }
}
