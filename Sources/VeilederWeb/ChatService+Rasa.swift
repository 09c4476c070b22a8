import Foundation
import VeilederCore
import VeilederStorage

extension ChatService {
    /// Answers a message from the Rasa REST channel (`{"sender", "message"}`).
    ///
    /// The sender id is never stored: the conversation id is an HMAC-SHA-256 of it under a random secret kept in
    /// the database, so the same sender finds the same conversation, also after a restart, and the table cannot
    /// be read back into sender ids. A new (or expired, or ended) sender gets the greeting first, and then the
    /// answer to the message, so a crisis message is never swallowed by the greeting.
    func rasa(_ request: RasaRequest, secret: [UInt8]) async throws(APIError) -> [RasaMessage] {
        guard !request.sender.isEmpty, request.sender.utf8.count <= 256 else {
            throw .invalidField("sender", expected: "a non-empty string of at most 256 bytes")
        }
        guard request.message.count <= configuration.maxTextLength else {
            throw .textTooLong(limit: configuration.maxTextLength)
        }
        let id = Self.conversationID(sender: request.sender, secret: secret)
        var existing: ConversationState?
        do {
            existing = try await database.conversation(id).state
        } catch .conversationNotFound, .conversationExpired, .unreadableState {
            existing = nil
        } catch {
            logger.error("Storage failed", metadata: ["error.code": "\(error.identifier)"])
            throw .unavailable
        }
        var messages: [BotMessage] = []
        var state: ConversationState
        var options: [OfferedOption]
        var usage: [UsageEvent] = []
        var unanswered: UnansweredQuestion?
        let isNew = existing == nil || existing?.ended == true
        if let existing, !existing.ended {
            state = existing
            options = (try? engine.current(existing).options) ?? []
        } else {
            let locale = request.metadata?.locale ?? configuration.defaultLocale
            let greeting: Reply
            do { greeting = try engine.start(locale: locale) } catch { throw map(error, requested: locale) }
            messages += greeting.messages
            state = greeting.state
            options = greeting.options
            usage.append(UsageEvent(nodeID: greeting.nodeID, kind: .visit))
            metrics.increment("conversations_started")
        }
        let text = request.message.trimmingCharacters(in: .whitespacesAndNewlines)
        if !(isNew && (text.isEmpty || text == "/start" || text == "/restart")) {
            // A button's payload is the option id; anything else is typed text.
            let input: UserInput = options.contains { $0.id == text } ? .option(text) : .text(text)
            let reply = try await respond(to: input, in: state)
            usage += self.usage(of: reply, from: state)
            unanswered = sharedQuestion(of: reply, in: state)
            messages += reply.messages
            state = reply.state
            options = reply.options
        }
        let finalState = state
        let question = unanswered
        if isNew {
            _ = try await storage { () async throws(StorageError) in try await database.createConversation(finalState, id: id, usage: usage, unanswered: question) }
        } else {
            try await storage { () async throws(StorageError) in try await database.updateConversation(id, state: finalState, usage: usage, unanswered: question) }
        }
        return Self.rasaMessages(messages, options: options, recipient: request.sender)
    }

    /// Bot messages in the Rasa shape; the buttons go with the last message, as Rasa's own bots send them.
    static func rasaMessages(_ messages: [BotMessage], options: [OfferedOption], recipient: String) -> [RasaMessage] {
        var result = messages.map { RasaMessage(recipient_id: recipient, text: $0.text, buttons: nil) }
        guard !options.isEmpty else { return result }
        if result.isEmpty { result.append(RasaMessage(recipient_id: recipient, text: "", buttons: nil)) }
        result[result.count - 1].buttons = options.map { RasaMessage.Button(title: $0.label, payload: $0.id) }
        return result
    }

    /// The conversation id of an external sender: the first 128 bits of HMAC-SHA-256(secret, sender).
    static func conversationID(sender: String, secret: [UInt8]) -> ConversationID {
        let digest = hmac(key: secret, message: Array(sender.utf8))
        let high = digest[0..<8].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let low = digest[8..<16].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return ConversationID(high: high, low: low)
    }

    /// HMAC-SHA-256 (RFC 2104).
    static func hmac(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var block = key.count > 64 ? SHA256.hash(key) : key
        block += [UInt8](repeating: 0, count: 64 - block.count)
        let inner = SHA256.hash(block.map { $0 ^ 0x36 } + message)
        return SHA256.hash(block.map { $0 ^ 0x5c } + inner)
    }
}
