import Foundation
import Testing
import VeilederConsole
import VeilederCore

/// Scripted conversations against the real `Dialogs/` and `Locales/`, as `printf … | veileder chat` runs them.
@Suite struct RealGuideChatTests {
    /// The compiled real guide, or `nil` with the errors recorded.
    static func realEngine() -> Engine? {
        let loader = GuideLoader(configuration: .init(dialogsDirectory: PackagePaths.dialogs, localesDirectory: PackagePaths.locales))
        let errors = TextBuffer()
        do {
            return Engine(guide: try loader.loadGuide(reportingTo: errors))
        } catch {
            Issue.record("The real guide does not compile: \(error)\n\(errors.text)")
            return nil
        }
    }

    @Test func parentReachesTheSchoolAbsenceHubWithSignsAndNextSteps() throws {
        guard let engine = Self.realEngine() else { return }
        let (outcome, text) = try SmallGuide.transcript(["forelder", "skolefravær"], engine: engine)
        #expect(outcome == .endOfInput)
        let reply = try #require(text.components(separatedBy: "> skolefravær").last)
        // Signs to look for, in the bubbles…
        #expect(reply.localizedCaseInsensitiveContains("tegn"))
        // …and next steps offered as numbered options, so the transcript is readable.
        let options = reply.split(separator: "\n").filter { $0.first?.isNumber == true }
        #expect(options.count >= 2)
        #expect(options.contains { $0.localizedCaseInsensitiveContains("gjøre nå") })
        #expect(!text.containsANSIEscape)
    }

    @Test func parentHubMatchesTheEngineNode() throws {
        guard let engine = Self.realEngine() else { return }
        var reply = try engine.start()
        reply = try engine.respond(to: .text("forelder"), in: reply.state)
        reply = try engine.respond(to: .text("skolefravær"), in: reply.state)
        #expect(reply.nodeID == "skolefravaer.forelder")
    }

    @Test func numbersBackStartAndQuitWorkOnTheRealGuide() throws {
        guard let engine = Self.realEngine() else { return }
        let start = try engine.start()
        let parent = try #require(start.options.firstIndex { $0.id == "start.valg.forelder" })
        let (outcome, text) = try SmallGuide.transcript(
            ["\(parent + 1)", "/tilbake", "/start", "/avslutt", "this line is never read"], engine: engine
        )
        #expect(outcome == .quit)
        let greeting = try #require(start.messages.first?.text)
        #expect(text.components(separatedBy: "> /tilbake").last?.contains(greeting) == true)
        #expect(text.components(separatedBy: "> /start").last?.contains(greeting) == true)
        #expect(!text.contains("this line is never read"))
    }

    @Test func nynorskLocaleStartsWhenAvailable() throws {
        guard let engine = Self.realEngine() else { return }
        guard engine.locales.contains("nn") else { return }
        let (_, text) = try SmallGuide.transcript(["/språk nb"], configuration: .init(locale: "nn"), engine: engine)
        #expect(!text.isEmpty)
    }

    @Test func realGuideFingerprintsCoverEveryNodeLine() throws {
        guard let engine = Self.realEngine() else { return }
        let table = FingerprintTable(guide: engine.guide)
        let ids = Set(table.entries.map(\.id))
        #expect(ids.count == table.entries.count, "line ids must be unique")
        let lineIDs = engine.guide.nodes.values.flatMap { $0.lines.map(\.id) + $0.options.map(\.id) }
        #expect(lineIDs.allSatisfy(ids.contains))
    }
}
