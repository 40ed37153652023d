import CTextSearch

/// Whether one run of bytes holds another, by the C search the pattern engine uses: Foundation's `String.contains` is
/// far slower on the short strings compared here (quotes, the words before a date).
public enum ByteSearch {
    public static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBytes { text in
            needle.withUnsafeBytes { optimind_find_bytes(text.baseAddress!, text.count, $0.baseAddress!, $0.count) >= 0 }
        }
    }
}
