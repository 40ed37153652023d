import Foundation

/// Finds dates as contracts and policies write them ("March 3, 2025", "3rd day of March, 2025",
/// "3 March 2025", "2025-03-03", "3/3/2025") and turns them into ISO `YYYY-MM-DD`.
public enum DateMentions {
    private static let month =
        "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?"

    /// Groups: 1-3 month-name day year; 4-6 day month-name year; 7-9 ISO; 10-12 numeric (month first,
    /// unless the first number cannot be a month; a two-digit year is 19xx from 50 on, else 20xx).
    /// Tolerates what filings do to dates: "March 12,1999", "as of1 August 2019", "_Dec. 8, 2005",
    /// "first (1st) day of January, 1996", "3-31-16", "31 December, ---- 1996" (an underline between).
    public static let expression = try! TextPattern(
            "(?:(?<![a-z])\(month)\\s+(\\d{1,2})(?:\(ordinal))?(?:\\s*,\\s*|\\s+)(\\d{4})|(?<!\\d)(\\d{1,2})(?:\(ordinal))?\\)?\\s+(?:day\\s+of\\s+)?\(month)(?:\\s*,[\\s\\-_]*|\\s+)(\\d{4})|\\b(\\d{4})-(\\d{2})-(\\d{2})|(?<![\\d/\\-.])(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4}|\\d{2}))\\b",
        anchors: yearsAndNumericSeparators, maximumLength: 120)
    /// Every date the expression finds holds a year from 1900 to 2299 (the only ones `iso` accepts)
    /// or a digit followed by "-" or "/": far rarer in a contract than month names ("may", "mar" in
    /// "primary", "sep" in "separate") or a bare hyphen, so far fewer windows to search.
    private static let yearsAndNumericSeparators = ["19", "20", "21", "22"] + (0...9).flatMap { ["\($0)-", "\($0)/"] }
    private static let ordinal = "st|nd|rd|th|t\\s?h|s\\s?t|n\\s?d|r\\s?d"

    /// The ISO form of a match of `expression`, or nil when it is not a real calendar date.
    public static func iso(_ match: TextMatch, in text: PagedText) -> String? {
        func group(_ index: Int) -> String? {
            let range = match.range(at: index)
            return range.location == NSNotFound ? nil : text.substring(range)
        }
        var year = 0
        var month = 0
        var day = 0
        if let name = group(1), let d = group(2), let y = group(3) {
            (year, month, day) = (Int(y) ?? 0, monthNumber(name), Int(d) ?? 0)
        } else if let d = group(4), let name = group(5), let y = group(6) {
            (year, month, day) = (Int(y) ?? 0, monthNumber(name), Int(d) ?? 0)
        } else if let y = group(7), let m = group(8), let d = group(9) {
            (year, month, day) = (Int(y) ?? 0, Int(m) ?? 0, Int(d) ?? 0)
        } else if let m = group(10), let d = group(11), let y = group(12) {
            (year, month, day) = (Int(y) ?? 0, Int(m) ?? 0, Int(d) ?? 0)
            if y.count == 2 { year += year >= 50 ? 1900 : 2000 }
            if month > 12, day <= 12 { swap(&month, &day) }
        }
        guard (1900...2200).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        var components = DateComponents()
        (components.year, components.month, components.day) = (year, month, day)
        guard components.isValidDate(in: Calendar(identifier: .gregorian)) else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// The first date in a string, as ISO.
    public static func firstISO(in string: String) -> String? {
        let text = PagedText(string)
        for match in expression.matches(in: text) {
            if let iso = iso(match, in: text) { return iso }
        }
        return nil
    }

    /// Adds whole months to an ISO date.
    public static func adding(months: Int, to iso: String) -> String? {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])),
            let later = calendar.date(byAdding: .month, value: months, to: date)
        else { return nil }
        let c = calendar.dateComponents([.year, .month, .day], from: later)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

    /// Today's date in UTC, as ISO.
    public static func today() -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

    private static func monthNumber(_ name: String) -> Int {
        let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        return (names.firstIndex(of: String(name.lowercased().prefix(3))) ?? -1) + 1
    }
}
