import Synchronization

/// Remembers how option labels and match phrases were analysed, so a message is compared with the current
/// node's options without analysing the same labels again on every turn (it was the largest share of the
/// engine's time under load). Labels and phrases come from the guide, so the cache stays small; a bound keeps
/// it so even if a caller passes arbitrary text.
final class PhraseAnalysisCache: Sendable {
    /// The most phrases kept.
    static let capacity = 20_000

    private let storage = Mutex<[String: OptionMatcher.Words]>([:])

    /// The cached analysis of `phrase`, computing and keeping it on first use.
    func words(for phrase: String, analyze: (String) -> OptionMatcher.Words) -> OptionMatcher.Words {
        if let cached = storage.withLock({ $0[phrase] }) { return cached }
        let words = analyze(phrase)
        storage.withLock { table in
            if table.count < Self.capacity { table[phrase] = words }
        }
        return words
    }
}
