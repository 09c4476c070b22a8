import Foundation
import VeilederCore

/// Runs the conversation tests in a folder against an engine.
public struct ConversationTestRunner: Sendable {
    /// The engine under test.
    public let engine: Engine

    /// Creates a runner.
    public init(engine: Engine) {
        self.engine = engine
    }

    /// Loads and runs every test file below `directory` (usually `Dialogs/tests`).
    public func run(directory: URL) -> ConversationTestReport {
        let diagnostics = DiagnosticCollector()
        var report = ConversationTestReport()
        for file in SourceFiles.yamlFiles(in: directory, diagnostics: diagnostics) {
            guard let (text, root) = SourceFiles.load(file, diagnostics: diagnostics) else { continue }
            report.sources[file.relativePath] = text
            guard let root else { continue }
            let loader = ConversationTestLoader(reader: YAMLReader(file: file.relativePath, diagnostics: diagnostics))
            for test in loader.load(root) {
                checkReferences(test, diagnostics: diagnostics)
                let failures = run(test)
                report.testCount += 1
                if failures.isEmpty { report.passedCount += 1 }
                report.failures += failures
            }
        }
        report.diagnostics = diagnostics.sorted
        return report
    }

    /// Reports expectations naming nodes or topics the guide does not have, so typos do not pass silently.
    func checkReferences(_ test: ConversationTest, diagnostics: DiagnosticCollector) {
        for step in test.steps {
            if let node = step.expectation.node, engine.guide.nodes[node] == nil {
                diagnostics.error(.badTest, "Test '\(test.name)' expects node '\(node)', which the guide does not have.", at: step.location)
            }
            if let topic = step.expectation.topic, engine.guide.topic(topic) == nil {
                diagnostics.error(.badTest, "Test '\(test.name)' expects topic '\(topic)', which the guide does not have.", at: step.location)
            }
        }
    }

    /// Runs one test and returns its failures (the first failing step ends it, since later steps depend on it).
    public func run(_ test: ConversationTest) -> [ConversationTestFailure] {
        var reply: Reply
        do {
            reply = try engine.start(locale: test.locale)
        } catch {
            return [ConversationTestFailure(test: test.name, location: test.location, message: error.description)]
        }
        for (index, step) in test.steps.enumerated() {
            if let input = step.input {
                let chosen = reply.options.first { $0.label.compare(input, options: [.caseInsensitive]) == .orderedSame }
                do {
                    reply = try engine.respond(to: chosen.map { .option($0.id) } ?? .text(input), in: reply.state)
                } catch {
                    return [ConversationTestFailure(test: test.name, location: step.location, message: "step \(index + 1): \(error.description)")]
                }
            }
            let problems = ExpectationCheck.problems(step.expectation, reply: reply)
            if !problems.isEmpty {
                let message = "step \(index + 1)\(step.input.map { " (input \"\($0)\")" } ?? ""): " + problems.joined(separator: "; ")
                return [ConversationTestFailure(test: test.name, location: step.location, message: message)]
            }
        }
        return []
    }
}

/// Compares one reply with an expectation and says what differed.
enum ExpectationCheck {
    static func problems(_ expected: ConversationTest.Expectation, reply: Reply) -> [String] {
        var problems: [String] = []
        if let node = expected.node, node != reply.nodeID {
            problems.append("expected node '\(node)' but the conversation is at '\(reply.nodeID)'")
        }
        let text = reply.messages.map(\.text).joined(separator: "\n")
        for needle in expected.contains where text.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive]) == nil {
            problems.append("expected the reply to contain \"\(needle)\" but it said: \"\(excerpt(text))\"")
        }
        for needle in expected.notContains where text.range(of: needle, options: [.caseInsensitive]) != nil {
            problems.append("expected the reply not to contain \"\(needle)\"")
        }
        let labels = reply.options.map(\.label)
        for label in expected.options where !labels.contains(where: { $0.compare(label, options: [.caseInsensitive]) == .orderedSame }) {
            problems.append("expected the option \"\(label)\" but the options were: \(labels.map { "\"\($0)\"" }.joined(separator: ", "))")
        }
        if let crisis = expected.crisis, crisis != reply.crisis {
            problems.append(crisis ? "expected emergency numbers (crisis) but none were shown" : "expected no crisis but emergency numbers were shown")
        }
        if let topic = expected.topic, topic != reply.route?.candidates.first?.topicID || reply.route?.decision == .fallback {
            let actual = reply.route.map { "\($0.decision.rawValue) \($0.candidates.first?.topicID ?? "nothing")" } ?? "no routing (an option or command was matched)"
            problems.append("expected free text routed to topic '\(topic)' but got \(actual)")
        }
        if let decision = expected.decision, decision != reply.route?.decision.rawValue {
            problems.append("expected routing decision '\(decision)' but got '\(reply.route?.decision.rawValue ?? "none")'")
        }
        return problems
    }

    static func excerpt(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count > 160 ? String(flat.prefix(160)) + "…" : flat
    }
}
