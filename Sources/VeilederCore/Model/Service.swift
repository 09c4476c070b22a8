/// An entry in the service directory; every number or address is written here once.
public struct Service: Codable, Sendable, Hashable, Identifiable {
    /// The contact fields a service may have.
    public enum Field: String, Codable, Sendable, CaseIterable {
        case name, phone, hours, web, email, address
    }

    /// Unique service id, referenced as `{service:ID}`.
    public var id: String
    /// Display name.
    public var name: String
    /// What it does.
    public var description: String?
    /// Who may contact it.
    public var audience: String?
    /// Known contact fields.
    public var fields: [Field: String]
    /// Fields the service has but the sources do not give.
    public var missing: Set<Field>
    /// Where the facts come from.
    public var sources: [SourceReference]

    /// Creates a service.
    public init(
        id: String, name: String, description: String? = nil, audience: String? = nil,
        fields: [Field: String] = [:], missing: Set<Field> = [], sources: [SourceReference] = []
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.audience = audience
        self.fields = fields
        self.missing = missing
        self.sources = sources
    }
}
