from spec import M
P, E, B, G, R = 'ART9_POLITICAL_OPINION', 'ART9_ETHNIC_ORIGIN', 'ART9_BIOMETRIC', 'ART9_GENETIC', 'ART9_RELIGION'
L = 'en'
MSGS = [
M(L,'block',P,'vetting-activist','hr.vetting@eu-liaison-fedgov.be','screening@vetting-partner.co.uk',
 'Vetting query - candidate Oliver Grant',
"""Hi Sarah,

Regarding the vetting of Oliver Grant (candidate for the policy officer post): he disclosed that he is an active member of Extinction Rebellion, took part in the blockade of the Brussels ring in 2025, and volunteers for the Groen election campaign.

Could you confirm whether this affects the clearance level?

Best,
Vetting team""",
 note='named candidate activism and party support'),
M(L,'block',G,'kinship-test-visa','visa@fedgov-immigration.be','lab@dna-kinship-services.com',
 'Kinship test result - file V-2026-0912',
"""Dear lab team,

We received the kinship report for the family reunification of Mr Samuel Okafor. Result: full siblingship between Samuel Okafor and Chidi Okafor supported with a likelihood ratio of 1 250 : 1.

Please send the signed original by courier.

Kind regards,
Visa unit""",
 att=[('eml','Fwd_lab_report.eml',{'frm':'reports@dna-kinship-services.com','to':'visa@fedgov-immigration.be','subj':'Kinship report Okafor','body':'Dear visa unit,\n\nSiblingship analysis Samuel Okafor / Chidi Okafor: LR 1250:1 (23 STR loci, D18S51 14/16 vs 14/17).\n\nRegards, Lab','date':'Thu, 26 Feb 2026 10:00:00 +0000','mid':'report-okafor@dna-kinship-services.com'})],
 note='kinship DNA test result of named persons (attached eml)'),
M(L,'block',B,'fingerprint-hit-report','biometrics@fedgov-immigration.be','integrator@afis-solutions.com',
 'AFIS hit report for QA',
"""Hello,

For the QA review, attached the hit list of last week's searches. Please check why candidate #2 for Ms Maria Petrova scored so high.

Thanks,
Biometrics unit""",
 att=[('html','hit_report.html',"<html><body><table border='1'><tr><th>Subject</th><th>Finger</th><th>Candidate</th><th>Score</th></tr><tr><td>Maria Petrova</td><td>R1</td><td>Maria Petrova (enrolled 2024-11-03)</td><td>9 412</td></tr><tr><td>Maria Petrova</td><td>R1</td><td>Elena Ivanova</td><td>3 870</td></tr><tr><td>Ali Hassan</td><td>L2</td><td>Ali Hassan (enrolled 2023-06-19)</td><td>8 990</td></tr></table></body></html>")],
 note='fingerprint AFIS hits and scores of named persons'),
M(L,'block',E,'diversity-hr-origin','diversity@fedgov-hr.be','consultant@inclusion-partners.co.uk',
 'Shortlist for the leadership programme',
"""Hi James,

Shortlist for the inclusive leadership programme:

Name: Priya Sharma - British-Indian origin
Name: Samuel Mensah - of Ghanaian descent, Black
Name: Lucas Janssens - no migration background

Cheers,
HR Diversity""",
 note='named staff with ethnic origin'),
M(L,'block',R,'prayer-room-request','facilities@fedgov-office.be','events@conference-venue.com',
 'Conference 14 April - special requests',
"""Hello,

Two of our delegates have requests:
- Mr Imran Qureshi, a practising Muslim, needs a quiet room for Friday prayer at 13:00 and halal lunch.
- Ms Rachel Stein keeps kosher and observes Shabbat; she will leave before sunset on Friday.

Thank you,
Facilities""",
 note='named persons religious practice'),
M(L,'block',P,'asylum-political-motive','caseworker@fedgov-asylum.be','solicitor@refugee-law.co.uk',
 'RE: your client Mr Haile',
"""Dear Ms Evans,

Your client Mr Dawit Haile's claim rests on his political opinion: he states he was a member of the opposition party and was detained after distributing leaflets. The interview is set for 19 March.

Regards,
Caseworker

> Could you tell me when the interview takes place?""",
 att=[('docx','interview_schedule_haile.docx',(['Interview schedule'],[['Applicant','Date','Grounds'],['Dawit Haile','19 March 2026','political opinion - opposition party member']]))],
 note='asylum claim based on political opinion of named person'),
M(L,'block',G,'carrier-status-relative','genetics@uz-partner-hospital.be','gp@family-practice.co.uk',
 'Cascade testing - Thompson family',
"""Dear Dr Patel,

Following the diagnosis of hereditary haemochromatosis in the Thompson family, Mr Mark Thompson's brother, Mr Neil Thompson (your patient), has been tested: he is homozygous for HFE C282Y. Their sister Ms Claire Thompson is a heterozygous carrier.

Kind regards,
Clinical genetics""",
 note='genetic test results and carrier status of named relatives'),
M(L,'block',B,'voice-enrolment-export','it@fedgov-pension-line.be','vendor@voiceid-tech.com',
 'Voice ID enrolment export',
"""Hi,

As requested, the export of voice prints enrolled in February:""",
 att=[('xlsx','voice_enrolment_feb.xlsx',[['Caller','Voiceprint ID','Enrolled','Template hash'],['George Miller','VP-22017','2026-02-03','e3b0c44298fc1c149afbf4c8996fb924'],['Helen Clarke','VP-22018','2026-02-03','5d41402abc4b2a76b9719d911017c592'],['Ahmed Karimi','VP-22031','2026-02-11','7d793037a0760186574b0282f2f435e7']])],
 note='voiceprint enrolment export with template hashes of named callers'),
M(L,'block',G,'dna-profile-missing-person','missing.persons@fedpolice-partner.be','forensics@uk-lab-partner.co.uk',
 'Reference DNA profile - missing person file',
"""Dear colleagues,

Please compare the attached reference profile of Ms Laura Bennett, mother of the missing person Daniel Bennett, against your unidentified remains database.

Kind regards""",
 att=[('csv','reference_profile_bennett.csv',[['donor','relation','locus','alleles'],['Laura Bennett','mother','D3S1358','15,16'],['Laura Bennett','mother','vWA','17,18'],['Laura Bennett','mother','FGA','22,23'],['Laura Bennett','mother','TH01','6,9.3']])],
 note='DNA STR profile of named relative'),
M(L,'allow',P,'polling-station-logistics','elections@brussels-region-gov.be','logistics@event-supplier.com',
 'Polling stations - equipment order',
"""Hello,

For the June elections we need 420 voting booths and 210 ballot boxes delivered to the municipal depot by 1 June. Please invoice Brussels Regional Public Service, IBAN BE71 0961 2345 6769.

Elections team""",
 note='election logistics, organisation IBAN'),
M(L,'allow',E,'diversity-statistics','stats@fedgov-hr.be','researcher@university-partner.ac.uk',
 'Aggregated diversity data 2025',
"""Hi,

Attached are the aggregated figures (no individual records): 18.6 % of new federal recruits in 2025 had a non-EU background, up from 15.2 % in 2023.

Best,
HR statistics""",
 att=[('xlsx','diversity_2025.xlsx',[['Background','2023','2025'],['Belgian','72.1 %','68.0 %'],['EU','12.7 %','13.4 %'],['Non-EU','15.2 %','18.6 %']])],
 note='aggregate diversity statistics'),
M(L,'allow',B,'biometric-tender-faq','procurement@fedgov-immigration.be','bids@biometric-vendor.com',
 'Tender FED/2026/044 - clarifications',
"""Dear bidders,

Q1: Must the matcher support ISO/IEC 19794-2 minutiae templates? A: Yes, and ANSI/NIST-ITL 1-2011.
Q2: Is presentation attack detection required? A: Yes, ISO/IEC 30107-3 level 2.
Q3: Will test data contain real persons? A: No, only synthetic fingerprints (SFinGe).

Procurement unit""",
 note='biometric procurement Q&A'),
M(L,'allow',G,'genetics-conference','secretariat@esgh-conference.eu','speakers@hospital-partner.ac.uk',
 'Speaker schedule - Genomics & Public Health',
"""Dear speakers,

Session A, 10 April, 09:00: Prof. Joris Veltman (Newcastle University) - Rare disease genomics
Session B, 11:00: Dr Helen Firth (Cambridge) - Prenatal genomic testing
Session C, 14:00: Panel on forensic DNA databases and privacy

Secretariat""",
 att=[('pdf','programme.pdf',['Genomics & Public Health - programme','09:00 Prof. Joris Veltman','11:00 Dr Helen Firth','14:00 Panel'])],
 note='conference programme with professional speakers'),
M(L,'allow',R,'feast-calendar','hr@fedgov-office.be','contractor@catering-partner.com',
 'Canteen planning - religious holidays 2026',
"""Hello,

For your menu planning: Ramadan runs roughly 18 February - 19 March 2026; Eid al-Fitr 20 March; Passover 2-9 April; Easter 5 April; Diwali 8 November. Please offer vegetarian, halal and kosher options on request.

HR""",
 att=[('ods','religious_holidays_2026.ods',[['Date','Holiday'],['2026-03-20','Eid al-Fitr'],['2026-04-02','Passover (first day)'],['2026-04-05','Easter'],['2026-11-08','Diwali']])],
 note='calendar of religious feasts'),
M(L,'allow',P,'minister-statement','press@fedgov-interior.be','newsdesk@international-press.com',
 'Statement by the Minister',
"""Dear editors,

The Minister of the Interior stated in the Chamber today that the electoral law reform will be tabled in May. The Chair of the Interior Committee (N-VA) welcomed the announcement.

Press office
+32 2 500 20 00""",
 note='public statements and mandates'),
M(L,'allow',B,'dpia-access-control','dpo@fedgov-office.be','consultant@privacy-advisory.co.uk',
 'DPIA template - biometric access control',
"""Hi Tom,

Please review the DPIA template for the planned fingerprint access control. Sections on necessity, match-on-card storage and the badge alternative are filled in; the data subject list is intentionally empty.

Best,
DPO office""",
 att=[('docx','DPIA_biometric_access.docx',(['DPIA - biometric access control','Purpose: access to the data centre','Storage: templates on smart card only'],[['Risk','Likelihood','Mitigation'],['Template theft','low','match-on-card'],['Function creep','medium','purpose limitation']]))],
 note='DPIA template without subjects'),
M(L,'allow',G,'consent-template-blank','ethics@uz-partner-hospital.be','sponsor@cro-partner.com',
 'Approved ICF template - genetic sub-study',
"""Hello,

The ethics committee approved the blank consent form:

Participant name: [NAME]
Date of birth: [DD/MM/YYYY]
I agree to whole-genome sequencing of my sample: [YES/NO]

Regards,
Ethics committee""",
 note='blank consent template'),
M(L,'allow',G,'research-protocol','research@fedgov-health-institute.be','partner@university-partner.ac.uk',
 'Protocol v1.0 - pharmacogenomics implementation study',
"""Dear partners,

Attached protocol v1.0. Enrolment starts after approval; no participants yet. Design: cluster-randomised, 12 pharmacies, panel of 12 pharmacogenes (CYP2C19, CYP2D6, SLCO1B1, DPYD...).

Best regards""",
 att=[('zip','protocol_package.zip',[('pdf','protocol_v1.0.pdf',['Pharmacogenomics implementation study - protocol v1.0','Design: cluster-randomised, 12 pharmacies']),('csv','timeline.csv',[['phase','start','end'],['approval','2026-04','2026-06'],['enrolment','2026-09','2027-08']])])],
 note='research protocol without subjects (ZIP)'),
]
