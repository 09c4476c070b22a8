import Foundation
import VeilederCore
import VeilederText
import Yams

/// Reads `Locales/<locale>/`: `lines.yaml` (translations), `ui.yaml`, `language.yaml`, `crisis.yaml` and the
/// generated `crisis-weights.yaml`.
struct LocaleLoader {
    /// A translation as written, with the fingerprint of the source it was made from.
    struct Translation {
        var text: String
        var fingerprint: String?
        var location: SourceLocation
    }

    /// Everything read from the locale folders.
    struct Loaded {
        var translations: [String: [String: Translation]] = [:]
        var ui: [String: [String: String]] = [:]
        var uiLocations: [String: [String: SourceLocation]] = [:]
        var languages: [String: LanguageData] = [:]
        var crisis = CrisisRules()
        var locales: [String] = [Guide.sourceLocale]
        var fileLocations: [String: SourceLocation] = [:]
    }

    let directory: URL
    let diagnostics: DiagnosticCollector
    private(set) var sources: [String: String] = [:]

    init(directory: URL, diagnostics: DiagnosticCollector) {
        self.directory = directory
        self.diagnostics = diagnostics
    }

    mutating func load() -> Loaded {
        var loaded = Loaded()
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: directory.path) else {
            diagnostics.error(.unreadableFile, "The locales folder \(directory.path) does not exist. Pass the folder that holds nb/, nn/ and en/.", at: SourceLocation(file: directory.relativePath, line: 1, column: 1))
            return loaded
        }
        for locale in entries.sorted() where !locale.hasPrefix(".") {
            let folder = directory.appendingPathComponent(locale)
            // Translations may be one lines.yaml or split into lines/*.yaml, one file per translator.
            var translationFiles = [folder.appendingPathComponent("lines.yaml")]
            let split = folder.appendingPathComponent("lines")
            if let names = try? manager.contentsOfDirectory(atPath: split.path) {
                translationFiles += names.filter { $0.hasSuffix(".yaml") }.sorted().map { split.appendingPathComponent($0) }
            }
            var hasTranslations = false
            for file in translationFiles {
                guard let root = read(file) else { continue }
                readLines(root, locale: locale, into: &loaded)
                hasTranslations = true
            }
            if hasTranslations, locale != Guide.sourceLocale { loaded.locales.append(locale) }
            if let root = read(folder.appendingPathComponent("ui.yaml")) { readUI(root, locale: locale, into: &loaded) }
            if let root = read(folder.appendingPathComponent("language.yaml")) { readLanguage(root, locale: locale, into: &loaded) }
            if let root = read(folder.appendingPathComponent("crisis.yaml")) { readCrisis(root, locale: locale, into: &loaded) }
            if let root = read(folder.appendingPathComponent("crisis-weights.yaml")) { readCrisisWeights(root, locale: locale, into: &loaded) }
        }
        if loaded.crisis.patterns.isEmpty {
            diagnostics.error(.missingField, "No crisis patterns found. Locales/nb/crisis.yaml must list the phrases that show the emergency numbers.", at: SourceLocation(file: directory.relativePath, line: 1, column: 1))
        }
        return loaded
    }

    private mutating func read(_ url: URL) -> (YAMLReader, Yams.Node)? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let inner = url.path.hasPrefix(directory.path + "/") ? String(url.path.dropFirst(directory.path.count + 1)) : url.lastPathComponent
        let file = URL(fileURLWithPath: directory.relativePath + "/" + inner)
        guard let (text, root) = SourceFiles.load(file, diagnostics: diagnostics), let root else { return nil }
        sources[file.relativePath] = text
        return (YAMLReader(file: file.relativePath, diagnostics: diagnostics), root)
    }

    func header(_ reader: YAMLReader, _ root: Yams.Node, what: String, keys: [String], locale: String) -> Entries? {
        guard let entries = reader.mapping(root, what: what, allowed: ["version", "locale"] + keys, required: ["version"]) else { return nil }
        VersionCheck.check(entries, reader: reader)
        if let node = entries["locale"], let declared = reader.text(node, what: "locale"), declared != locale {
            diagnostics.error(.wrongType, "This file says locale '\(declared)' but lies in the folder '\(locale)'. Make them agree.", at: reader.location(node))
        }
        return entries
    }

    private func readLines(_ file: (YAMLReader, Yams.Node), locale: String, into loaded: inout Loaded) {
        let (reader, root) = file
        guard let entries = header(reader, root, what: "a translation file", keys: ["lines"], locale: locale) else { return }
        if loaded.fileLocations[locale] == nil { loaded.fileLocations[locale] = SourceLocation(file: reader.file, line: 1, column: 1) }
        guard let lines = entries["lines"], case .mapping(let mapping) = lines else { return }
        var table = loaded.translations[locale] ?? [:]
        for (key, value) in mapping {
            guard let id = key.scalar?.string else { continue }
            if let first = table[id] {
                diagnostics.error(.duplicateID, "'\(id)' is already translated at \(first.location.file):\(first.location.line). Keep one.", at: reader.location(key))
                continue
            }
            if case .scalar = value, let text = reader.text(value, what: "The translation of '\(id)'") {
                table[id] = Translation(text: text, fingerprint: nil, location: reader.location(key))
            } else if let item = reader.mapping(value, what: "the translation of '\(id)'", allowed: ["text", "source"], required: ["text"]),
                      let text = item["text"].flatMap({ reader.text($0, what: "The translation of '\(id)'") }) {
                table[id] = Translation(text: text, fingerprint: item["source"]?.scalar?.string, location: reader.location(key))
            }
        }
        loaded.translations[locale] = table
    }

    private func readUI(_ file: (YAMLReader, Yams.Node), locale: String, into loaded: inout Loaded) {
        let (reader, root) = file
        guard let entries = header(reader, root, what: "a UI strings file", keys: ["strings"], locale: locale),
              let strings = entries["strings"], case .mapping(let mapping) = strings else { return }
        let known = UIString.allCases.map(\.rawValue)
        for (key, value) in mapping {
            guard let name = key.scalar?.string else { continue }
            guard known.contains(name) else {
                let hint = Suggestion.closest(to: name, in: known).map { " Did you mean '\($0)'?" } ?? ""
                diagnostics.warning(.orphanTranslation, "Unknown UI string '\(name)'.\(hint)", at: reader.location(key))
                continue
            }
            if let text = reader.text(value, what: "UI string '\(name)'") {
                loaded.ui[locale, default: [:]][name] = text
                loaded.uiLocations[locale, default: [:]][name] = reader.location(key)
            }
        }
    }

    private func readLanguage(_ file: (YAMLReader, Yams.Node), locale: String, into loaded: inout Loaded) {
        let (reader, root) = file
        guard let entries = header(reader, root, what: "a language file", keys: ["stopwords", "forms", "prefixForms", "translations"], locale: locale) else { return }
        func map(_ key: String) -> [String: String] {
            guard let node = entries[key] else { return [:] }
            guard case .mapping(let mapping) = node else {
                diagnostics.error(.wrongType, "\(key) must map words to words.", at: reader.location(node))
                return [:]
            }
            var result: [String: String] = [:]
            for (from, to) in mapping {
                if let from = from.scalar?.string, let to = reader.text(to, what: "The form of '\(from)'") { result[from] = to }
            }
            return result
        }
        let data = LanguageData(
            locale: locale, stopwords: entries["stopwords"].map { reader.texts($0, what: "stopwords") } ?? [],
            forms: map("forms"), prefixForms: map("prefixForms"), translations: map("translations")
        )
        for problem in data.validationProblems() {
            diagnostics.warning(.wrongType, "Language data: \(problem).", at: entries.location)
        }
        loaded.languages[locale] = data
    }
}
