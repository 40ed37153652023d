import OptiMindCore

/// Key facts worded for a reader, shared by the HTML and Markdown reports.
enum KeyFactText {
    /// "two (2) years; renews automatically for one-year periods", "not stated". With no length written, the span of
    /// `dates` when the contract gives both ends ("2025-07-01 to 2026-06-30").
    static func term(_ term: TermFacts, dates: KeyDates = KeyDates()) -> String {
        var parts: [String] = []
        if let length = term.length {
            parts.append(length)
        } else if let start = dates.effectiveDate ?? dates.agreementDate, let end = dates.expirationDate, start < end {
            parts.append("\(start) to \(end)")
        }
        // "one-year periods", "periods of twelve (12) months"; a renewal by the year or month as written: "annually", "from year to
        // year", "for annual periods", "on a monthly basis".
        let each = term.renewalLength.map(Self.renewalPeriods) ?? ""
        switch term.renewal {
        case "automatic": parts.append("renews automatically" + each)
        case "option": parts.append("a party may extend it" + (term.renewalLength.map { " for \($0)" } ?? ""))
        case "agreement": parts.append("renews only if the parties agree" + each)
        default: break
        }
        return parts.isEmpty ? "not stated" : parts.joined(separator: "; ")
    }

    /// How each renewal lasts, after "renews automatically": " for one-year periods", " for periods of twelve (12) months",
    /// " annually", " month-to-month", " for annual periods", " on a monthly basis".
    static func renewalPeriods(_ length: String) -> String {
        let lower = length.lowercased()
        if lower.hasPrefix("annual") || lower.hasPrefix("yearly") || lower.hasPrefix("monthly") {
            if lower.hasSuffix("basis") { return " on a\(lower.hasPrefix("annual") ? "n" : "") \(length)" }
            return lower.contains(" ") ? " for \(length)" : " \(length)"
        }
        if lower.hasPrefix("every ") || lower.hasPrefix("each ") || lower.hasPrefix("from ") || lower.contains("-to-") || lower.contains(" to ") {
            return " \(length)"
        }
        return length.hasSuffix("s") ? " for periods of \(length)" : " for \(length) periods"
    }

    /// "Texas, United States"; a country's own law named once ("Israel", not "Israel, Israel"); a law no
    /// clause chooses says where it comes from; "not stated".
    static func law(_ law: GoverningLaw) -> String {
        guard let jurisdiction = law.jurisdiction else { return "not stated" }
        let named = [jurisdiction, law.country.flatMap { jurisdiction.contains($0) ? nil : $0 }].compactMap { $0 }.joined(separator: ", ")
        switch law.inferredFrom {
        case "venue": return named + " (no clause chooses a law; inferred from the courts named for disputes)"
        case "premises": return named + " (no clause chooses a law; the law where the premises are)"
        default: return named
        }
    }

    /// "$385,000 (USD, p. 1); EUR 3,000 (p. 2); C$5,000"; a currency the contract did not state says so
    /// ("$12,000 (USD assumed, p. 3)"); "none found".
    static func amounts(_ amounts: [MoneyAmount]) -> String {
        guard !amounts.isEmpty else { return "none found" }
        return amounts.map { amount in
            let page = amount.evidence.first.map { "p. \($0.page)" }
            let currency = amount.text.uppercased().contains(amount.currency) ? nil : amount.currency + (amount.currencyStated ? "" : " assumed")
            let notes = [currency, page].compactMap { $0 }
            return notes.isEmpty ? amount.text : "\(amount.text) (\(notes.joined(separator: ", ")))"
        }.joined(separator: "; ")
    }

    /// "termination: 60 days' prior written notice (p. 3); cure: 30 days after written notice (p. 4)"; "none found".
    static func noticePeriods(_ periods: [NoticePeriod]) -> String {
        guard !periods.isEmpty else { return "none found" }
        return periods.map { period in
            let page = period.evidence.first.map { " (p. \($0.page))" } ?? ""
            return (period.purpose == "other" ? "" : period.purpose + ": ") + period.text + page
        }.joined(separator: "; ")
    }

    /// "the state and federal courts located in King County, Washington (exclusive)", "arbitration in
    /// Chicago, Illinois", "not stated".
    static func venue(_ venue: Venue) -> String {
        guard let forum = venue.forum else { return "not stated" }
        let courts = venue.arbitration || !forum.lowercased().contains("court") ? forum : "the " + forum
        return venue.exclusive ? courts + " (exclusive)" : courts
    }
}
