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
                if dump { print(line("dev", ok, router.explain(example))) }
            }
        }
        let router = makeRouter(guide)
        var fallbacks = 0
        for message in outOfScope {
            let result = router.route(message)
            if result.decision == .fallback { fallbacks += 1 }
            if dump { print(line("oos", false, router.explain(message))) }
        }
        print("leave-one-out examples: top-1 \(right)/\(total), top-3 \(top3)/\(total); decisions \(decisions.map { "\($0.key.rawValue) \($0.value)" }.sorted())")
        print("dev out-of-scope → fallback: \(fallbacks)/\(outOfScope.count)")
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
