#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Set from the signal handler; a plain word is the only state a handler may safely write.
nonisolated(unsafe) private var interruptRaised: sig_atomic_t = 0
/// The write end of the wake-up pipe, or -1 before `install()`.
nonisolated(unsafe) private var wakeWriteDescriptor: Int32 = -1
/// The read end of the wake-up pipe, or -1 before `install()`.
nonisolated(unsafe) private var wakeReadDescriptor: Int32 = -1

/// Turns Ctrl-C at a terminal into an ordinary end of the conversation.
///
/// Why not the default (the kernel kills the process)? A volunteer pressing Ctrl-C should see the same short
/// goodbye as after `/avslutt`, with colours reset and the cursor on a fresh line, and the shell should see exit
/// status 0. Doing that inside a signal handler is unsafe (no allocation, no Swift strings), so the handler only
/// records the signal and writes one byte to a pipe (the "self-pipe trick"). `StandardInput` waits with `poll`
/// on both standard input and that pipe, so it wakes up and returns `nil`; the chat loop then sees `wasRaised`
/// and says goodbye normally.
///
/// Why a pipe and not just an interrupted `read`? The kernel delivers `SIGINT` to any thread that does not block
/// it, and under an async `main` the read runs on a Dispatch worker thread, which blocks every signal; the read
/// would never see `EINTR`. A byte in a pipe wakes `poll` whichever thread ran the handler.
public enum InterruptSignal {
    /// Installs the handler for `SIGINT` (once; later calls do nothing). Call it only when a person is at the
    /// terminal: in a pipe, Ctrl-C should stop the whole pipeline as usual.
    public static func install() {
        guard wakeReadDescriptor < 0 else { return }
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { return }  // Without the pipe, Ctrl-C keeps its default: exit.
        // Never let the handler block on a full pipe; one byte is enough to wake the reader.
        _ = fcntl(descriptors[1], F_SETFL, fcntl(descriptors[1], F_GETFL) | O_NONBLOCK)
        wakeReadDescriptor = descriptors[0]
        wakeWriteDescriptor = descriptors[1]

        var action = sigaction()
        #if canImport(Darwin)
        action.__sigaction_u.__sa_handler = handle
        #else
        action.__sigaction_handler.sa_handler = handle
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// Whether `SIGINT` arrived since `install()`.
    public static var wasRaised: Bool { interruptRaised != 0 }

    /// The descriptor that becomes readable when `SIGINT` arrives, or `nil` before `install()`.
    public static var wakeDescriptor: Int32? {
        wakeReadDescriptor >= 0 ? wakeReadDescriptor : nil
    }

    /// Forgets a signal that arrived and empties the pipe, so tests can raise it more than once.
    static func reset() {
        interruptRaised = 0
        guard wakeReadDescriptor >= 0 else { return }
        let flags = fcntl(wakeReadDescriptor, F_GETFL)
        _ = fcntl(wakeReadDescriptor, F_SETFL, flags | O_NONBLOCK)
        var byte: UInt8 = 0
        while read(wakeReadDescriptor, &byte, 1) > 0 {}
        _ = fcntl(wakeReadDescriptor, F_SETFL, flags)
    }

    /// Runs what the handler runs, without a process-wide signal: tests share one process with servers that
    /// also listen for `SIGINT`, so a real `kill` there would stop them too.
    static func simulate() {
        handle(SIGINT)
    }

    private static let handle: @convention(c) (Int32) -> Void = { _ in
        interruptRaised = 1
        var byte: UInt8 = 1
        // write(2) is async-signal-safe; the result is ignored because a full pipe already means "wake up".
        _ = write(wakeWriteDescriptor, &byte, 1)
    }
}
