import Foundation
import VeilederCompiler

/// `veileder check`: compiles every dialog and locale file and reports every problem with file, line and column.
///
/// Text output is for editors: each diagnostic with its source line and a caret, then
/// `N errors, M warnings in K files`. JSON output is for tools and editor plug-ins: one document on standard
/// output, with the summary on the error stream so the document stays parseable.
public struct GuideCheck: Sendable {
    /// How to report.
    public struct Configuration: Sendable {
        /// The report format.
        public enum Format: String, Sendable, CaseIterable {
            /// Diagnostics with source lines and carets, for people.
            case text
            /// One JSON document, for tools.
            case json
        }

        /// The report format.
        public var format: Format
        /// Colour the severities (a terminal with `NO_COLOR` unset).
        public var color: Bool
        /// Also report which topics and nodes the conversation tests reach.
        public var coverage: Bool

        /// Creates a configuration; by default plain text, no colour, no coverage.
        public init(format: Format = .text, color: Bool = false, coverage: Bool = false) {
            self.format = format
            self.color = color
            self.coverage = coverage
        }
    }

    /// The outcome, for the exit status.
    public enum Outcome: Sendable, Equatable {
        /// No errors (warnings may have been reported).
        case passed
        /// At least one error.
        case failed

        /// 0 when passed, 1 when failed.
        public var exitCode: Int32 { self == .passed ? 0 : 1 }
    }

    /// Where the content lives.
    public let loader: GuideLoader
    /// How to report.
    public let configuration: Configuration

    /// Creates a check.
    public init(loader: GuideLoader, configuration: Configuration = .init()) {
        self.loader = loader
        self.configuration = configuration
    }

    /// Compiles, writes the report to `output` (and the JSON summary to `summary`), and says whether it passed.
    ///
    /// - Throws: `ConsoleError` when a folder is missing; problems in the files are diagnostics, not errors.
    public func run(output: any TextOutput, summary: any TextOutput) throws(ConsoleError) -> Outcome {
        let result = try loader.compile()
        let fileCount = result.sources.count
        let summaryLine = DiagnosticRenderer.summary(result.diagnostics, fileCount: fileCount)
        switch configuration.format {
        case .text:
            let renderer = DiagnosticRenderer(configuration: .init(color: configuration.color))
            for diagnostic in result.diagnostics {
                output.writeLine(renderer.render(diagnostic, sources: result.sources))
            }
            if configuration.coverage { reportCoverage(result, output: output) }
            // The summary comes last, where a person looks first after a long report.
            output.writeLine(summaryLine)
        case .json:
            output.writeLine(DiagnosticRenderer.json(result.diagnostics))
            if configuration.coverage { reportCoverage(result, output: summary) }
            summary.writeLine(summaryLine)
        }
        return result.hasErrors ? .failed : .passed
    }

    /// Writes the coverage table (concerns × audiences × locales, with tested steps) after the diagnostics.
    ///
    /// Coverage needs a compiled guide; with errors there is none, and the check says so instead of guessing.
    func reportCoverage(_ result: CompilationResult, output: any TextOutput) {
        guard let guide = result.guide else {
            output.writeLine("coverage: not computed, because the guide has errors. Fix them first.")
            return
        }
        let testsDirectory = loader.configuration.dialogsDirectory
            .appendingPathComponent(GuideTestRun.testsFolderName, isDirectory: true)
        output.writeLine(CoverageReport(guide: guide, testsDirectory: testsDirectory).rendered())
    }
}
