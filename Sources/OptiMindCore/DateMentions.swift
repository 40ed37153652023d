import Foundation

/// Finds dates as contracts and policies write them ("March 3, 2025", "3rd day of March, 2025",
/// "3 March 2025", "2025-03-03", "3/3/2025") and turns them into ISO `YYYY-MM-DD`.
public enum DateMentions {
    private static let monthNames =
        "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
    private static let month = "(" + monthNames + ")\\.?"
    /// A month's name or its abbreviation in lower case, not captured: for expressions elsewhere that read a date
    /// in its place (a case-sensitive one wraps it in `(?i:...)`).
    public static let monthName = "(?:" + monthNames + ")\\.?"
    /// Whether a word is a month's name or its abbreviation alone: "January", "Sept.".
    public static func isMonthName(_ word: String) -> Bool { monthWord.matches(word) }
    private static let monthWord = StringRegex("^(?:" + monthNames + ")\\.?$", caseInsensitive: true)

    /// Groups: 1-3 month-name day year; 4-6 day month-name year; 7-9 year month day (ISO, or with "/"
    /// or "."); 10-12 numeric (month first, unless the first number cannot be a month; a two-digit year
    /// is 19xx from 50 on, else 20xx);
    /// 13-15 day, month, year with full stops ("05.03.2019", the European order). Dates whose day is
    /// written in words are `wordExpression`'s: `mentions(in:)` gives both.
    /// Tolerates what filings do to dates: "March 12,1999", "July1, 2010", "as of1 August 2019", "_Dec. 8, 2005",
    /// "first (1st) day of January, 1996", "3-31-16", "31 December, ---- 1996" (an underline between),
    /// "5 th day of March , 2019", "October 29 th , 2008", "the 5th of March 2019", "March, A.D. 2019",
    /// "March, in the year 2019", "5-Mar-2019", "2019/03/05", "15th day of the month of March, 2019", "15th day of March of 2019",
    /// "March, 15 2019"; and a blank filled in: "the __29__ day of May, 2015", "the ___3rd___ day of ___March___, 2015",
    /// "this ____5/3/99______"; "the 22d day of March, 2015"; "15-Jan-20" (a two-digit year only with hyphens
    /// on both sides of the month: a citation's "FAR 52.203-3 Apr-84" is no 3 April 1984).
    public static let expression = try! TextPattern(
            "(?:(?<![a-z])\(month),?\\s*(\\d{1,2})(?:\\s{0,2}(?:\(ordinal)))?(?:\\s*,\\s*|\\s+)(\\d{4})"
            + "|(?<!\\d)(\\d{1,2})(?:\\s{0,2}(?:\(ordinal)))?\\)?(?:_*\\s+(?:day\\s+of\\s+(?:the\\s+month\\s+of\\s+)?|of\\s+)?_*|-)\(month)(?:\(yearLead)|-)(\\d{4}|(?<=\\d-[A-Za-z]{3,9}-)\\d{2}(?!\\d))"
            + "|\\b(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})|" + numericDay
            + "|(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}))(?:\\b|(?=_))",
        anchors: yearsAndNumericSeparators, maximumLength: 120)
    /// "the fifth day of March, 2019", "twenty-first day of June, in the year 2020", "the last day of February
    /// 2028": groups 1-3 are the ordinal, the month and the year. Searched around "day", since an alternative of `expression` that
    /// may start at any letter would make it try every position of its windows.
    public static let wordExpression = try! TextPattern(
        "\\b((?:(?:twenty|thirty)[\\s-]?)?(?:\(ordinalWords))|last)\\s+day\\s+of\\s+(?:the\\s+month\\s+of\\s+)?\(month)\(yearLead)(\\d{4})\\b",
        anchors: ["day"], maximumLength: 90)
    /// A year in words after a day and month: "this 5th day of March, two thousand nineteen", "5 March
    /// Two Thousand and Twenty-One", "the Fifteenth day of March, Nineteen Hundred and Ninety-Eight", "fifteenth (15th) day
    /// of January, two thousand and twenty".
    /// Groups: 1 the day (digits or an ordinal in words), 2 the month, 3 the century ("two thousand",
    /// "nineteen hundred"), 4 the words after it.
    public static let yearInWords = try! TextPattern(
        "(?<![\\d\\p{L}])(\\d{1,2}|(?:(?:twenty|thirty)[\\s-]?)?(?:\(ordinalWords)))(?:\\s{0,2}(?:\(ordinal)))?\\)?(?:\\s*\\(\\d{1,2}(?:\\s{0,2}(?:\(ordinal)))?\\))?(?:\\s+day\\s+of)?\\s+\(month)\\s*,?\\s+(?:in\\s+the\\s+year\\s+(?:of\\s+)?(?:our\\s+lord\\s+)?)?(two\\s+thousand|nineteen\\s+hundred)(?:\\s+and)?(?:\\s+([a-z]+(?:[\\s-][a-z]+)?))?\\b",
        anchors: ["thousand", "hundred"], maximumLength: 140)
    private static let unitWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    private static let teenWords = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    private static let tensWords = ["twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90]

    /// The number 0-99 written in words ("nineteen", "twenty-one", "twenty one"); nil for other words.
    static func cardinal(_ words: String) -> Int? {
        let parts = words.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\n" }).map(String.init)
        if parts.isEmpty { return 0 }
        if parts.count == 1 {
            if let unit = unitWords.firstIndex(of: parts[0]) { return unit + 1 }
            if let teen = teenWords.firstIndex(of: parts[0]) { return teen + 10 }
            return tensWords[parts[0]]
        }
        guard parts.count == 2, let tens = tensWords[parts[0]], let unit = unitWords.firstIndex(of: parts[1]) else { return nil }
        return tens + unit + 1
    }

    /// Every date the expression finds holds a year from 1900 to 2299 (the only ones `iso` accepts)
    /// or a digit followed by "-" or "/": far rarer in a contract than month names ("may", "mar" in
    /// "primary", "sep" in "separate") or a bare hyphen, so far fewer windows to search.
    private static let yearsAndNumericSeparators = ["19", "20", "21", "22"] + (0...9).flatMap { ["\($0)-", "\($0)/"] }
    /// Ordinal suffixes, also spaced apart as a text layer may leave them ("5 t h") and the "2d" and "3d" (and
    /// "22d", "23d") of older American drafting.
    private static let ordinal = "st|nd|rd|th|t\\s{0,2}h|s\\s{0,2}t|n\\s{0,2}d|r\\s{0,2}d|(?<=[23])d"
    /// What may stand between a month and its year: a comma, an underline (before or after it), "A.D.", "in the year" (of our Lord), and
    /// "day of" in "made the 20 March day of 1998", "of" in "March of 2019".
    private static let yearLead = "(?:_*\\s*,[\\s\\-_]*|_*\\s+)(?:a\\.?\\s?d\\.?\\s*|in\\s+the\\s+year\\s+(?:of\\s+)?(?:our\\s+lord\\s+)?|day\\s+of\\s+|of\\s+)?"
    private static let ordinalWordValues: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
        "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    ]
    private static let ordinalWords = ordinalWordValues.keys.sorted { $0.count > $1.count }.joined(separator: "|")

    /// The day an ordinal in words names: "fifth" 5, "twenty-first" 21, "thirty first" 31.
    public static func ordinalDay(_ words: String) -> Int? {
        let lower = words.lowercased()
        if let day = ordinalWordValues[lower] { return day }
        // "twenty-first", "thirty first": the tens, then a unit below ten.
        let parts = lower.split(whereSeparator: { $0 == "-" || $0.isWhitespace })
        guard parts.count == 2, let tens = ["twenty": 20, "thirty": 30][String(parts[0])],
            let unit = ordinalWordValues[String(parts[1])], unit < 10
        else { return nil }
        return tens + unit
    }

    /// The ISO form of a match of `expression`, or nil when it is not a real calendar date. `dayFirst` reads
    /// "01/03/2024" as 1 March (as written in the United Kingdom and most of the world), else as January 3.
    public static func iso(_ match: TextMatch, in text: PagedText, dayFirst: Bool = false) -> String? {
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
            // "15-Jan-20": a two-digit year as for numeric dates.
            if y.count == 2 { year += year >= 50 ? 1900 : 2000 }
        } else if let y = group(7), let m = group(8), let d = group(9) {
            (year, month, day) = (Int(y) ?? 0, Int(m) ?? 0, Int(d) ?? 0)
        } else if let m = group(10), let d = group(11), let y = group(12) {
            (year, month, day) = (Int(y) ?? 0, Int(m) ?? 0, Int(d) ?? 0)
            if y.count == 2 { year += year >= 50 ? 1900 : 2000 }
            if dayFirst, day <= 12 { swap(&month, &day) }
            if month > 12, day <= 12 { swap(&month, &day) }
        } else if let d = group(13), let m = group(14), let y = group(15) {
            (year, month, day) = (Int(y) ?? 0, Int(m) ?? 0, Int(d) ?? 0)
        }
        return iso(year: year, month: month, day: day)
    }

    /// Whether a text writes its numeric dates day first, as it says ("(dd/mm/yyyy)", "MM/DD/YYYY") or as its
    /// dates show: one that can only be read day first ("25/03/2021") and none that can only be read month
    /// first ("03/25/2021"), or the other way round. Nil when it does not tell.
    public static func writesDayFirst(_ text: PagedText) -> Bool? {
        if let declared = declaredOrder.firstMatch(in: text) {
            return declared.range(at: 1).location != NSNotFound
        }
        var dayFirst = false
        var monthFirst = false
        for match in numericDate.matches(in: text) {
            guard let first = Int(text.substring(match.range(at: 1))), let second = Int(text.substring(match.range(at: 2))) else { continue }
            if first > 12, (1...12).contains(second) { dayFirst = true }
            if second > 12, (1...12).contains(first) { monthFirst = true }
        }
        return dayFirst == monthFirst ? nil : dayFirst
    }
    /// A numeric date's order as a form states it: group 1 day first ("dd/mm/yyyy", "DD-MM-YY"), group 2 month first.
    private static let declaredOrder = try! TextPattern(
        "\\b(?:(dd[/.\\-]mm)|(mm[/.\\-]dd))[/.\\-](?:yyyy|yy)\\b", anchors: ["dd/", "dd-", "dd.", "mm/", "mm-", "mm."], maximumLength: 12)
    /// A numeric date with slashes or hyphens, as `expression` reads it ("25/03/2021", "3-31-16"): groups 1 to 3.
    private static let numericDay = "(?<![\\d/\\-.])(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4}|\\d{2})"
    /// `expression`'s numeric dates alone: groups 1 and 2 the first two numbers. Found through a digit and its separator,
    /// where `expression` also looks at every year.
    private static let numericDate = try! TextPattern(
        numericDay + "(?!\\d)", anchors: (0...9).flatMap { ["\($0)-", "\($0)/"] }, maximumLength: 12)

    /// A date where a text writes it, and its ISO form.
    public struct Mention: Sendable {
        public let range: NSRange
        public let iso: String
    }

    /// Every date of a text in the order they are written (`dayFirst`: see `iso`).
    public static func mentions(in text: PagedText, dayFirst: Bool = false) -> [Mention] {
        var found = expression.matches(in: text).compactMap { match in
            iso(match, in: text, dayFirst: dayFirst).map { Mention(range: match.range, iso: $0) }
        }
        let worded = wordExpression.matches(in: text).compactMap { match -> Mention? in
            let group = { (index: Int) in text.substring(match.range(at: index)) }
            let (year, month) = (Int(group(3)) ?? 0, monthNumber(group(2)))
            guard let day = group(1).lowercased() == "last" ? lastDay(ofMonth: month, year: year) : ordinalDay(group(1)) else { return nil }
            return iso(year: year, month: month, day: day).map { Mention(range: match.range, iso: $0) }
        }
        // A year in words: the words after "two thousand" or "nineteen hundred" that are a number (none: 2000,
        // 1900); others ("two thousand nineteen dollars" is no date) end the year there.
        let yearWorded = yearInWords.matches(in: text).compactMap { match -> Mention? in
            let words = match.range(at: 4).location == NSNotFound ? "" : text.substring(match.range(at: 4))
            let written = text.substring(match.range(at: 1))
            // The capture takes two words; when they are no number, the first alone may be ("two thousand fifteen by").
            let firstWord = words.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\n" }).first.map(String.init) ?? ""
            guard let day = Int(written) ?? ordinalDay(written), let year = cardinal(words) ?? cardinal(firstWord) else { return nil }
            let century = text.substring(match.range(at: 3)).lowercased().hasPrefix("two") ? 2000 : 1900
            return iso(year: century + year, month: monthNumber(text.substring(match.range(at: 2))), day: day).map { Mention(range: match.range, iso: $0) }
        }
        if !worded.isEmpty || !yearWorded.isEmpty {
            found = (found + worded + yearWorded).sorted { $0.range.location < $1.range.location }
        }
        return found
    }

    /// How many days a month has, as the Gregorian calendar counts them (nil for no month).
    static func lastDay(ofMonth month: Int, year: Int) -> Int? {
        let calendar = Calendar(identifier: .gregorian)
        guard (1...12).contains(month), let first = calendar.date(from: DateComponents(year: year, month: month, day: 1)) else { return nil }
        return calendar.range(of: .day, in: .month, for: first)?.count
    }

    private static func iso(year: Int, month: Int, day: Int) -> String? {
        guard (1900...2200).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        var components = DateComponents()
        (components.year, components.month, components.day) = (year, month, day)
        guard components.isValidDate(in: Calendar(identifier: .gregorian)) else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// The first date in a string, as ISO.
    public static func firstISO(in string: String) -> String? {
        mentions(in: PagedText(string)).first?.iso
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
