import Testing
import VeilederCore

@Suite("Calendar days from day counts")
struct CalendarDayTests {
    @Test(arguments: [
        (0, 1970, 1, 1),
        (-1, 1969, 12, 31),
        (59, 1970, 3, 1),
        (11_016, 2000, 2, 29),
        (19_782, 2024, 2, 29),
        (20_516, 2026, 3, 4),
        (-719_468, 0, 3, 1),
    ])
    func dayCount(count: Int, year: Int, month: Int, day: Int) {
        #expect(CalendarDay(daysSince1970: count) == CalendarDay(year: year, month: month, day: day))
    }
}

extension CalendarDay {
    init(year: Int, month: Int, day: Int) {
        self.init(daysSince1970: 0)
        self.year = year
        self.month = month
        self.day = day
    }
}
