import Foundation
import Testing
import VeilederCore

/// The learned word weights: features as the trainer computes them, the probability, and how the detector uses
/// them (only when no phrase counts, never on words inside an idiom).
@Suite("Crisis word weights")
struct CrisisWeightsTests {
    @Test("Features are each stem key and each neighbouring pair; an empty key breaks pairs", arguments: [
        (["jeg", "er", "alen"], ["jeg", "er", "alen", "jeg er", "er alen"]),
        (["alen", "", "hjem"], ["alen", "hjem"]),
        (["alen", "alen"], ["alen", "alen alen"]),
        ([String](), [String]()),
    ])
    func features(keys: [String], expected: [String]) {
        #expect(CrisisWeights.features(stemKeys: keys) == expected)
    }

    @Test("The probability is the logistic of bias plus the weights found")
    func probability() {
        let weights = CrisisWeights(bias: -2, threshold: 0.9, terms: ["alen": 3, "alen hjem": 2, "fotball": -4])
        let (alone, strongest) = weights.score(stemKeys: ["alen", "hjem"])
        #expect(abs(alone - 1 / (1 + Foundation.exp(-3.0))) < 1e-9)
        #expect(strongest == ["alen", "alen hjem"])
        #expect(weights.score(stemKeys: ["fotball"]).probability < 0.01)
        #expect(abs(weights.score(stemKeys: []).probability - 1 / (1 + Foundation.exp(2.0))) < 1e-9)
    }

    static let rules = CrisisRules(
        patterns: [.init(id: "selvmord", kind: .suicidal, phrases: ["piller & i natt"], locale: "nb")],
        idioms: ["alene om"],
        weights: CrisisWeights(bias: -3, threshold: 0.9, terms: ["alen": 6])
    )
    static let detector = CrisisDetector(rules: rules, languages: CrisisTestSupport.languages)

    @Test("Weights speak only when no phrase counts, with kind indirect")
    func onlyWithoutPhrases() {
        #expect(Self.detector.detect("jeg er alene")?.kind == .indirect)
        #expect(Self.detector.detect("jeg er alene med piller i natt")?.kind == .suicidal)
        #expect(Self.detector.detect("jeg er glad") == nil)
        let explanation = Self.detector.explain("jeg er alene")
        #expect(explanation.result?.matchedWords == ["alene"] || explanation.result?.matchedWords == ["alen"])
        #expect(explanation.steps.contains { $0.contains("crisis-weights") })
    }

    @Test("Words inside an idiom do not count for the weights")
    func idiomsSilenceWeights() {
        #expect(Self.detector.detect("hun er alene om det") == nil)
    }

    @Test("Without weights nothing changes")
    func withoutWeights() {
        var rules = Self.rules
        rules.weights = nil
        let detector = CrisisDetector(rules: rules, languages: CrisisTestSupport.languages)
        #expect(detector.detect("jeg er alene") == nil)
    }

    @Test("The shipped weights reach indirect reports no phrase has", arguments: [
        "Min datter på 5 har begynt å tegne ting og leke på en måte jeg ikke kjenner igjen, og hun vil ikke være hos farfar lenger",
    ])
    func shipped(message: String) {
        let explanation = CrisisTestSupport.detector.explain(message)
        #expect(explanation.result?.kind == .indirect, "\(explanation.steps)")
    }
}
