/// The two in-memory rate limits: per client address and per conversation.
public struct RateLimits: Sendable {
    /// The limits, switchable off for load tests.
    public struct Configuration: Sendable, Equatable {
        /// Whether any limit applies.
        public var enabled: Bool
        /// Requests per minute from one address, for every API call. Generous, because a whole school class
        /// can share one address behind a NAT.
        public var clientPerMinute: Int
        /// Requests allowed at once from one address.
        public var clientBurst: Int
        /// Messages per minute in one conversation; a person types far slower.
        public var conversationPerMinute: Int
        /// Messages allowed at once in one conversation.
        public var conversationBurst: Int

        /// Creates the defaults: 600 per minute (burst 120) per client, 30 per minute (burst 10) per conversation.
        public init(
            enabled: Bool = true, clientPerMinute: Int = 600, clientBurst: Int = 120,
            conversationPerMinute: Int = 30, conversationBurst: Int = 10
        ) {
            self.enabled = enabled
            self.clientPerMinute = clientPerMinute
            self.clientBurst = clientBurst
            self.conversationPerMinute = conversationPerMinute
            self.conversationBurst = conversationBurst
        }
    }

    /// The limits.
    public let configuration: Configuration
    let clients: RateLimiter
    let conversations: RateLimiter

    /// Creates empty buckets.
    public init(configuration: Configuration = .init()) {
        self.configuration = configuration
        self.clients = RateLimiter(rule: .init(burst: configuration.clientBurst, perMinute: configuration.clientPerMinute))
        self.conversations = RateLimiter(rule: .init(
            burst: configuration.conversationBurst, perMinute: configuration.conversationPerMinute
        ))
    }

    /// Throws ``APIError/rateLimited(retryAfter:)`` when the client address is over its limit.
    func checkClient(_ address: String?) throws(APIError) {
        guard configuration.enabled, let address else { return }
        if let wait = clients.acquire(address) { throw .rateLimited(retryAfter: wait) }
    }

    /// Throws ``APIError/rateLimited(retryAfter:)`` when the conversation is over its limit.
    func checkConversation(_ id: String) throws(APIError) {
        guard configuration.enabled else { return }
        if let wait = conversations.acquire(id) { throw .rateLimited(retryAfter: wait) }
    }
}
