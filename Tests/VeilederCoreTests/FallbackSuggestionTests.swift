import Testing
@testable import VeilederCore

/// When routing falls back, topics that still scored well enough are offered beside the fallback's own options.
@Suite("Fallback suggestions")
struct FallbackSuggestionTests {
    /// Every candidate is suggested, so the small test guide's one topic shows up on any fallback that ranks it.
    let engine = Engine(guide: EngineTestGuide.make(), configuration: .init(fallbackSuggestionScore: 0))

    func fallback(_ text: String) throws -> Reply {
        try engine.respond(to: .text(text), in: engine.start().state)
    }

    @Test("The suggested topic comes first, then the fallback's own options, with a line that says so")
    func offered() throws {
        let reply = try fallback("skolen qwxz blorp")
        #expect(reply.route?.decision == .fallback)
        #expect(reply.nodeID == "ukjent")
        #expect(reply.options.map(\.id) == ["topic:fravaer", "ukjent.meny"])
        #expect(reply.messages.last?.text == UIString.fallbackSuggestions.defaultText)
    }

    @Test("A suggestion, the fallback's own option, or their numbers can be chosen", arguments: [
        (UserInput.option("topic:fravaer"), "fravaer.ungdom"),
        (.text("1"), "fravaer.ungdom"),
        (.option("ukjent.meny"), "meny"),
        (.text("2"), "meny"),
        (.text("Meny"), "meny"),
    ])
    func chosen(input: UserInput, node: String) throws {
        let reply = try engine.respond(to: input, in: fallback("skolen qwxz blorp").state)
        #expect(reply.nodeID == node)
        #expect(reply.state.clarifyTopics.isEmpty)
    }

    @Test("Below the score nothing is suggested, and the fallback shows only its own options")
    func belowTheScore() throws {
        let strict = Engine(guide: EngineTestGuide.make(), configuration: .init(fallbackSuggestionScore: 1.01))
        let reply = try strict.respond(to: .text("skolen qwxz blorp"), in: strict.start().state)
        #expect(reply.nodeID == "ukjent")
        #expect(reply.options.map(\.id) == ["ukjent.meny"])
        #expect(!reply.messages.contains { $0.text == UIString.fallbackSuggestions.defaultText })
    }
}
