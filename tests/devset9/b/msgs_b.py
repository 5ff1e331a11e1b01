from common import *

# ---------------- tune / allow ----------------
M('fr', 'circulaire-passeport-biometrie', 'allow', [],
  'circular on biometric enrolment procedure, no individual',
  'Sophie Lambert <sophie.lambert@ibz.test.fgov.be>', 'communes@uvcw-test.be',
  'Circulaire – prise d\'empreintes pour les passeports (version 2026)',
  """Mesdames, Messieurs les Bourgmestres,

La circulaire ci-jointe précise la procédure de capture des empreintes digitales et de la photo faciale lors de la demande de passeport, à partir du 1er avril 2026 :
1. deux empreintes (index gauche et droit, à défaut majeur ou annulaire) ;
2. contrôle de qualité automatique, trois tentatives maximum ;
3. les données biométriques ne sont pas conservées dans la commune après la production.

Les communes qui rencontrent des problèmes de lecteurs peuvent contacter le helpdesk.
""" + SIG['ibz'],
  atts=[('circulaire_biometrie_2026.pdf', pdf([
        'Circulaire relative à la capture des données biométriques – passeports',
        'Article 1. La commune capture deux empreintes digitales planes.',
        'Article 2. Les données sont effacées après délivrance du document.',
        'Article 3. Aucune copie locale n\'est autorisée.'], 'Circulaire'))])

M('fr', 'stats-tests-genetiques-inami', 'allow', [],
  'aggregate statistics on reimbursed genetic tests, no individual',
  'Service Études <etudes@inami-test.fgov.be>', 'cellule.stat@mutualite-test.be',
  'Statistiques 2025 – prestations de génétique',
  """Bonjour,

Voici les chiffres consolidés 2025 pour les prestations de biologie moléculaire (nomenclature art. 33). Les cellules < 5 ont été masquées.

Bonne réception,
Service Études""",
  atts=[('genetique_2025.csv', csv([['Centre', 'Tests constitutionnels', 'Tests onco', 'Dépistage porteur'],
        ['Bruxelles', 8412, 6120, 733], ['Liège', 4109, 3318, 402], ['Gand', 7790, 5604, 691], ['Louvain', 9021, 7012, 812]]))])

M('fr', 'formation-donnees-sante', 'allow', [],
  'training invitation on health data and GDPR, no individual',
  'Institut de formation <inscriptions@formation-test.fgov.be>', 'drh@cpas-test.be',
  'Formation « Données de santé : ce qu\'on peut (ne pas) envoyer par mail »',
  "Bonjour,\n\nUne nouvelle session est organisée le 23 avril. Programme en pièce jointe (HTML).\n\nL'équipe Formation",
  atts=[('programme.html', html("<h1>Données de santé et RGPD</h1><ul><li>9h00 – Art. 9 : catégories particulières (santé, grossesse, handicap, traitements)</li><li>10h30 – Certificats médicaux : ce que l'employeur peut savoir</li><li>13h30 – Cas pratiques : mails à la médecine du travail</li><li>15h30 – Canaux sécurisés (eBox, Fedsender)</li></ul>", 'Programme'))])

M('fr', 'absence-maladie-sans-motif', 'allow', [],
  'sick leave dates without any reason (doubtful per brief)',
  'Nathalie Renard <n.renard@wavre-test.be>', 'planning@interim-test.be',
  'Absence Mme Jacquet – remplacement',
  """Bonjour,

Mme Jacquet (service Urbanisme) sera absente pour maladie du 3 au 14 mars inclus. Pourriez-vous nous proposer un remplacement au guichet pour cette période ?
""" + SIG['grh'])

M('fr', 'communique-bourgmestre-parti', 'allow', [],
  'press release: elected mayor and party (public mandate)',
  'Service communication <communication@commune-test.be>', 'redaction@journal-test.be',
  'Communiqué – nouvelle majorité',
  """COMMUNIQUÉ DE PRESSE

Le conseil communal a installé ce lundi la nouvelle majorité MR-Engagés-Test. Le bourgmestre, Jean-Luc Moreau (MR-Test), a présenté la déclaration de politique générale ; l'échevine des Finances, Sophie Debacker (Les Engagés-Test), a annoncé un budget en équilibre.

L'opposition PS-Test, menée par Mme Anne Piette, a voté contre.

Contact presse : 010 23 03 99""")

M('fr', 'pv-conseil-communal', 'allow', [],
  'minutes of a council meeting with councillors (public mandates), DOCX table of votes',
  'Secrétariat communal <secretariat@commune-test.be>', 'publication@moniteur-test.be',
  'PV conseil communal du 23 février – publication',
  """Bonjour,

Veuillez trouver le procès-verbal approuvé pour publication sur le site.

Le Directeur général""",
  atts=[('PV_2026-02-23.docx', docx([
        '# Procès-verbal – séance du 23 février 2026',
        'Présents : M. Moreau, bourgmestre ; Mmes et MM. les conseillers.',
        'Point 4 – Règlement redevance stationnement.'],
        [[['Conseiller', 'Groupe', 'Vote'], ['J.-L. Moreau', 'MR-Test', 'oui'], ['S. Debacker', 'Engagés-Test', 'oui'],
          ['A. Piette', 'PS-Test', 'non'], ['K. Bastin', 'Ecolo-Test', 'abstention']]]))])

M('fr', 'marche-analyses-adn', 'allow', [],
  'tender for forensic DNA lab services, generic',
  'Cellule marchés publics <marches@justice-test.fgov.be>', 'offres@labo-forensique-test.be',
  'Marché 2026/JUST/014 – analyses ADN – questions/réponses',
  """Madame, Monsieur,

Réponses aux questions des soumissionnaires (CSC 2026/JUST/014, lot 2 : profils STR et Y-STR) :

Q1 : Le volume annuel est-il garanti ? – R : non, estimation 18 000 échantillons.
Q2 : Faut-il l'accréditation ISO 17025 ? – R : oui, pour les 24 loci du kit.
Q3 : Délai de rendu ? – R : 10 jours ouvrables, 48 h pour les urgences.

Date limite de dépôt inchangée : 15 avril, 10h00.

Cellule marchés publics""")

M('fr', 'facture-entreprise-iban', 'allow', [],
  'invoice with company IBAN and BCE number (organisation data)',
  'Comptabilité <compta@imprimerie-test.be>', 'factures@spf-test.fgov.be',
  'Facture 2026-0311 – impression brochures',
  f"""Madame, Monsieur,

Veuillez trouver ci-joint notre facture 2026-0311 (brochures « Vos droits sociaux », 5 000 ex.).

Montant : 3 872,00 EUR TVAC
À verser sur : {iban_be('310', '1834725', org=True)} (BIC BBRUBEBB) – Imprimerie Test SA, BCE 0456.789.123
Communication : +++090/9337/55493+++

Merci,
Imprimerie Test SA""")

M('fr', 'formulaire-vierge-handicap', 'allow', [],
  'blank disability declaration form with placeholders (ODT)',
  'Cellule Diversité <diversite@region-test.be>', 'rh@asbl-partenaire-test.be',
  'Modèle de déclaration d\'aménagement raisonnable',
  """Bonjour,

Voici notre modèle vierge, à adapter librement. Les champs entre crochets sont à compléter par l'agent, qui remet le formulaire sous pli fermé au conseiller en prévention.

Cellule Diversité""",
  atts=[('modele_amenagement.odt', odt([
        'Déclaration d\'aménagement raisonnable',
        'Nom : [NOM]        Prénom : [PRÉNOM]',
        'Service : [SERVICE]',
        'Nature de la limitation (facultatif) : [........................]',
        'Aménagement souhaité : [........................]',
        'Date et signature : [JJ/MM/AAAA]']))])

M('fr', 'protocole-recherche-discrimination', 'allow', [],
  'research protocol on ethnic discrimination in hiring, no subjects',
  'Prof. Émilie Rasson <e.rasson@univ-test.be>', 'ethique@univ-test-comite.be',
  'Soumission protocole – tests de situation à l\'embauche',
  """Madame la Présidente,

Je soumets au comité le protocole de l'étude « Origine et accès à l'emploi ». Méthode : envoi de paires de CV fictifs, identiques sauf le nom (consonance maghrébine, subsaharienne ou belge), à 1 200 offres publiées. Aucune personne réelle n'est concernée ; les employeurs ne sont pas identifiés dans les résultats.

Bien cordialement,
É. Rasson""",
  atts=[('protocole_v3.docx', docx(['# Protocole v3', 'Objectif : mesurer la discrimination selon l\'origine perçue.',
        'Population : offres d\'emploi (pas de participants humains).', 'Analyse : taux de rappel par groupe, régression logistique.'],
        [[['Groupe', 'CV envoyés', 'Hypothèse'], ['Nom belge', '1200', 'référence'], ['Nom maghrébin', '1200', 'rappel -30 %'], ['Nom subsaharien', '1200', 'rappel -35 %']]]))])

M('fr', 'reference-dossier-lookalike', 'allow', [],
  'file reference shaped like an NN that fails the mod-97 check',
  'Service Pensions <pensions@sfp-test.fgov.be>', 'notaire.dumont@notaires-test.be',
  'Votre demande – N/Réf. : ' + nn('850730', 124, bad=True, f=0),
  """Maître,

Nous accusons réception de votre demande d'information. Celle-ci étant relative à une personne dont vous n'êtes pas mandataire, nous ne pouvons y donner suite par courriel ; l'intéressé peut consulter son dossier sur MyPension.

Merci de rappeler la référence ci-dessus dans toute correspondance.

Service Pensions""")

M('fr', 'procedure-extrait-casier', 'allow', [],
  'explains how to get a criminal-record extract, no content',
  'Service population <population@commune-test.be>', 'info@club-sportif-test.be',
  'Extrait de casier judiciaire pour vos entraîneurs',
  """Bonjour,

Vos entraîneurs bénévoles doivent demander eux-mêmes un extrait modèle 2 (activités avec des mineurs) :
- en ligne via Just-on-web avec leur carte eID ;
- ou au guichet, sur rendez-vous, avec une lettre du club précisant l'activité.
L'extrait est gratuit. Le club ne peut pas le demander à leur place.

Service population""")

M('fr', 'changement-loi-ivg', 'allow', [],
  'note on a law change on abortion, generic',
  'Cellule juridique <juridique@sante-test.fgov.be>', 'federation@centres-planning-test.be',
  'Note – proposition de loi délai IVG',
  """Bonjour,

Pour information, la proposition de loi portant le délai de 12 à 18 semaines a été adoptée en commission Santé. Points principaux :
- suppression du délai de réflexion de 6 jours ;
- sanctions pénales supprimées pour la femme, maintenues pour l'entrave ;
- entrée en vigueur prévue le 1er septembre.

Cellule juridique""")

M('fr', 'stats-cultes-detenus', 'allow', [],
  'aggregate statistics on religious assistance in prisons',
  'Administration pénitentiaire <stats@epi-test.just.fgov.be>', 'recherche@institut-criminologie-test.be',
  'Demande de données – assistance religieuse',
  """Bonjour,

Voici les données agrégées demandées (nombre de demandes d'assistance par culte, par établissement, 2025). Pas de données individuelles.

Cordialement""",
  atts=[('assistance_cultes_2025.xlsx', xlsx({'2025': [
        ['Établissement', 'Catholique', 'Islam', 'Protestant', 'Orthodoxe', 'Laïque', 'Autre'],
        ['Haren', 212, 487, 41, 33, 158, 12], ['Lantin', 143, 301, 22, 17, 96, 9], ['Marche', 61, 88, 7, 4, 40, 2]]}))])

M('fr', 'circulaire-conge-syndical', 'allow', [],
  'circular on union leave rules, generic',
  'SPF BOSA <circulaires@bosa-test.fgov.be>', 'grh@institut-test.be',
  'Circulaire n° 712 – congé syndical et dispenses de service',
  """Aux services du personnel,

La circulaire 712 précise le régime des dispenses de service pour les mandataires des organisations syndicales représentatives (CGSP, CSC-SP, SLFP) :
- demande introduite par l'organisation, non par l'agent ;
- aucune mention de l'affiliation dans le dossier personnel ;
- contingent de 15 jours par an et par délégué.

SPF BOSA – Relations collectives""")

M('fr', 'conge-circonstance-sans-motif', 'allow', [],
  'HR leave approval without any reason',
  'GRH <grh@institut-test.be>', 'dossiers@secretariat-social-test.be',
  'Encodage congés – semaine 11',
  """Bonjour,

Merci d'encoder :

Matricule : 40211   Type : congé annuel        Du : 09/03   Au : 13/03
Matricule : 40356   Type : congé de circonstance  Du : 11/03  Au : 11/03
Matricule : 40402   Type : récupération        Du : 12/03   Au : 12/03

GRH""")

M('fr', 'calendrier-formation-lgbtqi', 'allow', [],
  'awareness training calendar on LGBTQI+, no individual',
  'Égalité des chances <egalite@region-test.be>', 'contact@rainbowhouse-test.be',
  'Calendrier des sensibilisations « Accueillir sans discriminer »',
  "Bonjour,\n\nVoici le calendrier des sessions 2026 (voir tableau).\n\nCellule Égalité",
  html="<p>Bonjour,</p>" + table_html([['Date', 'Public', 'Thème'], ['17/03', 'Agents d\'accueil', 'Orientation sexuelle et identité de genre : vocabulaire'],
        ['21/04', 'Travailleurs sociaux', 'Jeunes LGBTQI+ en rupture familiale'], ['19/05', 'Managers', 'Coming out au travail : rôle du chef']]) + "<p>Cellule Égalité</p>")

M('fr', 'zip-marche-garantie', 'allow', [],
  'tender documents ZIP with the administration\'s own IBAN for the guarantee',
  'Cellule marchés publics <marches@justice-test.fgov.be>', 'offres@labo-forensique-test.be',
  'Documents du marché 2026/JUST/014',
  """Bonjour,

Vous trouverez dans l'archive le cahier spécial des charges, l'inventaire et les instructions pour le cautionnement.

Cellule marchés""",
  atts=[('marche_2026_JUST_014.zip', zipf([
        ('CSC.txt', "Cahier spécial des charges 2026/JUST/014\nLot 1 : analyses toxicologiques\nLot 2 : profils ADN\n".encode()),
        ('inventaire.csv', csv([['poste', 'unité', 'quantité'], ['profil STR', 'échantillon', 18000], ['Y-STR', 'échantillon', 1500]])),
        ('cautionnement.txt', f"Le cautionnement (5 %) est versé à la Caisse des Dépôts et Consignations, compte {iban_be('679', '2005502', org=True)}.\n".encode())]))])

# ---------------- EN allow (tune)
M('en', 'dsa-template-biometric-readers', 'allow', [],
  'blank data sharing agreement template for biometric readers',
  'DPO office <dpo@fps-test.fgov.be>', 'legal@readers-vendor-test.example.com',
  'Draft DPA – biometric access readers',
  """Dear Ms Hall,

Attached is our standard data processing agreement for the fingerprint readers. Placeholders are in brackets; annex 2 lists the security measures we require (templates stored only on the badge, no central database, deletion within 30 days after departure).

Regards,
DPO office""",
  atts=[('DPA_template.docx', docx(['# Data Processing Agreement', 'Controller: [NAME OF ADMINISTRATION]', 'Processor: [VENDOR]',
        'Categories of data: biometric templates of [NUMBER] staff members (no images).', 'Retention: [..] days.'],
        [[['Field', 'Value'], ['Contact person', '[NAME]'], ['DPO', '[E-MAIL]'], ['Start date', '[DD/MM/YYYY]']]]))])

M('en', 'hospital-stats-province', 'allow', [],
  'aggregate hospitalisation statistics by province in HTML table',
  'Anouk de Vries <a.devries@socsec-test.fgov.be>', 'research@healthobs-test.example.org',
  'Psychiatric admissions 2025 by province',
  "Dear colleagues,\n\nThe aggregates are in the HTML part.\n" + SIG['en1'],
  html="<p>Dear colleagues,</p><p>Aggregated psychiatric admissions 2025 (counts below 10 suppressed):</p>" + table_html([
        ['Province', 'Admissions', 'Avg stay (days)', 'Involuntary'], ['Antwerp', '9,412', '27', '1,103'], ['Liège', '6,870', '31', '892'],
        ['Luxembourg', '1,204', '24', '<10']]))

M('en', 'vendor-quote-company-iban', 'allow', [],
  'vendor quote with company IBAN; order number that fails Luhn',
  'Procurement <procurement@agency-test.be>', 'sales@labsupplies-test.nl',
  'RE: Quote Q-2026-118 – saliva collection kits',
  f"""Hello Mark,

We accept quote Q-2026-118 (2,000 saliva collection kits). Our PO is {card('450012345678901', bad=True, f=1)}; please quote it on the invoice.

Payment will go to the account on your letterhead, {iban_nl('RABO', '0312345678', org=True)} (Lab Supplies Test B.V., KvK 61234567).

Regards,
Procurement""" + qen("""Please find our quote for 2,000 kits at EUR 4.10 each. Mark, Lab Supplies Test B.V.""", 'Mark Dekker', 'Fri 27 Feb 2026'))

M('en', 'seminar-criminal-records-db', 'allow', [],
  'thread organising a seminar on criminal records procedures, no individual',
  'Justice Training <training@justice-test.fgov.be>', 'speakers@ecris-network-test.eu',
  'Re: ECRIS seminar – agenda',
  """Hi Elena,

Fine for us. Final agenda:
09:30 How ECRIS exchanges conviction data between Member States
11:00 Model 1 vs model 2 extracts: who can request what
14:00 Retention and rehabilitation (erasure) rules
15:30 Q&A

Best,
Justice Training""" + qen("""Could we add a slot on rehabilitation rules? Elena""", 'Elena Rossi', 'Tue 3 Mar 2026'))

M('en', 'alderman-press-release', 'allow', [],
  'press release quoting an alderman with party (public mandate)',
  'Communications <press@city-test.be>', 'newsdesk@brusselstimes-test.be',
  'Press release: new cycling plan',
  """PRESS RELEASE – for immediate release

Alderman for Mobility Bram Segers (Groen-Test) presented the 2026–2030 cycling plan today. "We want a safe route to every school," Segers said. The opposition N-VA-Test group, led by councillor Ellen Maes, criticised the cost.

Press contact: +32 3 338 11 22""")

M('en', 'genetic-study-protocol-consent', 'allow', [],
  'research protocol and blank consent form for a genetic study, no participants',
  'Clinical Trials Office <cto@uzt-test.be>', 'ethics@ec-test.be',
  'Submission – protocol GEN-CARDIO-02',
  """Dear Committee,

Please find the protocol and the blank informed consent form for GEN-CARDIO-02 (whole-exome sequencing in familial cardiomyopathy). Recruitment has not started; no participant data is included.

Kind regards,
CTO""",
  atts=[('GEN-CARDIO-02_consent_blank.pdf', pdf(['Informed consent – GEN-CARDIO-02', 'Participant name: ____________________',
        'Date of birth: ___/___/______', '[ ] I agree that my DNA is sequenced.', '[ ] I want to be informed of incidental findings.',
        'Signature: ____________________'], 'Consent'))])

M('en', 'annual-leave-approved', 'allow', [],
  'HR leave approval with no reason',
  'HR Helpdesk <hr@agency-test.be>', 'payroll@sdworx-test.example.com',
  'Leave approvals March',
  """Hi,

Approved in the tool this week, for your records:
- K. Wouters, annual leave 16–20 March
- L. Dhondt, unpaid leave 1–30 April (career break, no reason required)
- S. Aerts, 2 days compensatory leave

Thanks,
HR Helpdesk""")

M('en', 'nl-procedure-bsn-lookalike', 'allow', [],
  'Dutch procedure mail with an order reference that fails the 11-test',
  'Jeroen Bakker <j.bakker@zuidhaven-test.nl>', 'servicedesk@leverancier-test.nl',
  'Ticket ' + bsn('12345679', bad=True) + ' – eBox koppeling',
  """Hello,

Regarding ticket above: we do not want BSNs in e-mail at all. The link must use the DigiD-authenticated portal; please change the template so that citizens are asked to log in instead of replying with their number.
""" + SIG['nl'])

M('en', 'ethnic-stats-aggregate', 'allow', [],
  'aggregate statistics on migration background, no individual',
  'Statistics Unit <stats@integration-test.be>', 'data@eurostat-test.eu',
  'Migration background indicators 2025',
  "Dear colleagues,\n\nAttached the indicator table (ODS).\n" + SIG['en2'],
  atts=[('indicators_2025.ods', ods([['Region', 'Belgian origin %', 'EU origin %', 'Non-EU origin %'],
        ['Flanders', '73.1', '9.8', '17.1'], ['Wallonia', '70.4', '14.2', '15.4'], ['Brussels', '25.6', '23.9', '50.5']], 'Indicators'))])

M('en', 'religious-holidays-calendar', 'allow', [],
  'calendar of religious holidays for exam planning, generic',
  'Exams Office <exams@school-test.be>', 'coordination@schoolnet-test.be',
  'Exam planning – religious holidays 2026',
  """Hello all,

Please avoid scheduling exams on these dates:
- Eid al-Fitr: 20 March (approx.)
- Passover: 2–3 April
- Orthodox Easter: 12 April
- Eid al-Adha: 27 May (approx.)
- Yom Kippur: 21 September

Students may request an alternative date; no justification beyond the date is needed.

Exams Office""")

M('en', 'circular-electronic-monitoring', 'allow', [],
  'generic circular on electronic monitoring procedure',
  'Justice Houses Directorate <directorate@justicehouses-test.be>', 'partners@reintegration-network-test.be',
  'Updated procedure – electronic monitoring and training schedules',
  """Dear partners,

From 1 April, changes to the schedule of a person under electronic monitoring must be requested by the justice assistant through the secure portal, not by e-mail. Training providers only receive the approved time slots, never the sentence or the offence.

A webinar explaining the new form takes place on 25 March.

Justice Houses Directorate""")

M('en', 'fee-payment-instructions', 'allow', [],
  'payment instructions for a fee owed to the institution (organisation IBAN)',
  'Registry Office <registry@court-test.be>', 'office@lawfirm-test.example.com',
  'Registration fee – case list 2026/0381',
  f"""Dear Counsel,

The registration fee (EUR 165) for case list 2026/0381 must be paid before the hearing to the court registry account:

Beneficiary: Court Registry Test – Fees
IBAN: {iban_be('679', '2006612', org=True, f=0)}
BIC: PCHQBEBB
Reference: 2026/0381

No personal data is required in the payment reference.

Registry Office""")
