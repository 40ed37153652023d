import Foundation
import OptiMindCore

/// ContractWise: finds the clauses, key facts and risks of a contract, each tied to a quoted passage
/// and its page, so a lawyer can check every finding in the document in a minute.
public struct ContractAnalyzer: Sendable {
    public let rules: ContractWiseRules
    /// Below this classification confidence the analysis asks for a human review.
    public let reviewThreshold: Double

    public init(rules: ContractWiseRules, reviewThreshold: Double) {
        self.rules = rules
        self.reviewThreshold = reviewThreshold
    }

    public func analyze(_ document: ExtractedDocument, classification: Classification) -> ContractFindings {
        let text = PagedText(pages: document.pageTexts)
        let type = classification.contractType ?? .other
        var clauses: [ClauseFinding] = []
        var factors: [RiskFactor] = []
        var recommendations: [String] = []
        for rule in rules.clauses {
            let evidence = rule.patterns.evidence(in: text, unless: rule.unless)
            let present = !evidence.isEmpty
            clauses.append(
                ClauseFinding(
                    key: rule.key, title: rule.title, present: present, evidence: evidence,
                    risk: present ? rule.risk : nil, plainLanguage: rule.plainLanguage))
            if present, let risk = rule.whenPresent {
                factors.append(RiskFactor(factor: risk.factor, weight: risk.weight, key: rule.key, evidence: evidence))
                recommendations.append(risk.recommendation)
            } else if !present, let risk = rule.whenAbsent {
                factors.append(RiskFactor(factor: risk.factor, weight: risk.weight, key: rule.key, evidence: []))
                recommendations.append(risk.recommendation)
            }
        }
        let presentKeys = Set(clauses.filter(\.present).map(\.key))
        for key in rules.expectations[type] ?? [] where !presentKeys.contains(key) {
            // Already counted when the clause's own absence is a factor.
            guard !factors.contains(where: { $0.key == key }) else { continue }
            let title = rules.clauses.first { $0.key == key }?.title ?? key
            factors.append(
                RiskFactor(
                    factor: "\(type.displayName) without \(title.lowercased()): expected for this type of contract.",
                    weight: rules.expectationWeight, key: key, evidence: []))
            recommendations.append("Add \(title.lowercased()) terms; a \(type.displayName.lowercased()) normally has them.")
        }

        let facts = KeyFactExtractor(text: text)
        var governingLaw = facts.governingLaw()
        if governingLaw.evidence.isEmpty, let clause = clauses.first(where: { $0.key == "governing_law" && $0.present }) {
            governingLaw.evidence = clause.evidence
        }
        let score = min(1, factors.reduce(0) { $0 + $1.weight })
        let risk = RiskAssessment(
            score: (score * 1000).rounded() / 1000, level: rules.level(for: score),
            factors: factors.sorted { $0.weight > $1.weight })
        if classification.confidence < reviewThreshold {
            recommendations.insert(
                "The contract type is uncertain (confidence \(classification.confidence)); have a lawyer confirm it before relying on this report.",
                at: 0)
        }
        if document.hasTrackedChanges {
            recommendations.insert("The document carries tracked changes: this analysis read the redline with insertions accepted.", at: 0)
        }
        return ContractFindings(
            title: Self.title(of: document.text), contractType: type, parties: facts.parties(), dates: facts.dates(),
            governingLaw: governingLaw, amounts: facts.amounts(), noticePeriods: facts.noticePeriods(),
            clauses: clauses, riskAssessment: risk, recommendations: recommendations,
            status: classification.confidence < reviewThreshold ? .reviewRequired : .completed)
    }

    /// The contract's title: the first line of the opening that names an agreement, else the first line.
    static func title(of text: String) -> String {
        let lines = text.prefix(3_000).split(whereSeparator: { $0 == "\n" || $0 == "\u{0C}" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let named = lines.prefix(10).first {
            $0.count < 120 && $0.range(of: "agreement|contract|lease|licen[cs]e|terms", options: [.regularExpression, .caseInsensitive]) != nil
        }
        return String((named ?? lines.first ?? "Untitled contract").prefix(200))
    }
}
