import Foundation
import GRDB
import Testing
@testable import VeilederStorage

/// The hand-written timestamps are exactly GRDB's, so rows written either way compare alike.
@Suite("Database timestamps")
struct DatabaseTimestampTests {
    static let dates: [Date] = {
        var generator = SystemRandomNumberGenerator()
        let fixed = [0, 951_782_400, 1_709_164_799.999, 1_709_164_800, 1_764_000_000.0005, 4_102_444_799.9996, 86_399.9999]
            .map { Date(timeIntervalSince1970: $0) }
        let random = (0..<2000).map { _ in
            Date(timeIntervalSince1970: Double.random(in: 0..<4_102_444_800, using: &generator))
        }
        return fixed + random + [Date()]
    }()

    @Test("Written as GRDB writes a Date")
    func formatting() {
        for date in Self.dates {
            #expect(DatabaseTimestamp.string(date) == String.fromDatabaseValue(date.databaseValue), "\(date.timeIntervalSince1970)")
        }
    }

    @Test("Read back as GRDB reads it")
    func parsing() throws {
        for date in Self.dates {
            let text = DatabaseTimestamp.string(date)
            let ours = try #require(DatabaseTimestamp.date(text))
            let grdb = try #require(Date.fromDatabaseValue(text.databaseValue))
            #expect(abs(ours.timeIntervalSince(grdb)) < 0.000_001, "\(text)")
            #expect(DatabaseTimestamp.string(ours) == text)
        }
        // Other SQLite date forms still parse, through GRDB.
        #expect(DatabaseTimestamp.date("2026-11-24 18:30") == Date.fromDatabaseValue("2026-11-24 18:30".databaseValue))
        #expect(DatabaseTimestamp.date("not a date") == nil)
    }
}
