import Foundation
import VeilederCore

/// Compiles `Dialogs/` and `Locales/` into a `Guide`, collecting every problem as a `Diagnostic`.
public struct GuideCompiler: Sendable {
    /// Where to read from.
    public struct Configuration: Sendable {
        /// The folder of dialog files.
        public var dialogsDirectory: URL
        /// The folder of locale folders (`nb`, `nn`, `en`).
        public var localesDirectory: URL

        /// Creates a configuration; by default `./Dialogs` and `./Locales`.
        public init(
            dialogsDirectory: URL = URL(fileURLWithPath: "Dialogs"),
            localesDirectory: URL = URL(fileURLWithPath: "Locales")
        ) {
            self.dialogsDirectory = dialogsDirectory
            self.localesDirectory = localesDirectory
        }
    }

    /// Where to read from.
    public let configuration: Configuration

    /// Creates a compiler.
    public init(configuration: Configuration = .init()) {
        self.configuration = configuration
    }
}

/// The outcome of a compilation: the guide when there were no errors, and every diagnostic.
public struct CompilationResult: Sendable {
    /// The compiled guide; `nil` when any error was found.
    public var guide: Guide?
    /// Every problem found, sorted by file and position.
    public var diagnostics: [Diagnostic]
    /// The text of every file read, by path, for rendering source lines under diagnostics.
    public var sources: [String: String]

    /// Every translatable line of the dialog files (bubbles, option labels, topic titles, service names),
    /// in file order, for `veileder fingerprints` and coverage reports.
    public var lines: [TranslatableLine] = []

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// A line translators work from: its id, bokmål text, fingerprint and position.
public struct TranslatableLine: Sendable, Hashable {
    /// The stable line id.
    public var id: String
    /// The bokmål source text.
    public var text: String
    /// Where it is written.
    public var location: SourceLocation

    /// The fingerprint a translation of this text carries.
    public var fingerprint: String { Fingerprint.of(text) }
}
