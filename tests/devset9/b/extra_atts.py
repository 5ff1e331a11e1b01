"""Attachments added to messages defined without one (no identifiers in here)."""
from lib import odt, ods, docx, pdf, csv, xlsx, html, zipf, table_html, mail

EXTRA = {
 # ---- block
 'interim-grossesse-risque': [('fiche_remplacement.odt', odt([
    'Fiche de demande de remplacement', 'Agent remplacé : Laura Pirson (accueil, niveau C)',
    'Motif : grossesse à risque – repos prescrit par le gynécologue', 'Durée estimée : jusqu\'au congé de maternité',
    'Profil : bilingue FR/NL']))],
 'cpas-jeune-rejete': [('rapport_social_Derwa.docx', docx(['# Rapport social succinct'],
    [[['Rubrique', 'Contenu'], ['Demandeur', 'Nicolas Derwa, 19 ans'], ['Situation', 'exclu du domicile familial après son coming out (homosexualité)'],
      ['Revenus', 'RIS taux isolé depuis le 02/03'], ['Demande', 'hébergement d\'urgence']]]))],
 're-plainte-adherente': [('mail_journaliste.eml', mail(926, 'J. Hallet <j.hallet@pressetest.be>', 'cabinet@commune-test.be',
    'Mme Dubois – plainte voirie', """Bonjour,

Mme Véronique Dubois, membre du PTB depuis 2018 et à l'origine de la pétition, dit que la commune bloque sa demande de permis à cause de son engagement politique. Pouvez-vous réagir ?

J. Hallet""", sub=2))],
 'visa-iris-enrolment': [('vis_rejection_log.html', html('<h2>VIS biometric rejection</h2>' + table_html([
    ['Applicant', 'Modality', 'Quality', 'Result'], ['REZAEI Hamid', 'iris left', '38', 'below threshold'],
    ['REZAEI Hamid', 'iris right', '41', 'below threshold'], ['REZAEI Hamid', 'slap right', 'n/a', 'segmentation error']]), 'VIS'))],
 'str-match-suspect': [('prum_hit_summary.pdf', pdf(['Prüm DNA hit – summary', 'Trace: MT-25-8812 (burglary, Maastricht)',
    'Matched person: WOUTERS Dries, born 1990', 'Criminal history: conviction 2021 aggravated theft; suspect in 2 open cases (Hasselt)',
    'Loci matched: 12/12 ESS'], 'Prum'))],
 'canteen-diets-religion': [('diets_term3.csv', csv([['pupil', 'class', 'diet', 'reason'],
    ['Omar Bensalem', '3B', 'halal', 'Muslim family'], ['Sara Cohen', '4A', 'kosher (Fri)', 'Jewish family'],
    ['Lucas Dias', '2C', 'standard', "Jehovah's Witness - no blood products"]], sep=','))],
 'harassment-investigation-affair': [('case_26-014_intake.docx', docx(['# Intake – case 26-014'],
    [[['Item', 'Notes'], ['Complainant', 'Ines Baert'], ['Respondent', 'Koen Michiels (team leader)'],
      ['Background', 'sexual relationship May–Nov 2025, ended by complainant'], ['Alleged facts', 'files reassigned after break-up']]]))],
 'vetting-conviction-result': [('screening_2026-07.pdf', pdf(['Security screening – candidate 2026-07', 'Name: DUCHENE Michaël',
    'Criminal record: 2022 conviction, social security fraud, 12 months suspended', 'Pending: investigation for forgery',
    'Advice: negative'], 'Screening'))],
 'ecole-inclusion-caryotype': [('fiche_liaison_Lea.odt', odt(['Fiche de liaison école – hôpital', 'Enfant : Léa Vanderstraeten',
    'Diagnostic : trisomie 21 en mosaïque (caryotype 47,XX,+21[12]/46,XX[18])', 'Suivi : logopédie 2x/semaine, kinésithérapie',
    'Antécédent : cardiopathie opérée (2024)']))],
 'cpas-enfant-tdah': [('plan_accompagnement_Kylian.pdf', pdf(['Plan d\'accompagnement – Kylian Deprez (P3)',
    'Diagnostic : TDAH, trouble anxieux', 'Traitement : méthylphénidate (Rilatine) 10 mg le matin',
    'Psychothérapie : mercredi 12h00'], 'Plan'))],
 'bailleur-condamnation-locataire': [('note_dossier_2B.odt', odt(['Note – immeuble rue Neuve 8, appartement 2B',
    'Locataire : Anthony Jamar', 'Antécédents : condamnation 2023 (trafic de stupéfiants)',
    'Information judiciaire ouverte en janvier 2026 (parquet de Liège)']))],
 'asylum-convert-religion': [('interpreter_request.docx', docx(['# Interpreter request – 17 March'],
    [[['Field', 'Value'], ['Applicant', 'Reza Karimi'], ['Language', 'Farsi'],
      ['Specific needs', 'convert from Shia Islam to evangelical Christianity; religious vocabulary'], ['Exclusion', 'no interpreter from Antwerp Iranian community']]]))],
 'contact-tracing-hiv': [('case_26-031.xlsx', xlsx({'Case': [['Field', 'Value'], ['Index case', 'Mathias Dewulf (28, Ghent)'],
    ['Result', 'HIV-1 positive, VL 84,000'], ['Transmission group', 'MSM'], ['Partners to notify', '2 of 4 (consent given)']]}))],
 # ---- allow
 'changement-loi-ivg': [('note_proposition_loi.pdf', pdf(['Note juridique – proposition de loi relative à l\'IVG',
    '1. Délai porté de 12 à 18 semaines.', '2. Suppression du délai de réflexion.', '3. Entrée en vigueur : 1er septembre.'], 'Note'))],
 'procedure-extrait-casier': [('mode_emploi_extrait.html', html('<h1>Extrait de casier judiciaire – mode d\'emploi</h1>'
    '<ol><li>Connectez-vous à Just-on-web avec votre eID.</li><li>Choisissez le modèle 2 (activités avec mineurs).</li>'
    '<li>Téléchargez l\'extrait (PDF signé).</li></ol>', 'Mode d\'emploi'))],
 'circulaire-conge-syndical': [('circulaire_712.pdf', pdf(['Circulaire n° 712 – dispenses de service syndicales',
    'Art. 1 Les organisations représentatives introduisent la demande.', 'Art. 2 L\'affiliation n\'est pas mentionnée au dossier.',
    'Art. 3 Contingent : 15 jours par délégué et par an.'], 'Circulaire 712'))],
 'alderman-press-release': [('press_release_cycling_plan.docx', docx(['# Cycling plan 2026–2030',
    'Alderman for Mobility Bram Segers (Groen-Test) presented the plan to the city council.',
    '120 km of new separated cycle lanes, 40 school streets, EUR 38 million.'], [[['Year', 'km', 'Budget (M EUR)'], ['2026', '20', '6'], ['2027', '30', '9']]]))],
 'religious-holidays-calendar': [('religious_holidays_2026.ods', ods([['Date', 'Holiday', 'Community'],
    ['20/03', 'Eid al-Fitr', 'Muslim'], ['02/04', 'Passover', 'Jewish'], ['12/04', 'Orthodox Easter', 'Orthodox'],
    ['27/05', 'Eid al-Adha', 'Muslim'], ['21/09', 'Yom Kippur', 'Jewish']], 'Calendar'))],
 'note-reforme-casier': [('avant_projet_effacement.odt', odt(['Avant-projet de loi – effacement des condamnations',
    'Art. 1 Les peines de police sont effacées d\'office après trois ans.', 'Art. 2 La réhabilitation est simplifiée.']))],
 'communique-ministre-prevention': [('communique_plan_suicide.pdf', pdf(['Communiqué de presse – plan de prévention du suicide',
    'Budget : 12 millions d\'euros', '20 séances de psychologue de première ligne remboursées', 'Formation des médecins généralistes'], 'Communiqué'))],
 'tender-sequencers-clarification': [('clarification_3.zip', zipf([('clarification_3.txt', 'Throughput: 48 genomes/run at 30x.\nTraining: 6 technicians.\n'.encode()),
    ('price_schedule.csv', csv([['item', 'unit', 'qty'], ['sequencer', 'unit', 2], ['flow cells', 'box', 40]], sep=','))]))],
 'party-financing-note': [('party_financing_state_of_play.xlsx', xlsx({'Votes': [['Group', 'Committee vote'],
    ['N-VA-Test', 'yes'], ['PS-Test', 'no'], ['MR-Test', 'yes'], ['Groen-Test', 'no']]}))],
 'egates-steering-minutes': [('minutes_7.docx', docx(['# E-gates steering committee – meeting 7'],
    [[['Action', 'Owner', 'Due'], ['Retune thresholds', 'Vendor', '20/03'], ['DPIA review', 'DPO', '26/03']]]))],
 'webinaire-biometrie-rgpd': [('programme_webinaire.html', html('<h1>Pointeuses biométriques</h1><p>14h00 position de l\'APD – 14h40 alternatives – 15h20 DPIA type</p>', 'Programme'))],
}
