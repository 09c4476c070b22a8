import Foundation

/// A question the guide could not answer, already scrubbed of personal data and cut off from its conversation:
/// it carries only the day, never a time, a conversation id or anything about the sender.
public struct UnansweredQuestion: Sendable, Hashable, Codable {
    /// The scrubbed text.
    public var text: String
    /// The locale the conversation used.
    public var locale: String
    /// The node the conversation was at when the text arrived.
    public var nodeID: String
    /// The day it was asked, `yyyy-MM-dd` in UTC.
    public var day: String

    /// Scrubs `text` and keeps only the day of `date`; there is no way to build one from unscrubbed text.
    public init(
        text: String, locale: String, nodeID: String, date: Date = Date(),
        scrubber: PersonalDataScrubber = PersonalDataScrubber()
    ) {
        self.text = scrubber.scrub(text)
        self.locale = locale
        self.nodeID = nodeID
        self.day = Self.day(of: date)
    }

    /// The UTC day of a date as `yyyy-MM-dd`, the only time resolution statistics keep.
    ///
    /// Plain arithmetic (Howard Hinnant's days-to-civil) rather than `Calendar`, which is slow to create on
    /// Linux and this runs on every answered message.
    public static func day(of date: Date) -> String {
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down)) + 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}

/// Where unanswered questions go so editors can improve the guide. The storage implements it; tests and the
/// console can use an in-memory log.
public protocol UnansweredQuestionLog: Sendable {
    /// Keeps a scrubbed question.
    func record(_ question: UnansweredQuestion) async throws
    /// The questions asked on or after a day (`yyyy-MM-dd`), oldest first.
    func unansweredQuestions(since day: String) async throws -> [UnansweredQuestion]
}
