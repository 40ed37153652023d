import Foundation
import OptiMindCore

/// The term, renewal and venue key facts: what a lawyer reads off a contract's first page and its
/// boilerplate, each with the passage that says it.
extension KeyFactExtractor {
    /// A length as contracts write it: "three (3) years", "twelve (12) months", "36 months", "five (5)
    /// years and two (2) months", a form's "five (5) year(s)". The words before a figure are checked against `Periods.words`.
    private static let length =
        "((?:(?!the\\b)[a-z]+(?:[\\s-][a-z]+)?\\s*)?(?:\\(\\d{1,3}\\)\\s*)?(?:\\d{1,3}\\s*)?(?:full\\s+)?(?:calendar\\s+|contract\\s+|lease\\s+)?(?:years?|months?)\\b(?:\\(s\\))?(?:\\s+and\\s+(?:[a-z]+\\s*)?(?:\\(\\d{1,3}\\)\\s*)?(?:years?|months?)\\b(?:\\(s\\))?)?)"
    /// A period after the contract ends is no term: "for a period of six (6) months thereafter", "six months
    /// after the Termination Date"; "five years following the Effective Date" is. (The unit ends at a word
    /// boundary, so "months after" cannot be read as "month" and "s after".)
    private static let notAfterward = "(?!\\s+(?:thereafter|" + afterEnd + "))"
    /// After a start just named, "thereafter" counts from that start: "shall commence on the date the Equipment is
    /// accepted and shall continue for sixty (60) months thereafter".
    private static let notAfterEnd = "(?!\\s+" + afterEnd + ")"
    private static let afterEnd =
        "(?:after|following|from)\\s+(?:the\\s+)?(?:date\\s+of\\s+)?(?:such\\s+|any\\s+|its\\s+)?(?:termination|expiration|expiry|cessation|end\\b)"

    /// The days a term may be counted from, as contracts name them: group 1 ("the Effective Date", "the Commencement Date",
    /// "the date hereof", "the date above", "the date of signing", "execution", "its signature", "its date", an order form's
    /// "the Order Date"); not "the effective date of termination".
    static let termStart = "(" + termStartNames + ")" + notOfTermination
    private static let termStartNames =
        "(?:(?:order|agreement|contract)\\s+)?effective date|(?:(?:term|lease|tenancy)\\s+)?(?:commencement|start) date|execution date|(?:order|agreement|signature) date|its date\\b|date (?:hereof|of (?:this (?:agreement|deed)|(?:its\\s+)?execution|signature|signing)|first (?:written|stated|set forth) above|first above (?:written|stated)|(?:(?:written|stated|set\\s+out|shown)\\s+)?above|at\\s+the\\s+(?:head|top)\\s+of\\s+this\\s+(?:agreement|lease|contract))|execution\\b|signature\\b|signing\\b"
    private static let notOfTermination = "(?!\\s+of\\s+(?:such\\s+|the\\s+|any\\s+)?(?:termination|expiration|expiry|cancellation))"
    /// `termStart`, or a defined "Date" alone ("Term: 3 years from the Date", a key-details row's date of the agreement): read
    /// only after words that count a term from it.
    private static let termStartOrDate = "(" + termStartNames + "|date(?=\\s*(?:[.,;)]|$)))" + notOfTermination

    /// "shall end on the third (3rd) anniversary of the Effective Date", "continue until the four-year anniversary of
    /// the Effective Date": group 1 the ordinal in words (or "3rd", "four-year"), group 2 in figures, group 3 the
    /// date it counts from (none for "commence on the Effective Date and continue until the second anniversary thereof",
    /// whose date is named before: see `namedStart`).
    static let anniversaryEnd = regex(
        "\\b(?:end|ends|ending|expire|expires|expiring|terminate|terminates|continue\\w*\\s+(?:until|through))\\s+(?:on\\s+)?(?:the\\s+)?"
            + "([a-z]+(?:[\\s-][a-z]+)?|\\d{1,2}(?:st|nd|rd|th))\\s*(?:\\((\\d{1,2})(?:st|nd|rd|th)?\\)\\s*)?(?:-?\\s*years?\\s+)?anniversary\\s+(?:of\\s+(?:the\\s+)?[\"“]?" + termStart + "|thereof\\b)",
        anchors: ["anniversary"], maximumLength: 200)

    /// A day a term may start on, named in a sentence (`termStart`), in lower case.
    private static let namedStart = StringRegex(termStart)

    /// Where a contract states its initial term, in the order they are trusted, group 1 the length (for an
    /// anniversary, the ordinal from which the length is quoted to the date it counts from):
    /// "has an initial term of three (3) years", "This Agreement shall continue for two (2) years",
    /// "Term: Five (5) years and two (2) months", "This agreement shall terminate two years from its date",
    /// "expires ten (10) years after", "end on the third (3rd) anniversary of the Effective Date".
    private static let termStatements: [TextPattern] = [
        regex("\\b(?:the|an?|its)\\s+(?:initial\\s+|original\\s+|primary\\s+)?(?:lease\\s+|subscription\\s+|licen[cs]e\\s+|rental\\s+|service\\s+|contract\\s+|employment\\s+)?term\\s+(?:of\\s+(?:(?:this|the)\\s+)?(?:[a-z]+\\s+)?(?:agreement|lease|contract|employment)\\s+)?(?:\\([^()]{1,40}\\)\\s*)?(?:shall\\s+be|is|will\\s+be|of)\\s+(?:for\\s+)?(?:a\\s+period\\s+of\\s+)?" + length + notAfterward,
              anchors: ["term "], maximumLength: 140),
        labelledTerm,
        continuesFor,
        inEffectFor,
        // The start first, the length further on: "The Term of this Agreement (the "Term") shall commence on the
        // Effective Date listed above and continue for twenty (20) years", "This Agreement shall become effective upon
        // the date first written above and shall remain in full force and effect for a period of two years", "... and, unless
        // sooner terminated pursuant to Sections 3.1 or 10.2, shall remain effective for two (2) years" (a section's number
        // ends no sentence).
        regex("\\b(?:term|agreement|lease|contract)\\b[^.;]{0,60}?\\b(?:commenc\\w*|begin\\w*|start\\w*|become\\s+effective|be\\s+effective|takes?\\s+effect|enters?\\s+into\\s+(?:force|effect)|be\\s+in\\s+(?:full\\s+)?(?:force|effect))\\b(?:[^.;]|(?<=\\d)\\.(?=\\d)){0,200}?"
              + "\\b(?:(?:continue|remain|run|last)\\w*|extends?)\\s+(?:in\\s+(?:full\\s+)?(?:force|effect)(?:\\s+and\\s+effect)?\\s+|effective\\s+)?for\\s+(?:a\\s+(?:period|term)\\s+of\\s+|an\\s+initial\\s+(?:term|period)\\s+of\\s+)?" + length + notAfterEnd,
              anchors: ["continu", "remain", "run", "last", "extend"], maximumLength: 360),
        anniversaryEnd,
        forAPeriod,
        letFor,
        engagedFor,
        renewedFor,
        // "This is a fixed-term contract for two (2) years from the Commencement Date".
        regex("\\b(?:fixed|definite)[\\s-]+term\\s+(?:employment\\s+)?(?:contract|agreement)\\s+(?:for|of)\\s+(?:a\\s+period\\s+of\\s+)?" + length + notAfterward,
              anchors: ["fixed", "definite"], maximumLength: 120),
        // "This Agreement will terminate on the date that is thirty-six (36) months after the Effective Date".
        regex("\\b(?:expires?|(?:(?:this|the)\\s+(?:agreement|lease|contract)\\b[^.;]{0,40}?\\bterminates?))\\s+(?:on\\s+the\\s+(?:date|day)\\s+(?:that|which)\\s+is\\s+)?" + length + "\\s+(?:after|from|following)\\b",
              anchors: ["expire", "terminate"], maximumLength: 160),
        // "This Agreement shall be effective until the earlier of (a) its termination under this Article or (b) the date that is
        // two (2) years after the date of this Agreement".
        regex("\\b(?:this|the)\\s+(?:agreement|lease|contract)\\b[^.;]{0,40}?\\b(?:effective|in\\s+(?:full\\s+)?(?:force|effect)|continue\\w*|remain\\w*)\\s+until\\b[^.;]{0,200}?\\bthe\\s+(?:date|day)\\s+(?:that|which)\\s+is\\s+"
              + length + "\\s+(?:after|from|following)\\b",
              anchors: ["until"], maximumLength: 360),
    ]
    /// A key-details line: "Term: Ten (10) years", "Initial Term<tab>36 months", an English lease's "Contractual Term:<tab>10
    /// years from and including 25 March 2025", "Duration:<tab>12 months", "Contract period<tab>24 months", "Term<tab>The period
    /// of 18 months from the Start Date", a schedule's "Item 4 – Term<tab>Five (5) years",
    /// a cover page's "Agreement Term<tab>☒ Ends two (2) years after the Effective Date" (the option ticked, the other
    /// blanked by `FormBoxes`), a clause's heading "2. Term. Five (5) years commencing May 1, 2024".
    private static let labelledTerm = regex(
        "^[ \\t]*(?:\\d+(?:\\.\\d+)*\\.?[ \\t]+|" + KeyFactExtractor.scheduleItem + ")?(?:"
            + "(?:initial\\s+|subscription\\s+|lease\\s+|contract\\s+|agreement\\s+|m?nda\\s+|contractual\\s+|tenancy\\s+|fixed\\s+)?term(?:\\s+of\\s+(?:the\\s+|this\\s+)?(?:agreement|lease|tenancy|contract|engagement|appointment))?"
            // "Duration:", "Contract period", "Period of agreement:", "Length of term".
            + "|duration(?:\\s+of\\s+(?:the\\s+|this\\s+)?(?:agreement|contract|engagement|lease|tenancy))?|(?:contract|agreement|engagement|rental|hire|subscription|tenancy)\\s+period"
            + "|period\\s+of\\s+(?:the\\s+|this\\s+)?(?:agreement|contract|engagement|lease|hire|tenancy)|length\\s+of\\s+(?:the\\s+)?term)(?::|[ \\t]*\\t|\\.[ \\t]+)[ \\t]*"
            + "(?:" + PagedText.tickedBoxExpression + "[ \\t]*)?(?:(?:ends|expires|lasts|continues\\s+for|runs\\s+for)\\s+)?(?:(?:the\\s+|a\\s+)?period\\s+of\\s+)?" + length,
        multiline: true, anchors: ["term", "duration", "period"], maximumLength: 160)
    /// "This Agreement shall continue for two (2) years", "shall remain effective for two (2) years", "The engagement ...
    /// continues for six (6) months", a letter's "The
    /// undertakings in this letter shall continue for two (2) years", "This deed continues for 3 years".
    private static let continuesFor = regex(
        "\\b(?:agreement|lease|contract|engagement|appointment|tenancy|mou|memorandum|undertakings?|letter|deed)\\b[^.;]{0,60}?\\b(?:continue|remain|run|last)\\w*\\s+(?:in\\s+(?:full\\s+)?(?:force|effect)(?:\\s+and\\s+effect)?\\s+|effective\\s+)?for\\s+(?:a\\s+(?:period|term)\\s+of\\s+|an\\s+initial\\s+(?:term|period)\\s+of\\s+)?" + length + notAfterward,
        anchors: ["continu", "remain", "run", "last"], maximumLength: 240)
    /// "This Agreement shall be in effect for two years", "This Agreement shall be effective for two years", "This Agreement
    /// shall be valid for five (5) years from the date of signing".
    private static let inEffectFor = regex(
        "\\b(?:agreement|lease|contract)\\b[^.;]{0,60}?\\b(?:shall|will)\\s+(?:be\\s+in\\s+(?:full\\s+)?(?:force|effect)(?:\\s+and\\s+effect)?|(?:be\\s+|remain\\s+)(?:effective|valid))\\s+for\\s+(?:a\\s+(?:period|term)\\s+of\\s+)?" + length + notAfterward,
        anchors: ["force", "effect", "valid"], maximumLength: 240)
    /// The patterns whose contract must be the subject of the sentence's verb ("This Agreement shall continue for two
    /// years"), unlike "Sections 5 and 6 of this Agreement shall continue in force for five (5) years".
    private static let saidOfContract: [TextPattern] = [continuesFor, inEffectFor, forAPeriod]

    /// A term from its first to its last day: groups 1 and 2 the dates as written ("July 1, 2025", "1 July 2025"): "The
    /// term of this Lease begins on ...", "This Agreement shall enter into force on 1 April 2026 and shall end on ...".
    private static let termBetweenDates = regex(
        "\\b(?:term|agreement|contract|lease)\\b[^.;]{0,40}?\\b(?:begin|commence|start|enters?\\s+into\\s+force|comes?\\s+into\\s+force|takes?\\s+effect)s?\\s+on\\s+" + writtenDate
            + "(?:\\s*\\([^()]{1,40}\\))?[,]?\\s+and\\s+(?:shall\\s+|will\\s+)?(?:end|expire|terminate)s?\\s+on\\s+" + writtenDate,
        anchors: ["begin", "commenc", "start", "force", "effect"], maximumLength: 200)
    /// "Fixed term: beginning April 1, 2026 and ending March 31, 2027", "a term of one year commencing on 1 May 2026 and expiring
    /// on 30 April 2027".
    private static let termBeginningEnding = regex(
        "\\b(?:term|lease|tenancy)\\b[^.;]{0,40}?\\b(?:beginning|commencing|starting)\\s+(?:on\\s+)?" + writtenDate
            + "(?:\\s*\\([^()]{1,40}\\))?,?\\s+and\\s+(?:ending|expiring|terminating)\\s+(?:on\\s+)?" + writtenDate,
        anchors: ["beginning", "commencing", "starting"], maximumLength: 200)
    /// "The term of this Lease is from March 1, 2026 to February 28, 2027", ""Contract Period" shall mean that period of time from
    /// February 21, 2011 through December 31, 2012": the first and last days after "from".
    private static let termFromTo = regex(
        "\\b(?:term|agreement|contract|lease|tenancy)\\b[^.;]{0,40}?\\b(?:is|shall\\s+be|will\\s+be|runs?|shall\\s+run|will\\s+run|(?:shall\\s+)?means?\\s+(?:that|the)\\s+period(?:\\s+of\\s+time)?)\\s+from\\s+" + writtenDate
            + "(?:\\s*\\([^()]{1,40}\\))?,?\\s+(?:to|until|through)\\s+(?:and\\s+including\\s+)?" + writtenDate,
        anchors: ["from"], maximumLength: 200)
    /// A term with no end but termination (group 1: "This Agreement remains in effect until terminated", "shall continue in full
    /// force and effect unless and until terminated"; group 4, an appointment's "shall continue, subject to ..., until terminated"),
    /// dissolution (group 2: "The Partnership ... shall continue until dissolved") or none at all ("is concluded for an indefinite
    /// period"); or a licence's patents' lives (group 3, the words from "until": "until the expiration of the last to expire of
    /// the Licensed Patents in the Territory"), or a condition (group 5, from "as long as": "as long as both Parties hold
    /// shares in the JV Company").
    private static let openEnded = regex(
        "\\b(?:agreement|contract|licen[cs]e)\\b[^.;]{0,60}?\\b(?:remain|continue|be|stay)\\w*\\s+in\\s+(?:full\\s+)?(?:force|effect)(?:\\s+and\\s+effect)?\\s+((?:unless\\s+and\\s+)?until\\s+(?:it\\s+is\\s+)?terminated)\\b"
            // A partnership or company that "shall continue until dissolved" (group 2).
            + "|\\b(?:partnership|company|joint\\s+venture)\\b[^.;]{0,80}?\\b(?:continue|remain|exist)\\w*\\s+(?:in\\s+existence\\s+)?(until\\s+(?:it\\s+is\\s+)?dissolved)\\b"
            + "|\\b(?:agreement|contract)\\b[^.;]{0,40}?\\b(?:is|shall\\s+be|has\\s+been)\\s+(?:concluded|entered\\s+into|made)\\s+for\\s+an\\s+(?:indefinite|unlimited)\\s+(?:period|term)\\b"
            // A permanent employment contract, as French and other civil-law contracts call one of indefinite term: "engages the
            // Employee under a permanent employment contract (contrat à durée indéterminée)".
            + "|\\b(?:under|by|on)\\s+(?:a|this)\\s+(?:permanent|open-ended)\\s+(?:employment\\s+)?contract\\b"
            // A licence that lasts as long as its patents (group 3): "shall continue in force until the expiration of the last
            // to expire of the Licensed Patents".
            + "|\\b(?:agreement|contract|licen[cs]e)\\b[^.;]{0,60}?\\b(?:remain|continue)\\w*(?:\\s+in\\s+(?:full\\s+)?(?:force|effect)(?:\\s+and\\s+effect)?)?\\s+(until\\s+(?:the\\s+)?(?:expiration|expiry)\\s+of\\s+the\\s+last[\\s-]+to[\\s-]+expire\\b[^.;,()]{0,60}?)(?=\\s*[.;,(]|\\s+unless\\b|\\s+or\\b)"
            // An appointment "shall start on 5 January 2026 and shall continue, subject to ..., until terminated by either party" (group 4).
            + "|\\b(?:appointment|employment)\\b[^.;]{0,60}?\\b(?:shall|will)\\s+continue(?:,[^,.;]{1,80},)?\\s+(until\\s+terminated)\\b"
            // A joint venture's "shall remain in force for as long as both Parties hold shares in the JV Company" (group 5), a data
            // processing agreement that "continues for as long as the Processor processes Controller Personal Data".
            + "|\\b(?:agreement|contract|dpa|addendum)\\b[^.;]{0,60}?\\b(?:remain|continue)\\w*(?:\\s+in\\s+(?:full\\s+)?(?:force|effect)(?:\\s+and\\s+effect)?)?\\s+(?:for\\s+)?((?:as|so)\\s+long\\s+as\\b[^.;,()]{5,80}?)(?=\\s*[.;,(])"
            // A contractor's engagement that lasts until its work is done (group 6): "continues until the Services are completed".
            + "|\\b(?:agreement|contract|engagement)\\b[^.;]{0,60}?\\b(?:remain|continue)\\w*(?:\\s+in\\s+(?:full\\s+)?(?:force|effect)(?:\\s+and\\s+effect)?)?\\s+"
            + "(until\\s+(?:the\\s+)?(?:(?:services|work|project|deliverables)\\s+(?:are|is|have\\s+been|has\\s+been)\\s+(?:fully\\s+)?(?:completed|performed|delivered)"
            + "|(?:satisfactory\\s+)?completion\\s+of\\s+(?:the\\s+)?(?:services|work|project)))\\b(?=\\s*[.;,(]|\\s+unless\\b|\\s+or\\b)"
            // A licence "effective until terminated" (group 7): "This EULA is effective until terminated."
            + "|\\b(?:agreement|contract|licen[cs]e|eula)\\b\\s+(?:is|shall\\s+be|will\\s+be|remains)\\s+effective\\s+(until\\s+(?:it\\s+is\\s+)?terminated)\\b",
        anchors: ["terminated", "dissolved", "indefinite", "unlimited", "expire", "long as", "permanent", "open-ended",
            "until the services", "until services", "until the work", "until work", "until the project", "until project", "until the deliverables",
            "until deliverables", "until completion", "until the completion", "until satisfactory completion", "until the satisfactory completion"], maximumLength: 240)
    /// An English lease's term as its prescribed clause LR6 writes it: "From and including 25 March 2026 To and including
    /// 24 March 2036".
    private static let fromAndIncluding = regex(
        "\\bfrom\\s+and\\s+including\\s+" + writtenDate + "[,;]?\\s+(?:to|until)\\s+and\\s+including\\s+" + writtenDate,
        anchors: ["including"], maximumLength: 160)
    private static let writtenDate =
        "(" + DateMentions.monthName + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+" + DateMentions.monthName + ",?\\s+\\d{4})"

    /// "for a period of five (5) years", said of the contract (`contractSubject` in the sentence before it).
    private static let forAPeriod = regex(
        "\\bfor\\s+(?:a|an\\s+initial)\\s+(?:(?:fixed|definite)\\s+)?(?:term|period)\\s+of\\s+" + length + notAfterward, anchors: ["term", "period"], maximumLength: 90)
    /// A letting for a length: "The Landlord lets the flat ... to the Tenant for a fixed term of twelve months", "Lessor leases
    /// to Lessee one excavator for thirty-six months", "Owner rents Unit 214 to Occupant for six months".
    private static let letFor = regex(
        "\\b(?:lets|leases|leased|demises|demised|rents|rented|hires|sublets|subleases)\\b[^.;]{0,160}?\\bfor\\s+(?:a\\s+(?:(?:fixed|definite)\\s+)?(?:term|period)\\s+of\\s+)?"
            + length + notAfterward,
        anchors: ["lets", "leases", "leased", "demise", "rents", "rented", "hires", "sublet", "sublease"], maximumLength: 260)
    /// An engagement for a length: "The Client engages the Consultant to provide regulatory advice ... from 1 November 2025 for
    /// a period of twelve months", "The Company appoints the Agent as its agent in the Territory for three (3) years".
    private static let engagedFor = regex(
        "\\b(?:engages|appoints|retains|hereby\\s+(?:engages|appoints|retains))\\b[^.;]{0,200}?\\bfor\\s+(?:a\\s+(?:(?:fixed|definite)\\s+)?(?:term|period)\\s+of\\s+)?"
            + length + notAfterward,
        anchors: ["engages", "appoints", "retains"], maximumLength: 300)
    /// A renewal or extension the document makes, not one it offers: "The term of the Lease is renewed for a further term of
    /// five (5) years", "the Term is hereby extended for an additional period of two years" (not "may renew for a further term").
    private static let renewedFor = regex(
        "\\b(?:is|are)\\s+(?:hereby\\s+)?(?:renewed|extended)\\s+for\\s+(?:a|an)\\s+(?:further|additional|new|extended|renewal)\\s+(?:term|period)\\s+of\\s+"
            + length + notAfterward,
        anchors: ["renewed", "extended"], maximumLength: 160)
    /// The words between a term's first and last days: " to ", " until ", " through ", " to and including ", ", ending on ".
    private static let toLastDay = StringRegex("^\\s*,?\\s*(?:\\([^()]{1,40}\\)\\s*)?(?:to|until|through|thru|to and including|(?:and\\s+)?ending\\s+on)\\s*$", caseInsensitive: true)
    private static let contractSubject = regex("\\b(?:agreement|lease|contract|employment|leave\\s+and\\s+licen[cs]e)\\b", maximumLength: 24)
    /// What has a period of its own inside a contract's term: maintenance, support, a warranty.
    private static let serviceOfItsOwn = regex("\\b(?:maintenance|support|warranty|hosting)\\b", maximumLength: 20)

    /// Each renewal's length in a renewal clause: "successive one-year periods", "successive periods of
    /// twelve (12) months", "additional two (2) year terms", "extend the Term for five (5) years", "extended
    /// automatically by one year at a time".
    private static let renewalLengths: [TextPattern] = [
        regex("\\b(?:successive|additional|further|subsequent|consecutive|another)\\s+(?:renewal\\s+|successor\\s+)?(?:terms?|periods?)\\s+of\\s+" + length, maximumLength: 120),
        regex("\\b(?:successive|additional|further|subsequent|consecutive|another)\\s+((?:[a-z]+|\\d{1,3})(?:\\s*\\(\\d{1,3}\\))?[\\s-](?:year|month)s?)\\b", maximumLength: 80),
        regex("\\b(?:renew\\w*|extend\\w*)\\b[^.;]{0,60}?\\b(?:for|by)\\s+(?:an?\\s+)?(?:additional\\s+|further\\s+|another\\s+)?(?:(?:terms?|periods?)\\s+of\\s+)?" + length, maximumLength: 160),
    ]
    /// Lengths read only when those above find none, as they are less sure to be a renewal's.
    private static let otherRenewalLengths: [TextPattern] = [
        // "additional extended terms each of two (2) years duration".
        regex("\\b(?:terms?|periods?|extensions?)\\s+each\\s+of\\s+" + length, maximumLength: 80),
        // "one (1) or more one (1) month periods", "an automatic 2 year term extensions"; not the initial term ("a three (3) year
        // term", "the five (5) year term ("Initial Term")").
        regex("\\b(?:automatic|more|renewal)\\s+((?:[a-z]+|\\d{1,3})(?:\\s*\\(\\d{1,3}\\))?[\\s-](?:year|month))s?\\s+(?:renewal|extension|term|period)s?\\b(?!\\s*\\(\\s*(?:the\\s+)?[\"“]?(?:initial|original))", maximumLength: 70),
    ]
    /// A renewal by the year or the month, as written, when the clause gives no number: "automatically renewing annually",
    /// "renewed tacitly every year", "one or more annual periods", "from year to year thereafter", "month to month".
    private static let renewalEvery = regex(
        "\\b(?:annually|every\\s+year|each\\s+year|(?:from\\s+)?year[\\s-]to[\\s-]year|(?:from\\s+)?month[\\s-]to[\\s-]month)\\b"
            + "|\\b(?:annual|yearly|monthly)\\s+(?:renewals?|renewal\\s+terms?|periods?|terms?|extensions?|basis)\\b",
        maximumLength: 40)

    /// The contract's statement of its initial term: where it stands, and its length in months (nil when the
    /// term is not written as a length: "July 1, 2025 to June 30, 2026").
    struct TermStatement {
        let range: NSRange
        /// Where the written length ends: what follows may say what it counts from ("after the Launch").
        let lengthEnd: Int
        let months: Int?
        /// For "until the third anniversary of the Effective Date", the day named ("effective date").
        let anniversaryOf: String?
        /// Whether it is a key-details line ("Term: Ten (10) years"), beside which a "Commencement Date:" line says
        /// when it starts.
        var labelled = false
    }

    /// The initial term's length and how the contract renews, from the text and the renewal clause's quotes
    /// (the first quote whose renewal `kinds` names), with the quote that says how it renews and the statement
    /// of the term (from which `termDays(of:dates:dayFirst:)` reads the expiry).
    func term(renewalQuotes: [Evidence], kinds: ContractWiseRules.RenewalKinds) -> (facts: TermFacts, renewalQuote: Evidence?, statement: TermStatement?) {
        var facts = TermFacts()
        var statement: TermStatement?
        // The first statement of the most trusted kind: "The term of this Agreement shall be two (2) years"
        // rather than an earlier "for a period of six (6) months" that is about something else.
        search: for pattern in Self.termStatements {
            for match in pattern.matches(in: text, limit: 3) {
                // "for a period of" states the term only when said of the contract ("This Agreement shall be in
                // effect for a period of five years"), or as its initial term.
                let lead = Self.sentenceStart(text.substring(NSRange(location: max(0, match.range.location - 100), length: min(100, match.range.location))))
                let initial = pattern === Self.forAPeriod && text.substring(match.range).lowercased().contains("initial")
                if pattern === Self.forAPeriod {
                    let leadText = PagedText(lead)
                    let namesContract = Self.contractSubject.firstMatch(in: leadText) != nil
                    if !initial, !namesContract { continue }
                    // Nor is a service's own initial period: "Licensor shall provide the maintenance and support services ...
                    // for an initial period of one (1) year".
                    if initial, !namesContract, Self.serviceOfItsOwn.firstMatch(in: leadText) != nil { continue }
                }
                // The contract must be what lasts, not what a period is counted in: "shall survive termination of this
                // Agreement for a period of ten (10) years", "under this Agreement, for a period of twenty-four (24)
                // months after the Effective Date, the Distributor shall not".
                if !initial, Self.saidOfContract.contains(where: { $0 === pattern }),
                    !Self.contractIsSubject(lead + text.substring(NSRange(location: match.range.location, length: Self.firstGroup(of: match).location - match.range.location)))
                {
                    continue
                }
                // An anniversary is written from its ordinal to the date: "until the third (3rd) anniversary of
                // the Effective Date".
                let anniversary = pattern === Self.anniversaryEnd
                let range = anniversary ? NSRange(location: match.range(at: 1).location, length: match.range.location + match.range.length - match.range(at: 1).location) : Self.firstGroup(of: match)
                let written = text.substring(range).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                // "for the eighteen (18) months following termination" is no term: the length must be a number.
                if !anniversary, !Self.isNumber(written) { continue }
                facts.length = anniversary ? "until the " + written : written
                facts.evidence.append(text.quote(around: match.range))
                // "... commence on the Effective Date and continue until the second anniversary thereof": the day named
                // last before it in its sentence.
                var anniversaryOf: String?
                if anniversary {
                    if match.range(at: 3).location != NSNotFound {
                        anniversaryOf = text.substring(match.range(at: 3)).lowercased()
                    } else if case let lowered = lead.lowercased(), let named = Self.namedStart.range(in: lowered, last: true) {
                        anniversaryOf = String(lowered[named])
                    } else {
                        continue
                    }
                }
                statement = TermStatement(
                    range: match.range, lengthEnd: range.location + range.length, months: Self.months(in: written, anniversary: anniversary),
                    anniversaryOf: anniversaryOf, labelled: pattern === Self.labelledTerm)
                break search
            }
        }
        // No length, but the term's first and last days: "The term of this Lease begins on July 1, 2025 and ends on June
        // 30, 2026" is "July 1, 2025 to June 30, 2026".
        if facts.length == nil, let match = Self.termBetweenDates.firstMatch(in: text) ?? Self.termFromTo.firstMatch(in: text) ?? Self.termBeginningEnding.firstMatch(in: text)
            ?? Self.fromAndIncluding.firstMatch(in: text)
        {
            let written = { (group: Int) in text.substring(match.range(at: group)).split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            facts.length = written(1) + " to " + written(2)
            facts.evidence.append(text.quote(around: match.range))
        }
        // No end at all: "This Agreement remains in effect until terminated", "concluded for an indefinite period".
        if facts.length == nil, let match = Self.openEnded.firstMatch(in: text) {
            switch (1...7).first(where: { match.range(at: $0).location != NSNotFound }) {
            case 1, 4, 7: facts.length = "until terminated"
            case 2: facts.length = "until dissolved"
            case let group?: facts.length = text.substring(match.range(at: group)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            case nil: facts.length = "indefinite"
            }
            facts.evidence.append(text.quote(around: match.range))
        }
        let classified = renewalQuotes.lazy.compactMap { quote in kinds.kind(of: quote.quote).map { (quote, $0) } }.first
        if let quote = classified?.0 ?? renewalQuotes.first {
            facts.renewal = classified?.1
            if !facts.evidence.contains(where: { $0.isSameSentence(as: quote) }) { facts.evidence.append(quote) }
            // The length from the sentence that says how it renews, or else from another renewal sentence: "If the Tenant
            // wishes to renew, it must give ... notice" beside a schedule's "Option Term: One further term of five (5) years".
            for other in [quote] + renewalQuotes.filter({ !$0.isSameSentence(as: quote) }) {
                guard let length = Self.renewalLength(in: PagedText(other.quote)) else { continue }
                facts.renewalLength = length
                if !facts.evidence.contains(where: { $0.isSameSentence(as: other) }) { facts.evidence.append(other) }
                break
            }
        }
        return (facts, classified?.0, statement)
    }

    /// A renewal's length as a renewal sentence writes it: a number of years or months, or else "annually", "month to month".
    private static func renewalLength(in sentence: PagedText) -> String? {
        func written(_ patterns: [TextPattern]) -> String? {
            patterns.compactMap { $0.firstMatch(in: sentence) }.sorted { $0.range.location < $1.range.location }
                .lazy.map { sentence.substring(firstGroup(of: $0)).split(whereSeparator: \.isWhitespace).joined(separator: " ") }
                .first(where: isNumber)
        }
        return written(renewalLengths) ?? written(otherRenewalLengths)
            ?? renewalEvery.firstMatch(in: sentence).map { sentence.substring($0.range).split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }

    /// Whether the contract named last in the words before a period is what lasts ("This Agreement shall continue",
    /// "the term of this Agreement shall continue", "the Executive's employment under this Agreement shall continue"),
    /// not what the period is counted in ("Sections 5 and 6 of this Agreement", "movements under this Agreement",
    /// "shall survive termination of this Agreement").
    static func contractIsSubject(_ lead: String) -> Bool {
        let lower = lead.lowercased()
        if lower.contains("surviv") { return false }
        guard let last = contractMention.range(in: lower, last: true) else { return true }
        // Its verb right after it: "obligations imposed pursuant to this Agreement will continue".
        let next = lower[last.upperBound...].drop { $0 == " " || $0 == "\n" }
        if ["shall ", "will ", "is ", "continue", "remain", "run"].contains(where: { next.hasPrefix($0) }) { return true }
        let before = lower[..<last.lowerBound].split(whereSeparator: { !$0.isLetter }).suffix(2).map(String.init)
        guard let preposition = before.last, ["of", "under", "to", "in", "by", "with", "from", "for"].contains(preposition) else { return true }
        return before.count == 2 && ["term", "duration", "employment", "period"].contains(before[0])
    }
    private static let contractMention = StringRegex("\\b(?:this|the|such)\\s+(?:agreement|lease|contract|engagement|appointment|tenancy)\\b")

    /// A written length in months: "three (3) years" 36, "36 months", "one-year" 12, "five (5) years and two (2)
    /// months" 62, "ten (10) Contract Years" 120; an anniversary's ordinal ("third (3rd)", "four-year") in years.
    static func months(in written: String, anniversary: Bool) -> Int? {
        let lower = written.lowercased()
        /// The figure in brackets, else the number the first words or digits write.
        func count(_ part: Substring) -> Int? {
            if let open = part.firstIndex(of: "("), let close = part[open...].firstIndex(of: ")"),
                let figure = Int(part[part.index(after: open)..<close].prefix { $0.isNumber })
            {
                return figure
            }
            let words = part.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "(" })
            guard let first = words.first else { return nil }
            let lead = first.split(separator: "-")
            if let number = Int(first) ?? Int(first.prefix { $0.isNumber }), first.first?.isNumber == true { return number }
            if words.count > 1, let number = Periods.words[first + "-" + words[1]] { return number }
            return Periods.words[String(first)] ?? lead.first.flatMap { Periods.words[String($0)] } ?? DateMentions.ordinalDay(String(first))
        }
        if anniversary {
            // "the third (3rd) anniversary", "the 3rd anniversary", "the four-year anniversary".
            return count(lower.dropFirst(lower.hasPrefix("the ") ? 4 : 0)).map { $0 * 12 }
        }
        var months = 0
        for part in lower.components(separatedBy: " and ") {
            guard let number = count(Substring(part)) else { return nil }
            if part.contains("year") { months += number * 12 } else if part.contains("month") { months += number } else { return nil }
        }
        return months > 0 ? months : nil
    }

    /// Words that start a term on a date written after them: "commencing on July 1, 2025", "shall commence January 1,
    /// 1996", "enters into force on 1 January 2025", "starting from March 1, 2025", "effective as of".
    private static let startWords =
        "(?:commenc\\w*|begin\\w*|start\\w*|effective|into\\s+(?:force|effect)|takes?\\s+effect)(?:\\s+(?:on|upon|as\\s+of|from|with))?(?:\\s+and\\s+including)?"
    private static let startsAtWrittenDate = StringRegex("\\b(?:" + startWords + "|from(?:\\s+and\\s+including)?)\\s*,?\\s*$")
    /// The day a term is counted from, named: "from the Effective Date", "commencing on the date hereof", "effective
    /// upon execution", "two years from its date", "the third anniversary of the Effective Date".
    private static let startsAtNamedDay = regex(
        "\\b(?:" + startWords + "|from(?:\\s+and\\s+(?:after|including))?|after|following|upon|on|anniversary\\s+of)\\s+(?:the\\s+|its\\s+)?[\"“]?" + termStartOrDate,
        maximumLength: 160)

    /// The day the term a statement gives ends (its anniversary) when the contract states no end date: "three (3)
    /// years from the Effective Date" of 2025-04-08 ends 2028-04-08; "twelve (12) months, beginning on July 1, 2025"
    /// ends 2026-07-01. Nil when the statement's sentence does not say from when the term runs ("following the
    /// Launch Date", or not at all): a term is not assumed to start on the day the contract was signed.
    /// Also the first day of that term, when the statement writes it as a date ("engages the Consultant ... from 1 November
    /// 2025 for a period of twelve months").
    func termDays(of statement: TermStatement, dates: KeyDates, dayFirst: Bool) -> (start: String?, end: String?) {
        var writtenStart: String?
        let end = termEnd(of: statement, dates: dates, dayFirst: dayFirst) { writtenStart = $0 }
        return (writtenStart, end)
    }

    private func termEnd(of statement: TermStatement, dates: KeyDates, dayFirst: Bool, startWritten: (String) -> Void) -> String? {
        guard let months = statement.months, months > 0 else { return nil }
        /// The date a day named as a term's start is: the effective date ("the Effective Date"), the commencement
        /// or start date ("the Lease start date") when one is known, else the date the contract was made ("its date",
        /// "execution", "the date hereof").
        func date(of day: String) -> String? {
            if day.contains("commencement") || day.contains("start") { return dates.effectiveDate }
            return day.contains("effective") ? dates.effectiveDate ?? dates.agreementDate : dates.agreementDate ?? dates.effectiveDate
        }
        /// Where a passage says the term starts: a date written after words that start it, else a day it names (whose
        /// date may be unknown). Nil when it says neither.
        enum Start { case written(String), named(String) }
        func start(in passage: PagedText, atStart: Bool = false) -> Start? {
            for mention in DateMentions.mentions(in: passage, dayFirst: dayFirst) where !atStart || mention.range.location < 40 {
                let lead = passage.substring(NSRange(location: max(0, mention.range.location - 60), length: min(60, mention.range.location)))
                if Self.startsAtWrittenDate.matches(lead.lowercased()) { return .written(mention.iso) }
            }
            guard let named = Self.startsAtNamedDay.firstMatch(in: passage), !atStart || named.range.location < 12 else { return nil }
            return .named(passage.substring(named.range(at: 1)).lowercased())
        }
        /// The term's last day, counted from where it starts.
        func end(from start: Start?) -> String? {
            switch start {
            case .written(let iso):
                startWritten(iso)
                return DateMentions.adding(months: months, to: iso)
            case .named(let day): return date(of: day).flatMap { DateMentions.adding(months: months, to: $0) }
            case nil: return nil
            }
        }
        if let day = statement.anniversaryOf { return end(from: .named(day)) }
        let sentenceRange = text.sentenceRange(around: statement.range, limit: 600)
        // What the length is counted from, when the words after it say: "ten (10) years from the Effective Date",
        // "twelve (12) months, beginning on July 1, 2025"; "five (5) years following the date of launch" is from a
        // day the contract does not date.
        let tailEnd = sentenceRange.location + sentenceRange.length
        let tail = PagedText(text.substring(NSRange(location: statement.lengthEnd, length: max(0, tailEnd - statement.lengthEnd))))
        if let counted = Self.countedFrom.firstMatch(in: tail), counted.range.location < 4 {
            // "five (5) years from 1 April 2026 to 31 March 2031": the last day as written, not the anniversary.
            let mentions = DateMentions.mentions(in: tail, dayFirst: dayFirst)
            if mentions.count >= 2, mentions[0].range.location < 16 {
                let firstEnd = mentions[0].range.location + mentions[0].range.length
                if Self.toLastDay.matches(tail.substring(NSRange(location: firstEnd, length: max(0, mentions[1].range.location - firstEnd)))) {
                    return mentions[1].iso
                }
            }
            return end(from: start(in: tail, atStart: true))
        }
        // Else the sentence's start ("shall commence on January 1, 2026 and continue for a period of two (2) years"),
        // else the contract's ("The Term shall commence upon the Effective Date" beside "The term "Term" shall mean an
        // initial term of five years").
        if let found = start(in: PagedText(text.substring(sentenceRange))) { return end(from: found) }
        if let commences = Self.termCommences.firstMatch(in: text) { return end(from: start(in: PagedText(text.substring(commences.range)))) }
        // A key-details list: "Term: Ten (10) years" with "Commencement Date: January 1, 2026" (the effective date) near it.
        if statement.labelled && Self.startLabel.firstMatch(in: text) != nil { return end(from: .named("commencement date")) }
        // A term whose sentence says nothing of when it starts runs from the day the contract takes effect, when the
        // contract dates that day: "this Agreement continues in effect for an initial term of seven (7) years" in a contract
        // "effective as of November 6, 2016". Not when the sentence counts from some other day or event ("following
        // the date of launch", "upon delivery"): that day is not known.
        // The words before the length and just after it are read, not a renewal's later in the sentence ("... and will renew
        // for annual periods after the Initial Term").
        let before = text.substring(NSRange(location: sentenceRange.location, length: max(0, statement.range.location - sentenceRange.location)))
        if dates.effectiveDate != nil, !Self.namesSomeStart.matches(before), !Self.namesSomeStart.matches(tail.substring(NSRange(location: 0, length: min(40, tail.length)))) {
            return end(from: .named("effective date"))
        }
        return nil
    }
    /// Words that tie a term to a day or an event: "from", "following", "upon", "commences", "launch".
    private static let namesSomeStart = StringRegex(
        "\\b(?:from|after|following|upon|on|until|through|commenc\\w*|begin\\w*|began|start\\w*|launch\\w*|first|delivery|acceptance|installation|completion|expir\\w*|end\\w*)\\b",
        caseInsensitive: true)
    /// A key-details line naming the day the term starts: "Commencement Date: January 1, 2026", "Subscription start date<tab>1
    /// April 2025".
    private static let startLabel = regex(
        "^[ \\t]*(?:" + KeyFactExtractor.scheduleItem + ")?(?:(?:term|lease|tenancy|subscription|licen[cs]e|services?|rental|hire|supply)\\s+)?(?:commencement|start|effective)\\s+date(?::|[ \\t]*\\t)[ \\t]*\\S", multiline: true, maximumLength: 60)
    /// Words after a length that say what it is counted from.
    /// Not "after which" ("continues for twelve (12) months, after which it ends"): what follows the term, not its start.
    private static let countedFrom = regex(
        "^[\\s,]*(?:from|after(?!\\s+which\\b)|following|commencing|beginning|starting|with\\s+effect\\s+from|effective)\\b", maximumLength: 40)
    /// A contract's statement of when its term starts: "The Term shall commence upon the Effective Date", "This
    /// Agreement begins on 1 April 2025".
    private static let termCommences = regex(
        "\\b(?:the\\s+(?:initial\\s+)?term|this\\s+(?:agreement|lease|contract))\\b[^.;]{0,40}?\\b(?:commenc|begin|start)\\w*\\s+(?:on|upon|as\\s+of|with)\\s+[^.;]{4,40}",
        anchors: ["commenc", "begin", "start"], maximumLength: 140)

    /// The range of a match's first group that took part (a pattern of alternatives has one per alternative).
    private static func firstGroup(of match: TextMatch) -> NSRange {
        (1...4).lazy.map { match.range(at: $0) }.first { $0.location != NSNotFound } ?? match.range
    }

    /// Whether a written length starts with a number: "three (3) years", "36 months", "one-year",
    /// "forty-five (45) days", "twenty four months".
    private static func isNumber(_ written: String) -> Bool {
        let words = written.lowercased().split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" })
        guard let first = words.first else { return false }
        let candidates = [String(first), String(first.split(separator: "-").first ?? first), words.prefix(2).joined(separator: "-")]
        return candidates.contains { Int($0) != nil || Periods.words[$0] != nil }
    }

    // MARK: Venue

    /// A place as contracts name it: capitalised words, with "of", "the", "and" and commas between
    /// ("Suffolk County, Massachusetts", "the State of Delaware", "England and Wales", "Rio de Janeiro", "Frankfurt am Main",
    /// "Newcastle upon Tyne").
    private static let place = "((?:the\\s+)?\\p{Lu}[\\p{L}.'’\\-]*(?:(?:,\\s*|\\s+(?:and|of|the|for|de|del|da|do|am|upon)\\s+(?:the\\s+)?|\\s+)(?:\\p{Lu}[\\p{L}.'’\\-]*|county\\b)){0,7})"
    /// Courts named by where they sit: "the state and federal courts located in Suffolk County,
    /// Massachusetts", "the courts of England and Wales", "the Court of Chancery of the State of Delaware",
    /// "the United States District Court for the Southern District of New York", "a state or federal court of
    /// competent jurisdiction located in Maricopa county", "a court of law in Belgium", "the New York State
    /// Supreme Court", "the state courts in and for Orange County, Florida", "the courts serving Travis County, Texas", "the
    /// courts located in or serving Hennepin County", "the High Court of Justice in London".
    private static let courts = regex(
        "((?:(?i:state|federal|provincial|local)\\s+(?i:and|or)\\s+)?(?:(?i:state|federal|provincial|local|english|scottish|irish|competent)\\s+)?(?i:courts?)\\s+(?:(?i:of\\s+law)\\s+)?(?:(?i:of|with|having)\\s+(?i:competent\\s+)?(?i:jurisdiction)\\s+)?(?:(?:(?i:located|sitting|situated|seated)\\s+)?(?i:in\\s+and\\s+for|in\\s+or\\s+(?:for|serving)|in|of|at|for)|(?i:serving))\\s+"
            + place + "|(?:[A-Z][a-z]+\\s+){0,4}Court\\s+(?:of|for)\\s+" + place + "(?:\\s+(?:(?i:sitting\\s+)?(?i:in|at))\\s+" + place + ")?"
            + "|(?:[A-Z][A-Za-z]+\\s+){1,3}(?:Supreme|Superior|District|Circuit|Chancery|High)\\s+Court\\b(?!\\s+(?:in|of|for|at|located|sitting|situated)\\b)"
            // A court named in French, Spanish or Italian: "the Tribunal de Commerce de Paris", "the Tribunal judiciaire de Lyon",
            // "the Tribunale di Milano" (never an arbitral tribunal, which is named in English).
            + "|Tribunal(?:e)?\\s+(?:(?i:de\\s+commerce|des\\s+activit[ée]s\\s+[ée]conomiques|judiciaire|de\\s+grande\\s+instance|civil|ordinario)\\s+)?(?:de|di|du)\\s+" + place + ")",
        caseInsensitive: false, anchors: ["court", "tribunal"], maximumLength: 200)
    /// Courts of a place the contract describes rather than names (group 1 from "courts"): "the state courts and the Federal
    /// courts for the county in which Acme's principal place of business is located", "the courts located in the
    /// jurisdiction where the defendant resides".
    private static let describedCourts = regex(
        "\\b((?i:courts?)\\s+(?:(?i:located|sitting|situated)\\s+)?(?i:for|of|in)\\s+(?i:the)\\s+(?i:county|city|state|district|province|jurisdiction)\\s+(?i:in\\s+which|where)\\s+[^.;()]{3,100}?"
            + "\\s+(?:(?i:is|are)\\s+(?i:located|situated|domiciled|headquartered|resident|incorporated)|(?i:resides?)))\\b",
        caseInsensitive: false, anchors: ["court"], maximumLength: 220)
    /// Courts whose place is shared with the law after a comma: "the exclusive jurisdiction of the courts of, and governed by the
    /// laws of, Ireland".
    private static let courtsOfAnd = regex(
        "\\b(?i:courts?)\\s+(?i:of|in),\\s*(?i:and|or)\\s+[^,.;]{1,80},\\s*" + place, caseInsensitive: false, anchors: ["court"], maximumLength: 200)
    /// "Venue for any action shall lie in Douglas County, Nebraska.", "venue shall be King County, Washington", "Venue lies
    /// exclusively in Travis County, Texas.", "Venue shall be proper in Travis County, Texas." (group 1); "The parties consent to
    /// venue in Salt Lake County, Utah", "agree to the exclusive venue in Cook County" (group 2).
    private static let venueIn = regex(
        "\\b(?i:venue)\\b[^.;]{0,100}?\\b(?:(?i:shall|will|must)\\s+(?i:be|lie)\\s+(?:(?i:proper)\\s+)?(?:(?i:exclusively|solely|only)\\s+)?(?:(?i:in)\\s+)?|(?i:lies|is)\\s+(?:(?i:proper)\\s+)?(?:(?i:exclusively|solely|only)\\s+)?(?i:in)\\s+)" + place
            + "|\\b(?i:consent\\w*|agree\\w*|submit\\w*|stipulate\\w*)\\s+(?:(?i:to)\\s+)?(?:(?i:the)\\s+)?(?:(?i:exclusive|sole)\\s+)?(?i:venue)\\s+(?i:in)\\s+" + place,
        caseInsensitive: false, anchors: ["venue"], maximumLength: 240)
    /// "binding arbitration in Chicago, Illinois", "the seat of arbitration shall be London", "The place of arbitration is
    /// Frankfurt am Main", "The seat, or legal place, of arbitration shall be London".
    private static let arbitrationIn = regex(
        "\\b(?i:arbitration|arbitral\\s+tribunal)\\b[^.;]{0,80}?\\b(?i:in)\\s+" + place
            + "|\\b(?i:seat|place|venue|location)(?:,\\s*(?i:or\\s+legal\\s+place),)?\\s+of\\s+(?:the\\s+)?(?i:arbitration)\\s+(?:(?i:shall|will)\\s+be|(?i:is))\\s+(?:(?i:in)\\s+)?" + place,
        caseInsensitive: false, anchors: ["arbitra"], maximumLength: 240)
    /// Courts named by their place before the word: "the exclusive jurisdiction of the Zurich courts", "subject to
    /// Paris courts", "subject to Singapore court jurisdiction".
    private static let placeCourts = regex(
        "\\b(?i:the|to|before|in)\\s+([A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)\\s+(?i:courts|court(?=\\s+jurisdiction\\b))\\b", caseInsensitive: false, anchors: ["court"], maximumLength: 60)
    /// The German and Swiss "Gerichtsstand" in English: "Place of jurisdiction is Munich", "Los Angeles, California is
    /// agreed upon as the exclusive place of jurisdiction".
    private static let placeOfJurisdiction = regex(
        "\\b(?i:place\\s+of\\s+(?:performance\\s+and\\s+)?jurisdiction)\\b[^.;]{0,80}?\\b(?i:is|shall\\s+be|will\\s+be)\\s+(?:(?i:exclusively|solely)\\s+)?(?:(?i:in|at)\\s+)?" + place,
        caseInsensitive: false, anchors: ["jurisdiction"], maximumLength: 200)
    /// The place first: searched back from the words, which end the match.
    private static let placeThenJurisdiction = regex(
        place + ",?\\s+(?i:is|shall\\s+be)\\s+(?:(?i:agreed\\s+(?:upon\\s+)?as|deemed)\\s+)?(?:(?i:the)\\s+)?(?:(?i:exclusive|sole)\\s+)?(?i:place\\s+of\\s+jurisdiction)",
        caseInsensitive: false, anchors: ["jurisdiction"], maximumLength: 200, matchEndsAtAnchor: true)
    /// China's courts, named by where they sit or by the contract's place: "the People's Court where this
    /// Agreement is signed", "the competent people's court of Shanghai".
    private static let peoplesCourt = regex(
        "\\b(?:(?i:competent|local|relevant)\\s+)?(?i:people['’]s\\s+courts?)(?:\\s+(?:(?i:of|in|at|where|located\\s+in|with\\s+jurisdiction\\s+over)\\s+)[^.;,()]{1,60})?",
        caseInsensitive: false, anchors: ["people"], maximumLength: 120)
    /// Words before "courts" that name a kind of court, not a place.
    private static let courtKinds: Set<String> = [
        "Federal", "State", "District", "Bankruptcy", "Competent", "Appropriate", "Relevant", "Local", "Superior", "Supreme",
        "Civil", "Commercial", "High", "County", "Provincial", "Applicable", "Said", "Such", "Ordinary", "Arbitration",
    ]
    /// A sentence about where disputes go, not about a court's order ("if a court orders disclosure"), or that names the
    /// competent court ("The competent court shall be the District Court of Tel Aviv-Jaffa"); or a cover page's row labelled
    /// with the forum ("Courts<tab>the state and federal courts located in Denver, Colorado").
    private static let forumCue = regex(
        forumLabel + "|\\b(?:jurisdiction|venue|brought|submit\\w*|subject\\s+to(?:\\s+\\w+){0,3}\\s+courts?|resolved|for\\s+resolution|settled|lie|arbitrat\\w*|forum|litigated|heard|instituted|commenced|filed|adjudicated|conducted|referred|tried|disputes?|competent\\s+courts?)\\b",
        maximumLength: 80)
    /// A cover page's row label for the forum: "Courts<tab>...", "Venue: ...".
    private static let forumLabel = "(?m)^[ \\t]*(?:chosen\\s+)?(?:courts?|venue|forum)[ \\t]*(?::|\\t)"
    /// A cover page's row that names the forum, "Jurisdiction: courts located in New Castle, DE" too.
    private static let forumRow = regex(forumLabel + "|(?m)^[ \\t]*jurisdiction[ \\t]*(?::|\\t)", maximumLength: 30)
    /// Standard terms that make the cover page's forum exclusive by its defined name: "the exclusive jurisdiction of such
    /// Jurisdiction", "the exclusive jurisdiction of the Courts".
    private static let exclusiveOfDefinedCourts = regex(
        "\\bexclusive\\s+(?:jurisdiction|venue)\\s+of\\s+(?:the|such)\\s+(?:Courts|Jurisdiction|Venue|Chosen\\s+Courts)\\b", caseInsensitive: false,
        anchors: ["exclusive"], maximumLength: 80)
    /// A jurisdiction named by its place, with no court: "submit to the exclusive jurisdiction of the State of New York",
    /// "irrevocably attorn to the jurisdiction of the Province of Ontario", "consent to jurisdiction in the State of
    /// Delaware"; an action "brought in Harris County, Texas", "litigated exclusively in Santa Clara County, California",
    /// a suit "filed in Harris County, Texas", an action "venued in Travis County, Texas"; a key-terms table's "Jurisdiction: Ontario".
    /// Only a known place counts (see `Jurisdictions.place(ofForum:)`): "the jurisdiction of the arbitrator" is none.
    private static let jurisdictionOf = regex(
        "\\b(?i:submit\\w*|consent\\w*|subject|attorn\\w*|agree\\w*)\\s+(?:(?i:to|in)\\s+)?(?:(?i:the)\\s+)?(?:(?i:exclusive|non-exclusive|sole|personal)\\s+)?(?i:jurisdiction)\\s+(?i:of|in)\\s+" + place
            + "|\\b(?i:brought|litigated|instituted|commenced|heard|tried|filed|venued)\\s+(?:(?i:exclusively|solely|only)\\s+)?(?i:in)\\s+" + place
            // A key-terms table's row: "Jurisdiction:<tab>Ontario".
            + "|(?m:^)[ \\t]*(?i:jurisdiction)[ \\t]*(?::|\\t)[ \\t]*(\\p{Lu}[^\\n\\t.;]{1,60})",
        caseInsensitive: false, anchors: ["jurisdiction", "brought", "litigated", "instituted", "commenced", "heard", "tried", "filed", "venued"], maximumLength: 240)
    private static let litigationHistory = regex(
        "\\b(?:filed|commenced|instituted|initiated|brought)\\s+(?:a|an|the)\\s+(?:complaint|action|lawsuit|suit|petition|case|proceeding)\\b|\\b(?:case|civil\\s+action|docket|index)\\s+(?:no|number)\\b|\\bcaptioned\\b",
        maximumLength: 60)
    private static let disputeSentence = regex(
        "\\b(?:courts?|tribunale?|venue|forum|arbitrat\\w*|place\\s+of\\s+(?:performance\\s+and\\s+)?jurisdiction)\\b", anchors: ["court", "tribunal", "venue", "forum", "arbitrat", "jurisdiction"], maximumLength: 40)
    private static let exclusiveWords = regex("(?<!non-)(?<!non)\\bexclusive(?:ly)?\\b|\\bsolely\\b|\\bonly\\s+in\\b", maximumLength: 30)
    private static let arbitrationWords = regex(
        "\\barbitrat\\w*\\b[^.]{0,120}\\b(?:binding|final|finally|settled|resolved|submitted|referred|exclusively)\\b|\\b(?:binding|final|finally|settled|resolved|submit|submits|submitted|refer|referred)\\b[^.]{0,120}\\barbitrat|\\b(?:seat|place)\\s+of\\s+(?:the\\s+)?arbitration\\b",
        maximumLength: 260)
    /// The institutions that administer arbitrations, by name or initials: "the International Chamber of Commerce", "ICC", "the
    /// Singapore International Arbitration Centre", "JAMS", South Africa's "Commission for Conciliation, Mediation and Arbitration".
    private static let arbitralInstitution = regex(
        "\\b(?:International\\s+Chamber\\s+of\\s+Commerce|ICC|London\\s+Court\\s+of\\s+International\\s+Arbitration|LCIA"
            + "|Singapore\\s+International\\s+Arbitration\\s+Cent(?:re|er)|SIAC|Hong\\s+Kong\\s+International\\s+Arbitration\\s+Cent(?:re|er)|HKIAC"
            + "|American\\s+Arbitration\\s+Association|AAA|JAMS|International\\s+Cent(?:re|er)\\s+for\\s+Dispute\\s+Resolution|ICDR"
            + "|Stockholm\\s+Chamber\\s+of\\s+Commerce|SCC|China\\s+International\\s+Economic\\s+and\\s+Trade\\s+Arbitration\\s+Commission|CIETAC"
            + "|German\\s+Arbitration\\s+Institute|Dubai\\s+International\\s+Arbitration\\s+Cent(?:re|er)|DIAC|Netherlands\\s+Arbitration\\s+Institute"
            + "|Vienna\\s+International\\s+Arbitral\\s+Cent(?:re|er)|VIAC|Swiss\\s+Arbitration\\s+Cent(?:re|er)|Australian\\s+Centre\\s+for\\s+International\\s+Commercial\\s+Arbitration|ACICA"
            + "|WIPO|Arbitration\\s+Foundation\\s+of\\s+Southern\\s+Africa|AFSA|Commission\\s+for\\s+Conciliation,\\s+Mediation\\s+and\\s+Arbitration|CCMA"
            + "|Financial\\s+Industry\\s+Regulatory\\s+Authority|FINRA)\\b",
        caseInsensitive: false, maximumLength: 120)
    /// Words that name rules or a statute, not a place an arbitration is held in ("the CPR Rules", "the Arbitration Act").
    private static let rulesWords: Set<String> = ["Rules", "Act", "Code", "Convention", "Procedure", "Procedures", "Regulations"]
    /// Words that end a place the pattern ran on into ("King County, Washington. The parties").
    private static let notPlaceWords: Set<String> = ["This", "The", "Any", "Each", "Agreement", "Party", "Parties", "Section", "Such", "In", "Nothing", "All", "By"]

    /// The forum the contract sends disputes to: the first sentence about disputes that names courts,
    /// a venue or an arbitration seat.
    func venue() -> Venue {
        var seen = Set<Int>()
        var bare: Venue?
        // The words of a sentence read, with a place's split words joined; quotes are taken from `text` as written.
        func read(_ range: NSRange) -> PagedText { PagedText(Self.joiningSplitPlaceWords(text.substring(range))) }
        for cue in Self.disputeSentence.matches(in: text, limit: 40) {
            let bounds = text.sentenceBounds(around: cue.range)
            var range = bounds.range
            guard seen.insert(range.location).inserted else { continue }
            var sentence = read(range)
            let cued = Self.forumCue.firstMatch(in: sentence) != nil
            var inRow = false
            if !cued, let row = forumRowStart(before: range) {
                // Read with its row's label, which the quote shows.
                range = NSRange(location: row, length: range.location + range.length - row)
                sentence = read(range)
                inRow = true
            } else if !cued {
                // A sentence cut short is read again, up to 600 units: the words that make it about disputes may
                // come long after the courts ("The courts located in Allegheny County, Pennsylvania, including the
                // United States District Court for the Western District of Pennsylvania, have jurisdiction").
                guard bounds.cutEnd else { continue }
                range = text.sentenceRange(around: cue.range, limit: 600)
                sentence = read(range)
                guard Self.forumCue.firstMatch(in: sentence) != nil else { continue }
            }
            // A recital of a lawsuit already brought ("Northgate filed a complaint against Lakeshore in the Circuit Court of
            // Cook County, Illinois, Case No. 2025-L-000512") names a court, not where this contract's disputes go.
            if Self.litigationHistory.firstMatch(in: sentence) != nil { continue }
            // Or, after a sentence that sends disputes to arbitration, one that says where it takes place ("The arbitration shall
            // take place in Geneva", "The venue of the arbitration shall be Houston, Texas"). The seat is read once.
            let sendsToArbitration = Self.arbitrationWords.firstMatch(in: sentence) != nil
            let seat = sendsToArbitration || bare != nil ? Self.arbitrationIn.firstMatch(in: sentence) : nil
            let arbitration = sendsToArbitration || seat != nil
            var forum: String?
            // Where the words that name the forum end in the sentence, for a quote that shows them.
            var named: TextMatch?
            if arbitration, let match = seat {
                let group = match.range(at: 1).location != NSNotFound ? 1 : 2
                // Not a set of rules the arbitration is "in" ("as provided in the CPR Rules").
                forum = Self.trimmedPlace(sentence.substring(match.range(at: group))).flatMap { place in
                    place.split(separator: " ").contains { Self.rulesWords.contains(String($0)) } ? nil : "arbitration in \(place)"
                }
                named = match
            }
            if forum == nil, let match = Self.peoplesCourt.firstMatch(in: sentence) {
                forum = sentence.substring(match.range).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                named = match
            }
            // "governed by the laws and decisions of the courts of the State of Illinois" names a law, not a forum.
            if forum == nil, let match = Self.courts.firstMatch(in: sentence),
                !sentence.substring(NSRange(location: max(0, match.range.location - 20), length: min(20, match.range.location))).lowercased().contains("decisions of"),
                let courts = Self.trimmedForum(sentence.substring(match.range))
            {
                // At a sentence's start: "The Circuit Court of Cook County shall retain jurisdiction".
                forum = courts.hasPrefix("The ") ? "the" + courts.dropFirst(3) : courts
                named = match
            }
            if forum == nil, let match = Self.courtsOfAnd.firstMatch(in: sentence), let place = Self.trimmedPlace(sentence.substring(match.range(at: 1))) {
                forum = "courts of \(place)"
                named = match
            }
            if forum == nil, let match = Self.placeCourts.firstMatch(in: sentence) {
                let name = sentence.substring(match.range(at: 1))
                if !name.split(separator: " ").contains(where: { Self.courtKinds.contains(String($0)) }) {
                    forum = "\(name) courts"
                    named = match
                }
            }
            if forum == nil, let match = Self.placeOfJurisdiction.firstMatch(in: sentence) ?? Self.placeThenJurisdiction.firstMatch(in: sentence) {
                forum = Self.trimmedPlace(sentence.substring(match.range(at: 1))).map { "courts of \($0)" }
                named = match
            }
            if forum == nil, let match = Self.venueIn.firstMatch(in: sentence) {
                forum = Self.trimmedPlace(sentence.substring(match.range(at: match.range(at: 1).location != NSNotFound ? 1 : 2)))
                named = match
            }
            // Courts named by a description instead of a place: "the state courts and the Federal courts for the county in
            // which Acme's principal place of business is located".
            if forum == nil, let match = Self.describedCourts.firstMatch(in: sentence) {
                forum = sentence.substring(match.range(at: 1)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                named = match
            }
            // A sentence cut short may say so after the words read: "... may be brought in the state courts and the Federal
            // courts for the county in which ... is located, and the parties hereby consent to the personal jurisdiction and
            // exclusive venue of these courts".
            var exclusive = Self.exclusiveWords.firstMatch(in: sentence) != nil
            if !exclusive, bounds.cutEnd, range == bounds.range {
                exclusive = Self.exclusiveWords.firstMatch(in: PagedText(text.substring(text.sentenceRange(around: cue.range, limit: 600)))) != nil
            }
            // A cover page's row names the courts; the standard terms make them exclusive by the row's name ("Each party
            // submits to the exclusive jurisdiction of the Courts").
            if !exclusive, forum != nil, Self.forumRow.firstMatch(in: sentence) != nil {
                exclusive = Self.exclusiveOfDefinedCourts.firstMatch(in: text) != nil
            }
            // Arbitration with no seat named: a later sentence may name it ("The arbitration shall take place
            // in Geneva"); this one stands only if none does, with the institution that runs it when it names one ("arbitration
            // (ICC)").
            if forum == nil, arbitration {
                if bare == nil {
                    let institution = Self.arbitralInstitution.firstMatch(in: sentence).map {
                        sentence.substring($0.range).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    }
                    bare = Venue(
                        forum: institution.map { "arbitration (\($0))" } ?? "arbitration", arbitration: true, exclusive: exclusive,
                        evidence: [text.quote(of: range)])
                }
                continue
            }
            guard let forum else { continue }
            let shown = named.map { NSRange(location: range.location, length: $0.range.location + $0.range.length) }
            // A row's quote is the row up to the forum (the sentence the forum ends in starts after the row's semicolon).
            let quote = inRow ? text.quote(of: shown ?? range) : shown.map { text.quote(showing: $0) } ?? text.quote(of: range)
            return Venue(forum: forum, arbitration: arbitration, exclusive: exclusive, evidence: [quote])
        }
        return bare ?? jurisdictionNamed() ?? Venue()
    }

    /// Where the line starts when `range` follows a key-terms row's label about disputes on it: "Governing law and
    /// jurisdiction<tab>England and Wales; courts of London", whose courts stand after the semicolon that ends the row's first
    /// sentence. Nil for any other sentence.
    private func forumRowStart(before range: NSRange) -> Int? {
        var start = range.location
        while start > 0, range.location - start < 120, text.utf16[start - 1] != 0x0A { start -= 1 }
        guard start < range.location, start == 0 || text.utf16[start - 1] == 0x0A,
            Self.forumRowLabel.firstMatch(in: PagedText(text.substring(NSRange(location: start, length: range.location - start)))) != nil
        else { return nil }
        return start
    }
    /// A key-terms row's label that names disputes' forum, with what the row says before the sentence read.
    private static let forumRowLabel = regex(
        "^[ \\t]*(?:(?:[A-Za-z]+[ \\t]+){1,3}(?:and|&)[ \\t]+)?(?:jurisdiction|venue|forum|courts?|disputes?)[ \\t]*(?::[ \\t]*|\\t[ \\t]*)[^\\n]*$",
        maximumLength: 140)

    /// The courts of the place whose law governs, when the law's clause points to them: "... governed by the laws of Western
    /// Australia and each party submits to the non-exclusive jurisdiction of its courts", "... the courts of that State".
    /// Nil when the law is only inferred or its clause names no courts of its own.
    static func courtsOfLaw(_ law: GoverningLaw) -> Venue? {
        guard law.inferredFrom == nil, let place = law.jurisdiction, !place.contains(";"), let quote = law.evidence.first?.quote,
            lawsOwnCourts.matches(quote)
        else { return nil }
        let clause = PagedText(quote)
        return Venue(forum: "courts of \(place)", arbitration: false, exclusive: exclusiveWords.firstMatch(in: clause) != nil, evidence: law.evidence)
    }
    private static let lawsOwnCourts = StringRegex(
        "\\bjurisdiction\\s+of\\s+(?:its|their)\\s+courts\\b|\\b(?:its|their)\\s+courts\\s+(?:shall|will|have|has)\\b"
            + "|\\bcourts\\s+of\\s+(?:that|such|the\\s+same)\\s+(?:state|country|jurisdiction|province|territory|place)\\b", caseInsensitive: true)

    /// With no courts, venue or seat named anywhere: the first jurisdiction a party submits to, or the place actions
    /// must be brought in, that names a known place ("attorn to the jurisdiction of the Province of Ontario").
    private func jurisdictionNamed() -> Venue? {
        for match in Self.jurisdictionOf.matches(in: text, limit: 10) {
            let group = (1...3).first { match.range(at: $0).location != NSNotFound } ?? 1
            guard let place = Self.trimmedPlace(text.substring(match.range(at: group))), Jurisdictions.place(ofForum: place) != nil else { continue }
            // The sentence from the match's start to the place's first letter: a place the pattern ran on into the next
            // sentence ("Maryland. All persons") must not move the quote there.
            let start = NSRange(location: match.range.location, length: match.range(at: group).location - match.range.location + 1)
            // A table's row is quoted as it stands: the rows around it are no sentence of it.
            if group == 3 { return Venue(forum: place, arbitration: false, exclusive: false, evidence: [text.quote(of: match.range)]) }
            let sentence = PagedText(text.substring(text.sentenceRange(around: start)))
            return Venue(
                forum: place, arbitration: false, exclusive: Self.exclusiveWords.firstMatch(in: sentence) != nil,
                evidence: [text.quote(around: start)])
        }
        return nil
    }

    /// The word before a court's place: "courts of", "serving", a French court's "de" ("Tribunal de Commerce de Paris").
    private static let placePreposition = StringRegex("\\b(?:in|of|at|for|serving|de|di|du)\\s+")

    /// A courts phrase without a leading article, cut where the place runs into the next sentence;
    /// nil for courts named by no place ("courts of competent jurisdiction").
    private static func trimmedForum(_ phrase: String) -> String? {
        // A court named by its place before it: "the New York State Supreme Court".
        if phrase.hasSuffix("Court"), placePreposition.range(in: phrase) == nil {
            return phrase.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        if !phrase.contains(where: \.isLowercase) { return trimmedCapitalForum(phrase) }
        guard let last = placePreposition.range(in: phrase, last: true) else { return nil }
        guard let place = trimmedPlace(String(phrase[last.upperBound...])) else { return nil }
        return phrase[..<last.upperBound].split(whereSeparator: \.isWhitespace).joined(separator: " ") + " " + place
    }

    /// A courts phrase of a clause in capitals, where no case marks the place's end ("STATE AND FEDERAL COURTS LOCATED IN NEW
    /// YORK CITY FOR THE PURPOSE OF ANY ACTION"): the place starts after the first "IN", "OF", "AT" or "FOR" past the courts'
    /// own words ("OF COMPETENT JURISDICTION", "OF LAW") and ends before a word no place holds ("FOR", "OR", "TO", ...).
    private static func trimmedCapitalForum(_ phrase: String) -> String? {
        let words = phrase.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let courts = words.firstIndex(where: { $0.hasPrefix("COURT") }),
            let start = words.indices.first(where: { index in
                index > courts && index + 1 < words.count && ["IN", "OF", "AT", "FOR"].contains(words[index])
                    && !["COMPETENT", "GENERAL", "LAW", "JURISDICTION"].contains(words[index + 1])
            }),
            let place = trimmedPlace(words[(start + 1)...].joined(separator: " "), endingAt: capitalPlaceEnds)
        else { return nil }
        return words[...start].joined(separator: " ") + " " + place
    }
    /// Words that end a place in capitals.
    private static let capitalPlaceEnds: Set<String> = [
        "FOR", "OR", "TO", "WITH", "WHICH", "THAT", "SHALL", "WILL", "MAY", "ANY", "AS", "BY", "ON", "UPON", "WHERE", "IF", "IN", "HAVING", "AND/OR",
    ]

    private static let notPlaceStarts: Set<String> = [
        "Competent", "Agreement", "Parties", "Section", "Article", "Clause", "Accordance", "Writing", "English", "French", "German", "Spanish", "Chinese",
    ]

    /// The place's words up to one that cannot be part of it (`ends`: `capitalPlaceEnds` for a clause in capitals), without a
    /// trailing comma, "and" or "or".
    private static func trimmedPlace(_ written: String, endingAt ends: Set<String> = notPlaceWords) -> String? {
        var words: [Substring] = []
        for word in written.split(whereSeparator: \.isWhitespace) {
            if ends.contains(String(word)) && !words.isEmpty { break }
            words.append(word)
            if word.hasSuffix("."), word.count > 3 { break }
        }
        while let last = words.last, ["and", "of", "the", "for", "or", ","].contains(last.lowercased()) { words.removeLast() }
        var place = words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,.;"))
        if place.hasPrefix("the ") || place.hasPrefix("THE ") { place.removeFirst(4) }
        // Not a place: "in Section 14", "in Accordance with", "conducted in English" (or "COMPETENT" in capitals).
        guard let first = place.first, first.isUppercase, !notPlaceStarts.contains(String(place.prefix { $0 != " " }).capitalized) else { return nil }
        return place
    }
}
