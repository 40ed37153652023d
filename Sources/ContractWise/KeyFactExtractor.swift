import Foundation
import OptiMindCore

/// Finds the key facts of a contract: parties and roles, dates, governing law, amounts, notice periods.
struct KeyFactExtractor {
    let text: PagedText

    private static func regex(
        _ pattern: String, caseInsensitive: Bool = true, anchors: [String]? = nil, maximumLength: Int? = nil
    ) -> TextPattern {
        // The patterns are literals of this file; a failure is a programming error caught by the tests.
        try! TextPattern(pattern, caseInsensitive: caseInsensitive, anchors: anchors, maximumLength: maximumLength)
    }

    private static let partyPattern = regex(
        "([A-Z][A-Za-z0-9&.,'\\- ]{2,90}?)(?:,\\s*(?:an?|the)\\s+[^()\"“”]{0,140}?)?\\s*\\((?:[^()\"“”]{0,40}?)[\"“]([A-Z][A-Za-z ]{1,40})[\"”]\\)",
        caseInsensitive: false, anchors: [")"], maximumLength: 360)
    private static let lawPattern = regex(
        "laws?\\s+of\\s+(?:the\\s+)?((?i:state|commonwealth|province|republic)\\s+of\\s+)?([A-Z][A-Za-z]+(?:\\s+(?:and\\s+)?[A-Z][A-Za-z]+){0,3})",
        caseInsensitive: false)
    private static let lawContext = regex(
        "\\b(governed by|governing law|construed in accordance with|subject to the laws)")
    private static let amountPattern = regex(
        "(?:(?:USD|US\\$|EUR|GBP|CAD|AUD|CHF|JPY|\\$|€|£)\\s?\\d[\\d,]*(?:\\.\\d{1,2})?(?:\\s?(?:million|billion|thousand))?|\\d[\\d,]*(?:\\.\\d{1,2})?\\s?(?:USD|EUR|GBP|dollars|euros|pounds))",
        anchors: ["$", "€", "£", "usd", "eur", "gbp", "cad", "aud", "chf", "jpy", "dollars", "euros", "pounds"], maximumLength: 60)
    private static let noticePattern = regex(
        "\\b(?:\\w+\\s+\\(\\d+\\)|\\d+|one|two|three|six|twelve|thirty|sixty|ninety)\\s+(?:calendar\\s+|business\\s+)?(?:days|months|weeks)['’]?\\s+(?:prior\\s+|advance\\s+)?(?:written\\s+)?notice\\b",
        maximumLength: 160)

    private static let effectiveOnSigning = regex(
        "effective\\s+(as\\s+of\\s+)?the\\s+date\\s+(first\\s+written\\s+above|of\\s+(this\\s+agreement|signature))")

    /// Parties with the role each is given in the opening ("Acme Inc. (the "Supplier")").
    func parties() -> [Party] {
        let opening = NSRange(location: 0, length: min(text.length, 6_000))
        var parties: [Party] = []
        let noise: Set<String> = ["Agreement", "Effective Date", "Confidential Information", "Services", "Premises", "Term"]
        for match in Self.partyPattern.matches(in: text, range: opening) {
            var name = text.substring(match.range(at: 1))
            let role = text.substring(match.range(at: 2)).trimmingCharacters(in: .whitespaces)
            if noise.contains(role) { continue }
            for lead in ["by and between ", "between ", "and ", "by ", "among ", "with "] {
                if let range = name.range(of: lead, options: [.caseInsensitive, .backwards]) {
                    name = String(name[range.upperBound...])
                    break
                }
            }
            name = name.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:\n\t"))
            guard name.count >= 2, name.first?.isUppercase == true, !parties.contains(where: { $0.role == role }) else { continue }
            parties.append(Party(name: name, role: role))
            if parties.count == 6 { break }
        }
        return parties
    }

    /// Agreement, effective and expiration dates, as ISO dates.
    func dates() -> KeyDates {
        var dates = KeyDates()
        let all = DateMentions.expression.matches(in: text)
        func context(_ match: TextMatch, before: Int) -> String {
            let start = max(0, match.range.location - before)
            return text.substring(NSRange(location: start, length: match.range.location - start)).lowercased()
        }
        for match in all {
            guard let iso = DateMentions.iso(match, in: text) else { continue }
            let lead = context(match, before: 90)
            if dates.effectiveDate == nil, lead.range(of: "effective (date|as of)|commencement date|commenc(e|ing) on", options: .regularExpression) != nil {
                dates.effectiveDate = iso
            } else if dates.expirationDate == nil,
                lead.range(of: "expir|until|terminat\\w* on|end(s|ing)? on", options: .regularExpression) != nil
            {
                dates.expirationDate = iso
            } else if dates.agreementDate == nil, match.range.location < 4_000,
                lead.range(of: "dated|made|entered into|as of|this \\d|day of|date:", options: .regularExpression) != nil
                    || match.range.location < 1_500
            {
                dates.agreementDate = iso
            }
        }
        if dates.effectiveDate == nil, let agreement = dates.agreementDate,
            Self.effectiveOnSigning.firstMatch(in: text) != nil
        {
            dates.effectiveDate = agreement
        }
        return dates
    }

    /// The jurisdiction named by the governing-law clause, and its country.
    func governingLaw() -> GoverningLaw {
        for context in Self.lawContext.matches(in: text) {
            let window = NSRange(location: context.range.location, length: min(300, text.length - context.range.location))
            guard let match = Self.lawPattern.firstMatch(in: text, range: window) else { continue }
            var place = text.substring(match.range(at: 2))
            for tail in [" without", " and the", " applicable", " excluding", " as", " in", " which", " that"] {
                if let range = place.range(of: tail) { place = String(place[..<range.lowerBound]) }
            }
            let jurisdiction = place.trimmingCharacters(in: .whitespaces)
            if ["The", "Such", "Any", "That", "This"].contains(jurisdiction) { continue }
            return GoverningLaw(
                jurisdiction: jurisdiction, country: Jurisdictions.country(of: jurisdiction),
                evidence: [text.quote(around: context.range)])
        }
        return GoverningLaw()
    }

    func amounts() -> [String] { distinct(Self.amountPattern, limit: 8) }

    func noticePeriods() -> [String] { distinct(Self.noticePattern, limit: 6) }

    private func distinct(_ expression: TextPattern, limit: Int) -> [String] {
        var seen = Set<String>()
        var found: [String] = []
        for match in expression.matches(in: text) {
            let value = text.substring(match.range).replacingOccurrences(of: "\n", with: " ")
            if seen.insert(value.lowercased()).inserted { found.append(value) }
            if found.count == limit { break }
        }
        return found
    }
}

/// Maps a governing-law jurisdiction to its country.
enum Jurisdictions {
    static let usStates: Set<String> = [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
        "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
        "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
        "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
        "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
        "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "District of Columbia",
    ]
    static let others: [String: String] = [
        "England": "United Kingdom", "England and Wales": "United Kingdom", "Scotland": "United Kingdom",
        "Ontario": "Canada", "British Columbia": "Canada", "Quebec": "Canada", "Alberta": "Canada",
        "Ireland": "Ireland", "Germany": "Germany", "France": "France", "Netherlands": "Netherlands",
        "Switzerland": "Switzerland", "Singapore": "Singapore", "Hong Kong": "China", "Japan": "Japan",
        "New South Wales": "Australia", "Victoria": "Australia", "Israel": "Israel", "India": "India",
        "United States": "United States", "Canada": "Canada", "Australia": "Australia", "Sweden": "Sweden",
    ]

    static func country(of jurisdiction: String) -> String? {
        if usStates.contains(jurisdiction) { return "United States" }
        return others[jurisdiction]
    }
}
