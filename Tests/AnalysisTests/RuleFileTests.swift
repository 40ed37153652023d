import Foundation
import Pipeline
import OptiMindCore
import Testing

@testable import Classification
@testable import ContractWise

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
