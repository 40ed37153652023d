import Foundation
import Pipeline
import OptiMindCore
import Testing

@testable import Classification

@Suite("Classification")
struct ClassifierTests {
    let classifier: DocumentClassifier

    init() throws {
        classifier = try Repository.ruleSet().classifier
    }

    @Test("an executive's service agreement a PDF wraps: the opening's eight lines are its own, not the wrapped ones")
    func wrappedOpeningLines() throws {
        let classifier = try Repository.ruleSet().classifier
        let wrapped = """
            CONFIDENTIAL
            SERVICE AGREEMENT
            THIS AGREEMENT is dated 17 November 2025
            PARTIES
            (1) HALLAM & VOSS HOLDINGS PLC incorporated and registered
            in England and Wales with company number 09876543 whose
            registered office is at 1 Paternoster Row, London EC4M 7DX (the
            "Company").
            (2) FIONA MARGARET ASHDOWN of 22 Ladbroke Square, London
            W11 3NA (the "Executive").
            AGREED TERMS
            1.1 The Company shall employ the Executive as Chief Financial
            Officer on the terms of this agreement.
            """
        let result = classifier.classify(ExtractedDocument(mimeType: "application/pdf", pageTexts: [wrapped]))
        #expect(result.contractType == .employment)
        #expect(DocumentClassifier.title(of: wrapped).contains("W11 3NA (the \"Executive\")"))
    }

    @Test(
        "contracts written for these tests get their seed type",
        arguments: [
            ("LETTER AGREEMENT RE: CONFIDENTIAL INFORMATION\nDear Ms. Patel: In connection with your consideration of a possible investment in Wrenfield Outdoor Co. (the \"Company\"), the Company will furnish you with certain non-public information. You agree to keep such information strictly confidential and to use it solely to evaluate the investment.", .nda),
            ("MEMORANDUM OF LEASE\nThis Memorandum of Lease is dated June 1, 2026 between Prairie Land Holdings Ltd. (\"Lessor\") and Cobalt Grain Terminals Inc. (\"Lessee\"). Lessor has leased to Lessee the lands described below for a term of twenty years commencing June 1, 2026.", .leaseAgreement),
            ("HIRE OF HALL AGREEMENT\nThis agreement is made between St Mary's Parish Council (the \"Council\") and Harlow Youth Theatre (the \"Hirer\"). The Council hires the village hall to the Hirer every Saturday from 9am to 1pm for a fee of GBP 60 per session. The Hirer shall leave the hall clean.", .leaseAgreement),
            ("CLEAN TEAM AGREEMENT\nThis Clean Team Agreement is entered into as of March 9, 2026 between Kestrel Foods, Inc. (\"Kestrel\") and Orchard Brands Corp. (\"Orchard\") in connection with a possible business combination. Competitively Sensitive Information shall be disclosed only to Clean Team Members and shall be kept confidential.", .nda),
            ("INTERNSHIP AGREEMENT\nThis Internship Agreement is made on May 15, 2026 between Bluefin Media LLC (the \"Company\") and Priya Raman (the \"Intern\"). The Intern will work in the Company's marketing department for ten weeks at an hourly wage of $22 and shall follow the Company's policies.", .employment),
            ("PARKING SPACE LICENCE\nThis Licence is granted on 2 February 2026 by Quayside Estates Limited (the \"Licensor\") to Harbour Dental Practice Ltd (the \"Licensee\"). The Licensor permits the Licensee to park one vehicle in Space 12 of the Quayside car park for a fee of GBP 90 per month.", .leaseAgreement),
            ("AMALGAMATION AGREEMENT\nThis Amalgamation Agreement is made as of October 1, 2026 among Northshore Holdings Ltd. (\"Parent\"), 1234567 B.C. Ltd. (\"Subco\") and Tidewater Robotics Inc. (\"Tidewater\"). Subco and Tidewater shall amalgamate and continue as one corporation, a wholly owned subsidiary of Parent.", .mergerAcquisition),
            ("EXECUTIVE EMPLOYMENT AGREEMENT\nThis agreement is entered into between Zeta Corp. (the \"Employer\") and John Smith (the \"Employee\"). The Employee's base salary is USD 180,000 per year. The Employee shall perform the duties of Chief Technology Officer. Either party may terminate this agreement on 30 days' notice.", ContractType.employment),
            ("CONFIDENTIALITY AGREEMENT\nThis agreement is made by and between Alpha Ltd (the \"Disclosing Party\") and Beta LLC (the \"Receiving Party\"). The Receiving Party shall not disclose any Confidential Information and shall return or destroy it. The parties hereby agree as follows.", .nda),
            ("AGREEMENT AND PLAN OF MERGER\nThis Agreement and Plan of Merger is entered into by and among Parent Inc. (\"Parent\"), Merger Sub Inc. (\"Merger Sub\") and Target Corp. At the Effective Time, Merger Sub shall merge with and into the Company, and the Company shall be the surviving corporation. The merger consideration is payable at the closing date.", .mergerAcquisition),
            ("OFFICE LEASE\nThis Lease is entered into by and between Oak Properties (\"Landlord\") and Pine Studio LLC (\"Tenant\"). Landlord leases to Tenant the premises at 5 Main Street. Tenant shall pay base rent of $4,000 per month and a security deposit. The parties agree to the terms below.", .leaseAgreement),
            ("EMPLOYEE CONFIDENTIAL INFORMATION AND INVENTION ASSIGNMENT AGREEMENT\nIn consideration of my employment by Acme Inc. (the \"Company\"), I agree to hold in confidence all Confidential Information and hereby assign to the Company all Inventions. This Agreement is governed by the laws of the State of California.", ContractType.employment),
            ("Acme Inc.\nMarch 2, 2026\nRe: Offer of Employment\nDear Mr. Chen:\nWe are pleased to offer you employment as Analyst. Your annual base salary will be $90,000 and your start date is April 1, 2026. Your employment is at will. This letter agreement is governed by the laws of the State of New York.\nAccepted and agreed:", ContractType.employment),
            // An offer letter with neither a subject line nor the words "letter agreement".
            ("Northwind Labs, Inc.\n500 Howard Street, San Francisco, CA 94105\n\nOctober 2, 2025\n\nMr. Daniel Park\n88 Lake Street\nOakland, CA 94612\n\nDear Mr. Park:\n\nOn behalf of Northwind Labs, Inc. (the \"Company\"), I am pleased to offer you the position of Staff Product Designer, starting on November 3, 2025. Your annual base salary will be $184,000, paid semi-monthly in accordance with the Company's payroll practices. Your employment with the Company is at will. This offer is governed by the laws of the State of California. Please sign and return this letter by October 9, 2025.", ContractType.employment),
            ("CONFIDENTIALITY UNDERTAKING\nTo: Acme plc. In consideration of you making available Confidential Information about the Proposed Transaction, we undertake to keep it confidential and to use it only to evaluate the Proposed Transaction.", ContractType.nda),
            ("TERMS OF SERVICE\nThese Terms of Service govern your use of the Acme website. By using the site you agree to these Terms. We may suspend your account. These Terms are governed by California law.", ContractType.serviceAgreement),
            ("FRANCHISE AGREEMENT\nThis agreement is entered into between BurgerCo (\"Franchisor\") and Local Eats LLC (\"Franchisee\"). The Franchisee shall pay an initial franchise fee and royalty fees and operate the Franchised Restaurant according to the operations manual. The parties hereby agree.", .franchise),
            ("DATA PROCESSING ADDENDUM\nThis Data Processing Addendum forms part of the Master Subscription Agreement between Acme Ltd (\"Customer\") and Cloudly Inc. (\"Processor\"). Processor shall process Customer Personal Data only on Customer's documented instructions.", .serviceAgreement),
            ("NON-COMPETITION AND NON-SOLICITATION AGREEMENT\nIn consideration of employment by Harbor Line Logistics Holdings, Inc. (the \"Company\"), Jonathan M. Pierce (\"Employee\") agrees that for twelve (12) months after employment ends Employee shall not work for a competitor of the Company.", .employment),
            // A sublease, an underlease, a subcontract or a sublicence whose title is its only "lease", "contract" or "licence": the
            // word is part of a longer one.
            ("OFFICE SUBLEASE\nThis Sublease is made between Northstar Analytics, LLC (\"Sublandlord\") and Prairie Health Partners, P.A. (\"Subtenant\").\n1. Rent. Subtenant shall pay Sublandlord $14,250 per month.", .leaseAgreement),
            ("UNDERLEASE\nThis Underlease is made between Harbour Estates Ltd and Quill & Co LLP.\n1. Rent. The Undertenant shall pay the rent of GBP 4,000 each month.", .leaseAgreement),
            ("SUBCONTRACT\nThis Subcontract is made between Atlas Build Ltd (\"Contractor\") and Birch Electrical Ltd (\"Subcontractor\").\n1. Works. The Subcontractor shall carry out the electrical works. The Contractor shall pay the Subcontractor GBP 84,000.", .serviceAgreement),
            ("PATENT SUBLICENCE\nThis Sublicence is made between Orion Pharma Ltd (\"Sublicensor\") and Vega Biotech Ltd (\"Sublicensee\").\n1. Grant. The Sublicensor grants the Sublicensee a non-exclusive sublicence under the Licensed Patents. The Sublicensee shall pay a royalty of 4 percent of Net Sales.", .licenseAgreement),
        ])
    func contractTypes(text: String, expected: ContractType) {
        let result = classifier.classify(document(text))
        #expect(result.kind == .contract)
        #expect(result.contractType == expected)
        #expect(result.confidence >= classifier.rules.reviewThreshold)
        #expect(result.evidence.contains { $0.hasPrefix("title") })
    }

    @Test("a filing's text on one line: the title evidence quotes the words naming the document, not the opening paragraph after them")
    func titleEvidenceOfOneLineFiling() throws {
        let body = "This Recipe Development Agreement (this \"Agreement\") is made between Reed Beverages, Inc. (\"Buyer\") and Cascade Brewing Inc. (\"Developer\"), effective as of October 11, 2019. Developer shall develop recipes for the Products and Buyer shall pay the fees in Exhibit B. "
        let result = classifier.classify(document("Exhibit 10.3 RECIPE DEVELOPMENT AGREEMENT " + String(repeating: body, count: 6)))
        #expect(result.kind == .contract)
        #expect(result.evidence.first == "title: \"Exhibit 10.3 RECIPE DEVELOPMENT AGREEMENT …\"")
        // The title's words after the one that names its kind, up to the opening sentence, a section's number or the title
        // said again.
        let license = classifier.classify(document("Exhibit 10.14 SOFTWARE LICENSE AND MAINTENANCE AGREEMENT 1.0 Definitions " + String(repeating: body, count: 6)))
        #expect(license.evidence.first == "title: \"Exhibit 10.14 SOFTWARE LICENSE AND MAINTENANCE AGREEMENT …\"")
        let twice = classifier.classify(document("RECIPE DEVELOPMENT AGREEMENT RECIPE DEVELOPMENT AGREEMENT between Reed Beverages, Inc. and Cascade Brewing Inc. " + String(repeating: body, count: 6)))
        #expect(twice.evidence.first == "title: \"RECIPE DEVELOPMENT AGREEMENT …\"")
        // A short title line is quoted whole.
        let short = classifier.classify(document("RECIPE DEVELOPMENT AGREEMENT\n" + body))
        #expect(short.evidence.first == "title: \"RECIPE DEVELOPMENT AGREEMENT\"")
        // Naming words a little past 160 characters are still reached; a line naming the document only far along is cut
        // at a word's end before 160 characters.
        let legend = "Exhibit 10.18 Certain identified information has been excluded from this exhibit because it is both not material and would be competitively harmful if publicly disclosed by the company. "
        let late = classifier.classify(document(legend.replacingOccurrences(of: " by the company", with: "") + "DEVELOPMENT AGREEMENT " + body))
        #expect(late.evidence.first?.hasSuffix("disclosed. DEVELOPMENT AGREEMENT …\"") == true)
        let far = classifier.classify(document(legend + legend + "DEVELOPMENT AGREEMENT " + body))
        let quote = try #require(far.evidence.first)
        #expect(quote.hasSuffix(" …\""))
        #expect(quote.count <= 160 + 12)
    }

    @Test(
        "without a telling title, the defined roles and characteristic clauses decide; a services contract with a confidentiality clause stays a services contract",
        arguments: [
            ("AGREEMENT\nThis Agreement is made on 3 March 2025 between Harbour Estates Ltd (the \"Landlord\") and Quill & Co LLP (the \"Tenant\"). The Landlord lets the Premises to the Tenant for five years. The Tenant shall pay the annual rent of GBP 48,000 by quarterly instalments and a security deposit of GBP 12,000, and shall keep the Premises in good repair. The Tenant may use the common areas.", ContractType.leaseAgreement),
            ("AGREEMENT\nThis Agreement is made between Northgate Analytics Inc. (the \"Employer\") and Priya Raman (the \"Employee\"). The Employee is employed as Senior Data Scientist with a base salary of USD 150,000. The first three months are a probationary period. The Employee is entitled to 25 days of annual leave. On termination without cause the Employer shall pay severance of three months' salary.", .employment),
            ("LETTER AGREEMENT\nIn connection with a possible business relationship (the \"Purpose\"), Orion Labs Inc. (the \"Disclosing Party\") may share information with Vega Systems Ltd (the \"Receiving Party\"). The Receiving Party shall use the Confidential Information solely for the Purpose and shall return or destroy it on request. Nothing in this letter creates an obligation to enter into any transaction.", .nda),
            ("AGREEMENT\nThis Agreement is entered into by Halcyon Holdings Inc. (\"Parent\"), Halcyon Merger Sub Inc. (\"Merger Sub\") and Brightline Corp. (the \"Company\"). At the Effective Time Merger Sub shall merge with and into the Company, which shall be the Surviving Corporation, and each share shall be converted into the right to receive the Merger Consideration. The Company Disclosure Schedule lists the exceptions.", .mergerAcquisition),
            ("MASTER SERVICES AGREEMENT\nThis Master Services Agreement is made between Cobalt Cloud Inc. (the \"Service Provider\") and Redwood Retail LLC (the \"Customer\"). The Service Provider shall perform the Services in each Statement of Work. Each party shall keep the other's Confidential Information confidential, shall not disclose it, and shall return or destroy it at the end of the term. The Customer shall pay each invoice within 30 days.", .serviceAgreement),
            // A letter of intent to buy a company's shares: Buyer and Sellers, but the shares make it an acquisition.
            ("LETTER OF INTENT\nRe: Proposed Acquisition of Harrow & Finch Printing Co.\nThis letter sets out the principal terms on which Meridian Print Holdings, LLC (\"Buyer\") proposes to acquire all of the outstanding shares of Harrow & Finch Printing Co. (the \"Company\") from its shareholders (the \"Sellers\"). The purchase price will be $18,500,000 in cash. The parties will negotiate in good faith a stock purchase agreement.", .mergerAcquisition),
            // An English share sale with no title but "AGREEMENT": the Buyer buys the Shares, which makes it an acquisition.
            ("THIS AGREEMENT is dated 4 June 2024\nPARTIES\n(1) MARGARET ELSWORTH (the \"Seller\"); and\n(2) NORTHFIELD HOLDINGS LIMITED (the \"Buyer\").\nBACKGROUND\n(A) The Seller is the legal and beneficial owner of the Shares.\n(B) The Seller has agreed to sell and the Buyer has agreed to buy the Shares subject to the terms of this agreement.\nAGREED TERMS\n1. The consideration for the Shares is £2,400,000, payable on Completion.", .mergerAcquisition),
            ("AMENDMENT NO. 1 TO MANUFACTURING AGREEMENT\nThis Amendment is made between Helix Devices Inc. (\"Buyer\") and Precision Parts Co. (\"Manufacturer\"). The Manufacturer shall manufacture and deliver the Products ordered by Buyer. Section 4 (Closing Date of each purchase order) is amended. All other terms remain in effect.", .salesContract),
        ])
    func rolesDecide(text: String, expected: ContractType) {
        let result = classifier.classify(document(text))
        #expect(result.kind == .contract)
        #expect(result.contractType == expected, "\(result.evidence)")
    }

    @Test(
        "a filing's one-line opening: the head of the title is read before the first 'agreement', not in the sentence after it",
        arguments: [
            ("Exhibit 10.1 MASTER FRANCHISE AGREEMENT This Master Franchise Agreement (the \"Agreement\") is made between BurgerCo (\"Franchisor\") and Local Eats LLC (\"Franchisee\"), under which Franchisor grants Franchisee a license to use the Marks and Franchisee shall pay royalties.", ContractType.franchise),
            ("Exhibit 10.2 FORM OF CONTENT LICENSE AGREEMENT THIS CONTENT LICENSE AGREEMENT is made between Studio Inc. (\"Licensor\") and Stream LLC (\"Licensee\") for the distribution and sale of the Programs to subscribers.", .licenseAgreement),
            ("CONTRACT OF EMPLOYMENT\nThis contract is between Acme Ltd (the \"Employer\") and Sarah Jones (the \"Employee\"). Your job title is Marketing Manager and your salary is GBP 55,000. The Services Manager supervises you.", .employment),
        ])
    func oneLineOpening(text: String, expected: ContractType) {
        #expect(classifier.classify(document(text)).contractType == expected)
    }

    @Test(
        "deal, exit and entity documents are typed by their titles: buying a company's interests is M&A, buying its securities is a financing (OTHER), a subscription for shares is a financing too, an operating agreement is a partnership, a spin-off's separation and distribution is M&A, a separation and release ends employment, an equity award is OTHER",
        arguments: [
            ("MEMBERSHIP INTEREST PURCHASE AGREEMENT", ContractType.mergerAcquisition),
            ("ASSET PURCHASE AND SALE AGREEMENT", .mergerAcquisition),
            ("ARRANGEMENT AGREEMENT", .mergerAcquisition),
            ("SECURITIES PURCHASE AGREEMENT", .other),
            ("SERIES A PREFERRED STOCK PURCHASE AGREEMENT", .other),
            ("PURCHASE AND SALE AGREEMENT", .salesContract),
            ("LIMITED LIABILITY COMPANY OPERATING AGREEMENT OF HARBOR NINE LLC", .partnership),
            ("SECOND AMENDED AND RESTATED AGREEMENT OF LIMITED PARTNERSHIP OF CEDAR FUND II, L.P.", .partnership),
            ("SEPARATION AGREEMENT AND GENERAL RELEASE", .employment),
            ("TERMS AND CONDITIONS OF EMPLOYMENT", .employment),
            ("PROPRIETARY INFORMATION AGREEMENT", .nda),
            ("EMPLOYEE PROPRIETARY INFORMATION AGREEMENT", .employment),
            ("LICENCE TO OCCUPY", .leaseAgreement),
            ("SCHEME IMPLEMENTATION AGREEMENT", .mergerAcquisition),
            ("AREA DEVELOPMENT AGREEMENT", .franchise),
            ("MASTER SUBSCRIPTION AGREEMENT", .serviceAgreement),
            // A subscription for shares is a financing, a subscription to a service a service agreement.
            ("SHARE SUBSCRIPTION AGREEMENT", .other),
            ("Common Stock Subscription Agreement", .other),
            ("SUBSCRIPTION AGREEMENT FOR SERIES A PREFERRED SHARES", .other),
            ("SOFTWARE SUBSCRIPTION AGREEMENT", .serviceAgreement),
            ("CONVERTIBLE PROMISSORY NOTE", .other),
            ("SIMPLE AGREEMENT FOR FUTURE EQUITY", .other),
            // Goods sold on consignment: a sale of goods, whatever the body says.
            ("CONSIGNMENT AGREEMENT", .salesContract),
            // A staffing firm supplies workers as a service.
            ("TEMPORARY STAFFING SERVICES AGREEMENT", .serviceAgreement),
            ("STAFFING AGREEMENT", .serviceAgreement),
            // What a sale and purchase agreement sells, said after it or on the line below, is its type.
            ("SALE AND PURCHASE AGREEMENT\nrelating to the entire issued share capital of Alder Tools Limited", .mergerAcquisition),
            ("SALE AND PURCHASE AGREEMENT relating to the business and assets of Alder Tools Limited", .mergerAcquisition),
            ("SALE AND PURCHASE AGREEMENT\nrelating to 400 tonnes of copper cathodes", .salesContract),
            ("VOTING AND SUPPORT AGREEMENT", .mergerAcquisition),
            ("SEPARATION AND DISTRIBUTION AGREEMENT", .mergerAcquisition),
            ("CHANGE IN CONTROL AGREEMENT", .employment),
            // An equity grant under a plan is compensation's paperwork, no sale of shares.
            ("RESTRICTED STOCK UNIT AWARD AGREEMENT", .other),
            ("NON-QUALIFIED STOCK OPTION AGREEMENT", .other),
            ("PERFORMANCE SHARE UNIT GRANT AGREEMENT", .other),
            ("NOTICE OF STOCK OPTION GRANT AND OPTION AWARD", .other),
        ])
    func dealAndEntityTitles(title: String, expected: ContractType) {
        let found = classifier.classify(document("""
            \(title)
            This agreement (this "Agreement") is entered into as of March 3, 2025 by and between Alder Holdings Inc., a \
            Delaware corporation ("Alder"), and Birch Street LLC, a New York limited liability company ("Birch"). The parties \
            hereby agree as follows. This Agreement is governed by the laws of the State of New York.
            """))
        #expect(found.kind == .contract)
        #expect(found.contractType == expected, "\(found.evidence)")
    }

    @Test("the head of the title decides between two types it names: a licence and maintenance agreement is a services contract")
    func headOfTitle() {
        let result = classifier.classify(document("""
            SOFTWARE LICENSE AND MAINTENANCE AGREEMENT
            This agreement is between Kestrel Software Inc. (the "Licensor") and Dune Freight LLC (the "Licensee"). Licensor \
            grants Licensee a non-exclusive licence to use the Software and shall provide maintenance and support services for \
            the fees set out in Schedule 1.
            """))
        #expect(result.contractType == .serviceAgreement)
        #expect(result.runnerUp == .licenseAgreement)
    }

    @Test("standard terms titled by what they are (terms or conditions of sale, subscription terms, terms of hire) are contracts of their type; a guide to them is not")
    func standardTermsTitles() {
        func classify(_ title: String, _ body: String) -> Classification { classifier.classify(document(title + "\n\n" + body)) }
        let sale = """
            1. Acceptance. These terms apply to every sale of products by Northfield Castings Inc. ("Seller") to the customer named \
            in Seller's quotation ("Buyer").
            2. Payment. Payment is due net thirty (30) days from the date of invoice.
            3. Delivery. Title and risk of loss pass to Buyer on delivery to the carrier.
            """
        for title in ["TERMS OF SALE", "CONDITIONS OF SALE", "General Conditions of Purchase", "SALES TERMS"] {
            let result = classify(title, sale)
            #expect(result.kind == .contract && result.contractType == .salesContract, "\(title): \(result.evidence)")
        }
        let subscription = classify("SUBSCRIPTION TERMS", """
            These Subscription Terms are entered into between Ledgerly Pty Ltd ("Ledgerly") and you. We grant you a right to use the \
            Service during your subscription period. You must pay the subscription fees monthly in advance. These terms are \
            governed by the laws of New South Wales.
            """)
        #expect(subscription.kind == .contract && subscription.contractType == .serviceAgreement, "\(subscription.evidence)")
        let hire = classify("TERMS OF HIRE", """
            1. Hire. Apex Plant Hire Ltd (the "Owner") agrees to hire the equipment described in the hire schedule to the hirer named \
            in it (the "Hirer"), and the Hirer agrees to pay the hire charges.
            2. Return. The Hirer shall return the equipment at the end of the hire period.
            """)
        #expect(hire.kind == .contract && hire.contractType == .leaseAgreement, "\(hire.evidence)")
        let guide = classify("Writing Your Terms of Sale: A Guide for Small Businesses", """
            Most small businesses sell on their own standard terms. This guide explains what your terms of sale should cover and why.
            Without written terms, the law fills the gaps, and the result may not suit you.
            """)
        #expect(guide.kind == .other, "\(guide.evidence)")
        // A subtitle that says what the document is names it, whatever the title before its colon names.
        let guideText = """
            Most startups sign an NDA before their first investor meeting. This guide explains what yours should cover and why \
            the other side may refuse to sign one at all.
            """
        for title in ["The Non-Disclosure Agreement: A Guide for Startups", "Terms of Sale: A Guide for Small Businesses",
            "Supply Agreements: Frequently Asked Questions"] {
            #expect(classify(title, guideText).kind == .other, "\(title)")
        }
        // Not a subtitle that names an exhibit's guide, nor a memo whose subtitle names an agreement.
        let exhibit = classify("Franchise Agreement: Exhibit C – Operations Guide", """
            1. The Franchisee shall operate the Restaurant in accordance with the Operations Manual. The Franchisor may change \
            the Manual on written notice.
            2. The Franchisee shall pay the royalty monthly.
            """)
        #expect(exhibit.kind == .contract && exhibit.contractType == .franchise, "\(exhibit.evidence)")
        #expect(classify("MEMORANDUM: Services Agreement with Kestrel Logistics", """
            To: Board of Directors
            The draft services agreement with Kestrel Logistics is attached. Its main points are the term and the fees.
            """).kind == .other)
    }

    @Test("an employment settlement agreement is an employment document, a commercial one is not; a browser's print header is no title line")
    func employmentSettlement() {
        let parties = """
            PARTIES
            (1) NORTHFIELD CARE HOMES LIMITED incorporated and registered in England and Wales with company number 04567123 (the "Employer"); and
            (2) GRACE OKONJO of 17 Beech Grove, Leeds LS6 2AB (the "Employee").
            1. The Employee's employment shall terminate on 30 April 2027. The Employer shall pay the Employee £18,500 as             compensation for loss of employment, in full and final settlement of all claims.
            """
        let header = "12/1/26, 1:07 PM\nsettlement-agreement-northfield-final\nWITHOUT PREJUDICE AND SUBJECT TO CONTRACT\nSETTLEMENT AGREEMENT\n"
            + "THIS AGREEMENT is dated 12 April 2027\n"
        #expect(DocumentTitle.isPrintHeader("12/1/26, 1:07 PM"))
        #expect(DocumentTitle.isPrintHeader("settlement-agreement-northfield-final"))
        #expect(!DocumentTitle.isPrintHeader("SETTLEMENT AGREEMENT"))
        #expect(classifier.classify(document(header + parties)).contractType == .employment)
        let commercial = classifier.classify(document("""
            SETTLEMENT AGREEMENT
            This Settlement Agreement is made between Northgate Freight Systems, Inc. ("Northgate") and Lakeshore Packaging Co.             ("Lakeshore") to settle the action Northgate filed for breach of a freight services agreement. Lakeshore shall pay             Northgate $375,000 in full and final settlement of all claims.
            """))
        #expect(commercial.contractType == .other)
    }

    @Test("a privacy policy, a retention schedule, a contract signature policy and a committee charter are POLICY, a memo is OTHER, a short note is OTHER")
    func otherKinds() {
        let policy = classifier.classify(document("""
            PRIVACY POLICY
            This policy explains how we collect and use your personal data. We process personal data of data subjects \
            in line with the GDPR. Last updated: 1 March 2025. You have rights over your information.
            """))
        #expect(policy.kind == .policy)
        #expect(policy.contractType == nil)
        let memo = classifier.classify(document("""
            MEMORANDUM
            To: All staff
            From: Facilities
            Re: Office move
            The office moves on Friday. Action items: pack your desk. Best regards, Facilities
            """))
        #expect(memo.kind == .other)
        #expect(classifier.classify(document("Shopping list: eggs, milk")).kind == .other)
        // A retention schedule lists "Board minutes" among the records it keeps; its title and its purpose come first.
        let schedule = classifier.classify(document("""
            RECORDS RETENTION SCHEDULE
            Version 2.1, approved by the Audit Committee on 3 March 2026
            Purpose. This schedule sets how long the Company keeps each kind of record it holds, as the law requires.
            Contracts: 7 years after expiry.
            Board minutes: permanently.
            Scope. This schedule applies to all records of the Company and its subsidiaries and is reviewed annually.
            """))
        #expect(schedule.kind == .policy, "\(schedule.evidence)")
        // A policy about contracts: the head of its title is "Policy".
        let contractPolicy = classifier.classify(document("""
            Contract Signature Authority Policy
            Scope. This policy applies to every contract signed on behalf of the Company. Last updated: 1 May 2026.
            Only the officers listed in Annex 1 may sign an agreement worth more than $100,000.
            """))
        #expect(contractPolicy.kind == .policy, "\(contractPolicy.evidence)")
        // A board committee's charter governs how the committee works: a policy.
        let charter = classifier.classify(document("""
            NOMINATING AND GOVERNANCE COMMITTEE CHARTER
            I. Purpose. The Committee identifies individuals qualified to become directors of the Company.
            II. Membership. The Committee shall consist of at least three independent directors.
            """))
        #expect(charter.kind == .policy, "\(charter.evidence)")
    }

    @Test(
        "a document that talks about a contract is no contract: the kind its first lines name wins",
        arguments: [
            "MINUTES OF A MEETING OF THE BOARD OF DIRECTORS OF TIDEWATER INSTRUMENTS CORPORATION\nHeld on February 16, 2026.\nPresent: Ruth Lindqvist (Chair), Daniel Okoro.\n2. Counsel summarized the terms of the draft Agreement and Plan of Merger, including the merger consideration and the termination fee.\nRESOLVED, that the Agreement and Plan of Merger is approved.",
            "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\nACME SUPPLY CORP., Plaintiff, v. BETA PACKAGING INC., Defendant.\nOPINION AND ORDER\nPlaintiff brings this action for breach of a Supply Agreement dated January 15, 2023. The Agreement is governed by the laws of the State of New York. The motion to dismiss is DENIED.",
            "UNANIMOUS WRITTEN CONSENT OF THE BOARD OF DIRECTORS OF ACME INC.\nThe undersigned directors adopt the following resolutions. RESOLVED, that the License Agreement between the Company and Beta LLC is approved and the officers are authorized to sign it.",
            // A notice under a contract, a cover email, an insurance certificate, a power of attorney.
            "Keystone Polymers Corp.\nOctober 20, 2027\nAmberline Packaging Inc.\nRe: Notice of Non-Renewal of the Product Supply Agreement dated January 15, 2025\nDear Counsel:\nUnder Section 9.2 of the Agreement, we hereby give notice that Keystone does not intend to renew the Agreement at the end of the current term.\nSincerely,\nRobert Hale",
            "From: Helen Ward <hward@larkspurtx.com>\nTo: Tomas Reyes <treyes@meridiancro.com>\nSubject: Signed NDA attached\n\nHi Tomas,\nAttached is the signed Confidentiality and Non-Disclosure Agreement. Please countersign and send it back.\nThanks,\nHelen",
            "CERTIFICATE OF LIABILITY INSURANCE\nDATE: 03/01/2026\nINSURED: Fathom Cloud Operations, Inc.\nPOLICY NUMBER: CYB-2231-88. POLICY EFF: 01/01/2026.\nCERTIFICATE HOLDER: Evergreen Regional Credit Union, as required by the Master Services Agreement dated September 22, 2025.",
            // Two kinds named on one title line: the one named first.
            "RESOLUTIONS OF THE BOARD OF DIRECTORS APPROVING THE PLAN OF MERGER\nRESOLVED, that the Plan of Merger between the Corporation and Oakley Holdings Corporation is approved and the officers are authorized to execute it.",
            // A university office's advice about signing confidentiality agreements.
            "Confidentiality and Non-Disclosure Agreements\nLast reviewed: 03/02/2026\nGeneral Advice for Researchers\nConcerning \"Secrecy\" and \"Non-Disclosure\" Agreements\nIs the agreement with the University?\nIf a company asks you to sign an NDA before sharing its data, only an authorized officer may sign it for the University. Send the draft agreement to the Office of Research Contracts, which will review its term, its governing law and any publication limits.",
            // A law firm's client alert, an annual report's business section, a press release, a forwarded email, a
            // demand letter: each talks about agreements in paragraphs of prose under a title of its own.
            "What Your Supply Contracts Say About Tariffs\nBy Nora Tan and Felix Ward, Tan Ward LLP\nWhen a buyer signs a supply agreement with a fixed price, a new tariff usually falls on the seller unless the agreement says otherwise. A typical clause reads: \"This Agreement shall be governed by and construed in accordance with the laws of the State of Ohio.\"\nMost distribution agreements we review allocate import duties to the distributor.\nThis alert is general information and is not legal advice.",
            "ITEM 1. BUSINESS\nOverview\nCopperleaf Biosciences, Inc. is a clinical-stage company developing treatments for rare kidney diseases. We were incorporated in Delaware in 2015 and are based in San Diego, California.\nCollaboration and License Agreement with Halden University. In 2017 we entered into an exclusive license agreement with Halden University, under which we pay royalties of 4% on net sales. It is governed by the laws of the State of California.",
            "Copperleaf Biosciences, Inc.\nBusiness\nCopperleaf Biosciences, Inc. is a clinical-stage company developing treatments for rare kidney diseases. We were incorporated in Delaware in 2015 and are based in San Diego, California.\nCollaboration and License Agreement with Halden University. In 2017 we entered into an exclusive license agreement with Halden University.",
            "Client Update\nNew York General Obligations Law Section 5-1401 lets parties to a contract of $250,000 or more choose New York law.",
            "FOR IMMEDIATE RELEASE\nCopperleaf Biosciences and Marlow Pharma Sign Definitive Agreement to Merge\nSAN DIEGO, May 4, 2026 -- Copperleaf Biosciences, Inc. and Marlow Pharma plc today announced that they have entered into a definitive merger agreement valued at $900 million.\nForward-Looking Statements\nThis release contains forward-looking statements.",
            "From: Omar Said <osaid@copperleaf.example>\nSent: Monday, May 4, 2026 9:02 AM\nTo: Contracts <contracts@copperleaf.example>\nSubject: FW: Signed services agreement - Marlow\n\nHi all,\nPlease file the attached signed Master Services Agreement. It renews automatically unless we give 60 days' notice and is governed by Delaware law.\nThanks,\nOmar",
            "TAN WARD LLP\nMay 4, 2026\nMr. Felix Grant\nGrant Outdoor Gear, Inc.\nRe: Infringement of the RIVERSTONE Trademark\nDear Mr. Grant:\nThis firm represents Riverstone Apparel, LLC, the owner of the registered mark RIVERSTONE. Your company's sale of jackets under the name RIVER STONE infringes our client's rights. We demand that you stop all use of that name within ten (10) days.\nVery truly yours,\nNora Tan",
            // A title naming a contract and another kind: the head of the title is the kind.
            "LEASE ABSTRACT\nProperty: 88 Quay Street, Suite 300\nLandlord: Quay Street Owner LLC\nTenant: Copperleaf Biosciences, Inc.\nBase rent: $31,000 per month\nExpiration: April 30, 2031",
            "NOTICE OF TERMINATION OF LEASE\nTo: Quay Street Owner LLC\nUnder Section 3.2 of the Lease dated May 1, 2021, Copperleaf Biosciences, Inc. terminates the Lease effective June 30, 2026.",
            "Contract Review Checklist\nUse this list before any customer agreement is signed.\n[ ] Is the term stated?\n[ ] Is liability capped?\n[ ] Is the signatory authorized?",
            // Guides, checklists and articles about a kind of contract: a question, a genre word before a colon, a
            // numbered list of things, a gerund naming what the reader does with the contract.
            "What Goes Into an Executive Employment Contract\nAn executive agreement names the title, the base salary and the severance. The employer may terminate for cause at any time.\nTalk to a lawyer before you sign.",
            "Tenant Guide: Reading Your Lease Before You Sign\nYour lease binds you (the tenant) and the landlord. The security deposit may not exceed one month's rent and must be returned within 21 days.",
            "Checklist: Reviewing a SaaS Subscription Agreement\n1. Does the subscription renew automatically?\n2. Is the vendor's liability capped at fees paid in the prior twelve months?\n3. Which law governs?",
            "Five Clauses to Watch in a Franchise Agreement\n1. Territory. Does the franchisor promise not to open another outlet near yours?\n2. Royalties. Most franchisees pay a royalty of four to eight percent of gross sales.",
            "Negotiating a Commercial Lease\nThe landlord's first draft favours the landlord. Ask for a rent-free period, a cap on service charges and a break clause after five years.",
            "Can a Non-Disclosure Agreement Be Enforced After Five Years?\nMost NDAs protect information for two to five years after disclosure; trade secrets may be protected for as long as they stay secret.",
            // Guidance that opens with a paragraph: no title above it, and its first words name no agreement.
            "NDAs (also called confidential disclosure agreements) let a researcher share unpublished results with a company while limiting what the company may do with them.\n1. Do not share anything until the NDA is signed by an authorized officer.\n2. Keep to the scope the NDA sets.",
            // A request for proposals that says the winner will sign a services agreement, a supplier's quotation.
            "REQUEST FOR PROPOSAL\nFacilities Maintenance Services\nRFP No. 2026-031\nIssued by: Copperleaf Biosciences, Inc.\n1. Introduction. Copperleaf Biosciences invites proposals from qualified vendors; the vendor selected will sign Copperleaf's Master Services Agreement.\n2. Evaluation. Proposals will be evaluated on price and experience.",
            "QUOTATION\nQuote No. Q-5521\nCustomer: Copperleaf Biosciences, Inc.\nLab freezer, 2 units: $14,800.00\nThis quotation is valid for 30 days and is subject to our standard terms and conditions of sale.",
            // A legal opinion on a contract, its subject line naming the contract.
            "TAN WARD LLP\nMay 4, 2026\nQuay Bank, N.A., as Administrative Agent\nRe: Credit Agreement dated as of May 4, 2026 among Copperleaf Biosciences, Inc., the Lenders party thereto and Quay Bank, N.A.\nLadies and Gentlemen:\nWe have acted as counsel to Copperleaf Biosciences, Inc. (the \"Borrower\") in connection with the Credit Agreement. In rendering this opinion we have examined the Credit Agreement. Based on the foregoing and subject to the qualifications below, we are of the opinion that the Credit Agreement is the legal, valid and binding obligation of the Borrower. We express no opinion as to the laws of any jurisdiction other than the State of New York.\nVery truly yours,\nTan Ward LLP",
            "POWER OF ATTORNEY\nKNOW ALL PERSONS BY THESE PRESENTS that Tidewater Instruments Corporation hereby appoints Ruth Lindqvist as its attorney-in-fact, with full power to sign on its behalf the Agreement and Plan of Merger. This power of attorney is governed by the laws of the State of Maryland.\nIN WITNESS WHEREOF, the Company has caused this power of attorney to be executed.",
        ])
    func talksAboutContract(text: String) {
        let found = classifier.classify(document(text))
        #expect(found.kind == .other, "\(found.evidence)")
    }

    @Test("a contract's title over an article's text (no shall, hereby, defined party, \"this Agreement\", signature line) is a contract to review; a short contract in plain words is not")
    func articleUnderContractTitle() {
        let article = classifier.classify(document("""
            Employment Agreement
            An employment agreement sets out the deal between an employer and an employee. Employers use written agreements mostly for senior hires, such as managers and sales staff paid on commission.
            Typical sections cover the job title and duties, salary and bonus, holidays, termination and notice, and restrictions after the employment ends.
            Download our free template below and adapt it to your business.
            """))
        #expect(article.kind == .contract && article.contractType == .employment)
        #expect(article.confidence < classifier.rules.reviewThreshold)
        #expect(article.doubts.contains { $0.hasPrefix("no contract language") })
        let hosting = classifier.classify(document("""
            Managed Hosting Agreement
            This is a managed hosting agreement between Corvid Outfitters Ltd. and Larchmont Systems. The term is 12 months beginning March 1, 2026.
            Included monthly services: system administration, backups and security patches. The monthly fee is $1,200, invoiced in advance.
            """))
        #expect(hosting.kind == .contract)
        #expect(!hosting.doubts.contains { $0.hasPrefix("no contract language") })
        #expect(hosting.confidence >= classifier.rules.reviewThreshold)
    }

    @Test("the doubts say why a confidence is below the top, with the scores: a close type names its runner-up; a sure contract has none")
    func doubts() {
        let terms = classifier.classify(document("""
            Terms and Conditions
            These terms govern the services Harbor Print Ltd provides to the customer. Harbor Print shall provide the services described in the order form.
            The customer pays the fees stated in the order within 30 days of invoice. Goods remain Harbor Print's property until paid for.
            These terms are governed by the laws of England and Wales.
            """))
        #expect(terms.contractType == .serviceAgreement && terms.runnerUp == .salesContract)
        #expect(terms.confidence < 1)
        #expect(terms.doubts == ["another type scored too: SALES_CONTRACT 1 point against SERVICE_AGREEMENT 6 points (title, roles and phrases; type margin 0.944)"])
        #expect(terms.confidence == classifier.rules.calibrated(0.944))
        let nda = classifier.classify(document("""
            MUTUAL NON-DISCLOSURE AGREEMENT
            This Mutual Non-Disclosure Agreement (the "Agreement") is made on 3 March 2026 between Alder Robotics Ltd ("Alder") and Birch Analytics Ltd ("Birch"). The Disclosing Party and the Receiving Party shall keep Confidential Information secret and use it only for the Purpose.
            """))
        #expect(nda.contractType == .nda && nda.confidence == classifier.rules.calibrated(1))
        #expect(nda.doubts.isEmpty)
        let untyped = classifier.classify(document("""
            AGREEMENT
            This Agreement is made on 3 March 2026 between Alder Robotics Ltd and Birch Analytics Ltd. Each party shall bear its own costs. This Agreement is governed by the laws of Scotland.
            """))
        #expect(untyped.kind == .contract && untyped.contractType == .other)
        #expect(untyped.doubts.last?.hasPrefix("no contract type's title, party roles or phrases found") == true)
    }

    @Test("a phrase found over a line break is listed as one line of evidence")
    func phraseOverLineBreak() {
        let result = classifier.classify(document("CONSULTING AGREEMENT\nThis Consulting Agreement is entered into as of March 3, 2026 by and between Brightline Energy Corp. (\"Company\") and Ridgeway Advisory LLC (\"Consultant\").\n1. Services\nConsultant shall provide regulatory advisory services under each Statement of Work.\n3. Term and Termination\nThis Agreement shall continue for twelve (12) months."))
        #expect(result.evidence.contains { $0.contains("termination this agreement") }, "\(result.evidence)")
        #expect(!result.evidence.contains { $0.contains("\n") }, "\(result.evidence)")
    }

    @Test("a paragraph of prose or a numbered clause ends the title lines (and, first, leaves only its head); a filing's legend, a bracketed subtitle and a title run into the opening do not")
    func proseEndsTitle() {
        let paragraph = "Copperleaf Biosciences, Inc. is a clinical-stage company developing treatments for rare kidney diseases, based in San Diego."
        #expect(DocumentClassifier.title(of: "ITEM 1. BUSINESS\nOverview\n\(paragraph)\nMaterial Agreements\nLicense Agreement with Halden") == "ITEM 1. BUSINESS\nOverview")
        let legend = "Certain identified information has been excluded because it is both not material and would likely cause competitive harm if disclosed."
        #expect(DocumentClassifier.title(of: "Exhibit 10.5\n\(legend)\nSUPPLY AGREEMENT\nThis Supply Agreement is made as of May 4, 2026.") == "Exhibit 10.5\n\(legend)\nSUPPLY AGREEMENT\nThis Supply Agreement is made as of May 4, 2026.")
        let subtitle = "(subject to increase to up to 2,812,006 shares in the event of an increase in the pro forma market value of the Company's stock)"
        #expect(DocumentClassifier.title(of: "Up to 2,445,223 Shares\n\(subtitle)\nAGENCY AGREEMENT").hasSuffix("AGENCY AGREEMENT"))
        let runIn = "Sales, Marketing, Distribution, and Supply Agreement {***} WHEREAS Copperleaf is a company with offices in San Diego, and WHEREAS Marlow distributes medicines."
        #expect(DocumentClassifier.title(of: "Exhibit 10.1\n\(runIn)\nI. DEFINITIONS").contains("Supply Agreement"))
        // The same paragraph as the first line: there is no title above it, and only its words before the first in lower
        // case may name the document.
        #expect(DocumentClassifier.title(of: paragraph + "\nLicense Agreement with Halden") == "Copperleaf Biosciences, Inc.")
        // Numbered clauses with run-in headings end the title: the fifth clause's "Data Processing Agreement" names no document.
        let clauses = ["SOFTWARE AS A SERVICE SUBSCRIPTION AGREEMENT", "This Agreement is entered into on January 12, 2026 between Cloudlane GmbH (\"Provider\") and Helix B.V. (\"Customer\").",
            "1. Subscription. Provider grants Customer a non-exclusive right during the Subscription Term to use the Service.",
            "2. Fees. Customer shall pay the annual subscription fee of EUR 48,000, invoiced annually in advance.",
            "3. Data Protection. The parties shall comply with the Data Processing Agreement in Schedule 3, which forms part of this Agreement."]
        #expect(DocumentClassifier.title(of: clauses.joined(separator: "\n")) == clauses.prefix(2).joined(separator: "\n"))
    }

    @Test(
        "a title that names a contract makes a short document one, whatever its type: a tenancy, an indenture, a bill of sale, a release, a charter, an engagement letter, a debenture, a warrant, a deed, a side letter, a plan of merger, a covenant not to compete, an IP assignment; and an offer letter, titled or not",
        arguments: [
            ("ASSURED SHORTHOLD TENANCY\nThis tenancy is made between Harbour Estates Ltd (the \"Landlord\") and Tom Reid (the \"Tenant\").\n1. Rent. The Tenant shall pay rent of GBP 1,200 per month.", ContractType.leaseAgreement),
            ("INDENTURE\nThis Indenture is made between Brightline, Inc. (the \"Issuer\") and First Trust Company (the \"Trustee\").\n1. The Issuer shall pay principal and interest on the Notes when due.", ContractType.other),
            ("BILL OF SALE\nFor value received, Acme Inc. (\"Seller\") sells and transfers to Beta LLC (\"Buyer\") the equipment listed in Schedule A.", ContractType.salesContract),
            ("GENERAL RELEASE\nIn consideration of the payment of $25,000, John Smith releases Acme Inc. from all claims arising out of his employment.", ContractType.other),
            ("TIME CHARTER\nThis Charter is made between Nordic Shipping AS (\"Owners\") and Baltic Grain Ltd (\"Charterers\").\n1. Hire. The Charterers shall pay hire of USD 18,000 per day.", ContractType.other),
            ("ENGAGEMENT LETTER\nDear Ms. Lee,\nThank you for engaging Hart & Co LLP. Our fees are GBP 350 per hour and you shall pay each invoice within 30 days.", ContractType.serviceAgreement),
            // Security and financing documents, and deeds and letters named by their kind.
            ("DEBENTURE\nThis Debenture is made between Harbour Holdings Ltd (the \"Company\") and Quill Capital LLP (the \"Lender\").\n1. The Company shall pay the Lender GBP 500,000 on demand.", ContractType.other),
            ("WARRANT TO PURCHASE COMMON STOCK\nThis certifies that Granite Ventures (the \"Holder\") may purchase from Brightline, Inc. 50,000 shares at $1.25 per share.", ContractType.other),
            ("CONSULTANCY DEED\nThis Deed is made between Harbour Holdings Ltd (the \"Company\") and Ana Silva (the \"Consultant\").\n1. The Company shall pay the Consultant GBP 600 per day.", ContractType.serviceAgreement),
            // A director's indemnity agreement is no services contract, though it names "other service provider"s.
            ("INDEMNITY AGREEMENT\nThis Indemnity Agreement, dated as of March 4, 2026 is made by and between Harbor Robotics, Inc., a Delaware corporation (the \"Company\"), and Lena Moss, a director, officer or key employee of the Company or other service provider (\"Indemnitee\").\nThe Company shall indemnify Indemnitee to the fullest extent permitted by law.", ContractType.other),
            // An LLC's operating agreement, its name on the lines after the title.
            ("OPERATING AGREEMENT\nOF\nFULL PLATE MANAGEMENT, LLC\na Colorado Limited Liability Company\nIT IS AGREED as follows:\n1.1 The Company is organized under the Colorado Limited Liability Company Act. Each of the Members owns a membership interest in the Company.", ContractType.partnership),
            ("OPERATING AGREEMENT FOR SFF ROYALTY, LLC\nThis OPERATING AGREEMENT of SFF ROYALTY, LLC (the \"Company\"), effective as of November 26, 2026, is adopted by the Managers and agreed to by the Members. The Company holds royalty interests.", ContractType.partnership),
            // A policy's word before the contract's on the title line.
            ("STANDARD RESIDENTIAL LEASE AGREEMENT\nThis Residential Lease Agreement is made between Ruth Amsel (\"Landlord\") and Omar Haddad (\"Tenant\"). The Tenant shall pay monthly rent of $1,650.", ContractType.leaseAgreement),
            // A plan of merger or arrangement, a covenant not to compete, an assignment of rights.
            ("PLAN OF MERGER\nTHIS PLAN OF MERGER dated as of April 2, 2026 is between Bramwell Foods Corporation, a Delaware corporation (\"Bramwell\"), and Oakley Holdings Corporation, a Delaware corporation (\"Oakley\"). Oakley shall be merged with and into Bramwell.", ContractType.mergerAcquisition),
            ("EXHIBIT 2.1\nPLAN AND AGREEMENT OF MERGER\nThis Plan and Agreement of Merger is entered into as of the 4th day of May, 2026, by and between Tessel Labs, Inc., a Texas corporation (\"Tessel Texas\"), and Tessel Labs, Inc., a Delaware corporation (\"Tessel Delaware\"). Tessel Texas shall be merged with and into Tessel Delaware, which shall own the premises and other property of both.", ContractType.mergerAcquisition),
            ("PLAN OF ARRANGEMENT\nThis Plan of Arrangement is made under section 192 of the Canada Business Corporations Act. Upon the Effective Date, each Share held by a Shareholder shall be transferred to the Purchaser in exchange for the Consideration.", ContractType.mergerAcquisition),
            ("COVENANT NOT TO COMPETE\nIn consideration of the purchase of the Business by Larkspur Inc. (\"Buyer\"), Jonah Pell (\"Seller\") agrees that for three years after the Closing he shall not engage in any competing business within fifty miles.", ContractType.mergerAcquisition),
            ("INTELLECTUAL PROPERTY ASSIGNMENT\nFor good and valuable consideration, Dana Whitt (\"Assignor\") hereby assigns to Fernhill Labs Inc. (\"Assignee\") all right, title and interest in the Inventions listed in Schedule A.", ContractType.other),
            // An offer letter under a "Re:" or "Subject:" line naming it, or with no title at all.
            ("November 1, 2026\nLouis Arcudi III\n4 Whitney Road\nHopedale, MA 01747\nRe: Employment Terms\nDear Lou:\nHarrow Bio, Inc. (the \"Company\") is pleased to offer you employment in the position of Chief Financial Officer. Your initial annual base salary will be $350,000.", ContractType.employment),
            ("Harbor Analytics Inc.\nMarch 2, 2026\nMs. Lena Ortiz\nSubject: Offer of Employment\nDear Lena,\nWe are pleased to offer you the position of Data Engineer. Your start date will be April 6, 2026.\nSincerely,\nHarbor Analytics Inc.", ContractType.employment),
            ("Exhibit 10.10\nSILVERBACK ACQUISITION CORPORATION\nJuly 23, 2026\nMr. John T. McDonald\nDear Jack:\nI am pleased to offer you a position with Silverback Acquisition Corporation (the \"Company\"), as its Chief Executive Officer. If you decide to join us, you will be paid a salary of $1 per year. If your employment is terminated by the Company without Cause, your shares vest in full.", ContractType.employment),
            // The recitals are no title: a stadium's advertising deal that grants "the right and license to display" is a sponsorship.
            ("EX-10.1 5 d4410_ex10-1.htm\nAGREEMENT\nTHIS AGREEMENT dated May 4, 2026 by and between the Harbor City Gulls Partnership (the \"Club\") and Brightwave Beverages, Inc. (\"Sponsor\").\nW I T N E S S E T H\nWHEREAS, Sponsor seeks and the Club desires to grant to Sponsor the right and license to display certain advertising in the Stadium during the 2026 Season;\nNOW, THEREFORE, the parties agree as follows:\n1. Grant of Rights. In consideration of each Season's Sponsorship Fee, the Club grants to Sponsor the right to display each Advertisement.", ContractType.other),
            // Co-branded is co-branding.
            ("CO-BRANDED MARKETING AGREEMENT\nThis Agreement is made this 3rd day of May, 2026 between Tern Voice, Inc. (\"Partner\") and Albumly, Inc. (\"Albumly\").\n1.0 INTENT: Albumly and Tern Voice desire to provide the Service to Partner's customers through co-branded pages on Albumly's server.", ContractType.partnership),
            // A standard NDA's terms, published to be signed under a cover page: "Standard" names no policy here.
            ("Standard Terms\n1. Scope. These Standard Terms and the signed Order Page together form a two-way Non-Disclosure Agreement under which either side (the \"Discloser\") may share information with the other (the \"Recipient\").\n2. Use. The Recipient shall keep the Discloser's Confidential Information secret and use it only for the Purpose.", ContractType.nda),
            // The numbered clauses are no title: "1.0 Participant is a student ... in a course on Product Development" names no
            // development contract.
            ("Confidentiality and Intellectual Property\nversion: March-2026\nThis agreement (\"Agreement\"), effective on the date given on the signature page, is between the company (\"Company\") and the participant (\"Participant\") named on the signature page.\n1.0 Participant is a student enrolled in the course entitled \"Product Design and Business Development\" at the Institute.\n1.1 Company may give Participant information that is confidential to Company (\"Confidential Information\"), which Participant shall not disclose.", ContractType.nda),
            // What an employee signs about confidentiality and inventions is part of the employment, as the "EMPLOYEE
            // CONFIDENTIAL INFORMATION AND INVENTION ASSIGNMENT AGREEMENT" above is, even when the title leaves "employee" out.
            ("CONFIDENTIALITY AND INVENTIONS AGREEMENT\nIn consideration of my employment by Larkspur Optics, Inc. (the \"Company\") and the salary paid to me, I agree as follows.\n1. I will hold all Confidential Information of the Company in strict confidence during and after my employment.\n2. I hereby assign to the Company all Inventions I conceive during my employment.", ContractType.employment),
            // A banker's confidentiality letter to a bidder, read only as far as its first numbered paragraph: no title, no
            // signature yet, but a condition of receiving information and "you shall keep ... confidential".
            ("EXHIBIT 99-D2\nMarch 3, 2026\nMs. Dana Whitfield\nOrrin Capital Corporation\n12 Pier Street\nSausalito, CA 94965\nDear Madam:\nHollis & Crane LLC is acting as financial advisor to Meridel Systems, Inc. (the \"Company\") in connection with a possible sale of the Company (the \"Transaction\"). You have requested certain information concerning the Company (the \"Evaluation Material\"). As a condition of receiving the Evaluation Material, you hereby agree as follows:\n(1) You shall use the Evaluation Material solely for the purpose of evaluating the Transaction. You shall keep the Evaluation Material confidential.", ContractType.nda),
            ("SIDE LETTER\nDear Sirs,\nWe refer to the Facility Agreement between us. In consideration of your entering into it, we shall pay the arrangement fee of GBP 20,000.", ContractType.other),
        ] as [(String, ContractType)])
    func titledContracts(text: String, expected: ContractType) {
        let found = classifier.classify(document(text))
        #expect(found.kind == .contract, "\(found.evidence)")
        #expect(found.contractType == expected, "\(found.evidence)")
    }

    @Test("an undertaking addressed \"To:\" someone is still a sure contract")
    func addressedUndertaking() {
        let found = classifier.classify(document("CONFIDENTIALITY UNDERTAKING\n\nTo: Acme plc. In consideration of you making available Confidential Information about the Proposed Transaction, we undertake to keep it confidential and to use it only to evaluate the Proposed Transaction."))
        #expect(found.kind == .contract && found.contractType == .nda)
        #expect(found.confidence >= classifier.rules.calibrated(0.9))
    }

    @Test(
        "a letter is typed by what it binds its reader to, not by the transaction its subject line names nor by a memo header over an acceptance; click-through terms by their title",
        arguments: [
            // A subject naming a deal over a confidentiality undertaking: an NDA, not the acquisition.
            ("Orion Capital Partners\n1 King Street\nLondon EC2V 8AU\n\n14 May 2024\n\nDear Sirs,\n\nProposed acquisition of Larkspur Foods Ltd\n\nIn consideration of our making available to you information about Larkspur Foods Ltd, you undertake to keep that information confidential, to use it only to evaluate the proposed transaction, and not to disclose it to anyone other than your advisers who need to know it. These undertakings last for two years from the date of this letter. This letter is governed by English law.\n\nYours faithfully,\nLarkspur Foods Ltd", ContractType.nda),
            // An offer letter with no title, subject or "letter agreement": its start date, salary, at-will terms and acceptance line.
            ("Harbor Point Dental Group\n12 Wharf Street, Portland, ME 04101\n\nMarch 10, 2025\n\nDear Dr. Alvarez,\n\nWe are pleased to offer you the position of Associate Dentist. Your start date will be April 14, 2025. You will be paid a base salary of $165,000 per year. Your employment is at will: either you or the practice may end it at any time, on thirty days' written notice.\n\nPlease sign below to accept this offer.\n\nSincerely,\nDr. Helen Park, Owner", ContractType.employment),
            // A memo's header over an undertaking the addressee signs to accept: the memo's title weighs half.
            ("MEMORANDUM\n\nTo: Dr. Hannah Okafor, Okafor Genomics Ltd\nFrom: James Whitley, General Counsel, Silverline Bio plc\nDate: 9 September 2025\nRe: Project Kestrel\n\nDear Dr. Okafor,\n\nIn consideration of Silverline Bio plc making available to you certain information about Project Kestrel, you undertake to keep that information confidential and not to disclose it to any person other than your professional advisers. You undertake to use the information only for the purpose of evaluating a possible research collaboration, and to return or destroy it on our request. This letter is governed by English law.\n\nPlease sign and return a copy of this letter to confirm your acceptance of these terms.\n\nYours sincerely,\nJames Whitley\n\nAgreed and accepted: ______________ Dr. Hannah Okafor, for Okafor Genomics Ltd", ContractType.nda),
            ("CONFIDENTIALITY TERMS FOR BETA TESTERS\n\nBy joining the Skylark beta program you agree that all features, builds and documentation of the unreleased Skylark app are Skylark Labs' confidential information. You will not share screenshots or descriptions of the beta with anyone, and you will delete all builds when the program ends.", ContractType.nda),
        ])
    func lettersAndClickThrough(text: String, expected: ContractType) {
        let found = classifier.classify(document(text))
        #expect(found.kind == .contract, "\(found.evidence)")
        #expect(found.contractType == expected, "\(found.evidence)")
    }

    @Test("the generated samples are classified as what they are")
    func samples() throws {
        let extractor = try DocumentAnalyzerFactory.make()
        let expected: [String: (DocumentKind, ContractType?)] = [
            "mutual-nda.pdf": (.contract, .nda), "commercial-lease.pdf": (.contract, .leaseAgreement),
            "master-services-agreement.pdf": (.contract, .serviceAgreement), "employment-agreement.docx": (.contract, .employment),
            "software-licence.docx": (.contract, .licenseAgreement), "privacy-notice.pdf": (.policy, nil),
            "information-security-policy.docx": (.policy, nil), "board-memo.docx": (.other, nil),
        ]
        for (name, (kind, type)) in expected {
            let result = classifier.classify(try extractor.extract(path: Repository.root + "/samples/" + name))
            #expect(result.kind == kind, "\(name)")
            #expect(result.contractType == type, "\(name)")
        }
    }
}
