import Testing
import VeilederCore

/// Behaviour on the labelled evaluation set: every crisis row must be caught and no idiom row may fire.
/// (Routing accuracy is reported by the benchmark package; only the safety figures are asserted here.)
@Suite("Crisis detection on the evaluation set")
struct CrisisEvaluationTests {
    @Test("Crisis recall is 100 % on the evaluation set")
    func recall() throws {
        let set = try CrisisTestSupport.evaluationSet()
        let crisisRows = set.rows.filter { if case .crisis = $0.expectation { true } else { false } }
        #expect(crisisRows.count >= 40)
        for row in crisisRows {
            #expect(CrisisTestSupport.detector.detect(row.message) != nil, "line \(row.line): \(row.message)")
        }
    }

    @Test("No idiom row shows the emergency numbers, and at most 1 % of non-crisis rows do")
    func falsePositives() throws {
        let set = try CrisisTestSupport.evaluationSet()
        let others = set.rows.filter { if case .crisis = $0.expectation { false } else { true } }
        let idioms = others.filter { $0.hasTag("idiom") }
        #expect(idioms.count >= 10)
        for row in idioms {
            let detection = CrisisTestSupport.detector.detect(row.message)
            #expect(detection == nil, "line \(row.line): \(row.message) fired \(detection?.phrase ?? "")")
        }
        let alarms = others.filter { CrisisTestSupport.detector.detect($0.message) != nil }
        #expect(Double(alarms.count) <= Double(others.count) * 0.01, "\(alarms.map(\.message))")
    }

    @Test("The evaluation set parses and is large enough")
    func setShape() throws {
        let set = try CrisisTestSupport.evaluationSet()
        #expect(set.rows.count >= 220)
        #expect(set.rows.contains { $0.expectation == .outOfScope })
    }
}
