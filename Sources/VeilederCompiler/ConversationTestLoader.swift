import Foundation
import Yams

/// Reads conversation tests from YAML, reporting malformed ones as diagnostics.
struct ConversationTestLoader {
    let reader: YAMLReader

    static let testKeys = ["name", "locale", "steps"]
    static let stepKeys = ["input", "expect"]
    static let expectKeys = ["node", "contains", "not-contains", "options", "crisis", "topic", "decision"]

    func load(_ root: Yams.Node) -> [ConversationTest] {
        guard let entries = reader.mapping(root, what: "a test file", allowed: ["version", "tests"], required: ["version", "tests"]) else { return [] }
        VersionCheck.check(entries, reader: reader)
        guard let tests = entries["tests"] else { return [] }
        return reader.list(tests, what: "tests").compactMap(test)
    }

    func test(_ node: Yams.Node) -> ConversationTest? {
        guard let entries = reader.mapping(node, what: "a test", allowed: Self.testKeys, required: ["name", "steps"]),
              let name = entries["name"].flatMap({ reader.text($0, what: "The test's name") }),
              let stepsNode = entries["steps"] else { return nil }
        let locale = entries["locale"].flatMap { reader.text($0, what: "The test's locale") } ?? "nb"
        let steps = reader.list(stepsNode, what: "steps").compactMap(step)
        return ConversationTest(name: name, locale: locale, steps: steps, location: entries.location)
    }

    func step(_ node: Yams.Node) -> ConversationTest.Step? {
        guard let entries = reader.mapping(node, what: "a step", allowed: Self.stepKeys) else { return nil }
        let input = entries["input"].flatMap { reader.text($0, what: "The step's input") }
        var expectation = ConversationTest.Expectation()
        if let expect = entries["expect"], let fields = reader.mapping(expect, what: "an expectation", allowed: Self.expectKeys) {
            expectation.node = fields["node"].flatMap { reader.text($0, what: "node") }
            expectation.contains = fields["contains"].map { reader.texts($0, what: "contains") } ?? []
            expectation.notContains = fields["not-contains"].map { reader.texts($0, what: "not-contains") } ?? []
            expectation.options = fields["options"].map { reader.texts($0, what: "options") } ?? []
            expectation.crisis = fields["crisis"].flatMap { reader.bool($0, what: "crisis") }
            expectation.topic = fields["topic"].flatMap { reader.text($0, what: "topic") }
            expectation.decision = fields["decision"].flatMap { reader.text($0, what: "decision") }
            if let decision = expectation.decision, !["go", "clarify", "fallback"].contains(decision), let at = fields["decision"] {
                reader.diagnostics.error(.badTest, "decision must be go, clarify or fallback, not '\(decision)'.", at: reader.location(at))
            }
        } else if entries["input"] == nil {
            reader.diagnostics.error(.badTest, "A step needs an 'input', an 'expect', or both.", at: entries.location)
        }
        // Point failures at the input line, where the editor looks first.
        let location = entries["input"].map(reader.location) ?? entries.location
        return ConversationTest.Step(input: input, expectation: expectation, location: location)
    }
}
