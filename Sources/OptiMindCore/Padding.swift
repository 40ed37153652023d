import Foundation

/// Runs of spaces and tabs that a text layer uses as padding ("This  Agreement  is  dated",
/// "EXHIBIT 10.1" and two pages of spaces), read as one space.
public enum Padding {
    /// `string` with each run of spaces and tabs one space (line ends stay). At most `limit` UTF-8 bytes
    /// of the result are made; `string` itself comes back when its first `limit` bytes hold no padding.
    public static func collapsed(_ string: String, limit: Int = .max) -> String {
        let padded = string.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var previous: UInt8 = 0
            for byte in bytes.prefix(limit) {
                if byte == 0x09 || (byte == 0x20 && previous == 0x20) { return true }
                previous = byte
            }
            return false
        } ?? true
        guard padded else { return string }
        var kept: [UInt8] = []
        kept.reserveCapacity(min(limit, string.utf8.count))
        var lastWasSpace = false
        for byte in string.utf8 {
            if kept.count >= limit { break }
            let isSpace = byte == 0x20 || byte == 0x09
            if isSpace, lastWasSpace { continue }
            kept.append(isSpace ? 0x20 : byte)
            lastWasSpace = isSpace
        }
        return String(decoding: kept, as: UTF8.self)
    }
}
