import Foundation
import OptiMindCore

/// Reads the figure and the currency of an amount as a contract writes it ("USD 12,500.50", "$2.5 million",
/// "5.000,00 EUR", "Rs. 5,00,000", "CHF 10'000", "30,000 yuan").
enum MoneyReading {
    /// The ISO 4217 code of an amount's currency sign, code or word, and whether the contract stated it
    /// (a bare "$" or "dollars" is read by `country`, the country of the contract's governing law).
    static func currency(of text: String, country: String?) -> (code: String, stated: Bool) {
        // "R 48 500": South African rand ("Rs." is rupees).
        if text.hasPrefix("R"), let next = text.dropFirst().first, next.isNumber || next == " " { return ("ZAR", true) }
        // A no-break space or a tab after a code ("COP\u{a0}12.000.000") is a space.
        let lowered = String(text.lowercased().map { $0.isWhitespace ? " " : $0 })
        // Most amounts are "$" and figures: no code or word to look for.
        if lowered.contains(where: { $0.isLetter || $0 == "€" || $0 == "£" }) {
            for (mark, code) in statedMarks where lowered.contains(mark) { return (code, true) }
        }
        for (mark, codes) in sharedMarks where lowered.contains(mark) {
            return (country.flatMap { codes.byCountry[$0] } ?? codes.otherwise, false)
        }
        return ("USD", false)
    }

    /// Whether an amount is written in bare dollars ("$2,000", "500 dollars"), whose kind the contract may name elsewhere.
    static func isDollar(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return dollarMarks.contains { lowered.contains($0) }
    }

    private static let dollarMarks = ["$", "dollar"]

    /// Signs, codes and words one currency owns, longest first where one contains another ("us$" before "$").
    private static let statedMarks: [(String, String)] = [
        ("us$", "USD"), ("hk$", "HKD"), ("nt$", "TWD"), ("s$", "SGD"), ("a$", "AUD"), ("c$", "CAD"), ("nz$", "NZD"),
        ("usd", "USD"), ("eur", "EUR"), ("gbp", "GBP"), ("cad", "CAD"), ("aud", "AUD"), ("chf", "CHF"), ("jpy", "JPY"),
        ("inr", "INR"), ("rmb", "CNY"), ("cny", "CNY"), ("hkd", "HKD"), ("sgd", "SGD"), ("nzd", "NZD"), ("krw", "KRW"),
        ("twd", "TWD"), ("dkk", "DKK"), ("brl", "BRL"), ("mxn", "MXN"), ("sek", "SEK"), ("nok", "NOK"), ("zar", "ZAR"),
        ("ils", "ILS"), ("nis", "ILS"), ("aed", "AED"), ("sar", "SAR"), ("qar", "QAR"), ("kwd", "KWD"), ("bhd", "BHD"), ("omr", "OMR"),
        // Codes written before the figure, with the space after them: "ars" is also the end of "dollars".
        ("cop ", "COP"), ("clp ", "CLP"), ("ars ", "ARS"), ("pln ", "PLN"), ("czk ", "CZK"), ("huf ", "HUF"), ("thb ", "THB"), ("myr ", "MYR"),
        ("idr ", "IDR"), ("ngn ", "NGN"), ("kes ", "KES"), ("egp ", "EGP"), ("rub ", "RUB"), ("vnd ", "VND"), ("pkr ", "PKR"), ("bdt ", "BDT"),
        // The same written after the figure: "4 000 PLN".
        (" pln", "PLN"), (" czk", "CZK"), (" huf", "HUF"), ("€", "EUR"), ("£", "GBP"), ("euro", "EUR"), ("sterling", "GBP"),
        ("japanese yen", "JPY"), ("swiss franc", "CHF"), ("yuan", "CNY"), ("renminbi", "CNY"),
    ]

    /// Signs and words several currencies share: the one the contract's country uses, else the commonest.
    private static let sharedMarks: [(String, (byCountry: [String: String], otherwise: String))] = dollarMarks.map { ($0, (dollarCountries, "USD")) } + [
        ("¥", (["China": "CNY"], "JPY")), ("yen", ([:], "JPY")),
        ("franc", (["France": "EUR", "Belgium": "EUR", "Luxembourg": "EUR"], "CHF")),
        ("rs.", (["Pakistan": "PKR", "Sri Lanka": "LKR"], "INR")), ("rupee", (["Pakistan": "PKR", "Sri Lanka": "LKR"], "INR")),
        ("pound", (["Egypt": "EGP"], "GBP")),
    ]

    private static let dollarCountries = [
        "Canada": "CAD", "Australia": "AUD", "New Zealand": "NZD", "Singapore": "SGD", "Taiwan": "TWD", "Mexico": "MXN",
        "Hong Kong": "HKD", "Bermuda": "BMD", "Bahamas": "BSD", "Barbados": "BBD", "Jamaica": "JMD", "Cayman Islands": "KYD",
    ]

    /// The figure: thousands grouped by commas, full stops, apostrophes or spaces (or the Indian lakh groups),
    /// decimals after a full stop or a comma, times "million", "billion" or "thousand" ("k": "USD 5k"). A single full stop or
    /// comma before exactly three digits groups thousands ("€12.500", "$1,500"); before one, two or four
    /// digits it marks decimals ("$7.50", "5,5 EUR").
    static func value(of text: String) -> Double? {
        let lowered = text.lowercased()
        var digits = ""
        var separators: [(Character, Int)] = []  // a separator and how many digits follow it before the next one
        var started = false
        var index = lowered.startIndex
        while index < lowered.endIndex {
            let character = lowered[index]
            if character.isASCII, character.isNumber {
                digits.append(character)
                started = true
                if let last = separators.indices.last { separators[last].1 += 1 }
            } else if started, ",.'’\u{00A0} ".contains(character), lowered[lowered.index(after: index)...].first?.isNumber == true {
                separators.append((character, 0))
                digits.append("|")
            } else if started {
                break
            }
            index = lowered.index(after: index)
        }
        guard started else { return nil }
        var groups = digits.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        var decimals = ""
        if let last = separators.last, [",", "."].contains(last.0) {
            let sameBefore = separators.dropLast().contains { $0.0 == last.0 }
            let otherBefore = separators.dropLast().contains { $0.0 != last.0 }
            // "1,250,000.50", "1.250.000,50", "7.50", "5,5": the last mark is decimal when it differs from the
            // grouping marks before it, or stands alone before other than three digits.
            if otherBefore || (!sameBefore && last.1 != 3) {
                decimals = groups.removeLast()
            }
        }
        guard var number = Double(groups.joined() + (decimals.isEmpty ? "" : "." + decimals)) else { return nil }
        let words = lowered.split(whereSeparator: { !$0.isLetter })
        if words.contains(where: { ["billion", "bn"].contains($0) }) {
            number *= 1_000_000_000
        } else if words.contains(where: { ["million", "mn", "m"].contains($0) }) {
            number *= 1_000_000
        } else if words.contains("thousand") || words.contains("k") {
            number *= 1_000
        }
        return number
    }
}
