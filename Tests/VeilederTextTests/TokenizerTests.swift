import Testing
@testable import VeilederText

@Suite("Tokenizer")
struct TokenizerTests {
    let tokenizer = Tokenizer()

    @Test("words and numbers, without punctuation and emoji", arguments: [
        ("Hei! Sønnen min (14) vil ikke gå på skolen 😢", ["Hei", "Sønnen", "min", "14", "vil", "ikke", "gå", "på", "skolen"]),
        ("my son refuses to go to school", ["my", "son", "refuses", "to", "go", "to", "school"]),
        ("hjelp!!! 🙏🙏", ["hjelp"]),
        ("Hva gjør jeg nå?", ["Hva", "gjør", "jeg", "nå"]),
        ("e-post: test", ["e", "post", "test"]),
        ("barn's", ["barn's"]),
        ("3,5 år", ["3,5", "år"]),
        ("", []),
        ("  \n ", []),
    ])
    func words(text: String, expected: [String]) {
        #expect(tokenizer.words(text) == expected)
    }

    @Test("ASCII fast path agrees with ICU", arguments: [
        "my son refuses to go to school",
        "Hei hei  hallo mp3 9b 2024 x1y2",
        "Why? Because! 42",
        "a",
    ])
    func fastPathMatchesICU(text: String) {
        let units = Array(text.utf16)
        #expect(Tokenizer.isPlainASCII(units))
        #expect(tokenizer.asciiTokens(units) == tokenizer.icuTokens(units))
    }

    @Test("numbers are flagged and ranges point into the text")
    func numbersAndRanges() {
        let tokens = tokenizer.tokenize("Jente på 14 år")
        #expect(tokens.map(\.isNumber) == [false, false, true, false])
        let utf16 = Array("Jente på 14 år".utf16)
        for token in tokens {
            #expect(String(decoding: utf16[token.utf16Range], as: UTF16.self) == token.text)
        }
    }

    @Test("long text with many segments")
    func longText() {
        let text = Array(repeating: "bekymret for skolefravær,", count: 200).joined(separator: " ")
        #expect(tokenizer.words(text).count == 600)
    }
}

@Suite("Tokenizer surfaces")
struct TokenizerSurfaceTests {
    @Test("slicing the text and transcoding UTF-16 give the same tokens", arguments: [
        "Sønnen min på 14 år 😢 vil ikke gå på skolen!",
        "Æ veit itte ka æ ska gjør 🙏🏽🙏🏽 hu e så lei sæ",
        "naïve café – «sitat» og ‘apostrof’ ﬁnne",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 og 漢字 og العربية",
    ])
    func sameSurfaces(text: String) {
        let units = Array(text.utf16)
        #expect(Tokenizer().icuTokens(units, in: text) == Tokenizer().icuTokens(units))
    }
}
