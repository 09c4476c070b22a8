import Foundation
import Hummingbird
import VeilederCore

/// A request body that ``RequestDecoding`` may read without `JSONDecoder` when it is a single string field.
protocol SingleFieldBody: Decodable {
    /// The body with one field set, or `nil` when `JSONDecoder` would not give exactly that (an unknown name).
    init?(field: String, value: String)
}

/// `POST /api/v1/conversations`: `{"locale": "nb"}`; the body may be empty for the default locale.
struct StartRequest: SingleFieldBody {
    var locale: String?

    init?(field: String, value: String) {
        guard field == "locale" else { return nil }
        self.locale = value
    }
}

/// `POST /api/v1/conversations/{id}/messages`: `{"text": "..."}` or `{"option": "<id>"}`.
struct MessageRequest: SingleFieldBody {
    var text: String?
    var option: String?

    init(text: String? = nil, option: String? = nil) {
        self.text = text
        self.option = option
    }

    init?(field: String, value: String) {
        switch field {
        case "text": self.init(text: value)
        case "option": self.init(option: value)
        default: return nil
        }
    }
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
