/// Editable crisis patterns from `Locales/<locale>/crisis.yaml`, all locales together.
public struct CrisisRules: Sendable, Hashable {
    /// A set of phrases that signal one kind of crisis.
    public struct Pattern: Sendable, Hashable {
        /// Stable id, for explain output and counters.
        public var id: String
        /// The kind of crisis it signals.
        public var kind: CrisisKind
        /// Phrases as written by editors.
        public var phrases: [String]
        /// The locale file it came from.
        public var locale: String

        /// Creates a pattern.
        public init(id: String, kind: CrisisKind, phrases: [String], locale: String) {
            self.id = id
            self.kind = kind
            self.phrases = phrases
            self.locale = locale
        }
    }

    /// Every pattern.
    public var patterns: [Pattern]
    /// Everyday idioms that must never count as a crisis ("døde av latter").
    public var idioms: [String]
    /// The names of crisis topics as nouns ("tvangsekteskap", "selvmord"): what a lesson, an essay or the news is
    /// about. Only these words can be talked about; see ``discussionCues``.
    public var discussionTopics: [String]
    /// Words that mark talk *about* a crisis topic: homework, teaching, news, books, routines ("samfunnsfag",
    /// "foreldremøte"). With one of them, a message whose every signal lies inside a topic's name is left to the
    /// word weights; see ``CrisisDetector``.
    public var discussionCues: [String]
    /// Learned word weights for messages no phrase matched (`crisis-weights.yaml`), if the guide has them.
    public var weights: CrisisWeights?

    /// Creates the rules.
    public init(patterns: [Pattern] = [], idioms: [String] = [], discussionTopics: [String] = [], discussionCues: [String] = [],
                weights: CrisisWeights? = nil) {
        self.patterns = patterns
        self.idioms = idioms
        self.discussionTopics = discussionTopics
        self.discussionCues = discussionCues
        self.weights = weights
    }
}
