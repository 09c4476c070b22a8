import Testing
import VeilederConsole
import VeilederCore

/// Scripted conversations in plain mode (input from a pipe) against the small guide built in code.
@Suite struct ConsoleChatTests {
    @Test func optionTextThenNumberReachesTheParentsSchoolAbsenceNode() throws {
        let (outcome, text) = try SmallGuide.transcript(["Forelder eller foresatt", "1"])
        #expect(outcome == .endOfInput)
        #expect(text.contains("> Forelder eller foresatt"))
        #expect(text.contains("Tegn å se etter"))
        #expect(text.contains("1. Hva kan jeg gjøre nå?"))
        #expect(text.contains("2. Til menyen"))
    }

    @Test func transcriptHasGreetingOptionsEchoAndReplyInOrder() throws {
        let (_, text) = try SmallGuide.transcript(["2"])
        let expected = """
            Hei! Hva kan vi hjelpe deg med?

            1. Jeg er ungdom
            2. Forelder eller foresatt
            3. Noen er i fare nå

            > 2

            Hva gjelder det?

            1. Skolefravær
            2. Tilbake


            """
        #expect(text == expected)
    }

    @Test func freeTextIsRoutedByTheEngine() throws {
        // "forelder" is a match phrase, not a label: the console sends it as text and the engine picks the option.
        let (_, text) = try SmallGuide.transcript(["forelder", "skolefravær"])
        #expect(text.contains("Tegn å se etter"))
    }

    @Test func numberOutOfRangeIsAnsweredByTheConsole() throws {
        let (_, text) = try SmallGuide.transcript(["7", "2"])
        #expect(text.contains(UIString.consoleInvalidNumber.defaultText))
        #expect(text.contains("Hva gjelder det?"))
    }

    @Test func backReturnsToThePreviousNode() throws {
        let (_, text) = try SmallGuide.transcript(["2", "/tilbake"])
        let afterBack = try #require(text.components(separatedBy: "> /tilbake").last)
        #expect(afterBack.contains("Hei! Hva kan vi hjelpe deg med?"))
        #expect(afterBack.contains("2. Forelder eller foresatt"))
    }

    @Test func englishBackCommandWorksToo() throws {
        let (_, text) = try SmallGuide.transcript(["2", "/back"])
        #expect(text.components(separatedBy: "> /back").last?.contains("Hei!") == true)
    }

    @Test func startBeginsAgain() throws {
        let (_, text) = try SmallGuide.transcript(["2", "1", "/start"])
        let afterStart = try #require(text.components(separatedBy: "> /start").last)
        #expect(afterStart.contains("Hei! Hva kan vi hjelpe deg med?"))
    }

    @Test func quitEndsTheChatAndLaterInputIsNotRead() throws {
        let input = ScriptedInput(["2", "/avslutt", "1"])
        let output = TextBuffer()
        let outcome = try ConsoleChat(engine: SmallGuide.engine, input: input, output: output).run()
        #expect(outcome == .quit)
        #expect(output.text.contains(UIString.goodbye.defaultText))
        #expect(input.remainingCount == 1)
    }

    @Test func englishQuitCommandEndsTheChat() throws {
        let (outcome, _) = try SmallGuide.transcript(["/quit"])
        #expect(outcome == .quit)
    }

    @Test func helpCommandShowsTheHelpNode() throws {
        let (_, text) = try SmallGuide.transcript(["/hjelp"])
        #expect(text.contains("Skriv /tilbake"))
    }

    @Test func endOfInputIsQuietInPlainMode() throws {
        let (outcome, text) = try SmallGuide.transcript([])
        #expect(outcome == .endOfInput)
        #expect(!text.contains(UIString.goodbye.defaultText))
        #expect(!text.contains(UIString.consolePrompt.defaultText + ">"))
    }

    @Test func blankLinesAreSkipped() throws {
        let (_, text) = try SmallGuide.transcript(["", "   ", "2"])
        #expect(!text.contains("> \n"))
        #expect(text.contains("Hva gjelder det?"))
    }

    @Test func crisisBubblesAreMarked() throws {
        let (_, text) = try SmallGuide.transcript(["3"])
        #expect(text.contains(ReplyFormatter.crisisMarker + "Er noen i fare nå, ring 113"))
    }

    @Test func plainModeHasNoEscapeCodes() throws {
        let (_, text) = try SmallGuide.transcript(["3", "1", "/hjelp", "7", "/avslutt"])
        #expect(!text.containsANSIEscape)
    }

    @Test func unknownStartingLocaleIsAnError() {
        #expect(throws: ConsoleError.unknownLocale("se", available: ["nb"])) {
            try SmallGuide.transcript([], configuration: .init(locale: "se"))
        }
    }

    @Test func resolvesNumbersLabelsAndText() {
        let options = [OfferedOption(id: "a", label: "Jeg er ungdom"), OfferedOption(id: "b", label: "Forelder")]
        #expect(ConsoleChat.resolve("2", options: options) == .send(.option("b")))
        #expect(ConsoleChat.resolve("2.", options: options) == .send(.option("b")))
        #expect(ConsoleChat.resolve("0", options: options) == .invalidNumber)
        #expect(ConsoleChat.resolve("jeg er UNGDOM", options: options) == .send(.option("a")))
        #expect(ConsoleChat.resolve("/tilbake", options: options) == .send(.text("/tilbake")))
        #expect(ConsoleChat.resolve("2026", options: options) == .send(.text("2026")))
    }
}
