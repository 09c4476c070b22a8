import Foundation
import Testing
import VeilederCore
@testable import VeilederStorage

@Suite("State JSON")
struct StateJSONTests {
    static func states() -> [ConversationState] {
        var plain = ConversationState(locale: "nb", nodeID: "start")
        plain.turns = 0
        var full = ConversationState(locale: "nn", nodeID: "skole.\"fravær\"\\ æøå 😀")
        full.history = ["start", "meny", "tab\there", "line\nbreak", "\u{1}ctl"]
        full.variables = ["audience": "ungdom", "tom": "", "q\"uote": "ba\\ck/slash"]
        full.resumeNodeID = "meny"
        full.pendingCrisisFlow = "krise.flyt"
        full.pendingQuestion = "mamma er \"borte\"\nog [navn] sa: æøå 😀"
        full.clarifyTopics = ["mobbing", "fravær"]
        full.ended = true
        full.turns = 42
        return [plain, full]
    }

    @Test("The hand-written encoder covers every field of the engine's state")
    func complete() {
        // If this fails, ConversationState gained a field: add it to StateJSON (until then JSONEncoder is used).
        #expect(StateJSON.isComplete)
    }

    @Test("It decodes to the same state as JSONEncoder's output", arguments: states())
    func roundTrip(state: ConversationState) throws {
        let json = StateJSON.encode(state)
        let decoded = try JSONDecoder().decode(ConversationState.self, from: Data(json.utf8))
        #expect(decoded == state)
        let foundation = try JSONDecoder().decode(ConversationState.self, from: JSONEncoder().encode(state))
        #expect(decoded == foundation)
        #expect(try VeilederDatabase.decode(VeilederDatabase.encode(state)) == state)
    }
}
