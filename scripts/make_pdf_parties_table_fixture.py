#!/usr/bin/env python3
"""Writes Tests/AnalysisTests/Contracts/parties-table-supply-agreement.pdf: a supply agreement whose parties and key terms
are set out in tables, placed on the page as a word processor places them (11-point Liberation Serif, lines 12.8 points
apart, cells with no top or bottom padding and a half-point border). A column whose cells are taller than its neighbour's
makes poppler read such a table a column at a time: "Party", the names, then "Details", the addresses, then "Role", the
roles; and "Commencement Date", "Initial Term", then their values.

    pip install reportlab && python3 scripts/make_pdf_parties_table_fixture.py

Needs the Liberation fonts (fonts-liberation). The agreement is made up: names, numbers and addresses are invented.
"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "AnalysisTests", "Contracts",
                   "parties-table-supply-agreement.pdf")
FONTS = "/usr/share/fonts/truetype/liberation/"
SIZE, LEADING, BORDER = 11, 12.8, 0.5
WIDTH, HEIGHT = A4


def main():
    pdfmetrics.registerFont(TTFont("Serif", FONTS + "LiberationSerif-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("Serif-Bold", FONTS + "LiberationSerif-Bold.ttf"))
    page = canvas.Canvas(OUT, pagesize=A4)
    page.setTitle("Supply Agreement")

    def text(x, top, words, font="Serif", size=SIZE):
        page.setFont(font, size)
        page.drawString(x, HEIGHT - top - size, words)

    def paragraph(top, lines, x=72):
        for number, line in enumerate(lines):
            text(x, top + number * LEADING, line)
        return top + len(lines) * LEADING + 6

    def wrapped(words, width):
        """The cell's text wrapped as a word processor wraps it, at the last space that fits."""
        lines = []
        for word in words.split(" "):
            if lines and pdfmetrics.stringWidth(lines[-1] + " " + word, "Serif", SIZE) <= width:
                lines[-1] += " " + word
            else:
                lines.append(word)
        return lines

    def table(top, edges, rows):
        """Rows of cells' texts; `edges` are the columns' x positions, the last one the table's right edge. Each cell has
        5.5 points of padding left and right, none above or below."""
        rules = [top]
        for texts in rows:
            cells = [wrapped(words, right - left - 11) for words, left, right in zip(texts, edges, edges[1:])]
            for left, cell in zip(edges, cells):
                for number, line in enumerate(cell):
                    text(left + 5.5, top + number * LEADING, line)
            top += max(len(cell) for cell in cells) * LEADING + BORDER
            rules.append(top)
        page.setLineWidth(BORDER)
        for y in rules:
            page.line(edges[0], HEIGHT - y + 1, edges[-1], HEIGHT - y + 1)
        for x in edges:
            page.line(x, HEIGHT - rules[0] + 1, x, HEIGHT - rules[-1] + 1)
        return top + 12

    text(210, 60, "SUPPLY AGREEMENT", font="Serif-Bold", size=14)
    top = paragraph(90, [
        'This Supply Agreement (the "Agreement") is dated 3 March 2027 and is made between the',
        "parties set out in the table below.",
    ])
    top = table(top + 6, [66, 210, 354, 500], [
        ("Party", "Details", "Role"),
        ("Kestrel Foods Limited", "Company number 11223344, registered office: 4 Quay Street, Bristol BS1 4DJ", 'the "Seller"'),
        ("Ardmore Retail Group plc", "Company number SC445566, registered office: 9 Castle Street, Edinburgh EH2 3AH", 'the "Buyer"'),
    ])
    text(72, top, "Key terms", font="Serif-Bold")
    top = table(top + 18, [66, 210, 500], [
        ("Commencement Date", "1 April 2027"),
        ("Initial Term", "Two (2) years from the Commencement Date, renewing for successive periods of one (1) year unless "
                         "either party gives three (3) months' written notice"),
        ("Payment", "Within thirty (30) days of the date of each invoice"),
    ])
    clauses = [
        ["1. Supply. The Seller shall sell and the Buyer shall buy the chilled and frozen food products listed in",
         "each purchase order the Seller accepts (the \"Goods\"), delivered to the Buyer's distribution centres."],
        ["2. Price and payment. The Buyer shall pay the price in the Seller's price list in force on the date of",
         "the order, within the period stated in the key terms, by bank transfer in pounds sterling."],
        ["3. Risk and title. Risk in the Goods passes on delivery. Title passes when the Seller has been paid",
         "in full for them."],
        ["4. Liability. Neither party limits its liability for death or personal injury caused by its negligence",
         "or for fraud. Otherwise each party's total liability under this Agreement in any contract year is",
         "limited to the price paid for Goods in that year."],
        ["5. Termination. Either party may terminate this Agreement by written notice if the other commits",
         "a material breach and does not remedy it within thirty (30) days of being asked to."],
        ["6. Governing law. This Agreement is governed by the law of Scotland, and the courts of Scotland",
         "have exclusive jurisdiction over any dispute arising out of it."],
    ]
    for clause in clauses:
        top = paragraph(top, clause)
    top = paragraph(top + 12, ["Signed for and on behalf of Kestrel Foods Limited by Hannah Rees, Director"])
    paragraph(top, ["Signed for and on behalf of Ardmore Retail Group plc by Callum Fraser, Director"])
    page.showPage()
    page.save()


if __name__ == "__main__":
    main()
