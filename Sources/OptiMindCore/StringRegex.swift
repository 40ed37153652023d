import Foundation

/// A Foundation regular expression compiled once, for the short string checks done outside
/// `TextPattern` (a party's name, a line of a page break). `String.range(of:options:
/// .regularExpression)` compiles its pattern again on every call: those calls were about 6% of an
/// analysis run's time.
public struct StringRegex: @unchecked Sendable {
    // NSRegularExpression is immutable once made, and safe to share between threads.
    private let expression: NSRegularExpression

    public init(_ pattern: String, caseInsensitive: Bool = false) {
        // The patterns are literals of the code; a failure is a programming error caught by the tests.
        expression = try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    }

    /// The range of the first match in `string`, or of the last with `last`.
    public func range(in string: String, last: Bool = false) -> Range<String.Index>? {
        let whole = NSRange(string.startIndex..., in: string)
        let match = last ? expression.matches(in: string, range: whole).last : expression.firstMatch(in: string, range: whole)
        return match.flatMap { Range($0.range, in: string) }
    }

    public func matches(_ string: String) -> Bool { range(in: string) != nil }

    /// How many times it matches in `string`, counting no further than `limit`.
    public func count(in string: String, limit: Int = .max) -> Int {
        var found = 0
        expression.enumerateMatches(in: string, range: NSRange(string.startIndex..., in: string)) { _, _, stop in
            found += 1
            if found >= limit { stop.pointee = true }
        }
        return found
    }

    /// The text of the first match's group `group`, or nil when there is no match or the group took part in none.
    public func group(_ group: Int, in string: String) -> Substring? {
        firstMatch(in: string).flatMap { $0[group] }
    }

    /// The first match in `string` as the text of each of its groups (index 0 the whole match; nil for a group that took part
    /// in none), or nil when there is none.
    public func firstMatch(in string: String) -> [Substring?]? {
        expression.firstMatch(in: string, range: NSRange(string.startIndex..., in: string)).map { Self.groups(of: $0, in: string) }
    }

    /// Every match in `string`, in order, as `firstMatch(in:)` gives one.
    public func matches(in string: String) -> [[Substring?]] {
        expression.matches(in: string, range: NSRange(string.startIndex..., in: string)).map { Self.groups(of: $0, in: string) }
    }

    private static func groups(of match: NSTextCheckingResult, in string: String) -> [Substring?] {
        (0..<match.numberOfRanges).map { index in Range(match.range(at: index), in: string).map { string[$0] } }
    }

    /// `string` with every match replaced by `template` ("$1" names a group).
    public func replacing(in string: String, with template: String) -> String {
        expression.stringByReplacingMatches(in: string, range: NSRange(string.startIndex..., in: string), withTemplate: template)
    }
}
