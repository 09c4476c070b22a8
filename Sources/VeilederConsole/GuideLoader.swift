import Foundation
import VeilederCompiler
import VeilederCore

/// Finds the dialog and locale folders and compiles them, for every console command.
///
/// The compiler would report a missing folder as a diagnostic too; the loader checks first because a wrong path
/// is a mistake on the command line, not in the content, and deserves a one-line answer that names the option to
/// fix, not a diagnostic pointing into a file that does not exist.
public struct GuideLoader: Sendable {
    /// Where the content lives, and which command-line names set it (named in the advice on a wrong path).
    public struct Configuration: Sendable {
        /// The folder of dialog files.
        public var dialogsDirectory: URL
        /// The folder of locale folders.
        public var localesDirectory: URL
        /// How the user sets the dialogs folder: `--dialogs DIR` for `chat`, the `DIR` argument elsewhere.
        public var dialogsOption: String
        /// How the user sets the locales folder.
        public var localesOption: String

        /// Creates a configuration; by default `./Dialogs` and `./Locales`, as `veileder` run from the project.
        public init(
            dialogsDirectory: URL = URL(fileURLWithPath: "Dialogs"),
            localesDirectory: URL = URL(fileURLWithPath: "Locales"),
            dialogsOption: String = "the DIR argument",
            localesOption: String = "--locales DIR"
        ) {
            self.dialogsDirectory = dialogsDirectory
            self.localesDirectory = localesDirectory
            self.dialogsOption = dialogsOption
            self.localesOption = localesOption
        }

        /// A configuration from paths as typed on the command line.
        public init(dialogs: String, locales: String, dialogsOption: String = "the DIR argument", localesOption: String = "--locales DIR") {
            self.init(
                dialogsDirectory: URL(fileURLWithPath: dialogs), localesDirectory: URL(fileURLWithPath: locales),
                dialogsOption: dialogsOption, localesOption: localesOption
            )
        }
    }

    /// Where the content lives.
    public let configuration: Configuration

    /// Creates a loader.
    public init(configuration: Configuration = .init()) {
        self.configuration = configuration
    }

    /// Checks that both folders exist.
    public func validateFolders() throws(ConsoleError) {
        try Self.requireFolder(configuration.dialogsDirectory, role: "dialogs", option: configuration.dialogsOption)
        try Self.requireFolder(configuration.localesDirectory, role: "locales", option: configuration.localesOption)
    }

    /// Compiles the content, whatever it holds; diagnostics are in the result.
    public func compile() throws(ConsoleError) -> CompilationResult {
        try validateFolders()
        let compiler = GuideCompiler(configuration: .init(
            dialogsDirectory: configuration.dialogsDirectory, localesDirectory: configuration.localesDirectory
        ))
        return compiler.compile()
    }

    /// Compiles the content and returns the guide; on errors, writes the diagnostics to `diagnostics` and throws.
    ///
    /// Warnings are not shown here: chatting or printing fingerprints should not drown in translation warnings
    /// that `veileder check` reports anyway.
    public func loadGuide(reportingTo diagnostics: any TextOutput) throws(ConsoleError) -> Guide {
        let result = try compile()
        guard let guide = result.guide, !result.hasErrors else {
            let errors = result.diagnostics.filter { $0.severity == .error }
            let renderer = DiagnosticRenderer()
            for diagnostic in errors {
                diagnostics.writeLine(renderer.render(diagnostic, sources: result.sources))
            }
            throw .invalidGuide(errors: errors.count)
        }
        return guide
    }

    /// Throws unless `url` is an existing folder.
    public static func requireFolder(_ url: URL, role: String, option: String) throws(ConsoleError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw .missingFolder(role, path: url.relativePath, option: option)
        }
        guard isDirectory.boolValue else { throw .notAFolder(role, path: url.relativePath) }
    }
}
