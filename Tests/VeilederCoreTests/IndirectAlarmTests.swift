import Testing
@testable import VeilederCore

/// An alarm from the learned word weights alone keeps the user's question, scrubbed, for one input: "Nei, ikke
/// akkurat nå" answers it, anything else drops it, and a phrase's alarm never keeps one.
@Suite("Indirect alarms keep the question")
struct IndirectAlarmTests {
    let engine = Engine(guide: EngineTestGuide.make())

    func alarm(_ text: String) throws -> Reply {
        let start = try engine.start()
        return try engine.respond(to: .text(text), in: start.state)
    }

    @Test("The question is kept with personal data scrubbed")
    func keptScrubbed() throws {
        let reply = try alarm("jeg heter Kari og er alene, ring meg på 912 34 567")
        #expect(reply.crisis)
        #expect(reply.crisisKind == .indirect)
        #expect(reply.nodeID == "krise")
        let kept = try #require(reply.state.pendingQuestion)
        #expect(kept.contains("alene"))
        #expect(!kept.contains("Kari"))
        #expect(!kept.contains("912"))
    }

    @Test("\"Nei, ikke akkurat nå\" routes the kept question; unanswered, it is logged scrubbed")
    func answeredAfterNo() throws {
        let first = try alarm("jeg heter Ola og er alene")
        #expect(first.crisisKind == .indirect)
        let reply = try engine.respond(to: .text("Nei, ikke akkurat nå"), in: first.state)
        #expect(!reply.crisis)
        #expect(reply.messages.first?.text == UIString.answeringYourQuestion.defaultText)
        // This small guide routes nothing with confidence; Dialogs/tests/krise.yaml shows a real topic reached.
        #expect(reply.route?.decision == .fallback)
        #expect(reply.nodeID == "ukjent")
        let unanswered = try #require(reply.unanswered)
        #expect(unanswered.contains("alene"))
        #expect(!unanswered.contains("Ola"))
        #expect(reply.state.pendingQuestion == nil)
        #expect(reply.state.resumeNodeID == nil)
    }

    @Test("Any other answer drops the question")
    func droppedOtherwise() throws {
        let first = try alarm("er alene nå")
        let yes = try engine.respond(to: .option("krise.ja"), in: first.state)
        #expect(yes.nodeID == "slutt")
        #expect(yes.state.pendingQuestion == nil)
        #expect(!yes.messages.contains { $0.text == UIString.answeringYourQuestion.defaultText })
    }

    @Test("A phrase's alarm keeps no question, and \"Nei\" resumes as before")
    func notForPhrases() throws {
        let first = try alarm("jeg vil ta livet mitt")
        #expect(first.crisisKind == .suicidal)
        #expect(first.state.pendingQuestion == nil)
        let reply = try engine.respond(to: .option("krise.nei"), in: first.state)
        #expect(reply.nodeID == "krise.selvmord")
    }
}
