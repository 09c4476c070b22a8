import Foundation

/// Renders diagnostics in the one format editors and tools see:
/// `file:line:col: error[VD0001]: message`, the source line, and a caret under the column.
public struct DiagnosticRenderer: Sendable {
    /// Output options.
    public struct Configuration: Sendable {
        /// Colour the severity with ANSI escapes (only on a terminal with NO_COLOR unset).
        public var color: Bool
        /// Show the source line and caret.
        public var showSource: Bool

        /// Creates the defaults: no colour, with source lines.
        public init(color: Bool = false, showSource: Bool = true) {
            self.color = color
            self.showSource = showSource
        }
    }

    /// Output options.
    public let configuration: Configuration

    /// Creates a renderer.
    public init(configuration: Configuration = .init()) {
        self.configuration = configuration
    }

    /// One diagnostic with its source line and caret.
    public func render(_ diagnostic: Diagnostic, sources: [String: String]) -> String {
        let location = diagnostic.location
        let severity = diagnostic.severity.rawValue
        let label = configuration.color ? "\u{1B}[1;\(diagnostic.severity == .error ? 31 : 33)m\(severity)\u{1B}[0m" : severity
        var output = "\(location.file):\(location.line):\(location.column): \(label)[\(diagnostic.code.rawValue)]: \(diagnostic.message)"
        if configuration.showSource, let text = sources[location.file], let line = Self.line(location.line, of: text) {
            let prefix = line.unicodeScalars.prefix(max(0, location.column - 1))
            // Keep tabs so the caret lines up under the same column in any terminal.
            let padding = String(String.UnicodeScalarView(prefix.map { $0 == "\t" ? "\t" : " " }))
            output += "\n\(line)\n\(padding)^"
        }
        return output
    }

    /// Every diagnostic, then a summary line.
    public func render(_ diagnostics: [Diagnostic], sources: [String: String], fileCount: Int) -> String {
        var parts = diagnostics.map { render($0, sources: sources) }
        parts.append(Self.summary(diagnostics, fileCount: fileCount))
        return parts.joined(separator: "\n")
    }

    /// "2 errors, 1 warning in 14 files".
    public static func summary(_ diagnostics: [Diagnostic], fileCount: Int) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return "\(plural(errors, "error")), \(plural(warnings, "warning")) in \(plural(fileCount, "file"))"
    }

    /// The diagnostics as a JSON document for tools: `{"diagnostics": [...], "errors": n, "warnings": n}`.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        struct Report: Encodable {
            struct Item: Encodable {
                var file: String, line: Int, column: Int, severity: String, code: String, message: String
            }
            var diagnostics: [Item]
            var errors: Int
            var warnings: Int
        }
        let items = diagnostics.map {
            Report.Item(file: $0.location.file, line: $0.location.line, column: $0.location.column, severity: $0.severity.rawValue, code: $0.code.rawValue, message: $0.message)
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Report(diagnostics: items, errors: errors, warnings: diagnostics.count - errors))) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    static func line(_ number: Int, of text: String) -> String? {
        var current = 1
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == number { return String(line.hasSuffix("\r") ? line.dropLast() : line) }
            current += 1
        }
        return nil
    }
}
