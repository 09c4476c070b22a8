import Foundation
import GRDB
import VeilederCore

/// GRDB's text form of a date, `yyyy-MM-dd HH:mm:ss.SSS` in UTC, written and read by plain arithmetic.
///
/// Why: every conversation write stores a timestamp, and GRDB formats `Date` arguments with a `DateFormatter`
/// (ICU) and reads them back through `Calendar`; on the writer thread that was about 3 % of the server's time
/// in the web benchmark. The text is exactly GRDB's (tests compare the two), so rows written either way sort
/// and compare alike.
enum DatabaseTimestamp {
    /// The stored text of `date`, rounded to the millisecond as `DateFormatter` does.
    static func string(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let (days, millisecondOfDay) = floorDivision(milliseconds, 86_400_000)
        let (year, month, day) = civil(fromDays: Int(days))
        let time = Int(millisecondOfDay)
        var bytes = [UInt8](repeating: 0, count: 23)
        func put(_ value: Int, at offset: Int, digits: Int) {
            var value = value
            for index in stride(from: offset + digits - 1, through: offset, by: -1) {
                bytes[index] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
            }
        }
        put(year, at: 0, digits: 4)
        bytes[4] = UInt8(ascii: "-")
        put(month, at: 5, digits: 2)
        bytes[7] = UInt8(ascii: "-")
        put(day, at: 8, digits: 2)
        bytes[10] = UInt8(ascii: " ")
        put(time / 3_600_000, at: 11, digits: 2)
        bytes[13] = UInt8(ascii: ":")
        put(time / 60_000 % 60, at: 14, digits: 2)
        bytes[16] = UInt8(ascii: ":")
        put(time / 1000 % 60, at: 17, digits: 2)
        bytes[19] = UInt8(ascii: ".")
        put(time % 1000, at: 20, digits: 3)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The date of a stored text: by hand when it has exactly the form ``string(_:)`` writes (years 1000–9999),
    /// otherwise as GRDB reads it (any SQLite date form).
    static func date(_ text: String) -> Date? {
        var text = text
        text.makeContiguousUTF8()
        if let date = text.utf8.withContiguousStorageIfAvailable(parse) ?? nil { return date }
        return Date.fromDatabaseValue(text.databaseValue)
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        guard bytes.count == 23, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes[10] == UInt8(ascii: " "), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              bytes[19] == UInt8(ascii: ".") else { return nil }
        func number(_ offset: Int, _ digits: Int) -> Int? {
            var value = 0
            for index in offset..<(offset + digits) {
                let digit = Int(bytes[index]) - Int(UInt8(ascii: "0"))
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0, 4), year >= 1000, let month = number(5, 2), (1...12).contains(month),
              let day = number(8, 2), (1...31).contains(day), let hour = number(11, 2), hour < 24,
              let minute = number(14, 2), minute < 60, let second = number(17, 2), second < 60,
              let millisecond = number(20, 3) else { return nil }
        let seconds = Int64(days(fromCivil: year, month, day)) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        return Date(timeIntervalSince1970: Double(seconds * 1000 + Int64(millisecond)) / 1000)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days-from-civil).
    static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01.
    static func civil(fromDays count: Int) -> (year: Int, month: Int, day: Int) {
        let date = CalendarDay(daysSince1970: count)
        return (date.year, date.month, date.day)
    }

    private static func floorDivision(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
        let quotient = a >= 0 ? a / b : (a - b + 1) / b
        return (quotient, a - quotient * b)
    }
}
