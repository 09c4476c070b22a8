import Foundation
import Logging
import VeilederCore
import VeilederStorage

/// Runs conversations for the HTTP API: loads the state, asks the engine, counts, and commits before answering.
///
/// Logs carry error codes and node ids only; message text, conversation ids and client addresses never reach
/// them.
public struct ChatService: Sendable {
    /// Limits on what a client may send.
    public struct Configuration: Sendable {
        /// The longest text accepted, in characters.
        public var maxTextLength: Int
        /// The locale of a conversation started without one.
        public var defaultLocale: String

        /// Creates the defaults: 1,000 characters, bokmål.
        public init(maxTextLength: Int = 1000, defaultLocale: String = Guide.sourceLocale) {
            self.maxTextLength = maxTextLength
            self.defaultLocale = defaultLocale
        }
    }

    /// Limits on what a client may send.
    public let configuration: Configuration
    let engine: Engine
    let database: VeilederDatabase
    let questions: any UnansweredQuestionLog
    let metrics: ServerMetrics
    let logger: Logger
    /// Whether unanswered questions go to the conversation database; they are then written in the turn's own
    /// transaction instead of one of their own.
    let questionsShareTurn: Bool

    /// Creates the service; unanswered questions go to `questions` (usually the database itself).
    public init(
        engine: Engine, database: VeilederDatabase, questions: (any UnansweredQuestionLog)? = nil,
        metrics: ServerMetrics, configuration: Configuration = .init(), logger: Logger
    ) {
        self.engine = engine
        self.database = database
        self.questions = questions ?? database
        self.questionsShareTurn = questions == nil
        self.metrics = metrics
        self.configuration = configuration
        self.logger = logger
    }

    /// Starts a conversation and stores it.
    func start(locale: String?) async throws(APIError) -> ConversationResponse {
        let locale = locale ?? configuration.defaultLocale
        let reply: Reply
        do {
            reply = try engine.start(locale: locale)
        } catch {
            throw map(error, requested: locale)
        }
        let id = try await storage { () async throws(StorageError) in
            try await database.createConversation(reply.state, usage: [UsageEvent(nodeID: reply.nodeID, kind: .visit)])
        }
        metrics.increment("conversations_started")
        return ConversationResponse(id: id.rawValue, reply: reply)
    }

    /// Answers one message in a stored conversation.
    func send(_ request: MessageRequest, to id: ConversationID) async throws(APIError) -> ConversationResponse {
        let input = try validate(request)
        let stored = try await storage { () async throws(StorageError) in try await database.conversation(id) }
        let reply = try await respond(to: input, in: stored.state)
        let usage = usage(of: reply, from: stored.state)
        let unanswered = sharedQuestion(of: reply, in: stored.state)
        try await storage { () async throws(StorageError) in
            try await database.updateConversation(id, state: reply.state, usage: usage, unanswered: unanswered)
        }
        return ConversationResponse(id: id.rawValue, reply: reply)
    }

    /// Deletes a conversation at its user's request.
    func delete(_ id: ConversationID) async throws(APIError) {
        guard try await storage({ () async throws(StorageError) in try await database.deleteConversation(id) }) else { throw .conversationNotFound }
        metrics.increment("conversations_deleted")
    }

    /// Checks a message body and turns it into engine input.
    func validate(_ request: MessageRequest) throws(APIError) -> UserInput {
        switch (request.text, request.option) {
        case (.some, .some): throw .ambiguousInput
        case (.none, .none): throw .missingInput
        case (.some(let text), .none):
            guard text.count <= configuration.maxTextLength else { throw .textTooLong(limit: configuration.maxTextLength) }
            guard text.contains(where: { !$0.isWhitespace }) else { throw .emptyText }
            return .text(text)
        case (.none, .some(let option)):
            // Echoed back in the error, so keep it short.
            guard !option.isEmpty, option.count <= 200 else { throw .unknownOption(String(option.prefix(40))) }
            return .option(option)
        }
    }

    /// Asks the engine, counts the outcome, and keeps a scrubbed copy of unanswered text (unless it goes into the
    /// turn's transaction: see ``sharedQuestion(of:in:)``).
    func respond(to input: UserInput, in state: ConversationState) async throws(APIError) -> Reply {
        let reply: Reply
        do {
            reply = try engine.respond(to: input, in: state)
        } catch {
            if case .option(let id) = input { throw map(error, requested: id) }
            throw map(error)
        }
        metrics.increment("messages")
        if reply.crisis { metrics.increment("crisis_hits") }
        if let text = reply.unanswered {
            metrics.increment("fallbacks")
            if !questionsShareTurn {
                do {
                    try await questions.record(UnansweredQuestion(text: text, locale: state.locale, nodeID: state.nodeID))
                } catch {
                    // Losing a statistic must not cost the user an answer.
                    logger.warning("Could not store an unanswered question", metadata: ["error.type": "\(type(of: error))"])
                }
            }
        }
        return reply
    }

    /// The scrubbed unanswered question to store with the turn itself, when questions go to the database.
    func sharedQuestion(of reply: Reply, in state: ConversationState) -> UnansweredQuestion? {
        guard questionsShareTurn, let text = reply.unanswered else { return nil }
        return UnansweredQuestion(text: text, locale: state.locale, nodeID: state.nodeID)
    }

    /// The anonymous counters a reply adds to.
    func usage(of reply: Reply, from state: ConversationState) -> [UsageEvent] {
        var events = [UsageEvent(nodeID: reply.nodeID, kind: .visit)]
        if reply.crisis { events.append(UsageEvent(nodeID: state.nodeID, kind: .crisis)) }
        if reply.unanswered != nil { events.append(UsageEvent(nodeID: state.nodeID, kind: .fallback)) }
        return events
    }

    /// Runs a storage call, translating its errors for clients.
    func storage<T>(_ body: () async throws(StorageError) -> T) async throws(APIError) -> T {
        do {
            return try await body()
        } catch {
            switch error {
            case .conversationNotFound: throw .conversationNotFound
            case .conversationExpired: throw .conversationExpired
            case .unreadableState: throw .conversationOutdated
            default:
                logger.error("Storage failed", metadata: ["error.code": "\(error.identifier)"])
                throw .unavailable
            }
        }
    }

    /// An engine error as the client sees it; `requested` is the option id or locale the client sent.
    func map(_ error: EngineError, requested: String = "") -> APIError {
        switch error.identifier {
        case "unknown_option": .unknownOption(String(requested.prefix(40)))
        case "unknown_locale": .unknownLocale(String(requested.prefix(40)))
        case "conversation_ended": .conversationEnded
        default: .conversationOutdated
        }
    }
}
