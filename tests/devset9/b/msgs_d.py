from common import *

# ---------------- test / allow ----------------
M('fr', 'loi-eid-empreintes', 'allow', [],
  'note on a law change on fingerprints in the eID chip, generic',
  'Sophie Lambert <sophie.lambert@ibz.test.fgov.be>', 'info@ligue-droits-test.be',
  'RE: Loi du 25 novembre – empreintes sur la carte d\'identité',
  """Madame,

En réponse à votre question : la loi prévoit que deux empreintes digitales sont enregistrées sur la puce de la carte d'identité électronique, et uniquement sur la puce. La conservation temporaire au Registre national est limitée à trois mois, le temps de la production et de la remise de la carte. Aucune base de données centrale des empreintes n'est créée.

Les recours pendants devant la Cour constitutionnelle ne sont pas suspensifs.
""" + SIG['ibz'])

M('fr', 'stats-quota-handicap-agregees', 'allow', [],
  'aggregated disability-quota statistics, no names',
  'Cellule Diversité <diversite@region-test.be>', 'observatoire@emploi-test.be',
  'Quota 2025 – chiffres agrégés',
  "Bonjour,\n\nVoici les chiffres agrégés par administration. Aucune donnée nominative.\n\nCellule Diversité",
  atts=[('quota_2025_agrege.xlsx', xlsx({'Quota': [
        ['Administration', 'ETP', 'Agents reconnus', 'Taux'],
        ['Mobilité', 612, 17, '2,78 %'], ['Environnement', 438, 9, '2,05 %'], ['Emploi', 1204, 33, '2,74 %']]}))])

M('fr', 'webinaire-biometrie-rgpd', 'allow', [],
  'webinar invitation on biometric data and GDPR',
  'Réseau DPO <reseau.dpo@bosa-test.fgov.be>', 'dpo@communes-test.be',
  'Webinaire 26 mars – pointeuses biométriques : est-ce légal ?',
  """Chers DPO,

Le prochain webinaire portera sur les systèmes de pointage par empreinte digitale ou reconnaissance faciale :
• la position de l'APD (données biométriques = art. 9 RGPD) ;
• les alternatives (badge, code PIN) ;
• la DPIA type.

Inscription : https://www.bosa-test.fgov.be/webinaires

Réseau DPO fédéral""")

M('fr', 'pv-comite-concertation', 'allow', [],
  'minutes of a union consultation committee naming organisations, not members',
  'Secrétariat du comité <comite.concertation@spf-test.fgov.be>', 'secretariat@bosa-test.fgov.be',
  'PV comité de concertation de base – 18 février',
  """Bonjour,

Ci-joint le PV approuvé.

Secrétariat du comité""",
  atts=[('PV_comite_2026-02-18.odt', odt([
        'Comité de concertation de base – séance du 18 février 2026',
        'Présents : la délégation de l\'autorité ; les délégations de la CGSP, de la CSC-Services publics et du SLFP.',
        'Point 1 : télétravail structurel – avis favorable unanime.',
        'Point 2 : nouveau règlement de travail – les organisations syndicales demandent un report.',
        'Prochaine séance : 25 mars 2026.']))])

M('fr', 'marche-lecteurs-biometriques', 'allow', [],
  'tender award notice for biometric readers with company BCE',
  'Cellule marchés <marches@spf-test.fgov.be>', 'offres@securaccess-test.eu',
  'Attribution marché 2026/FAC/007 – lecteurs biométriques',
  """Madame, Monsieur,

Nous avons le plaisir de vous informer que le marché 2026/FAC/007 (fourniture de 40 lecteurs d'accès à empreinte digitale, stockage du gabarit sur badge uniquement) est attribué à SecurAccess Test SRL (BCE 0712.345.678).

Le délai d'attente de 15 jours court à partir de ce jour.

Cellule marchés""")

M('fr', 'appel-projets-primo-arrivants', 'allow', [],
  'call for projects on integration, generic criteria on origin',
  'Cohésion sociale <cohesion@region-test.be>', 'asbl@reseau-integration-test.be',
  'Appel à projets 2026 – parcours d\'intégration',
  """Madame, Monsieur,

L'appel à projets 2026 est ouvert jusqu'au 30 avril. Public cible : personnes primo-arrivantes, quelle que soit leur origine ou leur conviction. Les projets ne peuvent pas collecter l'origine ethnique ni la religion des participants ; seuls des indicateurs agrégés (nombre de participants, niveau de langue) sont demandés.

Formulaire en ligne et FAQ sur le site.

Cohésion sociale""")

M('fr', 'note-reforme-casier', 'allow', [],
  'policy note on criminal-record reform, generic',
  'Cellule stratégique Justice <cellule@justice-test.fgov.be>', 'barreau@ordre-test.be',
  'Note – réforme de l\'effacement des condamnations',
  """Mesdames, Messieurs,

Pour information, l'avant-projet simplifie l'effacement des condamnations :
- effacement automatique des peines de police après 3 ans ;
- réhabilitation sans délai d'épreuve pour les peines de travail exécutées ;
- l'extrait modèle 1 ne mentionnera plus les suspensions du prononcé.

Consultation des parties prenantes jusqu'au 15 avril.

Cellule stratégique Justice""")

M('fr', 'modele-certificat-vierge', 'allow', [],
  'blank medical certificate template (placeholders), DOCX table',
  'Service du personnel <personnel@province-test.be>', 'rh@ecole-provinciale-test.be',
  'Nouveau modèle de certificat médical (sans diagnostic)',
  """Bonjour,

Le nouveau modèle est joint : il ne comporte plus de rubrique « diagnostic », conformément à la réglementation. Merci de retirer l'ancien formulaire de vos intranets.

Service du personnel""",
  atts=[('modele_certificat.docx', docx(['# Certificat d\'incapacité de travail',
        'Je soussigné(e), docteur en médecine, certifie avoir examiné :'],
        [[['Rubrique', 'À compléter'], ['Nom du travailleur', '[NOM Prénom]'], ['Incapacité du', '[JJ/MM/AAAA]'], ['au', '[JJ/MM/AAAA]'],
          ['Sortie autorisée', '[oui/non]'], ['Signature et cachet', '[.....]']]]))])

M('fr', 'lots-references-lookalike', 'allow', [],
  'XLSX of file references shaped like NN/BIS that fail the checksum',
  'Archives <archives@spf-test.fgov.be>', 'logistique@archivage-test.be',
  'Enlèvement des boîtes – références',
  """Bonjour,

Voici les références des boîtes à enlever jeudi (format interne AA.MM.JJ-NNN.CC, ce ne sont pas des numéros de registre national).

Archives""",
  atts=[('boites.xlsx', xlsx({'Boîtes': [
        ['Référence', 'Contenu', 'Étage'],
        [nn('120301', 5, bad=True, f=0), 'marchés 2012', '-1'],
        [nn('130415', 11, bad=True, f=0), 'comptabilité 2013', '-1'],
        [bis('140622', 3, bad=True, f=0), 'RH – dossiers clôturés', '-2']]}))])

M('fr', 'facture-asbl-pdf', 'allow', [],
  'invoice PDF with the non-profit\'s own IBAN and BCE',
  'ASBL Formations Test <compta@formations-asbl-test.be>', 'factures@cpas-test.be',
  'Facture F26-044 – formation premiers secours',
  "Bonjour,\n\nVeuillez trouver notre facture en annexe.\n\nBien à vous,\nASBL Formations Test",
  atts=[('F26-044.pdf', pdf(['ASBL Formations Test – BCE 0478.123.456', 'Facture F26-044 – 2 sessions premiers secours (12 participants)',
        'Total : 1 440,00 EUR (exonéré TVA art. 44)', f"IBAN : {iban_be('068', '2417953', org=True)} – BIC GKCCBEBB",
        'Communication : F26-044'], 'Facture'))])

M('fr', 'incapacite-sans-motif', 'allow', [],
  'incapacity dates without reason (doubtful per brief)',
  'Responsable d\'équipe <chef.equipe@spf-test.fgov.be>', 'planning@bureau-externe-test.be',
  'Planning – absence Thomas',
  """Bonjour,

Thomas Closset est en incapacité de travail jusqu'au 20 mars inclus (certificat reçu par la GRH). Pouvez-vous répartir ses permanences du mardi sur l'équipe ?

Merci,
Vincent""")

M('fr', 'reponse-citoyen-ebox', 'allow', [],
  'reply to a citizen redirecting to eBox, no personal data beyond name',
  'Service Pensions <pensions@sfp-test.fgov.be>', 'a.renson@mail-test.be',
  'RE: état de mon dossier',
  """Madame Renson,

Pour des raisons de sécurité, nous ne communiquons pas le détail des dossiers par courriel. Vous trouverez l'état de votre dossier sur MyPension (connexion avec eID ou itsme) ; notre réponse officielle vous a été envoyée dans votre eBox.

Service Pensions""" + q("""Bonjour, où en est mon dossier de pension ? Merci, Annick Renson""", 'Annick Renson', 'Le 2 mars 2026 à 19:44'))

M('fr', 'communique-ministre-prevention', 'allow', [],
  'press release: minister\'s public statement on a health plan',
  'Cabinet Santé <presse@cabinet-sante-test.be>', 'redaction@agence-presse-test.be',
  'Communiqué – plan de prévention du suicide 2026-2030',
  """COMMUNIQUÉ DE PRESSE

La ministre de la Santé, Mme Catherine Delvigne (Les Engagés-Test), a présenté ce matin le plan de prévention du suicide : 12 millions d'euros pour les lignes d'écoute, le remboursement de 20 séances de psychologue de première ligne et une formation des médecins généralistes.

« La santé mentale n'est pas un tabou », a déclaré la ministre.

Contact presse : 02 220 21 11""")

M('fr', 'odj-conseil-mandataires', 'allow', [],
  'council agenda with councillors\' parties (public mandates), ODT',
  'Secrétariat communal <secretariat@commune-test.be>', 'conseillers@liste-diffusion-test.be',
  'Ordre du jour du conseil du 30 mars',
  "Bonjour,\n\nOrdre du jour en annexe.\n\nLe Directeur général",
  atts=[('ODJ_2026-03-30.odt', odt(['Conseil communal – 30 mars 2026 – ordre du jour',
        '1. Interpellation de M. Karim Bastin (Ecolo-Test) sur la sécurité routière',
        '2. Motion du groupe PS-Test (Mme Anne Piette) relative au CPAS',
        '3. Question de M. Luc Hardy (MR-Test) sur le budget 2026']))])

M('fr', 'financement-cultes-budget', 'allow', [],
  'budget of recognised religions, aggregate',
  'Service des cultes <cultes@justice-test.fgov.be>', 'cour.comptes@cdc-test.be',
  'Budget 2026 – traitements des ministres des cultes',
  "Bonjour,\n\nChiffres demandés ci-dessous (CSV joint).\n\nService des cultes",
  atts=[('cultes_2026.csv', csv([['Culte', 'Postes', 'Budget (k€)'], ['Catholique', 2488, '82 100'],
        ['Islamique', 91, '3 210'], ['Protestant-évangélique', 116, '3 980'], ['Orthodoxe', 42, '1 350'], ['Israélite', 30, '1 040'],
        ['Anglican', 12, '410'], ['Laïcité organisée', 318, '11 200']]))])

M('fr', 'colloque-genetique-logistique', 'allow', [],
  'thread on conference logistics about genetics, professional contacts only',
  'Secrétariat scientifique <colloque@sciensano-test.be>', 'traiteur@events-test.be',
  'Re: Re: Colloque « Génomique et santé publique » – salle et repas',
  """Bonjour Monsieur Lebrun,

Parfait, nous confirmons 140 couverts le 22 avril, dont 18 végétariens. Les orateurs (Pr Hendrickx, KU Test ; Dr Okafor, ULB Test) arriveront la veille.

Secrétariat scientifique
Tél. +32 2 642 51 11""" + q("""Nous pouvons proposer la salle Darwin (150 places) et un lunch assis. Combien de personnes ?
F. Lebrun – Events Test""", 'F. Lebrun', 'Le 2 mars 2026 à 15:20'))

M('fr', 'procedure-declaration-grossesse', 'allow', [],
  'generic HR procedure on declaring pregnancy, no individual',
  'GRH <grh@institut-test.be>', 'intranet@prestataire-web-test.be',
  'Texte intranet – protection de la maternité (à publier)',
  """Bonjour,

Merci de publier le texte suivant dans la rubrique « Vos droits » :

« Les agentes enceintes sont invitées à informer le service du personnel dès que possible afin que le conseiller en prévention évalue les risques du poste. La déclaration se fait via le formulaire en ligne ; aucun certificat détaillé n'est demandé. Le congé prénatal peut débuter six semaines avant la date présumée de l'accouchement. »

GRH""")

M('fr', 'zip-budget-facture-fournisseur', 'allow', [],
  'ZIP with budget ODS and attached supplier invoice mail (company IBAN)',
  'Comptabilité <comptabilite@commune-test.be>', 'expert@reviseurs-test.be',
  'Pièces justificatives – exercice 2025',
  """Bonjour,

L'archive contient le tableau budgétaire et la facture du fournisseur (mail d'origine inclus).

Comptabilité""",
  atts=[('pieces_2025.zip', zipf([
        ('budget.ods', ods([['Article', 'Libellé', 'Crédit'], ['104/123-13', 'Frais de formation', '12 000'], ['104/124-02', 'Fournitures', '8 500']], 'Budget'))])),
        ('facture_fournisseur.eml', mail(1010, 'Bureautique Test SA <factures@bureautique-test.be>', 'comptabilite@commune-test.be',
        'Facture 25-9912', f"""Madame, Monsieur,

Facture 25-9912 : 40 chaises de bureau, 6 120,00 EUR TVAC.
Paiement à 30 jours sur notre compte {iban_be('734', '0251190', org=True, f=0)} – Bureautique Test SA, TVA BE 0401.234.567.

Service facturation""", sub=1))])

# ---------------- EN allow (test)
M('en', 'egates-steering-minutes', 'allow', [],
  'minutes of a steering committee on e-gates, attendees by function',
  'PMO Borders <pmo@police-test.be>', 'members@egates-steering-test.eu',
  'Minutes – e-gates steering committee #7',
  """Dear members,

Minutes of meeting #7 (26 February):
Attendees: programme manager (chair), DPO, airport operator, vendor project lead.
1. False-reject rate at the gates is 3.1% (target 2%). Vendor to retune thresholds.
2. Facial templates are deleted after 24 hours; DPO confirms the DPIA is up to date.
3. Next meeting 26 March.

PMO Borders""")

M('en', 'tender-sequencers-clarification', 'allow', [],
  'tender clarification for DNA sequencing equipment',
  'Procurement <procurement@sciensano-test.be>', 'tenders@genomics-vendor-test.example.com',
  'Tender 2026-SEQ-02 – clarification no. 3',
  """Dear tenderers,

Clarification no. 3: the required throughput is 48 whole genomes per run at 30x. Bids must include on-site training for 6 lab technicians and a data-deletion procedure at end of contract. Sample data will not be provided for benchmarking; tenderers may use public reference genomes.

Deadline unchanged: 17 April, 12:00 CET.

Procurement""")

M('en', 'convictions-by-offence-stats', 'allow', [],
  'aggregate conviction statistics CSV',
  'Statistics Unit <stats@justice-test.fgov.be>', 'researcher@criminology-test.example.org',
  'Convictions 2024 by offence type',
  "Hello,\n\nAttached the aggregate table as requested. Counts below 5 are masked.\n\nStatistics Unit",
  atts=[('convictions_2024.csv', csv([['offence', 'convictions', 'suspended', 'community_service'],
        ['theft', 18420, 6110, 2214], ['drug offences', 9512, 3120, 1180], ['assault', 7730, 2905, 960], ['fraud', 2104, 880, '<5']], sep=','))])

M('en', 'workshop-diversity-bias', 'allow', [],
  'training invitation on ethnic diversity and bias',
  'Learning & Development <learning@fps-test.fgov.be>', 'trainer@inclusion-academy-test.example.com',
  'Booking confirmation – "Unconscious bias in recruitment" workshop',
  """Hi Sam,

Confirming two sessions (14 and 28 April) for 20 selection panel members each. Content as discussed: how ethnic origin, accent and religious symbols influence interview scoring, and how structured interviews reduce it. No participant data will be shared beforehand.

Invoice to our central address, PO to follow.

L&D team""")

M('en', 'minister-statement-religion-schools', 'allow', [],
  'public statement of a minister on religion classes',
  'Press Office <press@education-test.be>', 'newsroom@broadcaster-test.example.com',
  'Statement by the Minister of Education on philosophy classes',
  """STATEMENT

Minister of Education Valérie Glatigny-Test (MR-Test) said today: "From September, every pupil will have one hour of citizenship and philosophy, and religion classes will be optional." The reform covers Catholic, Protestant, Jewish, Islamic, Orthodox and Anglican religion classes and non-confessional ethics.

Press Office""")

M('en', 'sexual-health-survey-protocol', 'allow', [],
  'survey protocol and blank questionnaire on sexual health, no respondents',
  'Research Unit <research@health-test.be>', 'fieldwork@survey-agency-test.example.com',
  'Sexual Health Survey 2026 – questionnaire for programming',
  """Dear team,

Please program the attached questionnaire (version 4, approved by the ethics committee). Responses are anonymous; no names, addresses or IP addresses may be stored. Fieldwork starts after the pilot.

Research Unit""",
  atts=[('SHS2026_questionnaire_v4.html', html("<h1>Sexual Health Survey 2026</h1><ol><li>Age group: [ ] 18-24 [ ] 25-34 [ ] 35+</li><li>How would you describe your sexual orientation? [ ] heterosexual [ ] gay/lesbian [ ] bisexual [ ] other [ ] prefer not to say</li><li>Have you had an HIV test in the last 12 months? [ ] yes [ ] no</li></ol>", 'SHS2026'))])

M('en', 'invoice-xlsx-company-iban', 'allow', [],
  'XLSX invoice with company IBAN; invoice number that fails Luhn',
  'Billing <billing@cloudhost-test.example.com>', 'accounts@agency-test.be',
  'Invoice for March – hosting',
  "Dear customer,\n\nYour invoice is attached.\n\nBilling team",
  atts=[('invoice_march.xlsx', xlsx({'Invoice': [
        ['Invoice no.', card('400000123456789', bad=True, f=1)], ['Customer', 'Agency Test (BCE 0267.654.321)'],
        ['Service', 'Managed hosting, March 2026'], ['Amount', 'EUR 2,450.00'],
        ['Pay to', iban_nl('ABNA', '0417164300', org=True, f=1)], ['Account holder', 'CloudHost Test B.V.']]}))])

M('en', 'sick-leave-no-reason', 'allow', [],
  'sick leave without medical reason (doubtful per brief)',
  'Line manager <s.janssens@agency-test.be>', 'accountmanager@consulting-partner-test.example.com',
  'Workshop on Thursday – replacement',
  """Hi Jan,

Sofie is off sick this week, so Bram will run Thursday's workshop instead. Same slides, same room.

Stefan""")

M('en', 'nl-product-codes-lookalike', 'allow', [],
  'CSV of 9-digit article codes that fail the 11-test; procedure on secure channels',
  'Jeroen Bakker <j.bakker@zuidhaven-test.nl>', 'orders@officesupplies-test.nl',
  'Order – article codes',
  "Hello,\n\nPlease deliver the articles in the attached list to the town hall, desk 3.\n" + SIG['nl'],
  atts=[('order.csv', csv([['article', 'description', 'qty'],
        [bsn('11223344', bad=True), 'archive box A4', 200], [bsn('55667788', bad=True), 'label printer tape', 12]], sep=','))])

M('en', 'fwd-vog-procedure', 'allow', [],
  'forwarded explanation of how to request a certificate of conduct, no content',
  'Volunteer Coordinator <vrijwilligers@zuidhaven-test.nl>', 'board@sportclub-test.nl',
  'Fwd: VOG for youth coaches',
  """Dear board,

See below the explanation from Justis on how your coaches can get their VOG (certificate of conduct).

Regards,
Volunteer Coordinator""" + fwd_en('Justis Helpdesk <info@justis-test.nl>', 'Tue, 3 Mar 2026 10:11', 'Re: VOG for youth coaches', 'vrijwilligers@zuidhaven-test.nl',
  """The organisation submits the request online with the screening profile "working with minors"; the volunteer then completes it with DigiD. Under the free VOG scheme, there is no cost. We never send the outcome to the organisation by e-mail: the applicant receives the certificate by post."""))

M('en', 'party-financing-note', 'allow', [],
  'policy note on party financing law with MPs\' public positions',
  'Parliamentary Liaison <liaison@chancellery-test.be>', 'analysts@thinktank-test.example.org',
  'Party financing bill – state of play',
  """Dear colleagues,

State of play on the party financing bill: the committee adopted the text 9-7. Rapporteur Kathleen Depoorter-Test (N-VA-Test) defended the 10% cut in public funding; Ahmed Laaouej-Test (PS-Test) announced an amendment on donations. Plenary vote expected 26 March.

Parliamentary Liaison""")

M('en', 'eml-dpo-network-invite', 'allow', [],
  'attached meeting invitation for a DPO network on Art. 9 data, signatures only',
  'DPO office <dpo@fps-test.fgov.be>', 'dpo@region-test.example.eu',
  'Fwd: DPO network – special categories workshop',
  """Hi Ingrid,

Forwarding the invitation (attached) in case your team wants to join.

DPO office""",
  atts=[('invitation.eml', mail(1040, 'DPO Network <network@dpo-test.example.eu>', 'dpo@fps-test.fgov.be',
        'Invitation: workshop on special categories of data', """Dear DPOs,

Our next workshop (15 April, 14:00, online) covers health, biometric and genetic data in HR processes: what a DPIA must contain, and why such data never travels by plain e-mail.

Speakers: Dr Ana Ribeiro, DPO, Hospital Network Test (+351 21 000 0000); Mr Jef Smets, legal adviser, FPS Test.

DPO Network secretariat""", sub=1))])
