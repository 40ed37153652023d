#!/usr/bin/env python3
"""Writes Tests/AnalysisTests/Contracts/cover-page-table-nda.pdf: a standard-terms NDA whose cover page sets out its key
terms and its signature block as tables, as a word processor prints them. Each cell is drawn on its own, so poppler's page
text joins a row's cells with nothing between them ("Governing LawColorado") unless the gap between them is read.

    pip install reportlab && python3 scripts/make_pdf_table_fixture.py

The agreement is made up: names and addresses are invented.
"""
import os
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "AnalysisTests", "Contracts", "cover-page-table-nda.pdf")


def main():
    styles = getSampleStyleSheet()
    body = styles["Normal"]
    story = [
        Paragraph("Mutual Confidentiality Agreement", styles["Title"]),
        Paragraph('This Mutual Confidentiality Agreement (the "Agreement") is made up of this Cover Page and the Mutual '
                  'Confidentiality Standard Terms version 2.0 printed after it (the "Standard Terms").', body),
        Spacer(1, 12),
        Table([
            ["Purpose", "Assessing a joint bid for the regional parcel network."],
            ["Effective Date", "9 April 2026"],
            ["Agreement Term", "Two (2) years from the Effective Date"],
            ["Governing Law", "Colorado"],
            ["Courts", "the state and federal courts located in Denver, Colorado"],
        ]),
        Spacer(1, 12),
        Paragraph("By signing below, each party enters into this Agreement as of the Effective Date.", body),
        Spacer(1, 6),
        Table([
            ["", "PARTY 1", "PARTY 2"],
            ["Print Name", "Mariela Quintana", "Tobias Lindqvist"],
            ["Title", "Chief Operating Officer", "VP, Partnerships"],
            ["Company", "Peakline Routing, Inc.", "Northwind Cargo Systems LLC"],
            ["Date", "9 April 2026", "10 April 2026"],
        ]),
        Spacer(1, 18),
        Paragraph("Mutual Confidentiality Standard Terms", styles["Heading2"]),
        Paragraph("1. Use. Each party shall use the other's confidential information only for the Purpose and shall protect it "
                  "with at least reasonable care.", body),
        Paragraph("2. Term. This Agreement lasts for the Agreement Term. Either party may end it at any time by written notice "
                  "to the other.", body),
        Paragraph("3. Law and courts. This Agreement is governed by the laws of the state named as Governing Law on the Cover "
                  "Page. Each party submits to the exclusive jurisdiction of the Courts for any dispute about this Agreement.", body),
    ]
    SimpleDocTemplate(OUT, pagesize=letter, title="Mutual Confidentiality Agreement").build(story)


if __name__ == "__main__":
    main()
