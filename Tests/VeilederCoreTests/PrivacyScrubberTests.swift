import Testing
import VeilederCore

@Suite("Personal data scrubber")
struct PrivacyScrubberTests {
    let scrubber = PersonalDataScrubber()

    @Test("Phone numbers in every common grouping", arguments: [
        ("ring meg på 91234567", "ring meg på [telefon]"),
        ("ring 912 34 567 i kveld", "ring [telefon] i kveld"),
        ("tlf: 91 23 45 67.", "tlf: [telefon]."),
        ("nummeret er +47 912 34 567", "nummeret er [telefon]"),
        ("nummeret er +4791234567", "nummeret er [telefon]"),
        ("0047 91234567", "[telefon]"),
        ("9123-4567", "[telefon]"),
    ])
    func phones(input: String, expected: String) {
        #expect(scrubber.scrub(input) == expected)
    }

    @Test("National identity numbers, with and without a space", arguments: [
        ("fnr 01020312345", "fnr [fødselsnummer]"),
        ("fødselsnummeret mitt er 010203 12345", "fødselsnummeret mitt er [fødselsnummer]"),
        ("(01020312345)", "([fødselsnummer])"),
    ])
    func nationalIDs(input: String, expected: String) {
        #expect(scrubber.scrub(input) == expected)
    }

    @Test("E-mail addresses", arguments: [
        ("skriv til kari.nordmann@example.no.", "skriv til [e-post]."),
        ("ola_99+test@skole.kragero.no svarer ikke", "[e-post] svarer ikke"),
        ("Mail: A@B.CO", "Mail: [e-post]"),
    ])
    func emails(input: String, expected: String) {
        #expect(scrubber.scrub(input) == expected)
    }

    @Test("Names after an introduction in nb, nn and en", arguments: [
        ("Hei, jeg heter Kari og er 14", "Hei, jeg heter [navn] og er 14"),
        ("jeg heter kari nordmann", "jeg heter [navn] nordmann"),
        ("Jeg heter Kari Nordmann og lurer på noe", "Jeg heter [navn] og lurer på noe"),
        ("Eg heiter Per Olav Hansen Dahl", "Eg heiter [navn] Dahl"),
        ("My name is Ali.", "My name is [navn]."),
        ("hi, my name's Sara", "hi, my name's [navn]"),
        ("JEG HETER ÅSE", "JEG HETER [navn]"),
    ])
    func names(input: String, expected: String) {
        #expect(scrubber.scrub(input) == expected)
    }

    @Test("Text without personal data is unchanged", arguments: [
        "Jeg er 15 år og blir mobbet",
        "Ring 113 eller 116 111",
        "Barnevernet i Kragerø, 2024",
        "hva heter helsesykepleier?",
        "",
        "   ",
        "emoji 😀 og @ alene",
    ])
    func untouched(input: String) {
        #expect(scrubber.scrub(input) == input)
    }

    @Test("Several kinds together")
    func combined() {
        let text = "jeg heter Ola, fnr 010203 12345, tlf 40000000, ola@x.no"
        #expect(scrubber.scrub(text) == "jeg heter [navn], fnr [fødselsnummer], tlf [telefon], [e-post]")
    }

    @Test("Scrubbing twice changes nothing more")
    func idempotent() {
        let once = scrubber.scrub("my name is Kim, call 99887766 or kim@example.com")
        #expect(scrubber.scrub(once) == once)
    }

    @Test("Unanswered questions are scrubbed on creation")
    func question() {
        let question = UnansweredQuestion(text: "jeg heter Ida 98765432", locale: "nb", nodeID: "meny")
        #expect(question.text == "jeg heter [navn] [telefon]")
    }
}
