import Foundation
import Testing
import VeilederCompiler
import VeilederCore

/// Golden transcripts: whole conversations over the real guide, compared line by line with a committed file.
/// Each `Golden/*.txt` holds the inputs (`> text`) and everything the bot answered. To accept a deliberate
/// content change, run the tests with `VEILEDER_UPDATE_GOLDEN=1` and review the diff.
@Suite struct GoldenTranscriptTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    }

    static let engine: Engine? = {
        let result = GuideCompiler(configuration: .init(
            dialogsDirectory: root.appendingPathComponent("Dialogs"), localesDirectory: root.appendingPathComponent("Locales")
        )).compile()
        return result.guide.map { Engine(guide: $0) }
    }()

    @Test(arguments: files)
    func transcriptMatches(file: String) throws {
        let engine = try #require(Self.engine, "the real guide does not compile")
        let url = Self.folder.appendingPathComponent(file)
        let expected = try String(contentsOf: url, encoding: .utf8)
        let inputs = expected.split(separator: "\n").filter { $0.hasPrefix("> ") }.map { String($0.dropFirst(2)) }
        let actual = try Self.transcript(engine: engine, inputs: inputs)
        if ProcessInfo.processInfo.environment["VEILEDER_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(expected == actual, "\(file): first difference at line \(firstDifference.map { "\($0.offset + 1): expected \"\($0.element.0)\", got \"\($0.element.1)\"" } ?? "end of file")")
    }

    /// Renders a conversation: messages with their kind, the options offered and the node reached.
    static func transcript(engine: Engine, inputs: [String]) throws -> String {
        var output: [String] = []
        func record(_ reply: Reply) {
            for message in reply.messages { output.append("[\(message.kind.rawValue)] \(message.text)") }
            for (index, option) in reply.options.enumerated() { output.append("  \(index + 1). \(option.label)") }
            output.append("@ \(reply.nodeID)\(reply.crisis ? " (crisis)" : "")")
        }
        var reply = try engine.start()
        record(reply)
        for input in inputs {
            output.append("> \(input)")
            reply = try engine.respond(to: .text(input), in: reply.state)
            record(reply)
        }
        return output.joined(separator: "\n") + "\n"
    }
}
