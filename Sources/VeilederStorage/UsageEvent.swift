/// Something to count, anonymously, for a node on the current day. Counters hold only day, node, kind and a
/// number, so they say how the guide is used without saying by whom.
public struct UsageEvent: Sendable, Hashable {
    /// What happened at the node.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A conversation arrived at the node.
        case visit
        /// Free text matched nothing and the fallback node answered.
        case fallback
        /// A crisis signal sent the conversation to the emergency numbers.
        case crisis
    }

    /// The node the event belongs to.
    public var nodeID: String
    /// What happened.
    public var kind: Kind

    /// Creates an event.
    public init(nodeID: String, kind: Kind) {
        self.nodeID = nodeID
        self.kind = kind
    }
}

/// One stored counter: how often `kind` happened at `nodeID` on `day`.
public struct UsageCounter: Sendable, Hashable {
    /// The UTC day, `yyyy-MM-dd`.
    public var day: String
    /// The node.
    public var nodeID: String
    /// What was counted.
    public var kind: String
    /// How many times.
    public var count: Int

    /// Creates a counter.
    public init(day: String, nodeID: String, kind: String, count: Int) {
        self.day = day
        self.nodeID = nodeID
        self.kind = kind
        self.count = count
    }
}
