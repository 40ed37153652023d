import Foundation

/// A document's text with its page boundaries, so a match found anywhere can be quoted with its page.
///
/// Offsets are UTF-16 offsets, the unit `NSRegularExpression` reports.
public struct PagedText: @unchecked Sendable {
    /// The whole text; pages joined by a form feed.
    public let text: NSString
    /// The same text as a Swift string, made once: regular expressions take a String, and converting
    /// the NSString for every pattern would copy the whole text each time.
    public let string: String
    /// The text lower-cased, as UTF-8, for the pattern pre-filter.
    public let loweredUTF8: [UInt8]
    /// UTF-16 offset where each page starts.
    public let pageStarts: [Int]

    public init(pages: [String]) {
        var starts: [Int] = []
        var offset = 0
        for page in pages {
            starts.append(offset)
            offset += page.utf16.count + 1
        }
        self.pageStarts = starts.isEmpty ? [0] : starts
        let joined = pages.joined(separator: "\u{0C}")
        self.string = joined
        self.loweredUTF8 = Array(joined.lowercased().utf8)
        self.text = joined as NSString
    }

    /// The 1-based page holding a UTF-16 offset.
    public func page(at offset: Int) -> Int {
        var low = 0
        var high = pageStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if pageStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// A quote around a match: the sentence (or line) that holds it, whitespace folded, at most `limit` characters.
    public func quote(around range: NSRange, limit: Int = 280) -> Evidence {
        let length = text.length
        var start = range.location
        var end = min(length, range.location + range.length)
        var steps = 0
        while start > 0, steps < limit / 2 {
            let c = text.character(at: start - 1)
            if c == 0x0C || (c == 0x0A && start >= 2 && text.character(at: start - 2) == 0x0A) { break }
            if (c == 0x2E || c == 0x3B) && start < length && isSpace(text.character(at: start)) { break }
            start -= 1
            steps += 1
        }
        steps = 0
        while end < length, steps < limit / 2 {
            let c = text.character(at: end)
            if c == 0x0C || c == 0x3B || (c == 0x2E && (end + 1 >= length || isSpace(text.character(at: end + 1)))) {
                if c != 0x0C { end += 1 }
                break
            }
            if c == 0x0A && end + 1 < length && text.character(at: end + 1) == 0x0A { break }
            end += 1
            steps += 1
        }
        // Never start or stop inside a word when the walk ran out of room.
        while start > 0, start < range.location, isWordCharacter(text.character(at: start - 1)),
            isWordCharacter(text.character(at: start))
        {
            start += 1
        }
        while end < length, end > range.location + range.length, isWordCharacter(text.character(at: end)),
            isWordCharacter(text.character(at: end - 1))
        {
            end -= 1
        }
        let raw = text.substring(with: NSRange(location: start, length: end - start))
        var folded = raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        if folded.count > limit { folded = String(folded.prefix(limit - 1)) + "…" }
        return Evidence(page: page(at: range.location), quote: folded)
    }

    private func isWordCharacter(_ c: unichar) -> Bool {
        guard let scalar = Unicode.Scalar(c) else { return true }
        return CharacterSet.alphanumerics.contains(scalar)
    }

    private func isSpace(_ c: unichar) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C }
}
