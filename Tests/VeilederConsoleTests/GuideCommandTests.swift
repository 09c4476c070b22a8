import Foundation
import Testing
import VeilederConsole

/// `check`, `test` and `fingerprints` as library calls, against guides written to a temporary folder.
@Suite struct GuideCommandTests {
    @Test func checkPassesAValidGuideWithASummary() throws {
        let fixture = try GuideFixture.valid()
        defer { fixture.remove() }
        let output = TextBuffer(), summary = TextBuffer()
        let outcome = try GuideCheck(loader: fixture.loader).run(output: output, summary: summary)
        #expect(outcome == .passed)
        #expect(outcome.exitCode == 0)
        let last = try #require(output.lines.last)
        #expect(last.hasPrefix("0 errors, "))
        #expect(last.hasSuffix(" files"))
        #expect(summary.text.isEmpty)
    }

    @Test func checkReportsErrorsWithFileLineAndCaret() throws {
        let fixture = try GuideFixture.valid(extra: GuideFixture.brokenNodes)
        defer { fixture.remove() }
        let output = TextBuffer()
        let outcome = try GuideCheck(loader: fixture.loader).run(output: output, summary: TextBuffer())
        #expect(outcome == .failed)
        #expect(outcome.exitCode == 1)
        #expect(output.text.contains("feil.yaml:4:"))
        #expect(output.text.contains("error[VD0002]"))
        #expect(output.lines.contains { $0.trimmingCharacters(in: .whitespaces) == "^" })
        #expect(output.lines.last?.contains(" errors, ") == true || output.lines.last?.hasPrefix("1 error,") == true)
        #expect(!output.text.containsANSIEscape)
    }

    @Test func checkAsJSONKeepsStandardOutputParseable() throws {
        let fixture = try GuideFixture.valid(extra: GuideFixture.brokenNodes)
        defer { fixture.remove() }
        let output = TextBuffer(), summary = TextBuffer()
        let check = GuideCheck(loader: fixture.loader, configuration: .init(format: .json))
        #expect(try check.run(output: output, summary: summary) == .failed)
        let json = try JSONSerialization.jsonObject(with: Data(output.text.utf8)) as? [String: Any]
        #expect((json?["errors"] as? Int ?? 0) > 0)
        #expect(summary.text.contains(" in "))
    }

    @Test func checkWithCoveragePrintsTheTableBeforeTheSummary() throws {
        let fixture = try GuideFixture.valid()
        defer { fixture.remove() }
        let output = TextBuffer()
        _ = try GuideCheck(loader: fixture.loader, configuration: .init(coverage: true)).run(output: output, summary: TextBuffer())
        #expect(output.text.contains("skolefravaer"))
        #expect(output.lines.last?.contains(" in ") == true)
    }

    @Test func missingFolderIsAConsoleErrorWithExitCode2() throws {
        let loader = GuideLoader(configuration: .init(dialogs: "/finnes/ikke/Dialogs", locales: "/finnes/ikke/Locales"))
        let error = #expect(throws: ConsoleError.self) {
            try GuideCheck(loader: loader).run(output: TextBuffer(), summary: TextBuffer())
        }
        #expect(error?.exitCode == 2)
        #expect(error?.description.contains("/finnes/ikke/Dialogs") == true)
        #expect(error?.description.contains("DIR") == true)
    }

    @Test func missingLocalesFolderNamesTheOption() throws {
        let fixture = try GuideFixture.valid()
        defer { fixture.remove() }
        let loader = GuideLoader(configuration: .init(dialogsDirectory: fixture.dialogs, localesDirectory: fixture.root.appendingPathComponent("Mangler")))
        #expect(throws: ConsoleError.missingFolder("locales", path: loader.configuration.localesDirectory.relativePath, option: "--locales DIR")) {
            try loader.validateFolders()
        }
    }

    @Test func testRunPassesAndSummarises() throws {
        let fixture = try GuideFixture.valid()
        defer { fixture.remove() }
        let output = TextBuffer()
        let outcome = try GuideTestRun(loader: fixture.loader).run(output: output, diagnostics: TextBuffer())
        #expect(outcome == .passed)
        #expect(output.lines.last?.contains("1 passed, 0 failed") == true)
    }

    @Test func testRunReportsFailuresWithFileAndLine() throws {
        let fixture = try GuideFixture.valid(extra: GuideFixture.failingTest)
        defer { fixture.remove() }
        let output = TextBuffer()
        let outcome = try GuideTestRun(loader: fixture.loader).run(output: output, diagnostics: TextBuffer())
        #expect(outcome == .failed)
        #expect(outcome.exitCode == 1)
        let failure = try #require(output.lines.first { $0.contains("feil.yaml:") })
        #expect(failure.contains("Feil forventning"))
        #expect(failure.contains("'fravaer'"))
        #expect(output.lines.last?.contains("1 failed") == true)
    }

    @Test func testRunOnABrokenGuideShowsErrorsAndThrows() throws {
        let fixture = try GuideFixture.valid(extra: GuideFixture.brokenNodes)
        defer { fixture.remove() }
        let diagnostics = TextBuffer()
        #expect(throws: ConsoleError.self) {
            try GuideTestRun(loader: fixture.loader).run(output: TextBuffer(), diagnostics: diagnostics)
        }
        #expect(diagnostics.text.contains("VD0002"))
    }

    @Test func fingerprintsListEveryLineAsTabSeparatedRows() throws {
        let fixture = try GuideFixture.valid()
        defer { fixture.remove() }
        let guide = try fixture.loader.loadGuide(reportingTo: TextBuffer())
        let output = TextBuffer()
        FingerprintTable(guide: guide).write(to: output)
        let rows = output.lines.map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.allSatisfy { $0.count == 3 && $0[1].count == 8 })
        let ids = rows.map { String($0[0]) }
        #expect(ids.contains("start.1"))
        #expect(ids.contains("start.valg.1"))
        #expect(ids.contains("fravaer.tittel"))
        let fravaer = try #require(rows.first { $0[0] == "fravaer.1" })
        // The tab inside the bubble became a space, so the row still has three columns.
        #expect(fravaer[2] == "Tegn er vondt i magen om morgenen. Snakk med skolen.")
        #expect(String(fravaer[1]) == FingerprintTable.Entry(id: "x", text: "Tegn er vondt i magen om morgenen.\tSnakk med skolen.").fingerprint)
    }
}
