/// The stable codes of authoring problems; each has a page `docs/diagnostics/VDxxxx.md`.
public enum DiagnosticCode: String, Sendable, Hashable, Codable, CaseIterable {
    /// The YAML cannot be parsed (indentation, quotes, tabs).
    case yamlSyntax = "VD0001"
    /// A key the format does not know.
    case unknownKey = "VD0002"
    /// A required field is missing.
    case missingField = "VD0003"
    /// A value has the wrong type (a list where text was expected, …).
    case wrongType = "VD0004"
    /// Two things share an id.
    case duplicateID = "VD0005"
    /// A jump to a node that does not exist.
    case unknownNode = "VD0006"
    /// No path from the start, menu or a topic leads to the node.
    case unreachableNode = "VD0007"
    /// A node with no way on that is not marked as an end.
    case deadEnd = "VD0008"
    /// A `{service:ID}` reference to a service that does not exist, or an unknown field.
    case unknownService = "VD0009"
    /// A category outside the nine concerns.
    case unknownCategory = "VD0010"
    /// A text, label or phrase that is empty.
    case emptyText = "VD0011"
    /// `version` is missing or not 1.
    case badVersion = "VD0012"
    /// A variable or value that `guide.variables` does not declare.
    case unknownVariable = "VD0013"
    /// The `guide` settings are missing or given twice.
    case guideSettings = "VD0014"
    /// A service field is marked `missing`: someone must confirm it.
    case missingServiceField = "VD0015"
    /// A line has no translation in a locale.
    case missingTranslation = "VD0016"
    /// A translation was made from an older source text.
    case staleTranslation = "VD0017"
    /// A bubble is longer than 400 characters.
    case longBubble = "VD0018"
    /// An id with characters outside letters, digits, `.`, `-`, `_`.
    case invalidID = "VD0019"
    /// A crisis kind that does not exist.
    case unknownCrisisKind = "VD0020"
    /// A translation for a line id the guide does not have.
    case orphanTranslation = "VD0021"
    /// A conversation test refers to something that does not exist.
    case badTest = "VD0022"
    /// A topic without example phrases cannot be reached by free text.
    case topicWithoutExamples = "VD0023"
    /// Two options of one node share a label.
    case duplicateLabel = "VD0024"
    /// A file or folder cannot be read.
    case unreadableFile = "VD0025"
    /// A crisis phrase or idiom whose `~` or `&` has nothing on one side.
    case malformedPhrase = "VD0026"
    /// A crisis word weight, the bias or the threshold is not a number in range.
    case malformedWeight = "VD0027"
}
