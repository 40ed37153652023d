import Classification
import ComplianceGuard
import ContractWise
import Foundation
import OptiMindCore

/// Every analysis stage, built from the rule data files of one folder and validated together at start.
public struct RuleSet: Sendable {
    public let classifier: DocumentClassifier
    public let contracts: ContractAnalyzer
    public let compliance: ComplianceAnalyzer
    public let directory: String

    public init(directory: String, reviewThreshold: Double? = nil) throws {
        self.directory = directory
        let classification = try ClassificationRules(file: directory + "/classification.json")
        let threshold = reviewThreshold ?? classification.reviewThreshold
        classifier = DocumentClassifier(rules: classification)
        // The clause model is optional: without it the clauses are decided by the rules alone.
        let model = directory + "/clause-model.json"
        contracts = ContractAnalyzer(
            rules: try ContractWiseRules(
                file: directory + "/contractwise.json", model: FileManager.default.fileExists(atPath: model) ? model : nil),
            reviewThreshold: threshold)
        compliance = ComplianceAnalyzer(rules: try ComplianceGuardRules(file: directory + "/complianceguard.json"), reviewThreshold: threshold)
    }
}
