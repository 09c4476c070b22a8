/// Every node's lines and option labels, translated and with `{service:…}` filled in, and its options prepared
/// for the option matcher, once per locale when the engine is built.
///
/// Why: all of it depends only on the guide and the locale, yet rendering the lines (service references) and
/// analysing the offered options on every message were the largest shares of the engine's time in the web
/// benchmark. Conditions still decide at answer time which of the prepared lines and options are shown.
struct RenderedGuide: Sendable {
    /// One node in one locale; each array runs parallel to the node's `lines` or `options`.
    struct NodeText: Sendable {
        /// The rendered lines.
        let lines: [String]
        /// The translated option labels.
        let labels: [String]
        /// The options as the matcher compares them (translated label; match phrases and the bokmål label).
        let candidates: [OptionMatcher.Prepared]

        /// Renders one node in one locale.
        init(_ node: Node, locale: String, engine: Engine) {
            let localization = engine.guide.localization
            lines = node.lines.map { engine.render(localization.line($0.id, source: $0.text, locale: locale), locale: locale) }
            labels = node.options.map { localization.line($0.id, source: $0.label, locale: locale) }
            candidates = zip(node.options, labels).map { option, label in
                // The bokmål label still matches in other locales: people mix languages.
                engine.optionMatcher.prepare(
                    OptionMatcher.Candidate(id: option.id, label: label, phrases: option.matchPhrases + [option.label])
                )
            }
        }
    }

    /// The locales prepared, in the order of the per-node arrays.
    private let locales: [String]
    /// Per node id, one entry per locale.
    private let nodes: [String: [NodeText]]
    /// Per topic id, its "did you mean" label in each locale.
    private let topicLabels: [String: [String]]

    /// Renders every node of `engine.guide` in each of its locales.
    init(engine: Engine) {
        let guide = engine.guide
        let locales = guide.localization.locales
        self.locales = locales
        var nodes: [String: [NodeText]] = [:]
        nodes.reserveCapacity(guide.nodes.count)
        for (id, node) in guide.nodes {
            nodes[id] = locales.map { NodeText(node, locale: $0, engine: engine) }
        }
        self.nodes = nodes
        var topicLabels: [String: [String]] = [:]
        for topic in guide.topics where topicLabels[topic.id] == nil {
            topicLabels[topic.id] = locales.map { guide.localization.line(topic.titleLineID, source: topic.title, locale: $0) }
        }
        self.topicLabels = topicLabels
    }

    /// A guide with nothing prepared; the engine then renders everything on the spot.
    init() {
        self.locales = []
        self.nodes = [:]
        self.topicLabels = [:]
    }

    /// The prepared node, or `nil` for a node or locale the guide does not have (an old stored state).
    func node(_ id: String, locale: String) -> NodeText? {
        guard let index = locales.firstIndex(of: locale) else { return nil }
        return nodes[id]?[index]
    }

    /// A topic's translated title, or `nil` when not prepared.
    func topicLabel(_ id: String, locale: String) -> String? {
        guard let index = locales.firstIndex(of: locale) else { return nil }
        return topicLabels[id]?[index]
    }
}
