import Foundation
import VeilederCore
import Yams

extension GuideCompiler {
    /// Reads every dialog and locale file, checks them together, and builds the guide if nothing is wrong.
    public func compile() -> CompilationResult {
        // Dialogs and locales are about the same size and independent until validation: read them on two cores.
        let dialogs = Box<DialogRead>()
        let locales = Box<LocaleRead>()
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 { dialogs.value = readDialogs() } else { locales.value = readLocales() }
        }
        guard let dialogs = dialogs.value, let locales = locales.value else { preconditionFailure("both parts ran") }
        let diagnostics = DiagnosticCollector()
        diagnostics.absorb(dialogs.diagnostics)
        diagnostics.absorb(locales.diagnostics)
        let sources = dialogs.sources.merging(locales.sources) { first, _ in first }
        let guide = GuideValidator(declarations: dialogs.declarations, locales: locales.loaded, diagnostics: diagnostics).validate()
        return CompilationResult(
            guide: diagnostics.diagnostics.contains { $0.severity == .error } ? nil : guide,
            diagnostics: diagnostics.sorted, sources: sources,
            lines: dialogs.declarations.lines.map { TranslatableLine(id: $0.id, text: $0.text, location: $0.location) }
        )
    }

    struct DialogRead {
        var declarations: Declarations
        var diagnostics: DiagnosticCollector
        var sources: [String: String]
    }

    struct LocaleRead {
        var loaded: LocaleLoader.Loaded
        var diagnostics: DiagnosticCollector
        var sources: [String: String]
    }

    func readDialogs() -> DialogRead {
        let diagnostics = DiagnosticCollector()
        var sources: [String: String] = [:]
        var declarations = Declarations()
        let files = SourceFiles.yamlFiles(in: configuration.dialogsDirectory, excluding: ["tests"], diagnostics: diagnostics)
        for file in files {
            guard let (text, root) = SourceFiles.load(file, diagnostics: diagnostics) else { continue }
            sources[file.relativePath] = text
            guard let root else { continue }
            var parser = DialogFileParser(reader: YAMLReader(file: file.relativePath, diagnostics: diagnostics), declarations: declarations)
            parser.parse(root, allowTests: false)
            declarations = parser.declarations
        }
        if files.isEmpty, FileManager.default.fileExists(atPath: configuration.dialogsDirectory.path) {
            diagnostics.error(.unreadableFile, "No .yaml files found in \(configuration.dialogsDirectory.path). Add the dialog files there.", at: SourceLocation(file: configuration.dialogsDirectory.path, line: 1, column: 1))
        }
        return DialogRead(declarations: declarations, diagnostics: diagnostics, sources: sources)
    }

    func readLocales() -> LocaleRead {
        let diagnostics = DiagnosticCollector()
        var loader = LocaleLoader(directory: configuration.localesDirectory, diagnostics: diagnostics)
        let loaded = loader.load()
        return LocaleRead(loaded: loaded, diagnostics: diagnostics, sources: loader.sources)
    }
}

/// A slot one concurrent part of the compilation fills and nothing else touches until all parts are done.
final class Box<Value>: @unchecked Sendable {
    var value: Value?
}

/// Finding and parsing YAML files, with read and syntax problems as diagnostics.
enum SourceFiles {
    /// `.yaml`/`.yml` files below a folder, sorted, skipping the named subfolders.
    static func yamlFiles(in directory: URL, excluding: Set<String> = [], diagnostics: DiagnosticCollector) -> [URL] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.error(.unreadableFile, "The folder \(directory.path) does not exist. Pass the folder that holds the dialog files.", at: SourceLocation(file: directory.path, line: 1, column: 1))
            return []
        }
        // Resolve links so a linked Dialogs folder is read like a real one.
        let resolved = directory.resolvingSymlinksInPath()
        guard let enumerator = manager.enumerator(at: resolved, includingPropertiesForKeys: [.isDirectoryKey]) else { return [] }
        var files: [URL] = []
        for case let url as URL in enumerator {
            if excluding.contains(url.lastPathComponent), (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
                enumerator.skipDescendants()
                continue
            }
            if ["yaml", "yml"].contains(url.pathExtension) { files.append(relative(url, to: resolved, as: directory)) }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Keeps paths as the user wrote the folder, so diagnostics point where they expect.
    static func relative(_ url: URL, to directory: URL, as written: URL) -> URL {
        let base = directory.standardizedFileURL.path
        let full = url.standardizedFileURL.path
        guard full.hasPrefix(base + "/") else { return url }
        return URL(fileURLWithPath: written.relativePath + "/" + full.dropFirst(base.count + 1), isDirectory: false)
    }

    /// The file's text and its composed root (`nil` root for an empty file); `nil` if it cannot be read.
    static func load(_ url: URL, diagnostics: DiagnosticCollector) -> (String, Yams.Node?)? {
        let path = url.relativePath
        guard let data = FileManager.default.contents(atPath: url.path) else {
            diagnostics.error(.unreadableFile, "Cannot read \(path). Check that the file exists and is readable.", at: SourceLocation(file: path, line: 1, column: 1))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.error(.unreadableFile, "\(path) is not valid UTF-8 text. Save it as UTF-8.", at: SourceLocation(file: path, line: 1, column: 1))
            return nil
        }
        let (root, errors, salvaged) = YAMLRecovery.compose(text)
        for error in errors {
            let (message, mark) = describe(error)
            diagnostics.error(.yamlSyntax, message, at: SourceLocation(file: path, line: mark?.line ?? 1, column: mark?.column ?? 1))
        }
        if errors.isEmpty, root == nil {
            diagnostics.error(.badVersion, "The file is empty. Start it with 'version: 1'.", at: SourceLocation(file: path, line: 1, column: 1))
        }
        diagnostics.salvaged += salvaged
        return (text, root)
    }

    static func describe(_ error: YamlError) -> (String, Mark?) {
        let advice = " Check the indentation (spaces only, the same depth for items of one list) and that quotes are closed."
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _), .composer(let context, let problem, let mark, _):
            let prefix = context.map { "\($0.text), " } ?? ""
            return ("YAML syntax error: \(prefix)\(problem).\(advice)", mark)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ("The key '\(duplicates.joined(separator: "', '"))' appears twice in one mapping. Keep one.", context.mark)
        case .reader(let problem, _, _, _):
            return ("The file cannot be read as YAML: \(problem).", nil)
        default:
            return ("The YAML cannot be read: \(error).", nil)
        }
    }
}
