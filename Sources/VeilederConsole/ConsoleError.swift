/// A problem that stops a console command before it can do its work; the message says how to fix it.
///
/// Problems *in* the dialog files are not errors of this kind: they are diagnostics, printed with file and line.
/// This type covers what lies around them: a folder that is not there, a locale the guide lacks, a guide that
/// does not compile when someone wants to chat with it.
public struct ConsoleError: Error, CustomStringConvertible, Equatable, Sendable {
    private enum Code: Equatable, Sendable {
        case missingFolder(role: String, path: String, option: String)
        case notAFolder(role: String, path: String)
        case invalidGuide(errors: Int)
        case unknownLocale(String, available: [String])
        case noTests(path: String)
    }

    private let code: Code

    /// The folder for dialogs or locales does not exist.
    ///
    /// - Parameters:
    ///   - role: what the folder holds, as the user would say it ("dialogs", "locales").
    ///   - option: the option or argument that sets it, named in the advice.
    public static func missingFolder(_ role: String, path: String, option: String) -> ConsoleError {
        ConsoleError(code: .missingFolder(role: role, path: path, option: option))
    }

    /// The path exists but is a file.
    public static func notAFolder(_ role: String, path: String) -> ConsoleError {
        ConsoleError(code: .notAFolder(role: role, path: path))
    }

    /// The dialog files have errors, so there is no guide to run.
    public static func invalidGuide(errors: Int) -> ConsoleError {
        ConsoleError(code: .invalidGuide(errors: errors))
    }

    /// The requested locale is not among the guide's translations.
    public static func unknownLocale(_ locale: String, available: [String]) -> ConsoleError {
        ConsoleError(code: .unknownLocale(locale, available: available))
    }

    /// `veileder test` found no conversation tests.
    public static func noTests(path: String) -> ConsoleError {
        ConsoleError(code: .noTests(path: path))
    }

    /// The process exit status for this error: 2 for a wrong path or option (the command could not start),
    /// 1 when the content itself is broken.
    public var exitCode: Int32 {
        switch code {
        case .missingFolder, .notAFolder, .unknownLocale: 2
        case .invalidGuide, .noTests: 1
        }
    }

    /// What went wrong and what to do.
    public var description: String {
        switch code {
        case .missingFolder(let role, let path, let option):
            "The \(role) folder '\(path)' does not exist. Run veileder from the project folder, or pass the folder with \(option)."
        case .notAFolder(let role, let path):
            "'\(path)' is a file, not a folder. Pass the folder that holds the \(role) files."
        case .invalidGuide(let errors):
            "The dialog files have \(errors) error\(errors == 1 ? "" : "s"), so the guide cannot run. Fix them (run 'veileder check' to see them all) and try again."
        case .unknownLocale(let locale, let available):
            "There is no translation for the locale '\(locale)'. Use one of: \(available.joined(separator: ", "))."
        case .noTests(let path):
            "No conversation tests found in '\(path)'. Add YAML files with a 'tests:' list there (see docs/dialog-format.md)."
        }
    }
}
