/// Where a piece of content comes from, so editors can re-check it.
public struct SourceReference: Codable, Sendable, Hashable {
    /// A public URL, or `nil` for a seed document.
    public var url: String?
    /// A seed document's file name.
    public var seed: String?
    /// When the source was last read (ISO date), if known.
    public var checked: String?

    /// Creates a source reference.
    public init(url: String? = nil, seed: String? = nil, checked: String? = nil) {
        self.url = url
        self.seed = seed
        self.checked = checked
    }
}
