# -*- coding: utf-8 -*-
from lib import *

def build(M):
    # 121 -----------------------------------------------------------------
    b = bsn('17385020', sep='.')
    M(121, 'en', 'gemeente-cpas-bsn', 'block', ['NL_BSN'],
      'Valid BSN of a citizen in the body, Dutch municipality to Belgian CPAS',
      'Sanne de Vries <s.devries@maastricht.nl>', 'international@cpas-liege.be',
      'Cross-border case – social assistance',
      f"""Dear Mr Lejeune,

Following our call: the person concerned moved from Maastricht to Liège in November.

Name: Hendrik (Henk) Bosman
Date of birth: 2 May 1971
BSN: {b}
Last address NL: Brusselsestraat 120, Maastricht

His Dutch social assistance (Participatiewet) ended on 30 November 2025. Please let me know if you need the formal end-of-benefit statement.

Kind regards,
Sanne de Vries
Consultant Work & Income, Gemeente Maastricht
""")

    # 122 -----------------------------------------------------------------
    b1 = bsn('02638419'); b2 = bsn('07711452')
    assert b1[0] == '0' and b2[0] == '0'
    cs = make_csv([('bsn', 'name', 'reintegration_status', 'remarks'),
                   (b1[1:], 'P. Jacobs', 'partial', 'chronic back pain, physio 2x/wk'),
                   (b2[1:], 'M. Ramdin', 'paused', 'MS relapse, neurologist follow-up in Feb')], delim=',')
    M(122, 'en', 'uwv-reintegration-csv', 'block', ['NL_BSN', 'ART9_HEALTH'],
      'CSV with 8-digit BSNs (leading zero dropped) and health remarks',
      'UWV liaison <liaison.zuid@uwv.nl>', 'desk@reintegratie-euregio.eu',
      'RE: cross-border reintegration – January list',
      """Hi Joost,

Attached the January list. Export came out of the system without leading zeros, sorry about that.

Best,
Femke
UWV – Euregio desk
""", atts=[('reintegration_jan.csv', cs)])

    # 123 -----------------------------------------------------------------
    a = nn('020815', '147', y2k=True); c = nn('671204', '260')
    html = f"""<html><body><p>Dear colleagues,</p><p>Please find the two insured persons for whom we need your E104 certificates:</p>
<table border="1" cellpadding="4"><tr><th>Name</th><th>INSZ/NISS</th><th>Period in LU</th></tr>
<tr><td>Amber Goossens</td><td>{a}</td><td>2023-2025</td></tr>
<tr><td>Raf Goossens</td><td>{c}</td><td>2019-2025</td></tr></table>
<p>Regards,<br>International Relations<br>FPS Social Security</p></body></html>"""
    M(123, 'en', 'insz-html-table-e104', 'block', ['BE_NATIONAL_NUMBER'],
      'HTML table with two valid national numbers (one 2000+ birth) to foreign insurer',
      'International Relations <intl@minsoc.fed.be>', 'e104@cns.lu',
      'E104 request – two insured persons',
      """Dear colleagues,

Please see the HTML version of this mail for the list of the two insured persons for whom we need your E104 certificates.

Regards,
International Relations
FPS Social Security
""", html=html)

    # 124 -----------------------------------------------------------------
    x1 = bis('904511', '173'); x2 = bis('012212', '305', y2k=True)
    xl = make_xlsx([('Posted', [('Name', 'BIS', 'Employer', 'Site', 'Start'),
                                ('Tomasz Nowak', x1, 'BudPol Sp. z o.o.', 'Antwerp port', '2026-01-05'),
                                ('Andrei Popescu', x2, 'BudPol Sp. z o.o.', 'Antwerp port', '2026-01-05')])])
    M(124, 'en', 'posted-workers-bis-xlsx', 'block', ['BE_BIS_NUMBER'],
      'XLSX with two valid BIS numbers to foreign labour inspectorate',
      'Inspection Liaison <liaison@emploi.belgique.be>', 'inspekcja.wspolpraca@pip.gov.pl',
      'IMI follow-up: posted workers BudPol',
      """Dear Ms Kowalska,

As discussed in IMI, attached the two workers whose Limosa declarations we could not match. Could you confirm their A1 status?

Kind regards,
Labour inspection – international cooperation
FPS Employment, Labour and Social Dialogue
""", atts=[('BudPol_workers.xlsx', xl)])

    # 125 -----------------------------------------------------------------
    inner = inner_mail('Occupational Health Service <ohs@mensura-partner.be>', 'hr@fedweb-partner.be',
                       'Fitness for work – Ms L. Maes',
                       """Ms Laura Maes (Data Analyst) is 14 weeks pregnant. As her role involves working in the archive basement with
mould exposure, she is temporarily unfit for that task and should be reassigned to office work until her maternity leave.
Dr. H. Claessens, occupational physician
""", 'Tue, 13 Jan 2026 11:00:00 +0100', 'ohs125')
    M(125, 'en', 'fitness-pregnancy-forward', 'block', ['ART9_HEALTH'],
      'Forwarded occupational-health note revealing pregnancy of named employee, to external contractor',
      'HR Business Partner <hr@fedweb-partner.be>', 'facilities@archive-services.eu',
      'FW: Fitness for work – Ms L. Maes',
      """Hi Kris,

FYI below – please take Laura off the basement rota starting Monday. The doctor's note is attached so you understand why.

Thanks,
Ilse
HR, Federal Archives support unit
""", atts=[('Fitness for work.eml', inner)])

    # 126 -----------------------------------------------------------------
    M(126, 'en', 'europol-liaison-suspect', 'block', ['ART10_CRIMINAL', 'ART9_POLITICAL_OPINION'],
      'Suspect details and membership of extremist political group sent by plain mail to liaison',
      'Federal Police – International Desk <intl.desk@police.belgium.eu>', 'lo.belgium@europol-liaison.eu',
      'Request for checks – arson investigation Verviers',
      """Colleagues,

We are investigating the arson of a community centre in Verviers (night of 3 January). Main suspect:

Name: Bastien Lhoest
Born: 11/09/1997, Verviers
Status: arrested 8 January, under investigation for arson with terrorist intent, in pre-trial detention at Lantin
Background: active member of the group "Nation Wallonne Libre", distributes its leaflets, previously convicted in 2021 for incitement to hatred

Please run him against EIS and let us know of any hits in DE/NL.

Regards,
International Police Cooperation Desk
""")

    # 127 -----------------------------------------------------------------
    M(127, 'en', 'probation-employer-conditions', 'block', ['ART10_CRIMINAL'],
      'Probation conditions and offence of named person to employer',
      'Probation Service <reclassering.noord@reclassering.nl>', 'hr@logistics-venlo.nl',
      'Mr Jansen – probation conditions',
      """Dear Ms Hermans,

As agreed with Mr Ruud Jansen, I confirm the conditions of his suspended sentence (District Court Limburg, October 2025, drunk driving causing injury): he is not allowed to drive any motor vehicle until October 2027 and must report to me fortnightly. Please make sure he is not scheduled for driving duties, including forklifts on public roads.

Kind regards,
Probation officer, Reclassering Nederland, region Noord-Limburg
""")

    # 128 -----------------------------------------------------------------
    dx = make_docx(['# Case summary – interview 2 (draft)', 'Applicant: Ali Reza Mohammadi, born 1993, Ghazni',
                    'The applicant states he is of Hazara ethnicity and a Shia Muslim.',
                    'He was a local organiser for an opposition youth movement and distributed its newsletter; he fears reprisals from the de facto authorities.',
                    'Assessment: statements consistent with country information.'])
    M(128, 'en', 'asylum-case-summary-docx', 'block', ['ART9_ETHNIC_ORIGIN', 'ART9_POLITICAL_OPINION', 'ART9_RELIGION'],
      'DOCX asylum interview summary: ethnicity, religion, political activity of named applicant',
      'Case Officer <caseofficer.team4@cgrs-cgvs.be>', 'interpreters@lingua-pool.eu',
      'Interview 2 – please check terminology',
      """Hello Yasmin,

Could your Dari interpreter check the terminology in the attached summary before Thursday? Only section 2 matters.

Thanks,
Case officer, Team 4
""", atts=[('summary_interview2.docx', dx)])

    # 129 -----------------------------------------------------------------
    M(129, 'en', 'housing-allocation-ethnic', 'block', ['ART9_ETHNIC_ORIGIN'],
      'Ethnic origin of a named tenant family in a housing allocation mail',
      'Housing Department <wonen@gemeente-heerlen.nl>', 'allocation@woonpartners-limburg.nl',
      'Allocation flat Grasbroekerweg',
      """Hi Mark,

For the flat at Grasbroekerweg I would prefer not to place the Kuç family there after all: they are Roma and the building already had tensions last year with the neighbours. Please offer it to the next candidate and keep the Kuç family for Hoensbroek.

Let's discuss on Tuesday.
Anouk
Housing department, Gemeente Heerlen
""")

    # 130 -----------------------------------------------------------------
    pdf = make_pdf(['Country-of-origin note, individual annex', 'Applicant: Dilan Xelef', 'Ethnicity: Kurdish (Yazidi community, Sinjar)',
                    'Religion: converted to Christianity in 2024, baptised in Rotterdam (Evangelical church)',
                    'Risk: apostasy considered serious by family; threats by relatives reported.'], 'Annex')
    M(130, 'en', 'ind-conversion-annex', 'block', ['ART9_ETHNIC_ORIGIN', 'ART9_RELIGION'],
      'PDF annex: ethnic origin and religious conversion of named applicant',
      'IND Liaison <liaison.brussels@ind.nl>', 'dublin.unit@dofi-partner.be',
      'Dublin request – annex for Ms Xelef',
      """Dear colleagues,

Attached the individual annex you asked for in the Dublin take-back procedure.

With kind regards,
IND – Dublin liaison
""", atts=[('annex_xelef.pdf', pdf)])

    # 131 -----------------------------------------------------------------
    od = make_ods([('Cell block', 'Detainee', 'Diet', 'Faith'),
                   ('B2', 'Youssef El Amrani', 'halal', 'Muslim'), ('B2', 'Piotr Zielinski', 'none', 'Catholic'),
                   ('C1', 'Karim Ouali', 'halal, Ramadan schedule', 'Muslim')])
    M(131, 'en', 'prison-meals-faith-ods', 'block', ['ART9_RELIGION', 'ART10_CRIMINAL'],
      'ODS listing named detainees with religion, sent to catering contractor',
      'Prison Lantin – Administration <admin.lantin@just.fgov.be>', 'orders@catering-sodexa.eu',
      'Ramadan menus – list per block',
      """Dear Sir or Madam,

For Ramadan (from 18 February), please plan the meals according to the attached list of detainees.

Prison administration
""", atts=[('ramadan_list.ods', od)])

    # 132 -----------------------------------------------------------------
    M(132, 'en', 'dismissal-shop-steward', 'block', ['ART9_TRADE_UNION'],
      'Trade-union role/membership of named employee in a reply thread to consultant',
      'Legal Affairs <legal@ehealth-partner.be>', 'c.verhoeven@hr-consult.eu',
      'RE: RE: restructuring – protected employees',
      """Charlotte,

One more point: Tom Vandeputte in the Ghent team is an ACV-CSC delegate (candidate in the 2024 social elections, elected), so he is a protected employee. We cannot include him in the collective dismissal list without the special procedure.

Best,
Legal Affairs

> From: Charlotte Verhoeven
> Sent: 12 January 2026 17:10
> Do you have any protected employees among the 14 people in scope?
""")

    # 133 -----------------------------------------------------------------
    od = make_ods([('Employee', 'Union', 'Monthly dues (EUR)'),
                   ('Wim De Smet', 'ACOD', '18.40'), ('Elke Peeters', 'VSOA', '15.10'), ('Johan Maes', 'ACV Openbare Diensten', '17.90')],
                  name='Dues')
    M(133, 'en', 'payroll-union-dues-ods', 'block', ['ART9_TRADE_UNION'],
      'ODS: union dues deducted per named employee, to payroll provider',
      'Payroll <payroll@fod-partner.be>', 'support@securex-payroll.be',
      'Union dues check-off – January corrections',
      """Hello,

Please apply these union dues deductions in the January run; the three people below asked to be added.

Payroll team
""", atts=[('union_dues_jan.ods', od)])

    # 134 -----------------------------------------------------------------
    pdf = make_pdf(['Study GENE-BE-07 – participant result letter (copy)', 'Participant: Mrs Katrien Wuyts, ID P-0143',
                    'Result: pathogenic BRCA1 variant c.5266dupC detected', 'Recommendation: referral to clinical genetics, counselling for relatives'],
                   'Result')
    M(134, 'en', 'research-brca1-result', 'block', ['ART9_GENETIC', 'ART9_HEALTH'],
      'PDF with named participant genetic test result (BRCA1) to external partner',
      'Research Liaison <research@sciensano-partner.be>', 'project.office@genomics-consortium.eu',
      'GENE-BE-07 – result letter for QA',
      """Dear Dr Müller,

For the quality audit, here is one of the result letters as it goes to participants.

Best regards,
Research liaison office
""", atts=[('result_P0143.pdf', pdf)])

    # 135 -----------------------------------------------------------------
    xl = make_xlsx([('Hit', [('Locus', 'Crime scene trace', 'Reference profile'),
                             ('D3S1358', '15,16', '15,16'), ('vWA', '17,18', '17,18'), ('FGA', '22,24', '22,24'),
                             ('D18S51', '13,16', '13,16'), ('Amelogenin', 'X,Y', 'X,Y')]),
                    ('Info', [('Reference person', 'Gert Willems, convicted 2019 (burglary), DNA database entry'),
                              ('Case', 'burglary Hasselt 2025/HS/0831')])])
    M(135, 'en', 'dna-database-hit', 'block', ['ART9_GENETIC', 'ART10_CRIMINAL'],
      'XLSX with STR profile linked to named convicted person',
      'NICC DNA Unit <dna.unit@nicc-partner.be>', 'prum.contact@bka-partner.de',
      'Prüm follow-up – hit confirmation',
      """Dear colleague,

Confirming the hit from last week; the profile comparison and the reference person are in the attachment.

DNA database unit
""", atts=[('hit_confirmation.xlsx', xl)])

    # 136 -----------------------------------------------------------------
    js = """{"traveller": "Marta Silva Ferreira", "passport": "CB123456", "face_template": {"vendor": "NeoFace", "version": "4.1",
 "data_b64": "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEy"},
 "iris_right": {"format": "ISO19794-6", "data_b64": "SVJJUwAAAAEAAgAD"}, "match_score": 0.41}
"""
    z = make_zip([('case_BRU_0114/enrolment.json', js), ('case_BRU_0114/readme.txt', 'False non-match at e-gate 3, 14 Jan.\r\n')])
    M(136, 'en', 'egate-face-iris-zip', 'block', ['ART9_BIOMETRIC'],
      'ZIP with face and iris templates of named traveller to vendor',
      'Border Control IT <bc.it@police-airport-partner.be>', 'support@egate-vendor.eu',
      'Case BRU-0114: false non-match',
      """Hi team,

As requested, the enrolment record for the false non-match at e-gate 3. Please analyse the template quality.

Border control IT
""", atts=[('case_BRU_0114.zip', z)])

    # 137 -----------------------------------------------------------------
    M(137, 'en', 'voiceprint-caller-export', 'block', ['ART9_BIOMETRIC'],
      'Voiceprint template of named caller used for identification, sent to vendor',
      'Contact Centre Ops <cc.ops@belastingdienst-partner.nl>', 'tickets@voicekey-solutions.com',
      'Ticket 8812 – caller keeps failing voice verification',
      """Hi,

Caller: Mr Erik van Dijk (customer since 2019). His enrolled voiceprint keeps failing verification since the upgrade.

Voiceprint ID: VP-77310
Template (base64, first block): UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQAAAAA=
Last three scores: 0.38 / 0.41 / 0.36 (threshold 0.60)

Can you re-train his model from the stored samples?

Ops team
""")

    # 138 -----------------------------------------------------------------
    M(138, 'en', 'hr-complaint-orientation', 'block', ['ART9_SEX_LIFE'],
      'Harassment complaint revealing sexual orientation of named employee, to external mediator',
      'Confidential Counsellor <vertrouwenspersoon@bosa-partner.be>', 'office@mediation-brussels.eu',
      'Referral – informal procedure',
      """Dear Mr Lambrecht,

I am referring a case for mediation. Ms Nora Declercq (IT department) reports that a team leader repeatedly makes comments about her being lesbian and about her relationship with her partner, in front of colleagues. She would like an informal procedure first.

Could you propose dates?

Kind regards,
Confidential counsellor
""")

    # 139 -----------------------------------------------------------------
    od = make_odt(['Hearing notes – applicant J. Okafor', 'The applicant states he is gay and was in a relationship with another man in Lagos for four years.',
                   'He was outed in 2024 and attacked by neighbours; he fled in March 2025.'],
                  table=[('Topic', 'Statement'), ('Orientation', 'gay, self-identified since age 16'), ('Partner', 'Emeka, stayed in Lagos')])
    M(139, 'en', 'asylum-lgbt-odt', 'block', ['ART9_SEX_LIFE'],
      'ODT hearing notes on sexual orientation of named applicant, to NGO',
      'Legal Officer <legal.officer@fedasil-partner.be>', 'casework@rainbow-refugees.eu',
      'Hearing notes for your support letter',
      """Hi Lisa,

As discussed, the relevant extract of the hearing notes for your support letter. Please don't circulate further.

Best,
Legal officer
""", atts=[('hearing_notes_okafor.odt', od)])

    # 140 -----------------------------------------------------------------
    pi = iban('NL', 'INGB065493312'); kc = card('492913650274813')
    M(140, 'en', 'refund-citizen-iban-card', 'block', ['IBAN_CODE', 'CREDIT_CARD'],
      'Forwarded refund request with private IBAN and card number',
      'Parking Fines Desk <parking@antwerpen-partner.be>', 'refunds@paymentsolutions-benelux.eu',
      'FW: double payment – refund please',
      f"""Hi,

The citizen below paid twice. Can you refund the second payment to his account?

---------- Forwarded message ---------
From: Daan Smit
Date: Sun, 11 Jan 2026
Subject: double payment

Hello, I paid fine PV-2025-77812 twice, once with my Visa {kc} and once by transfer. Please refund to my account {pi} (D. Smit).

Thanks, Daan
""")

    # ===================================================== EN allow 141-160
    xl = make_xlsx([('Absence', [('Directorate', 'FTE', 'Sick days 2025', 'Rate %', 'Long-term cases (>1 month)'),
                                 ('DG Policy', 120, 1540, 5.1, 6), ('DG Operations', 310, 5020, 6.4, 19),
                                 ('Support', 45, 390, 3.5, 2), ('Total', 475, 6950, 5.8, 27)])])
    M(141, 'en', 'absence-statistics-xlsx', 'allow', [],
      'Aggregated sick-leave statistics per directorate, small counts but no names',
      'HR Analytics <hr.analytics@bosa-partner.be>', 'benchmark@oecd-pubgov.org',
      'Public sector absence benchmark – Belgian federal figures',
      """Dear Ms Tanaka,

Please find attached our 2025 figures for the benchmark. Definitions follow the template you sent in November.

Best regards,
HR Analytics team
""", atts=[('absence_2025.xlsx', xl)])

    M(142, 'en', 'off-sick-no-reason', 'allow', [],
      'Colleague off sick without reason or diagnosis (DPO undecided) – doubtful',
      'Project Office <pmo@smals-partner.be>', 'j.obrien@consult-dublin.ie',
      'RE: Steering committee 22 January – moved',
      """Hi John,

Pieter is off sick this week, so we are moving the steering committee to Wednesday 28 January, 10:00 CET, same Teams link. Apologies for the short notice.

Best,
Marieke
PMO
+32 2 787 57 11

-----Original Message-----
From: John O'Brien <j.obrien@consult-dublin.ie>
Sent: Monday, 19 January 2026 09:12
To: PMO <pmo@smals-partner.be>
Subject: RE: Steering committee 22 January

Marieke, is Thursday still on? I need to book my train from Brussels-Midi.

-----Original Message-----
From: PMO
Sent: Thursday, 15 January 2026 15:40
Subject: Steering committee 22 January

Dear all, reminder: steering committee on Thursday 22 January, 10:00 CET. Agenda: go-live date, data migration test results, budget 2026.
""")

    html = """<html><body><h2>Training: Special category data in casework</h2>
<p>Module 1 – What is Art. 9 GDPR data? Health, ethnic origin, political opinions, religion, trade union membership, genetic and biometric data, sex life and sexual orientation.</p>
<p>Module 2 – Art. 10: criminal convictions and offences; who may request a criminal record extract.</p>
<p>Module 3 – Exercises: spot the sensitive data in fictitious e-mails (e.g. "Mr X., diabetic, …").</p>
<p>Date: 5 March 2026, online. Trainer: Dr. Ellen Baert, DPO network.</p></body></html>"""
    M(143, 'en', 'training-art9-agenda-html', 'allow', [],
      'Training agenda on Art. 9/10 categories with fictitious placeholder example',
      'DPO Network <dpo.network@bosa-partner.be>', 'training@eipa.eu',
      'Joint training on special category data – agenda',
      """Dear colleagues at EIPA,

Please find the agenda for the joint training (HTML version). We count on about 40 participants.

DPO network, BOSA
""", html=html)

    oi = iban('BE', '6790012785', org=True)
    pdf = make_pdf(['INVOICE 2026-INV-0019', 'From: Belgian Institute for Postal services and Telecommunications (partner copy)',
                    'Enterprise number: 0243.405.863   VAT: BE0243405863',
                    'To: EU Agency for Cybersecurity, Athens', 'Item: Joint workshop room and catering, 21 January 2026: EUR 3,480.00',
                    f'Please pay to IBAN {oi}, BIC BPOTBEB1, reference 2026-INV-0019'], 'Invoice')
    M(144, 'en', 'invoice-org-iban-pdf', 'allow', [],
      'Invoice with the institution\'s own IBAN and enterprise/VAT numbers',
      'Finance <finance@ibpt-partner.be>', 'invoices@enisa-partner.europa.eu',
      'Invoice 2026-INV-0019',
      """Dear colleagues,

Please find our invoice for the joint workshop attached.

Kind regards,
Finance department
""", atts=[('2026-INV-0019.pdf', pdf)])

    dx = make_docx(['# Application form – cross-border benefit (template)', 'Fill in all fields. Do not send this form by e-mail; upload it via the portal.'],
                   [['Field', 'Value'], ['Surname', '<surname>'], ['BSN / INSZ', '<number>'],
                    ['Medical reason (only if applicable)', '<see separate sealed envelope>'], ['Bank account (IBAN)', '<IBAN>']])
    M(145, 'en', 'blank-template-docx', 'allow', [],
      'Blank template with placeholders only',
      'SVB International <international@svb-partner.nl>', 'forms@inami-partner.be',
      'Updated template – cross-border benefit form',
      """Dear colleagues,

Attached the updated blank template for the joint form. Changes are marked in the version history.

SVB International
""", atts=[('template_crossborder.docx', dx)])

    M(146, 'en', 'certificate-of-conduct-howto', 'allow', [],
      'Explains how to request a VOG / Belgian extract; no content',
      'Recruitment <recruitment@eu-agency-partner.eu>', 'candidate.lindqvist@outlook.com',
      'Your appointment – documents needed',
      """Dear Ms Lindqvist,

Congratulations again. Before your start date we need a certificate of good conduct from your country of residence. As you live in the Netherlands, please apply for a VOG via Justis (online with DigiD); if you lived in Belgium in the last five years, also request an extract from the Belgian criminal record via the "My Criminal Record" service. Please bring the originals on your first day – do not send scans by e-mail.

Kind regards,
Recruitment team
""")

    M(147, 'en', 'minister-public-statement', 'allow', [],
      'Public statement and party of ministers/MEPs',
      'Press Office <press@diplomatie-partner.be>', 'newsdesk@politico-partner.eu',
      'Quote for your article on the Benelux summit',
      """Dear Ms Keller,

As requested, the quote from the Minister of Foreign Affairs (Les Engagés) for your article: "The Benelux must lead on secure digital public services." The Dutch minister (VVD) made a similar statement at the press conference; the video is on the Benelux website. MEP Kathleen Van Brempt (Vooruit) will also attend.

Press office
""")

    f1 = nn_bad('760401', '155', fmt=False); f2 = bsn_bad('44019283'); f3 = iban_bad('BE', '0017753318')
    cs = make_csv([('file_no', 'type', 'status'), (f1, 'legacy dossier', 'closed'), (f2, 'municipal ref', 'open'),
                   (f3.replace(' ', ''), 'rejected payment reference (invalid)', 'returned')])
    M(148, 'en', 'legacy-references-lookalike', 'allow', [],
      'File numbers shaped like NN/BSN/IBAN, all failing checksums',
      'Migration Team <migration@fedict-partner.be>', 'data.team@crossborder-dataservices.eu',
      'Legacy reference formats – examples',
      """Hi Ahmed,

Here are three examples of the legacy reference formats that trip your parser. None of them is a personal number – they are internal references; the last one is a deliberately corrupted IBAN used in our test suite.

Cheers,
Migration team
""", atts=[('legacy_refs.csv', cs)])

    M(149, 'en', 'joint-committee-unions', 'allow', [],
      'Meeting of joint committee with trade-union organisations, no individual membership',
      'Social Dialogue Unit <social.dialogue@bosa-partner.be>', 'secretariat@epsu.org',
      'Joint committee 18 February – agenda',
      """Dear EPSU secretariat,

The next meeting of Committee B with the representative trade-union organisations (ACOD/CGSP, ACV/CSC, VSOA/SLFP) takes place on 18 February. Agenda: telework allowance, teleworking abroad, the new DLP rules for e-mail. You are welcome as an observer.

Social Dialogue Unit
""")

    M(150, 'en', 'tender-dna-sequencers', 'allow', [],
      'Tender for DNA sequencing equipment, no data subjects',
      'Procurement <procurement@nicc-partner.be>', 'tenders@illumina-partner.eu',
      'Call for tenders NICC-2026-05: massive parallel sequencers',
      """Dear Sir or Madam,

The National Institute of Criminalistics publishes call for tenders NICC-2026-05 (two MPS instruments for forensic STR and SNP typing, including validation and training). Documents are on the e-Procurement platform; questions until 16 February.

Procurement unit
""")

    M(151, 'en', 'policy-note-facial-recognition', 'allow', [],
      'Policy note on facial recognition law and EDPB guidance, generic',
      'Policy Unit <policy@interieur-partner.be>', 'secretariat@edpb-partner.europa.eu',
      'Our comments on the draft guidelines on facial recognition',
      """Dear colleagues,

Our comments on the draft guidelines: (1) templates used for 1:N identification are biometric data under Art. 9 and must be deleted when the purpose ends; (2) storage of raw images at e-gates should be limited to 24 hours; (3) the AI Act prohibitions on real-time remote identification must be reflected in the examples.

Policy unit, FPS Home Affairs
""")

    od = make_ods([('Municipality', 'Residents', 'Migration background %', 'of which non-EU %'),
                   ('Eupen', '20050', '28.1', '11.4'), ('Kelmis', '11300', '42.6', '9.8'), ('Sankt Vith', '9900', '19.3', '4.2')])
    M(152, 'en', 'migration-background-statistics', 'allow', [],
      'Aggregated migration background statistics',
      'Statistics Office <statistik@dgov.be>', 'data.requests@eurostat-partner.europa.eu',
      'Data request 2026/014 – migration background by municipality',
      """Dear colleagues,

Please find the requested aggregates (source: Statbel, 1 January 2025).

Statistics office, German-speaking Community
""", atts=[('migration_background_2025.ods', od)])

    cs = make_csv([('Recognised worship / philosophy', 'Local communities (province of Liège)', 'Subsidy 2026 (EUR)'),
                   ('Catholic', '412', '6,100,000'), ('Protestant-Evangelical', '14', '310,000'), ('Islamic', '21', '540,000'),
                   ('Orthodox', '3', '62,000'), ('Non-confessional (laïcité)', '9', '480,000')], delim=',')
    M(153, 'en', 'worship-subsidies-csv', 'allow', [],
      'Subsidies to recognised religions (organisations), aggregated',
      'Local Authorities <pouvoirs.locaux@wallonie-partner.be>', 'research@religion-state-network.eu',
      'Funding of recognised worships – 2026 figures',
      """Dear Professor Ferrari,

For your comparative study, the 2026 figures for the province of Liège.

Kind regards,
Local Authorities Department
""", atts=[('worship_subsidies_2026.csv', cs)])

    M(154, 'en', 'lgbti-action-plan-press', 'allow', [],
      'LGBTI action plan press release, no individuals',
      'Equal Opportunities <equal.opportunities@igvm-partner.be>', 'press@ilga-europe.org',
      'Press release: new federal LGBTI+ action plan',
      """PRESS RELEASE

The federal government adopted its third LGBTI+ action plan today. Measures include training for police on hate crimes based on sexual orientation, better data collection on discrimination complaints (Unia received 187 complaints on sexual orientation in 2025), and support for rainbow-friendly workplaces.

Contact: Equal Opportunities press office, +32 2 233 44 00
""")

    html = """<html><body><p>Dear EU colleagues,</p><table border="1"><tr><th>Facility</th><th>Capacity</th><th>Population 1 Jan 2026</th><th>Under electronic monitoring</th></tr>
<tr><td>Lantin</td><td>720</td><td>958</td><td>-</td></tr><tr><td>Eupen</td><td>120</td><td>131</td><td>-</td></tr>
<tr><td>National (EM)</td><td>-</td><td>-</td><td>2,140</td></tr></table><p>Source: FPS Justice annual report.</p></body></html>"""
    M(155, 'en', 'prison-population-statistics', 'allow', [],
      'Aggregated prison and electronic-monitoring statistics',
      'Penitentiary Policy <epi.policy@just-partner.be>', 'space@coe-partner.int',
      'SPACE I questionnaire – Belgian figures',
      """Dear colleagues,

The Belgian figures for the SPACE I questionnaire are in the attached table (HTML export from our reporting tool).

Directorate-General Penitentiary Institutions
""", atts=[('SPACE_I_Belgium_2026.html', html.encode('utf-8'))])

    cb1 = card_bad('400000123456789'); cb2 = card_bad('510510510510510')
    M(156, 'en', 'pci-circular-masked-cards', 'allow', [],
      'PCI-DSS circular; card examples fail Luhn or are masked',
      'Information Security <ciso@fod-fin-partner.be>', 'security@payment-partners.eu',
      'Circular: handling card data at counters',
      f"""Dear partners,

Reminder of our rules at public counters:
- never write a card number in a mail, ticket or spreadsheet; only the masked form (e.g. 5355 **** **** 0417) may be stored;
- test transactions use the numbers {cb1} and {cb2}, which deliberately fail the Luhn check and are refused by the acquirer;
- report any full card number found in a mailbox to the CISO and the DPO.

Information Security Office
""")

    cs = make_csv([('country', 'name', 'function', 'organisation', 'phone', 'email', 'linkedin'),
                   ('BE', 'Hilde Wouters', 'Liaison officer', 'FPS Justice', '+32 2 542 66 18', 'hilde.wouters@just-partner.be', 'linkedin.com/in/hildewouters'),
                   ('NL', 'Rik Pauwels', 'Senior adviser', 'Ministerie van Justitie en Veiligheid', '+31 70 370 79 44', 'r.pauwels@minjenv-partner.nl', ''),
                   ('LU', 'Claire Schmit', 'Head of unit', 'Ministère de la Justice', '+352 247 84 537', 'claire.schmit@mj-partner.lu', '')], delim=',')
    z = make_zip([('benelux_contacts/contacts.csv', cs)])
    M(157, 'en', 'liaison-contacts-zip', 'allow', [],
      'Professional contact list in ZIP',
      'Benelux Secretariat <secretariat@benelux-partner.int>', 'network@eujustice-partner.eu',
      'Updated Benelux liaison contacts',
      """Dear colleagues,

Attached the updated contact list of the Benelux liaison officers (professional details only).

Benelux Secretariat General
Rue de la Régence 39, 1000 Brussels
""", atts=[('benelux_contacts.zip', z)])

    inner = inner_mail('IT Security <itsec@bosa-partner.be>', 'managers@bosa-partner.be', 'Minutes DLP pilot meeting 12 January',
                       """Present: IT security, DPO, two pilot services.
Decisions: pilot extended to three services; quarantine release needs a reason; monthly report with counts only, no addresses.
Next meeting: 9 February.
""", 'Mon, 12 Jan 2026 16:30:00 +0100', 'min158')
    M(158, 'en', 'forward-dlp-minutes', 'allow', [],
      'Forwarded meeting minutes without personal data',
      'Koen Maes <koen.maes@bosa-partner.be>', 'a.rossi@enisa-partner.europa.eu',
      'FW: Minutes DLP pilot meeting 12 January',
      """Hi Alessandra,

As promised, our minutes from the pilot meeting. Happy to compare notes at the workshop.

Koen Maes
Security architect, BOSA
+32 2 740 80 12
""", atts=[('Minutes DLP pilot.eml', inner)])

    ci = iban('NL', 'RABO030718442', org=True)
    M(159, 'en', 'supplier-bank-details-company', 'allow', [],
      'Change of bank details of a supplier company (company IBAN)',
      'Accounts Payable <ap@rijkswaterstaat-partner.nl>', 'finance@dredging-nv-partner.be',
      'Confirmation new bank details – Baggerwerken Zeeland BV',
      f"""Dear Sir or Madam,

We confirm registration of the new bank account of Baggerwerken Zeeland BV (KvK 20145588) in our supplier database:

Supplier: Baggerwerken Zeeland BV
IBAN: {ci}
Effective: invoices received from 1 February 2026

As a fraud prevention measure we confirmed this change by phone with your finance director.

Accounts Payable
""")

    M(160, 'en', 'leave-planning-no-reason', 'allow', [],
      'Absence/leave planning without any reason',
      'Team Lead Liaison <liaison.lead@fedasil-partner.be>', 'coordination@easo-partner.europa.eu',
      'Availability Belgian team – February',
      """Hi Dimitra,

Availability for February: Sofie is on leave 9-13 February, Jonas is absent on 20 February, and I'll be out 23-24 February. Otherwise the team is fully available for the joint missions.

Best,
Team lead, liaison unit
""")
