import Foundation
import VeilederCore
import VeilederText

/// The editor tools behind `veileder route` and `veileder explain`: how one message is read, whether it is a
/// crisis, and where it is routed — the same router and crisis detector the conversation uses.
public struct LanguageInspector: Sendable {
    /// The engine whose router and crisis detector are inspected.
    public let engine: Engine
    /// Analyses tokens for the explanation: the bokmål analyzer, which also knows nynorsk and dialect forms.
    let analyzer: TextAnalyzer

    /// Builds the inspector for a compiled guide.
    public init(guide: Guide) {
        engine = Engine(guide: guide)
        analyzer = TextAnalyzer(language: guide.languages[Guide.sourceLocale] ?? .empty(locale: Guide.sourceLocale))
    }

    /// One routed message, as `veileder route` prints it.
    public struct RouteLine: Encodable, Sendable {
        /// A candidate topic.
        public struct Alternative: Encodable, Sendable {
            /// The topic id.
            public var topic: String
            /// Its concern.
            public var category: String
            /// Its calibrated score.
            public var score: Double
        }

        /// The message as given.
        public var text: String
        /// Whether it would show the emergency numbers.
        public var crisis: Bool
        /// The topic it goes to (or is asked about first); `null` on fallback.
        public var topic: String?
        /// That topic's concern.
        public var category: String?
        /// The best score.
        public var score: Double
        /// `go`, `clarify` or `fallback`.
        public var decision: String
        /// The other candidates, best first.
        public var alternatives: [Alternative]

        enum CodingKeys: String, CodingKey {
            case text, crisis, topic, category, score, decision, alternatives
        }

        /// Encodes a missing topic and category as `null`, so every line has the same keys.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(text, forKey: .text)
            try container.encode(crisis, forKey: .crisis)
            try container.encode(topic, forKey: .topic)
            try container.encode(category, forKey: .category)
            try container.encode(score, forKey: .score)
            try container.encode(decision, forKey: .decision)
            try container.encode(alternatives, forKey: .alternatives)
        }
    }

    /// Routes one message.
    public func route(_ text: String) -> RouteLine {
        let result = engine.router.route(text)
        let best = result.decision == .fallback ? nil : result.candidates.first
        let others = result.candidates.filter { $0.topicID != best?.topicID }.prefix(3)
        return RouteLine(
            text: text, crisis: engine.crisisDetector.detect(text) != nil,
            topic: best?.topicID, category: best?.category.rawValue,
            score: Self.rounded(result.candidates.first?.score ?? 0), decision: result.decision.rawValue,
            alternatives: others.map { .init(topic: $0.topicID, category: $0.category.rawValue, score: Self.rounded($0.score)) }
        )
    }

    /// Reads one message per line and writes one JSON object per line (`veileder route`).
    public func routeLines(from input: any LineReader, to output: any TextOutput) {
        while let line = input.readLine() {
            output.writeLine(Self.json(route(line)))
        }
    }

    static func rounded(_ value: Double) -> Double {
        (value * 10_000).rounded() / 10_000
    }

    /// One value as compact JSON with sorted keys, for one-object-per-line output.
    public static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
