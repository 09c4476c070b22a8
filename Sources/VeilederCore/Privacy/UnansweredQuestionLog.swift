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
    public static func day(of date: Date) -> String {
        let date = CalendarDay(daysSince1970: Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
        return "\(date.year)-\(date.month < 10 ? "0" : "")\(date.month)-\(date.day < 10 ? "0" : "")\(date.day)"
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
