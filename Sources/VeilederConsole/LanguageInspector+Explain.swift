import VeilederCore
import VeilederText

extension LanguageInspector {
    /// Everything `veileder explain --json` prints for one message.
    public struct Explanation: Encodable, Sendable {
        /// One token as the language layer reads it.
        public struct TokenStep: Encodable, Sendable {
            /// As written.
            public var text: String
            /// The matching key: case folded, æøå folded, repeated letters collapsed, dialect form applied.
            public var normalized: String
            /// The Snowball stem of the NFKC-case-folded token, before æøå folding.
            public var stem: String
            /// The NFKC case fold.
            public var folded: String
            /// After dialect and nynorsk forms.
            public var standard: String
            /// Whether it is a stopword.
            public var stopword: Bool
        }

        /// The message as given.
        public var text: String
        /// Its tokens.
        public var tokens: [TokenStep]
        /// The crisis check: each step, and the kind found (if any).
        public var crisis: Bool
        /// The crisis kind, if any.
        public var crisisKind: String?
        /// The crisis detector's steps.
        public var crisisSteps: [String]
        /// The stem key of each word as the crisis word weights read it: empty for a word inside an idiom.
        public var crisisWords: [String]
        /// The router's steps: how each word was resolved (exact, typo, compound …) and each topic's score.
        public var routingSteps: [String]
        /// The routing result, as `veileder route` prints it.
        public var route: RouteLine

        enum CodingKeys: String, CodingKey {
            case text, tokens, crisis, crisisKind, crisisSteps, crisisWords, routingSteps, route
        }

        /// Encodes a missing crisis kind as `null`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(text, forKey: .text)
            try container.encode(tokens, forKey: .tokens)
            try container.encode(crisis, forKey: .crisis)
            try container.encode(crisisKind, forKey: .crisisKind)
            try container.encode(crisisSteps, forKey: .crisisSteps)
            try container.encode(crisisWords, forKey: .crisisWords)
            try container.encode(routingSteps, forKey: .routingSteps)
            try container.encode(route, forKey: .route)
        }
    }

    /// Explains one message.
    public func explain(_ text: String) -> Explanation {
        let tokens = analyzer.analyze(text).map {
            Explanation.TokenStep(text: $0.text, normalized: $0.key, stem: $0.stem, folded: $0.folded, standard: $0.standard, stopword: $0.isStopword)
        }
        let crisis = engine.crisisDetector.explain(text)
        return Explanation(
            text: text, tokens: tokens, crisis: crisis.result != nil, crisisKind: crisis.result?.kind.rawValue,
            crisisSteps: crisis.steps, crisisWords: crisis.weightedKeys, routingSteps: engine.router.explain(text).steps, route: route(text)
        )
    }

    /// The explanation as readable text, one step per line.
    public func explainText(_ text: String) -> String {
        let explanation = explain(text)
        var lines = ["message: \(text)", "tokens (text → folded → standard → key; stem):"]
        for token in explanation.tokens {
            lines.append("  \(token.text) → \(token.folded) → \(token.standard) → \(token.normalized); stem \(token.stem)\(token.stopword ? " (stopword)" : "")")
        }
        lines.append("crisis check: " + (explanation.crisisKind.map { "CRISIS (\($0)): the emergency numbers are shown first" } ?? "no crisis signal"))
        lines += explanation.crisisSteps.map { "  \($0)" }
        lines.append("routing:")
        lines += explanation.routingSteps.map { "  \($0)" }
        let route = explanation.route
        lines.append("decision: \(route.decision)" + (route.topic.map { " → \($0) (\(route.category ?? "?"), score \(route.score))" } ?? ""))
        return lines.joined(separator: "\n")
    }

    /// Reads one message per line and writes one explanation as JSON per line (`veileder explain --json`).
    public func explainLines(from input: any LineReader, to output: any TextOutput) {
        while let line = input.readLine() {
            output.writeLine(Self.json(explain(line)))
        }
    }
}
