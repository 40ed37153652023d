import Foundation
import Synchronization

/// Makes collision-resistant string ids in the shape Prisma's `cuid()` produces
/// ("c" + time + counter + randomness, base 36), so rows written here look like the platform's own.
public enum RowID {
    private static let counter = Atomic<UInt32>(0)

    public static func make() -> String {
        let millis = UInt64(Date().timeIntervalSince1970 * 1000)
        let count = counter.add(1, ordering: .relaxed).newValue
        var random = SystemRandomNumberGenerator()
        let noise = random.next() & 0xFFFF_FFFF_FFFF
        return "c" + pad(String(millis, radix: 36), 8) + pad(String(count % 1_679_616, radix: 36), 4)
            + pad(String(noise, radix: 36), 10)
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? String(text.suffix(width)) : String(repeating: "0", count: width - text.count) + text
    }
}

/// Prisma stores SQLite DateTime values as INTEGER milliseconds since the Unix epoch.
public enum EpochMillis {
    public static func now() -> Int64 { from(Date()) }
    public static func from(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
    public static func date(_ millis: Int64) -> Date { Date(timeIntervalSince1970: Double(millis) / 1000) }

    /// Midnight UTC of an ISO calendar date ("2026-03-01"), or nil when the text is not one. Counted
    /// by hand: a date formatter costs more to make than the rest of a document's analysis row.
    public static func from(isoDate text: String) -> Int64? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), (1...12).contains(month) else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...lengths[month - 1]).contains(day) else { return nil }
        // Days since 1970-01-01 in the proleptic Gregorian calendar, counting years from March so
        // that the leap day ends a year.
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return Int64(days) * 86_400_000
    }
}
