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

    /// Not a termination before the term ends: "may terminate this Agreement for convenience before the end of the Initial
    /// Term on ninety (90) days' notice" ends it early, and its notice is a termination's, not a non-renewal's.
    private static let notEarly = "(?!.*\\b(for convenience|at any time|early|earlier)\\b)"

    private static let purposes: [(String, StringRegex)] = [
        ("non-renewal", StringRegex(
            "\\bnon-?\\s?renew|\\bnot to (renew|extend)|\\b(intent|intention|election|elect)\\w* not to renew|\\bprevent (the )?(automatic )?renewal|\\bautomatic(ally)? (be )?(renew|extend)|\\b(renew|extend)\\w* automatically\\b"
                // "renewing for successive periods of one (1) year unless either party gives three (3) months' written notice"
                + "|\\b(renew|extend|extension)\\w*\\s+for\\s+(successive|further|additional|consecutive)\\b[^.]{0,120}\\bunless\\b"
                // "At the end of the term this Lease will continue on a month-to-month basis unless either party gives ... notice".
                + "|\\bcontinue\\w*\\s+(on\\s+a\\s+|as\\s+a\\s+)?(month[- ]to[- ]month|year[- ]to[- ]year|from\\s+(month|year)\\s+to\\s+(month|year))\\b[^.]{0,80}\\bunless\\b"
                // "continues ... from year to year until either party gives ... notice to end it at the end of the Initial Term", "may be
                // terminated by either party at the expiration of its term or any renewal term upon thirty (30) days written notice"
                + "|\\b(end|terminat|expir)\\w*\\b[^.]{0,40}\\bat the (end|expiration|expiry) of (the|its|this|any) (initial |then[- ]current |current |renewal |first |original )?(term|period|year)\\b"
                // "notice of termination ... no later than ninety (90) calendar days prior to the expiration of the relevant Term".
                + "|^(?=.*\\b(terminat|cancel))(?!.*\\b(option|right) to\\b)" + notEarly + ".*\\b(prior to|before) the (end|expiration|expiry)( date)? of the (relevant|respective|then[- ]current|current|initial|original|renewal)\\b"
                // A notice due before the end of an initial or renewal term, whether or not its sentence says "terminate": "which
                // notice must be given not less than fifteen (15) days before the end of the respective initial or renewal term" (not
                // a renewal option's), "Such notice must be given ninety (90) days prior to expiration of the original term"; not a franchisee's notice to take a "Successor Franchise".
                + "|^(?!.*\\b(may|option to|right to|wish\\w* to) (extend|renew)\\b)(?!.*\\bexercis)" + notEarly + "(?!.*\\bsuccessor (franchise|term|agreement|lease)\\b).*\\b(prior to|before) (the )?(end|expiration|expiry) of (the|its|this) (respective |relevant |then[- ]current )?(initial or renewal|initial|original|renewal|current|then[- ]current) term\\b"
                // "giving at least twelve (12) months' prior written notice to expire on or after the expiry date of the initial term".
                + "|\\b(expire|end|terminate)\\w*\\s+on\\s+or\\s+after\\s+the\\s+(expiry|expiration|end)\\b",
            caseInsensitive: true)),
        // "one further term of five (5) years, which it may exercise by notice given ...", "If the Tenant gives the Landlord
        // written notice ... before the Terminating Date, the Landlord must grant a new lease for the further term".
        ("renewal option", StringRegex(
            "\\b(may|option to|right to|wish\\w* to) (extend|renew)\\b|\\b(further|additional|renewal|extension) (terms?|periods?)\\b[^.]{0,80}\\bexercis"
                // "Tenant may exercise the renewal option by giving Landlord written notice at least 180 days before ...".
                + "|\\b(renewal|extension) options?\\b"
                + "|\\bgrant\\b[^.]{0,30}\\ba (new|further) (lease|tenancy|underlease)\\b"
                // "The Franchisee has the right to a successor franchise upon giving six (6) months notice".
                + "|\\b(right|option) to (a |an )?(successor|renewal|further|new) (franchise|term|lease|agreement|licen[cs]e)\\b", caseInsensitive: true)),
        // Not "as its sole remedy" (what follows a missed minimum, not a chance to put it right).
        // A tenancy's "14-day notice to pay or vacate" too.
        ("cure", StringRegex("\\b(?:un)?(cure[ds]?|curing|(?<!sole )(?<!exclusive )remed(y|ied|ies)|corrected)\\b|\\bfails? to (pay|perform|comply)\\b[^.]{0,80}\\bwithin\\b"
            + "|\\bnotice to (pay|comply|perform)( rent)? or (vacate|quit)\\b", caseInsensitive: true)),
        ("termination", StringRegex("\\b(terminat|cancel|dismiss|ends? (this|the|your) (agreement|employment|lease|tenancy)|ends? it (earlier |early |sooner )?by|notice to (vacate|quit)|(intention|intent) to (vacate|quit|surrender)|notice to end (it|the tenancy|this tenancy|the lease|this lease)\\b)", caseInsensitive: true)),
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
