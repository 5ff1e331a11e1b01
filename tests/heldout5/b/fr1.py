from lib import *
MSGS = []
def M(n, slug, action, ents, note, frm, to, subj, body, nums=(), atts=(), html=None, lang='fr'):
    MSGS.append(dict(n=n, lang=lang, slug=slug, action=action, ents=list(ents), note=note, frm=frm, to=to,
                     subj=subj, body=body, nums=list(nums), atts=list(atts), html=html))
SIG_CPAS = "\n--\nSylvie Marchal\nAssistante sociale - CPAS de Namur\nRue de Dave 165, 5100 Jambes\n081 33 71 20\n"
n1 = nn(1958, 11, 4, 187)
M(81, 'cpas-diabete-hospitalisation', 'block', ['ART9_HEALTH', 'BE_NATIONAL_NUMBER'], 'patient named with NN and insulin-dependent diabetes',
  's.marchal@cpas-namur.be', 'admissions@chr-mosan.example.be', 'Admission de M. Lambert',
  "Bonjour,\n\nNous vous adressons M. Georges Lambert (NN %s) pour son admission de lundi. Il est diabétique de type 1 sous insuline (Lantus 24 UI le soir) et présente un ulcère au pied gauche.\nLe CPAS prend en charge les frais non couverts.\n\nCordialement%s" % (n1, SIG_CPAS),
  nums=[('be_nn', n1, True)])
M(82, 'circulaire-conges-maladie', 'allow', [], 'generic procedure on sick leave certificates, no individual',
  'grh@commune-ottignies.be', 'personnel@csc-brabant.example.be', 'Circulaire 2026/04 - certificats médicaux',
  "Madame, Monsieur,\n\nVeuillez trouver ci-joint la circulaire relative à la transmission des certificats médicaux. Le certificat ne mentionne jamais le diagnostic ; il est adressé au service du personnel dans les 48 heures. Le médecin contrôleur peut être mandaté par l'employeur.\n\nLe service GRH",
  atts=[P('circulaire-2026-04.pdf', ["Circulaire 2026/04 - Absences pour maladie", "1. Le membre du personnel avertit son responsable avant 9h.", "2. Le certificat médical est transmis dans les 48 heures, sans mention du diagnostic.", "3. Un contrôle médical peut être organisé par Certimed."])])
M(83, 'ecole-pms-tdah', 'block', ['ART9_HEALTH'], 'pupil named, ADHD diagnosis and medication',
  'direction@ecole-les-tilleuls.example.be', 'centre@pms-wavre.example.be', 'Suivi élève Noah Bertrand (3e primaire)',
  "Bonjour Madame Lenoir,\n\nComme convenu, je vous transmets quelques éléments pour Noah Bertrand (3B). Le neuropédiatre a posé un diagnostic de TDAH en janvier ; il prend de la Rilatine 10 mg le matin, que l'infirmière lui donne à 10h. Les parents souhaitent un aménagement pour les évaluations.\n\nBien à vous,\nCatherine Dubois, directrice")
M(84, 'formation-rgpd-art9', 'allow', [], 'training calendar about special categories in general',
  'formation@spf-bosa.example.be', 'referents-rgpd@wallonie.example.be', 'Formation : données sensibles (art. 9 et 10 RGPD)',
  "Bonjour,\n\nLa prochaine session « Traiter les données sensibles » aura lieu le 24 mars (9h-12h30, WTC III). Au programme : santé, origine ethnique, opinions politiques, convictions religieuses, affiliation syndicale, données génétiques et biométriques, vie sexuelle, données pénales ; bases légales ; analyses d'impact.\n\nInscriptions via le portail OFO.\n\nCellule formation")
M(85, 'police-pv-vol-parquet', 'block', ['ART10_CRIMINAL'], 'named suspect of theft with prior convictions',
  'pv.zone@police-mons-quevy.example.be', 'parquet.mons@just.example.be', 'PV MO.55.L1.004512/2026 - vol à l\'étalage',
  "Monsieur le Substitut,\n\nCi-joint le procès-verbal concernant le vol commis le 27/02 au Carrefour de Jemappes.\n\nInspecteur principal R. Delvaux",
  atts=[D('PV-004512-2026.docx', ["Procès-verbal d'audition", "Suspect : Kevin Mortier, né le 12/06/1994, domicilié rue de la Station 8, 7012 Jemappes.", "Faits : vol de marchandises pour 214 EUR, interpellé par le service de sécurité.", "Antécédents : déjà condamné en 2022 par le tribunal correctionnel de Mons (8 mois avec sursis) pour recel."])])
M(86, 'stats-absences-services', 'allow', [], 'aggregated counts of absences per department',
  'stat@ville-liege.example.be', 'observatoire@iweps.example.be', 'Statistiques absentéisme 2025',
  "Bonjour,\n\nVoici les chiffres agrégés d'absentéisme 2025 par département (jours et taux). Aucune donnée individuelle.\n\nService statistique",
  atts=[X('absenteisme-2025.xlsx', [('Département', 'ETP', 'Jours maladie', 'Taux'), ('Travaux', 312, 4120, '5,2 %'), ('Propreté', 188, 3050, '6,4 %'), ('Administration', 420, 3380, '3,2 %')])])
n5 = nn(1987, 3, 19, 245)
M(87, 'prison-bracelet-cpas', 'block', ['ART10_CRIMINAL', 'BE_NATIONAL_NUMBER'], 'detainee named with NN, conditional release under electronic monitoring',
  'sps.marche@just.example.be', 'accueil@cpas-marche.example.be', 'Sortie de M. Renard - demande de RIS',
  "Madame,\n\nM. Julien Renard (%s), actuellement détenu à la prison de Marche-en-Famenne, sera libéré le 16 mars sous surveillance électronique (bracelet) pour le reste de sa peine de 3 ans. Il sollicitera un revenu d'intégration auprès de vos services.\n\nService psychosocial" % n5,
  nums=[('be_nn', n5, True)])
M(88, 'formulaire-vierge-grossesse', 'allow', [], 'blank form with placeholders',
  'grh@province-luxembourg.example.be', 'secretariat@sodexo-benefits.example.be', 'Modèle de déclaration de grossesse',
  "Bonjour,\n\nVoici le modèle vierge que nous utilisons, pour intégration dans votre portail.\n\nCordialement,\nSPRL GRH",
  atts=[D('modele-declaration-grossesse.docx', ["Déclaration de grossesse", "Nom : ____________  Prénom : ____________", "Date présumée de l'accouchement : __/__/____", "Signature du médecin : ____________"], [('Champ', 'Valeur'), ('Numéro de registre national', '[NN]'), ('Service', '[SERVICE]')])])
M(89, 'liste-affiliation-syndicale', 'block', ['ART9_TRADE_UNION'], 'table of named employees with union column',
  'paie@commune-seraing.example.be', 'support@securex-paie.example.be', 'Retenues cotisations syndicales mars',
  "Bonjour,\n\nMerci d'appliquer les retenues selon le fichier joint (colonne Organisation syndicale).\n\nService paie",
  atts=[X('retenues-syndicales-03.xlsx', [('Matricule', 'Nom', 'Organisation syndicale', 'Montant'), ('10452', 'Pirotte Anne', 'CGSP', 14.5), ('10788', 'Demarteau Luc', 'CSC-Services publics', 13.9), ('11021', 'Yilmaz Sevgi', 'SLFP', 12.0)])])
v_vat = be_vat('4419270')
i_org = iban_be('091', '0123455')
M(90, 'facture-sa-iban', 'allow', [], 'invoice with the company own IBAN and VAT number',
  'facturation@imprimerie-delcourt.example.be', 'comptabilite@commune-ath.example.be', 'Facture 2026-0311',
  "Madame, Monsieur,\n\nVeuillez trouver notre facture 2026-0311 (impression du bulletin communal).\nImprimerie Delcourt SA - TVA %s\nIBAN %s - BIC GKCCBEBB\n\nService facturation" % (v_vat, i_org),
  nums=[('be_vat', v_vat, True), ('iban_org', i_org, True)],
  atts=[P('facture-2026-0311.pdf', ["Imprimerie Delcourt SA - TVA " + v_vat, "Facture 2026-0311 - Bulletin communal mars", "Total TVAC : 4 235,00 EUR", "À verser sur " + i_org], [('Poste', 'Qté', 'Montant'), ('Bulletin 24 p.', '12000', '3500,00'), ('TVA 21%', '', '735,00')])])
i7 = iban_be('001', '6418522')
M(91, 'forem-prime-syndicale', 'block', ['ART9_TRADE_UNION', 'IBAN_CODE'], 'named jobseeker, union membership and private IBAN',
  'conseiller.charleroi@forem.example.be', 'paiements@fgtb-charleroi.example.be', 'Dossier Mme Haddad - paiement',
  "Bonjour,\n\nMme Leïla Haddad nous confirme être affiliée à la FGTB depuis 2019 ; c'est donc votre organisme de paiement qui versera ses allocations. Son compte : %s.\n\nBien cordialement,\nMarc Gilson, conseiller" % i7,
  nums=[('iban_private', i7, True)])
M(92, 'pv-conseil-communal-public', 'allow', [], 'public mandates of councillors with party',
  'secretariat@commune-gembloux.example.be', 'redaction@lavenir.example.be', 'Composition du collège - communiqué',
  "Bonjour,\n\nSuite à la séance du conseil du 26 février, le collège se compose comme suit : bourgmestre Benoît Dispa (Les Engagés) ; échevins Ariane Delvaux (MR), Tom Leclercq (Ecolo) et Hélène Petit (PS).\n\nContact presse : Julie Massart, 081 62 63 00.\n\nLe Directeur général")
M(93, 'agent-militant-neutralite', 'block', ['ART9_POLITICAL_OPINION'], 'employee named with political activism',
  'directeur@commune-anderlecht.example.be', 'avocats@cabinet-lemaire.example.be', 'Agent Vanhoutte - neutralité',
  "Maître,\n\nNous souhaiterions votre avis : notre agent d'accueil, M. Pierre Vanhoutte, est membre actif du PTB et distribue des tracts de son parti aux usagers au guichet. Il a déclaré à son chef que « les libéraux détruisent le service public ». Pouvons-nous le sanctionner ?\n\nCordialement,\nJ. Claes, directeur du personnel")
nn7 = nn(1990, 2, 31 - 3, 512, bad=True)
M(94, 'jeu-essai-nn-invalide', 'allow', [], 'look-alike national number failing mod 97',
  'dev@smals.example.be', 'qa@fournisseur-logiciel.example.be', 'Jeu d\'essai - contrôle du NN',
  "Bonjour,\n\nPour le test de rejet, utilisez le numéro %s : le contrôle modulo 97 doit le refuser avec le message E-104. Le test nominal utilise les données fictives de l'environnement d'acceptance.\n\nÉquipe intégration" % nn7,
  nums=[('be_nn', nn7, False)])
M(95, 'cpas-famille-rom', 'block', ['ART9_ETHNIC_ORIGIN'], 'family named with ethnic origin',
  'service.social@cpas-schaerbeek.example.be', 'logement@ais-bruxelles.example.be', 'Famille Stoica - logement',
  "Bonjour,\n\nJe vous relance pour la famille Stoica (Mihai, Elena et leurs 4 enfants). Il s'agit d'une famille rom arrivée de Roumanie ; plusieurs propriétaires ont refusé leur candidature en raison de leur origine.\n\nMerci de votre aide,\nNadia Benali, assistante sociale")
M(96, 'recu-casier-judiciaire', 'allow', [], 'receipt of a request for a criminal record extract, no content',
  'population@commune-braine.example.be', 'jobs@asbl-coup-de-pouce.example.be', 'Re: extrait de casier - candidature M. Gérard',
  "Bonjour,\n\nNous confirmons avoir reçu la demande d'extrait de casier judiciaire (modèle 596.2) de M. Olivier Gérard. Il lui sera envoyé directement dans son eBox d'ici 5 jours ouvrables.\n\nService population")
M(97, 'ecole-repas-religion', 'block', ['ART9_RELIGION'], 'pupils named with declared religion column',
  'economat@athenee-royal-jette.example.be', 'commandes@traiteur-delices.example.be', 'Liste repas mars',
  "Bonjour,\n\nVoici la liste pour les menus adaptés de mars.\n\nL'économat",
  atts=[C('repas-mars.csv', [('Classe', 'Élève', 'Religion déclarée', 'Menu'), ('2A', 'Amine El Idrissi', 'musulmane', 'sans porc'), ('2A', 'Sarah Cohen', 'juive', 'casher'), ('3C', 'Daniel Mbuyi', 'adventiste', 'végétarien')], ';')])
M(98, 'conge-maladie-sans-motif', 'allow', [], 'sick leave without any reason',
  'secretariat@academie-musique-uccle.example.be', 'remplacements@fwb.example.be', 'Remplacement M. Janssens',
  "Bonjour,\n\nM. Éric Janssens, professeur de solfège, est en congé de maladie du 3 au 20 mars. Pourriez-vous nous proposer un remplaçant pour ses 12 périodes ?\n\nMerci,\nLe secrétariat")
M(99, 'resultat-brca1', 'block', ['ART9_GENETIC', 'ART9_HEALTH'], 'named patient, BRCA1 pathogenic variant',
  'genetique@cliniques-st-luc.example.be', 'dr.hermans@medecins-generalistes.example.be', 'Résultat consultation génétique',
  "Cher Confrère,\n\nMme Valérie Dumont (née le 03/09/1979) est porteuse d'un variant pathogène BRCA1 (c.5266dupC) identifié par séquençage. Compte tenu de son antécédent de cancer du sein, une annexectomie prophylactique est proposée.\n\nConfraternellement,\nDr A. Peeters, Centre de génétique humaine",
  atts=[P('rapport-genetique-dumont.pdf', ["Centre de génétique humaine - Rapport", "Patiente : Valérie Dumont", "Gène : BRCA1 - variant c.5266dupC hétérozygote (classe 5)"])])
M(100, 'signature-contacts-presse', 'allow', [], 'professional contact data only',
  'presse@spf-sante.example.be', 'journalistes@belga.example.be', 'Contacts presse - campagne vaccination',
  "Bonjour,\n\nPour la campagne de vaccination de printemps, vos interlocuteurs sont :\n- Sophie Verbeke, porte-parole FR, 0479 12 45 87, sophie.verbeke@spf-sante.example.be\n- Jan De Smet, woordvoerder NL, 0478 33 21 09\n\nSPF Santé publique, Avenue Galilée 5/2, 1210 Bruxelles")
M(101, 'profil-adn-juge', 'block', ['ART9_GENETIC', 'ART10_CRIMINAL'], 'DNA STR profile of a named suspect',
  'labo@ins-criminalistique.example.be', 'cabinet.instruction@tpi-liege.example.be', 'Dossier 26/114 - profil ADN',
  "Madame la Juge,\n\nLe profil du suspect correspond à la trace relevée sur le lieu du cambriolage. Détails dans le rapport joint.\n\nINCC, section ADN",
  atts=[P('rapport-adn-26-114.pdf', ["Rapport d'expertise génétique - dossier 26/114", "Personne : Dimitri Hoste, suspect (mandat d'arrêt du 02/02/2026)"], [('Locus', 'Allèles'), ('D3S1358', '15,17'), ('vWA', '16,18'), ('FGA', '21,24'), ('TH01', '6,9.3')])])
M(102, 'offre-emploi-conseiller-social', 'allow', [], 'job offer, generic',
  'recrutement@actiris.example.be', 'diffusion@references.example.be', 'Offre : conseiller en relations syndicales',
  "Bonjour,\n\nMerci de publier l'offre suivante : conseiller (m/f/x) en relations collectives. Missions : préparer la concertation avec les organisations syndicales, suivre les protocoles d'accord. Profil : master, 3 ans d'expérience. Candidatures avant le 31 mars.\n\nActiris - Service recrutement")
MSGS_FR1 = MSGS
