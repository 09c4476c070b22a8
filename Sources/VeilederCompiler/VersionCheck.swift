import Yams

/// Checks the `version: 1` every Veileder YAML file starts with.
enum VersionCheck {
    /// The only format version this build reads.
    static let supported = 1

    static func check(_ entries: Entries, reader: YAMLReader) {
        guard let node = entries["version"] else { return }
        if node.int != supported {
            reader.diagnostics.error(.badVersion, "This file says version '\(node.scalar?.string ?? "?")'; this build reads version \(supported). Write 'version: 1'.", at: reader.location(node))
        }
    }
}
