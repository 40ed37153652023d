import Foundation
import OptiMindCore

/// The compliance officer's view of a batch or a project: one row per policy with its status,
/// regulations, gaps and next review date, as `optimind-compliance-rollup.csv` and `.html` in the
/// folder. Built from the JSON reports next to each policy, so it always agrees with them.
public enum ComplianceRollup {
    public static let csvName = "optimind-compliance-rollup.csv"
    public static let htmlName = "optimind-compliance-rollup.html"
    static let header = ["document", "title", "status", "regulations", "urgent_gaps", "other_gaps", "gap_keys", "last_updated", "next_review_date", "report"]

    public struct Row: Sendable, Equatable {
        public var document: String
        public var title: String
        public var status: String
        public var regulations: [String]
        /// Missing elements by action priority: 1 (urgent) and 2; priority 3 tasks only ask to confirm.
        public var urgentGaps: [String]
        public var otherGaps: [String]
        public var lastUpdated: String?
        public var nextReviewDate: String?
        public var report: String
    }

    /// The row of a policy, read from its `.complianceguard.json` report; nil when it has none.
    public static func row(forSource path: String) -> Row? {
        let report = path + ".complianceguard.json"
        guard let data = FileManager.default.contents(atPath: report),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            object["generator"] as? String == AnalysisReport.generator
        else { return nil }
        let plan = object["actionPlan"] as? [[String: Any]] ?? []
        func gaps(_ priority: Int) -> [String] {
            plan.filter { $0["priority"] as? Int == priority }.compactMap { item in
                (item["regulation"] as? String).flatMap { regulation in (item["key"] as? String).map { "\(regulation).\($0)" } }
            }
        }
        return Row(
            document: path, title: object["title"] as? String ?? (path as NSString).lastPathComponent,
            status: object["status"] as? String ?? "-",
            regulations: (object["regulations"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? String },
            urgentGaps: gaps(1), otherGaps: gaps(2), lastUpdated: object["lastUpdated"] as? String,
            nextReviewDate: object["nextReviewDate"] as? String, report: report)
    }

    /// Writes the CSV and HTML roll-up of `sources` (those with a compliance report) into `folder`,
    /// relative paths in it; removes an earlier roll-up when none has one. Returns the files written.
    @discardableResult
    public static func write(sources: [String], to folder: String) throws -> [String] {
        let rows = sources.compactMap(row(forSource:)).sorted { order($0) < order($1) }
        let csvPath = folder + "/" + csvName
        let htmlPath = folder + "/" + htmlName
        guard !rows.isEmpty else {
            for path in [csvPath, htmlPath] where ReportWriter.isOurs(path) { unlink(path) }
            return []
        }
        try ReportWriter.replaceAtomically(csvPath, with: Data(csv(rows, relativeTo: folder).utf8))
        try ReportWriter.replaceAtomically(htmlPath, with: Data(html(rows, relativeTo: folder).utf8))
        return [csvPath, htmlPath]
    }

    /// Urgent first, then by the review date due soonest.
    private static func order(_ row: Row) -> (Int, String, String) {
        let rank = ["URGENT_ATTENTION": 0, "REVIEW_REQUIRED": 1, "COMPLETED": 2][row.status] ?? 3
        return (rank, row.nextReviewDate ?? "9999", row.document)
    }

    static func relative(_ path: String, to folder: String) -> String {
        path.hasPrefix(folder + "/") ? String(path.dropFirst(folder.count + 1)) : path
    }

    public static func csv(_ rows: [Row], relativeTo folder: String) -> String {
        func field(_ value: String) -> String {
            // RFC 4180 quoting; a leading =, +, - or @ is prefixed so a spreadsheet does not run it as a formula.
            var text = value
            if let first = text.first, "=+-@".contains(first) { text = "'" + text }
            return text.contains(where: { ",\"\n\r".contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        var lines = [header.joined(separator: ",")]
        for row in rows {
            lines.append([
                relative(row.document, to: folder), row.title, row.status, row.regulations.joined(separator: ";"),
                String(row.urgentGaps.count), String(row.otherGaps.count), (row.urgentGaps + row.otherGaps).joined(separator: ";"),
                row.lastUpdated ?? "", row.nextReviewDate ?? "", relative(row.report, to: folder),
            ].map(field).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    public static func html(_ rows: [Row], relativeTo folder: String) -> String {
        let escape = HTMLReportRenderer.escape
        let today = DateMentions.today()
        let urgent = rows.filter { $0.status == "URGENT_ATTENTION" }.count
        let overdue = rows.filter { ($0.nextReviewDate ?? "9999") < today }.count
        var html = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="generator" content="\(AnalysisReport.generator)">
            <meta name="viewport" content="width=device-width, initial-scale=1"><title>Compliance roll-up</title><style>
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:32px auto;max-width:1200px;color:#1d2330;padding:0 16px}
            table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #dde2ea;padding:6px 8px;text-align:left;vertical-align:top}
            th{background:#f3f5f9}.s{font-weight:600;border-radius:4px;padding:2px 6px;white-space:nowrap}
            .URGENT_ATTENTION{background:#fde2e1;color:#9b1c1c}.REVIEW_REQUIRED{background:#fff4d6;color:#7a5200}.COMPLETED{background:#e2f5e6;color:#1f6b35}
            .overdue{color:#9b1c1c;font-weight:600}.gaps{font-size:12px;color:#4b5565}.sum span{margin-right:24px}
            </style></head><body><h1>Compliance roll-up</h1>
            <p class="sum"><span>\(rows.count) polic\(rows.count == 1 ? "y" : "ies")</span><span>\(urgent) need urgent attention</span><span>\(overdue) past their review date</span></p>
            <table><tr><th>Document</th><th>Status</th><th>Regulations</th><th>Gaps (urgent / other)</th><th>Last updated</th><th>Next review</th></tr>

            """
        for row in rows {
            let link = escape(relative(row.report, to: folder).replacingOccurrences(of: ".json", with: ".html"))
            let late = (row.nextReviewDate ?? "9999") < today
            html += "<tr><td><a href=\"\(link)\">\(escape(relative(row.document, to: folder)))</a><br><span class=\"gaps\">\(escape(row.title))</span></td>"
            html += "<td><span class=\"s \(escape(row.status))\">\(escape(row.status.replacingOccurrences(of: "_", with: " ")))</span></td>"
            html += "<td>\(escape(row.regulations.joined(separator: ", ")))</td>"
            html += "<td>\(row.urgentGaps.count) / \(row.otherGaps.count)<br><span class=\"gaps\">\(escape((row.urgentGaps + row.otherGaps).joined(separator: ", ")))</span></td>"
            html += "<td>\(escape(row.lastUpdated ?? "-"))</td><td\(late ? " class=\"overdue\"" : "")>\(escape(row.nextReviewDate ?? "-"))\(late ? " (overdue)" : "")</td></tr>\n"
        }
        html += "</table><p class=\"gaps\">Generated by optimind on \(today). Each document links to its full report.</p></body></html>\n"
        return html
    }
}
