#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Somewhere the console writes text to.
///
/// The console library never calls `print`: every front end (the `veileder` executable, the tests) injects the
/// output, so a conversation can be captured, compared and replayed without a terminal.
public protocol TextOutput: AnyObject {
    /// Writes `text` exactly as given; no newline is added.
    func write(_ text: String)
}

extension TextOutput {
    /// Writes `text` followed by a newline.
    public func writeLine(_ text: String = "") {
        write(text + "\n")
    }
}

/// Standard output or standard error of the process.
public final class StandardStream: TextOutput {
    /// Which of the two process streams.
    public enum Stream: Sendable {
        /// File descriptor 1.
        case output
        /// File descriptor 2.
        case error
    }

    private let stream: Stream

    /// Creates a writer for one of the process streams.
    public init(_ stream: Stream) {
        self.stream = stream
    }

    /// A writer for standard output.
    public static func standardOutput() -> StandardStream { StandardStream(.output) }

    /// A writer for standard error.
    public static func standardError() -> StandardStream { StandardStream(.error) }

    /// Writes straight to the file descriptor, unbuffered, so a prompt shows before the program blocks reading
    /// a line and output and error streams interleave in the order written.
    public func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { buffer in
                #if canImport(Darwin)
                Darwin.write(fileDescriptor, buffer.baseAddress, buffer.count)
                #elseif canImport(Musl)
                Musl.write(fileDescriptor, buffer.baseAddress, buffer.count)
                #else
                Glibc.write(fileDescriptor, buffer.baseAddress, buffer.count)
                #endif
            }
            if written > 0 {
                bytes = bytes.dropFirst(written)
            } else if written < 0, errno == EINTR {
                continue  // Ctrl-C arrived mid-write; finish the text, the chat loop handles the signal.
            } else {
                return  // A closed pipe (`veileder chat | head`): nothing more can be shown.
            }
        }
    }

    /// The file descriptor behind the stream, for terminal checks.
    public var fileDescriptor: Int32 {
        stream == .output ? STDOUT_FILENO : STDERR_FILENO
    }
}

/// Text collected in memory: for tests, and for rendering a whole reply before writing it at once.
public final class TextBuffer: TextOutput {
    /// Everything written so far.
    public private(set) var text: String = ""

    /// Creates an empty buffer.
    public init() {}

    /// Appends `text`.
    public func write(_ text: String) {
        self.text += text
    }

    /// The collected text split into lines, without the final empty line after a trailing newline.
    public var lines: [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
