#!/usr/bin/env python3
"""Writes Tests/AnalysisTests/Contracts/filled-lease-form.pdf: a residential lease as a fillable PDF form, filled in. The
parties and the rent are text fields, the term and the pets rule tick boxes; poppler's page text holds none of their values.

    pip install reportlab && python3 scripts/make_pdf_form_fixture.py

The lease is made up: names and the address are invented.
"""
import os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "AnalysisTests", "Contracts", "filled-lease-form.pdf")


def main():
    c = canvas.Canvas(OUT, pagesize=letter)
    c.setFont("Helvetica", 11)
    form = c.acroForm
    y = 740
    c.drawString(72, y, "RESIDENTIAL LEASE AGREEMENT"); y -= 28
    c.drawString(72, y, "This Lease is made on March 2, 2026 between the Landlord and the Tenant named below."); y -= 22
    c.drawString(72, y, "Landlord:"); form.textfield(name="landlord", x=130, y=y - 5, width=250, height=16, value="Walter Nakamura", borderWidth=0); y -= 20
    c.drawString(72, y, "Tenant:"); form.textfield(name="tenant", x=130, y=y - 5, width=250, height=16, value="Priya Desai", borderWidth=0); y -= 20
    c.drawString(72, y, "Premises: 418 Alder Street, Unit 3, Portland, Oregon 97205"); y -= 26
    c.drawString(72, y, "The term of this Lease is:"); y -= 20
    form.checkbox(name="fixed", x=72, y=y - 2, size=11, checked=True)
    c.drawString(90, y, "Fixed term: beginning April 1, 2026 and ending March 31, 2027."); y -= 20
    form.checkbox(name="monthly", x=72, y=y - 2, size=11, checked=False)
    c.drawString(90, y, "Month-to-month, terminable by either party on 30 days' written notice."); y -= 26
    c.drawString(72, y, "Tenant shall pay monthly rent of"); form.textfield(name="rent", x=250, y=y - 5, width=90, height=16, value="$2,150.00", borderWidth=0)
    y -= 26
    c.drawString(72, y, "Pets:"); form.checkbox(name="pets", x=110, y=y - 2, size=11, checked=False); c.drawString(126, y, "Allowed")
    form.checkbox(name="nopets", x=190, y=y - 2, size=11, checked=True); c.drawString(206, y, "Not allowed"); y -= 26
    c.drawString(72, y, "This Lease is governed by the laws of the State of Oregon."); y -= 30
    c.drawString(72, y, "Landlord signature: ____________________   Tenant signature: ____________________")
    c.save()


if __name__ == "__main__":
    main()
