import VeilederCore

extension GuideValidator {
    /// Reports, per locale and dialog file, the lines with no translation; per line, the stale ones.
    func checkTranslations() {
        let sources = Dictionary(declarations.lines.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for locale in locales.locales where locale != Guide.sourceLocale {
            let table = locales.translations[locale] ?? [:]
            var missingByFile: [String: [(id: String, location: SourceLocation)]] = [:]
            for line in declarations.lines where table[line.id] == nil {
                missingByFile[line.location.file, default: []].append((line.id, line.location))
            }
            for (file, missing) in missingByFile.sorted(by: { $0.key < $1.key }) {
                let shown = missing.prefix(5).map(\.id).joined(separator: ", ")
                let more = missing.count > 5 ? " and \(missing.count - 5) more" : ""
                diagnostics.warning(.missingTranslation, "\(missing.count) line(s) of \(file) have no '\(locale)' translation: \(shown)\(more). Add them to Locales/\(locale)/lines.yaml (veileder fingerprints lists ids and fingerprints).", at: missing[0].location)
            }
            for (id, translation) in table.sorted(by: { $0.key < $1.key }) {
                guard let source = sources[id] else {
                    diagnostics.warning(.orphanTranslation, "'\(id)' is not a line of the guide; the translation is never shown. Remove it or fix the id.", at: translation.location)
                    continue
                }
                let current = Fingerprint.of(source.text)
                if translation.fingerprint != current {
                    let was = translation.fingerprint.map { "was made from \($0)" } ?? "has no source fingerprint"
                    diagnostics.warning(.staleTranslation, "The '\(locale)' translation of '\(id)' \(was), but the bokmål text is now \(current). Update the translation, then its 'source'.", at: translation.location)
                }
            }
            for key in UIString.allCases.map(\.rawValue) where locales.ui[locale]?[key] == nil {
                diagnostics.warning(.missingTranslation, "UI string '\(key)' has no '\(locale)' translation. Add it to Locales/\(locale)/ui.yaml.", at: locales.fileLocations[locale] ?? SourceLocation(file: "Locales/\(locale)/lines.yaml", line: 1, column: 1))
            }
        }
    }
}
