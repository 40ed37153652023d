#!/usr/bin/env python3
"""Writes the Word fixtures of Tests/AnalysisTests/Contracts that exercise Word's own layout: an Irish mutual NDA with
its parties side by side in a table's two columns, a Scottish contract of employment with a tracked change to the salary,
a New South Wales retail lease whose key facts are an item schedule table ("Item 4 – Term | Five (5) years"),
and a standard-terms NDA whose cover page names the parties in a signature table's columns ("Company | Peakline Routing, Inc. | ...").
Headers, footers with a PAGE field, and clauses numbered by Word's list numbering (not in the text runs).

    python3 -m venv /tmp/dv && /tmp/dv/bin/pip install python-docx && /tmp/dv/bin/python scripts/make_docx_fixtures.py

The contracts are made up: names, numbers and addresses are invented.
"""
import os
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "AnalysisTests", "Contracts") + "/"


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    if head:
        sec.header.paragraphs[0].text = head
    if foot:
        p = sec.footer.paragraphs[0]
        p.text = foot + " Page "
        # a PAGE field, as Word writes it
        r = p.add_run()
        f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
        r2 = p.add_run(); it = OxmlElement("w:instrText"); it.text = " PAGE "; r2._r.append(it)
        r3 = p.add_run(); f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r3._r.append(f2)
        p.add_run("1")
        r5 = p.add_run(); f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r5._r.append(f3)


def numbered(doc, text, level=0):
    style = "List Number" if level == 0 else "List Number 2"
    p = doc.add_paragraph(style=style)
    if "|" in text:
        head, body = text.split("|", 1)
        p.add_run(head).bold = True
        p.add_run(body)
    else:
        p.add_run(text)
    return p


def table(doc, rows, cols=2):
    t = doc.add_table(rows=0, cols=cols)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t


def tracked_insert(paragraph, before, inserted, after, deleted=None):
    """A paragraph with a tracked deletion and insertion, as Word stores them."""
    paragraph.add_run(before)
    if deleted:
        d = OxmlElement("w:del"); d.set(qn("w:id"), "1"); d.set(qn("w:author"), "Counsel"); d.set(qn("w:date"), "2026-01-10T10:00:00Z")
        r = OxmlElement("w:r"); t = OxmlElement("w:delText"); t.text = deleted; t.set(qn("xml:space"), "preserve"); r.append(t); d.append(r)
        paragraph._p.append(d)
    ins = OxmlElement("w:ins"); ins.set(qn("w:id"), "2"); ins.set(qn("w:author"), "Counsel"); ins.set(qn("w:date"), "2026-01-10T10:00:00Z")
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = inserted; t.set(qn("xml:space"), "preserve"); r.append(t); ins.append(r)
    paragraph._p.append(ins)
    paragraph.add_run(after)


def toc(doc, entries):
    """A table of contents as Word leaves it: a TOC field whose cached result is the entries with page numbers."""
    p = doc.add_paragraph()
    r = p.add_run(); f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = p.add_run(); it = OxmlElement("w:instrText"); it.text = ' TOC \\o "1-3" \\h \\z \\u '; r2._r.append(it)
    r3 = p.add_run(); f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r3._r.append(f2)
    for i, (name, page) in enumerate(entries):
        q = p if i == 0 else doc.add_paragraph()
        q.add_run(name)
        q.add_run("\t")
        q.add_run(str(page))
    last = doc.paragraphs[-1]
    r5 = last.add_run(); f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r5._r.append(f3)


def nda():
    doc = Document()
    header_footer(doc, "Strictly Private & Confidential", "Harbourline / Quayside – MNDA v4")
    doc.add_heading("MUTUAL NON-DISCLOSURE AGREEMENT", 0)
    doc.add_paragraph("Dated this 3rd day of March 2026")
    doc.add_paragraph("Between the parties named below (each a \"Party\"):")
    table(doc, [
        ["Harbourline Analytics Limited", "Quayside Robotics Teoranta"],
        ["a company incorporated in Ireland (registered number 654321), whose registered office is at 12 Grand Canal Quay, Dublin 2 (\"Harbourline\")",
         "a company incorporated in Ireland (registered number 712345), whose registered office is at Unit 7, Galway Technology Park, Galway (\"Quayside\")"],
    ])
    doc.add_paragraph("The Parties wish to exchange information about a possible joint development of warehouse picking software (the \"Purpose\") and agree as follows.")
    numbered(doc, "Confidential Information. |\"Confidential Information\" means all information disclosed by one Party (the \"Discloser\") to the other (the \"Recipient\") in connection with the Purpose, in any form, whether or not marked as confidential, including source code, algorithms, customer lists and pricing.")
    numbered(doc, "Obligations. |The Recipient shall keep the Discloser's Confidential Information secret, shall use it only for the Purpose and shall not disclose it to any person other than its employees and professional advisers who need to know it for the Purpose and are bound by duties of confidence no less strict than these.")
    numbered(doc, "Exceptions. |Clause 2 does not apply to information that is or becomes public other than through the Recipient's breach, that the Recipient already lawfully held, or that it must disclose by law or by order of a court, in which case it shall, where lawful, give the Discloser prompt notice.")
    numbered(doc, "Return of information. |Within fourteen (14) days of the Discloser's written request, or of the end of this Agreement, the Recipient shall return or destroy all documents containing the Discloser's Confidential Information and confirm in writing that it has done so.")
    numbered(doc, "Non-solicitation. |For twelve (12) months from the date of this Agreement neither Party shall solicit or entice away any employee of the other Party with whom it has had contact in connection with the Purpose, save through general advertisements not aimed at that employee.")
    numbered(doc, "Term. |This Agreement continues for two (2) years from its date. The obligations in clauses 2 and 4 survive its end for a further three (3) years.")
    numbered(doc, "No licence. |Nothing in this Agreement grants the Recipient any licence or right in the Discloser's intellectual property, other than to use the Confidential Information for the Purpose.")
    numbered(doc, "Remedies. |Each Party acknowledges that damages alone may not be an adequate remedy for a breach of this Agreement and that the Discloser may seek injunctive relief.")
    numbered(doc, "Governing law and jurisdiction. |This Agreement and any non-contractual obligations arising out of it are governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction over any dispute arising from it.")
    doc.add_paragraph("Signed for and on behalf of the Parties:")
    table(doc, [["HARBOURLINE ANALYTICS LIMITED", "QUAYSIDE ROBOTICS TEORANTA"], ["Name: Siobhán Keane", "Name: Darragh Ó Briain"], ["Title: Director", "Title: Chief Executive"]])
    doc.save(OUT + "irish-mutual-nda.docx")


def employment():
    doc = Document()
    header_footer(doc, "", "Private and confidential – employee copy")
    doc.add_heading("CONTRACT OF EMPLOYMENT", 0)
    p = doc.add_paragraph()
    p.add_run("THIS AGREEMENT is made on 14 January 2026")
    doc.add_paragraph("BETWEEN")
    doc.add_paragraph("(1) THISTLE & FORTH ENERGY LIMITED, a company incorporated in Scotland with company number SC612345, whose registered office is at 40 Melville Street, Edinburgh EH3 7HA (the \"Employer\"); and")
    doc.add_paragraph("(2) CALLUM ROBERT MACINNES of 8 Marchmont Crescent, Edinburgh EH9 1HN (the \"Employee\").")
    numbered(doc, "Commencement. |The Employee's employment under this Agreement begins on 2 February 2026. No previous employment counts towards the Employee's period of continuous employment.")
    numbered(doc, "Job title. |The Employee is employed as Senior Reservoir Engineer and reports to the Head of Subsurface.")
    q = numbered(doc, "")
    tracked_insert(q, "Salary. The Employee's basic salary is ", "£78,500", " per year, paid monthly in arrears by bank transfer on or about the last working day of each month.", deleted="£74,000")
    numbered(doc, "Hours. |Normal working hours are 37.5 hours a week, Monday to Friday.")
    numbered(doc, "Holidays. |The Employee is entitled to 28 days' paid holiday in each holiday year, in addition to the public holidays observed in Scotland.")
    numbered(doc, "Notice. |After the probationary period of six (6) months, either party may end the employment by giving the other not less than three (3) months' written notice. During the probationary period the notice period is one (1) week.")
    numbered(doc, "Garden leave. |During any period of notice the Employer may require the Employee not to attend work and not to contact clients or colleagues.")
    numbered(doc, "Confidentiality. |The Employee shall not, during or after the employment, use or disclose any confidential information of the Employer, including reservoir models, well data and commercial terms with partners.")
    numbered(doc, "Inventions. |All inventions, software and other works the Employee makes in the course of the employment belong to the Employer, and the Employee hereby assigns to the Employer all rights in them, with full title guarantee.")
    numbered(doc, "Restrictions after employment. |For six (6) months after the employment ends the Employee shall not, in Scotland, work for or be concerned in any business that competes with the Employer's subsurface consultancy business, and for twelve (12) months shall not solicit any client of the Employer with whom the Employee dealt in the last year of employment.")
    numbered(doc, "Governing law. |This Agreement is governed by the law of Scotland and the parties submit to the exclusive jurisdiction of the Scottish courts.")
    doc.add_paragraph("Signed by the Employer ................................. Signed by the Employee .................................")
    doc.save(OUT + "scottish-employment-contract.docx")


def lease():
    doc = Document()
    header_footer(doc, "Retail Lease – Shop 14, Parramatta Square Arcade", "Lease Ref PSA-14/2026")
    doc.add_heading("RETAIL LEASE", 0)
    doc.add_paragraph("Item Schedule")
    table(doc, [
        ["Item 1 – Landlord", "Cumberland Arcade Holdings Pty Ltd ACN 612 345 678 of Level 9, 1 Smith Street, Parramatta NSW 2150"],
        ["Item 2 – Tenant", "Laneway Dumplings Pty Ltd ACN 634 567 890 of Shop 14, Parramatta Square Arcade NSW 2150"],
        ["Item 3 – Premises", "Shop 14, ground floor, Parramatta Square Arcade, 150 Church Street, Parramatta NSW 2150"],
        ["Item 4 – Term", "Five (5) years"],
        ["Item 5 – Commencement Date", "1 July 2026"],
        ["Item 6 – Terminating Date", "30 June 2031"],
        ["Item 7 – Option", "One further term of five (5) years"],
        ["Item 8 – Rent", "$96,000 per annum plus GST, payable monthly in advance"],
        ["Item 9 – Rent review", "Annual CPI review on each anniversary of the Commencement Date"],
        ["Item 10 – Permitted use", "Restaurant and takeaway food"],
        ["Item 11 – Security deposit", "Bank guarantee equal to three months' rent plus GST"],
    ])
    doc.add_paragraph("This Lease is made on 12 May 2026 between the Landlord and the Tenant named in the Item Schedule.")
    numbered(doc, "Grant. |The Landlord leases the Premises to the Tenant for the Term starting on the Commencement Date.")
    numbered(doc, "Rent. |The Tenant must pay the Rent to the Landlord by equal monthly instalments in advance on the first day of each month, without deduction.")
    numbered(doc, "Outgoings. |The Tenant must pay its proportion of the Landlord's outgoings for the building, as estimated in the disclosure statement.")
    numbered(doc, "Insurance. |The Tenant must take out and keep current public liability insurance for at least $20,000,000 for any one event, and must give the Landlord a certificate of currency each year.")
    numbered(doc, "Assignment. |The Tenant must not assign this Lease or sublet the Premises without the Landlord's prior written consent, which the Landlord must not unreasonably withhold.")
    numbered(doc, "Option to renew. |If the Tenant has not been in breach and gives the Landlord written notice no earlier than six months and no later than three months before the Terminating Date, the Landlord must grant a new lease for the further term in Item 7.")
    numbered(doc, "Make good. |At the end of the Lease the Tenant must remove its fixtures and make good any damage caused by their removal.")
    numbered(doc, "Governing law. |This Lease is governed by the law of New South Wales and the Retail Leases Act 1994 (NSW) applies to it.")
    doc.save(OUT + "nsw-retail-lease.docx")


def cover_page_nda():
    """A standard-terms NDA: a cover page of key terms and a signature table whose columns are the parties ("PARTY 1",
    "PARTY 2") and whose "Company" row names them, then terms that refer to the cover page for the facts."""
    doc = Document()
    header_footer(doc, "", "Cover Page – Mutual NDA (standard terms v2)")
    doc.add_heading("Mutual Confidentiality Agreement", 0)
    doc.add_paragraph("This Mutual Confidentiality Agreement (the \"Agreement\") is made up of this Cover Page (the \"Cover Page\") and the "
                      "Mutual Confidentiality Standard Terms version 2.0 set out after it (the \"Standard Terms\"). Where the two differ, the Cover Page prevails.")
    table(doc, [
        ["Purpose", "Assessing a possible integration of the parties' freight tracking and route planning products."],
        ["Effective Date", "9 April 2026"],
        ["Agreement Term", "☒ Ends two (2) years after the Effective Date.\n☐ Continues until either party ends it under the Standard Terms."],
        ["Confidentiality Period", "☒ Three (3) years after the Agreement ends.\n☐ Indefinitely."],
        ["Governing Law", "Colorado"],
        ["Courts", "the state and federal courts located in Denver, Colorado"],
        ["Changes to the Standard Terms", "None."],
    ])
    doc.add_paragraph("By signing below, each party enters into this Agreement as of the Effective Date.")
    table(doc, [
        ["", "PARTY 1", "PARTY 2"],
        ["Signature", "", ""],
        ["Print Name", "Mariela Quintana", "Tobias Lindqvist"],
        ["Title", "Chief Operating Officer", "VP, Partnerships"],
        ["Company", "Peakline Routing, Inc.", "Northwind Cargo Systems LLC"],
        ["Notice Address", "legal@peakline.example", "contracts@northwindcargo.example"],
        ["Date", "9 April 2026", "10 April 2026"],
    ], cols=3)
    doc.add_page_break()
    doc.add_heading("Mutual Confidentiality Standard Terms", 1)
    numbered(doc, "Scope. |Each party (as \"Discloser\") may share with the other (as \"Recipient\") information for the Purpose that it marks as confidential or that a reasonable person would treat as confidential (\"Confidential Information\"). Words in capitals not defined here have the meaning the Cover Page gives them.")
    numbered(doc, "Use and care. |The Recipient shall use Confidential Information only for the Purpose, shall share it only with its personnel and advisers who need it for the Purpose and are bound to keep it confidential, and shall protect it with at least reasonable care.")
    numbered(doc, "Exclusions. |These obligations do not cover information that is or becomes public without the Recipient's fault, that the Recipient knew or received from a third party without restriction, or that it developed independently.")
    numbered(doc, "Compelled disclosure. |The Recipient may disclose Confidential Information when the law or a court requires it, after giving the Discloser notice where the law allows.")
    numbered(doc, "Term and ending. |This Agreement starts on the Effective Date and lasts for the Agreement Term. Either party may end it at any time by written notice to the other. The Recipient's obligations continue for the Confidentiality Period after this Agreement ends.")
    numbered(doc, "Return. |When this Agreement ends, or earlier if the Discloser asks, the Recipient shall stop using the Discloser's Confidential Information and shall return or destroy it.")
    numbered(doc, "Law and courts. |This Agreement is governed by the laws of the state named as Governing Law on the Cover Page, without regard to its conflict of laws rules. Each party submits to the exclusive jurisdiction of the Courts for any dispute about this Agreement.")
    numbered(doc, "General. |Neither party may assign this Agreement without the other's written consent, except to a successor to all or substantially all of its business. This Agreement is the parties' entire agreement about its subject and may be changed only in writing signed by both.")
    doc.save(OUT + "cover-page-mutual-nda.docx")


if __name__ == "__main__":
    nda(); employment(); lease(); cover_page_nda()
