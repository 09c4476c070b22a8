#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
@testable import VeilederConsole

/// Reading lines from a real file descriptor, and Ctrl-C waking a blocked read.
@Suite(.serialized) struct StandardInputTests {
    /// A pipe with `text` written to it; the write end is closed when `close` is set (end of input).
    static func pipe(with text: String, close: Bool = true) throws -> (read: Int32, write: Int32) {
        var descriptors: [Int32] = [-1, -1]
        try #require(Glibc.pipe(&descriptors) == 0)
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(descriptors[1], $0.baseAddress, $0.count) }
        if close { Glibc.close(descriptors[1]) }
        return (descriptors[0], descriptors[1])
    }

    @Test func readsLinesStripsCarriageReturnsAndKeepsALastLineWithoutNewline() throws {
        let (readEnd, _) = try Self.pipe(with: "forelder\r\nskolefravær\n\n/avslutt")
        defer { close(readEnd) }
        let input = StandardInput(fileDescriptor: readEnd)
        #expect(input.readLine() == "forelder")
        #expect(input.readLine() == "skolefravær")
        #expect(input.readLine() == "")
        #expect(input.readLine() == "/avslutt")
        #expect(input.readLine() == nil)
        #expect(input.readLine() == nil)
    }

    @Test func invalidUTF8DoesNotLoseTheLine() throws {
        var descriptors: [Int32] = [-1, -1]
        try #require(Glibc.pipe(&descriptors) == 0)
        let bytes: [UInt8] = [0x68, 0x65, 0x69, 0xFF, 0x0A]
        _ = bytes.withUnsafeBytes { write(descriptors[1], $0.baseAddress, $0.count) }
        close(descriptors[1])
        defer { close(descriptors[0]) }
        #expect(StandardInput(fileDescriptor: descriptors[0]).readLine() == "hei\u{FFFD}")
    }

    @Test func interruptWakesABlockedRead() async throws {
        InterruptSignal.install()
        defer { InterruptSignal.reset() }
        // Input stays open and empty: without the signal, this read would wait forever.
        let (readEnd, writeEnd) = try Self.pipe(with: "", close: false)
        defer { close(readEnd); close(writeEnd) }
        // The handler's own code, not kill(): other suites in this process run servers that stop on SIGINT.
        InterruptSignal.simulate()
        try #require(InterruptSignal.wasRaised)
        #expect(StandardInput(fileDescriptor: readEnd).readLine() == nil)
    }
}
