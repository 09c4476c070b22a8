import Foundation
import Testing
import VeilederCore
@testable import VeilederCompiler

@Suite struct ConversationTestRunnerTests {
    func engine() throws -> Engine {
        let result = Fixture.compile("mini")
        return Engine(guide: try #require(result.guide, "\(Fixture.rendered(result))"))
    }

    @Test func passingTestsPass() throws {
        let report = ConversationTestRunner(engine: try engine()).run(directory: Fixture.directory.appendingPathComponent("mini/Dialogs/tests"))
        #expect(report.testCount == 2)
        #expect(report.failures.isEmpty, "\(report.rendered())")
        #expect(report.succeeded)
    }

    @Test func aChangedExpectationFailsWithFileAndLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("veileder-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try String(contentsOf: Fixture.directory.appendingPathComponent("mini/Dialogs/tests/fravaer.yaml"), encoding: .utf8)
        try original.replacingOccurrences(of: "vondt i magen", with: "vondt i hodet")
            .write(to: folder.appendingPathComponent("fravaer.yaml"), atomically: true, encoding: .utf8)
        let report = ConversationTestRunner(engine: try engine()).run(directory: folder)
        #expect(!report.succeeded)
        let failure = try #require(report.failures.first)
        #expect(failure.location.line == 8)
        #expect(failure.message.contains("\"vondt i hodet\""))
        #expect(report.rendered().contains("fravaer.yaml:8: test 'Forelder finner tegn'"))
    }
}
