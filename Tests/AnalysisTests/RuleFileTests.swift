import Foundation
import Pipeline
import Testing

@testable import Classification
@testable import ContractWise
@testable import OptiMindCore

@Suite("Rule files")
struct RuleFileTests {
    func write(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "rules-\(UUID().uuidString).json"
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
                && error?.exitStatus == .config
        }
    }

    @Test("an unknown contract type and a missing key are named")
    func badNames() throws {
        let unknown = try write("""
            {"reviewThreshold": 0.5, "titleWeight": 1, "roleWeight": 1, "phraseWeight": 1,
             "kinds": {"CONTRACT": {"titlePatterns": [], "phrasePatterns": []}},
             "contractTypes": {"LOAN": {"titlePatterns": [], "phrasePatterns": []}}}
            """)
        #expect { try ClassificationRules(file: unknown) } throws: { ($0 as? RuleFileError)?.reason.hasPrefix("contractTypes.LOAN") == true }
        let missing = try write(#"{"expectationWeight": 0.1, "levels": [{"below": 2, "level": "LOW"}], "clauses": [{"key": "x"}], "expectations": {}}"#)
        #expect { try ContractWiseRules(file: missing) } throws: { ($0 as? RuleFileError)?.reason.contains("missing key clauses[0].title") == true }
    }

    @Test("the shipped rule files load")
    func shipped() throws {
        let rules = try Repository.ruleSet()
        #expect(rules.directory.hasSuffix("Config/rules"))
    }
}

@Suite("Pattern pre-filter")
struct PatternPrefilterTests {
    @Test(
        "the required word is one every match must contain, or none",
        arguments: [
            ("\\bgoverned by,? (and (shall be )?)?(construed|interpreted)?[^.]{0,60}\\blaws? of\\b", "governed"),
            ("\\bterminat\\w*[^.]{0,80}\\b(for convenience|for any reason)", "terminat"),
            ("\\b(automatically|auto-?) ?renew", "renew"),
            ("\\blicen[cs]e agreement\\b", "agreement"),
            ("\\bindemnif", "indemnif"),
            ("\\bCCPA\\b|\\bCPRA\\b", nil),
            ("(USD|EUR|\\$)\\s?\\d[\\d,]*", nil),
            ("\\bconfidentiality\\b", "confidentiality"),
            ("colou?rs?", "colo"),
            ("\\bmemo(randum)?\\b(?! of understanding)", "memo"),
        ] as [(String, String?)])
    func requiredWords(pattern: String, word: String?) {
        #expect(PatternSet.requiredWord(of: pattern) == word)
    }

    @Test("filtering changes no result: a pattern whose word is absent cannot match, one whose word is present still does")
    func sameResults() throws {
        let set = try PatternSet(["\\bgoverned by[^.]{0,60}\\blaws? of\\b", "\\bCCPA\\b|\\bCPRA\\b"], file: "test", key: "patterns")
        #expect(set.countMatching("This Agreement is GOVERNED BY the laws of Ireland. The CPRA applies.") == 2)
        #expect(set.countMatching("Nothing here but a lease.") == 0)
        let text = PagedText(pages: ["Intro", "It is governed by the\nlaws of Delaware."])
        #expect(set.evidence(in: text).first?.page == 2)
    }
}
