from lib import *
from fr1 import MSGS
from fr1 import M as _M
def M(*a, **k): _M(*a, lang='en', **k)
n29 = nn(1971, 5, 22, 93)
M(129, 'hospital-transfer-huntington', 'block', ['ART9_HEALTH', 'ART9_GENETIC', 'BE_NATIONAL_NUMBER'], 'expat patient with NN, Huntington gene test and diagnosis',
  'transfers@uz-leuven.example.be', 'admissions@klinikum-aachen.example.de', 'Transfer of Mr Gallagher',
  "Dear colleagues,\n\nWe would like to transfer Mr Sean Gallagher (Belgian national number %s), an Irish national living in Leuven, to your neurology ward. Genetic testing confirmed an expanded HTT allele (44 CAG repeats); he presents early Huntington's disease with chorea and is on tetrabenazine 25 mg.\n\nKind regards,\nDr L. Maes, Neurology" % n29,
  nums=[('be_nn', n29, True)])
M(130, 'eu-project-minutes', 'allow', [], 'meeting minutes, no personal data',
  'international@vlaanderen.example.be', 'partners@interreg-nwe.example.eu', 'Minutes of the steering committee',
  "Dear partners,\n\nPlease find the minutes of the 24 February steering committee attached. Next meeting: 12 May in Lille.\n\nBest regards,\nFlemish Department of Economy",
  atts=[D('minutes-sc-2026-02.docx', ["Steering committee - 24 February 2026", "1. Budget reallocation approved.", "2. Work package 3 delayed by two months."], [('Action', 'Owner', 'Deadline'), ('Revised timeline', 'WP3 lead', '31/03')])])
s31 = bsn('23659480')
M(131, 'ggd-hiv-partner-notification', 'block', ['ART9_HEALTH', 'ART9_SEX_LIFE', 'NL_BSN'], 'named client with BSN, HIV result and sexual contacts',
  'soa.poli@ggd-zuid-limburg.example.nl', 'sexual.health@cm-antwerpen.example.be', 'Partner notification - cross-border',
  "Dear colleague,\n\nOur client Mr Pieter van Dongen (BSN %s) tested HIV positive on 25 February. He reports unprotected sex with male partners in Antwerp over the last three months and agreed that we contact you for partner notification.\n\nGGD Zuid-Limburg, sexual health clinic" % s31,
  nums=[('nl_bsn', s31, True)])
M(132, 'asylum-stats-nationality', 'allow', [], 'aggregated asylum statistics',
  'stats@cgra.example.be', 'data@euaa.example.eu', 'Monthly asylum figures - February',
  "Hello,\n\nAttached are the aggregated February figures by nationality.\n\nCGRS statistics unit",
  atts=[C('asylum-feb-2026.csv', [('Nationality', 'Applications', 'Recognition rate'), ('Afghanistan', 612, '48%'), ('Syria', 401, '87%'), ('Eritrea', 215, '91%')])])
s33 = bsn('17432206')
i33 = iban_nl('INGB', '0006543210')
M(133, 'uwv-crossborder-bsn-iban', 'block', ['NL_BSN', 'IBAN_CODE'], 'frontier worker with BSN and private IBAN',
  'internationaal@uwv.example.nl', 'benefits.brussels@onem.example.be', 'Frontier worker Ms Jansen - E301',
  "Dear Sir or Madam,\n\nFor the E301 / U1 procedure: Ms Annelies Jansen, BSN %s, worked in Maastricht until 31 January and now lives in Lanaken. Her benefits were paid to %s.\n\nUWV International Affairs" % (s33, i33),
  nums=[('nl_bsn', s33, True), ('iban_private', i33, True)])
i_bv = iban_nl('RABO', '0312456789')
M(134, 'invoice-bv-iban', 'allow', [], 'invoice of a Dutch BV with its own IBAN',
  'billing@translations-delta.example.nl', 'finance@eu-council.example.eu', 'Invoice DT-2026-118',
  "Dear Sir or Madam,\n\nPlease find our invoice DT-2026-118 for the translation of the Council conclusions (EUR 2,940.00).\nDelta Translations BV, Rotterdam - IBAN %s.\n\nAccounts department" % i_bv,
  nums=[('iban_org', i_bv, True)],
  atts=[P('invoice-DT-2026-118.pdf', ["Delta Translations BV", "Invoice DT-2026-118", "Pay to " + i_bv], [('Item', 'Words', 'Amount'), ('EN>FR translation', '14700', '2940.00')])])
M(135, 'police-europol-extremist', 'block', ['ART10_CRIMINAL', 'ART9_POLITICAL_OPINION'], 'named suspects, arson and extremist political affiliation',
  'international@federale-politie.example.be', 'liaison.be@europol.example.eu', 'Request for information - arson Ghent',
  "Dear colleague,\n\nIn the attached file you find the suspects arrested for the arson of 14 February. Please check your systems for links.\n\nFederal Judicial Police, International Cooperation",
  atts=[X('suspects-arson-ghent.xlsx', [('Name', 'Born', 'Status', 'Political affiliation'), ('Stijn Verlinden', '1998', 'arrested, pre-trial detention', 'Schild & Vrienden sympathiser'), ('Marco Bellini', '2001', 'suspect, released under conditions', 'anarchist collective')], 'Suspects')])
M(136, 'circular-genetic-data', 'allow', [], 'generic guidance on genetic data',
  'dpo@sciensano.example.be', 'network@bbmri-eric.example.eu', 'Guidance note on genetic data in biobanks',
  "Dear partners,\n\nOur updated guidance on processing genetic data (genotypes, sequencing results, carrier status) in biobanks is now online. It covers pseudonymisation, the role of the ethics committee and transfer rules outside the EEA.\n\nSciensano DPO office")
M(137, 'visa-fingerprints-contractor', 'block', ['ART9_BIOMETRIC'], 'fingerprint records of named applicants',
  'visa.support@diplomatie.example.be', 'helpdesk@vfs-global.example.com', 'Re-enrolment needed - applicants Nairobi',
  "Hello,\n\nThe following fingerprint records failed VIS quality checks and must be re-enrolled. Minutiae extract for your technical team:\n\nWanjiru Kamau - right thumb - NFIQ 4 - minutiae: (112,87,45°) (130,92,210°) (98,140,12°)\nBrian Otieno - left index - NFIQ 5 - minutiae: (77,64,300°) (101,88,95°)\n\nFPS Foreign Affairs, visa helpdesk")
M(138, 'conference-contacts', 'allow', [], 'professional contact list',
  'events@belspo.example.be', 'speakers@esof.example.eu', 'Speakers and contacts - Open Science day',
  "Dear all,\n\nContact persons for the day:\n- Dr Ann Vermeulen, Head of Unit, Belspo, +32 2 238 34 11, ann.vermeulen@belspo.example.be\n- Prof. Michel Daelemans, KU Leuven, linkedin.com/in/mdaelemans\n\nBelgian Science Policy Office, WTC III, Boulevard Simon Bolivar 30, 1000 Brussels")
M(139, 'genetic-counselling-cftr', 'block', ['ART9_GENETIC'], 'named expat couple, CFTR carrier status',
  'genetics@uza.example.be', 'dr.novak@clinic-prague.example.cz', 'Carrier screening result - Novak couple',
  "Dear Dr Novak,\n\nAs requested by your patients Jana and Tomas Novak, living in Antwerp: both are heterozygous carriers of the CFTR F508del variant. We discussed the 25% recurrence risk and options for prenatal testing.\n\nCentre for Medical Genetics",
  atts=[P('cftr-result-novak.pdf', ["Carrier screening report"], [('Person', 'Gene', 'Result'), ('Jana Novak', 'CFTR', 'F508del heterozygous'), ('Tomas Novak', 'CFTR', 'F508del heterozygous')])])
M(140, 'biometric-consent-template', 'allow', [], 'blank consent template',
  'hr@eu-agency-brussels.example.eu', 'privacy@badge-vendor.example.com', 'Consent template for access badges',
  "Hello,\n\nPlease use the attached blank consent template in the enrolment kiosk.\n\nHR Security",
  atts=[D('consent-template.docx', ["Consent to biometric enrolment", "I, [FULL NAME], staff number [NUMBER], consent to the processing of my fingerprint template for access control.", "Date: ______  Signature: ______"])])
M(141, 'school-roma-pupil', 'block', ['ART9_ETHNIC_ORIGIN'], 'named pupil with ethnic origin',
  'care@basisschool-deklaver.example.be', 'research@roma-inclusion.example.org', 'Your project - pupil Florin',
  "Dear Ms Horvath,\n\nThank you for your project. We think Florin Dumitru (grade 4) would benefit: he is from a Roma family that recently moved from Craiova, and he has missed many school days.\n\nKind regards,\nPupil care coordinator")
s42 = bsn('76543210', bad=True)
M(142, 'bsn-lookalike-test-ticket', 'allow', [], 'BSN look-alike failing eleven-test',
  'testteam@belastingdienst.example.nl', 'vendor@taxsoft.example.be', 'Ticket 4471 - validation',
  "Hi,\n\nThe input field accepted %s although it fails the eleven-test. Please fix before release 3.2.\n\nTest team" % s42,
  nums=[('nl_bsn', s42, False)])
M(143, 'hr-diversity-monitoring', 'block', ['ART9_ETHNIC_ORIGIN'], 'table of named staff with ethnic origin column',
  'diversity@stad-antwerpen.example.be', 'consultants@diversity-partners.example.com', 'Monitoring data for your analysis',
  "Hello,\n\nAs agreed, the monitoring extract for the audit.\n\nDiversity unit",
  atts=[X('monitoring-2025.xlsx', [('Employee', 'Department', 'Ethnic origin (self-declared)'), ('Fatima Ait Lahcen', 'Libraries', 'Moroccan'), ('Dries Peeters', 'Parks', 'Belgian'), ('Kwame Mensah', 'ICT', 'Ghanaian')])])
M(144, 'travel-arrangements', 'allow', [], 'plain logistics',
  'protocol@vlaams-parlement.example.be', 'delegation@bundestag.example.de', 'Visit of 19 March - logistics',
  "Dear colleagues,\n\nA minibus will pick up the delegation at Brussels-Midi at 9:15. Lunch is planned at the Flemish Parliament restaurant.\n\nProtocol service")
M(145, 'prison-chaplaincy-list', 'block', ['ART9_RELIGION', 'ART10_CRIMINAL'], 'named detainees with religion',
  'director@prison-haren.example.be', 'coordination@prison-chaplaincy.example.org', 'Chaplaincy visits - wing B',
  "Dear coordinator,\n\nThe detainees of wing B who asked for a visit this month:\n\n| Detainee | Cell | Religion |\n| Ahmed Zaoui | B-112 | Muslim |\n| Ivan Petrov | B-118 | Orthodox Christian |\n| Luc Dewaele | B-121 | Catholic |\n\nPrison director's office",
  html="<p>Dear coordinator,</p><table><tr><th>Detainee</th><th>Cell</th><th>Religion</th></tr><tr><td>Ahmed Zaoui</td><td>B-112</td><td>Muslim</td></tr><tr><td>Ivan Petrov</td><td>B-118</td><td>Orthodox Christian</td></tr><tr><td>Luc Dewaele</td><td>B-121</td><td>Catholic</td></tr></table>")
M(146, 'vacancy-data-analyst', 'allow', [], 'job vacancy',
  'jobs@vdab.example.be', 'eures@ec-europa.example.eu', 'EURES vacancy - data analyst',
  "Dear EURES adviser,\n\nPlease publish: Data analyst (m/f/x), VDAB Brussels. Tasks: labour-market statistics. Requirements: master, Dutch B2, English C1. Apply before 15 April.\n\nVDAB International")
M(147, 'agency-union-membership', 'block', ['ART9_TRADE_UNION'], 'named staff member union membership',
  'hr@eu-agency-brussels.example.eu', 'legal@law-firm-eu.example.com', 'Case of Ms Kowalski',
  "Dear Counsel,\n\nRegarding the appeal of Ms Marta Kowalski: she has been a member of the Union Syndicale Fédérale since 2021 and sits on its Brussels committee, which she believes influenced her appraisal.\n\nHR Legal")
M(148, 'vog-request-receipt', 'allow', [], 'receipt of request for certificate of conduct, no content',
  'vog@justis.example.nl', 'hr@school-maastricht.example.nl', 'VOG application received',
  "Dear Sir or Madam,\n\nWe have received the VOG application for your new teacher, Ms Eva Hendriks. Processing takes up to four weeks; the certificate will be sent to her home address.\n\nJustis, screening authority")
M(149, 'disciplinary-union-party', 'block', ['ART9_POLITICAL_OPINION', 'ART9_TRADE_UNION'], 'forwarded disciplinary note, union delegate and party views',
  'director@ocmw-gent.example.be', 'advisor@hr-consult.example.com', 'FW: incident report',
  "Dear Mr Rossi,\n\nPlease advise on the incident below.\n\n---------- Forwarded message ----------\nFrom: team.leader@ocmw-gent.example.be\n\nTom Claeys, ACOD union delegate, held a meeting during working hours. He told colleagues he votes Vooruit and that the new board is 'far-right in disguise'.\n",
  atts=[E('incident-report.eml', frm='team.leader@ocmw-gent.example.be', to='director@ocmw-gent.example.be', subj='Incident 3 March',
          body="Tom Claeys (ACOD delegate) held a union meeting in the cafeteria and handed out flyers of his party.")])
M(150, 'mep-party-public', 'allow', [], 'public mandate with party',
  'press@europarl-liaison.example.eu', 'desk@brussels-times.example.be', 'Press briefing with Belgian MEPs',
  "Dear journalists,\n\nThe briefing on 10 March will feature MEPs Kathleen Van Brempt (Vooruit, S&D) and Olivier Chastel (MR, Renew). Registration: press@europarl-liaison.example.eu.\n\nEuropean Parliament Liaison Office")
M(151, 'hr-complaint-orientation', 'block', ['ART9_SEX_LIFE'], 'named employee sexual orientation in complaint',
  'trust.person@fod-financien.example.be', 'mediation@external-prevention.example.be', 'Complaint - harassment',
  "Dear prevention adviser,\n\nMr Jonas Willems, tax inspector in Mechelen, reports that since he told colleagues he is gay and lives with his partner, two colleagues have made repeated remarks. He asks for a formal procedure.\n\nConfidential counsellor")
M(152, 'newsletter-html', 'allow', [], 'HTML newsletter, generic',
  'newsletter@brussels-expat.example.be', 'subscribers@expat-list.example.com', 'Expat newsletter - March',
  "March events: Expat welcome day 14 March; info session on Belgian health insurance 21 March.",
  html="<h2>March events</h2><ul><li>Expat welcome day - 14 March</li><li>Info session: how Belgian health insurance works - 21 March</li></ul><p>Brussels Expat Desk</p>")
c53 = card('492918273645501')
M(153, 'embassy-visa-card', 'block', ['CREDIT_CARD'], 'applicant card number in a forwarded mail',
  'consular@belgian-embassy-ottawa.example.be', 'chargebacks@payments-provider.example.com', 'Disputed visa fee',
  "Hello,\n\nApplicant Ms Rachel Tremblay disputes a double charge of CAD 120. From her mail:\n\n> I paid with my Visa card %s on 12 February and was charged twice.\n\nConsular section" % c53,
  nums=[('card', c53, True)])
M(154, 'dsa-draft', 'allow', [], 'draft agreement, generic',
  'legal@ehealth.example.be', 'legal@health-ministry.example.lu', 'Draft data-sharing agreement',
  "Dear colleagues,\n\nAttached is our draft agreement for the exchange of pseudonymised hospital statistics.\n\neHealth legal team",
  atts=[D('dsa-draft-v2.docx', ["Data-sharing agreement (draft v2)", "Article 1 - Purpose: exchange of aggregated and pseudonymised statistics.", "Article 5 - Special categories: no data concerning health of identifiable persons is transferred."])])
M(155, 'voiceprint-export', 'block', ['ART9_BIOMETRIC'], 'voiceprint templates of named callers',
  'contactcenter@mypension.example.be', 'support@voice-auth.example.com', 'Voiceprint re-enrolment errors',
  "Hello,\n\nThree voiceprints were corrupted during migration. Extract attached for your analysis.\n\nContact centre IT",
  atts=[C('voiceprints.csv', [('Caller', 'Enrolled', 'Voiceprint vector (i-vector, truncated)'), ('Marie-Claire Dubois', '2024-11-03', '0.412;-0.087;0.233;0.019'), ('Herman Vos', '2025-01-17', '-0.144;0.301;0.077;-0.265')])])
M(156, 'webinar-mental-health', 'allow', [], 'generic webinar on mental health',
  'wellbeing@bosa.example.be', 'hr-network@eu-agencies.example.eu', 'Webinar: mental health at work',
  "Dear HR colleagues,\n\nJoin our webinar on preventing burn-out and supporting staff with mental health problems, 26 March, 12:00-13:00 CET.\n\nFPS BOSA, well-being team")
b57 = bis(1984, 10, 17, 245)
M(157, 'inami-bis-disability', 'block', ['ART9_HEALTH', 'BE_BIS_NUMBER'], 'expat with BIS number and disability',
  'international@inami.example.be', 'claims@cpam-lille.example.fr', 'Your request - Mr Ferreira',
  "Dear colleague,\n\nMr Joao Ferreira (BIS %s) is recognised with a 66%% incapacity following a spinal cord injury (paraplegia) since 2024.\n\nINAMI International Relations" % b57,
  nums=[('be_bis', b57, True)])
M(158, 'room-booking', 'allow', [], 'plain booking',
  'facilities@fod-buza.example.be', 'events@eeas.example.eu', 'Room Egmont II booked',
  "Hello,\n\nRoom Egmont II is booked for 25 March, 10:00-16:00, with interpretation booths.\n\nFacilities")
M(159, 'expat-absence-medical-reason', 'block', ['ART9_HEALTH'], 'named employee with medical reason of absence in attachment',
  'hr@port-of-antwerp-bruges.example.be', 'assignments@relocation-partner.example.com', 'Absence overview expats Q1',
  "Hi,\n\nAttached the Q1 absence overview for assignees, as requested for the insurance file.\n\nHR",
  atts=[D('absences-q1.docx', ["Absence overview Q1 2026"], [('Employee', 'Days', 'Reason'), ('Liam O\'Connor', '12', 'knee surgery (meniscus)'), ('Priya Nair', '20', 'depression, treated with sertraline')])])
M(160, 'union-density-survey', 'allow', [], 'aggregated union membership statistics',
  'research@fod-waso.example.be', 'eurofound@eurofound.example.eu', 'Union density figures 2025',
  "Dear colleagues,\n\nBelgian union density in the public sector is estimated at 54%% (2025), down from 57%% in 2020. Figures by region in the attached sheet.\n\nFPS Employment, research unit".replace('%%', '%'),
  atts=[S('union-density.ods', [('Region', 'Density'), ('Flanders', '55%'), ('Wallonia', '56%'), ('Brussels', '47%')])])
