import Foundation
import Testing
@testable import VeilederText

@Suite("LanguageData and the shipped language.yaml files")
struct LanguageDataTests {
    @Test("decodes with only version and locale; other keys default to empty")
    func decodeMinimal() throws {
        let json = #"{"version": 1, "locale": "nb"}"#
        let data = try JSONDecoder().decode(LanguageData.self, from: Data(json.utf8))
        #expect(data == LanguageData(locale: "nb"))
        #expect(data.stemmerKind == .norwegian)
    }

    @Test("round-trips through Codable")
    func roundTrip() throws {
        let original = LanguageData(
            locale: "nn", stopwords: ["og"], forms: ["ikkje": "ikke"], prefixForms: ["skule": "skole"],
            translations: [:]
        )
        let decoded = try JSONDecoder().decode(LanguageData.self, from: JSONEncoder().encode(original))
        #expect(decoded == original)
    }

    @Test("validation finds problems", arguments: [
        (LanguageData(version: 2, locale: "nb"), "version 2 is not supported (expected 1)"),
        (LanguageData(locale: " "), "locale is empty"),
        (LanguageData(locale: "nb", forms: ["kva": "kva"]), "forms: 'kva' maps to itself"),
        (LanguageData(locale: "nb", forms: ["ka": "kva", "kva": "hva"]), "forms: 'ka' → 'kva' chains on to 'hva'; map it directly"),
        (LanguageData(locale: "nb", prefixForms: ["sk": "s"]), "prefixForms: 'sk' is too short to apply inside words (3+ letters)"),
    ])
    func validation(data: LanguageData, problem: String) {
        #expect(data.validationProblems().contains(problem))
    }

    @Test("stemmer by locale", arguments: [
        ("nb", StemmerKind.norwegian), ("nn", .norwegian), ("nb-NO", .norwegian), ("no", .norwegian),
        ("en", .english), ("en_GB", .english), ("se", .none),
    ])
    func stemmerKind(locale: String, kind: StemmerKind) {
        #expect(StemmerKind(locale: locale) == kind)
    }

    @Test("shipped files load and validate", arguments: ["nb", "nn", "en"])
    func shippedFiles(locale: String) throws {
        let data = try #require(LocaleFileReader.languageData(locale: locale))
        #expect(data.version == 1)
        #expect(data.locale == locale)
        #expect(data.validationProblems().isEmpty, "\(data.validationProblems())")
        #expect(data.stopwords.count >= 60)
        #expect(data.forms.count >= 20)
    }

    @Test("nynorsk and dialect forms in the shipped files", arguments: [
        ("nn", "ikkje", "ikke"), ("nn", "eg", "jeg"), ("nn", "kva", "hva"), ("nn", "korleis", "hvordan"),
        ("nn", "skule", "skole"), ("nn", "kvifor", "hvorfor"), ("nn", "kven", "hvem"), ("nn", "noko", "noe"),
        ("nn", "mykje", "mye"), ("nn", "heime", "hjemme"), ("nn", "berre", "bare"), ("nn", "veit", "vet"),
        ("nn", "treng", "trenger"), ("nn", "ho", "hun"), ("nn", "dei", "de"), ("nn", "no", "nå"),
        ("nb", "æ", "jeg"), ("nb", "mæ", "meg"), ("nb", "dæ", "deg"), ("nb", "ka", "hva"), ("nb", "kor", "hvor"),
        ("nb", "koffor", "hvorfor"), ("nb", "ittj", "ikke"), ("nb", "itte", "ikke"), ("nb", "ikkje", "ikke"),
        ("en", "u", "you"), ("en", "dont", "don't"),
    ])
    func shippedForms(locale: String, dialect: String, standard: String) throws {
        let data = try #require(LocaleFileReader.languageData(locale: locale))
        #expect(data.forms[dialect] == standard)
    }
}
