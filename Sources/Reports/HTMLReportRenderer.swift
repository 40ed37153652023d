import Foundation
import OptiMindCore

/// Renders a report as one self-contained HTML page (inline CSS, no scripts, no external resources),
/// for a lawyer or compliance officer who opens it from the shared folder.
public enum HTMLReportRenderer {
    public static func render(_ report: AnalysisReport) -> String {
        var body = ""
        let name = (report.source.path as NSString).lastPathComponent
        if let contract = report.contract {
            body += header(
                title: contract.title, subtitle: "ContractWise analysis of \(name)", status: contract.status.rawValue,
                risk: contract.riskAssessment)
            body += summary(report, extra: [
                ("Contract type", contract.contractType.displayName + (report.classification.runnerUp.map { " (runner-up: \($0.displayName))" } ?? "")),
            ])
            body += contractFacts(contract)
            body += riskSection(contract.riskAssessment)
            body += clauseTable(contract.clauses)
            body += list("Recommendations", contract.recommendations)
        } else if let compliance = report.compliance {
            body += header(
                title: compliance.title, subtitle: "ComplianceGuard analysis of \(name)",
                status: compliance.status.rawValue, risk: compliance.riskAssessment)
            body += summary(report, extra: [
                ("Document type", compliance.businessType), ("Jurisdiction", compliance.jurisdiction),
                ("Last updated", compliance.lastUpdated ?? "not stated"), ("Next review", compliance.nextReviewDate),
            ])
            body += regulationTable(compliance.regulations)
            body += checklistTable(compliance.checklist)
            body += actionPlan(compliance.actionPlan)
        }
        body += list("Classification evidence", report.classification.evidence)
        if !report.warnings.isEmpty { body += list("Extraction warnings", report.warnings) }
        return page(title: "\(report.analysis ?? "optimind") report: \(name)", body: body, report: report)
    }

    static func escape(_ text: String) -> String {
        // On UTF-8 bytes (the five characters are ASCII, so they never occur inside a multi-byte
        // character): walking Characters costs grapheme breaking, and most text needs no change.
        let special: (UInt8) -> Bool = { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }
        guard text.utf8.contains(where: special) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 32)
        for byte in text.utf8 {
            switch byte {
            case 0x26: out += Array("&amp;".utf8)
            case 0x3C: out += Array("&lt;".utf8)
            case 0x3E: out += Array("&gt;".utf8)
            case 0x22: out += Array("&quot;".utf8)
            case 0x27: out += Array("&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func page(title: String, body: String, report: AnalysisReport) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="generator" content="\(AnalysisReport.generator)">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2430;margin:0;background:#f5f6f8}
        main{max-width:1080px;margin:0 auto;padding:24px}
        header{background:#fff;border-radius:8px;padding:20px 24px;box-shadow:0 1px 3px #0002}
        h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
        .sub{color:#5b6472}.badge{display:inline-block;padding:2px 10px;border-radius:12px;font-weight:600;font-size:13px}
        .LOW{background:#dff3e4;color:#1b6b34}.MEDIUM{background:#fff1cc;color:#7a5a00}
        .HIGH{background:#ffe0cc;color:#9a3b00}.CRITICAL{background:#ffd6d6;color:#9b1111}
        .meter{height:10px;background:#e6e8ec;border-radius:5px;overflow:hidden;margin:8px 0;max-width:420px}
        .meter span{display:block;height:100%;background:linear-gradient(90deg,#37a55a,#e3b400,#e0602b,#c41f1f)}
        table{width:100%;border-collapse:collapse;background:#fff;border-radius:8px;overflow:hidden;box-shadow:0 1px 3px #0002}
        th,td{text-align:left;vertical-align:top;padding:8px 10px;border-bottom:1px solid #eceef1;font-size:14px}
        th{background:#eef0f4;font-weight:600}td.q{color:#3b4350}q{font-style:italic}
        .yes{color:#1b6b34;font-weight:600}.no{color:#9b1111;font-weight:600}
        dl{display:grid;grid-template-columns:180px 1fr;gap:4px 12px;background:#fff;padding:16px;border-radius:8px;box-shadow:0 1px 3px #0002}
        dt{color:#5b6472}dd{margin:0}ul{background:#fff;border-radius:8px;padding:12px 32px;box-shadow:0 1px 3px #0002}
        footer{color:#8a919c;font-size:12px;margin-top:32px}
        </style>
        </head>
        <body><main>
        \(body)
        <footer>Generated by optimind on \(escape(report.generatedAt)) from \(escape(report.source.path)) (sha256 \(escape(report.source.sha256))). Findings are computed offline from the document's text; check each quoted passage before relying on it.</footer>
        </main></body>
        </html>

        """
    }

    private static func header(title: String, subtitle: String, status: String, risk: RiskAssessment) -> String {
        let percent = Int((risk.score * 100).rounded())
        return """
            <header><h1>\(escape(title))</h1><div class="sub">\(escape(subtitle))</div>
            <p>Risk <span class="badge \(escape(risk.level))">\(escape(risk.level))</span> score \(percent)/100 &middot; status <strong>\(escape(status))</strong></p>
            <div class="meter" title="risk score \(percent)/100"><span style="width:\(percent)%"></span></div></header>

            """
    }

    private static func summary(_ report: AnalysisReport, extra: [(String, String)]) -> String {
        var rows = extra
        rows.append(("Confidence", String(format: "%.0f%%", report.classification.confidence * 100)))
        if !report.reviewReasons.isEmpty { rows.append(("Why review", report.reviewReasons.joined(separator: "; "))) }
        rows.append(("Pages", String(report.source.pages)))
        rows.append(("Tracked changes", report.hasTrackedChanges ? "yes: insertions included, deletions left out" : "none"))
        if let uploadId = report.uploadId { rows.append(("Upload", uploadId)) }
        if let duplicate = report.duplicateOf { rows.append(("Duplicate of", duplicate)) }
        return "<h2>Summary</h2>" + definitions(rows)
    }

    private static func definitions(_ rows: [(String, String)]) -> String {
        "<dl>" + rows.map { "<dt>\(escape($0.0))</dt><dd>\(escape($0.1))</dd>" }.joined() + "</dl>\n"
    }

    private static func contractFacts(_ contract: ContractFindings) -> String {
        let parties = contract.parties.isEmpty
            ? "not found" : contract.parties.map { party in party.role.map { "\(party.name) (\($0))" } ?? party.name }.joined(separator: "; ")
        return "<h2>Key facts</h2>"
            + definitions([
                ("Parties", parties), ("Agreement date", contract.dates.agreementDate ?? "not stated"),
                ("Effective date", contract.dates.effectiveDate ?? "not stated"),
                ("Expiration date", contract.dates.expirationDate ?? "not stated"),
                ("Term", KeyFactText.term(contract.term, dates: contract.dates)),
                ("Governing law", KeyFactText.law(contract.governingLaw)), ("Venue", KeyFactText.venue(contract.venue)),
                ("Amounts", KeyFactText.amounts(contract.amounts)),
                ("Notice periods", KeyFactText.noticePeriods(contract.noticePeriods)),
            ])
    }

    private static func riskSection(_ risk: RiskAssessment) -> String {
        guard !risk.factors.isEmpty else { return "<h2>Risk factors</h2><p>No risk factors found.</p>\n" }
        var html = "<h2>Risk factors</h2><table><tr><th>Factor</th><th>Weight</th><th>Evidence</th></tr>"
        for factor in risk.factors {
            html += "<tr><td>\(escape(factor.factor))</td><td>\(String(format: "%.2f", factor.weight))</td><td class=\"q\">\(quotes(factor.evidence))</td></tr>"
        }
        return html + "</table>\n"
    }

    private static func clauseTable(_ clauses: [ClauseFinding]) -> String {
        var html = "<h2>Clauses</h2><table><tr><th>Clause</th><th>Found</th><th>Risk</th><th>What it means</th><th>Where (page: quote)</th></tr>"
        for clause in clauses.sorted(by: { ($0.present ? 0 : 1, $0.title) < ($1.present ? 0 : 1, $1.title) }) {
            html += "<tr><td>\(escape(clause.title))</td>"
            // How it was found, so a lawyer knows what to check: a pattern, the clause model (with its probability), or both.
            let basis = clause.basis.map { basis in
                "<br><small>\(escape(basis))" + (basis != "rules" ? clause.modelProbability.map { String(format: ", p %.2f", $0) } ?? "" : "") + "</small>"
            } ?? ""
            html += clause.present ? "<td class=\"yes\">yes\(basis)</td>" : "<td class=\"no\">no</td>"
            html += "<td>\(clause.risk.map { "<span class=\"badge \(escape($0))\">\(escape($0))</span>" } ?? "")</td>"
            html += "<td>\(escape(clause.plainLanguage))</td><td class=\"q\">\(quotes(clause.evidence))</td></tr>"
        }
        return html + "</table>\n"
    }

    private static func regulationTable(_ regulations: [RegulationFinding]) -> String {
        guard !regulations.isEmpty else { return "<h2>Regulations</h2><p>No regulation recognised; review by hand.</p>\n" }
        var html = "<h2>Regulations</h2><table><tr><th>Regulation</th><th>Confidence</th><th>Evidence</th></tr>"
        for regulation in regulations {
            html += "<tr><td>\(escape(regulation.name)) (\(escape(regulation.key)))</td><td>\(String(format: "%.0f%%", regulation.confidence * 100))</td><td class=\"q\">\(quotes(regulation.evidence))</td></tr>"
        }
        return html + "</table>\n"
    }

    private static func checklistTable(_ checklist: [ChecklistItem]) -> String {
        guard !checklist.isEmpty else { return "" }
        var html = "<h2>Checklist</h2><table><tr><th>Element</th><th>Article</th><th>Required</th><th>Found</th><th>Where (page: quote)</th></tr>"
        for item in checklist {
            html += "<tr><td>\(escape(item.what))</td><td>\(escape(item.regulation)) \(escape(item.article))</td><td>\(escape(item.required))</td>"
            html += item.present ? "<td class=\"yes\">yes</td>" : item.applies ? "<td class=\"no\">no</td>" : "<td>not applicable (condition not shown)</td>"
            html += "<td class=\"q\">\(quotes(item.evidence))</td></tr>"
        }
        return html + "</table>\n"
    }

    private static func actionPlan(_ actions: [ActionItem]) -> String {
        guard !actions.isEmpty else { return "<h2>Action plan</h2><p>No gaps found.</p>\n" }
        var html = "<h2>Action plan</h2><table><tr><th>Priority</th><th>Task</th><th>Article</th></tr>"
        for action in actions {
            html += "<tr><td>P\(action.priority)</td><td>\(escape(action.task))</td><td>\(escape(action.regulation)) \(escape(action.article))</td></tr>"
        }
        return html + "</table>\n"
    }

    private static func list(_ title: String, _ items: [String]) -> String {
        guard !items.isEmpty else { return "" }
        return "<h2>\(escape(title))</h2><ul>" + items.map { "<li>\(escape($0))</li>" }.joined() + "</ul>\n"
    }

    private static func quotes(_ evidence: [Evidence]) -> String {
        evidence.map { "p.\($0.page): <q>\(escape($0.quote))</q>" }.joined(separator: "<br>")
    }
}
