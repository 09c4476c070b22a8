import Foundation
import Hummingbird
import Logging
import VeilederCore
import VeilederStorage

/// Builds the chat server: opens the database, creates the engine, and wires routes, middleware and the purge
/// service. `veileder serve` and the tests both call it.
public func buildApplication(
    configuration: WebServer.Configuration, guide: Guide, logger: Logger
) async throws -> some ApplicationProtocol {
    let database: VeilederDatabase
    if configuration.databasePath == ":memory:" {
        database = try VeilederDatabase.inMemory(configuration: configuration.storage, logger: logger)
    } else {
        database = try VeilederDatabase.open(path: configuration.databasePath, configuration: configuration.storage, logger: logger)
    }
    return try await buildApplication(configuration: configuration, guide: guide, database: database, logger: logger)
}

/// Builds the chat server on an open database (tests inspect it afterwards).
func buildApplication(
    configuration: WebServer.Configuration, guide: Guide, database: VeilederDatabase, logger: Logger
) async throws -> some ApplicationProtocol {
    let metrics = ServerMetrics()
    let chat = ChatService(
        engine: Engine(guide: guide), database: database, metrics: metrics, configuration: configuration.chat,
        logger: logger
    )
    let router = try await buildRouter(configuration: configuration, chat: chat)
    let purge = ExpiryPurgeService(database: database, interval: configuration.purgeInterval, metrics: metrics, logger: logger)
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
        services: [purge],
        logger: logger
    )
}

/// The routes: API, Rasa webhook, operations, widget and demo page, behind the error and CORS middleware.
func buildRouter(configuration: WebServer.Configuration, chat: ChatService) async throws -> Hummingbird.Router<ChatRequestContext> {
    // HEAD answers like GET without the body, so `curl -I` and link checkers see the widget and health.
    let router = Hummingbird.Router(context: ChatRequestContext.self, options: .autoGenerateHeadEndpoints)
    let assets = try WidgetAssets()
    router.add(middleware: APIMiddleware(metrics: chat.metrics, allowedMethods: AllowedMethods(assetPaths: Array(assets.assets.keys))))
    let origin = configuration.allowedOrigin
    router.add(middleware: CORSMiddleware(
        allowOrigin: origin == "*" ? .all : .custom(origin),
        allowHeaders: [.contentType, .accept],
        allowMethods: [.get, .post, .delete, .options],
        maxAge: .seconds(600)
    ))
    let limits = RateLimits(configuration: configuration.rateLimits)
    let decoding = RequestDecoding(maxBodySize: configuration.maxBodySize)
    ConversationController(chat: chat, limits: limits, decoding: decoding)
        .addRoutes(to: router.group("api/v1/conversations"))
    let secret = try await chat.database.secret(named: "rasa-sender")
    OperationsController(chat: chat, limits: limits, decoding: decoding, rasaSecret: secret).addRoutes(to: router)
    assets.addRoutes(to: router)
    return router
}
