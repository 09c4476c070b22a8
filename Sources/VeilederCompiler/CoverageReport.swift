import Foundation
import VeilederCore

/// Concerns × audiences × locales: how many nodes, lines, translations and tested steps each path has,
/// so an editor sees the gaps at a glance (`veileder check --coverage`).
public struct CoverageReport: Sendable {
    /// The audiences a concern is written for, in the order they are shown. `venn` is youth asking about a friend.
    public static let audiences = ["ungdom", "venn", "forelder", "frivillig", "ansatt"]

    /// One concern × audience cell.
    public struct Row: Sendable, Hashable {
        /// The concern.
        public var category: Category
        /// The audience.
        public var audience: String
        /// Nodes written for this path.
        public var nodes: Int
        /// Bot lines (bubbles and option labels) in those nodes.
        public var lines: Int
        /// Lines translated (with a current fingerprint not required) per locale, the source included.
        public var translated: [String: Int]
        /// Test steps that expect a node of this path.
        public var testedSteps: Int
    }

    /// Every cell, concern by concern.
    public var rows: [Row]
    /// The locales reported.
    public var locales: [String]

    /// Builds the report from a compiled guide and the conversation tests in `testsDirectory`.
    public init(guide: Guide, testsDirectory: URL) {
        locales = guide.localization.locales
        let expectedNodes = Self.expectedNodes(in: testsDirectory)
        let categories = Dictionary(guide.topics.map { ($0.id, $0.category) }, uniquingKeysWith: { first, _ in first })
        var rows: [Row] = []
        for category in Category.allCases {
            for audience in Self.audiences {
                let nodes = guide.nodes.values.filter { node in
                    let parts = node.id.split(separator: ".").map(String.init)
                    return parts.count >= 2 && categories[parts[0]] == category && parts[1] == audience
                }
                let lineIDs = nodes.flatMap { $0.lines.map(\.id) + $0.options.map(\.id) }
                var translated: [String: Int] = [:]
                for locale in locales {
                    translated[locale] = locale == Guide.sourceLocale ? lineIDs.count : lineIDs.filter { guide.localization.lines[locale]?[$0] != nil }.count
                }
                let ids = Set(nodes.map(\.id))
                rows.append(Row(category: category, audience: audience, nodes: nodes.count, lines: lineIDs.count, translated: translated, testedSteps: expectedNodes.filter(ids.contains).count))
            }
        }
        self.rows = rows
    }

    /// The nodes every test step expects, read without running the tests.
    static func expectedNodes(in directory: URL) -> [String] {
        let diagnostics = DiagnosticCollector()
        var nodes: [String] = []
        for file in SourceFiles.yamlFiles(in: directory, diagnostics: diagnostics) {
            guard let (_, root) = SourceFiles.load(file, diagnostics: diagnostics), let root else { continue }
            let tests = ConversationTestLoader(reader: YAMLReader(file: file.relativePath, diagnostics: diagnostics)).load(root)
            nodes += tests.flatMap { $0.steps.compactMap(\.expectation.node) }
        }
        return nodes
    }

    /// A fixed-width table; gaps are marked with `!`.
    public func rendered() -> String {
        let localeHeader = locales.map { $0.padding(toLength: 9, withPad: " ", startingAt: 0) }.joined()
        var lines = ["concern            audience   nodes  lines  \(localeHeader)tests"]
        for row in rows {
            let cells = locales.map { locale -> String in
                let count = row.translated[locale] ?? 0
                let cell = "\(count)/\(row.lines)" + (count < row.lines || row.lines == 0 ? "!" : "")
                return cell.padding(toLength: 9, withPad: " ", startingAt: 0)
            }.joined()
            let nodes = "\(row.nodes)" + (row.nodes == 0 ? "!" : "")
            let tests = "\(row.testedSteps)" + (row.testedSteps == 0 ? "!" : "")
            lines.append(row.category.rawValue.padding(toLength: 19, withPad: " ", startingAt: 0)
                + row.audience.padding(toLength: 11, withPad: " ", startingAt: 0)
                + nodes.padding(toLength: 7, withPad: " ", startingAt: 0)
                + "\(row.lines)".padding(toLength: 7, withPad: " ", startingAt: 0) + cells + tests)
        }
        lines.append("\(rows.count) paths; \(rows.filter { $0.nodes == 0 }.count) without nodes, \(rows.filter { $0.testedSteps == 0 }.count) without tests, \(rows.filter { row in locales.contains { (row.translated[$0] ?? 0) < row.lines } }.count) not fully translated")
        return lines.joined(separator: "\n")
    }
}
