import VeilederCore

/// Development figures for tuning the router without looking at the evaluation set: every topic
/// example routed by a router built without it (leave-one-out), and a separate list of out-of-scope
/// questions. Prints one line per message (`kind`, right category?, decision, best score, lead) for
/// offline threshold search, then a summary.
enum Tuning {
    static func run(guide: Guide, outOfScope: [String], dump: Bool, makeRouter: (Guide) -> Router) {
        var right = 0
        var top3 = 0
        var total = 0
        var decisions: [RouteDecision: Int] = [:]
        for (topicIndex, topic) in guide.topics.enumerated() {
            for (exampleIndex, example) in topic.examples.enumerated() {
                var reduced = guide
                reduced.topics[topicIndex].examples.remove(at: exampleIndex)
                let router = makeRouter(reduced)
                let result = router.route(example)
                total += 1
                decisions[result.decision, default: 0] += 1
                let ok = result.decision != .fallback && result.candidates.first?.category == topic.category
                if ok { right += 1 }
                if result.decision != .fallback, result.candidates.prefix(3).contains(where: { $0.category == topic.category }) { top3 += 1 }
                if dump { print(line("dev", ok, router.explain(example), category: topic.category, guide: guide)) }
            }
        }
        let router = makeRouter(guide)
        var fallbacks = 0
        for message in outOfScope {
            let result = router.route(message)
            if result.decision == .fallback { fallbacks += 1 }
            if dump { print(line("oos", false, router.explain(message), category: nil, guide: guide)) }
        }
        print("leave-one-out examples: top-1 \(right)/\(total), top-3 \(top3)/\(total); decisions \(decisions.map { "\($0.key.rawValue) \($0.value)" }.sorted())")
        print("dev out-of-scope → fallback: \(fallbacks)/\(outOfScope.count)")
    }

    /// Extended dump for offline analysis: after the columns of `line(_:_:_:)`, whether the right category
    /// is first and among the first three *by score* (whatever the decision), the best score, the share of the
    /// message's information in unknown words, the number of content words, and the best topic's coverage
    /// lead over the best topic of another category.
    static func line(_ kind: String, _ ok: Bool, _ explanation: RouteExplanation, category: Category?, guide: Guide) -> String {
        let categories = Dictionary(uniqueKeysWithValues: guide.topics.map { ($0.id, $0.category) })
        let ranked = explanation.topics
        let first = category != nil && ranked.first.map { categories[$0.topicID] == category } == true
        let three = category != nil && ranked.prefix(3).contains { categories[$0.topicID] == category }
        let total = explanation.words.reduce(0) { $0 + $1.information }
        let unknown = explanation.words.filter { $0.resolution == "unknown" }.reduce(0) { $0 + $1.information }
        let content = explanation.words.filter { $0.resolution != "ignored" }.count
        let best = ranked.first
        let rival = ranked.dropFirst().first { step in best.map { b in categories[step.topicID] != categories[b.topicID] } ?? true }
        let covLead = (best?.coverage ?? 0) - (rival?.coverage ?? 0)
        return line(kind, ok, explanation) + "\t\(first ? 1 : 0)\t\(three ? 1 : 0)\t\(best?.score ?? 0)\t\(total > 0 ? unknown / total : 0)\t\(content)\t\(covLead)"
    }

    /// kind, right?, decision, then coverage, evidence, neighbour, raw of the best topic and the lead
    /// of its score over the best topic of another category.
    static func line(_ kind: String, _ ok: Bool, _ explanation: RouteExplanation) -> String {
        guard let best = explanation.topics.first else { return "\(kind)\t\(ok ? 1 : 0)\tnone\t0\t0\t0\t0\t0" }
        let ranked = explanation.result.candidates
        let rival = explanation.topics.dropFirst().first { step in
            ranked.first.map { top in step.topicID != top.topicID } ?? true
        }
        let lead = best.score - (rival?.score ?? 0)
        return "\(kind)\t\(ok ? 1 : 0)\t\(explanation.result.decision.rawValue)\t\(best.coverage)\t\(best.evidence)\t\(best.neighbour)\t\(best.raw)\t\(lead)"
    }
}
