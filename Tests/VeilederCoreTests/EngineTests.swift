import Foundation
import Testing
@testable import VeilederCore

@Suite struct EngineTests {
    let engine = Engine(guide: EngineTestGuide.make())

    func say(_ inputs: [String], locale: String = "nb") throws -> Reply {
        var reply = try engine.start(locale: locale)
        for input in inputs { reply = try engine.respond(to: .text(input), in: reply.state) }
        return reply
    }

    @Test func startsAtTheStartNodeWithOptions() throws {
        let reply = try engine.start()
        #expect(reply.nodeID == "start")
        #expect(reply.messages.map(\.text) == ["Hei! Hva kan vi hjelpe deg med?"])
        #expect(reply.options.map(\.label) == ["Forelder", "Jeg er ung"])
        #expect(!reply.crisis)
    }

    @Test func optionsSetVariablesAndRedirectsFollowThem() throws {
        var reply = try engine.start()
        reply = try engine.respond(to: .option("start.forelder"), in: reply.state)
        #expect(reply.state.variables["audience"] == "forelder")
        reply = try engine.respond(to: .option("meny.fravaer"), in: reply.state)
        #expect(reply.nodeID == "fravaer.forelder")
        #expect(reply.messages.map(\.text) == ["Tegn: vondt i magen om morgenen.", "Ring Alarmtelefonen (116 111) om det haster."])
    }

    @Test func youthAreRedirectedElsewhere() throws {
        let reply = try say(["Jeg er ung", "Skolefravær"])
        #expect(reply.nodeID == "fravaer.ungdom")
    }

    @Test func matchesNumbersLabelsAndMatchPhrases() throws {
        #expect(try say(["1"]).state.variables["audience"] == "forelder")
        #expect(try say(["jeg er ung"]).state.variables["audience"] == "ungdom")
        #expect(try say(["jeg er mamma"]).state.variables["audience"] == "forelder")
    }

    @Test func backReturnsToThePreviousNode() throws {
        let reply = try say(["Forelder", "Skolefravær", "/tilbake"])
        #expect(reply.nodeID == "meny")
        let again = try engine.respond(to: .text("/back"), in: reply.state)
        #expect(again.nodeID == "start")
        let atStart = try engine.respond(to: .text("/tilbake"), in: again.state)
        #expect(atStart.nodeID == "start")
        #expect(atStart.messages.first?.kind == .notice)
    }

    @Test func restartClearsVariables() throws {
        let reply = try say(["Forelder", "/start"])
        #expect(reply.nodeID == "start")
        #expect(reply.state.variables.isEmpty)
        #expect(reply.state.history.isEmpty)
    }

    @Test func helpReturnsWhereTheUserWas() throws {
        var reply = try say(["Forelder", "/hjelp"])
        #expect(reply.nodeID == "hjelp")
        reply = try engine.respond(to: .text("Fortsett"), in: reply.state)
        #expect(reply.nodeID == "meny")
    }

    @Test func crisisShowsNumbersFirstFromAnyNodeThenTheFlowThenResumes() throws {
        var reply = try say(["Forelder", "Skolefravær", "jeg vil ta livet mitt"])
        #expect(reply.crisis)
        #expect(reply.crisisKind == .suicidal)
        #expect(reply.nodeID == "krise")
        #expect(reply.messages.first?.text.contains("113") == true)
        #expect(reply.messages.allSatisfy { $0.kind == .crisis })
        reply = try engine.respond(to: .text("Nei, ikke akkurat nå"), in: reply.state)
        #expect(reply.nodeID == "krise.selvmord")
        reply = try engine.respond(to: .text("Fortsett samtalen"), in: reply.state)
        #expect(reply.nodeID == "fravaer.forelder")
        #expect(!reply.crisis)
    }

    @Test func idiomsDoNotTriggerCrisis() throws {
        let reply = try say(["jeg døde av latter"])
        #expect(!reply.crisis)
    }

    @Test func switchesLocaleAndRendersTheNodeAgain() throws {
        let reply = try say(["/språk nn"])
        #expect(reply.state.locale == "nn")
        #expect(reply.messages.map(\.text) == ["No skriv eg nynorsk.", "Hei! Kva kan vi hjelpe deg med?"])
        #expect(reply.options.first?.label == "Forelder (nn)")
        #expect(reply.options.last?.label == "Jeg er ung")
        let unknown = try say(["/språk de"])
        #expect(unknown.state.locale == "nb")
        #expect(unknown.messages.first?.kind == .notice)
    }

    @Test func quitEndsTheConversation() throws {
        let reply = try say(["/avslutt"])
        #expect(reply.ended)
        #expect(throws: EngineError.conversationEnded) { try engine.respond(to: .text("hei"), in: reply.state) }
    }

    @Test func unknownOptionsAndLocalesAreErrors() throws {
        let reply = try engine.start()
        #expect(throws: EngineError.unknownOption("finnes.ikke")) { try engine.respond(to: .option("finnes.ikke"), in: reply.state) }
        #expect(throws: EngineError.unknownLocale("de")) { try engine.start(locale: "de") }
        #expect(EngineError.unknownOption("x").description.contains("Send one of the option ids"))
    }

    @Test func unmatchedTextFallsBackAndIsKeptForEditors() throws {
        let reply = try say(["hva er åpningstidene i svømmehallen"])
        #expect(reply.nodeID == "ukjent")
        #expect(reply.unanswered == "hva er åpningstidene i svømmehallen")
        #expect(reply.route?.decision == .fallback)
    }

    @Test func stateRoundTripsThroughJSON() throws {
        let reply = try say(["Forelder", "Skolefravær"])
        let data = try JSONEncoder().encode(reply.state)
        let decoded = try JSONDecoder().decode(ConversationState.self, from: data)
        #expect(decoded == reply.state)
        #expect(decoded.version == ConversationState.currentVersion)
        #expect(data.count < 1024)
    }

    @Test func newerStateVersionsAreRejected() throws {
        var state = try engine.start().state
        state.version = 99
        #expect(throws: EngineError.unsupportedStateVersion(99)) { try engine.respond(to: .text("hei"), in: state) }
    }
}

/// The lines, labels and option analyses prepared at `Engine.init` are what the engine made on every message.
@Suite struct EnginePreparedGuideTests {
    let engine = Engine(guide: EngineTestGuide.make())

    @Test func preparedTextsEqualRenderingOnTheSpot() throws {
        let guide = engine.guide
        for (id, node) in guide.nodes {
            for locale in engine.locales {
                let prepared = try #require(engine.rendered.node(id, locale: locale))
                #expect(prepared.lines == node.lines.map {
                    engine.render(guide.localization.line($0.id, source: $0.text, locale: locale), locale: locale)
                })
                #expect(prepared.labels == node.options.map { guide.localization.line($0.id, source: $0.label, locale: locale) })
                #expect(prepared.candidates.map(\.id) == node.options.map(\.id))
            }
        }
        #expect(engine.rendered.node("start", locale: "xx") == nil)
    }

    @Test func optionMatchingIsTheSameWithAndWithoutPreparation() throws {
        let guide = engine.guide
        let texts = ["forelder", "jeg er ung", "ja", "nei takk", "tilbake", "1", "2", "mamma", "hva kan jeg gjøre"]
        for node in guide.nodes.values where !node.options.isEmpty {
            for locale in engine.locales {
                let prepared = try #require(engine.rendered.node(node.id, locale: locale))
                let candidates = node.options.map { option in
                    OptionMatcher.Candidate(
                        id: option.id, label: guide.localization.line(option.id, source: option.label, locale: locale),
                        phrases: option.matchPhrases + [option.label]
                    )
                }
                for text in texts {
                    #expect(engine.optionMatcher.match(text, among: prepared.candidates)
                        == engine.optionMatcher.match(text, among: candidates))
                }
            }
        }
    }
}
