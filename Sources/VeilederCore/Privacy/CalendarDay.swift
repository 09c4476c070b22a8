/// A proleptic Gregorian day in UTC, from plain arithmetic (Howard Hinnant's civil-from-days).
///
/// `Calendar` is slow to create on Linux, and days are computed on every answered message (statistics) and on
/// every stored timestamp, so both use this instead.
public struct CalendarDay: Sendable, Hashable {
    /// The year.
    public var year: Int
    /// The month, 1...12.
    public var month: Int
    /// The day of the month, 1...31.
    public var day: Int

    /// The day `count` days after 1970-01-01 (negative counts go before it).
    public init(daysSince1970 count: Int) {
        let days = count + 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }
}
