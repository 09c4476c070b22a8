import VeilederCore

/// Everything read from the dialog files, with positions, before cross-file checks.
struct Declarations {
    /// The `guide` section.
    struct Settings {
        var roles: [String: (id: String, location: SourceLocation)] = [:]
        var crisisFlows: [CrisisKind: (id: String, location: SourceLocation)] = [:]
        var variables: [String: [String]] = [:]
        var location: SourceLocation
    }

    /// A place in a file that names something defined elsewhere.
    struct Reference<Value> {
        var value: Value
        var location: SourceLocation
    }

    var settings: [Settings] = []
    var nodes: [(node: Node, location: SourceLocation)] = []
    /// Nodes with a misspelt key: their other checks would only repeat that one mistake.
    var nodesWithUnknownKeys: Set<String> = []
    var topics: [(topic: Topic, location: SourceLocation)] = []
    var services: [(service: Service, location: SourceLocation)] = []
    var nodeReferences: [Reference<String>] = []
    var serviceReferences: [Reference<ServiceReference>] = []
    var variableUses: [Reference<(name: String, value: String?)>] = []
    /// Every translatable line in source order: id, bokmål text, position.
    var lines: [(id: String, text: String, location: SourceLocation)] = []
}
