/// A labelled set of messages for measuring routing and crisis detection (`Evaluation/messages.tsv`).
///
/// The file is tab-separated with a header line `label kind tags message`:
/// - `label`: a category id (`laering`, …, `andre`), `crisis`, or `out_of_scope`;
/// - `kind`: the crisis kind for `crisis` rows, `-` otherwise;
/// - `tags`: comma-separated notes such as `forelder,nn,typo,idiom` (`-` for none);
/// - `message`: the text as a person would type it.
/// Lines starting with `#` and blank lines are ignored.
public struct EvaluationSet: Sendable, Hashable {
    /// What a message should lead to.
    public enum Expectation: Sendable, Hashable {
        /// Routed to a topic of this concern.
        case category(Category)
        /// Caught by the crisis detector as this kind.
        case crisis(CrisisKind)
        /// Nothing in the guide fits: the honest fallback.
        case outOfScope
    }

    /// One labelled message.
    public struct Row: Sendable, Hashable {
        /// What it should lead to.
        public var expectation: Expectation
        /// Free-form tags (audience, language, `typo`, `idiom`, …).
        public var tags: [String]
        /// The message.
        public var message: String
        /// 1-based line in the file, for failure reports.
        public var line: Int

        /// Whether the row carries `tag`.
        public func hasTag(_ tag: String) -> Bool { tags.contains(tag) }
    }

    /// A line the parser could not read.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        /// 1-based line number.
        public var line: Int
        /// What is wrong and how to fix it.
        public var message: String
        /// `line N: message`.
        public var description: String { "line \(line): \(message)" }
    }

    /// The rows, in file order.
    public var rows: [Row]

    /// Creates a set from rows.
    public init(rows: [Row]) {
        self.rows = rows
    }

    /// Parses the TSV text; every bad line is reported, not just the first.
    public init(tsv: String) throws(ParseErrors) {
        var rows: [Row] = []
        var errors: [ParseError] = []
        var lineNumber = 0
        var sawHeader = false
        for rawLine in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
            if !sawHeader {
                sawHeader = true
                if fields.first == "label" { continue }
            }
            guard fields.count == 4 else {
                errors.append(.init(line: lineNumber, message: "expected 4 tab-separated fields (label, kind, tags, message), found \(fields.count)"))
                continue
            }
            let tags = fields[2] == "-" ? [] : fields[2].split(separator: ",").map(String.init)
            switch Self.expectation(label: fields[0], kind: fields[1]) {
            case .success(let expectation):
                rows.append(Row(expectation: expectation, tags: tags, message: fields[3], line: lineNumber))
            case .failure(let error):
                errors.append(.init(line: lineNumber, message: error.message))
            }
        }
        guard errors.isEmpty else { throw ParseErrors(errors: errors) }
        self.rows = rows
    }

    /// Every problem found while parsing.
    public struct ParseErrors: Error, Sendable, Hashable, CustomStringConvertible {
        /// The problems, by line.
        public var errors: [ParseError]
        /// One problem per line.
        public var description: String { errors.map(\.description).joined(separator: "\n") }
    }

    private struct LabelError: Error {
        var message: String
    }

    private static func expectation(label: String, kind: String) -> Result<Expectation, LabelError> {
        switch label {
        case "crisis":
            guard let crisisKind = CrisisKind(rawValue: kind) else {
                let kinds = CrisisKind.allCases.map(\.rawValue).joined(separator: ", ")
                return .failure(LabelError(message: "crisis rows need a kind, one of \(kinds); found '\(kind)'"))
            }
            return .success(.crisis(crisisKind))
        case "out_of_scope":
            return .success(.outOfScope)
        default:
            guard let category = Category(rawValue: label) else {
                let labels = Category.allCases.map(\.rawValue).joined(separator: ", ")
                return .failure(LabelError(message: "unknown label '\(label)'; use crisis, out_of_scope or one of \(labels)"))
            }
            return .success(.category(category))
        }
    }
}
