extension Router {
    /// The routing policy over ranked candidates (best first).
    ///
    /// - `go`: the best score reaches `goThreshold` and leads the best topic of another category by at
    ///   least `goMargin` (two topics of the same concern are not a real conflict).
    /// - `clarify`: the best score reaches `clarifyThreshold` but not the bar for `go`; offers the topics
    ///   within `clarifyRatio` of the best, at least two when there are two, at most
    ///   `maxClarifyCandidates`.
    /// - `fallback`: nothing reaches `clarifyThreshold`, or the best topic's support is too weak: it explains
    ///   less than `minimumCoverage` of the message, or its coverage plus its evidence stays under
    ///   `minimumSupport` (`bestCoverage`, `bestEvidence`; pass 1 to decide on scores alone), or more than
    ///   `maximumUnknownShare` of the message's information lies in words the guide does not know.
    func decide(_ ranked: [TopicScore], bestCoverage: Double = 1, bestEvidence: Double = 1, unknownShare: Double = 0) -> RouteResult {
        guard let best = ranked.first, best.score >= configuration.clarifyThreshold,
              Self.isSupported(coverage: bestCoverage, evidence: bestEvidence, configuration: configuration),
              unknownShare <= configuration.maximumUnknownShare else {
            return RouteResult(decision: .fallback, candidates: Array(ranked.prefix(3)))
        }
        let rival = ranked.dropFirst().first { $0.category != best.category }
        let lead = best.score - (rival?.score ?? 0)
        if best.score >= configuration.goThreshold, lead >= configuration.goMargin {
            return RouteResult(decision: .go, candidates: Array(ranked.prefix(3)))
        }
        let floor = max(configuration.clarifyThreshold * 0.5, best.score * configuration.clarifyRatio)
        var offered = ranked.prefix(configuration.maxClarifyCandidates).filter { $0.score >= floor }
        if offered.count < 2, ranked.count >= 2 {
            offered = Array(ranked.prefix(2))
        }
        return RouteResult(decision: .clarify, candidates: offered)
    }

    /// The out-of-scope test: a message is in scope when its best topic explains enough of it, where strong
    /// evidence (many topic-specific words matched) makes up for words the guide does not know. A short
    /// message with one known word and two unknown ones is out of scope; a long one with five matched words
    /// and two unknown ones is not.
    static func isSupported(coverage: Double, evidence: Double, configuration: Configuration) -> Bool {
        coverage >= configuration.minimumCoverage
            && (coverage >= configuration.sufficientCoverage || coverage + evidence >= configuration.minimumSupport)
    }
}
