import Classification
import ComplianceGuard
import ContractWise
import Foundation
import OptiMindCore
import Synchronization

/// Every analysis stage, built from the rule data files of one folder and validated together at start.
public struct RuleSet: Sendable {
    public let classifier: DocumentClassifier
    public let contracts: ContractAnalyzer
    public let compliance: ComplianceAnalyzer
    public let directory: String

    public init(directory: String, reviewThreshold: Double? = nil) throws {
        self.directory = directory
        // The three files load side by side (compiling a few hundred patterns and reading the clause
        // model's weights is most of the start-up time); an error is reported for the first file
        // that has one, in this order.
        let model = directory + "/clause-model.json"
        let loaded = Mutex<(ClassificationRules?, ContractWiseRules?, ComplianceGuardRules?, [Int: any Error])>((nil, nil, nil, [:]))
        DispatchQueue.concurrentPerform(iterations: 3) { part in
            do {
                switch part {
                case 0:
                    let rules = try ClassificationRules(file: directory + "/classification.json")
                    loaded.withLock { $0.0 = rules }
                case 1:
                    // The clause model is optional: without it the clauses are decided by the rules alone.
                    let rules = try ContractWiseRules(
                        file: directory + "/contractwise.json", model: FileManager.default.fileExists(atPath: model) ? model : nil)
                    loaded.withLock { $0.1 = rules }
                default:
                    let rules = try ComplianceGuardRules(file: directory + "/complianceguard.json")
                    loaded.withLock { $0.2 = rules }
                }
            } catch {
                loaded.withLock { $0.3[part] = error }
            }
        }
        let (classification, contractWise, complianceGuard, errors) = loaded.withLock { $0 }
        if let first = errors.keys.min() { throw errors[first]! }
        let threshold = reviewThreshold ?? classification!.reviewThreshold
        classifier = DocumentClassifier(rules: classification!)
        contracts = ContractAnalyzer(rules: contractWise!, reviewThreshold: threshold)
        compliance = ComplianceAnalyzer(rules: complianceGuard!, reviewThreshold: threshold)
    }
}
