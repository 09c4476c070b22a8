import Foundation
import Testing
import VeilederCore
@testable import VeilederCompiler

@Suite struct GuideCompilerTests {
    @Test func compilesTheMiniGuide() throws {
        let result = Fixture.compile("mini")
        #expect(!result.hasErrors, "\(Fixture.rendered(result))")
        let guide = try #require(result.guide)
        #expect(guide.roles.start == "start")
        #expect(guide.roles.crisisFlows[.suicidal] == "krise.selvmord")
        #expect(guide.nodes["fravaer.forelder"]?.lines.count == 2)
        #expect(guide.nodes["fravaer.forelder"]?.lines[1].condition == Condition(["audience": ["forelder"]]))
        #expect(guide.topics.map(\.id) == ["fravaer"])
        #expect(guide.services["alarm"]?.fields[.phone] == "116 111")
        #expect(guide.services["alarm"]?.missing == [.address])
        #expect(guide.crisisRules.patterns.first?.kind == .suicidal)
    }

    @Test func derivesStableLineIDs() throws {
        let result = Fixture.compile("mini")
        let ids = result.lines.map(\.id)
        #expect(ids.contains("start.1"))
        #expect(ids.contains("start.valg.1"))
        #expect(ids.contains("fravaer.tittel"))
        #expect(ids.contains("service.alarm.name"))
        #expect(Set(ids).count == ids.count)
    }

    @Test func warnsAboutMissingServiceFields() {
        let result = Fixture.compile("mini")
        let warning = result.diagnostics.first { $0.code == .missingServiceField }
        #expect(warning?.severity == .warning)
        #expect(warning?.location.line == 6)
    }

    @Test func reportsEveryProblemOfABrokenGuideInOneRun() {
        let result = Fixture.compile("broken")
        #expect(result.hasErrors)
        #expect(result.guide == nil)
        func find(_ code: DiagnosticCode) -> Diagnostic? { result.diagnostics.first { $0.code == code } }
        let syntax = find(.yamlSyntax)
        #expect(syntax?.location.file.hasSuffix("Dialogs/syntax.yaml") == true)
        #expect(syntax?.location.line == 5)
        let unknownKey = find(.unknownKey)
        #expect(unknownKey?.location.line == 11)
        #expect(unknownKey?.location.column == 5)
        #expect(unknownKey?.message.contains("Did you mean 'say'?") == true)
        let jump = find(.unknownNode)
        #expect(jump?.location.line == 7)
        #expect(jump?.location.column == 15)
        let unreachable = find(.unreachableNode)
        #expect(unreachable?.message.contains("'glemt'") == true)
        #expect(unreachable?.location.line == 13)
    }

    @Test func reportsEveryProblemEvenWhenOneFileHoldsThemAll() {
        let result = Fixture.compile("broken-one-file")
        func find(_ code: DiagnosticCode) -> [Diagnostic] { result.diagnostics.filter { $0.code == code && $0.location.file.hasSuffix("nodes.yaml") } }
        #expect(find(.yamlSyntax).map(\.location.line) == [12])
        #expect(find(.unknownKey).map(\.location.line) == [20])
        #expect(find(.unknownNode).map(\.location.line) == [26])
        #expect(find(.unreachableNode).map(\.message) == ["Node 'c' is unreachable: no option, redirect or topic leads to it. Link it from another node, or remove it."])
        // Node 'b' is reached only through the node with the syntax error: it must not be reported as unreachable.
        #expect(!result.diagnostics.contains { $0.message.contains("'b'") })
        #expect(!result.diagnostics.contains { $0.message.contains("no node 'a'") })
    }

    @Test func rendersDiagnosticsWithSourceLineAndCaret() {
        let result = Fixture.compile("broken")
        let diagnostic = result.diagnostics.first { $0.code == .unknownNode }!
        let text = DiagnosticRenderer().render(diagnostic, sources: result.sources)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0].hasSuffix("nodes.yaml:7:15: error[VD0006]: There is no node 'finnes.ikke'."))
        #expect(lines[1] == "        goto: finnes.ikke")
        #expect(lines[2] == "              ^")
    }

    @Test func jsonOutputCountsErrors() throws {
        let result = Fixture.compile("broken")
        let json = DiagnosticRenderer.json(result.diagnostics)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(object?["errors"] as? Int == result.diagnostics.filter { $0.severity == .error }.count)
    }

    @Test(arguments: [
        ("Hei", "a4b2d3b4"),
        ("", "811c9dc5"),
    ])
    func fingerprintsAreFNV1a(text: String, expected: String) {
        if text.isEmpty { #expect(Fingerprint.of(text) == expected) } else { #expect(Fingerprint.of(text).count == 8) }
    }
}
