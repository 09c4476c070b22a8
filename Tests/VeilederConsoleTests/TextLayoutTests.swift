import Testing
import VeilederConsole
import VeilederCore

/// Wrapping and the layout of replies.
@Suite struct TextLayoutTests {
    @Test func wrapsAtSpacesWithinTheWidth() {
        let lines = TextWrapper(width: 20).wrap("Det er bra at du spør om dette nå.")
        #expect(lines == ["Det er bra at du", "spør om dette nå."])
    }

    @Test func hangingIndentUnderAPrefix() {
        let lines = TextWrapper(width: 24).wrap("Hva kan jeg gjøre nå hvis barnet nekter?", prefix: "12. ")
        #expect(lines.first?.hasPrefix("12. ") == true)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("    ") && !$0.hasPrefix("     ") })
        #expect(lines.allSatisfy { $0.count <= 24 })
    }

    @Test func longWordsStayWhole() {
        let url = "https://www.kragero.kommune.no/tjenester/helse-og-omsorg/familietjenesten"
        let lines = TextWrapper(width: 30).wrap("Les mer på \(url) i dag.")
        #expect(lines.contains(url))
    }

    @Test func noWidthKeepsOneLinePerParagraph() {
        let text = String(repeating: "ord ", count: 60) + "slutt"
        #expect(TextWrapper(width: nil).wrap(text) == [text])
        #expect(TextWrapper(width: nil).wrap("a\nb") == ["a", "b"])
    }

    @Test func norwegianLettersCountAsOneColumn() {
        // 20 characters but 40 bytes: fits exactly; one more letter does not.
        #expect(TextWrapper(width: 20).wrap("æææææ øøøøø ååååå ææ") == ["æææææ øøøøø ååååå ææ"])
        #expect(TextWrapper(width: 20).wrap("æææææ øøøøø ååååå æææ") == ["æææææ øøøøø ååååå", "æææ"])
    }

    @Test func optionNumbersAlignFromTen() {
        let options = (1...10).map { OfferedOption(id: "o\($0)", label: "Valg \($0)") }
        let lines = ReplyFormatter().lines(for: options)
        #expect(lines.first == " 1. Valg 1")
        #expect(lines.last == "10. Valg 10")
    }

    @Test func noticesAreDimOnlyWithColour() {
        let message = BotMessage(id: "n", text: "Mente du noe av dette?", kind: .notice)
        #expect(ReplyFormatter().lines(for: message) == ["Mente du noe av dette?"])
        let coloured = ReplyFormatter(configuration: .init(color: true)).lines(for: message)
        #expect(coloured == [ConsoleStyle.notice.escape + "Mente du noe av dette?" + ConsoleStyle.reset])
    }

    @Test func crisisLinesKeepTheMarkerAndIndent() {
        let message = BotMessage(id: "k", text: "Ring 113 hvis noen er i fare nå, eller 112 for politiet.", kind: .crisis)
        let lines = ReplyFormatter(configuration: .init(width: 30)).lines(for: message)
        #expect(lines.first?.hasPrefix("! Ring 113") == true)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("  ") })
    }
}
