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
        // Built-in patterns register their anchor words with the rules', before any document is read.
        _ = (Self.updateMarker, DateMentions.expression, DateMentions.wordExpression, PagedText.builtInPatterns)
    }

    /// `paged` is the document's text prepared for matching, when the caller has it already.
    public func analyze(_ document: ExtractedDocument, classification: Classification, paged: PagedText? = nil) -> ComplianceFindings {
        let text = paged ?? PagedText(pages: document.pageTexts)
        let openingText = document.opening(3_000)
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
                // A conditional element applies when the document shows its condition (appliesWhen);
                // one without appliesWhen is only ever "confirm it does not apply".
                let condition = element.appliesWhen?.evidence(in: text, limit: 1) ?? []
                let applies = !element.isConditional || !condition.isEmpty
                checklist.append(
                    ChecklistItem(
                        regulation: regulation.key, key: element.key, article: element.article,
                        required: element.required, what: element.what, present: !evidence.isEmpty, evidence: evidence,
                        applies: applies, conditionEvidence: condition))
            }
        }

        var actionPlan: [ActionItem] = []
        var factors: [RiskFactor] = []
        for item in checklist where !item.present {
            let reference = rules.reference(regulation: item.regulation, article: item.article)
            let priority: Int
            let task: String
            if item.isMandatory {
                priority = 1
                task = "Add: \(item.what) (\(reference))."
            } else if item.applies {
                priority = 2
                task = "Applies here (\(item.required)); add: \(item.what) (\(reference))."
            } else {
                priority = 3
                task = "Confirm it does not apply (\(item.required)); if it does, add: \(item.what) (\(reference))."
            }
            actionPlan.append(ActionItem(priority: priority, regulation: item.regulation, key: item.key, article: item.article, task: task))
            if priority < 3 {
                factors.append(
                    RiskFactor(
                        factor: "Missing: \(item.what) (\(reference))", weight: priority == 1 ? 0.12 : 0.06, key: item.key,
                        evidence: item.conditionEvidence))
            }
        }
        let lastUpdated = Self.lastUpdated(in: text)
        let today = DateMentions.today()
        let base = lastUpdated ?? today
        let nextReview = DateMentions.adding(months: reviewMonths, to: base) ?? base
        // ISO dates compare as strings. A review date already passed is a gap of its own.
        if let lastUpdated, nextReview < today, let regulation = regulations.first {
            actionPlan.append(
                ActionItem(
                    priority: 2, regulation: regulation.key, key: "review_overdue", article: "review cycle \(reviewMonths) months",
                    task: "Review overdue since \(nextReview) (last updated \(lastUpdated)): review the document against current law and re-date it."))
            factors.append(RiskFactor(factor: "Review overdue since \(nextReview).", weight: 0.06, key: "review_overdue", evidence: []))
        }
        actionPlan.sort { ($0.priority, $0.regulation, $0.key) < ($1.priority, $1.regulation, $1.key) }
        let score = min(1, factors.reduce(0) { $0 + $1.weight })
        let level = score < 0.25 ? "LOW" : score < 0.5 ? "MEDIUM" : score < 0.75 ? "HIGH" : "CRITICAL"

        let status: ComplianceStatus
        var reviewReasons: [String] = []
        if actionPlan.contains(where: { $0.priority == 1 }) {
            status = .urgentAttention
        } else if regulations.isEmpty || classification.confidence < reviewThreshold {
            status = .reviewRequired
            if regulations.isEmpty {
                reviewReasons.append(
                    "no regulation recognised: the text matches none of the \(rules.regulations.count) regulations in the rules (\(rules.regulations.prefix(3).map(\.key).joined(separator: ", ")), ...)")
            }
            reviewReasons += classification.reviewReasons(threshold: reviewThreshold)
        } else {
            status = .completed
        }
        let title = DocumentTitle.naming(
            ["policy", "notice", "statement", "procedure", "standard", "practices", "charter", "handbook"], in: openingText, fallback: "Untitled policy")
        let opening = PagedText(pages: [DocumentTitle.opening(of: openingText)])
        let businessType = rules.businessTypes.first { $0.1.matchesAny(in: opening) }?.0 ?? "Policy document"
        let jurisdiction = Self.jurisdiction(regulations, rules: rules)
        return ComplianceFindings(
            title: title, businessType: businessType, regulations: regulations, jurisdiction: jurisdiction,
            checklist: checklist, riskAssessment: RiskAssessment(score: (score * 1000).rounded() / 1000, level: level, factors: factors),
            actionPlan: actionPlan, lastUpdated: lastUpdated, nextReviewDate: nextReview, status: status, reviewReasons: reviewReasons)
    }

    /// The date the document says it was last updated, reviewed or made effective.
    private static let updateMarker = try! TextPattern(
        "\\b(last (updated|modified|revised|reviewed)|effective( date| as of)?|updated( on)?|version date|date of issue)\\b[:\\s]*")

    static func lastUpdated(in text: PagedText) -> String? {
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
