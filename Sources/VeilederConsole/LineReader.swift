/// Where the console reads the user's input from, one line at a time.
///
/// Injected so tests can script a conversation; the executable passes `StandardInput`.
public protocol LineReader: AnyObject {
    /// The next line without its newline, or `nil` at the end of input (Ctrl-D, a closed pipe, or Ctrl-C on a
    /// terminal, which interrupts the read).
    func readLine() -> String?
}

/// The process's standard input.
public final class StandardInput: LineReader {
    /// Creates a reader of standard input.
    public init() {}

    /// Reads one line with the standard library's `readLine`.
    ///
    /// `readLine` returns `nil` both at end of input and when a signal interrupts the blocking read; the console
    /// tells the two apart with `InterruptSignal.wasRaised`.
    public func readLine() -> String? {
        guard let line = Swift.readLine(strippingNewline: true) else { return nil }
        // A script written on Windows ends its lines with CR LF; the CR is not part of the input.
        return line.hasSuffix("\r") ? String(line.dropLast()) : line
    }
}

/// A fixed list of inputs, read in order: a scripted conversation for tests.
public final class ScriptedInput: LineReader {
    private var remaining: ArraySlice<String>

    /// Creates a reader that returns `lines` in order, then `nil`.
    public init(_ lines: [String]) {
        self.remaining = lines[...]
    }

    /// Creates a reader from text with one input per line, as a pipe would deliver it.
    public convenience init(text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        self.init(lines)
    }

    /// The next scripted line, or `nil` when the script is used up.
    public func readLine() -> String? {
        remaining.popFirst()
    }

    /// How many lines have not been read yet.
    public var remainingCount: Int { remaining.count }
}
