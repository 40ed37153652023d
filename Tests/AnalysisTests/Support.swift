import Classification
import ComplianceGuard
import ContractWise
import Extraction
import Foundation
import OptiMindCore
import Pipeline

enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let rules = root + "/Config/rules"

    static func ruleSet() throws -> RuleSet { try RuleSet(directory: rules) }
}

/// A document made of the given pages, as the extraction stage would return it.
func document(_ pages: String...) -> ExtractedDocument {
    ExtractedDocument(mimeType: "text/plain", pageTexts: pages)
}

enum DocumentAnalyzerFactory {
    static func make() throws -> DocumentAnalyzer {
        try DocumentAnalyzer(rules: Repository.ruleSet(), limits: ExtractionLimits())
    }
}

extension RuleSet {
    /// The contract analysis of a document, classified first, as the pipeline runs them.
    func contractFindings(_ document: ExtractedDocument) -> ContractFindings {
        contracts.analyze(document, classification: classifier.classify(document))
    }

    /// The compliance analysis of a document, classified first, as the pipeline runs them.
    func complianceFindings(_ document: ExtractedDocument) -> ComplianceFindings {
        compliance.analyze(document, classification: classifier.classify(document))
    }
}
