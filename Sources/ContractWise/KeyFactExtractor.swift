import Foundation
import OptiMindCore

/// Finds the key facts of a contract: parties and roles, dates, governing law, amounts, notice periods.
struct KeyFactExtractor {
    let text: PagedText
    /// The text as written, when `text` is a copy made easier to read with the same length and pages
    /// (`readableForLaw`): quotes come from it.
    var written: PagedText? = nil

    private var quoted: PagedText { written ?? text }

    static func regex(
        _ pattern: String, caseInsensitive: Bool = true, multiline: Bool = false, anchors: [String]? = nil, maximumLength: Int? = nil,
        matchEndsAtAnchor: Bool = false
    ) -> TextPattern {
        // The patterns are literals of this file; a failure is a programming error caught by the tests.
        try! TextPattern(
            pattern, caseInsensitive: caseInsensitive, multiline: multiline, anchors: anchors, maximumLength: maximumLength,
            matchEndsAtAnchor: matchEndsAtAnchor)
    }

    /// A party's name, its description and its defined term in brackets: `Acme Ltd, a company ... (the "Supplier")` (a bracket
    /// that runs on after the term is closed after it first: `withoutSuccessorsClauses`).
    private static let partyPattern = regex(
        "((?:\\p{Lu}|(?<![A-Za-z])[a-z]+[A-Z.]|(?<![\\p{L}\\d,.])\\d{1,10}(?:-\\d{4})?(?:st|nd|rd|th)?[ -]?(?=\\p{Lu}))(?:[\\p{L}0-9&.,'’*\\-\\s#/]|\\((?:[A-Z][A-Za-z]{1,11})\\)|\\((?:d/b/a|dba|f/k/a|a/k/a|formerly|D/B/A|DBA|F/K/A|A/K/A|FORMERLY|t/a|trading\\s+as|operating\\s+(?:with|under))\\s[^()]{1,60}\\)|\\((?=[^()]{0,50}\\d)(?:[A-Za-z][A-Za-z.]*[\\s:]+){1,5}[A-Z0-9][A-Z0-9\\s\\-]{3,24}(?:\\([0-9A]\\))?\\)|\\([A-Za-z ]{2,20}:\\s*[A-Z.]{1,6}\\)){2,160}?)(?:(?:,\\s*|(?=\\s+(?:an?|[Ww]ith|[Hh]aving)\\s)(?:(?<=\\b(?:Inc|Corp|Corporation|Company|Ltd|Limited|Co|LLC|INC|CORP|CORPORATION|COMPANY|LTD|LIMITED|CO)\\.?)|(?<=\\)))\\s+)(?:(?:an?|the(?!\\s+undersigned)|[Ww]ith|[Hh]aving|[Bb]eing|whose|located|incorporated|organi[sz]ed|registered|residing|resident|domiciled|(?:son|daughter|wife|husband|spouse)\\s+of|aged|born|each|holder\\s+of|acting\\s+(?:by\\s+and\\s+)?through)\\s+|(?:AN?|THE|WITH|HAVING|BEING|WHOSE|LOCATED|ORGANI[SZ]ED|REGISTERED|RESIDING|RESIDENT|DOMICILED|HOLDER\\s+OF|ACTING\\s+(?:BY\\s+AND\\s+)?THROUGH)\\s+(?=[A-Z]{2}))(?:[^()\"“”]|\\((?![a-z]{1,4}\\)|\\d{1,2}\\)|\\s*(?:[Hh]ereina?f?t?e?r?|[Tt]he|[Rr]eferred)\\b)[^()\"“”]{2,80}\\)|(?<=\\d)\\([0-9A]\\)){0,360}?)?\\s*\\((?:[^()\"“”]{0,40}?|[^()\"“”]{0,60}?,\\s*hereinafter\\s+(?:referred\\s+to\\s+as|called)\\s+)(?:[\"“](?:we|us|our|you|your)[\"”],?\\s+(?:or|and)\\s+)?[\"“'‘] ?(?:the\\s+)?((?:\\p{Lu}|[a-z]{1,2}-?(?=\\p{Lu})|\\d(?=\\p{L}))[\\p{L}0-9.&'’\\-\\s]{1,40}),?[\"”'’](?:\\s+(?:and/)?or\\s+(?:the\\s+)?[\"“]([^\"“”()]{1,40})[\"”]|,?\\s+and\\s+together\\s+with\\s+[^\"“”()]{1,60}?[\"“][^\"“”()]{1,40}[\"”]|,?\\s+and\\s+each\\s+(?:a|an)\\s+[\"“][^\"“”()]{1,40}[\"”]|,?\\s+and\\s+(?:together|collectively),?\\s+(?:the\\s+)?[\"“]([A-Z][A-Za-z0-9.&'’\\-\\s]{1,40})[\"”]|(?:(?:,\\s*|\\s+)(?:and\\s+|or\\s+)?[\"“](?:we|us|our|you|your),?[\"”])+)?\\)",
        caseInsensitive: false, anchors: ["\")", "”)", "')", "’)"], maximumLength: 600, matchEndsAtAnchor: true)
    /// The words that end the text before a party's name.
    private static let partyLead = try! NSRegularExpression(pattern: "(?i)\\b(by and between|between|(?:for and )?on behalf of|and|by|among|with|we(?=,))\\s*[:,]?\\s+")
    /// What a party's name never holds: street words, a postcode, a month and year, a full stop ending
    /// a sentence before a capitalised word ("49ers. WHEREAS").
    private static let addressOrDate = streetWord + "|" + postcodeOrDate
    /// A street word before a comma: an address, unless the name ends with a company form ("Peach Street
    /// Bagels Franchising, LLC", "Main Street Capital Corporation").
    private static let streetWord = "\\b(?:Street|Avenue|Ave|Road|Rd|Suite|Drive|Parkway|Boulevard|Blvd|Floor|Lane|Highway|Plaza|Square)\\b[^,]*,"
    private static let postcodeOrDate =
        "\\b\\d{5}(-\\d{4})?\\b|\\b(NSW|VIC|QLD|SA|WA|TAS|ACT|NT) \\d{4}\\b|\\b[A-Z]{1,2}\\d{1,2}[A-Z]? \\d[A-Z]{2}\\b|^(January|February|March|April|May|June|July|August|September|October|November|December)\\b[^A-Za-z]*\\d{4}$|[a-z0-9]{2}\\. (WHEREAS|Whereas|NOW|RECITALS)\\b"
    /// The forms of company a party's name ends with.
    /// The words of a company's legal form, as a name ends with them ("Inc.", "GmbH", "P.C.").
    private static let companyFormWords =
        "inc|incorporated|corp|corporation|company|co|llc|l\\.l\\.c|n\\.a|pllc|p\\.l\\.l\\.c|ltd|limited|plc|llp|lllp|lp|l\\.p|p\\.c|p\\.a|gmbh|ag|s\\.?a|n\\.?v|b\\.?v|s\\.?r\\.?l|s\\.?p\\.?a|pty|pte|kk|oy|ab|as|a/s|lda|ltda|s\\.?l|s\\.?a\\.?s|s\\.?a\\.?r\\.?l|trust|partnership|association|bank|university|fund"
    private static let companyForm = "\\b(" + companyFormWords + ")\\b\\.?,?$"
    private static let recitalWords = StringRegex("^((RECITALS|Recitals|WHEREAS|Whereas|NOW,? THEREFORE|Now,? therefore),?\\s*)+")
    private static let articleBeforeName = StringRegex("^the (?=[A-Z])")
    private static let referenceName = StringRegex("^(Schedule|Exhibit|Annex|Appendix|Section|Clause|Article|Order Form|Statement of Work|Purchase Order|Signature Page|Cover Page)\\b")
    private static let addressOrDateName = StringRegex(addressOrDate)
    private static let postcodeOrDateName = StringRegex(postcodeOrDate)
    private static let numberAfterComma = StringRegex(", [^,]*\\d")
    /// What stands before a party's name in a list of parties: a comma, a bracket, a line break, "and". Not a line break
    /// a PDF's layout put inside a sentence ("in relation to\nQuillmark Labs Ltd"), unless a list's number follows it.
    private static let listedAfter = StringRegex(
        "(?:^|[,;)]|(?<![a-z])\\n|\\b(?:and|among|between|with))\\s*:?\\s*(?:\\(?\\d{1,2}[.)]\\s+)?(?:the\\s+)?$|\\n\\s*\\(?\\d{1,2}[.)]\\s+(?:the\\s+)?$")
    private static let bareDescription = StringRegex(
        " (?:an? (?:(?i:[a-z]+ ){0,3})(?i:company|corporation|limited|partnership)|incorporated|registered|organi[sz]ed|whose|having)\\b")
    /// A date run in before a name: "April 22, 2000 American Champion Media, Inc.".
    private static let leadingDate = StringRegex(
        "^(?:(?i:" + DateMentions.monthName + ")\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+(?i:" + DateMentions.monthName + "),?\\s+\\d{4}),?\\s+")
    private static let numberedName = StringRegex("^\\d{1,10}(?:-\\d{4})?(?:st|nd|rd|th)?[ -]?\\p{Lu}")
    /// Where a contract's opening ends: its recitals or its first numbered clause.
    /// (A numbered heading: "1. Master Lease. Sublandlord is ...", not a numbered list of parties: "1. HealthGate Data Corp., a ...".)
    private static let bodyStart = regex(
        "\\b(?:whereas|recitals|background|the following facts)\\b|^[ \\t]*(?:1\\.1\\b|article\\s+(?:1|i)\\b|section\\s+1\\b|1\\.\\s+(?-i:[A-Z][a-z]+(?:\\s[A-Z][a-z]+){0,3})\\.\\s+(?-i:[A-Z]))",
        multiline: true, anchors: ["whereas", "recitals", "background", "following", "1", "article", "section"], maximumLength: 60)
    private static let recitalHeading = regex("\\b(whereas|recitals|background|the following facts)\\b", maximumLength: 20)
    /// A statute's name, which a defined term may follow as a party's would: "... Regulations 2006", "the Act", "the General
    /// Corporation Law of the State of Delaware (the "DGCL")".
    private static let statuteName = StringRegex("\\b(?:Act|Regulations?|Code|Directive|Rules|Ordinance|Statute|Law)(?:\\s+(?:of\\s+)?\\d{4})?$")
    /// Words after a party's name that say in what capacity, with whom or under what other name it contracts (see
    /// `definedParties`); in lower case only ("as" never strips "Pay As You Go Ltd"). "d/b/a" is kept: a trade name is the
    /// name a lawyer looks for; so is "trading as" (written "t/a").
    private static let nameQualifier = StringRegex(
        ",?\\s+(?:on\\s+the\\s+(?:one|other)\\s+hand|(?:and|together\\s+with)\\s+(?:its|their)\\s+(?:[Aa]ffiliates|[Ss]ubsidiaries|affiliated\\s+companies)"
            // "Acme Inc. and/or assigns", "Acme Inc. and its successors and permitted assigns".
            + "|(?:and/or|and|together\\s+with)\\s+(?:its\\s+|their\\s+)?(?:successors\\s+and(?:/or)?\\s+)?(?:permitted\\s+)?assigns"
            + "|(?<!trading\\s)as\\s+(?:the\\s+)?[A-Za-z][A-Za-z\\-]*(?:\\s+[A-Za-z][A-Za-z\\-]*){0,3}|(?:formerly(?:\\s+known\\s+as)?|f/k/a|a/k/a|also\\s+known\\s+as)\\s+[^()]*)\\s*,?\\s*$",
        caseInsensitive: false)
    /// The end of a firm's name before its "and": capitalised words listed with commas, no company form among them
    /// ("Sears, Roebuck", "Skadden, Arps, Slate, Meagher"), after the text's start or a lead ("... and between Johnson, Smith").
    private static let foundersBeforeAnd = StringRegex(
        "(?:^|\\b(?:between|among|and|by|with)\\s+)(?!(?:Inc|Corp|Ltd|LLC|Co)\\b)\\p{Lu}[\\p{L}'’-]+(?:,\\s+(?!(?:Inc|Corp|Ltd|LLC|Co|LLP|LP)\\b)\\p{Lu}[\\p{L}'’-]+)+,?\\s*$")
    /// Where a trade name follows the name it is carried on under: "Atieva, Inc., d/b/a Lucid Motors".
    private static let tradeNameMark = StringRegex(",? (?:d/b/a|dba|doing business as) ")
    /// A party's other name in brackets: "(formerly known as Spatial Technology Inc.)", "(d/b/a SEMA4)", "(trading as Acme
    /// Cloud)", "(operating with the service name BNY Mellon Shareowner Services)".
    private static let otherName = StringRegex("\\s*\\((?:d/b/a|dba|f/k/a|a/k/a|formerly|t/a|trading\\s+as|operating\\s+(?:with|under))\\s[^()]*\\)", caseInsensitive: true)
    /// A filing's underlining: a run of dashes or underscores on the line under the words it underlines ("Transitory\n
    /// ----------\nSubsidiary", "Mail\n-------\nBoxes Etc."), no word of a name or role.
    static func isUnderline(_ word: Substring) -> Bool {
        word.count >= 3 && word.allSatisfy { $0 == "-" || $0 == "_" }
    }
    /// An office, not a person: "Chief Executive Officer", "Board of Directors", "Chairman".
    private static let officeName = StringRegex(
        "^(?:(?:Chief|Executive|Senior|Vice|Deputy|Assistant)\\b[A-Za-z ,&]*\\bOfficer|(?:Vice |Executive Vice )?President|Secretary|Treasurer|Chair(?:man|person|woman)?|Board(?: of Directors)?)$",
        caseInsensitive: true)
    /// A company's form in words, naming no company: "Limited Liability Company" in "GetGo Transportation Company a(n) Limited
    /// Liability Company ("Carrier")".
    private static let formWordsOnly = StringRegex(
        "^(?:(?:limited|liability|company|corporation|partnership|general|public|private|professional|joint|stock|business|benefit|non-?profit|trust|association)\\s*)+$",
        caseInsensitive: true)
    /// A name at the end of a description, before its role's bracket: "..., Seattle, Washington and MORGAN STANLEY D.W.
    /// INC. (". It is the next party's when it ends with a company form (`companyFormName`).
    private static let nextPartyInDescription = regex(
        "\\band\\s+((?:the\\s+)?\\p{Lu}[\\p{L}0-9&.,'’\\-\\s]{1,80}?)\\s*\\(([^()]*)$", caseInsensitive: false, maximumLength: 400)
    /// The words in a role's bracket that name several parties as one: "(collectively, the", "(together, the", "(each a".
    private static let listedTogether = StringRegex("\\b(?:collectively|together|jointly|each)\\b", caseInsensitive: true)
    /// A defined part of a lease's property: "North Tower of the Building", "Phase II of the Project".
    private static let partOfProperty = StringRegex("\\bof\\s+the\\s+(?:Building|Premises|Property|Project|Land|Site|Center|Centre)$")
    /// A recital's letter before a capitalised word: "A. The Agent", "(B) Each".
    private static let recitalLetter = StringRegex("^\\(?[A-H][.)]\\s+\\p{Lu}")
    /// A list entry's number before a name: "1. ", "(2) ", "3) ".
    private static let listNumber = StringRegex("^(?:\\(\\d{1,2}\\)|\\d{1,2}[.)])\\s+")
    /// A capitalised word right before a name ("Consolidated " before "Artists Inc.").
    private static let capitalisedWordBefore = regex("\\b(\\p{Lu}[\\p{Ll}'’.-]+)[ \\t]+$", caseInsensitive: false, maximumLength: 40)
    /// What leads to the entity an agreement is of: "Operating Agreement of", "(this "Agreement") of".
    private static let entityOfAgreement = StringRegex("(?:\\bagreement|[\"”]\\))\\s+of\\s+(?:the\\s+)?$", caseInsensitive: true)
    /// The end of another party's bracket and "and" before a name: `("Landlord") and `.
    /// After another party's entry: its bracket ("(the "Tenant") and"), or a Canadian form's "OF THE SECOND PART - and -".
    private static let afterOtherParty = StringRegex("(?:\\)|\\bPART)[,;.]?\\s+[-–—]*\\s*and\\s*[-–—]*\\s+(?:\\(?\\d{1,2}[.)]\\s+)?$")
    /// A person's name: two to four capitalised words, a title before them ("Mr. Arjun Mehta", "Theresa Vang").
    private static let personName = StringRegex("^(?:(?i:" + honorifics + ")\\.?\\s+)?\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’.-]*){1,3}$")
    /// Two people's names joined by "and", "Daniel Osei and Lucia Ferraro" or "Andre and Nicole Baptiste", with no company form.
    private static let twoPeople = StringRegex(
        "^\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’.-]*){0,3} and \\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’.-]*){1,3}$")
    /// An identifier in brackets after a name: "(UEN 201912345K)", "(NRIC No. S8812345D)", "(company number 04417730)",
    /// "(Hong Kong Identity Card No. A123456(7))" with its check digit.
    /// A stock ticker too: "(OTC Pink: BIEI)".
    private static let registrationNumber = StringRegex("\\s*\\((?:(?=[^()]{0,50}\\d)(?:[A-Za-z][A-Za-z.]*[\\s:]+){1,5}[A-Z0-9][A-Z0-9 \\-]{3,24}(?:\\([0-9A]\\))?|[A-Za-z ]{2,20}:\\s*[A-Z.]{1,6})\\)")
    /// Whether `name` holds an address or a date rather than (only) a name.
    private static func isAddressOrDate(_ name: String) -> Bool {
        postcodeOrDateName.matches(name) || (addressOrDateName.matches(name) && !companyFormName.matches(name))
    }
    /// A "name" that is an amount ("GBP 1,850,000 (the "Retention")"): the amounts of `amounts()`, whole.
    private static let amountName = StringRegex("^" + amountExpression + "$", caseInsensitive: true)
    /// A name that ends in a company's form ("Harbourline Analytics Limited", "Acme, Inc."); also read by the title's
    /// letterhead check.
    static let companyFormName = StringRegex(companyForm, caseInsensitive: true)
    /// Whether words read as a party's name: a company's (its form at the end) or a person's.
    static func readsAsName(_ name: String) -> Bool { companyFormName.matches(name) || personName.matches(name) }
    /// A word of a sentence rather than of a name: in lower case, and neither a name's particle ("of", "van", "d/b/a"), a
    /// company form ("plc") nor a name written in lower case ("iMine").
    private static func isSentenceWord(_ word: Substring) -> Bool {
        word.first?.isLowercase == true && !["of", "and", "de", "del", "du", "von", "van", "der", "la", "le", "the", "&", "d/b/a", "a/k/a", "f/k/a", "t/a"].contains(word)
            && !companySuffixes.contains(word.trimmingCharacters(in: CharacterSet(charactersIn: ".,")))
            && !isLowercaseName(word)
    }
    /// A word in lower case that names a company: "iMine", "eDiets", "salesforce.com".
    private static func isLowercaseName(_ word: Substring) -> Bool {
        word.dropFirst().contains(where: \.isUppercase) || webName.matches(String(word))
    }
    private static let webName = StringRegex("\\.(com|org|net|io)\\b")
    /// Company forms written in lower case: "Harlow Group plc".
    private static let companySuffixes: Set<String> = ["plc", "llp", "lp", "ltd", "llc", "inc", "gmbh", "ag", "sa", "srl", "bv", "nv", "spa", "pty", "pte", "kk", "oy", "ab", "lda", "ltda", "sl", "sas", "sarl", "corp", "co",
        // Written with full stops, as Czech, Slovak, Slovenian, Croatian and Italian registers do: "Ostrava Agri Trading s.r.o.".
        "s.r.o", "a.s", "s.a", "s.p.a", "s.r.l", "d.o.o", "b.v", "n.v", "s.a.s", "s.l", "k.k", "e.k",
        // American forms with full stops and professional ones: "Granite Peak Office Partners, L.P.", "..., P.C.".
        "l.p", "l.l.c", "l.l.p", "lllp", "pllc", "p.l.l.c", "p.c", "p.a"]
    /// A party of several people or companies named together: `(together, the "Tenant")`.
    private static let jointParty = regex(
        "\\((?:each\\s+(?:a|an)\\s+[\"“][^\"“”()]{1,40}[\"”],?\\s+and\\s+)?(together|collectively|jointly)\\b[^()]{0,30}[\"“]", maximumLength: 100)
    private static let lawContext = regex(
        "\\b(governed(?:[\\s,]+(?:exclusively|solely|only|entirely|wholly|in all respects|in every respect|in all matters)){0,2}(?:[\\s,]+|(?<=governed))by|governed(?:(?:,\\s*|\\s+and\\s+|,\\s+and\\s+)(?:construed|enforced|controlled|interpreted|regulated)){1,4}\\s+by|governing law|laws? applicable to (?:this|the) (?:agreement|contract)|choice of law|law and jurisdiction|(governed|construed|interpreted|enforced)( and (governed|construed|interpreted|enforced))?( exclusively| solely)? (in accordance with|under|according to|pursuant to))")
    /// Clauses whose words reach the law further, read when none of `lawContext` names a place (a pattern of
    /// its own: its longer reach would slow the search for the common ones): "governed in all respects,
    /// including as to validity, interpretation and effect, by the laws of", "controlled by the internal
    /// laws of", "enforced according to California law".
    private static let longLawContext = regex(
        "\\b(governed\\b[^.;]{1,160}?\\bby\\s+(?:the\\s+(?:(?:substantive|internal|domestic)\\s+)?laws?\\s+(?:of|in\\s+force\\s+in)\\b|(?-i:[A-Z][A-Za-z]+\\s+){1,3}law\\b)"
            // "the applicable law shall be the law of" (here: "applicable law" is common, and read only when needed); a
            // table's label, "Applicable law:", "Applicable law<tab>"
            + "|applicable\\s+law\\s+(?:shall|will)\\s+be\\s+the\\s+laws?\\s+of\\b|applicable\\s+law(?:\\s*:|[ ]*\\t)"
            // "the rights of the parties shall be determined under New York law"
            + "|(?:determined|resolved|decided)\\s+(?:exclusively\\s+)?(?:under|according\\s+to|in\\s+accordance\\s+with|pursuant\\s+to)\\s+(?:the\\s+(?:(?:substantive|internal)\\s+)?laws?\\s+of\\b|(?-i:[A-Z][A-Za-z]+\\s+){1,3}law\\b)"
            // "The parties submit to the laws of India and the exclusive jurisdiction of the courts at Mumbai."
            + "|submits?\\s+(?:themselves\\s+|itself\\s+)?to\\s+the\\s+(?:(?:substantive|internal)\\s+)?laws?\\s+of\\b"
            + "|(?:controlled|enforced|regulated)\\s+(?:exclusively\\s+|solely\\s+)?(?:by|according\\s+to|under|in\\s+accordance\\s+with)\\s+"
            + "(?:the\\s+(?:(?:substantive|internal|domestic)\\s+)?laws?\\s+(?:of|in\\s+force\\s+in)\\b|(?-i:[A-Z][A-Za-z]+\\s+){1,3}law\\b))")
    /// An amount with its currency as written: "$385,000", "USD 12,500.50", "EUR 1.5 million", "CHF 10'000",
    /// "RMB500", "HK$2,000", "30,000 yuan", "NIS 0.01", "AED 185,000" (SEK, NOK, ZAR, ILS, NIS and the Gulf's codes with a space before the figure),
    /// "5.000,00 EUR", "€12.500", "250.000 €", "NZ$9,900", "Rs. 5,00,000", "250 000 euros", "1,000,000 Japanese Yen", "25,000 U.S. Dollars", "CAD $165". Thousands may be
    /// grouped by commas, full stops, apostrophes or spaces (three digits a group, or the Indian two), the
    /// decimals follow a full stop or a comma; a comma after the amount is no part of it.
    private static let amountNumber =
        "(?:\\d{1,3}(?:,\\d{2})+,\\d{3}(?!\\d)|\\d{1,3}(?:[,.'’\\u00a0 ]\\d{3})+(?!\\d)|\\d+)(?:[.,]\\d{1,4}(?!\\d))?(?:\\s{0,3}(?:million|billion|thousand|mn|bn|m)\\b|k\\b)?"
    private static let amountExpression =
        "(?:(?:\\b(?:US\\$|HK\\$|NT\\$|NZ\\$|S\\$|A\\$|C\\$|(?:USD|CAD|AUD|NZD|HKD|SGD)(?:\\s?\\$)?|EUR|GBP|CHF|JPY|INR|RMB|CNY|KRW|TWD|DKK|BRL|MXN)|\\b(?:SEK|NOK|ZAR|ILS|NIS|AED|SAR|QAR|KWD|BHD|OMR|COP|CLP|ARS|PLN|CZK|HUF|THB|MYR|IDR|NGN|KES|EGP|RUB|VND|PKR|BDT)(?=\\s)|\\b(?-i:Rs)\\.|\\$|€|£|¥)\\s?" + amountNumber
            + "|(?<![\\d.,'’])" + amountNumber
            + "\\s{0,3}(?:USD|EUR|GBP|CAD|AUD|CHF|JPY|INR|RMB|CNY|HKD|SGD|NZD|SEK|NOK|DKK|PLN|CZK|HUF|ZAR|AED|BRL|MXN|ILS|KRW|TWD|(?:(?:U\\.\\s?S\\.|US|United\\s+States|Canadian|Australian|Singapore|Hong\\s+Kong|New\\s+Zealand)\\s+)?dollars|euros|pounds(?:\\s+sterling|(?!\\s+(?:of|per)\\b))|Japanese\\s+yen|yen|Swiss\\s+francs|francs|rupees|yuan|renminbi)\\b"
            // "250.000 €", "1.500,00 €": the euro sign after the figure, as continental contracts write it.
            + "|(?<![\\d.,'’])" + amountNumber + "\\s?€)"
    private static let amountPattern = regex(
        amountExpression,
        anchors: [
            "$", "€", "£", "¥", "usd", "eur", "gbp", "cad", "aud", "chf", "jpy", "inr", "rmb", "cny", "hkd", "sgd", "nzd", "krw", "twd", "dkk",
            "brl", "mxn", "rs.", "dollars", "euros", "pounds", "yen", "francs", "rupees", "yuan", "renminbi",
            // Codes most English words contain ("administration", "details", "seek", "hazard") are anchored
            // with the space the expression wants after them.
            "sek ", "nok ", "zar ", "ils ", "nis ", "aed", "sar ", "qar", "kwd", "bhd", "omr",
            "cop ", "clp ", "ars ", "pln ", "czk ", "huf ", "thb ", "myr ", "idr ", "ngn ", "kes ", "egp ", "rub ", "vnd ", "pkr ", "bdt ",
            // The same codes after the figure ("10 000 SEK."), with the space before them.
            " sek", " nok", " pln", " czk", " huf", " zar", " ils",
        ],
        maximumLength: 60)
    /// South African rand as South African contracts write them, "R" before a figure of thousands ("R 48 500", "R1 250 000,00",
    /// "R12,000"): a capital R alone, not a word's last letter ("for 10 days"), before a grouped figure only.
    private static let randPattern = regex(
        "(?<![A-Za-z0-9])R\\s?\\d{1,3}(?:[,.\\u00a0 ]\\d{3})+(?!\\d)(?:[.,]\\d{2}(?!\\d))?",
        caseInsensitive: false, anchors: (1...9).flatMap { ["r\($0)", "r \($0)"] }, maximumLength: 30)
    /// Which dollars a contract says its "$" are: "United States dollars", "U.S. Dollars", "lawful money of the
    /// United States" (group 1), "Canadian dollars" (2), "Australian dollars" (3), "Hong Kong dollars" (4),
    /// "Singapore dollars" (5), "New Zealand dollars" (6).
    private static let namedDollars = regex(
        "\\b(?:(united\\s+states|u\\.\\s?s\\.|us|american)\\s+dollars?|(canadian)\\s+dollars?|(australian)\\s+dollars?|(hong\\s+kong)\\s+dollars?"
            + "|(singapore)\\s+dollars?|(new\\s+zealand)\\s+dollars?)\\b|\\blawful\\s+(?:money|currency)\\s+of\\s+the\\s+(united\\s+states)\\b",
        maximumLength: 60)
    /// The ISO code of the dollars a match of `namedDollars` names.
    private static func dollarCode(_ match: TextMatch) -> String {
        let codes = ["USD", "CAD", "AUD", "HKD", "SGD", "NZD"]
        let group = (1...7).first { match.range(at: $0).location != NSNotFound } ?? 1
        return codes[group == 7 ? 0 : group - 1]
    }
    /// "90 days' prior written notice", "thirty (30) days after written notice".
    /// A notice period's length: "thirty (30)", "90", "one" (a month), "forty-five (45)", "one hundred
    /// eighty (180)" with its unit.
    /// A number word ("forty-five" is two, "one hundred eighty" three), for numbers written before their figure.
    private static let numberWord =
        "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
    private static let noticeLength =
        "(?:" + numberWord + "(?:[\\s-]+(?:" + numberWord + "|and)){0,3}\\s+\\(\\d+\\)|\\w+(?:-\\w+)?\\s+\\(\\d+\\)|\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|fifteen|twenty|thirty|forty|forty-five|sixty|ninety)(?:\\s+|-)(?:calendar\\s+|business\\s+|working\\s+)?(?:days?|months?|weeks?|years?)(?:\\(s\\))?"
    private static let noticePattern = regex(
        "\\b" + noticeLength + "(?:['’]s?)?\\s+(?:(?:prior\\s+|advance\\s+)?(?:written\\s+)?|(?:after|following|of)\\s+(?:receipt\\s+of\\s+|receiving\\s+)?(?:a\\s+)?(?:written\\s+)?)notice\\b",
        maximumLength: 160)
    /// A period stated after the notice it bounds: "notice of non-renewal at least thirty (30) days before", "notice not
    /// earlier than fifteen (15) months and not later than twelve (12) months before", "notice not less than six (6) months
    /// and not more than twelve (12) months before" or "nor more than" (the first its deadline),
    /// "notice of non-renewal must be given at least ninety (90) days prior to", "written notice given at least thirty (30)
    /// days in advance", "written notification of termination ... at least 60 days prior to", "notice of its intention not to
    /// renew ... within 180 days prior to", "written notice of at least
    /// 45 days", "a notice period of two weeks", "the notice period is three (3) months", "notice of non- renewal is sent one
    /// year before".
    private static let noticeThenPeriod = regex(
        "\\b(?:notice|notification)\\b(?:\\s+(?!notice\\b|notification\\b)(?:[a-z-]+|\\(\\d+\\))){0,10}?\\s+(?:" + deadlineBound + "|within|(?:is|be|are)\\s+(?:sent|given|served|delivered))\\s+"
            + noticeLength + "(?:\\s+(?:(?:and|but)\\s+(?:not|no)|nor)\\s+more\\s+than\\s+" + noticeLength + ")?\\s+(?:before|prior\\s+to|in\\s+advance)\\b"
            + "|\\bnotice\\s+(?:period\\s+|in\\s+writing\\s+)?of\\s+(?:at\\s+least\\s+|not\\s+less\\s+than\\s+)?" + noticeLength + "\\b"
            // "The notice period is three (3) months for resignation or dismissal".
            + "|\\bnotice\\s+period\\s+(?:is|shall\\s+be|will\\s+be)\\s+(?:at\\s+least\\s+|not\\s+less\\s+than\\s+)?" + noticeLength + "\\b"
            // Notice given without the word: "unless either party notifies the other six (6) months in advance of the expiration".
            + "|\\bnotif(?:y|ies|ied)\\s+(?:the\\s+other(?:\\s+party)?|each\\s+other)\\s+(?:in\\s+writing\\s+)?(?:" + deadlineBound + "\\s+)?"
            + noticeLength + beforeDeadline
            // Whomever it notifies of whatever about the contract's end: "unless either Party notifies the other of its intention not
            // to renew no later than six (6) months prior to the expiry", "If Affiliate fails to notify Network of its desire that this
            // Agreement terminate on its expiration date, at least six (6) months before", "shall notify Franchisee of the
            // nonrenewal not less than six (6) months prior to"; not of a payment's date ("notify GSK as to the date ... at least 5
            // Business Days prior to"). Group 1 the deadline, which the period is reported as: "at least 6 months before".
            + "|\\bnotif(?:y|ies|ied)\\b(?:\\s+(?!notif)[\\w'’-]+,?){0,10}?\\s+[\\w-]*(?:renew|terminat|expir|cancel)[\\w'’-]*,?(?:\\s+(?!notif)[\\w'’-]+,?){0,10}?\\s+("
            + deadlineBound + "\\s+" + noticeLength + beforeDeadline + ")"
            // A cancellation's deadline without the word "notice": "unless cancelled in writing 60 days prior to renewal", "unless
            // Client cancels at least 45 days before the renewal date".
            + "|\\bcancel(?:s|led|ed)?\\b(?:\\s+(?:[a-z]+|\\(\\d+\\))){0,4}?\\s+(?:" + deadlineBound + "\\s+)?" + noticeLength + beforeDeadline
            // The notice a sentence names first and sizes at its end: "the prior written notice required from you or the Company to
            // terminate your employment shall be three months", "the period of notice to be given by the Employer is one month"
            // (group 2 the length, which the period is reported as).
            + "|\\bnotice\\b(?:\\s+(?!notice\\b)[\\w'’]+){1,14}?\\s+(?:is|shall\\s+be|will\\s+be)\\s+(?:at\\s+least\\s+|not\\s+less\\s+than\\s+|no\\s+less\\s+than\\s+)?("
            + noticeLength + ")\\b",
        maximumLength: 160)
    /// What bounds a notice's length when the notice is due by a deadline: "at least", "not less than", "no later than".
    private static let deadlineBound = "(?:at\\s+least|not\\s+less\\s+than|no\\s+less\\s+than|no\\s+later\\s+than|not\\s+later\\s+than)"
    /// What follows a notice's length when the notice is due by a deadline: "in advance", "before", "prior to".
    private static let beforeDeadline = "\\s+(?:in\\s+advance|before|prior\\s+to)\\b"
    /// A number in words followed by its figure: "one hundred eighty (180)".
    private static let numberInWords = try! NSRegularExpression(
        pattern: "(?i)\\b(?:(?:" + numberWord + "|and)[\\s-]+)*" + numberWord + "\\s*\\((\\d+)\\)")

    /// A contract effective from the day it is dated or signed, which names no other date: "effective as of the date first
    /// written above", "shall become effective upon the date first written above", "becomes effective on the date hereof",
    /// "shall become effective as of the day and year first above written", "effective upon its execution", "comes into force
    /// on signature", "commences on the date of this Agreement".
    private static let effectiveOnSigning = regex(
        "effective\\s+(as\\s+of\\s+|(as\\s+)?from\\s+|(up)?on\\s+)?the\\s+(date|day\\s+and\\s+year)\\s+(first\\s+(written|listed|set\\s+forth|stated|shown|mentioned)\\s+above|(first\\s+)?above\\s+written|hereof|of\\s+(this\\s+agreement|signature|execution))"
            + "|\\b(become|becomes|be|is)\\s+effective\\s+(up)?on\\s+(its\\s+|the\\s+)?(execution|signature|signing)\\b"
            + "|\\b((comes?|enters?)\\s+into\\s+(force|effect)|takes?\\s+effect|commence[sd]?|begins?|starts?)\\s+(up)?on\\s+(the\\s+date\\s+(((first\\s+)?(written|stated|set\\s+out|shown)\\s+)?above|hereof|of\\s+(this\\s+agreement|signature))|(its\\s+)?(execution|signature|signing)\\b|its\\s+date\\b)"
            // A term counted from the contract's date or starting on it: "The term of this Agreement is twelve (12) months from the
            // date hereof", "This Agreement shall have an initial term of one (1) year from the date first above written", "the term
            // of this Agreement shall be three years, commencing on the date of this Agreement", "This Agreement shall terminate five
            // (5) years after the date hereof", "... five (5) years from the date of its execution" (not another period's: "During
            // the period beginning on the date hereof").
            + "|\\b(this\\s+agreement|the\\s+(initial\\s+)?term(\\s+of\\s+this\\s+agreement)?)\\b[^.;]{0,80}?\\b(from|after|(commencing|beginning|starting)\\s+(up)?on)\\s+the\\s+date\\s+(hereof|(first\\s+)?(above\\s+written|written\\s+above|set\\s+forth\\s+above)|of\\s+(this\\s+agreement|(its\\s+)?(execution|signature|signing)))\\b",
        anchors: ["effect", "force", "commenc", "begin", "start", "from the date", "after the date"], maximumLength: 200)

    /// The defined term "Effective Date" given its date: "\"Effective Date\" shall mean ", "\"Effective Date\" means: ".
    private static let effectiveDefinition = StringRegex("[\"“]effective\\s+date[\"”]\\s+(?:shall\\s+mean|means|is)\\s*:?\\s*$", caseInsensitive: true)
    /// "effective as of", "begins on", an offer letter's "Your start date will be", "enters into force on", "takes
    /// effect on", "with effect from".
    private static let effectiveCue = regex(
        "effective (date|as of|on|from)|\\beffective\\W{0,2}$|\\beffective (the|this)\\W{0,2}$|commencement date|commenc(e|es|ing) on(?! or (after|before))|(employ|engage)\\w*\\b[^.;]{0,80}\\bcommencing|is effective|(begin|start)(s|ning)? on(?! or (after|before))|(term|employment|tenancy|lease)\\b[^.;]{0,40}\\bstarting on|start date (will be|is|shall be)|first (day|date) of (your )?(employment|work) (will be|is|shall be)( on)?|(?:^|\\n)[ \\t]*(?:(?:employment|job|term|contract|agreement|project|engagement|services?|lease|tenancy|subscription|licen[cs]e|rental|hire|supply)\\s+)?start\\s+date\\W{0,3}$|(start|begin|commence) (work|working|employment) on|join (us|the company|the team|our team) on|report (to|for) work on|date of joining\\W{0,3}|join the company on( or before)?|enters? (into )?the (service|employ|employment) of\\b[^.;]{0,60}\\bon|(date of|scheduled) entry\\W{0,3}|entry date\\W{0,3}"
            + "|(enter|enters|come|comes) into (force|effect) (on|as of)|takes? effect (on|as of|from)|with effect from|from and including|(term|lease|agreement|contract)\\b[^.;]{0,40}(begin|start|commenc)\\w* from|\\b(term|lease|tenancy)\\b[^.;]{0,40}\\b(is|shall be|will be|runs?|will run) from\\s*$"
            // "for a period of eleven (11) months commencing from 1st February 2026": the date right after the words.
            + "|^(?![\\s\\S]*\\b(extend|renew)\\w*\\b)[\\s\\S]*\\bfor\\s+a\\s+(period|term)\\s+of\\b[^.;]{0,40}\\b((commencing|beginning|starting)(\\s+from|\\s+on)?|from),?\\s*$")
    /// A defined term right after a date: `(the "Effective Date")` (group 1), `("Expiration Date")` (group 2),
    /// `(the "Execution Date")` (group 3: the day the contract was made); also after a comma (`May 18, 2010, (the "Effective
    /// Date")`), an article outside the brackets (`June 13, 2012 the ("Effective Date")`) or a form's year left behind by the
    /// date written into its blank ("as of 12-23-2019 , 2019 (the "Effective Date")").
    private static let dateLabel = regex(
        "^\\s*(?:,\\s*(?:(?:19|20)\\d\\d\\s*)?)?(?:the\\s+)?\\(\\s*(?:the\\s+)?[\"“]?[a-z ]{0,30}?(?:(effective|commencement|start) date|(expiration|expiry|termination|end|maturity) date|(execution|signing|signature|agreement) date)[\"”]?\\s*\\)")
    /// "BACKGROUND" or "RECITALS" alone on its line, and what ends them: the first numbered clause or the words that
    /// start the operative part ("NOW, THEREFORE", "IT IS AGREED", "AGREED TERMS").
    private static let backgroundHeading = regex("^[ \\t]*(?:background|recitals)[ \\t]*:?[ \\t]*$", multiline: true, maximumLength: 20)
    private static let firstClause = regex(
        "^[ \\t]*(?:1\\.?[ \\t]|1\\.1\\b|article[ \\t]+(?:1|i)\\b|now,?[ \\t]+therefore|it[ \\t]+is[ \\t]+(?:hereby[ \\t]+)?agreed|agreed[ \\t]+terms|the[ \\t]+parties[ \\t]+(?:hereby[ \\t]+)?agree)",
        multiline: true, maximumLength: 40)
    /// A revision date's label right before it: "Last Updated:", "last revised on", "Last modified"; a draft's or a
    /// printout's date in a page header ("Confidential - Draft of 3/1/2024", "DRAFT 3/1/24", "Printed on").
    private static let revisionLabel = regex(
        "\\b(?:last\\s+(?:updated|revised|modified|amended)(?:\\s+on)?|draft(?:\\s+(?:of|dated|date|version))?|printed(?:\\s+on)?)\\W{0,3}$")
    /// Words that make a date the bound of some period, not a date of the contract: "since", "after", "prior to", "until".
    private static let relativeToDate = regex("\\b(?:since|after|before|prior\\s+to|following|until|till|through|from|between|later\\s+than|earlier\\s+than)\\s*$")
    /// A printed form's revision: "(Revised 8-20-99)", "Rev. 09.04.09", "Model Rev 11/08/01 as revised 11/28/01". It dates the
    /// form, never a contract made on it.
    private static let formRevision = regex(
        "\\(\\s*revised(?:\\s+on)?\\s*:?\\s*$|\\brev(?:\\.|ision)?\\s*:?\\s*$|\\brev(?:\\.|ision)?\\s*:?\\s*[\\d/.-]{6,10}\\s+as\\s+revised\\s*$")
    /// The line an EDGAR submission puts before an exhibit: its type, sequence number and file name ("EX-10.1 2 d12.htm",
    /// "EX1A-3 HLDRS RTS 5 ex0302.htm").
    private static let filingDescription = regex("(?:^|\\s)EX[-0-9][^\\n]{0,40}?\\s\\d{1,3}\\s+[\\w.-]+\\.(?:htm|html|txt)\\b")
    /// A date defined as the day someone's employment or office ends: "(the "Separation Date")", "(the "Retirement Date")".
    private static let leavingDateLabel = regex(
        "^\\s*\\(\\s*(?:the\\s+|your\\s+)?[\"“]?(?:separation|resignation|retirement|departure|exit|release)\\s+date[\"”]?\\s*\\)")
    /// A sentence about this contract up to a date, naming no other agreement on the way: "This Supply
    /// Agreement (this "Agreement") is made and entered into as of".
    private static let ownOpening = regex("^\\s*this\\s[^.;]{0,160}?\\b(agreement|lease|contract|amendment)\\b")
    /// Another agreement the sentence names: "supersedes the Supply Agreement dated", "amends the Lease".
    private static let otherAgreement = regex(
        "\\b(supersed|replac|amend|restat|terminat|under|pursuant to|to|of|with)\\w*\\s+(the|that|a|an|any|its|all|each|such|prior)\\b[^.;()]{0,100}\\b(agreements?|contracts?|leases?)\\b")
    /// A long-stop date, by which a deal must close or either side may walk away: "terminate this deed ... if the Scheme
    /// has not become Effective by 31 January 2027 (the "End Date")", "if the Closing has not occurred on or before".
    private static let longStop = StringRegex(
        "\\b(?:(?:has|have|is|are)\\s+not|shall\\s+not\\s+have)\\s+(?:yet\\s+)?(?:been\\s+\\w+|become\\s+\\w+|occurred|closed|completed|consummated|taken\\s+place|satisfied|effective)\\b[^.;]{0,60}\\b(?:by|on\\s+or\\s+before|before|prior\\s+to)\\s*$", caseInsensitive: true)
    /// A signature line after a date on the same line: "03/24/06     ______________".
    private static let signatureLine = regex("_{5}")
    private static let amendmentCue = regex("amend|original")
    /// A deadline to accept an offer: "This offer will expire if not accepted by", "This offer is open until", "please accept on
    /// or before".
    private static let offerLapses = regex("\\b(?:offer|proposal|quotation)\\b[^.]{0,40}\\b(?:expire|lapse|withdrawn|remain\\w*\\s+open|(?:is|stays)\\s+open)|\\baccept\\w*\\s+(?:it\\s+|this\\s+\\w+\\s+)?(?:by|before|on\\s+or\\s+before)\\s*$")
    /// Whether the last 40 bytes of `words` hold "born", "birth", "dob" or "d.o.b" (in any case): a byte check before
    /// `bornOn`, as most dates have none of them before them.
    static func mayNameBirth(_ words: String) -> Bool {
        let bytes = Array(words.utf8.suffix(40)).map { $0 | 0x20 }
        return birthWords.contains { ByteSearch.contains(bytes, $0) }
    }

    private static let birthWords: [[UInt8]] = ["born", "birth", "dob", "d.o.b"].map { Array($0.utf8) }

    /// A date of birth: "born on", "date of birth:", "D.O.B.".
    private static let bornOn = StringRegex("\\b(?:born(?:\\s+on)?|date\\s+of\\s+birth|birth\\s*date|d\\.?o\\.?b\\.?)\\W{0,3}$", caseInsensitive: true)
    /// A payment or benefit that runs until the date: "pay the employer portion of ... premiums until the earlier of".
    private static let paysUntil = regex("\\b(?:pay|pays|paid|paying|reimburs\\w*|premiums?|coverage|salary|benefits?|allowance)\\b[^.;]{0,120}\\buntil\\s+(?:the\\s+(?:earlier|later|first)\\s+of\\s+)?$")
    /// A Scottish lease's end is its "ish"; an Australian lease's schedule names it the "Terminating Date", a statement of
    /// work's key details the "End Date".
    private static let expiryCue = regex("expir|\\bish\\b|\\bterminating date\\W{0,3}$|(?:^|\\n)[ \\t]*(?:(?:term|lease|tenancy|contract|agreement|project|engagement)\\s+)?(?:end(?:ing)?|termination|finish)\\s+date\\W{0,3}$|until|ends? by operation of law on|(?:to|until) and including|terminat\\w* on|end(s|ing)? (on|as of)|conclud(e|es|ing)( on)?|\\b(?:shall|will)\\s+(?:terminate|end)\\s*$|\\b(?:term|agreement)\\b[^.;]{0,60}\\b(?:is|shall\\s+be|will\\s+be|runs?)\\s+(?:from\\s+)?the\\s+(?:effective|commencement)\\s+date\\s+(?:through|to|until)\\s*$|[\"“]?(?:expiration|expiry)\\s+date[\"”]?\\s+(?:shall\\s+)?means?\\s*$|(?:^|\\n)[ \\t]*(?:\\d+(?:\\.\\d+)*\\.?[ \\t]+)?(?:contract|term|agreement|lease|tenancy)\\s+end\\W{0,3}$|(continue|remain)\\w*( in (full )?(force|effect))? through|extend(ed|s)? (?:(?:the|its|this) (?:term|agreement|lease) )?(to|through)|\\b(?:term|extended|extension|(?:contract|agreement)\\s+period)\\b[^.;]{0,120}\\bfrom\\b[^.;]{4,30}\\bthrough|\\b(?:term|lease|tenancy)\\b[^.;]{0,40}\\b(?:is|shall be|will be|runs?|will run) from\\b[^.;]{4,30}\\bto\\s*$")
    /// A term's first or last day written right after a bare "beginning" or "ending" (group 1 "ending"): "The term of this
    /// Lease is twelve (12) months, beginning September 1, 2025 and ending August 31, 2026"; not "the twelve-month period
    /// commencing July 1, 2018" under a term, nor a "taxable year ending".
    private static let termSpanCue = regex(
        "\\b(?:term|lease|tenancy)\\b(?:(?!\\bperiods?\\b|\\b(?:year|quarter|month)\\s+(?:beginning|commencing|starting|ending)\\b)[^.;]){0,120}\\b(?:beginning|commencing|starting|(ending)),?\\s*$")
    /// A lease's term starting on the date: "The lease begins on", "the Term shall commence on".
    /// A Scottish lease's "Date of Entry:" too.
    private static let leaseStartCue = regex("\\b(?:lease|tenancy|term|sublease|underlease|rental)\\b[^.;]{0,40}\\b(?:begin|commence|start)s?\\s+(?:on\\s*:?\\s*)?$|\\b(?:date of|scheduled) entry\\W{0,3}$|\\bentry date\\W{0,3}$")
    /// The start of a job: "Your employment ... will begin on", "date of joining", "start date".
    private static let jobStartCue = regex("\\bemploy(ment|ed)?\\b[^.;]{0,80}\\b(begin|start|commenc)\\w*|first (day|date) of (your )?(employment|work)\\b|(start|begin|commence) (work|working|employment) on|join (us|the company|the team|our team) on|report (to|for) work on|date of joining|join the company|start date\\b|enters? (into )?the (service|employ|employment) of\\b")
    /// Payments that begin or start on a date ("monthly installments ... beginning on").
    private static let paymentsCue = regex("\\b(install?ments?|payments?|repayments?)\\b[^.;]{0,80}\\b(begin|start|commenc)\\w*\\s+on\\b")
    /// The words that say when the contract was made.
    private static let madeCue = regex("dated|made|entered into|executed")
    private static let datedCue = regex("\\bdated\\b", maximumLength: 5)
    private static let agreementCue = regex(
        "dated|made|entered into|as of|this \\d|day of|date:|executed|(is|was) signed on|(is|was|are|were) issued (on|as of)|date of (this )?(agreement|lease|contract|order|issue)|(agreement|lease|contract|order|issue) date\\b")
    /// "effective as of the latest date set forth below": the contract dates from its last signature,
    /// and the dates that follow the phrase are the signatures'.
    private static let lastSignaturePhrase = "\\b(latest|later|last) (of the )?dates? (set forth|written|indicated|shown|appearing) below"
    /// Also "the date of the last signature below", "the date last signed", "the date signed by the last party", which say
    /// nothing of where the signatures are.
    private static let datedByLastSignature = regex(
        lastSignaturePhrase + "|\\bdate of (the )?(last|later|latest) (signature|execution)|\\bdate last signed"
            // "the date signed by the last party", "the date on which the last party signs", "the later of the dates on which the
            // parties sign"
            + "|\\bdate (signed|executed) by the (last|later) (party|of the parties)|\\bdate on which (the )?(last|later) (party|of the parties) (signs|executes|has signed|has executed)"
            + "|\\b(later|latest) of the (two )?dates? (on which|of signature|of execution)")
    /// The contract's own signing by every party: "effective on the date it is signed by both parties", "effective upon its
    /// execution by both parties", "effective when it has been fully executed", "the date of full execution", "shall take effect
    /// on the date on which it is signed by both parties"; whose subject
    /// `takesEffectOnceAllSign` checks.
    private static let effectiveOnceSignedByAll = regex(
        "\\b(?:effective|takes?\\s+effect|comes?\\s+into\\s+(?:force|effect)|enters?\\s+into\\s+force)\\s+(?:(?:(?:up)?on|as\\s+of|from)\\s+(?:the\\s+date\\s+(?:of\\s+|on\\s+which\\s+|that\\s+)?)?|when\\s+)"
            + "(?:(?:it|this\\s+\\w+)\\s+(?:is|has\\s+been|was)\\s+(?:(?:signed|executed)\\s+by\\s+" + everyParty + "|fully\\s+executed)"
            + "|(?:its\\s+|the\\s+)?(?:signature|execution|signing)\\s+by\\s+" + everyParty + "|(?:its\\s+)?full\\s+execution)"
            + "|\\bdate\\s+of\\s+(?:its\\s+)?full\\s+execution", maximumLength: 120)
    /// What takes effect, just before "effective" (or "take effect"): the contract ("This Agreement becomes", "and is", "it shall
    /// be", "This Agreement shall") ...
    private static let contractTakesEffect = StringRegex("\\b(?:agreement|contract|lease|nda|it|and)\\s+(?:(?:shall|will)\\s+)?(?:(?:is|be|become|becomes)\\s+)?$", caseInsensitive: true)
    /// ... and not an amendment of it ("Any amendment to this Agreement shall be").
    private static let amendmentTakesEffect = StringRegex(
        "\\b(?:amendments?|modifications?|supplements?|waivers?|variations?)\\s+(?:to|of)\\s+(?:this|the)\\s+\\w+\\s+(?:(?:shall|will)\\s+)?(?:(?:is|be|become|becomes)\\s+)?$", caseInsensitive: true)

    /// Whether the contract takes effect once every party has signed it (`effectiveOnceSignedByAll`): "This Agreement is
    /// effective on the date it is signed by both parties"; not an amendment's "An amendment is effective on the date it is
    /// signed by both parties".
    private func takesEffectOnceAllSign() -> Bool {
        Self.effectiveOnceSignedByAll.matches(in: text).contains { match in
            let written = text.substring(match.range)
            if written.lowercased().hasPrefix("date") { return true }
            let start = max(0, match.range.location - 80)
            let lead = text.substring(NSRange(location: start, length: match.range.location - start))
            return Self.contractTakesEffect.matches(lead) && !Self.amendmentTakesEffect.matches(lead)
        }
    }
    /// "both parties", "all of the parties", "each of the parties".
    private static let everyParty = "(?:both|all|each)\\s+(?:of\\s+)?(?:the\\s+)?parties"
    /// Where the signatures start.
    /// Or a "Signatures" heading on its own line, as a standard form of lease ends.
    private static let witnessCue = regex(
        "in witness whereof|signature page follows|signed by the parties|^[ \\t]*signatures[ \\t]*:?[ \\t]*$|" + lastSignaturePhrase, multiline: true)
    private static let signatureCue = regex("date[d]?:|executed|signed|day of")
    /// A line's words before its date when they are a place alone: "Munich, ", "Frankfurt am Main, ", "Zurich, the ".
    private static let placeAndDate = StringRegex("^\\s*\\p{Lu}[\\p{L}.'’\\-]+(?:[ \\-](?:am |an der |upon |on )?\\p{Lu}[\\p{L}.'’\\-]+){0,2},\\s*(?:(?:on|the|den)\\s+)?$")
    /// A form whose labels follow the values: "Markham, ON 24 OCT 2011     Place Date".
    private static let dateLabelAfter = regex("^[ \\t]*(place[ \\t]+)?date\\b")
    /// A recital ("WHEREAS, the parties previously entered into ... dated ...") tells the background:
    /// its dates are other agreements'.
    private static let recital = regex("\\b(whereas|previously|heretofore)\\b")
    /// The date of the agreement another refers to or amends: "to the Development Agreement
    /// ("Development Agreement") entered into on", "under the Master Agreement dated", "entered into a
    /// Development Agreement having an Effective Date of", "amends that certain Manufacturing Agreement
    /// between Heritage and Premier dated".
    private static let referencedAgreement = regex(
        "\\b(to|under|of|into|amends|amending) (the|that certain|a certain|an?|its)\\b[^.;]{0,150}\\b(agreement|contract|lease)\\b(\\s*\\([^)]{0,80}\\))?(\\s+(between|by and between|among)\\s[^.;()]{0,100}?)?,?\\s*(dated|entered into|made|executed|having an effective date of)(\\s+(on|as of))?(\\s+the)?\\s*$"
            // The date of the agreement a restatement replaces: "originally dated June 1, 2015 and amended and restated as of ...".
            + "|\\boriginally\\s+(dated|entered into|made|executed|effective)(\\s+(on|as of))?(\\s+the)?\\s*$")

    /// The patterns of this file, compiled now rather than at first use: each new pattern's words
    /// make the anchor automaton be rebuilt and the document at hand scanned again.
    static let patterns: [TextPattern] = [
        partyPattern,
        jointParty,
        salutation,
        lawContext,
        amountPattern,
        noticePattern,
        noticeThenPeriod,
        effectiveOnSigning,
        effectiveCue,
        dateLabel,
        amendmentCue,
        expiryCue,
        agreementCue,
        madeCue,
        witnessCue,
        datedByLastSignature,
        effectiveOnceSignedByAll,
        signatureCue,
        dateLabelAfter,
        recital,
        referencedAgreement,
        lawOf,
        placeLaw,
        statePlace,
        appliedInEmirate,
        cityState,
        adjectiveLaw,
        incorporated,
        headingPlace,
        lawGoverns,
        lawGovernsByWord,
        lawControls,
        leadingPlaceLaw,
        joinedLaw,
        weakLawContext,
        arbitratorsLaw,
        knownPlaceLaw,
        signatureLine,
        ownOpening,
        otherAgreement,
        namedDollars,
        firstPerson,
        premisesAddress,
        premisesPostcodeUK,
        groupParty,
    ]

    /// The text's first `limit` UTF-16 units (all of it when shorter): the opening the readers of parties and dates look in.
    func head(_ limit: Int) -> String { text.substring(NSRange(location: 0, length: min(text.length, limit))) }

    /// Parties with the role each is given in the opening ("Acme Inc. (the "Supplier")"); with
    /// `addressedAs`, a letter's addressee ("Dear Ms. Okafor:" in an offer letter) in that role, when
    /// the letter defines only one party.
    func parties(addressedAs role: String? = nil) -> [Party] {
        // A filing's legend or stamp at a page break inside the preamble runs into the next party's name ("and\n\n***Confidential
        // Treatment Requested 1\n\nBeta LLC"): it is no part of it.
        allParties(addressedAs: role).map { party -> Party in
            guard let legend = Self.legendBeforeName.range(in: party.name), legend.upperBound < party.name.endIndex else { return party }
            return Party(name: String(party.name[legend.upperBound...]), role: party.role)
        }
    }

    /// A filing's legend or stamp a page break leaves in a line, a page number after it: "Confidential Treatment Requested 14",
    /// "Source: ACME CORP, 10-K, 3/21/2019".
    private static let legendOrStamp =
        "(?:confidential\\s+treatment\\s+requested\\.?|source:\\s[^\\n]{1,80}?\\d{1,2}/\\d{1,2}/\\d{2,4})(?:\\s+\\d{1,4})?"
    /// `legendOrStamp` before a party's name, after the asterisks or brackets it is printed with.
    private static let legendBeforeName = StringRegex("^[*\\[\\]\\s]*" + legendOrStamp + "\\s+", caseInsensitive: true)

    /// The parties the readers find (see `parties(addressedAs:)`), as written.
    private func allParties(addressedAs role: String?) -> [Party] {
        var parties = namedParties(addressedAs: role)
        // A long agreement names its parties after a cover page and a table of contents, past the opening the readers look
        // in: they read the preamble where it starts.
        if parties.count < 2, let preamble = laterPreamble() {
            let later = preamble.namedParties(addressedAs: role)
            if later.count > parties.count { parties = later }
        }
        if parties.isEmpty { parties = bareParties() }
        // A party that is a group the contract describes rather than names: "the persons listed on Schedule A hereto (each, a
        // "Seller" and collectively, the "Sellers")", in the order the opening gives it.
        guard parties.count >= 1, let group = describedGroup(), !parties.contains(where: { $0.role == group.party.role || $0.role == Self.singular(group.party.role ?? "") })
        else { return parties }
        let opening = head(6_000)
        let before = parties.prefix { party in
            opening.range(of: party.name).map { opening.utf16.distance(from: opening.startIndex, to: $0.lowerBound) < group.location } ?? true
        }.count
        parties.insert(group.party, at: before)
        return parties
    }

    /// A preamble that starts a line and makes the agreement between its parties: "This COLLABORATION AGREEMENT ("Agreement"),
    /// effective as of June 1, 2005 (the "Effective Date"), is made by and between FibroGen, Inc., ...". Not a closing clause's
    /// "This Agreement constitutes the entire agreement between the parties".
    private static let preambleStart = regex(
        "(?:^|(?<=\\n)|(?<=\\s\\s))[ \\t]*(?:THIS|This)\\s[^\\n]{0,300}?\\b(?:(?i:by\\s+and\\s+between|by\\s+and\\s+among)|(?:made|entered\\s+into|executed|dated|signed)\\s[^\\n]{0,200}?\\b(?:between|among|BETWEEN|AMONG))\\b",
        caseInsensitive: false, anchors: ["between", "among"], maximumLength: 600)
    /// Where a preamble past the opening may start: after the opening's readers' reach, within a long contents.
    private static let laterPreambleWindow = 3_000..<30_000

    /// The text from a preamble after the opening on (8,000 UTF-16 units of it), for the party readers; nil when there is none.
    private func laterPreamble() -> KeyFactExtractor? {
        let window = Self.laterPreambleWindow
        guard text.length > window.lowerBound,
            let match = Self.preambleStart.firstMatch(in: text, range: NSRange(location: window.lowerBound, length: min(text.length, window.upperBound) - window.lowerBound))
        else { return nil }
        let start = match.range.location
        return KeyFactExtractor(text: PagedText(text.substring(NSRange(location: start, length: min(8_000, text.length - start)))))
    }

    /// Two companies the opening names without defining either: "This Agreement entered into as of the Effective Date by and
    /// between Link Plus Corporation and Axiometric, LLC." (groups 1 and 2; each name ends with a company form).
    private static let bareCompanies = StringRegex(
        "\\b(?:by\\s+and\\s+between|between)\\s+(" + runningName + companyFormAfterName + "\\.?)\\s*,?\\s+and\\s+(" + runningName + companyFormAfterName
            + ")(?=\\s*[.;:(]|\\s*$|\\s*\\n)")
    /// A name as a preamble's running text gives it: capitalised words, with "of", "and" and "&" among them ("Bank of
    /// America"); `companyFormAfterName` the company form after it, a comma before it kept ("OAKWOOD PROPERTIES, INC"), its
    /// full stop left to the pattern (at a sentence's end it is the sentence's).
    private static let runningName = "\\p{Lu}[\\p{L}.&'’\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}.&'’\\-]*|of|and|&)){0,7}"
    private static let companyFormAfterName = ",?\\s+(?i:" + companyFormWords + ")\\b"

    /// The parties of an opening that names two companies and defines neither, without roles; none when it does not.
    private func bareParties() -> [Party] {
        guard let groups = Self.bareCompanies.firstMatch(in: head(3_000)), let first = groups[1], let second = groups[2] else { return [] }
        return [first, second].map { Party(name: String($0), role: nil) }
    }

    /// A group of parties the opening describes rather than names (group 1 the description, group 2 the plural defined
    /// term): "the holders of the outstanding capital stock of Meridian Valve & Controls, Inc. listed on Annex A (each a
    /// "Seller" and together the "Sellers")", "the stockholders of the Company set forth on the signature pages hereto
    /// (collectively, the "Sellers")".
    private static let groupParty = regex(
        "\\b(the\\s+(?:persons?|holders?|stockholders|shareholders|members|individuals|entities|unitholders|partners|investors|sellers|purchasers|buyers|lenders|guarantors|founders)\\b[^()\"“”;]{0,120}?\\b(?:listed|set\\s+forth|named|identified|whose\\s+names\\s+(?:are\\s+set\\s+forth|appear))\\s+(?:on|in)\\s+(?:the\\s+)?(?:Schedule|Annex|Exhibit|Appendix|Attachment|signature\\s+pages?)\\b[^()\"“”;,]{0,30}?),?\\s*"
            + "\\((?:each,?\\s+(?:a|an)\\s+[\"“][^\"”]{2,40}[\"”],?\\s+and\\s+)?(?:collectively|together),?\\s+(?:the\\s+)?[\"“]([^\"”]{2,40})[\"”]\\)",
        anchors: ["listed", "set forth", "named", "identified", "whose names"], maximumLength: 320)

    /// The described group of parties in the opening, with where it starts.
    private func describedGroup() -> (party: Party, location: Int)? {
        guard let match = Self.groupParty.firstMatch(in: text, range: NSRange(location: 0, length: min(text.length, 6_000))) else { return nil }
        let name = text.substring(match.range(at: 1)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return (Party(name: name, role: text.substring(match.range(at: 2))), match.range(at: 1).location)
    }

    /// "Sellers" as the "Seller" one of them is called.
    static func singular(_ role: String) -> String { role.hasSuffix("s") ? String(role.dropLast()) : role }

    private func namedParties(addressedAs role: String? = nil) -> [Party] {
        // "Party A (Shipper): ZTO Express Co., Ltd. Address: ...": the form's labels name the parties
        // before any defined term does.
        let lettered = letteredParties()
        if lettered.count >= 2 { return lettered }
        // Parties side by side in a table's columns, the names in one row and their descriptions in the next.
        let columns = columnParties()
        if columns.count >= 2 { return columns }
        var parties = definedParties()
        let numbered = numberedParties()
        // "(2) Samuel Okoye and Grace Okoye ("the Tenant")" where the defined term gave "Grace Okoye": the
        // people named together are the party.
        for party in numbered {
            if let index = parties.firstIndex(where: { Self.namesJointly(party.name, $0.name) && (party.role == nil || party.role == $0.role) }) {
                parties[index].name = party.name
            }
            // "Parties\n\n1. BRAMBLE & THORNE LIMITED ... (the "Licensor")", where the defined term reached back over
            // the list's heading and number: the entry's name is the party's.
            if let index = parties.firstIndex(where: { $0.name.count > party.name.count && $0.name.hasSuffix(party.name) && party.role == $0.role }) {
                parties[index].name = party.name
            }
        }
        if parties.count < 2 {
            for party in numbered {
                guard !parties.contains(where: { $0.name.localizedCaseInsensitiveContains(party.name) || party.name.localizedCaseInsensitiveContains($0.name) })
                else { continue }
                parties.append(party)
            }
            // In the list's order: its first party may come after a defined term found earlier.
            let rank = { (party: Party) in numbered.firstIndex { $0.name == party.name } ?? Int.max }
            parties = parties.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
        }
        // Fewer than two: the layouts that give roles otherwise, tried in turn (each read only when still needed):
        // "Landlord: ..." labels, a cover page's "... as LANDLORD", a Word table's rows, a "- hereinafter "Client" -" line under a block, a paragraph's
        // "..., hereinafter referred to as the "LICENSOR"", an Australian line's "... ACN 612 345 678 of ... (Franchisor)".
        let unnumbered: () -> [Party] = { numbered.isEmpty ? blockParties() : [] }
        let readers: [() -> [Party]] = [
            labelledParties, partiesLineParties, coverRoleParties, tableParties, signatureTableParties, hereinafterLineParties, hereinafterInlineParties, bracketRoleParties,
            runningBracketParties,
            // "BETWEEN\n\nALTAIR THERAPEUTICS Inc., a Delaware Company, ...\n\nAND\n\nBIOFARMA MOLISE S.R.L. ...": names without roles,
            // after every reader that finds a role.
            unnumbered,
            definitionParties,
        ]
        var added = false
        for reader in readers where parties.count < 2 {
            // A role already taken is not taken twice; parties without roles (a "Parties:" line's) are told apart by name.
            // A party without a role is one found already when either name holds the other ("Rajesh Kumar Mehta", "MR. RAJESH KUMAR MEHTA").
            for party in reader() where !parties.contains(where: { ($0.role != nil && $0.role == party.role) || $0.name == party.name
                || (party.role == nil && ($0.name.localizedCaseInsensitiveContains(party.name) || party.name.localizedCaseInsensitiveContains($0.name))) })
            {
                parties.append(party)
                added = true
            }
        }
        // Parties read in different ways ("Mr. Tobias Reinhardt, born 14 March 1990, ... (hereinafter the "Employee")" by its
        // description, the employer above it by its "(hereinafter the "Employer")" line): in the order the contract names them.
        if added, parties.count > 1 {
            let opening = head(6_000).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let positions = parties.compactMap { party in opening.range(of: party.name).map { opening.distance(from: opening.startIndex, to: $0.lowerBound) } }
            if positions.count == parties.count {
                parties = parties.indices.sorted { (positions[$0], $0) < (positions[$1], $1) }.map { parties[$0] }
            }
        }
        if parties.count == 1 {
            // "the customer identified in the signature block below ("Customer")": the other party is named only
            // there ("CUSTOMER: Tidewater Freight Co.").
            for party in signatureBlockParties() where !parties.contains(where: { $0.role == party.role || $0.name == party.name }) {
                parties.append(party)
                break
            }
        }
        // A memo's header and nothing else: "From: James Whitley, General Counsel, Silverline Bio plc" and "To: Dr. Hannah Okafor,
        // Okafor Genomics Ltd" over an undertaking the addressee signs.
        if parties.isEmpty { parties = memoParties() }
        // A letter of undertaking "From: Ashgrove Industrial Partners LLP" to the one party found: its sender is the other.
        if parties.count == 1, let sender = letterSender(), !parties.contains(where: { $0.name.localizedCaseInsensitiveContains(sender) || sender.localizedCaseInsensitiveContains($0.name) }) {
            parties.append(Party(name: sender, role: nil))
        }
        if let role, parties.count < 2, let name = addressee() {
            parties.append(Party(name: name, role: role))
        }
        // A letter agreement from the one party found (a company's confidentiality letter to a bidder, "Dear Ms.
        // Vance:") is made with the company in its address block: "Harbor Street Capital Partners, L.P.".
        if role == nil, parties.count == 1, let company = addresseeCompany(),
            !parties.contains(where: { $0.name.localizedCaseInsensitiveContains(company) || company.localizedCaseInsensitiveContains($0.name) })
        {
            parties.append(Party(name: company, role: nil))
        }
        // Terms one accepts by clicking or signing up: the other party is the reader, "you (either an individual or a single
        // entity, "you" or "Licensee")". Standard terms made with whoever a later document names: "to the customer named in
        // Seller's quotation or order acknowledgment ("Buyer")" is the Buyer, described. Either in the order the opening gives.
        for other in [readerParty, describedParty] where parties.count == 1 {
            guard let found = other(), !parties.contains(where: { $0.role == found.party.role }) else { continue }
            let named = (head(3_000) as NSString).range(of: parties[0].name).location
            parties.insert(found.party, at: found.location < named ? 0 : 1)
        }
        // A first-person undertaking: "I, Priyanka Deshmukh, agree to the following".
        if parties.count == 1 {
            let opening = PagedText(head(3_000))
            if let match = Self.firstPerson.firstMatch(in: opening) {
                let name = opening.substring(match.range(at: 1))
                if !parties.contains(where: { $0.name == name }) { parties.append(Party(name: name, role: nil)) }
            }
        }
        return parties
    }

    /// Parties named beside their role in the closing signature block: "CUSTOMER: Tidewater Freight Co.", as
    /// the label may stand mid-line, beside the other party's block.
    func signatureBlockParties() -> [Party] {
        let start = max(0, text.length - 3_000)
        let closing = text.substring(NSRange(location: start, length: text.length - start))
        var parties: [Party] = []
        for match in Self.signatureRoleLabel.matches(in: closing, range: NSRange(location: 0, length: (closing as NSString).length)) {
            let role = (closing as NSString).substring(with: match.range(at: 1)).capitalized
            // A name: capitalised words ("Tidewater Freight Co."), not an instruction ("Please sign below").
            guard let name = Self.labelledName((closing as NSString).substring(with: match.range(at: 2)), endingAt: [", ", "  ", " By:", " (", "\t"]),
                name.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true || ["of", "and", "&", "the", "de"].contains($0) }),
                name.contains(where: \.isLowercase) || Self.companyFormName.matches(name),
                !["By", "Name", "Title", "Date", "Signature"].contains(name), !parties.contains(where: { $0.role == role })
            else { continue }
            parties.append(Party(name: name, role: role))
        }
        return parties
    }

    /// A letter's sender on a "From:" line near its top, when it reads as a company's or a person's name.
    /// Else the company that signs under the letter's closing: "Very truly yours,\n\nHALVERSON PARTNERS LLC\nBy: ______".
    func letterSender() -> String? {
        if let from = headerValue("from:"), let name = Self.labelledName(from, endingAt: Self.labelEndings), Self.readsAsName(name) { return name }
        let start = max(0, text.length - 3_000)
        let closing = text.substring(NSRange(location: start, length: text.length - start))
        guard let close = Self.complimentaryClose.range(in: closing, last: true) else { return nil }
        let company = closing[close.upperBound...].split(separator: "\n").prefix(3).lazy.map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty && !$0.hasPrefix("By") }
        guard let company, company.split(separator: " ").count <= 8, Self.companyFormName.matches(company) else { return nil }
        return company
    }
    /// A letter's closing before its signature: "Very truly yours,", "Yours sincerely,", "Sincerely,".
    private static let complimentaryClose = StringRegex(
        "(?m)^[ \\t]*(?:(?:very\\s+)?truly\\s+yours|yours\\s+(?:very\\s+)?(?:truly|sincerely|faithfully)|sincerely(?:\\s+yours)?)\\s*,?[ \\t]*$", caseInsensitive: true)

    /// A memo's "From:" and "To:" lines near its top, each the company it names ("James Whitley, General Counsel, Silverline Bio
    /// plc" is Silverline Bio plc), else the person ("To: Dr. Hannah Okafor" is Hannah Okafor); none unless both are found.
    func memoParties() -> [Party] {
        let names = ["from:", "to:"].compactMap { label -> String? in
            guard let value = headerValue(label) else { return nil }
            let segments = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let company = segments.dropFirst().last { Self.companyFormName.matches($0) && $0.first?.isUppercase == true }
            let person = segments.first.map { Self.leadingHonorific.replacing(in: $0, with: "") }
            guard let name = company ?? person, Self.readsAsName(name), name.split(separator: " ").count <= 8 else { return nil }
            return name
        }
        guard names.count == 2, names[0] != names[1] else { return [] }
        return names.map { Party(name: $0, role: nil) }
    }

    /// The value of the first header line near the top that starts with `label` ("from:", "to:"), without the label.
    private func headerValue(_ label: String) -> String? {
        head(1_500).split(separator: "\n").prefix(20).lazy.map { $0.trimmingCharacters(in: .whitespaces) }
            .first { $0.lowercased().hasPrefix(label) }
            .map { String($0.dropFirst(label.count)).trimmingCharacters(in: .whitespaces) }
    }

    private static let signatureRoleLabel = try! NSRegularExpression(pattern:
        "(?m)\\b(" + partyRoles + ")[ \\t]*:[ \\t]*([A-Z][^\\n]{1,100})$", options: [.caseInsensitive])

    /// The name a role label gives, cut where its address, description or the next column begins (`endingAt`),
    /// without a sentence's full stop (that of "B.V." or "Inc." stays); nil unless it looks like a name.
    /// A bracketed word or two inside a company's name, right before its form written with a capital: " (Leeds) Limited",
    /// " (Group) Co." (not " (Trustee) as trustee").
    private static let bracketBeforeForm = StringRegex(" \\([A-Z][A-Za-z&.' -]{0,30}\\) (?=[A-Z])(?=(?i:" + companyFormWords + ")\\b)")

    static func labelledName(_ written: String, endingAt endings: [String]) -> String? {
        // "Stratus Ledger, Inc., 500 Howard Street": a company whose address `withoutAddress` cuts keeps the comma before
        // its company form, so a comma ends it no more.
        let company = withoutAddress(written)
        let isCompany = company != written && companyFormName.matches(company)
        var name = isCompany ? company : written
        // "Riverside Estates (Leeds) Limited": a bracket inside a company's name, before its form, ends nothing.
        let inner = bracketBeforeForm.range(in: name)
        func firstEnd(_ ending: String) -> String.Index? {
            var from = name.startIndex
            while let found = name.range(of: ending, range: from..<name.endIndex) {
                guard let inner, inner.contains(found.lowerBound) else { return found.lowerBound }
                from = found.upperBound
            }
            return nil
        }
        // "Golden Poppy Properties, LP": a comma before the company's form is no end either.
        var ends = endings.filter { !isCompany || $0 != ", " }.compactMap(firstEnd)
        if let comma = name.range(of: ", "), ends.min() == comma.lowerBound {
            let form = name[comma.upperBound...].prefix { $0 != " " && $0 != "," }.trimmingCharacters(in: CharacterSet(charactersIn: ".")).lowercased()
            if companySuffixes.contains(form) {
                ends.removeAll { $0 == comma.lowerBound }
                let rest = name[comma.upperBound...]
                let formEnd = rest.firstIndex { $0 == " " || $0 == "," } ?? rest.endIndex
                if let next = endings.compactMap({ name.range(of: $0, range: formEnd..<name.endIndex)?.lowerBound }).min() { ends.append(next) }
            }
        }
        if let end = ends.min() { name = String(name[..<end]) }
        name = name.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:"))
        if name.hasSuffix("."), let last = name.split(separator: " ").last, !last.dropLast().contains("."), !companyFormName.matches(String(last)) {
            name.removeLast()
        }
        guard name.count >= 2, name.first?.isUppercase == true, name.split(separator: " ").count <= 8 else { return nil }
        return name
    }

    /// Whether `joint` names `single` together with others: "Samuel Okoye and Grace Okoye" for "Grace Okoye".
    static func namesJointly(_ joint: String, _ single: String) -> Bool {
        joint.count > single.count && joint.hasSuffix(single) && joint.contains(" and ")
            && joint.split(separator: " ").first?.first?.isUppercase == true
    }

    /// Parties listed by number under "BETWEEN" or "PARTIES", as English contracts do: "(1) Signature
    /// Orthopaedics Pty Ltd (ACN 106 702 416), 7 Sirius Road ..." gives its name, and its role when the
    /// entry defines one.
    func numberedParties() -> [Party] {
        guard var entries = linesUnderPartiesHeading() else { return [] }
        var parties: [Party] = []
        // "PARTIES (1) Acme Limited ... (the "Employer"); and (2) Brett Haumann ...": the list run into one paragraph.
        if let first = entries.first, first.hasPrefix("(1) "), first.contains(" (2) ") {
            entries = Self.inlineEntries(first) + entries.dropFirst()
        }
        // Numbered "(1)", or "1." / "1)" as Australian and some English lists are (followed by a space: "1.1" is a clause).
        let firstEntry = entries.first ?? ""
        let numbering: (Int) -> String = firstEntry.hasPrefix("1. ") ? { "\($0)." } : firstEntry.hasPrefix("1) ") ? { "\($0))" } : { "(\($0))" }
        // A printout wraps an entry: "1. Kookaburra Solar Pty Ltd ACN 615 234 987 of 18 Station Street, Fremantle WA 6160"
        // then "(Principal)" on the next line. A line that does not start the next entry continues one left open.
        var merged: [String] = []
        var numbered = 0
        for line in entries.prefix(30) {
            if line.hasPrefix(numbering(numbered + 1)) {
                numbered += 1
                merged.append(line)
            } else if numbered > 0, let last = merged.last, last.hasPrefix(numbering(numbered)), !Self.closesEntry(last), last.count + line.count < 400,
                !Self.andLine.matches(line)
            {
                merged[merged.count - 1] = last + " " + line
            } else {
                merged.append(line)
            }
        }
        entries = merged
        for (index, entry) in entries.prefix(12).enumerated() {
            let number = numbering(parties.count + 1)
            guard entry.hasPrefix(number), number.hasPrefix("(") || entry.dropFirst(number.count).first == " " else {
                // "AND" between entries, or the entries are over.
                if parties.isEmpty || Self.andLine.matches(entry) || index == 0 { continue }
                break
            }
            guard let name = Self.entryName(entry.dropFirst(number.count)) else { break }
            parties.append(Party(name: name, role: Self.entryRole(entry)))
        }
        return parties
    }

    /// The non-empty lines of the opening after its parties' heading ("BETWEEN", "PARTIES", "... made between:"), trimmed; nil
    /// without one.
    private func linesUnderPartiesHeading() -> [String]? {
        let opening = head(4_000)
        guard let heading = Self.partiesHeading.range(in: opening) else { return nil }
        return opening[heading.upperBound...].components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The name an entry of a list of parties starts with, without its description, register number or address: "Acme
    /// Seafood AS" in "Acme Seafood AS, org. no. 998 877 665, Strandkaien 12, 5013 Bergen, Norway (the "Seller")". Nil when
    /// what is left is no name (not capitalised, or longer than ten words).
    static func entryName(_ entry: Substring) -> String? {
        var name = entry.trimmingCharacters(in: .whitespaces)
        let ends = [" of ", ", both ", ", each of ", ", all of ", " ACN ", " ABN ", " ARBN ", " whose ", " incorporated", " registered", " having", ", a ", ", an ", ", with ", ", registration", " a company ", " a corporation ", " an individual", " is a ", " a limited ", " a partnership "]
        let described = [bracketAfterName, registerNumberAfterName, bareDescription].compactMap { $0.range(in: name)?.lowerBound }
        if let end = (ends.compactMap({ name.range(of: $0)?.lowerBound }) + described).min() {
            name = String(name[..<end])
        }
        // Still too long to be a name: an address after it ("Acme Seafood AS, Strandkaien 12, 5013 Bergen, Norway"), cut at
        // the first comma that no company form follows.
        if name.split(separator: " ").count > 10 { name = beforeAddress(name) }
        name = name.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:"))
        // A sentence's full stop, not an abbreviated company form's ("Inc.", "S.R.L.").
        if name.hasSuffix("."), let last = name.split(separator: " ").last?.dropLast(),
            last.contains(".") == false, !companySuffixes.contains(last.lowercased())
        {
            name = String(name.dropLast()).trimmingCharacters(in: CharacterSet(charactersIn: " ,;:"))
        }
        // "NIGEL CROCKETT of (the "Employee")": an address left blank.
        if name.hasSuffix(" of") { name = String(name.dropLast(3)) }
        guard name.count >= 2, name.first?.isUppercase == true, name.split(separator: " ").count <= 10 else { return nil }
        return name
    }

    /// A bracket after a name ("(the "Seller")", "(ACN 612 345 678)"), not a bracketed word of it ("UMHLANGA DATA SOLUTIONS
    /// (PTY) LTD", "Acme (UK) Limited").
    private static let bracketAfterName = StringRegex(" \\((?![A-Za-z]{1,11}\\)(?: \\S|$))")

    /// An entry's role: "(the "Employer")", or an Australian form's bare "(Principal)" ending it.
    /// "(hereinafter called "MLX", or "Party")" too: the first term.
    static func entryRole(_ entry: String) -> String? {
        if let term = calledRole.group(1, in: entry) { return String(term).trimmingCharacters(in: .whitespaces) }
        return (entryRole.range(in: entry) ?? bareEntryRole.range(in: entry)).map { definedTerm(entry[$0]) }
    }
    private static let calledRole = StringRegex(
        "\\((?:hereinafter\\s+(?:(?:referred\\s+to|defined)\\s+as|called)\\s+)(?:the\\s+)?[\"“'‘](?:the\\s+)?([A-Z][A-Za-z .&-]{1,40})[\"”'’][^()]{0,80}\\)")

    /// Parties listed without numbers under a "BETWEEN" heading, each in its own paragraph, an "AND" line between them:
    /// "BETWEEN\n\nALTAIR THERAPEUTICS Inc., a Delaware Company, ...\n\nAND\n\nBIOFARMA MOLISE S.R.L. an Italian Company
    /// ...". Only when at least two are found and each reads as a name (a company form, a person's name).
    func blockParties() -> [Party] {
        guard let lines = linesUnderPartiesHeading() else { return [] }
        var entries: [String] = []
        var expectingEntry = true
        for line in lines.prefix(30) {
            if Self.andLine.matches(line) {
                guard !entries.isEmpty else { return [] }
                expectingEntry = true
            } else if expectingEntry {
                entries.append(line)
                expectingEntry = false
            } else if let last = entries.last, !Self.closesEntry(last), last.count + line.count < 400, !Self.afterParties.matches(line) {
                // A paragraph the page wrapped.
                entries[entries.count - 1] = last + " " + line
            } else {
                break
            }
        }
        guard entries.count >= 2, !entries[0].hasPrefix("(1)"), !entries[0].hasPrefix("1") else { return [] }
        var parties: [Party] = []
        for entry in entries.prefix(6) {
            guard let name = Self.entryName(Substring(entry)), Self.readsAsName(name) else { return [] }
            parties.append(Party(name: name, role: Self.entryRole(entry)))
        }
        return parties
    }
    /// A line that starts what follows a list of parties: recitals, agreed terms, a clause's number.
    private static let afterParties = StringRegex("^(?:whereas|recitals|background|it is agreed|now,? therefore|agreed terms|each\\s+a\\s+party|\\(?\\d{1,2}[.)]\\s)", caseInsensitive: true)
    /// The line between two parties' paragraphs: "AND", "and:", "- and -".
    private static let andLine = StringRegex("^[-–—]?\\s*and\\s*:?\\s*[-–—]?$", caseInsensitive: true)

    /// A name up to its first comma, unless a company form follows that comma ("Cascade Vision Systems, Inc., 1501 Fourth
    /// Avenue" is "Cascade Vision Systems, Inc.").
    static func beforeAddress(_ name: String) -> String {
        guard let comma = name.range(of: ", ") else { return name }
        let form = name[comma.upperBound...].prefix { $0 != " " && $0 != "," }.trimmingCharacters(in: CharacterSet(charactersIn: ".")).lowercased()
        let end = companySuffixes.contains(form) ? name[comma.upperBound...].range(of: ", ")?.lowerBound ?? name.endIndex : comma.lowerBound
        return String(name[..<end])
    }

    /// A numbered list of parties written as one paragraph, split at its numbers: "(1) A ...; and (2) B ..." gives
    /// "(1) A ...; and" and "(2) B ...".
    static func inlineEntries(_ paragraph: String) -> [String] {
        var entries: [String] = []
        var rest = Substring(paragraph)
        var number = 2
        while let next = rest.range(of: " (\(number)) ") {
            entries.append(String(rest[..<next.lowerBound]))
            rest = rest[rest.index(after: next.lowerBound)...]
            number += 1
        }
        entries.append(String(rest))
        return entries
    }

    /// Parties given as a form's labelled lines near the top: "Landlord: John Smith", "Tenant: Mary Jones
    /// and Peter Jones", "Employee: Jane Doe, 12 Elm Street", or a schedule table's row ("Item 2 – Tenant\tLaneway Dumplings Pty Ltd").
    func labelledParties() -> [Party] {
        let opening = head(2_500)
        var parties: [Party] = []
        let lines = opening.split(separator: "\n").prefix(40).map(String.init)
        for (index, written) in lines.enumerated() {
            // A form's row of labelled values ("Landlord (full legal name)\tWalter Nakamura\tTenant (full legal name)\tPriya
            // Desai", a label over each box; "Landlord: Walter Nakamura\tTenant: Priya Desai"): each label with its value,
            // in its own cell or the next.
            if written.contains("\t") {
                let cells = written.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                let labels = cells.map { Self.roleLabel.firstMatch(in: $0, range: NSRange(location: 0, length: ($0 as NSString).length)) }
                let found = cells.indices.compactMap { position -> Party? in
                    guard let match = labels[position] else { return nil }
                    let cell = cells[position] as NSString
                    let name: String?
                    if let inline = Self.inlineValue(of: match) {
                        name = Self.labelledName(cell.substring(with: inline), endingAt: Self.labelEndings)
                    } else if position + 1 < cells.count, labels[position + 1] == nil {
                        name = Self.labelledName(cells[position + 1] + " ", endingAt: Self.labelEndings).flatMap { Self.readsAsName($0) ? $0 : nil }
                    } else {
                        name = nil
                    }
                    guard let name, !Self.noneGiven.matches(name) else { return nil }
                    return Party(name: name, role: cell.substring(with: match.range(at: 1)).capitalized)
                }
                if found.count >= 2 {
                    for party in found where !parties.contains(where: { $0.role == party.role }) { parties.append(party) }
                    continue
                }
            }
            let line = written as NSString
            guard let match = Self.roleLabel.firstMatch(in: written, range: NSRange(location: 0, length: line.length)) else { continue }
            // "LANDLORD:" is the Landlord.
            let role = line.substring(with: match.range(at: 1)).capitalized
            let written: String
            if let inline = Self.inlineValue(of: match) {
                written = line.substring(with: inline)
            } else if match.range(at: 3).location != NSNotFound {
                // A schedule's table, the role in one cell and the party in the next ("Item 1 – Landlord\tCumberland Arcade
                // Holdings Pty Ltd ACN ..."): only a company's or a person's name, as a cap table's "Company\tShares" is none.
                // A PDF's table wraps the cell: "Cumberland Arcade Holdings Pty" over "Ltd ACN 612 345 678 of ...", "Laneway
                // Dumplings Pty Ltd ACN" over "634 567 890 of ...": the company's form goes on, the identifier's label goes.
                var cell = line.substring(with: match.range(at: 3))
                if index + 1 < lines.count, !lines[index + 1].contains("\t") {
                    let form = lines[index + 1].split(separator: " ").prefix { $0.first?.isUppercase == true && Self.companyFormName.matches(String($0)) }
                    if !form.isEmpty { cell += " " + form.joined(separator: " ") }
                }
                guard let candidate = Self.labelledName(cell + " ", endingAt: Self.labelEndings + ["\t"]),
                    Self.readsAsName(candidate)
                else { continue }
                written = candidate
            } else if index + 1 < lines.count, let label = Self.nameLabel.range(in: lines[index + 1]) {
                written = String(lines[index + 1][label.upperBound...])
            } else if let next = lines[(index + 1)...].first(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }),
                let candidate = Self.labelledName(next.trimmingCharacters(in: .whitespaces), endingAt: Self.labelEndings),
                Self.readsAsName(candidate)
            {
                // The role alone on its line and the name on the next, as an English lease's clause LR3 sets them out
                // ("Landlord\nKIRKGATE ESTATES LIMITED (company number 06543210) whose registered office is at ...").
                written = candidate
            } else {
                continue
            }
            guard let name = Self.labelledName(written, endingAt: Self.labelEndings),
                !parties.contains(where: { $0.role == role }), !Self.noneGiven.matches(name)
            else { continue }
            parties.append(Party(name: name, role: role))
        }
        return parties.count >= 2 ? parties : []
    }

    /// A job's title before the company it is with: "Senior Accountant of ", "Chief Financial Officer of the ".
    private static let jobTitleOf = StringRegex(
        "^(?:[A-Z][A-Za-z-]*\\s+){0,4}?(?:Accountant|Engineer|Manager|Director|Officer|Analyst|Consultant|Executive|President|Secretary|Counsel|Head|Supervisor|Associate|Specialist|Coordinator|Administrator|Architect|Developer|Designer|Scientist|Adviser|Advisor|Controller|Treasurer|Assistant|Technician|Representative)\\s+of\\s+(?:the\\s+)?")

    /// Both parties on one key-details line, without roles: "Parties: Solace Audio Inc. and Tern Acoustics GmbH", "Between:
    /// Alder Robotics Ltd; Birch Analytics Ltd". Each must read as a company's or a person's name ("Parties: see Schedule 1" is
    /// none); with no semicolon, the line is cut at the "and" that leaves a name on each side ("Johnson and Johnson Ltd and Acme
    /// Inc." is cut at its second).
    func partiesLineParties() -> [Party] {
        let opening = head(2_500)
        for line in opening.split(separator: "\n").prefix(40).map(String.init) {
            guard let label = Self.partiesLine.range(in: line) else { continue }
            let value = line[label.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " \t."))
            var candidates: [[String]] = []
            let pieces = value.components(separatedBy: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if pieces.count == 2 {
                candidates.append(pieces)
            } else {
                var searchEnd = value.endIndex
                while let and = value.range(of: " and ", options: .backwards, range: value.startIndex..<searchEnd) {
                    candidates.append([String(value[..<and.lowerBound]), String(value[and.upperBound...])])
                    searchEnd = and.lowerBound
                }
            }
            for names in candidates {
                let read = names.compactMap { Self.labelledName($0, endingAt: Self.labelEndings) }.filter(Self.readsAsName)
                if read.count == 2, read[0] != read[1] { return read.map { Party(name: $0, role: nil) } }
            }
        }
        return []
    }
    private static let partiesLine = StringRegex("^[ \\t]*(?:the[ \\t]+)?(?:parties|between)[ \\t]*:[ \\t]*(?=\\S)", caseInsensitive: true)

    /// A label's value that says there is no such party: "Guarantor: N/A", "None", "Not applicable", "Intentionally Omitted".
    private static let noneGiven = StringRegex("^(?:n/?a|none|not\\s+applicable|intentionally\\s+(?:omitted|deleted)|tbd|to\\s+be\\s+determined|[-–—]+)\\.?$", caseInsensitive: true)

    /// Parties on a cover page, each name followed by its role: "LT FITNESS (DE) QRS 15-53, INC., a Delaware corporation"
    /// above "as LANDLORD", "ENZON PHARMACEUTICALS, INC., AS SUBLANDLORD,", "Property Reserve, Inc." above "Landlord". The
    /// name is on the role's line, or the nearest
    /// line above it (past its description, "a Minnesota corporation") that reads as a company's or a person's. Empty unless
    /// two are found.
    func coverRoleParties() -> [Party] {
        let opening = head(3_000)
        let lines = opening.split(separator: "\n", omittingEmptySubsequences: false).prefix(80).map { $0.trimmingCharacters(in: .whitespaces) }
        var parties: [Party] = []
        for (index, line) in lines.enumerated() {
            guard let match = Self.coverRole.firstMatch(in: line, range: NSRange(location: 0, length: (line as NSString).length)) else { continue }
            let role = (line as NSString).substring(with: match.range(at: 2)).capitalized
            var name: String?
            if match.range(at: 1).location != NSNotFound {
                name = Self.labelledName((line as NSString).substring(with: match.range(at: 1)), endingAt: Self.labelEndings)
            } else {
                for above in lines[..<index].reversed().prefix(6) where !above.isEmpty {
                    let lowered = above.lowercased()
                    if lowered.hasPrefix("a ") || lowered.hasPrefix("an ") || ["and", "by and between", "between", "by and among", "among"].contains(lowered) { continue }
                    name = Self.labelledName(above, endingAt: Self.labelEndings)
                    break
                }
            }
            guard let name, Self.readsAsName(name),
                !parties.contains(where: { $0.role == role || $0.name == name })
            else { continue }
            parties.append(Party(name: name, role: role))
        }
        return parties.count >= 2 ? parties : []
    }

    /// A cover page's role after its party: "as LANDLORD", "..., AS SUBLANDLORD,", "as Subtenant", or the role alone on the
    /// line under the name ("Property Reserve, Inc." above "Landlord") (group 1 a name before it on the line, group 2 the role).
    private static let coverRole = try! NSRegularExpression(pattern:
        "^(?:(?:(\\S.*?),?[ \\t]+)?as[ \\t]+(?:the[ \\t]+)?)?(" + partyRoles + ")[ \\t]*,?(?:[ \\t]+and)?[ \\t]*$", options: [.caseInsensitive])

    /// Parties set out in a table, a row each, whose cells a Word table's row gives separated by tabs: "Harwell Robotics
    /// Limited\tCompany number 10987654, registered office: ...\tthe "Supplier"". The name is the first cell, when it
    /// reads as a company's or a person's; the role a later cell that is a defined term ("the "Supplier"", "("Customer")")
    /// or holds one in brackets. Empty unless two are found.
    func tableParties() -> [Party] {
        let opening = head(4_000)
        var parties: [Party] = []
        for line in opening.split(separator: "\n") where line.contains("\t") {
            let cells = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard cells.count >= 2, let name = Self.labelledName(cells[0], endingAt: Self.labelEndings),
                Self.readsAsName(name)
            else { continue }
            let role = cells.dropFirst().lazy.compactMap { cell -> String? in
                guard let found = Self.tableRole.range(in: cell) ?? Self.entryRole.range(in: cell) else { return nil }
                return Self.definedTerm(cell[found])
            }.first
            guard let role, !parties.contains(where: { $0.role == role || $0.name == name }) else { continue }
            parties.append(Party(name: name, role: role))
        }
        return parties.count >= 2 ? parties : []
    }

    /// Parties named in the columns of a standard-terms contract's signature table, whose header row gives each column's
    /// role ("<tab>PARTY 1<tab>PARTY 2", "<tab>PROVIDER<tab>CUSTOMER") and whose "Company" row, within the next ten, the
    /// names ("Company<tab>Peakline Routing, Inc.<tab>Northwind Cargo Systems LLC"). Such a cover page defines no party in
    /// brackets: its terms call them "each party" or by the column's role. Empty unless every column names a company or
    /// a person.
    func signatureTableParties() -> [Party] {
        // A cover page comes first; the table closes it.
        let opening = head(15_000)
        guard opening.contains("\t") else { return [] }
        let rows = opening.split(separator: "\n").map { line in
            line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        for index in rows.indices {
            // The header in one row, or (as poppler reads a PDF's table) its cells on lines of their own: "PARTY 1" over "PARTY 2".
            var header = rows[index]
            var next = index + 1
            guard let first = header.first, first.utf16.count <= 30 else { continue }
            if header.count == 1 {
                while next < rows.count, rows[next].count == 1, rows[next][0].utf16.count <= 30, Self.columnRole.matches(rows[next][0]) {
                    header.append(rows[next][0])
                    next += 1
                }
            }
            guard header.count >= 2, header.allSatisfy({ Self.columnRole.matches($0) }) else { continue }
            for (offset, found) in rows[next...].prefix(10).enumerated() where found.count == header.count + 1 && Self.columnNameLabel.matches(found[0]) {
                // The last column's name a PDF's table wrapped: "Northwind Cargo" over "Systems LLC".
                var row = found
                let below = next + offset + 1
                if below < rows.count, rows[below].count == 1, let last = row.last, !Self.companyFormName.matches(last),
                    Self.companyFormName.matches(last + " " + rows[below][0])
                {
                    row[row.count - 1] = last + " " + rows[below][0]
                }
                let names = row.dropFirst().compactMap { cell in Self.labelledName(cell, endingAt: Self.labelEndings).flatMap { Self.readsAsName($0) ? $0 : nil } }
                guard names.count == header.count else { break }
                return zip(names, header).map { Party(name: $0, role: Self.columnRoleName($1)) }
            }
        }
        return []
    }

    /// A signature table's column heading: "PARTY 1", "Party B", "Disclosing Party", "PROVIDER".
    private static let columnRole = StringRegex("^(?:party[ \\t]*(?:\\d|[a-d]|one|two|three)|" + partyRoles + ")$", caseInsensitive: true)
    /// The row of a signature table that names each column's party.
    private static let columnNameLabel = StringRegex("^(?:company(?:[ \\t]+name)?|(?:full[ \\t]+)?legal[ \\t]+name|entity(?:[ \\t]+name)?|organi[sz]ation|party(?:[ \\t]+name)?|name[ \\t]+of[ \\t]+(?:party|company|entity))[ \\t]*:?$", caseInsensitive: true)

    /// A column heading as a role: "PARTY 1" is "Party 1", "Disclosing Party" stays.
    private static func columnRoleName(_ heading: String) -> String {
        heading.contains(where: \.isLowercase) ? heading : heading.capitalized
    }

    /// Parties side by side in a table's columns, as European contracts often set them out: a row of names ("Harbourline
    /// Analytics Limited\tQuayside Robotics Teoranta"), and within the next three rows one with as many cells, each holding
    /// its party's defined term ("a company incorporated in Ireland ... ("Harbourline")\ta company ... ("Quayside")"). Empty
    /// unless every column gives one.
    func columnParties() -> [Party] {
        let opening = head(3_000)
        let lines = opening.split(separator: "\n").prefix(40).map { line in
            line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        for (index, cells) in lines.enumerated() where cells.count >= 2 {
            let names = cells.compactMap { cell in
                Self.labelledName(cell, endingAt: Self.labelEndings).flatMap { Self.readsAsName($0) ? $0 : nil }
            }
            guard names.count == cells.count else { continue }
            for below in lines[(index + 1)...].prefix(3) where below.count == cells.count {
                let roles = below.compactMap { cell -> String? in
                    guard let found = Self.entryRole.range(in: cell, last: true) else { return nil }
                    return Self.definedTerm(cell[found])
                }
                guard roles.count == names.count, Set(roles).count == roles.count else { continue }
                return zip(names, roles).map { Party(name: $0, role: $1) }
            }
            // As poppler reads such a table from a PDF: each column's description on lines of its own, the left one's first,
            // so the defined terms come in the columns' order ("... Dublin 2" / "("Harbourline")" / "a company incorporated
            // ..." / "("Quayside")"), within the next fourteen lines.
            var roles: [String] = []
            for below in lines[(index + 1)...].prefix(14) where roles.count < names.count {
                let line = below.joined(separator: " ")
                if let found = Self.entryRole.range(in: line, last: true) {
                    let role = Self.definedTerm(line[found])
                    if !roles.contains(role) { roles.append(role) }
                }
            }
            if roles.count == names.count {
                return zip(names, roles).map { Party(name: $0, role: $1) }
            }
        }
        return []
    }

    /// A party's defined term as written in its brackets, without them, the quotes and a leading "the": "(the "Supplier")"
    /// is "Supplier".
    static func definedTerm(_ written: Substring) -> String {
        leadingThe.replacing(in: String(written).trimmingCharacters(in: CharacterSet(charactersIn: "()\"“”'‘’ ;,.")), with: "")
    }

    /// A table cell that is a party's defined term: "the "Supplier"", "("Customer")".
    private static let tableRole = StringRegex("^\\(?(?:the )?[\"“'‘](?:the )?[A-Z][A-Za-z .&-]{1,40}[\"”'’]\\)?\\.?$")

    /// Parties whose role stands on a line of its own under their block, as contracts drafted in German are:
    /// "Rheinwerk Automation GmbH, Industriestraße 14, 40476 Düsseldorf\n- hereinafter "Client" -". The name is the
    /// block's first line up to its first comma (or a wide gap before the address, as a cover's columns set it). The role
    /// may also end the line that names the party ("PPG Paints Trading (Shanghai) Co Ltd hereinafter referred to as ("PPG
    /// Shanghai")", "PLAN_B MEDIA AG    Schaafenstr. 25    50676 Cologne    hereinafter referred to as "plan_b""), or stand a
    /// blank line below the block. Empty unless two are found.
    func hereinafterLineParties() -> [Party] {
        let opening = head(3_000)
        let lines = opening.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        var parties: [Party] = []
        for (index, line) in lines.enumerated() {
            let range = NSRange(location: 0, length: (line as NSString).length)
            let source: String
            let role: String
            if let match = Self.roleLine.firstMatch(in: line, range: range) {
                role = (line as NSString).substring(with: match.range(at: 1)).trimmingCharacters(in: .whitespaces)
                // The block above: back to a blank line or the words that join the parties ("between", "and"); across one
                // blank line when the role line is set apart.
                var last = index
                if last > 0, lines[last - 1].isEmpty, last > 1, !lines[last - 2].isEmpty, !Self.partiesJoin.matches(lines[last - 2]),
                    Self.hereinafterWords.matches(line)
                {
                    last -= 1
                }
                var first = last
                while first > 0, !lines[first - 1].isEmpty, !Self.partiesJoin.matches(lines[first - 1]) { first -= 1 }
                guard first < last else { continue }
                source = lines[first]
            } else if let match = Self.trailingHereinafter.firstMatch(in: line, range: range), match.range.location > 0 {
                role = (line as NSString).substring(with: match.range(at: 1)).trimmingCharacters(in: .whitespaces)
                source = (line as NSString).substring(to: match.range.location)
                // A sentence's words are no name: "The Supplier shall be hereinafter referred to as "Acme"".
                guard !source.split(separator: " ").contains(where: Self.isSentenceWord) else { continue }
            } else {
                continue
            }
            // Up to a wide gap, and to the first comma unless a company form follows it ("Cascade Vision Systems, Inc., 1501
            // Fourth Avenue"). Not `labelledName`: its address cut stops at the first form it knows ("Elbufer Grundbesitz GmbH
            // & Co. KG").
            var name = Self.beforeAddress(source.components(separatedBy: "  ")[0])
            name = name.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:"))
            guard name.count >= 2, name.first?.isUppercase == true, name.split(separator: " ").count <= 8,
                !parties.contains(where: { $0.role == role || $0.name == name })
            else { continue }
            parties.append(Party(name: name, role: role))
        }
        return parties.count >= 2 ? parties : []
    }

    /// A role given by "hereinafter" at a line's end, after the party's name: " hereinafter referred to as ("PPG Shanghai")".
    private static let trailingHereinafter = try! NSRegularExpression(pattern:
        "[ \\t,]+[-–—(]*[ \\t]*(?:hereinafter|hereafter)[ \\t]+(?:referred[ \\t]+to[ \\t]+as[ \\t]+|called[ \\t]+)?\\(?(?:the[ \\t]+)?[\"“]([A-Za-z][A-Za-z_ ]{0,30}[A-Za-z])[\"”]\\)?[ \\t]*[-–—)]*[.;,]?[ \\t]*$")
    /// "hereinafter" opening a role line.
    private static let hereinafterWords = StringRegex("^[-–—(]*\\s*(?:hereinafter|hereafter)\\b", caseInsensitive: true)

    /// Parties as Indian and other Commonwealth deeds name them, each a paragraph that starts with the name and gives the
    /// role outside brackets: "MR. RAJESH KUMAR MEHTA, aged about 58 years, residing at ..., hereinafter referred to as the
    /// "LICENSOR" (which expression shall ...) of the ONE PART". Empty unless two are found.
    func hereinafterInlineParties() -> [Party] {
        let opening = NSRange(location: 0, length: min(text.length, 4_000))
        var parties: [Party] = []
        // At a line's start, or after "between" or "and" in one paragraph ("... by and between OAKWOOD PROPERTIES, INC., a
        // Georgia corporation, hereinafter called "Lessor", and SUNRISE PEDIATRICS, P.C., ..., hereinafter called "Lessee"").
        let matches = (Self.inlineHereinafter.matches(in: text, range: opening) + Self.runningHereinafter.matches(in: text, range: opening))
            .sorted { $0.range.location < $1.range.location }
        for match in matches {
            let name = text.substring(match.range(at: 1)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let role = text.substring(match.range(at: 2)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            // Nor the document itself: "THIS LEASE AGREEMENT, made and entered into ..., by and between ...".
            guard name.split(separator: " ").count <= 8, !Self.isAddressOrDate(name), !DateMentions.isMonthName(name),
                !["this ", "these "].contains(where: { name.lowercased().hasPrefix($0) }),
                !parties.contains(where: { $0.role == role || $0.name == name })
            else { continue }
            parties.append(Party(name: name, role: role))
        }
        return parties.count >= 2 ? Array(parties.prefix(4)) : []
    }

    /// Parties as Australian agreements list them, a line each that ends with the role in brackets and no quotes: "Wattle &
    /// Brew Franchising Pty Ltd ACN 612 345 678 of Level 4, 120 Collins Street, Melbourne VIC 3000 (Franchisor)". The name is
    /// the line's start, up to its register number, address or description, when it reads as a company's or a person's.
    /// Empty unless two are found.
    func bracketRoleParties() -> [Party] {
        let opening = head(3_000)
        var parties: [Party] = []
        let lines = opening.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        for (index, line) in lines.enumerated() {
            guard Self.bracketRole.matches(line) else { continue }
            // The entry from its first line: a printed page wraps it ("... of Level 4, 120 Collins\nStreet, Melbourne VIC
            // 3000 (Franchisor)"), so up to two lines above, back to a blank one, go with it.
            var first = index
            while first > 0, index - first < 2, !lines[first - 1].isEmpty, !Self.bracketRole.matches(lines[first - 1]) { first -= 1 }
            // The nearest start first: a heading above the entry ("Parties") is no part of its name. A company's name before a
            // person's: the wrapped line's "Collins Street, Melbourne VIC 3000 (Franchisor)" reads like a person's name.
            let candidates = (first...index).reversed().map { lines[$0...index].joined(separator: " ") }
            let named = candidates.compactMap { entry -> Party? in
                guard let found = Self.bracketRole.range(in: entry) else { return nil }
                let role = String(entry[found]).trimmingCharacters(in: CharacterSet(charactersIn: "(). "))
                guard let name = Self.labelledName(String(entry[..<found.lowerBound]), endingAt: Self.labelEndings),
                    Self.readsAsName(name),
                    !parties.contains(where: { $0.role == role || $0.name == name })
                else { return nil }
                return Party(name: name, role: role)
            }
            if let party = named.first(where: { Self.companyFormName.matches($0.name) }) ?? named.first { parties.append(party) }
        }
        return parties.count >= 2 ? Array(parties.prefix(4)) : []
    }

    /// Parties of a running preamble whose roles are bracketed without quotes, as a filing that lost them or a plain
    /// letter writes them: "by and between Bioeq IP AG, having its place of business at [***] (Bioeq) and Coherus
    /// BioSciences, Inc., having its principal place of business at ... (Licensee).", "between Harrow Mills Limited (the
    /// Supplier) and Dunmore Fabrics Ltd (the Customer)". Each name starts after "between" or the bracket before it. Empty
    /// unless two read as names.
    func runningBracketParties() -> [Party] {
        let opening = head(3_000)
        guard let lead = Self.runningLead.range(in: opening) else { return [] }
        var written = String(opening[lead.upperBound...])
        if let end = Self.preambleEnd.range(in: written) { written = String(written[..<end.lowerBound]) }
        var parties: [Party] = []
        var start = written.startIndex
        // Another party's quoted role ("("Vendor")") ends the stretch its name was in; that party is a defined one's.
        var quotedRoleSeen = false
        for groups in Self.runningRoleBracket.matches(in: written) {
            guard let found = groups[0] else { continue }
            guard let term = groups[1] else {
                start = found.endIndex
                quotedRoleSeen = true
                continue
            }
            let match = found.startIndex..<found.endIndex
            // "Acme (UK) Limited": a bracket inside a name, before its company form, ends nothing.
            if Self.companyFormAfterBracket.matches(String(written[match.upperBound...].prefix(20))) { continue }
            let role = String(term)
            let segment = Self.leadingAnd.replacing(in: written[start..<match.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: " ,;:\n\t")), with: "")
            start = match.upperBound
            // Nor a country's initials after an address: "..., Redwood City, CA 94065 (USA)".
            guard !Self.isNotPartyTerm(role), !["UK", "USA", "US"].contains(role),
                let name = Self.labelledName(segment.split(whereSeparator: \.isWhitespace).joined(separator: " "), endingAt: Self.labelEndings),
                Self.readsAsName(name), !parties.contains(where: { $0.role == role || $0.name == name })
            else { continue }
            parties.append(Party(name: name, role: role))
        }
        // Mixed ("... ("Vendor") and Torvec Inc., a New York corporation ... (Torvec)"): one is enough beside a quoted one.
        return parties.count >= 2 || (quotedRoleSeen && parties.count == 1) ? Array(parties.prefix(4)) : []
    }

    /// The words before a running preamble's parties.
    private static let runningLead = StringRegex("\\b(?:by\\s+and\\s+between|between|by\\s+and\\s+among|among)\\s*:?\\s+", caseInsensitive: true)
    /// Where a preamble's sentence ends: a full stop before a line break, the recitals or the first clause.
    private static let preambleEnd = StringRegex("\\.\\s*\\n|\\.\\s+(?=WHEREAS|Whereas|RECITALS|Recitals|BACKGROUND|NOW|1\\.)")
    /// A running preamble's role bracket: one without quotes (group 1 the role): "(Bioeq)", "(the Supplier)", "(hereinafter Sabco)".
    /// Or a quoted role's bracket, without group 1: "("Vendor")", "(hereinafter referred to as "Prolong")".
    private static let runningRoleBracket = StringRegex(
        "\\((?:hereinafter(?:\\s+referred\\s+to\\s+as|\\s+called)?\\s+)?(?:the\\s+)?(\\p{Lu}[\\p{L}\\-]+(?:\\s\\p{Lu}[\\p{L}\\-]+){0,2})\\)"
            + "|\\([^()\"“”]{0,60}[\"“][^\"“”()]{1,40}[\"”][^()\"“”]{0,40}\\)")
    /// The "and" before the second party's name.
    private static let leadingAnd = StringRegex("^(?:and|AND|And)\\s+")
    private static let companyFormAfterBracket = StringRegex("^\\s+(?:" + companyFormWords + ")\\b", caseInsensitive: true)

    /// A line's closing role in brackets: " (Franchisor)", " (the Supplier).", or a line that is only the role (wrapped there).
    private static let bracketRole = StringRegex("(?:^|\\s)\\((?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\\)\\.?$")

    private static let inlineHereinafter = regex(
        "^[ \\t]*(?:(?:(?i:mr|mrs|ms|dr|shri|smt|m/s)\\.?)[ \\t]+)?(\\p{Lu}[\\p{L}.&'’\\-]*(?:[ \\t]+(?:\\p{Lu}[\\p{L}.&'’\\-]*|of|and|&)){0,7}),"
            + "[^\"“”\\n]{0,300}(?:\\n(?![ \\t]*(?i:between|and)[ \\t]*:?[ \\t]*$)[^\"“”\\n]{1,300}){0,3}?\\bhereinafter\\s+(?:referred\\s+to\\s+as|called)\\s+(?:the\\s+)?[\"“]([A-Za-z][A-Za-z ]{1,30})[\"”]",
        caseInsensitive: false, multiline: true, anchors: ["hereinafter"], maximumLength: 1_000)

    /// A party named in the running text after "between" or "and", its company form after a comma kept ("OAKWOOD PROPERTIES,
    /// INC."), its role given by "hereinafter called", "hereinafter referred to as" or "referred to in this Agreement as"
    /// outside brackets.
    private static let runningHereinafter = regex(
        "\\b(?:between|and)\\s+(" + runningName + "(?:" + companyFormAfterName + "\\.?)?),"
            + "[^\"“”\\n]{0,200}?(?:\\bhereinafter\\s+(?:referred\\s+to\\s+as|called)|\\breferred\\s+to\\s+(?:herein\\s+|in\\s+this\\s+(?i:agreement|contract)\\s+)as)\\s+(?:the\\s+)?[\"“]([A-Za-z][A-Za-z ]{1,30})[\"”]",
        caseInsensitive: false, anchors: ["hereinafter", "referred"], maximumLength: 500)

    /// "- hereinafter "Client" -", "(hereinafter referred to as "Consultant")", ("Karoo Solar") alone on a line; a second
    /// term after the first ("(hereinafter called "MLX", or "Party")") is not the role.
    private static let roleLine = try! NSRegularExpression(pattern:
        "^[-–—(]*\\s*(?:(?:hereinafter|hereafter|in the following)\\s+(?:referred\\s+to\\s+as\\s+|called\\s+)?)?(?:the\\s+)?[\"“„']([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2})[\"”“'](?:,?\\s+or\\s+(?:a\\s+|the\\s+)?[\"“][A-Z][A-Za-z ]{1,30}[\"”])?\\s*[-–—)]*\\s*$")
    /// A line that only joins the parties: "between", "and", "BETWEEN:", "entered into between".
    private static let partiesJoin = StringRegex("^(?:(?:[a-z ,]*\\s)?(?:by and )?(?:between|among)|and)\\s*:?$", caseInsensitive: true)

    /// Where a labelled party's name ends: its address, description or register number.
    /// Where a labelled name ends; also a description in lower case run on without a comma ("FARRINGDON WORKSPACE LIMITED
    /// incorporated and registered in England and Wales").
    private static let labelEndings = [", ", " of ", " residing", " whose", " (", "  ", " ACN ", " ABN ", " as trustee", " incorporated ", " registered in "]

    /// Parties labelled by letter at the top, as contracts drafted in China are: "Party A (Shipper): ZTO
    /// Express Co., Ltd. Address: ...", "Party B: Zhang Wei\nID Card No.: ...". The role is the word in
    /// brackets when there is one ("Shipper"), else the label ("Party A"). Empty unless two are found.
    func letteredParties() -> [Party] {
        let opening = head(2_500)
        var parties: [Party] = []
        for match in Self.letterLabel.matches(in: opening, range: NSRange(location: 0, length: (opening as NSString).length)) {
            let label = "Party " + (opening as NSString).substring(with: match.range(at: 1))
            let role = match.range(at: 2).location == NSNotFound ? label : (opening as NSString).substring(with: match.range(at: 2))
            var name = (opening as NSString).substring(with: match.range(at: 3))
            if let end = Self.letterNameEnd.range(in: name) { name = String(name[..<end.lowerBound]) }
            // A key-details table's row: "Party A\tOakridge Genomics Inc., a Delaware corporation, 500 Kendall Street, ...".
            name = Self.withoutAddress(name)
            if let description = Self.commaDescription.range(in: name) { name = String(name[..<description.lowerBound]) }
            name = name.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:"))
            guard name.count >= 2, name.first?.isUppercase == true, name.split(separator: " ").count <= 12,
                !parties.contains(where: { $0.name == name || $0.role == role })
            else { continue }
            parties.append(Party(name: name, role: role))
        }
        return parties.count >= 2 ? parties : []
    }

    private static let letterLabel = try! NSRegularExpression(pattern:
        "\\bParty[ \\t]+([A-D])\\b[ \\t]*(?:\\((?:the[ \\t]+)?[\"“]?([A-Z][A-Za-z]+(?:[ \\t][A-Z][A-Za-z]+)?)[\"”]?\\)[ \\t]*)?(?:[:：]|\\t)[ \\t]*((?:(?!\\bParty[ \\t]+[A-D]\\b)[^\\n]){2,200})")
    /// A residence written out after a name: ", of the City of Mississauga".
    /// A company's capacity after its name: "ACME PTY LTD ACN 123 456 789 as trustee for the Acme Family Trust".
    private static let asTrustee = StringRegex("\\s+(?:in\\s+its\\s+capacity\\s+)?as\\s+trustees?\\s+(?:for|of)\\s+[\\s\\S]*$", caseInsensitive: true)
    /// A sole trader's trade name after his own: "Jacob Ellis trading as Ellis Design".
    private static let tradingAs = StringRegex("\\s+trading\\s+as\\s+(?=\\p{Lu})", caseInsensitive: true)
    /// A note's opening words before its maker, in capitals: "FOR VALUE RECEIVED, Lumen Robotics, Inc." (in sentence case
    /// `companyEndingSentence` finds the name).
    private static let forValueReceived = StringRegex("^FOR\\s+VALUE\\s+RECEIVED,?\\s+(?:THE\\s+UNDERSIGNED,?\\s+)?", caseInsensitive: true)
    private static let residence = StringRegex(",?\\s+of\\s+(?:the\\s+(?:City|Town|Township|Village|County|Municipality|Borough|District|Province|State)\\s+of\\b|\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?\\s+(?:County|Parish)\\b)")
    /// A description after a name's comma: ", a Delaware corporation".
    private static let commaDescription = StringRegex(",\\s+(?:an?|the)\\s")
    /// Where a lettered party's name ends: its address, registration or register number, representative, a wide gap, the next
    /// label.
    private static let letterNameEnd = StringRegex(
        "\\s{2,}|\\s*;|\\s*\\((?:hereinafter|the\\b|a\\b|an\\b|[\"“])|,?\\s+(?:Address|Registered|Legal Representative|Domicile|Residence|Residing|ID(?: Card)? No|Identity|Business License|Party [A-D]\\b)"
            + "|" + registerNumber, caseInsensitive: true)
    /// A register number's label after a name: "Fjord Bioinformatics AS, org. no. 923 456 789", "company number 08123456",
    /// "UEN 201912345K", "CVR 12345678", "KvK 12345678", "HRB 12345".
    private static let registerNumber =
        ",?\\s+(?:org\\.?\\s*(?:no|nr)\\b|(?:company|registration|registered|reg\\.|business)\\s+(?:no\\b|number\\b)|(?:UEN|CVR|KvK|HRB|HRA)\\s+\\w)"
    private static let registerNumberAfterName = StringRegex(registerNumber, caseInsensitive: true)

    /// Of two defined terms for one party ("("Contoso" or "Licensor")"), whether the second is the one to report: it names
    /// one of `partyRoles` and the first does not, "Company" counting only when nothing more telling is given ("("Company"
    /// or "Disclosing Party")" is the Disclosing Party).
    /// Roles of other kinds too: "("ACME" or the "Manufacturer")".
    static func prefersRole(_ second: String, over first: String) -> Bool {
        func namesRole(_ term: String) -> Bool {
            (roleWord.matches(term) || otherRoleWord.matches(term)) && term.caseInsensitiveCompare("Company") != .orderedSame
        }
        return namesRole(second) && !namesRole(first)
    }

    /// Roles a defined term gives that no form labels a party with (see `partyRoles`).
    private static let otherRoleWord = StringRegex(
        "^(?:the\\s+)?(?:Manufacturer|Developer|Publisher|Sponsor|Processor|Controller|Subcontractor|Sub-?licensee|Sub-?licensor|Assignor|Assignee|Grantor|Grantee|Operator|Manager|Retailer|Wholesaler|Importer|Exporter|Carrier|Shipper|Producer|Marketer|Partner|Collaborator|Representative|Endorser|Talent|Artist|Author|Host|Advertiser|Affiliate|Institution|Sublessee|Sublessor|Landowner|Servicer|Originator|Issuer|Trustee)$",
        caseInsensitive: true)

    private static let roleWord = StringRegex("^(?:" + partyRoles + ")$", caseInsensitive: true)

    /// The roles a form's labels name ("LANDLORD:", "Customer:", a basic terms list's "1.2 LANDLORD:", a mutual NDA's key
    /// details' "Party 1:"), at the top or in the signature block.
    private static let partyRoles =
        "Landlord|Tenant|Lessor|Lessee|Employer|Employee|Licensor|Licensee|Buyer|Seller|Purchaser|Vendor|Supplier|Customer|Client|Contractor|Consultant|Franchisor|Franchisee|Disclosing Party|Receiving Party|Discloser|Recipient|Service Provider|Provider|Distributor|Reseller|Borrower|Lender|Guarantor|Owner|Sublandlord|Subtenant|Investor|Company|Principal|Commercial Agent|Agent|Participant|Grantee|Optionee|Executive|Party [12AB]|First Party|Second Party"
    /// A schedule's item number before a label, as an Australian lease's Item Schedule writes it: "Item 4 – ".
    static let scheduleItem = "item[ \\t]+\\d{1,2}[ \\t]*[-–—.:]?[ \\t]*"
    private static let roleLabel = try! NSRegularExpression(pattern:
        "^[ \\t]*(?:\\d{1,2}(?:\\.\\d{1,2}){0,2}\\.?[ \\t]+(?=[^:\\n]{1,40}:)|" + scheduleItem + ")?(?:the[ \\t]+(?=[^:\\n]{1,30}:))?(?:name[ \\t]+of[ \\t]+(?:the[ \\t]+)?)?(" + partyRoles
            + ")(?:\\(s\\))?(?:['’]s[ \\t]+(?:full[ \\t]+|legal[ \\t]+)?name(?:[ \\t]+and[ \\t]+address)?)?[ \\t]*(?:\\((?:full |legal |print(?:ed)? )*name\\)[ \\t]*)?"
            // "Landlord: Walter Nakamura", "Landlord\tWalter Nakamura" (a table's cells), "Landlord (full legal name) Walter
            // Nakamura" (a form's label over its box, its value placed after it); "Name of Employer:", "Tenant's name:".
            + "(?::[ \\t]*(\\S.{1,300})?|\\t[ \\t]*(\\S.{1,300})|(?<=\\)[ \\t])(\\S.{1,300}))?$", options: [.caseInsensitive])
    /// Where a role label's value follows it in its own line or cell: after a colon, or after "(full legal name)".
    private static func inlineValue(of match: NSTextCheckingResult) -> NSRange? {
        [2, 4].lazy.map { match.range(at: $0) }.first { $0.location != NSNotFound }
    }
    /// A form's name line under a role label ("CLIENT:" above "Name: John Robert Smith").
    private static let nameLabel = StringRegex("^[ \\t]*(?:full |legal )?name[ \\t]*:[ \\t]*", caseInsensitive: true)

    private static let partiesHeading = StringRegex("(?m)(?:^[ \\t]*(?:BETWEEN|Between|PARTIES|Parties)|\\b(?:made|entered into)[ \\t]+(?:by and )?between)[ \\t]*:?(?:[ \\t]*$|[ \\t]+(?=\\(1\\) ))")
    private static let entryRole = StringRegex("\\((?:the )?[\"“'‘](?:the )?([A-Z][A-Za-z .&-]{1,40})[\"”'’]\\)")
    /// Whether a numbered party entry is complete: it ends with its role's bracket, a semicolon, a full stop, or "and" after
    /// one of them (or a comma); not a comma alone, where a printout wraps an address ("... 240 St Georges Terrace," above
    /// "Perth WA 6000 (Client)"), nor an "and" inside a name ("registered in England and" above "Wales with company number").
    static func closesEntry(_ entry: String) -> Bool {
        guard let last = entry.last else { return true }
        // "(the "Landlord"); and" closes it; "... registered in England and" is a line the page wrapped.
        guard entry.lowercased().hasSuffix(" and") else { return ")\";.”".contains(last) }
        let before = entry.dropLast(4).trimmingCharacters(in: .whitespaces)
        return before.last.map { ")\";,.”".contains($0) } ?? true
    }
    private static let bareEntryRole = StringRegex("\\((?:the )?[A-Z][A-Za-z&-]+(?: [A-Z][A-Za-z&-]+){0,2}\\)[;,.]?(?: and)?$")
    private static let leadingThe = StringRegex("^the [\"“'‘]?")

    /// A letter's addressee: the full name in the address block when it holds the salutation's surname
    /// ("Adaeze Okafor" for "Dear Ms. Okafor:"), else the salutation's ("Mr. Chen").
    func addressee() -> String? {
        guard let address = letterAddress() else { return nil }
        let (greeted, block) = address
        let surname = greeted.split(separator: " ").last.map(String.init) ?? greeted
        // The addressee's line above: "Ms. Adaeze Okafor" for "Dear Ms. Okafor:", or for "Dear Jordan:" (a first name).
        let firstName = greeted.contains(" ") ? nil : greeted
        let full = block.last { line in
            let words = line.split(separator: " ")
            // "Jordan Ellis" above "Dear Jordan:", with no title.
            // "Louis Arcudi III" above "Dear Lou:", a short form of the first name.
            if let firstName, (2...4).contains(words.count), words[0].hasPrefix(firstName), words.allSatisfy({ $0.first?.isUppercase == true }),
                !Self.leadingHonorific.matches(line)
            {
                return true
            }
            guard words.count <= 5, Self.honorificAndCapital.matches(line) else { return false }
            // "Ms Tan Hui Min" for "Dear Ms Tan,": a family name written first.
            return words.last.map(String.init) == surname || (firstName != nil && words.count >= 3 && words[1] == firstName!)
                || (greeted.contains(" ") && words.count >= 3 && words[1] == surname)
        }
        // "Mr. John T. McDonald" just above "Dear Jack:": a first name the block does not spell out is still that person's.
        let titled = firstName == nil ? nil : block.filter { !$0.isEmpty }.suffix(6).last { line in
            line.split(separator: " ").count <= 5 && Self.titledName.matches(line)
        }
        return (full ?? titled).map { Self.leadingHonorific.replacing(in: $0, with: "") } ?? greeted
    }

    /// The company in a letter's address block: the first of the (at most eight) lines above "Dear ...:" that is a
    /// company's name by its form ("Harbor Street Capital Partners, L.P.", "Orchard Bank"), not an address or a date.
    func addresseeCompany() -> String? {
        guard let block = (letterAddress()?.block ?? formalLetterAddress())?.filter({ !$0.isEmpty }).suffix(8) else { return nil }
        // Not a street's line ("200 Clarendon Street"), which starts with its number; a company may be named after one
        // ("Harbor Street Capital Partners, L.P.").
        for line in block where line.count <= 80 && line.first?.isNumber == false && Self.companyFormName.matches(line) && !Self.postcodeOrDateName.matches(line) {
            return line.trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        }
        return nil
    }

    /// A letter's salutation in its opening ("Dear Ms. Okafor:"): whom it greets, and the lines above it (the letterhead,
    /// date and address block), trimmed.
    private func letterAddress() -> (greeted: String, block: [String])? {
        let opening = head(3_000)
        guard let match = Self.salutation.firstMatch(in: PagedText(opening)) else { return nil }
        let greeted = (opening as NSString).substring(with: match.range(at: 1))
        let block = (opening as NSString).substring(to: match.range.location).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        return (greeted, block)
    }

    /// The lines above a salutation that greets no one by name ("Ladies and Gentlemen:", "Dear Sirs,"), as a bidder's
    /// confidentiality letter opens.
    private func formalLetterAddress() -> [String]? {
        let opening = head(3_000)
        guard let match = Self.formalSalutation.firstMatch(in: PagedText(opening)) else { return nil }
        return (opening as NSString).substring(to: match.range.location).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    private static let formalSalutation = regex(
        "^[ \\t]*(?:Ladies\\s+and\\s+Gentlemen|Gentlemen|Dear\\s+Sirs?(?:\\s+(?:and|or|/)\\s*Madam)?|Dear\\s+Madam)[ \\t]*[:,]",
        caseInsensitive: true, multiline: true, maximumLength: 40)

    private static let honorifics = "(?:Mr|Ms|Mrs|Miss|Mx|Dr)"
    private static let leadingHonorific = StringRegex("^" + honorifics + "\\.?\\s+")
    private static let honorificAndCapital = StringRegex("^" + honorifics + "\\.?\\s+[A-Z]")
    /// "Mr. John T. McDonald": a title, a first name, initials and a surname.
    private static let titledName = StringRegex("^" + honorifics + "\\.?\\s+[A-Z][a-z]+(?:\\s+[A-Z]\\.?)*\\s+[A-Z][A-Za-z'’-]+$")
    /// The reader as a party of terms written to them, with the term the bracket after "you" (or after its description) defines
    /// (group 1 the bracket): "between you (either an individual or a single entity, "you" or "Licensee") and", "you ("Customer",
    /// "you") agree", "and you, the person or organisation subscribing to the Service (referred to as "Subscriber", "you" or
    /// "your")".
    /// (Read only for a contract with one party found, on its opening: a `StringRegex`, so that the words of this rare case are not
    /// looked for in every document.)
    private static let readerBracket = StringRegex(
        "\\byou(?:\\s+or\\s+the\\s+(?:entity|company|organi[sz]ation|business|person)\\s+(?:you\\s+represent|on\\s+whose\\s+behalf\\s+you\\s+act))?\\s*" + termsBracket,
        caseInsensitive: true)
    /// The same reader described between "you," and the bracket, which must call it "you" too.
    private static let describedReader = StringRegex(
        "\\b(?:and|between|with)\\s+you\\s*,[^()\"“”.;]{0,100}?\\s*" + termsBracket, caseInsensitive: true)
    /// A bracket of up to four quoted defined terms (group 1 its inside).
    private static let termsBracket = "\\(((?:[^()\"“”]{0,80}?[\"“][^\"“”()]{1,30}[\"”]){1,4})[^()\"“”]{0,20}\\)"
    /// A party that standard terms describe by the document that will name it (group 1 the description, group 2 the role):
    /// "the customer named in Seller's quotation or order acknowledgment ("Buyer")", "the customer entity identified in the
    /// Order Form ("Customer" or "you")", "to any customer ("Customer")", "provided by Veritas ... to its clients (each a
    /// "Client")".
    private static let describedCounterparty = StringRegex(
        "\\b(?:to|and|with|between)\\s+(the\\s+(?:customer|buyer|purchaser|client|supplier|vendor|seller|licensee|subscriber|user|hirer|lessee|tenant|company|entity|person|organi[sz]ation|party)(?:\\s+entity)?"
            + "\\s+(?:named|identified|specified|listed|set\\s+out|stated|described|indicated)\\s+(?:in|on)\\s+[^()\"“”;.]{3,80}?|any\\s+(?:customer|buyer|purchaser|client|hirer)"
            + "|its\\s+(?:customers|clients|buyers|purchasers|hirers|subscribers|licensees|users))\\s*\\((?:the\\s+|(?:each|individually)\\s+(?:a|an|the)\\s+)?[\"“]([^\"“”]{2,30})[\"”]",
        caseInsensitive: true)

    /// The party `describedCounterparty` finds in the opening, its description as its name, and where it stands.
    private func describedParty() -> (party: Party, location: Int)? {
        let opening = head(3_000)
        // Not "the customer identified in the signature block below" when that block names no one: an unsigned form.
        guard let groups = Self.describedCounterparty.firstMatch(in: opening), let name = groups[1], let role = groups[2],
            !Self.pronoun.matches(String(role)), !name.localizedCaseInsensitiveContains("signature")
        else { return nil }
        return (Party(name: String(name), role: String(role)), name.startIndex.utf16Offset(in: opening))
    }

    /// A term defined in standard terms' definitions (group 1 the term, group 2 what it means): ""Seller" means Harrow & Finch
    /// Timber Limited", ""Buyer" means the person who buys or agrees to buy Goods from the Seller".
    private static let roleMeans = StringRegex(
        "[\"“](\\p{Lu}[\\p{L}'’-]*(?:\\s\\p{Lu}[\\p{L}'’-]*){0,2})[\"”]\\s+means\\s+(.{3,120}?)(?=,\\s+(?:and\\s+)?[\"“]|;|\\.\\s|\\.$|,\\s+(?:a|an|whose|registered|incorporated|having|of)\\b|\\s+\\((?:company|registration|registered|ABN|ACN)|\\s+and\\s+[\"“]|\\n|$)",
        caseInsensitive: false)
    private static let definedRole = StringRegex("^(?:" + partyRoles + "|Hirer|Owner|Agency)$")
    private static let partyDescription = StringRegex("^(?:the|any|a|an)\\s+(?:person|persons|company|entity|customer|buyer|purchaser|client|hirer|organi[sz]ation|party|individual|firm)\\b")

    /// Parties as standard terms define them, before their clauses: a company the definition names (""Agency" means Brightpath
    /// Recruitment Limited"), or a party in one of the usual roles the terms describe (""Buyer" means the person who buys ...").
    func definitionParties() -> [Party] {
        let opening = head(4_000)
        var parties: [Party] = []
        for groups in Self.roleMeans.matches(in: opening) {
            guard let role = groups[1], let meaning = groups[2]?.trimmingCharacters(in: .whitespaces),
                Self.companyFormName.matches(meaning) || (Self.partyDescription.matches(meaning) && Self.definedRole.matches(String(role))),
                !parties.contains(where: { $0.role == String(role) })
            else { continue }
            parties.append(Party(name: meaning, role: String(role)))
        }
        return parties
    }

    /// A numbered clause's heading run into a party's name: "1. Hire. ", "2. The Parties. ".
    private static let clauseHeadingInName = StringRegex(
        "(?:^|\\s)\\d{1,2}\\.\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|of|and|the)){0,3}\\.\\s+(?=\\p{Lu})")
    /// A defined term's bracket that calls its party "you", and the words before a name that describe the reader instead
    /// ("between Ledgerly Pty Ltd (...) and you, the person or organisation subscribing to the Service (...)").
    private static let readerPronoun = StringRegex("[\"“]you[\"”]", caseInsensitive: true)
    private static let readerBefore = StringRegex("\\b(?:and|between|with)\\s+you\\s*,[^()\"“”.;]{0,100}$", caseInsensitive: true)
    private static let quotedTerm = StringRegex("[\"“]([^\"“”]{1,30})[\"”]")
    private static let pronoun = StringRegex("^(?:you|your|yours|we|us|our|ours)$", caseInsensitive: true)

    /// The reader of click-through terms as a party named "You", in the role its bracket defines (a role word over another
    /// term: "("User" or "Licensee")" is the Licensee; none when the bracket defines only "you"), and where the bracket
    /// stands; nil when no bracket after "you" defines a term.
    private func readerParty() -> (party: Party, location: Int)? {
        let opening = head(3_000)
        func definedTerms(_ groups: [Substring?]) -> [String] {
            groups[1].map { Self.quotedTerm.matches(in: String($0)).compactMap { $0[1]?.trimmingCharacters(in: .whitespaces) } } ?? []
        }
        let described = Self.describedReader.firstMatch(in: opening).flatMap { groups in
            definedTerms(groups).contains { $0.lowercased() == "you" } ? groups : nil
        }
        guard let groups = Self.readerBracket.firstMatch(in: opening) ?? described, let whole = groups[0] else { return nil }
        let location = whole.startIndex.utf16Offset(in: opening)
        let terms = definedTerms(groups)
        let roles = terms.filter { !Self.pronoun.matches($0) && $0.first?.isUppercase == true }
        // Only "you" defined ("you or the entity you represent ("you" or "your")"): a party with no role.
        guard var role = roles.first else { return terms.contains { $0.lowercased() == "you" } ? (Party(name: "You", role: nil), location) : nil }
        for term in roles.dropFirst() where Self.prefersRole(term, over: role) { role = term }
        return (Party(name: "You", role: role), location)
    }

    /// "I, Priyanka Deshmukh, agree": group 1 the person who undertakes.
    private static let firstPerson = regex(
        "\\bI,\\s+(\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}),\\s+(?:hereby\\s+)?(?:agree|acknowledge|undertake|confirm|certify|covenant)",
        caseInsensitive: false, anchors: ["agree", "acknowledge", "undertake", "confirm", "certify", "covenant"], maximumLength: 120)
    private static let salutation = regex(
        "^[ \\t]*Dear[ \\t]+((?:" + honorifics + "\\.?[ \\t]+)?[A-Z][A-Za-z'\\-]+(?:[ \\t]+[A-Z][A-Za-z'\\-]+){0,2})[ \\t]*[:,]",
        caseInsensitive: false, multiline: true, maximumLength: 80)

    /// A role's bracket that goes on past its term: "(hereinafter referred to as the "Disclosing Party", which
    /// expression shall, unless repugnant to the context, include its successors and permitted assigns)", "("Service
    /// Provider", which term includes its successors and assigns)", "("Client," which shall include affiliates ...)".
    private static let successorsClause = try! NSRegularExpression(
        pattern: "(?<=[\"”'’])\\s*,?\\s*(?:which|whose)\\s+(?:expressions?|terms?|shall|will|includes?)\\b[^()]{0,300}\\)", options: [.caseInsensitive])

    /// `text` with each such bracket closed after the role's term and the rest blanked, in `range` (the
    /// same length, so that ranges in it are ranges in `text`); `text` itself when there is none.
    static func withoutSuccessorsClauses(_ text: PagedText, in range: NSRange) -> PagedText {
        let written = text.substring(NSRange(location: 0, length: range.location + range.length))
        let clauses = successorsClause.matches(in: written, range: range)
        guard !clauses.isEmpty else { return text }
        let opening = NSMutableString(string: written)
        for clause in clauses.reversed() {
            opening.replaceCharacters(in: clause.range, with: ")" + String(repeating: " ", count: clause.range.length - 1))
        }
        return PagedText(opening as String)
    }

    /// Defined terms that are not parties (as written, or capitalised from a preamble in capitals: "EFFECTIVE DATE").
    private static let notPartyTerms: Set<String> = [
        "Agreement", "Effective Date", "Confidential Information", "Services", "Premises", "Term", "Lease", "Purpose",
        "Commencement Date", "Start Date", "Products", "Product", "Territory", "Software", "Deliverables", "Fees", "Work",
        "Initial Term", "Renewal Term", "Property", "Business", "Transaction", "Closing", "Closing Date", "Plan", "Data",
        // The document itself: "This Amendment No. 2 (the "Amendment")".
        "Amendment", "Addendum", "Contract", "Side Letter", "Letter Agreement", "Waiver", "Consent",
        "Statement of Work", "SOW", "Order", "Purchase Order", "Schedule", "Exhibit", "Annex", "Assignment", "Release",
        // A standard-terms contract's parts: "this Cover Page (the "Cover Page") and the ... Standard Terms Version 1.0 ("Standard Terms")".
        "Cover Page", "Standard Terms", "General Terms", "Key Terms", "Terms", "Terms and Conditions", "Order Form", "MNDA", "NDA",
        // A franchise's system and marks: "a unique System ("System"), identified by the Mark".
        "System", "Marks", "Mark", "Manual", "Operations Manual",
    ]
    private static func isNotPartyTerm(_ term: String) -> Bool { notPartyTerms.contains(term) || notPartyTerms.contains(term.capitalized) }

    /// Parties with the role each is given in the opening ("Acme Inc. (the "Supplier")").
    private func definedParties() -> [Party] {
        let opening = NSRange(location: 0, length: min(text.length, 6_000))
        var parties: [Party] = []
        let text = Self.withoutSuccessorsClauses(self.text, in: opening)
        // Read only when a name is headed by a one-word defined term ("the Company, Sunridge Capital LP").
        lazy var openingText = text.substring(opening)
        // A letter's first line, its letterhead: "Harbor & Pine Restaurant Group".
        lazy var letterhead = openingText.split(separator: "\n").lazy.map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty } ?? ""
        // Where the opening ends (the end of its first recital word or clause heading: a name within "1. Parties. Acme
        // Inc. ..." still counts) and where its recitals start, once per document: a name after the one is a party only
        // when it is one of the first two; none after the other is read from the end of a sentence.
        let end = { (match: TextMatch?) in match.map { $0.range.location + $0.range.length } ?? Int.max }
        let body = end(Self.bodyStart.firstMatch(in: text, range: opening))
        let recitals = end(Self.recitalHeading.firstMatch(in: text, range: opening))
        for match in Self.partyPattern.matches(in: text, range: opening) {
            var name = text.substring(match.range(at: 1))
            // A first party's description that runs on into the next party's name, whose role this is: "PHOTODISC, INC.
            // ("Sublandlord"), a State of Washington Corporation, having an office at ..., Washington and MORGAN STANLEY D.W.
            // INC. ("Subtenant")" names Morgan Stanley the Subtenant, not "State of Washington Corporation".
            var restart: Int?
            let nameEnd = match.range(at: 1).location + match.range(at: 1).length
            if match.range(at: 2).location > nameEnd {
                let between = NSRange(location: nameEnd, length: match.range(at: 2).location - nameEnd)
                let described = PagedText(text.substring(between))
                // Not the last of a list named together ("..., and SUNTRON-KANSAS, INC., a Delaware corporation (collectively, the
                // "Borrowers")"), nor a name with words in lower case ("a Delaware corporation") in it.
                if let next = Self.nextPartyInDescription.firstMatch(in: described),
                    Self.companyFormName.matches(described.substring(next.range(at: 1))),
                    !Self.listedTogether.matches(described.substring(next.range(at: 2))),
                    !described.substring(next.range(at: 1)).split(whereSeparator: { $0.isWhitespace }).contains(where: Self.isSentenceWord)
                {
                    name = described.substring(next.range(at: 1)).trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
                    restart = nameEnd + next.range(at: 1).location
                }
            }
            // What follows a name before its role is no part of it: "Acme Inc. on the one hand", "Beta LLC and its Affiliates
            // (collectively, "Buyer")", "Bank of Ohio, as administrative agent", "Acme Inc., formerly known as Acme Tools, Inc.".
            name = Self.nameQualifier.replacing(in: name, with: "")
            // "(each a "Seller" and together the "Sellers")": the people named together are the Sellers.
            let collective = match.range(at: 4)
            let term = { (range: NSRange) in
                text.substring(range).split(whereSeparator: { $0.isWhitespace }).filter { !Self.isUnderline($0) }.joined(separator: " ")
            }
            var role = term(collective.location == NSNotFound ? match.range(at: 2) : collective)
            // Two terms for one party, a name and a role: "("Contoso" or "Licensor")" is the Licensor.
            if collective.location == NSNotFound, match.range(at: 3).location != NSNotFound, Self.prefersRole(term(match.range(at: 3)), over: role) {
                role = term(match.range(at: 3))
            }
            // "AGREEMENT", "EFFECTIVE DATE": a preamble in capitals defines the same terms.
            if Self.isNotPartyTerm(role) { continue }
            // The document under another name: "This Confidential Settlement Agreement and Mutual Release (the "Settlement
            // Agreement")".
            if let last = role.split(separator: " ").last?.lowercased(), role.contains(" "), ["agreement", "release", "amendment", "addendum"].contains(last) { continue }
            // The reader of terms written to them, described before the bracket that calls them "you": "and you, the person or
            // organisation subscribing to the Service (referred to as "Subscriber", "you" or "your")" is not "Service" (the reader
            // is a party of its own: `readerParty`).
            if Self.readerPronoun.matches(text.substring(match.range)) {
                let start = match.range(at: 1).location
                if Self.readerBefore.matches(text.substring(NSRange(location: max(0, start - 120), length: min(120, start)))) { continue }
            }
            // What comes before the name: "... by and between", "and" (unless the parties are named
            // together: "Daniel Reyes and Maria Reyes (together, the "Tenant")"), across line breaks.
            // Not a word inside the name's own brackets ("Mellon Investor Services LLC (operating with the service name ...)").
            let leads = Self.partyLead.matches(in: name, range: NSRange(location: 0, length: (name as NSString).length)).filter { lead in
                let before = (name as NSString).substring(to: lead.range.location)
                return before.filter { $0 == "(" }.count <= before.filter { $0 == ")" }.count
            }
            // "Margaret Delacroix ("Landlord") and Daniel Osei and Lucia Ferraro ("Tenant")": after the other
            // party's bracket, two people named together are this party.
            let start = restart ?? match.range(at: 1).location
            let before = text.substring(NSRange(location: max(0, start - 40), length: min(40, start)))
            // A name and address longer than the pattern reaches is cut at its start ("Consolidated Artists Inc.,
            // Sommerville House, ..., British Isles" read from "Artists"): a capitalised word just before is a sign.
            let preceding = PagedText(before)
            if leads.isEmpty, let word = Self.capitalisedWordBefore.firstMatch(in: preceding).map({ preceding.substring($0.range(at: 1)) }),
                !["The", "This", "Between", "And", "By", "With", "Among", "Dear", "To", "From"].contains(word)
            {
                continue
            }
            // The entity the agreement is of ("Agreement of Limited Partnership (this "Agreement") of Cedar Hollow Fund II,
            // L.P. (the "Partnership")") is a party only when the list of parties names it ("by and among the Company, ...").
            if leads.isEmpty, Self.entityOfAgreement.matches(before),
                openingText.range(of: "\\b(?:between|among)\\s+(?:[^.;]{0,200}?\\b)?the\\s+" + NSRegularExpression.escapedPattern(for: role) + "\\b", options: .regularExpression) == nil
            {
                continue
            }
            let joint = Self.jointParty.firstMatch(in: text, range: match.range) != nil
                || (leads.count == 1 && Self.afterOtherParty.matches(before)
                    && Self.twoPeople.matches(name.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")) && !Self.companyFormName.matches(name))
            // Where the name itself starts: after its lead ("... a lease dated June 1, 2019 with Pioneer Square
            // Properties LLC" starts at "Pioneer", after the first clause's start).
            var nameStart = start
            let written = name as NSString
            func isAnd(_ lead: NSTextCheckingResult) -> Bool { written.substring(with: lead.range(at: 1)).lowercased() == "and" }
            // Nor is the "and" of a firm named by its founders' surnames ("Sears, Roebuck and Co.", "Johnson, Smith and Jones,
            // LLP"): after a list of single capitalised words, one a comma ends, and before one more surname and the firm's
            // form, or the form alone ("Jones, LLP", "Co.").
            func namesFirm(_ lead: NSTextCheckingResult) -> Bool {
                guard isAnd(lead) else { return false }
                let rest = written.substring(from: lead.range.location + lead.range.length).trimmingCharacters(in: .whitespacesAndNewlines)
                return rest.split(separator: " ").count <= 2 && Self.companyFormName.matches(rest)
                    && Self.foundersBeforeAnd.matches(written.substring(to: lead.range.location))
            }
            if let lead = leads.last(where: { !namesFirm($0) && (!joint || !isAnd($0)) }) {
                name = (name as NSString).substring(from: lead.range.location + lead.range.length)
                nameStart = start + lead.range.location + lead.range.length
            }
            // A heading in capitals above a sentence that starts with the name ("OFFER OF EMPLOYMENT\nAcme
            // Inc. (the "Company")") is no part of it; a name in capitals over two lines is kept whole.
            // Not a name's first word that a wrapped line left alone after its lead ("... and DANIEL\nOKONKWO (Passport No. ...)").
            var lines = name.split(separator: "\n", omittingEmptySubsequences: false)
            let startsLine = nameStart == 0 || text.substring(NSRange(location: max(0, nameStart - 20), length: min(20, nameStart)))
                .reversed().drop(while: { $0 == " " || $0 == "\t" }).first.map { $0 == "\n" } ?? true
            // Nor a line a wrap ended inside the name's brackets ("LIM BOON KENG (NRIC\nNo. S1234567A) of ..."): a heading
            // leaves none open.
            while lines.count > 1, let first = lines.first, startsLine || first.split(separator: " ").count > 1, first == first.uppercased(),
                lines.dropFirst().contains(where: { $0.contains(where: \.isLowercase) }),
                first.lastIndex(of: "(").map({ open in !first[open...].contains(")") }) != true
            {
                lines.removeFirst()
            }
            // Nor is a list's heading and number ("Parties\n\n1. GLENMORVEN DISTILLING COMPANY LIMITED, incorporated ...").
            while lines.count > 1, let first = lines.first, first.trimmingCharacters(in: .whitespaces).isEmpty || Self.partiesHeading.matches(String(first)) {
                lines.removeFirst()
            }
            // Markdown's bold ("**Acme Inc.**, a Delaware corporation") is no part of the name, nor the dash of a
            // line "- and -" between two parties.
            name = lines.joined(separator: " ").replacingOccurrences(of: "*", with: "").split(whereSeparator: { $0.isWhitespace })
                .filter { !Self.isUnderline($0) }.joined(separator: " ")
                .trimmingCharacters(in: CharacterSet(charactersIn: " ,;:-–—"))
            // "PlanetCAD Inc. (formerly known as Spatial Technology Inc.)", "MOUNT SINAI GENOMICS, INC. (d/b/a SEMA4)": another
            // name of the same party, no part of its name.
            name = Self.otherName.replacing(in: name, with: "")
            // A first clause's number and heading before the sentence that names the party ("Apex Plant Hire Ltd\n\n1. Hire. Apex
            // Plant Hire Ltd (the "Owner")", the letterhead above it): the name is what follows them.
            if let heading = Self.clauseHeadingInName.range(in: name, last: true) { name = String(name[heading.upperBound...]) }
            // A recital's letter ("A. The Agent, Lenders and SUNTRON CORPORATION, a Delaware corporation, ... (collectively, the
            // "Borrowers") entered into a certain Financing Agreement"): the recital tells of another agreement's parties.
            // The span read may begin above the recitals' heading ("RECITALS\n A. No. 1 Times Square Development LLC"):
            // the name at its end still comes after it.
            if start + match.range(at: 1).length > recitals, Self.recitalLetter.matches(name) { continue }
            name = Self.listNumber.replacing(in: name, with: "")
            name = Self.leadingDate.replacing(in: name, with: "")
            // "LUMEN PAYMENTS PTE. LTD. (UEN 201912345K)", "TIDEWAY ROWING CLUB LIMITED (company number 07654321)": the
            // register's number is no part of the name, and its words in lower case make it no sentence.
            name = Self.registrationNumber.replacing(in: name, with: "")
            // "SAMIR HADDAD, of the City of Mississauga, in the Province of Ontario": where a person lives, written out.
            if let residence = Self.residence.range(in: name) { name = String(name[..<residence.lowerBound]) }
            name = Self.forValueReceived.replacing(in: name, with: "")
            // "ACME PTY LTD ACN 123 456 789 as trustee for the Acme Family Trust": the company is the party (in that capacity).
            name = Self.asTrustee.replacing(in: name, with: "")
            // "Jacob Ellis trading as Ellis Design": a sole trader and the name he trades under, as "d/b/a" is kept.
            name = Self.tradingAs.replacing(in: name, with: " t/a ")
            // "Blackwell Science Limited a company registered in England": a description without its comma.
            if let end = Self.bareDescription.range(in: name), Self.companyFormName.matches(String(name[..<end.lowerBound])) {
                name = String(name[..<end.lowerBound])
            }
            // A party's name is capitalised words (and "of", "and", "&"): a clause in sentence case is not one.
            var lowercaseWords = name.split(separator: " ").filter(Self.isSentenceWord)
            var inSentence = false
            // "the principal terms on which Meridian Print Holdings, LLC ("Buyer")", "FOR VALUE RECEIVED, the
            // undersigned, Pecan Grove Restaurants, LLC": a company's name at the end of a sentence's words.
            // Only for the first two parties, in the opening before any recital: further down a sentence names
            // subsidiaries, targets and customers ("all of Seller's interest in Armstrong Wood Products, Inc. ("AWP")").
            if !lowercaseWords.isEmpty, parties.count < 2, start < min(1_500, recitals),
                let company = Self.companyEndingSentence(name) ?? Self.nameEndingSentence(name, namedAbove: letterhead)
            {
                name = company
                lowercaseWords = []
                inSentence = true
            }
            // "This Amendment No. 2", "THIS SIDE LETTER": the document, whatever term it is given, under its
            // title in capitals too ("SUBLEASE AGREEMENT\n\nTHIS SUBLEASE AGREEMENT (this "Sublease")").
            if !inSentence, lines.contains(where: { line in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                return ["This ", "THIS "].contains(String(trimmed.prefix(5))) || ["These ", "THESE "].contains(String(trimmed.prefix(6)))
            }) { continue }
            // "WHEREAS, Movado Group, Inc.": the recital's first word is no part of the name, nor is "the"
            // in "the American Diabetes Association, Inc.".
            name = Self.recitalWords.replacing(in: name, with: "")
            name = Self.withoutAddress(name)
            // "Coral Coast Software Pty Ltd ACN 612 345 678": an Australian company's register number is no part of its name.
            if let number = name.range(of: " \\(?A(?:C|B|RB)N\\b", options: .regularExpression) { name = String(name[..<number.lowerBound]) }
            name = Self.articleBeforeName.replacing(in: name, with: "")
            // "We are pleased to appoint you as Senior Accountant of Merlion Logistics Pte. Ltd. (the "Company")": the job is no
            // part of the employer's name.
            if let job = Self.jobTitleOf.range(in: name), Self.companyFormName.matches(String(name[job.upperBound...])) {
                name = String(name[job.upperBound...])
            }
            // "NIGEL CROCKETT of (the "Employee")": an address left blank.
            if name.hasSuffix(" of") { name = String(name.dropLast(3)) }
            // "by and among the Company, Sunridge Capital LP ("Sunridge")": a party named before by its defined
            // term heads the list, and is no part of the next one's name.
            if let comma = name.range(of: ", "), !name[..<comma.lowerBound].contains(" ") {
                let head = String(name[..<comma.lowerBound])
                let tail = String(name[comma.upperBound...])
                let firstWord = tail.split(separator: " ").first.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".,")).lowercased() } ?? ""
                // Not the party's own short name ("Skadden, Arps, Slate, Meagher & Flom LLP ("Skadden")").
                if tail.first?.isUppercase == true, tail.contains(" "), !Self.companySuffixes.contains(firstWord), head != role,
                    parties.contains(where: { $0.role == head }) || openingText.contains("\"\(head)\"") || openingText.contains("“\(head)”")
                {
                    name = tail
                }
            }
            // Neither a reference ("set out in Schedule 1 (the "Sellers")"), an address, a date, an amount,
            // nor a party's defined term ("share capital of the Company (the "Shares")").
            let reference = Self.referenceName.matches(name)
                // nor an address ("410 Horton Street, Suite 500, Emeryville, California 94608 ("Zogenix")")
                // or a date, a sentence's end ("San Francisco 49ers. WHEREAS")
                || Self.isAddressOrDate(name)
                // nor an amount ("GBP 1,850,000 (the "Retention")")
                || Self.amountName.matches(name)
            // A name starts with a capital, unless its first word is "iMine" or "salesforce.com".
            // "450 Hudson Owner LLC", "3D Printing Works, Inc.", "1294477 ALBERTA LTD.", "9384-1234 Québec Inc.": a number and a
            // capitalised word.
            let capitalised = name.first?.isUppercase == true || Self.isLowercaseName(name.split(separator: " ").first ?? "")
                || Self.numberedName.matches(name)
            // Past the first two, a defined term ("Common Stock" (the "Shares")) is likelier than a party:
            // a further party must name a company form.
            // "Atieva, Inc., d/b/a Lucid Motors": the company form stands before the trade name.
            let company = Self.companyFormName.matches(name)
                || Self.tradeNameMark.range(in: name).map { Self.companyFormName.matches(String(name[..<$0.lowerBound])) } == true
            // A company form alone ("in each Fund (individually an "Account" ...)", "the Company") names no one.
            if company, !name.contains(" ") || Self.formWordsOnly.matches(name) { continue }
            // "disclosed by a Party (the "Discloser") to the other Party (the "Recipient")": a role, not a name.
            if ["Party", "Parties", "other Party", "Each Party", "either Party"].contains(name) { continue }
            // "the Development Agreement ("Development Agreement")": another agreement; "the Transfer of Undertakings (Protection
            // of Employment) Regulations 2006 ("TUPE")": a statute.
            // A statute under its short name ("THE SECURITIES ACT OF 1933, AS AMENDED (THE "SECURITIES ACT")").
            if name.hasSuffix("Agreement") || name.hasSuffix("AGREEMENT") || Self.statuteName.matches(name) || Self.statuteName.matches(role.capitalized) { continue }
            // A part of the property ("the North Tower of the Building (the "North Tower")"), an office ("President and Chief
            // Executive Officer (the "CEO")").
            if Self.partOfProperty.matches(name) || Self.officeName.matches(name) { continue }
            // The document's own name ("This Master Use and Synchronization License (the "License")", "SUBLEASE (this "Sublease")").
            if ["license", "licence", "lease", "sublease", "contract", "deed", "amendment", "addendum"].contains(role.lowercased()),
                name.lowercased().hasSuffix(role.lowercased())
            {
                continue
            }
            // ... and stands in the list of parties, not in a sentence about one ("Fazync is a wholly owned
            // subsidiary of publicly traded company Intelligent Highway Solutions, Inc., ("IHSI")").
            // ... in the opening, before the recitals and the first clause ("1. Master Lease. Sublandlord is the tenant
            // under a lease with Pioneer Square Properties LLC ("Master Landlord")").
            let listed = (!leads.isEmpty || Self.listedAfter.matches(before)) && (parties.count < 2 || nameStart < body)
            // ... or a person named right after another party ("..., and Theresa Vang, the sole member of Seller
            // ("Owner")", "and Ana Ruiz and Luis Ruiz (together, the "Guarantors")").
            // The words before the name itself count too, where its lead cut it ("OF THE SECOND PART - and - DR. PRIYA ...").
            let beforeName = text.substring(NSRange(location: max(0, nameStart - 40), length: min(40, nameStart)))
            let bare = name.trimmingCharacters(in: CharacterSet(charactersIn: " ,;"))
            let person = !company && (Self.afterOtherParty.matches(before) || Self.afterOtherParty.matches(beforeName))
                && (Self.personName.matches(bare) || Self.twoPeople.matches(bare))
            guard name.count >= 2, capitalised, lowercaseWords.isEmpty, name.split(separator: " ").count <= 10,
                !reference, parties.count < 2 || (listed && (company || person)),
                !parties.contains(where: { $0.role == role || $0.role?.caseInsensitiveCompare(name) == .orderedSame })
            else { continue }
            // A form's blanks filled in leave a space before a comma ("Tenant(s): Daniel Osei , Lucia Ferraro ,").
            name = name.replacingOccurrences(of: " ,", with: ",")
            parties.append(Party(name: name.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:")), role: role))
            if parties.count == 6 { break }
        }
        return parties
    }

    /// A party's name without the address written after it: "Fabrikam GmbH, Hauptstrasse 1, 10115 Berlin" and
    /// "Phoenix Performance, LLC, 481 Schuylkill Road, Phoenixville, PA 19460" up to the company form, "Alpenrose
    /// Systems AG, Bahnhofstrasse 12, 8001 Zürich, Switzerland" too (a number after a comma); "Priya Raman of 7 Elm
    /// Grove, Bath BA2 3QP" and "TAN WEI LING of Block 512 Bishan Street 13, #07-221, Singapore 570512" up to "of";
    /// "Boehringer Ingelheim International GmbH Binger Straße 173 55216 Ingelheim Germany" (no comma) after the
    /// whole company form ("Pty Ltd").
    ///
    /// Two people, each with an address ("SIOBHAN DOYLE of 12 Seapoint Avenue, Monkstown, County Dublin and PADRAIG KEANE
    /// of 4 Salthill Road, Galway"), are both kept, without their addresses.
    /// A town after a company's form and a comma, ending the name (group 1 the town): "Veritas Analytics GmbH, Hamburg".
    private static let seatAfterForm = StringRegex(
        "\\b(?i:" + companyFormWords + ")\\b\\.?,\\s+(\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:\\s+(?:am\\s+|an\\s+der\\s+)?\\p{Lu}[\\p{L}'’-]+)?)$", caseInsensitive: false)

    static func withoutAddress(_ name: String) -> String {
        // "Veritas Analytics GmbH, Hamburg": the town a company is seated in, after its form.
        if let seat = seatAfterForm.firstMatch(in: name)?[1], !companyFormName.matches(String(seat)) {
            return String(name[..<seat.startIndex]).trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        }
        guard addressOrDateName.matches(name) || numberAfterComma.matches(name) else { return name }
        if let and = secondPersonWithAddress.range(in: name) {
            let first = withoutAddress(String(name[..<and.lowerBound])), second = withoutAddress(String(name[and.upperBound...]))
            // Only when the first had an address to drop, and neither keeps one.
            if first.utf16.count < and.lowerBound.utf16Offset(in: name), !first.contains(","), !second.contains(",") { return first + " and " + second }
        }
        var commas: [String.Index] = []
        var search = name.startIndex
        while let comma = name.range(of: ", ", range: search..<name.endIndex) {
            commas.append(comma.lowerBound)
            search = comma.upperBound
        }
        if let cut = commas.first(where: { companyFormName.matches(String(name[..<$0])) }) {
            return String(name[..<cut])
        }
        if let of = name.range(of: " of (?=[^,]*\\d)", options: .regularExpression) {
            return String(name[..<of.lowerBound])
        }
        let cut = name.indices.first { index in
            name[index] == " " && companyFormName.matches(String(name[..<index])) && name[index...].contains(where: \.isNumber)
                // Not before a second form ("Pty Ltd"), but before a description in lower case ("LIMITED incorporated and
                // registered in England and Wales with company registration number 08123456").
                && !(name[name.index(after: index)...].first?.isUppercase == true
                    && companyFormName.matches(String(name[name.index(after: index)...].prefix { $0 != " " })))
        }
        return cut.map { String(name[..<$0]) } ?? name
    }

    /// " and " before a second person's name and address: " and PADRAIG KEANE of 4 Salthill Road".
    private static let secondPersonWithAddress = StringRegex(" and (?=\\p{Lu}[\\p{L}.'’\\-]+(?: \\p{Lu}[\\p{L}.'’\\-]+){0,3} of [^,]*\\d)")

    /// The words after a sentence's last word in lower case ("... the principal terms on which Meridian Print Holdings, LLC"
    /// gives "Meridian Print Holdings, LLC"), without a date run in before them; nil when no word is in lower case.
    private static func wordsEndingSentence(_ name: String) -> String? {
        let words = name.split(whereSeparator: \.isWhitespace)
        guard let last = words.lastIndex(where: isSentenceWord) else { return nil }
        return leadingDate.replacing(in: words[(last + 1)...].joined(separator: " "), with: "").trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
    }

    /// The company named at the end of a sentence's words: "the principal terms on which Meridian Print Holdings,
    /// LLC", "FOR VALUE RECEIVED, the undersigned, Pecan Grove Restaurants, LLC", "on April 22, 2000 American
    /// Champion Media, Inc."; nil when the words after the sentence's last are not a company's name.
    static func companyEndingSentence(_ name: String) -> String? {
        guard let tail = wordsEndingSentence(name), tail.split(separator: " ").count >= 2, companyFormName.matches(tail), tail.first?.isUppercase == true
        else { return nil }
        return tail
    }

    /// The words ending a sentence when the letterhead above names them, a name with no company form: "We are excited to offer
    /// you the position of Executive Chef at Harbor & Pine Restaurant Group" under a first line "Harbor & Pine Restaurant
    /// Group".
    static func nameEndingSentence(_ name: String, namedAbove letterhead: String) -> String? {
        guard let tail = wordsEndingSentence(name), tail.count >= 2, tail.first?.isUppercase == true, tail == letterhead else { return nil }
        return tail
    }

    /// Agreement, effective and expiration dates, as ISO dates.
    ///
    /// The agreement date is the one the preamble gives the contract ("dated", "made ... as of",
    /// "effective as of"); failing that the effective date, then the date of signature ("Date:",
    /// "executed this ... day of"). Filing stamps ("Source: ..., 10-K, 3/21/2019") are never dates of
    /// the contract.
    func dates(dayFirst: Bool = false) -> KeyDates {
        var dates = KeyDates()
        var signed: [String] = []
        var early: String?
        // A revision's, a draft's or a filing description's date: only when no other date of the top is found.
        var revised: String?
        // The agreement date was taken from the effective date; the date the contract says it was made
        // ("entered into on August 31, 2017") replaces it.
        var agreementIsEffective = false
        // Whether the effective date is the day a job starts, or the day a lease's term starts.
        var effectiveIsJobStart = false
        var effectiveIsLeaseStart = false
        // An English contract's background, from its heading to the first clause: "(B) The Employee's employment will
        // terminate on 30 November 2025 (the "Termination Date")" is what the agreement is about, not when it ends.
        lazy var backgroundBlock: Range<Int>? = {
            guard let heading = Self.backgroundHeading.firstMatch(in: text, range: NSRange(location: 0, length: min(text.length, 8_000))) else { return nil }
            let start = heading.range.location + heading.range.length
            let rest = NSRange(location: start, length: min(text.length - start, 8_000))
            let end = Self.firstClause.firstMatch(in: text, range: rest).map(\.range.location) ?? start
            return start..<end
        }()
        // Where a date stands and the words before it, counting a run of spaces as one: a text layer that
        // pads words ("made as of 31 December,        1996", "This  Agreement  is  dated") moves neither.
        let dense = text.contains("  ") || text.contains("\t") ? Self.denseOffsets(text, upTo: 60_000) : []
        func position(_ location: Int) -> Int { location < dense.count ? dense[location] : location - dense.count + (dense.last ?? 0) }
        func lead(_ match: DateMentions.Mention, before: Int) -> String {
            let start = max(0, match.range.location - before)
            let raw = text.substring(NSRange(location: start, length: match.range.location - start))
            guard raw.contains("  ") || raw.contains("\t") else { return raw.lowercased() }
            let wider = max(0, match.range.location - before * 4)
            let padded = text.substring(NSRange(location: wider, length: match.range.location - wider)).lowercased()
            return String(Padding.collapsed(padded).suffix(before))
        }
        /// The words before the match on its line, as written (`lead` is lower-cased).
        func writtenLine(before match: DateMentions.Mention) -> String {
            let start = max(0, match.range.location - 60)
            return text.substring(NSRange(location: start, length: match.range.location - start)).components(separatedBy: "\n").last ?? ""
        }
        func has(_ text: String, _ pattern: TextPattern) -> Bool { pattern.matches(text) }
        func has(_ text: PagedText, _ pattern: TextPattern) -> Bool { pattern.firstMatch(in: text) != nil }
        /// Where the last match of `pattern` in `text` ends.
        func lastEnd(_ text: PagedText, _ pattern: TextPattern) -> Int? {
            pattern.matches(in: text).last.map { $0.range.location + $0.range.length }
        }
        /// The rest of the match's line, up to 60 characters.
        func rest(of match: DateMentions.Mention) -> String {
            let start = match.range.location + match.range.length
            let tail = text.substring(NSRange(location: start, length: min(60, text.length - start)))
            // To the end of the paragraph: a PDF's line break may fall inside the label ("on 09/22/2025 (the\n"Effective Date")").
            return tail.components(separatedBy: "\n\n").first ?? ""
        }
        func standsAlone(_ match: DateMentions.Mention, within limit: Int) -> Bool {
            guard position(match.range.location) < limit else { return false }
            let units = text.utf16
            var start = match.range.location
            while start > 0, units[start - 1] == 0x20 || units[start - 1] == 0x09 { start -= 1 }
            var end = match.range.location + match.range.length
            while end < units.count, units[end] == 0x20 || units[end] == 0x09 { end += 1 }
            return (start == 0 || units[start - 1] == 0x0A) && (end == units.count || units[end] == 0x0A || units[end] == 0x0D)
        }
        /// Whether a sentence up to a date is this contract's opening ("This Supply Agreement is made and
        /// entered into as of"), naming no other agreement ("This Agreement supersedes the Lease dated").
        func opensThisContract(_ sentence: String) -> Bool {
            has(sentence, Self.ownOpening) && !has(sentence, Self.otherAgreement)
        }
        // A date in the signature block ("Rome/Houston, 2 April 2020") is the date of signature.
        let witnessMatch = Self.witnessCue.firstMatch(in: text)
        let witness = witnessMatch?.range.location
        // "made and entered into as of the last date written below" in the opening: the dates soon after it are in the
        // body, not yet the signatures, when their own sentence says the term ends or starts on them.
        let witnessIsOpening = witnessMatch.map { Self.datedByLastSignature.matches(text.substring($0.range)) } ?? false
        /// Whether the sentence a date ends ("... shall expire on") says the term starts or ends on it.
        func startsOrEndsTerm(_ before: String) -> Bool {
            let sentence = Self.sentenceStart(before)
            return has(sentence, Self.expiryCue) || has(sentence, Self.effectiveCue)
        }
        for match in DateMentions.mentions(in: text, dayFirst: dayFirst) {
            let iso = match.iso
            let before = lead(match, before: 90)
            // Prepared once: up to six cues are read in it.
            let cues = PagedText(before)
            let line = before.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? before
            // A filing stamp's own date ("Source: ACME CORP, 10-K, 3/21/2019"), not dates run in after it.
            if let stamp = line.range(of: "source:", options: [.caseInsensitive, .backwards]),
                DateMentions.firstISO(in: String(line[stamp.upperBound...])) == nil
            {
                continue
            }
            // What the date would be, from the words before it; most dates of a long contract are none.
            enum Use { case signature, effective, expiry, agreement, early, revised }
            let preamble = position(match.range.location) < 4_000
            let mayBeAgreement = preamble && (dates.agreementDate == nil || agreementIsEffective)
            let use: Use
            // The rest of the date's line, where a defined term may name it.
            let restOfLine = rest(of: match)
            let after = PagedText(restOfLine)
            // A person's date of birth ("Ms. Sofia Rossi, born on 14 June 1991 in Turin") dates nothing of the contract.
            if Self.mayNameBirth(before), Self.bornOn.matches(before) { continue }
            // The day a person leaves ("will end on October 31, 2025 (the "Separation Date")") is the subject of a
            // separation agreement, not its end.
            if has(after, Self.leavingDateLabel) { continue }
            if let witness, (1...1_500).contains(position(match.range.location) - position(witness)),
                !(witnessIsOpening && startsOrEndsTerm(before)), !Self.effectiveDefinition.matches(String(before.suffix(60)))
            {
                // After "IN WITNESS WHEREOF" a date is a signature's, whatever its label ("Date:"); not an exhibit's definition
                // right after the signatures ("EXHIBIT A - DEFINITIONS ... "Effective Date" means July 15, 2005").
                use = .signature
            } else if has(line, Self.formRevision) {
                continue
            } else if has(line, Self.revisionLabel) || has(line, Self.filingDescription) {
                // A published terms' revision date ("Effective Date: January 15, 2026 · Last Updated: February 5, 2026") is
                // when the text last changed; a filing's description of the exhibit ("EX-3.2 5 ex0302.htm STOCK PURCHASE
                // AGREEMENT DATED DECEMBER 2, 2015, AS AMENDED") may name the agreement this one amends. Either dates the
                // contract only when it gives no other date (a later one near the top still comes first: "Draft of 3/1/2024"
                // over "... entered into by and between ... on March 3, 2015").
                guard revised == nil else { continue }
                use = .revised
            } else if let label = Self.dateLabel.firstMatch(in: after) {
                // The defined term after the date names it: "January 15, 2025 (the "Effective Date")".
                if label.range(at: 3).location != NSNotFound {
                    // Wherever it stands (a long contents list may push the preamble down), unless it is the
                    // date of the agreement this one amends ("the Original Execution Date").
                    guard dates.agreementDate == nil || agreementIsEffective, !has(after.substring(label.range), Self.amendmentCue) else { continue }
                    use = .agreement
                } else {
                    use = label.range(at: 1).location != NSNotFound ? .effective : .expiry
                }
            } else if ["beginning", "commencing", "starting", "ending"].contains(where: { before.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " \n\t,")).hasSuffix($0) }),
                let span = Self.termSpanCue.firstMatch(in: PagedText(Self.sentenceStart(lead(match, before: 200)))),
                span.range(at: 1).location == NSNotFound || dates.expirationDate == nil
            {
                use = span.range(at: 1).location == NSNotFound ? .effective : .expiry
            } else if let effective = lastEnd(cues, Self.effectiveCue),
                !(mayBeAgreement && (lastEnd(cues, Self.madeCue) ?? 0) > effective),
                // "sixty (60) equal monthly installments ... beginning on August 1, 2025": payments start, not the contract.
                !has(cues, Self.paymentsCue),
                !(dates.expirationDate == nil && (lastEnd(cues, Self.expiryCue) ?? 0) > effective)
            {
                // Unless the words nearer the date say the contract was made on it ("effective as of
                // January 1, 2019, is entered into on March 5, 2019") or ends on it ("begins on July 1,
                // 2025 (the "Commencement Date") and ends on June 30, 2026").
                use = .effective
            } else if has(cues, Self.offerLapses) || has(cues, Self.paysUntil) {
                // "This offer will expire if not accepted by October 13, 2025": the offer's deadline, not the contract's end;
                // "pay ... premiums until the earlier of April 30, 2026": when a payment stops.
                continue
            } else if dates.expirationDate == nil, let expiry = lastEnd(cues, Self.expiryCue), expiry > (lastEnd(cues, Self.datedCue) ?? -1),
                // In the date's own sentence: "... the waiting period has expired. 3.2 If the Closing has not occurred by 31 March
                // 2026, either party may withdraw" is a long-stop date.
                !Self.endsSentence((before as NSString).substring(from: min(expiry, (before as NSString).length)))
            {
                // Unless "dated" stands nearer the date ("Expiration ---------- AWP FT dated 5/20/92").
                use = .expiry
            } else if !preamble, dates.agreementDate == nil, position(match.range.location) < 40_000, has(cues, Self.madeCue),
                opensThisContract(Self.sentenceStart(lead(match, before: 300)))
            {
                // The contract's own opening sentence below a long contents list: "THIS SUPPLY AGREEMENT is made
                // and entered into as of March 3, 2019".
                use = .agreement
            } else if mayBeAgreement, has(cues, Self.agreementCue) || standsAlone(match, within: 1_500) {
                // "dated ...", or a date on a line of its own under the title (a letter agreement's date line).
                use = .agreement
            } else if line.count < 40, Self.placeAndDate.matches(writtenLine(before: match)), restOfLine.prefix(while: { $0 != "\n" }).allSatisfy(\.isWhitespace),
                text.length - match.range.location < 3_000
            {
                // A closing line of place and date above the signatures, as European contracts end: "Munich, 12 December 2025".
                use = .signature
            } else if has(line, Self.signatureCue) || has(after, Self.dateLabelAfter) || has(after, Self.signatureLine) {
                // A signature's date, even in a short contract's first lines; a date written beside a signature line.
                use = .signature
            } else if early == nil, position(match.range.location) < 1_500, !Self.relativeToDate.matches(before) {
                // Not a date that only bounds a period ("equity financing since September 1, 2002").
                use = .early
            } else {
                continue
            }
            // A recital's date or that of an agreement this one refers to is none of these. The sentence
            // so far, back to its start (at most 300 characters), tells.
            let background = lead(match, before: 300)
            if has(Self.sentenceStart(background), Self.recital) || has(background, Self.referencedAgreement) { continue }
            if use == .expiry || use == .effective, backgroundBlock?.contains(match.range.location) == true { continue }
            if use == .expiry, Self.longStop.matches(Self.sentenceStart(background)) { continue }
            // A contract does not end before it was made or took effect: an earlier date is some other period's end.
            if use == .expiry, let start = dates.effectiveDate ?? dates.agreementDate, iso < start { continue }
            switch use {
            case .signature:
                signed.append(iso)
            case .effective:
                // A definition of the term ("L. "Effective Date" shall mean February 16, 1998") says which date it is, over one
                // read earlier from looser words ("The parties anticipate the Commencement Date to be November 16, 1998").
                if dates.effectiveDate == nil || Self.effectiveDefinition.matches(String(before.suffix(60))) { dates.effectiveDate = iso }
                // "the Original Agreement effective as of ..." is another contract's date; "This Amendment,
                // dated and effective as of ..." is this one's.
                // The day a job starts ("Your employment with the Company will begin on 6 January 2026") is no
                // date of the contract, which is signed before it.
                if has(cues, Self.jobStartCue) { effectiveIsJobStart = dates.effectiveDate == iso }
                if has(cues, Self.leaseStartCue) { effectiveIsLeaseStart = dates.effectiveDate == iso }
                if preamble, dates.agreementDate == nil, !has(lead(match, before: 35), Self.amendmentCue), !has(cues, Self.jobStartCue) {
                    dates.agreementDate = iso
                    // "made and entered into as of December 14, 2016 (the "Effective Date")" is both.
                    agreementIsEffective = !has(cues, Self.madeCue)
                }
            case .expiry:
                dates.expirationDate = iso
            case .agreement:
                dates.agreementDate = iso
                agreementIsEffective = false
            case .early:
                early = iso
            case .revised:
                revised = iso
            }
        }
        // A date near the top with no words tying it to the contract comes after the effective date; the
        // contract dates from its last signature.
        if dates.agreementDate == nil { dates.agreementDate = (effectiveIsJobStart ? signed.max() : nil) ?? dates.effectiveDate ?? early ?? revised ?? signed.max() }
        // A lease whose term "begins on 1 April 2026", signed before it ("Hamburg, 20 February 2026") and dated nowhere else, was
        // made when it was signed.
        if effectiveIsLeaseStart, agreementIsEffective, let effective = dates.effectiveDate, dates.agreementDate == effective,
            let last = signed.max(), last < effective
        {
            dates.agreementDate = last
        }
        if let last = signed.max(), Self.datedByLastSignature.firstMatch(in: text) != nil || takesEffectOnceAllSign() {
            dates.agreementDate = last
            if dates.effectiveDate == nil { dates.effectiveDate = last }
        }
        if dates.effectiveDate == nil, let agreement = dates.agreementDate,
            Self.effectiveOnSigning.firstMatch(in: text) != nil
        {
            dates.effectiveDate = agreement
        }
        return dates
    }

    /// For each offset up to `limit`, how many units come before it when a run of spaces or tabs counts as one.
    static func denseOffsets(_ text: PagedText, upTo limit: Int) -> [Int] {
        let units = text.utf16
        let count = min(units.count, limit)
        var offsets = [Int](repeating: 0, count: count + 1)
        var dense = 0
        for index in 0..<count {
            offsets[index] = dense
            let unit = units[index]
            let isPadding = (unit == 0x20 || unit == 0x09) && index > 0 && (units[index - 1] == 0x20 || units[index - 1] == 0x09)
            if !isPadding { dense += 1 }
        }
        offsets[count] = dense
        return offsets
    }

    /// A quote of a governing-law clause that shows the place it names: from the clause's words to the
    /// place's first mention before `end` ("the Laws of the State of Delaware" may come late in a long
    /// sentence). The sentence around the clause's words when the place is written otherwise ("PRC").
    private func quote(of clause: NSRange, naming place: String, before end: Int) -> Evidence {
        let name = place.components(separatedBy: ", ").first ?? place
        let searched = NSRange(location: clause.location, length: max(0, min(end, text.length) - clause.location))
        // The last mention before the place's end: the clause's own, not a venue's named between a heading
        // and it ("Governing Law; Venue. Venue ... in San Francisco, California. All matters ... the laws of the
        // State of California").
        let found = (text.substring(searched) as NSString).range(of: name, options: [.caseInsensitive, .backwards])
        guard found.location != NSNotFound else { return quoted.quote(around: clause) }
        var shown = NSRange(location: clause.location, length: found.location + found.length)
        // A word a text layer split, which the reading copy joined ("Ne vada" read "Nevada "): shown to its end as written.
        while shown.location + shown.length < quoted.length,
            quoted.substring(NSRange(location: shown.location + shown.length, length: 1)).unicodeScalars.allSatisfy(CharacterSet.letters.contains)
        {
            shown.length += 1
        }
        // Whether words name the place, perhaps with a space a text layer put inside a word.
        func holdsName(_ words: String) -> Bool {
            words.range(of: name, options: .caseInsensitive) != nil
                || words.replacingOccurrences(of: " ", with: "").range(of: name.replacingOccurrences(of: " ", with: ""), options: .caseInsensitive) != nil
        }
        // A table's label and value on lines of their own, or parted by spaces ("Governing law" over "Delaware" over "Notice
        // period"): the sentence around them would run on through the table's other rows; the label and the value are quoted.
        if shown.length <= 100, case let labelled = quoted.substring(shown), labelled.contains("\n") || labelled.contains("  "),
            Self.headingPlace.firstMatch(in: PagedText(labelled)) != nil
        {
            return Evidence(page: quoted.page(at: shown.location), quote: labelled.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        }
        let quote = quoted.quote(showing: shown)
        // A page break between the clause's words and its place ("the laws of the State of\n\n***Confidential Treatment
        // Requested 7\n\nCalifornia"): the sentence found is only its last part, no law before the place; quote the
        // clause's words up to the place without the page's legend or number.
        let beforePlace = quote.quote.range(of: name, options: .caseInsensitive).map { quote.quote[..<$0.lowerBound] }
        if let beforePlace, beforePlace.range(of: "law", options: .caseInsensitive) == nil, beforePlace.range(of: "govern", options: .caseInsensitive) == nil,
            let cleaned = Self.withoutPageFurniture(quoted.substring(shown))
        {
            let words = cleaned.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if words.count <= 280, words.range(of: name, options: .caseInsensitive) != nil {
                return Evidence(page: quoted.page(at: shown.location), quote: words)
            }
        }
        // A heading that holds the place, run into the next sentence ("Governing Law: Delaware This Order Form is governed
        // by ..." when a printout drops the blank line) is dropped as a heading: quote the heading's words as written.
        guard !holdsName(quote.quote) else { return quote }
        return Evidence(page: quoted.page(at: shown.location), quote: text.substring(shown).split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }

    /// Whether words hold a sentence's end (a full stop before a space or line break, or a semicolon); a line break alone
    /// ("Expiration Date:\n\nDecember 31, 2025") is none.
    /// A clock time's "a.m." or "p.m." ends none ("shall expire at 11:59 p.m. on July 31, 2031").
    static func endsSentence(_ words: String) -> Bool {
        let bytes = Array(words.utf8)
        return bytes.indices.contains { index in
            bytes[index] == UInt8(ascii: ";")
                || (bytes[index] == UInt8(ascii: ".") && index + 1 < bytes.count && (bytes[index + 1] == 0x20 || bytes[index + 1] == 0x0A)
                    && !endsClockTime(bytes, at: index))
        }
    }

    /// Whether the full stop at `index` ends a clock time's "a.m" or "p.m", in any case.
    private static func endsClockTime(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index >= 3, bytes[index - 1] | 0x20 == UInt8(ascii: "m"), bytes[index - 2] == UInt8(ascii: ".") else { return false }
        let letter = bytes[index - 3] | 0x20
        return letter == UInt8(ascii: "a") || letter == UInt8(ascii: "p")
    }

    /// Whether the full stop at `index` ends an abbreviation a number follows ("Disclosure No. 15UMCO23", "Sec. 4", "Art. 2").
    private static func endsNumberAbbreviation(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index + 2 < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index + 2]) else { return false }
        var start = index
        while start > 0, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[start - 1] | 0x20) { start -= 1 }
        guard start == 0 || !(UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[start - 1] | 0x20) else { return false }
        let word = String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
        return ["no", "nos", "sec", "art", "para", "cl", "vol"].contains(word)
    }

    /// The part of `lead` after the last sentence end (". ", ".\n" or a blank line) or semicolon in it.
    static func sentenceStart(_ lead: String) -> String {
        let bytes = Array(lead.utf8)
        var index = bytes.count - 1
        // Scanning back, the first marker found ends last: a one-byte ";" cannot end where a two-byte
        // marker found later would.
        while index >= 0 {
            let byte = bytes[index]
            if byte == UInt8(ascii: ";") { return String(decoding: bytes[(index + 1)...], as: UTF8.self) }
            if index + 1 < bytes.count {
                let next = bytes[index + 1]
                // Not a clock time's "p.m. " or "a.m. ".
                if (byte == UInt8(ascii: ".") && (next == 0x20 || next == 0x0A) && !endsClockTime(bytes, at: index) && !endsNumberAbbreviation(bytes, at: index))
                    || (byte == 0x0A && next == 0x0A)
                {
                    return String(decoding: bytes[(index + 2)...], as: UTF8.self)
                }
            }
            index -= 1
        }
        return lead
    }

    /// The jurisdiction named by the governing-law clause, as the contract writes it ("the State of
    /// New York", "the Province of Ontario, Canada"), and its country. Words hyphenated at a line end are read
    /// joined ("shall be gov-\nerned by"), page by page, so quotes keep their pages.
    ///
    /// A clause in capitals ("THE LAWS OF THE STATE OF NEVADA"), or one a page break interrupts ("in
    /// accordance\n\n12\n\n\u{0C}with the laws of"), is read again in `readableForLaw`'s copy of the text when the
    /// text names no law, names it only in capitals, or names a place none knows (a running title inside the
    /// clause: "the laws of the \u{0C}Acme / Beta Services Agreement\n\nState of New York"); the copy's answer is
    /// taken when the text named none, or when the copy names only known places.
    func governingLaw() -> GoverningLaw {
        // "gove-\nrned by" broken is no clause, and a later "law of the United States" would be taken for it.
        let reader = Self.unhyphenated(text).map { KeyFactExtractor(text: $0) } ?? self
        let law = reader.chosenLaw()
        guard law.jurisdiction.map(Self.namesKnownPlaces) != true || law.evidence.contains(where: { Self.inCapitals($0.quote) }),
            let readable = Self.readableForLaw(reader.text)
        else { return law }
        let again = KeyFactExtractor(text: readable, written: reader.text).chosenLaw()
        guard let places = again.jurisdiction, places != law.jurisdiction, law.jurisdiction == nil || Self.namesKnownPlaces(places) else { return law }
        return again
    }

    /// Whether every place of a jurisdiction ("Delaware; Illinois") is one whose country is known.
    static func namesKnownPlaces(_ jurisdiction: String) -> Bool {
        jurisdiction.components(separatedBy: "; ").allSatisfy { Jurisdictions.country(of: $0) != nil }
    }

    /// Whether most of a quote's letters are capitals.
    static func inCapitals(_ quote: String) -> Bool {
        var upper = 0
        var letters = 0
        for scalar in quote.unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            if scalar.properties.isUppercase { upper += 1 }
        }
        return letters >= 20 && upper * 10 >= letters * 7
    }

    /// A copy of the text, of the same length and pages, that a governing-law clause is easier to read in:
    /// lines a page break leaves (page numbers, filing stamps) blanked; words in capitals lower-cased, but
    /// for abbreviations ("PRC") and the known places and their adjectives, which are written as names
    /// ("NEW YORK" reads "New York", "SWISS" reads "Swiss"). Nil when nothing changes.
    static func readableForLaw(_ text: PagedText) -> PagedText? {
        var units = text.utf16
        // Page furniture: a line that is only a page number or a filing stamp.
        var lineStart = 0
        var blanked: [Range<Int>] = []
        for index in 0...units.count {
            guard index == units.count || units[index] == 0x0A || units[index] == 0x0C else { continue }
            let length = index - lineStart
            // Only a line that starts as a page number or a stamp can be one ("12", "-15-", "Page 3", "Source:").
            var first = lineStart
            while first < index, units[first] == 0x20 || units[first] == 0x09 { first += 1 }
            var last = index
            while last > first, units[last - 1] == 0x20 || units[last - 1] == 0x09 || units[last - 1] == 0x0D { last -= 1 }
            let lead = first < index ? units[first] : 0
            let isStamp = lead == 0x53 && last - first >= 7 && Array(units[first..<(first + 7)]) == Self.sourceLabel
            let mayBeNumber = last - first <= 16 && ((0x30...0x39).contains(lead) || [0x2D, 0x2013, 0x2014, 0x50].contains(lead))
            // A legend starts with "confidential", "strictly" or "private" (in either case), "*", "[" or "(".
            let mayBeLegend = last - first <= 48 && [0x43, 0x63, 0x53, 0x73, 0x50, 0x70, 0x2A, 0x5B, 0x28].contains(lead)
            if length > 0, length <= 120, isStamp || mayBeNumber || mayBeLegend {
                if isStamp || isPageFurniture(String(decoding: units[first..<last], as: UTF16.self)) {
                    for blank in lineStart..<index { units[blank] = 0x20 }
                    blanked.append(lineStart..<index)
                }
                // The page number a filing's text layer ran onto the page's last line, above its stamp: "the laws of the
                // State of 12" over "Source: ACME CORP, 10-K, 3/1/2010" and "Delaware" on the next page.
                if isStamp, let number = Self.runOnPageNumber(units, before: lineStart) {
                    for blank in number { units[blank] = 0x20 }
                    blanked.append(number)
                }
            }
            lineStart = index + 1
        }
        for line in PagedText.pageEdgeFurniture(units, titlesAfterBrokenSentences: true) where !blanked.contains(line) {
            for blank in line { units[blank] = 0x20 }
            blanked.append(line)
        }
        // The blank lines around such a line go too, so the sentence it interrupted reads on ("in the State
        // of\n\n12\n\n\u{0C}Nevada and shall be governed by the laws thereof"); a form feed stays, for the pages.
        PagedText.blank(blanked, in: &units)
        // Words in capitals: runs of two or more ASCII capitals that are whole words, within 400 units of a
        // "LAW", "LAWS" or "GOVERNED" in capitals (the only clauses this copy is for).
        var regions: [NSRange] = []
        var lowered = false
        for match in lawWordInCapitals.matches(in: text) {
            let start = max(0, match.range.location - 400)
            let end = min(units.count, match.range.location + match.range.length + 400)
            if let last = regions.last, last.location + last.length >= start {
                regions[regions.count - 1].length = end - last.location
            } else {
                regions.append(NSRange(location: start, length: end - start))
            }
        }
        for region in regions {
            var index = region.location
            // Start at a word's start.
            while index > 0, index < units.count, PagedText.isLetter(units[index - 1]) { index += 1 }
            let regionEnd = region.location + region.length
            while index < regionEnd {
                guard PagedText.isLetter(units[index]) else {
                    index += 1
                    continue
                }
                var end = index
                var capitals = true
                // "PEOPLE'S" is one word: its "S" is lowered with it, so that the known name is found again.
                while end < units.count, PagedText.isLetter(units[end]) || ((units[end] == 0x27 || units[end] == 0x2019) && end > index && end + 1 < units.count && PagedText.isLetter(units[end + 1])) {
                    if units[end] >= 0x61 { capitals = false }
                    end += 1
                }
                if capitals, end - index >= 2, !Jurisdictions.abbreviations.contains(String(decoding: units[index..<end], as: UTF16.self)) {
                    for letter in index..<end where PagedText.isLetter(units[letter]) { units[letter] |= 0x20 }
                    lowered = true
                }
                index = end
            }
        }
        let joined = joinSplitPlaceWords(&units)
        // Worth reading again only where a page break's lines stood near a law's words, capitals were lowered or a place's
        // split word joined.
        let nearLaw = blanked.contains { line in
            let start = max(0, line.lowerBound - 300)
            let end = min(units.count, line.upperBound + 300)
            return text.substring(NSRange(location: start, length: end - start)).lowercased().contains("law")
        }
        guard nearLaw || lowered || joined else { return nil }
        // Known places and adjectives in the lower-cased regions: their names as written.
        for region in regions {
            // Each region read on its own: a copy of the whole text would cost more than the names' search.
            let regionText = PagedText(String(decoding: units[region.location..<(region.location + region.length)], as: UTF16.self))
            for match in knownNameInLowerCase.matches(in: regionText) {
                let range = (region.location + match.range.location)..<(region.location + match.range.location + match.range.length)
                guard !units[range].contains(where: { (0x41...0x5A).contains($0) }) else { continue }
                let written = String(decoding: units[range], as: UTF16.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                guard Jurisdictions.knownNames[written] != nil || adjectiveNames[written] != nil else { continue }
                // Each word's first letter a capital, but for "and", "of", "the" ("District of Columbia").
                var wordStart = true
                for offset in range {
                    let unit = units[offset]
                    if wordStart, (0x61...0x7A).contains(unit), !Self.startsLowerCaseWord(units, at: offset) { units[offset] = unit - 0x20 }
                    wordStart = unit == 0x20 || unit == 0x0A || unit == 0x09 || unit == 0x0D
                }
            }
        }
        let pages = String(decoding: units, as: UTF16.self).split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
        return PagedText(pages: pages)
    }

    /// Joins the words of known places that a text layer split at a space ("the State of Ne w York", "Pennsyl vania",
    /// "Sta te of Texas"): a word that starts with a capital, one space and a word in lower case, which together are a word of
    /// a place's name, are written as that word with the space after it, so that the text keeps its length. Whether any was.
    static func joinSplitPlaceWords(_ units: inout [UInt16]) -> Bool {
        var joined = false
        var index = 0
        while index < units.count {
            // A word that starts with a capital, after no letter.
            guard (0x41...0x5A).contains(units[index]), index == 0 || !PagedText.isLetter(units[index - 1]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < units.count, PagedText.isLetter(units[end]) { end += 1 }
            // One space, then a word in lower case that no letter or digit follows.
            guard end + 1 < units.count, units[end] == 0x20, (0x61...0x7A).contains(units[end + 1]) else {
                index = end
                continue
            }
            var rest = end + 1
            while rest < units.count, (0x61...0x7A).contains(units[rest]) { rest += 1 }
            // Most such pairs ("Agreement shall") are no place's word by their first three letters, read without a copy.
            var lead = 0
            var letters = 0
            var offset = index
            while letters < 3, offset < rest {
                if offset != end {
                    lead = lead << 8 | Int(units[offset] | 0x20)
                    letters += 1
                }
                offset += 1
            }
            guard letters == 3, splitPlaceWordLeads.contains(lead) else {
                index = rest
                continue
            }
            let second = Array(units[(end + 1)..<rest])
            let whole = (String(decoding: units[index..<end], as: UTF16.self) + String(decoding: second, as: UTF16.self)).lowercased()
            let endsWord = rest == units.count || !(PagedText.isLetter(units[rest]) || (0x30...0x39).contains(units[rest]))
            if rest - index <= 21, endsWord, splitPlaceWords.contains(whole) {
                units.replaceSubrange(end..<rest, with: second + [0x20])
                joined = true
            }
            index = rest
        }
        return joined
    }

    /// `joinSplitPlaceWords` of a string: the venue's sentences read with a place's split words joined ("the courts located in
    /// Ne w York County"), their quotes taken from the text as written.
    static func joiningSplitPlaceWords(_ written: String) -> String {
        var units = Array(written.utf16)
        return joinSplitPlaceWords(&units) ? String(decoding: units, as: UTF16.self) : written
    }

    /// The lower-case words of known places' names (three letters or more, but "and", "the"), and the words that lead one.
    private static let splitPlaceWords: Set<String> = {
        var words: Set<String> = ["state", "commonwealth", "province", "republic", "kingdom"]
        for name in Array(Jurisdictions.knownNames.values) + Array(Jurisdictions.others.values) {
            for word in name.lowercased().split(separator: " ") where word.count >= 3 && word != "and" && word != "the" {
                words.insert(String(word))
            }
        }
        return words
    }()
    /// The first three letters of each of `splitPlaceWords`, a letter a byte.
    private static let splitPlaceWordLeads = Set(splitPlaceWords.map { $0.utf8.prefix(3).reduce(0) { $0 << 8 | Int($1) } })

    /// Whether the word at `offset` is one a place's name keeps in lower case: "and", "of", "the".
    private static func startsLowerCaseWord(_ units: [UInt16], at offset: Int) -> Bool {
        for word in ["and", "of", "the"] {
            let letters = Array(word.utf16)
            let end = offset + letters.count
            if end <= units.count, Array(units[offset..<end]) == letters, end == units.count || !(0x61...0x7A).contains(units[end]) { return true }
        }
        return false
    }

    private static let sourceLabel = Array("Source:".utf16)

    /// The page number, or "Page 3 of 12", that ends the last line with text before `offset` (white space between),
    /// the space before it included (`PagedText.pageNumberStart`); nil when that line ends otherwise, or in a number its
    /// word owns ("Section 12").
    static func runOnPageNumber(_ units: [UInt16], before offset: Int) -> Range<Int>? {
        var end = offset
        while end > 0, PagedText.isWhitespace(units[end - 1]) { end -= 1 }
        var lineStart = end
        while lineStart > 0, units[lineStart - 1] != 0x0A, units[lineStart - 1] != 0x0C { lineStart -= 1 }
        let line = String(decoding: units[lineStart..<end], as: UTF16.self)
        if let footer = PagedText.trailingPageFooter(in: line) { return (end - line[footer...].utf16.count)..<end }
        return PagedText.pageNumberStart(in: units, endingAt: end, after: lineStart, unlessAfter: pageNumberOwners).map { $0..<end }
    }

    /// Words whose number, at a page's end above a filing's stamp, is theirs and not the page's.
    private static let pageNumberOwners: Set<String> = [
        "section", "sections", "article", "articles", "schedule", "exhibit", "clause", "clauses", "annex", "appendix",
        "paragraph", "item", "part", "no", "number", "page", "chapter", "rule",
    ]

    /// "LAW", "LAWS", "GOVERNED" written in capitals.
    private static let lawWordInCapitals = regex("\\b(?:LAWS?|GOVERNED)\\b", caseInsensitive: false, anchors: ["law", "governed"], maximumLength: 8)

    private static let adjectiveNames: [String: String] = Dictionary(
        Jurisdictions.adjectives.keys.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })

    /// A known place's or adjective's name in lower case, longest first, a space inside it matching one.
    private static let knownNameInLowerCase: TextPattern = {
        let names = Set(Jurisdictions.knownNames.keys).union(adjectiveNames.keys).sorted { ($0.count, $0) > ($1.count, $1) }
        let firstWords = Set(names.map { String($0.split(separator: " ").first!) })
        return regex(
            "\\b(?:" + names.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|") + ")\\b",
            caseInsensitive: false, anchors: Array(firstWords), maximumLength: 60)
    }()

    /// The text with words hyphenated at a line end joined ("gov-\nerned" -> "governed"), page by page so
    /// quotes keep their pages; nil when it has none (most texts with "-\n" have it in a rule of dashes, which
    /// joins nothing: the units are searched before any copy is made).
    static func unhyphenated(_ text: PagedText) -> PagedText? {
        let units = text.utf16
        guard units.indices.contains(where: { lineEndHyphenJoin(units, at: $0) != nil }) else { return nil }
        return PagedText(pages: text.string.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { joiningLineEndHyphens(String($0)) })
    }

    /// Where the word goes on when `index` holds a hyphen at a line end between two letters of the same case
    /// ("gov-\nerned", "MINNE-\n   SOTA": past the next line's indentation); nil otherwise.
    static func lineEndHyphenJoin(_ units: [UInt16], at index: Int) -> Int? {
        guard units[index] == 0x2D, index > 0, index + 1 < units.count, units[index + 1] == 0x0A else { return nil }
        var next = index + 2
        while next < units.count, units[next] == 0x20 || units[next] == 0x09 { next += 1 }
        guard next < units.count else { return nil }
        let (before, after) = (units[index - 1], units[next])
        let bothLower = (0x61...0x7A).contains(before) && (0x61...0x7A).contains(after)
        let bothUpper = (0x41...0x5A).contains(before) && (0x41...0x5A).contains(after)
        return bothLower || bothUpper ? next : nil
    }

    /// "gov-\nerned" -> "governed", "MINNE-\nSOTA" -> "MINNESOTA" (see `lineEndHyphenJoin`). A scan of the
    /// units: a regular expression with look-behinds tried at every position cost more than the rest of the
    /// law's reading.
    static func joiningLineEndHyphens(_ string: String) -> String {
        let units = Array(string.utf16)
        var joined: [UInt16] = []
        var index = 0
        while index < units.count {
            if let next = lineEndHyphenJoin(units, at: index) {
                if joined.isEmpty {
                    joined.reserveCapacity(units.count)
                    joined.append(contentsOf: units[..<index])
                }
                index = next
                continue
            }
            if !joined.isEmpty { joined.append(units[index]) }
            index += 1
        }
        return joined.isEmpty ? string : String(decoding: joined, as: UTF16.self)
    }

    private func chosenLaw() -> GoverningLaw {
        // Clauses that choose a law first; then weaker phrasings ("under the laws of"), never a party's
        // description ("a corporation organized under the laws of Delaware").
        let contexts = [
            Self.lawContext, Self.longLawContext, Self.lawGoverns, Self.lawGovernsByWord, Self.lawControls, Self.placeContract, Self.weakLawContext,
            Self.arbitratorsLaw,
        ]
        for context in contexts {
            var places: [String] = []
            var evidence: [Evidence] = []
            // The end of the last place found: a clause's other words ("GOVERNING LAW. ... GOVERNED BY")
            // before it name the same place.
            var usedUntil = 0
            // The end of the last sentence that chose a law: a place's name may seem to run on into the next
            // sentence ("the State of Georgia. Each Purchase Order"), past where that sentence's own law starts.
            var sentenceEnd = 0
            // The places a clause names, each once, and a quote of the clause showing each (six at most).
            func add(_ found: (places: [String], end: Int), chosenBy match: TextMatch) {
                usedUntil = found.end
                let sentence = text.sentenceBounds(around: match.range)
                sentenceEnd = sentence.cutEnd ? found.end : sentence.range.location + sentence.range.length
                for place in found.places.map(Jurisdictions.canonical) where !Jurisdictions.repeats(place, of: places) && places.count < 6 {
                    places.append(place)
                    evidence.append(quote(of: match.range, naming: place, before: found.end))
                }
            }
            for match in context.matches(in: text) where match.range.location >= usedUntil {
                // "This Agreement is a Delaware contract": the place is the pattern's own, and a known one.
                if context === Self.placeContract {
                    let place = match.range(at: 1)
                    guard Jurisdictions.country(of: Jurisdictions.canonical(text.substring(place))) != nil else { continue }
                    add((places: [text.substring(place)], end: place.location + place.length), chosenBy: match)
                    break
                }
                // The place must start within 400 characters of the clause's words; it may end beyond.
                // A further clause (a second governing-law section, an exhibit's) counts only when it names
                // its place soon: "governed by the laws of the State of Illinois".
                let first = places.isEmpty
                var within = first ? 400 : 160
                var window = NSRange(location: match.range.location, length: min(within + 200, text.length - match.range.location))
                // Most further "governed by"s are about something else ("governed by the SOW"): every way
                // of naming a place says "law" or "state" (or province, commonwealth).
                if !first, !Self.mayNamePlace(text.substring(NSRange(location: window.location, length: min(within, window.length)))) { continue }
                // How far a clause's words reach (see `reachOfLawWords`): a verb's place is in its own sentence.
                if context === Self.lawContext {
                    guard let reach = reachOfLawWords(match.range, within: within) else { continue }
                    within = reach
                }
                // A heading whose section names a law before the sentence that chooses one: read from that sentence.
                if context === Self.lawContext, !Self.isLawVerb(text.substring(match.range)),
                    let choice = laterChoice(from: match.range.location + match.range.length, before: match.range.location + within)
                {
                    window = NSRange(location: choice, length: window.location + window.length - choice)
                    within -= choice - match.range.location
                }
                guard let found = place(in: window, within: within) ?? placeNamedBefore(match.range) ?? placeNamedAfterDescription(match.range)
                else { continue }
                add(found, chosenBy: match)
                if context !== Self.lawContext, context !== Self.longLawContext { break }
            }
            // A further clause that names its law before the verb ("EXHIBIT B ... The laws of the State of Illinois govern
            // this Security Agreement"), after a clause that chose one.
            if context === Self.lawContext, !places.isEmpty {
                let further = (Self.lawGoverns.matches(in: text) + Self.lawGovernsByWord.matches(in: text) + Self.lawControls.matches(in: text))
                    .sorted { $0.range.location < $1.range.location }
                for match in further where match.range.location >= min(usedUntil, sentenceEnd) {
                    let window = NSRange(location: match.range.location, length: min(360, text.length - match.range.location))
                    // Only a known place, perhaps after a name that is none: "Governing Law of Local Agreements: the laws of
                    // England shall govern".
                    guard var found = place(in: window, within: 160) else { continue }
                    if !found.places.allSatisfy({ Jurisdictions.country(of: $0) != nil }) {
                        let rest = NSRange(location: found.end, length: max(0, window.location + window.length - found.end))
                        guard rest.length > 0, let next = place(in: rest, within: 60), next.places.allSatisfy({ Jurisdictions.country(of: $0) != nil }) else { continue }
                        found = next
                    }
                    add(found, chosenBy: match)
                }
            }
            // A country named beside a place in it ("the Commonwealth of Australia and the State of New South
            // Wales") is that place's law.
            if let inner = places.firstIndex(where: { country in places.contains { Jurisdictions.isWithin($0, country: country) } }) {
                places.remove(at: inner)
                evidence.remove(at: inner)
            }
            guard !places.isEmpty else { continue }
            // The agreement's own choice first ("This Agreement shall be governed by the laws of the State of
            // Texas"), before the laws a franchise's state addenda or a clause about something else name
            // ("franchisees governed by Minnesota law"); three at most.
            let own = evidence.map { Self.choiceForThisDocument.matches($0.quote) }
            let order = places.indices.sorted { (own[$0] ? 0 : 1, $0) < (own[$1] ? 0 : 1, $1) }.prefix(3)
            places = order.map { places[$0] }
            evidence = order.map { evidence[$0] }
            // One country for several places when they share it ("Delaware; Illinois"), else none.
            let countries = Set(places.map { Jurisdictions.country(of: $0) })
            return GoverningLaw(
                jurisdiction: places.joined(separator: "; "), country: countries.count == 1 ? countries.first! : nil,
                // One quote of a sentence that names two places: the longer, when the first place's quote stops short of the
                // second ("... except that ... shall be determined under the laws of" and "... under the laws of Japan.").
                evidence: Array(Self.withoutShorterQuotes(evidence).prefix(2)))
        }
        // A clause in lower case ("governed by the laws of the state of new york"), whose place no capital
        // marks: a known place's name right after "laws of".
        if let match = Self.knownPlaceLaw.firstMatch(in: text), !describesIncorporation(before: match.range.location) {
            let named = [1, 2].compactMap { group -> String? in
                guard match.range(at: group).location != NSNotFound else { return nil }
                let written = text.substring(match.range(at: group)).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
                return Jurisdictions.knownNames[written].map { Jurisdictions.canonical(Jurisdictions.withCountry($0)) }
            }
            // Each once, and not the country of the other ("new york and the united states").
            let places = named.reduce(into: [String]()) { places, place in if !Jurisdictions.repeats(place, of: places) { places.append(place) } }
                .filter { country in !named.contains { Jurisdictions.isWithin($0, country: country) } }
            if let first = places.first {
                let countries = Set(places.map { Jurisdictions.country(of: $0) })
                return GoverningLaw(
                    jurisdiction: places.joined(separator: "; "), country: countries.count == 1 ? Jurisdictions.country(of: first) : nil,
                    evidence: [quoted.quote(of: text.sentenceRange(around: match.range))])
            }
        }
        return GoverningLaw()
    }

    /// `quotes` without those another quote holds whole (or repeats, after its first).
    static func withoutShorterQuotes(_ quotes: [Evidence]) -> [Evidence] {
        quotes.enumerated().filter { index, quote in
            let core = quote.quote.trimmingCharacters(in: CharacterSet(charactersIn: "…"))
            return !quotes.enumerated().contains { other, longer in
                other != index && (longer.quote.count > quote.quote.count || (longer.quote == quote.quote && other < index)) && longer.quote.contains(core)
            }
        }.map(\.element)
    }

    /// Whether a clause's words are a verb's ("governed by", "construed in accordance with"), not a heading's
    /// ("Governing Law", "Choice of Law").
    static func isLawVerb(_ words: String) -> Bool {
        let lower = words.lowercased()
        return ["governed", "construed", "interpreted", "enforced"].contains { lower.hasPrefix($0) }
    }

    /// How far from the start of a `lawContext` match its place may start (nil: nowhere). A verb's ("governed
    /// by", "construed in accordance with") place is in its own sentence: "Each order is governed by the
    /// Statement of Work. Supplier shall comply with the laws of Canada." chose no law. A heading's ("Governing
    /// Law.", "CHOICE OF LAW\n") may be in a later sentence ("27.1 Choice of Law. This Agreement takes effect
    /// when we sign it. This Agreement will be construed under the laws of Texas"); a mention of one ("Section
    /// 14 (Governing Law)", "\"Governing Law\" means", "the governing law of this Agreement shall be") names its
    /// place in its own sentence; a line of a table of contents ("14. Governing Law ........ 19") names none.
    private func reachOfLawWords(_ clause: NSRange, within: Int) -> Int? {
        let words = text.substring(clause)
        let end = clause.location + clause.length
        let ownSentence = { (self.sentenceEnd(from: end, limit: clause.location + within) ?? clause.location + within) - clause.location }
        if Self.isLawVerb(words) { return ownSentence() }
        let after = text.substring(NSRange(location: end, length: min(80, text.length - end)))
        if Self.contentsLine.matches(after) || Self.lawWordsAsRule.matches(after) { return nil }
        let beforeStart = max(0, clause.location - 6)
        let before = text.substring(NSRange(location: beforeStart, length: clause.location - beforeStart)).lowercased()
        let mention = ["(", "\"", "“", "'", "‘"].contains { before.hasSuffix($0) } || before.hasSuffix("the ")
            || after.first.map { ")\"”'’".contains($0) } == true
        if mention { return ownSentence() }
        return within
    }

    /// Where a heading's section first chooses a law, when a sentence before it in the section names a law but chooses none
    /// ("Governing Law. Each party shall comply with the laws of the State of California. This Agreement shall be governed by
    /// the laws of the State of Delaware."): the start of the first sentence, from `start` and starting before `limit`, that
    /// names a law and chooses it. Nil when the first sentence that names a law chooses it, or none does.
    private func laterChoice(from start: Int, before limit: Int) -> Int? {
        var sentence = NSRange(location: start, length: 0)
        var passed = false
        while true {
            let next = sentence.location + sentence.length
            guard next < min(limit, text.length - 1) else { return nil }
            let following = text.sentenceRange(around: NSRange(location: next + 1, length: 1))
            guard following.location + following.length > next else { return nil }
            sentence = following
            let words = text.substring(sentence)
            guard Self.namesLaw.matches(words) else { continue }
            if Self.choosesLaw.matches(words) { return passed ? sentence.location : nil }
            passed = true
        }
    }
    /// "laws of", "law of", "Swiss law": a sentence that names a law.
    private static let namesLaw = StringRegex("\\blaws?\\b", caseInsensitive: true)
    /// The verbs of a sentence that chooses a law ("shall be governed by", "construed in accordance with", "shall apply",
    /// "is subject to", "The applicable law is that of France"), which a sentence about complying with laws lacks ("comply with
    /// all applicable laws of the State of California").
    private static let choosesLaw = StringRegex(
        "\\b(?:govern(?:s|ed)?|constru(?:e|ed|ction)|interpret(?:ed|ation)|(?:shall|will|does)\\s+(?:apply|control)|applies|subject\\s+to|determined|decided|resolved|regulated|ruled|enforced|made\\s+under)\\b"
            + "|\\b(?:applicable|governing|proper)\\s+laws?\\b[^.;]{0,40}\\b(?:is|are|shall\\s+be|will\\s+be)\\b", caseInsensitive: true)

    /// A clause about the document it stands in: "This Agreement", "these Terms", "this Lease".
    private static let choiceForThisDocument = StringRegex(
        "\\bth(?:is|ese)\\s+(?:\\w+\\s+){0,3}?(?:agreements?|contracts?|lease|licen[cs]e|terms|deed|guarant\\w*|amendment|addendum|instrument|note|memorandum)\\b",
        caseInsensitive: true)

    /// Words after "choice of law" or "governing law" that make them a mention of a kind of rule, naming no
    /// law: "without regard to its choice of law principles", "any governing law provision".
    private static let lawWordsAsRule = StringRegex("^\\s+(?:provisions?|principles|rules|clauses?|doctrines?|analysis)\\b", caseInsensitive: true)

    /// The rest of a line of a table of contents: leader dots, or spaces and a page number at the line's end.
    private static let contentsLine = StringRegex("^(?:\\s*\\.\\s*){3,}|^[ \\t]{2,}\\d{1,3}[ \\t]*(?:\\n|$)")

    /// Where the sentence that goes on at `location` ends, if before `limit`: a full stop, question or
    /// exclamation mark before a space and a capital, a figure or an opening quote, after a closing bracket or
    /// quote or a figure ("("Distributor"). 1.", "Section 9. "Sanctions""), or after a word that is neither one
    /// of `PagedText`'s abbreviations and initials ("Inc.", "U.S.", "J. Smith") nor part of a citation ("Sec.
    /// 5-1401 of the N.Y. Gen. Oblig. Law"); an exhibit's letter ends one ("Exhibit C. Supplier shall").
    private func sentenceEnd(from location: Int, limit: Int) -> Int? {
        let units = text.utf16
        let limit = min(units.count - 2, limit)
        var index = location
        while index < limit {
            defer { index += 1 }
            guard units[index] == 0x2E || units[index] == 0x21 || units[index] == 0x3F, index > 0 else { continue }
            var next = index + 1
            while next < units.count, units[next] == 0x20 || units[next] == 0x0A || units[next] == 0x0D || units[next] == 0x09 { next += 1 }
            guard next > index + 1, next < units.count else { continue }
            let after = units[next]
            guard (0x41...0x5A).contains(after) || (0x30...0x39).contains(after) || after == 0x22 || after == 0x201C || after == 0x28 else { continue }
            let previous = units[index - 1]
            if previous == 0x29 || previous == 0x22 || previous == 0x201D || previous == 0x27 || previous == 0x2019 || (0x30...0x39).contains(previous) {
                return index
            }
            var start = index
            while start > 0, (0x41...0x5A).contains(units[start - 1]) || (0x61...0x7A).contains(units[start - 1]) { start -= 1 }
            // No word (a leader's "...."), or the last letters of an initialism ("N.Y.").
            guard index > start, start == 0 || units[start - 1] != 0x2E else { continue }
            if index - start == 1 {
                let lead = text.substring(NSRange(location: max(0, start - 12), length: start - max(0, start - 12))).lowercased()
                if Self.annexBeforeLetter.contains(where: { lead.hasSuffix($0 + " ") }) { return index }
            }
            let word = String(decoding: units[start..<index], as: UTF16.self).lowercased()
            if text.isAbbreviation(endingAt: index) || Self.citationAbbreviations.contains(word) { continue }
            return index
        }
        return nil
    }

    private static let annexBeforeLetter = ["exhibit", "schedule", "annex", "appendix", "attachment", "section", "article"]
    /// Abbreviations of statutes' and courts' citations, beside `PagedText`'s general ones.
    private static let citationAbbreviations: Set<String> = [
        "cf", "nr", "pp", "ch", "sect", "cal", "del", "mass", "penn", "gen", "oblig", "stat", "stats", "ann", "rev", "civ", "proc",
        "bus", "prof", "comp", "cons", "supp", "app", "div", "est",
    ]

    /// "governed by the laws of the state of new york", in any case: group 1 a place of `Jurisdictions.knownNames`; group 2
    /// a second one joined to it ("... of the state of california and the laws of the people's republic of china").
    private static let knownPlaceLaw: TextPattern = {
        let names = "(" + Jurisdictions.knownNames.keys.sorted { ($0.count, $0) > ($1.count, $1) }
            .map { NSRegularExpression.escapedPattern(for: $0).replacingOccurrences(of: " ", with: "\\s+") }.joined(separator: "|") + ")\\b"
        let place = "(?:the\\s+)?(?:(?:state|commonwealth|province)\\s+of\\s+)?"
        return regex(
            "\\bgoverned\\s+by\\s+(?:and\\s+construed\\s+in\\s+accordance\\s+with\\s+)?the\\s+laws?\\s+of\\s+" + place + names
                + "(?:,?\\s+(?:and|or)\\s+(?:(?:the\\s+)?laws?\\s+of\\s+)?" + place + names + ")?",
            anchors: ["governed"], maximumLength: 300)
    }()

    /// "laws of" (or Québec's "Civil Code of") and the capitalised words after it (group 1), a scan's "1" or "0" for a
    /// letter inside a word kept ("F1orida", "Commonwea1th": `Jurisdictions.respelled` reads them). A law named before
    /// the verb, "that of" after it: "The applicable law is that of Switzerland", "shall be that of the Republic of Singapore".
    private static let lawOf = regex(
        "(?<![A-Za-z]-)\\b(?i:laws?|civil\\s+code|(?<=\\b(?:is|be|are)\\s)(?:that|those)(?=\\s+of\\b))\\s+(?:(?i:and|or)\\s+(?:the\\s+(?!laws?\\b))?[a-z]+\\s+)?(?i:of|(?:in\\s+force|in\\s+effect|applicable|prevailing)\\s+in)(?:,(?=\\s))?\\s*(?i:both\\s+)?(?i:the\\s*)?(?i:mainland\\s+)?((?:(?i:state|province|commonwealth|republic)\\b|[\\[_]*\\p{Lu}(?:[\\p{L}'’.\\-]|(?<=\\p{L})[01](?=\\p{Ll}))*(?:(?<=\\p{Ll}-)\\s\\p{Ll}+)?[\\]_]*|of|and|the)(?:(?:\\s+|,\\s*|(?<=\\bof))(?:(?i:state|province|commonwealth|republic)\\b|[\\[_]*\\p{Lu}(?:[\\p{L}'’.\\-]|(?<=\\p{L})[01](?=\\p{Ll}))*(?:(?<=\\p{Ll}-)\\s\\p{Ll}+)?[\\]_]*|of|and|the)){0,12})",
        caseInsensitive: false, anchors: ["law", "code", "that", "those"], maximumLength: 200)
    /// "in accordance with Ohio law", "governed by New York State law", "the governing law ... shall be Delaware law",
    /// "governed by New York and Delaware law" (group 2 the second place).
    private static let placeLaw = regex(
        "\\b(?:with|under|by|of|to|be),?\\s+(?:the\\s+)?([A-Z][A-Za-z]+(?:\\s+[A-Z][A-Za-z]+){0,2})(?:\\s+and\\s+([A-Z][A-Za-z]+(?:\\s+[A-Z][A-Za-z]+){0,2}))?\\s+(?i:law|laws)\\b",
        caseInsensitive: false, anchors: ["law"], maximumLength: 90)
    /// "accepted ... in the State of Nevada and governed by the laws thereof"
    private static let statePlace = regex(
        "\\b(?i:state|province|commonwealth)\\s+of\\s+([A-Z][A-Za-z]+(?:\\s+[A-Z][A-Za-z]+)?)", caseInsensitive: false,
        anchors: ["state", "province", "commonwealth"], maximumLength: 60)
    /// "Swiss law", "governed by Scots law": the adjectives of `Jurisdictions.adjectives`, longest first; "Swiss and
    /// German law" (group 2 the second); "Swiss substantive law", "Mexican federal law", "English common law".
    private static let adjectiveLaw: TextPattern = {
        let adjective = "(" + Jurisdictions.adjectives.keys.sorted { ($0.count, $0) > ($1.count, $1) }.joined(separator: "|") + ")"
        return regex("\\b" + adjective + "(?:\\s+(?i:and|or)\\s+" + adjective + ")?\\s+(?i:(?:substantive|federal|civil|domestic|national|internal|common)\\s+)?(?i:law|laws)\\b", caseInsensitive: false, maximumLength: 70)
    }()
    /// What precedes a party's place of incorporation ("a corporation organized and existing under the
    /// laws of the State of Oregon", "an exempted company incorporated with limited liability under the laws of the
    /// Cayman Islands", "organized as a limited liability company under the laws of"), which is no choice of law.
    private static let incorporated = regex(
        "\\b(organi[sz]ed|incorporated|existing|formed|registered|chartered)(\\s+and\\s+(in\\s+good\\s+standing|validly\\s+existing|existing))?(\\s+(with\\s+limited\\s+liability|as\\s+an?(\\s+[a-z]+){1,4}?))?(\\s+(under|in|pursuant to))?(\\s+the)?(\\s+laws?\\s+of)?(\\s+the)?\\s*$")
    /// A heading that names the place alone: "Governing Law. Pennsylvania.", "GOVERNING LAW: THE STATE OF TEXAS",
    /// "Governing law of the Distribution Agreement: Florida", "The governing law of this Agreement is Ohio.", a
    /// form's "Governing Law: ______Texas______" and "Governing law (State):   Texas",
    /// a table's "Governing Law        Delaware", "Item 9  Governing law  Victoria", "Governing Law | State of Texas", "Law and
    /// jurisdiction: Ireland", and a label over its value ("Governing law" over "Delaware").
    private static let headingPlace = regex(
        "^(?:governing\\s+law(?:\\s+and\\s+jurisdiction)?|choice\\s+of\\s+law|applicable\\s+law|law\\s+and\\s+jurisdiction)(?:\\s+(?:of|for)\\s+(?:the|this)\\s+[a-z]+(?:\\s+[a-z]+){0,3})?(?:\\s*\\((?:state|country|jurisdiction)\\))?(?:\\s*[.:\\-–—|]+\\s*|[ \\t]{2,}|\\t|[ \\t]*\\n[ \\t]*|\\s+(?:is|shall\\s+be|will\\s+be)\\s+)_*(?:the\\s+)?(?:(?:state|commonwealth|province)\\s+of\\s+)?_*([a-z]+(?:[ \\t]+[a-z]+){0,5})_*[ \\t]*(?:[.;,\\n]|$)",
        maximumLength: 100)
    /// A parenthetical inside a choice of law: "(without regard to its conflicts of law rules)".
    private static let parenthetical = StringRegex("\\s*\\([^()]{0,160}\\)")
    /// A place and what joins it to a second chosen law in the same sentence: "the State of California
    /// and the [laws of Hong Kong]".
    /// A second state right after the first place (within 40 units, no punctuation between but a parenthetical): "... of
    /// the State of Delaware and the State of Illinois", "... of the State of Illinois or the State of Indiana", "... of
    /// Israel and/or the State of New York", "... of the State of Oregon (USA) and the Kingdom of Sweden".
    private static let alsoState = regex(
        "\\s+(?:and/or|and|or)\\s+(?:of\\s+)?the\\s+((?i:state|commonwealth|province|kingdom|republic|federal\\s+republic|grand\\s+duchy|principality)\\s+of\\s+[A-Z][A-Za-z]+(?:\\s+[A-Z][A-Za-z]+){0,2})",
        caseInsensitive: false, maximumLength: 120)
    /// The next item of a list of laws, after a place: "the United States; and (b) in all other respects, the [laws of New York]".
    private static let listedLaw = regex(
        "^[^.;]{1,40}?;\\s*(?:and|or)?\\s*\\((?:[ivx]+|\\d+|[a-z])\\)\\s+[^.;()]{0,100}?,?\\s+(?:by\\s+)?(the\\s+)?$", maximumLength: 200)
    /// Or a law for what the first does not cover: "the Netherlands, and, to the extent that Dutch law does
    /// not apply, by the [laws of Belgium]", "New Jersey and, where applicable, the [laws of the State of New York]".
    /// Or a law for another part: "the State of Texas, and its performance by the [laws of the State of
    /// Oklahoma]", "Delaware law, and, as to the Escrow, by [New York law]". Or a law that may apply instead: "the State
    /// of California, or the [laws of Ontario]", "New York or, at the option of Licensor, the [laws of ...]".
    private static let joinedLaw = regex(
        "^[^.;]{1,80}?,?\\s+(and|or|as well as)\\s+(?:\\((?:[ivx]+|\\d+|[a-z])\\)\\s+)?(?:by\\s+)?(the\\s+)?$"
            + "|^[^.;]{1,40}?,?\\s+\\(?(?:and|or),?\\s+(?:at\\s+the\\s+(?:option|election|choice)\\s+of|to\\s+the\\s+extent|where|if|when|insofar\\s+as|as\\s+to|with\\s+respect\\s+to|in\\s+respect\\s+of|in\\s+relation\\s+to|for|in\\s+the\\s+case\\s+of|regarding|concerning|as\\s+regards|with\\s+regard\\s+to)\\b[^.;]{1,100},\\s+(?:by\\s+)?(the\\s+)?$"
            + "|^[^.;]{1,40}?,?\\s+and\\s+(?:its|their)\\s+(?:performance|validity|interpretation|construction|enforcement)\\b[^.;]{0,60}?\\s+by\\s+(the\\s+)?$"
            // "the State of New York, except that questions of the validity of the Licensed Patents shall be determined
            // under the [laws of Japan]", and after a semicolon: "Delaware; provided that ... shall be determined under the [laws of ...]"
            + "|^[^.;]{1,40}?[,;]?\\s+(?:except|save|provided)\\b[^.;]{1,160}?\\s+(?:(?:governed|determined|construed|interpreted|decided)\\s+(?:exclusively\\s+)?(?:by|under|in\\s+accordance\\s+with|according\\s+to|pursuant\\s+to)|(?:is|are|shall\\s+be|will\\s+be)\\s+subject\\s+to)\\s+(the\\s+)?$"
            // "Hong Kong, and disputes relating to the PRC Subsidiary by the [laws of the PRC]"
            + "|^[^.;]{1,40}?,?\\s+and\\s+(?:disputes|claims|matters|questions|issues)\\b[^.;]{1,80}?\\s+by\\s+(the\\s+)?$"
            // "the State of Minnesota and the Ancillary Agreements by the [laws of the State of Nevada]"
            // "Swiss law, the Escrow Agreement by [New York law]"
            + "|^[^.;,]{1,40}?(?:,?\\s+and|,)\\s+(?:the|each|any|all)\\s+(?:[A-Z][A-Za-z]+\\s+){1,4}(?:(?:shall|will)\\s+be\\s+(?:governed|construed)\\s+)?by\\s+(the\\s+)?$")
    /// "the (substantive) laws of ..." up to the verb that follows, initials' full stops within ("the State of Georgia, U.S.A."): the lead of
    /// `lawGoverns` and `lawGovernsByWord`.
    private static let lawsOfBeforeVerb = "\\b(?:(?i:the\\s+(?:(?:substantive|internal|domestic)\\s+)?laws?)|Laws?)\\s+(?i:of|in\\s+force\\s+in)\\s+(?:[^.;]|(?<=\\b\\p{Lu})\\.){1,160}?"
    /// The law named before the verb: "New York law governs this Agreement", "Swiss substantive law shall apply to this
    /// Agreement", "California law, without regard to conflict of law principles, shall govern", "the (substantive) laws of
    /// the State of California govern", "the laws of Switzerland shall apply to this Agreement", "This Agreement
    /// is subject to Ohio law" (or "to Swiss and German law", or "to the laws of Texas"), "Delaware law shall be the
    /// governing law of this Agreement", "The Security Agreement is subject to the laws of ...". See also `lawGovernsByWord`.
    private static let lawGoverns = regex(
        "(?:\\b(?:[A-Z][A-Za-z]+\\s+){1,3}(?i:laws?)(?:,[^.;,]{1,80},|\\s*\\([^().;]{1,80}\\))?|" + lawsOfBeforeVerb + ")\\s+(?i:(?:shall\\s+|will\\s+|does\\s+|is\\s+to\\s+)?(?:governs?\\b|(?:apply|applies)\\s+to\\s+(?:this|the)\\s+(?:agreement|contract|lease)\\b|be\\s+the\\s+governing\\s+law\\b"
            // "The law of the State of New Jersey shall apply to all disputes under this Agreement".
            + "|(?:apply|applies)\\s+to\\s+(?:all\\s+|any\\s+)?(?:disputes|claims|matters)\\s+(?:under|arising\\s+(?:under|out\\s+of|from)|relating\\s+to|in\\s+connection\\s+with)\\s+(?:this|the)\\s+(?:agreement|contract|lease)\\b))"
            + "|\\b(?i:subject\\s+to)\\s+(?:the\\s+)?(?:[A-Z][A-Za-z]+\\s+(?:(?:and|or)\\s+)?){1,3}(?i:laws?)\\b"
            // A place's law that "shall apply", with no more words: "..., and Arizona law shall apply."
            + "|\\b(?:[A-Z][A-Za-z]+\\s+){1,3}(?i:(?:substantive|internal|domestic)\\s+)?(?i:law)\\s+(?i:shall|will)\\s+(?i:apply)\\b"
            // A document made subject to a law: "The Security Agreement is subject to the laws of the State of Texas".
            + "|\\b(?i:agreement|lease|guarant(?:y|ee)|deed|note|addendum|amendment|sub-?licen[cs]e|exhibit|schedule)\\s+(?i:is|shall\\s+be|will\\s+be)\\s+(?i:subject\\s+to\\s+the\\s+laws?\\s+of)\\b",
        caseInsensitive: false, maximumLength: 240)
    /// More of `lawGoverns`'s kind, each found through a word of its own (an alternative in `lawGoverns`, which has no
    /// anchor, costs a search of the whole text: these three doubled its time): "the laws of the State of Minnesota apply."
    /// or "Florida law applies." with no more words, "Each Purchase Order is subject to the laws of ...", "The law
    /// applicable to the Escrow shall be the law of ...", "The law governing this Agreement shall be that of ...".
    private static let lawGovernsByWord = regex(
        lawsOfBeforeVerb + "\\s+(?i:(?:shall\\s+|will\\s+)?(?:apply|applies))(?=\\s*[.;])"
            // A place's law that applies, with no more words: "Florida law applies.", "Swiss law is applicable.".
            + "|\\b(?:[A-Z][A-Za-z]+\\s+){1,3}(?i:(?:substantive|internal|domestic)\\s+)?(?i:law)\\s+(?i:applies|(?:is|shall\\s+be|will\\s+be)\\s+applicable)(?=\\s*[.;])"
            + "|\\b(?i:order)\\s+(?i:is|shall\\s+be|will\\s+be)\\s+(?i:subject\\s+to\\s+the\\s+laws?\\s+of)\\b"
            + "|\\b(?i:the\\s+laws?\\s+applicable\\s+to\\s+(?:the|this|each|any)\\s+[a-z]+(?:\\s+[a-z]+){0,3}\\s+(?:shall|will)\\s+be\\s+the\\s+laws?\\s+of)\\b"
            // "The law governing this Agreement shall be that of the State of Washington", "The applicable law is that of Switzerland".
            + "|\\b(?i:the\\s+(?:(?:applicable|governing)\\s+)?laws?\\s+(?:(?:governing|applicable\\s+to)\\s+(?:this|the)\\s+[a-z]+(?:\\s+[a-z]+){0,2}\\s+)?(?:shall\\s+be|will\\s+be|is|are)\\s+(?:that|those)\\s+of)\\b",
        caseInsensitive: false, anchors: ["apply", "applies", "order", "applicable", "governing"], maximumLength: 240)
    /// "The laws of the State of New York will control the interpretation of this Agreement": found through "will control"
    /// and "shall control" (through "control" alone, which every change-of-control clause holds, it cost as much as
    /// `lawGovernsByWord` whole). Likewise a law that "shall be applied to this Agreement", "shall prevail in the
    /// interpretation of this Agreement", "shall be controlling." or "will be used to interpret this Agreement".
    private static let lawControls = regex(
        "(?:\\b(?:[A-Z][A-Za-z]+\\s+){1,3}(?i:laws?)|" + lawsOfBeforeVerb + ")\\s+(?i:(?:shall|will)\\s+control\\b"
            + "|(?:shall|will|are\\s+to|is\\s+to)\\s+be\\s+applied\\s+(?:to|in)\\s+(?:this|the)\\s+(?:agreement|contract|interpretation|construction)\\b"
            + "|(?:shall|will)\\s+prevail\\s+in\\s+the\\s+(?:interpretation|construction)\\b"
            + "|(?:shall|will)\\s+be\\s+controlling(?=\\s*[.;])"
            + "|(?:shall|will)\\s+be\\s+used\\s+to\\s+(?:interpret|construe)\\b)",
        caseInsensitive: false, anchors: ["will control", "shall control", "be applied", "prevail in", "be controlling", "be used to"],
        maximumLength: 240)
    /// A place named before "law" at a clause's start: "New York law governs", "subject to Ohio law".
    private static let leadingPlaceLaw = regex(
        "^(?:(?i:subject\\s+to)\\s+)?(?:(?i:the)\\s+)?([A-Z][A-Za-z]+(?:\\s+[A-Z][A-Za-z]+)?)\\s+(?i:laws?)\\b", caseInsensitive: false, maximumLength: 80)
    /// A contract said to be a place's (group 1): "This Agreement is a Delaware contract", "shall be construed as a Minnesota
    /// contract", "shall be deemed to be a New York contract".
    private static let placeContract = regex(
        "\\b(?:is|be|as)\\s+(?:(?:intended|deemed|treated)\\s+(?:to\\s+be|as)\\s+)?an?\\s+([A-Z][A-Za-z]+(?:\\s+[A-Z][A-Za-z]+)?)\\s+contract\\b",
        caseInsensitive: false, anchors: ["contract"], maximumLength: 80)
    /// Weaker phrasings: "under the laws of", "determined by the law of", an arbitrator who "shall apply the substantive law of",
    /// "regulated by" / "ruled by" / "submitted to" the laws of (contracts translated into English), "made under
    /// Queensland law".
    private static let weakLawContext = regex(
        "\\b(under|pursuant to|in accordance with|subject to|according to)\\s+the\\s+(?:provisions?\\s+of\\s+the\\s+)?(?:(?:substantive|internal)\\s+)?laws?\\s+(?:of|in\\s+force\\s+in)\\b|\\b(?:shall|will|must)\\s+apply\\s+the\\s+(?:(?:substantive|internal)\\s+)?laws?\\s+of\\b"
            + "|\\b(?:regulated|ruled)\\s+by\\s+the\\s+laws?\\s+of\\b|\\bsubmitted\\s+to\\s+the\\s+laws?\\s+of\\b"
            // "subject to the jurisdiction and laws of the State of Ohio"
            + "|\\bjurisdiction\\s+and\\s+(?:the\\s+)?laws?\\s+of\\b"
            // "All questions concerning the construction, validity and interpretation of this Agreement will be determined by the law of"
            + "|\\b(?:determined|decided|interpreted)\\s+by\\s+the\\s+(?:(?:substantive|internal)\\s+)?laws?\\s+of\\b"
            // "subject to the application of the Italian Law"
            + "|\\bsubject\\s+to\\s+the\\s+application\\s+of\\s+the\\b"
            // A contract translated from Chinese: "matters not covered ... shall be handled in accordance with
            // relevant laws and regulations of the People's Republic of China"
            + "|\\b(?:handled|settled|resolved|dealt\\s+with)\\s+in\\s+accordance\\s+with\\s+(?:the\\s+)?(?:relevant\\s+)?laws?(?:\\s+and\\s+regulations)?\\s+of\\b"
            // "This agreement is made under Queensland law"
            + "|\\b(?:made|entered\\s+into)\\s+under\\s+(?-i:[A-Z][A-Za-z]+\\s+){1,3}law\\b")
    /// An arbitrator's law, the weakest phrasing: "the arbitrator shall follow the law of", "shall be bound by the laws of", "The
    /// decision of the arbitrators shall be based on the laws of", "The arbitral tribunal shall apply English law". Found
    /// through its verbs (in `weakLawContext`, which has no anchor, it cost half as much again as that pattern).
    private static let arbitratorsLaw = regex(
        "\\b(?:shall|will|must)\\s+(?:follow|be\\s+bound\\s+by)\\s+the\\s+(?:(?:substantive|internal)\\s+)?laws?\\s+of\\b"
            + "|\\bbased\\s+(?:up)?on\\s+the\\s+(?:(?:substantive|internal)\\s+)?laws?\\s+of\\b"
            + "|\\b(?:shall|will|must)\\s+apply\\s+(?:the\\s+)?(?-i:[A-Z][a-z]+)\\s+(?:(?:substantive|internal)\\s+)?law\\b",
        anchors: ["follow", "bound by", "based on", "based upon", "apply"], maximumLength: 80)

    /// Words of `notPlace` that end a document's name ("the Distribution Agreement").
    private static let documentWords: Set<String> = ["agreement", "company", "parties", "party", "seller", "buyer", "licensor", "licensee"]

    /// Words that end a place name in text where capitals cannot be trusted (headings and clauses in
    /// capitals), and defined terms that are not places.
    private static let notPlace: Set<String> = [
        "or", "other", "than", "as", "in", "to", "for", "by", "with", "without", "which", "that", "applicable", "shall", "will",
        "is", "are", "governing", "excluding", "regardless", "including", "except", "hereunder", "thereof", "any", "such",
        "territory", "agreement", "company", "parties", "party", "seller", "buyer", "licensor", "licensee", "this", "each",
        "jurisdiction", "country", "state", "province", "the",
    ]

    /// Whether a stretch of text holds a word one of the place patterns needs: "law", or "state",
    /// "province", "commonwealth".
    static func mayNamePlace(_ text: String) -> Bool {
        let lower = text.lowercased()
        return ["law", "state", "province", "commonwealth"].contains { lower.contains($0) }
    }

    /// A space after a word "of" run into a capitalised word: "State ofTexas" reads "State of Texas"; and before an "of" that
    /// "State", "Commonwealth" or "Province" ran into: "Stateof Delaware".
    static func separatingOf(_ text: String) -> String {
        let text = text.contains("of") || text.contains("OF") ? leadRunIntoOf.replacing(in: text, with: "$1 $2 ") : text
        let bytes = Array(text.utf8)
        guard bytes.count >= 3 else { return text }
        func isWord(_ byte: UInt8) -> Bool {
            byte >= 0x80 || byte == UInt8(ascii: "_") || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 4)
        var index = 0
        while index < bytes.count {
            if index + 2 < bytes.count, bytes[index] == UInt8(ascii: "o"), bytes[index + 1] == UInt8(ascii: "f"),
                (0x41...0x5A).contains(bytes[index + 2]), index == 0 || !isWord(bytes[index - 1])
            {
                result += [bytes[index], bytes[index + 1], 0x20]
                index += 2
                continue
            }
            result.append(bytes[index])
            index += 1
        }
        return result.count == bytes.count ? text : String(decoding: result, as: UTF8.self)
    }

    /// The place from the words after "laws of": up to a word that cannot be part of it; "and" only inside a
    /// known place's name, "England and Wales", "Trinidad and Tobago" (elsewhere it starts another law: "Nova
    /// Scotia and the laws of Canada").
    /// "U.S.A.": initials, whose full stops end no sentence.
    private static let initialism = StringRegex("^([A-Z]\\.)+$")
    /// A filing's confidentiality legend on a line of its own: "CONFIDENTIAL", "CONFIDENTIAL TREATMENT REQUESTED",
    /// "*** Confidential ***", "STRICTLY PRIVATE AND CONFIDENTIAL".
    private static let confidentialLegend = StringRegex(
        "^[*\\[(\\s]*(?:strictly\\s+)?(?:private\\s+(?:and|&)\\s+)?confidential(?:\\s+treatment(?:\\s+request(?:ed)?)?)?[*\\])\\s]*$", caseInsensitive: true)
    /// Whether a line (trimmed) is one a page break leaves: a filing stamp or a page number (`PagedText.isPageFurniture`),
    /// or a confidentiality legend.
    static func isPageFurniture(_ line: String) -> Bool {
        PagedText.isPageFurniture(line) || (line.count <= 48 && confidentialLegend.matches(line))
    }

    /// "the General Business Law of the State of": a statute named before a state.
    private static let lawsOfAtEnd = StringRegex("Laws?\\s+of\\s+(?:the\\s+)?$")

    private static let stateAndCity = StringRegex("\\bState\\s+and\\s+City\\s+of\\b", caseInsensitive: true)
    private static let specialRegion = StringRegex("^(?:Hong Kong|Macau|Macao)(?: Special Administrative Region| SAR)?$")
    /// Known places whose names hold "and", lower-cased: words, "and" and the next word that begin one of
    /// them are kept together.
    private static let joinedNames = Jurisdictions.forumPlaces.filter { $0.contains(" and ") }.map { $0.lowercased() }

    static func cleanPlace(_ captured: String) -> String? {
        // A table's next row run into the place ("Laws of England\nFees USD 10,000"): when the words are no known place,
        // the longest run of whole lines that is one ("State of New\nYork" runs on to its second line).
        let whole = placeFromWords(captured)
        guard captured.contains("\n") else { return whole }
        // A known place's own name, with its lead ("Province of Ontario"): "England and Wales\nTerm" (the next row's label run
        // into it) is none, though its first words name a country.
        // "Hong Kong\nSpecial Administrative Region" is one name a line wrapped.
        func namesPlace(_ name: String) -> Bool {
            let core = Jurisdictions.withoutLead(name).core
            return Jurisdictions.knownNames[core.lowercased()] != nil || Jurisdictions.countryName(core) != nil
                || Jurisdictions.formalNames[core] != nil || Self.specialRegion.matches(core)
        }
        /// The place of the longest run of whole lines that `accepts`.
        func head(_ accepts: (String) -> Bool) -> String? {
            captured.indices.filter { captured[$0] == "\n" }.reversed().lazy.compactMap { placeFromWords(String(captured[..<$0])) }.first(where: accepts)
        }
        if let whole, namesPlace(whole) { return whole }
        if let known = head(namesPlace) { return known }
        guard whole.map({ Jurisdictions.country(of: $0) == nil }) ?? true else { return whole }
        return head { Jurisdictions.country(of: $0) != nil } ?? whole
    }

    /// `cleanPlace` of words read as one run.
    private static func placeFromWords(_ captured: String) -> String? {
        // "State ofTexas", "Stateof Delaware": words a PDF's text layer ran together.
        var captured = Self.separatingOf(captured)
        // A form's filled-in blank ("the State of ______Texas______", "of [Texas]") names the place only when it
        // is a known one ("[Jurisdiction]" is a blank left as it was).
        let filledIn = captured.contains(where: { $0 == "_" || $0 == "[" || $0 == "]" })
        if filledIn { captured.removeAll(where: { $0 == "_" || $0 == "[" || $0 == "]" }) }
        // "Cali- fornia": a word a text layer broke at its hyphen and a space.
        if captured.contains("- ") { captured = Self.brokenWord.replacing(in: captured, with: "$1$2") }
        // "the State and City of New York": the state's law (a city has none of its own).
        captured = Self.stateAndCity.replacing(in: captured, with: "State of")
        var words: [String] = []
        let raw = captured.replacingOccurrences(of: ",", with: " , ").split(whereSeparator: \.isWhitespace).map(String.init)
        for (index, word) in raw.enumerated() {
            let lower = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".;:"))
            if lower == "and" {
                // "and" inside a place's name: "England and Wales", "Trinidad and Tobago".
                let next = index + 1 < raw.count ? raw[index + 1].trimmingCharacters(in: CharacterSet(charactersIn: ".,;:")) : ""
                let joined = (words.drop(while: { $0.lowercased() == "the" }) + [lower, next]).joined(separator: " ").lowercased()
                if !next.isEmpty, Self.joinedNames.contains(where: { $0.hasPrefix(joined) }) {
                    words.append(word)
                    continue
                }
                break
            }
            if (lower == "of" || lower == "the"), !words.isEmpty { words.append(word); continue }
            // "the state of Franchisee's principal place of business": a party's place, which the words do not name
            // ("the People's Republic of China", "the Lao People's Democratic Republic" are names).
            if Self.possessive.matches(word), !lower.hasPrefix("people") { return nil }
            if lower == "state" || lower == "province" || lower == "commonwealth" || lower == "republic" || (lower == "states" && words.isEmpty) {
                words.append(word)
                continue
            }
            // "the Territory of Guam": a territory's own name follows (the bare "Territory" is a defined term).
            if lower == "territory", words.isEmpty, index + 1 < raw.count, raw[index + 1].lowercased() == "of" {
                words.append(word)
                continue
            }
            // "the Northern Territory", "the Australian Capital Territory", "the Northwest Territories".
            if lower == "territory" || lower == "territories", !words.isEmpty,
                Jurisdictions.others[Jurisdictions.titled((words + [lower.capitalized]).joined(separator: " "))] != nil
            {
                words.append(word.hasSuffix(".") ? String(word.dropLast()) : word)
                if word.hasSuffix(".") { break }
                continue
            }
            if word != ",", notPlace.contains(lower) {
                // "the law of the Distribution Agreement": a document's name, no place.
                if Self.documentWords.contains(lower), Jurisdictions.country(of: words.joined(separator: " ")) == nil { return nil }
                break
            }
            // "the State of California, County of Santa Clara", "..., Santa Clara County": a county or city after the place's
            // comma is where its courts sit, no part of the law's place.
            if ["county", "city", "parish", "borough"].contains(lower), let comma = words.lastIndex(of: ",") {
                words.removeSubrange(comma...)
                break
            }
            // "United States Federal law": the law, not the place, is federal ("the Federal Republic of Germany" starts with it).
            if lower == "federal", !words.isEmpty { break }
            // Two sentences run together without a space: "the laws of India.Subject to ...".
            if let stop = Self.runTogetherStop.range(in: word) {
                words.append(Jurisdictions.separated(String(word[..<stop.lowerBound])))
                break
            }
            // A full stop ends the sentence, so the place ("New York. LANDLORD ..."), except in "U.S.A.".
            if word.hasSuffix("."), !initialism.matches(word) {
                words.append(Jurisdictions.separated(String(word.dropLast())))
                break
            }
            words.append(Jurisdictions.separated(word))
        }
        while let last = words.last, [",", "of", "the", "and"].contains(last.lowercased()) { words.removeLast() }
        if words.first?.lowercased() == "the" { words.removeFirst() }
        // "the State of Delaware" is Delaware (and "the States of New York and Delaware" New York, the second
        // read after "and"); "the province of Ontario" reads "Province of Ontario". "the Territory of Guam" is Guam, but a
        // territory must be a known place ("the Territory of the Licensee" is a defined term's).
        var mustBeKnown = filledIn
        // "the U.S. State of Delaware" is Delaware.
        if words.count > 3, Self.unitedStatesInitials.matches(words[0]), words[1].lowercased() == "state" { words.removeFirst() }
        if words.count > 2, ["state", "states", "commonwealth", "territory"].contains(words[0].lowercased()), words[1].lowercased() == "of" {
            mustBeKnown = mustBeKnown || words[0].lowercased() == "territory"
            words.removeFirst(2)
            if words.count > 1, words[0].lowercased() == "the" { words.removeFirst() }
        }
        if let first = words.first, ["province", "republic"].contains(first) { words[0] = first.capitalized }
        // "New York State" is New York.
        if words.count > 1, words.last?.lowercased() == "state", Jurisdictions.usStates.contains(Jurisdictions.titled(words.dropLast().joined(separator: " "))) {
            words.removeLast()
        }
        let place = words.joined(separator: " ").replacingOccurrences(of: " , ", with: ", ").trimmingCharacters(in: CharacterSet(charactersIn: " ,."))
        guard let first = place.first, first.isUppercase, !["State", "Province", "Commonwealth", "Republic"].contains(place) else { return nil }
        // "Washington, D.C." is the District of Columbia, not the state (its last full stop was trimmed above).
        if place.hasPrefix("Washington"), Jurisdictions.districtOfColumbia.matches(place + ".") { return "District of Columbia" }
        // Places are reported by their English names: "Québec" is Quebec; a postal code ("NY") by the state's, before titling
        // would make it a word ("Ny").
        let name = Jurisdictions.stateAbbreviations[place].flatMap { place.count == 2 ? $0 : nil }
            ?? Jurisdictions.titled(place.folding(options: .diacriticInsensitive, locale: nil))
        return !mustBeKnown || Jurisdictions.country(of: name) != nil ? name : nil
    }

    /// A word in the possessive: "Franchisee's", "Licensor’s".
    private static let possessive = StringRegex("\\p{L}['’]s$")
    /// "U.S." or "US" before "State of".
    private static let unitedStatesInitials = StringRegex("^U\\.?S\\.?$")

    /// A full stop between a word and a capitalised one with no space: "India.Subject" (not initials, "U.S.A.").
    private static let runTogetherStop = StringRegex("(?<=\\p{Ll}{2})\\.(?=\\p{Lu}\\p{Ll})")

    /// A lower-case word broken at a hyphen and a space: "Cali- fornia".
    private static let brokenWord = StringRegex("(\\p{Ll})- (\\p{Ll})")
    /// "State", "Commonwealth" or "Province" run into the "of" after it: "Stateof Delaware", "COMMONWEALTHOF MASSACHUSETTS".
    private static let leadRunIntoOf = StringRegex("\\b(State|Commonwealth|Province|STATE|COMMONWEALTH|PROVINCE)(of|OF)(?=\\s|\\p{Lu})")

    /// A clause that points back at a place: "governed by its laws", "the laws thereof", "the laws of such State".
    private static let lawsPointingBack = regex(
        "^[\\s,]*(?:its\\s+laws?|the\\s+laws?\\s+(?:thereof|of\\s+(?:said|such|that)\\s+(?:state|commonwealth|province|country|jurisdiction)))\\b",
        maximumLength: 80)

    /// The place a clause's words point back to, named earlier in the same sentence: "This Agreement shall
    /// be deemed made in the State of Kentucky and shall be governed by its laws" (the last "State of ..."
    /// before `clause` in its sentence, not a party's place of incorporation).
    private func placeNamedBefore(_ clause: NSRange) -> (places: [String], end: Int)? {
        let end = clause.location + clause.length
        let after = text.substring(NSRange(location: end, length: min(80, text.length - end)))
        let pointer = PagedText(after)
        guard let pointing = Self.lawsPointingBack.firstMatch(in: pointer) else { return nil }
        let leadStart = max(0, clause.location - 300)
        let sentence = Self.sentenceStart(text.substring(NSRange(location: leadStart, length: clause.location - leadStart)))
        let start = clause.location - sentence.utf16.count
        let before = Self.statePlace.matches(in: text, range: NSRange(location: start, length: clause.location - start))
        if let state = chosenState(among: before.reversed()) { return ([state.place], end) }
        // "performed in Harris County, Texas, and governed by the laws of said State": a city's or county's state.
        guard Self.namesStateKind.matches(pointer.substring(pointing.range)) else { return nil }
        for match in Self.cityState.matches(in: text, range: NSRange(location: start, length: clause.location - start)).reversed() {
            let name = text.substring(match.range(at: 1))
            if Jurisdictions.usStates.contains(name) || Jurisdictions.country(of: name).map({ $0 != name }) == true {
                return ([Jurisdictions.withCountry(name)], end)
            }
        }
        return nil
    }

    /// The place a clause describes and then names: "the laws of the state in which Team's stadium is located, namely
    /// Arizona", "the law of the place of the Seller's registered office, which is currently Ohio"; or the place of the
    /// contracts whose law it chooses ("the laws that apply to contracts ... performed entirely in Missouri"). A known
    /// place only.
    private func placeNamedAfterDescription(_ clause: NSRange) -> (places: [String], end: Int)? {
        let end = clause.location + clause.length
        let after = PagedText(text.substring(NSRange(location: end, length: min(260, text.length - end))))
        guard let named = Self.describedThenNamed.firstMatch(in: after) ?? Self.lawOfContractsIn.firstMatch(in: after),
            let place = Self.cleanPlace(after.substring(named.range(at: 1))), Jurisdictions.country(of: place) != nil
        else { return nil }
        return ([Jurisdictions.withCountry(place)], end + named.range.location + named.range.length)
    }

    /// "the laws of the state|jurisdiction|country|place ... , namely|i.e.|which is (currently)|being <Place>" in one sentence
    /// (group 1 the place's words).
    private static let describedThenNamed = regex(
        "^[\\s,]*(?:by\\s+|to\\s+)?(?:(?:the\\s+)?laws?\\s+(?:of|in\\s+force\\s+in)\\s+)?the\\s+(?:state|jurisdiction|country|province|place|location)\\b[^.;]{0,160}?"
            + "\\b(?:namely|i\\.e\\.|viz\\.|to\\s+wit|that\\s+is|being|which\\s+(?:is|shall\\s+be)(?:\\s+(?:currently|presently|now|at\\s+present))?)[,:]?\\s+"
            + "((?:the\\s+)?(?:(?:State|Commonwealth|Province)\\s+of\\s+)?\\p{Lu}[\\p{L}'’]+(?:\\s+\\p{Lu}[\\p{L}'’]+){0,3})",
        caseInsensitive: false, maximumLength: 300)

    /// "the laws that apply to contracts executed and performed entirely in Missouri", "the laws applicable to agreements
    /// made and to be performed in Ontario" (group 1 the place's words).
    private static let lawOfContractsIn = regex(
        "^[\\s,]*(?:by\\s+|to\\s+)?(?:the\\s+)?(?:(?:internal|substantive|domestic)\\s+)?laws?\\s+(?:(?:that|which)\\s+(?:apply|applies|are\\s+applicable)|applicable)\\s+to\\s+(?:contracts|agreements)\\b[^.;]{0,100}?"
            + "\\b(?:in|within)\\s+((?:the\\s+)?(?:(?:State|Commonwealth|Province)\\s+of\\s+)?\\p{Lu}[\\p{L}'’]+(?:\\s+\\p{Lu}[\\p{L}'’]+){0,3})",
        caseInsensitive: false, maximumLength: 260)

    /// A pointer (`lawsPointingBack`) to a state or province ("the laws of said State", "such Province"), not to a country.
    private static let namesStateKind = StringRegex("(?:state|commonwealth|province)$", caseInsensitive: true)
    /// A city or county and its state: "Harris County, Texas", "Toronto, Ontario" (group 1 the state).
    private static let cityState = regex(
        "\\b[A-Z][A-Za-z]+,\\s+([A-Z][A-Za-z]+(?:\\s+[A-Z][A-Za-z]+)?)\\b", caseInsensitive: false, maximumLength: 60)

    /// The first of `matches` (of `statePlace` in the text) that names a known place, neither a party's
    /// place of incorporation nor part of a statute's name ("the General Business Law of the State of New
    /// York"): the place with its country, and where the match ends.
    private func chosenState(among matches: some Sequence<TextMatch>) -> (place: String, end: Int)? {
        for match in matches {
            if describesIncorporation(before: match.range.location) { continue }
            let lead = text.substring(NSRange(location: max(0, match.range.location - 12), length: min(12, match.range.location)))
            if let law = Self.lawsOfAtEnd.range(in: lead),
                namesStatute(before: match.range.location - lead[law.lowerBound...].utf16.count)
            {
                continue
            }
            // "New  Jersey": a text layer's padding is one space.
            let name = text.substring(match.range(at: 1)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if Jurisdictions.country(of: name) != nil, let place = Self.cleanPlace(text.substring(match.range)) {
                return (Jurisdictions.withCountry(place), match.range.location + match.range.length)
            }
        }
        return nil
    }

    /// The place named by the first "laws of ..." (or "Swiss law") starting within `within` units of
    /// `window`'s start, and a second one the same sentence joins to it ("the laws of the State of
    /// California and the laws of Hong Kong").
    private func place(in window: NSRange, within: Int = 400) -> (places: [String], end: Int)? {
        // A page break inside the clause: the window read again without the filing stamp, page number
        // or line-end hyphen that interrupts it ("the laws of the\n\nSource: ACME CORP, 10-K,
        // 3/21/2019\n\nState of Delaware", "State of Cali-\nfornia").
        // The 60 units before the window go with it, so that a party's description ("organized under
        // the laws of") is still seen.
        if let cleaned = Self.withoutPageFurniture(text.substring(window)) {
            let leadStart = max(0, window.location - 60)
            let lead = text.substring(NSRange(location: leadStart, length: window.location - leadStart))
            let inner = KeyFactExtractor(text: PagedText(lead + cleaned))
            let innerWindow = NSRange(location: lead.utf16.count, length: cleaned.utf16.count)
            guard let found = inner.placeInText(window: innerWindow, within: min(within, innerWindow.length)) else { return nil }
            // Where the place ends in the window as written: past it by at most the furniture taken out (the
            // window's end would let the quote reach a later mention, "the courts located in London, England").
            let removed = window.length - cleaned.utf16.count
            return (found.places, min(window.location + window.length, window.location + found.end - lead.utf16.count + removed))
        }
        return placeInText(window: window, within: within)
    }

    /// Lines a page break leaves in a text layer: filing stamps ("Source: ACME CORP, 10-K, 3/21/2019"),
    /// page numbers ("12", "Page 3 of 9", "-15-"), a running title alone between blank lines inside a
    /// sentence (the words before it end mid-sentence, those after it go on in lower case: "the State\n\n
    /// Ashworth/Nantz Promotion Agreement\n\nof Georgia"); and words hyphenated at a line end. Nil when
    /// there are none.
    static func withoutPageFurniture(_ text: String) -> String? {
        guard text.contains("Source:") || text.contains("-\n") || text.contains(where: \.isNumber) || text.contains("\n\n") else { return nil }
        var changed = false
        var lines: [Substring] = []
        let all = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in all.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if isPageFurniture(trimmed) || isRunningTitle(at: index, in: all) || isLegendInBrokenSentence(at: index, in: all) {
                changed = true
                continue
            }
            // A legend or stamp run onto the end of the line the page broke in ("the laws of the State of [***] Confidential
            // Treatment Requested 14", "which requires the Source: ACME CORP, 10-K, 3/6/2020").
            if line.count > 20, case let written = String(line), let tail = trailingLegend.range(in: written) {
                lines.append(Substring(written[..<tail.lowerBound]))
                changed = true
                continue
            }
            // The page number run onto the line above a filing's stamp ("the State of 12" over "Source: ...").
            if line.last(where: { !$0.isWhitespace })?.isNumber == true, let next = all[(index + 1)...].first(where: { !$0.allSatisfy(\.isWhitespace) }),
                next.hasPrefix("Source:"), case let units = Array(line.utf16), let number = runOnPageNumber(units, before: units.count)
            {
                lines.append(Substring(String(decoding: units[..<number.lowerBound], as: UTF16.self)))
                changed = true
                continue
            }
            lines.append(line)
        }
        let joined = lines.joined(separator: "\n")
        let unhyphenated = joiningLineEndHyphens(joined)
        return changed || unhyphenated != joined ? unhyphenated : nil
    }

    /// Whether line `index` of `lines` is a short line alone between blank lines, after a line that ends
    /// without a sentence's end and before one that begins in lower case.
    private static func isRunningTitle(at index: Int, in lines: [Substring]) -> Bool {
        guard index >= 2, index + 2 < lines.count, lines[index - 1].allSatisfy(\.isWhitespace), lines[index + 1].allSatisfy(\.isWhitespace)
        else { return false }
        let line = lines[index].trimmingCharacters(in: .whitespaces)
        guard !line.isEmpty, line.count <= 100, let before = lines[index - 2].trimmingCharacters(in: .whitespaces).last,
            !".;:!?".contains(before), let after = lines[index + 2].trimmingCharacters(in: .whitespaces).first, after.isLowercase
        else { return false }
        return true
    }

    /// Whether line `index` of `lines` is a filing's legend or a draft's label at a page break, after a blank line, where
    /// the sentence before broke off and goes on below: "the laws of the State of\n\n***Confidential Treatment Requested
    /// 7\n\nCalifornia", "Acme Corp. - Confidential", "Supply Agreement - Execution Copy", "*** Confidential material
    /// redacted and filed separately with the Commission." A whole sentence ended before it, it may be the contract's own.
    private static func isLegendInBrokenSentence(at index: Int, in lines: [Substring]) -> Bool {
        guard index >= 2, lines[index - 1].allSatisfy(\.isWhitespace) else { return false }
        let line = lines[index].trimmingCharacters(in: .whitespaces)
        guard !line.isEmpty, line.count <= 200, pageLegend.matches(line),
            lines[(index + 1)...].contains(where: { !$0.allSatisfy(\.isWhitespace) }),
            let before = lines[..<index].last(where: { line in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                return !trimmed.isEmpty && !isPageFurniture(trimmed)
            })?.trimmingCharacters(in: .whitespaces).last
        else { return false }
        return !".;:!?".contains(before)
    }

    /// `legendOrStamp` at a line's end.
    private static let trailingLegend = StringRegex("\\s+(?:\\*+\\s*)?" + legendOrStamp + "\\s*$", caseInsensitive: true)
    /// The words of a legend a filing or a draft prints on every page.
    private static let pageLegend = StringRegex(
        "\\b(?:confidential|redacted|omitted|execution\\s+(?:version|copy)|draft|privileged)\\b", caseInsensitive: true)

    private func placeInText(window: NSRange, within: Int) -> (places: [String], end: Int)? {
        let matches = Self.lawOf.matches(in: text, range: window)
        let lawsByName = Self.placeLaw.matches(in: text, range: window)
        if let found = headingThenPlace(in: window, lawsOf: matches, lawsByName: lawsByName) { return found }
        // A place named before its law ("Delaware law", "English law") that comes first is the one chosen: a heading's
        // reach ("Governing Law. This Agreement shall be governed by Delaware law. Each Guaranty is subject to the laws
        // of the State of Texas") would otherwise find the later "laws of".
        let firstByName = lawsByName.first { match in
            let written = text.substring(match.range(at: 1))
            return match.range.location < window.location + within && Jurisdictions.country(of: Self.cleanPlace(written) ?? written) != nil
        }?.range.location
        // "Swiss law": the adjective's place, when the adjective comes within reach.
        let adjective = Self.adjectiveLaw.firstMatch(in: text, range: window).flatMap { match -> (TextMatch, [String])? in
            guard match.range.location < window.location + within, let first = Jurisdictions.adjectives[text.substring(match.range(at: 1))] else { return nil }
            let second = match.range(at: 2).location == NSNotFound ? nil : Jurisdictions.adjectives[text.substring(match.range(at: 2))]
            return (match, [first] + [second].compactMap { $0 }.filter { $0 != first })
        }
        // "New York law and English law shall govern": two laws each named before "law", the first perhaps just before
        // the window (a clause found by its verb, "English law shall govern").
        let lookBack = max(0, window.location - 40)
        if let both = Self.twoNamedLaws.firstMatch(in: text, range: NSRange(location: lookBack, length: window.location + window.length - lookBack)),
            both.range.location < window.location + within, both.range.location + both.range.length > window.location,
            !matches.contains(where: { $0.range.location < both.range.location }),
            case let names = [1, 2].compactMap({ Self.namedPlace(text.substring(both.range(at: $0))) }), names.count == 2, !Jurisdictions.repeats(names[1], of: [names[0]])
        {
            return (names.map(Jurisdictions.withCountry), both.range.location + both.range.length)
        }
        let namedFirst = [firstByName, adjective?.0.range.location].compactMap { $0 }.min()
        for (index, match) in matches.enumerated() where match.range.location < window.location + within {
            if let namedFirst, namedFirst < match.range.location { break }
            if describesIncorporation(before: match.range.location) || namesStatute(before: match.range.location) { continue }
            guard let place = Self.cleanPlace(text.substring(match.range(at: 1))).map({ stateOverCountry($0, namedBy: match) }) else { continue }
            var places = [Jurisdictions.withCountry(place)]
            // "the laws of Singapore and Malaysia", "the laws of the State of California and Singapore": a second known
            // place after "and" in the same name run (not inside one name: "England and Wales", "Trinidad and Tobago").
            let captured = text.substring(match.range(at: 1))
            if !place.lowercased().contains(" and "), let joint = captured.range(of: " and ", options: .caseInsensitive),
                // "the State of California, U.S.A., and of Japan": the second after "of"; in capitals, the words run on
                // into the second law ("THE STATE OF CALIFORNIA AND THE LAWS OF THE PEOPLE'S REPUBLIC OF CHINA").
                let second = Self.cleanPlace(
                    String(captured[joint.upperBound...]).replacingOccurrences(of: "^(?:(?:the )?laws? of )?(?:of )?(?:the )?", with: "", options: [.regularExpression, .caseInsensitive])),
                second != place, Jurisdictions.country(of: second) != nil, !Jurisdictions.repeats(second, of: [place]),
                // "the State of Illinois and the United States of America": the country the place is in adds
                // nothing (but "Scotland and England" are two places of one country).
                !(Jurisdictions.isCountry(second) && Jurisdictions.countryName(second) == Jurisdictions.country(of: place))
            {
                // "the laws of Nevada, Utah and Arizona": the places listed between the first and the one after "and".
                let listed = captured[..<joint.lowerBound].split(separator: ",").dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty && !(Jurisdictions.isCountry($0) && Jurisdictions.countryName($0) == Jurisdictions.country(of: place)) }
                    .map { Self.cleanPlace($0) }
                if listed.allSatisfy({ $0.map { Jurisdictions.country(of: $0) != nil } == true }) {
                    places += listed.compactMap { $0 }.filter { !Jurisdictions.repeats($0, of: places + [second]) }.map(Jurisdictions.withCountry)
                }
                places.append(Jurisdictions.withCountry(second))
                return (places, match.range.location + match.range.length)
            }
            if index + 1 < matches.count {
                // From the first place to the second "laws of": the place, then " and the".
                let next = matches[index + 1]
                let start = match.range(at: 1).location
                let span = text.substring(NSRange(location: start, length: max(0, next.range.location - start)))
                if Self.joinsLaw(span) || provisoApplies(span, after: next), let second = Self.cleanPlace(text.substring(next.range(at: 1))).map({ stateOverCountry($0, namedBy: next) }) {
                    places.append(Jurisdictions.withCountry(second))
                    return (places, next.range.location + next.range.length)
                }
            }
            // "the laws of the State of Delaware and the State of Illinois": a second state named at once, perhaps
            // after a parenthetical ("the State of New York (without regard to ...) and of the State of Delaware").
            let rest = NSRange(location: match.range(at: 1).location, length: min(240, text.length - match.range(at: 1).location))
            if let other = Self.alsoState.firstMatch(in: text, range: rest),
                let between = Optional(Self.parenthetical.replacing(in: text.substring(NSRange(location: rest.location, length: other.range.location - rest.location)), with: "")),
                between.utf16.count <= 40, between.rangeOfCharacter(from: CharacterSet(charactersIn: ".;,()")) == nil,
                let second = Self.cleanPlace(text.substring(other.range(at: 1)))
            {
                places.append(Jurisdictions.withCountry(second))
                return (places, other.range.location + other.range.length)
            }
            return (places, match.range.location + match.range.length)
        }
        // "English law and the Share Charge by Cayman Islands law", "Dutch law, and the Pledge by Belgian law": the adjective's
        // place comes first, and a law joined to it after.
        if let (match, places) = adjective, namedFirst == match.range.location {
            return adjectiveFirst(match, places, lawsByName: lawsByName, lawsOf: matches)
        }
        for match in lawsByName where match.range.location < window.location + within {
            let written = text.substring(match.range(at: 1))
            let name = Self.cleanPlace(written) ?? written
            guard Jurisdictions.country(of: name) != nil else { continue }
            var places = [Jurisdictions.withCountry(name)]
            var end = match.range.location + match.range.length
            if match.range(at: 2).location != NSNotFound {
                let other = text.substring(match.range(at: 2))
                if let second = Self.cleanPlace(other), Jurisdictions.country(of: second) != nil, !Jurisdictions.repeats(second, of: [name]) {
                    places.append(Jurisdictions.withCountry(second))
                }
            } else if let second = secondLaw(from: match.range(at: 1).location, after: end, lawsOf: matches, lawsByName: lawsByName, besides: places) {
                // "Delaware law, and, as to the Escrow, by New York law", "California law and the laws of Hong Kong".
                places.append(Jurisdictions.withCountry(second.place))
                end = second.end
            }
            return (places, end)
        }
        let states = Self.statePlace.matches(in: text, range: window).filter { $0.range.location < window.location + within }
        if let found = chosenState(among: states) {
            // "Governing Law: State of Delaware and, for the Collateral, the State of New York": a second state the
            // sentence joins to the first.
            if let first = states.first(where: { $0.range.location + $0.range.length == found.end }),
                let next = states.first(where: { $0.range.location >= found.end }),
                Self.joinsLaw(text.substring(NSRange(location: first.range(at: 1).location, length: next.range.location - first.range(at: 1).location))),
                let second = chosenState(among: [next]), !Jurisdictions.repeats(second.place, of: [found.place])
            {
                return ([found.place, second.place], second.end)
            }
            return ([found.place], found.end)
        }
        let opening = text.substring(NSRange(location: window.location, length: min(90, window.length)))
        if let match = Self.leadingPlaceLaw.firstMatch(in: PagedText(opening)) {
            let name = Jurisdictions.titled((opening as NSString).substring(with: match.range(at: 1)))
            if Jurisdictions.country(of: name) != nil { return ([Jurisdictions.withCountry(name)], window.location + match.range.location + match.range.length) }
        }
        return nil
    }

    /// A heading followed by the place alone ("Governing Law: Delaware."), which the clause's first words then are, and a
    /// law a proviso then joins to it: "Governing Law: State of Michigan, except for Section 12, which is governed by the
    /// laws of the State of Ohio" chose Michigan, and Ohio for Section 12. Nil when the window opens otherwise.
    private func headingThenPlace(in window: NSRange, lawsOf: [TextMatch], lawsByName: [TextMatch]) -> (places: [String], end: Int)? {
        let opening = text.substring(NSRange(location: window.location, length: min(100, window.length)))
        guard let match = Self.headingPlace.firstMatch(in: PagedText(opening)) else { return nil }
        let name = Jurisdictions.titled((opening as NSString).substring(with: match.range(at: 1)))
        // "Governing Law: Illinois and New York" names two places; "England and Wales" is one.
        let names = Jurisdictions.knownNames[name.lowercased()] == nil && name.contains(" and ")
            ? name.components(separatedBy: " and ").map { Self.cleanPlace($0) ?? $0 } : [name]
        guard names.allSatisfy({ Jurisdictions.country(of: $0) != nil }) else { return nil }
        let places = names.map(Jurisdictions.withCountry)
        let end = window.location + match.range.location + match.range.length
        guard let second = secondLaw(from: window.location + match.range(at: 1).location, after: end, lawsOf: lawsOf, lawsByName: lawsByName, besides: places)
        else { return (places, end) }
        return (places + [Jurisdictions.withCountry(second.place)], second.end)
    }

    /// Whether `span` (from a place to the next "law of") is a proviso whose law then applies: "New York; provided that
    /// the law of Austria shall apply to ...", "..., except that the laws of Delaware govern ...".
    private func provisoApplies(_ span: String, after next: TextMatch) -> Bool {
        guard Self.proviso.matches(span) else { return false }
        let end = next.range.location + next.range.length
        return Self.lawApplies.matches(text.substring(NSRange(location: end, length: min(200, text.length - end))))
    }

    /// The words from a place to a proviso's law: "New York; provided that the ", "England, except that the ".
    private static let proviso = StringRegex("^[^.;]{1,40}?[,;]?\\s+(?:except|save|provided)\\s+(?:(?:always|however),?\\s+)?(?:that\\s+)?(?:the\\s+)?$", caseInsensitive: true)
    /// What a proviso's law does, after its place: " shall apply to", " govern".
    private static let lawApplies = StringRegex("^\\s*(?:\\([^()]{0,160}\\)\\s*)?(?:(?:shall|will|is\\s+to)\\s+(?:apply|govern)|applies|govern)\\b", caseInsensitive: true)

    /// Two laws each named before "law": "New York law and English law", "Delaware or Texas law" is one law of two
    /// places (`placeLaw`), not this.
    private static let twoNamedLaws = regex(
        "\\b([A-Z][A-Za-z]+(?:\\s+[A-Z][A-Za-z]+){0,2})\\s+(?i:law)\\s+(?i:and|or)\\s+([A-Z][A-Za-z]+(?:\\s+[A-Z][A-Za-z]+){0,2})\\s+(?i:laws?)\\b",
        caseInsensitive: false, anchors: ["law"], maximumLength: 90)

    /// The place a name before "law" stands for: an adjective's ("English") or a known place ("New York").
    private static func namedPlace(_ written: String) -> String? {
        if let place = Jurisdictions.adjectives[written] { return place }
        let name = cleanPlace(written) ?? written
        return Jurisdictions.country(of: name) != nil ? name : nil
    }

    /// Whether `span` joins a second law to the first (`joinedLaw`), the country's initials read as a word: "the State of Washington,
    /// U.S.A. and, in respect of the Canadian operations, the [laws of British Columbia]", and a parenthetical left out:
    /// "the Commonwealth of Massachusetts (other than its choice of law rules) and, with respect to the Canadian
    /// Affiliate, the [laws of Ontario]".
    private static func joinsLaw(_ span: String) -> Bool {
        if listedLaw.matches(span) { return true }
        let plain = span.contains("(") ? parenthetical.replacing(in: span, with: "") : span
        return joinedLaw.matches(plain.replacingOccurrences(of: "United States of America", with: "USA").replacingOccurrences(of: "U.S.A.", with: "USA")
            .replacingOccurrences(of: "U.S.", with: "US"))
    }

    /// A `lawOf` match's place, or the state it names at once when the place is the United States: "the laws of the
    /// United States and the State of Connecticut" chose the state's law.
    /// Likewise the emirate a clause applies the United Arab Emirates' laws in: "the laws of the United Arab Emirates as
    /// applied in the Emirate of Dubai" chose Dubai's.
    private func stateOverCountry(_ place: String, namedBy match: TextMatch) -> String {
        if Jurisdictions.canonical(place) == "United Arab Emirates" {
            let after = NSRange(location: match.range.location, length: min(match.range.length + 60, text.length - match.range.location))
            if let emirate = Self.appliedInEmirate.firstMatch(in: text, range: after) { return "Emirate of " + text.substring(emirate.range(at: 1)) }
            return place
        }
        guard Jurisdictions.countryName(place) == "United States", !Jurisdictions.usStates.contains(place) else { return place }
        let after = NSRange(location: match.range.location, length: min(match.range.length + 50, text.length - match.range.location))
        guard let state = Self.statePlace.firstMatch(in: text, range: after), Jurisdictions.usStates.contains(text.substring(state.range(at: 1))) else { return place }
        return text.substring(state.range(at: 1))
    }

    /// "as applied in the Emirate of Dubai", "as in force in Abu Dhabi" (group 1 the emirate).
    private static let appliedInEmirate = regex(
        "\\b(?:as\\s+)?(?:applied|applicable|in\\s+force|in\\s+effect)\\s+in\\s+(?:the\\s+)?(?:emirate\\s+of\\s+)?(Dubai|Abu\\s+Dhabi|Sharjah|Ajman|Ras\\s+Al\\s+Khaimah|Fujairah|Umm\\s+Al\\s+Quwain)\\b",
        maximumLength: 80)

    /// An adjective's law ("English law") and a second law its sentence joins to it (`secondLaw`): "and the Share Charge by
    /// Cayman Islands law", "and the Pledge by Belgian law", "and the laws of the State of New York".
    private func adjectiveFirst(_ match: TextMatch, _ places: [String], lawsByName: [TextMatch], lawsOf: [TextMatch]) -> (places: [String], end: Int) {
        let end = match.range.location + match.range.length
        guard let second = secondLaw(from: match.range.location, after: end, lawsOf: lawsOf, lawsByName: lawsByName, besides: places) else { return (places, end) }
        return (places + [Jurisdictions.withCountry(second.place)], second.end)
    }

    /// The law a sentence joins (`joinsLaw`) to a place it named first, and where its naming ends: "Delaware law, and, as to
    /// the Escrow, by New York law", "California law and the laws of Hong Kong", "English law and the Pledge by Belgian law",
    /// "Michigan, except for Section 12, which is governed by the laws of the State of Ohio". Of the laws named after `end`
    /// (the first "laws of", name before "law" and adjective's law), the first whose place is known, is not in `places` and
    /// is no party's description or statute's name; the words from `start` (the first place) to it must join the two.
    private func secondLaw(from start: Int, after end: Int, lawsOf: [TextMatch], lawsByName: [TextMatch], besides places: [String]) -> (place: String, end: Int)? {
        var candidates: [(match: TextMatch, joinAt: Int, place: String?)] = []
        if let next = lawsOf.first(where: { $0.range.location >= end }), !describesIncorporation(before: next.range.location),
            !namesStatute(before: next.range.location)
        {
            candidates.append((next, next.range.location, Self.cleanPlace(text.substring(next.range(at: 1))).map { stateOverCountry($0, namedBy: next) }))
        }
        if let next = lawsByName.first(where: { $0.range.location >= end }), next.range(at: 2).location == NSNotFound {
            candidates.append((next, next.range(at: 1).location, Self.cleanPlace(text.substring(next.range(at: 1)))))
        }
        if let next = Self.adjectiveLaw.firstMatch(in: text, range: NSRange(location: end, length: min(240, text.length - end))) {
            candidates.append((next, next.range(at: 1).location, Jurisdictions.adjectives[text.substring(next.range(at: 1))]))
        }
        guard let next = candidates.filter({ $0.place.map { Jurisdictions.country(of: $0) != nil && !Jurisdictions.repeats($0, of: places) } == true })
            .min(by: { $0.joinAt < $1.joinAt }), let place = next.place, next.joinAt - start <= 240,
            Self.joinsLaw(text.substring(NSRange(location: start, length: next.joinAt - start)))
        else { return nil }
        return (place, next.match.range.location + next.match.range.length)
    }

    /// Whether the "Law" at `location` ends a statute's name ("the General Business Law of the State of
    /// New York"): the word before it is capitalised, not in capitals ("THE LAWS OF").
    private func namesStatute(before location: Int) -> Bool {
        let start = max(0, location - 30)
        let before = text.substring(NSRange(location: start, length: location - start))
        // A word ending a heading or a sentence names no statute: "Governing Law: Laws of the State of Utah".
        guard let word = before.split(whereSeparator: { $0.isWhitespace }).last, before.last?.isWhitespace == true,
            let first = word.first, first.isUppercase, word.dropFirst().contains(where: \.isLowercase), !":.".contains(word.last!)
        else { return false }
        return !["The", "This", "Such", "Applicable", "Governing", "Substantive", "Internal", "Domestic"].contains(String(word))
    }

    /// Whether the words before `location` describe where a party is incorporated.
    private func describesIncorporation(before location: Int) -> Bool {
        let start = max(0, location - 90)
        let before = text.substring(NSRange(location: start, length: location - start))
        return Self.incorporated.firstMatch(in: PagedText(before)) != nil
    }

    /// Up to eight distinct amounts, with their figures and currencies; a bare "$" is the dollar of the country of
    /// `law` (Hong Kong's under Hong Kong law) when it has dollars of its own, or, when no law is chosen, of the
    /// country the opening's addresses are all in (an Australian residential tenancy form names no law).
    func amounts(under law: GoverningLaw = GoverningLaw()) -> [MoneyAmount] {
        let found = distinctMatches([Self.amountPattern, Self.randPattern], limit: 8)
        guard !found.isEmpty else { return [] }
        let country = law.jurisdiction?.hasPrefix("Hong Kong") == true ? "Hong Kong" : law.country ?? (law.jurisdiction == nil ? addressCountry() : nil)
        // The dollars the contract names in words ("all amounts are in U.S. dollars"), when it names one kind.
        let named = Set(Self.namedDollars.matches(in: text, limit: 50).map(Self.dollarCode))
        return found.compactMap { written, range in
            let evidence = text.quote(around: range)
            // Pounds of weight: "the net weight of the shipment does not exceed 36,000 pounds".
            if written.lowercased().hasSuffix("pounds"), Self.weight.matches(evidence.quote) { return nil }
            var currency = MoneyReading.currency(of: written, country: country)
            // Dollars named by their country after the figure: "25,000 U.S. Dollars", "40,000 Canadian dollars".
            if !currency.stated, let own = Self.namedDollars.firstMatch(in: PagedText(written)) {
                currency = (Self.dollarCode(own), true)
            } else if !currency.stated, named.count == 1, let dollars = named.first, MoneyReading.isDollar(written) {
                currency = (dollars, true)
            }
            return MoneyAmount(
                text: written, value: MoneyReading.value(of: written), currency: currency.code, currencyStated: currency.stated,
                evidence: [evidence])
        }
    }

    /// The country of the addresses in the opening when they name one alone: Australia for "Epping NSW 2121", Canada
    /// for "Toronto, ON M5V 2T6"; nil when none is found or a United States ZIP code ("CA 94105") stands beside them.
    func addressCountry() -> String? {
        let opening = NSRange(location: 0, length: min(text.length, 6_000))
        let australian = Self.australianPostcode.firstMatch(in: text, range: opening) != nil
        let canadian = Self.canadianPostcode.firstMatch(in: text, range: opening) != nil
        guard australian != canadian, Self.zipCode.firstMatch(in: text, range: opening) == nil else { return nil }
        return australian ? "Australia" : "Canada"
    }

    private static let australianPostcode = regex("\\b(?:NSW|VIC|QLD|SA|WA|TAS|ACT|NT)\\s+\\d{4}\\b", caseInsensitive: false, maximumLength: 12)
    private static let canadianPostcode = regex(
        "\\b(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU)\\s+[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d\\b", caseInsensitive: false, maximumLength: 16)
    private static let zipCode = regex("\\b[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?\\b", caseInsensitive: false, maximumLength: 16)

    /// Words of weight, in the sentence of an amount in "pounds".
    private static let weight = StringRegex("\\b(weigh\\w*|lbs?|tons?|tonnes?|payload|cargo|freight|truckloads?)\\b", caseInsensitive: true)

    /// Notice periods as written, with "one hundred eighty (180) days" given by its figure ("180 days"),
    /// since the words before the figure are not all caught.
    /// The same period given for two purposes ("90 days' written notice" of a price change, and of non-renewal) is both.
    func noticePeriods() -> [NoticePeriod] {
        var seen = Set<String>()
        var periods: [NoticePeriod] = []
        let matches = [Self.noticePattern, Self.noticeThenPeriod].flatMap { $0.matches(in: text) }.sorted { $0.range.location < $1.range.location }
        // A key-terms table's row "Notice<tab>During probation, one week by either party; after it, three months": each length
        // in it is notice to end the contract, in the row's place among the others.
        // An order form's "Notice of Non-Renewal: 30 days before the end of the term" is notice not to renew.
        var rows = Self.noticeRow.matches(in: text).prefix(2).flatMap { row in
            let purpose = row.range(at: 1).location == NSNotFound ? "termination" : "non-renewal"
            return Self.noticeRowLength.matches(in: text, range: row.range(at: 2)).map { (row: row.range, length: $0.range, purpose: purpose) }
        }
        func addRows(before location: Int) {
            while let row = rows.first, row.length.location < location, periods.count < Self.noticeCandidates {
                rows.removeFirst()
                let figure = text.folded(row.length)
                let length = Periods.length(in: figure)
                guard seen.insert(figure.lowercased() + "\u{0}" + row.purpose).inserted else { continue }
                periods.append(NoticePeriod(text: figure, value: length?.count, unit: length?.unit, purpose: row.purpose, evidence: [quoted.quote(of: row.row)]))
            }
        }
        for match in matches where periods.count < Self.noticeCandidates {
            let found = match.range
            addRows(before: found.location)
            // "Probation<tab>6 months" over "Notice<tab>...": a length at a table row's end and the next row's label are no
            // notice period.
            let lineBreak = (text.substring(found) as NSString).range(of: "\n", options: .backwards)
            if lineBreak.location != NSNotFound {
                let nextRowStart = found.location + lineBreak.location + 1
                let rest = text.substring(NSRange(location: nextRowStart, length: min(200, text.length - nextRowStart)))
                if rest.prefix(while: { $0 != "\n" }).contains("\t") { continue }
            }
            // "notice to the           other party": a text layer's padding is one space; "non-\nrenewal" is "non-renewal".
            // The part a pattern's group gives as the period ("three months", "at least 6 months before"), else the whole match.
            let part = [1, 2].lazy.map { match.range(at: $0) }.first { $0.location != NSNotFound }
            let period = text.folded(part ?? found)
            let range = NSRange(location: 0, length: (period as NSString).length)
            var figure = Self.numberInWords.stringByReplacingMatches(in: period, range: range, withTemplate: "$1")
            // "180 days" after a cut-off word: the words the pattern caught before the figure.
            if let open = figure.firstIndex(of: "("), let close = figure.firstIndex(of: ")"), open < close,
                figure[figure.index(after: open)..<close].allSatisfy(\.isNumber)
            {
                figure = String(figure[figure.index(after: open)..<close]) + figure[figure.index(after: close)...]
            }
            let evidence = text.quote(around: found)
            let purpose = NoticeReading.purpose(of: evidence.quote)
            guard seen.insert(figure.lowercased() + "\u{0}" + purpose).inserted else { continue }
            // A window ("not earlier than 15 months and not later than 12 months before", "not more than six (6) months and not
            // less than three (3) months before"): its deadline is the period.
            let lastDay = figure.range(of: "later than ", options: [.caseInsensitive, .backwards])
                ?? (figure.range(of: "more than ", options: .caseInsensitive) == nil ? nil : figure.range(of: "less than ", options: [.caseInsensitive, .backwards]))
            let deadline = lastDay.map { String(figure[$0.upperBound...]) }
            let length = deadline.flatMap(Periods.length(in:)) ?? Periods.length(in: figure)
            periods.append(NoticePeriod(text: figure, value: length?.count, unit: length?.unit, purpose: purpose, evidence: [evidence]))
        }
        addRows(before: Int.max)
        // At most six, in the document's order: a notice of no stated purpose (an insurer's, a payment's) gives way first, then
        // one of a routine purpose (an audit, a price change), before a notice to end, renew or cure.
        while periods.count > 6 {
            let tier = { (period: NoticePeriod) in period.purpose == "other" ? 0 : Self.routineNotices.contains(period.purpose) ? 1 : 2 }
            let lowest = periods.map(tier).min() ?? 2
            guard let last = periods.lastIndex(where: { tier($0) == lowest }) else { break }
            periods.remove(at: last)
        }
        return periods
    }
    /// How many notice periods are read before the six reported are chosen.
    private static let noticeCandidates = 40
    /// Purposes of notices less telling than one to end, renew or cure the contract.
    private static let routineNotices: Set<String> = ["audit", "assignment", "price change", "suspension", "discontinuation"]

    /// A key-terms table's notice row: "Notice<tab>...", "Notice period: ..." (group 2 its value); group 1 a label of notice
    /// not to renew: "Notice of Non-Renewal:", "Non-renewal notice period<tab>", "Cancellation notice:".
    private static let noticeRow = regex(
        "^[ \\t]*(?:notice|notice\\s+period|period\\s+of\\s+notice|termination\\s+notice"
            + "|(notice\\s+of\\s+non-?renewal|non-?renewal\\s+notice(?:\\s+period)?|(?:renewal\\s+)?cancell?ation\\s+notice(?:\\s+period)?|notice\\s+to\\s+cancel))"
            + "[ \\t]*(?::|\\t)[ \\t]*([^\\n]{1,200})$", multiline: true, maximumLength: 240)
    /// A notice's length alone: "one week", "three (3) months".
    private static let noticeRowLength = regex("\\b" + noticeLength + "\\b", maximumLength: 60)

    /// The texts the patterns match, in document order, each once (whatever its case), at most `limit`.
    private func distinct(_ expressions: [TextPattern], limit: Int) -> [String] {
        distinctMatches(expressions, limit: limit).map(\.written)
    }

    /// The first `limit` distinct texts the expressions match, in document order, with where the first of each stands.
    private func distinctMatches(_ expressions: [TextPattern], limit: Int) -> [(written: String, range: NSRange)] {
        var seen = Set<String>()
        var found: [(String, NSRange)] = []
        let matches = expressions.flatMap { $0.matches(in: text) }.sorted { $0.range.location < $1.range.location }
        for match in matches {
            // As written, a line break or a text layer's padding one space ("$  5  million").
            let value = text.substring(match.range).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if seen.insert(value.lowercased()).inserted { found.append((value, match.range)) }
            if found.count == limit { break }
        }
        return found
    }
}

extension KeyFactExtractor {
    /// Where a lease's premises are, when their address names a state or province with its postcode: "Premises: 1820
    /// Shattuck Avenue, Apt. 5, Berkeley, California 94709" is in California, "the apartment at 12 Rue Sainte-Anne, ...,
    /// Montréal, QC H2X 1Y4" in Quebec. A line that names the premises themselves wins over one that only names a suite or
    /// unit, which may be a party's own address ("Landlord's Address: 800 Brickell Avenue, Suite 701, Miami, FL 33131"
    /// before "Leased Premises: 16155 Park Row Boulevard, Houston, Texas 77084"). Nil when no line about the premises
    /// gives one.
    func premisesPlace() -> (place: String, evidence: Evidence)? {
        let opening = NSRange(location: 0, length: min(text.length, 8_000))
        var suiteOnly: (place: String, evidence: Evidence)?
        for match in Self.premisesAddress.matches(in: text, range: opening, limit: 8) {
            // Group 1 the state before a postal code; group 2 the state written out after a street.
            let written = text.substring(match.range(at: match.range(at: 1).location != NSNotFound ? 1 : 2))
            guard let place = Self.regionCodes[written] ?? (Jurisdictions.country(of: written) != nil ? written : nil) else { continue }
            let word = text.substring(NSRange(location: match.range.location, length: min(5, match.range.length))).lowercased()
            if word.hasPrefix("suite") || word.hasPrefix("unit") {
                if suiteOnly == nil { suiteOnly = (place, text.quote(around: match.range)) }
                continue
            }
            return (place, text.quote(around: match.range))
        }
        if let suiteOnly { return suiteOnly }
        // A United Kingdom postcode ("Property: Flat 2, 17 Gay Street, Bath BA1 2PD"): the law of the part of the kingdom it
        // is in, by its area; none for the Scottish borders' TD, which runs into England, nor for the Crown dependencies.
        for match in Self.premisesPostcodeUK.matches(in: text, range: opening, limit: 4) {
            let area = text.substring(match.range(at: 1))
            let place = area == "BT" ? "Northern Ireland" : Self.scottishAreas.contains(area) ? "Scotland" : ["TD", "GY", "JE", "IM"].contains(area) ? nil : "England and Wales"
            if let place { return (place, text.quote(around: match.range)) }
        }
        return nil
    }

    /// A line or sentence about the premises that ends in a United Kingdom postcode (group 1 its area's letters).
    static let premisesPostcodeUK = regex(
        "\\b(?i:premises|property|flat|apartment|unit|dwelling|house)\\b(?:[^;\\n]|,[ \\t]*\\n){0,160}?\\b([A-Z]{1,2})\\d[A-Z\\d]?\\s+\\d[A-Z]{2}\\b",
        caseInsensitive: false, anchors: ["premises", "property", "flat", "apartment", "unit", "dwelling", "house"], maximumLength: 260)
    /// Postcode areas wholly in Scotland.
    static let scottishAreas: Set<String> = ["AB", "DD", "DG", "EH", "FK", "G", "HS", "IV", "KA", "KW", "KY", "ML", "PA", "PH", "ZE"]

    /// A line or sentence about the premises that ends in an address's state or province and its postcode, the address
    /// perhaps wrapped after a comma: group 1 the state or province as written ("California", "CA", "Ontario", "ON"); or a
    /// street address with the state written out and no postcode: group 2 ("12 Main Street, Springfield, Illinois.").
    static let premisesAddress = regex(
        premisesWord + "(?:[^;\\n]|,[ \\t]*\\n){0,160}?,\\s*(" + regionNames + "|[A-Z]{2})\\s+(?:\\d{5}(?:-\\d{4})?|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d)\\b"
            // A street address with no postal code, the state written out: "the premises at 12 Main Street, Springfield, Illinois."
            // (A line a PDF wrapped may break it anywhere but between two paragraphs.)
            + "|" + premisesWord + "(?:[^;\\n]|\\n(?![ \\t]*\\n)){0,80}?\\b\\d+[A-Za-z]?\\s+(?:[A-Z][\\w'.-]*\\s+){1,4}" + streetWord
            + "\\s*(?:[A-Z][\\w'.-]*(?:\\s+[A-Z][\\w'.-]*){0,2},\\s*)?(" + regionNames + ")(?=[ \\t]*(?:[.;)]|,[ \\t]*(?:and|or|the|for|in|as|which)\\b|$))",
        caseInsensitive: false, anchors: ["premises", "property", "apartment", "unit", "dwelling", "house", "suite"], maximumLength: 260)
    private static let premisesWord = "\\b(?i:premises|property|apartment|unit|dwelling|house|suite)\\b"
    /// The states and the provinces whose names an address writes out.
    private static let regionNames = Jurisdictions.usStates.sorted().joined(separator: "|")
        + "|Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick"

    /// Postal codes of states and provinces, as addresses write them.
    static let regionCodes: [String: String] = [
        "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado", "CT": "Connecticut",
        "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
        "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan",
        "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire",
        "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
        "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
        "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin",
        "WY": "Wyoming", "DC": "District of Columbia", "ON": "Ontario", "QC": "Quebec", "BC": "British Columbia", "AB": "Alberta",
    ]
}

extension GoverningLaw {
    /// For a lease that chooses no law, the law where its premises are (a lease of land is governed by the law of the
    /// place the land lies in), marked as inferred from the premises, with the address as evidence.
    func orInferred(fromPremises premises: (place: String, evidence: Evidence)?) -> GoverningLaw {
        guard jurisdiction == nil, let premises else { return self }
        return GoverningLaw(jurisdiction: premises.place, country: Jurisdictions.country(of: premises.place), evidence: [premises.evidence], inferredFrom: "premises")
    }

    /// This law, or when no clause chose one, the law of the courts `venue` names, marked as inferred
    /// from the venue, with the venue's quote as evidence. Arbitration seats are not courts (an arbitral
    /// tribunal need not apply the law of its seat), so they give no law.
    func orInferred(from venue: Venue) -> GoverningLaw {
        guard jurisdiction == nil, !venue.arbitration, let forum = venue.forum, let place = Jurisdictions.place(ofForum: forum) else { return self }
        return GoverningLaw(jurisdiction: place, country: Jurisdictions.country(of: place), evidence: venue.evidence, inferredFrom: "venue")
    }
}

/// Maps a governing-law jurisdiction to its country.
enum Jurisdictions {
    /// Whether contracts under the law of `country` write numeric dates day first ("01/03/2024" is 1 March):
    /// everywhere but the United States (and Canada, where both orders are common, and a contract without a
    /// known law, which keep month first).
    static func writesDatesDayFirst(_ country: String?) -> Bool {
        guard let country else { return false }
        return !["United States", "Canada", "Philippines"].contains(country)
    }

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
        "Nova Scotia": "Canada", "New Brunswick": "Canada", "Manitoba": "Canada", "Saskatchewan": "Canada",
        "Newfoundland": "Canada", "Newfoundland and Labrador": "Canada", "Prince Edward Island": "Canada", "Queensland": "Australia", "Western Australia": "Australia",
        "South Australia": "Australia", "Tasmania": "Australia", "Italy": "Italy", "Spain": "Spain", "China": "China",
        "South Africa": "South Africa", "Korea": "Korea", "PRC": "China", "People's Republic of China": "China", "Brazil": "Brazil", "Mexico": "Mexico", "Luxembourg": "Luxembourg",
        "Belgium": "Belgium", "Austria": "Austria", "Denmark": "Denmark", "Norway": "Norway", "Finland": "Finland",
        "Poland": "Poland", "Portugal": "Portugal", "Greece": "Greece", "Turkey": "Turkey", "Czech Republic": "Czech Republic",
        "Hungary": "Hungary", "Cyprus": "Cyprus", "Malta": "Malta", "Russia": "Russia", "Russian Federation": "Russia",
        "New Zealand": "New Zealand", "United Arab Emirates": "United Arab Emirates", "Argentina": "Argentina", "Chile": "Chile",
        "Colombia": "Colombia", "Philippines": "Philippines", "Thailand": "Thailand", "Malaysia": "Malaysia",
        "Indonesia": "Indonesia", "Vietnam": "Vietnam", "Bermuda": "Bermuda", "Cayman Islands": "Cayman Islands",
        "British Virgin Islands": "British Virgin Islands", "Puerto Rico": "United States", "Bahamas": "Bahamas",
        "Guam": "United States", "United States Virgin Islands": "United States", "U.S. Virgin Islands": "United States",
        "American Samoa": "United States", "Northern Mariana Islands": "United States",
        "Northern Territory": "Australia", "Australian Capital Territory": "Australia", "Yukon": "Canada",
        "Northwest Territories": "Canada", "Nunavut": "Canada", "Dubai": "United Arab Emirates", "Abu Dhabi": "United Arab Emirates",
        "Saudi Arabia": "Saudi Arabia", "Qatar": "Qatar", "Kuwait": "Kuwait", "Bahrain": "Bahrain", "Oman": "Oman", "Jordan": "Jordan",
        "Egypt": "Egypt", "Kenya": "Kenya", "Nigeria": "Nigeria", "Ghana": "Ghana", "Mauritius": "Mauritius", "Morocco": "Morocco",
        "Pakistan": "Pakistan", "Bangladesh": "Bangladesh", "Sri Lanka": "Sri Lanka", "Taiwan": "Taiwan", "Macau": "China",
        "Peru": "Peru", "Uruguay": "Uruguay", "Venezuela": "Venezuela", "Costa Rica": "Costa Rica", "Panama": "Panama",
        "Ecuador": "Ecuador", "Iceland": "Iceland", "Liechtenstein": "Liechtenstein", "Monaco": "Monaco", "Gibraltar": "Gibraltar",
        "Guernsey": "Guernsey", "Isle of Man": "Isle of Man", "Estonia": "Estonia", "Latvia": "Latvia", "Lithuania": "Lithuania",
        "Romania": "Romania", "Bulgaria": "Bulgaria", "Croatia": "Croatia", "Slovenia": "Slovenia", "Slovakia": "Slovakia",
        "Serbia": "Serbia", "Ukraine": "Ukraine", "Kazakhstan": "Kazakhstan", "Papua New Guinea": "Papua New Guinea",
        "Barbados": "Barbados", "Jamaica": "Jamaica", "Curacao": "Curacao", "Maharashtra": "India", "Karnataka": "India",
        "Tamil Nadu": "India", "Telangana": "India", "Gujarat": "India", "West Bengal": "India", "Haryana": "India",
        "Uttar Pradesh": "India", "Kerala": "India", "Rajasthan": "India", "Madhya Pradesh": "India",
        "Bavaria": "Germany", "Baden-Württemberg": "Germany", "Baden-Wurttemberg": "Germany", "Hesse": "Germany",
        "North Rhine-Westphalia": "Germany", "Lower Saxony": "Germany", "Sao Paulo": "Brazil", "São Paulo": "Brazil",
        "Minas Gerais": "Brazil", "Jalisco": "Mexico", "Nuevo Leon": "Mexico", "Nuevo León": "Mexico",
        "South Korea": "Korea", "Czechia": "Czech Republic", "Slovak Republic": "Slovakia", "Macedonia": "North Macedonia",
        "Ivory Coast": "Côte d'Ivoire", "Cote d'Ivoire": "Côte d'Ivoire", "Swaziland": "Eswatini", "Burma": "Myanmar",
    ].merging(Dictionary(uniqueKeysWithValues: otherCountries.map { ($0, $0) }), uniquingKeysWith: { first, _ in first })

    /// The remaining countries and territories with laws of their own, each its own country. Not "Georgia" (a
    /// state first in these contracts), "Jersey" ("Jersey City") nor "Chad" (a first name), which are read as
    /// written instead.
    static let otherCountries = [
        "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Armenia", "Aruba", "Azerbaijan",
        "Belarus", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia and Herzegovina", "Botswana", "Brunei", "Burkina Faso",
        "Burundi", "Cambodia", "Cameroon", "Cape Verde", "Comoros", "Congo", "Côte d'Ivoire", "Cuba", "Djibouti", "Dominica",
        "Dominican Republic", "El Salvador", "Eritrea", "Eswatini", "Ethiopia", "Fiji", "Gabon", "Gambia", "Grenada",
        "Guatemala", "Guinea", "Guyana", "Haiti", "Honduras", "Iran", "Iraq", "Kosovo", "Kyrgyzstan", "Laos", "Lebanon",
        "Lesotho", "Liberia", "Libya", "Madagascar", "Malawi", "Maldives", "Mali", "Marshall Islands", "Mauritania",
        "Moldova", "Mongolia", "Montenegro", "Mozambique", "Myanmar", "Namibia", "Nepal", "Nicaragua", "Niger",
        "North Macedonia", "Paraguay", "Rwanda", "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines",
        "Samoa", "San Marino", "Senegal", "Seychelles", "Sierra Leone", "Somalia", "South Sudan", "Sudan", "Suriname", "Syria",
        "Tajikistan", "Tanzania", "Timor-Leste", "Togo", "Tonga", "Trinidad and Tobago", "Tunisia", "Turkmenistan",
        "Turks and Caicos Islands", "Anguilla", "Uganda", "Uzbekistan", "Vanuatu", "Yemen", "Zambia", "Zimbabwe",
    ]

    /// Whether `place` adds nothing to `places`: the same place written another way ("Delaware, USA"
    /// after "Delaware"), or the country of one of them ("United States" after "Delaware").
    static func repeats(_ place: String, of places: [String]) -> Bool {
        func core(_ name: String) -> String {
            String(withoutLead(name).core.split(separator: ",").first ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        }
        return places.contains { core($0) == core(place) || isWithin($0, country: place) }
    }

    /// A place's "State of ", "Commonwealth of " or "Province of ", and the name after it.
    static func withoutLead(_ place: String) -> (lead: String, core: String) {
        for lead in ["State of ", "Commonwealth of ", "Province of "] where place.hasPrefix(lead) { return (lead, String(place.dropFirst(lead.count))) }
        return ("", place)
    }

    /// Whether `place` lies in `country` and its law is the country's ("Delaware" in the United States, "New
    /// South Wales" in Australia); Hong Kong and Macau keep laws of their own beside China's.
    static func isWithin(_ place: String, country: String) -> Bool {
        place != country && isCountry(country) && self.country(of: place) == countryName(country)
            && !place.hasPrefix("Hong Kong") && !place.hasPrefix("Macau")
    }

    /// A place a clause in capitals names ("THE STATE OF NEW YORK") as it is otherwise written: "New York",
    /// "People's Republic of China", "U.S.A.".
    static func titled(_ place: String) -> String {
        guard place.contains(where: \.isUppercase), !place.contains(where: \.isLowercase) else { return place }
        return place.split(separator: " ", omittingEmptySubsequences: false).map { word in
            let lower = word.lowercased()
            if ["of", "and", "the"].contains(lower) { return lower }
            return word.contains(".") || abbreviations.contains(String(word)) ? String(word) : String(word).capitalized
        }.joined(separator: " ")
    }

    /// A known place whose words a text layer ran together ("NewYork", "NorthCarolina") with its spaces;
    /// any other word as it is ("DeKalb").
    static func separated(_ word: String) -> String {
        guard word.count > 5, word.dropFirst().contains(where: \.isUppercase) else { return word }
        var spaced = ""
        var previous: Character?
        for character in word {
            if character.isUppercase, previous?.isLowercase == true { spaced.append(" ") }
            spaced.append(character)
            previous = character
        }
        return spaced != word && countryName(spaced) != nil ? spaced : word
    }

    /// The jurisdiction the courts of `forum` sit in ("the state and federal courts located in Suffolk
    /// County, Massachusetts" -> Massachusetts, "the People's Court where this Agreement is signed" -> the
    /// People's Republic of China): of the known places the forum names, the one it names last (a county or
    /// city comes before its state), the longer at the same end ("West Virginia", not "Virginia"). Nil when
    /// it names none ("the Zurich courts").
    static func place(ofForum forum: String) -> String? {
        if peoplesCourt.matches(forum) { return "People's Republic of China" }
        if districtOfColumbia.matches(forum) { return "District of Columbia" }
        let words = forum.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }).map(String.init)
        // Courts named by their city alone ("the courts of London", "the competent courts of Tel Aviv", "the courts of Rio de
        // Janeiro") only when no known place is named ("London, Ontario"); not a city a United States county or town shares
        // the name of ("Ottawa County", "Lyon County", "Cairo, Illinois"), as a bare name.
        // ... or by the country's adjective ("the English courts", "the Swiss courts").
        let place = lastNamed(in: words, longest: 4) { forumPlaces.contains($0) ? $0 : nil } ?? lastNamed(in: words, longest: 3) { courtCities[$0] }
            ?? lastNamed(in: words, longest: 1) { adjectives[$0] }
        return place.map { canonical(withCountry($0)) }
    }

    private static let peoplesCourt = StringRegex("People['’]s\\s+Courts?\\b", caseInsensitive: true)
    static let districtOfColumbia = StringRegex("\\bD\\.\\s?C\\.")

    /// What `lookup` gives for the run of up to `longest` words that ends last in `words`, the longer at the
    /// same end ("West Virginia", not "Virginia").
    private static func lastNamed(in words: [String], longest: Int, _ lookup: (String) -> String?) -> String? {
        var found: String?
        for end in words.indices {
            for length in 1...min(longest, end + 1) {
                if let value = lookup(words[(end - length + 1)...end].joined(separator: " ")) { found = value }
            }
        }
        return found
    }

    /// Cities whose courts stand for their jurisdiction's law when a contract names only the city.
    static let courtCities: [String: String] = [
        "London": "England and Wales", "Paris": "France", "Geneva": "Switzerland", "Zurich": "Switzerland", "Zürich": "Switzerland",
        "Frankfurt": "Germany", "Munich": "Germany", "Berlin": "Germany", "Hamburg": "Germany", "Amsterdam": "Netherlands",
        "Brussels": "Belgium", "Stockholm": "Sweden", "Dublin": "Ireland", "Madrid": "Spain", "Milan": "Italy", "Rome": "Italy",
        "Vienna": "Austria", "Tokyo": "Japan", "Beijing": "People's Republic of China", "Shanghai": "People's Republic of China",
        "Shenzhen": "People's Republic of China", "Seoul": "Korea", "Toronto": "Ontario", "Vancouver": "British Columbia",
        "Montreal": "Quebec", "Sydney": "New South Wales", "Melbourne": "Victoria", "Mumbai": "India", "Delhi": "India",
        "Tel Aviv": "Israel", "Jerusalem": "Israel", "Haifa": "Israel", "New Delhi": "India", "Bangalore": "India", "Bengaluru": "India",
        "Chennai": "India", "Hyderabad": "India", "Kolkata": "India", "Pune": "India", "Gurgaon": "India", "Gurugram": "India",
        "Noida": "India", "Ahmedabad": "India", "Edinburgh": "Scotland", "Glasgow": "Scotland", "Belfast": "Northern Ireland",
        "Cardiff": "England and Wales", "Oslo": "Norway", "Copenhagen": "Denmark", "Helsinki": "Finland", "Prague": "Czech Republic",
        "Barcelona": "Spain", "Düsseldorf": "Germany", "Dusseldorf": "Germany", "Cologne": "Germany", "Stuttgart": "Germany",
        "Rotterdam": "Netherlands", "Hague": "Netherlands", "Antwerp": "Belgium", "Basel": "Switzerland", "Zug": "Switzerland",
        "Lausanne": "Switzerland", "Lugano": "Switzerland", "Osaka": "Japan", "Taipei": "Taiwan", "Guangzhou": "People's Republic of China",
        "Hangzhou": "People's Republic of China", "Tianjin": "People's Republic of China", "Nanjing": "People's Republic of China",
        "Suzhou": "People's Republic of China", "Chengdu": "People's Republic of China", "Kuala Lumpur": "Malaysia", "Bangkok": "Thailand",
        "Jakarta": "Indonesia", "Manila": "Philippines", "Karachi": "Pakistan", "Lahore": "Pakistan", "Dhaka": "Bangladesh",
        "Nairobi": "Kenya", "Lagos": "Nigeria", "Riyadh": "Saudi Arabia", "Doha": "Qatar", "Istanbul": "Turkey",
        "Johannesburg": "South Africa", "Cape Town": "South Africa", "Auckland": "New Zealand", "Brisbane": "Queensland",
        "Adelaide": "South Australia", "Calgary": "Alberta", "Edmonton": "Alberta",
        "Sao Paulo": "Brazil", "São Paulo": "Brazil", "Rio de Janeiro": "Brazil",
    ]

    /// Known places by their lower-cased names: "new york" is New York.
    static let knownNames: [String: String] = Dictionary(forumPlaces.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })

    /// Places a forum's words may name, not a city whose courts `courtCities` reads (the courts of São Paulo apply Brazil's law,
    /// whatever the State of São Paulo is called in a choice of law).
    static let forumPlaces = usStates.union(others.keys).union(["England and Wales", "Wales", "Northern Ireland"]).subtracting(abbreviations)
        .subtracting(courtCities.keys)

    /// A place by the name a report gives it, one name for one legal system so that reports and the database
    /// group contracts by it: "PRC" and "China" are the People's Republic of China, "England" (English law)
    /// is England and Wales, as the courts of London already were; a known place misspelt ("Deleware",
    /// "Commonwealth of Pennsylvannia") by its spelling.
    static func canonical(_ place: String) -> String {
        switch place {
        case "PRC", "P.R.C.", "P.R.C", "the PRC", "China", "Mainland China", "mainland China", "P.R. China", "Peoples Republic of China",
            "People\u{2019}s Republic of China":
            "People's Republic of China"
        case "HKSAR", "Hksar": "Hong Kong, China"
        case "England": "England and Wales"
        case "Republic of China", "ROC", "R.O.C.": "Taiwan"
        case "Taiwan, R.O.C", "Taiwan, R.O.C.", "Taiwan, ROC": "Taiwan, Republic of China"
        case "United Mexican States": "Mexico"
        // Initials and short names spelt out: a report names "the laws of the U.S.A." as the United States.
        case "USA", "U.S.A", "U.S.A.", "US", "U.S", "U.S.": "United States"
        case "UK", "U.K", "U.K.": "United Kingdom"
        case "UAE", "U.A.E", "U.A.E.": "United Arab Emirates"
        case "Holland", "The Netherlands": "Netherlands"
        // "the laws of the City of New York": a city has no contract law of its own; the state's governs.
        case "City of New York", "New York City": "New York"
        case "Korea", "South Korea": "Republic of Korea"
        case "Swiss Confederation": "Switzerland"
        // The state without its country first: "Delaware of the United States of America" is no known place, Delaware is.
        default: spelledOut(place) ?? respelledIfUnknown(withoutUnitedStates(place))
        }
    }

    /// The state or province `place` abbreviates, after its lead ("Province of Ont."). A postal code in capitals only: "Ne" is
    /// no Nebraska ("the State of Ne w York", a word a text layer split).
    private static func spelledOut(_ place: String) -> String? {
        stateAbbreviations[withoutLead(place).core.replacingOccurrences(of: ".", with: "")]
    }

    /// States and provinces by the abbreviations an address or a short form writes ("the laws of the State of N.Y.", "Governing
    /// law: Calif."), full stops taken out: the postal codes in capitals and the older abbreviations. Only a place that is
    /// the abbreviation whole is read so.
    static let stateAbbreviations: [String: String] = {
        let postal = [
            "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado", "CT": "Connecticut",
            "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana",
            "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
            "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
            "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota",
            "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
            "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
            "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
        ]
        let older = [
            "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Cal": "California", "Calif": "California", "Colo": "Colorado",
            "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana",
            "Kan": "Kansas", "Kans": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts",
            "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana", "Neb": "Nebraska",
            "Nebr": "Nebraska", "Nev": "Nevada", "NMex": "New Mexico", "NDak": "North Dakota", "Okla": "Oklahoma", "Ore": "Oregon",
            "Oreg": "Oregon", "Pa": "Pennsylvania", "Penn": "Pennsylvania", "Penna": "Pennsylvania", "SDak": "South Dakota",
            "Tenn": "Tennessee", "Tex": "Texas", "Va": "Virginia", "Vt": "Vermont", "Wash": "Washington", "WVa": "West Virginia",
            "Wis": "Wisconsin", "Wisc": "Wisconsin", "Wyo": "Wyoming", "Ont": "Ontario, Canada", "BC": "British Columbia, Canada",
            "Que": "Quebec, Canada", "Alta": "Alberta, Canada",
        ]
        return postal.merging(older) { first, _ in first }
    }()

    /// A place no country is known for as its known place's spelling ("Deleware"), else as written.
    private static func respelledIfUnknown(_ place: String) -> String {
        country(of: place) == nil ? respelled(place).map(withCountry) ?? place : place
    }

    /// A state "of the United States of America", "of the U.S.A." (group 1 the state).
    private static let stateOfTheUnion = StringRegex("^(.+?)\\s+of\\s+(?:the\\s+)?(?:United\\s+States(?:\\s+of\\s+America)?|U\\.S\\.A?\\.?|USA)$")
    /// A state as reports name it, without the country a contract wrote after it: "New Jersey, USA" and
    /// "Pennsylvania, United States of America" are New Jersey and Pennsylvania, "Delaware of the United States of America"
    /// Delaware.
    static func withoutUnitedStates(_ place: String) -> String {
        if let state = stateOfTheUnion.group(1, in: place), usStates.contains(String(state)) { return String(state) }
        let parts = place.components(separatedBy: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count > 1, usStates.contains(parts[0]),
            parts.dropFirst().allSatisfy({ ["U.S.A", "U.S", "US"].contains($0) || countryName($0) == "United States" })
        else { return place }
        return parts[0]
    }

    /// The known place an unknown name is a typing or scanning slip of: one letter wrong, missing, extra or
    /// swapped with its neighbour ("Califomia", "Minnestoa", "New Yrok"), two in a name of eight letters or
    /// more ("Massachussetts"). Names shorter than five letters and names two known places are equally near
    /// are left as written. A lead ("State of ", "Province of ") is kept.
    static func respelled(_ place: String) -> String? {
        // A slip in the lead itself ("Siate of Texas", "Stale of New York"): the place after it, as a lead written
        // right would give it (a state's without "State of", a province's with "Province of").
        if withoutLead(place).lead.isEmpty, let of = place.range(of: " of "), case let word = Array(place[..<of.lowerBound].lowercased()), word.count >= 4,
            let lead = ["state", "commonwealth", "province"].first(where: { editDistance(word, Array($0), limit: 1) <= 1 })
        {
            let core = String(place[of.upperBound...])
            guard let name = country(of: core) != nil ? core : respelled(core) else { return nil }
            return lead == "province" ? "Province of " + name : name
        }
        let (lead, core) = withoutLead(place)
        let written = Array(core.lowercased())
        guard written.count >= 5 else { return nil }
        var best: (name: String, distance: Int)?
        var tied = false
        for name in forumPlaces where name.count >= 5 && abs(name.count - written.count) <= 2 {
            let allowed = name.count >= 8 ? 2 : 1
            let distance = editDistance(written, Array(name.lowercased()), limit: allowed)
            guard distance <= allowed else { continue }
            if let current = best, current.distance <= distance {
                tied = tied || current.distance == distance
                continue
            }
            (best, tied) = ((name, distance), false)
        }
        guard let best, !tied else { return nil }
        return lead + best.name
    }

    /// Edits (a letter replaced, inserted, deleted, or two neighbours swapped) from `a` to `b`; any figure above
    /// `limit` when it is more.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowBest = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, before[j - 2] + 1) }
                current[j] = value
                rowBest = min(rowBest, value)
            }
            if rowBest > limit { return limit + 1 }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }

    /// Names written in capitals however the clause is written.
    static let abbreviations: Set<String> = ["PRC", "USA", "US", "UK", "UAE", "SAR", "ROC", "DC"]

    /// A province or state outside the United States gets its country when the text leaves it out:
    /// "Province of Ontario" is reported as "Province of Ontario, Canada".
    static func withCountry(_ place: String) -> String {
        guard !abbreviations.contains(place), let country = country(of: place), country != "United States", country != "United Kingdom",
            !place.contains(country), others[place] == nil || others[place] != place
        else { return place }
        let core = place.replacingOccurrences(of: "Province of ", with: "").replacingOccurrences(of: "State of ", with: "").replacingOccurrences(of: "Emirate of ", with: "")
        return others[core] == country && core != country ? "\(place), \(country)" : place
    }

    static let adjectives: [String: String] = [
        "Swiss": "Switzerland", "English": "England", "German": "Germany", "French": "France", "Italian": "Italy",
        "Dutch": "Netherlands", "Irish": "Ireland", "Scottish": "Scotland", "Japanese": "Japan", "Israeli": "Israel",
        "Chinese": "People's Republic of China", "Indian": "India", "Swedish": "Sweden", "Singapore": "Singapore",
        "Singaporean": "Singapore", "Spanish": "Spain", "Belgian": "Belgium", "Austrian": "Austria", "Danish": "Denmark",
        "Norwegian": "Norway", "Finnish": "Finland", "Korean": "Korea", "Brazilian": "Brazil", "Mexican": "Mexico",
        "Scots": "Scotland", "Canadian": "Canada", "Australian": "Australia", "Polish": "Poland", "Portuguese": "Portugal",
        "Greek": "Greece", "Turkish": "Turkey", "Philippine": "Philippines", "Thai": "Thailand", "Vietnamese": "Vietnam",
        "Czech": "Czech Republic", "Hungarian": "Hungary", "Russian": "Russia", "Argentine": "Argentina", "Argentinian": "Argentina",
        "Chilean": "Chile", "Colombian": "Colombia", "Peruvian": "Peru", "Maltese": "Malta", "Cypriot": "Cyprus",
        "Egyptian": "Egypt", "Indonesian": "Indonesia", "Malaysian": "Malaysia", "Ukrainian": "Ukraine", "Romanian": "Romania",
        "South African": "South Africa", "Taiwanese": "Taiwan", "Icelandic": "Iceland", "Estonian": "Estonia", "Latvian": "Latvia",
        "Lithuanian": "Lithuania", "Slovak": "Slovakia", "Slovenian": "Slovenia", "Croatian": "Croatia", "Bulgarian": "Bulgaria",
        "Serbian": "Serbia", "Nigerian": "Nigeria", "Kenyan": "Kenya", "Pakistani": "Pakistan", "Qatari": "Qatar",
    ]

    /// The country of a jurisdiction as contracts write it: "State of New York", "Province of Ontario,
    /// Canada", "England and Wales", "People's Republic of China".
    static func country(of jurisdiction: String) -> String? {
        var core = jurisdiction
        if core.hasPrefix("the ") { core = String(core.dropFirst(4)) }
        if let country = formalNames[core] { return country }
        // "the Canton of Geneva", "the Canton of Zug": a Swiss canton.
        if core.hasPrefix("Canton of ") { return "Switzerland" }
        for lead in countryLeads where core.hasPrefix(lead) {
            core = String(core.dropFirst(lead.count))
            if core.hasPrefix("the ") { core = String(core.dropFirst(4)) }
            // "the Bailiwick of Jersey", "the Island of Guernsey" (the bare "Jersey" is read as written: "Jersey City").
            if ["Bailiwick of ", "Island of ", "States of "].contains(lead), ["Jersey", "Guernsey"].contains(core) { return core }
            break
        }
        // "Hong Kong Special Administrative Region", "Hong Kong SAR", "the Macau Special Administrative Region";
        // Taiwan is "Taiwan, Republic of China".
        if core.hasPrefix("Hong Kong") || core.hasPrefix("Macau") || core.hasPrefix("Macao") { return "China" }
        if core.hasPrefix("Taiwan") { return "Taiwan" }
        let parts = core.components(separatedBy: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count > 1, let last = parts.last, let country = countryName(last) { return country }
        for candidate in [core, parts[0], String(core.split(separator: " and ").first ?? "")] {
            if let country = countryName(candidate) { return country }
        }
        if jurisdiction.contains("China") { return "China" }
        return nil
    }

    /// The words before a place's own name in its formal name, the longer first: "the Federative Republic of Brazil",
    /// "the Kingdom of the Netherlands", "the Sultanate of Oman".
    static let countryLeads = [
        "Democratic Socialist Republic of ", "Republic of the Union of ", "Federative Republic of ", "Socialist Republic of ",
        "Oriental Republic of ", "Independent State of ", "Islamic Republic of ", "Hashemite Kingdom of ", "People's Republic of ",
        "Federal Republic of ", "Arab Republic of ", "Grand Duchy of ", "Commonwealth of ", "Principality of ", "Bailiwick of ",
        "Republic of ", "Kingdom of ", "Sultanate of ", "Emirate of ", "State of ", "States of ", "Province of ", "Island of ",
    ]

    /// Formal names of countries that are no lead before the country's name ("the Hellenic Republic" is Greece), and
    /// the financial free zones with laws of their own (the DIFC's and ADGM's laws are English-style, their country
    /// the United Arab Emirates).
    static let formalNames = [
        "Hellenic Republic": "Greece", "Portuguese Republic": "Portugal", "Italian Republic": "Italy", "French Republic": "France",
        "Argentine Republic": "Argentina", "Lao People's Democratic Republic": "Laos", "Kyrgyz Republic": "Kyrgyzstan",
        "Dubai International Financial Centre": "United Arab Emirates", "Dubai International Financial Center": "United Arab Emirates",
        "DIFC": "United Arab Emirates", "Abu Dhabi Global Market": "United Arab Emirates", "ADGM": "United Arab Emirates",
    ]

    /// Whether a name is a country's own ("Germany", "the United States of America", "UK"), not a place in one.
    static func isCountry(_ name: String) -> Bool {
        ["United States", "United States of America", "USA", "U.S.A.", "United Kingdom", "UK"].contains(name)
            || (!usStates.contains(name) && countryName(name) == name)
    }

    static func countryName(_ name: String) -> String? {
        if usStates.contains(name) { return "United States" }
        if ["United States", "United States of America", "USA", "U.S.A."].contains(name) { return "United States" }
        if ["United Kingdom", "UK", "Wales", "Northern Ireland"].contains(name) { return "United Kingdom" }
        return others[name] ?? (others.values.contains(name) ? name : nil)
    }
}
