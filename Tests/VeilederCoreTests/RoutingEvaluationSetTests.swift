import Testing
import VeilederCore

/// The evaluation file format: labels, kinds, tags, and errors that name the line.
@Suite("Evaluation set format")
struct RoutingEvaluationSetTests {
    @Test("Rows parse into expectations", arguments: [
        ("laering\t-\tforelder\tsønnen min sliter med lesing", EvaluationSet.Expectation.category(.laering)),
        ("crisis\tsuicidal\tungdom\tvil dø", .crisis(.suicidal)),
        ("out_of_scope\t-\t-\thva blir været", .outOfScope),
    ])
    func parses(line: String, expectation: EvaluationSet.Expectation) throws {
        let set = try EvaluationSet(tsv: "label\tkind\ttags\tmessage\n" + line)
        #expect(set.rows.first?.expectation == expectation)
        #expect(set.rows.first?.line == 2)
    }

    @Test("Bad lines are reported with their line numbers", arguments: [
        ("crisis\t-\t-\tvil dø", 1),
        ("laring\t-\t-\tlesing", 1),
        ("laering\t-\tlesing", 1),
    ])
    func reportsErrors(line: String, errors: Int) {
        #expect(throws: EvaluationSet.ParseErrors.self) { try EvaluationSet(tsv: line) }
        do {
            _ = try EvaluationSet(tsv: line)
        } catch {
            #expect(error.errors.count == errors)
            #expect(error.errors.first?.line == 1)
        }
    }
}
