import Foundation
import OptiMindCore

/// Reads the length and the purpose of a notice period a contract sets ("60 days' prior written notice" to
/// terminate, "notice of non-renewal at least 30 days before" the term ends).
enum NoticeReading {
    /// The figure and unit of a notice period: "30 days' written notice" is 30 "days", "two weeks' notice" 2 "weeks",
    /// "one (1) month" 1 "months".
    static func length(of period: String) -> (value: Int, unit: String)? {
        let whole = NSRange(location: 0, length: (period as NSString).length)
        guard let match = lengthPattern.firstMatch(in: period, range: whole) else { return nil }
        func group(_ index: Int) -> String {
            let range = match.range(at: index)
            return range.location == NSNotFound ? "" : (period as NSString).substring(with: range).lowercased()
        }
        guard let value = Int(group(1)) ?? smallNumbers[group(1)] else { return nil }
        var unit = group(3)
        if !unit.hasSuffix("s") { unit += "s" }
        let kind = group(2).split(whereSeparator: \.isWhitespace).joined()
        return (value, kind.isEmpty || kind == "calendar" ? unit : kind + " " + unit)
    }

    private static let lengthPattern = try! NSRegularExpression(
        pattern: "(?i)\\b(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty|forty-five|sixty|ninety)\\s+(calendar\\s+|business\\s+|working\\s+)?(days?|weeks?|months?|years?)\\b")
    private static let smallNumbers: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
        "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45, "sixty": 60, "ninety": 90,
    ]

    /// What a notice period's sentence gives notice of: non-renewal before termination ("terminate at the end of the
    /// term by notice of non-renewal"), a cure period before termination ("terminate if the breach is not cured within
    /// 30 days after written notice").
    static func purpose(of sentence: String) -> String {
        for (purpose, pattern) in purposes where pattern.matches(sentence) { return purpose }
        return "other"
    }

    private static let purposes: [(String, StringRegex)] = [
        ("non-renewal", StringRegex(
            "\\bnon-?renew|\\bnot to (renew|extend)|\\b(intent|intention|election|elect)\\w* not to renew|\\bprevent (the )?(automatic )?renewal|\\bautomatic(ally)? (renew|extend)|\\b(renew|extend)\\w* automatically\\b",
            caseInsensitive: true)),
        ("renewal option", StringRegex("\\b(may|option to|right to) (extend|renew)\\b", caseInsensitive: true)),
        ("cure", StringRegex("\\b(cure[ds]?|curing|remed(y|ied|ies)|corrected)\\b|\\bfails? to (pay|perform|comply)\\b[^.]{0,80}\\bwithin\\b", caseInsensitive: true)),
        ("termination", StringRegex("\\b(terminat|cancel|end (this|the|your) (agreement|employment|lease))", caseInsensitive: true)),
        ("resignation", StringRegex("\\bresign", caseInsensitive: true)),
        ("withdrawal", StringRegex("\\bwithdraw", caseInsensitive: true)),
        ("price change", StringRegex(
            "\\b(prices?|pricing|rates?|fees?|charges?|price list)\\b[^.]{0,30}\\b(increase|change|adjust)|\\b(increase|change|adjust|amend|institute new)\\w*\\b[^.]{0,60}\\b(prices?|pricing|rates?|fees?|charges?)\\b",
            caseInsensitive: true)),
        ("suspension", StringRegex("\\bsuspen(d|sion)", caseInsensitive: true)),
        ("discontinuation", StringRegex("\\bdiscontinu", caseInsensitive: true)),
        ("assignment", StringRegex("\\bassign", caseInsensitive: true)),
        ("audit", StringRegex("\\b(audit|inspect)", caseInsensitive: true)),
    ]
}
