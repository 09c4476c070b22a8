import Foundation
import Hummingbird

/// An error answered to the client as `{"error": {"code": "...", "message": "..."}}` with a 4xx status (or 503
/// when storage is failing). Every message says what the client should do next.
public struct APIError: Error, HTTPResponseError, CustomStringConvertible, Sendable, Equatable {
    private enum Code: Equatable, Sendable {
        case invalidJSON
        case invalidUTF8
        case invalidField(String, String)
        case missingInput
        case ambiguousInput
        case emptyText
        case textTooLong(Int)
        case bodyTooLarge(Int)
        case unknownOption(String)
        case unknownLocale(String)
        case invalidConversationID
        case conversationNotFound
        case conversationExpired
        case conversationEnded
        case conversationOutdated
        case rateLimited(Int)
        case routeNotFound
        case methodNotAllowed([String])
        case unavailable
        case internalError
    }

    private let code: Code

    /// The body is not JSON.
    public static let invalidJSON = APIError(code: .invalidJSON)
    /// The body is not valid UTF-8.
    public static let invalidUTF8 = APIError(code: .invalidUTF8)
    /// A field has the wrong type or is missing.
    public static func invalidField(_ name: String, expected: String) -> APIError { .init(code: .invalidField(name, expected)) }
    /// Neither `text` nor `option` was sent.
    public static let missingInput = APIError(code: .missingInput)
    /// Both `text` and `option` were sent.
    public static let ambiguousInput = APIError(code: .ambiguousInput)
    /// The text is empty or only white space.
    public static let emptyText = APIError(code: .emptyText)
    /// The text is longer than the limit.
    public static func textTooLong(limit: Int) -> APIError { .init(code: .textTooLong(limit)) }
    /// The request body is larger than the limit.
    public static func bodyTooLarge(limit: Int) -> APIError { .init(code: .bodyTooLarge(limit)) }
    /// The option id is not offered at this point.
    public static func unknownOption(_ id: String) -> APIError { .init(code: .unknownOption(id)) }
    /// The locale is not available.
    public static func unknownLocale(_ locale: String) -> APIError { .init(code: .unknownLocale(locale)) }
    /// The id in the path is not a conversation id.
    public static let invalidConversationID = APIError(code: .invalidConversationID)
    /// No such conversation.
    public static let conversationNotFound = APIError(code: .conversationNotFound)
    /// The conversation was idle too long.
    public static let conversationExpired = APIError(code: .conversationExpired)
    /// The user left the conversation.
    public static let conversationEnded = APIError(code: .conversationEnded)
    /// The conversation cannot continue with the current guide.
    public static let conversationOutdated = APIError(code: .conversationOutdated)
    /// Too many requests; retry after this many seconds.
    public static func rateLimited(retryAfter seconds: Int) -> APIError { .init(code: .rateLimited(seconds)) }
    /// No route has this path.
    public static let routeNotFound = APIError(code: .routeNotFound)
    /// The path exists but not with this method.
    public static func methodNotAllowed(allowed: [HTTPRequest.Method]) -> APIError {
        APIError(code: .methodNotAllowed(allowed.map(\.rawValue)))
    }
    /// Storage failed; the request may be retried.
    public static let unavailable = APIError(code: .unavailable)
    /// A bug: something failed that should not. Logged with its type, never its content.
    public static let internalError = APIError(code: .internalError)

    /// The HTTP status.
    public var status: HTTPResponse.Status {
        switch code {
        case .invalidJSON, .invalidUTF8, .invalidField, .missingInput, .ambiguousInput, .emptyText, .textTooLong,
             .invalidConversationID:
            .badRequest
        case .bodyTooLarge: .contentTooLarge
        case .unknownOption, .unknownLocale: .unprocessableContent
        case .conversationNotFound, .routeNotFound: .notFound
        case .conversationExpired: .gone
        case .conversationEnded, .conversationOutdated: .conflict
        case .rateLimited: .tooManyRequests
        case .methodNotAllowed: .methodNotAllowed
        case .unavailable: .serviceUnavailable
        case .internalError: .internalServerError
        }
    }

    /// The stable machine-readable code.
    public var identifier: String {
        switch code {
        case .invalidJSON: "invalid_json"
        case .invalidUTF8: "invalid_utf8"
        case .invalidField: "invalid_field"
        case .missingInput: "missing_input"
        case .ambiguousInput: "ambiguous_input"
        case .emptyText: "empty_text"
        case .textTooLong: "text_too_long"
        case .bodyTooLarge: "body_too_large"
        case .unknownOption: "unknown_option"
        case .unknownLocale: "unknown_locale"
        case .invalidConversationID: "invalid_conversation_id"
        case .conversationNotFound: "conversation_not_found"
        case .conversationExpired: "conversation_expired"
        case .conversationEnded: "conversation_ended"
        case .conversationOutdated: "conversation_outdated"
        case .rateLimited: "rate_limited"
        case .routeNotFound: "not_found"
        case .methodNotAllowed: "method_not_allowed"
        case .unavailable: "unavailable"
        case .internalError: "internal_error"
        }
    }

    /// What went wrong and what to do.
    public var description: String {
        switch code {
        case .invalidJSON: "The request body is not valid JSON. Send a JSON object such as {\"text\": \"hei\"}."
        case .invalidUTF8: "The request body is not valid UTF-8. Encode the text as UTF-8."
        case .invalidField(let name, let expected): "The field '\(name)' must be \(expected). Fix the request body and send it again."
        case .missingInput: "Send either {\"text\": \"...\"} or {\"option\": \"<option id>\"}."
        case .ambiguousInput: "Send either 'text' or 'option', not both."
        case .emptyText: "The text is empty. Write something, or choose one of the options."
        case .textTooLong(let limit): "The text is longer than \(limit) characters. Shorten it and send it again."
        case .bodyTooLarge(let limit): "The request body is larger than \(limit) bytes. Send a shorter message."
        case .unknownOption(let id):
            "The option '\(id)' is not offered at this point of the conversation. Send one of the option ids from the last reply, or send text."
        case .unknownLocale(let locale): "The locale '\(locale)' is not available. Use nb, nn or en."
        case .invalidConversationID:
            "The conversation id must be the 32 hexadecimal characters returned by POST /api/v1/conversations."
        case .conversationNotFound: "The conversation does not exist or was deleted. Start a new one with POST /api/v1/conversations."
        case .conversationExpired:
            "The conversation expired after being idle and has been deleted. Start a new one with POST /api/v1/conversations."
        case .conversationEnded: "The conversation has ended. Start a new one with POST /api/v1/conversations."
        case .conversationOutdated:
            "The guide has changed since the conversation started. Start a new one with POST /api/v1/conversations."
        case .rateLimited(let seconds): "Too many messages in a short time. Wait \(seconds) seconds and try again."
        case .routeNotFound: "There is no such endpoint. See docs/api.md for the endpoints."
        case .methodNotAllowed(let allowed) where !allowed.isEmpty:
            "This endpoint takes only \(allowed.joined(separator: " and ")). See docs/api.md for the endpoints."
        case .methodNotAllowed: "This endpoint does not accept that HTTP method. See docs/api.md."
        case .unavailable: "The service cannot store the conversation right now. Try again in a moment."
        case .internalError: "Something went wrong on the server. Try again; if it keeps happening, tell the service owner."
        }
    }

    /// The JSON error response, with `Retry-After` for rate limits.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        if case .rateLimited(let seconds) = code { headers[.retryAfter] = String(seconds) }
        if case .methodNotAllowed(let allowed) = code, !allowed.isEmpty { headers[.allow] = allowed.joined(separator: ", ") }
        let body = ErrorBody(error: .init(code: identifier, message: description))
        let data = try JSONEncoder().encode(body)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    private struct ErrorBody: Encodable {
        struct Detail: Encodable {
            var code: String
            var message: String
        }

        var error: Detail
    }
}
