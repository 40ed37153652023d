import Foundation
import OptiMindCore

/// Renders a report as Markdown, for teams that read reports in a wiki or a code review.
public enum MarkdownReportRenderer {
    static let marker = "<!-- generator: optimind -->"

    public static func render(_ report: AnalysisReport) -> String {
        var lines: [String] = [marker]
        let name = (report.source.path as NSString).lastPathComponent
        func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
        func quotes(_ evidence: [Evidence]) -> String { evidence.map { "p.\($0.page): “\(cell($0.quote))”" }.joined(separator: "<br>") }
        // Under the opening line, which names the status.
        let whyReview = report.reviewReasons.isEmpty ? [] : ["", "Why review:"] + report.reviewReasons.map { "- \($0)" }
        if let contract = report.contract {
            lines += [
                "# \(contract.title)", "", "ContractWise analysis of `\(name)`: **\(contract.contractType.displayName)**, "
                    + "risk **\(contract.riskAssessment.level)** (\(Int(contract.riskAssessment.score * 100))/100), status \(contract.status.rawValue).",
            ] + whyReview + [
                "", "## Key facts", "",
                "- Parties: " + (contract.parties.isEmpty ? "not found" : contract.parties.map { "\($0.name)" + ($0.role.map { " (\($0))" } ?? "") }.joined(separator: "; ")),
                "- Agreement date: \(contract.dates.agreementDate ?? "not stated")",
                "- Expiration date: \(contract.dates.expirationDate ?? "not stated")",
                "- Term: \(KeyFactText.term(contract.term, dates: contract.dates))",
                "- Governing law: \(KeyFactText.law(contract.governingLaw))",
                "- Venue: \(KeyFactText.venue(contract.venue))",
                "- Amounts: \(KeyFactText.amounts(contract.amounts))",
                "- Notice periods: \(KeyFactText.noticePeriods(contract.noticePeriods))",
                "", "## Clauses", "", "| Clause | Found | Risk | Evidence |", "|---|---|---|---|",
            ]
            lines += contract.clauses.map { "| \(cell($0.title)) | \($0.present ? "yes" : "no") | \($0.risk ?? "") | \(quotes($0.evidence)) |" }
            lines += ["", "## Recommendations", ""] + contract.recommendations.map { "- \($0)" }
        } else if let compliance = report.compliance {
            lines += [
                "# \(compliance.title)", "", "ComplianceGuard analysis of `\(name)`: \(compliance.businessType), "
                    + "regulations \(compliance.regulations.map(\.key).joined(separator: ", ")), status \(compliance.status.rawValue), next review \(compliance.nextReviewDate).",
            ] + whyReview + [
                "", "## Checklist", "", "| Regulation | Element | Article | Found | Evidence |", "|---|---|---|---|---|",
            ]
            lines += compliance.checklist.map { "| \($0.regulation) | \(cell($0.what)) | \($0.article) | \($0.present ? "yes" : $0.applies ? "no" : "not applicable") | \(quotes($0.evidence)) |" }
            lines += ["", "## Action plan", ""] + compliance.actionPlan.map { "- P\($0.priority): \($0.task)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
