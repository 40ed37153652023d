#!/usr/bin/env python3
"""Writes Tests/AnalysisTests/Contracts/filled-lease-form.pdf: a residential lease as a fillable PDF form, filled in. The
parties and the rent are text fields, the term and the pets rule tick boxes; poppler's page text holds none of their values.
And lease-form-labels-above.pdf: a lease form whose labels stand over their boxes, two to a line, as many forms set them;
its body names a label again in a sentence ("the Monthly rent on the first day").

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


def labels_above():
    c = canvas.Canvas(os.path.join(os.path.dirname(OUT), "lease-form-labels-above.pdf"), pagesize=letter)
    form = c.acroForm
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 720, "RESIDENTIAL LEASE AGREEMENT")
    c.setFont("Helvetica", 10)
    y = 682

    def field(name, label, value, x, width):
        c.drawString(x, y, label)
        form.textfield(name=name, value=value, x=x, y=y - 22, width=width, height=16, borderWidth=0.5, fontSize=10)

    field("landlord", "Landlord (full legal name)", "Walter Nakamura", 72, 220)
    field("tenant", "Tenant (full legal name)", "Priya Desai", 320, 220); y -= 50
    field("premises", "Address of the Premises", "418 Alder Street, Unit 3, Portland, Oregon 97205", 72, 300)
    field("start", "Lease start date", "April 1, 2026", 400, 140); y -= 50
    field("rent", "Monthly rent", "$1,850.00", 72, 140)
    field("deposit", "Security deposit", "$2,000.00", 250, 140); y -= 50
    c.drawString(72, y, "1. Term. The lease runs for twelve (12) months from the Lease start date.")
    c.drawString(72, y - 14, "2. Rent. The Tenant shall pay the Monthly rent on the first day of each month.")
    c.drawString(72, y - 28, "3. Law. This Lease is governed by the laws of the State of Oregon.")
    c.save()


if __name__ == "__main__":
    main()
    labels_above()
