/// A conversation test from `Dialogs/tests/`: inputs in order, with what each reply must show.
public struct ConversationTest: Sendable, Hashable {
    /// What one reply must show; `nil` fields are not checked.
    public struct Expectation: Sendable, Hashable {
        /// The node the conversation must be at.
        public var node: String?
        /// Texts that must occur in the reply's messages (case-insensitive).
        public var contains: [String] = []
        /// Texts that must not occur.
        public var notContains: [String] = []
        /// Option labels that must be offered.
        public var options: [String] = []
        /// Whether emergency numbers must (or must not) have been shown.
        public var crisis: Bool?
        /// The topic free text must have been routed to.
        public var topic: String?
        /// The routing decision (`go`, `clarify`, `fallback`).
        public var decision: String?
    }

    /// One input and its expectation.
    public struct Step: Sendable, Hashable {
        /// Text typed, an option label, or a command; `nil` checks the greeting.
        public var input: String?
        /// What the reply must show.
        public var expectation: Expectation
        /// Where the step is written.
        public var location: SourceLocation
    }

    /// The test's name.
    public var name: String
    /// The locale the conversation starts in.
    public var locale: String
    /// The steps in order.
    public var steps: [Step]
    /// Where the test is written.
    public var location: SourceLocation
}

/// A failed expectation, with where it is written and what differed.
public struct ConversationTestFailure: Sendable, Hashable {
    /// The test's name.
    public var test: String
    /// The step's position.
    public var location: SourceLocation
    /// What was expected and what happened.
    public var message: String
}

/// The outcome of running every conversation test.
public struct ConversationTestReport: Sendable {
    /// Problems in the test files themselves.
    public var diagnostics: [Diagnostic] = []
    /// Every failed expectation.
    public var failures: [ConversationTestFailure] = []
    /// Number of tests run.
    public var testCount = 0
    /// Number of tests with no failure.
    public var passedCount = 0
    /// The text of every test file, for rendering diagnostics.
    public var sources: [String: String] = [:]

    /// Whether everything passed and the files had no errors.
    public var succeeded: Bool { failures.isEmpty && !diagnostics.contains { $0.severity == .error } }

    /// Failures as `file:line: test 'name': message`, then a summary line.
    public func rendered() -> String {
        var lines = failures.map { "\($0.location.file):\($0.location.line): test '\($0.test)': \($0.message)" }
        lines.append("\(testCount) tests: \(passedCount) passed, \(testCount - passedCount) failed")
        return lines.joined(separator: "\n")
    }
}
