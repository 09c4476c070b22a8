import Foundation
import VeilederCompiler
import VeilederCore

/// `veileder test`: runs the conversation tests in `Dialogs/tests/` against the compiled guide.
///
/// Each failure is printed as `file:line: test 'name': step n (input "…"): what differed`, so an editor can jump
/// to the step; problems in the test files themselves (a node that does not exist) are printed as diagnostics.
/// The last line is the summary `N tests: P passed, F failed`.
public struct GuideTestRun: Sendable {
    /// The folder below the dialogs folder that holds the tests.
    public static let testsFolderName = "tests"

    /// Where the content lives.
    public let loader: GuideLoader
    /// Colour the diagnostics' severities.
    public let color: Bool

    /// Creates a test run.
    public init(loader: GuideLoader, color: Bool = false) {
        self.loader = loader
        self.color = color
    }

    /// The outcome, for the exit status.
    public enum Outcome: Sendable, Equatable {
        /// Every test passed.
        case passed
        /// A test failed, or a test file has errors.
        case failed

        /// 0 when passed, 1 when failed.
        public var exitCode: Int32 { self == .passed ? 0 : 1 }
    }

    /// The tests folder: `<dialogs>/tests`.
    public var testsDirectory: URL {
        loader.configuration.dialogsDirectory.appendingPathComponent(Self.testsFolderName, isDirectory: true)
    }

    /// Compiles the guide, runs every test, and writes failures and the summary to `output`.
    ///
    /// - Parameter diagnostics: where compile errors go if the guide itself does not compile.
    /// - Throws: `ConsoleError` for a missing folder, a guide that does not compile, or no tests at all (a test
    ///   run that tests nothing must not pass silently).
    public func run(output: any TextOutput, diagnostics: any TextOutput) throws(ConsoleError) -> Outcome {
        let guide = try loader.loadGuide(reportingTo: diagnostics)
        guard FileManager.default.fileExists(atPath: testsDirectory.path) else {
            throw .noTests(path: testsDirectory.relativePath)
        }
        let report = ConversationTestRunner(engine: Engine(guide: guide)).run(directory: testsDirectory)
        let renderer = DiagnosticRenderer(configuration: .init(color: color))
        for diagnostic in report.diagnostics {
            output.writeLine(renderer.render(diagnostic, sources: report.sources))
        }
        if report.testCount == 0, report.diagnostics.isEmpty {
            throw .noTests(path: testsDirectory.relativePath)
        }
        output.writeLine(report.rendered())
        return report.succeeded ? .passed : .failed
    }
}
