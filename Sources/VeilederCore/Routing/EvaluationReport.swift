/// Routing and crisis figures over an `EvaluationSet`, with every miss listed.
///
/// Definitions (also in docs/routing.md):
/// - top-1: category rows whose best-ranked topic has the right category and were not sent to the
///   fallback; top-3: the right category among the three best-ranked topics, fallback again a miss;
/// - clarify rate: category rows that got a "did you mean" question;
/// - crisis recall: crisis rows the detector caught (any kind); kind accuracy: caught with the labelled kind;
/// - crisis false positives: non-crisis rows where the detector fired (idiom rows counted apart too);
/// - out-of-scope → fallback: out-of-scope rows the router sent to the fallback.
public struct EvaluationReport: Sendable, Hashable {
    /// A row that did not get what its label asks for.
    public struct Miss: Sendable, Hashable {
        /// The row.
        public var row: EvaluationSet.Row
        /// What happened instead, in a few words.
        public var outcome: String
    }

    /// Category rows, and how many were right at rank 1 and within rank 3.
    public var categoryRows = 0, top1 = 0, top3 = 0, clarified = 0, categoryFallbacks = 0
    /// Crisis rows, how many were caught, and how many with the labelled kind.
    public var crisisRows = 0, crisisCaught = 0, crisisKindRight = 0
    /// Non-crisis rows and false alarms on them; idiom rows and false alarms on them.
    public var nonCrisisRows = 0, falseAlarms = 0, idiomRows = 0, idiomFalseAlarms = 0
    /// Out-of-scope rows and how many fell back.
    public var outOfScopeRows = 0, outOfScopeFallbacks = 0
    /// Every miss, in file order.
    public var misses: [Miss] = []

    /// Runs the detector and the router over every row, as the engine would: crisis first.
    public init(set: EvaluationSet, detector: CrisisDetector, router: Router) {
        for row in set.rows {
            let detection = detector.detect(row.message)
            if case .crisis(let kind) = row.expectation {
                crisisRows += 1
                guard let detection else {
                    misses.append(Miss(row: row, outcome: "crisis missed"))
                    continue
                }
                crisisCaught += 1
                if detection.kind == kind { crisisKindRight += 1 }
                continue
            }
            nonCrisisRows += 1
            if row.hasTag("idiom") { idiomRows += 1 }
            if let detection {
                falseAlarms += 1
                if row.hasTag("idiom") { idiomFalseAlarms += 1 }
                misses.append(Miss(row: row, outcome: "false crisis \(detection.kind.rawValue) (\(detection.phrase))"))
            }
            let route = router.route(row.message)
            let ranked = route.candidates.map(\.category)
            switch row.expectation {
            case .category(let category):
                categoryRows += 1
                if route.decision == .clarify { clarified += 1 }
                if route.decision == .fallback {
                    categoryFallbacks += 1
                    misses.append(Miss(row: row, outcome: "fallback"))
                    continue
                }
                if ranked.first == category { top1 += 1 }
                if ranked.prefix(3).contains(category) { top3 += 1 }
                if ranked.first != category {
                    let shown = route.candidates.prefix(3).map { "\($0.topicID) \(RouteExplanation.format($0.score))" }
                    misses.append(Miss(row: row, outcome: "\(route.decision.rawValue) → \(shown.joined(separator: ", "))"))
                }
            case .outOfScope:
                outOfScopeRows += 1
                if route.decision == .fallback {
                    outOfScopeFallbacks += 1
                } else {
                    let shown = route.candidates.prefix(3).map { "\($0.topicID) \(RouteExplanation.format($0.score))" }
                    misses.append(Miss(row: row, outcome: "\(route.decision.rawValue) → \(shown.joined(separator: ", "))"))
                }
            case .crisis:
                break
            }
        }
    }

    /// `part / whole` as a fraction, 0 for an empty whole.
    static func rate(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }

    /// Top-1 category accuracy.
    public var top1Accuracy: Double { Self.rate(top1, categoryRows) }
    /// Top-3 category accuracy.
    public var top3Accuracy: Double { Self.rate(top3, categoryRows) }
    /// Share of category rows answered with "did you mean".
    public var clarifyRate: Double { Self.rate(clarified, categoryRows) }
    /// Share of crisis rows caught.
    public var crisisRecall: Double { Self.rate(crisisCaught, crisisRows) }
    /// Share of non-crisis rows that showed emergency numbers.
    public var crisisFalsePositiveRate: Double { Self.rate(falseAlarms, nonCrisisRows) }
    /// Share of out-of-scope rows sent to the fallback.
    public var outOfScopeFallbackRate: Double { Self.rate(outOfScopeFallbacks, outOfScopeRows) }

    /// The figures, one per line, then the misses.
    public func rendered(includeMisses: Bool = true) -> String {
        func percent(_ value: Double) -> String { RouteExplanation.format(value * 100) + " %" }
        var lines = [
            "rows: \(categoryRows) category, \(crisisRows) crisis, \(outOfScopeRows) out of scope",
            "top-1 category accuracy:   \(percent(top1Accuracy)) (\(top1)/\(categoryRows))",
            "top-3 category accuracy:   \(percent(top3Accuracy)) (\(top3)/\(categoryRows))",
            "clarify rate:              \(percent(clarifyRate)) (\(clarified)/\(categoryRows)); fallbacks \(categoryFallbacks)",
            "crisis recall:             \(percent(crisisRecall)) (\(crisisCaught)/\(crisisRows)); kind right \(crisisKindRight)",
            "crisis false positives:    \(percent(crisisFalsePositiveRate)) (\(falseAlarms)/\(nonCrisisRows)); idioms \(idiomFalseAlarms)/\(idiomRows)",
            "out-of-scope → fallback:   \(percent(outOfScopeFallbackRate)) (\(outOfScopeFallbacks)/\(outOfScopeRows))",
        ]
        if includeMisses {
            for miss in misses { lines.append("  line \(miss.row.line): \(miss.row.message) → \(miss.outcome)") }
        }
        return lines.joined(separator: "\n")
    }
}
