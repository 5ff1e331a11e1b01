# ruff: noqa: E501  (mail text: one line per paragraph, as Outlook writes it)
"""English development-set scenarios (Brussels-based federal/EU-facing services). Invented people."""

from __future__ import annotations

import random
from collections.abc import Callable

from build import (
    DOCX,
    XLSX,
    Mail,
    csv_bytes,
    docx_bytes,
    fmt_iban,
    forward_header,
    html_doc,
    html_table,
    iban_be,
    iban_nl,
    quote,
    xlsx_bytes,
)

SCENARIOS: list[Callable[[random.Random], Mail]] = []


def scenario(f: Callable[[random.Random], Mail]) -> Callable[[random.Random], Mail]:
    SCENARIOS.append(f)
    return f


# --------------------------------------------------------------------------------------------------
# block
# --------------------------------------------------------------------------------------------------
@scenario
def union_csv(rng: random.Random) -> Mail:
    rows = [["employee_id", "full_name", "team", "union_membership", "dues_deduction"],
            ["E10231", "Laura Whitfield", "Facilities", "Unite", "yes"], ["E10245", "Tomasz Nowak", "IT", "", "no"],
            ["E10250", "Priya Raman", "Finance", "PCS", "yes"], ["E10262", "Sean Gallagher", "Facilities", "GMB", "yes"]]
    return Mail(
        "union-membership-csv", "en", "block", ["ART9_TRADE_UNION"],
        "CSV of named staff with a union_membership column to an external payroll provider",
        "hr@eu-agency-brussels.eu", "onboarding@payroll-partners.co.uk",
        "Union dues deductions from January",
        "Hi Rachel,\n\nAttached is the list of staff whose union dues must be deducted from January payroll.\n\n"
        "Best regards,\n\nMartin Hale\nHR Officer",
        attachments=[("union_dues.csv", csv_bytes(rows), "text/csv")],
    )


@scenario
def ethnicity_docx(rng: random.Random) -> Mail:
    table = [["Name", "Role", "Start date", "Ethnicity"],
             ["Aisha Bello", "Policy officer", "2026-02-01", "Black African"],
             ["Daniel Hughes", "Analyst", "2026-03-01", "White British"],
             ["Ravi Sharma", "Data engineer", "2026-03-15", "Asian Indian"],
             ["Milan Horvath", "Driver", "2026-04-01", "Roma"]]
    return Mail(
        "ethnicity-new-starters-docx", "en", "block", ["ART9_ETHNIC_ORIGIN"],
        "Word table of named new starters with an Ethnicity column to a consultancy",
        "diversity@fps-bosa.be", "reports@inclusion-metrics.com",
        "New starters diversity data",
        "Dear Ms Carter,\n\nPlease find attached the new-starter data for the inclusion report.\n\n"
        "Kind regards,\n\nEllen Moors\nDiversity Unit",
        attachments=[("new_starters.docx", docx_bytes(["New starters 2026"], table), DOCX)],
    )


@scenario
def str_export_csv(rng: random.Random) -> Mail:
    loci = ["D3S1358", "vWA", "FGA", "TH01", "D8S1179", "D21S11", "D18S51", "D16S539", "AMEL"]
    rows = [["Sample", "Name", "DOB", *loci],
            ["S-2611-01", "Michael Brennan", "1979-04-02", "15,17", "16,17", "20,24", "6,9.3", "12,14", "28,31",
             "13,15", "11,12", "X,Y"],
            ["S-2611-02", "Joanne Brennan", "1981-08-19", "16,16", "17,18", "22,24", "9,9.3", "13,14", "29,30",
             "14,16", "9,12", "X,X"],
            ["S-2611-03", "Ciara Brennan", "2010-12-05", "15,16", "16,18", "20,22", "6,9", "12,13", "28,29",
             "13,16", "11,12", "X,X"]]
    return Mail(
        "str-profiles-family-csv", "en", "block", ["ART9_GENETIC"],
        "CSV export of STR loci with allele values per named person",
        "lab@forensic-genetics.be", "casework@immigration-office.be",
        "Kinship analysis results - case KIN-2611",
        "Dear colleague,\n\nAttached the genotype export for case KIN-2611. The statistical report will "
        "follow by registered mail.\n\nRegards,\nDr Helen Marsh\nForensic Genetics Lab",
        attachments=[("KIN-2611_genotypes.csv", csv_bytes(rows), "text/csv")],
    )


@scenario
def fingerprint_templates_csv(rng: random.Random) -> Mail:
    rows = [["employee_no", "name", "finger", "fingerprint_template_iso19794_2", "enrolled"]]
    for i, name in enumerate(["Grace Okafor", "Liam Byrne", "Chloe Martin", "Rahul Mehta"]):
        tmpl = "Rk1SACAyMAAAAA" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/") for _ in range(40))
        rows.append([f"10{40 + i}", name, "right index", tmpl, "2026-09-30"])
    return Mail(
        "fingerprint-templates-per-employee", "en", "block", ["ART9_BIOMETRIC"],
        "CSV with fingerprint templates (ISO/IEC 19794-2) per named employee to a vendor",
        "security@nato-liaison-office.be", "support@accessbio.com",
        "Template migration - batch 3",
        "Hello,\n\nAs agreed, batch 3 of the template migration is attached. Please confirm the import.\n\n"
        "Thanks,\nOwen Price\nSecurity Systems",
        attachments=[("batch3_templates.csv", csv_bytes(rows), "text/csv")],
    )


@scenario
def iris_codes_xlsx(rng: random.Random) -> Mail:
    rows = [["Visitor ID", "Name", "Nationality", "Iris code (hash)", "Face embedding (512-d)", "Captured"],
            ["V-88120", "Omar Haddad", "Jordanian", "ic:6f1d...e2", "[0.021, -0.133, 0.087, ...]", "2026-11-02"],
            ["V-88121", "Lena Fischer", "German", "ic:a93b...07", "[0.114, 0.002, -0.051, ...]", "2026-11-02"]]
    return Mail(
        "iris-face-embeddings-xlsx", "en", "block", ["ART9_BIOMETRIC"],
        "xlsx with iris codes and face embeddings per named visitor",
        "badges@eu-summit-logistics.eu", "ops@eventsecure.io",
        "Accreditation export",
        "Hi,\n\nHere is the accreditation export for the summit gates.\n\nCheers,\nAccreditation desk",
        attachments=[("accreditation.xlsx", xlsx_bytes({"Visitors": rows}), XLSX)],
    )


@scenario
def religion_html_table(rng: random.Random) -> Mail:
    table = html_table([["Volunteer", "Shift", "Religion", "Dietary needs"],
                        ["Hannah Levi", "Saturday", "Jewish", "kosher"],
                        ["Yusuf Ahmed", "Sunday", "Muslim", "halal"],
                        ["Grace Kim", "Saturday", "Christian (Baptist)", "none"]])
    html = (f"<p>Dear catering team,</p><p>The volunteers for the refugee welcome weekend:</p>{table}"
            f"<p>Best,<br>Volunteer coordination</p>")
    return Mail("volunteers-religion-html", "en", "block", ["ART9_RELIGION"],
                "HTML table of named volunteers with their religion to a caterer",
                "volunteers@brussels-welcome.org", "orders@catering-plus.be",
                "Volunteer meals this weekend", "", html=html, html_only=True)


@scenario
def political_affiliation_docx(rng: random.Random) -> Mail:
    table = [["Name", "Position applied for", "Political affiliation", "Vetting note"],
             ["Peter Walsh", "Adviser", "Labour Party member", "no conflict"],
             ["Susan Kerr", "Press officer", "Conservative Party (former councillor)", "to discuss"]]
    return Mail(
        "political-affiliation-vetting-docx", "en", "block", ["ART9_POLITICAL_OPINION"],
        "Word table of named applicants and their political affiliation",
        "vetting@embassy-liaison.be", "screening@hr-vetting.co.uk",
        "Vetting summary - two applicants",
        "Dear Tom,\n\nThe vetting summary for the two shortlisted applicants is attached.\n\nRegards,\nHR",
        attachments=[("vetting_summary.docx", docx_bytes(["Vetting summary"], table), DOCX)],
    )


@scenario
def diagnosis_html_attachment(rng: random.Random) -> Mail:
    page = html_doc("Referrals", "<h2>Occupational health referrals - November</h2>" + html_table(
        [["Employee", "Date of birth", "Diagnosis", "Restrictions"],
         ["Kevin Doyle", "1983-02-11", "Type 2 diabetes", "no night shifts"],
         ["Marta Silva", "1990-07-30", "Major depressive disorder", "phased return"],
         ["Tom Novak", "1975-01-05", "Lumbar disc herniation", "no lifting > 10 kg"]]))
    return Mail(
        "diagnosis-table-html-attachment", "en", "block", ["ART9_HEALTH"],
        ".html attachment with a table of named employees and diagnoses",
        "ohs@fps-health.be", "claims@income-protect.com",
        "November referrals",
        "Hello,\n\nPlease find the November referrals attached for the income protection claims.\n\n"
        "Kind regards,\nOccupational Health Service",
        attachments=[("referrals_november.html", page, "text/html")],
    )


@scenario
def criminal_record_form_lines(rng: random.Random) -> Mail:
    return Mail(
        "criminal-record-form-lines", "en", "block", ["ART10_CRIMINAL"],
        "'Label: value' lines in the body: a named person's criminal record",
        "screening@childcare-brussels.org", "hr@sunshine-nurseries.co.uk",
        "Background check result",
        "Hello,\n\nThe background check for your applicant came back:\n\nName: Daniel Foster\nDate of birth: "
        "14/09/1991\nStaff no: 20417\nCriminal record: theft (2018), suspended sentence\nBarred list: no\n\n"
        "Please decide on the appointment.\n\nRegards,\nScreening team",
    )


@scenario
def orientation_csv(rng: random.Random) -> Mail:
    rows = [["name", "email", "sexual_orientation", "mentoring"],
            ["Jamie Collins", "jamie.collins@gmail.com", "gay", "yes"],
            ["Alex Moreno", "alex.moreno@outlook.com", "bisexual", "no"],
            ["Sam Taylor", "samtaylor@icloud.com", "lesbian", "yes"]]
    return Mail(
        "lgbt-network-orientation-csv", "en", "block", ["ART9_SEX_LIFE"],
        "CSV mailing list with a sexual_orientation column to an external event agency",
        "network@eu-staff-association.eu", "rsvp@pride-events.be",
        "Attendees for the mentoring evening",
        "Hi,\n\nAttached the sign-ups for the mentoring evening so you can prepare the badges.\n\nThanks,\n"
        "Staff network",
        attachments=[("signups.csv", csv_bytes(rows), "text/csv")],
    )


@scenario
def palm_vein_prose(rng: random.Random) -> Mail:
    return Mail(
        "palm-vein-template-employee", "en", "block", ["ART9_BIOMETRIC"],
        "palm-vein template of a named employee sent to a vendor",
        "facilities@eib-liaison.eu", "support@veinsecure.com",
        "Enrolment failure",
        "Hello,\n\nThe palm-vein template of our employee John Doyle keeps failing verification at gate 3. We "
        "exported his template (vendor format, 1.2 KB) and attached it to this ticket so your engineers can "
        "check the quality.\n\nRegards,\nFacilities",
    )


@scenario
def carrier_status_prose(rng: random.Random) -> Mail:
    return Mail(
        "sickle-cell-carrier-named", "en", "block", ["ART9_GENETIC"],
        "genotype / carrier status of a named person",
        "genetics@uzbrussel.be", "gp.harris@medical-practice.be",
        "Screening result",
        "Dear Dr Harris,\n\nThe genotype of your patient Ms Nia Adeyemi shows she is a carrier of the sickle "
        "cell trait (HbAS). We offer counselling to her and her partner.\n\nYours sincerely,\n"
        "Dr Peter Vos\nClinical Genetics",
    )


@scenario
def suboxone_tenant(rng: random.Random) -> Mail:
    first = ("Hi Amy,\n\nI'm taking over Mr Darren Kelly's tenancy support case (flat 4B, Rue Haute 120) while "
             "Jo is away. Anything I should know before the home visit?\n\nThanks,\nBen")
    return Mail(
        "suboxone-reply-tenant", "en", "block", ["ART9_HEALTH"],
        "substitution treatment (Suboxone) in a reply chain about a named tenant",
        "amy.jones@housing-support.be", "ben.clark@housing-support.be",
        "RE: case handover",
        "Hi Ben,\n\nHe's on Suboxone and picks it up at the pharmacy on Mondays, so avoid Monday mornings. "
        "Otherwise all fine.\n\nAmy\n\n" + quote(first, "Ben Clark", "18 Nov 2026, at 11:20", "en"),
    )


@scenario
def served_sentence_prose(rng: random.Random) -> Mail:
    return Mail(
        "served-sentence-tenant-reference", "en", "block", ["ART10_CRIMINAL"],
        "a named person served a prison sentence, in a reference letter request",
        "probation@justice-liaison.be", "lettings@cityhomes.co.uk",
        "Reference request",
        "Dear Sir or Madam,\n\nI am writing in support of Mr Craig Hollis's application. Mr Hollis served 18 "
        "months for burglary and was released in June; he has complied fully with his licence conditions.\n\n"
        "Yours faithfully,\n\nProbation Officer",
    )


@scenario
def ibans_csv(rng: random.Random) -> Mail:
    rows = [["Name", "Refund (EUR)", "IBAN"]]
    for name in ["Olivia Grant", "Marco Rossi", "Ingrid Holm"]:
        rows.append([name, "120.00", fmt_iban(iban_be(rng))])
    return Mail(
        "refund-ibans-csv", "en", "block", ["IBAN_CODE"],
        "CSV of named citizens with the IBAN their refund goes to",
        "refunds@eu-school-brussels.eu", "payments@bank-services.be",
        "Canteen refunds - batch 12",
        "Hello,\n\nPlease process the refunds below to the parents' accounts.\n\nRegards,\nAccounts",
        attachments=[("refunds_batch12.csv", csv_bytes(rows), "text/csv")],
    )


@scenario
def forwarded_gay_hr(rng: random.Random) -> Mail:
    fwd = (forward_header("en", "Chris Lee <chris.lee@agency.eu>", "17 Nov 2026 09:12", "hr@agency.eu",
                          "Confidential")
           + "\nHi,\n\nI wanted to let HR know that I am gay and that comments in my team are making work "
             "difficult. I'd like this handled discreetly.\n\nChris")
    return Mail(
        "forwarded-orientation-disclosure", "en", "block", ["ART9_SEX_LIFE"],
        "forwarded disclosure of a named employee's sexual orientation to an external mediator",
        "hr@agency.eu", "mediation@workplace-mediators.be",
        "FW: Confidential",
        "Dear Ms Reid,\n\nForwarding as discussed for the mediation.\n\nKind regards,\nHR\n\n" + fwd,
    )


# --------------------------------------------------------------------------------------------------
# allow
# --------------------------------------------------------------------------------------------------
@scenario
def election_logistics(rng: random.Random) -> Mail:
    body = """Dear polling station chairs,

The municipal elections take place on Sunday 13 October. This note summarises the practical arrangements for staff working in English-speaking liaison roles.

Polling stations open at 8:00 and close at 14:00. Assessors have been drawn by lot from the electoral roll. Each party that filed a list may appoint witnesses; witnesses may observe but must not campaign in the building.

Proxy votes: a proxy holder may carry one proxy only and must show their own identity card, both notices to vote and the proxy form, with a medical certificate or an employer's certificate where applicable.

Voters with a disability may be assisted by a person of their choice.

After closing, take the ballot papers and reports to the main office, chaired by Mr Patrick Moens.

Best regards,

Elections Office
City of Brussels
Tel. +32 2 279 22 11"""
    return Mail("election-logistics-note", "en", "allow", [],
                "election logistics note (proxies, medical certificate, parties)",
                "elections@brussels.be", "chairs@polling-brussels.be", "Elections on 13 October - instructions",
                body)


@scenario
def impartiality_training(rng: random.Random) -> Mail:
    return Mail(
        "political-impartiality-training", "en", "allow", [],
        "training announcement on political impartiality, with the trainer's name",
        "learning@eu-agency.eu", "all-staff@eu-agency.eu",
        "Training: political impartiality and social media",
        "Dear colleagues,\n\nOur session on political impartiality takes place on 4 March. Can you share "
        "your political views on social media? Wear a party badge at work? What do you say when a member of "
        "the public asks how you vote? Trainer: Dr Fiona Grant (College of Europe).\n\nSign up on the "
        "intranet.\n\nLearning & Development",
    )


@scenario
def criminal_record_certificate_howto(rng: random.Random) -> Mail:
    q = ("Hello,\n\nMy new employer asks for a criminal record certificate. I live in Brussels but I'm Irish. "
         "How do I get one?\n\nThanks,\nSiobhan Murphy")
    return Mail(
        "criminal-record-certificate-howto", "en", "allow", [],
        "explains how to request a criminal record extract, to a named citizen",
        "info@ixelles.brussels", "siobhan.murphy@gmail.com",
        "RE: criminal record certificate",
        "Dear Ms Murphy,\n\nAs a resident you can download an extract from the criminal record (model 1) free "
        "of charge from My e-Justice using your Belgian eID card, or request it at the Population desk. For "
        "convictions in Ireland you need a police certificate from the Garda National Vetting Bureau.\n\n"
        "Kind regards,\n\nPopulation Service, Ixelles\nTel. +32 2 515 61 11\n\n"
        + quote(q, "Siobhan Murphy", "19 Nov 2026, at 20:02", "en"),
    )


@scenario
def religious_holidays_list(rng: random.Random) -> Mail:
    return Mail(
        "religious-holidays-2026", "en", "allow", [],
        "list of religious holidays for planning, no persons",
        "hr@eu-agency.eu", "managers@eu-agency.eu",
        "Religious and cultural holidays 2026",
        "Dear managers,\n\nWhen planning training and team events in 2026, please take into account:\n"
        "- 20 March: Eid al-Fitr (Muslim)\n- 2-9 April: Passover (Jewish)\n- 5 April: Easter (Christian)\n"
        "- 27 May: Eid al-Adha (Muslim)\n- 21 September: Yom Kippur (Jewish)\n- 8 November: Diwali (Hindu)\n\n"
        "Staff may request leave on these days.\n\nHR",
    )


@scenario
def hate_crime_stats_html(rng: random.Random) -> Mail:
    table = html_table([["Motivation", "2024", "2025"], ["Race / ethnicity", "402", "417"],
                        ["Religion", "96", "110"], ["Sexual orientation", "142", "161"], ["Disability", "25", "22"]])
    html = (f"<p>Dear Dr Lewis,</p><p>Recorded hate crimes by motivation (national figures):</p>{table}"
            f"<p>Regards,<br>Superintendent Mark Adams<br>Federal Police statistics</p>")
    return Mail("hate-crime-statistics", "en", "allow", [],
                "aggregate hate-crime statistics by motivation (HTML table)",
                "stats@police.belgium.eu", "research@odihr.org", "Hate crime statistics 2024-2025", "",
                html=html, html_only=True)


@scenario
def dna_database_consultation(rng: random.Random) -> Mail:
    return Mail(
        "dna-database-act-consultation", "en", "allow", [],
        "consultation on amending the DNA database act, aggregate figures",
        "consultation@justice.fgov.be", "policy@privacy-ngo.eu",
        "Consultation: amendment of the DNA database act",
        "Dear Sir or Madam,\n\nThe Minister of Justice proposes to extend the retention period of DNA profiles "
        "of convicted persons. The national database currently holds about 52 000 profiles of convicted "
        "persons and 79 000 crime-scene profiles; 4 100 matches were reported last year. Comments are welcome "
        "until 31 January.\n\nYours faithfully,\n\nAnna De Wolf\nPolicy adviser",
    )


@scenario
def medical_supplies_tender(rng: random.Random) -> Mail:
    return Mail(
        "medical-supplies-tender", "en", "allow", [],
        "tender for hospital supplies (prostheses, glucose meters), with a contact person",
        "procurement@military-hospital.be", "bids@medsupply-europe.com",
        "Tender MH-2026-09: medical supplies",
        "Dear bidder,\n\nThe Queen Astrid Military Hospital invites tenders for: lot 1 lower-limb prostheses "
        "for amputee patients; lot 2 blood glucose meters and strips for diabetic patients; lot 3 burn "
        "dressings. Documents are on e-Procurement.\n\nContact: Mr Luc Verbeke, Procurement, +32 2 264 40 00."
        "\n\nRegards,\nProcurement Office",
    )


@scenario
def press_release_spokesperson(rng: random.Random) -> Mail:
    return Mail(
        "press-release-fraud-ring-spokesperson", "en", "allow", [],
        "press release about arrests (counts only) with the spokesperson's contact details",
        "press@customs.belgium.be", "newsdesk@brusselstimes.com",
        "Press release: customs dismantle cigarette smuggling ring",
        "PRESS RELEASE\n\nCustoms officers seized 4 million cigarettes in Antwerp port. Nine suspects were "
        "arrested; five were charged with fraud and smuggling. No names will be released.\n\nPress contact:\n"
        "Spokesperson: Ms Florence Angelici\nPhone: +32 257 620 00\nE-mail: press@customs.belgium.be",
    )


@scenario
def minutes_aggregate(rng: random.Random) -> Mail:
    body = """Dear all,

Minutes of the staff committee meeting of 5 November.

Present: Helen Ward (chair), George Patel (staff union), Maria Costa (staff union), James O'Neill (HR), Sophie Laurent (health and safety)

1. Sickness absence stands at 4.8 %. There are six long-term absences, two of them for burnout.
2. Union membership among staff is 48 %, down from 51 % last year.
3. Next meeting on 3 December.

Best regards,
Committee secretary"""
    return Mail("minutes-staff-committee", "en", "allow", [],
                "minutes with named attendees and aggregate sickness / union figures",
                "secretary@eu-agency.eu", "staff-committee@eu-agency.eu", "Minutes staff committee 5 November",
                body)


@scenario
def religion_counts_docx(rng: random.Random) -> Mail:
    table = [["Religion or belief", "Respondents", "%"], ["Christian", "1 204", "44"], ["No religion", "1 010", "37"],
             ["Muslim", "330", "12"], ["Jewish", "41", "1.5"], ["Other", "150", "5.5"]]
    return Mail(
        "staff-survey-religion-counts", "en", "allow", [],
        "Word table of aggregate staff-survey counts by religion",
        "survey@eu-agency.eu", "analysis@survey-institute.eu",
        "Staff survey: religion or belief (aggregate)",
        "Hello,\n\nAttached the aggregate table for question 14 of the staff survey.\n\nThanks,\nSurvey team",
        attachments=[("q14_religion.docx", docx_bytes(["Question 14 - aggregate"], table), DOCX)],
    )


@scenario
def attendees_docx(rng: random.Random) -> Mail:
    table = [["Name", "Organisation", "Role", "E-mail"],
             ["Julia Novak", "FPS Economy", "Policy officer", "julia.novak@economie.fgov.be"],
             ["Ahmed Rahimi", "FPS Finance", "Data analyst", "ahmed.rahimi@minfin.fed.be"],
             ["Lucy Martin", "OECD", "Economist", "lucy.martin@oecd.org"]]
    return Mail("workshop-attendees-docx", "en", "allow", [],
                "Word table of attendees with organisation and role (professional contact data)",
                "events@economie.fgov.be", "venue@conference-centre.be", "Attendee list workshop 2 December",
                "Hello,\n\nThe attendee list for the badges is attached.\n\nBest,\nEvents team",
                attachments=[("attendees.docx", docx_bytes(["Workshop 2 December"], table), DOCX)])


@scenario
def payment_bv(rng: random.Random) -> Mail:
    iban = fmt_iban(iban_nl(rng))
    return Mail(
        "payment-confirmation-bv", "en", "allow", [],
        "payment confirmation to a BV with that BV's account",
        "accounts@eu-agency.eu", "invoices@brightline-bv.nl",
        "Payment of invoice INV-2026-3301",
        f"Dear Sir or Madam,\n\nWe confirm that invoice INV-2026-3301 from Brightline Consulting BV has been "
        f"paid today. EUR 18,750.00 was transferred to your account {iban}.\n\nKind regards,\nAccounts Payable",
    )


@scenario
def str_proficiency_test(rng: random.Random) -> Mail:
    rows = [["Sample", "D3S1358", "vWA", "FGA", "TH01", "D8S1179"],
            ["PT-2026-A", "15,16", "17,18", "21,22", "6,9.3", "13,14"],
            ["PT-2026-B", "14,17", "16,16", "20,25", "7,8", "12,15"],
            ["Allelic ladder check", "OK", "OK", "OK", "OK", "OK"]]
    return Mail(
        "str-proficiency-test-no-persons", "en", "allow", [],
        "STR proficiency-test samples (no persons, sample codes only)",
        "qa@forensic-genetics.be", "pt-scheme@gednap.org",
        "Proficiency test 2026 results",
        "Dear GEDNAP team,\n\nOur results for the 2026 proficiency test are attached. The samples are the "
        "scheme's test stains; no casework data.\n\nRegards,\nQuality Manager",
        attachments=[("pt2026_results.csv", csv_bytes(rows), "text/csv")],
    )


@scenario
def idahot_invitation(rng: random.Random) -> Mail:
    return Mail(
        "idahot-invitation-speakers", "en", "allow", [],
        "IDAHOT event invitation with named speakers",
        "diversity@eu-agency.eu", "all-staff@eu-agency.eu",
        "Invitation: IDAHOT lunch talk, 17 May",
        "Dear colleagues,\n\nOn the International Day against Homophobia, Biphobia and Transphobia we host a "
        "lunch talk on LGBTIQ inclusion at work, with Dr Alex Byrne (ILGA-Europe) and Ms Nora Devlin (staff "
        "network). Everyone is welcome.\n\nDiversity & Inclusion team",
    )


@scenario
def sick_leave_policy(rng: random.Random) -> Mail:
    fwd = (forward_header("en", "HR <hr@eu-agency.eu>", "3 Nov 2026 08:00", "all-staff@eu-agency.eu",
                          "Reminder: sick leave procedure")
           + "\nIf you are ill, inform your line manager before 9:00 and upload a medical certificate within "
             "two working days. After 30 days of sickness, the occupational physician will contact you about a "
             "return-to-work plan.\n\nHR")
    return Mail(
        "sick-leave-procedure-forward", "en", "allow", [],
        "forwarded generic sick-leave procedure (second person, no individual)",
        "team.lead@eu-agency.eu", "contractors@temp-staffing.be",
        "FW: Reminder: sick leave procedure",
        "Hi both,\n\nFYI, this also applies to interim staff.\n\nBest,\nKaren\n\n" + fwd,
    )


@scenario
def police_annual_report(rng: random.Random) -> Mail:
    return Mail(
        "police-annual-report-summary", "en", "allow", [],
        "summary of a police annual report (aggregate arrests and convictions)",
        "communication@police-brussels.be", "stakeholders@brussels-prevention.be",
        "Annual report 2025 - key figures",
        "Dear partners,\n\nKey figures from our 2025 annual report: 12 400 arrests (−3 %), of which 2 100 for "
        "drug offences; 860 convictions for burglary following our investigations; 31 % of offenders were "
        "under 25. The full report is on our website.\n\nCommunication Unit",
    )


@scenario
def mental_health_newsletter(rng: random.Random) -> Mail:
    return Mail(
        "mental-health-week-newsletter", "en", "allow", [],
        "newsletter on mental health awareness week with a named organiser",
        "wellbeing@fps-finance.be", "all-staff@fps-finance.be",
        "Mental Health Awareness Week",
        "Dear colleagues,\n\nNext week is Mental Health Awareness Week. Burnout, anxiety and depression affect "
        "one in four of us at some point. Join the workshops on stress and sleep, or book a confidential talk "
        "with a counsellor. Organiser: Sarah Peeters, wellbeing officer.\n\nTake care,\nWellbeing team",
    )


# --------------------------------------------------------------------------------------------------
# second batch (written before any detector change, like the first)
# --------------------------------------------------------------------------------------------------
@scenario
def somali_bantu_prose(rng: random.Random) -> Mail:
    return Mail(
        "ethnic-group-asylum-applicant", "en", "block", ["ART9_ETHNIC_ORIGIN"],
        "ethnic group of a named asylum applicant in a mail to an external lawyer",
        "caseworker@fedasil.be", "office@migration-law.be",
        "Your client Mr Farah",
        "Dear Ms Quinn,\n\nYour client, Mr Abdullahi Farah, states that he belongs to the Somali Bantu "
        "minority and was targeted for that reason. Please send the supporting documents before the "
        "interview.\n\nKind regards,\nCaseworker",
    )


@scenario
def sikh_form_lines(rng: random.Random) -> Mail:
    return Mail(
        "religion-form-lines-uniform", "en", "block", ["ART9_RELIGION"],
        "'Label: value' lines with a named person's religion",
        "uniforms@security-services.be", "orders@uniform-supplier.co.uk",
        "Uniform order - new guard",
        "Hello,\n\nPlease prepare the uniform for our new guard:\n\nName: Harpreet Singh\nStaff no: 7731\n"
        "Religion: Sikh\nTurban (dastar) instead of cap: yes, navy\n\nThanks,\nUniform desk",
    )


@scenario
def orientation_xlsx(rng: random.Random) -> Mail:
    rows = [["Name", "Department", "Sexual orientation", "Gender identity", "Consent to contact"],
            ["Oliver Grant", "Legal", "gay", "man", "yes"], ["Maya Singh", "IT", "bisexual", "woman", "yes"],
            ["Chris Adebayo", "Finance", "heterosexual", "non-binary", "no"]]
    return Mail(
        "sexual-orientation-xlsx", "en", "block", ["ART9_SEX_LIFE"],
        "xlsx with named staff and their sexual orientation to an external consultancy",
        "inclusion@eu-agency.eu", "data@equality-consulting.com",
        "Inclusion survey raw data",
        "Hi Dana,\n\nAttached the raw data from the inclusion survey as requested.\n\nBest,\nInclusion team",
        attachments=[("inclusion_raw.xlsx", xlsx_bytes({"Raw": rows}), XLSX)],
    )


@scenario
def communist_prose(rng: random.Random) -> Mail:
    return Mail(
        "party-membership-security-clearance", "en", "block", ["ART9_POLITICAL_OPINION"],
        "political opinion of a named applicant in a security-clearance mail",
        "clearance@defence-liaison.be", "vetting@clearance-services.co.uk",
        "Clearance file - Mr Petrov",
        "Dear Mr Hall,\n\nDuring the interview Mr Ivan Petrov confirmed that he has been an active member of "
        "the Communist Party of Bulgaria since 2015. Please take this into account in your assessment.\n\n"
        "Regards,\nSecurity Officer",
    )


@scenario
def union_xlsx(rng: random.Random) -> Mail:
    rows = [["Staff no", "Name", "Site", "Trade union", "Rep"],
            ["2201", "Emma Clarke", "Antwerp depot", "ACV-CSC", "no"],
            ["2209", "Joao Fernandes", "Antwerp depot", "ABVV-FGTB", "yes"],
            ["2214", "Piotr Zielinski", "Ghent depot", "ACV-CSC", "no"]]
    return Mail(
        "trade-union-column-xlsx", "en", "block", ["ART9_TRADE_UNION"],
        "xlsx of named staff with a Trade union column to an external law firm",
        "hr@logistics-agency.eu", "employment@lawfirm-brussels.be",
        "Staff list for the collective dismissal procedure",
        "Dear Maître Dubois,\n\nThe staff list you asked for is attached.\n\nKind regards,\nHR",
        attachments=[("staff_list.xlsx", xlsx_bytes({"Staff": rows}), XLSX)],
    )


@scenario
def dna_match_prose(rng: random.Random) -> Mail:
    return Mail(
        "dna-profile-match-named", "en", "block", ["ART9_GENETIC"],
        "a named person's DNA profile (STR markers) in a mail to a defence lawyer",
        "lab@nicc.fgov.be", "defence@criminal-lawyers.be",
        "Case 26/2044 - DNA comparison",
        "Dear Counsel,\n\nThe DNA profile of your client Mr Steven Boyd was typed at 16 STR markers and "
        "compared with the stain from the scene. The full profile is in the expert report.\n\nRegards,\nNICC",
    )


@scenario
def face_embeddings_research(rng: random.Random) -> Mail:
    return Mail(
        "face-embeddings-research-project", "en", "allow", [],
        "research project description on face embeddings in general, named principal investigator",
        "research@kuleuven.be", "grants@fwo.be",
        "Project proposal: privacy-preserving face recognition",
        "Dear FWO,\n\nOur proposal studies how face embeddings and fingerprint templates can be protected "
        "with cancellable biometrics, using public benchmark datasets only. Principal investigator: Prof. "
        "Claudia Diaz.\n\nKind regards,\nResearch office",
    )


@scenario
def disabled_parking_howto(rng: random.Random) -> Mail:
    return Mail(
        "disabled-parking-card-howto", "en", "allow", [],
        "generic explanation of how to apply for a disability parking card",
        "info@handicap.belgium.be", "newsletter@expat-services.be",
        "How to apply for a parking card for people with a disability",
        "Dear editor,\n\nFor your newsletter: people with a disability can apply online for a parking card "
        "via MyHandicap. If you have reduced mobility, you will need a medical assessment by one of our "
        "doctors. The card is free.\n\nKind regards,\nDG Persons with disabilities",
    )
