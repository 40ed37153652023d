import Foundation
import OptiMindCore

/// Reads the purpose of a notice period a contract sets ("60 days' prior written notice" to terminate, "notice of
/// non-renewal at least 30 days before" the term ends); its length is `Periods.length(in:)`.
enum NoticeReading {
    /// What a notice period's sentence gives notice of: non-renewal before termination ("terminate at the end of the
    /// term by notice of non-renewal"), a cure period before termination ("terminate if the breach is not cured within
    /// 30 days after written notice").
    static func purpose(of sentence: String) -> String {
        for (purpose, pattern) in purposes where pattern.matches(sentence) { return purpose }
        return "other"
    }

    private static let purposes: [(String, StringRegex)] = [
        ("non-renewal", StringRegex(
            "\\bnon-?renew|\\bnot to (renew|extend)|\\b(intent|intention|election|elect)\\w* not to renew|\\bprevent (the )?(automatic )?renewal|\\bautomatic(ally)? (renew|extend)|\\b(renew|extend)\\w* automatically\\b"
                // "renewing for successive periods of one (1) year unless either party gives three (3) months' written notice"
                + "|\\b(renew|extend)\\w*\\s+for\\s+(successive|further|additional|consecutive)\\b[^.]{0,120}\\bunless\\b"
                // "continues ... from year to year until either party gives ... notice to end it at the end of the Initial Term"
                + "|\\b(end|terminate|expire)\\w*\\b[^.]{0,20}\\bat the end of the (initial|then[- ]current|current|renewal|first) (term|period|year)\\b",
            caseInsensitive: true)),
        // "one further term of five (5) years, which it may exercise by notice given ...", "If the Tenant gives the Landlord
        // written notice ... before the Terminating Date, the Landlord must grant a new lease for the further term".
        ("renewal option", StringRegex(
            "\\b(may|option to|right to) (extend|renew)\\b|\\b(further|additional|renewal|extension) (terms?|periods?)\\b[^.]{0,80}\\bexercis"
                + "|\\bgrant\\b[^.]{0,30}\\ba (new|further) (lease|tenancy|underlease)\\b", caseInsensitive: true)),
        // Not "as its sole remedy" (what follows a missed minimum, not a chance to put it right).
        ("cure", StringRegex("\\b(?:un)?(cure[ds]?|curing|(?<!sole )(?<!exclusive )remed(y|ied|ies)|corrected)\\b|\\bfails? to (pay|perform|comply)\\b[^.]{0,80}\\bwithin\\b", caseInsensitive: true)),
        ("termination", StringRegex("\\b(terminat|cancel|dismiss|ends? (this|the|your) (agreement|employment|lease|tenancy)|ends? it (earlier |early |sooner )?by|notice to (vacate|quit)|notice to end (it|the tenancy|this tenancy|the lease|this lease)\\b)", caseInsensitive: true)),
        ("resignation", StringRegex("\\bresign", caseInsensitive: true)),
        // A partner who withdraws or retires from the partnership.
        ("withdrawal", StringRegex("\\bwithdraw|\\bretire\\w*\\s+(?:as\\s+an?\\s+\\w+\\s+)?from\\b", caseInsensitive: true)),
        ("price change", StringRegex(
            "\\b(prices?|pricing|rates?|fees?|charges?|price list)\\b[^.]{0,30}\\b(increase|change|adjust)|\\b(increase|change|adjust|amend|institute new)\\w*\\b[^.]{0,60}\\b(prices?|pricing|rates?|fees?|charges?)\\b",
            caseInsensitive: true)),
        ("suspension", StringRegex("\\bsuspen(d|sion)", caseInsensitive: true)),
        ("discontinuation", StringRegex("\\bdiscontinu", caseInsensitive: true)),
        ("audit", StringRegex("\\b(audit|inspect)", caseInsensitive: true)),
        // Not the parties' names in an assignment of rights ("the Assignee shall permit ... to inspect").
        ("assignment", StringRegex("\\bassign(?!ors?\\b|ees?\\b)", caseInsensitive: true)),
    ]
}
