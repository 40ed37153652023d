import Foundation
import OptiMindCore
import Pipeline
import Testing
@testable import ContractWise

@Suite("Clause model")
struct ClauseModelTests {
    private func sentences(_ text: String) -> [String] {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { buffer in
            ClauseModel.sentences(buffer).map { String(decoding: units[$0], as: UTF16.self) }
        }
    }

    private func features(_ text: String) -> Set<UInt64> {
        let units = Array(text.utf16)
        var found = Set<UInt64>()
        units.withUnsafeBufferPointer { buffer in ClauseModel.features(buffer, 0..<units.count) { found.insert($0) } }
        return found
    }

    @Test("sentences end at . ; ! ? before a capital, digit, bracket or quote, and at blank lines; short ones are dropped")
    func splitting() {
        let text = "1. Term. The term is one year; (a) it renews e.g. yearly.\n\nSECTION TWO HEADING\nwrapped line. lower case goes on!  \u{201C}Quoted\u{201D} starts here? 2 More text follows"
        #expect(sentences(text) == [
            "The term is one year;", "(a) it renews e.g. yearly.", "SECTION TWO HEADING\nwrapped line. lower case goes on!",
            "\u{201C}Quoted\u{201D} starts here?", "2 More text follows",
        ])
    }

    @Test("features are lower-case words of two letters or more, digit runs, and pairs of consecutive ones")
    func tokens() {
        let expected = ["the", "supplier", "12", "month", "warranty", "the supplier", "supplier 12", "12 month", "month warranty"]
        #expect(features("The Supplier's 12-month WARRANTY, é x") == Set(expected.map { ClauseModel.hash(Array($0.utf8)) }))
    }

    /// A rules folder with the shipped rules and the given clause model and weights.
    private func rules(model: String, weights: String = "warranty\ta\t1\n") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clause-model-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in ["classification.json", "contractwise.json", "complianceguard.json"] {
            try FileManager.default.copyItem(atPath: Repository.rules + "/" + name, toPath: folder + "/" + name)
        }
        try model.write(toFile: folder + "/clause-model.json", atomically: false, encoding: .utf8)
        try weights.write(toFile: folder + "/clause-weights.tsv", atomically: false, encoding: .utf8)
        return folder
    }

    @Test("the model alone finds a clause no rule names, quoting its sentence; a rule match the model rejects is dropped")
    func decisions() throws {
        let folder = try rules(model: """
            {"clauses": {
              "most_favored_nation": {"threshold": 0.5, "thresholdWithRules": 0, "intercept": -4},
              "warranty": {"threshold": null, "thresholdWithRules": 0.9, "intercept": -4}
            }}
            """, weights: "most_favored_nation\tbananas\t6\nwarranty\tbananas\t1\nwarranty\tall bananas\t0.5\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let findings = try RuleSet(directory: folder).contractFindings(document("""
            SUPPLY AGREEMENT

            The Buyer shall receive all bananas at the lowest price the Supplier charges anyone.

            The Supplier warrants the Products for twelve (12) months from delivery.

            This Agreement is governed by the laws of the State of New York.
            """))
        // (A warranty "free from defects for twelve (12) months" would be decisive, standing whatever the model says.)
        let clause = { (key: String) in findings.clauses.first { $0.key == key } }
        let nation = try #require(clause("most_favored_nation"))
        #expect(nation.present && nation.basis == "model")
        #expect(nation.evidence.map(\.quote) == ["The Buyer shall receive all bananas at the lowest price the Supplier charges anyone."])
        #expect(abs((nation.modelProbability ?? 0) - 0.881) < 0.001)  // 1 / (1 + e^-(6 - 4))
        let warranty = try #require(clause("warranty"))
        #expect(!warranty.present && warranty.evidence.isEmpty)
        #expect(abs((warranty.modelProbability ?? 1) - 0.076) < 0.001)  // 1 / (1 + e^-(1 + 0.5 - 4)): word and pair
        // A clause the model file leaves out is the rules' alone.
        let law = try #require(clause("governing_law"))
        #expect(law.present && law.basis == "rules" && law.modelProbability == nil)
    }

    @Test("the model alone counts a sentence only when it holds the words the clause's modelNeeds name: a term of two years is no renewal")
    func modelNeeds() throws {
        let folder = try rules(model: """
            {"clauses": {"auto_renewal": {"threshold": 0.5, "thresholdWithRules": 0.3, "intercept": -4}}}
            """, weights: "auto_renewal\tbananas\t6\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let rules = try RuleSet(directory: folder)
        let renewal = { (sentence: String) in
            try #require(rules.contractFindings(document("SUPPLY AGREEMENT\n\nThe Supplier shall deliver bananas weekly.\n\n" + sentence)).clauses.first { $0.key == "auto_renewal" })
        }
        let term = try renewal("This Agreement shall remain in effect for two (2) years for the bananas.")
        #expect(!term.present && term.evidence.isEmpty)
        #expect((term.modelProbability ?? 0) > 0.5, "the model alone would have counted it")
        let yearly = try renewal("After that this Agreement shall stay in effect from year to year for the bananas.")
        #expect(yearly.present && yearly.basis?.contains("model") == true)
        #expect(yearly.evidence.first?.quote == "After that this Agreement shall stay in effect from year to year for the bananas.")
    }

    @Test("an invalid model file fails at start with the file and the key")
    func validation() throws {
        let good = #"{"clauses": {"warranty": {"threshold": 0.5, "thresholdWithRules": 0.2, "intercept": 0}}}"#
        for (model, weights, file, reason) in [
            (#"{"clauses": {"warranty": {"threshold": 0.3, "thresholdWithRules": 0.5, "intercept": 0}}}"#, "warranty\ta\t1\n",
             "clause-model.json", "clauses.warranty.thresholdWithRules: above threshold"),
            (#"{"clauses": {"warranty": {"threshold": 1.5, "thresholdWithRules": 0.5, "intercept": 0}}}"#, "warranty\ta\t1\n",
             "clause-model.json", "clauses.warranty.threshold: must be a probability"),
            (#"{"clauses": {"bananas": {"threshold": 0.5, "thresholdWithRules": 0.5, "intercept": 0}}}"#, "warranty\ta\t1\n",
             "clause-model.json", "clauses.bananas: not a clause key"),
            (#"{"clauses": {"warranty": {"threshold": 0.5, "thresholdWithRules": 0.5}}}"#, "warranty\ta\t1\n",
             "clause-model.json", "clauses.warranty.intercept: needed"),
            (good, "warranty\ta\t1\nwarranty\tb 1.5\n", "clause-weights.tsv", "line 2: expected clause, feature and weight"),
            (good, "warranty\ta\t1\nbananas\tb\t1\n", "clause-weights.tsv", "line 2: bananas is not a clause key"),
            (good, "insurance\ta\t1\n", "clause-weights.tsv", "no weights for warranty"),
        ] {
            let folder = try rules(model: model, weights: weights)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            #expect {
                try RuleSet(directory: folder)
            } throws: { error in
                let error = error as? RuleFileError
                return error?.file?.hasSuffix(file) == true && error?.reason.hasPrefix(reason) == true
            }
        }
    }

    @Test("the shipped model loads, and lifts a plainly stated warranty period")
    func shipped() throws {
        let findings = try Repository.ruleSet().contractFindings(document("""
            SUPPLY AGREEMENT

            The Supplier warrants that the Products will be free from defects for twelve (12) months from delivery.
            """))
        let warranty = try #require(findings.clauses.first { $0.key == "warranty" })
        #expect(warranty.present && warranty.modelProbability != nil)
    }
}
