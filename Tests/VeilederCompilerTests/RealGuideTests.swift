import Foundation
import Testing
import VeilederCore
@testable import VeilederCompiler

/// The real `Dialogs/` and `Locales/` must compile without errors and pass their own conversation tests.
@Suite struct RealGuideTests {
    @Test func realGuideCompilesWithoutErrors() {
        let result = Fixture.compileRealGuide()
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(DiagnosticRenderer().render(errors, sources: result.sources, fileCount: result.sources.count))")
    }

    @Test func realConversationTestsPass() throws {
        let result = Fixture.compileRealGuide()
        guard let guide = result.guide else {
            Issue.record("the real guide has errors; see realGuideCompilesWithoutErrors")
            return
        }
        let report = ConversationTestRunner(engine: Engine(guide: guide))
            .run(directory: Fixture.packageRoot.appendingPathComponent("Dialogs/tests"))
        #expect(report.testCount > 0)
        #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty, "\(report.diagnostics.map(\.message))")
        #expect(report.failures.isEmpty, "\(report.rendered())")
    }
}
