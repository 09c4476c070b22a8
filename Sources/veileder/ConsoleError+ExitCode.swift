import ArgumentParser
import VeilederConsole

extension ConsoleError {
    /// Writes the message to standard error, prefixed like ArgumentParser's own errors, and returns the exit
    /// status to throw.
    ///
    /// ArgumentParser would print any thrown error itself, but always exits 1; a wrong path must exit 2 so
    /// scripts can tell "you called it wrong" from "the content is broken".
    func reported() -> ExitCode {
        StandardStream.standardError().writeLine("Error: \(description)")
        return ExitCode(exitCode)
    }
}
