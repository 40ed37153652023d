import Foundation
import Pipeline
import Testing

@testable import Classification
@testable import ContractWise
@testable import OptiMindCore

@Suite("Rule files")
final class RuleFileTests {
    let folder = NSTemporaryDirectory() + "optimind-rules-" + UUID().uuidString

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func write(_ text: String) throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/rules-\(UUID().uuidString).json"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("an invalid regular expression is reported with the file and the key")
    func badPattern() throws {
        let path = try write("""
            {"reviewThreshold": 0.5, "titleWeight": 1, "roleWeight": 1, "phraseWeight": 1,
             "kinds": {"CONTRACT": {"titlePatterns": ["(unclosed"], "phrasePatterns": []}}, "contractTypes": {}}
            """)
        #expect {
            try ClassificationRules(file: path)
        } throws: { error in
            let error = error as? RuleFileError
            return error?.file == path && error?.reason.contains("kinds.CONTRACT.titlePatterns[0]") == true
                && error?.reason.contains("unbalanced parentheses") == true && error?.exitStatus == .config
        }
    }

    @Test("an invalid operative pattern is reported with its key")
    func badOperativePattern() throws {
        let path = try write("""
            {"reviewThreshold": 0.5, "titleWeight": 1, "roleWeight": 1, "phraseWeight": 1, "operativePatterns": ["\\\\bshall\\\\b", "[unclosed"],
             "kinds": {"CONTRACT": {"titlePatterns": [], "phrasePatterns": []}}, "contractTypes": {}}
            """)
        #expect { try ClassificationRules(file: path) } throws: { ($0 as? RuleFileError)?.reason.hasPrefix("operativePatterns[1]") == true }
    }

    @Test("the calibration must keep the order of confidences: a slope of zero or less is refused; without one the margin is reported as it is")
    func calibration() throws {
        func rules(_ calibration: String) throws -> String {
            try write("""
                {"reviewThreshold": 0.5, "titleWeight": 1, "roleWeight": 1, "phraseWeight": 1\(calibration),
                 "kinds": {"CONTRACT": {"titlePatterns": [], "phrasePatterns": []}}, "contractTypes": {}}
                """)
        }
        let flat = try rules(#", "calibration": {"slope": 0, "intercept": 1.5}"#)
        #expect { try ClassificationRules(file: flat) } throws: { ($0 as? RuleFileError)?.reason.hasPrefix("calibration: slope must be a positive number") == true }
        let none = try ClassificationRules(file: try rules(""))
        #expect([0.5, 0.733, 1].map(none.calibrated) == [0.5, 0.733, 1])
        let fitted = try ClassificationRules(file: try rules(#", "calibration": {"slope": 0.5, "intercept": 1.5}"#))
        // 1 / (1 + exp(-(0.5 * logit(0.5) + 1.5))) = 1 / (1 + exp(-1.5)); a clear lead is kept at 0.995 before the map.
        #expect(fitted.calibrated(0.5) == 0.818)
        #expect(fitted.calibrated(1) == (1 / (1 + exp(-(0.5 * log(0.995 / 0.005) + 1.5)))).rounded(to: 3))
        let raws = stride(from: 0.3, through: 1, by: 0.05).map { $0 }
        #expect(zip(raws, raws.dropFirst()).allSatisfy { fitted.calibrated($0.0) <= fitted.calibrated($0.1) })
    }

    @Test("the shipped review threshold flags what a margin under 0.55 flagged: it is the calibrated 0.55, to three decimals")
    func shippedThreshold() throws {
        let rules = try ClassificationRules(file: Repository.rules + "/classification.json")
        #expect(rules.calibration != nil)
        #expect(rules.calibrated(0.55) == rules.reviewThreshold)
        // Rounding to three decimals joins margins within about 0.002 of 0.55.
        #expect(rules.calibrated(0.545) < rules.reviewThreshold)
        #expect(rules.calibrated(0.5) < rules.reviewThreshold, "a margin halved for no contract language stays under")
    }

    @Test("an unknown contract type (of a type's patterns, of a period risk), a law risk without laws, an exception for a clause not expected and a missing key are named")
    func badNames() throws {
        let unknown = try write("""
            {"reviewThreshold": 0.5, "titleWeight": 1, "roleWeight": 1, "phraseWeight": 1,
             "kinds": {"CONTRACT": {"titlePatterns": [], "phrasePatterns": []}},
             "contractTypes": {"LOAN": {"titlePatterns": [], "phrasePatterns": []}}}
            """)
        #expect { try ClassificationRules(file: unknown) } throws: { ($0 as? RuleFileError)?.reason.hasPrefix("contractTypes.LOAN") == true }
        let acceptance = try write("""
            {"reviewThreshold": 0.5, "titleWeight": 1, "roleWeight": 1, "phraseWeight": 1, "acceptancePatterns": ["(agreed"],
             "kinds": {"CONTRACT": {"titlePatterns": [], "phrasePatterns": []}}, "contractTypes": {}}
            """)
        #expect { try ClassificationRules(file: acceptance) } throws: { ($0 as? RuleFileError)?.reason.hasPrefix("acceptancePatterns[0]") == true }
        let missing = try write(#"{"expectationWeight": 0.1, "levels": [{"below": 2, "level": "LOW"}], "clauses": [{"key": "x"}], "expectations": {}}"#)
        #expect { try ContractWiseRules(file: missing) } throws: { ($0 as? RuleFileError)?.reason.contains("missing key clauses[0].title") == true }
        let periodType = try write(#"""
            {"expectationWeight": 0.1, "levels": [{"below": 2, "level": "LOW"}], "expectations": {},
             "clauses": [{"key": "non_compete", "title": "Non-compete", "patterns": ["compete"], "plainLanguage": "p", "risk": "MEDIUM"}],
             "periodRisks": [{"clause": "non_compete", "aboveDays": 365, "weight": 0.1, "types": ["ACQUISITION"], "factor": "f", "recommendation": "r"}]}
            """#)
        #expect { try ContractWiseRules(file: periodType) } throws: { ($0 as? RuleFileError)?.reason == "periodRisks[0].types: ACQUISITION is not a seed ContractType" }
        let periodUnless = try write(#"""
            {"expectationWeight": 0.1, "levels": [{"below": 2, "level": "LOW"}], "expectations": {},
             "clauses": [{"key": "non_compete", "title": "Non-compete", "patterns": ["compete"], "plainLanguage": "p", "risk": "MEDIUM"}],
             "periodRisks": [{"clause": "non_compete", "aboveDays": 365, "unless": ["(until"], "weight": 0.1, "factor": "f", "recommendation": "r"}]}
            """#)
        #expect { try ContractWiseRules(file: periodUnless) } throws: { ($0 as? RuleFileError)?.reason.hasPrefix("periodRisks[0].unless[0]") == true }
        let noLaws = try write(#"""
            {"expectationWeight": 0.1, "levels": [{"below": 2, "level": "LOW"}], "expectations": {},
             "clauses": [{"key": "non_compete", "title": "Non-compete", "patterns": ["compete"], "plainLanguage": "p", "risk": "MEDIUM"}],
             "lawRisks": [{"clause": "non_compete", "laws": [], "weight": 0.1, "factor": "f", "recommendation": "r"}]}
            """#)
        #expect { try ContractWiseRules(file: noLaws) } throws: { ($0 as? RuleFileError)?.reason == "lawRisks[0].laws: empty" }
        let unexpected = try write(#"""
            {"expectationWeight": 0.1, "levels": [{"below": 2, "level": "LOW"}], "expectations": {"LEASE_AGREEMENT": ["insurance"]},
             "clauses": [{"key": "insurance", "title": "Insurance", "patterns": ["insur"], "plainLanguage": "p", "risk": "LOW"}],
             "expectationsUnlessTitle": {"LEASE_AGREEMENT": {"payment_terms": ["residential"]}}}
            """#)
        #expect { try ContractWiseRules(file: unexpected) } throws: { ($0 as? RuleFileError)?.reason == "expectationsUnlessTitle.LEASE_AGREEMENT.payment_terms: not an expected clause of LEASE_AGREEMENT" }
    }

    @Test("renewal kinds and their risks are validated: an unknown kind, an empty pattern list, a bad weight are named")
    func badRenewal() throws {
        func rules(_ renewal: String) throws -> String {
            try write(#"{"expectationWeight": 0.1, "levels": [{"below": 2, "level": "LOW"}], "clauses": [], "expectations": {}, "renewal": "# + renewal + "}")
        }
        let cases: [(String, String)] = [
            (#"{"kinds": [{"kind": "tacit", "patterns": ["x"]}]}"#, "renewal.kinds[0].kind: must be automatic, agreement or option"),
            (#"{"kinds": [{"kind": "option", "patterns": []}]}"#, "renewal.kinds[0].patterns: empty"),
            (#"{"kinds": [{"kind": "option", "patterns": ["(unclosed"]}]}"#, "renewal.kinds[0].patterns[0]"),
            (#"{"kinds": [], "risks": {"evergreen": {"weight": 0.1, "factor": "f", "recommendation": "r"}}}"#, "renewal.risks.evergreen: not a renewal kind"),
            (#"{"kinds": [], "risks": {"automatic": {"weight": 2, "factor": "f", "recommendation": "r"}}}"#, "renewal.risks.automatic.weight"),
        ]
        for (renewal, reason) in cases {
            let path = try rules(renewal)
            #expect(throws: RuleFileError.self) { try ContractWiseRules(file: path) }
            do { _ = try ContractWiseRules(file: path) } catch { #expect("\(error)".contains(reason), "\(error)") }
        }
        // The kinds are tried in order: a later, looser kind only decides what the earlier ones leave.
        let ordered = try ContractWiseRules(file: try rules(
            #"{"kinds": [{"kind": "option", "patterns": ["\\bmay renew\\b"]}, {"kind": "automatic", "patterns": ["\\brenew"]}]}"#))
        #expect(ordered.renewalKinds.kind(of: "The Buyer may renew this Agreement.") == "option")
        #expect(ordered.renewalKinds.kind(of: "This Agreement shall renew for one year.") == "automatic")
        #expect(ordered.renewalKinds.kind(of: "This Agreement ends on 1 May.") == nil)
    }

    @Test("the shipped rule files load")
    func shipped() throws {
        let rules = try Repository.ruleSet()
        #expect(rules.directory.hasSuffix("Config/rules"))
    }
}

/// What Foundation's regular expressions find scanning the whole text case-insensitively: the
/// reference every anchored search must equal.
func wholeScan(_ pattern: String, _ text: PagedText) throws -> [NSRange] {
    try NSRegularExpression(pattern: PatternAnchors.spacesAsWhitespace(pattern), options: [.caseInsensitive])
        .matches(in: text.string, range: NSRange(location: 0, length: text.length)).map(\.range)
}

@Suite("Pattern engine")
struct PatternEngineTests {
    @Test(
        "the anchors are words of which every match contains one, or none",
        arguments: [
            ("\\bgoverned by,? (and (shall be )?)?(construed|interpreted)?[^.]{0,60}\\blaws? of\\b", ["governed"]),
            ("\\bterminat\\w*[^.]{0,80}\\b(for convenience|for any reason)", ["terminat"]),
            ("\\b(automatically|auto-?) ?renew", ["renew"]),
            ("\\blicen[cs]e agreement\\b", ["agreement"]),
            ("\\bindemnif", ["indemnif"]),
            ("\\bCCPA\\b|\\bCPRA\\b", ["ccpa", "cpra"]),
            ("\\b(shall|will) not (apply|limit)[^.]{0,80}\\bliab", ["apply", "limit"]),
            ("\\b(shall|will) not (apply|limit)", ["apply", "limit"]),
            ("(USD|EUR|\\$)\\s?\\d[\\d,]*", ["usd", "eur", "$"]),
            ("(USD|US\\$|\\$|€|£)\\s?\\d", ["usd", "us$", "$", "€", "£"]),
            ("(USD|\\$?)\\d", nil),
            ("total\\s*$", ["total"]),
            ("(ab|c)\\$", ["$"]),
            ("\\bconfidentiality\\b", ["confidentiality"]),
            ("colou?rs?", ["colo"]),
            ("\\bmemo(randum)?\\b(?! of understanding)", ["memo"]),
            ("(?<=section )\\d+", nil),
            ("(?i:state|province) of", ["state", "province"]),
            ("\\b(we|us)\\b", nil),
            ("^\\s*to:\\s", ["to:"]),
            ("^\\s*(re:|subject:)\\s", ["re:", "subject:"]),
            ("^\\s*(re|subject):\\s", nil),
            ("(?:x)date:?", ["date"]),
            ("a:b", ["a:b"]),
            (":abc", ["abc"]),
        ] as [(String, [String]?)])
    func anchors(pattern: String, words: [String]?) {
        #expect(PatternAnchors.anchors(of: pattern) == words)
    }

    @Test(
        "the longest match is bounded by the pattern's quantifiers, with runs of spaces and word characters counted as 50",
        arguments: [
            ("abc", 3), ("ab?c", 3), ("a[^.]{0,80}b", 82), ("\\bterm\\s+of\\b", 56), ("(?:x|yyy)z", 4),
            ("a(?=bcdef)", 1), ("\\d{4}-\\d{2}", 7), ("\\w*tion", 54),
        ] as [(String, Int)])
    func boundedLength(pattern: String, length: Int) {
        #expect(PatternAnchors.maximumLength(of: pattern) == length)
    }

    @Test("a pattern with an unbounded part has no length bound", arguments: ["a.*b", "a[^.]+b", "(ab)+"])
    func unbounded(pattern: String) {
        #expect(PatternAnchors.maximumLength(of: pattern) == nil)
    }

    @Test("searching around anchors finds exactly what a scan of the whole text finds")
    func windowsFindWhatAFullScanFinds() throws {
        var pages: [String] = []
        for page in 0..<12 {
            var text = ""
            for sentence in 0..<40 {
                switch (page * 40 + sentence) % 7 {
                case 0: text += "This Agreement is governed by, and construed under, the laws of Ireland. "
                case 3: text += "Either party may terminate this Agreement for convenience on notice. "
                case 5: text += "The Supplier shall not terminate for any reason without consent. "
                default: text += "The parties will cooperate in good faith on the deliverables. "
                }
                if sentence % 9 == 0 { text += "\n\n" }
            }
            pages.append(text)
        }
        let text = PagedText(pages: pages)
        for pattern in [
            "\\bgoverned by,? (and )?(construed|interpreted)?[^.]{0,60}\\blaws? of\\b", "\\bterminat\\w*[^.]{0,80}\\b(for convenience|for any reason)",
            "(?<=either\\s)party", "\\bgood faith\\b",
        ] {
            let windowed = try TextPattern(pattern).matches(in: text).map(\.range)
            let whole = try wholeScan(pattern, text)
            #expect(!whole.isEmpty)
            #expect(windowed == whole, "\(pattern)")
        }
    }

    @Test("occurrences of one anchor set far from every word of another are skipped without losing a match")
    func otherAnchorSetsMustBeNear() throws {
        // "terminat" is everywhere; "for convenience" and "without cause" sit near a few occurrences
        // only, and once far (beyond the pattern's reach) from any "terminat".
        var sentences: [String] = []
        for index in 0..<300 {
            switch index % 50 {
            case 7: sentences.append("The Customer may terminate this Agreement for convenience on thirty days notice.")
            case 21: sentences.append("Termination by the Supplier without cause is not allowed.")
            case 33: sentences.append("Fees are payable for convenience services as ordered.")
            case 40: sentences.append("Without cause or for convenience, neither party may terminate an order.")
            default: sentences.append("Either party may terminate an order as set out in Schedule \(index).")
            }
        }
        let text = PagedText(pages: [sentences.joined(separator: " ")])
        let pattern = "\\bterminat\\w*[^.]{0,80}\\b(for convenience|without cause)"
        #expect(PatternAnchors.anchorSets(of: pattern).count == 2)
        let windowed = try TextPattern(pattern).matches(in: text).map(\.range)
        let whole = try wholeScan(pattern, text)
        #expect(whole.count == 12)
        #expect(windowed == whole)
        // A text with the first set's words and none of the second's has no match.
        let none = PagedText(pages: [String(repeating: "Either party may terminate an order. ", count: 100)])
        #expect(try TextPattern(pattern).matches(in: none).isEmpty)
    }

    @Test("a match ends with its anchor word only when nothing but zero-width assertions come after it")
    func anchorsThatEndAMatch() {
        let ends = { (pattern: String) in PatternAnchors.anchorSets(of: pattern).map(\.endsMatch) }
        #expect(ends("\\bterminat\\w*[^.]{0,80}\\b(for convenience|for any reason)") == [false, true])
        #expect(ends("\\d+ days'? (prior )?(written )?notice\\b") == [false, true])
        #expect(ends("\\b(shall|will) not (apply|limit)") == [false, false, true])
        #expect(ends("\\bnotices?\\b") == [false])
        #expect(ends("\\bnotice+") == [false])
        #expect(ends("\\bnotice(?= period)") == [true])
        #expect(ends("\\bnotice(s|d)") == [false])
        #expect(ends("(notice|term)+") == [false])
        #expect(ends("\\bfoo\\b|\\bbarx\\b") == [true])
        #expect(ends("\\bfoo\\b|barx\\d") == [false])
        #expect(ends("total\\s*$") == [false])
        #expect(ends("(USD|\\$)\\d") == [false])
    }

    @Test("searching only before the anchor word where matches end with it finds what a scan of the whole text finds")
    func windowsBeforeAnAnchorThatEndsMatches() throws {
        var sentences: [String] = []
        for index in 0..<400 {
            switch index % 9 {
            case 1: sentences.append("Either party may end it on thirty (30) days' prior written notice to the other.")
            case 4: sentences.append("The notice period is 60 days notice, and notices go to the address above.")
            case 6: sentences.append("Send notice of any claim within ninety days.")
            default: sentences.append("The Supplier shall keep records for \(index) months.")
            }
        }
        let text = PagedText(pages: [sentences.joined(separator: " ")])
        for pattern in [
            "\\b(?:\\w+\\s+\\(\\d+\\)|\\d+|thirty|sixty|ninety)\\s+(?:days|months)['’]?\\s+(?:prior\\s+)?(?:written\\s+)?notice\\b",
            "\\bdays notice", "records for \\d+ months",
        ] {
            #expect(PatternAnchors.anchorSets(of: pattern).contains { $0.endsMatch }, "\(pattern)")
            let windowed = try TextPattern(pattern).matches(in: text).map(\.range)
            let whole = try wholeScan(pattern, text)
            #expect(!whole.isEmpty, "\(pattern)")
            #expect(windowed == whole, "\(pattern)")
        }
    }

    @Test("a match starts at its anchor word only when nothing but zero-width assertions come before it")
    func anchorsThatStartAMatch() {
        let starts = { (pattern: String) in PatternAnchors.anchorSets(of: pattern).map(\.startsMatch) }
        #expect(starts("\\bterminat\\w*[^.]{0,80}\\b(for convenience|for any reason)") == [true, false])
        #expect(starts("(?<![a-z])(january|march)\\s+\\d") == [true])
        #expect(starts("\\b(shall|will) not (apply|limit)") == [true, false, false])
        #expect(starts("\\b(this agreement|employment) may") == [false, false])
        #expect(starts("a?bcd") == [false])
        #expect(starts("(abc)+x") == [false])
        #expect(starts("\\bfoo\\b|\\bbarx\\b") == [true])
        #expect(starts("\\bfoo\\b|x?barx") == [false])
    }

    @Test("a case-insensitive pattern is lower-cased for a case-sensitive match, unless lower-casing could change it")
    func loweredPatterns() {
        #expect(PatternAnchors.lowered("\\bGoverning Law\\b") == "\\bgoverning law\\b")
        #expect(PatternAnchors.lowered("\\S+[A-Z]\\W\\B") == "\\S+[a-z]\\W\\B")
        #expect(PatternAnchors.lowered("(?<Name>Term) of") == "(?<Name>term) of")
        #expect(PatternAnchors.lowered("[“\"]Party[”\"] €") == "[“\"]party[”\"] €")
        for kept in ["(?i:x)Y", "(?-i)Y", "\\p{Lu}", "[[:upper:]]", "\\x41", "(A)\\1", "\\QA\\E", "Straße", "Émission"] {
            #expect(PatternAnchors.lowered(kept) == nil, "\(kept)")
        }
    }

    @Test("text is lower-cased unit for unit, unless a character folds to something else than its lower case")
    func loweredText() {
        #expect(PagedText("Müller & CO. “Ltd” §4 K").lowered.map { String(decoding: $0, as: UTF16.self) } == "müller & co. “ltd” §4 k")
        #expect(PagedText("Hauptstraße 5").lowered == nil)
        #expect(PagedText("ﬁnal").lowered == nil)
    }

    @Test("no-break and other Unicode spaces read as spaces; soft hyphens (with the line break after one), zero-width spaces and word joiners are dropped; pages stay")
    func invisibleCharacters() {
        let text = PagedText(pages: ["gov\u{AD}\n   erned\u{00A0}by", "la\u{200B}ws of\u{2003}Min\u{AD}ne\u{2060}sota\u{FEFF}"])
        #expect(text.string == "governed by\u{0C}laws of Minnesota")
        #expect(text.pageStarts == [0, 12])
    }

    @Test("a form's blanks typed over lose their rules; an empty blank, a sum's blank and a single underscore stay; pages stay")
    func filledBlanks() {
        let text = PagedText(pages: [
            "between ___Gordon Whitaker___ (\"Landlord\") and Name:___Ada Obi___; rent of $___1,850.00___ per month",
            "the State of ___Idaho___. Date: ________ By:______\nnot less than $____ per month (____) file_name",
        ])
        #expect(text.string == "between Gordon Whitaker (\"Landlord\") and Name: Ada Obi; rent of $1,850.00 per month"
            + "\u{0C}the State of Idaho. Date: ________ By:______\nnot less than $____ per month (____) file_name")
        #expect(text.pageStarts == [0, 84])
        // The stored text is not this one: only the analysis reads it so.
        #expect(PagedText("Smith___and___Jones").string == "Smith and Jones")
    }

    @Test("the text of a range is the same string Swift decodes from its UTF-16, lone surrogates replaced")
    func substrings() {
        let text = PagedText(pages: ["Résumé “quoted” – 😀 €5", "page two"])
        #expect(text.string == "Résumé “quoted” – 😀 €5\u{0C}page two")
        #expect(text.substring(NSRange(location: 18, length: 5)) == "😀 €5")
        let broken: [UInt16] = [0x61, 0xD83D, 0x62, 0xDE00, 0xD83D]
        #expect(broken.withUnsafeBufferPointer(PagedText.string) == String(decoding: broken, as: UTF16.self))
        #expect(broken.withUnsafeBufferPointer(PagedText.string) == "a\u{FFFD}b\u{FFFD}\u{FFFD}")
    }

    @Test("a lower-cased search finds what ICU's case-insensitive search finds, and text it cannot lower is searched case-insensitively")
    func loweredSearchFindsWhatCaseInsensitiveFinds() throws {
        let filler = String(repeating: "The parties will cooperate in good faith on the deliverables. ", count: 40)
        let texts = [
            filler + "THIS AGREEMENT SHALL BE GOVERNED BY THE LAWS OF ENGLAND. " + filler + "Governed By the Laws of Österreich.",
            filler + "Governed by the laws of the Hauptstraße district. GOVERNED BY THE LAWS OF SPAIN. " + filler,
            "Short: GOVERNED BY THE LAWS OF ITALY.",
        ]
        for string in texts {
            let text = PagedText(string)
            for pattern in ["\\bgoverned by the laws of \\w+", "\\bGOOD FAITH\\b", "laws of [A-Z]\\w+", "(?<=the\\s)laws", "\\bstrasse\\b"] {
                let found = try TextPattern(pattern).matches(in: text).map(\.range)
                let whole = try wholeScan(pattern, text)
                #expect(found == whole, "\(pattern) in \(string.suffix(60))")
            }
        }
        // The second text (with ß) took ICU's case-insensitive path, the others the lower-cased one.
        #expect(texts.map { PagedText($0).lowered == nil } == [false, true, false])
    }

    @Test("a space in a pattern matches a line break or several spaces; classes, escapes and quantified spaces keep their meaning")
    func spaces() throws {
        #expect(PatternAnchors.spacesAsWhitespace("governed by[ ,]x\\ y z ?w") == "governed\\s+by[ ,]x\\ y\\s+z\\s?w")
        let text = PagedText("This Agreement shall be  construed in\n      accordance with the laws of the State of Texas.")
        #expect(try TextPattern("construed in accordance with the laws of").firstMatch(in: text) != nil)
        #expect(try TextPattern("laws of the state of texas ?\\.").firstMatch(in: text) != nil)
        #expect(try TextPattern("be [ ]construed").firstMatch(in: text) != nil)
        #expect(try TextPattern("be [,]construed").firstMatch(in: text) == nil)
    }

    @Test("a space in a look-behind is a bounded run of blanks, so ICU accepts it: 'its  General Partner' is no partner role")
    func spacesInLookBehind() throws {
        #expect(PatternAnchors.spacesAsWhitespace("(?<!its )general (partner)") == "(?<!its\\s{1,8})general\\s+(partner)")
        #expect(PatternAnchors.spacesAsWhitespace("(?<=[a ]b c)(d e)") == "(?<=[a ]b\\s{1,8}c)(d\\s+e)")
        let role = try TextPattern("(?<!its )\\bgeneral partner\\b")
        #expect(role.firstMatch(in: PagedText("The General\nPartner shall manage the Partnership.")) != nil)
        #expect(role.firstMatch(in: PagedText("By: Acme GP LLC, its  General Partner")) == nil)
        #expect(role.firstMatch(in: PagedText("By: Acme GP LLC, its\nGeneral Partner")) == nil)
    }

    @Test("an expression ICU refuses is reported with the reason and where, in the pattern as written")
    func syntaxErrorsExplained() throws {
        func detail(_ pattern: String) -> String? {
            do { _ = try TextPattern(pattern); return nil } catch { return (error as? TextPattern.SyntaxError)?.detail }
        }
        #expect(detail("governed by (the laws") == "unbalanced parentheses, at character 22: ...overned by (the laws")
        #expect(detail("[a-z") == "a [ without its ], at character 5: ...[a-z")
        #expect(detail("(?<!its\\s+)partner")?.hasPrefix("a look-behind that can match any length") == true)
        #expect(detail("[z-a]")?.hasPrefix("a character range [x-y] whose x comes after y") == true)
        #expect(detail("\\p{Nonsense}")?.hasPrefix("a bad \\p{...} property") == true)
        #expect(detail("x{3,1}")?.hasPrefix("a bad {min,max} repeat") == true)
    }

    @Test("capture groups and ranges are reported in UTF-16 offsets, past non-ASCII text")
    func groups() throws {
        let text = PagedText(pages: ["Überblick — “Vertrag”", "Governed by the laws of the State of Delaware."])
        let match = try #require(try TextPattern("laws of the (state of) (\\w+)").firstMatch(in: text))
        #expect(text.substring(match.range(at: 1)) == "State of")
        #expect(text.substring(match.range(at: 2)) == "Delaware")
        #expect(text.page(at: match.range.location) == 2)
    }

    @Test("a text with ligatures or a long s is searched whole, since case folding maps them to letters the anchors name")
    func ligatures() throws {
        let text = PagedText(pages: ["The con\u{FB01}dential information stays secret."])
        #expect(try TextPattern("confidential").firstMatch(in: text) != nil)
        #expect(try TextPattern("secret").firstMatch(in: PagedText("SECRET")) != nil)
        #expect(try TextPattern("secret").firstMatch(in: PagedText("nothing here")) == nil)
    }

    @Test("given anchors may be symbols: an amount in euros is found by its sign")
    func symbolAnchors() throws {
        let pattern = try TextPattern("(€|£)\\s?\\d+", anchors: ["€", "£"], maximumLength: 20)
        let text = PagedText("The fee is €250 a month, or £200.")
        #expect(pattern.matches(in: text).map { text.substring($0.range) } == ["€250", "£200"])
    }

    @Test("an invalid pattern is an error, not a crash")
    func invalid() {
        #expect(throws: TextPattern.SyntaxError.self) { try TextPattern("(unclosed") }
    }

    @Test("rule patterns: a pattern whose words are absent cannot match, one whose words are present still does")
    func sameResults() throws {
        let set = try PatternSet(["\\bgoverned by[^.]{0,60}\\blaws? of\\b", "\\bCCPA\\b|\\bCPRA\\b"], file: "test", key: "patterns")
        #expect(set.countMatching("This Agreement is GOVERNED BY the laws of Ireland. The CPRA applies.") == 2)
        #expect(set.countMatching("Nothing here but a lease.") == 0)
        let text = PagedText(pages: ["Intro", "It is governed by the\nlaws of Delaware."])
        #expect(set.evidence(in: text).first?.page == 2)
    }
}

@Suite("Anchor automaton")
struct AnchorAutomatonTests {
    @Test("one pass finds every occurrence of every word, overlapping ones included, as memmem would")
    func findsWhatMemmemFinds() {
        let words = ["she", "he", "hers", "terminat", "$", "nation"].map(PagedText.fold)
        let automaton = AnchorAutomaton(words: words)
        let text = PagedText("She said HERS; he terminated the Termination for $5 of the nation's dues. Ushers.")
        let found = automaton.search(text.folded)
        // The same words through the shared automaton a text's searches use, by the ids it gives them.
        let shared = AnchorAutomaton.register(words)
        let table = text.anchorOccurrences(atLeast: (shared.max() ?? 0) + 1)
        for (id, word) in words.enumerated() {
            var expected: [Int] = []
            var from = 0
            while let hit = text.firstOccurrence(of: word, from: from) {
                expected.append(hit)
                from = hit + 1
            }
            #expect(found[id] == expected, "\(String(decoding: word, as: UTF8.self))")
            #expect(table[shared[id]] == expected)
        }
        #expect(found[3].count == 2, "terminated, Termination")
    }

    @Test("a blank in an anchor word is any blank in the text, as a pattern's space is: a line break, a tab, a space")
    func blanksInAnchorWords() {
        let automaton = AnchorAutomaton(words: ["long as", "sek "].map(PagedText.fold))
        let text = PagedText("for as long\nas it lasts, for as long as that, SEK\t500 and SEK 600; seeking")
        let found = automaton.search(text.folded)
        #expect(found[0] == [7, 32])
        #expect(found[1] == [46, 58])
    }

    @Test("patterns compiled on several threads at once (rule files load side by side) each get their own words' ids")
    func concurrentRegistration() throws {
        // The registry is a `Locked` value: a `static let` Synchronization.Mutex failed to exclude in release
        // builds (see `Locked`); this debug-built test checks the contract, the crash it caused showed only
        // under -O (one `optimind analyze` run in three crashed freeing its rules).
        let threads = 4
        let perThread = 150
        let ids = Locked<[[Int]]>(Array(repeating: [], count: threads))
        // Every thread registers its own words and the same shared ones, as the three rule files'
        // patterns do while they compile.
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            var mine: [Int] = []
            for index in 0..<perThread {
                let own = PagedText.fold("qzx\(thread)w\(index)")
                let common = PagedText.fold("qzxcommon\(index)")
                mine += AnchorAutomaton.register([own, common])
            }
            ids.withLock { $0[thread] = mine }
        }
        let all = ids.withLock { $0 }
        let own = all.flatMap { list in stride(from: 0, to: list.count, by: 2).map { list[$0] } }
        #expect(Set(own).count == threads * perThread, "each word its own id")
        for thread in 1..<threads {
            #expect(stride(from: 1, to: all[thread].count, by: 2).map { all[thread][$0] } == stride(from: 1, to: all[0].count, by: 2).map { all[0][$0] },
                "a word registered by two threads has one id")
        }
        // And a pattern compiled meanwhile finds its word in a text long enough to be searched by anchors.
        let patterns = Locked<[Int: TextPattern]>([:])
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            let pattern = try? TextPattern("\\bqzxpattern\(thread)\\b")
            patterns.withLock { $0[thread] = pattern }
        }
        let text = PagedText(String(repeating: "filler words for the anchor search. ", count: 80) + (0..<threads).map { "qzxpattern\($0)" }.joined(separator: " "))
        for thread in 0..<threads {
            let pattern = try #require(patterns.withLock { $0[thread] })
            #expect(pattern.matches(in: text).count == 1, "pattern \(thread)")
        }
    }
}

@Suite("Evidence quotes")
struct EvidenceQuoteTests {
    @Test(
        "a quote is the sentence that says it: headings skipped, section numbers and run-in headings dropped, abbreviations kept",
        arguments: [
            ("15.3 Governing Law.\nThis Agreement shall be governed by the laws of Texas.", "governing law", "This Agreement shall be governed by the laws of Texas."),
            ("Governing Law; Attorney's Fee.\n\nThis Agreement is accepted in the State of Nevada and governed by its laws.", "governing law",
             "This Agreement is accepted in the State of Nevada and governed by its laws."),
            ("10.3 During the Term, the Supplier shall maintain product liability insurance.", "insurance", "During the Term, the Supplier shall maintain product liability insurance."),
            ("GOVERNING LAW The laws of the State of New York govern this Agreement.", "laws of the state", "The laws of the State of New York govern this Agreement."),
            ("Limitation of Liability 12.1 IN NO EVENT SHALL EITHER PARTY BE LIABLE FOR INDIRECT DAMAGES.", "liable", "IN NO EVENT SHALL EITHER PARTY BE LIABLE FOR INDIRECT DAMAGES."),
            ("Acme Inc. shall pay the fees of Beta Corp. within 30 days.", "pay the fees", "Acme Inc. shall pay the fees of Beta Corp. within 30 days."),
            // Headings ended by a colon, a dash or a full stop with no space; a heading behind a number; one in
            // title case before a sentence in capitals.
            ("License: Kallo grants Agent the right to use the Trademarks.", "grants", "Kallo grants Agent the right to use the Trademarks."),
            ("NO CONSEQUENTIAL DAMAGES, ETC.: IN NO EVENT SHALL ANY PARTY BE LIABLE FOR INDIRECT DAMAGES.", "liable", "IN NO EVENT SHALL ANY PARTY BE LIABLE FOR INDIRECT DAMAGES."),
            ("Limitations of Liability--Except for fraud, neither party is liable for indirect damages.", "liable", "Except for fraud, neither party is liable for indirect damages."),
            ("Cross Indemnity - HealthGate and the Publishers each agree to indemnify the other.", "indemnify", "HealthGate and the Publishers each agree to indemnify the other."),
            ("Inspection.ISO will permit the Bank to audit its books.", "audit", "ISO will permit the Bank to audit its books."),
            ("10.This Agreement is not an obligation of AIG as guarantor.", "guarantor", "This Agreement is not an obligation of AIG as guarantor."),
            ("2.1 License Subject to the terms of this Agreement, Acme grants Beta a licence.", "grants", "Subject to the terms of this Agreement, Acme grants Beta a licence."),
            ("Limitation of Consequential Damages EXCEPT FOR FRAUD, NEITHER PARTY IS LIABLE FOR INDIRECT DAMAGES.", "liable", "EXCEPT FOR FRAUD, NEITHER PARTY IS LIABLE FOR INDIRECT DAMAGES."),
            // A German-style "§" heading run into its first numbered sentence.
            ("§ 1 Subject of the Agreement\n1.1 The Licensor grants the Licensee a non-exclusive licence.", "grants", "The Licensor grants the Licensee a non-exclusive licence."),
            ("§ 6 Confidentiality\n6.1 Both parties shall keep confidential all business secrets of the other party.", "confidential", "Both parties shall keep confidential all business secrets of the other party."),
            // A sentence that fits the quote is quoted whole, even when the match comes late in it.
            ("If Tenant fails to pay Rent within ten (10) days after written notice that it is past due, or fails to cure any other default within thirty (30) days after written notice, Landlord may terminate this Lease and recover its damages.",
             "may terminate",
             "If Tenant fails to pay Rent within ten (10) days after written notice that it is past due, or fails to cure any other default within thirty (30) days after written notice, Landlord may terminate this Lease and recover its damages."),
            // A label with its value is a fact, neither a heading to skip nor a label to drop.
            ("1.6 Security Deposit: $32,812.50.\n1.7 Permitted Use: General office use.", "\\$\\d", "Security Deposit: $32,812.50."),
            // ... however long the value: a figure after the colon starts a value ("12 months"), which is no section number.
            ("Term: 12 months from and including 1 February 2026 to the end of January 2027", "months", "Term: 12 months from and including 1 February 2026 to the end of January 2027"),
            ("12 months after the Closing Date, the Escrow Agent shall release the Escrow Amount.", "release", "12 months after the Closing Date, the Escrow Agent shall release the Escrow Amount."),
            // A compound a line broke after its hyphen reads whole; a dash before a capital stays apart.
            ("The Agreement renews unless either party gives notice of non-\nrenewal at least thirty days before the end of the Term -\nSupplier's right.", "renews",
             "The Agreement renews unless either party gives notice of non-renewal at least thirty days before the end of the Term - Supplier's right."),
            // A reference is no heading.
            ("3.1 Subject to Section 2.4 [Approval], Snap grants Sponsor a licence.", "grants", "Subject to Section 2.4 [Approval], Snap grants Sponsor a licence."),
            ("1. Term. Section 10.1 of the Agreement is deleted and replaced with the following.", "deleted", "Section 10.1 of the Agreement is deleted and replaced with the following."),
            ("§ 4 of the Agreement is amended as follows.", "amended", "§ 4 of the Agreement is amended as follows."),
        ] as [(String, String, String)])
    func quotes(text: String, pattern: String, quote: String) throws {
        let set = try PatternSet([pattern], file: "test", key: "patterns")
        #expect(set.evidence(in: PagedText(text)).first?.quote == quote)
    }

    @Test("a quote that must show a range: the sentence ending it, without the heading before it or the line after; a long sentence loses its start, not the range")
    func showing() {
        let short = "Governing Law. This Agreement is governed by the laws of Ohio.\n\nFRANCHISOR: SUNNY SIDE UP FRANCHISING, LLC"
        let text = PagedText(short)
        let ohio = (short as NSString).range(of: "Ohio")
        #expect(text.quote(showing: NSRange(location: 0, length: ohio.location + ohio.length)).quote == "This Agreement is governed by the laws of Ohio.")
        let long = "Governing Law. This Agreement, the rights and obligations of the parties under it, and all claims, controversies and "
            + "causes of action, whether in contract, tort or otherwise, that may be based upon, arise out of or relate to this Agreement "
            + "or its negotiation, execution or performance, shall be governed by, and construed in accordance with, the internal laws "
            + "of the State of Delaware, regardless of the laws that might otherwise govern under applicable principles of conflicts of laws."
        let delaware = (long as NSString).range(of: "State of Delaware")
        let clause = (long as NSString).range(of: "This Agreement")
        let quote = PagedText(long).quote(showing: NSRange(location: clause.location, length: delaware.location + delaware.length - clause.location)).quote
        #expect(quote.contains("the internal laws of the State of Delaware"))
        #expect(quote.count <= 280)
        #expect(!quote.hasPrefix("Governing Law"))
        #expect(quote.hasPrefix("…") && quote.dropFirst().first?.isLetter == true, "says it was cut, then starts at a word: \(quote)")
    }

    @Test("a form's answer after its label ('Auto-renewal: Yes', '[X] Yes', 'Renewal: Automatic') is a fact, not a heading; 'Section 4: No Assignment' is a heading")
    func formAnswerIsNoHeading() {
        for fact in ["Auto-renewal: Yes", "Auto-renewal: No", "Automatic Renewal: [X] Yes", "Auto-renewal: \u{2612} Yes", "Renewal: Automatic", "Renewal: Automatically."] {
            #expect(!PagedText.isHeading(fact), "\(fact)")
        }
        for heading in ["Section 4: No Assignment", "Article 9: Automatic Renewal", "Schedule 2: Services", "Renewal"] {
            #expect(PagedText.isHeading(heading), "\(heading)")
        }
    }

    @Test("the quick check never passes over a label the expression would drop (every sentence of the written contracts and policies)")
    func labelCheck() throws {
        var dropped = 0
        for folder in ["Contracts", "Policies"] {
            let path = Repository.root + "/Tests/AnalysisTests/" + folder + "/"
            for file in try FileManager.default.contentsOfDirectory(atPath: path) where file.hasSuffix(".txt") {
                let text = PagedText(try String(contentsOfFile: path + file, encoding: .utf8))
                var location = 0
                while location < text.length {
                    let range = text.sentenceRange(around: NSRange(location: location, length: 0))
                    let sentence = text.substring(range).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    if !sentence.isEmpty, PagedText.strippingLeadingLabels(sentence) != sentence {
                        dropped += 1
                        #expect(PagedText.mayStartWithLabel(sentence), "\(sentence)")
                    }
                    location = max(range.location + range.length, location + 1)
                }
            }
        }
        #expect(dropped > 50, "the documents hold labels to drop")
        #expect(!PagedText.mayStartWithLabel("The Supplier shall pay the fees within thirty days."))
    }

    @Test("a list of labelled lines ('Percentage Rent: ...'): each line is a sentence of its own; a wrapped sentence is not cut")
    func labelledLines() {
        let written = "BASIC LEASE INFORMATION\n\nDate: October 20, 2025\nLandlord: Cedar Hollow Retail Partners, LP\n"
            + "Percentage Rent: Six percent (6%) of Gross Sales in excess of\n$1,100,000 in each Lease Year\nSecurity Deposit: $10,750.00\n"
        let text = PagedText(written)
        let range = text.sentenceRange(around: (written as NSString).range(of: "Gross Sales"))
        #expect(text.substring(range) == "Percentage Rent: Six percent (6%) of Gross Sales in excess of\n$1,100,000 in each Lease Year")
        let wrapped = "The Tenant shall pay the rent to the Landlord\nmonthly in advance: on the first day. Next sentence."
        let sentence = PagedText(wrapped).sentenceRange(around: (wrapped as NSString).range(of: "advance"))
        #expect((wrapped as NSString).substring(with: sentence) == "The Tenant shall pay the rent to the Landlord\nmonthly in advance: on the first day.")
        #expect(PagedText("Term:\tTen years").startsLabelledLine(at: 0))
        // A schedule's items, their label after a number and a run of spaces.
        #expect(PagedText("Item 7   Terminating Date: 30 June 2030").startsLabelledLine(at: 0))
        #expect(!PagedText("monthly in advance: on the first day").startsLabelledLine(at: 0))
    }

    @Test("a browser's print header and footer are taken out of each page; a sentence a page break cuts reads on, a heading does not")
    func printFurniture() {
        let text = PagedText(pages: [
            "12/1/26, 1:07 PM\nacme-beta-nda\n9. The parties submit to the courts located in\nfile:///home/counsel/acme-beta-nda.html 1/2",
            "12/1/26, 1:07 PM\nacme-beta-nda\nSuffolk County, Massachusetts.\n10. Notices\nfile:///home/counsel/acme-beta-nda.html 2/2",
        ])
        #expect(!text.string.contains("file://") && !text.string.contains("1:07 PM") && !text.string.contains("acme-beta-nda"))
        let range = text.sentenceRange(around: (text.string as NSString).range(of: "courts"))
        #expect(text.substring(range).hasSuffix("located in\u{0C}Suffolk County, Massachusetts."))
        #expect(text.page(at: range.location) == 1)
        // As poppler reads Chromium's footer: the address over the page's number.
        let twoLines = PagedText(pages: ["Section 1 applies to\nfile:///tmp/pdf/acme-beta-nda.html\n1/2\n", "12/2/26, 5:28 PM\nacme-beta-nda\nall parties.\n"])
        #expect(twoLines.string == "Section 1 applies to\u{0C}all parties.\n")
        // A web page's title, printed under the date on every page.
        let titled = PagedText(pages: [
            "12/2/26, 5:28 PM\nTerms of Service | Acme\nTerms of Service\nYou may cancel your\n", "12/2/26, 5:28 PM\nTerms of Service | Acme\nsubscription at any time.\n",
        ])
        #expect(titled.string == "Terms of Service\nYou may cancel your\n\u{0C}subscription at any time.\n")
        let heading = PagedText(pages: ["Intro", "It is governed by the laws of Delaware."])
        #expect(heading.substring(heading.sentenceRange(around: NSRange(location: 8, length: 2))) == "It is governed by the laws of Delaware.")
    }

    @Test("a list label after a wide gap ends the text before it; an initial in a name does not")
    func listLabel() throws {
        let set = try PatternSet(["\\bgoverned by\\b"], file: "test", key: "patterns")
        let labelled = PagedText("Al Faisal Co. Ltd Tahlia Street, Riyadh 11433 Saudi Arabia   B. This Agreement shall be governed by the laws of the State of Delaware.")
        #expect(try #require(set.evidence(in: labelled).first).quote == "This Agreement shall be governed by the laws of the State of Delaware.")
        let named = PagedText("Signed by J. Smith. The contract of J. Smith shall be governed by the laws of Ohio.")
        #expect(try #require(set.evidence(in: named).first).quote == "The contract of J. Smith shall be governed by the laws of Ohio.")
    }

    @Test("running headers, footers and page numbers at page breaks are taken out, pages kept; a page's own first line is not")
    func pageEdgeFurniture() throws {
        let pages = [
            "ACME SUPPLY AGREEMENT\nThe Buyer shall pay\n\nAcme Confidential\n- 1 -\n",
            "Acme / Beta Supply Agreement\n\neach invoice within thirty days.\nThe Seller shall deliver the goods to\n- 2 -\n",
            "Acme / Beta Supply Agreement\nthe Buyer's warehouse.\n",
        ]
        let text = PagedText(pages: pages)
        #expect(text.string == "ACME SUPPLY AGREEMENT\nThe Buyer shall pay\n\u{0C}each invoice within thirty days.\nThe Seller shall deliver the goods to\n\u{0C}the Buyer's warehouse.\n")
        #expect(text.pageStarts.count == 3)
        #expect(text.page(at: (text.string as NSString).range(of: "each invoice").location) == 2)
        #expect(text.page(at: (text.string as NSString).range(of: "warehouse").location) == 3)
        let set = try PatternSet(["\\bshall pay\\b", "\\bshall deliver\\b"], file: "test", key: "patterns")
        let quotes = set.evidence(in: text).map(\.quote)
        #expect(quotes == ["The Buyer shall pay each invoice within thirty days.", "The Seller shall deliver the goods to the Buyer's warehouse."])
        // A pattern's bounded reach spans the break as it would a line break.
        let near = try PatternSet(["\\bshall pay[^.]{0,8}\\binvoice\\b"], file: "test", key: "patterns")
        #expect(near.evidence(in: text).map(\.quote) == ["The Buyer shall pay each invoice within thirty days."])
        // Two pages whose second starts with its own words, once: nothing is taken out.
        let plain = PagedText(pages: ["TERMS\nThe Buyer shall pay the price.\n", "Delivery\nThe Seller shall deliver the goods.\n"])
        #expect(plain.string == "TERMS\nThe Buyer shall pay the price.\n\u{0C}Delivery\nThe Seller shall deliver the goods.\n")
    }

    @Test("a full stop inside a closing quotation mark ends a sentence; an abbreviation's does not")
    func fullStopInsideQuotationMark() throws {
        let set = try PatternSet(["\\bhereby grants\\b", "\\bsupplied by\\b"], file: "test", key: "patterns")
        let defined = PagedText("Acme owns the marks in Appendix 2, referred to as the \"Marks.\" Acme hereby grants Distributor a licence to use the Marks.")
        #expect(try #require(set.evidence(in: defined).first).quote == "Acme hereby grants Distributor a licence to use the Marks.")
        let curly = PagedText("The marks are the \u{201C}Marks.\u{201D} Acme hereby grants Distributor a licence to use them.")
        #expect(try #require(set.evidence(in: curly).first).quote == "Acme hereby grants Distributor a licence to use them.")
        // A company's "Co." inside quotation marks ends no sentence.
        let company = PagedText("The goods are supplied by \"Acme Co.\" under this Agreement.")
        #expect(try #require(set.evidence(in: company).first).quote == "The goods are supplied by \"Acme Co.\" under this Agreement.")
    }

    @Test("a page number run onto the last line before a page break is no part of the quote; a section number is")
    func trailingPageNumber() throws {
        let set = try PatternSet(["\\bliable\\b"], file: "test", key: "patterns")
        let broken = PagedText("NEITHER PARTY WILL BE LIABLE FOR LOST PROFITS OR GOODWILL, BUSINESS 3\n\nSource: ACME CORP, 10-K, 3/21/2019\n\nINTERRUPTION AND THE LIKE.")
        #expect(try #require(set.evidence(in: broken).first).quote == "NEITHER PARTY WILL BE LIABLE FOR LOST PROFITS OR GOODWILL, BUSINESS")
        let section = PagedText("Neither party is liable except as provided in Section 3\n\nThe next paragraph.")
        #expect(try #require(set.evidence(in: section).first).quote == "Neither party is liable except as provided in Section 3")
        // A quote of a range found otherwise (the clause model's sentence) too.
        let range = (broken.string as NSString).range(of: "NEITHER PARTY WILL BE LIABLE FOR LOST PROFITS OR GOODWILL, BUSINESS 3")
        #expect(broken.quote(of: range).quote == "NEITHER PARTY WILL BE LIABLE FOR LOST PROFITS OR GOODWILL, BUSINESS")
        let sectionRange = (section.string as NSString).range(of: "Neither party is liable except as provided in Section 3")
        #expect(section.quote(of: sectionRange).quote == "Neither party is liable except as provided in Section 3")
    }

    @Test("a numbered heading on a line of its own is no part of the sentence under it; a wrapped line or a numbered sentence is")
    func headingLine() throws {
        let set = try PatternSet(["\\bshall not be employed\\b"], file: "test", key: "patterns")
        let text = PagedText("5. Confidentiality\nThe Employee shall keep secrets.\n\n6. Restraint of trade\nFor a period of six (6) months the Employee shall not be employed by a competitor.")
        #expect(try #require(set.evidence(in: text).first).quote == "For a period of six (6) months the Employee shall not be employed by a competitor.")
        // The clause model's sentence, which starts at the heading, is quoted without it too.
        let range = (text.string as NSString).range(of: "6. Restraint of trade\nFor a period of six (6) months the Employee shall not be employed by a competitor.")
        #expect(text.quote(of: range).quote == "For a period of six (6) months the Employee shall not be employed by a competitor.")
        // Not a heading: a numbered sentence wrapped onto a second line starting in capitals.
        let wrapped = PagedText("6. For a period of six (6) months after the end of the employment the\nEmployee shall not be employed by a competitor.")
        #expect(try #require(set.evidence(in: wrapped).first).quote == "For a period of six (6) months after the end of the employment the Employee shall not be employed by a competitor.")
    }

    @Test("'Rs.' before a figure ends no sentence")
    func rupeeSign() throws {
        let set = try PatternSet(["\\bannual fee\\b"], file: "test", key: "patterns")
        let text = PagedText("The Licensor shall provide support for an annual fee of Rs. 3,60,000 plus GST. The next sentence.")
        #expect(try #require(set.evidence(in: text).first).quote == "The Licensor shall provide support for an annual fee of Rs. 3,60,000 plus GST.")
    }

    @Test("a sentence too long to quote whole is marked where it was cut")
    func cutSentence() throws {
        let clause = "This Agreement has an initial term of three (3) years from the Effective Date (the \"Initial Term\") and shall automatically "
            + "renew for successive one-year terms unless either party gives written notice of non-renewal at least thirty (30) days before "
            + "the end of the then-current term, in which case the Agreement shall end at the end of that term and the Buyer shall pay all open invoices."
        let set = try PatternSet(["\\binitial term of\\b"], file: "test", key: "patterns")
        let quote = try #require(set.evidence(in: PagedText(clause)).first?.quote)
        #expect(quote.hasPrefix("This Agreement has an initial term"))
        #expect(quote.hasSuffix("…"))
        #expect(quote.count <= 280)
        let whole = try #require(set.evidence(in: PagedText("The parties agree on an initial term of two (2) years.")).first?.quote)
        #expect(whole == "The parties agree on an initial term of two (2) years.")
    }

    @Test("a long sentence two patterns find is quoted once when one cut quote holds nothing the other does not; one that goes further is kept")
    func cutQuoteOfSameSentence() throws {
        let whole = Evidence(page: 1, quote: "Master Franchisee shall pay Franchisor fifty percent (50%) of each initial franchise fee it receives.")
        #expect(whole.isSameSentence(as: Evidence(page: 1, quote: "….2 Master Franchisee shall pay Franchisor fifty percent (50%) of each initial fra…")))
        #expect(!whole.isSameSentence(as: Evidence(page: 2, quote: "….2 Master Franchisee shall pay Franchisor fifty percent (50%) of each initial fra…")))
        // It goes on past the other's end: the part that may matter.
        #expect(!whole.isSameSentence(as: Evidence(page: 1, quote: "…Franchisor fifty percent (50%) of each initial franchise fee it receives from a sub-franchisee and a royalty…")))
        let clause = "3.2 Master Franchisee shall pay Franchisor fifty percent (50%) of each initial franchise fee it receives from a "
            + "sub-franchisee, and a continuing royalty of three percent (3%) of the Gross Sales of every cafe in the Territory, payable "
            + "monthly by the 15th day of the following month."
        let set = try PatternSet(["\\bshall pay\\b", "\\bfollowing month\\b"], file: "test", key: "patterns")
        let quotes = set.evidence(in: PagedText(clause))
        #expect(quotes.count == 1, "\(quotes)")
        #expect(quotes.first?.quote.hasSuffix("following mont…") == true)
    }

    @Test("a sentence that states the clause comes before a table-of-contents line or a definition that points elsewhere")
    func ranking() throws {
        let text = PagedText("""
            2.8 Change of Control 2 2.9 Control 3 2.10 Change Order 3.
            "Change of Control" has the meaning set forth in Section 9.4.
            If a Party undergoes a Change of Control, the other Party may terminate this Agreement on notice.
            """)
        let set = try PatternSet(["\\bchange of control\\b"], file: "test", key: "patterns")
        #expect(set.evidence(in: text).first?.quote.hasPrefix("If a Party undergoes a Change of Control") == true)
    }
}
