import Hummingbird
import VeilederStorage

/// `/api/v1/conversations`: start, message, delete.
struct ConversationController: Sendable {
    let chat: ChatService
    let limits: RateLimits
    let decoding: RequestDecoding

    /// Adds the routes to a group mounted at `/api/v1/conversations`.
    func addRoutes(to group: RouterGroup<ChatRequestContext>) {
        group.post(use: start)
        group.post(":id/messages", use: message)
        group.delete(":id", use: delete)
    }

    /// `POST /api/v1/conversations` `{"locale": "nb"}` → 201 with the greeting.
    @Sendable func start(_ request: Request, context: ChatRequestContext) async throws -> EditedResponse<ConversationResponse> {
        try limits.checkClient(context.clientAddress)
        let body = try await decoding.decode(StartRequest.self, from: request, allowEmpty: true)
        let response = try await chat.start(locale: body.locale)
        return EditedResponse(status: .created, response: response)
    }

    /// `POST /api/v1/conversations/{id}/messages` `{"text": "..."}` or `{"option": "<id>"}` → 200.
    @Sendable func message(_ request: Request, context: ChatRequestContext) async throws -> ConversationResponse {
        try limits.checkClient(context.clientAddress)
        let id = try conversationID(context)
        try limits.checkConversation(id.rawValue)
        let body = try await decoding.decode(MessageRequest.self, from: request)
        return try await chat.send(body, to: id)
    }

    /// `DELETE /api/v1/conversations/{id}` → 204, and the conversation is gone.
    @Sendable func delete(_ request: Request, context: ChatRequestContext) async throws -> Response {
        try limits.checkClient(context.clientAddress)
        let id = try conversationID(context)
        try await chat.delete(id)
        return Response(status: .noContent)
    }

    private func conversationID(_ context: ChatRequestContext) throws(APIError) -> ConversationID {
        guard let text = context.parameters.get("id"), let id = ConversationID(text) else { throw .invalidConversationID }
        return id
    }
}
