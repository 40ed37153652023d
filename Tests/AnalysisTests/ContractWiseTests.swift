import Classification
import Extraction
import Foundation
import Pipeline
import OptiMindCore
import Testing

@testable import ContractWise

@Suite("ContractWise")
struct ContractWiseTests {
    let rules = try! Repository.ruleSet()

    func analyze(_ pages: String...) -> ContractFindings {
        let doc = ExtractedDocument(mimeType: "text/plain", pageTexts: pages)
        return rules.contractFindings(doc)
    }

    @Test("key facts: parties with roles, ISO dates, governing law with its country")
    func keyFacts() {
        let findings = analyze(
            """
            SERVICES AGREEMENT
            This Services Agreement is entered into as of March 3, 2025 by and between Acme Widgets Inc., a Delaware \
            corporation ("Supplier"), and Blue River LLC ("Customer"). This Agreement expires on 31 December 2027.
            The Customer shall pay each invoice within thirty (30) days.
            """,
            """
            This Agreement shall be governed by and construed in accordance with the laws of the State of Delaware, \
            without regard to its conflict of laws principles.
            """)
        #expect(findings.parties == [Party(name: "Acme Widgets Inc.", role: "Supplier"), Party(name: "Blue River LLC", role: "Customer")])
        #expect(findings.dates.agreementDate == "2025-03-03")
        #expect(findings.dates.expirationDate == "2027-12-31")
        #expect(findings.governingLaw.jurisdiction == "Delaware")
        #expect(findings.governingLaw.country == "United States")
        #expect(findings.governingLaw.evidence.first?.page == 2)
    }

    @Test("a party's name a PDF's line wraps: inside its identifier's brackets, or between a first and last name")
    func wrappedPartyNames() {
        let tenancy = analyze("""
            TENANCY AGREEMENT
            THIS TENANCY AGREEMENT is made on 2 December 2025 between LIM BOON KENG (NRIC
            No. S1234567A) of 18 Jalan Kembangan, Singapore 419123 (the "Landlord") and DANIEL
            OKONKWO (Passport No. A09876543) of 3 Holland Grove Road, Singapore 278790 (the
            "Tenant").
            1. The Landlord lets and the Tenant takes the premises for a term of two (2) years.
            """)
        #expect(tenancy.parties == [Party(name: "LIM BOON KENG", role: "Landlord"), Party(name: "DANIEL OKONKWO", role: "Tenant")])
        // A line break inside a sentence lists no party: "in relation to\nQuillmark Labs Ltd ... (the "Company")" is what the
        // founders' agreement is about; a numbered line is listed whatever ends the line above.
        let founders = analyze("""
            FOUNDERS' AGREEMENT
            This Founders' Agreement is made on 2 August 2027 between:
            1. Aarav Shah, of 14 Brunswick Place, Hove BN3 1NA ("Aarav");
            2. Chloe Marchetti, of 9 Canal Street, Manchester M1 3HE
            ("Chloe"); and
            3. Tomasz Kowalczyk, of 88 Leith Walk, Edinburgh EH6 5HB
            ("Tomasz"),
            (each a "Founder" and together the "Founders"), in relation to
            Quillmark Labs Ltd, a company incorporated in England and Wales
            with company number 15234567 (the "Company").
            1. Shareholdings. The Founders hold the issued shares of the Company.
            """)
        #expect(founders.parties.map(\.name) == ["Aarav Shah", "Chloe Marchetti", "Tomasz Kowalczyk"])
        let undertaking = analyze("""
            EMPLOYEE CONFIDENTIAL INFORMATION AND INVENTIONS ASSIGNMENT AGREEMENT
            As a condition of my employment with Nimbus Quantum Systems, Inc., a Delaware corporation (the
            "Company"), and in consideration of my employment and the compensation paid to me, I, Priyanka
            Deshmukh, agree to the following:
            1. Confidential Information. I agree to hold in strictest confidence all Confidential Information.
            """)
        #expect(undertaking.parties.map(\.name) == ["Nimbus Quantum Systems, Inc.", "Priyanka Deshmukh"])
    }

    @Test("an Australian entry a PDF wraps: the company's name, not the street on the wrapped line")
    func wrappedBracketRoleEntry() {
        let findings = analyze("""
            FRANCHISE AGREEMENT
            Date: 9 September 2025
            Parties
            Wattle & Brew Franchising Pty Ltd ACN 612 345 678 of Level 4, 120
            Collins Street, Melbourne VIC 3000 (Franchisor)
            Jarrah Hospitality Pty Ltd ACN 655 432 109 of 14 Beach Road,
            Sandringham VIC 3191 (Franchisee)
            Background
            A. The Franchisor has developed a system for the operation of specialty coffee cafes.
            """)
        #expect(findings.parties == [Party(name: "Wattle & Brew Franchising Pty Ltd", role: "Franchisor"), Party(name: "Jarrah Hospitality Pty Ltd", role: "Franchisee")])
    }

    @Test("a word processor's running header and footer are no part of a sentence a page break cuts")
    func runningHeadersAndFooters() throws {
        let header = "Northwind Traders / Contoso Ltd \u{2014} Master Services Agreement"
        let findings = analyze(
            """
            \(header)
            MASTER SERVICES AGREEMENT
            This Master Services Agreement is made on 4 March 2024 between Northwind Traders Inc. ("Supplier") and Contoso Ltd ("Customer").
            1. Services. The Supplier shall perform the Services with reasonable skill and care.
            2. Termination. Either party may terminate this Agreement for convenience at any time by giving the other party not \
            less than ninety (90) days' prior written notice, and the Customer shall pay
            Northwind MSA v3.2
            Page 1 of 3
            """,
            """
            \(header)
            all fees accrued up to the date of termination.
            3. Limitation of Liability. The total aggregate liability of either party under this Agreement shall not exceed the \
            fees paid by the Customer in the twelve (12) months preceding the event
            Northwind MSA v3.2
            Page 2 of 3
            """,
            """
            \(header)
            giving rise to the claim.
            4. Governing Law. This Agreement shall be governed by the laws of the State of
            Northwind MSA v3.2
            Page 3 of 3
            """,
            """
            \(header)
            New York, without regard to its conflict of laws rules.
            5. Confidentiality. Each party shall keep the other party's Confidential Information secret.
            """)
        func quote(_ key: String) throws -> String? {
            try #require(findings.clauses.first { $0.key == key }).evidence.first?.quote
        }
        #expect(try quote("termination_for_convenience") == "Either party may terminate this Agreement for convenience at any time by giving the other party not less than ninety (90) days' prior written notice, and the Customer shall pay all fees accrued up to the date of termination.")
        #expect(try quote("limitation_of_liability") == "The total aggregate liability of either party under this Agreement shall not exceed the fees paid by the Customer in the twelve (12) months preceding the event giving rise to the claim.")
        #expect(try quote("governing_law") == "This Agreement shall be governed by the laws of the State of New York, without regard to its conflict of laws rules.")
        #expect(findings.governingLaw.jurisdiction == "New York")
        // The first page's header goes too, as a title of its own stands under it; a title the later pages' header repeats,
        // alone at the top of the first page, stays.
        #expect(findings.title == "MASTER SERVICES AGREEMENT")
        let titled = analyze(
            "MASTER SERVICES AGREEMENT\nThis Master Services Agreement is made between Northwind Traders Inc. (\"Supplier\") and Contoso Ltd (\"Customer\").\n1. Services. The Supplier shall perform the Services.\n",
            "MASTER SERVICES AGREEMENT\n2. Fees. The Customer shall pay the fees within thirty (30) days.\n",
            "MASTER SERVICES AGREEMENT\n3. Governing Law. This Agreement is governed by the laws of the State of New York.\n")
        #expect(titled.title == "MASTER SERVICES AGREEMENT")
    }

    @Test("a filing's one-line opening: the title is the agreement's name; filing-style dates and laws are read")
    func filingOpening() {
        let findings = analyze(
            "Exhibit 4.10 MARKETING AND RESELLER AGREEMENT (the \"Agreement\") THIS AGREEMENT is made and entered into as of1 " +
                "August 2019 by and between Todos Medical Ltd. (\"Todos\") and Care G. B. Plus Ltd. (\"Reseller\"). Either party may " +
                "terminate it upon one hundred eighty (180) days prior written notice. This Agreement shall be  construed and\n" +
                "      interpreted according to the laws of the State of Israel.")
        #expect(findings.title == "MARKETING AND RESELLER AGREEMENT")
        #expect(findings.dates.agreementDate == "2019-08-01")
        #expect(findings.noticePeriods.map(\.text) == ["180 days prior written notice"])
        #expect(findings.noticePeriods.first?.value == 180 && findings.noticePeriods.first?.unit == "days")
        #expect(findings.noticePeriods.first?.purpose == "termination")
        #expect(findings.governingLaw.jurisdiction == "Israel")
    }

    @Test("dates as filings write them: two-digit years, day first when the day cannot be a month, a month run into its day, a signature block")
    func filingDates() {
        #expect(analyze("SUPPLY AGREEMENT\nDated 29/3/18\nThe Supplier shall deliver the Products.").dates.agreementDate == "2018-03-29")
        #expect(analyze("SUPPLY AGREEMENT dated March 12,1999 between the parties.").dates.agreementDate == "1999-03-12")
        // A month a text layer ran into its day.
        #expect(analyze("SUPPLY AGREEMENT dated July1, 2010 between the parties.").dates.agreementDate == "2010-07-01")
        #expect(analyze("This Endorsement Agreement is made this first (1st)  day of January, 1996, by X.").dates.agreementDate == "1996-01-01")
        #expect(analyze("THIS AGREEMENT is made as of 31 December,        ---------        1996, between N and E.").dates.agreementDate == "1996-12-31")
        // Padding counts as one space: a title centred by two pages of spaces, an ordinal a text layer split.
        let padded = analyze("EXHIBIT 10.1" + String(repeating: " ", count: 4_500) + "\n\nSUPPLY AGREEMENT\n\nThis Supply Agreement is made as of March 3, 2015 between Acme Inc. (the \"Supplier\") and Beta LLC (the \"Buyer\").")
        #expect(padded.dates.agreementDate == "2015-03-03")
        #expect(analyze("SUPPLY AGREEMENT\nThis Supply Agreement is made this 20t  h  day of November, 2018 between the parties.").dates.agreementDate == "2018-11-20")
        // Older American drafting's "22d" and "3d"; a day and month filled in on a form's blanks; a year in words
        // with the sentence going on after it.
        #expect(analyze("LEASE AGREEMENT\nThis Lease is made this 22d day of March, 1994 between Oak LLC (\"Landlord\") and Fir Inc. (\"Tenant\").").dates.agreementDate == "1994-03-22")
        #expect(analyze("LEASE AGREEMENT\nThis Lease is made this 3d day of June, 1994 between Oak LLC (\"Landlord\") and Fir Inc. (\"Tenant\").").dates.agreementDate == "1994-06-03")
        #expect(analyze("SUPPLY AGREEMENT\nThis Agreement is entered into as of this ___9th___ day of ___April___, 2016 by the parties below.").dates.agreementDate == "2016-04-09")
        #expect(analyze("DEED OF LEASE\nThis Deed is made the twenty-third day of March, Two Thousand Fifteen by and between Oak LLC (\"Landlord\") and Fir Inc. (\"Tenant\").").dates.agreementDate == "2015-03-23")
        // "dated" nearer a date than a table's "Expiration" heading: another contract's date, no expiry.
        let table = analyze("SUPPLY AGREEMENT dated March 12, 1999 between the parties.\n\nContract          Expiration    ---------    ----------   Transport   dated 5/20/92      13,370 units")
        #expect(table.dates.expirationDate == nil)
        // A date on a line of its own under the title dates the agreement, before any date the text mentions later.
        let letter = analyze(
            "AMENDED AND RESTATED REMARKETING AGREEMENT\n\nFebruary 15, 2011\n\nBarclays Capital Inc.\n\nLadies and Gentlemen:\n" +
                "Reference is made to the remarketing agreement dated as of December 12, 2001.")
        #expect(letter.dates.agreementDate == "2011-02-15")
        let signed = analyze(
            "JOINT VENTURE AGREEMENT\n\nThe parties shall cooperate.\n\nIN WITNESS WHEREOF, the Parties have signed.\n\n" +
                "Rome/Houston, 2 April 2020 Kiromic Inc. Molipharma s.r.l.")
        #expect(signed.dates.agreementDate == "2020-04-02")
        // An amendment dated in its own preamble is dated by it, not by the agreement it amends.
        let amendment = analyze(
            "SECOND AMENDMENT TO SERVICES AGREEMENT This SECOND AMENDMENT TO SERVICES AGREEMENT, dated and effective as of " +
                "March 1, 2016, amends the Services Agreement effective as of January 1, 2004.")
        #expect(amendment.dates.agreementDate == "2016-03-01")
    }

    @Test("each clause key of the evaluation set is reported, present or not, with evidence and page")
    func clauseKeys() throws {
        let findings = analyze(
            "LICENSE AGREEMENT\nLicensor hereby grants to Licensee a non-exclusive license to use the Software.",
            "IN NO EVENT SHALL EITHER PARTY BE LIABLE FOR ANY INDIRECT OR CONSEQUENTIAL DAMAGES. The aggregate liability of Licensor shall not exceed the fees paid.")
        let keys = Set(findings.clauses.map(\.key))
        for key in ["governing_law", "auto_renewal", "renewal_notice_period", "termination_for_convenience", "post_termination_obligations",
                    "limitation_of_liability", "uncapped_liability", "non_compete", "exclusivity", "non_solicit_customers",
                    "non_solicit_employees", "ip_assignment", "joint_ip_ownership", "change_of_control", "anti_assignment",
                    "license_grant", "audit_rights", "insurance", "liquidated_damages", "warranty", "most_favored_nation",
                    "minimum_commitment", "revenue_profit_sharing", "third_party_beneficiary", "confidentiality",
                    "indemnification", "payment_terms", "termination_any"] {
            #expect(keys.contains(key), "\(key)")
        }
        let cap = try #require(findings.clauses.first { $0.key == "limitation_of_liability" })
        #expect(cap.present)
        #expect(cap.evidence.first?.page == 2)
        #expect(cap.evidence.first?.quote.contains("aggregate liability of Licensor shall not exceed") == true
            || cap.evidence.first?.quote.contains("IN NO EVENT") == true)
        let grant = try #require(findings.clauses.first { $0.key == "license_grant" })
        #expect(grant.present && grant.evidence.first?.page == 1)
        #expect(findings.clauses.first { $0.key == "non_compete" }?.present == false)
    }

    @Test("risk: uncapped liability and a missing governing law raise the score, each tied to its clause")
    func risk() {
        let risky = analyze("""
            SERVICES AGREEMENT
            The parties hereby agree. Supplier shall provide the services. The limitations of liability shall not apply to \
            liability arising from gross negligence or wilful misconduct. This Agreement automatically renews for successive one-year terms.
            """)
        let factors = Set(risky.riskAssessment.factors.map(\.key))
        #expect(factors.isSuperset(of: ["uncapped_liability", "governing_law", "auto_renewal"]))
        #expect(risky.riskAssessment.score >= 0.25)
        #expect(risky.riskAssessment.factors.first { $0.key == "uncapped_liability" }?.evidence.isEmpty == false)
        #expect(!risky.recommendations.isEmpty)
        let calm = analyze("""
            SERVICES AGREEMENT
            The parties hereby agree. The aggregate liability of each party shall not exceed the fees paid. Customer shall \
            pay invoices within 30 days. Either party may terminate this agreement for material breach. This Agreement \
            is governed by the laws of England and Wales.
            """)
        #expect(calm.riskAssessment.score < risky.riskAssessment.score)
        #expect(calm.riskAssessment.level == "LOW")
        // Carving out only what the law does not let a contract limit (death, personal injury, fraud) is no uncapped
        // liability, as CUAD's labels read it; carving out indemnities is the clause and a risk.
        let cap = "SERVICES AGREEMENT\nThe parties hereby agree. Each party's total liability shall not exceed the fees paid in the preceding twelve months. "
        let statutory = analyze(cap + "Nothing in this Agreement limits liability for death or personal injury caused by negligence or for fraud.")
        #expect(statutory.clauses.first { $0.key == "uncapped_liability" }?.present == false)
        #expect(!statutory.riskAssessment.factors.contains { $0.key == "uncapped_liability" })
        // The same carve-out written "Neither party limits its liability for ...".
        let neither = analyze(cap + "Neither party limits its liability for death or personal injury caused by negligence.")
        #expect(neither.clauses.first { $0.key == "uncapped_liability" }?.present == false)
        // A cap made "subject to" such a carve-out is no uncapped liability either, though the model rates it one.
        let deferring = analyze("""
            SOFTWARE LICENCE AGREEMENT
            9. Limitation of Liability
            9.1 Nothing in this agreement limits either party's liability for death or personal injury caused by its negligence, or for fraud.
            9.2 Subject to clause 9.1, neither party shall be liable for any indirect loss, and each party's total liability under this agreement in any contract year shall not exceed the Fees paid in that year.
            """)
        #expect(deferring.clauses.first { $0.key == "uncapped_liability" }?.present == false)
        #expect(deferring.clauses.first { $0.key == "limitation_of_liability" }?.present == true)
        let indemnities = analyze(cap + "The limitation above shall not apply to a party's indemnification obligations or to fraud.")
        #expect(indemnities.riskAssessment.factors.contains { $0.key == "uncapped_liability" })
        #expect(indemnities.clauses.first { $0.key == "uncapped_liability" }?.present == true)
    }

    @Test("a memorandum of understanding that says it binds no one is not held to a contract's expected clauses")
    func nonBinding() {
        let mou = analyze("""
            MEMORANDUM OF UNDERSTANDING
            This Memorandum of Understanding is entered into on 15 October 2025 between Cedarline Hospital Network, Inc. \
            ("Cedarline") and Pacific Sound University ("PSU"). The parties intend to explore a collaboration for clinical placements.
            2. Non-Binding Nature. Except for Sections 5 and 6, this MOU does not create any legally binding obligations.
            5. Confidentiality. Each party shall keep confidential any non-public information of the other party.
            6. Governing Law. This MOU shall be governed by the laws of the State of Washington.
            """)
        #expect(!mou.riskAssessment.factors.contains { $0.evidence.isEmpty })
        #expect(mou.recommendations.contains { $0.contains("not binding") })
        // A binding agreement that mentions non-binding mediation is held to them.
        let binding = analyze("""
            COLLABORATION AGREEMENT
            This Collaboration Agreement is entered into between Alpha Inc. ("Alpha") and Beta LLC ("Beta"). The parties \
            shall first try non-binding mediation. This Agreement is governed by the laws of the State of Washington.
            """)
        #expect(binding.riskAssessment.factors.contains { $0.evidence.isEmpty })
        #expect(!binding.recommendations.contains { $0.contains("not binding") })
    }

    @Test("an NDA without a term is flagged as missing what an NDA is expected to have")
    func expectations() {
        let findings = analyze("""
            NON-DISCLOSURE AGREEMENT
            Between Alpha Ltd (the "Disclosing Party") and Beta LLC (the "Receiving Party"). The Receiving Party shall \
            keep the Confidential Information in strict confidence. Governed by the laws of Ireland.
            """)
        #expect(findings.contractType == .nda)
        #expect(findings.riskAssessment.factors.contains { $0.key == "term_duration" && $0.factor.hasSuffix(RiskFactor.expectedClauseNote) })
    }

    @Test("a form's 'five (5) year(s)' and 'thirty (30) day(s)' are a term and a notice period: an NDA that states its term is not flagged for lacking one")
    func formPlurals() {
        let findings = analyze("""
            MUTUAL NON-DISCLOSURE AGREEMENT
            This Mutual Non-Disclosure Agreement is entered into between Kestrel Labs, Inc. ("Kestrel") and Ostara GmbH ("Ostara") as of \
            March 2, 2022 (the "Effective Date"). Each party receiving Confidential Information shall hold it in strict confidence.
            9. This Agreement will terminate three (3) year(s) after the Effective Date, or may be terminated by either Party at any time \
            upon sixty (60) day(s) written notice to the other Party.
            """)
        #expect(findings.contractType == .nda)
        #expect(findings.term.length == "three (3) year(s)", "\(findings.term)")
        #expect(findings.dates.expirationDate == "2025-03-02")
        #expect(findings.noticePeriods.map(\.value) == [60], "\(findings.noticePeriods)")
        #expect(!findings.riskAssessment.factors.contains { $0.key == "term_duration" })
        // The sentence that says how the contract ends is the termination clause's quote, not the confidentiality
        // sentence before it that merely mentions termination.
        let termination = findings.clauses.first { $0.key == "termination_any" }
        #expect(termination?.evidence.first?.quote.hasPrefix("This Agreement will terminate three (3) year(s)") == true, "\(String(describing: termination))")
    }
}

@Suite("ContractWise key facts")
struct KeyFactTests {
    let rules = try! Repository.ruleSet()

    func facts(_ body: String) -> ContractFindings {
        let doc = document("SERVICES AGREEMENT\nThis agreement is between Acme Inc. (the \"Supplier\") and Beta LLC (the \"Customer\").\n" + body)
        return rules.contractFindings(doc)
    }

    /// The parties read from a whole document's text.
    func parties(of text: String) -> [Party] {
        rules.contractFindings(document(text)).parties
    }

    @Test(
        "governing law: the place as the contract names it, with its country; never a party's place of incorporation",
        arguments: [
            ("This Agreement shall be governed by the laws of the province of Ontario, Canada, without regard to conflict rules.", "Province of Ontario, Canada", "Canada"),
            ("This Agreement is governed by the laws of the Province of Ontario.", "Province of Ontario, Canada", "Canada"),
            // A label's colon, a heading that names jurisdiction too, a bracketed aside before the verb.
            ("Applicable law: the laws of the State of Victoria, Australia.", "Victoria, Australia", "Australia"),
            ("Governing Law and Jurisdiction: Singapore.", "Singapore", "Singapore"),
            ("Delaware law (excluding its conflicts rules) applies to this Agreement.", "Delaware", "United States"),
            ("The validity of this Agreement and the rights of the parties shall be determined under New York law.", "New York", "United States"),
            ("This Agreement shall be governed by and construed in accordance with the laws of England and Wales.", "England and Wales", "United Kingdom"),
            ("Governing Law and Jurisdiction. This Agreement shall be governed by and construed in accordance with Swiss law.", "Switzerland", "Switzerland"),
            ("24.1 This agreement shall be governed by and construed in accordance with Ohio law.", "Ohio", "United States"),
            ("Governing Law. This Agreement is accepted in the State of Nevada and shall be governed by the laws thereof.", "Nevada", "United States"),
            ("Acme Inc., a corporation organized under the laws of Delaware, agrees. This Agreement is governed by the laws of the State of New York. LANDLORD shall comply.", "New York", "United States"),
            ("This Agreement shall be governed by the laws and decisions of the State of Michigan.", "Michigan", "United States"),
            ("This Agreement shall be governed by the laws of the People's Republic of China.", "People's Republic of China", "China"),
            ("This Agreement shall be governed by the laws of the Lao People's Democratic Republic.", "Lao People's Democratic Republic", "Laos"),
            ("This Agreement shall be governed by the laws of the State of Delaware of the United States of America.", "Delaware", "United States"),
            ("This Agreement shall be governed by the laws of Newfoundland and Labrador.", "Newfoundland and Labrador, Canada", "Canada"),
            // The law "governing this Agreement" is "that of" a place; "the jurisdiction and laws of".
            ("The law governing this Agreement shall be that of the State of Washington.", "Washington", "United States"),
            ("The laws governing this Lease are those of the Commonwealth of Pennsylvania.", "Pennsylvania", "United States"),
            ("This Agreement shall be subject to the jurisdiction and laws of the State of Ohio.", "Ohio", "United States"),
            // Words run together by a PDF's text layer.
            ("This Agreement shall be construed in accordance with and governed by the laws ofthe State ofTexas and actions may be brought in Harris County.", "Texas", "United States"),
            ("This Agreement shall be governed by the laws of the State of NewYork.", "New York", "United States"),
            ("This Agreement shall be governed by the laws of the Stateof Delaware.", "Delaware", "United States"),
            ("This Agreement shall be governedby the laws of the State of Delaware.", "Delaware", "United States"),
            ("THIS AGREEMENT SHALL BE GOVERNED BY THE LAWS OF THE COMMONWEALTHOF MASSACHUSETTS.", "Massachusetts", "United States"),
            // Words between "governed" and "by"; a law "in force in" a place; a heading naming the place alone.
            ("This Agreement shall be governed exclusively by the laws of the State of Colorado.", "Colorado", "United States"),
            ("The construction and performance of this Agreement shall be governed in all respects by the laws of the State of Michigan.", "Michigan", "United States"),
            ("This Agreement is governed by the laws in force in New South Wales, Australia.", "New South Wales, Australia", "Australia"),
            ("This Agreement shall be governed by the laws in force in the Province of Ontario and the federal laws of Canada applicable therein.", "Province of Ontario, Canada", "Canada"),
            ("12. Governing Law. Pennsylvania.\n13. Notices. Notices shall be in writing.", "Pennsylvania", "United States"),
            ("GOVERNING LAW: THE STATE OF NEW YORK.", "New York", "United States"),
            // Federal law named with a state's: the state's law is the one chosen.
            ("This Agreement shall be governed by the laws of the United States and the State of Connecticut.", "Connecticut", "United States"),
            // A page break inside the clause.
            ("This Agreement shall be governed by the laws of the\n\nSource: ACME CORP, 10-K, 3/21/2019\n\nState of Delaware, without regard to conflicts of law.", "Delaware", "United States"),
            ("This Agreement shall be governed by the laws of the State\n\n12\n\nof Delaware.", "Delaware", "United States"),
            ("This Agreement shall be governed by the laws of the State of Cali-\nfornia.", "California", "United States"),
            ("This Agreement shall be governed by the laws of the State of\n\n-15-\n\nCalifornia, without regard to its conflicts of law principles.", "California", "United States"),
            ("This Agreement shall be governed by the laws of the State\n\nAshworth/Nantz Promotion Agreement - -------------------\n\nof Georgia.", "Georgia", "United States"),
            ("This Agreement shall be gov-\nerned by the laws of the State of Texas.", "Texas", "United States"),
            // The law named before the verb.
            ("New York law governs this Agreement and all disputes arising from it.", "New York", "United States"),
            ("This Agreement is subject to Ohio law.", "Ohio", "United States"),
            ("The laws of the State of California govern this Agreement.", "California", "United States"),
            ("This Agreement shall be governed by the laws of New York State.", "New York", "United States"),
            // "apply to this Agreement"; an adjective before "laws".
            ("The laws of Switzerland shall apply to this Agreement.", "Switzerland", "Switzerland"),
            ("The parties agree that the law of the State of Florida will apply to this Agreement.", "Florida", "United States"),
            ("The substantive laws of the State of Louisiana shall govern the validity, construction, and enforcement of this Agreement.", "Louisiana", "United States"),
            // A clause in capitals names the place as it is otherwise written; countries of longer names.
            ("THIS AGREEMENT SHALL BE GOVERNED BY THE LAWS OF THE STATE OF NEW YORK.", "New York", "United States"),
            ("This Agreement shall be governed by the laws of the Hong Kong Special Administrative Region.", "Hong Kong Special Administrative Region", "China"),
            ("This Agreement shall be governed by the laws of the Federal Republic of Germany.", "Federal Republic of Germany", "Germany"),
            ("This Agreement shall be governed by the laws of Taiwan, Republic of China.", "Taiwan, Republic of China", "Taiwan"),
            ("This Agreement shall be governed by Dutch law.", "Netherlands", "Netherlands"),
            ("This Agreement shall be governed by Scots law.", "Scotland", "United Kingdom"),
            // A federation's laws as applied in one of its emirates are that emirate's.
            ("Laws of the United Arab Emirates as applied in the Emirate of Dubai shall govern this Agreement.", "Emirate of Dubai, United Arab Emirates", "United Arab Emirates"),
            ("This Agreement is governed by the laws of the UAE as applicable in Abu Dhabi.", "Emirate of Abu Dhabi, United Arab Emirates", "United Arab Emirates"),
            ("This Agreement is governed by the laws of the United Arab Emirates.", "United Arab Emirates", "United Arab Emirates"),
            // A kind of law between the adjective and "law".
            ("This Agreement shall be governed by Mexican federal law.", "Mexico", "Mexico"),
            ("This Agreement shall be governed by German civil law.", "Germany", "Germany"),
            ("This Distributor Agreement shall be exclusively governed, construed, enforced and controlled by the laws of the United States of America and of the State of Texas.", "Texas", "United States"),
            ("This Agreement shall be governed by the laws of the Grand Duchy of Luxembourg.", "Grand Duchy of Luxembourg", "Luxembourg"),
            // The law "applicable to this Agreement"; a clause pointing back to a place of its sentence.
            ("The law applicable to this Agreement is the law of Belgium.", "Belgium", "Belgium"),
            ("This Agreement shall be deemed to have been made in the State of Kentucky and shall be governed by its laws.", "Kentucky", "United States"),
            ("Acme Inc., a corporation organized under the laws of the State of Ohio, and Beta LLC agree that this Agreement is made in the State of Iowa and governed by the laws of such State.", "Iowa", "United States"),
            // "PRC" by its full name; a place by its English name; three words before "law"; a country named
            // beside a place in it; a law only the arbitrator is told to apply.
            ("This Contract shall be governed by the laws of the PRC.", "People's Republic of China", "China"),
            ("The formation, validity and interpretation of this Agreement shall be governed by PRC law.", "People's Republic of China", "China"),
            ("This Agreement shall be governed by the laws of Québec.", "Quebec, Canada", "Canada"),
            ("This Agreement shall be governed by New York State law.", "New York", "United States"),
            ("This Agreement shall be governed by the laws of the Commonwealth of Australia and the State of New South Wales.", "New South Wales, Australia", "Australia"),
            ("Any dispute shall be finally settled by arbitration in New York City under the rules of the American Arbitration Association. The arbitrator shall apply the substantive law of the State of New York.", "New York", "United States"),
            // Phrasings of contracts translated into English; a place after "the Commonwealth of the".
            ("GOVERNING LAW. Delaware law shall be the governing law of this Agreement.", "Delaware", "United States"),
            ("This Agreement shall be regulated by the laws of Spain.", "Spain", "Spain"),
            ("This Agreement shall be submitted to the laws of Mexico.", "Mexico", "Mexico"),
            ("The validity, interpretation and implementation of this Agreement shall be governed by the laws of mainland China.", "People's Republic of China", "China"),
            ("This Agreement shall be governed by the laws of the Commonwealth of the Bahamas.", "Bahamas", "Bahamas"),
            ("This Agreement shall be governed by the laws of the Swiss Confederation.", "Switzerland", "Switzerland"),
            // A territory's law, and "the Territory" of a distribution agreement, which is no place.
            ("This Agreement shall be governed by the laws of the Territory of Guam.", "Guam", "United States"),
            ("This Agreement shall be governed by the laws of the U.S. Virgin Islands.", "U.S. Virgin Islands", "United States"),
            ("This Agreement shall be governed by the laws of the Territory, and each party submits to the courts of the State of New York.", "New York", "United States"),
            // A clause in lower case: a known place's name after "laws of".
            ("this agreement shall be governed by the laws of the state of new york.", "New York", "United States"),
            ("This agreement is governed by the laws of england.", "England and Wales", "United Kingdom"),
            // Clauses in capitals that name the place before the law, by an adjective, or two places.
            ("THIS LICENCE WAS SIGNED IN THE STATE OF NEVADA AND SHALL BE GOVERNED BY THE LAWS THEREOF.", "Nevada", "United States"),
            ("THIS AGREEMENT SHALL BE GOVERNED BY SWISS LAW, EXCLUDING THE VIENNA CONVENTION.", "Switzerland", "Switzerland"),
            ("THIS AGREEMENT IS GOVERNED BY THE LAWS OF THE UNITED STATES OF AMERICA AND OF THE STATE OF TEXAS.", "Texas", "United States"),
            ("THE RESELLER AGREES THAT ITS ORDERS ARE GOVERNED BY NEW YORK LAW.", "New York", "United States"),
            // Longer ways to the place: qualifiers before "by", "the provisions of", "according to", a long
            // parenthetical before "govern", an arbitration "subject to the application of" a law.
            ("This Agreement and every claim under it shall be governed in all respects, including as to validity, interpretation and effect, by the laws of the State of Illinois.", "Illinois", "United States"),
            ("This Agreement is made under and subject to the provisions of the substantive laws of the State of New York.", "New York", "United States"),
            ("This Agreement shall be construed, and the rights of the parties determined, according to the substantive law of the State of Delaware.", "Delaware", "United States"),
            ("The laws of the State of New York (leaving aside any rule that would send the matter to another jurisdiction's law) govern every matter arising under this Agreement.", "New York", "United States"),
            ("Any dispute shall be settled by arbitration in Paris under the ICC Rules. The arbitration shall be subject to the application of the Italian law and be conducted in English.", "Italy", "Italy"),
            // "controlled by", "enforced according to", "in force in"; a law named by its place after a comma.
            ("This Agreement shall be controlled by the internal laws of the State of California.", "California", "United States"),
            ("This Agreement shall be governed by, and construed in accordance with, Delaware law.", "Delaware", "United States"),
            ("This Agreement shall be subject to the laws in force in Singapore.", "Singapore", "Singapore"),
            ("This Agreement shall be enforced according to California law, without regard to its conflict of laws principles.", "California", "United States"),
            ("The laws in force in the State of Delaware shall apply to this Agreement.", "Delaware", "United States"),
            ("All claims under this Agreement shall be governed in all respects, including validity, interpretation and effect, by English law.", "England and Wales", "United Kingdom"),
            // Words broken at a line end by a soft hyphen or a hyphen (in capitals too), a zero-width space.
            ("This Agreement shall be gov\u{AD}\nerned by the laws of the State of Min\u{AD}nesota.", "Minnesota", "United States"),
            ("THIS AGREEMENT SHALL BE GOVERNED BY THE LAWS OF THE STATE OF MINNE-\nSOTA.", "Minnesota", "United States"),
            ("This Agreement will be gove-\nrned by and determined in accordance with the decisional law of the State of Dela-\nware and, where applicable, the federal law of the United States.", "Delaware", "United States"),
            ("This Agreement shall be governed by the la\u{200B}ws of the State of Ohio.", "Ohio", "United States"),
            // A place padded by a text layer, named before "the laws of that State".
            ("This Agreement is deemed entered into in the State of New  Jersey, and shall be construed in accordance with the laws of that State.", "New Jersey", "United States"),
            // A law named before the verb with a phrase between; a heading that names the country alone; a law
            // the agreement is "made under"; the law the "applicable law shall be".
            ("Oregon law, excluding its rules on the choice of law, shall govern this Agreement.", "Oregon", "United States"),
            ("Governing law: Kingdom of Saudi Arabia.", "Kingdom of Saudi Arabia", "Saudi Arabia"),
            ("This Agreement is made under Queensland law.", "Queensland, Australia", "Australia"),
            ("This Agreement is made under the laws of the Australian Capital Territory.", "Australian Capital Territory", "Australia"),
            ("The applicable law shall be the law of the United Arab Emirates.", "United Arab Emirates", "United Arab Emirates"),
            ("The governing law of this Agreement shall be Utah law.", "Utah", "United States"),
            ("Laws of the State of Idaho shall govern this Agreement.", "Idaho", "United States"),
            ("Governing Law              Vermont\nTerm                       two years", "Vermont", "United States"),
            ("The governing law of this Agreement shall be the Substantive law of Kenya.", "Kenya", "Kenya"),
            ("All questions concerning the construction, validity and interpretation of this Agreement will be determined by the law of the State of New York.", "New York", "United States"),
            // The county of the courts after the state is no part of the law's place.
            ("This Agreement shall be governed by the laws of the State of California, County of Santa Clara.", "California", "United States"),
            ("This Agreement shall be governed by the laws of the State of Texas, Harris County.", "Texas", "United States"),
            // The country a place is in is no second place.
            ("This Agreement shall be governed by the laws of the State of Illinois and the United States of America.", "Illinois", "United States"),
            // Contracts translated from Chinese; the Republic of China is Taiwan; the United Mexican States Mexico.
            ("Matters not covered in this Contract shall be handled in accordance with relevant laws and regulations of the People's Republic of China.", "People's Republic of China", "China"),
            ("This Contract shall be governed by the laws of the Republic of China (Taiwan).", "Taiwan", "Taiwan"),
            ("This Agreement shall be governed by the federal laws of the United Mexican States.", "Mexico", "Mexico"),
            // A known place misspelt: one slip, two in a long name; a short unknown name stays as written.
            ("This Agreement shall be governed by the laws of the State of Deleware.", "Delaware", "United States"),
            ("This Agreement shall be governed by the laws of the Commonwealth of Massachussetts.", "Massachusetts", "United States"),
            ("This Agreement shall be governed by the laws of the State of Minnestoa.", "Minnesota", "United States"),
            ("This Agreement shall be governed by the laws of the Province of Ontaro.", "Province of Ontario, Canada", "Canada"),
            // A slip in the lead: the place as the lead written right gives it.
            ("THIS AGREEMENT SHALL BE GOVERNED BY THE LAWS OF THE SIATE OF TEXAS.", "Texas", "United States"),
            ("This Agreement shall be governed by the laws of the Stale of New Yrok.", "New York", "United States"),
            ("This Agreement shall be governed by the laws of the Provnce of Ontario.", "Province of Ontario, Canada", "Canada"),
            // A scan's "1" for an "l".
            ("This Agreement shall be governed by the laws of the State of F1orida.", "Florida", "United States"),
            ("This Agreement shall be governed by the laws of the Commonwea1th of Pennsy1vania.", "Pennsylvania", "United States"),
            // A country by its formal name, with or without "the" after the lead, or with no lead at all; a Swiss canton;
            // a financial free zone's own law; a city's law, which is its state's.
            ("This Agreement shall be governed by the laws of the Kingdom of the Netherlands.", "Kingdom of the Netherlands", "Netherlands"),
            ("This Agreement shall be governed by the laws of the Republic of the Philippines.", "Republic of the Philippines", "Philippines"),
            ("This Agreement shall be governed by the laws of the Federative Republic of Brazil.", "Federative Republic of Brazil", "Brazil"),
            ("This Agreement shall be governed by the laws of the Hellenic Republic.", "Hellenic Republic", "Greece"),
            ("This Agreement shall be governed by the laws of the Sultanate of Oman.", "Sultanate of Oman", "Oman"),
            ("This Agreement shall be governed by the laws of the Bailiwick of Jersey.", "Bailiwick of Jersey", "Jersey"),
            ("This Agreement shall be governed by the laws of the Macau Special Administrative Region.", "Macau Special Administrative Region", "China"),
            ("This Agreement shall be governed by the laws of the Canton of Geneva.", "Canton of Geneva", "Switzerland"),
            ("This Agreement shall be governed by the laws of the Dubai International Financial Centre.", "Dubai International Financial Centre", "United Arab Emirates"),
            ("This Agreement shall be governed by the laws of the City of New York.", "New York", "United States"),
            ("This Agreement shall be governed by the laws of the State and City of New York.", "New York", "United States"),
            // A key-terms table: the next row's label is no part of the place; a pipe between label and place; "Law and jurisdiction".
            ("Governing law:\tthe laws of England and Wales\nTerm\t12 months", "England and Wales", "United Kingdom"),
            ("Governing Law | State of Texas\nTerm | 12 months", "Texas", "United States"),
            // A formal name a line wrapped is still one name.
            ("This Agreement shall be governed by the laws of the Hong Kong\nSpecial Administrative Region.", "Hong Kong Special Administrative Region", "China"),
            ("Law and jurisdiction: Ireland\nTerm: 12 months", "Ireland", "Ireland"),
            // "U.S." before "State of".
            ("This Agreement shall be governed by the laws of the U.S. State of Delaware.", "Delaware", "United States"),
            // "That of" a place with no "State of"; a place's "substantive" law named before the verb.
            ("The applicable law is that of Switzerland.", "Switzerland", "Switzerland"),
            ("The law governing this Agreement shall be that of the Republic of Singapore.", "Republic of Singapore", "Singapore"),
            ("Swiss substantive law shall apply to this Agreement.", "Switzerland", "Switzerland"),
            // A place's law that "applies" or "is applicable", with no more words.
            ("Florida law applies.", "Florida", "United States"),
            ("Swiss law is applicable.", "Switzerland", "Switzerland"),
            // A law "applied to", "prevailing in", "controlling" or "used to interpret" this Agreement.
            ("The laws of the State of New York shall be applied to this Agreement.", "New York", "United States"),
            ("The laws of Ontario are to be applied in the construction of this Agreement.", "Ontario, Canada", "Canada"),
            ("The laws of the State of New York shall prevail in the interpretation of this Agreement.", "New York", "United States"),
            ("The laws of the State of Ohio shall be controlling.", "Ohio", "United States"),
            ("The law of the State of Texas will be used to interpret this Agreement.", "Texas", "United States"),
            // The arbitrators' law, where no other is chosen.
            ("In rendering an award, the arbitrator shall follow the law of the State of Arizona.", "Arizona", "United States"),
            ("The arbitrator shall be bound by the laws of the State of Utah.", "Utah", "United States"),
            ("The decision of the arbitrators shall be based on the laws of the Republic of Singapore.", "Republic of Singapore", "Singapore"),
            ("Any dispute shall be finally settled by arbitration in London. The arbitral tribunal shall apply English law.", "England and Wales", "United Kingdom"),
            // A state of a country with states: Germany's, Brazil's, Mexico's.
            ("This Agreement shall be governed by the laws of the State of Bavaria.", "Bavaria, Germany", "Germany"),
            ("This Agreement shall be governed by the laws of the State of São Paulo.", "Sao Paulo, Brazil", "Brazil"),
            ("This Agreement shall be governed by the laws of the State of Jalisco.", "Jalisco, Mexico", "Mexico"),
        ] as [(String, String, String)])
    func governingLaw(clause: String, jurisdiction: String, country: String) {
        let law = facts(clause).governingLaw
        #expect(law.jurisdiction == jurisdiction)
        #expect(law.country == country)
        #expect(law.evidence.first?.quote.isEmpty == false)
    }

    @Test(
        "governing law: a filing's legend or a draft's label at a page break inside the clause is no place, and the quote shows the clause",
        arguments: [
            "***Confidential Treatment Requested   7",
            "CONFIDENTIAL TREATMENT REQUESTED WITH RESPECT TO CERTAIN PORTIONS HEREOF DENOTED WITH \"***\"   Supply Agreement between Acme and Beta, 18/9/2008",
            "Confidential Treatment Requested by Acme Corp.",
            "*** Confidential material redacted and filed separately with the Commission.",
            "Acme Corp. - Confidential",
            "Supply Agreement - Execution Copy",
            "Confidential Execution Version",
        ])
    func lawAcrossPageLegend(legend: String) {
        let law = facts("14. Governing Law. This Agreement shall be governed by the laws of the State of\n\n\(legend)\n\n\n\nCalifornia, without regard to its conflicts of law rules.\n15. Notices. Notices shall be in writing.").governingLaw
        #expect(law.jurisdiction == "California")
        #expect(law.evidence.first?.quote == "Governing Law. This Agreement shall be governed by the laws of the State of California")
    }

    @Test(
        "governing law: a legend or a filing stamp run onto the end of the line a page broke in is no place",
        arguments: [
            " Confidential Treatment Requested 14\n\nSource: ACME CORP, DRS/A (on S-1), 3/21/2018",
            " Source: ACME HOLDINGS, INC., 10-K, 3/6/2020",
        ])
    func lawAcrossLineEndLegend(legend: String) {
        let law = facts("14. Governing Law. This Agreement shall be governed by the laws of the State of\(legend)\n\n\n\n\nCalifornia, without regard to its conflicts of law rules.").governingLaw
        #expect(law.jurisdiction == "California")
        #expect(law.evidence.first?.quote == "Governing Law. This Agreement shall be governed by the laws of the State of California")
        // A redaction where the place was names none.
        #expect(facts("14. Governing Law. This Agreement shall be governed by the laws of the State of [***]\(legend)\n\n\n\n\nwithout regard to its conflicts of law rules.").governingLaw.jurisdiction == nil)
    }

    @Test(
        "governing law: the page number a filing's text layer ran onto a page's last line, above its stamp, is no part of the place",
        arguments: [
            ("the State of 12", "Delaware, without regard to its conflicts of law rules.", "Delaware"),
            ("the State of New 12", "York, without regard to its conflicts of law rules.", "New York"),
            ("the State of Page 12 of 30", "Delaware.", "Delaware"),
            ("the 7", "State of Delaware.", "Delaware"),
        ] as [(String, String, String)])
    func lawAcrossRunOnPageNumber(lastLine: String, nextPage: String, jurisdiction: String) throws {
        let law = facts("14. Governing Law. This Agreement shall be governed by the laws of \(lastLine)\n\nSource: ACME CORP, 10-K, 3/1/2010\n\n\n\n\n\n\(nextPage)\n15. Notices. Notices shall be in writing.").governingLaw
        #expect(law.jurisdiction == jurisdiction)
        let quote = try #require(law.evidence.first?.quote)
        #expect(quote.contains("This Agreement shall be governed by the laws of"))
        #expect(!quote.contains("12") && !quote.contains("Source"))
    }

    @Test(
        "governing law: a state or province abbreviated, or China and Hong Kong by their initials, is named in full",
        arguments: [
            ("the State of N.Y.", "New York"), ("the State of NY", "New York"), ("the State of Calif.", "California"),
            ("the State of CA", "California"), ("the Commonwealth of Mass.", "Massachusetts"), ("the State of Tex.", "Texas"),
            ("the Commonwealth of Pa.", "Pennsylvania"), ("the Province of Ont.", "Ontario, Canada"), ("B.C.", "British Columbia, Canada"),
            ("the P.R.C.", "People's Republic of China"), ("the Peoples Republic of China", "People's Republic of China"),
            ("the HKSAR", "Hong Kong, China"),
            // A name spelt out is kept as written.
            ("Hong Kong SAR.", "Hong Kong SAR"),
        ] as [(String, String)])
    func lawOfAnAbbreviatedPlace(place: String, jurisdiction: String) {
        #expect(facts("12. Governing Law. This Agreement shall be governed by the laws of \(place)").governingLaw.jurisdiction == jurisdiction)
    }

    @Test(
        "governing law: a place's word a text layer split at a space ('Ne w York', 'Pennsyl vania', 'Sta te of') is read whole, and quoted as written; its first part is no postal code's state ('Ne vada' is not Nebraska)",
        arguments: [
            ("the laws of the State of Ne vada.", "Nevada"), ("the laws of the State of Ne w York.", "New York"),
            ("the internal laws of the Commonwealth of Pennsyl vania, without regard to conflicts of law.", "Pennsylvania"),
            ("the laws of the Sta te of Texas.", "Texas"), ("the laws of the State of New Y ork.", "New York"),
            ("the laws of the Province of Ont ario and the federal laws of Canada applicable therein.", "Ontario, Canada"),
        ])
    func splitPlaceWord(clause: String, jurisdiction: String) {
        let law = facts("12. Governing Law. This Agreement shall be governed by \(clause)").governingLaw
        #expect(law.jurisdiction == jurisdiction)
        #expect(law.evidence.first?.quote.contains(clause.prefix(40)) == true)
    }

    @Test(
        "governing law: a contract said to be a place's ('a Delaware contract', 'construed as a Minnesota contract') chooses that place's law; a kind of contract names none",
        arguments: [
            ("This Agreement is a Delaware contract and shall be construed in accordance with its terms.", "Delaware"),
            ("This Agreement shall be construed as a Minnesota contract.", "Minnesota"),
            ("This Agreement is intended to be a New York contract, and its validity shall be determined accordingly.", "New York"),
            ("This Agreement is a Government contract subject to the FAR.", nil), ("This Agreement is a Services contract.", nil),
        ] as [(String, String?)])
    func lawOfAPlacesContract(sentence: String, jurisdiction: String?) {
        let law = facts("1. Services. Vendor shall provide the services.\n12. Miscellaneous. \(sentence)").governingLaw
        #expect(law.jurisdiction == jurisdiction)
        #expect(law.evidence.first?.quote == (jurisdiction == nil ? nil : sentence))
    }

    @Test(
        "governing law: a table's label over its value, or parted from it by two spaces, names the place; the quote is the label and the value",
        arguments: [
            ("SCHEDULE 1 - KEY TERMS\nGoverning law\nDelaware\nNotice period\n30 days", "Delaware", "Governing law Delaware"),
            ("SCHEDULE 1 - PARTICULARS\nItem 9  Governing law  Victoria, Australia\nItem 10  Notices  by email", "Victoria, Australia", "Governing law Victoria"),
        ] as [(String, String, String)])
    func lawInATableRow(table: String, jurisdiction: String, quote: String) {
        let law = facts("1. Services. Vendor shall provide the services in Schedule 1.\n\(table)").governingLaw
        #expect(law.jurisdiction == jurisdiction)
        #expect(law.evidence.first?.quote == quote)
    }

    @Test(
        "governing law: a place the clause describes and then names ('namely Arizona', 'which is currently Ohio'), or where the contracts whose law it is are performed, is the law's; a description alone names none",
        arguments: [
            ("The parties' rights shall be governed by the laws of the state in which Team's stadium is located, namely Arizona.", "Arizona"),
            ("Any dispute shall be decided according to the law of the place of the registered office of the Seller, which is currently Ohio.", "Ohio"),
            ("This Agreement shall be governed by the laws of the jurisdiction in which the Licensor's principal office is located, which is currently Minnesota.", "Minnesota"),
            ("This Agreement shall be governed by the laws of the country in which the Distributor has its seat, i.e. Switzerland.", "Switzerland"),
            ("This Lease shall be governed by the laws of the State in which the Premises are located, namely the State of New Jersey.", "New Jersey"),
            ("This Agreement shall be governed by the laws of the state in which the Franchised Business is located.", nil),
            ("This Agreement shall be governed by the laws of the state where the Customer resides, being the state listed in the Order Form.", nil),
            ("This Agreement shall be governed by the laws of the place where the Services are performed, which is Acme Tower.", nil),
            // The law of contracts made and performed in a place.
            ("This Agreement shall be governed by the laws that apply to contracts executed and performed entirely in Missouri.", "Missouri"),
            ("This Agreement shall be governed by the laws applicable to contracts made and to be performed in Ontario.", "Ontario, Canada"),
            ("This Agreement shall be governed by the laws applicable to contracts made and performed in the Licensee's territory.", nil),
        ] as [(String, String?)])
    func lawDescribedThenNamed(clause: String, jurisdiction: String?) {
        #expect(facts("18. Governing Law. \(clause)\n19. Notices. Notices shall be in writing.").governingLaw.jurisdiction == jurisdiction)
    }

    @Test("governing law: a 'governed by' names its law in its own sentence; a later sentence's laws are not chosen by it")
    func lawInItsOwnSentence() throws {
        let order = facts("""
            4. Orders. Each order is governed by the Statement of Work signed for it. Supplier shall comply with the export laws of Canada.
            5. Exhibits. The services are governed by the service levels of Exhibit C. Supplier shall observe the laws of England.
            9. Choice. The laws of the State of Oregon shall govern this Agreement.
            """).governingLaw
        #expect(order.jurisdiction == "Oregon")
        // A heading's place is in the sentence after it; abbreviations and initials end no sentence.
        #expect(facts("Governing Law. This Agreement shall be governed by the laws of Ohio.").governingLaw.jurisdiction == "Ohio")
        #expect(facts("This Agreement is governed by Sec. 5-1401 of the N.Y. Gen. Oblig. Law and the laws of the State of New York.").governingLaw.jurisdiction == "New York")
        #expect(facts("This Agreement shall be governed by the laws of the U.S. Virgin Islands.").governingLaw.jurisdiction == "U.S. Virgin Islands")
        // A heading's place may come sentences later; a contents line, a cross-reference or a defined term names none.
        let heading = facts("27.1 Choice of Law. This Agreement takes effect when we sign it. This Agreement will be construed exclusively under the laws of the State of Texas.").governingLaw
        #expect(heading.jurisdiction == "Texas")
        #expect(try #require(heading.evidence.first).quote.hasPrefix("This Agreement will be construed exclusively"))
        let mentions = facts("""
            14. Governing Law .......... 19
            15. Notices ................ 20
            1. Definitions. "Applicable Laws" means the laws of Canada and of each province where Products are sold.
            3. Disputes. Subject to Section 14 (Governing Law), disputes go first to the managers. Provider shall comply with the data laws of Ireland.
            4. "Governing Law" has the meaning given in Section 14. "Sanctions" means the sanctions laws of the United Kingdom.
            14. Governing Law. The laws of the State of Texas govern this Agreement.
            """).governingLaw
        #expect(mentions.jurisdiction == "Texas")
        // The quote is the clause's sentence, not a venue's named between the heading and it.
        let venueFirst = facts("12. Governing Law; Venue. Venue for any action shall be in the courts of San Francisco, California. All matters relating to this Agreement shall be governed by the laws of the State of California.").governingLaw
        #expect(try #require(venueFirst.evidence.first).quote.hasPrefix("All matters relating to this Agreement"))
    }

    @Test("governing law: the agreement's own choice comes first and is kept, before state addenda; 'choice of law principles' names no law")
    func ownChoiceFirst() throws {
        let law = facts("""
            ILLINOIS ADDENDUM. Illinois law governs the agreements between the parties to this franchise.
            MINNESOTA ADDENDUM. With respect to franchisees governed by Minnesota law, we will comply with Minn. Stat. Sec. 80C.14.
            NEW YORK ADDENDUM. Any choice of law provision shall not be considered a waiver of rights under the laws of the State of New York.
            IOWA ADDENDUM. Franchisees governed by Iowa law keep the rights that law gives them.
            WISCONSIN ADDENDUM. With respect to franchisees governed by Wisconsin law, the Wisconsin Fair Dealership Law applies.
            27. Choice of Law. This Agreement shall be governed by the laws of the State of Texas, without regard to its choice of law principles.
            """).governingLaw
        let places = try #require(law.jurisdiction).components(separatedBy: "; ")
        #expect(places.first == "Texas")
        #expect(places.count <= 3)
        #expect(!places.contains("New York"))
        #expect(try #require(law.evidence.first).quote.hasPrefix("This Agreement shall be governed"))
    }

    @Test("governing law: one name for one legal system, however a contract words it, so that contracts group by it")
    func oneNamePerLegalSystem() {
        let english = [
            "This Agreement is governed by English law.", "This Agreement is governed by the laws of England.",
            "This Agreement is governed by the laws of England and Wales.", "The parties submit to the exclusive jurisdiction of the courts of London.",
            "The parties submit to the exclusive jurisdiction of the courts of England.",
        ]
        #expect(english.map { facts($0).governingLaw.jurisdiction } == Array(repeating: "England and Wales", count: english.count))
        let chinese = [
            "This Agreement is governed by Chinese law.", "This Agreement is governed by the laws of China.", "This Agreement is governed by PRC law.",
            "This Agreement is governed by the laws of the People's Republic of China.",
        ]
        #expect(chinese.map { facts($0).governingLaw.jurisdiction } == Array(repeating: "People's Republic of China", count: chinese.count))
        #expect(facts("This Agreement is governed by Scots law.").governingLaw.jurisdiction == "Scotland")
        let states = [
            "This Agreement is governed by the laws of the State of New Jersey, USA.", "This Agreement is governed by the laws of New Jersey, United States of America.",
            "This Agreement is governed by the laws of the State of New Jersey, U.S.A.", "This Agreement is governed by New Jersey law.",
        ]
        #expect(states.map { facts($0).governingLaw.jurisdiction } == Array(repeating: "New Jersey", count: states.count))
    }

    @Test("governing law: a place no list knows is reported as written, and a known place is never respelt as another")
    func placesAsWritten() {
        let nevis = facts("This Agreement shall be governed by the laws of Nevis.").governingLaw
        #expect(nevis.jurisdiction == "Nevis")
        #expect(nevis.country == nil)
        #expect(facts("This Agreement shall be governed by the laws of El Salvador.").governingLaw.jurisdiction == "El Salvador")
        #expect(facts("This Agreement shall be governed by the laws of the State of Kansas.").governingLaw.jurisdiction == "Kansas")
        #expect(Jurisdictions.respelled("Arkansa") == "Arkansas")
        #expect(Jurisdictions.respelled("Kansa") == "Kansas")
        // As near Iceland as Ireland, as near North Carolina as South Carolina: left as written.
        #expect(Jurisdictions.respelled("Icreland") == nil)
        #expect(Jurisdictions.respelled("Nouth Carolina") == nil)
        #expect(Jurisdictions.respelled("State of Illnois") == "State of Illinois")
        #expect(Jurisdictions.respelled("Macao") == "Macau")
    }

    @Test("governing law: the quote is the clause that names the law, even when a page number follows and a later sentence names the place")
    func quoteBeforePageBreak() throws {
        let law = facts("""
            34.8. Law
            The parties hereby agree that this Agreement shall be construed in             accordance with English law. Any and all disputes shall be resolved in the courts located in London, England, except an action brought by the Publishers, in which case venue shall be in Boston Massachusetts.

                                                   25

            Signing Provisions
            """).governingLaw
        #expect(law.jurisdiction == "England and Wales")
        #expect(try #require(law.evidence.first).quote.hasPrefix("The parties hereby agree that this Agreement shall be construed"))
    }

    @Test("governing law: a clause in capitals is quoted as written; a clause a page break interrupts is read whole; no-break spaces are spaces")
    func lawAcrossLayout() throws {
        let capitals = facts("THIS AGREEMENT WAS ACCEPTED IN THE STATE OF CALIFORNIA AND SHALL BE GOVERNED BY THE LAWS THEREOF.").governingLaw
        #expect(capitals.jurisdiction == "California")
        #expect(try #require(capitals.evidence.first).quote.contains("STATE OF CALIFORNIA AND SHALL BE GOVERNED BY THE LAWS THEREOF"))
        let doc = document(
            "SERVICES AGREEMENT\nThis Agreement is made between Acme Corp. (\"Client\") and Beta LLC (\"Provider\").\n9. This Agreement shall be construed in accordance\n\n12\n\n",
            "with the laws of the District of Columbia.\n10. Notices. Notices shall be in writing.")
        let law = rules.contractFindings(doc).governingLaw
        #expect(law.jurisdiction == "District of Columbia")
        // The page number between its two halves is blanked: the quote is the whole clause, from the page it starts on.
        #expect(law.evidence.first?.page == 1)
        #expect(law.evidence.first?.quote == "This Agreement shall be construed in accordance with the laws of the District of Columbia.")
        // A running footer and header a page break put inside the clause: no place of their words is taken.
        let header = rules.contractFindings(document(
            "SERVICES AGREEMENT\nThis Agreement is made between Acme Corp. (\"Client\") and Beta LLC (\"Provider\").\n9. This Agreement shall be governed by the laws of the\n\nAcme Corp. Confidential                              3\n",
            "Acme / Beta Services Agreement\n\nState of New York, without regard to its conflict of laws rules.\n10. Notices. Notices shall be in writing.")).governingLaw
        #expect(header.jurisdiction == "New York")
        let footer = rules.contractFindings(document(
            "SERVICES AGREEMENT\nThis Agreement is made between Acme Corp. (\"Client\") and Beta LLC (\"Provider\").\n9. This Agreement shall be construed in accordance with the laws\n\nCONFIDENTIAL\n\n",
            "of the Commonwealth of Virginia.\n10. Notices. Notices shall be in writing.")).governingLaw
        #expect(footer.jurisdiction == "Virginia")
        let nbsp = facts("This Agreement shall be governed by the laws of the Province of Ontario and the parties submit to the courts of Toronto.".replacingOccurrences(of: " ", with: "\u{00A0}")).governingLaw
        #expect(nbsp.jurisdiction == "Province of Ontario, Canada")
    }

    @Test("governing law: a legend line inside the clause, a word broken at a hyphen and a space, a form's filled-in blank, Washington D.C., clauses that 'control', say the law 'is' a place or point back to a city's state, a heading before 'Laws of', a federal law, sentences run together, a table of key terms, 'U.S.A.' before the verb, laws the parties submit to")
    func lawAsFilingsAndFormsWriteIt() {
        func law(_ clause: String) -> String? { facts(clause).governingLaw.jurisdiction }
        // A filing's confidentiality legend between a page number and the rest of the clause, with no page break.
        #expect(law("14. Governing Law. This Agreement shall be governed by the laws of the State of\n\nPage 12 of 30\nCONFIDENTIAL TREATMENT REQUESTED\n\nNew York.") == "New York")
        #expect(law("14. Governing Law. This Agreement shall be governed by the laws of the State of\n\n*** Confidential ***\n\nNew Jersey, without regard to its conflicts rules.") == "New Jersey")
        #expect(law("14. Governing Law. This Agreement shall be governed by the laws of the State of Cali- fornia.") == "California")
        #expect(law("14. Governing Law. This Agreement shall be governed by the laws of the Common- wealth of Massa- chusetts.") == "Massachusetts")
        #expect(law("14. Governing Law. This Agreement shall be governed by the laws of the State of ______Texas______.") == "Texas")
        #expect(law("14. Governing Law. This Agreement shall be governed by the laws of the State of [Oregon].") == "Oregon")
        #expect(law("14. Governing Law: ______Texas______") == "Texas")
        #expect(law("Governing law (State):   Arizona\n") == "Arizona")
        // A blank left blank, or a placeholder, names no law.
        #expect(law("14. Governing Law. This Agreement shall be governed by the laws of the State of ________________.") == nil)
        #expect(law("14. Governing Law. This Agreement shall be governed by the laws of [Jurisdiction].") == nil)
        #expect(law("14. Governing Law. This Agreement shall be governed by the laws of the State of [STATE].") == nil)
        // "the Territory" of a distribution agreement, and the Distributor's, is no place.
        #expect(law("14. Governing Law. This Agreement shall be governed by the laws of the Territory of the Distributor.") == nil)
        #expect(law("14. Governing Law. This Agreement shall be governed by the laws of Washington, D.C.") == "District of Columbia")
        #expect(law("14. Governing Law. This Agreement shall be governed by the laws of the State of Washington.") == "Washington")
        #expect(law("14. Miscellaneous. The laws of the State of New York will control the interpretation of this Agreement.") == "New York")
        #expect(law("14. Miscellaneous. The governing law of this Agreement is Ohio.") == "Ohio")
        #expect(law("14. Place of Performance. This Agreement shall be performed in Harris County, Texas, and shall be governed by the laws of said State.") == "Texas")
        // A heading's last word before "Laws of" names no statute; a federal law is its country's; two sentences run
        // together end the place at the full stop.
        #expect(law("14. Governing Law: Laws of the State of Utah.") == "Utah")
        #expect(law("7. The law of the State of New Jersey shall apply to all disputes under this Agreement.") == "New Jersey")
        #expect(law("14. Applicable Law. This agreement shall be governed by United States Federal law.") == "United States")
        #expect(law("14. Governing Law. This Agreement is governed by the laws of the Federal Republic of Germany.") == "Federal Republic of Germany")
        #expect(law("14. Governing Law. This Agreement is governed by the laws of India.Subject to clause 15, the courts of Pune have jurisdiction.") == "India")
        // A table of key terms, its next row right below the law's.
        let table = "KEY TERMS\nTerm\t12 months\n%@\nFees\tUSD 10,000 per month\n"
        #expect(law(table.replacingOccurrences(of: "%@", with: "Governing law | Laws of England")) == "England and Wales")
        #expect(law(table.replacingOccurrences(of: "%@", with: "Governing law:\tLaws of the State of New\nYork")) == "New York")
        #expect(law(table.replacingOccurrences(of: "%@", with: "Applicable law\tThe laws of Singapore")) == "Singapore")
        #expect(law(table.replacingOccurrences(of: "%@", with: "Law and jurisdiction\tEnglish law; courts of England")) == "England and Wales")
        // "applicable law" in a sentence is no label.
        #expect(law("14. Compliance. Each party shall comply with applicable law.\tThe laws of Singapore on export apply to the Goods.") == nil)
        // A party's state of incorporation is not the state a clause points back to.
        #expect(law("Seller, a Delaware corporation, shall deliver the goods, and this Agreement shall be governed by the laws of said State.") == nil)
        // "U.S.A." inside a law named before its verb; a law the parties "submit to" is chosen, not inferred from the courts.
        let georgia = facts("14. Miscellaneous. The law of the State of Georgia, U.S.A. shall govern the interpretation of this Agreement.").governingLaw
        #expect(georgia.jurisdiction == "Georgia")
        #expect(georgia.evidence.first?.quote == "The law of the State of Georgia, U.S.A. shall govern the interpretation of this Agreement.")
        let submitted = facts("14. Disputes. The parties submit to the laws of India and the exclusive jurisdiction of the courts at Mumbai.").governingLaw
        #expect(submitted.jurisdiction == "India")
        #expect(submitted.inferredFrom == nil)
    }

    @Test("effective date: a definition of the term names it, over an anticipated commencement date read before it; a date something begins 'on or after' is none")
    func effectiveDateDefinition() {
        let dates = facts("""
            MASTER SERVICES AGREEMENT
            This Agreement is made as of March 2, 2022.
            1. DEFINITIONS
            A. "Commencement Date" shall mean the date on which the migration is complete. The parties anticipate the Commencement Date to be September 1, 2022.
            B. "Effective Date" shall mean April 1, 2022.
            """).dates
        #expect(dates.effectiveDate == "2022-04-01")
        #expect(dates.agreementDate == "2022-03-02")
        // "made and effective the 21st of June": the date is both.
        let both = facts("This Agreement is made and effective the 21st of June, 2016, between the parties.").dates
        #expect(both.agreementDate == "2016-06-21" && both.effectiveDate == "2016-06-21", "\(both)")
        // A date something "begins on or after" is a condition, not the contract's start.
        let condition = facts("""
            DISTRIBUTOR AGREEMENT
            This Agreement is dated as of April 15, 2024.
            5. Fees on licence agreements whose sales cycle begins on or after May 1, 2024 shall be shared equally.
            """).dates
        #expect(condition.effectiveDate == nil)
    }

    @Test(
        "governing law: a section's sentence that names laws to comply with, before the sentence that chooses the law, adds no law",
        arguments: [
            ("Each party shall comply with all applicable laws of the State of California.", "This Agreement shall be governed by the laws of the State of Delaware.", "Delaware"),
            ("Nothing in this Agreement requires either party to act contrary to the laws of the United Kingdom.", "This Agreement shall be governed by New York law.", "New York"),
            ("The Products shall comply with the laws of the European Union.", "This Agreement shall be governed by the laws of Ireland.", "Ireland"),
            ("Any notice under the laws of the State of Illinois shall be given in writing.", "This Agreement is subject to the laws of the State of Indiana.", "Indiana"),
            ("Each party shall comply with all applicable laws of the European Union.", "The applicable law is that of France.", "France"),
        ])
    func lawAfterComplianceSentence(before: String, choice: String, jurisdiction: String) throws {
        let section = "12. Governing Law. \(before) \(choice)\n13. Notices. Notices shall be in writing."
        let law = facts(section).governingLaw
        #expect(law.jurisdiction == jurisdiction)
        #expect(law.evidence.map(\.quote) == [choice])
        // The clause's row quotes the choice, not the sentence after the heading.
        let findings = rules.contractFindings(document("SERVICES AGREEMENT\nThis Agreement is made between Acme Corp. (\"Client\") and Beta LLC (\"Provider\").\n" + section))
        let clause = try #require(findings.clauses.first { $0.key == "governing_law" })
        #expect(clause.evidence.map(\.quote) == [choice])
    }

    @Test("governing law: a clause naming no place is not replaced by a party's place of incorporation")
    func incorporationIsNoChoice() {
        #expect(facts("The Distributor represents that it is a limited liability company organized and in good standing under the laws of the State of Texas.").governingLaw.jurisdiction == nil)
        let doc = document("""
            SERVICES AGREEMENT
            This Agreement is made between Acme Corp. ("Client") and Beta LLC, a limited liability company organized and existing under the laws of the State of Oregon ("Provider").
            1. Governing Law. This Lease shall be governed by the laws of the state in which the Premises are located.
            """)
        #expect(rules.contractFindings(doc).governingLaw.jurisdiction == nil)
        // A party's place, which the clause does not name ("the People's Republic of China" is a name).
        #expect(facts("This Agreement shall be governed by the laws of the state of Franchisee's principal place of business.").governingLaw.jurisdiction == nil)
        #expect(facts("This Agreement shall be governed by the laws of the State of Licensee’s domicile.").governingLaw.jurisdiction == nil)
        // A description of several words between the verb and "under the laws of".
        #expect(facts("This Agreement is made as of May 2, 2026 by Harbor Acquisition Corp., a Delaware corporation (\"Parent\"), and Lumen Holdings, an exempted company incorporated with limited liability under the laws of the Cayman Islands (the \"Company\").").governingLaw.jurisdiction == nil)
        #expect(facts("Northgate Partners LLC, organized as a limited liability company under the laws of the State of Idaho (\"Northgate\"), shall supply the goods.").governingLaw.jurisdiction == nil)
    }

    @Test(
        "governing law: every law the contract chooses, in order; a second place only from a clause that names it at once",
        arguments: [
            // Two places after one "laws of".
            ("This Agreement is governed by the laws of Singapore and Malaysia.", "Singapore; Malaysia", nil),
            ("This Agreement will be governed by the laws of the State of California and Singapore.", "California; Singapore", nil),
            ("This Agreement shall be governed by, and construed and enforced in accordance with, the laws of the State of California and the laws of Hong Kong.", "California; Hong Kong, China", nil),
            ("This Agreement shall be governed by the laws of the Netherlands, and, to the extent that Dutch law does not apply, by the laws of Belgium.", "Netherlands; Belgium", nil),
            ("22. Governing Law. This Agreement shall be governed by the laws of the State of Delaware.\n\n18. Governing Law and Forum. This agreement shall be governed by and subject to the internal laws of the State of Illinois.", "Delaware; Illinois", "United States"),
            ("This Agreement is governed by the laws of the State of New York. The Services are governed by the Statement of Work, which Acme, a corporation organized under the laws of Delaware, issues under the laws of its own state.", "New York", "United States"),
            ("This Agreement shall be governed by the laws of England and Wales. Disputes go to the courts of England and Wales.", "England and Wales", "United Kingdom"),
            // One clause's heading and verb name one place; a later clause naming the same place, or its
            // country, adds nothing; a second law may follow a parenthetical.
            ("(a) GOVERNING LAW. THIS AGREEMENT SHALL BE GOVERNED BY, AND CONSTRUED IN ACCORDANCE WITH, THE LAWS OF THE STATE OF COLORADO, UNITED STATES, WITHOUT REGARD TO ITS PRINCIPLES REGARDING CONFLICT OF LAWS.", "Colorado", "United States"),
            ("This Agreement is governed by the laws of the State of Delaware.\n\nExhibit B. This Exhibit is governed by the laws of the State of Delaware, USA.\n\nExhibit C. This Exhibit is governed by the laws of the United States.", "Delaware", "United States"),
            ("22. Governing Law. This Agreement shall be governed by the laws of the State of Delaware.\n\n18. Governing Law and Forum. This agreement shall be governed by and subject to the internal laws (exclusive of the conflicts of law provisions) and decisions of the courts of the State of Illinois.", "Delaware; Illinois", "United States"),
            // By-laws and statutes are no choice of law.
            ("This Agreement is governed by the laws of the State of New York. The Fund's rights are governed solely by the by-laws of the Fund. Nothing here waives a right under the General Business Law of the State of Ohio.", "New York", "United States"),
            ("Applicable Law: This Agreement shall be governed by the laws of PRC.", "People's Republic of China", "China"),
            // Two states named at once; not a state's courts.
            ("This Agreement shall be governed by the laws of the State of Delaware and the State of Illinois, as applicable.", "Delaware; Illinois", "United States"),
            ("This Agreement shall be governed by the laws of the State of Illinois or the State of Indiana, where the services are performed.", "Illinois; Indiana", "United States"),
            ("This Agreement shall be governed by the laws of the State of Texas and the State and federal courts of Harris County shall have jurisdiction.", "Texas", "United States"),
            // Hong Kong's law is no part of China's: both stay.
            ("This Agreement shall be governed by the laws of China and the laws of Hong Kong.", "People's Republic of China; Hong Kong, China", "China"),
            ("This Agreement shall be governed by the laws of Hong Kong and the laws of China.", "Hong Kong, China; People's Republic of China", "China"),
            // A country whose name holds "and" is one place; a country near a known place's spelling is
            // itself ("Tanzania" is no misspelt "Tasmania"); two countries give no one country.
            ("This Agreement shall be governed by the laws of Trinidad and Tobago.", "Trinidad and Tobago", "Trinidad and Tobago"),
            ("This Agreement shall be governed by the laws of the Turks and Caicos Islands and the laws of Jamaica.", "Turks and Caicos Islands; Jamaica", nil),
            ("This Agreement shall be governed by the laws of Tanzania.", "Tanzania", "Tanzania"),
            ("This Agreement shall be governed by the laws of Nova Scotia and the laws of Canada applicable therein.", "Nova Scotia, Canada", "Canada"),
            // Two states after one "laws of" or before one "law"; a law for a part of the agreement; the
            // country's own law beside its state's adds nothing, but two places of one country are both read.
            ("This Agreement shall be governed by the laws of the States of New York and Delaware.", "New York; Delaware", "United States"),
            ("This Agreement shall be governed by New York and Delaware law.", "New York; Delaware", "United States"),
            ("This Agreement shall be governed by Delaware law, and, as to the Escrow, by New York law.", "Delaware; New York", "United States"),
            ("The validity of this Agreement shall be governed by the laws of the State of Texas, and its performance by the laws of the State of Oklahoma.", "Texas; Oklahoma", "United States"),
            ("This Agreement shall be governed by the laws of the State of New Jersey and, where applicable, the laws of the State of New York.", "New Jersey; New York", "United States"),
            ("This Agreement shall be governed by the laws of the State of California and the laws of the United States of America applicable therein.", "California", "United States"),
            ("This Agreement shall be construed under the laws of the Commonwealth of Massachusetts and, to the extent applicable, the federal laws of the United States.", "Massachusetts", "United States"),
            ("This Agreement shall be governed and construed in accordance with the laws of Scotland and England.", "Scotland; England and Wales", "United Kingdom"),
            // Under a heading, the first place named in any form: "Delaware law" before a guaranty's "laws of".
            ("4. Governing Law. This Agreement shall be governed by Delaware law. Each Guarantor waives any defence it has under the laws of the State of Texas.", "Delaware", "United States"),
            ("4. Governing Law. This Agreement shall be governed by Delaware law. Each Guaranty shall be governed by the laws of the State of Texas.", "Delaware; Texas", "United States"),
            ("Governing Law. This Agreement is governed by English law. The Guarantor waives any defence it has under the laws of the State of New York.", "England and Wales", "United Kingdom"),
            // A further clause that names its law before the verb.
            ("This Agreement shall be governed by the laws of the State of Delaware.\n\nEXHIBIT B - SECURITY AGREEMENT\n\nThe laws of the State of Illinois govern this Security Agreement.", "Delaware; Illinois", "United States"),
            // A country's adjective; Taiwan by its own name.
            ("This Agreement shall be governed by Philippine law.", "Philippines", "Philippines"),
            ("This Agreement shall be governed by the laws of Taiwan, R.O.C.", "Taiwan, Republic of China", "Taiwan"),
            // Two adjectives before one "law"; "and/or"; a second law for other documents with its verb left out,
            // or for "matters arising in" a place; a long second name is read whole, not cut at "United".
            ("This Agreement is subject to Swiss and German law.", "Switzerland; Germany", nil),
            ("This Agreement shall be governed by the laws of Israel and/or the State of New York, as applicable.", "Israel; New York", nil),
            ("This Agreement shall be governed by the laws of the State of Minnesota and the Ancillary Agreements by the laws of the State of Nevada.", "Minnesota; Nevada", "United States"),
            ("This Agreement shall be governed by the laws of the People's Republic of China and, for matters arising in Hong Kong, the laws of Hong Kong.", "People's Republic of China; Hong Kong, China", "China"),
            ("This Agreement shall be governed by the laws of the State of Israel and the State of Delaware, United States of America.", "Israel; Delaware", nil),
            // A second state after a parenthetical, after "and of" or "and by"; a heading naming the document it
            // chooses law for; "the law of the Distribution Agreement" names no place.
            ("This Agreement shall be governed by the laws of the State of New York (without regard to its conflicts of law rules) and of the State of Delaware.", "New York; Delaware", "United States"),
            ("This Agreement shall be governed by the laws of the State of California, U.S.A., and of Japan.", "California; Japan", nil),
            // A comma after "laws of"; a law that "shall apply" with no more words, alone or for a further document.
            ("Governing law: This Agreement is subject to the exclusive jurisdiction of the courts of, and governed by the laws of, Ireland.", "Ireland", "Ireland"),
            ("In the event of any dispute, the laws of the State of Minnesota apply.", "Minnesota", "United States"),
            ("This Agreement shall be governed and interpreted in accordance with the laws of the State of Texas. In the event of any dispute arising under the Sublicense, the laws of the State of Oklahoma shall apply.", "Texas; Oklahoma", "United States"),
            // A further document's law in the next sentence, though the first place's name seems to run on into it
            // ("Georgia. Each Purchase Order"); a further heading's name that is no place ("Law of Local Agreements").
            ("This Agreement shall be governed by the laws of the State of Georgia. Each Purchase Order is subject to the laws of the State of Ohio.", "Georgia; Ohio", "United States"),
            ("This Agreement shall be governed by the laws of the State of Georgia. The law applicable to the Escrow shall be the law of the State of New York.", "Georgia; New York", "United States"),
            ("This Agreement shall be governed by the laws of the State of New York. Governing Law of Local Agreements: the laws of England shall govern any Local Agreement entered into by a UK Affiliate.", "New York; England and Wales", nil),
            ("This Agreement shall be governed by the laws of the State of Connecticut and by the laws of the State of Rhode Island where the Premises are located.", "Connecticut; Rhode Island", "United States"),
            ("Governing law of the Distribution Agreement: Florida. Governing law of the Supply Agreement: Georgia.", "Florida; Georgia", "United States"),
            // An adjective's law first, then a second law for another document; "and the Lease by the laws of"; "as regards".
            ("This Agreement shall be governed by English law and the Share Charge by Cayman Islands law.", "England and Wales; Cayman Islands", nil),
            ("This Agreement shall be governed by Dutch law, and the Pledge by Belgian law.", "Netherlands; Belgium", nil),
            ("This Agreement shall be governed by the laws of the Commonwealth of Virginia, and the Lease by the laws of the District of Columbia.", "Virginia; District of Columbia", "United States"),
            ("This Agreement is governed by the laws of the State of Florida, and, as regards the Canadian Distributor, the laws of the Province of Alberta.", "Florida; Province of Alberta, Canada", nil),
            // Enumerated laws; two laws in capitals, the second the People's Republic of China.
            ("This Agreement shall be governed by (i) the laws of the State of New York with respect to the Notes and (ii) the laws of the State of Delaware with respect to all other matters.", "New York; Delaware", "United States"),
            ("THIS AGREEMENT SHALL BE GOVERNED BY THE LAWS OF THE STATE OF CALIFORNIA AND THE LAWS OF THE PEOPLE'S REPUBLIC OF CHINA, AS APPLICABLE.", "California; People's Republic of China", nil),
            // A proviso whose law applies to a part; two laws each named before "law"; a clause in lower case naming two
            // known places; a heading's second state for a part; the United States and a state for a further document.
            ("This Agreement is governed by the laws of the State of New York; provided that the law of Austria shall apply to matters concerning the Austrian Subsidiary.", "New York; Austria", nil),
            ("This Agreement is governed by the laws of England, except that the laws of Ireland govern the Security Interest.", "England and Wales; Ireland", nil),
            ("This Agreement is governed by the laws of England, provided that the laws of Ireland are not excluded.", "England and Wales", "United Kingdom"),
            ("New York law and English law shall govern this Agreement, each as to the obligations performed in its territory.", "New York; England and Wales", nil),
            ("This Agreement shall be governed by English law and New York law, as set out in Schedule 4.", "England and Wales; New York", nil),
            ("this agreement shall be governed by the laws of the state of california and the laws of the people's republic of china.", "California; People's Republic of China", nil),
            ("this agreement shall be governed by the laws of the state of new york and the united states of america.", "New York", "United States"),
            ("Governing Law: State of Delaware and, for the Collateral, the State of New York.", "Delaware; New York", "United States"),
            ("This Agreement is governed by the laws of the State of Texas, and the Mineral Lease by the laws of the United States of America and the State of Oklahoma.", "Texas; Oklahoma", "United States"),
            // Disputes about a part "by the laws of"; a comma for "and" before another document's law; the country's initials
            // before "and, in respect of"; "save that ... is subject to"; "both"; "the laws in effect in".
            ("This Agreement shall be governed by the laws of Hong Kong, and disputes relating to the PRC Subsidiary by the laws of the PRC.", "Hong Kong, China; People's Republic of China", "China"),
            ("This Agreement is governed by Swiss law, the Escrow Agreement by New York law.", "Switzerland; New York", nil),
            ("This Agreement shall be governed by the laws of the State of Washington, U.S.A. and, in respect of the Canadian operations, the laws of British Columbia.", "Washington; British Columbia, Canada", nil),
            ("This Agreement is governed by the laws of Singapore, save that the Malaysian Property is subject to the laws of Malaysia.", "Singapore; Malaysia", nil),
            ("The Parties agree that this Agreement is governed by the laws of both England and Scotland.", "England and Wales; Scotland", "United Kingdom"),
            ("This Agreement shall be governed by the laws in effect in the Province of Quebec and the laws of Canada applicable therein.", "Province of Quebec, Canada", "Canada"),
            // Québec's code names its law; a mention of the code in another clause chooses none.
            ("This Agreement shall be interpreted in accordance with the Civil Code of Québec.", "Quebec, Canada", "Canada"),
            ("This Agreement is governed by the laws of the State of New York. Article 1474 of the Civil Code of Québec does not apply to the Services.", "New York", "United States"),
            // A parenthetical between the first law and the joined second.
            ("This Agreement shall be governed by the laws of the Commonwealth of Massachusetts (other than its choice of law rules) and, with respect to the Canadian Affiliate, the laws of Ontario.", "Massachusetts; Ontario, Canada", nil),
            // A further document made subject to a law; a sale made subject to one is no choice.
            ("This Agreement shall be governed by Delaware law. Each Guaranty is subject to the laws of the State of Texas.", "Delaware; Texas", "United States"),
            ("This Agreement shall be governed by the laws of the State of New York. The sale of Products in Canada shall be subject to the laws of the Province of Ontario.", "New York", "United States"),
            // A law named before "law", then a "laws of" joined to it; a law that may apply instead ("or"); a proviso after a
            // semicolon; a place's law that "shall apply".
            ("This Agreement is governed by California law and the laws of Hong Kong.", "California; Hong Kong, China", nil),
            ("This Agreement shall be governed by English law and the laws of the State of New York.", "England and Wales; New York", nil),
            ("This Agreement shall be governed by the laws of the State of New York or, at the option of Licensor, the laws of the State of California.", "New York; California", "United States"),
            ("This Agreement shall be governed by the laws of the State of California, or the laws of Ontario, Canada, as the case may be.", "California; Ontario, Canada", nil),
            ("This Agreement shall be governed by the laws of Delaware; provided that all questions concerning the Trust shall be determined under the laws of the State of Maryland.", "Delaware; Maryland", "United States"),
            ("This Agreement is executed in and shall be performed in Maricopa County, Arizona, and Arizona law shall apply.", "Arizona", "United States"),
            // Initials and short names spelt out; an emirate's law with its country's federal law is the emirate's.
            ("This Agreement shall be governed by the laws of the U.S.A.", "United States", "United States"),
            ("This Agreement shall be governed by the laws of the UK.", "United Kingdom", "United Kingdom"),
            ("This Agreement shall be governed by the laws of the UAE.", "United Arab Emirates", "United Arab Emirates"),
            ("This Agreement shall be governed by the laws of Holland.", "Netherlands", "Netherlands"),
            ("This Agreement shall be governed by the laws of Korea.", "Republic of Korea", "Korea"),
            ("This Agreement shall be governed by the laws of the Emirate of Dubai and the federal laws of the United Arab Emirates.", "Emirate of Dubai, United Arab Emirates", "United Arab Emirates"),
            // A heading's bare place, then a law a proviso joins to it; a heading's place before a comma.
            ("Governing Law: State of Michigan, except for Section 12, which is governed by the laws of the State of Ohio.", "Michigan; Ohio", "United States"),
            ("Governing Law. New York; provided that the Pledge is governed by Cayman Islands law.", "New York; Cayman Islands", nil),
            ("Governing Law: England, save that the Share Charge is governed by Scots law.", "England and Wales; Scotland", "United Kingdom"),
            ("Governing Law: Texas, USA.", "Texas", "United States"),
            // A heading naming two places; a law for each side of a dispute ("if", "when"); a second law in a
            // parenthetical; the first place followed by its country's full name.
            ("Governing Law: Illinois and New York.", "Illinois; New York", "United States"),
            ("GOVERNING LAW: THE STATE OF NEW YORK AND THE STATE OF NEW JERSEY.", "New York; New Jersey", "United States"),
            ("Governing Law: England and Wales.", "England and Wales", "United Kingdom"),
            ("This Agreement shall be governed by the laws of the country of the defendant: if Buyer is the defendant, the laws of Germany, and if Supplier is the defendant, the laws of the State of Delaware.", "Germany; Delaware", nil),
            ("Any dispute shall be governed by the laws of Korea when Licensee is the defendant, and the laws of the State of California when Licensor is the defendant.", "Republic of Korea; California", nil),
            ("This Agreement shall be governed by the internal laws of the State of Delaware (or, if Licensee's principal office is in California, the laws of the State of California).", "Delaware; California", "United States"),
            ("This Agreement shall be governed by the laws of the State of New York, United States of America, and, where applicable, the laws of Japan.", "New York; Japan", nil),
            ("This Agreement shall be governed by the laws of Nevada, Utah and Arizona, as applicable.", "Nevada; Utah; Arizona", "United States"),
            ("This Agreement shall be governed by the laws of the State of Oregon (USA) and the Kingdom of Sweden.", "Oregon; Kingdom of Sweden", nil),
            ("This Agreement shall be governed by the laws of the State of California, U.S.A., and of Japan.", "California; Japan", nil),
            // A comma after "laws of"; a law that "shall apply" with no more words, alone or for a further document.
            ("Governing law: This Agreement is subject to the exclusive jurisdiction of the courts of, and governed by the laws of, Ireland.", "Ireland", "Ireland"),
            ("In the event of any dispute, the laws of the State of Minnesota apply.", "Minnesota", "United States"),
            ("This Agreement shall be governed and interpreted in accordance with the laws of the State of Texas. In the event of any dispute arising under the Sublicense, the laws of the State of Oklahoma shall apply.", "Texas; Oklahoma", "United States"),
            // A further document's law in the next sentence, though the first place's name seems to run on into it
            // ("Georgia. Each Purchase Order"); a further heading's name that is no place ("Law of Local Agreements").
            ("This Agreement shall be governed by the laws of the State of Georgia. Each Purchase Order is subject to the laws of the State of Ohio.", "Georgia; Ohio", "United States"),
            ("This Agreement shall be governed by the laws of the State of Georgia. The law applicable to the Escrow shall be the law of the State of New York.", "Georgia; New York", "United States"),
            ("This Agreement shall be governed by the laws of the State of New York. Governing Law of Local Agreements: the laws of England shall govern any Local Agreement entered into by a UK Affiliate.", "New York; England and Wales", nil),
            // A list of laws, item by item; "and the courts" between "laws" and "of".
            ("This Agreement shall be governed by:\n(a) as to the Licensed Patents, the laws of England; and\n(b) in all other respects, the laws of the State of New York.", "England and Wales; New York", nil),
            ("This Agreement shall be governed by the laws of the State of New York; and each party shall comply with (i) applicable export laws, including the laws of the United States.", "New York", "United States"),
            ("This Agreement shall be governed by the laws and the courts of Hong Kong.", "Hong Kong, China", "China"),
            // Not a second law: a party's description, the country the state is in.
            ("This Agreement is governed by Delaware law and the laws of the United States of America.", "Delaware", "United States"),
            ("This Agreement is governed by Swiss law and the Buyer, a company organised under the laws of Germany, accepts it.", "Switzerland", "Switzerland"),
        ] as [(String, String, String?)])
    func governingLaws(clause: String, jurisdiction: String, country: String?) {
        let law = facts(clause).governingLaw
        #expect(law.jurisdiction == jurisdiction)
        #expect(law.country == country)
    }

    @Test("dates: a statement issued on a date dates from it; a term that expires at a clock time or on the last day of a month ends then; a long-stop date is no expiry; a key-terms row labelled Termination Date is the end")
    func issuedClockAndLongStop() {
        let statement = facts("""
            STATEMENT OF MAIN TERMS OF EMPLOYMENT
            This statement is issued on 9 February 2026 by Firth Distillers Limited (the "Employer") to Ms Eilidh MacRae (the "Employee").
            1. Commencement. Your employment will begin on 2 March 2026.
            Signed for the Employer, 9 February 2026. Accepted by the Employee, 12 February 2026.
            """).dates
        #expect(statement.agreementDate == "2026-02-09")
        // A labelled date of issue, before a start date.
        let issue = facts("""
            STATEMENT OF MAIN TERMS OF EMPLOYMENT
            Employer: Fenwick & Hale Engineering Limited
            Employee: Aisha Rahman
            Date of issue: 3 March 2025
            1. Start date. Your employment begins on 1 April 2025.
            """).dates
        #expect(issue.agreementDate == "2025-03-03")
        #expect(issue.effectiveDate == "2025-04-01")
        let lease = facts("""
            This Lease is made as of June 2, 2026 between Trinity Gateway LP ("Landlord") and Bluebonnet LLC ("Tenant").
            2. Term. The term shall commence on August 1, 2026 and shall expire at 11:59 p.m. on July 31, 2031, unless sooner terminated.
            """).dates
        #expect(lease.expirationDate == "2031-07-31")
        let lastDay = facts("""
            This Lease is made as of June 2, 2026 between Trinity Gateway LP ("Landlord") and Bluebonnet LLC ("Tenant").
            2. Term. The term shall commence on the first day of August, 2026 and shall expire on the last day of July, 2031.
            """).dates
        #expect(lastDay.effectiveDate == "2026-08-01")
        #expect(lastDay.expirationDate == "2031-07-31")
        // A table of key terms: "Termination Date" labels the end, as "End Date" does.
        let rows = facts("KEY TERMS\nStart Date:\t1 September 2026\nTermination Date:\t31 August 2027\nFees\tGBP 4,000 per month\n").dates
        #expect(rows.effectiveDate == "2026-09-01")
        #expect(rows.expirationDate == "2027-08-31")
        #expect(rows.agreementDate == "2026-09-01")
        let deed = facts("""
            This deed is dated 4 August 2026 between Kestrel Limited ("Bidder") and Wattle Limited ("Target").
            6.1 Either party may terminate this deed by notice if the Scheme has not become Effective by 31 January 2027 (the "End Date").
            """).dates
        #expect(deed.agreementDate == "2026-08-04")
        #expect(deed.expirationDate == nil)
    }

    @Test("an amendment is read with the agreement it amends: no clause it leaves out is a risk; its extended term is the expiry")
    func amendmentRisks() {
        let body = """
             to Master Services Agreement
            This Second Amendment is entered into as of October 15, 2025 by and between Granite Peak Logistics, LLC ("Client") and \
            Vantage Route Systems, Inc. ("Vendor"), and amends the Master Services Agreement between them dated April 1, 2022.
            1. Term. Section 10.1 of the Agreement is amended to extend the Term through March 31, 2028.
            2. Fees. Vendor's monthly platform fee shall be $22,500.
            """
        let amendment = rules.contractFindings(document("Second Amendment" + body))
        #expect(amendment.riskAssessment.factors.isEmpty)
        #expect(amendment.recommendations.contains { $0.hasPrefix("This is an amendment") })
        #expect(amendment.dates.expirationDate == "2028-03-31")
        // A restatement is the whole agreement again: what it lacks is a risk.
        let restated = rules.contractFindings(document("Amended and Restated Master Services Agreement" + body.replacingOccurrences(of: " to Master Services Agreement", with: "")))
        #expect(restated.riskAssessment.factors.contains { $0.key == "governing_law" })
        #expect(ContractAnalyzer.amendmentTitle.matches("AMENDMENT NO. 3 TO THE DISTRIBUTOR AGREEMENT"))
        #expect(ContractAnalyzer.amendmentTitle.matches("Addendum to Lease"))
        #expect(!ContractAnalyzer.amendmentTitle.matches("AMENDMENT AND RESTATEMENT OF THE CREDIT AGREEMENT"))
        #expect(!ContractAnalyzer.amendmentTitle.matches("Master Services Agreement"))
    }

    @Test("an agreement that ends a lease early is read with the lease: the lease's insurance terms are not missing from it")
    func terminationAgreementRisks() {
        let ending = rules.contractFindings(document("""
            LEASE TERMINATION AGREEMENT
            This Lease Termination Agreement is made as of September 30, 2025 between Harborview Properties LLC ("Landlord") and \
            Bluefin Analytics, Inc. ("Tenant").
            1. Termination. The Office Lease dated May 1, 2020 shall terminate on December 31, 2025 (the "Termination Date"), and \
            Tenant shall surrender the Premises to Landlord on or before the Termination Date.
            2. Rent. Tenant shall pay the Base Rent due under the Lease through the Termination Date.
            3. Governing Law. This Agreement is governed by the laws of the Commonwealth of Massachusetts.
            """))
        #expect(ending.contractType == .leaseAgreement)
        #expect(!ending.riskAssessment.factors.contains { $0.missingExpected == true }, "\(ending.riskAssessment.factors.map(\.factor))")
        #expect(ending.recommendations.contains { $0.hasPrefix("This document ends another contract early") })
        for title in ["Termination of Lease", "MUTUAL TERMINATION AGREEMENT", "Deed of Surrender", "Surrender of Lease", "Termination and Release Agreement"] {
            #expect(ContractAnalyzer.contractEndingTitle.matches(title), "\(title)")
        }
        #expect(!ContractAnalyzer.contractEndingTitle.matches("COMMERCIAL LEASE"))
    }

    @Test("a document that forms part of another agreement (a data processing agreement) is read with it: what it leaves to that agreement is no risk")
    func partOfAnotherAgreement() {
        let dpa = rules.contractFindings(document("""
            DATA PROCESSING AGREEMENT
            This Data Processing Agreement ("DPA") forms part of the Master Services Agreement dated 3 February 2025 between \
            Fernhill Retail Ltd (the "Controller") and Quaystone Cloud Services Ltd (the "Processor").
            1. The Processor shall process the personal data only on documented instructions from the Controller.
            2. This DPA is governed by the laws of England and Wales.
            """))
        #expect(dpa.riskAssessment.factors.isEmpty, "\(dpa.riskAssessment.factors.map(\.factor))")
        #expect(dpa.recommendations.contains { $0.hasPrefix("This document forms part of another agreement") })
        #expect(ContractAnalyzer.formsPartOf.matches("This Statement of Work No. 4 is issued under the Consulting Agreement dated May 1, 2024."))
        // With its own date between the verb and "under", or "pursuant to".
        #expect(ContractAnalyzer.formsPartOf.matches("This Statement of Work (\"SOW\") is entered into on July 7, 2025 under the Master Services Agreement dated January 15, 2024."))
        #expect(ContractAnalyzer.formsPartOf.matches("This Work Order is made as of 1 March 2026 pursuant to the Framework Agreement between the parties."))
        // Governed by, or subject to, terms named as such; a contract governed by a law stands alone.
        #expect(ContractAnalyzer.formsPartOf.matches("This Order Form is governed by the Beta Cloud Terms of Service."))
        #expect(ContractAnalyzer.formsPartOf.matches("This SOW is subject to the Master Services Agreement between the parties."))
        #expect(!ContractAnalyzer.formsPartOf.matches("This Agreement is governed by the laws of the State of New York and this Agreement binds the parties."))
        let order = rules.contractFindings(document(
            "ORDER FORM\nCustomer: Acme Corp.\nProvider: Beta Cloud LLC\nSubscription Term: 12 months\nFees: USD 24,000 per year\nThis Order Form is governed by the Beta Cloud Terms of Service.\n"))
        #expect(!order.riskAssessment.factors.contains { $0.key == "governing_law" || $0.key == "limitation_of_liability" }, "\(order.riskAssessment.factors.map(\.factor))")
        // A contract that says its own schedules form part of it stands alone.
        #expect(!ContractAnalyzer.formsPartOf.matches("The Schedules form part of this Agreement."))
    }

    @Test("parties: a filing's legend or stamp at a page break inside the preamble is no part of the next party's name")
    func partyAfterPageLegend() {
        for legend in ["***Confidential Treatment Requested   1", "Source: ACME CORP, 10-K, 3/21/2019"] {
            let found = rules.contractFindings(document(
                "MASTER SERVICES AGREEMENT\n\nThis Master Services Agreement is entered into as of March 2, 2018 by and between Acme Corp. (\"Client\") and\n\n\(legend)\n\n\n\nBeta LLC (\"Provider\").\n\n1. Services. Provider performs the services.\n"))
            #expect(found.parties == [Party(name: "Acme Corp.", role: "Client"), Party(name: "Beta LLC", role: "Provider")], "\(legend)")
        }
    }

    @Test("parties: a preamble after a cover page and a long contents, a description opened by 'being' or 'With', a register number before 'hereinafter', roles given by 'hereinafter' in blocks or in brackets without quotes (beside a quoted one too), 'and/or assigns', a former name in capitals")
    func partiesAfterContentsAndInBlocks() {
        // The cover names the parties without roles; the contents push the preamble past the opening.
        let contents = (1...260).map { "1.\($0)\t\"Defined Term \($0)\"\t\(($0 + 9) / 10)" }.joined(separator: "\n")
        let long = rules.contractFindings(document("""
            MASTER SUPPLY AGREEMENT

            BY AND BETWEEN

            NORTHGATE CERAMICS LIMITED

            AND

            VELLUM ROBOTICS, INC.

            TABLE OF CONTENTS
            \(contents)

            This MASTER SUPPLY AGREEMENT ("Agreement") is made as of March 3, 2021 by and between Northgate Ceramics Limited, a company \
            registered in England, having its office at 4 Dock Road, Hull ("Northgate"), and Vellum Robotics, Inc., a Delaware corporation \
            ("Buyer").
            1. SUPPLY. Northgate shall supply the Products to Buyer.
            """)).parties
        #expect(long == [Party(name: "Northgate Ceramics Limited", role: "Northgate"), Party(name: "Vellum Robotics, Inc.", role: "Buyer")])
        let described = rules.contractFindings(document("""
            DISTRIBUTION AGREEMENT
            This Agreement is made on 2 May 2022 between BRISA TÊXTEIS S.A., being a company organised under the laws of Portugal, having its \
            registered office at Rua do Norte 12, Porto ("Brisa"), and Kestrel Outfitters Ltd., a private company registered in Ireland, having \
            its office at 9 Quay Street, Galway, Ireland. (Company Registration No. 604417, hereinafter referred to as "Kestrel").
            """)).parties
        #expect(described == [Party(name: "BRISA TÊXTEIS S.A.", role: "Brisa"), Party(name: "Kestrel Outfitters Ltd.", role: "Kestrel")])
        // A block per party, the role set a blank line below one and at the end of the other's line, after its address.
        let blocks = rules.contractFindings(document("""
            CONTENT SUPPLY AGREEMENT

                                between

                  Orchard Lane Media B.V.        Keizersgracht 100        1015 CX Amsterdam

                        hereinafter referred to as "Supplier"

                                  and

                  SILVERFERN RETAIL AG        Bahnhofstrasse 5        8001 Zurich        hereinafter referred to as "Retailer"

            1  SCOPE
            """)).parties
        #expect(blocks == [Party(name: "Orchard Lane Media B.V.", role: "Supplier"), Party(name: "SILVERFERN RETAIL AG", role: "Retailer")])
        let labelled = rules.contractFindings(document("""
            DISTRIBUTOR AGREEMENT
            THIS AGREEMENT, made as of the 4th day of June, (the "Effective Date") by and between:

            Harbin Valve Trading Co Ltd hereinafter referred to as ("Harbin Valve")

            Address      :      88 Songhua Road, Harbin

            and

            Copperline Supply hereinafter referred to as ("DISTRIBUTOR")

            Address      :      14 Mill Street, Leeds
            """)).parties
        #expect(labelled == [Party(name: "Harbin Valve Trading Co Ltd", role: "Harbin Valve"), Party(name: "Copperline Supply", role: "DISTRIBUTOR")])
        // A description opened by a capital ("With principal offices at"), after a comma or a company form's full stop.
        let capital = rules.contractFindings(document("""
            ALLIANCE AGREEMENT
            This Agreement is made by and between:    Tamsin Health Inc.    With principal offices at 40 King Street, Toronto ("Tamsin")    \
            AND    Okonjo Diagnostics Limited,    With principal offices at 7 Marina Road, Lagos ("Okonjo")    As of the date set forth below.
            """)).parties
        #expect(capital == [Party(name: "Tamsin Health Inc.", role: "Tamsin"), Party(name: "Okonjo Diagnostics Limited", role: "Okonjo")])
        // "and/or assigns" after a name is no part of it.
        let assigns = rules.contractFindings(document("""
            REFERRAL AGREEMENT
            This Referral Agreement is entered into this 2nd day of June 2023, by and between LARCH HILL CAPITAL INC., a Nevada corporation \
            (referred to as "Company") and BRIGHTWATER OUTREACH LLC and/or assigns, a Texas limited liability company, with its office at \
            12 Elm Road, Austin, Texas (referred to as "Referral Partner" or "RP").
            """)).parties
        #expect(assigns == [Party(name: "LARCH HILL CAPITAL INC.", role: "Company"), Party(name: "BRIGHTWATER OUTREACH LLC", role: "Referral Partner")])
        // A role line that gives a second term after the role: "(hereinafter called "Lumen", or "Party")".
        let second = rules.contractFindings(document("""
            CO-MARKETING AGREEMENT

            BETWEEN:

                  LUMEN DIGITAL, L.P.,          represented by its general partner
                  Lumen Digital Inc.          140 Front Street
                  Toronto, Ontario

                  (hereinafter called "Lumen", or "Party")

                       - and -

                  WAVECREST HEALTH INC.          a California corporation
                  500 Bay Street, Oakland, CA

                  (hereinafter called "Wavecrest" or "Party")
            """)).parties
        #expect(second == [Party(name: "LUMEN DIGITAL, L.P.", role: "Lumen"), Party(name: "WAVECREST HEALTH INC.", role: "Wavecrest")])
        // Roles in brackets without quotes; a bracket inside a name before its company form is no role.
        let unquoted = rules.contractFindings(document("""
            SUPPLY AGREEMENT
            This Supply Agreement is made on 4 April 2024 between Harrow Mills Limited, a company registered in England with number 04521876, \
            whose registered office is at 3 Canal Side, Leeds LS1 4AB (the Supplier) and Dunmore Fabrics Ltd of 22 High Street, Belfast (the Customer).

            1. SUPPLY
            """)).parties
        #expect(unquoted == [Party(name: "Harrow Mills Limited", role: "Supplier"), Party(name: "Dunmore Fabrics Ltd", role: "Customer")])
        let inner = rules.contractFindings(document("""
            LICENCE AGREEMENT
            This Licence is entered into effective as of 1 May 2024 (the Effective Date) by and between Brightline (UK) Limited, having its \
            office at 1 Mill Lane, Bristol (Brightline) and Pemberton Studios LLP, having its office at 9 Dean Street, London (Licensee).
            """)).parties
        #expect(inner == [Party(name: "Brightline (UK) Limited", role: "Brightline"), Party(name: "Pemberton Studios LLP", role: "Licensee")])
        // One role quoted, the other not, in either order.
        let mixed = rules.contractFindings(document("""
            CORPORATE SPONSORSHIP AGREEMENT
            This agreement (the "Agreement") is entered into as of May 18, 2026 by and between Phoenix Trail Performance, LLC, 481 \
            Schuylkill Road, Phoenixville, PA 19460 ("Vendor") and Torvane Inc., a New York corporation with its principal place of \
            business located at 1999 Mt Read Blvd, Rochester, NY 14615 (Torvane).
            RECITALS
            """)).parties
        #expect(mixed == [Party(name: "Phoenix Trail Performance, LLC", role: "Vendor"), Party(name: "Torvane Inc.", role: "Torvane")])
        let unquotedFirst = rules.contractFindings(document("""
            SPONSORSHIP AGREEMENT
            THIS SPONSORSHIP AGREEMENT is made this 19th day of December 2025, by and between SALCO RACING, INC., a North Carolina \
            corporation with a place of business in Iredell County, North Carolina (hereinafter Salco), and Prolux Lubricants LLC \
            (hereinafter referred to as "Prolux");
            WITNESSETH:
            """)).parties
        #expect(unquotedFirst == [Party(name: "SALCO RACING, INC.", role: "Salco"), Party(name: "Prolux Lubricants LLC", role: "Prolux")])
        // A company form with no full stop and no comma before its description: "Lakeshore Vending Inc a ___ DE corporation" (a blank left in the form).
        let noStop = rules.contractFindings(document("""
            SERVICES AGREEMENT This Services Agreement is entered into as of the date noted below between Orchard Robotics, Inc., a Delaware \
            corporation ("Company"), and Lakeshore Vending Inc a ___ DE corporation ("Customer" or "you").
            """)).parties
        #expect(noStop == [Party(name: "Orchard Robotics, Inc.", role: "Company"), Party(name: "Lakeshore Vending Inc", role: "Customer")])
        // A Latin American company form ("Ltda.") and a name's "del".
        let latin = rules.contractFindings(document("""
            SERVICES AGREEMENT
            This Agreement is entered into on March 15, 2025 between Servicios Andinos S.A.S. (the "Provider") and Cafetera del Norte Ltda. (the "Client").
            """)).parties
        #expect(latin == [Party(name: "Servicios Andinos S.A.S.", role: "Provider"), Party(name: "Cafetera del Norte Ltda.", role: "Client")])
        // A former name in capitals in brackets, and the description after it with no comma.
        let former = rules.contractFindings(document("""
            THIS DISTRIBUTION AGREEMENT (the "Agreement") is made on March 2, 2020, between:   HOLLIS BIOLOGICS, INC. (F/K/A HOLLIS LABS, INC.) \
            a company incorporated in the state of Oregon whose principal place of business is 12 Pine Street, Portland, Oregon 97204 USA \
            ("Hollis"); and   TREMONT MEDICAL, INC., a company incorporated in the state of Delaware whose principal place of business is \
            40 Main Street, Dover, Delaware 19901 ("Tremont").
            """)).parties
        #expect(former.map(\.role) == ["Hollis", "Tremont"])
        #expect(former.first?.name.hasPrefix("HOLLIS BIOLOGICS, INC.") == true)
    }

    @Test("parties: a defined name that opens in lower case or with a figure ('i-Escrow', '2TheMart'), a company form in capitals before 'having', two companies named and not defined, roles 'referred to in this Agreement as'")
    func partiesWithLowerCaseNames() {
        let parties = rules.contractFindings(document("""
            CO-BRANDING AND ADVERTISING AGREEMENT
            THIS CO-BRANDING AND ADVERTISING AGREEMENT (the "Agreement") is made as of June 21, 1999 by and between I-ESCROW, INC., with its \
            principal place of business at 1730 S. Amphlett Blvd., Suite 233, San Mateo, California 94402 ("i-Escrow"), and 2THEMART.COM, INC. \
            having its principal place of business at 18301 Von Karman Avenue, 7th Floor, Irvine, California 92612 ("2TheMart").
            """)).parties
        #expect(parties == [Party(name: "I-ESCROW, INC.", role: "i-Escrow"), Party(name: "2THEMART.COM, INC.", role: "2TheMart")])
        let two = rules.contractFindings(document("""
            SOFTWARE LICENSE AGREEMENT
            This Agreement is made as of June 1, 2020 between eGain Communications Corporation ("eGain") and Eliance Corporation ("Customer").
            """)).parties
        #expect(two == [Party(name: "eGain Communications Corporation", role: "eGain"), Party(name: "Eliance Corporation", role: "Customer")])
        // Two companies named and neither defined: the parties without roles.
        let bare = rules.contractFindings(document("""
            AFFILIATE AGREEMENT
            This Agreement entered into as of the Effective Date by and between Link Plus Corporation and Axiometric, LLC.
            RECITALS
            WHEREAS, Axiometric has developed certain software;
            """)).parties
        #expect(bare == [Party(name: "Link Plus Corporation", role: nil), Party(name: "Axiometric, LLC", role: nil)])
        // Roles given outside brackets by "referred to in this Agreement as".
        let referred = rules.contractFindings(document("""
            SPONSORSHIP AGREEMENT
            THIS AGREEMENT made this 5th day of December, 2007, between R. C. Boyd Enterprises, LLC, a Texas limited liability company, \
            whose principal place of business is located at 2003 Navasota Cove, Westlake, Texas, referred to in this Agreement as "Company", \
            and Cano Petroleum, Inc., a Delaware corporation, whose principal place of business is located at 801 Cherry Street, Fort Worth, \
            Texas 76102, referred to in this agreement as "Sponsor".
            """)).parties
        #expect(referred == [Party(name: "R. C. Boyd Enterprises, LLC", role: "Company"), Party(name: "Cano Petroleum, Inc.", role: "Sponsor")])
    }

    @Test("parties: a letter of intent's buyer named mid-sentence, a promissory note's 'the undersigned'")
    func partiesInSentences() {
        let loi = rules.contractFindings(document("""
            LETTER OF INTENT
            Ladies and Gentlemen:
            This letter sets out the principal terms on which Meridian Print Holdings, LLC ("Buyer") proposes to acquire all of \
            the outstanding shares of Harrow & Finch Printing Co. (the "Company").
            """)).parties
        #expect(loi == [Party(name: "Meridian Print Holdings, LLC", role: "Buyer"), Party(name: "Harrow & Finch Printing Co.", role: "Company")])
        let note = rules.contractFindings(document("""
            PROMISSORY NOTE
            $250,000.00                                   Austin, Texas
                                                          June 2, 2025
            FOR VALUE RECEIVED, the undersigned, Pecan Grove Restaurants, LLC, a Texas limited liability company ("Borrower"), \
            promises to pay to the order of First Hill Community Bank ("Lender") the principal sum of $250,000.00.
            """)).parties
        #expect(note == [Party(name: "Pecan Grove Restaurants, LLC", role: "Borrower"), Party(name: "First Hill Community Bank", role: "Lender")])
        // A confidentiality letter to a bidder greeted as "Ladies and Gentlemen:": the company in its address block is the
        // other party.
        let bidder = rules.contractFindings(document("""
            CONFIDENTIALITY AGREEMENT
            June 2, 2025
            Stonebridge Industrial Holdings, Inc.
            400 Lake Street
            Minneapolis, MN 55401
            Ladies and Gentlemen:
            In connection with your consideration of a possible negotiated transaction (the "Transaction") involving Northern \
            Prairie Bancorp (the "Company"), the Company is prepared to make available to you certain information concerning its \
            business. You shall keep the Evaluation Material confidential.
            """)).parties
        #expect(bidder.map(\.name) == ["Northern Prairie Bancorp", "Stonebridge Industrial Holdings, Inc."], "\(bidder)")
        // A university acting through a campus; an Australian trustee company; a sole trader and the name he trades under.
        #expect(parties(of: """
            LICENSE AGREEMENT
            This Agreement is made between The Regents of the University of California, acting through its Berkeley campus \
            ("University"), and Quantum Leap Materials, Inc. ("Licensee").
            """) == [Party(name: "The Regents of the University of California", role: "University"), Party(name: "Quantum Leap Materials, Inc.", role: "Licensee")])
        #expect(parties(of: """
            SUPPLY AGREEMENT
            This Agreement dated 3 June 2025 is between ACME PTY LTD ACN 123 456 789 as trustee for the Acme Family Trust ("Acme") \
            and BETA HOLDINGS PTY LTD ACN 987 654 321 ("Beta").
            """).map(\.name) == ["ACME PTY LTD", "BETA HOLDINGS PTY LTD"])
        #expect(parties(of: """
            DESIGN SERVICES AGREEMENT
            This Agreement is entered into by Greenfield Partners LLP ("Greenfield") and Jacob Ellis trading as Ellis Design ("Ellis").
            """) == [Party(name: "Greenfield Partners LLP", role: "Greenfield"), Party(name: "Jacob Ellis t/a Ellis Design", role: "Ellis")])
        // Nor is a company's signatory, "acting pursuant to the powers granted to him", a party.
        #expect(!parties(of: """
            OUTSOURCING AGREEMENT
            This Agreement is made by and between SILVERTON SMELTERS PTY LTD, represented by Jan Pieter de Vries, Managing Director, \
            acting pursuant to the powers granted to him by the Board (hereinafter referred to as "the Customer"), and NORDIC IT AB \
            ("the Supplier").
            """).contains { $0.name.contains("Vries") })
        // The note's opening words in capitals before its maker's name, with no "the undersigned".
        let convertible = rules.contractFindings(document("""
            CONVERTIBLE PROMISSORY NOTE
            $100,000                                      Date: June 1, 2024
            FOR VALUE RECEIVED, Lumen Robotics, Inc., a Delaware corporation (the "Company"), promises to pay to Dana Ortiz \
            (the "Holder") the principal sum of One Hundred Thousand Dollars ($100,000).
            """)).parties
        #expect(convertible == [Party(name: "Lumen Robotics, Inc.", role: "Company"), Party(name: "Dana Ortiz", role: "Holder")])
        // A company the first clause names (the master landlord) is no party to the sublease; a third party listed in
        // the opening is.
        let sublease = rules.contractFindings(document("""
            SUBLEASE
            This Sublease is made as of April 1, 2025 between Corvid Analytics Corp., a Washington corporation ("Sublandlord"), \
            and Brightpath Learning, Inc., an Oregon corporation ("Subtenant").
            1. Master Lease. Sublandlord is the tenant under a lease dated June 1, 2019 with Pioneer Square Properties LLC \
            ("Master Landlord") for the 6th floor of the building.
            """)).parties
        #expect(sublease.map(\.role) == ["Sublandlord", "Subtenant"])
        let merger = rules.contractFindings(document("""
            AGREEMENT AND PLAN OF MERGER
            This Agreement is dated as of March 3, 2025, by and among Halvorsen Robotics Holdings, Inc., a Delaware corporation \
            ("Parent"), Falcon Merger Sub, Inc., a Delaware corporation ("Merger Sub"), and Quillon Sensors, Inc., a Delaware \
            corporation (the "Company").
            WHEREAS, the Company has engaged Ridgeline Partners LLC ("Ridgeline") as its financial adviser.
            """)).parties
        #expect(merger.map(\.role) == ["Parent", "Merger Sub", "Company"])
    }

    @Test("a loan: its maturity date is the expiry, and installments beginning on a date do not make it the effective date")
    func loanDates() {
        let loan = document("""
            LOAN AGREEMENT
            This Loan Agreement is made as of July 7, 2025, between Redwood Lane Capital LLC ("Lender") and Blue Heron Bakery, Inc. ("Borrower").
            1. Repayment. Borrower shall repay the Loan in sixty (60) equal monthly installments of principal and interest beginning on August 1, 2025. The entire unpaid balance is due on July 1, 2030 (the "Maturity Date").
            """)
        let dates = rules.contractFindings(loan).dates
        #expect(dates.agreementDate == "2025-07-07")
        #expect(dates.effectiveDate == nil)
        #expect(dates.expirationDate == "2030-07-01")
        // A separation agreement: the day the employment ends is what it is about, not when the agreement ends.
        let separation = rules.contractFindings(document("""
            SEPARATION AGREEMENT AND GENERAL RELEASE
            This Separation Agreement is entered into by Northfield Analytics, Inc. (the "Company") and Marcus Lindqvist ("Employee").
            1. Separation Date. Employee's employment with the Company will end on October 31, 2025 (the "Separation Date").
            """)).dates
        #expect(separation.expirationDate == nil)
        // Nor the day a benefit stops: "pay ... premiums until the earlier of April 30, 2026 or ...".
        let benefits = facts("This Separation Agreement is entered into as of October 6, 2025. The Company will pay the employer portion of Employee's group health premiums until the earlier of April 30, 2026 or the date Employee becomes eligible for other coverage.").dates
        #expect(benefits.agreementDate == "2025-10-06")
        #expect(benefits.expirationDate == nil)
        // Nor is a date defined in an English agreement's background.
        let settlement = rules.contractFindings(document("""
            SETTLEMENT AGREEMENT
            THIS AGREEMENT is dated 14 November 2025
            PARTIES
            (1) BRAMBLEY FOODS LIMITED (the "Employer"); and
            (2) JOANNE PATEL (the "Employee").
            BACKGROUND
            (A) The Employee's employment will terminate on 30 November 2025 (the "Termination Date") by reason of redundancy.
            1. TERMINATION ARRANGEMENTS
            1.1 The Employer shall pay the Employee her salary up to the Termination Date.
            """)).dates
        #expect(settlement.agreementDate == "2025-11-14")
        #expect(settlement.expirationDate == nil)
    }

    @Test("dates: a licence that 'enters into force on' a date and 'runs for an initial term of three years'; a lease whose Term runs 'from and including the Term Commencement Date'")
    func datesInForceAndTermCommencement() {
        let licence = rules.contractFindings(document("""
            SOFTWARE LICENSE AGREEMENT
            between Alpenrose Systems AG (hereinafter "Licensor") and Kestrel Logistics GmbH (hereinafter "Licensee")
            § 3 Term and Termination
            3.1 This Agreement enters into force on 1 January 2025 and runs for an initial term of three years.
            Zürich, 12 December 2024
            """)).dates
        #expect(licence.effectiveDate == "2025-01-01")
        #expect(licence.expirationDate == "2028-01-01")
        let lease = rules.contractFindings(document("""
            THIS LEASE is made on 2 September 2024
            BETWEEN CARRICK ESTATES LIMITED (the "Landlord") and BRIGHTWELL ANALYTICS LTD (the "Tenant").
            1.1 In this Lease: "Term" means a term of five years from and including the Term Commencement Date; "Term \
            Commencement Date" means 29 September 2024.
            """)).dates
        #expect(lease.agreementDate == "2024-09-02")
        #expect(lease.effectiveDate == "2024-09-29")
        #expect(lease.expirationDate == "2029-09-29")
        // "effective" with no "as of" before the date; a term that commences later is the term's start, not the effective date.
        let consulting = rules.contractFindings(document("""
            CONSULTING AGREEMENT
            THIS CONSULTING AGREEMENT, effective April 6, 2026, is between Larchmont Analytics LLC ("Company") and Priya Natarajan ("Consultant").
            2. Term. The engagement commences on May 1, 2026 and ends on April 30, 2027.
            """)).dates
        #expect(consulting.agreementDate == "2026-04-06")
        #expect(consulting.effectiveDate == "2026-04-06")
        #expect(consulting.expirationDate == "2027-04-30")
        // An EDGAR submission's description line names the agreement this one amends; it dates the contract only when
        // the contract leaves its own date blank.
        let amendment = rules.contractFindings(document("""
            EX-10.2 4 d55120dex102.htm SUPPLY AGREEMENT DATED MARCH 4, 2016, AS AMENDED
            AMENDMENT
            This Amendment (the "Amendment") is made on this 9th day of September, 2022, between Corvid Mills, Inc. ("Corvid") and Halden Foods LLC ("Halden").
            1. Section 4 of the Supply Agreement is amended to read "ninety (90) days".
            """)).dates
        #expect(amendment.agreementDate == "2022-09-09")
        let blank = rules.contractFindings(document("""
            EX-10.4 3 d84213dex104.htm LICENSE AGREEMENT DATED JUNE 1, 2005
            LICENSE AGREEMENT
            This License Agreement is made as of the ___ day of ________, 2005 between Orrin Labs, Inc. ("Licensor") and Tessaly Corp. ("Licensee").
            """)).dates
        #expect(blank.agreementDate == "2005-06-01")
        // A recital's date after "No." is still the recital's: the number does not start a sentence.
        let recital = rules.contractFindings(document("""
            EXCLUSIVE LICENSE AGREEMENT
            THIS EXCLUSIVE LICENSE AGREEMENT is made and entered into on the date of the last party to sign below, by and between Harlow University ("University") and Fenwick Bio Inc. ("Licensee").
            WHEREAS, University owns the inventions described in Invention Disclosure No. 21HU004 dated March 3, 2021 (the "Inventions").
            1. University grants Licensee an exclusive license under the Patent Rights.
            """)).dates
        #expect(recital.agreementDate == nil)
        // Published terms: the revision date beside an effective date is no agreement date; alone, it dates the terms.
        let revised = rules.contractFindings(document("""
            Terms of Service
            Effective Date: January 15, 2026 · Last Updated: February 5, 2026
            These Terms of Service constitute a legally binding agreement between you and Quillfeather Labs, Inc. By accessing the Service you agree to be bound by these Terms.
            """)).dates
        #expect(revised.agreementDate == "2026-01-15")
        #expect(revised.effectiveDate == "2026-01-15")
        let revisedOnly = rules.contractFindings(document("""
            Terms of Service
            Last updated: March 2, 2026
            These Terms of Service constitute a legally binding agreement between you and Quillfeather Labs, Inc. By accessing the Service you agree to be bound by these Terms.
            """)).dates
        #expect(revisedOnly.agreementDate == "2026-03-02")
        // A draft's date in a page header comes after the contract's own date, even one that only ends its opening sentence.
        let draft = rules.contractFindings(document("""
            Confidential - Draft of 3/1/2024
            SUPPLY AGREEMENT
            This Agreement is entered into by and between Acme Widgets, Inc. ("Supplier") and Beta Stores LLC ("Buyer") on March 3, 2015.
            1. Supply. Supplier shall sell and Buyer shall purchase the Products.
            """)).dates
        #expect(draft.agreementDate == "2015-03-03")
        // A recital under "RECITALS" tells what happened before ("Effective as of June 6, 2026, Executive has stepped down"):
        // no effective date of this agreement.
        let separation = rules.contractFindings(document("""
            SEPARATION AGREEMENT
            This Separation Agreement by and among Corbel Systems, Inc. (the "Company") and Dana Whitlow ("Executive") is entered into as of June 29, 2026.
            RECITALS
            A. Executive and the Company entered into an Employment Agreement dated as of October 19, 2022.
            B. Effective as of June 6, 2026, Executive has stepped down as Chief Executive Officer of the Company.
            NOW, THEREFORE, the parties agree as follows:
            1. Payment. The Company shall pay Executive $400,000 within thirty days.
            """)).dates
        #expect(separation.agreementDate == "2026-06-29")
        #expect(separation.effectiveDate == nil)
        // "from its date": the date the agreement is dated.
        let nda = rules.contractFindings(document("""
            CONFIDENTIALITY AGREEMENT
            THIS AGREEMENT is dated 12 August 2025
            PARTIES
            (1) ASHCOMBE MEDICAL DEVICES LIMITED incorporated and registered in England and Wales with company number 08812345 (the "Discloser"); and
            (2) PELLINGTON VENTURES LLP a limited liability partnership registered in England and Wales with number OC401234 (the "Recipient").
            5. This agreement shall terminate two years from its date.
            """))
        #expect(nda.dates.expirationDate == "2027-08-12")
        #expect(nda.parties.map(\.name) == ["ASHCOMBE MEDICAL DEVICES LIMITED", "PELLINGTON VENTURES LLP"])
        let reseller = rules.contractFindings(document("""
            RESELLER AGREEMENT
            This Reseller Agreement is made on 20 January 2025 between Nordlys Software AS ("Nordlys") and Baltic Bridge IT OÜ (the "Reseller").
            5. Term. This Agreement runs for two years from its date and then continues for successive one-year periods.
            """))
        #expect(reseller.dates.expirationDate == "2027-01-20")
    }

    @Test("parties: a customer defined only as 'the customer identified in the signature block below' is named from that block")
    func customerFromSignatureBlock() {
        let opening = """
            MASTER SUBSCRIPTION AGREEMENT
            This Master Subscription Agreement is entered into as of the date of the last signature below between CloudLedger, Inc., \
            a Delaware corporation ("CloudLedger"), and the customer identified in the signature block below ("Customer").
            1. Fees. Customer will pay all fees specified in each Order Form.

            """
        let signed = rules.contractFindings(document(opening + """
            CLOUDLEDGER, INC.                     CUSTOMER: Tidewater Freight Co.
            By: /s/ Renee Alvarez                 By: /s/ Omar Haddad
            """)).parties
        #expect(signed == [Party(name: "CloudLedger, Inc.", role: "CloudLedger"), Party(name: "Tidewater Freight Co.", role: "Customer")])
        // An instruction in the block names no one.
        let unsigned = rules.contractFindings(document(opening + "CUSTOMER: Please sign below and return\nBy: ____________\n")).parties
        #expect(unsigned == [Party(name: "CloudLedger, Inc.", role: "CloudLedger")])
    }

    @Test("parties labelled 'Discloser:' and 'Recipient:' at the top, a company form's full stop kept ('B.V.')")
    func discloserAndRecipient() {
        let nda = document("""
            CONFIDENTIALITY AGREEMENT
            Effective Date: 1 March 2026
            Discloser: Aurora Biologics GmbH, Maximilianstrasse 35, 80539 München, Germany
            Recipient: Tessellate Analytics B.V.
            1. The Recipient shall use the Confidential Information solely to evaluate a potential collaboration.
            """)
        #expect(rules.contractFindings(nda).parties == [
            Party(name: "Aurora Biologics GmbH", role: "Discloser"), Party(name: "Tessellate Analytics B.V.", role: "Recipient"),
        ])
    }

    @Test("a schedule table's rows: 'Item 1 – Landlord<tab>...' names a party, 'Item 4 – Term<tab>Five (5) years' the term, quoted as its row; a 'Terminating Date' or 'End Date' is the expiry")
    func scheduleTable() {
        let lease = document("""
            RETAIL LEASE
            Item Schedule
            Item 1 – Landlord\tCumberland Arcade Holdings Pty Ltd ACN 612 345 678 of Level 9, 1 Smith Street, Parramatta NSW 2150
            Item 2 – Tenant\tLaneway Dumplings Pty Ltd ACN 634 567 890
            Item 4 – Term\tFive (5) years
            Item 5 – Commencement Date\t1 July 2026
            Item 6 – Terminating Date\t30 June 2031
            Item 8 – Rent\t$96,000 per annum plus GST
            This Lease is made on 12 May 2026 between the Landlord and the Tenant named in the Item Schedule.
            1. The Landlord leases the Premises to the Tenant for the Term starting on the Commencement Date.
            """)
        let findings = rules.contractFindings(lease)
        #expect(findings.parties == [
            Party(name: "Cumberland Arcade Holdings Pty Ltd", role: "Landlord"), Party(name: "Laneway Dumplings Pty Ltd", role: "Tenant"),
        ])
        #expect(findings.term.length == "Five (5) years")
        #expect(findings.term.evidence.first?.quote == "Item 4 – Term Five (5) years")
        #expect(findings.dates.effectiveDate == "2026-07-01")
        #expect(findings.dates.expirationDate == "2031-06-30")
        // The same rows without "Item": the label cell alone.
        let plain = rules.contractFindings(document(lease.text.replacingOccurrences(of: "Item 1 – ", with: "").replacingOccurrences(of: "Item 2 – ", with: "")
            .replacingOccurrences(of: "Item 4 – ", with: "")))
        #expect(plain.parties.map(\.role) == ["Landlord", "Tenant"])
        #expect(plain.term.evidence.first?.quote == "Term Five (5) years")
        // A statement of work's "End Date".
        let sow = rules.contractFindings(document("""
            STATEMENT OF WORK NO. 2
            Start Date:\t1 March 2026
            End Date:\t31 August 2026
            This Statement of Work is made on 20 February 2026 under the Master Services Agreement between the parties.
            """))
        #expect(sow.dates.expirationDate == "2026-08-31")
        // A cap table's "Company<tab>Shares" row names no party; a table of contents' "ARTICLE IV COVENANTS<tab>21" is no fact.
        let capTable = rules.contractFindings(document("""
            SHAREHOLDERS' AGREEMENT
            Company\tNumber of Shares
            Employee\t25,000
            This Agreement is made on 1 May 2026 between Kestrel Robotics Limited (the "Company") and the shareholders.
            """))
        #expect(!capTable.parties.contains { $0.name == "Number of Shares" })
        #expect(!PagedText("ARTICLE IV COVENANTS\t21\nSection 4.3 Non-Competition\t24").isTableRow(NSRange(location: 0, length: 23)))
        #expect(PagedText("Item 4 – Term\tFive (5) years").isTableRow(NSRange(location: 0, length: 28)))
    }

    @Test("a key-details list with no full stop between its lines: a clause the model finds there is quoted by its own line; a 'Liability Cap' row is a cap")
    func keyDetailsQuote() {
        for separator in [": ", "\t"] {
            let rows = [
                "Supplier\(separator)Brightwake Software Limited (company number 09876543)", "Customer\(separator)Halden Freight plc (company number 01234567)",
                "Commencement Date\(separator)1 April 2026", "Initial Term\(separator)24 months",
                "Renewal\(separator)The Agreement renews automatically for successive 12-month periods unless either party gives at least 3 months' notice before the end of the then-current term.",
                "Charges\(separator)£4,500 per month, invoiced monthly in advance",
                "Liability Cap\(separator)100% of the Charges paid in the 12 months before the claim",
            ]
            let findings = rules.contractFindings(document("MASTER SERVICES AGREEMENT – KEY DETAILS\n\n" + rows.joined(separator: "\n")
                + "\n\nThis Agreement is made on 20 March 2026 between the Supplier and the Customer named in the Key Details.\n"))
            let renewal = findings.clauses.first { $0.key == "auto_renewal" }
            #expect(renewal?.present == true)
            #expect(renewal?.evidence.allSatisfy { !$0.quote.contains("Brightwake") } == true, "\(renewal?.evidence ?? [])")
            #expect(findings.term.renewal == "automatic")
            // The cap's row is a limitation of liability: no finding that one is missing.
            #expect(findings.clauses.first { $0.key == "limitation_of_liability" }?.present == true)
            #expect(!findings.riskAssessment.factors.contains { $0.key == "limitation_of_liability" })
        }
    }

    @Test("an order form's renewal answered as a form is: 'Auto-renewal: Yes', a ticked 'Yes', 'Renewal: Automatic' renew automatically, quoted by their own line; 'No' or an unticked 'Yes' does not")
    func renewalAnswers() {
        func renewal(_ row: String) -> (present: Bool, quotes: [String], renewal: String?) {
            let findings = rules.contractFindings(document("ORDER FORM\n\nCustomer\tHarbor Analytics, Inc.\nProvider\tBlue Ridge Software LLC\n"
                + "Initial term\t12 months\n" + row + "\nFees\tUSD 24,000 per year, invoiced annually in advance\n\n"
                + "This Order Form is governed by the Master Subscription Agreement between the parties.\n"))
            let clause = findings.clauses.first { $0.key == "auto_renewal" }
            return (clause?.present == true, clause?.evidence.map(\.quote) ?? [], findings.term.renewal)
        }
        for (row, quote) in [
            ("Auto-renewal: Yes", "Auto-renewal: Yes"), ("Auto-renewal:\tYes", "Auto-renewal: Yes"), ("Automatic Renewal: [X] Yes", "Automatic Renewal: [X] Yes"),
            ("Auto-renewal:\t\u{2612} Yes \u{2610} No", "Auto-renewal: \u{2612} Yes"), ("Renewal: Automatic", "Renewal: Automatic"),
            ("Renewal:\tAutomatic, 12 months", "Renewal: Automatic, 12 months"),
        ] {
            let found = renewal(row)
            #expect(found.present, "\(row)")
            #expect(found.quotes.first == quote, "\(row): \(found.quotes)")
            #expect(found.renewal == "automatic", "\(row)")
        }
        for row in ["Auto-renewal: No", "Auto-renewal:\t\u{2610} Yes \u{2612} No", "Auto-renewal:\t[ ] Yes [X] No", "Renewal:\tBy mutual written agreement only"] {
            #expect(!renewal(row).present, "\(row)")
        }
    }

    @Test("a filled-in form: an option whose box is empty was not chosen, and nothing is read from it; a form nobody ticked is read whole")
    func tickBoxes() {
        let form = """
            RESIDENTIAL LEASE AGREEMENT
            1. PARTIES. This Residential Lease Agreement ("Lease") is made on March 2, 2026 between Walter Nakamura ("Landlord") and Priya Desai ("Tenant").
            3. TERM. The term of this Lease is:
            ☒ Fixed term: beginning April 1, 2026 and ending March 31, 2027.
            ☐ Month-to-month: beginning ____________, continuing until terminated by either party with 30 days' written notice.
            4. RENT. Tenant shall pay rent of $2,150.00 per month, due on the 1st day of each month.
            7. PETS. ☐ Pets allowed ☒ No pets
            8. GOVERNING LAW. This Lease is governed by the laws of the State of Oregon.
            """
        for (empty, ticked) in [("☐", "☒"), ("[ ]", "[X]")] {
            let findings = rules.contractFindings(document(form.replacingOccurrences(of: "☐", with: empty).replacingOccurrences(of: "☒", with: ticked)))
            #expect(findings.noticePeriods.isEmpty, "\(empty)")
            #expect(findings.clauses.first { $0.key == "termination_for_convenience" }?.present == false, "\(empty)")
            #expect(!findings.riskAssessment.factors.contains { $0.key == "termination_for_convenience" || $0.key == "renewal_notice_period" })
            #expect(findings.dates.expirationDate == "2027-03-31")
            #expect(findings.governingLaw.jurisdiction == "Oregon")
            // The chosen term's first and last days, "beginning ... and ending ...", are its length.
            #expect(findings.term.length == "April 1, 2026 to March 31, 2027")
        }
        // Only the empty box's option goes, up to the next box on its line.
        let units = Array("7. PETS. ☐ Pets allowed ☒ No pets".utf16)
        #expect(PagedText.uncheckedOptions(units).map { String(decoding: units[$0], as: UTF16.self) } == ["☐ Pets allowed "])
        // A form nobody ticked, or a list with box bullets, is read as written; so is a blank to fill ("dated as of [ ], 2019").
        let blank = rules.contractFindings(document(form.replacingOccurrences(of: "☒", with: "☐")))
        #expect(blank.noticePeriods.map(\.value) == [30])
        #expect(PagedText.uncheckedOptions(Array("This Agreement is dated as of [ ], 2019 [X] between".utf16)).isEmpty)
    }

    @Test("a fillable PDF form, filled in: its fields' values stand beside their labels, its tick boxes as ☒ and ☐, and the analysis reads them")
    func filledPDFForm() throws {
        // Made by scripts/make_pdf_form_fixture.py: the parties and the rent are text fields, the term and pets tick boxes.
        let document = try DocumentExtractor().extract(path: ContractsWrittenForTests.folder + "filled-lease-form.pdf")
        let lines = document.text.components(separatedBy: "\n")
        #expect(lines.contains("Landlord: Walter Nakamura"))
        #expect(lines.contains("Tenant: Priya Desai"))
        #expect(lines.contains("Tenant shall pay monthly rent of $2,150.00"))
        #expect(lines.contains("☒ Fixed term: beginning April 1, 2026 and ending March 31, 2027."))
        #expect(lines.contains("☐ Month-to-month, terminable by either party on 30 days' written notice."))
        // The pets row: its label and the two boxes beside it on one line, parted by tabs as table cells are.
        #expect(lines.contains("Pets:\t☐ Allowed\t☒ Not allowed"))
        let findings = rules.contractFindings(document)
        #expect(findings.parties == [Party(name: "Walter Nakamura", role: "Landlord"), Party(name: "Priya Desai", role: "Tenant")])
        #expect(findings.amounts.map(\.text) == ["$2,150.00"])
        #expect(findings.dates.expirationDate == "2027-03-31")
        #expect(findings.noticePeriods.isEmpty)
        #expect(findings.governingLaw.evidence.first?.quote == "This Lease is governed by the laws of the State of Oregon.")
    }

    @Test("parties: both named in one paragraph with 'hereinafter called \"Lessor\"' outside brackets, a company form after a comma kept; the lease itself is no party")
    func hereinafterCalledInParagraph() {
        let lease = parties(of: """
            LEASE AGREEMENT
            THIS LEASE AGREEMENT, made and entered into this 15th day of April, 2026, by and between OAKWOOD PROPERTIES, INC., a Georgia corporation, hereinafter called "Lessor", and SUNRISE PEDIATRICS, P.C., a Georgia professional corporation, hereinafter called "Lessee".
            WITNESSETH:
            That Lessor does hereby lease unto Lessee the premises known as Suite 200, 1450 Peachtree Road, Atlanta, Georgia, for a term of ten (10) years.
            """)
        #expect(lease == [
            Party(name: "OAKWOOD PROPERTIES, INC.", role: "Lessor"), Party(name: "SUNRISE PEDIATRICS, P.C.", role: "Lessee"),
        ])
    }

    @Test("parties: a Hong Kong landlord described as 'holder of Hong Kong Identity Card No. A123456(7)', its check digit in brackets")
    func identityCardHolder() {
        let tenancy = parties(of: """
            TENANCY AGREEMENT
            THIS AGREEMENT is made the 20th day of August 2026
            BETWEEN
            CHAN TAI MAN, holder of Hong Kong Identity Card No. A123456(7) (the "Landlord")
            AND
            ALPINE TRADING LIMITED, whose registered office is at Room 1201, 88 Queen's Road Central, Hong Kong (the "Tenant")
            1. The Landlord lets and the Tenant takes Flat B, 15th Floor, Harbour View Mansion for a term of two years.
            """)
        #expect(tenancy == [
            Party(name: "CHAN TAI MAN", role: "Landlord"), Party(name: "ALPINE TRADING LIMITED", role: "Tenant"),
        ])
    }

    @Test("parties: an appointment letter's employer named after the job ('appoint you as Senior Accountant of Merlion Logistics Pte. Ltd.')")
    func jobBeforeEmployer() {
        let letter = parties(of: """
            LETTER OF APPOINTMENT
            Date: 3 August 2026
            Dear Mr. Lim,
            We are pleased to appoint you as Senior Accountant of Merlion Logistics Pte. Ltd. (the "Company") with effect from 1 September 2026.
            1. Salary. Your monthly basic salary will be S$7,200.
            """)
        #expect(letter.first == Party(name: "Merlion Logistics Pte. Ltd.", role: "Company"))
    }

    @Test("parties: labels written 'The Landlord:' and 'The Tenant:'; a numbered entry's 'both of' their address, register number ('org. no.', 'UEN') or address after commas is no part of the names")
    func theLabelsAndBothOf() {
        let tenancy = parties(of: """
            ASSURED SHORTHOLD TENANCY AGREEMENT
            This Agreement is dated 20 January 2026.
            The Landlord: Mrs Fiona Grant of 3 Heather Close, Bristol BS9 2AA
            The Tenant: Mr Daniel Hughes and Ms Laura Peck
            The Property: Flat 2, 41 Cotham Road, Bristol BS6 6DJ
            1. The Landlord lets the Property to the Tenant for a fixed term of 12 months starting on 1 February 2026.
            """)
        #expect(tenancy == [
            Party(name: "Mrs Fiona Grant", role: "Landlord"), Party(name: "Mr Daniel Hughes and Ms Laura Peck", role: "Tenant"),
        ])
        let sale = parties(of: """
            THIS AGREEMENT is dated 30 September 2026
            PARTIES
            (1) ROBERT JAMES HALE and SUSAN MARY HALE, both of 12 Orchard Way, Guildford GU1 2AB (the "Sellers"); and
            (2) TENBY FOODS GROUP LIMITED, a company incorporated and registered in England and Wales with company number 05566778 (the "Buyer").
            AGREED TERMS
            1. The Sellers shall sell and the Buyer shall buy the Shares, being the entire issued share capital of Hale's Bakery Limited.
            """)
        #expect(sale.map(\.name) == ["ROBERT JAMES HALE and SUSAN MARY HALE", "TENBY FOODS GROUP LIMITED"])
        // A register number and an address after the name, with commas; the signature line's person is no party.
        let supply = parties(of: """
            SUPPLY AGREEMENT
            Between
            (1) Fjordline Seafood AS, org. no. 998 877 665, Strandkaien 12, 5013 Bergen, Norway (the "Seller"); and
            (2) Pacific Table Foods Pte. Ltd., UEN 201912345K, 10 Anson Road, Singapore 079903 (the "Buyer").
            1. The Seller shall sell and the Buyer shall buy frozen salmon fillets.
            Signed for the Seller: Ingrid Solberg, CEO
            """)
        #expect(supply == [Party(name: "Fjordline Seafood AS", role: "Seller"), Party(name: "Pacific Table Foods Pte. Ltd.", role: "Buyer")])
        let addressed = parties(of: """
            SUPPLY AGREEMENT
            Between
            (1) Nordkapp Fisk AS, Strandkaien 12, Postboks 400 Sentrum, 5013 Bergen, Norway (the "Seller"); and
            (2) Pacific Table Foods Pte. Ltd., 10 Anson Road, Singapore 079903 (the "Buyer").
            1. The Seller shall sell and the Buyer shall buy frozen salmon fillets.
            """)
        #expect(addressed.map(\.name) == ["Nordkapp Fisk AS", "Pacific Table Foods Pte. Ltd."])
        // A memo's header alone names them: the company on each line, else the person.
        let memo = parties(of: "MEMORANDUM\nTo: Dr. Hannah Okafor, Okafor Genomics Ltd\nFrom: James Whitley, General Counsel, Silverline Bio plc\nRe: Project Kestrel\nDear Dr. Okafor,\nIn consideration of our making available certain information, you undertake to keep that information confidential. This letter is governed by English law.\nAgreed and accepted: ____________")
        #expect(memo == [Party(name: "Silverline Bio plc", role: nil), Party(name: "Okafor Genomics Ltd", role: nil)])
        let people = parties(of: "MEMORANDUM\nTo: Dr. Hannah Okafor\nFrom: James Whitley\nRe: Project Kestrel\nDear Dr. Okafor,\nIn consideration of our making available certain information, you undertake to keep that information confidential. This letter is governed by English law.\nAgreed and accepted: ____________")
        #expect(people.map(\.name) == ["James Whitley", "Hannah Okafor"])
    }

    @Test("parties on one 'Parties:' or 'Between:' line, without roles, cut at the 'and' that leaves a name each side; 'see Schedule 1' names none")
    func partiesLine() {
        func parties(_ line: String) -> [Party] {
            self.parties(of: "MUTUAL NON-DISCLOSURE AGREEMENT\nEffective Date: June 2, 2026\n\(line)\n1. Each party shall keep the other's Confidential Information confidential and use it solely to evaluate a joint product.")
        }
        #expect(parties("Parties: Solace Audio Inc. and Tern Acoustics GmbH") == [Party(name: "Solace Audio Inc.", role: nil), Party(name: "Tern Acoustics GmbH", role: nil)])
        #expect(parties("Parties: Johnson and Johnson Ltd and Tern Acoustics GmbH") == [Party(name: "Johnson and Johnson Ltd", role: nil), Party(name: "Tern Acoustics GmbH", role: nil)])
        #expect(parties("Between: Alder Robotics Ltd; Birch Analytics Ltd") == [Party(name: "Alder Robotics Ltd", role: nil), Party(name: "Birch Analytics Ltd", role: nil)])
        #expect(parties("Parties: see Schedule 1 and the signature page").isEmpty)
    }

    @Test("parties side by side in a table's columns: the names in one row, each defined term in the cell under its name")
    func columnParties() {
        let nda = document("""
            MUTUAL NON-DISCLOSURE AGREEMENT
            Dated this 3rd day of March 2026
            Between the parties named below (each a "Party"):
            Harbourline Analytics Limited\tQuayside Robotics Teoranta
            a company incorporated in Ireland (registered number 654321), whose registered office is at 12 Grand Canal Quay, Dublin 2 ("Harbourline")\ta company incorporated in Ireland (registered number 712345), whose registered office is at Unit 7, Galway Technology Park, Galway ("Quayside")
            The Parties wish to exchange information about a possible joint development and agree as follows.
            """)
        #expect(rules.contractFindings(nda).parties == [
            Party(name: "Harbourline Analytics Limited", role: "Harbourline"), Party(name: "Quayside Robotics Teoranta", role: "Quayside"),
        ])
    }

    @Test("parties: sellers the opening describes rather than names ('the persons listed on Schedule A hereto (each, a \"Seller\" and collectively, the \"Sellers\")') are a party, in the opening's order")
    func describedSellers() {
        func parties(_ among: String) -> [Party] {
            rules.contractFindings(document("""
                STOCK PURCHASE AGREEMENT
                This STOCK PURCHASE AGREEMENT (this "Agreement") is entered into as of September 8, 2026, by and among \(among)
                1. Purchase and Sale. At the Closing the Sellers shall sell to Buyer all of the Shares for $10,000,000.
                """)).parties
        }
        let buyer = Party(name: "Granite Peak Industrial Partners, L.P.", role: "Buyer")
        let company = Party(name: "Meridian Valve & Controls, Inc.", role: "Company")
        #expect(parties("Granite Peak Industrial Partners, L.P., a Delaware limited partnership (\"Buyer\"), the persons listed on Schedule A hereto (each, a \"Seller\" and collectively, the \"Sellers\"), and Meridian Valve & Controls, Inc., an Ohio corporation (the \"Company\").")
            == [buyer, Party(name: "the persons listed on Schedule A hereto", role: "Sellers"), company])
        #expect(parties("Granite Peak Industrial Partners, L.P., a Delaware limited partnership (\"Buyer\"), the stockholders of Meridian Valve & Controls, Inc. set forth on the signature pages hereto (collectively, the \"Sellers\"), and Meridian Valve & Controls, Inc., an Ohio corporation (the \"Company\").")
            == [buyer, Party(name: "the stockholders of Meridian Valve & Controls, Inc. set forth on the signature pages hereto", role: "Sellers"), company])
        // Sellers named are read as before, once.
        #expect(parties("Granite Peak Industrial Partners, L.P., a Delaware limited partnership (\"Buyer\"), Meridian Holdings LLC, a Delaware limited liability company (\"Seller\"), and Meridian Valve & Controls, Inc., an Ohio corporation (the \"Company\").")
            == [buyer, Party(name: "Meridian Holdings LLC", role: "Seller"), company])
    }

    @Test("a contract effective as of (upon, on) the date first set forth (listed, written) above or the date hereof takes effect on its agreement date")
    func effectiveAsOfDateAbove() {
        for words in [
            "is to be effective as of the date first set forth above", "is to be effective as of the date first listed above",
            "is to be effective as of the date first written above", "is to be effective as of the date above written",
            "shall become effective upon the date first written above", "becomes effective on the date hereof",
            "shall become effective as of the day and year first above written",
        ] {
            let dates = facts("""
                SPLIT-DOLLAR AGREEMENT
                THIS AGREEMENT is made and entered into this 1st day of June, 2017 by and between Harbor Bank (the "Employer") and Jeffrey Allen (the "Employee").
                1. This agreement \(words), and continues while the Employee is employed.
                """).dates
            #expect(dates.agreementDate == "2017-06-01")
            #expect(dates.effectiveDate == "2017-06-01", "\(words)")
        }
    }

    @Test("a date written into a form's blank before the form's own year still carries the label after it")
    func filledInDateLabel() {
        let dates = facts("""
            TRAINING PROGRAM DEVELOPMENT AGREEMENT
            This Agreement by and between Harbor Seminars, Inc. ("Harbor") and Legacy Learning Holdings, Inc. ("Legacy"), is entered into as of 12-23-2019 , 2019 (the "Effective Date").
            """).dates
        #expect(dates.agreementDate == "2019-12-23")
        #expect(dates.effectiveDate == "2019-12-23")
    }

    @Test(
        "a term counted from the contract's date, or starting on it, takes effect on that date; another period's start does not",
        arguments: [
            ("The term of this Agreement is twelve (12) months from the date hereof.", "2018-01-10"),
            ("This Agreement shall have an initial term of one (1) year from the date first above written.", "2018-01-10"),
            ("The term of this Agreement shall be three years, commencing on the date of this Agreement and expiring on its third anniversary.", "2018-01-10"),
            ("This Agreement shall terminate five (5) years after the date hereof.", "2018-01-10"),
            ("This Agreement shall remain in effect for five (5) years from the date of its execution.", "2018-01-10"),
            ("During the period beginning on the date hereof and ending on the fifth anniversary of the Closing, the Company shall file its reports.", nil),
        ] as [(String, String?)])
    func effectiveFromTermStart(clause: String, effective: String?) {
        let dates = facts("""
            SALES AGREEMENT
            This Sales Agreement is entered into on January 10, 2018 by and between Bravatek Solutions, Inc. ("Bravatek") and Fazync LLC ("Fazync").
            7. \(clause)
            """).dates
        #expect(dates.agreementDate == "2018-01-10")
        #expect(dates.effectiveDate == effective)
    }

    @Test("a contract valid for a period from the date of signing runs from its date and ends that period later")
    func validFromSigning() {
        let dates = facts("""
            DISTRIBUTION AGREEMENT
            This Distribution Agreement is made on May 17, 2017 between Alpha Inc. ("Company") and Beta Inc. ("Distributor").
            12. Term. This Agreement shall be valid for five (5) years from the date of signing by both Parties.
            """).dates
        #expect(dates.effectiveDate == "2017-05-17")
        #expect(dates.expirationDate == "2022-05-17")
    }

    @Test("an exhibit of definitions right after the signatures gives the effective date its definition names")
    func effectiveDateDefinedAfterSignatures() {
        let dates = facts("""
            AFFILIATE AGREEMENT
            This Agreement is entered into as of the Effective Date by and between Link Plus Corporation ("LKPL") and Axiometric, LLC ("Axiometric").
            1. Term. This Agreement shall continue for two (2) years from the Effective Date.
            IN WITNESS WHEREOF, LKPL and Axiometric have executed this Agreement below.
            LINK PLUS CORPORATION  By: /s/ Jane Doe
            AXIOMETRIC, LLC  By: /s/ John Roe

            EXHIBIT A - SELECTED DEFINITIONS
            "Axiometric" means Axiometric, LLC, a Maryland limited liability company.
            "Effective Date" means July 15, 2005.
            """).dates
        #expect(dates.effectiveDate == "2005-07-15")
        #expect(dates.expirationDate == "2007-07-15")
    }

    @Test(
        "a date's defined term after a comma or with its article outside the brackets still names the effective date",
        arguments: [
            "This agreement (the \"Agreement\") is entered into as of May 18, 2010, (the \"Effective Date\") by and between Phoenix Performance, LLC (\"Vendor\") and Torvec Inc. (\"Company\").",
            "THIS SPONSORSHIP AGREEMENT is made and entered into as of May 18, 2010 the (\"Effective Date\"), by and between Phoenix Performance, LLC (\"Team\") and Torvec Inc. (\"Sponsor\").",
        ])
    func dateLabelAfterCommaOrArticle(preamble: String) {
        let dates = facts("SPONSORSHIP AGREEMENT\n" + preamble + "\n1. Term. The term of this Agreement shall commence on the Effective Date and conclude on October 31, 2010.").dates
        #expect(dates.agreementDate == "2010-05-18")
        #expect(dates.effectiveDate == "2010-05-18")
        #expect(dates.expirationDate == "2010-10-31")
    }

    @Test("an engagement for a length from a written date: the term, its start and its end; a fee by the day is no revenue share")
    func engagementFromDate() {
        let findings = rules.contractFindings(document("""
            THIS AGREEMENT is dated 14 October 2025
            PARTIES
            (1) HOLLOWAY BIOSCIENCES LIMITED whose registered office is at 5 Kings Parade, Cambridge CB2 1SJ (the "Client"); and
            (2) MERIDIAN REGULATORY SERVICES LTD whose registered office is at 40 Castle Street, Edinburgh EH2 3BN (the "Consultant").
            1. ENGAGEMENT
            1.1 The Client engages the Consultant to provide regulatory advice on the Client's marketing authorisation applications (the "Services") from 1 November 2025 for a period of twelve months (the "Engagement Period").
            2. FEES
            2.1 The Client shall pay the Consultant a fee of £1,200 per day, exclusive of VAT.
            """))
        #expect(findings.term.length == "twelve months")
        #expect(findings.dates.agreementDate == "2025-10-14")
        #expect(findings.dates.effectiveDate == "2025-11-01")
        #expect(findings.dates.expirationDate == "2026-11-01")
        #expect(findings.clauses.first { $0.key == "revenue_profit_sharing" }?.present == false)
        #expect(findings.clauses.first { $0.key == "payment_terms" }?.present == true)
    }

    @Test("a lease's option to renew by the grant of 'a new lease for the further term': the renewal and its notice are an option's")
    func newLeaseOption() {
        let lease = document("""
            LEASE
            This Lease is made on 12 May 2026 between Cumberland Arcade Holdings Pty Ltd (the "Landlord") and Laneway Dumplings Pty Ltd (the "Tenant").
            1. The term of this Lease is five (5) years starting on 1 July 2026.
            2. If the Tenant has not been in breach and gives the Landlord written notice no earlier than six months and no later than three months before the Terminating Date, the Landlord must grant a new lease for the further term in Item 7.
            """)
        let findings = rules.contractFindings(lease)
        #expect(findings.term.renewal == "option")
        #expect(findings.clauses.first { $0.key == "auto_renewal" }?.present == true)
        #expect(findings.noticePeriods.map(\.purpose) == ["renewal option"])
        // A window written "not less than ... nor more than ... before": its deadline is the first period.
        let window = rules.contractFindings(document("""
            LEASE
            This Lease is made on March 1, 2020 between Harbor LLC ("Landlord") and Quill Inc. ("Tenant").
            2. Option. Tenant may extend the Term for five years by giving Landlord written notice not less than nine (9) months nor more than twelve (12) months before the expiration of the Term.
            """))
        #expect(window.noticePeriods.map(\.text) == ["notice not less than 9 months nor more than 12 months before"], "\(window.noticePeriods)")
        #expect(window.noticePeriods.first?.value == 9 && window.noticePeriods.first?.unit == "months")
        // The other order: the earliest day first, the deadline ("not less than") second.
        let reversed = facts("If the Tenant wishes to renew, it must give the Landlord written notice not more than six (6) months and not less than three (3) months before the Terminating Date.")
        #expect(reversed.noticePeriods.first?.value == 3 && reversed.noticePeriods.first?.unit == "months", "\(reversed.noticePeriods)")
    }

    @Test("dates: an offer letter's date line is the agreement date and its start date the effective date")
    func offerLetterDates() {
        let letter = document("""
            Kestrel Robotics, Inc.
            1200 Innovation Way, Austin, TX 78701

            February 20, 2026

            Dear Mr. Whitaker:

            Kestrel Robotics, Inc. (the "Company") is pleased to offer you the position of Senior Firmware Engineer. Your start date will be March 16, 2026. Your annual base salary will be $172,000. Your employment is at will.
            """)
        let dates = rules.contractFindings(letter).dates
        #expect(dates.agreementDate == "2026-02-20")
        #expect(dates.effectiveDate == "2026-03-16")
        // The day the offer lapses is not the day the employment ends.
        let lapsing = rules.contractFindings(document(letter.text + "\n\nThis offer will expire if not accepted by February 27, 2026.")).dates
        #expect(lapsing.expirationDate == nil)
        // The start as offer letters write it.
        for start in ["Your first day of employment will be", "We would like you to start work on", "We expect you to join us on", "You will report to work on"] {
            let worded = rules.contractFindings(document(letter.text.replacingOccurrences(of: "Your start date will be", with: start))).dates
            #expect(worded.effectiveDate == "2026-03-16", "\(start)")
            #expect(worded.agreementDate == "2026-02-20", "\(start)")
        }
        // A statement of particulars' "Start date" row, in a table or with a colon, is the job's start, not the date of the statement.
        for label in ["Start date\t", "Start date: "] {
            let particulars = rules.contractFindings(document("""
                STATEMENT OF MAIN TERMS OF EMPLOYMENT
                Employer\tFenwick Analytics Limited
                Employee\tAisha Rahman
                \(label)6 January 2026
                Salary\t£42,000 per year, paid monthly
                This statement is dated 1 December 2025.
                1. Either party may terminate your employment by giving one month's written notice.
                """))
            #expect(particulars.dates.effectiveDate == "2026-01-06", "\(label)")
            #expect(particulars.dates.agreementDate == "2025-12-01", "\(label)")
            #expect(particulars.parties == [Party(name: "Fenwick Analytics Limited", role: "Employer"), Party(name: "Aisha Rahman", role: "Employee")])
        }
        // A contract of employment signed before the job begins dates from its last signature.
        let contract = rules.contractFindings(document("""
            CONTRACT OF EMPLOYMENT
            Employer: Fenwick Analytics Limited (the "Company")
            Employee: Aisha Rahman
            1. Your employment with the Company will begin on 6 January 2026.
            2. Your salary is £68,000 per year.
            Signed for and on behalf of Fenwick Analytics Limited
            Daniel Okafor, Director          Date: 1 December 2025
            Aisha Rahman                     Date: 3 December 2025
            """)).dates
        #expect(["2025-12-01", "2025-12-03"].contains(contract.agreementDate))
        #expect(contract.effectiveDate == "2026-01-06")
    }

    @Test("dates: a term 'beginning' and 'ending' on dates written right after the words; not a taxable year 'ending', nor a period under the term")
    func termBeginningAndEnding() {
        let lease = facts("Date of Lease: August 4, 2025\nThe term of this Lease is twelve (12) months, beginning September 1, 2025 and ending August 31, 2026.").dates
        #expect(lease.agreementDate == "2025-08-04")
        #expect(lease.effectiveDate == "2025-09-01")
        #expect(lease.expirationDate == "2026-08-31")
        // "is from ... to ...": the first and last days, and the term written as both.
        let farm = facts("This Farm Lease is made on January 20, 2026.\nThe term of this Lease is from March 1, 2026 to February 28, 2027.")
        #expect(farm.dates.effectiveDate == "2026-03-01")
        #expect(farm.dates.expirationDate == "2027-02-28")
        #expect(farm.term.length == "March 1, 2026 to February 28, 2027")
        let other = facts("This Agreement is made on January 5, 2018.\nDuring the Term of this Agreement, the Buyer shall purchase 100 Units for the twelve-month period commencing July 1, 2018 and ending June 30, 2019. The Company will qualify as a REIT for its taxable year ending December 31, 2018.").dates
        #expect(other.effectiveDate != "2018-07-01")
        #expect(other.expirationDate == nil)
    }

    @Test("parties: an offer letter's addressee is the employee, by the full name of the address block when there is one")
    func letterAddressee() {
        let letter = "OFFER OF EMPLOYMENT\nAcme Inc. (the \"Company\") is pleased to offer you employment at a base salary of $90,000. Your employment is at will.\n"
        let withBlock = rules.contractFindings(document("Ms. Adaeze Okafor\n22 Linden Street\n\nDear Ms. Okafor:\n\n" + letter)).parties
        #expect(withBlock == [Party(name: "Acme Inc.", role: "Company"), Party(name: "Adaeze Okafor", role: "Employee")])
        let bare = rules.contractFindings(document("Dear Mr. Chen,\n" + letter)).parties
        #expect(bare.last == Party(name: "Mr. Chen", role: "Employee"))
        // Greeted by the first name: the address block's full name.
        let firstName = rules.contractFindings(document("Ms. Jordan Ellis\n812 Alameda de las Pulgas\n\nDear Jordan:\n\n" + letter)).parties
        #expect(firstName.last == Party(name: "Jordan Ellis", role: "Employee"))
        // A short form of the first name, or another first name under the same title; an office defined in the letter is
        // no party.
        let reporting = "Harrow Bio, Inc. (the \"Company\") is pleased to offer you employment as its Chief Financial Officer. You will report to the Company's President and Chief Executive Officer (the \"CEO\"). Your base salary will be $300,000. Please sign and return this letter to indicate your acceptance.\n"
        let shortName = rules.contractFindings(document("November 1, 2026\n\nLouis Arcudi III\n\n4 Whitney Road\n\nHopedale, MA 01747\n\nRe: Employment Terms\n\nDear Lou:\n\n" + reporting)).parties
        #expect(shortName == [Party(name: "Harrow Bio, Inc.", role: "Company"), Party(name: "Louis Arcudi III", role: "Employee")])
        let otherName = rules.contractFindings(document("July 23, 2026\nMr. John T. McDonald\nDear Jack:\n" + reporting)).parties
        #expect(otherName.last == Party(name: "John T. McDonald", role: "Employee"))
    }

    @Test("parties: a confidentiality letter's counterparty is the company of its address block, not a street named like one")
    func letterAddresseeCompany() {
        let body = """
            Dear Mr. Adeyemi:

            In connection with your consideration of a possible negotiated transaction involving Quillon Instruments, Inc. (the \
            "Company"), the Company will make certain information available to you. You agree to keep the Evaluation Material \
            confidential and to use it solely to evaluate the transaction. This letter agreement is governed by the laws of the \
            State of Delaware.
            """
        let letter = rules.contractFindings(document("CONFIDENTIAL\n\nMarch 9, 2026\n\nMr. Tunde Adeyemi\nPartner\nWater Street Equity Fund\n14 Water Street\nNew York, NY 10004\n\n" + body))
        #expect(letter.parties == [Party(name: "Quillon Instruments, Inc.", role: "Company"), Party(name: "Water Street Equity Fund", role: nil)], "\(letter.parties)")
        // No company in the block: the letter names only its one party.
        let person = rules.contractFindings(document("Mr. Tunde Adeyemi\n14 Water Street\nNew York, NY 10004\n\n" + body))
        #expect(person.parties == [Party(name: "Quillon Instruments, Inc.", role: "Company")], "\(person.parties)")
    }

    @Test("parties: a name before its address or registered office; names in lower case such as iMine; defined terms past the parties are none")
    func partiesWithAddresses() {
        let doc = document("""
            SUPPLY AGREEMENT
            This Agreement is made by and between iMine Corporation, having its principal place of business at 8520 Allison \
            Pointe Boulevard, Suite 223, Indianapolis, Indiana 46250, USA (hereinafter referred to as "JRVS") and KITOV Pharma \
            Ltd., with its registered office at 132 Menachem Begin Road, Azrieli Center, Tel Aviv, 6701101, Israel ("Kitov").
            WHEREAS, Kitov holds 1,000 shares of Common Stock (the "Shares").
            """)
        #expect(rules.contractFindings(doc).parties == [
            Party(name: "iMine Corporation", role: "JRVS"), Party(name: "KITOV Pharma Ltd.", role: "Kitov"),
        ])
    }

    @Test("parties: a role whose bracket runs on ('which expression shall ... include its successors', '\"Client,\" which shall include affiliates'), a person 'of' her address, a title in capitals above 'THIS SUBLEASE', a list numbered '1.'")
    func partiesInOtherDraftingStyles() {
        let nda = document("""
            NON-DISCLOSURE AGREEMENT
            This Non-Disclosure Agreement is executed at Bengaluru on this 3rd day of April, 2023 BY AND BETWEEN
            Sarvam Fintech Private Limited, a company incorporated under the Companies Act, 2013, having its registered office at \
            No. 45, 100 Feet Road, Indiranagar, Bengaluru 560038 (hereinafter referred to as the "Disclosing Party", which expression \
            shall, unless repugnant to the context, include its successors and permitted assigns)
            AND
            Kaveri Data Labs LLP, a limited liability partnership having its office at 221 Anna Salai, Chennai 600002 (hereinafter \
            referred to as the "Receiving Party").
            """)
        #expect(rules.contractFindings(nda).parties == [
            Party(name: "Sarvam Fintech Private Limited", role: "Disclosing Party"), Party(name: "Kaveri Data Labs LLP", role: "Receiving Party"),
        ])
        // The run-on bracket in one paragraph, its term before or after the comma: both parties, each by its defined term.
        let services = document("""
            SERVICES AGREEMENT
            This Services Agreement is made on 3 March 2025 between Sahyadri Analytics Private Limited, a company incorporated under the \
            Companies Act, 2013, having its registered office at 14 Baner Road, Pune 411045 (hereinafter referred to as the "Company", which \
            expression shall, unless repugnant to the context or meaning thereof, be deemed to include its successors and permitted assigns) \
            and Kaveri Data Services LLP, a limited liability partnership having its office at 22 MG Road, Bengaluru 560001 ("Service \
            Provider", which term includes its successors and assigns), and Tungabhadra Media LLC, a Delaware limited liability company \
            ("Client," which shall include affiliates controlling, controlled by or under common control with Tungabhadra Media LLC).
            1. Services. The Service Provider shall provide the services.
            """)
        #expect(rules.contractFindings(services).parties == [
            Party(name: "Sahyadri Analytics Private Limited", role: "Company"), Party(name: "Kaveri Data Services LLP", role: "Service Provider"),
            Party(name: "Tungabhadra Media LLC", role: "Client"),
        ])
        let employment = document("""
            CONTRACT OF EMPLOYMENT
            This contract is dated 14 March 2025 and is made between:
            (1) Harbourside Analytics Limited, a company incorporated in England and Wales whose registered office is at 12 Quay \
            Street, Bristol BS1 4DJ (the "Employer"); and
            (2) Priya Raman of 7 Elm Grove, Bath BA2 3QP (the "Employee").
            """)
        #expect(rules.contractFindings(employment).parties == [
            Party(name: "Harbourside Analytics Limited", role: "Employer"), Party(name: "Priya Raman", role: "Employee"),
        ])
        let sublease = document("""
            SUBLEASE AGREEMENT

            THIS SUBLEASE AGREEMENT (this "Sublease") is made as of the 20th day of January, 2026, by and between NORTHGATE MEDIA \
            LLC, a New York limited liability company ("Sublandlord"), and PEBBLE & FERN DESIGN STUDIO LLC ("Subtenant").
            """)
        #expect(rules.contractFindings(sublease).parties == [
            Party(name: "NORTHGATE MEDIA LLC", role: "Sublandlord"), Party(name: "PEBBLE & FERN DESIGN STUDIO LLC", role: "Subtenant"),
        ])
        // Numbered "1.", an Australian company number in brackets, an address ending "QLD 4870".
        let licence = document("""
            SOFTWARE LICENCE AGREEMENT
            Dated: 5 May 2025
            Parties:
            1. Brackenfield Software Pty Ltd (ACN 612 345 678) of Level 9, 60 Margaret Street, Sydney NSW 2000 ("Licensor")
            2. Coastline Health Services Pty Ltd (ACN 698 765 432) of 14 Esplanade, Cairns QLD 4870 ("Licensee")
            1. Grant of licence
            1.1 The Licensor grants the Licensee a non-exclusive licence to use the Software.
            """)
        #expect(rules.contractFindings(licence).parties == [
            Party(name: "Brackenfield Software Pty Ltd", role: "Licensor"), Party(name: "Coastline Health Services Pty Ltd", role: "Licensee"),
        ])
    }

    @Test("parties: accented names, registration numbers and tickers in brackets, an address without a comma, 'And:' labels, tenants named together, a street in a company's name, names starting with a number, companies a recital only mentions")
    func partiesInternationalStyles() {
        let licence = document("""
            SOFTWARE LICENSE AGREEMENT
            between
            Alpenrose Systems AG, Bahnhofstrasse 12, 8001 Zürich, Switzerland
            (hereinafter "Licensor")
            and
            Kestrel Logistics GmbH, Hafenstraße 7, 20457 Hamburg, Germany
            (hereinafter "Licensee")
            """)
        #expect(rules.contractFindings(licence).parties == [
            Party(name: "Alpenrose Systems AG", role: "Licensor"), Party(name: "Kestrel Logistics GmbH", role: "Licensee"),
        ])
        let employment = document("""
            CONTRACT OF EMPLOYMENT
            This Contract of Employment is entered into on 5 May 2025 between
            LUMEN PAYMENTS PTE. LTD. (UEN 201912345K), a company incorporated in Singapore with its registered address at \
            8 Marina View, #30-01, Singapore 018960 (the "Company")
            and
            TAN WEI LING (NRIC No. S8812345D) of Block 512 Bishan Street 13, #07-221, Singapore 570512 (the "Employee").
            """)
        #expect(rules.contractFindings(employment).parties == [
            Party(name: "LUMEN PAYMENTS PTE. LTD.", role: "Company"), Party(name: "TAN WEI LING", role: "Employee"),
        ])
        let nda = document("""
            MUTUAL NON-DISCLOSURE AGREEMENT
            Between: Northbay Clinical Software Inc., an Ontario corporation with offices at 120 Adelaide Street West, Toronto ("Northbay")
            And: Sévigny Diagnostiques Ltée, a Quebec corporation with offices at 800 rue du Square-Victoria, Montréal ("Sévigny")
            Confidential Information means all information disclosed by a Party (the "Discloser") to the other Party (the "Recipient").
            """)
        #expect(rules.contractFindings(nda).parties == [
            Party(name: "Northbay Clinical Software Inc.", role: "Northbay"), Party(name: "Sévigny Diagnostiques Ltée", role: "Sévigny"),
        ])
        let lease = document("""
            RESIDENTIAL LEASE AGREEMENT
            This Residential Lease Agreement ("Lease") is made on June 14, 2025 between Margaret Delacroix ("Landlord") and \
            Daniel Osei and Lucia Ferraro ("Tenant").
            """)
        #expect(rules.contractFindings(lease).parties == [
            Party(name: "Margaret Delacroix", role: "Landlord"), Party(name: "Daniel Osei and Lucia Ferraro", role: "Tenant"),
        ])
        let franchise = document("""
            FRANCHISE AGREEMENT
            This Franchise Agreement is made this 10th day of February, 2025 (the "Effective Date") by and between Peach Street \
            Bagels Franchising, LLC, a Georgia limited liability company ("Franchisor"), and Dunmore Hospitality Group, Inc., a \
            North Carolina corporation ("Franchisee").
            """)
        #expect(rules.contractFindings(franchise).parties == [
            Party(name: "Peach Street Bagels Franchising, LLC", role: "Franchisor"), Party(name: "Dunmore Hospitality Group, Inc.", role: "Franchisee"),
        ])
        // A register's address run on without a comma; a company a recital names is no party, those a list names with
        // their tickers are.
        let collaboration = document("""
            COLLABORATION AGREEMENT
            This Collaboration Agreement ("Agreement") is made by and among Xencor, Inc. 111 W. Lemon Ave. Monrovia, CA 91016 USA
            (hereinafter called "XENCOR"), and Boehringer Ingelheim International GmbH Binger Straße 173 55216 Ingelheim Germany
            (hereinafter called "BII"). WHEREAS, Xencor (as successor-in-interest to Alder Biologics Corporation ("ABC")) and BII \
            wish to collaborate.
            """)
        #expect(rules.contractFindings(collaboration).parties == [
            Party(name: "Xencor, Inc.", role: "XENCOR"), Party(name: "Boehringer Ingelheim International GmbH", role: "BII"),
        ])
        // An Australian form: labels with a company number and a trustee, on lines longer than 120 characters.
        let shop = document("""
            RETAIL SHOP LEASE
            Date: 3 March 2025
            Landlord: Harbourview Property Trust Pty Ltd ACN 612 555 901 as trustee for the Harbourview Unit Trust, of Level 12, 1 Macquarie Place, Sydney NSW 2000
            Tenant: Wattle & Fig Cafe Pty Ltd ACN 645 222 310, of Shop 4, 88 Darling Street, Balmain NSW 2041
            """)
        #expect(rules.contractFindings(shop).parties == [
            Party(name: "Harbourview Property Trust Pty Ltd", role: "Landlord"), Party(name: "Wattle & Fig Cafe Pty Ltd", role: "Tenant"),
        ])
        let numbered = document("""
            LEASE AGREEMENT
            This Lease is made as of May 1, 2025 by and between 450 Hudson Owner LLC, a Delaware limited liability company \
            (the "Landlord"), and 3D Printing Works, Inc. (the "Tenant").
            """)
        #expect(rules.contractFindings(numbered).parties == [
            Party(name: "450 Hudson Owner LLC", role: "Landlord"), Party(name: "3D Printing Works, Inc.", role: "Tenant"),
        ])
        let venture = document("""
            INTELLECTUAL PROPERTY AGREEMENT
            This Agreement is entered into on May 12, 2020 by and between: Marv Enterprises, LLC, a Pennsylvania limited liability \
            company ("Marv"), Premier Biomedical, Inc. (OTC Pink: BIEI), a Nevada corporation ("Premier"), Technology Health, \
            Inc. (OTC Pink: HALB), a Colorado corporation f/k/a Halberd Corporation ("THI").
            """)
        #expect(rules.contractFindings(venture).parties == [
            Party(name: "Marv Enterprises, LLC", role: "Marv"), Party(name: "Premier Biomedical, Inc.", role: "Premier"),
            Party(name: "Technology Health, Inc.", role: "THI"),
        ])
    }

    @Test("parties and title: the document's own defined term is no party (an amendment, a contract); Markdown's headings and bold")
    func partiesNotTheDocument() {
        let amendment = document("""
            AMENDMENT NO. 2 TO SUPPLY AGREEMENT
            This Amendment No. 2 (the "Amendment") is entered into as of February 26, 2007 by and between Acme Corp.             ("Buyer") and Beta LLC ("Seller"), and amends the Supply Agreement dated as of March 1, 2004.
            """)
        #expect(rules.contractFindings(amendment).parties == [Party(name: "Acme Corp.", role: "Buyer"), Party(name: "Beta LLC", role: "Seller")])
        let markdown = document("""
            # MUTUAL NON-DISCLOSURE AGREEMENT
            This Mutual Non-Disclosure Agreement is entered into as of **February 12, 2026** by and between:
            **Meridian Atlas Group, Inc.**, a Delaware corporation with offices at 1200 Harbor Point Blvd ("MAG"); and
            **Lund Capital Partners LLP** ("Lund").
            """)
        #expect(rules.contractFindings(markdown).parties == [
            Party(name: "Meridian Atlas Group, Inc.", role: "MAG"), Party(name: "Lund Capital Partners LLP", role: "Lund"),
        ])
        // Its title without the heading's "#" and the bold's asterisks.
        #expect(rules.contractFindings(markdown).title == "MUTUAL NON-DISCLOSURE AGREEMENT")
        #expect(DocumentTitle.withoutMarkdown("## **Lease Agreement**") == "Lease Agreement")
        #expect(DocumentTitle.withoutMarkdown("#1 Supplier Agreement") == "#1 Supplier Agreement")
        // No title line: the opening sentence names the document ("THIS LEASE is made ..."); an amendment so named is read
        // as one.
        #expect(ContractAnalyzer.title(of: "THIS LEASE is made on 2 September 2024\nBETWEEN:") == "LEASE")
        #expect(ContractAnalyzer.title(of: "This Second Amendment to Master Services Agreement is entered into as of May 1, 2025.") == "Second Amendment to Master Services Agreement")
        #expect(ContractAnalyzer.title(of: "LEASE AGREEMENT\nThis Lease is made on 1 May 2025.") == "LEASE AGREEMENT")
        // A title in capitals a page wrapped onto a second line is read whole; a title's repeat under it, or "BETWEEN", is not.
        #expect(ContractAnalyzer.title(of: "AGREEMENT FOR THE SALE AND PURCHASE OF THE BUSINESS AND\nASSETS OF PENNINE FLOORING SUPPLIES LIMITED\nTHIS AGREEMENT is dated 30 January 2026")
            == "AGREEMENT FOR THE SALE AND PURCHASE OF THE BUSINESS AND ASSETS OF PENNINE FLOORING SUPPLIES LIMITED")
        #expect(ContractAnalyzer.title(of: "RESELLER AGREEMENT BETWEEN TOUCHSTAR SOFTWARE CORPORATION AND\nBETWEEN:\n(1) TOUCHSTAR SOFTWARE CORPORATION")
            == "RESELLER AGREEMENT BETWEEN TOUCHSTAR SOFTWARE CORPORATION AND")
        // Wrapped before the line that names the agreement: the line above, ending in "AND" or a comma, is its start.
        #expect(ContractAnalyzer.title(of: "EMPLOYEE NON-COMPETITION, NON-SOLICITATION AND\nCONFIDENTIALITY AGREEMENT\nThis Agreement is made as of January 12, 2026")
            == "EMPLOYEE NON-COMPETITION, NON-SOLICITATION AND CONFIDENTIALITY AGREEMENT")
        #expect(ContractAnalyzer.title(of: "NORTHWIND TRADING LTD\nDISTRIBUTION AGREEMENT\nThis Agreement is made on 1 May 2025.") == "DISTRIBUTION AGREEMENT")
        // Wrapped with no joining word at either end: a long line of capitals over a short line that names the agreement
        // is its start ("... INVENTIONS" over "ASSIGNMENT AGREEMENT"); a letterhead with a company's form, or a short line, is not.
        #expect(ContractAnalyzer.title(of: "CONFIDENTIAL\nEMPLOYEE CONFIDENTIAL INFORMATION AND INVENTIONS\nASSIGNMENT AGREEMENT\nAs a condition of my employment")
            == "EMPLOYEE CONFIDENTIAL INFORMATION AND INVENTIONS ASSIGNMENT AGREEMENT")
        #expect(ContractAnalyzer.title(of: "BRIGHTWATER THERAPEUTICS HOLDINGS CORPORATION\nLICENSE AGREEMENT\nThis Agreement is made on 1 May 2025.") == "LICENSE AGREEMENT")
        #expect(ContractAnalyzer.title(of: "BRIGHTWATER THERAPEUTICS\nLICENSE AGREEMENT\nThis Agreement is made on 1 May 2025.") == "LICENSE AGREEMENT")
        // The second line starts with the joining word ("AND ASSETS OF ..."); "BY AND BETWEEN" and a lone "FOR" do not go on.
        #expect(ContractAnalyzer.title(of: "AGREEMENT FOR THE SALE AND PURCHASE OF THE BUSINESS\nAND ASSETS OF PENNINE FLOORING SUPPLIES LIMITED\nTHIS AGREEMENT is dated 30 January 2026")
            == "AGREEMENT FOR THE SALE AND PURCHASE OF THE BUSINESS AND ASSETS OF PENNINE FLOORING SUPPLIES LIMITED")
        #expect(ContractAnalyzer.title(of: "OUTSOURCING AGREEMENT\n\nBY AND BETWEEN\n\nTRI CITY NATIONAL BANK") == "OUTSOURCING AGREEMENT")
        #expect(ContractAnalyzer.title(of: "SERVICE AGREEMENT\n\nFOR\n\nTRANSFER AGENT SERVICES") == "SERVICE AGREEMENT")
        // A title a large font wrapped before its last word; not a letterhead's company, nor a sentence, above a lone "AGREEMENT".
        #expect(ContractAnalyzer.title(of: "MUTUAL NON-DISCLOSURE\nAGREEMENT\nKey details") == "MUTUAL NON-DISCLOSURE AGREEMENT")
        #expect(ContractAnalyzer.title(of: "Mutual Confidentiality\nAgreement\nThis Mutual Confidentiality Agreement is made") == "Mutual Confidentiality Agreement")
        #expect(ContractAnalyzer.title(of: "NORTHWIND TRADING LTD\nAGREEMENT\nThis Agreement is made on 1 May 2025.") == "AGREEMENT")
        #expect(ContractAnalyzer.title(of: "Dated 1 May 2025\nAGREEMENT\nbetween") == "AGREEMENT")
        #expect(ContractAnalyzer.title(of: "RESIDENTIAL LEASE\nAGREEMENT\n1. PARTIES. This Lease is made") == "RESIDENTIAL LEASE AGREEMENT")
        #expect(ContractAnalyzer.title(of: "Master Services\nAgreement\nThis Agreement is made") == "Master Services Agreement")
        // A name in brackets spells out the short one in capitals above it; a letterhead's company is not joined to it.
        #expect(ContractAnalyzer.title(of: "NORTHGATE LABS, INC.\nSAFE\n(Simple Agreement for Future Equity)\nTHIS CERTIFIES THAT") == "SAFE (Simple Agreement for Future Equity)")
        #expect(ContractAnalyzer.title(of: "NORTHGATE LABS, INC.\n(Simple Agreement for Future Equity)\nTHIS CERTIFIES THAT") == "(Simple Agreement for Future Equity)")
        // A version label after the title, from a header or a cover page, is not part of it; a title that is only a label stays.
        #expect(ContractAnalyzer.title(of: "Advisor Agreement - Execution Version\nADVISOR AGREEMENT\nThis Advisor Agreement is made") == "Advisor Agreement")
        #expect(ContractAnalyzer.title(of: "MASTER LEASE (Execution Copy)\nThis Lease is made on 1 May 2025.") == "MASTER LEASE")
        #expect(ContractAnalyzer.title(of: "Supply Agreement – Final Draft\nThis Agreement is made on 1 May 2025.") == "Supply Agreement")
        // A letter's subject line the page wrapped goes on to the salutation; an opening sentence saying "terms" is no title.
        let letter = "June 4, 2027\nMr. Gregory Haines\nRe: Letter of Intent – Proposed Acquisition of Pinecrest Logistics\nHoldings, Inc.\nDear Mr. Haines:\n"
            + "This letter of intent (\"Letter\") sets out the principal terms on which Ironbridge Capital Partners, L.P.\n(\"Buyer\") proposes to acquire"
        #expect(ContractAnalyzer.title(of: letter) == "Letter of Intent – Proposed Acquisition of Pinecrest Logistics Holdings, Inc.")
        #expect(ContractAnalyzer.title(of: "Re: Offer of Employment\nDear Ms. Chen:\nWe are pleased to offer you") == "Offer of Employment")
        // A filing whose opening is one long line: the title ends where the opening sentence's "This" starts, without the
        // copy's label before it.
        let flat = " (this \"Agreement\") is made as of March 3, 2019 by and between Acme Corp. (\"Acme\") and Beta LLC (\"Beta\"), " + String(repeating: "and the parties agree as follows ", count: 20)
        #expect(ContractAnalyzer.title(of: "Exhibit 10.1 RECIPE DEVELOPMENT AGREEMENT This Recipe Development Agreement" + flat) == "RECIPE DEVELOPMENT AGREEMENT")
        #expect(ContractAnalyzer.title(of: "Execution Copy CHARTER AFFILIATION AGREEMENT THIS AGREEMENT" + flat) == "CHARTER AFFILIATION AGREEMENT")
        // An instrument named by a short heading of its own, not a clause on one line, a sentence or a footer.
        let guaranty = "GUARANTY\n\nThis Guaranty is made as of June 2, 2025 by Robert Chen, an individual (\"Guarantor\").\n\n2. Governing Law. This Agreement is governed by the laws of the State of New York."
        #expect(ContractAnalyzer.title(of: guaranty) == "GUARANTY")
        // A warrant's title, counting its shares or not, over a body that calls it "this Agreement".
        let warrant = "WARRANT TO PURCHASE 50,000 SHARES OF COMMON STOCK\n\nThis Agreement is made as of April 4, 2025 between Northwind Therapeutics, Inc. (the \"Company\") and Harbor Lane Capital LLC (the \"Holder\")."
        #expect(ContractAnalyzer.title(of: warrant) == "WARRANT TO PURCHASE 50,000 SHARES OF COMMON STOCK")
        #expect(ContractAnalyzer.title(of: "AMENDMENT NO. 2\nThis Amendment is made on May 1, 2025.") == "AMENDMENT NO. 2")
        let footer = "This Amendment is entered into effective October 1, 1996 by and between NETGEAR, Inc. and Ingram Micro (\"Distributor\") under a Distributor Agreement.\nIngram Amendment 1 111296"
        #expect(ContractAnalyzer.title(of: footer) == "Distributor Agreement")
        // A label above the title is no title.
        #expect(ContractAnalyzer.title(of: "WITHOUT PREJUDICE AND SUBJECT TO CONTRACT\n\nSETTLEMENT AGREEMENT\n\nTHIS AGREEMENT is dated 14 November 2025") == "SETTLEMENT AGREEMENT")
        // A filing's long legend on the first line, then the title, an instrument's number in it: no clause's lead-in, recital or
        // closing sentence further down is the title, nor a word's tail ("HIS" of "THIS").
        let legend = "Exhibit 10.1 CERTAIN CONFIDENTIAL PORTIONS OF THIS EXHIBIT WERE OMITTED AND REPLACED WITH \"[***]\". A COMPLETE VERSION OF THIS EXHIBIT HAS BEEN FILED SEPARATELY WITH THE SECRETARY OF THE SECURITIES AND EXCHANGE COMMISSION PURSUANT TO AN APPLICATION REQUESTING CONFIDENTIAL TREATMENT UNDER RULE 24B-2 OF THE SECURITIES EXCHANGE ACT OF 1934, AS AMENDED. "
        let body = "AMENDMENT NO. 2 TO MANUFACTURING AND SUPPLY AGREEMENT THIS AMENDMENT NO. 2 (this \"Amendment\") is made between Columbia Laboratories Ltd (\"Columbia\") and Fleet Laboratories Limited (\"Fleet\").\n"
        #expect(ContractAnalyzer.title(of: legend + body + "1.1 In this Agreement unless expressly stated otherwise:\n(a) \"Products\" means the products in Schedule 1.")
            == "AMENDMENT NO. 2 TO MANUFACTURING AND SUPPLY AGREEMENT")
        #expect(ContractAnalyzer.title(of: legend + body + "WHEREAS, the parties hereto desire to set forth in writing their agreement as to such supply arrangement;")
            == "AMENDMENT NO. 2 TO MANUFACTURING AND SUPPLY AGREEMENT")
        #expect(ContractAnalyzer.title(of: legend + body + "IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first above written.")
            == "AMENDMENT NO. 2 TO MANUFACTURING AND SUPPLY AGREEMENT")
        #expect(ContractAnalyzer.title(of: "EXHIBIT 10.23\nTHIS COMPLETION AGREEMENT ( 'Agreement\") {5 made and entered into as of June 29, 2006 between Prime Energy Corporation and Guaranty Bank")
            == "COMPLETION AGREEMENT")
    }

    @Test("parties: an English contract's numbered list of parties; roles in single quotes, with an alternative (a role word over a name), or with an apostrophe")
    func numberedAndQuotedParties() {
        let english = document("""
            SERVICES AGREEMENT
            THIS AGREEMENT is dated 5 March 2019
            PARTIES
            (1) ACME LIMITED incorporated and registered in England and Wales with company number 01234567 whose registered office is at 1 King Street, London EC2V 8AU (the "Supplier").
            (2) BETA TRADING LIMITED incorporated and registered in England and Wales with company number 07654321 whose registered office is at 9 Queen Street, Leeds LS1 2TW (the "Customer").
            BACKGROUND
            (A) The Supplier provides logistics services.
            """)
        #expect(rules.contractFindings(english).parties == [
            Party(name: "ACME LIMITED", role: "Supplier"), Party(name: "BETA TRADING LIMITED", role: "Customer"),
        ])
        let quoted = document("""
            RECIPE DEVELOPMENT AGREEMENT
            This Agreement is made between Reed's, Inc., a Delaware corporation ("Reed's") and salesforce.com, inc., a Delaware \
            corporation ("SFDC" or "Salesforce"), and the American Diabetes Association, Inc. ('the Association').
            """)
        #expect(rules.contractFindings(quoted).parties == [
            Party(name: "Reed's, Inc.", role: "Reed's"), Party(name: "salesforce.com, inc.", role: "SFDC"),
            Party(name: "American Diabetes Association, Inc.", role: "Association"),
        ])
        // A name and a role for one party: the role is the one a lawyer looks for; "Company" only when nothing better is given.
        let named = document("""
            MUTUAL NONDISCLOSURE AGREEMENT
            This Agreement is made between Cogent Systems, Inc. ("Company" or "Disclosing Party") and Harbor Analytics LLC \
            ("Harbor" or the "Receiving Party"), and Contoso Software Ltd. ("Contoso" or "Company").
            """)
        #expect(rules.contractFindings(named).parties == [
            Party(name: "Cogent Systems, Inc.", role: "Disclosing Party"), Party(name: "Harbor Analytics LLC", role: "Receiving Party"),
            Party(name: "Contoso Software Ltd.", role: "Contoso"),
        ])
        // Roles no form labels a party with ("Manufacturer", "Sponsor") win over a short name too; "and/or" joins two terms as "or" does.
        let others = document("""
            DISTRIBUTION AGREEMENT
            This Agreement is made between ACME S.p.A., an Italian company with registered office in Milan (hereinafter "ACME" or             the "Manufacturer"), FERRER INTERNACIONAL, S.A., a Spanish company (hereinafter indistinctly referred to as "Ferrer"             and/or "Supplier"), and BETA GmbH, a German company (hereinafter "BETA" or the "Distributor").
            """)
        #expect(rules.contractFindings(others).parties == [
            Party(name: "ACME S.p.A.", role: "Manufacturer"), Party(name: "FERRER INTERNACIONAL, S.A.", role: "Supplier"),
            Party(name: "BETA GmbH", role: "Distributor"),
        ])
    }

    @Test("parties of terms one accepts rather than signs: the reader is \"You\", a counterparty a later document names is described")
    func readerAndDescribedParties() {
        func parties(_ text: String) -> [Party] { rules.contractFindings(document(text)).parties }
        // The bracket after "you" defines the reader's role; a role word wins over another term.
        #expect(parties("""
            END USER LICENSE AGREEMENT
            This End User License Agreement is a legal agreement between you (either an individual or a single entity, "you" or \
            "Licensee") and Contoso Software Ltd. ("Contoso" or "Licensor") for the Contoso Ledger software.
            1. License Grant. Contoso grants you a non-exclusive licence to install and use one copy of the Software.
            """) == [Party(name: "You", role: "Licensee"), Party(name: "Contoso Software Ltd.", role: "Licensor")])
        // "we" or "us" after the provider's term, without a comma between them; the reader's term after its bracket's pronoun.
        #expect(parties("""
            PIXELFORGE TERMS OF USE
            These Terms of Use form a binding agreement between PixelForge, Inc., a Delaware corporation ("PixelForge", "we" or \
            "us"), and you ("User" or "you"). You must be at least 16 years old to create an account.
            """) == [Party(name: "PixelForge, Inc.", role: "PixelForge"), Party(name: "You", role: "User")])
        // American punctuation, the comma inside the quotes; the reader defined only as "you" has no role.
        #expect(parties("""
            CLOUD SERVICES CUSTOMER AGREEMENT
            This Customer Agreement is an agreement between Nimbus Web Services, Inc. ("Nimbus," "we," "us," or "our") and you or \
            the entity you represent ("you" or "your"). You will pay us the applicable fees and charges for the Service Offerings.
            """) == [Party(name: "Nimbus Web Services, Inc.", role: "Nimbus"), Party(name: "You", role: nil)])
        // The reader described before the bracket: not the capitalised word the description ends on.
        #expect(parties("""
            SUBSCRIPTION TERMS
            These Subscription Terms are entered into between Ledgerly Pty Ltd ("Ledgerly", "we", "our" or "us") and you, the \
            person or organisation subscribing to the Service (referred to as "Subscriber", "you" or "your").
            """) == [Party(name: "Ledgerly Pty Ltd", role: "Ledgerly"), Party(name: "You", role: "Subscriber")])
        // A counterparty that the order form or the quotation will name, described; "any customer" of published terms.
        #expect(parties("""
            CLOUDNEST CUSTOMER AGREEMENT
            This Customer Agreement is between CloudNest Hosting Ltd ("CloudNest") and the customer entity identified in the \
            Order Form ("Customer" or "you"). CloudNest shall provide the hosting services described in the Order Form.
            """) == [Party(name: "CloudNest Hosting Ltd", role: "CloudNest"), Party(name: "the customer entity identified in the Order Form", role: "Customer")])
        #expect(parties("""
            STANDARD TERMS AND CONDITIONS OF SUPPLY
            These Standard Terms and Conditions of Supply apply to all goods supplied by Kestrel Packaging Pty Ltd ("Kestrel") to \
            any customer ("Customer"). The Customer must pay each invoice within 30 days.
            """) == [Party(name: "Kestrel Packaging Pty Ltd", role: "Kestrel"), Party(name: "any customer", role: "Customer")])
        // "its clients (each a "Client")"; the town after a German company's form is its seat, no part of its name.
        #expect(parties("""
            GENERAL TERMS AND CONDITIONS
            These General Terms and Conditions apply to all services provided by Veritas Analytics GmbH, Hamburg ("Veritas") to \
            its clients (each a "Client"). The Client shall pay the fees stated in the order within 30 days of the invoice date.
            """) == [Party(name: "Veritas Analytics GmbH", role: "Veritas"), Party(name: "its clients", role: "Client")])
        // A form after the comma stays ("GUARANTY BANK, FSB"; "Acme Holdings, Inc.").
        #expect(parties("""
            LOAN SERVICING AGREEMENT
            This Loan Servicing Agreement is made between GUARANTY BANK, FSB ("Bank") and Harbor Mortgage Holdings, Inc. \
            ("Servicer"). The Servicer shall service the loans listed in Schedule A.
            """).map(\.name) == ["GUARANTY BANK, FSB", "Harbor Mortgage Holdings, Inc."])
        // Parties as the definitions define them: a company by its name, the other by what it does.
        #expect(parties("""
            CONDITIONS OF SALE
            1. Interpretation
            1.1 In these Conditions, "Seller" means Harrow & Finch Timber Limited, "Buyer" means the person who buys or agrees to \
            buy Goods from the Seller, "Goods" means the timber the Seller is to supply.
            2. The Seller shall sell and the Buyer shall purchase the Goods.
            """) == [
                Party(name: "Harrow & Finch Timber Limited", role: "Seller"),
                Party(name: "the person who buys or agrees to buy Goods from the Seller", role: "Buyer"),
            ])
        // The letterhead and the first clause's number and heading before the sentence that names the party are no part of it.
        #expect(parties("""
            TERMS OF HIRE

            Apex Plant Hire Ltd

            1. Hire. Apex Plant Hire Ltd (the "Owner") agrees to hire the equipment described in the hire schedule to the hirer \
            named in the hire schedule (the "Hirer") for the hire period stated there.
            """) == [Party(name: "Apex Plant Hire Ltd", role: "Owner"), Party(name: "the hirer named in the hire schedule", role: "Hirer")])
        // A contract between named parties gains no "You": "you" in its text defines nobody.
        #expect(parties("""
            SERVICES AGREEMENT
            This Agreement is made between Acme Inc. (the "Supplier") and Beta LLC (the "Customer"). If you (the Customer's \
            representative) have questions, contact the Supplier.
            """) == [Party(name: "Acme Inc.", role: "Supplier"), Party(name: "Beta LLC", role: "Customer")])
    }

    @Test("parties: two people named together are one party; references, amounts and a party's defined terms are none")
    func partiesNamedTogether() {
        let doc = document("""
            SHARE PURCHASE AGREEMENT
            This agreement is made between Harlow Group plc, a company incorporated in England and Wales (the "Buyer"), \
            Daniel Reyes and Maria Reyes (together, the "Sellers"), the persons set out in Schedule 1 (the "Guarantors") \
            and Finch Analytics Limited (the "Company"). The Buyer shall buy the share capital of the Company (the "Shares") \
            for GBP 18,500,000, of which GBP 1,850,000 (the "Retention") is paid into escrow.
            """)
        #expect(rules.contractFindings(doc).parties == [
            Party(name: "Harlow Group plc", role: "Buyer"), Party(name: "Daniel Reyes and Maria Reyes", role: "Sellers"),
            Party(name: "Finch Analytics Limited", role: "Company"),
        ])
    }

    @Test("parties: the words after a name that say in what capacity or under what former name it signs are no part of it")
    func partyQualifiers() {
        let cases: [(String, [Party])] = [
            ("by and between Kettle Brook Mills, Inc. on the one hand (\"Seller\"), and Ardent Foods LLC on the other hand (\"Buyer\").",
             [Party(name: "Kettle Brook Mills, Inc.", role: "Seller"), Party(name: "Ardent Foods LLC", role: "Buyer")]),
            ("by and between Kettle Brook Mills, Inc. (\"Seller\") and Ardent Foods LLC and its Affiliates (collectively, \"Buyer\").",
             [Party(name: "Kettle Brook Mills, Inc.", role: "Seller"), Party(name: "Ardent Foods LLC", role: "Buyer")]),
            ("among Kettle Brook Mills, Inc. (the \"Borrower\") and First Prairie Bank, N.A., as administrative agent (the \"Agent\").",
             [Party(name: "Kettle Brook Mills, Inc.", role: "Borrower"), Party(name: "First Prairie Bank, N.A.", role: "Agent")]),
            ("by and between Kettle Brook Mills, Inc., formerly known as Kettle Brook Grain Co. (\"Seller\") and Ardent Foods LLC (\"Buyer\").",
             [Party(name: "Kettle Brook Mills, Inc.", role: "Seller"), Party(name: "Ardent Foods LLC", role: "Buyer")]),
            // A capital "As" is a word of the name.
            ("by and between Pay As You Go Ltd (\"Supplier\") and Ardent Foods LLC (\"Buyer\").",
             [Party(name: "Pay As You Go Ltd", role: "Supplier"), Party(name: "Ardent Foods LLC", role: "Buyer")]),
        ]
        expectParties(cases, title: "SUPPLY AGREEMENT\nThis Supply Agreement", closing: "Seller shall deliver the Products.")
    }

    /// Each opening ("by and between ...") after "<title> is made as of May 4, 2026" and before `closing` names these parties.
    func expectParties(_ cases: [(String, [Party])], title: String, closing: String) {
        for (opening, expected) in cases {
            let doc = document(title + " is made as of May 4, 2026 " + opening + " " + closing)
            #expect(rules.contractFindings(doc).parties == expected, "\(opening)")
        }
    }

    @Test("a residential lease form filled in: the tenants listed on the form's line, its dates across line breaks, its rent")
    func filledInLeaseForm() {
        let found = rules.contractFindings(document("""
            RESIDENTIAL LEASE AGREEMENT
            PARTIES. This Residential Lease Agreement (“Agreement”) made this 9th day of
            June , 2026 is between:
            Landlord Name: Agnes Whitlow (“Landlord”)
            Landlord Address: 7 Birch Road, Peoria, Illinois 61602 , AND
            Tenant(s): Tomas Reyes , Ana Ruiz ,
             (“Tenant”).
            LEASE TERM. This Agreement shall begin on the 1st day of July , 2026 and
            end on the 30th day of June , 2027, hereinafter known as the “Lease Term”.
            RENT. The Tenant shall pay monthly installments of $1,275.00 (“Rent”) on the 1st day of each month.
            """))
        #expect(found.parties == [Party(name: "Agnes Whitlow", role: "Landlord"), Party(name: "Tomas Reyes, Ana Ruiz", role: "Tenant")])
        #expect(found.dates.agreementDate == "2026-06-09")
        #expect(found.dates.effectiveDate == "2026-07-01")
        #expect(found.dates.expirationDate == "2027-06-30")
        #expect(found.amounts.map(\.value) == [1_275])
    }

    @Test("parties: a firm named by its founders keeps its commas and its 'and'; a third party's trade name keeps it a company")
    func firmNamesWithCommas() {
        let cases: [(String, [Party])] = [
            ("among Kestrel Labs, Inc., a Delaware corporation (the \"Company\"), Kestrel Acquisition Inc., a Delaware corporation (the \"Purchaser\"), and Marsh, Whitby and Co., a New York corporation (the \"Parent\").",
             [Party(name: "Kestrel Labs, Inc.", role: "Company"), Party(name: "Kestrel Acquisition Inc.", role: "Purchaser"), Party(name: "Marsh, Whitby and Co.", role: "Parent")]),
            ("by and between Ardent Foods LLC (\"Client\") and Okafor, Lindqvist and Brandt, LLP, a New York limited liability partnership (\"OLB\").",
             [Party(name: "Ardent Foods LLC", role: "Client"), Party(name: "Okafor, Lindqvist and Brandt, LLP", role: "OLB")]),
            // The firm's short name is its own first word, not another party's defined term.
            ("by and between Ardent Foods LLC (\"Client\") and Okafor, Lindqvist, Brandt & Moss LLP (\"Okafor\").",
             [Party(name: "Ardent Foods LLC", role: "Client"), Party(name: "Okafor, Lindqvist, Brandt & Moss LLP", role: "Okafor")]),
            ("by and among Kestrel Capital Corp, a Delaware corporation (\"SPAC\"), Kestrel Merger Sub, Inc., a Delaware corporation (\"Merger Sub\"), and Ardent Motors, Inc., d/b/a Ardent EV, an exempted company incorporated in the Cayman Islands (the \"Company\").",
             [Party(name: "Kestrel Capital Corp", role: "SPAC"), Party(name: "Kestrel Merger Sub, Inc.", role: "Merger Sub"), Party(name: "Ardent Motors, Inc., d/b/a Ardent EV", role: "Company")]),
            // An "and" after a place or before a person's two names is a lead, as before.
            ("between Harlow Bank, of Leeds, Yorkshire and Daniel Reyes (the \"Employee\") and Harlow Bank (the \"Employer\").",
             [Party(name: "Daniel Reyes", role: "Employee"), Party(name: "Harlow Bank", role: "Employer")]),
        ]
        expectParties(cases, title: "AGREEMENT\nThis Agreement", closing: "The parties agree as follows.")
    }

    @Test("a contract dated by its last signature below: the term's end in the clauses that follow is no signature's date")
    func lastSignatureBelowAndTermEnd() {
        let found = facts("""
            OFFICIAL SPONSORSHIP AGREEMENT This Sponsorship Agreement (the "Agreement") is made and entered into as of the last \
            date written below (the "Effective Date") by and between Larch Events, LP ("Larch") and Corvid College (the "Sponsor"). \
            NOW, THEREFORE, the Parties agree as follows: TERM. The term of this Agreement is binding as of the Effective Date and \
            shall expire on June 30, 2027, unless terminated earlier in accordance with the terms hereof.
            """)
        #expect(found.dates.agreementDate == nil)
        #expect(found.dates.effectiveDate == nil)
        #expect(found.dates.expirationDate == "2027-06-30")
    }

    @Test("term: 'terminate on the date that is thirty-six (36) months after the Effective Date'; 'continue until the second anniversary thereof'; 'become effective ..., unless sooner terminated pursuant to Sections 3.1 or 10.2, shall remain effective for two (2) years'")
    func termCountedFromNamedDay() {
        let months = facts("""
            This Agreement is effective as of June 1, 2026 (the "Effective Date"). 4. Term. This Agreement will terminate on the date \
            that is thirty-six (36) months after the Effective Date.
            """)
        #expect(months.term.length == "thirty-six (36) months", "\(months.term)")
        #expect(months.dates.expirationDate == "2029-06-01")
        let anniversary = facts("""
            This Agreement is made as of June 1, 2026 (the "Effective Date"). 2. Term. The term of employment hereunder shall commence \
            on the Effective Date and continue until the second anniversary thereof.
            """)
        #expect(anniversary.term.length == "until the second anniversary thereof", "\(anniversary.term)")
        #expect(anniversary.dates.expirationDate == "2028-06-01")
        // "thereof" with no day named before it in its sentence is no term's end.
        let nothingNamed = facts("2. Term. The Services shall continue until the second anniversary thereof.")
        #expect(nothingNamed.dates.expirationDate == nil)
        // The start, then sections' numbers and headings in brackets before the length.
        let sections = facts("""
            This Services Agreement is entered into as of May 22, 2026 (the "Effective Date") between Alpha Inc. ("Alpha") and Beta \
            LLC ("Beta"). 10.1 Initial Term. This Agreement will become effective as of the Effective Date and, unless sooner terminated \
            pursuant to Sections 3.1 [Advertising and Promotion] or 10.2 [Termination for Breach], shall remain effective for two (2) \
            years from and after the Effective Date (the "Initial Term").
            """)
        #expect(sections.term.length == "two (2) years", "\(sections.term)")
        #expect(sections.dates.expirationDate == "2028-05-22")
    }

    @Test("a date in the opening that only bounds a period ('equity financing since September 1, 2025') is no agreement date")
    func periodBoundInOpening() {
        let found = facts("""
            AMENDED AND RESTATED RESELLER AGREEMENT 1. Agreement. This Agreement is made as of the Effective Date by and between Tallis, \
            Inc. with an office at 12 Post Road, Westport, CT 06880 ("Vendor") and Ardent Media, Inc. with an office at 9 East Avenue, \
            Norwalk, CT 06855 ("Reseller"). The Effective Date shall mean the later of the dates on which (a) this Agreement has been \
            executed by both parties or (b) Reseller has proof that Vendor has received equity financing since September 1, 2025.
            """)
        #expect(found.dates.agreementDate == nil)
        #expect(found.parties.contains(Party(name: "Tallis, Inc.", role: "Vendor")), "\(found.parties)")
        #expect(found.parties.contains(Party(name: "Ardent Media, Inc.", role: "Reseller")), "\(found.parties)")
    }

    @Test("parties: a national bank's 'N.A.' is a company form (a third party must have one); 'Corporation having its office', a name with a long address before its role; '(operating with the service name ...)'")
    func bankFormAndLongAddress() {
        let sponsorship = parties(of: """
            SPONSORSHIP AGREEMENT
            This Sponsorship Agreement (this "Agreement") dated as of March 2, 2026 is by and between Paywell, Inc. ("ISO"), Northbridge \
            Merchant Services Corporation ("Processor"), and Lakeshore Bank, N.A. ("Bank").
            1. Sponsorship. Bank shall sponsor ISO in the card networks.
            """)
        #expect(sponsorship.map(\.name) == ["Paywell, Inc.", "Northbridge Merchant Services Corporation", "Lakeshore Bank, N.A."])
        let endorsement = parties(of: """
            ENDORSEMENT AGREEMENT
            This Endorsement Agreement is made this first day of January, 2026, by and between Saltmarsh Putter Corporation having its \
            principal office at 207 Watersedge Lane, Hilton Head Island, South Carolina 29928 (hereinafter referred to as "SPC"), and \
            Harbourlight Artists  Inc.,  Sommerville House,  Phillips Street,  St. Helier,  Jersey JE1 1DE,  Channel Islands,  British \
            Isles (hereinafter referred to as "Harbourlight").
            WITNESSETH:
            WHEREAS, Lewis Crane (hereinafter referred to as "Crane") is a professional golfer.
            """)
        #expect(endorsement == [Party(name: "Saltmarsh Putter Corporation", role: "SPC"), Party(name: "Harbourlight Artists Inc.", role: "Harbourlight")])
        // A name with the name it trades under in brackets, "with" inside them.
        let agency = parties(of: """
            SERVICE AGREEMENT
            THIS SERVICE AGREEMENT (this "Agreement") between Kestrel Credit Income Fund, a Delaware statutory trust ("Client") and \
            Meridian Investor Services LLC (operating with the service name Meridian Shareowner Services), a New Jersey limited \
            liability company ("Agent"), is dated as of January 26, 2026.
            1. Appointment. Client appoints Agent as its transfer agent.
            """)
        #expect(agency == [Party(name: "Kestrel Credit Income Fund", role: "Client"), Party(name: "Meridian Investor Services LLC", role: "Agent")])
    }

    @Test("parties listed without numbers under 'BETWEEN', an 'AND' line between them, with or without a role ('hereinafter called \"MLX\", or \"Party\"'); prose under 'PARTIES' is no list")
    func unnumberedPartyBlocks() {
        let venture = parties(of: """
            JOINT VENTURE AGREEMENT

            BETWEEN

            ALTAIR THERAPEUTICS Inc., a Delaware Company, Fannin South Professional Building, 7707 Fannin St., Suite 140, Houston TX \
            77054 USA, in person of its Chief Executive Officer Dr. Laura Chen

            AND

            BIOFARMA MOLISE S.R.L. an Italian Company seated in Campobasso, Via del Castello n. 3, VAT number 01655870705, in person \
            of its Legal Representative Avv. Giovanni Rossi;

            each a Party and, together, the Parties.

            WHEREAS A. Altair is a company active in immunotherapy.
            """)
        #expect(venture == [Party(name: "ALTAIR THERAPEUTICS Inc.", role: nil), Party(name: "BIOFARMA MOLISE S.R.L.", role: nil)])
        let distribution = parties(of: """
            DISTRIBUTION AGREEMENT
            BETWEEN:
            NORDIC KITCHENWARE AB, a company incorporated in Sweden with registration number 556677-8899, whose registered office is
            at Storgatan 5, 111 22 Stockholm, Sweden
            - and -
            HARBOUR TRADING LIMITED (company number 04417730) whose registered office is at 1 Dock Road, Bristol BS1 4DJ
            (hereinafter called "Harbour", or "Distributor")
            1. Appointment. The supplier appoints the distributor.
            """)
        #expect(distribution == [Party(name: "NORDIC KITCHENWARE AB", role: nil), Party(name: "HARBOUR TRADING LIMITED", role: "Harbour")])
        let prose = parties(of: """
            CONSULTING AGREEMENT
            PARTIES
            This agreement is between the consultant and the company named in the schedule.
            AND
            The schedule forms part of it.
            1. Services. The consultant shall provide the services.
            """)
        #expect(prose.isEmpty, "\(prose)")
    }

    @Test("a printed form's revision date ('(Revised 8-20-99)', 'Rev. 09.04.09', 'Rev 11/08/01 as revised 11/28/01') dates no contract made on it")
    func formRevisionDate() {
        for revised in ["(Revised 8-20-99)", "Rev. 09.04.09", "Model Rev 11/08/01 as revised 11/28/01"] {
            let found = facts("""
                MARLOW FREIGHT LINES, INC. CARRIER/SHIPPER TRANSPORTATION CONTRACT \(revised) THIS CONTRACT, made this day of \
                by and between (Shipper) and Marlow Freight Lines, Inc. (Carrier) for the transportation of specified goods. Shipper shall \
                pay Carrier at the rates set forth in Appendix A.
                """)
            #expect(found.dates.agreementDate == nil, "\(revised)")
        }
    }

    @Test("parties: a company's address right after its name, a person 'residing at'; a form's labelled lines")
    func partiesWithAddressOrLabels() {
        // No comma between a company's form and its description.
        let noComma = rules.contractFindings(document("""
            CO-BRANDING AGREEMENT
            This Co-Branding Agreement, dated as of May 2, 2026, is made by and between Quillfeather Labs, Inc. a California corporation having
            its principal place of business at 40 Pier Road, Oakland, CA 94607
            ("Quillfeather"), and, Heron Air Lines, Inc., a Delaware corporation ("Sponsor").
            """)).parties
        #expect(noComma == [Party(name: "Quillfeather Labs, Inc.", role: "Quillfeather"), Party(name: "Heron Air Lines, Inc.", role: "Sponsor")])
        // A first party's description running on into the second's name: the role is the second's; a list named
        // together in a recital is no party at all; a blank form's own name is none.
        let runOn = rules.contractFindings(document("""
            AGREEMENT OF SUBLEASE, made as of the _______ day of June, 2026, between QUARRY LANE MEDIA, INC. ("Sublandlord"), a \
            State of Oregon Corporation, having an office at 12 Pine Street, Portland, Oregon and HALVERSON TRUST CO. ("Subtenant"), a \
            Delaware corporation, having an office at 90 Main Street, Boston, Massachusetts 02110.
            """)).parties
        #expect(runOn == [Party(name: "QUARRY LANE MEDIA, INC.", role: "Sublandlord"), Party(name: "HALVERSON TRUST CO.", role: "Subtenant")])
        let recitalList = rules.contractFindings(document("""
            GUARANTY
            THIS GUARANTY is made as of May 4, 2026 by BRISK CAPITAL PARTNERS, L.P. (the "Investor"), in favor of FIRST HARBOR BANK (the "Agent").
            RECITALS:
            A. The Agent and ALDER CORPORATION, a Delaware corporation, ALDER-OHIO, INC., a Delaware corporation, and ALDER-IOWA, INC., \
            a Delaware corporation (collectively, the "Borrowers") entered into a certain Loan Agreement.
            """)).parties
        #expect(!recitalList.contains { $0.name.hasPrefix("ALDER") }, "\(recitalList)")
        let form = rules.contractFindings(document("""
            EXHIBIT F-2 [FORM OF] SUBLEASE SUBLEASE (this "Sublease"), made as of the _____ day of _____, 2026, between _____, a _____ \
            (hereinafter called "Sublessor"), and _____, a _____ corporation (hereinafter called "Sublessee").
            """)).parties
        #expect(!form.contains { $0.role == "Sublease" }, "\(form)")
        // A converted PDF's space inside the quotes.
        let spaced = rules.contractFindings(document("""
            THIS CONSULTING AGREEMENT (the “ Agreement” ) by and between Marlin Bio LLC (“ Client ”) and Dana Reyes, an individual \
            (“ Consultant ”) is effective as of May 1, 2026 (the “ Effective Date ”).
            """)).parties
        #expect(spaced == [Party(name: "Marlin Bio LLC", role: "Client"), Party(name: "Dana Reyes", role: "Consultant")])
        // A blank form's "a(n) Limited Liability Company" is no party's name.
        let blank = rules.contractFindings(document("""
            MOTOR CARRIER/SHIPPER AGREEMENT THIS MOTOR CARRIER/SHIPPER AGREEMENT (this "Agreement"), is made and entered into as of the \
            day of , 20 , by and between , a(n) corporation, ("Shipper"), and Kettle Transport Company a(n) Limited Liability Company \
            ("Carrier").
            """)).parties
        #expect(!blank.contains { $0.name == "Limited Liability Company" }, "\(blank)")
        let employment = rules.contractFindings(document("""
            EMPLOYMENT AGREEMENT
            This Employment Agreement is made on 3 June 2024 between Fabrikam GmbH, Hauptstrasse 1, 10115 Berlin (the "Employer") and Ms Jane Doe, residing at 12 Elm Street, London (the "Employee").
            """)).parties
        #expect(employment == [Party(name: "Fabrikam GmbH", role: "Employer"), Party(name: "Ms Jane Doe", role: "Employee")])
        let lease = rules.contractFindings(document("""
            RESIDENTIAL LEASE AGREEMENT
            Landlord: John Smith
            Tenant: Mary Jones and Peter Jones
            Premises: 42 Oak Avenue, Springfield
            1. Rent. The Tenant shall pay rent of $1,500 per month.
            """)).parties
        #expect(lease == [Party(name: "John Smith", role: "Landlord"), Party(name: "Mary Jones and Peter Jones", role: "Tenant")])
        // A written statement's "Name of employer:", a tenancy's "Tenant's name:", "Landlord's name and address:".
        let statement = parties(of: """
            WRITTEN STATEMENT OF EMPLOYMENT PARTICULARS
            Name of Employer:\tHarbour Dental Care Ltd
            Name of Employee:\tMs Aisha Rahman
            1. Your employment begins on 1 June 2026.
            """)
        #expect(statement == [Party(name: "Harbour Dental Care Ltd", role: "Employer"), Party(name: "Ms Aisha Rahman", role: "Employee")])
        let tenancy = parties(of: """
            TENANCY AGREEMENT
            Landlord's name and address:\tPeter Okonkwo, 12 Elm Road, Leeds LS6 2AB
            Tenant's name:\tLaura Bianchi
            1. The Tenant shall pay rent of £950 per month.
            """)
        #expect(tenancy == [Party(name: "Peter Okonkwo", role: "Landlord"), Party(name: "Laura Bianchi", role: "Tenant")])
        // Labels in capitals, and a name on the line under its label.
        let capitals = rules.contractFindings(document("""
            RESIDENTIAL LEASE AGREEMENT
            LANDLORD: John A. Smith
            TENANT:
            Name: Maria Lopez
            1. RENT. Tenant shall pay rent of $1,850 per month.
            """)).parties
        #expect(capitals == [Party(name: "John A. Smith", role: "Landlord"), Party(name: "Maria Lopez", role: "Tenant")])
        // A basic terms list numbers its labels.
        let basicTerms = rules.contractFindings(document("""
            WAREHOUSE LEASE
            This Lease is made as of May 4, 2026 by and between the Landlord and Tenant named below.
            1.2     LANDLORD: Fenwick Yards Limited Partnership, an Ohio limited partnership.
            1.3     TENANT: Corbel Supply Company, a Delaware corporation.
            2. Tenant shall pay base rent of $18,000 per month.
            """)).parties
        #expect(basicTerms == [Party(name: "Fenwick Yards Limited Partnership", role: "Landlord"), Party(name: "Corbel Supply Company", role: "Tenant")])
        // A cover page names each party above its role, or beside it.
        let cover = rules.contractFindings(document("""
            LEASE AGREEMENT
            by and between
            HARBORVIEW PROPERTIES III, LLC,
            a Delaware limited liability company
            as LANDLORD
            and
            PELICAN ROBOTICS, INC.,
            a Minnesota corporation,
            as TENANT
            Dated as of: June 2, 2026
            1. Demise. Landlord leases the Premises to Tenant for a term of ten years.
            """)).parties
        #expect(cover == [Party(name: "HARBORVIEW PROPERTIES III, LLC", role: "Landlord"), Party(name: "PELICAN ROBOTICS, INC.", role: "Tenant")])
        let sameLine = rules.contractFindings(document("""
            AGREEMENT OF SUBLEASE
            BETWEEN
            ORCHARD THERAPEUTICS, INC., AS SUBLANDLORD,
            AND
            BRIGHTLINE BIO, LLC, AS SUBTENANT
            1. Sublandlord subleases the Sublease Premises to Subtenant.
            """)).parties
        #expect(sameLine == [Party(name: "ORCHARD THERAPEUTICS, INC.", role: "Sublandlord"), Party(name: "BRIGHTLINE BIO, LLC", role: "Subtenant")])
        // The role alone on the line under its party, with no "as".
        let bare = rules.contractFindings(document("""
            EXHIBIT 10.11
            Harbor Point Center
            Lease Agreement
            Quayside Holdings, Inc.
            Landlord
            Marrow Instruments Corporation
            Tenant
            1. Leased Premises. Landlord leases to Tenant Suite 200 of the Building.
            """)).parties
        #expect(bare == [Party(name: "Quayside Holdings, Inc.", role: "Landlord"), Party(name: "Marrow Instruments Corporation", role: "Tenant")])
        // A summary's "N/A" names no guarantor.
        let summary = rules.contractFindings(document("""
            LEASE AGREEMENT
            LEASE SUMMARY
            1.     Landlord:                      Granite Row Development, LLC
            2.     Tenant:                        Velo Parts Manufacturing LLC
            3.     Guarantor:                     N/A
            4.     Premises:                      The building at 14 Granite Row
            """)).parties
        #expect(summary == [Party(name: "Granite Row Development, LLC", role: "Landlord"), Party(name: "Velo Parts Manufacturing LLC", role: "Tenant")])
    }

    @Test("parties: a role followed by 'and together with X, the \"Group\"' keeps its own term; a filing's underlining is no word of a name or role")
    func partiesGroupedAndUnderlined() {
        let merger = rules.contractFindings(document("""
            PLAN OF MERGER
            THIS PLAN OF MERGER dated as of April 2, 2026 is between Bramwell Foods Corporation, a Delaware corporation ("Bramwell"), and Oakley Holdings Corporation, a Delaware corporation ("Oakley", and together with Bramwell, the "Constituent Corporations").
            """)).parties
        #expect(merger == [Party(name: "Bramwell Foods Corporation", role: "Bramwell"), Party(name: "Oakley Holdings Corporation", role: "Oakley")])
        let underlined = rules.contractFindings(document("""
            SHIPPING SERVICES AGREEMENT
            This Agreement is made as of March 9, 2026 between Harbor Parcel, Inc., a Delaware corporation (the "Company"), and Tern Post
            -------
            Services, Inc., a California corporation ("Tern Post
            ----------
            Services").
            """)).parties
        #expect(underlined == [Party(name: "Harbor Parcel, Inc.", role: "Company"), Party(name: "Tern Post Services, Inc.", role: "Tern Post Services")])
    }

    @Test("parties: a recital's landlord under a 'RECITALS' heading or 'the following facts', a statute, a part of the building, a franchise's system and a party's other name are no parties")
    func partiesNotInRecitals() {
        let sublease = rules.contractFindings(document("""
            SUBLEASE AGREEMENT
            THIS SUBLEASE AGREEMENT (this "Sublease") is dated as of March 2, 2026, by and between KESTREL & VANE LLP, a New York limited liability partnership ("Sublandlord") and MARLOWE DATA INC., a Delaware corporation ("Subtenant").
            RECITALS
                      A. No. 5 Hudson Yards Owner LLC ("Landlord") and Sublandlord, as tenant, entered into a Lease dated May 1, 2015.
            1. Sublandlord subleases to Subtenant the entire 12th floor.
            """)).parties
        #expect(sublease == [Party(name: "KESTREL & VANE LLP", role: "Sublandlord"), Party(name: "MARLOWE DATA INC.", role: "Subtenant")])
        let facts = rules.contractFindings(document("""
            SUBLEASE AGREEMENT
            THIS SUBLEASE AGREEMENT is entered into as of July 1, 2026, by and between PIER SEVEN STUDIOS LTD, a New York corporation ("SUBLANDLORD"), and ARGENT LABS CORPORATION, a Delaware corporation ("SUBTENANT"), with reference to the following facts:
            A. Tidewater Investment, L.P. ("MASTER LANDLORD"), as landlord, and Nordlicht Media, Inc. ("NORDLICHT"), as tenant, entered into a Lease dated as of May 3, 2011.
            1. Sublandlord subleases to Subtenant the Sublease Premises.
            """)).parties
        #expect(facts.map(\.name) == ["PIER SEVEN STUDIOS LTD", "ARGENT LABS CORPORATION"])
        let merger = rules.contractFindings(document("""
            PLAN OF MERGER
            THIS PLAN OF MERGER dated as of April 2, 2026 is between Bramwell Foods Corporation, a Delaware corporation ("Bramwell"), and Oakley Holdings Corporation, a Delaware corporation ("Oakley"). Oakley shall be merged into Bramwell in accordance with the General Corporation Law of the State of Delaware (the "DGCL").
            """)).parties
        #expect(merger.map(\.name) == ["Bramwell Foods Corporation", "Oakley Holdings Corporation"])
        let legend = rules.contractFindings(document("""
            OPERATING AGREEMENT OF CEDAR MESA HOLDINGS LLC
            THE MEMBERSHIP INTERESTS HAVE NOT BEEN REGISTERED WITH THE SECURITIES AND EXCHANGE COMMISSION UNDER THE SECURITIES ACT OF 1933, AS AMENDED (THE "SECURITIES ACT").
            This OPERATING AGREEMENT (this "Agreement") of Cedar Mesa Holdings, LLC, a New Mexico limited liability company (the "Company"), dated as of June 5, 2026, is entered into among the Company and Juniper Ridge Capital, LLC, a Wyoming limited liability company (the "Manager").
            """)).parties
        #expect(legend.map(\.name) == ["Cedar Mesa Holdings, LLC", "Juniper Ridge Capital, LLC"])
        let floor = rules.contractFindings(document("""
            SUBLEASE AGREEMENT
            THIS SUBLEASE AGREEMENT, dated as of May 8, 2026, is made by and between LANTERN HOTELS, INC., a Delaware corporation (the "Sublandlord"), and QUARRY GENOMICS, INC. (d/b/a QGX), a Delaware corporation (the "Subtenant").
            WHEREAS, Sublandlord desires to sublease to Subtenant the entire sixth floor of the North Tower of the Building (the "North Tower").
            """)).parties
        #expect(floor == [Party(name: "LANTERN HOTELS, INC.", role: "Sublandlord"), Party(name: "QUARRY GENOMICS, INC.", role: "Subtenant")])
        // A franchise's system is no party: "a unique System ("System")" in a form whose franchisee is left blank.
        let franchise = rules.contractFindings(document("""
            TACO ROJO FRANCHISE AGREEMENT
            This Franchise Agreement (this "Agreement"), is made this__day of_______________, 20_by and between TACO ROJO FRANCHISING CORP., an Illinois corporation, having its principal place of business at 12 Elm Court, Suite B, Peoria, Illinois 61602 ("Franchisor"), and_____________________________________("Franchisee").
            WITNESSETH:
            WHEREAS, Franchisor and its Affiliate ("Affiliate"), over a period of time, have developed and own a unique System ("System"), identified by the Mark "TACO ROJO", relating to the operation of restaurants.
            """)).parties
        #expect(franchise == [Party(name: "TACO ROJO FRANCHISING CORP.", role: "Franchisor")])
    }

    @Test("parties: sellers defined each and together take the collective role; a name holding a bracketed word ('(UK)', '(PTY)'); a company form alone is no party")
    func partiesCollectiveAndBracketed() {
        let deal = rules.contractFindings(document("""
            STOCK PURCHASE AGREEMENT
            This Stock Purchase Agreement is made as of April 4, 2025, by and among Cedar Capital LLC, a Delaware limited liability \
            company ("Buyer"), Robert Chen and Susan Chen (each a "Seller" and together the "Sellers"), and Chen Tools, Inc., an Ohio \
            corporation (the "Company").
            """)).parties
        #expect(deal == [
            Party(name: "Cedar Capital LLC", role: "Buyer"), Party(name: "Robert Chen and Susan Chen", role: "Sellers"),
            Party(name: "Chen Tools, Inc.", role: "Company"),
        ])
        let bracketed = rules.contractFindings(document("""
            LICENCE AND MAINTENANCE AGREEMENT
            This Agreement is made by and between Dialog Semiconductor (UK) Ltd., a corporation organized under the laws of England \
            and Wales ("DIALOG"), and SYSTEMS APPLICATIONS PRODUCTS (AFRICA) (PTY) LIMITED ("SAP AFRICA"). The Licensee may hold \
            accounts in each Fund (individually an "Account" and collectively the "Accounts").
            """)).parties
        #expect(bracketed == [
            Party(name: "Dialog Semiconductor (UK) Ltd.", role: "DIALOG"), Party(name: "SYSTEMS APPLICATIONS PRODUCTS (AFRICA) (PTY) LIMITED", role: "SAP AFRICA"),
        ])
        // An English list: "a company incorporated ..." after the name without a comma; an address left blank after "of".
        let service = rules.contractFindings(document("""
            SERVICE AGREEMENT
            THIS AGREEMENT is made on 26 September 2019
            BETWEEN:
            (1) BICYCLE LABS LIMITED a company incorporated under the laws of England and Wales whose registered office is at 9 Campus Road, Cambridge (the "Company"); and
            (2) NIGEL CARTER of (the "Employee").
            """)).parties
        #expect(service == [Party(name: "BICYCLE LABS LIMITED", role: "Company"), Party(name: "NIGEL CARTER", role: "Employee")])
        // The list run into one paragraph after "PARTIES"; a company's address after its form, with no comma-free name before it.
        let inline = rules.contractFindings(document("""
            SERVICE AGREEMENT
            PARTIES (1) Theravance Labs UK Limited is a company registered in the United Kingdom whose registered office is at 12 New Fetter Lane, London (the "Employer"); and (2) Brett Hall of [address removed] (the "Executive").
            """)).parties
        #expect(inline == [Party(name: "Theravance Labs UK Limited", role: "Employer"), Party(name: "Brett Hall", role: "Executive")])
        let sponsor = rules.contractFindings(document("""
            CORPORATE SPONSORSHIP AGREEMENT
            This agreement is entered into as of May 18, 2010 by and between Phoenix Performance, LLC, 481 Schuylkill Road, Phoenixville, PA 19460 ("Vendor") and Torvec Inc., a New York corporation ("Torvec").
            """)).parties
        #expect(sponsor == [Party(name: "Phoenix Performance, LLC", role: "Vendor"), Party(name: "Torvec Inc.", role: "Torvec")])
    }

    @Test("parties: an English list's people named together are one party, in the list's order, with the role written \"the Landlord\" inside its quotes; a company 'on behalf of' which a letter is written")
    func jointAndOnBehalf() {
        let tenancy = rules.contractFindings(document("""
            ASSURED SHORTHOLD TENANCY AGREEMENT
            This Agreement is made on 28 August 2025
            BETWEEN
            (1) Margaret Ellen Howe of 14 Rectory Lane, Harrogate HG1 2AB ("the Landlord"); and
            (2) Samuel Okoye and Grace Okoye ("the Tenant")
            1. The Landlord lets to the Tenant the Property for a term of twelve months. The Tenant shall pay rent of £1,150 per calendar month.
            """)).parties
        #expect(tenancy == [Party(name: "Margaret Ellen Howe", role: "Landlord"), Party(name: "Samuel Okoye and Grace Okoye", role: "Tenant")])
        let offer = rules.contractFindings(document("""
            Dear Mr. Park:
            On behalf of Northwind Labs, Inc. (the "Company"), I am pleased to offer you the position of Staff Product Designer. Your annual base salary will be $184,000. Your employment is at will. This offer is governed by the laws of the State of California. Please sign and return this letter.
            """)).parties
        #expect(offer.first == Party(name: "Northwind Labs, Inc.", role: "Company"))
    }

    @Test("parties: labelled by letter as contracts drafted in China are, with the role in brackets when given; before a defined term that is no party")
    func letteredParties() {
        let transport = rules.contractFindings(document("""
            Road Transportation Agreement   Party A (Shipper): Acme Express Co., Ltd. Address: Building 1, Qingpu District, Shanghai   Party B (Carrier): Tonglu Logistics Ltd. Address: 12 Floor, Tonglu County   Party A pays freight based on EX-warehouse ("EXW") weight.
            """)).parties
        #expect(transport == [Party(name: "Acme Express Co., Ltd.", role: "Shipper"), Party(name: "Tonglu Logistics Ltd.", role: "Carrier")])
        let cooperation = rules.contractFindings(document("""
            Exclusive Business Cooperation Agreement
            Party A: Beijing Huaxia Information Technology Co., Ltd.
            Address: Room 1201, Tower B, Chaoyang District, Beijing
            Party B: Shanghai Xinyuan (Group) Co., Ltd. (hereinafter "Party B")
            Party C: Zhang Wei
            ID Card No.: 110101198001010011
            """)).parties
        #expect(cooperation == [
            Party(name: "Beijing Huaxia Information Technology Co., Ltd.", role: "Party A"), Party(name: "Shanghai Xinyuan (Group) Co., Ltd.", role: "Party B"),
            Party(name: "Zhang Wei", role: "Party C"),
        ])
        // A key-details table's row whose cell a PDF wrapped after the register number's label.
        let details = rules.contractFindings(document("""
            MUTUAL NON-DISCLOSURE AGREEMENT
            Party A\tLarch Analytics Inc., a Delaware corporation, 12 Pine Street, Boston, MA 02110
            Party B\tSkagen Data AS, org. no.
            987 654 321, Storgata 1, 0155 Oslo, Norway
            """)).parties
        #expect(details == [Party(name: "Larch Analytics Inc.", role: "Party A"), Party(name: "Skagen Data AS", role: "Party B")])
    }

    @Test("parties: a form's row of labelled values, each label with its value in its own cell or the next")
    func formRowParties() {
        // Labels over their boxes, as a PDF form's values are placed: label, value, label, value.
        let above = rules.contractFindings(document("""
            RESIDENTIAL LEASE AGREEMENT
            Landlord (full legal name)\tWalter Nakamura\tTenant (full legal name)\tPriya Desai
            Monthly rent\t$1,850.00
            """)).parties
        #expect(above == [Party(name: "Walter Nakamura", role: "Landlord"), Party(name: "Priya Desai", role: "Tenant")])
        // Labels with their values in one cell each.
        let inline = rules.contractFindings(document("""
            SERVICES AGREEMENT
            Client: Harbour Dental Group LLC\tContractor: Mira Okafor
            """)).parties
        #expect(inline == [Party(name: "Harbour Dental Group LLC", role: "Client"), Party(name: "Mira Okafor", role: "Contractor")])
        // A cap table's "Company | Shares" header is no party.
        let capTable = rules.contractFindings(document("SHARE PURCHASE AGREEMENT\nCompany\tShares\tInvestor\tPrice")).parties
        #expect(!capTable.contains { $0.role == "Company" && $0.name == "Shares" })
    }

    @Test("parties: a preamble in capitals gives the names without their descriptions, and its defined terms are no parties")
    func partiesInCapitals() {
        let parties = rules.contractFindings(document("""
            DISTRIBUTION AGREEMENT
            THIS DISTRIBUTION AGREEMENT (THE "AGREEMENT") IS MADE AS OF MARCH 3, 2015 BY AND BETWEEN ACME WIDGETS, INC., A DELAWARE CORPORATION ("SUPPLIER"), AND BETA TRADING LLC, A TEXAS LIMITED LIABILITY COMPANY ("DISTRIBUTOR").
            """)).parties
        #expect(parties.map(\.name) == ["ACME WIDGETS, INC.", "BETA TRADING LLC"])
        #expect(parties.map(\.role) == ["SUPPLIER", "DISTRIBUTOR"])
        // A company whose name ends in "Incorporated" keeps it; "A Mutual Company" in title case is part of a name.
        let suffix = rules.contractFindings(document("SUPPLY AGREEMENT\nThis Agreement is made between Cargill, Incorporated (\"Cargill\") and Beta LLC (\"Beta\")."))
        #expect(suffix.parties.first?.name == "Cargill, Incorporated")
    }

    @Test("parties: names and roles across line breaks; defined terms and sentences in parentheses are not parties")
    func parties() {
        let doc = document("""
            MASTER SERVICES AGREEMENT
            This Master Services Agreement (the "Agreement") is made between Atlas Cloud
            Operations Inc., a California corporation (the "Service
            Provider"), and Pinecrest Health Partners LLC (the "Customer"). Each party may act as a disclosing party (the
            "Disclosing Party"). The term of this Agreement commences on May 1, 2025 (the "Commencement Date").
            """)
        let parties = rules.contractFindings(doc).parties
        #expect(parties == [
            Party(name: "Atlas Cloud Operations Inc.", role: "Service Provider"), Party(name: "Pinecrest Health Partners LLC", role: "Customer"),
        ])
    }

    @Test("agreement date: a numeric date is read in the order the document states or its other dates show, else day first under a law of a country that writes dates so, month first under US law")
    func dayFirstDates() {
        let newYork = "This Agreement is governed by the laws of the State of New York."
        let english = "This Agreement is governed by the laws of England and Wales."
        let cases: [(text: String, iso: String)] = [
            ("Made on: 01/03/2024.\n" + english, "2024-03-01"),
            ("Made on: 01/03/2024.\n" + newYork, "2024-01-03"),
            ("Made on: 25/03/2024.\n" + newYork, "2024-03-25"),
            // The document's own order rules over its law's: as it states it, or as another of its dates shows it.
            ("Made on: 02/01/2019 (dd/mm/yyyy).\n" + newYork, "2019-01-02"),
            ("Made on: 02/01/2019.\nThe first delivery is due on 28/02/2019.\n" + newYork, "2019-01-02"),
            ("Made on: 02/01/2019.\nThe first delivery is due on 02/28/2019.\n" + english, "2019-02-01"),
            // Dates that show both orders tell nothing: the law's custom stays.
            ("Made on: 02/01/2019.\nDeliveries on 28/02/2019 and 03/30/2019.\n" + english, "2019-01-02"),
        ]
        for (text, iso) in cases { #expect(facts(text).dates.agreementDate == iso, "\(text)") }
    }

    @Test(
        "agreement date: the preamble's date, else the effective date, else the date of signature; never a filing stamp",
        arguments: [
            ("This Agreement is made and entered into on the 20t h day of November, 2018 at Mumbai.", "2018-11-20"),
            ("Source: ACME CORP, 10-K, 3/21/2019\nThis Agreement is effective as of October 1, 1999.", "1999-10-01"),
            ("The parties agree as follows. Fees are due monthly.\n\nSigned for Acme Inc.\nDate: December 22, 2014", "2014-12-22"),
            ("This Agreement is entered into as of 12-23-2019 (the \"Effective Date\").", "2019-12-23"),
            // Signed on two days: the agreement dates from the later signature.
            ("The parties agree as follows. Fees are due monthly.\n\nIN WITNESS WHEREOF, the parties have signed below.\nDate: 4/26/2017   Date: 4/28/2017\n", "2017-04-28"),
            ("This Agreement is effective as of the latest date set forth below.\nThe parties agree as follows.\n\nOWNER\nDate: December 9, 2009\nOPERATOR\nDate: December 11, 2009\n", "2009-12-11"),
            // A recital's date, or the date of the agreement an amendment amends, is not this one's.
            ("THIS AMENDMENT is made by Acme Corp. and Beta LLC.\nWHEREAS, Acme and Beta previously entered into the Distribution Agreement dated January 22, 2007;\nNOW, THEREFORE, the parties agree as follows.\n1. The Term of the Agreement is hereby extended to January 20, 2012.\n\nAcme Corp.  DATE: 8/4/10\nBeta LLC  DATE: 7-29-10\n", "2010-08-04"),
            ("This First Amendment to the Development Agreement entered into on April 15, 2010, by and between Acme and Beta, amends it as follows.\n\nSigned by the parties.\nDate: July 18, 2011\n", "2011-07-18"),
            ("AMENDMENT\nAcme Inc. and Beta LLC entered into a Development Agreement having an Effective Date of April 15, 2010, which this Amendment changes as follows.\n\nSigned by the parties.\nDate: July 18, 2011\n", "2011-07-18"),
            ("This Amended and Restated Services Agreement, originally dated June 1, 2015 and amended and restated as of March 15, 2019, is between Acme Corp. and Beta LLC.", "2019-03-15"),
            // A filing stamp run into the signature line keeps the signature dates after it.
            ("The parties agree as follows.\nIN WITNESS WHEREOF the parties have signed this Agreement in two copies.\nACME AG    BETA AG Source: ACME CORP, SB-2/A, 9/18/2006      03/24/06        03/24/06\n__________\n", "2006-03-24"),
            // A form whose labels come after the values ("Place Date").
            ("The parties agree as follows.\n\nJohn Cecil    Signature\nChairman & CEO    Title\nMarkham, ON 24 OCT 2011     Place Date\n", "2011-10-24"),
            // Dates written out in other ways.
            ("This Agreement is made on this 5th day of March, A.D. 2019, between the parties.", "2019-03-05"),
            ("This Agreement is made on this 5 th day of March , 2019 between the parties.", "2019-03-05"),
            ("This Agreement is entered into as of March 5 th , 2019 between the parties.", "2019-03-05"),
            ("THIS AGREEMENT dated the 5th of March 2019 is made between the parties.", "2019-03-05"),
            ("This Agreement is signed on 5 March 2019 by and between the parties.\nIN WITNESS WHEREOF the parties have signed.\nDate: March 7, 2019", "2019-03-05"),
            ("This Agreement is entered into this 5th day of March, two thousand nineteen, between the parties.", "2019-03-05"),
            ("This Agreement is made on 1 June Two Thousand and Twenty-One between the parties.", "2021-06-01"),
            ("This Agreement is made as of the Fifteenth day of March, Two Thousand Nineteen, between the parties.", "2019-03-15"),
            ("THIS LEASE is made this twenty-first day of June, Nineteen Hundred and Ninety-Eight, between the parties.", "1998-06-21"),
            ("This Agreement is made on the twenty-first day of March, 2019 between the parties.", "2019-03-21"),
            ("This Agreement is made on the fifth day of March, in the year 2019 between the parties.", "2019-03-05"),
            ("This Agreement is made as of the last day of June, 2025 between the parties.", "2025-06-30"),
            ("This Agreement is made as of the last day of February 2028 between the parties.", "2028-02-29"),
            ("This Lease is made this 5th day of March, in the year of Our Lord two thousand nineteen, between the parties.", "2019-03-05"),
            ("This Lease is made this 5th day of March, in the year of our Lord 2019, between the parties.", "2019-03-05"),
            ("This Agreement is made as of the 15th day of the month of March, 2019 between the parties.", "2019-03-15"),
            ("This Agreement is made on the fifteenth day of the month of March, 2019 between the parties.", "2019-03-15"),
            ("This Agreement is made on the 15th day of March of 2019 between the parties.", "2019-03-15"),
            ("This Agreement has been entered into as of March, 15 2019 between the parties.", "2019-03-15"),
            ("This Agreement is made on 05.03.2019 between the parties.", "2019-03-05"),
            ("This Agreement is made as of 5-Mar-2019 between the parties.", "2019-03-05"),
            ("This Agreement is made as of 15-Jan-20 between the parties.", "2020-01-15"),
            ("This Agreement is entered into on this fifteenth (15th) day of January, two thousand and twenty, between the parties.", "2020-01-15"),
            // A date typed onto a form's blank line, the underline running into its digits.
            ("This Agreement is made this ____7/14/98_____________ (the \"Effective Date\") between the parties.", "1998-07-14"),
            ("THIS DEED OF OFFICE LEASE is made as of the __17__ day of June, 2025 (the \"Effective Date\") between the parties.\nCommencement Date: March 1, 2026", "2025-06-17"),
            ("This Agreement is made on 2019/03/05 between the parties.", "2019-03-05"),
            ("This AGREEMENT is made the 20 March day of 1998\nBETWEEN the parties.", "1998-03-20"),
            // The date the contract was made beats an effective date taken as the agreement's; the date of
            // the agreement an amendment amends is neither.
            ("This Agreement, effective as of January 1, 2019, is entered into on March 5, 2019 by the parties.", "2019-03-05"),
            ("This Amendment No. 1 is effective as of June 11, 2018 and amends that certain Manufacturing Agreement between Heritage and Premier dated July 1, 2017 (\"Agreement\").", "2018-06-11"),
            // A lease's summary: the date of the lease, not its commencement.
            ("LEASE SUMMARY\nDate of Lease: March 5, 2019\nCommencement Date: April 1, 2019\n", "2019-03-05"),
            // No date but the signatures', written beside the signature lines with no "IN WITNESS WHEREOF".
            ("CONTENT LICENSING AGREEMENT\nbetween Acme Inc. and Beta AG\n1. The Licensor grants the Licensee a licence to the Content.\nThis Agreement has been prepared in two copies.\n\nACME INC.            BETA AG\n\n03/24/06             03/24/06 ______________     ______________\n", "2006-03-24"),
            // The day of signing named as such beats a cover page's effective date, even below a long contents list.
            ("SECOND AMENDED AND RESTATED AGENCY AGREEMENT\nby and between Acme Company and Beta LLC\nEffective as of September 30, 1998\n\nTABLE OF CONTENTS\n"
                + (1...60).map { "Article \($0) - Provisions of the agreement numbered \($0) ........ \($0 + 3)" }.joined(separator: "\n")
                + "\n\nThis Second Amended and Restated Agency Agreement by and between Acme Company and Beta LLC is entered into on August 31, 2017 (the \"Execution Date\"), and amends and restates the agreement in full.", "2017-08-31"),
            ("This Amendment is entered into as of June 1, 2020 by the parties and amends the Supply Agreement entered into on May 1, 2015 (the \"Original Execution Date\").", "2020-06-01"),
            // The opening sentence below a contents list longer than the preamble's 4,000 characters; a sentence
            // naming an older agreement before it is not the opening.
            ("MASTER SUPPLY AGREEMENT\n\nTABLE OF CONTENTS\n"
                + (1...80).map { "Section \($0)  Provision number \($0) of the agreement ............ \($0 + 3)" }.joined(separator: "\n")
                + "\n\nThis Agreement supersedes the Supply Agreement dated June 1, 2015 between the parties.\n\nTHIS MASTER SUPPLY AGREEMENT (this \"Agreement\") is made and entered into as of March 3, 2019, by and between Acme Corp. (\"Acme\") and Beta LLC (\"Beta\").", "2019-03-03"),
        ] as [(String, String)])
    func agreementDate(text: String, iso: String) {
        #expect(facts(text).dates.agreementDate == iso)
    }

    @Test(
        "dates: a contract effective once every party has signed dates from the last signature; an amendment's signing dates nothing",
        arguments: [
            ("This Agreement is effective on the date it is signed by both parties.", "2019-03-06", "2019-03-06"),
            ("This Agreement becomes effective upon its execution by both parties.", "2019-03-06", "2019-03-06"),
            ("This Agreement shall be effective when it has been fully executed.", "2019-03-06", "2019-03-06"),
            ("This Agreement is effective as of the date of full execution.", "2019-03-06", "2019-03-06"),
            ("The Agreement will become effective upon signature by all of the parties.", "2019-03-06", "2019-03-06"),
            ("This Agreement shall take effect on the date on which it is signed by both parties.", "2019-03-06", "2019-03-06"),
            ("This Agreement shall come into force on the date on which it is signed by both parties.", "2019-03-06", "2019-03-06"),
            ("This Agreement is made as of March 2, 2019. Any amendment to this Agreement shall take effect on the date on which it is signed by both parties.", "2019-03-02", nil),
            // The contract's own date stands; the signatures date an amendment, not it.
            ("This Agreement is made as of March 2, 2019. Any amendment to this Agreement shall be effective on the date it is signed by both parties.", "2019-03-02", nil),
            ("This Agreement is made as of March 2, 2019. An amendment is effective on the date it is signed by both parties.", "2019-03-02", nil),
        ] as [(String, String, String?)])
    func effectiveOnceSignedByAll(text: String, agreement: String, effective: String?) {
        let dates = facts(text + "\n1. Fees. Fees are due monthly.\n2. Term. The term is one year.\n\nIN WITNESS WHEREOF the parties have signed below.\nACME INC.\nDate: March 4, 2019\n\nBETA LLC\nDate: March 6, 2019\n").dates
        #expect(dates.agreementDate == agreement)
        #expect(dates.effectiveDate == effective)
    }

    @Test("dates: a federal clause's citation with its month and year is no date ('FAR 52.203-3 Apr-84' is not 3 April 1984)")
    func citationIsNoDate() {
        #expect(DateMentions.firstISO(in: "FAR 52.203-3 Apr-84 Gratuities (Over $100,000)") == nil)
        #expect(DateMentions.firstISO(in: "Filed 22-Nov-04, granted 5-Jan-11") == "2004-11-22")
        #expect(facts("This Agreement is made between the parties.\nFAR 52.203-3 Apr-84 Gratuities\nFAR 52.224-1 Apr-84 Privacy Act Notification").dates.agreementDate == nil)
    }

    @Test(
        "dates: a contract that takes effect when the last party signs dates, and takes effect, from the later signature",
        arguments: [
            "effective as of the date signed by the last party (the \"Effective Date\")",
            "effective on the date on which the last party signs it",
            "effective on the later of the dates on which the parties sign it",
            "effective as of the date of the last signature below",
        ])
    func datedByLastSignature(phrase: String) {
        let dates = facts("""
            SERVICES AGREEMENT
            This Agreement is between Acme Corp. ("Client") and Beta LLC ("Provider") and is \(phrase).
            1. Fees. Client shall pay each invoice within thirty (30) days.
            IN WITNESS WHEREOF the parties have signed this Agreement.
            Acme Corp.
            By: ____
            Date: 3/10/19
            Beta LLC
            By: ____
            Date: 3/15/19
            """).dates
        #expect(dates.agreementDate == "2019-03-15")
        #expect(dates.effectiveDate == "2019-03-15")
    }

    @Test("a law the key facts read is a governing-law clause: no 'no governing law' risk beside it")
    func lawIsClause() {
        let found = facts("New York law governs this Agreement and all disputes arising from it.")
        #expect(found.governingLaw.jurisdiction == "New York")
        #expect(found.clauses.first { $0.key == "governing_law" }?.present == true)
        #expect(!found.riskAssessment.factors.contains { $0.key == "governing_law" })
    }

    @Test(
        "notice periods: before or after the word notice, a month's notice, a notice period of weeks, notice that shall be three months; padding folded",
        arguments: [
            ("Either party may terminate by giving one month's written notice.", "one month's written notice"),
            ("Notice of non-renewal must be given at least ninety (90) days prior to the end of the term.", "Notice of non-renewal must be given at least 90 days prior to"),
            ("Either party may terminate on written notice of at least 45 days.", "notice of at least 45 days"),
            ("The Client may terminate with a notice period of two weeks.", "notice period of two weeks"),
            ("Either party shall give notice to the           other party at least 30 days prior to renewal.", "notice to the other party at least 30 days prior to"),
            // A number of several words before its figure; the words before it are no part of the period.
            ("Tenant may extend the Term by written notice to Landlord given not less than one hundred eighty (180) days before the expiration of the Term.", "notice to Landlord given not less than 180 days before"),
            ("Either party may terminate this Agreement upon thirty (30) days prior written notice.", "30 days prior written notice"),
            ("Either party may terminate this Agreement by written notice given at least thirty (30) days in advance.", "notice given at least 30 days in advance"),
            // Notice without the word: a party that notifies the other.
            ("This Agreement renews for one-year terms unless either party notifies the other in writing at least sixty (60) days prior to the end of the term.", "notifies the other in writing at least 60 days prior to"),
            ("The term renews automatically unless either party notifies the other six (6) months in advance of its expiration.", "notifies the other 6 months in advance"),
            // The party's intention named between "notifies" and the period; a cancellation's deadline with no "notice".
            ("The Agreement shall be renewed automatically for successive periods of two (2) years unless either Party notifies the other of its intention not to renew no later than six (6) months prior to the expiry of the then current period.", "no later than 6 months prior to"),
            ("This Agreement will automatically renew each year on the anniversary of the Effective Date unless cancelled in writing 60 days prior to renewal.", "cancelled in writing 60 days prior to"),
            ("The subscription will auto-renew for additional twelve (12) month terms unless Client cancels at least 45 days before the renewal date.", "cancels at least 45 days before"),
            // "Notification" for notice, a deadline "within" the period, a comma before it, a notice of years.
            ("The Initial Term shall automatically be extended for an additional period of half a year unless either party provides the other party with written notification of termination of the letter Agreement at least 60 days prior to end of such period.", "notification of termination of the letter Agreement at least 60 days prior to"),
            ("This contract shall be automatically extended for one (1) year periods unless either party provides written notice of its intention not to renew the Agreement within 180 days prior to any Renewal Term.", "notice of its intention not to renew the Agreement within 180 days prior to"),
            ("This Agreement will automatically renew for additional periods of five (5) years unless one Party notifies the other of its intention not to renew, no less than 12 months prior to the expiration of the then-current term.", "no less than 12 months prior to"),
            ("Customer may terminate this Agreement during the Term upon at least one (1) years' written notice to the Supplier.", "1 years' written notice"),
            // A window whose deadline comes second: the period is the deadline.
            ("If the Tenant wishes to renew, it must give the Landlord written notice not more than six (6) months and not less than three (3) months before the Terminating Date.", "notice not more than 6 months and not less than 3 months before"),
            // The notice named first and sized at the sentence's end: the length alone is the period.
            ("After the probationary period, the prior written notice required from you or the Company to terminate your employment shall be three months.", "three months"),
            ("The period of notice to be given by the Employer to the Employee is one (1) month.", "1 month"),
        ] as [(String, String)])
    func noticePeriods(text: String, period: String) {
        #expect(facts(text).noticePeriods.map(\.text) == [period])
    }

    @Test("notice periods: six at most, a notice to end, renew or cure kept before an insurer's or a payment's; a payment's notification is none")
    func noticePeriodsChosen() {
        let insurance = (1...6).map { "Each policy shall provide for \($0 + 10) days' prior written notice to the insured of any change in coverage." }
        let found = facts(insurance.joined(separator: " ") + " Either party may terminate this Agreement on ninety (90) days' written notice.").noticePeriods
        #expect(found.count == 6)
        #expect(found.last?.purpose == "termination" && found.last?.value == 90, "\(found.map(\.text))")
        #expect(found.filter { $0.purpose == "other" }.count == 5)
        let payment = facts("Licensee shall notify Licensor as to the date and amount of any such wire transfer at least five (5) Business Days prior to such transfer.")
        #expect(payment.noticePeriods.isEmpty, "\(payment.noticePeriods.map(\.text))")
    }

    @Test("notice periods in a table of key terms: each length of a 'Notice' row is notice to end, in its place; a row's last length and the next row's label are none")
    func noticeRows() {
        let periods = facts("KEY TERMS\nProbation\t6 months\nNotice\tDuring probation, one week by either party; after it, three months by either party\nHoliday\t28 days\n1. The Employee may resign on two weeks' written notice.").noticePeriods
        #expect(periods.map(\.text) == ["one week", "three months", "two weeks' written notice"])
        #expect(periods.map(\.purpose) == ["termination", "termination", "resignation"])
        #expect(periods.first?.value == 1 && periods.first?.unit == "weeks")
        // Not a row: the label in running text, and a length before "notice" on the next line of a paragraph.
        #expect(facts("Either party may terminate this Agreement on 6 months\nnotice to the other party.").noticePeriods.map(\.text) == ["6 months notice"])
    }

    @Test(
        "a notice period's length and what it is for, read from its sentence",
        arguments: [
            ("Either party may terminate this Agreement upon sixty (60) days' prior written notice.", 60, "days", "termination"),
            ("The Agreement renews automatically unless a party gives notice of non-renewal at least thirty (30) days before the end of the term.", 30, "days", "non-renewal"),
            ("It shall renew automatically for successive periods of twelve (12) months unless either party gives not less than sixty (60) days' written notice before the end of the term.", 60, "days", "non-renewal"),
            ("Two (2) years from the Commencement Date, renewing for successive periods of one (1) year unless either party gives three (3) months' written notice", 3, "months", "non-renewal"),
            ("This Agreement continues for the Initial Term and then from year to year until either party gives at least three months' written notice to end it at the end of the Initial Term or any later year.", 3, "months", "non-renewal"),
            // Notice that ends the contract when a term ends is notice not to renew; notice to take up a renewal is an option's.
            ("This Agreement may be terminated by either party at the expiration of its term or any renewal term upon thirty (30) days written notice to the other party.", 30, "days", "non-renewal"),
            // "automatically be renewed ... unless ... notice of its intent to terminate"; the rest of a sentence a page number split
            // from its start; a renewal option's notice before the end of the term stays one.
            ("This Agreement will automatically be renewed for periods of twelve (12) months unless either Party gives six (6) months written notice of its intent to terminate this Agreement.", 6, "months", "non-renewal"),
            ("This Agreement will automatically renew each year on the anniversary of the Effective Date unless cancelled in writing 60 days prior to renewal.", 60, "days", "non-renewal"),
            ("4 Agreement, which notice must be given not less than fifteen (15) days before the end of the respective initial or renewal term.", 15, "days", "non-renewal"),
            ("The Tenant may renew the lease for a further term of three years by notice given not less than six (6) months before the end of the initial term.", 6, "months", "renewal option"),
            ("The initial term is one (1) year and continues after that until terminated by either party giving at least twelve (12) months' prior written notice to expire on or after the expiry date of the initial term.", 12, "months", "non-renewal"),
            ("Either party may terminate this Agreement by written notice of termination no later than ninety (90) calendar days prior to the expiration of the relevant Term.", 90, "days", "non-renewal"),
            ("This Agreement is subject to an automatic extension for consecutive one (1) year periods, unless terminated upon thirty (30) days' written notice by either party.", 30, "days", "non-renewal"),
            ("A party wishing to renew this Agreement shall give the other party notice thereof no less than thirty (30) days before the expiration of the term then in effect.", 30, "days", "renewal option"),
            ("The Franchisee has the right to a successor franchise upon giving six (6) months notice prior to the expiration of the then current term.", 6, "months", "renewal option"),
            ("Tenant may exercise the renewal option by giving Landlord written notice at least one hundred eighty (180) days before the expiration of the Term.", 180, "days", "renewal option"),
            ("Either party may terminate if the other commits a material breach not remedied within thirty (30) days after written notice.", 30, "days", "cure"),
            ("Either party may terminate this Agreement if the other commits a material breach that remains uncured for thirty (30) days after written notice.", 30, "days", "cure"),
            ("If Tenant fails to pay rent within five (5) days after written notice, Landlord may terminate this Lease.", 5, "days", "cure"),
            ("If you decide to resign, we ask that you give us two weeks' notice.", 2, "weeks", "resignation"),
            ("A Partner may withdraw from the Partnership on six (6) months' written notice to the other Partner.", 6, "months", "withdrawal"),
            ("A Partner may retire from the partnership on giving not less than six months' written notice to the other Partner.", 6, "months", "withdrawal"),
            ("Tenant may extend the Term by written notice to Landlord given not less than one hundred eighty (180) days before the expiration of the Term.", 180, "days", "renewal option"),
            ("The Supplier may increase its prices on ninety (90) days' written notice.", 90, "days", "price change"),
            ("The Client may audit the Supplier's records on ten (10) business days' notice.", 10, "business days", "audit"),
            ("Assignee shall permit an accountant appointed by Assignor to inspect those records once per year on thirty (30) days' notice.", 30, "days", "audit"),
            ("If Distributor misses the minimum, Supplier may, as its sole remedy, convert the appointment to non-exclusive by ninety (90) days' written notice.", 90, "days", "other"),
            // A length written as an adjective; notice given by "notify" whomever of whatever about the end; "is sent ... before";
            // a notice due before the original term's end, the sentence before having said what it is for.
            ("The term shall be one (1) year, automatically renewing annually thereafter, unless either party provides a thirty-day notice of written termination to the other.", 30, "days", "non-renewal"),
            ("If Affiliate fails to notify Network of its desire that this Agreement terminate on its expiration date, at least six (6) months before the expiration date, this Agreement will automatically renew for a four (4) year period.", 6, "months", "non-renewal"),
            ("Franchisor shall notify Franchisee of the nonrenewal not less than six (6) months prior to the expiration of the term of this Agreement.", 6, "months", "non-renewal"),
            ("This Agreement has a duration of five years, extendable for a further five years, unless notice of non- renewal is sent one year before the natural expiry date.", 1, "years", "non-renewal"),
            ("Such notice must be given ninety (90) days prior to expiration of the original term.", 90, "days", "non-renewal"),
            // A lease that goes on from month to month unless notice is given; a tenancy's notice to pay or vacate.
            ("At the end of the term this Lease will continue on a month-to-month basis unless either party gives the other at least twenty (20) days' written notice before the end of a rental period.", 20, "days", "non-renewal"),
            ("If Tenant fails to pay rent when due, Landlord may serve a 14-day notice to pay or vacate.", 14, "days", "cure"),
            ("Tenant shall give Landlord written notice of its intention to vacate no later than 60 days before the end of the Term.", 60, "days", "termination"),
            // Ending the contract early "before the end of the Initial Term" is a termination; notice before it ends, a non-renewal.
            ("The Customer may terminate this Agreement for convenience before the end of the Initial Term on ninety (90) days' written notice.", 90, "days", "termination"),
            ("Either party may terminate this Agreement by written notice given at least ninety (90) days before the end of the then-current term.", 90, "days", "non-renewal"),
        ] as [(String, Int, String, String)])
    func noticePurpose(text: String, value: Int, unit: String, purpose: String) throws {
        let period = try #require(facts(text).noticePeriods.first)
        #expect(period.value == value)
        #expect(period.unit == unit)
        #expect(period.purpose == purpose)
        #expect(period.evidence.first?.quote.contains(period.text.components(separatedBy: " ").first ?? "") == true)
    }

    @Test("amounts as written, without the comma after them, with their figures, ISO currencies and sentences")
    func amounts() {
        let amounts = facts("The Employer shall pay a base salary of $385,000, payable monthly, a fee of USD 12,500.50, EUR 3,000 for travel, 1,250,000 dollars at closing and a bonus pool of $2.5 million.").amounts
        let found = amounts.map(\.text)
        #expect(found == ["$385,000", "USD 12,500.50", "EUR 3,000", "1,250,000 dollars", "$2.5 million"])
        #expect(amounts.map(\.value) == [385_000, 12_500.5, 3_000, 1_250_000, 2_500_000])
        #expect(amounts.map(\.currency) == ["USD", "USD", "EUR", "USD", "USD"])
        // A bare "$" or "dollars" is assumed to be US dollars when no law says otherwise; "USD" and "EUR" are stated.
        #expect(amounts.map(\.currencyStated) == [false, true, true, false, false])
        #expect(amounts.allSatisfy { $0.evidence.first?.quote.contains("base salary of $385,000") == true && $0.evidence.first?.page == 1 })
        // Dollars named by their country after the figure are stated, whatever the contract's law.
        let named = facts("The Licensee shall pay 25,000 U.S. Dollars on signing and 40,000 Canadian dollars on delivery.").amounts
        #expect(named.map(\.text) == ["25,000 U.S. Dollars", "40,000 Canadian dollars"])
        #expect(named.map(\.currency) == ["USD", "CAD"])
        #expect(named.map(\.currencyStated) == [true, true])
        // Thousands grouped otherwise, decimals after a comma, more currencies; a section number is no amount.
        let written = facts("""
            The fee is CHF 10'000 and USD 2'500'000, a deposit of 5.000,00 EUR, €12.500, Rs. 5,00,000 and 250 000 euros.
            The price is 1,000,000 Japanese Yen; par value $0.0001; USD 5m.
            7.1.1 EUR five million (€ 5,000,000) within thirty days. The headers. 4.11 apply.
            """).amounts
        #expect(written.map(\.text) == ["CHF 10'000", "USD 2'500'000", "5.000,00 EUR", "€12.500", "Rs. 5,00,000", "250 000 euros", "1,000,000 Japanese Yen", "$0.0001"])
        #expect(written.map(\.value) == [10_000, 2_500_000, 5_000, 12_500, 500_000, 250_000, 1_000_000, 0.0001])
        #expect(written.map(\.currency) == ["CHF", "USD", "EUR", "EUR", "INR", "EUR", "JPY", "USD"])
        // The euro sign after the figure, as continental contracts write it; New Zealand dollars by their sign.
        let continental = facts("The Distributor shall pay a deposit of 250.000 € and a fee of 1.500,00 € per month. The Agent's fee is NZ$9,900.").amounts
        #expect(continental.map(\.text) == ["250.000 €", "1.500,00 €", "NZ$9,900"])
        #expect(continental.map(\.value) == [250_000, 1_500, 9_900])
        #expect(continental.map(\.currency) == ["EUR", "EUR", "NZD"])
        // A Nordic or Polish code after the figure.
        let nordic = facts("The Consultant's fee is 10 000 SEK per month and the Agent's is 25,000 NOK. The deposit is 4 000 PLN.").amounts
        #expect(nordic.map(\.text) == ["10 000 SEK", "25,000 NOK", "4 000 PLN"])
        #expect(nordic.map(\.currency) == ["SEK", "NOK", "PLN"])
        // Thousands written "k"; a retirement plan's "401(k)" is no amount.
        let thousands = facts("The retainer is USD 5k per month and the bonus $10K. The Employee may join the 401(k) plan.").amounts
        #expect(thousands.map(\.text) == ["USD 5k", "$10K"])
        #expect(thousands.map(\.value) == [5_000, 10_000])
        // South African rand: "R" before a grouped figure; not a word's last letter, nor "Rs." (rupees).
        let rand = facts("The Employee will be paid a gross monthly salary of R 48 500 and a sign-on bonus of R12,000, for 10 months.").amounts
        #expect(rand.map(\.text) == ["R 48 500", "R12,000"])
        #expect(rand.map(\.value) == [48_500, 12_000])
        #expect(rand.map(\.currency) == ["ZAR", "ZAR"])
        // More codes before the figure (a no-break space after one); "dollars" ending in "ars" stays dollars.
        let codes = facts("The Client shall pay COP 12.000.000 a month, PLN\u{a0}48 000 on signing, RUB 50 000 000 at closing and 100 dollars for filing.").amounts
        #expect(codes.map(\.currency) == ["COP", "PLN", "RUB", "USD"])
        #expect(codes.map(\.currencyStated) == [true, true, true, false])
    }

    @Test("a bare dollar sign is the dollar of the contract's law: Canadian under Ontario law, Hong Kong's under Hong Kong law; US$ stays US dollars")
    func dollarsByLaw() {
        let ontario = facts("The Client shall pay a monthly fee of $12,500.00 and a setup fee of US$2,000. This Agreement is governed by the laws of the Province of Ontario.").amounts
        #expect(ontario.map(\.currency) == ["CAD", "USD"])
        #expect(ontario.map(\.currencyStated) == [false, true])
        let hongKong = facts("The deposit is $80,000 and C$5,000 for filing. This Agreement is governed by the laws of Hong Kong.").amounts
        #expect(hongKong.map(\.currency) == ["HKD", "CAD"])
        #expect(facts("The Buyer shall pay ¥3,000,000. This Agreement is governed by the laws of the People's Republic of China.").amounts.map(\.currency) == ["CNY"])
        #expect(facts("The Buyer shall pay ¥3,000,000. This Agreement is governed by the laws of Japan.").amounts.map(\.currency) == ["JPY"])
        // The contract names its dollars in words: that beats the law's, and counts as stated.
        let stated = facts("The Client shall pay $12,500.00 a month. All amounts are in United States dollars. This Agreement is governed by the laws of the Province of Ontario.").amounts
        #expect(stated.map(\.currency) == ["USD"])
        #expect(stated.map(\.currencyStated) == [true])
        #expect(facts("The Client shall pay $9,000 a month, payable in Canadian dollars.").amounts.map(\.currency) == ["CAD"])
        // Two kinds named: the law decides, as without either.
        #expect(facts("The fee is $9,000, converted from Canadian dollars into U.S. dollars. This Agreement is governed by the laws of Ontario.").amounts.map(\.currency) == ["CAD"])
    }

    @Test("pounds of weight are no amount; pounds of money are")
    func poundsOfWeight() {
        #expect(facts("Carrier shall transport not less than 10,000 pounds of Commodities per year, and the net weight of a shipment shall not exceed 36,000 pounds.").amounts.isEmpty)
        let money = facts("The Licensee shall pay 10,000 pounds on signature and 5,000 pounds sterling a year.").amounts
        #expect(money.map(\.text) == ["10,000 pounds", "5,000 pounds sterling"])
        #expect(money.map(\.currency) == ["GBP", "GBP"])
        #expect(money.map(\.currencyStated) == [false, true])
    }

    @Test("amounts in the currencies of Asian and other contracts: RMB, HK$, yuan, NIS; never a code inside a word")
    func moreCurrencies() {
        let found = facts("Party B shall indemnify at RMB200 per parcel, pay a deposit of RMB 1,000,000, HK$2,000 for filing, 30,000 yuan in fees and a par value of NIS 0.01.").amounts
        #expect(found.map(\.text) == ["RMB200", "RMB 1,000,000", "HK$2,000", "30,000 yuan", "NIS 0.01"])
        #expect(found.map(\.currency) == ["CNY", "CNY", "HKD", "CNY", "ILS"])
        #expect(found.map(\.value) == [200, 1_000_000, 2_000, 30_000, 0.01])
        // A currency code inside a word is none: "fraud 22", "Dennis 5", "details 3".
        #expect(facts("Losses from fraud 22 times a year; Dennis 5 and the details 3 are listed in Schedule 4.").amounts.isEmpty)
    }

    @Test("amounts through a text layer's padding: '$5  million', '15,000  USD', shown with one space; a contents line's 'US$  16' is none")
    func paddedAmounts() {
        #expect(facts("The Buyer shall pay $5  million at closing and a fee of 15,000  USD each year.").amounts.map(\.text) == ["$5 million", "15,000 USD"])
        #expect(facts("1.77 Territory  16\n1.78 US$  16\n1.79 Work Stream  16").amounts.isEmpty)
    }

    @Test(
        "venue: the courts or the arbitration seat the contract sends disputes to, whether exclusive; never a court that only orders or enforces",
        arguments: [
            ("The parties submit to the exclusive jurisdiction of the state and federal courts located in King County, Washington.", "state and federal courts located in King County, Washington", false, true),
            ("The courts of England and Wales shall have exclusive jurisdiction to settle any dispute arising out of this Agreement.", "courts of England and Wales", false, true),
            ("Each party irrevocably submits to the exclusive jurisdiction of the Court of Chancery of the State of Delaware.", "Court of Chancery of the State of Delaware", false, true),
            ("Any dispute arising out of this Agreement shall be resolved by binding arbitration in Chicago, Illinois, under the rules of the American Arbitration Association.", "arbitration in Chicago, Illinois", true, false),
            ("Venue for any action arising under this Agreement shall lie in Douglas County, Nebraska.", "Douglas County, Nebraska", false, false),
            // Courts named by their place before the word; a kind of court is no place.
            ("Disputes shall be referred to the exclusive jurisdiction of the Zurich courts.", "Zurich courts", false, true),
            ("All disputes arising hereunder shall be subject to Singapore court jurisdiction.", "Singapore courts", false, false),
            // A "place of jurisdiction", as contracts of German or Swiss origin name the forum.
            ("Place of jurisdiction for all disputes arising out of this Agreement is Munich.", "courts of Munich", false, false),
            ("Los Angeles, California is agreed upon as the exclusive place of jurisdiction for all disputes.", "courts of Los Angeles, California", false, true),
            ("The Munich courts shall have exclusive jurisdiction.", "Munich courts", false, true),
            ("Each party submits to the jurisdiction of the Federal courts.", nil, false, false),
            ("The seat of arbitration shall be London.", "arbitration in London", true, false),
            ("The parties consent to the non-exclusive jurisdiction of the courts of Ontario.", "courts of Ontario", false, false),
            ("Any dispute which cannot be settled by negotiation shall be subject to the jurisdiction of the People's Court where this Agreement is signed.", "People's Court where this Agreement is signed", false, false),
            ("The Parties shall submit the dispute to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules.", "arbitration in Beijing", true, false),
            // The seat in a later sentence; a language or a section is no seat.
            ("Any dispute shall be finally settled by arbitration under the ICC Rules. The arbitration shall be conducted in the English language. The place of arbitration shall be Madrid.", "arbitration in Madrid", true, false),
            ("Any dispute shall be finally settled by arbitration under the ICC Rules. The arbitration shall be conducted in the English language.", "arbitration (ICC)", true, false),
            // With no seat, the institution that runs it.
            ("All disputes shall be finally settled by the Singapore International Arbitration Centre in accordance with its rules.", "arbitration (Singapore International Arbitration Centre)", true, false),
            ("The Disclosing Party may seek injunctive relief in any court of competent jurisdiction.", nil, false, false),
            ("If a court orders the Recipient to disclose Confidential Information, the Recipient shall give prompt notice.", nil, false, false),
            // Courts of competent jurisdiction with a place; a court named before its kind; a venue without "in";
            // sentences whose dispute words are "instituted", "filed", "conducted" or come long after the courts.
            ("Any action shall be brought only in a STATE or FEDERAL COURT of competent jurisdiction located in Pima county, Arizona.", "STATE or FEDERAL COURT of competent jurisdiction located in Pima county, Arizona", false, true),
            ("Each party consents to the exclusive jurisdiction of the Ohio State Superior Court.", "Ohio State Superior Court", false, true),
            ("Each party submits to the jurisdiction of any United States District Court in Oregon.", "Court in Oregon", false, false),
            ("Venue for any action shall be Pierce County, Washington.", "Pierce County, Washington", false, false),
            ("Any legal proceedings shall be instituted in the courts of Dallas County, Texas.", "courts of Dallas County, Texas", false, false),
            ("All disputes shall be conducted in a federal or state court sitting in Duluth, Minnesota.", "federal or state court sitting in Duluth, Minnesota", false, false),
            ("The courts located in Erie County, Pennsylvania, including the United States District Court for the Western District of Pennsylvania and any court hearing an appeal from either of them, have jurisdiction.", "courts located in Erie County, Pennsylvania", false, false),
            ("Disputes that the parties cannot settle will be referred to a court of law in Belgium.", "court of law in Belgium", false, false),
            ("You consent to the exclusive jurisdiction of the courts of Liège.", "courts of Liège", false, true),
            // Courts whose decisions are part of a law are no forum.
            ("This Agreement shall be governed by the laws and decisions of the courts of the State of Illinois.", nil, false, false),
            // A jurisdiction named by its place with no court, when nothing else names a forum; a jurisdiction that is
            // no place is none.
            ("The parties submit to the exclusive jurisdiction of the State of New York.", "State of New York", false, true),
            ("The parties irrevocably attorn to the jurisdiction of the Province of Ontario.", "Province of Ontario", false, false),
            ("Any legal action arising under this Agreement shall be brought in Harris County, Texas. All persons consent to it.", "Harris County, Texas", false, false),
            ("The parties agree that any suit shall be filed in Travis County, Texas.", "Travis County, Texas", false, false),
            ("Any action shall be venued in Travis County, Texas.", "Travis County, Texas", false, false),
            ("Venue shall be proper in Travis County, Texas.", "Travis County, Texas", false, false),
            ("The parties consent to venue in Salt Lake County, Utah.", "Salt Lake County, Utah", false, false),
            ("All disputes shall be resolved exclusively in the state or federal courts located in or serving Hennepin County, Minnesota.", "state or federal courts located in or serving Hennepin County, Minnesota", false, true),
            ("Each party agrees to the exclusive venue in Cook County, Illinois for any action.", "Cook County, Illinois", false, true),
            ("Each party waives any objection to venue in any court.", nil, false, false),
            // Courts "in and for" a county, or "serving" it; courts "having jurisdiction over" a party are no forum.
            ("Each party submits to the exclusive jurisdiction of the state courts in and for Orange County, Florida.", "state courts in and for Orange County, Florida", false, true),
            ("Jurisdiction and venue shall be proper in the state or federal courts serving Travis County, Texas.", "state or federal courts serving Travis County, Texas", false, false),
            ("The Seller is not in violation of any order of any court having jurisdiction over the Seller or its assets.", nil, false, false),
            // A sentence about disputes that names courts; a key-terms row whose courts follow a semicolon.
            ("Disputes go to the courts of London.", "courts of London", false, false),
            ("Any litigation or other dispute resolution between the Parties shall take place in the courts of Toronto, Ontario, Canada.", "courts of Toronto, Ontario, Canada", false, false),
            ("Governing law and jurisdiction\tEngland and Wales; courts of London\nTerm\t12 months", "courts of London", false, false),
            // A key-terms table's "Jurisdiction" row, the next row no part of it.
            ("Jurisdiction:\tOntario\nTerm:\t12 months", "Ontario", false, false),
            // A place whose name holds a lower-case "de".
            ("The courts of Rio de Janeiro shall have exclusive jurisdiction.", "courts of Rio de Janeiro", false, true),
            ("Place of performance and jurisdiction is Hamburg, Germany.", "courts of Hamburg, Germany", false, false),
            // A court named in French or Italian; an arbitral tribunal stays arbitration.
            ("The Tribunal de Commerce de Paris shall have exclusive jurisdiction.", "Tribunal de Commerce de Paris", false, true),
            ("Any dispute shall be submitted to the Tribunal judiciaire de Lyon.", "Tribunal judiciaire de Lyon", false, false),
            ("The Tribunale di Milano shall have exclusive jurisdiction over any dispute.", "Tribunale di Milano", false, true),
            ("Any dispute shall be finally settled by an arbitral tribunal of three arbitrators sitting in Geneva.", "arbitration in Geneva", true, false),
            // A court named with where it sits; a sentence that names the competent court.
            ("The parties submit to the jurisdiction of the High Court of Justice in London.", "High Court of Justice in London", false, false),
            ("The competent court shall be the District Court of Tel Aviv-Jaffa.", "District Court of Tel Aviv-Jaffa", false, false),
            // The seat "is" a place; a place's name with "am" or "upon".
            ("All disputes shall be finally settled under the ICC Rules by three arbitrators. The place of arbitration is Frankfurt am Main.", "arbitration in Frankfurt am Main", true, false),
            ("The parties submit to the exclusive jurisdiction of the courts of Newcastle upon Tyne.", "courts of Newcastle upon Tyne", false, true),
            // A later sentence that says where the arbitration takes place; not rules the arbitration is "in".
            ("Any dispute shall be settled by binding arbitration. The arbitration shall take place in Geneva, Switzerland.", "arbitration in Geneva, Switzerland", true, false),
            ("Any dispute shall be settled by binding arbitration. The venue of the arbitration shall be Houston, Texas.", "arbitration in Houston, Texas", true, false),
            ("Any dispute shall be referred to arbitration under the LCIA Rules. The seat, or legal place, of arbitration shall be London.", "arbitration in London", true, false),
            ("Any dispute shall be settled by binding arbitration. The arbitrator may award costs as provided in the CPR Rules.", "arbitration", true, false),
            ("The Supplier shall comply with all laws in each jurisdiction where it operates and in its jurisdiction of incorporation.", nil, false, false),
            // A clause in capitals: the place ends where a word no place holds begins; "of general jurisdiction" is the courts'.
            ("EACH PARTY SUBMITS TO THE EXCLUSIVE JURISDICTION OF THE STATE AND FEDERAL COURTS LOCATED IN NEW YORK CITY FOR THE PURPOSE OF ANY ACTION ARISING OUT OF THIS AGREEMENT.", "STATE AND FEDERAL COURTS LOCATED IN NEW YORK CITY", false, true),
            ("ANY ACTION SHALL BE BROUGHT ONLY IN A STATE OR FEDERAL COURT OF GENERAL JURISDICTION IN LANCASTER COUNTY, PENNSYLVANIA OR THE COUNTY WHERE THE SELLER HAS ITS OFFICE.", "STATE OR FEDERAL COURT OF GENERAL JURISDICTION IN LANCASTER COUNTY, PENNSYLVANIA", false, true),
            ("THE PARTIES CONSENT TO THE JURISDICTION OF THE COURTS OF ENGLAND.", "COURTS OF ENGLAND", false, false),
            // The governing law's own courts, pointed back to.
            ("This deed is governed by the laws of Western Australia and each party submits to the non-exclusive jurisdiction of its courts.", "courts of Western Australia", false, false),
            ("This Agreement shall be governed by the laws of the State of Connecticut and shall be enforceable exclusively in the courts of that state.", "courts of Connecticut", false, true),
        ] as [(String, String?, Bool, Bool)])
    func venue(text: String, forum: String?, arbitration: Bool, exclusive: Bool) {
        let venue = facts(text).venue
        #expect(venue.forum == forum)
        #expect(venue.arbitration == arbitration)
        #expect(venue.exclusive == exclusive)
        #expect(venue.evidence.isEmpty == (forum == nil))
    }

    @Test("a contract with no law clause takes the law of the jurisdiction it submits to, or of the courts it names by their country's adjective")
    func lawFromJurisdiction() {
        let ontario = facts("The parties irrevocably attorn to the jurisdiction of the Province of Ontario.").governingLaw
        #expect(ontario.jurisdiction == "Ontario, Canada")
        #expect(ontario.inferredFrom == "venue")
        #expect(ontario.evidence.first?.quote.contains("attorn to the jurisdiction") == true)
        let english = facts("The parties submit to the non-exclusive jurisdiction of the English courts.").governingLaw
        #expect(english.jurisdiction == "England and Wales")
        let paris = facts("The Tribunal de Commerce de Paris shall have exclusive jurisdiction.").governingLaw
        #expect(paris.jurisdiction == "France")
        #expect(paris.inferredFrom == "venue")
        #expect(facts("This Agreement shall be governed by the laws of the State of Delaware. The parties submit to the jurisdiction of the State of New York.").governingLaw.jurisdiction == "Delaware")
    }

    @Test("venue: a key-terms row's courts after a semicolon are quoted with the row's label")
    func venueInKeyTermsRow() {
        let venue = facts("KEY TERMS\nGoverning law and jurisdiction\tEngland and Wales; courts of London\nTerm\t12 months").venue
        #expect(venue.forum == "courts of London")
        #expect(venue.evidence.first?.quote == "Governing law and jurisdiction England and Wales; courts of London")
    }

    @Test("venue: a place's word a text layer split at a space ('Ne w York', 'Del aware') is read whole; the quote is as written")
    func venueWithSplitPlaceWord() throws {
        let sentence = "The parties submit to the exclusive jurisdiction of the courts located in Ne w York County, Ne w York."
        let venue = facts("12. Jurisdiction. \(sentence)").venue
        #expect(venue.forum == "courts located in New York County, New York")
        #expect(try #require(venue.evidence.first).quote == sentence)
        #expect(facts("12. Jurisdiction. Each party submits to the exclusive jurisdiction of the courts in Wilmington, Del aware.").venue.forum == "courts in Wilmington, Delaware")
    }

    @Test("venue: the quote of a long sentence shows the courts it names")
    func venueQuoteShowsForum() throws {
        let venue = facts("""
            Any dispute, claim or controversy arising out of or relating to this Agreement, including its formation, interpretation, performance, breach, termination, enforcement or validity, and including any question of the scope or applicability of this section, and any claim against an affiliate, officer, director, employee or agent of either party, shall be brought exclusively in the courts of Kent County, Delaware.
            """).venue
        #expect(venue.forum == "courts of Kent County, Delaware")
        #expect(try #require(venue.evidence.first).quote.contains("courts of Kent County, Delaware"), "\(venue.evidence)")
    }

    @Test("a standard-terms contract's cover page: its courts row is the forum, made exclusive by the terms' 'the Courts'; its term row with a ticked option")
    func coverPageRows() throws {
        let page = """
            Effective Date\t2 February 2026
            Contract Term\t☒ Expires eighteen (18) months after the Effective Date.
            Venue: the courts located in Wake County, North Carolina

            4. Disputes. Each party submits to the exclusive jurisdiction of the Courts for any claim under this Agreement.
            """
        let findings = facts(page)
        #expect(findings.venue.forum == "courts located in Wake County, North Carolina")
        #expect(findings.venue.exclusive)
        #expect(try #require(findings.venue.evidence.first).quote.contains("courts located in Wake County, North Carolina"))
        #expect(findings.term.length == "eighteen (18) months")
        // The option's cell a PDF's table wrapped goes on to its next line; the empty option below is left out.
        let wrapped = facts("""
            Effective Date\t9 April 2026
            Agreement Term\t☒ Ends two (2) years after the
            Effective Date.
            ☐ Continues until either party ends it.
            """)
        #expect(wrapped.term.length == "two (2) years")
        #expect(wrapped.dates.expirationDate == "2028-04-09")
        // Without the terms' words the courts row is not exclusive; a row naming no court gives no forum.
        #expect(facts("Venue: the courts located in Wake County, North Carolina").venue.exclusive == false)
        #expect(facts("Courts\tTo be agreed").venue.forum == nil)
    }

    @Test("parties in a PDF's tables as poppler reads them: a wrapped schedule cell, a wrapped signature cell, two columns' descriptions in turn")
    func partiesInPrintedTables() {
        func parties(_ text: String) -> [Party] { rules.contractFindings(document(text)).parties }
        // A schedule's cell wrapped before the company's form, and after an identifier's label.
        #expect(parties("""
            COMMERCIAL LEASE
            Item 1 – Landlord\tBrindabella Retail Holdings Pty
            Ltd ACN 601 222 333 of 4 Marcus Clarke Street
            Item 2 – Tenant\tSaltbush Noodle Bar Pty Ltd ACN
            609 444 555 of Shop 3, Civic Arcade
            This Lease is made between the Landlord and the Tenant named in the Item Schedule.
            """) == [Party(name: "Brindabella Retail Holdings Pty Ltd", role: "Landlord"), Party(name: "Saltbush Noodle Bar Pty Ltd", role: "Tenant")])
        // A signature table's last column wrapped.
        #expect(parties("""
            Mutual Confidentiality Agreement
            This Agreement consists of this Cover Page and the Standard Terms ("Standard Terms").
            PARTY 1\tPARTY 2
            Company\tOrchard Lane Robotics, Inc.\tBlue Heron Freight
            Systems LLC
            """) == [Party(name: "Orchard Lane Robotics, Inc.", role: "Party 1"), Party(name: "Blue Heron Freight Systems LLC", role: "Party 2")])
        // Two columns: the names in one row, then the left column's description and defined term, then the right one's.
        #expect(parties("""
            MUTUAL NON-DISCLOSURE AGREEMENT
            Between the parties named below:
            Ashgrove Data Limited\tKilbrack Sensors Teoranta
            a company incorporated in Ireland
            (registered number 600111), whose
            registered office is at 3 Dock Road, Cork
            ("Ashgrove")
            a company incorporated in Ireland
            (registered number 700222), whose office is in Sligo
            ("Kilbrack")
            The parties agree as follows.
            """) == [Party(name: "Ashgrove Data Limited", role: "Ashgrove"), Party(name: "Kilbrack Sensors Teoranta", role: "Kilbrack")])
    }

    @Test("a form whose blanks were typed over: parties, term, rent and law read through the blanks' rules")
    func typedOverBlanks() throws {
        let lease = """
            RESIDENTIAL LEASE AGREEMENT
            1. PARTIES. This Lease Agreement (the "Lease") is made on ___March 4, 2026___ between ___Gordon Whitaker___ ("Landlord") and ___Elena Marchetti and Paul Marchetti___ ("Tenant").
            2. TERM. The term of this Lease begins on ___April 1, 2026___ and ends on ___March 31, 2027___.
            3. RENT. Tenant shall pay rent of $___1,850.00___ per month, due on the 1st day of each month.
            4. GOVERNING LAW. This Lease is governed by the laws of the State of ___Idaho___.
            LANDLORD: ______________________ Date: ________
            """
        let findings = rules.contractFindings(document(lease))
        #expect(findings.parties == [Party(name: "Gordon Whitaker", role: "Landlord"), Party(name: "Elena Marchetti and Paul Marchetti", role: "Tenant")])
        #expect(findings.term.length == "April 1, 2026 to March 31, 2027")
        #expect(findings.governingLaw.jurisdiction == "Idaho")
        #expect(try #require(findings.governingLaw.evidence.first).quote == "This Lease is governed by the laws of the State of Idaho.")
        #expect(findings.clauses.first { $0.key == "payment_terms" }?.present == true)
        #expect(findings.amounts.contains { $0.currency == "USD" && $0.value == 1_850 && $0.text == "$1,850.00" })
    }

    @Test("a cover page's parties: the columns of its signature table, named by the 'Company' row; 'Standard Terms' is no party")
    func signatureTableColumns() {
        let cover = """
            MASTER SUBSCRIPTION AGREEMENT
            This Agreement consists of this Order Form and the Cloud Standard Terms Version 3.1 ("Standard Terms").
            Subscription Start\t1 March 2026
            \tPROVIDER\tCUSTOMER
            Signature\t\t
            Print Name\tAyesha Rahman\tLiam O'Connell
            Company\tCobaltline Data Ltd\tFerris & Hale Architects LLP
            Date\t1 March 2026\t2 March 2026
            """
        let parties = rules.contractFindings(document(cover)).parties
        #expect(parties.map(\.name) == ["Cobaltline Data Ltd", "Ferris & Hale Architects LLP"])
        #expect(parties.map(\.role) == ["Provider", "Customer"])
        // A row of job titles under the same header names no party.
        let titles = cover.replacingOccurrences(of: "Company\tCobaltline Data Ltd\tFerris & Hale Architects LLP", with: "Company\tsee above\tsee above")
        #expect(rules.contractFindings(document(titles)).parties.isEmpty)
    }

    @Test("venue: courts a contract describes rather than names; 'exclusive' said after the courts at the end of a long sentence")
    func venueDescribedAndExclusiveLate() {
        let described = facts("""
            11. Any disputes under this Agreement may be brought in the state courts and the Federal courts for the county in \
            which Kestrel's principal place of business is located, and the parties hereby consent to the personal jurisdiction \
            and exclusive venue of these courts.
            """).venue
        #expect(described.forum == "courts for the county in which Kestrel's principal place of business is located")
        #expect(described.exclusive)
        let named = facts("""
            19. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of \
            Oregon, excluding the choice of law rules, and the parties hereby agree to submit to the jurisdiction and venue of the \
            State and Federal courts of the State of Oregon, and agree that such courts shall be the exclusive forum for the \
            resolution of all disputes related to or arising out of this Agreement.
            """).venue
        #expect(named.forum == "State and Federal courts of the State of Oregon")
        #expect(named.exclusive)
        // A described forum names no place to infer a law from.
        #expect(facts("Any action shall be brought in the courts for the county in which the Supplier is located.").governingLaw.jurisdiction == nil)
    }

    @Test(
        "governing law: with no clause choosing one, the law of the courts disputes go to, marked as inferred; the missing choice stays a risk",
        arguments: [
            ("Any dispute which cannot be settled by negotiation shall be subject to the jurisdiction of the People's Court where this Agreement is signed.", "People's Republic of China", "China"),
            ("Each party submits to the exclusive jurisdiction of the state and federal courts located in Suffolk County, Massachusetts.", "Massachusetts", "United States"),
            ("Any action shall be brought only in the courts of Kanawha County, West Virginia.", "West Virginia", "United States"),
            ("The parties submit to the exclusive jurisdiction of the courts of England and Wales.", "England and Wales", "United Kingdom"),
            ("The parties submit to the exclusive jurisdiction of the courts of the Province of Ontario.", "Ontario, Canada", "Canada"),
            // Courts named by their city alone; a known place after the city wins ("London, Ontario").
            ("The parties submit to the exclusive jurisdiction of the courts of London.", "England and Wales", "United Kingdom"),
            ("The competent courts of Tel Aviv shall have exclusive jurisdiction over any dispute.", "Israel", "Israel"),
            ("Any dispute shall be brought in the courts of London, Ontario.", "Ontario, Canada", "Canada"),
            ("Any disputes shall be subject to the exclusive jurisdiction of the courts in Bangalore.", "India", "India"),
            ("The parties submit to the jurisdiction of the courts of Edinburgh.", "Scotland", "United Kingdom"),
            ("The courts of Rio de Janeiro shall have exclusive jurisdiction.", "Brazil", "Brazil"),
            ("The courts of São Paulo shall have exclusive jurisdiction.", "Brazil", "Brazil"),
            ("The parties submit to the jurisdiction of the High Court of Justice in London.", "England and Wales", "United Kingdom"),
            ("Any action shall be brought in the courts of Osaka.", "Japan", "Japan"),
            ("Jurisdiction:\tOntario\nTerm:\t12 months", "Ontario, Canada", "Canada"),
        ] as [(String, String, String)])
    func lawOfTheCourts(clause: String, jurisdiction: String, country: String) throws {
        let findings = facts(clause)
        #expect(findings.governingLaw.jurisdiction == jurisdiction)
        #expect(findings.governingLaw.country == country)
        #expect(findings.governingLaw.inferredFrom == "venue")
        #expect(findings.governingLaw.evidence == findings.venue.evidence)
        #expect(findings.clauses.first { $0.key == "governing_law" }?.present == false)
        #expect(findings.riskAssessment.factors.contains { $0.key == "governing_law" })
    }

    @Test("governing law: a lease that chooses none is under the law where its premises are (a US state, a UK postcode's part of the kingdom), and lacks no law clause; a services agreement's addresses give none")
    func lawOfThePremises() {
        let lease = rules.contractFindings(document("""
            RESIDENTIAL LEASE AGREEMENT
            Landlord: Golden Poppy Properties, LP
            Tenant: Marcus Bell
            Premises: 1820 Shattuck Avenue, Apt. 5, Berkeley, CA 94709
            1. The term of this Lease begins on June 1, 2027 and ends on May 31, 2028. Tenant shall pay rent of $3,450.00 per month.
            """))
        #expect(lease.governingLaw.jurisdiction == "California")
        #expect(lease.governingLaw.country == "United States")
        #expect(lease.governingLaw.inferredFrom == "premises")
        #expect(lease.governingLaw.evidence.first?.quote.contains("Berkeley, CA 94709") == true)
        #expect(lease.clauses.first { $0.key == "governing_law" }?.present == false)
        #expect(facts("Supplier shall provide the services at the Customer's premises at 1820 Shattuck Avenue, Berkeley, CA 94709.").governingLaw.jurisdiction == nil)
        // A party's address with a suite number comes first; the premises, their address wrapped after a comma, decide.
        let office = rules.contractFindings(document("""
            OFFICE LEASE AGREEMENT
            Landlord's Address: Cardinal Yards LLC, 400 Biscayne Boulevard, Suite 900, Miami,
            FL 33132      Leased Premises: 2250 Westheimer Road, Suite 310,
            Houston, Texas 77098
            1. The term of this Lease is five years. Tenant shall pay base rent of $12,400.00 per month.
            """))
        #expect(office.governingLaw.jurisdiction == "Texas")
        #expect(office.governingLaw.inferredFrom == "premises")
        #expect(office.governingLaw.evidence.first?.quote.contains("Westheimer") == true)
        // A lease's law is the land's, so no clause choosing one is missing.
        #expect(!lease.riskAssessment.factors.contains { $0.key == "governing_law" }, "\(lease.riskAssessment.factors.map(\.factor))")
        // A street address with the state written out and no postcode; a state named in passing is no address.
        let noPostcode = rules.contractFindings(document("""
            COMMERCIAL LEASE
            This Lease is made on 3 March 2025 between Alpha Properties LLC ("Landlord") and Beta Cafe LLC ("Tenant").
            1. Premises. Landlord leases to Tenant the premises at 12 Main Street, Springfield, Illinois.
            2. Rent. Tenant shall pay rent of $4,000 per month.
            """)).governingLaw
        #expect(noPostcode.jurisdiction == "Illinois" && noPostcode.inferredFrom == "premises", "\(noPostcode)")
        #expect(rules.contractFindings(document("""
            COMMERCIAL LEASE
            This Lease is made on 3 March 2025 between Alpha Properties LLC ("Landlord") and Beta Cafe LLC ("Tenant").
            1. Premises. Landlord leases to Tenant the premises described in Exhibit A, which Tenant will use as in its stores in Ohio.
            """)).governingLaw.jurisdiction == nil)
        // A United Kingdom postcode: England and Wales, Scotland by its area; the Scottish borders' TD gives none.
        func tenancy(_ property: String) -> GoverningLaw {
            rules.contractFindings(document("ASSURED SHORTHOLD TENANCY AGREEMENT\nLandlord: Mr Oliver Grant\nTenant: Ms Amara Nwosu\nProperty: \(property)\nTerm: 12 months commencing on 1 September 2025\nRent: £1,250 per calendar month payable in advance\n1. The Landlord lets and the Tenant takes the Property for the Term at the Rent.")).governingLaw
        }
        let bath = tenancy("Flat 2, 17 Gay Street, Bath BA1 2PD")
        #expect(bath.jurisdiction == "England and Wales" && bath.country == "United Kingdom" && bath.inferredFrom == "premises")
        #expect(tenancy("Flat 3F1, 12 Marchmont Road, Edinburgh EH9 1HZ").jurisdiction == "Scotland")
        #expect(tenancy("4 High Street, Coldstream TD12 4AA").jurisdiction == nil)
    }

    @Test("governing law: a clause's choice is not inferred; an arbitration seat or courts named by no known place or city give no law")
    func lawNotInferred() {
        let chosen = facts("This Agreement is governed by the laws of the State of New York. The courts of Suffolk County, Massachusetts shall have exclusive jurisdiction.").governingLaw
        #expect(chosen.jurisdiction == "New York")
        #expect(chosen.inferredFrom == nil)
        #expect(facts("Any dispute shall be finally settled by binding arbitration in Chicago, Illinois.").governingLaw.jurisdiction == nil)
        #expect(facts("The parties submit to the exclusive jurisdiction of the Springfield courts.").governingLaw.jurisdiction == nil)
        #expect(facts("The parties submit to the exclusive jurisdiction of the Zurich courts.").governingLaw.jurisdiction == "Switzerland")
        // A bare city name a United States county shares ("Ottawa County", Michigan) stands for no law.
        #expect(facts("Any action shall be brought in the courts of Ottawa County.").governingLaw.jurisdiction == nil)
    }

    @Test(
        "term: the initial term as written and how the contract renews; a period after the contract ends is no term",
        arguments: [
            ("The term of this Agreement shall be two (2) years.", "two (2) years", nil, nil),
            ("This Agreement has an initial term of three (3) years from the Effective Date and shall automatically renew for successive one-year terms unless either party gives notice of non-renewal.", "three (3) years", "automatic", "one-year"),
            ("Term: Five (5) years and two (2) months.\nThe Customer shall have one option to extend the Term for five (5) years by notice.", "Five (5) years and two (2) months", "option", "five (5) years"),
            ("During the Term and for a period of six (6) months thereafter, the Supplier shall not solicit the Customer's employees.", nil, nil, nil),
            ("The initial term shall end on the third (3rd) anniversary of the Effective Date.", "until the third (3rd) anniversary of the Effective Date", nil, nil),
            ("This Agreement continues for one year. It may be renewed for additional one (1) year periods by mutual written agreement of the parties.", "one year", "agreement", "one (1) year"),
            ("The Distributor shall have the option to renew this Agreement for an additional three (3) year period by prior written notice.", nil, "option", "three (3) year"),
            ("The term of this Agreement is one (1) year, and it shall continue in effect from year to year thereafter.", "one (1) year", "automatic", "from year to year"),
            ("You will have the right to renew the Franchise for two (2) additional successor terms of five (5) years.", nil, "option", "five (5) years"),
            ("The lease term is five years commencing on 1 April 2024.", "five years", nil, nil),
            ("This Agreement shall be in effect for two years unless terminated earlier.", "two years", nil, nil),
            ("This Agreement shall be effective for two years from the date first written above.", "two years", nil, nil),
            ("The term of employment shall be two years.", "two years", nil, nil),
            ("This Agreement will last for 12 months and renew automatically for further periods of 12 months unless either party gives 60 days' notice.", "12 months", "automatic", "12 months"),
            ("The warranty shall be in effect for twelve months.", nil, nil, nil),
            // A restriction after employment ends is no term, however its unit is written ("six months after").
            ("For a period of six months after the Termination Date the Employee shall not solicit any client of the Company.", nil, nil, nil),
            ("Each party shall maintain insurance during the term of this Agreement and for a period of five (5) years thereafter.", nil, nil, nil),
            ("The term of this Agreement shall continue for a period of five years following the initial date of execution of the Memorandum.", "five years", nil, nil),
            ("The Agreement shall continue in effect for thirty six (36) months following the Effective Date.", "thirty six (36) months", nil, nil),
            ("The Consultant shall not hire away any person employed by the Company for a period of five (5) years for any reason.", nil, nil, nil),
            ("The Term of this Agreement (the \"Term\") shall commence on the Effective Date listed above and continue for twenty (20) years, unless sooner terminated.", "twenty (20) years", nil, nil),
            ("Unless sooner terminated, the initial term of this Agreement (\"Initial Term\") will be ten (10) years from the Effective Date.", "ten (10) years", nil, nil),
            ("The Receiving Party's obligations imposed pursuant to this Agreement will continue for two years from the date hereof.", "two years", nil, nil),
            // A period counted in the contract, or surviving it, is not its term.
            ("The confidentiality obligations under this Agreement will survive termination of this Agreement for a period of three (3) years.", nil, nil, nil),
            ("Transporter may settle the balance after Shipper has ceased making movements under this Agreement for a period of six months.", nil, nil, nil),
            // No length, but its first and last days.
            ("The term of this Lease begins on July 1, 2025 and ends on June 30, 2026.", "July 1, 2025 to June 30, 2026", nil, nil),
            ("The Term commences on 1 April 2025 and expires on 31 March 2030.", "1 April 2025 to 31 March 2030", nil, nil),
            // No end but termination, or none at all; a renewal "by one year at a time".
            ("This Agreement remains in effect until terminated.", "until terminated", nil, nil),
            ("This Agreement shall become effective on the Effective Date and shall continue in full force and effect unless and until terminated under Section 9.", "until terminated", nil, nil),
            ("This Agreement is concluded for an indefinite period.", "indefinite", nil, nil),
            ("This EULA is effective until terminated. Your rights under this EULA terminate automatically if you fail to comply with it.", "until terminated", nil, nil),
            ("The Partnership shall begin on the date of this Agreement and shall continue until dissolved under Section 11.", "until dissolved", nil, nil),
            ("This Agreement begins on the date above and continues until the Services are completed, unless terminated earlier.", "until the Services are completed", nil, nil),
            ("The engagement shall continue until completion of the Project or earlier termination.", "until completion of the Project", nil, nil),
            ("This Agreement enters into force on 1 January 2026 and is concluded for an initial term of three years. It shall be extended automatically by one year at a time unless terminated with six months' notice.", "three years", "automatic", "one year"),
            // Renewed only if both sign up to it, however the agreement is worded.
            ("The term of this Agreement is twelve (12) months. This Agreement may be renewed for successive 12 month terms upon the written agreement of the parties hereto.", "twelve (12) months", "agreement", "12 month"),
            // Maintenance's own first period is not the contract's term.
            ("Licensor shall provide the maintenance and support services for an initial period of one (1) year from the Effective Date.", nil, nil, nil),
            // A letting for a length: the lease's term though no "term of this Lease" says so.
            ("The Landlord lets the flat at 14 Marlowe Court, London to the Tenant for a fixed term of twelve months at a rent of GBP 1,650 per calendar month.", "twelve months", nil, nil),
            ("Lessor leases to Lessee one Caterpillar 320 excavator for thirty-six months at $4,150 per month.", "thirty-six months", nil, nil),
            ("The Tenant shall not sublet the Premises for more than six months in any year.", nil, nil, nil),
            ("This deed continues for 3 years from the date of this deed.", "3 years", nil, nil),
            // A renewal the document makes is its term; one it offers is not.
            ("The term of the Lease is renewed for a further term of five (5) years from 1 April 2026 to 31 March 2031.", "five (5) years", nil, nil),
            ("The Tenant may renew the Lease for a further term of five (5) years by giving notice.", nil, "option", "five (5) years"),
            ("The Landlord rents the storage unit to the Occupant on a monthly basis. After the tenancy ends the Landlord may hold the deposit for two months after the termination.", nil, nil, nil),
            // A renewal's length in other words: each period's length, by the year as written, not the initial term's.
            ("This Agreement shall automatically be renewed for one (1) or more one (1) month periods unless either party gives notice of its intention not to renew.", nil, "automatic", "one (1) month"),
            ("The term of this Agreement shall be for one (1) year commencing on the Effective Date and automatically renewing annually thereafter, unless either party provides thirty days' notice of non-renewal.", "one (1) year", "automatic", "annually"),
            ("The Term will be 3 years from Effective Date with an automatic 2 year term extensions unless otherwise advised by one of the Parties.", "3 years", "automatic", "2 year"),
            ("This contract shall remain in effect initially for the five (5) year term (\"Initial Term\") from the date signed and shall be automatically extended for one (1) year periods after the Initial Term unless either party gives notice.", nil, "automatic", "one (1) year"),
            // A lease's schedule row gives the option's length, a clause the tenant's wish to renew: an option, of that length.
            ("Reference Schedule\nItem 5   Term: Five (5) years\nItem 6   Commencement Date: 1 July 2025\nItem 8   Option Term: One further term of five (5) years\nItem 9   Annual Rent: $96,000 plus GST per annum\n\n4. Option to Renew\nIf the Tenant wishes to renew, it must give the Landlord written notice not more than six (6) months and not less than three (3) months before the Terminating Date.", "Five (5) years", "option", "five (5) years"),
        ] as [(String, String?, String?, String?)])
    func term(text: String, length: String?, renewal: String?, renewalLength: String?) {
        let term = facts(text).term
        #expect(term.length == length)
        #expect(term.renewal == renewal)
        #expect(term.renewalLength == renewalLength)
    }

    @Test(
        "expiration: a stated end date, else the anniversary a term stated as a length from a known date (the effective date when it names none) runs to",
        arguments: [
            ("This Agreement is entered into as of March 5, 2019 (the \"Effective Date\").\nThis Agreement remains in force for three (3) years from the Effective Date.", "2022-03-05"),
            ("DEED OF CONFIDENTIALITY\nThis deed is made on 11 May 2026.\n3. This deed continues for 3 years from the date of this deed.", "2029-05-11"),
            // The last day as written after the length, not its anniversary.
            ("LEASE RENEWAL AGREEMENT\nThis Lease Renewal Agreement is made on the 1st of March, 2026.\n1. The term of the Lease is renewed for a further term of five (5) years from 1 April 2026 to 31 March 2031.", "2031-03-31"),
            ("This Agreement is made on 2 January 2026.\nThe term of this Agreement is two (2) years from 1 February 2026.", "2028-02-01"),
            ("This Agreement shall become effective on the date first written above and shall continue in effect for a period of Three (3) years.\n\nDate: June 1, 2020", "2023-06-01"),
            ("This Agreement is made on January 10, 2021. The initial term of this Agreement is eighteen (18) months commencing on the date hereof, and renews for one year.", "2022-07-10"),
            ("This Agreement is made on March 18, 2024 in Beijing.\nThis Agreement shall become effective upon execution and shall remain in effect for ten (10) years.", "2034-03-18"),
            ("This Agreement is made on January 1, 2025.\nThis Agreement shall be effective for two years from the date first written above.", "2027-01-01"),
            // A clause whose heading is followed by the length alone.
            ("COMMERCIAL LEASE\nThis Lease is made on April 1, 2024.\n2. Term. Five (5) years commencing May 1, 2024.\n3. Base Rent. Tenant shall pay $7,000 each month.", "2029-05-01"),
            // An order form's term counted from its Order Date.
            ("ORDER FORM\nCustomer: Acme Corp.\nOrder Date: March 2, 2021\nInitial Term\t24 months from the Order Date\nFees\tUSD 2,000 per month", "2023-03-02"),
            // Counted from the contract's signature.
            ("This Agreement is made on March 2, 2021.\nThis Agreement shall remain in force for a period of 36 months from its signature.", "2024-03-02"),
            ("This Agreement is made on January 10, 2021. It shall remain effective for two (2) years from and after the Effective Date, and ends on March 31, 2022.", "2022-03-31"),
            ("This Agreement is made as of January 5, 2026 (the \"Effective Date\"). The initial term shall end on the third (3rd) anniversary of the Effective Date.", "2029-01-05"),
            // "the five (5) year anniversary"; "remain effective for"; a defined contract period from one date through another; "end
            // as of"; a terms table's "Contract end:" row.
            ("This Agreement is made as of November 12, 2019 (the \"Effective Date\"). The initial term of this Agreement shall commence on the Effective Date and end on the five (5) year anniversary of the Effective Date.", "2024-11-12"),
            ("This Agreement is entered into as of March 5, 2019 (the \"Effective Date\").\nThis Agreement shall remain effective for two (2) years from the Effective Date.", "2021-03-05"),
            ("This Agreement is made on February 21, 2011.\n1.4 \"Contract Period\" shall mean that period of time from February 21, 2011 through December 31, 2012.", "2012-12-31"),
            ("This Agreement is made on June 8, 1999.\n2. The Term shall commence on the date of this Agreement and, unless earlier terminated, shall end as of December 31, 2000.", "2000-12-31"),
            ("This letter agreement is dated March 24, 2006.\n2 TERMS\n2.1 Contract start: 04-01-06\n2.2 Contract end: 04-01-08\n", "2008-04-01"),
            // "conclude on", "shall terminate" with no "on", "is the Effective Date through"; a date before the contract was made
            // ends some other period, and the term's anniversary is its end.
            ("This Agreement is made on May 18, 2010.\nThe Term shall commence on the Effective Date and conclude on October 31, 2010, unless renewed.", "2010-10-31"),
            ("This Agreement is made on March 12, 1999.\nThis promotion shall begin on June 1, 1999 and shall terminate June 1, 2000 (the \"Term\").", "2000-06-01"),
            ("This Agreement is entered into as of March 15, 2019 (the \"Effective Date\").\nThe initial term of this Agreement (\"Term\") is the Effective Date through March 15, 2022.", "2022-03-15"),
            ("This Agreement is entered into as of January 11, 2011 (the \"Effective Date\").\nPrices quoted for the period expiring December 31, 2010 stand. The term of this Agreement shall begin on the Effective Date and continue in effect for a period of five (5) years.", "2016-01-11"),
            ("Dated 4 November 2025.\n\"Commencement Date\" means 1 December 2025.\nThis agreement starts on the Commencement Date and continues for an initial term of twelve (12) months.", "2026-12-01"),
            // A length from a date written out (the effective date), before or after it.
            ("This Lease is made on June 14, 2025.\nThe term of this Lease is twelve (12) months, beginning on July 1, 2025.", "2026-07-01"),
            // What follows the term ("after which it ends") is no day it counts from.
            ("This Agreement is entered into on 14 April 2025.\n2. Term. This Agreement starts on 1 May 2025 and continues for twelve (12) months, after which it ends automatically unless the parties agree in writing to extend it.", "2026-05-01"),
            ("RETAIL SHOP LEASE\nDate: 3 March 2025\nTerm: 5 years commencing on 1 April 2025", "2030-04-01"),
            // A key-details list: the term's line, and the commencement date's line under it.
            ("SHOPPING CENTER LEASE\nDate: October 20, 2025\nTerm: Ten (10) years\nCommencement Date: January 1, 2026\nMinimum Annual Rent: $64,500.00", "2036-01-01"),
            // A length from a key-details row's "Date", or from "its effective date".
            ("MUTUAL NDA\nKEY DETAILS\nDate:\t12 September 2025\nTerm:\t3 years from the Date\n", "2028-09-12"),
            ("This Agreement is made on January 12, 2026 (the \"Effective Date\").\n7. Term. This Agreement remains in effect for three (3) years from its effective date.", "2029-01-12"),
            // Other labels of the term's row: "Duration", "Contract period", a value that is "The period of ...".
            ("SERVICES AGREEMENT\nKEY TERMS\nCommencement Date\t1 March 2026\nDuration:\t12 months\nNotice period:\t3 months", "2027-03-01"),
            ("SERVICES AGREEMENT\nKEY TERMS\nCommencement Date\t1 March 2026\nContract period\t24 months\nPayment period\t45 days", "2028-03-01"),
            ("SERVICES AGREEMENT\nKEY TERMS\nCommencement Date\t1 March 2026\nTerm\tThe period of 18 months from the Commencement Date", "2027-09-01"),
            ("This Agreement is made on June 14, 2025.\nThis Agreement shall commence on January 1, 2026 and continue for a period of two (2) years.", "2028-01-01"),
            ("This Lease is made on June 14, 2025.\nThe lease term shall be one year starting from March 1, 2025.", "2026-03-01"),
            ("This Agreement is made on June 2, 2008.\nThis Agreement shall be in full force and effect commencing on the date of execution by both Parties and shall extend for an initial term of two (2) years.", "2010-06-02"),
            ("This Agreement is made on April 6, 1999.\nThe term of this Agreement for the Hosted Site shall commence upon April 1, 1999 and shall continue for a period of six (6) months.", "1999-10-01"),
            ("This Agreement is made on March 27, 2017 (the \"Effective Date\").\nThis Agreement shall commence on the Effective Date and shall continue until the four-year anniversary of the Effective Date.", "2021-03-27"),
            // The end written after the length.
            ("This Agreement is made on January 1, 1996.\nThe term of this Agreement shall commence January 1, 1996, and shall continue for a period of three (3) years, concluding December 31, 1998.", "1998-12-31"),
            ("This Agreement is made on January 1, 2025.\nThis Agreement shall remain in effect through December 31, 2026.", "2026-12-31"),
            // The length in one sentence, its start in another.
            ("This Agreement is made on December 23, 2019 (the \"Effective Date\").\nThe term \"Term\" shall mean an initial term of five years.\n2.1 The Term shall commence upon the Effective Date.", "2024-12-23"),
            // A term whose sentence names no start runs from the effective date the contract defines; a renewal's "after the
            // Initial Term" later in the sentence is no start of the term.
            ("This Agreement is entered into as of November 6, 2016 (the \"Effective Date\").\nUnless earlier terminated as provided herein, this Agreement continues in effect for an initial term of seven (7) years and will automatically renew for annual periods after the Initial Term.", "2023-11-06"),
            ("This Agreement is entered into as of May 1, 2024 (the \"Effective Date\").\nThe Services shall begin upon installation of the Equipment and continue for twelve (12) months.", nil),
            // In force until the earlier of its termination and "the date which is" a length after the contract's date.
            ("This Agreement is dated 3 March 2020.\n9.1 This Agreement shall remain in force until the earlier of (a) its termination under clause 10 and (b) the date which is three (3) years after the date of this Agreement.", "2023-03-03"),
            // Counted from a day the contract does not date, or from a commencement date it does not give.
            ("This Agreement is made on July 13, 2005 (the \"Effective Date\").\nThe initial term of this Agreement will begin on the Effective Date and end twelve (12) months after the Launch.", nil),
            ("This Agreement is made on November 14, 2000 (the \"Effective Date\").\nThis Agreement shall be effective as of the Effective Date and shall continue in force for three years from the Launch Date.", nil),
            ("This agreement is made on March 29, 2018.\nThis agreement begins on the Commencement Date and shall continue for an initial term of one (1) year.", nil),
            // A period that is not the contract's term.
            ("This Agreement is made on January 10, 2021. The Customer shall pay all unpaid fees for the eighteen (18) months following the effective date of termination.", nil),
            ("This Agreement is made on January 10, 2021. Under this Agreement, for a period of twenty-four (24) months after the Effective Date, the Distributor shall not sell competing machines.", nil),
        ] as [(String, String?)])
    func expiration(text: String, iso: String?) {
        #expect(facts(text).dates.expirationDate == iso)
    }

    @Test("effective date: a contract 'effective from the date first written above' takes effect on its date")
    func effectiveFromDateAbove() {
        let dates = facts("This Agreement is made as of March 2, 2021.\nThis Agreement shall be effective from the date first written above and shall continue for a period of two (2) years.").dates
        #expect(dates.effectiveDate == "2021-03-02")
        #expect(dates.expirationDate == "2023-03-02")
    }
}

@Suite("ContractWise clauses")
struct ClauseRuleTests {
    let rules = try! Repository.ruleSet()

    func present(_ key: String, in sentence: String) -> Bool? {
        let doc = document("SUPPLY AGREEMENT\nThis agreement is between Acme Inc. (the \"Supplier\") and Beta LLC (the \"Buyer\").\n" + sentence)
        return rules.contractFindings(doc).clauses.first { $0.key == key }?.present
    }

    @Test(
        "no solicitation of customers: a party kept from soliciting, contacting, diverting or serving the other's customers; not a duty or a freedom to solicit, nor a carve-out, nor the employees of a party named Client",
        arguments: [
            ("During the term and for twelve (12) months thereafter, the Buyer shall not, directly or indirectly, solicit any customer of the Supplier.", true),
            ("The Buyer shall not contact any of the Supplier's customers for any reason without the Supplier's prior written approval.", true),
            ("Neither the Buyer nor any of its owners shall divert or attempt to divert any business or any customers of the Supplier to a competing business.", true),
            ("The Buyer will not accept business from any customer introduced to it by the Supplier, other than under this Agreement.", true),
            ("During the Term and for one year thereafter, the Buyer shall not market any services to the Supplier's Customers without the Supplier's consent.", true),
            ("The Buyer shall not, directly or indirectly: (a) engage in any competing business; (b) solicit or entice away any customer of the Supplier; or (c) hire any employee of the Supplier.", true),
            ("The Buyer will not interfere with the Supplier's relationship with any of its customers or suppliers.", true),
            ("The Buyer is prohibited from soliciting any of the Supplier's existing accounts during the Term.", true),
            // A duty or a freedom to solicit, a promise about other agreements, a carve-out: no restriction.
            ("The Buyer shall use its best efforts to solicit orders for the Products from customers in the Territory.", false),
            ("The Supplier shall be entitled to offer its products to third parties, solicit other clients and advertise its business.", false),
            ("The Buyer represents that it is not bound by any agreement with a third party to refrain from soliciting that party's customers.", false),
            ("The Buyer shall provide the Supplier with a monthly report of customers solicited and orders received.", false),
            ("Nothing in this Agreement shall restrict either party from soliciting or doing business with any customer.", false),
            ("The Buyer shall not be required to solicit customers outside the Territory.", false),
            ("General advertising not aimed at the Supplier's customers shall not be deemed a solicitation of customers.", false),
            ("The Buyer shall not solicit or hire any employee of the Supplier during the Term.", false),
            // A party named "Client" or "Customer" whose employees are protected: no customer of anyone's.
            ("During the term and for one (1) year thereafter, Contractor shall not solicit any employee of Client to leave Client's employ.", false),
            ("The Contractor shall not solicit any employee of Client or any of Client's customers.", true),
        ] as [(String, Bool)])
    func customerNonSolicit(sentence: String, expected: Bool) {
        #expect(present("non_solicit_customers", in: sentence) == expected)
    }

    @Test("quotes: the clause's own sentence before a table of contents' heading, never a filing's stamp or a page's footer")
    func quotesSkipContentsAndStamps() throws {
        let doc = document("""
            PATENT LICENSE AGREEMENT
            This Patent License Agreement is made between Acme Inc. ("Licensor") and Beta LLC ("Licensee").

            Table of Contents

            ARTICLE VI CONFIDENTIAL INFORMATION

            Section 6.01. Confidentiality 9 i

            Source: ACME INC., 8-K, 10/1/2018

            ARTICLE VII LIMITATION OF LIABILITY AND WARRANTY DISCLAIMER

            1. License. Licensor grants Licensee a non-exclusive licence under the Licensed Patents.
            2. Confidentiality. All confidential information of a Party disclosed to the other Party under this Agreement shall be kept in confidence by the receiving Party.
            3. Non-Solicitation. Licensee agrees that during the term of this Agreement it will not solicit or hire any employee of Licensor, directly or indirectly through any other person or entity: Page 33 of 39
            """)
        let findings = rules.contractFindings(doc)
        let quotes = try #require(findings.clauses.first { $0.key == "confidentiality" }).evidence.map(\.quote)
        #expect(quotes.first?.hasPrefix("All confidential information of a Party") == true)
        #expect(!quotes.contains { $0.hasPrefix("Source:") })
        let employees = try #require(findings.clauses.first { $0.key == "non_solicit_employees" }).evidence.map(\.quote)
        #expect(employees.first?.hasSuffix("through any other person or entity:") == true)
    }

    @Test(
        "a clause is present when a sentence states it, absent when the only sentence denies it",
        arguments: [
            ("third_party_beneficiary", "There are no intended third party beneficiaries to this Agreement.", false),
            // A filing's legend on what it left out is no duty of confidence.
            ("confidentiality", "Exhibit 10.3 CERTAIN CONFIDENTIAL INFORMATION HAS BEEN OMITTED FROM THIS EXHIBIT AND FILED SEPARATELY WITH THE SECURITIES AND EXCHANGE COMMISSION.", false),
            ("confidentiality", "THE CONFIDENTIAL INFORMATION IS DENOTED HEREIN BY [*****].", false),
            ("confidentiality", "The Buyer shall keep the Supplier's Confidential Information confidential for three (3) years after its disclosure.", true),
            ("third_party_beneficiary", "The Buyer's Affiliates are intended third party beneficiaries of Section 9 and may enforce it.", true),
            ("exclusivity", "The Supplier appoints the Buyer as its non-exclusive distributor in the Territory.", false),
            ("exclusivity", "The Supplier appoints the Buyer as its exclusive distributor in the Territory.", true),
            ("anti_assignment", "Neither party may assign this Agreement without the other party's written consent.", true),
            // An NDA's term stated as how long its duties survive; an employment ended by dismissal or resignation.
            ("term_duration", "The confidentiality obligations hereunder shall survive for five (5) years following termination.", true),
            ("term_duration", "The Recipient shall hold the Confidential Information in confidence for three years after its disclosure.", true),
            ("termination_any", "The Employer may dismiss the Employee summarily for gross misconduct.", true),
            ("termination_any", "The Employee may resign at any time by giving four weeks' notice.", true),
            ("termination_any", "The Employee shall be entitled to 25 days of paid vacation.", false),
            // Cancelling the contract at will is termination for convenience; cancelling an order is not.
            ("termination_for_convenience", "The Company reserves the right to cancel this Agreement at its sole discretion at any time without liability.", true),
            ("termination_for_convenience", "The Buyer may cancel any purchase order at any time before shipment without charge.", false),
            // A cap however it is worded.
            ("limitation_of_liability", "The Provider's liability is capped at $2.5 million.", true),
            ("limitation_of_liability", "Supplier's liability under this Agreement shall in no event exceed the fees paid in the prior twelve months.", true),
            ("limitation_of_liability", "The Licensor shall not be liable for any amounts in excess of the license fees received.", true),
            ("limitation_of_liability", "The cap on each party's liability is the total of the fees paid under this Agreement.", true),
            ("anti_assignment", "This Agreement is not assignable or transferable by either Party.", true),
            ("warranty", "The Supplier warrants that the Products will be free from defects for twelve (12) months from delivery.", true),
            ("warranty", "THE PRODUCTS ARE PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND.", false),
            // A warranty's period without the word: what the software will do, for how long.
            ("warranty", "The Software will perform substantially in accordance with the Documentation for ninety (90) days after installation.", true),
            // A warranty that lasts as long as the subscription: its period is the term.
            ("warranty", "CloudNest warrants that the Service will perform materially in accordance with the Documentation for the Subscription Term.", true),
            ("warranty", "The Supplier warrants that it will maintain the insurance in Section 9 during the Term.", false),
            ("termination_for_convenience", "Either party may terminate this Agreement for convenience on ninety (90) days' written notice.", true),
            ("termination_for_convenience", "Upon termination of this Agreement for any reason, the Buyer shall return all samples.", false),
            // Ended because a deal did not close by a date is no termination at will; nor is saying that termination keeps accrued rights.
            ("termination_for_convenience", "This Agreement may be terminated by either Parent or the Company if the Merger has not been consummated by April 6, 2027 (the \"Outside Date\").", false),
            ("termination_for_convenience", "Termination, relinquishment or expiration of this Agreement for any reason shall be without prejudice to any rights that shall have accrued to the benefit of any Party.", false),
            // An employee's notice "to end your employment" is termination.
            ("termination_any", "You must give us one month's written notice to end your employment.", true),
            ("termination_any", "After the fixed term, the tenancy continues as a monthly periodic tenancy until ended by either party by notice.", true),
            ("limitation_of_liability", "Neither party shall be liable to the other for any consequential or indirect damages.", true),
            ("auto_renewal", "The Buyer shall have the option to renew this Agreement for an additional three (3) year period.", true),
            ("uncapped_liability", "The limitations of liability in Section 9 shall not apply to a party's gross negligence, wilful misconduct or fraud.", true),
            ("uncapped_liability", "Nothing in this Section 4 shall limit the right of the Buyer to sell or transfer the Shares.", false),
            ("uncapped_liability", "Except for an action to obtain equitable relief, neither party may commence a civil action before the mediation ends.", false),
            ("uncapped_liability", "The insurance afforded by the policies respecting liability shall not be limited by any insurance the Franchisee keeps.", false),
            ("uncapped_liability", "Nothing in this Agreement limits either party's liability for fraud, gross negligence or wilful misconduct.", true),
            ("most_favored_nation", "If the Supplier offers any other customer more favorable prices for the Products, the Supplier shall offer the same prices to the Buyer.", true),
            ("change_of_control", "A transfer of more than fifty percent (50%) of the voting stock of the Buyer shall constitute an assignment for the purposes of this Section.", true),
            // Ownership of goods or securities changing hands is no change in who controls a party.
            ("change_of_control", "The transfer of ownership of the Products to the Buyer takes place on delivery at the Buyer's warehouse.", false),
            ("change_of_control", "If there is a change in the ownership of the Buyer, the Buyer shall notify the Supplier within ten (10) days.", true),
            // Written for the purpose: a takeover stated with verbs, beneficial ownership, an assignment ban that names a
            // change of control; a merger that needs no consent is none.
            ("change_of_control", "The Licensor may terminate this Agreement immediately upon written notice if the Licensee is acquired by, or merges with, a competitor of the Licensor.", true),
            ("change_of_control", "Any change in the beneficial ownership of more than 50% of the voting shares of the Distributor shall be treated as an assignment requiring the Company's consent.", true),
            ("change_of_control", "This Agreement may not be assigned by either party, whether by operation of law, merger, change of control or otherwise, without the prior written consent of the other party.", true),
            ("change_of_control", "Should a third party acquire control of the Reseller, the Manufacturer may end this Agreement on ninety (90) days' notice.", true),
            ("change_of_control", "In connection with a merger or a sale of substantially all of its assets,\neither party may transfer this Agreement without the other party's consent.", false),
            ("change_of_control", "The Company has filed an application for approval of its acquisition of the Bank with the Department.", false),
            ("change_of_control", "This Agreement shall terminate automatically if the Supplier ceases to be controlled by Beta Holdings Inc.", true),
            ("uncapped_liability", "In no event shall either party's liability exceed the fees paid hereunder, except for liability arising from a party's indemnification obligations or breach of confidentiality.", true),
            ("uncapped_liability", "In no event shall either party's liability exceed the fees paid hereunder, except as otherwise provided in Section 9.", false),
            ("warranty", "The Supplier shall repair or replace any Product that fails within two years of shipment.", true),
            ("minimum_commitment", "The Supplier shall maintain a minimum of two weeks' inventory of the Products.", false),
            ("license_grant", "The Supplier hereby licenses to the Buyer the right to use the Software embedded in the Products.", true),
            // A landlord's exclusive-use covenant.
            ("exclusivity", "The Landlord shall not lease any other space in the Shopping Center to a bakery during the Term.", true),
            ("non_solicit_employees", "The Supplier shall not hire or engage any person who was employed by the Buyer during the preceding six months.", true),
            ("most_favored_nation", "If the Supplier sells the Products to any other customer at a lower price, the Supplier shall reduce the price charged to the Buyer accordingly.", true),
            ("indemnification", "The Supplier shall compensate the Buyer for any loss suffered as a result of a third-party claim that the Products infringe a patent.", true),
            ("post_termination_obligations", "Upon termination of this Agreement, each party shall promptly return or destroy all Confidential Information of the other party.", true),
            ("post_termination_obligations", "After the end of the Term the Supplier shall continue to supply spare parts for the Products for a period of five (5) years.", true),
            // Written for the purpose, each missed before: exclusivity without the word "exclusive" (or vetoed by the
            // model), an improvement owned by the licensor, liquidated damages without their name, a minimum
            // purchase by value; a minimum inventory is no purchase commitment.
            ("exclusivity", "During the Term, the Supplier shall not sell the Products to any other person in the Territory.", true),
            ("exclusivity", "During the term, the Seller shall not sell Products to any other buyer in Singapore or Malaysia.", true),
            ("exclusivity", "The Licensee shall be the sole and exclusive licensee of the Patents in the Field.", true),
            ("exclusivity", "The Customer agrees to obtain all of its requirements for the Services solely from the Provider during the Term.", true),
            ("ip_assignment", "Any improvements to the Licensed Technology made by the Licensee shall be owned by the Licensor.", true),
            ("liquidated_damages", "If the Supplier fails to deliver on the Delivery Date, it shall pay the Buyer 0.5% of the price of the delayed Goods for each week of delay, up to a maximum of 5%.", true),
            ("liquidated_damages", "The parties agree that the sum of $500 per day is a reasonable pre-estimate of the loss the Owner would suffer.", true),
            ("liquidated_damages", "Any breach of Section 8 will cause irreparable injury, the amount of which may be difficult to ascertain, and the other party may seek an injunction.", false),
            ("minimum_commitment", "The Distributor shall purchase Products with an aggregate value of not less than $250,000 in each Contract Year.", true),
            ("minimum_commitment", "The Supplier shall maintain a minimum inventory sufficient for two weeks of the Customer's orders.", false),
            ("revenue_profit_sharing", "The parties shall share the net profits of the Joint Venture equally.", true),
            ("revenue_profit_sharing", "The Licensor shall be entitled to its proportionate share of the insurance proceeds received by the Licensee.", false),
            ("joint_ip_ownership", "All Inventions made jointly by employees of both parties shall be owned jointly by the parties.", true),
            ("most_favored_nation", "If the Licensor grants any other licensee more favorable royalty terms, the Licensor shall offer the same terms to the Licensee.", true),
            ("most_favored_nation", "The Supplier shall not offer any other customer prices lower than those charged to the Customer for comparable goods.", true),
            ("most_favored_nation", "If the Supplier offers any other customer pricing more favorable than the pricing hereunder, the Supplier shall promptly offer such pricing to the Buyer.", true),
            ("most_favored_nation", "The Licensor represents that the royalty rate hereunder is at least as favorable as the rate granted to any other licensee.", true),
            ("non_compete", "The Executive shall not, for two years after leaving, become employed by any competitor of the Company in the United States.", true),
            // A standard NDA's "for any or no reason" is at will; its "no less protective than" is about care, not prices.
            ("termination_for_convenience", "Each party may terminate this Agreement for any or no reason by written notice to the other.", true),
            ("most_favored_nation", "The Recipient shall: (a) use the Confidential Information only for the Purpose; (b) not share Confidential Information with any third party without the Discloser's prior written consent, except that the Recipient may share it with its staff, agents, advisers and subcontractors who need to know it for the Purpose, provided each of them is bound by confidentiality duties no less protective of the Discloser than the applicable terms of this Agreement and the Recipient stays responsible for their compliance; and (c) protect the Confidential Information with at least the care it uses for its own similar information, and no less than reasonable care.", false),
            ("non_compete", "During the Term and for one (1) year thereafter, the Consultant shall not provide services to any competitor of the Company in Canada.", true),
            ("uncapped_liability", "The foregoing cap shall not apply to damages arising from the Supplier's infringement of a third party's intellectual property rights.", true),
            ("uncapped_liability", "Neither party limits its liability for breach of its obligations under Section 9 (Confidentiality).", true),
            ("indemnification", "The Licensee shall compensate the Licensor for all losses suffered as a result of any third-party claim relating to the Licensee's use of the Software.", true),
            ("payment_terms", "The Client shall pay each invoice net 45.", true),
            ("uncapped_liability", "Notwithstanding anything to the contrary, the cap on liability set out in Section 10.2 does not apply to the Supplier's indemnification obligations under Section 9.", true),
            ("uncapped_liability", "The limitation of liability in Section 10.2 applies to all claims. The Supplier does not apply any surcharge.", false),
            // The key is a warranty for a stated period (CUAD's "Warranty Duration").
            ("warranty", "The Supplier warrants that the Products will conform to the specifications.", false),
            // Written for the purpose in the sixth session, each missed before: a takeover as a termination right,
            // a notice duty, an assignment ban that names a merger ("cannot" is a negation too), a majority of shares
            // acquired; an assignment ban that lets a successor take over is none.
            ("change_of_control", "The Licensor may terminate this Agreement upon thirty (30) days' written notice if the Licensee enters into an agreement relating to the merger of the Licensee with another entity or the acquisition of a majority of the Licensee's issued and outstanding capital stock.", true),
            ("change_of_control", "If the Distributor decides to sell a substantial portion of its assets, or to merge or transfer ownership of the Distributor to a third party, the Distributor will immediately notify the Company.", true),
            ("change_of_control", "Except with the Owner's prior written approval, this Agreement may not be assigned by the Operator in connection with a merger, a sale of all or substantially all of the assets of the Operator or any similar corporate reorganization.", true),
            ("change_of_control", "This Agreement cannot be assigned by a Party, also as a result of the transfer of a business as a going concern, of a merger, of a de-merger or of a spin-off, without the prior written consent of the other Party.", true),
            ("change_of_control", "If a majority of the voting securities of the Reseller are acquired by a competitor of the Supplier during the Term, the Supplier may terminate this Agreement on written notice.", true),
            ("change_of_control", "Should the Customer be acquired by or merged into a third party, the Provider may end this Agreement by giving ninety days' notice.", true),
            ("change_of_control", "The Consultant shall notify the Client promptly of any proposed sale of a controlling interest in the Consultant.", true),
            ("change_of_control", "In the event that fifty percent (50%) or more of the outstanding shares of the Franchisee are transferred, the Franchisor's prior written consent shall be required.", true),
            ("change_of_control", "This Agreement may not be assigned by either party, except to the transferee of substantially all of the business of such party, whether by asset sale, merger or otherwise.", false),
            ("change_of_control", "The Supplier shall maintain and follow change control SOPs for any change to equipment or processes.", false),
            ("change_of_control", "If there is a change in the management or ownership of the Distributor, the Supplier may, at its option, terminate this Agreement.", true),
            ("change_of_control", "The exclusivity granted in Section 1 shall lapse if the Distributor becomes a subsidiary of any manufacturer of competing products.", true),
            ("change_of_control", "If the Franchisee is a corporation, any transfer of stock that results in a change in the persons controlling the Franchisee shall be deemed a transfer requiring the Franchisor's consent.", true),
            ("change_of_control", "The Distributor shall give the Supplier written notice of any reorganization, merger or consolidation of the Distributor at least thirty (30) days before it takes effect.", true),
            ("change_of_control", "The Distributor's rights under this Agreement shall terminate upon the sale of the Distributor's business to a third party.", true),
            ("change_of_control", "Any transaction by which the Distributor's present shareholders cease to hold a majority of its voting shares shall entitle the Supplier to terminate this Agreement.", true),
            ("change_of_control", "If the Distributor merges with, or transfers a controlling interest to, a competitor of the Supplier, the Supplier may terminate this Agreement immediately.", true),
            ("change_of_control", "The Supplier shall give the Distributor notice of any change to the delivery schedule.", false),
            ("change_of_control", "A transfer of fifty percent (50%) or more of the voting stock of Tenant shall be deemed an assignment.", true),
            ("liquidated_damages", "Should the Contractor fail to complete the Works by the Completion Date, it shall pay the Employer USD 5,000 per day as agreed damages.", true),
            // Tenth session: a termination payment; damages "difficult to ascertain" with a sum that is "a
            // reasonable estimate" of them; a notice owed after a merger; a cap in a numbered section.
            ("liquidated_damages", "In the event Tenant terminates this Lease early under Section 3.4, Tenant shall pay Landlord a termination payment of $25,000.", true),
            ("liquidated_damages", "The parties agree that the Company's damages from a breach of Section 7 would be difficult to ascertain, and that the sum of $50,000 per breach is a reasonable estimate of them.", true),
            ("liquidated_damages", "Late payments bear interest at the lesser of 1.5% per month or the maximum rate allowed by law.", false),
            ("liquidated_damages", "The Company shall pay Parent a break-up fee of $1,000,000 if it accepts a Superior Proposal.", true),
            ("liquidated_damages", "For each day that the Products are delivered late, the Supplier shall pay the Distributor a sum of $500 per day.", true),
            ("liquidated_damages", "For each day of the Term, the Supplier shall deliver the Products by 9 a.m. and the Distributor shall pay for them within 30 days.", false),
            ("change_of_control", "The Provider shall notify the Client in writing within ten (10) days after any merger in which its shareholders cease to hold a majority of its voting stock.", true),
            ("change_of_control", "The Bank has received written notice from the regulator of its approval of the Bank Merger Application.", false),
            ("change_of_control", "The Supplier may terminate this agreement on 90 days' notice if control of the Distributor passes to a competitor of the Supplier.", true),
            ("change_of_control", "The Supplier shall keep quality control of the production process and any changes to it.", false),
            ("payment_terms", "Invoices are due net thirty (30) days from the invoice date.", true),
            ("termination_any", "The Venture shall continue until the thirtieth (30th) anniversary of the commercial operation date, unless dissolved earlier by unanimous agreement.", true),
            ("termination_any", "This Sublease is subject and subordinate to the Master Lease. If the Master Lease terminates, this Sublease terminates as well.", true),
            // A fixed term that a party may end early on notice is neither an automatic renewal nor a renewal notice.
            ("auto_renewal", "This MOU remains in effect for twelve (12) months from its date unless either party withdraws on thirty (30) days' written notice.", false),
            ("renewal_notice_period", "This MOU remains in effect for twelve (12) months from its date unless either party withdraws on thirty (30) days' written notice.", false),
            ("auto_renewal", "This Agreement shall continue for one year and thereafter for successive one-year periods unless either party gives notice of non-renewal at least 60 days before the end of the then-current term.", true),
            // An evergreen term ended on notice is a renewal notice period, as CUAD reads it.
            ("renewal_notice_period", "The term of this Agreement shall commence on the Effective Date and shall remain in effect until terminated by either Party upon thirty (30) days' prior written notice.", true),
            // Plain-English drafting the clause model never saw (it rated both under 0.07): an audit right with
            // its notice between "may" and "audit", an improvement that "is owned by" the licensor.
            ("audit_rights", "The Licensor may, on 10 business days' notice, audit the Licensee's use of the Software once in each year.", true),
            ("ip_assignment", "Any improvement to the Software made by the Licensee is owned by the Licensor.", true),
            ("uncapped_liability", "Notwithstanding anything to the contrary, the cap set forth in Section 12.2 does not apply to claims for infringement of the other party's intellectual property rights.", true),
            ("uncapped_liability", "The exclusions and limitations in this Section 12 do not apply to breaches of Section 9 (Confidentiality).", true),
            ("uncapped_liability", "Liability for infringement of the other party's intellectual property rights shall be unlimited.", true),
            ("uncapped_liability", "Notwithstanding anything to the contrary, the Supplier's liability under its indemnity in Clause 14 is not subject to any cap.", true),
            ("post_termination_obligations", "After the end of this Agreement the Supplier shall continue to supply spare parts for the Products for five years.", true),
            ("ip_assignment", "All intellectual property rights in the Deliverables shall vest in the Customer upon creation.", true),
            ("ip_assignment", "The Employee agrees that all inventions conceived during employment are the sole and exclusive property of the Employer and shall promptly disclose them.", true),
            ("ip_assignment", "Any improvements to the Licensed Technology made by the Licensee shall belong to the Licensor.", true),
            ("ip_assignment", "Each party retains all intellectual property rights it owned before the Effective Date.", false),
            // The wording of service agreements drafted in China, which the clause model never saw.
            ("ip_assignment", "Party A shall have exclusive and proprietary rights and interests in all rights, ownership, interests and intellectual properties arising out of or created during the performance of this Agreement.", true),
            // An exception is read in the whole sentence, however far it stands from the words that matched.
            ("change_of_control", "Despite the restriction above, either party may assign this Agreement as a whole without the other party's consent to any of these: (a) an affiliate under common control with the assignor, (b) a bank that lends money to the assignor, by way of security for that loan, (c) a trustee for the benefit of the assignor's creditors, (d) its successor in an acquisition of all or substantially all of its assets, equity or business, whether the assignor is the seller or the entity acquired.", false),
            ("change_of_control", "No consent shall be required for either party to assign this Agreement to an Affiliate or in connection with a merger or a sale of all or substantially all of its assets.", false),
            ("change_of_control", "The Reseller may not assign this Agreement without consent, provided that the Reseller may assign this Agreement if the Reseller is sold or merged into another company.", false),
            ("exclusivity", "The Manufacturer will make and supply the Products on a non-exclusive basis (save in the Territory), and the Distributor agrees that it will buy exclusively from the Manufacturer all of its requirements of the Products in each year of the Term, at the prices in Schedule 2, in the quantities of the forecasts it gives under Clause 4.", true),
            ("uncapped_liability", "The restrictions of this Section 8 shall not apply to information that is or becomes public through no fault of the Recipient.", false),
            // Eleventh session: contracts drafted outside the CUAD filings.
            ("insurance", "The Tenant shall insure its own contents and shall reimburse the Landlord for the insurance premium the Landlord pays to insure the building.", true),
            ("non_compete", "While a Partner and for one year after withdrawing, no Partner shall engage in the tile installation business in Cook County, Illinois, other than through the Partnership.", true),
            ("non_compete", "For a period of five (5) years after the Closing Date, no Seller shall, directly or indirectly, engage in the business of precision machining of aerospace components anywhere in the United States.", true),
            ("anti_assignment", "Neither Venturer may sell, assign or otherwise transfer its interest in the Venture without the prior written consent of the other Venturer.", true),
            ("auto_renewal", "During the term of this Agreement and for one (1) year thereafter, neither party shall solicit for employment any employee of the other party.", false),
            ("non_solicit_employees", "For one (1) year after this Agreement ends, the Contractor shall not solicit or hire any employee of the Company.", true),
            ("non_solicit_employees", "The Seller shall not, for a period of three years after Completion, solicit or entice away from the Company any employee or customer of the Company.", true),
            // A final report and payment owed after the term ends.
            ("post_termination_obligations", "Within thirty (30) days after the end of the Term, Licensee shall deliver a final royalty report and pay all royalties then due.", true),
            // A change in "its" ownership, coming under another's control; a change-control procedure is none.
            ("change_of_control", "Licensee shall notify Licensor within ten (10) days of any change in its ownership.", true),
            ("change_of_control", "Supplier may terminate this Agreement immediately if Distributor comes under the control of a person who did not control it on the Effective Date.", true),
            ("change_of_control", "The parties shall meet quarterly to review any changes in control procedures for the shared facility.", false),
            ("uncapped_liability", "Neither party's aggregate liability shall exceed the fees paid in the twelve (12) months preceding the claim, except for liability for breach of confidentiality, which is unlimited.", true),
            ("change_of_control", "If a competitor of Supplier acquires more than fifty percent (50%) of the voting securities of Customer, Supplier may terminate this Agreement.", true),
            ("change_of_control", "If Licensee becomes a subsidiary of any entity that manufactures competing products, Licensor may terminate this Agreement.", true),
            ("ip_assignment", "All intellectual property rights in any work you create in the course of your employment belong to the Employer, and you assign them to the Employer.", true),
            ("change_of_control", "\"Licensed Patent\" means any Patent that is Controlled by Licensor or becomes a Subsidiary of Licensor during the Term.", false),
            ("uncapped_liability", "The Licensor is liable without limitation for intent and gross negligence.", true),
            // A merger agreement's own Merger is no change of control of a party.
            ("change_of_control", "This Agreement may be terminated by either Parent or the Company if the Merger has not been consummated on or before December 31, 2025.", false),
            // A restriction's period is not the contract's term; a break clause's notice is no minimum commitment.
            ("term_duration", "For a period of twelve (12) months after the employment ends, the Employee shall not, within Singapore, be employed by any business that competes with the Company.", false),
            // A standstill's period is the covenant's, not the agreement's term.
            ("term_duration", "For a period of twelve (12) months from the date of this Agreement, the Recipient shall not, without the prior written consent of the Company's Board, acquire any voting securities of the Company or make any proposal for a merger.", false),
            ("termination_any", "This Lease is a net lease and cannot be cancelled by Lessee during its term.", true),
            ("payment_terms", "The Employee shall be paid a cost to company of Rs. 18,00,000 per annum, as set out in Annexure A.", true),
            // A hire charge by the week in a currency the amount patterns do not list.
            ("payment_terms", "The Hirer shall pay AUD 2,450 per week, plus GST, weekly in advance.", true),
            // Who bears a loss is no limit on it.
            ("limitation_of_liability", "The Hirer is liable for all loss of or damage to the Equipment during the hire period, fair wear and tear excepted.", false),
            ("audit_rights", "The Processor shall make available to the Controller all information necessary to demonstrate compliance and allow for audits, including inspections, by the Controller.", true),
            ("minimum_commitment", "The Tenant may terminate this Lease on the third anniversary of the Term Commencement Date by giving the Landlord not less than six months' written notice.", false),
            // Sixteenth session: a German contract of employment, a membership interest purchase, a consultant's conflicts clause.
            ("non_compete", "For a period of twelve (12) months after the end of the employment relationship, the Employee shall not work for a company that develops or distributes cardiac monitoring devices in Germany, Austria or Switzerland.", true),
            ("non_compete", "During the term of this Agreement, Consultant shall not provide services to any company developing antibody therapeutics for fibrotic diseases without the Company's prior written consent.", true),
            ("term_duration", "For a period of twelve (12) months after the end of the employment relationship, the Employee shall not work for a company that develops or distributes cardiac monitoring devices in Germany, Austria or Switzerland.", false),
            ("ip_assignment", "All other work results, including copyrights in software and documents created by the Employee in the course of his duties, are transferred exclusively and without limitation to the Employer.", true),
            ("non_solicit_employees", "For the same period, no Seller shall solicit any employee of the Company to leave its employment, or solicit any customer of the Company to cease doing business with it.", true),
            ("revenue_profit_sharing", "For the duration of the non-competition covenant, the Employer shall pay the Employee compensation of fifty percent (50%) of his most recent contractual remuneration for each month.", false),
            ("confidentiality", "WHEREAS the Parties wish to explore a possible joint development and, for that Purpose, each may disclose Confidential Information to the other;", false),
            // Nineteenth session: sentences of my own for the weakest held-out keys, read against CUAD's labels on the tuning part.
            // Change of control: a right to end the contract when the other is sold or comes under another's control.
            ("change_of_control", "Manufacturer may terminate this Agreement if Distributor sells or transfers all or substantially all of its business or assets to a third party.", true),
            ("change_of_control", "In the event that Partner becomes controlled by a Competitor, Company may terminate this Agreement forthwith.", true),
            // As CUAD labels them: a bar on assignment "by operation of law", or leave to assign on a merger, is none.
            ("change_of_control", "Neither party may assign this Agreement, whether voluntarily, by operation of law or otherwise, without the prior written consent of the other party.", false),
            ("change_of_control", "Either Party may assign this Agreement without consent to a successor in connection with a merger or sale of all or substantially all of its assets.", false),
            // A service credit is liquidated damages (a service-level penalty in CUAD's labels).
            ("liquidated_damages", "If the Service Level is not met in any month, Provider shall credit Customer with a service credit of five percent (5%) of the monthly fees for each full hour of downtime.", true),
            // Exclusivity: no other agency, no similar arrangement with a competitor.
            ("exclusivity", "Company agrees that it will not engage any other agency to provide advertising services in the Territory while this Agreement is in effect.", true),
            ("exclusivity", "The Partner shall not enter into any similar arrangement with a competitor of the Company during the Term.", true),
            ("exclusivity", "The Distributor shall purchase one hundred percent (100%) of its requirements of widgets from the Supplier.", true),
            ("exclusivity", "The Buyer shall be the Supplier's only distributor of the Products in the Territory during the Term.", true),
            ("exclusivity", "The Distributor shall hold one hundred percent (100%) of the shares of its subsidiary.", false),
            ("non_compete", "The Licensee shall not develop, market or sell any software that is substantially similar to the Licensed Software.", true),
            ("ip_assignment", "The Employee assigns to the Company all her rights in the inventions.", true),
            // A minimum commitment: take or pay; not a notice period's or insurance's minimum.
            ("minimum_commitment", "Customer shall take or pay for not less than 90% of the Contracted Volume each month.", true),
            ("minimum_commitment", "The notice period shall be a minimum of thirty (30) days.", false),
            ("minimum_commitment", "Each party shall maintain general liability insurance with a minimum of $1,000,000 per occurrence.", false),
            // An endorser who may not promote another brand is under a non-compete (as CUAD labels an endorser's); using the
            // endorsement for another purpose is not one.
            ("non_compete", "During the Term and for thirty (30) days thereafter, Influencer shall not promote, endorse or create sponsored content for any other skincare brand.", true),
            ("non_compete", "Company shall not use the Endorsement for any other purpose or in connection with any other items.", false),
            // A restriction within a radius after the employment is a non-compete; serving the employer's clients there is also
            // dealing with its customers.
            ("non_compete", "For six months after the employment ends the Employee shall not, within five miles of the Hospital, provide veterinary services to any client of the Employer.", true),
            ("non_compete", "The Tenant shall not, within three (3) miles of the Premises, operate another restaurant.", true),
            ("non_compete", "Deliveries shall not be made to any site within fifty (50) miles of the port without notice.", false),
            ("non_solicit_customers", "For six months after the employment ends the Employee shall not, within five miles of the Hospital, provide veterinary services to any client of the Employer.", true),
        ] as [(String, String, Bool)])
    func statedOrDenied(key: String, sentence: String, expected: Bool) {
        #expect(present(key, in: sentence) == expected)
    }

    @Test("a numbered party wrapped by a printed page after \"England and\" runs on to its role; \"(the \"Landlord\"); and\" closes one")
    func wrappedNumberedParties() {
        let wrapped = rules.contractFindings(document("""
            THIS UNDERLEASE is dated 1 December 2025
            PARTIES
            (1) NORTHBANK MEDIA LIMITED incorporated and registered in England and
            Wales with company number 07712345 whose registered office is at 40 Clerkenwell
            Road, London EC1M 5PS (the "Landlord").
            (2) FOXGLOVE STUDIOS LTD incorporated and registered in England and Wales
            with company number 13456789 whose registered office is at 9 Hackney Road,
            London E2 7NX (the "Tenant").
            1. The Landlord lets the Premises to the Tenant for five (5) years.
            """))
        #expect(wrapped.parties.map { [$0.name, $0.role ?? ""] } == [["NORTHBANK MEDIA LIMITED", "Landlord"], ["FOXGLOVE STUDIOS LTD", "Tenant"]])
        #expect(KeyFactExtractor.closesEntry("(1) ACME LIMITED of 1 High Street (the \"Landlord\"); and"))
        #expect(!KeyFactExtractor.closesEntry("(1) ACME LIMITED incorporated and registered in England and"))
    }

    @Test("a short definition is quoted itself, not taken for a heading and passed over for the sentence after it")
    func definitionQuoted() throws {
        let lease = rules.contractFindings(document("""
            UNDERLEASE
            This Underlease is dated 1 December 2025 between Northbank Media Limited (the "Landlord") and Foxglove Studios Ltd \
            (the "Tenant").
            1. Definitions. In this Underlease:

            "Rent" means £96,000 a year.

            "Term" means a term of five (5) years from and including 1 January 2026.

            2. The Tenant may terminate this Underlease on 31 December 2028 by giving the Landlord not less than six months' written notice.
            """))
        #expect(lease.clauses.first { $0.key == "payment_terms" }?.evidence.first?.quote == "\"Rent\" means £96,000 a year.")
        #expect(lease.clauses.first { $0.key == "termination_any" }?.present == true, "an underlease is a lease")
        // Nor is a short sentence that says what survives: "Sections 4 and 5 survive termination." (the advisor agreement's).
        let advisorText = try String(contentsOfFile: Repository.root + "/Tests/AnalysisTests/Contracts/advisor-agreement.txt", encoding: .utf8)
        let advisor = rules.contractFindings(document(advisorText))
        #expect(advisor.clauses.first { $0.key == "post_termination_obligations" }?.evidence.first?.quote == "Sections 4 and 5 survive termination.")
    }

    @Test("the quote a lawyer needs comes first: the contract's term before a restriction's period, a right to terminate before a mention of termination")
    func termAndTerminationQuotes() {
        let franchise = rules.contractFindings(document("""
            FRANCHISE AGREEMENT
            This Franchise Agreement is made on February 10, 2025 by and between Peach Street Bagels Franchising, LLC ("Franchisor") \
            and Dunmore Hospitality Group, Inc. ("Franchisee").
            1. Covenant Not to Compete. For a period of two (2) years after the expiration or termination of this Agreement, \
            Franchisee shall not own or operate any bagel restaurant within ten (10) miles of the Restaurant.
            2. Term. The initial term of this Agreement is ten (10) years from the Effective Date.
            3. Termination. Franchisor may terminate this Agreement upon written notice if Franchisee fails to cure any default \
            within thirty (30) days.
            """))
        let term = franchise.clauses.first { $0.key == "term_duration" }
        #expect(term?.evidence.first?.quote == "The initial term of this Agreement is ten (10) years from the Effective Date.")
        #expect(term?.evidence.contains { $0.quote.contains("bagel restaurant") } == false)
        let termination = franchise.clauses.first { $0.key == "termination_any" }
        #expect(termination?.evidence.first?.quote.hasPrefix("Franchisor may terminate this Agreement upon written notice") == true)
    }

    @Test("the clause model alone marks a minimum commitment only in a sentence that speaks of one (minimum, at least, forecasts, quantities ...)")
    func minimumCommitmentNeedsItsWords() throws {
        let rule = try #require(rules.contracts.rules.clauses.first { $0.key == "minimum_commitment" })
        let needs = try #require(rule.modelNeeds)
        #expect(needs.countMatching("The Licensor may terminate this agreement by notice if the Licensee fails to pay any amount within 30 days of its due date.") == 0)
        #expect(needs.countMatching("The Distributor shall purchase not less than 10,000 units in each Contract Year.") > 0)
        #expect(needs.countMatching("ENVISION will provide SIERRA with demand projections for the Product.") > 0)
    }

    @Test("a penalty names liquidated damages when an amount follows it, not in 'under penalty of nullity'")
    func penaltyNeedsAnAmount() throws {
        let patterns = try #require(rules.contracts.rules.clauses.first { $0.key == "liquidated_damages" }).patterns
        #expect(patterns.countMatching("The Supplier shall pay a penalty of 2% of the order value for each week of delay.") > 0)
        #expect(patterns.countMatching("The Supplier shall pay a penalty of one hundred dollars per day.") > 0)
        // Filings redact the figure: "[*]" or "[***]" stands for it.
        #expect(patterns.countMatching("If the Supplier misses the service level in a month, a penalty of [***] of that month's fees applies.") > 0)
        #expect(patterns.countMatching("Any amendment must be given in writing under penalty of nullity.") == 0)
    }

    @Test("an invalid 'unless' or 'modelNeeds' pattern is reported with the file and the clause")
    func invalidUnless() throws {
        let folder = NSTemporaryDirectory() + "cw-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/contractwise.json"
        try Data("""
            {"expectationWeight": 0.1, "levels": [{"below": 2, "level": "LOW"}], "expectations": {},
             "clauses": [{"key": "x", "title": "X", "patterns": ["a"], "unless": ["(b"], "plainLanguage": "p", "risk": "LOW"}]}
            """.utf8).write(to: URL(fileURLWithPath: path))
        #expect { try ContractWiseRules(file: path) } throws: { error in
            let reason = (error as? RuleFileError)?.reason ?? ""
            return reason.contains("clauses[0] (x).unless[0]")
        }
        try Data("""
            {"expectationWeight": 0.1, "levels": [{"below": 2, "level": "LOW"}], "expectations": {},
             "clauses": [{"key": "x", "title": "X", "patterns": ["a"], "modelNeeds": ["renew", "[b"], "plainLanguage": "p", "risk": "LOW"}]}
            """.utf8).write(to: URL(fileURLWithPath: path))
        #expect { try ContractWiseRules(file: path) } throws: { error in
            let reason = (error as? RuleFileError)?.reason ?? ""
            return reason.contains("clauses[0] (x).modelNeeds[1]")
        }
    }
}

@Suite("ContractWise period risks")
struct PeriodRiskTests {
    let rules = try! Repository.ruleSet()

    func factors(_ sentence: String, title: String = "SERVICES AGREEMENT") -> [RiskFactor] {
        let doc = document("\(title)\nThis agreement is between Acme Inc. (the \"Supplier\") and Beta LLC (the \"Customer\").\n" + sentence)
        return rules.contractFindings(doc).riskAssessment.factors
    }

    @Test("auto-renewal with a short notice window is a risk tied to its sentence; a 90-day window is not")
    func renewalWindow() throws {
        let short = factors("This Agreement renews automatically for successive periods of one (1) year unless either party gives notice of non-renewal at least thirty (30) days before the end of the then-current term.")
        let window = try #require(short.first { $0.factor.contains("short notice window") })
        #expect(window.factor.contains("thirty (30) days"))
        #expect(window.evidence.first?.quote.contains("non-renewal") == true)
        #expect(!short.contains { $0.factor.contains("leaves") }, "one period factor per sentence, not one per rule")
        let long = factors("This Agreement renews automatically for successive periods of one (1) year unless either party gives notice of non-renewal at least ninety (90) days before the end of the then-current term.")
        #expect(!long.contains { $0.factor.contains("short notice window") })
    }

    @Test("a contract that runs until either party ends it on notice has no renewal window to miss; its sentence is a termination clause; one that renews until ended still has a window")
    func evergreenHasNoWindow() throws {
        let evergreen = rules.contractFindings(document("SERVICES AGREEMENT\nThis agreement is between Acme Inc. (the \"Supplier\") and Beta LLC (the \"Customer\").\n4. Term. This Agreement continues until terminated by either party on thirty (30) days' written notice."))
        let factors = evergreen.riskAssessment.factors.map(\.factor)
        #expect(!factors.contains { $0.contains("short notice window") || $0.contains("leaves") }, "\(factors)")
        #expect(factors.contains { $0.hasPrefix("Termination for convenience") }, "\(factors)")
        let termination = try #require(evergreen.clauses.first { $0.key == "termination_any" })
        #expect(termination.present && termination.evidence.first?.quote.contains("until terminated by either party") == true)
        #expect(!evergreen.riskAssessment.factors.contains { $0.key == "termination_any" && $0.missingExpected == true })
        let renewing = self.factors("This Agreement shall continue for successive one (1) year terms until terminated by either party on thirty (30) days' written notice before the end of the then-current term.")
        #expect(renewing.contains { $0.factor.contains("short notice window") }, "\(renewing.map(\.factor))")
    }

    @Test("one passage, one renewal factor: two clauses' quotes of a long renewal sentence, cut at different places, raise one factor with one quote")
    func renewalPassageOnce() throws {
        let found = factors("1. Term. Section 10.1 of the Agreement is deleted and replaced with the following: \"The term of this Agreement shall continue until June 30, 2028, and shall thereafter renew automatically for successive one (1) year periods unless either party gives written notice of non-renewal at least thirty (30) days before the end of the then-current term.\"")
        let renewal = found.filter { ["auto_renewal", "renewal_notice_period"].contains($0.key) }
        #expect(renewal.count == 1, "\(renewal.map(\.factor))")
        let window = try #require(renewal.first)
        #expect(window.factor.hasPrefix("Automatic renewal with a short notice window") && window.evidence.count == 1, "\(window.evidence)")
        #expect(window.weight == 0.2)
    }

    @Test("a renewal's own length is no notice window: 'successive periods of one month unless you cancel' states none")
    func renewalLengthIsNoWindow() throws {
        let monthly = factors("Your subscription renews automatically for successive periods of one month unless you cancel it before the renewal date.")
        #expect(monthly.contains { $0.factor.contains("Automatic renewal") })
        #expect(!monthly.contains { $0.factor.contains("leaves") || $0.factor.contains("short notice window") }, "\(monthly.map(\.factor))")
        // The window is the period the notice is given in, whatever the renewal's length beside it.
        let both = factors("This Agreement shall automatically renew for additional one (1) month terms unless either party gives notice at least fifteen (15) days before the end of the then-current term.")
        let window = try #require(both.first { $0.factor.contains("short notice window") || $0.factor.contains("leaves") })
        #expect(window.factor.contains("fifteen (15) days"))
    }

    @Test("a non-compete's length: three years is a risk, six months is not; a seller's in a sale of a business over three years, a former franchisee's over two")
    func nonCompeteLength() {
        #expect(factors("The Supplier shall not compete with the Customer anywhere in the world for a period of three (3) years after termination.")
            .contains { $0.factor.contains("Non-compete lasting three (3) years") })
        #expect(!factors("The Supplier shall not compete with the Customer in Ohio for six (6) months after termination.")
            .contains { $0.factor.contains("Non-compete lasting") })
        // A seller's non-compete in the sale of its business: three years is accepted, more is a risk.
        /// The risk factors of a contract of `type` that opens with `opening` and holds `covenant`.
        func covenantFactors(opening: String, type: ContractType, _ covenant: String) -> [String] {
            let findings = rules.contractFindings(document(opening + covenant))
            #expect(findings.contractType == type)
            return findings.riskAssessment.factors.map(\.factor)
        }
        func sale(_ covenant: String) -> [String] {
            covenantFactors(opening: "ASSET PURCHASE AGREEMENT\nThis Asset Purchase Agreement is made between Maple Crest Bakeries Inc. (the \"Purchaser\") and Northern Oven Ltd. (the \"Vendor\").\nThe Vendor shall sell and the Purchaser shall purchase substantially all of the assets of the Business for a purchase price of $4,250,000 payable at Closing.\n", type: .mergerAcquisition, covenant)
        }
        let threeYears = sale("For a period of three (3) years after the Closing Date, the Vendor shall not carry on any bakery business within the Province of Manitoba.")
        #expect(!threeYears.contains { $0.contains("Non-compete lasting") } && threeYears.contains { $0.hasPrefix("Non-compete:") }, "\(threeYears)")
        #expect(sale("For a period of five (5) years after the Closing Date, the Vendor shall not carry on any bakery business within the Province of Manitoba.")
            .contains { $0.hasPrefix("Non-compete lasting five (5) years after a sale") })
        // A former franchisee's: two years around the outlet is what courts commonly enforce, more is a risk.
        func franchise(_ covenant: String) -> [String] {
            covenantFactors(opening: "FRANCHISE AGREEMENT\nThis Franchise Agreement is made between Crumb & Co. Franchising LLC (\"Franchisor\") and Dana Ortiz (\"Franchisee\").\nFranchisor grants Franchisee a franchise to operate one Crumb & Co. bakery under the Marks and the System at the Premises. Franchisee shall pay Franchisor an initial franchise fee of $35,000 and a royalty of 6% of Gross Sales.\n", type: .franchise, covenant)
        }
        let twoYears = franchise("For two (2) years after this Agreement expires or is terminated, Franchisee shall not own or operate a bakery within ten (10) miles of the Premises.")
        #expect(!twoYears.contains { $0.contains("Non-compete lasting") } && twoYears.contains { $0.hasPrefix("Non-compete:") }, "\(twoYears)")
        let threeFranchise = franchise("For three (3) years after this Agreement expires or is terminated, Franchisee shall not own or operate a bakery within ten (10) miles of the Premises.")
        #expect(threeFranchise.contains { $0.hasPrefix("Non-compete lasting three (3) years: longer than the two years") && $0.contains("2022/720") }, "\(threeFranchise)")
    }

    @Test("law risks: an employee's non-compete under a law that voids it (California, Minnesota) is a finding quoting the clause and the law; not under Delaware law, nor under a law only inferred from the courts")
    func lawRisks() throws {
        func employment(_ law: String, title: String = "EXECUTIVE EMPLOYMENT AGREEMENT") -> [RiskFactor] {
            rules.contractFindings(document("\(title)\nThis Agreement is made as of January 5, 2026 by and between Lumen Robotics, Inc. (the \"Company\") and Sarah Whitman (the \"Executive\").\nThe Company shall pay the Executive an annual base salary of $425,000.\nDuring employment and for twelve (12) months thereafter, the Executive shall not engage in any business that competes with the Company anywhere in North America.\n\(law)")).riskAssessment.factors
        }
        let california = employment("This Agreement shall be governed by the laws of the State of California.")
        let void = try #require(california.first { $0.key == "non_compete" })
        #expect(void.factor.hasPrefix("Employee non-compete under California law: void under Business and Professions Code section 16600"), "\(void.factor)")
        #expect(void.evidence.count == 2 && void.evidence[1].quote.contains("laws of the State of California"))
        #expect(!california.contains { $0.factor.hasPrefix("Non-compete: ") }, "the plain factor is replaced")
        #expect(employment("This Agreement is governed by Minnesota law.").contains { $0.factor.hasPrefix("Employee non-compete under Minnesota law") })
        #expect(!employment("This Agreement shall be governed by the laws of the State of Delaware.").contains { $0.factor.contains("under Delaware law") })
        #expect(!employment("Any action shall be brought only in the state courts located in San Francisco, California.").contains { $0.factor.contains("under California law") })
    }

    @Test("wording risks: a worldwide non-compete, an IP assignment reaching work outside working hours, termination at will by one party alone")
    func wordingRisks() throws {
        let worldwide = try #require(factors("The Supplier shall not compete with the Customer anywhere in the world for six (6) months after termination.")
            .first { $0.factor.contains("no territorial limit") })
        #expect(worldwide.evidence.first?.quote.contains("anywhere in the world") == true)
        #expect(!factors("The Supplier shall not compete with the Customer in Ohio for six (6) months after termination.").contains { $0.factor.contains("no territorial limit") })
        // An employee barred from working anywhere in a country: a scope too wide for one role; a commercial party's is not read so.
        func employment(_ covenant: String) -> [String] {
            rules.contractFindings(document("EMPLOYMENT AGREEMENT\nThis agreement is between Northwind Analytics, Inc. (the \"Company\") and Jordan Lee (the \"Employee\").\nThe Company will pay the Employee a base salary of $150,000 per year.\n" + covenant)).riskAssessment.factors.map(\.factor)
        }
        #expect(employment("For six (6) months after employment ends, the Employee shall not work for a competitor anywhere in the United States.").contains { $0.contains("across a whole country") })
        #expect(employment("For six (6) months after employment ends, the Employee shall not work for a competitor on a nationwide basis.").contains { $0.contains("across a whole country") })
        #expect(!employment("For six (6) months after employment ends, the Employee shall not work for a competitor within 25 miles of any Company office.").contains { $0.contains("across a whole country") })
        #expect(!factors("The Supplier shall not compete with the Customer anywhere in the United States for six (6) months after termination.").contains { $0.factor.contains("across a whole country") })
        #expect(factors("The Supplier hereby assigns to the Customer all right, title and interest in all inventions conceived during the term, whether or not during working hours or related to the Customer's business.")
            .contains { $0.factor.hasPrefix("Broad IP assignment") })
        #expect(!factors("The Supplier hereby assigns to the Customer all right, title and interest in the Deliverables made under this Agreement.")
            .contains { $0.factor.hasPrefix("Broad IP assignment") })
        #expect(factors("The Customer may terminate this Agreement at any time for convenience on five days' notice.").contains { $0.factor.hasPrefix("Unilateral termination") })
        #expect(!factors("Either party may terminate this Agreement at any time for convenience on thirty days' notice.").contains { $0.factor.hasPrefix("Unilateral termination") })
        // The same said with "cancel", and ownership that "shall vest in" the customer whatever the work's link to the services.
        #expect(factors("The Company reserves the right to cancel this Agreement at its sole discretion at any time without liability.").contains { $0.factor.hasPrefix("Unilateral termination") })
        #expect(factors("All intellectual property created by the Supplier, whether or not in the course of performing the Services, shall vest in and belong exclusively to the Customer.")
            .contains { $0.factor.hasPrefix("Broad IP assignment") })
        // A sentence longer than a quote: the words that make it broad come after the quote's cut, and the factor quotes them.
        let long = factors("All work product, designs, research findings and deliverables created by the Supplier in performing the Services (\"Work Product\") are works made for hire, and to the extent they are not, the Supplier hereby assigns to the Customer all right, title and interest in and to the Work Product, including all intellectual property rights, whether created during or outside working hours and whether or not related to the Services.")
        let broad = try #require(long.first { $0.factor.hasPrefix("Broad IP assignment") }, "\(long.map(\.factor))")
        #expect(broad.evidence.first?.quote.hasPrefix("…") == true)
        #expect(broad.evidence.first?.quote.hasSuffix("whether or not related to the Services.") == true, "\(broad.evidence)")
    }

    @Test(
        "termination at will by one party names that party, in place of the plain termination-for-convenience factor",
        arguments: [
            ("The Customer may terminate this Agreement at any time for convenience on five days' notice.", "the Customer"),
            // A heading run into the sentence; a party's role is preferred to the capitalised words before the verb.
            ("Termination for Convenience Customer may terminate this Agreement at any time for any reason.", "Customer"),
            ("Subject to Section 4, Beta LLC may, in its sole discretion, terminate this Agreement at any time for convenience.", "Beta LLC"),
            ("This Agreement may be terminated by the Supplier at any time without cause.", "the Supplier"),
            ("The Supplier reserves the right to cancel this Agreement at any time without liability.", "the Supplier"),
            ("The Customer may end this Agreement at any time by written notice.", "the Customer"),
            // Other words for a right at will: its own convenience, at will, its sole discretion.
            ("The Customer shall be entitled to terminate this Agreement for its convenience on three months' notice.", "the Customer"),
            ("The Supplier may terminate this Agreement at will by notice in writing.", "the Supplier"),
            ("Acme Inc. reserves the right to terminate this Agreement in its sole discretion.", "Acme Inc."),
            // No one the sentence names.
            ("It may terminate this Agreement at any time without cause.", "one party"),
        ] as [(String, String)])
    func unilateralTerminationHolder(sentence: String, holder: String) throws {
        let found = factors(sentence)
        let factor = try #require(found.first { $0.key == "termination_for_convenience" }, "\(found.map(\.factor))")
        #expect(factor.factor == "Unilateral termination: \(holder) alone may end the contract at will.")
        // One factor for the one sentence, with the weight the two had.
        #expect(found.filter { $0.key == "termination_for_convenience" }.count == 1)
        #expect(factor.weight == 0.2)
        #expect(factor.evidence.first?.quote.hasPrefix(String(sentence.prefix(24))) == true, "\(factor.evidence)")
    }

    @Test("termination at will by either of two named parties is no unilateral termination; terms' \"we\" is the provider")
    func terminationBySeveral() throws {
        for sentence in [
            "The Supplier or the Customer may terminate this Agreement at any time for convenience on thirty days' notice.",
            "This Agreement may be terminated at any time, without penalty, by the Supplier, or by the Customer, on sixty days' notice.",
        ] {
            let found = factors(sentence)
            #expect(!found.contains { $0.factor.hasPrefix("Unilateral termination") }, "\(sentence)")
            #expect(found.contains { $0.factor.hasPrefix("Termination for convenience") }, "\(sentence)")
        }
        let terms = rules.contractFindings(document(
            "SUBSCRIPTION TERMS\nThese terms are an agreement between Ledgerly Pty Ltd (\"Ledgerly\", \"we\" or \"us\") and you (\"Subscriber\" or \"you\").\n"
                + "1. Service. We provide the Service for the fees on our pricing page.\n2. Ending. We may suspend or terminate your subscription at any time without cause."))
        #expect(terms.parties.map(\.name).contains("You"), "\(terms.parties)")
        let factor = try #require(terms.riskAssessment.factors.first { $0.key == "termination_for_convenience" })
        #expect(factor.factor == "Unilateral termination: Ledgerly alone may end the contract at will.")
        #expect(factor.evidence.first?.quote.hasPrefix("We may suspend or terminate") == true)
        #expect(terms.recommendations.contains { $0.hasPrefix("Ask for the same right") })
        // The reader's own right: named, but nothing to ask for.
        let cancel = rules.contractFindings(document(
            "SUBSCRIPTION TERMS\nThese terms are an agreement between Ledgerly Pty Ltd (\"Ledgerly\", \"we\" or \"us\") and you (\"Subscriber\" or \"you\").\n"
                + "1. Service. We provide the Service for the fees on our pricing page.\n2. Ending. You may cancel your subscription at any time."))
        let own = try #require(cancel.riskAssessment.factors.first { $0.key == "termination_for_convenience" })
        #expect(own.factor == "Unilateral termination: you alone may end the contract at will.")
        #expect(!cancel.recommendations.contains { $0.hasPrefix("Ask for the same right") })
        #expect(!cancel.recommendations.contains { $0.hasPrefix("Check who holds the right") })
        // ... and adds nothing to the score beyond the plain termination-for-convenience factor it stands for.
        #expect(own.weight == 0.1)
    }

    @Test("a right to end at will that each party holds, in two sentences or two halves of one, is no unilateral termination")
    func terminationByBothInTurn() throws {
        for clause in [
            // Each party in its own sentence, one of them in the passive.
            "The Supplier may terminate this Agreement at any time upon ninety (90) days' written notice to the Customer. "
                + "This Agreement may be terminated by the Customer at any time upon written notice to the Supplier.",
            // A role in one sentence, the same party's name in the other, and the other party in a third.
            "Acme Inc. may end this Agreement for convenience at any time on six months' notice. "
                + "The Supplier shall have the right to terminate any Order at any time without cause. "
                + "Beta LLC may terminate this Agreement for convenience at any time by giving six months' notice.",
        ] {
            let found = factors(clause)
            #expect(!found.contains { $0.factor.hasPrefix("Unilateral termination") }, "\(found.map(\.factor))")
            #expect(found.contains { $0.factor.hasPrefix("Termination for convenience") }, "\(found.map(\.factor))")
        }
        // Two grants in one sentence: the terms' writer and their reader.
        let terms = rules.contractFindings(document(
            "FRANCHISE TERMS\nThese terms are between Tidewater Bakeries (\"we\") and each of our franchisees (\"you\").\n"
                + "9. Accounts. We may terminate your right to serve a national account at any time by giving you 30 days' notice, "
                + "and you may terminate your right to serve a national account at any time by giving us 30 days' notice."))
        #expect(!terms.riskAssessment.factors.contains { $0.factor.hasPrefix("Unilateral termination") }, "\(terms.riskAssessment.factors.map(\.factor))")
        // One party with two rights is still one party; the factor quotes the sentence that grants the right to it.
        let one = factors("The Customer may terminate this Agreement at any time for convenience, and may cancel any Order at any time without cause. "
            + "The Supplier shall keep records of the Services.")
        let factor = try #require(one.first { $0.key == "termination_for_convenience" })
        #expect(factor.factor == "Unilateral termination: the Customer alone may end the contract at will.")
        #expect(factor.weight == 0.2)
    }

    @Test("the holders of every grant of an ending in a sentence, taken together", arguments: [
        ("We may terminate your account at any time, and you may terminate it at any time by closing it.", RightHolder.several),
        ("The Customer may terminate this Agreement at any time, and may cancel any Order.", .one("the Customer")),
        ("The Supplier may terminate this Agreement at any time, and the Customer may terminate it on notice.", .several),
        ("Nothing here lets anyone end anything.", .unknown),
    ] as [(String, RightHolder)])
    func grantsInOneSentence(sentence: String, holder: RightHolder) {
        let parties = [Party(name: "Acme Inc.", role: "Supplier"), Party(name: "Beta LLC", role: "Customer")]
        let holders = RightHolder.readAll(in: sentence, parties: parties)
        #expect(RightHolder.combined(holders, parties: parties) == holder, "\(holders)")
    }

    @Test("a precise factor takes the place of the plain one on the same finding: one row, the weight of both, one recommendation")
    func replacedFactors() throws {
        let text = "SERVICES AGREEMENT\nThis agreement is between Acme Inc. (the \"Supplier\") and Beta LLC (the \"Customer\").\n"
        // A two-year non-compete: "Non-compete lasting two (2) years", not also "Non-compete: ... check its duration and scope".
        let restricted = rules.contractFindings(document(
            text + "The Supplier shall not compete with the Customer in Ohio for two (2) years after termination of this Agreement."))
        let nonCompete = restricted.riskAssessment.factors.filter { $0.key == "non_compete" }
        #expect(nonCompete.map(\.factor) == ["Non-compete lasting two (2) years: longer than a year is often unenforceable and always costly."])
        #expect(nonCompete.first?.weight == 0.2)
        #expect(!restricted.recommendations.contains { $0.hasPrefix("Narrow the non-compete") })
        #expect(restricted.recommendations.contains { $0.hasPrefix("Limit the non-compete to 12 months") })
        // A short renewal window: "Automatic renewal with a short notice window", not also "Automatic renewal: ...".
        let renewing = rules.contractFindings(document(
            text + "This Agreement renews automatically for successive periods of one (1) year unless either party gives notice of non-renewal at least thirty (30) days before the end of the then-current term."))
        let renewal = renewing.riskAssessment.factors.filter { $0.factor.contains("renewal") || $0.factor.contains("Renewal") }
        #expect(renewal.map(\.factor) == ["Automatic renewal with a short notice window: notice is due thirty (30) days before the term ends."])
        #expect(renewal.first?.weight == 0.2)
        #expect(renewing.term.renewal == "automatic")
        #expect(!renewing.recommendations.contains { $0.hasPrefix("Diarise the renewal notice deadline") })
        // A length written as an adjective reads as a length: "a thirty-day notice" is due "thirty days" before.
        let hyphenated = rules.contractFindings(document(
            text + "The term of this Agreement shall be one (1) year, automatically renewing annually thereafter, unless either party provides a thirty-day notice of written termination to the other."))
        #expect(hyphenated.riskAssessment.factors.map(\.factor).contains("Automatic renewal with a short notice window: notice is due thirty days before the term ends."))
        // The same in a key-terms table, the renewal and its notice on two rows: one factor, quoting both rows.
        let table = rules.contractFindings(document(
            "ORDER FORM\nCustomer: Acme Corp.\nProvider: Beta Cloud LLC\nSubscription Term: 12 months\nRenewal: Automatic, for successive 12-month terms\nNotice of Non-Renewal: 30 days before the end of the term\nFees: USD 24,000 per year\n"))
        let tableRows = table.riskAssessment.factors.filter { $0.factor.contains("renewal") || $0.factor.contains("Renewal") }
        #expect(tableRows.map(\.factor) == ["Automatic renewal with a short notice window: notice is due 30 days before the term ends."])
        #expect(tableRows.first?.weight == 0.2)
        #expect(tableRows.first?.evidence.map(\.quote) == ["Notice of Non-Renewal: 30 days before the end of the term", "Renewal: Automatic, for successive 12-month terms"])
        #expect(table.noticePeriods.map(\.purpose) == ["non-renewal"])
        // A window of ninety days: the plain factor stays.
        let long = rules.contractFindings(document(
            text + "This Agreement renews automatically for successive periods of one (1) year unless either party gives notice of non-renewal at least ninety (90) days before the end of the then-current term."))
        #expect(long.riskAssessment.factors.map(\.factor).contains("Automatic renewal: the contract continues unless notice is given in time."))
        // Two factors of one clause on one sentence that neither replaces (the written month-to-month rental agreement's term):
        // one row, the heavier's words first, both weights.
        let quote = Evidence(page: 1, quote: "The tenancy continues from month to month until either party ends it by giving thirty (30) days' notice.")
        let rows = ContractAnalyzer.oneRowPerSentence([
            RiskFactor(factor: "The renewal clause leaves thirty (30) days to give notice.", weight: 0.05, key: "auto_renewal", evidence: [quote]),
            RiskFactor(factor: "No governing law: which law applies would itself be disputed.", weight: 0.1, key: "governing_law", evidence: []),
            RiskFactor(factor: "Automatic renewal: the contract continues unless notice is given in time.", weight: 0.1, key: "auto_renewal", evidence: [quote]),
        ])
        #expect(rows.map(\.factor) == [
            "Automatic renewal: the contract continues unless notice is given in time; the renewal clause leaves thirty (30) days to give notice.",
            "No governing law: which law applies would itself be disputed.",
        ])
        #expect(rows.first?.weight == 0.15)
        #expect(rows.first?.evidence == [quote])
    }

    @Test("a residential tenancy is not expected to hold insurance terms; a commercial lease is")
    func tenancyInsurance() {
        func factors(_ title: String) -> [String] {
            rules.contractFindings(document("\(title)\nLandlord: Quayside Property Trust Ltd\nTenant: Harbour Logistics Ltd\nTerm: 12 months commencing on 1 September 2025\nRent: £1,250 per calendar month payable in advance\n1. The Tenant shall pay the Rent monthly in advance.\n2. Either party may end this lease by giving two months' written notice.")).riskAssessment.factors.map(\.factor)
        }
        #expect(!factors("ASSURED SHORTHOLD TENANCY AGREEMENT").contains { $0.hasPrefix("Lease agreement without insurance") })
        #expect(!factors("RESIDENTIAL LEASE AGREEMENT").contains { $0.hasPrefix("Lease agreement without insurance") })
        #expect(factors("COMMERCIAL LEASE").contains { $0.hasPrefix("Lease agreement without insurance") })
    }

    @Test("a merger's termination fee is weighed as a break-up fee, with the size Delaware has upheld; a services contract's fixed sum as liquidated damages")
    func breakUpFee() throws {
        let merger = rules.contractFindings(document("""
            AGREEMENT AND PLAN OF MERGER
            This Agreement and Plan of Merger, dated as of October 6, 2025, is by and among Summit Peak Holdings, Inc. ("Parent"), \
            SPH Merger Sub, Inc. ("Merger Sub") and Riverstone Diagnostics, Inc. (the "Company").
            1.1 The Merger. At the Effective Time, Merger Sub shall be merged with and into the Company.
            7.2 Termination Fee. If this Agreement is terminated by the Company to accept a Superior Proposal, the Company shall pay \
            Parent a termination fee of $14,200,000.
            """))
        #expect(merger.contractType == .mergerAcquisition)
        let fee = try #require(merger.riskAssessment.factors.first { $0.key == "liquidated_damages" })
        #expect(fee.factor.hasPrefix("A termination fee (a break-up fee) is payable") && fee.factor.contains("In re Cogent"), "\(fee.factor)")
        #expect(fee.weight == 0.05)
        #expect(!merger.recommendations.contains { $0.contains("genuine pre-estimate") })
        let services = factors("If the Supplier misses the Go-Live Date, it shall pay the Customer liquidated damages of $5,000 for each day of delay.")
        #expect(services.contains { $0.factor.hasPrefix("Liquidated damages or a termination fee is payable") }, "\(services.map(\.factor))")
    }

    @Test("an early termination fee for ending a contract by choice is the price of leaving early, not a sum to test as a penalty; one payable on a breach is still liquidated damages")
    func earlyTerminationFee() throws {
        let early = factors("The Customer may terminate this Agreement for convenience before the end of the Initial Term on ninety (90) days' notice, provided that it pays the Supplier an early termination fee equal to three (3) months' fees.")
        let fee = try #require(early.first { $0.key == "liquidated_damages" })
        #expect(fee.factor.hasPrefix("An early termination fee is payable") && fee.factor.contains("Makdessi"), "\(fee.factor)")
        #expect(fee.weight == 0.05)
        #expect(fee.evidence.first?.quote.contains("early termination fee") == true)
        #expect(early.filter { $0.key == "liquidated_damages" }.count == 1)
        let breach = factors("If this Agreement is terminated by the Supplier for the Customer's breach, the Customer shall pay a termination fee equal to the fees for the remainder of the Term as liquidated damages.")
        #expect(breach.contains { $0.factor.hasPrefix("Liquidated damages or a termination fee is payable") }, "\(breach.map(\.factor))")
    }

    @Test("liquidated damages under English law are weighed by the Makdessi test of legitimate interest, not as a pre-estimate of loss")
    func liquidatedDamagesUnderEnglishLaw() throws {
        let english = factors("If the Supplier misses the Go-Live Date, it shall pay the Customer liquidated damages of GBP 5,000 for each day of delay.\nThis Agreement is governed by the law of England and Wales.")
        let damages = english.filter { $0.key == "liquidated_damages" }
        #expect(damages.count == 1)
        #expect(damages.first?.factor.contains("Makdessi") == true, "\(damages.map(\.factor))")
        #expect(damages.first?.weight == 0.05)
        #expect(damages.first?.evidence.count == 2)
        let newYork = factors("If the Supplier misses the Go-Live Date, it shall pay the Customer liquidated damages of $5,000 for each day of delay.\nThis Agreement is governed by the laws of the State of New York.")
        #expect(newYork.contains { $0.factor.hasPrefix("Liquidated damages or a termination fee is payable") }, "\(newYork.map(\.factor))")
    }

    @Test("a financing (a warrant, a share subscription) is not told it lacks a liability cap; a services agreement is")
    func financingHasNoCapToNegotiate() {
        func capFactor(_ title: String) -> Bool {
            rules.contractFindings(document("""
                \(title)
                This Agreement is made as of April 4, 2025 between Northwind Therapeutics, Inc., a Delaware corporation (the "Company"), \
                and Harbor Lane Capital LLC (the "Investor").
                1. Purchase. The Investor shall pay the Company $100,000 for 200,000 shares of the Company's Series Seed Preferred Stock.
                2. Representations. The Investor is an accredited investor under Rule 501 of Regulation D.
                3. Governing Law. This Agreement shall be governed by the laws of the State of Delaware.
                """)).riskAssessment.factors.contains { $0.key == "limitation_of_liability" }
        }
        #expect(!capFactor("SHARE SUBSCRIPTION AGREEMENT"))
        #expect(!capFactor("WARRANT TO PURCHASE SERIES SEED PREFERRED STOCK"))
        #expect(capFactor("CONSULTING SERVICES AGREEMENT"))
    }

    @Test("a severance or change-in-control agreement is not expected to hold confidentiality terms, a lump sum is its payment terms; an employment agreement is expected to; an award agreement's participant is a party; neither it nor an indemnification agreement is told it lacks a liability cap")
    func severanceExpectations() throws {
        func findings(_ title: String) -> ContractFindings {
            rules.contractFindings(document("""
                \(title)
                This Agreement is entered into as of January 15, 2026 by and between Northwind Analytics Corp., a Delaware corporation \
                (the "Company"), and Marcus Reid (the "Executive").
                1. Severance. If the Executive's employment is terminated by the Company without Cause within twelve (12) months \
                following a Change in Control, the Company shall pay the Executive a lump sum equal to 1.5 times the Executive's annual \
                base salary.
                2. At-Will Employment. The Executive's employment is at-will and may be terminated by either party at any time.
                3. Governing Law. This Agreement shall be governed by the laws of the State of California.
                """))
        }
        let severance = findings("CHANGE IN CONTROL SEVERANCE AGREEMENT")
        #expect(severance.contractType == .employment)
        #expect(severance.clauses.first { $0.key == "payment_terms" }?.present == true)
        #expect(!severance.riskAssessment.factors.contains { $0.factor.hasPrefix("Employment agreement without confidentiality") })
        #expect(findings("EMPLOYMENT AGREEMENT").riskAssessment.factors.contains { $0.factor.hasPrefix("Employment agreement without confidentiality") })
        let award = rules.contractFindings(document("""
            RESTRICTED STOCK UNIT AWARD AGREEMENT
            Pursuant to the Fernleaf Robotics, Inc. 2024 Equity Incentive Plan (the "Plan"), Fernleaf Robotics, Inc. (the "Company") \
            hereby grants to the Participant named below an award of Restricted Stock Units ("RSUs") on the terms of this Agreement.
            Participant: Amara Osei
            Grant Date: February 1, 2026
            1. Vesting. The RSUs shall vest as to 25% on the first anniversary of the Grant Date.
            """))
        #expect(award.contractType == .other)
        #expect(award.parties == [Party(name: "Fernleaf Robotics, Inc.", role: "Company"), Party(name: "Amara Osei", role: "Participant")])
        // Neither an award nor a director's indemnification agreement has a liability cap to negotiate; a services contract does.
        #expect(!award.riskAssessment.factors.contains { $0.key == "limitation_of_liability" })
        func capFactor(_ title: String) -> Bool {
            rules.contractFindings(document("""
                \(title)
                This Agreement is made as of March 3, 2025 between Cobalt Ridge Holdings, Inc., a Delaware corporation (the "Company"), \
                and Laura Chen ("Indemnitee").
                1. The Company shall indemnify and hold harmless Indemnitee to the fullest extent permitted by law against all Expenses \
                incurred in connection with any Proceeding, and shall pay such Expenses within thirty (30) days of a written request.
                2. This Agreement shall be governed by the laws of the State of Delaware.
                """)).riskAssessment.factors.contains { $0.key == "limitation_of_liability" }
        }
        #expect(!capFactor("INDEMNIFICATION AGREEMENT"))
        #expect(capFactor("SERVICES AGREEMENT"))
    }

    @Test("a joint venture that lasts as long as both parties hold shares says how it ends: no 'without termination' finding; one that says nothing has it")
    func ventureEndsWithIt() {
        func factors(_ term: String) -> [String] {
            rules.contractFindings(document("JOINT VENTURE AGREEMENT\nThis Joint Venture Agreement is made between Terra Verde Renewables S.A. (\"Terra Verde\") and Nordic Wind Capital AB (\"NWC\").\n1. The Parties shall form a joint venture company, Iberia Offshore Wind S.L. (the \"JV Company\"), and shall make capital contributions of EUR 12,000,000 and EUR 18,000,000.\n2. Distributable profits of the JV Company shall be shared between the Parties in proportion to their shareholdings.\n" + term + "\nThis Agreement is governed by Spanish law.")).riskAssessment.factors.map(\.factor)
        }
        #expect(!factors("3. This Agreement shall remain in force for as long as both Parties hold shares in the JV Company.").contains { $0.contains("without termination") })
        #expect(factors("3. Each Party shall keep the terms of this Agreement confidential.").contains { $0.hasPrefix("Partnership agreement without termination") })
    }

    @Test("a month-to-month tenancy renews itself, and notice to end it is a termination clause")
    func monthToMonthTenancy() throws {
        let findings = rules.contractFindings(document(
            "RESIDENTIAL RENTAL AGREEMENT\nThis agreement is between Oak Street Rentals LLC (the \"Landlord\") and Dana Reyes (the \"Tenant\").\n"
                + "The Tenant shall pay rent of $1,450 per month. The tenancy begins on May 1, 2026 and continues from month to month until either party gives thirty (30) days' written notice to end it."))
        let present = Set(findings.clauses.filter(\.present).map(\.key))
        #expect(present.isSuperset(of: ["auto_renewal", "termination_any"]), "\(present)")
        #expect(findings.term.renewal == "automatic")
        #expect(!findings.riskAssessment.factors.contains { $0.factor.hasPrefix("Lease agreement without termination") })
        // Holding over with the landlord's consent: a renewal both agree to, not an automatic one.
        let holdover = rules.contractFindings(document(
            "RESIDENTIAL LEASE AGREEMENT\nThis lease is between Harborview Rentals LLC (the \"Landlord\") and Priya Raman (the \"Tenant\").\n"
                + "Tenant shall pay rent of $1,875 per month. This Lease begins on September 1, 2025 and ends on August 31, 2026. "
                + "If Tenant remains in possession with Landlord's consent after the end date, the tenancy continues month to month."))
        #expect(holdover.clauses.first { $0.key == "auto_renewal" }?.present == true)
        #expect(holdover.term.renewal == "agreement")
        #expect(!holdover.riskAssessment.factors.contains { $0.factor.hasPrefix("Automatic renewal") })
        // A services agreement "on a month-to-month basis" renews itself each month as a tenancy does.
        let services = rules.contractFindings(document(
            "SERVICES AGREEMENT\nThis agreement is between Acme Corp. (\"Client\") and Beta LLC (\"Provider\").\n"
                + "1. Term. This Agreement commences on the Effective Date and continues on a month-to-month basis until either party terminates it by giving at least 30 days' written notice."))
        #expect(services.clauses.first { $0.key == "auto_renewal" }?.present == true)
        #expect(services.term.renewal == "automatic")
    }

    @Test("quotes of one sentence from two readers: the sentence alone rather than under its heading, whole rather than cut")
    func mergedQuotes() {
        let sentence = Evidence(page: 2, quote: "At the end of the fixed term, the tenancy continues on a month-to-month basis unless the tenant gives notice.")
        let headed = Evidence(page: 2, quote: "Ending the Tenancy " + sentence.quote)
        let other = Evidence(page: 2, quote: "The landlord can end the tenancy only for the reasons the Act allows.")
        #expect(ContractAnalyzer.merged([headed, other], [sentence]) == [sentence, other])
        #expect(ContractAnalyzer.merged([headed, sentence, other], [sentence]) == [sentence, other])
        // The start of the same sentence is no heading: the whole sentence stays.
        let commitment = Evidence(page: 1, quote: "Buyer agrees to purchase at least 2,000,000 units in each Contract Year; if Buyer purchases fewer units, Buyer shall pay Seller $0.03 for each unit of the shortfall.")
        let shortfall = Evidence(page: 1, quote: "if Buyer purchases fewer units, Buyer shall pay Seller $0.03 for each unit of the shortfall.")
        #expect(ContractAnalyzer.merged([commitment], [shortfall]) == [commitment, shortfall])
        let cut = Evidence(page: 1, quote: "Either Party may terminate this Agreement for cause if the other Party fails to perform any material…")
        let whole = Evidence(page: 1, quote: "Either Party may terminate this Agreement for cause if the other Party fails to perform any material provision of it.")
        #expect(ContractAnalyzer.merged([cut], [whole]) == [whole])
        // Sentences that open alike and go on differently: the cut one stays.
        let opening = Evidence(page: 1, quote: "Upon the termination or expiration of this Agreement, the Receiving Party shall return all Confide…")
        let another = Evidence(page: 1, quote: "Upon the termination or expiration of this Agreement, the Receiving Party shall cease all use of it.")
        #expect(ContractAnalyzer.merged([opening], [another]) == [opening])
    }

    @Test("a factor replacing one that does not exist is named")
    func unknownReplacedFactor() throws {
        let reason = try #require(try contractWiseRuleError(
            #""clauses": [{"key": "x", "title": "X", "patterns": ["a"], "plainLanguage": "p", "risk": "LOW"}], "#
                + #""periodRisks": [{"clause": "x", "aboveDays": 30, "weight": 0.1, "factor": "f", "recommendation": "r", "replaces": ["whenAbsent"]}]"#))
        #expect(reason.contains("periodRisks[0].replaces[0]"), "\(reason)")
    }

    @Test(
        "renewal: a risk when the contract renews itself, none when a party only has an option to extend",
        arguments: [
            ("This Agreement shall automatically renew for successive one-year terms.", true),
            ("After the initial term this Agreement renews for successive periods of twelve (12) months unless either party gives ninety (90) days' notice.", true),
            ("The Customer shall have one option to extend the Term for five (5) years by written notice given nine (9) months before the Expiration Date.", false),
            ("This Agreement may be renewed for a further year by mutual written agreement of the parties.", false),
            // The risk follows the key fact: a party's right to renew, a renewal both must agree to, are none.
            ("You will have the right to renew the Franchise for two (2) additional successor terms of five (5) years.", false),
            ("After the Initial Term, this Agreement may only be renewed if authorized officers of both parties agree in writing.", false),
            ("This Agreement shall be renewed for successive one (1) year terms.", true),
            ("The Service Agreement runs for the Offering unless either party requests termination at least 30 days before the end of the then-current renewal term.", true),
        ] as [(String, Bool)])
    func renewalRisk(text: String, risky: Bool) {
        let findings = rules.contractFindings(document("SERVICES AGREEMENT\nThis agreement is between Acme Inc. (the \"Supplier\") and Beta LLC (the \"Customer\").\n" + text))
        let found = findings.riskAssessment.factors
        #expect(found.contains { $0.factor.hasPrefix("Automatic renewal") } == risky, "\(found.map(\.factor))")
        #expect((findings.term.renewal == "automatic") == risky, "\(findings.term)")
    }

    @Test("an employment agreement's termination without cause is no risk factor; a services agreement's is")
    func terminationByType() {
        let clause = "The Company may terminate this Agreement at any time without cause on thirty (30) days' notice."
        let employment = rules.contractFindings(document(
            "EMPLOYMENT AGREEMENT\nAcme Inc. (the \"Employer\") employs Jane Roe (the \"Employee\") at a base salary of $90,000 per year. " + clause))
        #expect(employment.contractType == .employment)
        #expect(employment.clauses.first { $0.key == "termination_for_convenience" }?.present == true)
        #expect(!employment.riskAssessment.factors.contains { $0.key == "termination_for_convenience" })
        #expect(factors(clause).contains { $0.factor.hasPrefix("Unilateral termination") })
    }

    @Test("a wording risk limited to contract types that are not the seed's is named")
    func unknownWordingRiskType() throws {
        let reason = try contractWiseRuleError(
            #""clauses": [{"key": "x", "title": "X", "patterns": ["a"], "plainLanguage": "p", "risk": "LOW"}], "#
                + #""wordingRisks": [{"clause": "x", "pattern": "b", "weight": 0.1, "factor": "f", "recommendation": "r", "types": ["LOAN"]}]"#)
        #expect(reason == "wordingRisks[0].types: LOAN is not a seed ContractType")
    }

    @Test("a wording risk for an unknown clause is named")
    func unknownWordingRisk() throws {
        let reason = try contractWiseRuleError(
            #""clauses": [{"key": "x", "title": "X", "patterns": ["a"], "plainLanguage": "p", "risk": "LOW"}], "#
                + #""wordingRisks": [{"clause": "y", "pattern": "b", "weight": 0.1, "factor": "f", "recommendation": "r"}]"#)
        #expect(reason == "wordingRisks[0]: unknown clause key y")
    }

    @Test("a risk limited to contract types that are not the seed's is named")
    func unknownRiskType() throws {
        let reason = try contractWiseRuleError(
            #""clauses": [{"key": "x", "title": "X", "patterns": ["a"], "plainLanguage": "p", "risk": "LOW", "#
                + #""whenAbsent": {"weight": 0.1, "factor": "f", "recommendation": "r", "types": ["LOAN"]}}]"#)
        #expect(reason == "clauses[0] (x).whenAbsent.types: LOAN is not a seed ContractType")
    }

    @Test("an NDA without a term is flagged; with one it is not")
    func ndaTerm() {
        let nda = "MUTUAL NON-DISCLOSURE AGREEMENT\nAlpha Ltd (the \"Disclosing Party\") and Beta LLC (the \"Receiving Party\") agree. The Receiving Party shall keep the Confidential Information confidential. Either party may terminate this Agreement on notice."
        let without = rules.contractFindings(document(nda)).riskAssessment.factors
        #expect(without.contains { $0.key == "term_duration" })
        let with = nda + " The obligations of confidentiality continue for a period of three (3) years from the date of disclosure."
        #expect(!rules.contractFindings(document(with)).riskAssessment.factors.contains { $0.key == "term_duration" })
        // How long confidentiality lasts, said without "for".
        for sentence in ["Confidentiality obligations last 3 years from the Effective Date.", "The duty of confidentiality applies for five (5) years after disclosure."] {
            let findings = rules.contractFindings(document(nda + " " + sentence))
            #expect(!findings.riskAssessment.factors.contains { $0.key == "term_duration" }, "\(sentence)")
            #expect(findings.clauses.first { $0.key == "term_duration" }?.evidence.first?.quote == sentence)
        }
    }
}

/// The reason a contractwise.json made of `fields` (added to the required levels, weights and
/// expectations) is refused with, or nil when it loads.
func contractWiseRuleError(_ fields: String) throws -> String? {
    let path = NSTemporaryDirectory() + "cw-\(UUID().uuidString).json"
    defer { try? FileManager.default.removeItem(atPath: path) }
    let file = #"{"expectationWeight": 0.1, "levels": [{"below": 2, "level": "LOW"}], "expectations": {}, "# + fields + "}"
    try Data(file.utf8).write(to: URL(fileURLWithPath: path))
    do {
        _ = try ContractWiseRules(file: path)
        return nil
    } catch let error as RuleFileError {
        return error.reason
    }
}

/// Whole contracts written for these tests (Tests/AnalysisTests/Contracts), of the kinds a legal team
/// receives and CUAD lacks: a one-way and a mutual NDA, an offer letter and an executive employment
/// agreement, a residential and an office lease, an English share purchase agreement, a merger agreement,
/// a Canadian partnership, a supply agreement, an English software licence, a franchise, a master
/// services agreement, a settlement agreement, an English SaaS subscription, a stock purchase agreement, a
/// New York office lease, a patent assignment, a German share deal, an Ontario consulting agreement, a Hong Kong
/// tenancy, an English contract of employment, a SaaS order form, a construction contract, an
/// English assured shorthold tenancy, an Australian sales agency agreement, a month-to-month rental and a Québec
/// employment agreement. Each is classified and analysed as
/// the pipeline does, and compared with what `expected.json` says a lawyer finds in it.
@Suite("ContractWise on contracts written for the tests")
struct ContractsWrittenForTests {
    struct Expected: Decodable {
        var type: String
        var title: String?
        var agreementDate: String?
        var effectiveDate: String?
        var expirationDate: String?
        var jurisdiction: String?
        var country: String?
        var parties: [[String]]?
        var noticePeriods: [String]?
        var noticePurposes: [String]?
        /// Each amount's figure as written and its currency, in order ("$780", "AUD").
        var amounts: [[String]]?
        var present: [String]?
        var absent: [String]?
        var riskLevel: String?
        var factors: [String]?
        var notFactors: [String]?
    }

    static let folder = Repository.root + "/Tests/AnalysisTests/Contracts/"
    static let names = [
        "one-way-nda.txt", "mutual-nda.txt", "offer-letter.txt", "executive-employment-agreement.txt", "residential-lease.txt", "office-lease.txt",
        "share-purchase-agreement.txt", "merger-agreement.txt", "partnership-agreement.txt", "supply-agreement.txt", "software-licence-agreement.txt",
        "franchise-agreement.txt", "master-services-agreement.txt", "settlement-agreement.txt", "saas-subscription-agreement.txt",
        "stock-purchase-agreement.txt", "new-york-office-lease.txt", "patent-assignment-agreement.txt",
        "german-share-purchase-agreement.txt", "ontario-consulting-agreement.txt", "hong-kong-tenancy-agreement.txt",
        "uk-contract-of-employment.txt", "saas-order-form.txt", "construction-agreement.txt",
        "assured-shorthold-tenancy.txt", "australian-sales-agency-agreement.txt", "month-to-month-rental-agreement.txt",
        "quebec-employment-agreement.txt", "asset-purchase-agreement.txt", "equipment-lease-agreement.txt", "llc-operating-agreement.txt",
        "india-consultancy-agreement.txt", "term-loan-agreement.txt", "nsw-residential-tenancy.txt", "german-consulting-agreement.txt",
        "shareholders-agreement.txt", "physician-employment-agreement.txt", "shopping-center-lease.txt",
        "acquisition-confidentiality-letter.txt", "plain-english-mutual-nda.txt", "queensland-employment-contract.txt",
        "florida-residential-lease.txt", "english-registrable-lease.txt", "hong-kong-employment-contract.txt",
        "master-purchase-agreement.txt", "independent-contractor-agreement.txt", "exclusive-distribution-agreement.txt",
        "trade-mark-licence.txt", "joint-venture-agreement.txt", "acquisition-letter-of-intent.txt", "statement-of-work.txt",
        "singapore-letter-of-appointment.txt", "ontario-commercial-lease.txt", "indian-mutual-nda.txt",
        "commercial-agency-agreement.txt", "california-residential-lease.txt", "saas-terms-of-service.txt", "exclusive-patent-licence.txt",
        "irish-contract-of-employment.txt", "first-amendment-to-lease.txt", "founders-agreement.txt", "indian-appointment-letter.txt",
        "uk-employment-settlement-agreement.txt", "hosting-services-agreement.txt", "manufacturing-supply-agreement.txt",
        "sponsorship-agreement.txt", "bank-confidentiality-letter.txt", "dentist-non-competition-agreement.txt",
        "confidential-information-and-inventions-agreement.txt", "terms-and-conditions-of-purchase.txt", "research-mou.txt",
        "employment-agreement-addendum.txt", "assignment-and-assumption-agreement.txt", "master-subscription-agreement.txt",
        "restaurant-offer-letter.txt", "ontario-employment-agreement.txt", "western-australia-consultancy-agreement.txt",
        "english-confidentiality-deed.txt", "leeds-contract-of-employment.txt", "chicago-office-sublease.txt", "australian-mutual-nda.txt",
        "german-distribution-agreement.txt", "enterprise-software-licence.txt", "ontario-contractor-agreement.txt",
        "brooklyn-apartment-lease.txt", "stock-purchase-agreement-with-escrow.txt", "texas-executive-employment-agreement.txt",
        "laundry-franchise-agreement.txt", "agreement-and-plan-of-merger.txt", "investor-confidentiality-agreement.txt",
        "drone-surveying-partnership.txt", "shopping-center-retail-lease.txt", "mumbai-leave-and-license-agreement.txt",
        "software-development-agreement.txt", "bank-loan-agreement.txt", "new-zealand-employment-agreement.txt",
        "south-african-mutual-confidentiality-agreement.txt", "singapore-tenancy-agreement.txt",
        "membership-interest-purchase-agreement.txt", "german-contract-of-employment.txt", "japanese-patent-sublicense.txt",
        "boston-office-lease-with-guaranty.txt", "texas-residential-lease.txt", "ontario-mutual-nda.txt", "california-consulting-agreement.txt",
        "singapore-reseller-agreement.txt", "uk-executive-service-agreement.txt", "startup-one-way-nda.txt", "australian-franchise-agreement.txt",
        "vancouver-offer-letter.txt", "equipment-purchase-agreement.txt", "stock-for-stock-merger-agreement.txt", "uk-commercial-sublease.txt",
        "uk-nda-letter.txt", "india-japan-joint-venture-agreement.txt", "separation-agreement-and-release.txt", "iowa-farm-lease.txt",
        "data-processing-agreement.txt", "engagement-letter.txt", "limited-partnership-agreement.txt", "consignment-agreement.txt",
        "delaware-mutual-nda.txt", "bc-share-purchase-agreement.txt", "dubai-services-agreement.txt", "french-employment-contract.txt",
        "german-commercial-lease.txt", "sales-representative-employment-agreement.txt", "business-transfer-agreement.txt", "photo-licence-agreement.txt",
        "washington-residential-lease.txt", "non-circumvention-agreement.txt", "licence-to-occupy.txt", "swiss-support-agreement.txt",
        "advisor-agreement.txt", "heads-of-terms.txt", "software-escrow-agreement.txt", "scottish-contract-of-employment.txt",
        "alberta-amalgamation-agreement.txt", "scheme-implementation-deed.txt", "dallas-warehouse-lease.txt", "boston-consultant-nda.txt",
        "hong-kong-logistics-agreement.txt", "ontario-master-franchise-agreement.txt", "irish-share-purchase-agreement.txt",
        "california-at-will-employment-agreement.txt", "melbourne-retail-lease.txt", "toronto-mutual-nda.txt",
        "exclusive-software-reseller-agreement.txt", "mumbai-employment-agreement.txt", "scottish-commercial-lease.txt",
        "area-development-agreement.txt", "co-marketing-agreement.txt", "managed-it-services-agreement.txt",
        "new-york-consulting-agreement.txt", "software-evaluation-licence.txt", "dutch-employment-contract.txt",
        "dubai-employment-contract.txt", "tokyo-distribution-agreement.txt", "asset-purchase-agreement-texas.txt",
        "london-office-underlease.txt", "music-synchronization-licence.txt", "singapore-share-sale-agreement.txt",
        "ontario-residential-tenancy-agreement.txt", "munich-confidentiality-agreement.txt",
        "website-development-agreement.txt", "influencer-marketing-agreement.txt", "share-exchange-agreement.txt",
        "new-jersey-restrictive-covenant-agreement.txt", "south-african-contract-of-employment.txt", "israeli-mutual-nda.txt",
        "arizona-fitness-franchise-agreement.txt", "strategic-alliance-agreement.txt", "uk-consultancy-agreement.txt",
        "bangalore-software-licence-agreement.txt",
        "amended-restated-supply-agreement.txt", "ontario-executive-employment-agreement.txt", "minneapolis-office-sublease.txt",
        // Standard terms a business publishes rather than signs with a named counterparty: the other party is described ("the
        // customer named in Seller's quotation", "the hirer named in the hire schedule"), defined ("\"Buyer\" means the person
        // who buys ..."), or the reader ("you, the person or organisation subscribing to the Service").
        "terms-of-sale.txt", "conditions-of-sale.txt", "subscription-terms.txt", "terms-of-hire.txt",
        // Key terms set out as a table's rows: an order form, a mutual NDA's key details, an English lease's particulars, an
        // American office lease's basic lease information.
        "key-terms-order-form.txt", "key-details-mutual-nda.txt", "leeds-lease-particulars.txt", "dallas-office-lease-basic-information.txt",
        // An English contract of employment's key terms: its "Notice" row gives the notice periods and is the termination clause;
        // a restriction within five miles is a non-compete.
        "gloucester-contract-of-employment-key-terms.txt",
        // Thirty-seventh session: an equipment hire charged by the week, with the hirer liable for loss (no limit on it); a
        // statement of main terms with a "Date of issue" line before its start date; a statement of work entered into on its
        // own date under a master agreement, which leaves the law and the liability cap to that agreement.
        "newcastle-excavator-hire-agreement.txt", "leeds-statement-of-main-terms.txt", "cloud-migration-statement-of-work.txt",
        // Word documents, read through the DOCX extractor: the parties in a table, a row each ("Harwell Robotics
        // Limited | Company number ... | the "Supplier""), and a key-details table ("Party A | Oakridge Genomics Inc., ...").
        "msa-with-parties-table.docx", "nda-with-key-details-table.docx",
        // Made by scripts/make_docx_fixtures.py: the parties side by side in a table's two columns, their defined terms in the
        // row under the names; a tracked change to the salary; a lease's item schedule table ("Item 4 – Term | Five (5) years",
        // "Item 6 – Terminating Date | 30 June 2031") with an option to renew by "a new lease for the further term"; a
        // standard-terms NDA whose cover page gives the term, law and courts in rows and the parties in a signature table's
        // columns ("Company | Peakline Routing, Inc. | Northwind Cargo Systems LLC").
        "irish-mutual-nda.docx", "scottish-employment-contract.docx", "nsw-retail-lease.docx", "cover-page-mutual-nda.docx",
        // Made by scripts/make_pdf_table_fixture.py: the same kind of cover page printed to PDF, its tables' cells drawn apart.
        "cover-page-table-nda.pdf",
        // Made by scripts/make_pdf_parties_table_fixture.py: a parties table and a key-terms table placed as a word processor
        // places them, which poppler reads a column at a time ("Party", the names, "Details", the addresses, "Role", ...).
        "parties-table-supply-agreement.pdf",
        // Made by scripts/make_pdf_form_fixture.py: a lease form whose labels stand over their filled-in boxes.
        "lease-form-labels-above.pdf",
    ]
    let rules = try! Repository.ruleSet()

    @Test("each contract: its type with confidence, title, dates, governing law, parties, clauses and risks", arguments: names)
    func contract(name: String) throws {
        if name.hasSuffix(".docx") || name.hasSuffix(".pdf") {
            try check(name, try DocumentExtractor().extract(path: Self.folder + name))
        } else {
            try check(name, document(try String(contentsOfFile: Self.folder + name, encoding: .utf8)))
        }
    }

    /// The same contract as a browser prints it to PDF and poppler reads it back: lines wrapped at 85
    /// characters, no blank line between paragraphs, and on every page the print date and the file's
    /// name above, its address and page number below.
    @Test("each contract printed to PDF: the same findings through page furniture and wrapped lines", arguments: names.filter { $0.hasSuffix(".txt") })
    func printed(name: String) throws {
        let text = try String(contentsOfFile: Self.folder + name, encoding: .utf8)
        var lines: [String] = []
        for paragraph in text.components(separatedBy: "\n") where !paragraph.trimmingCharacters(in: .whitespaces).isEmpty {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty, line.count + word.count >= 85 {
                    lines.append(line)
                    line = ""
                }
                line += (line.isEmpty ? "" : " ") + word
            }
            if !line.isEmpty { lines.append(line) }
        }
        let stem = String(name.dropLast(4))
        let pageLines = stride(from: 0, to: lines.count, by: 45).map { Array(lines[$0..<min($0 + 45, lines.count)]) }
        let pages = pageLines.enumerated().map { index, body in
            (["12/1/26, 1:07 PM", stem] + body + ["file:///home/counsel/\(stem).html \(index + 1)/\(pageLines.count)"]).joined(separator: "\n")
        }
        try check(name, ExtractedDocument(mimeType: "application/pdf", pageTexts: pages))
    }

    private func check(_ name: String, _ doc: ExtractedDocument) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.folder + "expected.json"))
        let all = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let expected = try JSONDecoder().decode(Expected.self, from: JSONSerialization.data(withJSONObject: all[name]!))
        let classification = rules.classifier.classify(doc)
        #expect(classification.kind == .contract)
        #expect(classification.contractType?.rawValue == expected.type, "\(classification.evidence)")
        #expect(classification.confidence >= rules.classifier.rules.reviewThreshold, "a clear contract of its type is not sent to review")
        let findings = rules.contracts.analyze(doc, classification: classification)
        #expect(findings.status == .completed)
        if let title = expected.title { #expect(findings.title == title) }
        #expect(findings.dates.agreementDate == expected.agreementDate)
        #expect(findings.dates.effectiveDate == expected.effectiveDate)
        #expect(findings.dates.expirationDate == expected.expirationDate)
        #expect(findings.governingLaw.jurisdiction == expected.jurisdiction)
        #expect(findings.governingLaw.country == expected.country)
        // "the law of England" is England and Wales: the quote shows the place's first name.
        // (A law inferred from the courts or the premises is quoted as their words: "The courts at Mumbai".)
        // Each of several places ("Texas; Oklahoma") is shown by one of the quotes.
        for jurisdiction in expected.jurisdiction?.components(separatedBy: "; ") ?? [] where findings.governingLaw.inferredFrom == nil {
            guard let place = jurisdiction.components(separatedBy: ", ").first?.components(separatedBy: " and ").first else { continue }
            // Accents aside: "the laws of the Province of Québec" is Quebec.
            // Or the place's adjective: "governed by German law".
            let quotes = findings.governingLaw.evidence.map { $0.quote.folding(options: .diacriticInsensitive, locale: nil) }
            let adjectives = Jurisdictions.adjectives.filter { $0.value == place }.map { $0.key + " law" }
            #expect(([place] + adjectives).contains { name in quotes.contains { $0.contains(name) } }, "the law's quote shows \(place)")
        }
        if let parties = expected.parties {
            #expect(findings.parties.map { [$0.name, $0.role ?? ""] } == parties)
        }
        if let periods = expected.noticePeriods { #expect(findings.noticePeriods.map(\.text) == periods) }
        if let purposes = expected.noticePurposes { #expect(findings.noticePeriods.map(\.purpose) == purposes) }
        if let amounts = expected.amounts { #expect(findings.amounts.map { [$0.text, $0.currency] } == amounts) }
        // Term and venue: checked where expected.json names them (null: the contract states none).
        let raw = all[name] as! [String: Any]
        if let venue = raw["venue"] { #expect(findings.venue.forum == venue as? String) }
        if let length = raw["termLength"] { #expect(findings.term.length == length as? String) }
        if let renewal = raw["renewal"] { #expect(findings.term.renewal == renewal as? String) }
        let present = Set(findings.clauses.filter(\.present).map(\.key))
        for key in expected.present ?? [] {
            #expect(present.contains(key), "\(key) should be found")
            #expect(findings.clauses.first { $0.key == key }?.evidence.first?.quote.isEmpty == false, "\(key) quotes its evidence")
        }
        for key in expected.absent ?? [] { #expect(!present.contains(key), "\(key) should not be found") }
        if let level = expected.riskLevel { #expect(findings.riskAssessment.level == level) }
        for words in expected.factors ?? [] {
            #expect(findings.riskAssessment.factors.contains { $0.factor.contains(words) }, "a risk factor says \(words)")
        }
        for key in expected.notFactors ?? [] {
            #expect(!findings.riskAssessment.factors.contains { $0.key == key }, "no risk factor from \(key)")
        }
        // No quote shown twice for one finding (a heading read with a sentence once and without it once made two of it), and
        // one row for one sentence's factor.
        for clause in findings.clauses { #expect(Set(clause.evidence).count == clause.evidence.count, "\(clause.key) quotes a sentence twice") }
        let single = findings.riskAssessment.factors.filter { $0.evidence.count == 1 }
        for factor in single where single.filter({ $0.key == factor.key && $0.evidence == factor.evidence }).count > 1 {
            Issue.record("two factors of \(factor.key) on one sentence: \(factor.factor)")
        }
    }
}
