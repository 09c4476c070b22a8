/// Something free text can be routed to: a concern or a shared subject.
public struct Topic: Codable, Sendable, Hashable, Identifiable {
    /// Unique topic id.
    public var id: String
    /// The concern it belongs to.
    public var category: Category
    /// Title in bokmål; its line id is `<id>.tittel`.
    public var title: String
    /// The node a routed conversation jumps to.
    public var entry: String
    /// Whole phrases people might type.
    public var examples: [String]
    /// Single words and short synonyms.
    public var keywords: [String]
    /// Where the content comes from.
    public var sources: [SourceReference]

    /// Creates a topic.
    public init(
        id: String, category: Category, title: String, entry: String,
        examples: [String] = [], keywords: [String] = [], sources: [SourceReference] = []
    ) {
        self.id = id
        self.category = category
        self.title = title
        self.entry = entry
        self.examples = examples
        self.keywords = keywords
        self.sources = sources
    }

    /// The line id of the title.
    public var titleLineID: String { "\(id).tittel" }
}
