import Testing
import VeilederConsole
import VeilederCore

/// The chat as a person at a terminal sees it: prompt, hint, colour, wrapping, goodbye on Ctrl-D and Ctrl-C.
@Suite struct InteractiveChatTests {
    static let prompt = UIString.consolePrompt.defaultText + "> "

    @Test func showsHintAndPromptAndNoEcho() throws {
        let (_, text) = try SmallGuide.transcript(["2"], configuration: .init(mode: .interactive))
        #expect(text.contains(UIString.consoleHint.defaultText))
        #expect(text.contains(Self.prompt))
        #expect(!text.contains("> 2"))
        #expect(text.contains("  1. Skolefravær"))
    }

    @Test func endOfInputSaysGoodbyeOnAFreshLine() throws {
        let (outcome, text) = try SmallGuide.transcript([], configuration: .init(mode: .interactive))
        #expect(outcome == .endOfInput)
        #expect(text.hasSuffix(Self.prompt + "\n" + UIString.goodbye.defaultText + "\n"))
    }

    @Test func interruptEndsWithGoodbye() throws {
        let (outcome, text) = try SmallGuide.transcript(
            ["2"], configuration: .init(mode: .interactive), interrupted: true
        )
        #expect(outcome == .interrupted)
        #expect(text.hasSuffix(UIString.goodbye.defaultText + "\n"))
        #expect(!text.contains("Hva gjelder det?"))
    }

    @Test func colourMarksCrisisAndResetsAtTheEnd() throws {
        let (_, text) = try SmallGuide.transcript(["3"], configuration: .init(mode: .interactive, color: true))
        #expect(text.contains(ConsoleStyle.crisis.escape + ReplyFormatter.crisisMarker + "Er noen i fare nå"))
        #expect(text.contains(ConsoleStyle.optionNumber.escape + "1." + ConsoleStyle.reset + " Jeg er ungdom"))
        #expect(text.hasSuffix(ConsoleStyle.notice.apply(to: UIString.goodbye.defaultText, enabled: true) + "\n"))
    }

    @Test func interactiveWithoutColourHasNoEscapeCodes() throws {
        let (_, text) = try SmallGuide.transcript(["3", "1", "9"], configuration: .init(mode: .interactive, color: false))
        #expect(!text.containsANSIEscape)
    }

    @Test func wrapsToTheConfiguredWidth() throws {
        let (_, text) = try SmallGuide.transcript(["2", "1"], configuration: .init(mode: .interactive, width: 30))
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 30 })
        #expect(lines.contains("Tegn å se etter er blant annet"))
    }

    @Test func terminalDetectionPicksTheMode() {
        let person = Terminal(inputIsTerminal: true, outputIsTerminal: true, width: 100)
        let personConfig = ConsoleChat.Configuration(terminal: person, locale: "nb")
        #expect(personConfig.mode == .interactive && personConfig.color && personConfig.width == 100)

        let noColor = Terminal(inputIsTerminal: true, outputIsTerminal: true, width: nil, noColorRequested: true)
        let noColorConfig = ConsoleChat.Configuration(terminal: noColor, locale: "nb")
        #expect(!noColorConfig.color && noColorConfig.width == Terminal.fallbackWidth)

        let pipe = Terminal(inputIsTerminal: false, outputIsTerminal: false)
        let pipeConfig = ConsoleChat.Configuration(terminal: pipe, locale: "nn")
        #expect(pipeConfig.mode == .plain && !pipeConfig.color && pipeConfig.width == nil && pipeConfig.locale == "nn")

        let scriptToScreen = Terminal(inputIsTerminal: false, outputIsTerminal: true, width: 60)
        let screenConfig = ConsoleChat.Configuration(terminal: scriptToScreen, locale: "nb")
        #expect(screenConfig.mode == .plain && !screenConfig.color && screenConfig.width == 60)
    }
}
