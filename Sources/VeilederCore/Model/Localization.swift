/// Translations of bot lines and UI strings, keyed by stable ids, per locale.
public struct Localization: Sendable {
    /// Line id to translated text, per locale (the source locale needs none).
    public var lines: [String: [String: String]]
    /// UI string key to text, per locale, the source locale included.
    public var ui: [String: [String: String]]
    /// Locales a conversation may use, source first.
    public var locales: [String]

    /// Creates a localization table.
    public init(lines: [String: [String: String]] = [:], ui: [String: [String: String]] = [:], locales: [String] = [Guide.sourceLocale]) {
        self.lines = lines
        self.ui = ui
        self.locales = locales
    }

    /// The text of a line in a locale, falling back to the bokmål source.
    public func line(_ id: String, source: String, locale: String) -> String {
        lines[locale]?[id] ?? source
    }

    /// A UI string in a locale, falling back to bokmål, then to the key itself.
    public func ui(_ key: UIString, locale: String) -> String {
        ui[locale]?[key.rawValue] ?? ui[Guide.sourceLocale]?[key.rawValue] ?? key.defaultText
    }
}
