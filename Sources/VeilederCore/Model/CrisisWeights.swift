import Foundation

/// Learned word weights: a second crisis signal for messages no phrase matched.
///
/// A logistic regression over a message's words (the crisis detector's stem keys, and pairs of neighbouring stem
/// keys written "a b"), trained by `scripts/train-crisis-weights` on the development probes and stored in
/// `Locales/nb/crisis-weights.yaml`. Outside testers showed that each new writer finds words no phrase list has,
/// above all for indirect reports; weights spread over many words reach further. The detector consults them only
/// when no phrase counts, and shows the numbers when the probability reaches `threshold`.
public struct CrisisWeights: Sendable, Hashable {
    /// The intercept of the logistic regression.
    public var bias: Double
    /// The probability at or above which a message counts as a crisis.
    public var threshold: Double
    /// Weight per stem key ("alen") or pair of neighbouring stem keys ("alen hjem").
    public var terms: [String: Double]

    /// Creates weights.
    public init(bias: Double, threshold: Double, terms: [String: Double]) {
        self.bias = bias
        self.threshold = threshold
        self.terms = terms
    }

    /// The words and pairs the weights are looked up by, each once, in message order. An empty key (a word left
    /// out) counts as nothing and breaks the pairs around it.
    public static func features(stemKeys: [String]) -> [String] {
        var seen = Set<String>()
        var features: [String] = []
        for key in stemKeys where !key.isEmpty && seen.insert(key).inserted { features.append(key) }
        for (first, second) in zip(stemKeys, stemKeys.dropFirst()) where !first.isEmpty && !second.isEmpty {
            let pair = first + " " + second
            if seen.insert(pair).inserted { features.append(pair) }
        }
        return features
    }

    /// The probability that a message with these stem keys reports a crisis. Run for every message no phrase
    /// matched, so it does no more than sum the weights found.
    public func probability(stemKeys: [String]) -> Double {
        var sum = bias
        for feature in Self.features(stemKeys: stemKeys) { sum += terms[feature] ?? 0 }
        return 1 / (1 + exp(-min(max(sum, -30), 30)))
    }

    /// The probability and the (at most three) terms that raised it most, for explanations.
    public func score(stemKeys: [String]) -> (probability: Double, strongest: [String]) {
        let raising = Self.features(stemKeys: stemKeys).compactMap { feature in
            terms[feature].flatMap { $0 > 0 ? (feature, $0) : nil }
        }
        let strongest = raising.sorted { $0.1 > $1.1 }.prefix(3).map(\.0)
        return (probability(stemKeys: stemKeys), strongest)
    }
}
