import Foundation
import Hummingbird
import VeilederCore

/// `POST /api/v1/conversations`: `{"locale": "nb"}`; the body may be empty for the default locale.
struct StartRequest: Decodable {
    var locale: String?
}

/// `POST /api/v1/conversations/{id}/messages`: `{"text": "..."}` or `{"option": "<id>"}`.
struct MessageRequest: Decodable {
    var text: String?
    var option: String?
}

/// The answer to every conversation call: the bot's bubbles, the quick replies, and whether it was a crisis.
struct ConversationResponse: Codable, Equatable {
    struct Message: Codable, Equatable {
        var id: String
        var text: String
        var kind: String
    }

    struct Choice: Codable, Equatable {
        var id: String
        var label: String
    }

    var id: String
    var locale: String
    var messages: [Message]
    var options: [Choice]
    var crisis: Bool
    /// Whether the user has left (`/avslutt`); further messages get 409.
    var ended: Bool

    init(id: String, reply: Reply) {
        self.id = id
        self.locale = reply.state.locale
        self.messages = reply.messages.map { Message(id: $0.id, text: $0.text, kind: $0.kind.rawValue) }
        self.options = reply.options.map { Choice(id: $0.id, label: $0.label) }
        self.crisis = reply.crisis
        self.ended = reply.ended
    }
}

/// The Rasa REST channel's request: `{"sender": "...", "message": "..."}`.
struct RasaRequest: Decodable {
    struct Metadata: Decodable {
        var locale: String?
    }

    var sender: String
    var message: String
    var metadata: Metadata?
}

/// One bot message in the Rasa REST channel's answer.
struct RasaMessage: Codable, Equatable {
    struct Button: Codable, Equatable {
        var title: String
        var payload: String
    }

    // swiftlint:disable:next identifier_name
    var recipient_id: String
    var text: String
    var buttons: [Button]?
}

/// `GET /api/v1/ping` and `GET /healthz`.
struct StatusResponse: ResponseEncodable {
    var status: String
}
