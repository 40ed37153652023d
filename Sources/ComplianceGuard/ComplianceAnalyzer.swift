import Foundation
import OptiMindCore

/// ComplianceGuard: which regulations a policy document falls under, which required elements it
/// has (each with a quoted passage and page) and which it lacks, and what to do about each gap.
public struct ComplianceAnalyzer: Sendable {
    public let rules: ComplianceGuardRules
    public let reviewThreshold: Double

    public init(rules: ComplianceGuardRules, reviewThreshold: Double) {
        self.rules = rules
        self.reviewThreshold = reviewThreshold
    }

    public func analyze(_ document: ExtractedDocument, classification: Classification) -> ComplianceFindings {
        let text = PagedText(pages: document.pageTexts)
        let whole = document.text
        var regulations: [RegulationFinding] = []
        var reviewMonths = rules.defaultReviewMonths
        for regulation in rules.regulations {
            let matched = regulation.patterns.countMatching(in: text)
            guard matched >= regulation.minMatches else { continue }
            let confidence = min(0.99, 0.5 + 0.12 * Double(matched))
            regulations.append(
                RegulationFinding(
                    key: regulation.key, name: regulation.name, confidence: (confidence * 100).rounded() / 100,
                    evidence: regulation.patterns.evidence(in: text, limit: 2)))
            reviewMonths = min(reviewMonths, regulation.reviewMonths)
        }
        regulations.sort { $0.confidence > $1.confidence }

        var checklist: [ChecklistItem] = []
        for regulation in regulations {
            for element in rules.checklists[regulation.key] ?? [] {
                let evidence = element.patterns.evidence(in: text, limit: 2)
                checklist.append(
                    ChecklistItem(
                        regulation: regulation.key, key: element.key, article: element.article,
                        required: element.required, what: element.what, present: !evidence.isEmpty, evidence: evidence))
            }
        }

        var actionPlan: [ActionItem] = []
        var factors: [RiskFactor] = []
        for item in checklist where !item.present {
            let priority = item.isMandatory ? 1 : (item.required.hasPrefix("always") ? 2 : 3)
            let verb = item.isMandatory ? "Add" : "Check whether the condition applies and, if so, add"
            actionPlan.append(
                ActionItem(
                    priority: priority, regulation: item.regulation, key: item.key, article: item.article,
                    task: "\(verb) the \(item.what) (\(item.regulation) Art. \(item.article))."))
            factors.append(
                RiskFactor(
                    factor: "Missing: \(item.what) (\(item.regulation) Art. \(item.article))",
                    weight: priority == 1 ? 0.12 : (priority == 2 ? 0.06 : 0.03), key: item.key, evidence: []))
        }
        actionPlan.sort { ($0.priority, $0.regulation, $0.key) < ($1.priority, $1.regulation, $1.key) }
        let score = min(1, factors.reduce(0) { $0 + $1.weight })
        let level = score < 0.25 ? "LOW" : score < 0.5 ? "MEDIUM" : score < 0.75 ? "HIGH" : "CRITICAL"

        let lastUpdated = Self.lastUpdated(in: whole)
        let base = lastUpdated ?? DateMentions.today()
        let nextReview = DateMentions.adding(months: reviewMonths, to: base) ?? base

        let status: ComplianceStatus
        if actionPlan.contains(where: { $0.priority == 1 }) {
            status = .urgentAttention
        } else if regulations.isEmpty || classification.confidence < reviewThreshold {
            status = .reviewRequired
        } else {
            status = .completed
        }
        let title = DocumentTitle.firstLine(of: whole, fallback: "Untitled policy")
        let opening = PagedText(pages: [DocumentTitle.opening(of: whole)])
        let businessType = rules.businessTypes.first { $0.1.countMatching(in: opening) > 0 }?.0 ?? "Policy document"
        let jurisdiction = Self.jurisdiction(regulations, rules: rules)
        return ComplianceFindings(
            title: title, businessType: businessType, regulations: regulations, jurisdiction: jurisdiction,
            checklist: checklist, riskAssessment: RiskAssessment(score: (score * 1000).rounded() / 1000, level: level, factors: factors),
            actionPlan: actionPlan, lastUpdated: lastUpdated, nextReviewDate: nextReview, status: status)
    }

    /// The date the document says it was last updated, reviewed or made effective.
    private static let updateMarker = try! TextPattern(
        "\\b(last (updated|modified|revised|reviewed)|effective( date| as of)?|updated( on)?|version date|date of issue)\\b[:\\s]*")

    static func lastUpdated(in string: String) -> String? {
        let text = PagedText(string)
        for match in updateMarker.matches(in: text) {
            let start = match.range.location + match.range.length
            let window = text.substring(NSRange(location: start, length: min(40, text.length - start)))
            if let iso = DateMentions.firstISO(in: window) { return iso }
        }
        return nil
    }

    static func jurisdiction(_ regulations: [RegulationFinding], rules: ComplianceGuardRules) -> String {
        let places = regulations.compactMap { finding in rules.regulations.first { $0.key == finding.key }?.jurisdiction }
        var seen = Set<String>()
        let distinct = places.filter { seen.insert($0).inserted }
        return distinct.isEmpty ? "Unknown" : distinct.joined(separator: "; ")
    }
}
