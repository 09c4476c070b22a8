/// Per-locale word data for `TextAnalyzer`: stopwords, dialect/nynorsk forms and translations.
///
/// A plain value, loaded elsewhere from `Locales/<locale>/language.yaml` (see docs/text.md):
///
/// ```yaml
/// version: 1
/// locale: nb
/// stopwords: [og, i, jeg, det]
/// forms:
///   ikkje: ikke
///   kva: hva
/// prefixForms:          # optional
///   skule: skole
/// translations: {}      # optional
/// ```
///
/// Keys and values may be written in any case; `TextAnalyzer` folds them the same way it folds
/// input, so "Ikkje: Ikke" works. Forms apply to whole words; prefix forms also to the front of
/// a longer word ("skulefråvær" → "skolefråvær", "skulen" → "skolen").
public struct LanguageData: Sendable, Codable, Hashable {
    /// The file format version; this module understands version 1.
    public var version: Int
    /// Locale code such as "nb", "nn" or "en"; picks the stemmer (`StemmerKind(locale:)`).
    public var locale: String
    /// Words that carry little meaning for routing ("og", "jeg", "the"). Compared after forms.
    public var stopwords: [String]
    /// Dialect or nynorsk form → standard (bokmål) form, e.g. "ikkje" → "ikke", "æ" → "jeg".
    public var forms: [String: String]
    /// Forms that also apply to the start of a longer word: "skule" → "skole" turns
    /// "skulefråvær" into "skolefråvær" and "skulen" into "skolen". Keep to stems that cannot
    /// begin unrelated words (not "treng", which begins "trengsel").
    public var prefixForms: [String: String]
    /// Optional word → Norwegian Bokmål word map, for a locale other than Norwegian
    /// ("school" → "skole"); translated words get Norwegian stems.
    public var translations: [String: String]

    /// The version this module reads and writes.
    public static let currentVersion = 1

    /// Creates language data from its fields.
    public init(
        version: Int = LanguageData.currentVersion,
        locale: String,
        stopwords: [String] = [],
        forms: [String: String] = [:],
        prefixForms: [String: String] = [:],
        translations: [String: String] = [:]
    ) {
        self.version = version
        self.locale = locale
        self.stopwords = stopwords
        self.forms = forms
        self.prefixForms = prefixForms
        self.translations = translations
    }

    enum CodingKeys: String, CodingKey {
        case version, locale, stopwords, forms, prefixForms, translations
    }

    /// Decodes language data; only `version` and `locale` are required, the rest default to empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        locale = try container.decode(String.self, forKey: .locale)
        stopwords = try container.decodeIfPresent([String].self, forKey: .stopwords) ?? []
        forms = try container.decodeIfPresent([String: String].self, forKey: .forms) ?? [:]
        prefixForms = try container.decodeIfPresent([String: String].self, forKey: .prefixForms) ?? [:]
        translations = try container.decodeIfPresent([String: String].self, forKey: .translations) ?? [:]
    }

    /// Data with no stopwords or forms for `locale`: stemming and keys only.
    public static func empty(locale: String) -> LanguageData {
        LanguageData(locale: locale)
    }

    /// The stemmer this locale uses.
    public var stemmerKind: StemmerKind { StemmerKind(locale: locale) }

    /// Whether keys fold "ae" → e and "oe" → o (Norwegian and other Nordic locales only).
    public var foldsNordicDigraphs: Bool {
        switch stemmerKind {
        case .norwegian: true
        case .english, .none: ["da", "sv", "is", "fo"].contains(locale.lowercased().prefix(2))
        }
    }

    /// Problems a loader should report: unknown version, empty locale, empty entries, and
    /// forms that map a word to itself or chain into another form.
    public func validationProblems() -> [String] {
        var problems: [String] = []
        if version != Self.currentVersion {
            problems.append("version \(version) is not supported (expected \(Self.currentVersion))")
        }
        if locale.trimmingWhitespace.isEmpty { problems.append("locale is empty") }
        for word in stopwords where word.trimmingWhitespace.isEmpty {
            problems.append("stopwords holds an empty entry")
        }
        for (source, target) in forms.sorted(by: { $0.key < $1.key }) {
            if source.trimmingWhitespace.isEmpty || target.trimmingWhitespace.isEmpty {
                problems.append("forms: empty entry '\(source)': '\(target)'")
            } else if source.lowercased() == target.lowercased() {
                problems.append("forms: '\(source)' maps to itself")
            } else if let next = forms[target.lowercased()], next.lowercased() != target.lowercased() {
                problems.append("forms: '\(source)' → '\(target)' chains on to '\(next)'; map it directly")
            }
        }
        for (source, target) in prefixForms.sorted(by: { $0.key < $1.key })
        where source.trimmingWhitespace.count < 3 || target.trimmingWhitespace.isEmpty {
            problems.append("prefixForms: '\(source)' is too short to apply inside words (3+ letters)")
        }
        for (source, target) in translations.sorted(by: { $0.key < $1.key })
        where source.trimmingWhitespace.isEmpty || target.trimmingWhitespace.isEmpty {
            problems.append("translations: empty entry '\(source)': '\(target)'")
        }
        return problems
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines (no Foundation needed).
    var trimmingWhitespace: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return self[first...last]
    }
}
