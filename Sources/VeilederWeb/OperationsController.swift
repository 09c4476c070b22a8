import Hummingbird
import VeilederStorage

/// `/healthz`, `/metrics`, `/api/v1/ping` and the Rasa webhook.
struct OperationsController: Sendable {
    let chat: ChatService
    let limits: RateLimits
    let decoding: RequestDecoding
    let rasaSecret: [UInt8]

    /// Adds the routes to the router.
    func addRoutes(to router: Hummingbird.Router<ChatRequestContext>) {
        router.get("healthz", use: health)
        router.get("metrics", use: metrics)
        router.get("api/v1/ping", use: ping)
        router.post("webhooks/rest/webhook", use: rasa)
    }

    /// Healthy when the database answers.
    @Sendable func health(_ request: Request, context: ChatRequestContext) async throws -> StatusResponse {
        _ = try await chat.storage { () async throws(StorageError) in try await chat.database.storedConversationCount() }
        return StatusResponse(status: "ok")
    }

    /// Prometheus text; the gauge of active conversations is read from the database at scrape time.
    @Sendable func metrics(_ request: Request, context: ChatRequestContext) async throws -> Response {
        let active = try? await chat.database.activeConversationCount()
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: chat.metrics.render(activeConversations: active))))
    }

    /// A constant JSON answer, the baseline the web benchmark compares the chat against.
    @Sendable func ping(_ request: Request, context: ChatRequestContext) async throws -> StatusResponse {
        StatusResponse(status: "ok")
    }

    /// `POST /webhooks/rest/webhook`, compatible with Rasa's REST channel.
    @Sendable func rasa(_ request: Request, context: ChatRequestContext) async throws -> [RasaMessage] {
        try limits.checkClient(context.clientAddress)
        let body = try await decoding.decode(RasaRequest.self, from: request)
        try limits.checkConversation(ChatService.conversationID(sender: body.sender, secret: rasaSecret).rawValue)
        return try await chat.rasa(body, secret: rasaSecret)
    }
}
