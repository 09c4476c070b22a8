#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the console reads the user's input from, one line at a time.
///
/// Injected so tests can script a conversation; the executable passes `StandardInput`.
public protocol LineReader: AnyObject {
    /// The next line without its newline, or `nil` at the end of input (Ctrl-D, a closed pipe) or when Ctrl-C
    /// interrupted the wait.
    func readLine() -> String?
}

/// The process's standard input (or another file descriptor), read with `read(2)` and its own line buffer.
///
/// Not the standard library's `readLine()`: that blocks inside stdio, where Ctrl-C cannot reach it (see
/// `InterruptSignal`). This reader waits with `poll` on standard input and the interrupt pipe together, and
/// keeps its own buffer, because stdio's buffer would hide lines that `poll` cannot see.
public final class StandardInput: LineReader {
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let chunkSize = 4096

    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var atEnd = false

    /// Creates a reader of standard input, or of another descriptor (a pipe in tests).
    public init(fileDescriptor: Int32 = STDIN_FILENO) {
        self.descriptor = fileDescriptor
    }

    /// The next line, decoded as UTF-8 (invalid bytes become U+FFFD rather than losing the line).
    public func readLine() -> String? {
        while true {
            if let end = buffer.firstIndex(of: Self.newline) {
                var line = buffer[..<end]
                buffer.removeSubrange(...end)
                // A script written on Windows ends its lines with CR LF; the CR is not part of the input.
                if line.last == Self.carriageReturn { line = line.dropLast() }
                return String(decoding: line, as: UTF8.self)
            }
            if atEnd {
                // The last line of a file without a final newline still counts.
                guard !buffer.isEmpty else { return nil }
                defer { buffer.removeAll() }
                return String(decoding: buffer, as: UTF8.self)
            }
            guard waitForInput() else { return nil }
            fill()
        }
    }

    /// Reads what is available into the buffer; 0 bytes means the end of input.
    private func fill() {
        var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count > 0 {
            buffer += chunk[..<count]
        } else if count == 0 || errno != EINTR {
            atEnd = true
        }
    }

    /// Waits until standard input has data; `false` if Ctrl-C came first.
    private func waitForInput() -> Bool {
        guard let wake = InterruptSignal.wakeDescriptor else { return true }
        var descriptors = [
            pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wake, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            if InterruptSignal.wasRaised { return false }
            let status = poll(&descriptors, nfds_t(descriptors.count), -1)
            if status < 0, errno == EINTR { continue }
            if descriptors[1].revents != 0 || InterruptSignal.wasRaised { return false }
            return true
        }
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
