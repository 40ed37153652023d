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
}
