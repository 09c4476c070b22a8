@testable import VeilederText

/// Reads the shipped `Locales/<locale>/language.yaml` files in tests without a YAML library.
///
/// Understands only the shape the files use (docs/text.md): top-level `key: value`, one flow
/// list (`stopwords: [a, b, ...]`, may span lines) and block mappings of `  word: word`, with
/// `#` comments and double-quoted scalars. The real loader (VeilederCompiler) uses Yams.
enum LocaleFileReader {
    static func languageData(locale: String) -> LanguageData? {
        let path = Fixtures.directory + "/../../../Locales/\(locale)/language.yaml"
        guard let lines = Fixtures.lines(absolutePath: path) else { return nil }
        var scalars: [String: String] = [:]
        var lists: [String: [String]] = [:]
        var maps: [String: [String: String]] = [:]
        var section: String?
        var listBuffer: String?
        for raw in lines {
            let line = stripComment(raw)
            if var buffer = listBuffer {
                buffer += " " + line
                if line.contains("]") {
                    lists[section!] = splitList(buffer)
                    listBuffer = nil
                } else {
                    listBuffer = buffer
                }
                continue
            }
            if line.trimmingWhitespace.isEmpty { continue }
            if line.hasPrefix("  "), let section {
                let (key, value) = pair(String(line.trimmingWhitespace))
                maps[section, default: [:]][key] = value
                continue
            }
            let (key, value) = pair(line)
            section = key
            if value.hasPrefix("[") {
                if value.contains("]") { lists[key] = splitList(value) } else { listBuffer = value }
            } else if !value.isEmpty {
                scalars[key] = value
            }
        }
        guard let version = scalars["version"].flatMap(Int.init), let locale = scalars["locale"] else { return nil }
        return LanguageData(
            version: version, locale: locale, stopwords: lists["stopwords"] ?? [],
            forms: maps["forms"] ?? [:], prefixForms: maps["prefixForms"] ?? [:],
            translations: maps["translations"] ?? [:]
        )
    }

    static func stripComment(_ line: String) -> String {
        var inQuotes = false
        for (offset, character) in line.enumerated() {
            if character == "\"" { inQuotes.toggle() }
            if character == "#", !inQuotes { return String(line.prefix(offset)) }
        }
        return line
    }

    static func pair(_ line: String) -> (String, String) {
        guard let colon = colonIndex(line) else { return (unquote(line), "") }
        let key = unquote(String(line[..<colon]))
        let value = unquote(String(line[line.index(after: colon)...]))
        return (key, value)
    }

    /// The first colon outside double quotes.
    static func colonIndex(_ line: String) -> String.Index? {
        var inQuotes = false
        var index = line.startIndex
        while index < line.endIndex {
            if line[index] == "\"" { inQuotes.toggle() }
            if line[index] == ":", !inQuotes { return index }
            index = line.index(after: index)
        }
        return nil
    }

    static func splitList(_ text: String) -> [String] {
        let inner = text.drop { $0 != "[" }.dropFirst().prefix { $0 != "]" }
        return inner.split(separator: ",").map { unquote(String($0)) }.filter { !$0.isEmpty }
    }

    static func unquote(_ text: String) -> String {
        let trimmed = String(text.trimmingWhitespace)
        if trimmed.count >= 2, trimmed.hasPrefix("\""), trimmed.hasSuffix("\"") {
            return String(trimmed.dropFirst().dropLast())
        }
        return trimmed
    }
}
