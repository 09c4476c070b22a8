import Foundation
import Yams

/// Keeps checking a file after a YAML syntax error, so one bad indent does not hide every other problem in it.
///
/// The list item (usually one node) around the error is blanked out — its lines kept as empty lines, so every
/// position after it stays right — and the rest is parsed again. What the blanked item declared is salvaged
/// by pattern (its `id` and `goto` targets), so the cross-file checks neither call its id unknown nor call the
/// nodes it leads to unreachable.
struct YAMLRecovery {
    /// What a blanked-out item declared, as far as plain text tells.
    struct Salvage {
        var id: String
        var targets: [String]
    }

    /// The most items blanked in one file before giving up on it.
    static let maxAttempts = 25

    /// Parses `text`, recovering from syntax errors; returns the root (if any part parsed), every syntax error,
    /// and what the blanked items declared.
    static func compose(_ text: String) -> (root: Yams.Node?, errors: [YamlError], salvaged: [Salvage]) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var errors: [YamlError] = []
        var salvaged: [Salvage] = []
        for _ in 0..<maxAttempts {
            do {
                // The basic resolver leaves every scalar a string (the readers convert what they need): resolving
                // implicit tags by regular expression, for every key Yams hashes to find duplicates, was most of the
                // compile time once the language files grew to thousands of entries.
                return (try Yams.compose(yaml: lines.joined(separator: "\n"), .basic), errors, salvaged)
            } catch let error as YamlError {
                errors.append(error)
                guard let line = SourceFiles.describe(error).1?.line,
                      let range = itemRange(around: line - 1, in: lines) else { break }
                salvaged += salvage(lines[range])
                for index in range { lines[index] = "" }
            } catch {
                break
            }
        }
        return (nil, errors, salvaged)
    }

    /// The lines of the innermost top-level list item (`  - ` or `- `) around a 0-based line.
    static func itemRange(around line: Int, in lines: [String]) -> Range<Int>? {
        let clamped = min(max(line, 0), lines.count - 1)
        guard clamped >= 0 else { return nil }
        // The error is often reported on the line after the bad one; start from the line above too.
        var start = clamped
        while start >= 0, !isItemStart(lines[start]) { start -= 1 }
        guard start >= 0 else { return nil }
        let indent = lines[start].prefix { $0 == " " }.count
        var end = start + 1
        while end < lines.count {
            let current = lines[end]
            let currentIndent = current.prefix { $0 == " " }.count
            let content = current.dropFirst(currentIndent)
            if !content.isEmpty, !content.hasPrefix("#"), currentIndent <= indent { break }
            end += 1
        }
        return start..<max(end, clamped + 1)
    }

    static func isItemStart(_ line: String) -> Bool {
        line.hasPrefix("- ") || line.hasPrefix("  - ")
    }

    /// The `id:` and `goto:` values written in the blanked lines.
    static func salvage(_ lines: ArraySlice<String>) -> [Salvage] {
        var id: String?
        var targets: [String] = []
        for line in lines {
            let trimmed = line.drop { $0 == " " || $0 == "-" }
            if id == nil, let value = value(of: "id:", in: trimmed) { id = value }
            if let value = value(of: "goto:", in: trimmed) { targets.append(value) }
        }
        return id.map { [Salvage(id: $0, targets: targets)] } ?? []
    }

    static func value(of key: String, in line: Substring) -> String? {
        guard line.hasPrefix(key) else { return nil }
        let value = line.dropFirst(key.count).trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        return value.isEmpty ? nil : value
    }
}
