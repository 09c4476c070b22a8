import Foundation
import Testing
import VeilederCore
@testable import VeilederCompiler

/// Crisis phrases whose `&` or `~` has nothing on one side are reported with their position (VD0026), not
/// dropped without a word by the matcher.
@Suite struct CrisisPhraseDiagnosticTests {
    @Test(arguments: [
        ("piller & i natt", nil),
        ("slår ~ i sjakk", nil),
        ("piller & ", "has an empty part around '&'"),
        ("& i natt", "has an empty part around '&'"),
        ("piller & ~ & natt", "has an empty part around '&'"),
        ("~ slår meg", "starts or ends with '~'"),
        ("slår meg ~", "starts or ends with '~'"),
        ("slår ~ ~ sjakk", "has two '~' in a row"),
    ] as [(String, String?)])
    func phraseProblems(phrase: String, problem: String?) {
        let found = CrisisRules.phraseProblem(phrase)
        if let problem {
            #expect(found?.hasPrefix(problem) == true, "\(found ?? "nil")")
        } else {
            #expect(found == nil)
        }
    }

    /// Compiles a copy of the "mini" fixture with `files` (paths inside it) written over it.
    static func compileMini(_ files: [String: String]) throws -> CompilationResult {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("veileder-crisis-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        try FileManager.default.copyItem(at: Fixture.directory.appendingPathComponent("mini"), to: base)
        for (path, text) in files {
            try text.write(to: base.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }
        return GuideCompiler(configuration: .init(
            dialogsDirectory: base.appendingPathComponent("Dialogs"), localesDirectory: base.appendingPathComponent("Locales")
        )).compile()
    }

    @Test func malformedPhrasesAreReportedWithTheirLineAndLeftOut() throws {
        let result = try Self.compileMini(["Locales/nb/crisis.yaml": """
        version: 1
        locale: nb
        patterns:
          - id: selvmord
            kind: suicidal
            phrases:
              - vil ta livet mitt
              - "piller & "
              - "pillene & i natt"
        idioms:
          - "~ døde av latter"
          - døde av latter
        discussion:
          topics: [selvmord]
          cues:
            - samfunnsfag
            - "oppgave & "
        """])
        let reported = result.diagnostics.filter { $0.code == .malformedPhrase }
        #expect(reported.map(\.location.line) == [8, 11, 17])
        #expect(reported.allSatisfy { $0.location.file.hasSuffix("crisis.yaml") })
        #expect(result.guide == nil, "a malformed crisis phrase is an error")
        #expect(Fixture.rendered(result).contains("error[VD0026]"))
    }

    @Test func discussionCuesAreRead() throws {
        let result = try Self.compileMini(["Locales/nb/crisis.yaml": """
        version: 1
        locale: nb
        patterns:
          - id: tvangsekteskap
            kind: forced_marriage
            phrases: ["tvangsekteskap*"]
        discussion:
          topics: ["tvangsekteskap|tvangsgifte"]
          cues:
            - samfunnsfag
            - "forskjellen på|mellom"
        """])
        #expect(result.guide?.crisisRules.discussionTopics == ["tvangsekteskap|tvangsgifte"])
        #expect(result.guide?.crisisRules.discussionCues == ["samfunnsfag", "forskjellen på|mellom"])
    }

    @Test func crisisWeightsAreReadAndBadValuesReported() throws {
        let good = try Self.compileMini(["Locales/nb/crisis-weights.yaml": """
        version: 1
        locale: nb
        bias: "-2.5"
        threshold: "0.9"
        terms:
          "alen": "1.75"
          "alen hjem": "0.5"
        """])
        #expect(good.guide?.crisisRules.weights == CrisisWeights(bias: -2.5, threshold: 0.9, terms: ["alen": 1.75, "alen hjem": 0.5]))

        let bad = try Self.compileMini(["Locales/nb/crisis-weights.yaml": """
        version: 1
        locale: nb
        bias: "-2.5"
        threshold: "1.5"
        terms:
          "alen": "mye"
        """])
        let reported = bad.diagnostics.filter { $0.code == .malformedWeight }
        #expect(reported.map(\.location.line) == [4, 6])
        #expect(bad.guide == nil, "a malformed weight is an error")
        #expect(Fixture.rendered(bad).contains("error[VD0027]"))
    }
}
