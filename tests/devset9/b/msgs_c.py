from common import *

# ---------------- test / block ----------------
M('fr', 'pointeuse-empreintes-zip', 'block', ['ART9_BIOMETRIC'],
  'ZIP with fingerprint template hashes of named workers for a vendor migration',
  'Service technique <technique@ville-test.be>', 'projets@timeclock-test.be',
  'Migration pointeuses – fichiers',
  """Bonjour Monsieur Leroy,

L'archive contient l'export de l'ancienne pointeuse (dépôt communal) : liste des ouvriers enrôlés et leurs modèles d'empreinte, pour réimport dans vos terminaux. Le mot de passe suit par SMS… enfin, l'archive n'a pas de mot de passe, désolé.

Service technique""",
  atts=[('export_pointeuse.zip', zipf([
        ('LISEZMOI.txt', b'Export terminal BIO-200, firmware 4.1\r\n'),
        ('enrolements.csv', csv([['id', 'nom', 'doigt', 'template_hex'],
            ['0041', 'Frédéric Gillet', 'index D', '464d5200203230000000013c0162'],
            ['0042', 'Mustafa Yilmaz', 'index D', '464d52002032300000000118016a'],
            ['0043', 'Damien Laurent', 'pouce G', '464d5200203230000000014f0158']]))]))])

M('fr', 'eurodac-hit-avocat', 'block', ['ART9_BIOMETRIC', 'BE_BIS_NUMBER'],
  'Eurodac fingerprint hit of a named applicant with BIS number sent to a lawyer',
  'Office des étrangers – Dublin <dublin@dofi-test.fgov.be>', 'cabinet@avocats-asile-test.be',
  'Votre client – résultat Eurodac',
  f"""Maître,

Votre client, M. Abdoulaye Diallo (BIS {bis('960108', 42, f=5)}), a été identifié par comparaison de ses empreintes digitales dans Eurodac : hit de catégorie 1 avec l'Italie (relevé à Lampedusa le 11/08/2025, 10 doigts, score de correspondance 9 812).

Une demande de reprise sera adressée aux autorités italiennes.

Cellule Dublin""")

M('fr', 'ecole-inclusion-caryotype', 'block', ['ART9_GENETIC', 'ART9_HEALTH'],
  'karyotype result and syndrome of a named child sent to a school',
  'Service pédiatrie <pediatrie@chr-test.be>', 'direction@ecole-test.be',
  'Inscription de Léa – aménagements',
  """Madame la Directrice,

À la demande des parents, quelques informations pour préparer l'accueil de Léa Vanderstraeten en 1re maternelle : le caryotype a confirmé une trisomie 21 en mosaïque (47,XX,+21[12]/46,XX[18]). Elle a une hypotonie modérée et un suivi en logopédie deux fois par semaine ; une cardiopathie opérée en 2024 ne nécessite plus de précaution particulière.

Dr M. Bouchat, pédiatre""")

M('fr', 'huntington-mutuelle-nref', 'block', ['ART9_GENETIC', 'BE_NATIONAL_NUMBER'],
  'predictive Huntington test result with NN as file reference sent to an insurer',
  'Mutualité Test – service médical <medical@mutualite-test.be>', 'souscription@assurances-test.be',
  'N/Réf. : ' + nn('820611', 307, f=5) + ' – votre demande',
  """Madame, Monsieur,

Vous nous interrogez sur la raison de l'intervention accordée à notre affilié. Il s'agit de la prise en charge du test prédictif de la maladie de Huntington réalisé en octobre : résultat positif (44 répétitions CAG), asymptomatique à ce jour, accompagnement psychologique en cours.

Nous rappelons qu'en vertu de la loi sur les assurances, ces informations ne peuvent pas être utilisées pour la tarification.

Service médical""")

M('fr', 'agent-tracts-avocat', 'block', ['ART9_POLITICAL_OPINION'],
  'thread: named agent distributing leaflets for a party, forwarded to an external lawyer',
  'Direction générale <dg@commune-test.be>', 'me.leclercq@avocats-publics-test.be',
  'TR: devoir de réserve – M. Pieters',
  """Maître,

Votre avis sur l'échange ci-dessous serait le bienvenu avant la réunion de lundi.

Le Directeur général""" + fwd_fr('Chef du service Propreté', 'vendredi 27 février 2026 14:12', 'M. Pieters', 'DG',
  """Bonjour,
Des citoyens se sont plaints : Jan Pieters, en tenue de service, distribuait samedi des tracts de la N-VA-Test au marché. Il m'a dit qu'il est membre du parti depuis 10 ans et qu'il compte bien voter pour eux, « c'est son droit ».
Que fait-on ?"""))

M('fr', 'petition-signataires-partis', 'block', ['ART9_POLITICAL_OPINION'],
  'XLSX list of named petition signatories with declared party affiliation sent to a consultancy',
  'Participation citoyenne <participation@region-test.be>', 'analyse@consultance-test.be',
  'Données pétition « Parc du Moulin » pour analyse',
  """Bonjour,

Voici le fichier brut des signataires. La colonne « affiliation » vient du formulaire en ligne (champ facultatif « êtes-vous membre d'un parti ? »). Merci de ne l'utiliser que pour les statistiques.

Cellule Participation""",
  atts=[('signataires_parc.xlsx', xlsx({'Signataires': [
        ['Nom', 'Commune', 'Affiliation déclarée'],
        ['Martine Hocq', 'Ottignies', 'PS'], ['Jérôme Baudoux', 'Louvain-la-Neuve', 'Ecolo'],
        ['Kim Nguyen', 'Ottignies', 'aucune'], ['Paul Verstraete', 'Mont-Saint-Guibert', 'PTB (sympathisant)'],
        ['Aline Tasiaux', 'Ottignies', 'MR']]}))])

M('fr', 'cpas-enfant-tdah', 'block', ['ART9_HEALTH'],
  'therapy and medication of a named child sent to a school and external tutor',
  'Service de santé mentale <ssm@cpas-test.be>', 'titulaire.p3@ecole-test.be',
  'Kylian – suivi',
  """Bonjour Madame,

Comme convenu avec la maman, je vous informe que Kylian Deprez (P3) est suivi chez nous depuis septembre : TDAH associé à un trouble anxieux. Il prend de la Rilatine (10 mg le matin) depuis trois semaines ; merci de noter tout changement de comportement l'après-midi.

Séances de psychothérapie le mercredi – il quittera l'école à 11h30.

Claire Wathelet, psychologue""", cc='soutien@ecole-devoirs-test.be')

M('fr', 'certificat-assureur-tableau', 'block', ['ART9_HEALTH', 'BE_NATIONAL_NUMBER'],
  'medical certificate with diagnosis and hospital stay, NN in an HTML table, to an insurer',
  'Service du personnel <personnel@province-test.be>', 'sinistres@assurances-test.be',
  'Déclaration accident du travail – pièces',
  "Bonjour,\n\nLes informations sont dans le tableau (version HTML). Le certificat suit par courrier.\n\nService du personnel",
  html="<p>Bonjour,</p><p>Déclaration d'accident du travail :</p>" + table_html([
        ['Champ', 'Valeur'], ['Victime', 'Benoît Lhoest'], ['NISS', nn('680922', 141, f=0)], ['Date', '12/02/2026'],
        ['Lésion', 'fracture du poignet droit, entorse cervicale'], ['Hospitalisation', 'CHR Test, 12/02 au 15/02, ostéosynthèse'],
        ['Incapacité', '100 % jusqu\'au 30/04']]) + "<p>Service du personnel</p>")

M('fr', 'fiv-conge-planning', 'block', ['ART9_HEALTH', 'ART9_RELIGION'],
  'IVF treatment and religious belief of named employee forwarded to external planning office',
  'Responsable d\'équipe <chef.equipe@spf-test.fgov.be>', 'planning@bureau-externe-test.be',
  'Planning avril – absences Sarah',
  """Bonjour,

Pour le planning d'avril : Sarah Delcourt sera absente plusieurs matinées non prévisibles, elle est en parcours de FIV (ponctions, transfert d'embryon). Elle nous a demandé de ne pas programmer de garde le dimanche non plus, elle est catholique pratiquante et va à la messe.

Merci de tenir compte de ça discrètement.
Vincent""")

M('fr', 'fournisseur-energie-origine', 'block', ['ART9_ETHNIC_ORIGIN'],
  'ethnic origin of a named citizen told to an energy supplier',
  'Médiation de dettes <mediation@cpas-test.be>', 'clients.proteges@energie-test.be',
  'Plan de paiement Mme Kabongo',
  """Madame, Monsieur,

Mme Thérèse Kabongo, d'origine congolaise (ethnie luba), arrivée récemment, comprend mal le français écrit : merci de ne pas lui envoyer de courrier mais de passer par nous.

Nous proposons un plan de paiement de 40 € par mois pour sa facture de régularisation.
""" + SIG['cpas'])

M('fr', 'famille-tchetchene-ecole', 'block', ['ART9_ETHNIC_ORIGIN', 'ART9_RELIGION'],
  'ethnic origin and religious practice of a named family written to a school (quoted reply)',
  'Marc Dethier <m.dethier@cpas-test.be>', 'secretariat@athenee-test.be',
  'Re: Inscription des enfants Daudov',
  """Bonjour,

Merci pour votre réponse rapide. Pour les activités, sachez que la famille est tchétchène, très pratiquante (musulmans sunnites) : les filles ne participeront pas à la piscine et les garçons feront le ramadan en avril.
""" + SIG['cpas'] + q("""Nous pouvons accueillir les trois enfants Daudov (Amina, Rustam, Zelimkhan) à partir du 16 mars. Y a-t-il des éléments à connaître ?
Secrétariat""", 'Secrétariat Athénée', 'Le mar. 3 mars 2026 à 08:31'))

M('fr', 'temoin-jehovah-mediation', 'block', ['ART9_RELIGION'],
  'religious belief of a named employee explained to an external mediator',
  'GRH <grh@institut-test.be>', 'mediation@conflits-travail-test.be',
  'Dossier médiation – équipe Logistique',
  """Bonjour Madame Hubin,

Quelques éléments de contexte. Le conflit porte sur Grégory Lambotte, témoin de Jéhovah : il refuse de participer aux fêtes d'équipe (anniversaires, Noël) et a distribué des brochures à ses collègues pendant la pause, ce qui a provoqué des tensions avec son chef.

Il est d'accord pour une médiation.

GRH""")

M('fr', 'assurance-hospit-epouse', 'block', ['ART9_SEX_LIFE'],
  'sexual orientation of a named employee disclosed to a group insurer',
  'Avantages sociaux <avantages@spf-test.fgov.be>', 'collectives@assureur-test.be',
  'Affiliation conjointe – assurance hospitalisation',
  """Bonjour,

Merci d'ajouter la conjointe de Mme Véronique Gallez au contrat collectif. Mme Gallez nous précise qu'elle est lesbienne et mariée depuis 2023 avec Mme Julie Brasseur ; elle ne souhaite pas que ses collègues l'apprennent par le portail, donc pas de mention dans la newsletter « naissances et mariages ».

Avantages sociaux""")

M('fr', 'victime-mineure-ecole', 'block', ['ART9_SEX_LIFE', 'ART10_CRIMINAL'],
  'sexual abuse of a named minor and proceedings against a named person sent to a school',
  'Police locale – cellule mœurs <moeurs@zp-test.be>', 'direction@college-test.be',
  'Élève Manon R. – informations',
  """Madame la Directrice,

Dans le cadre de l'enquête (PV BR.12.L4.004512/2026), nous vous informons que l'élève Manon Renier (2e secondaire) a déclaré avoir subi des attouchements et des rapports sexuels imposés par son entraîneur de natation, M. Cédric Hanot, qui a été placé sous mandat d'arrêt le 26 février.

Merci de veiller à ce qu'elle ne soit pas interrogée par le personnel de l'école.

Inspecteur principal S. Mathy""")

M('fr', 'bailleur-condamnation-locataire', 'block', ['ART10_CRIMINAL'],
  'criminal conviction and ongoing investigation of a named tenant told to a landlord',
  'Service logement <logement@commune-test.be>', 'contact@immo-gestion-test.be',
  'Immeuble rue Neuve 8 – nuisances',
  """Monsieur,

Concernant les plaintes pour l'appartement 2B : le locataire, M. Anthony Jamar, a déjà été condamné en 2023 pour trafic de stupéfiants et le parquet a ouvert une nouvelle information judiciaire en janvier. Nous vous conseillons d'attendre la suite avant de renouveler le bail.

Service logement""")

M('fr', 'peines-travail-tableau-niss', 'block', ['ART10_CRIMINAL', 'BE_NATIONAL_NUMBER'],
  'ODS list of named persons doing community service with NN and offence, to a host organisation',
  'Pierre Vandamme <p.vandamme@mj-test.be>', 'benevolat@asbl-recyclerie-test.be',
  'Prestataires peine de travail – avril',
  """Bonjour,

Voici les personnes qui effectueront leur peine de travail chez vous en avril, avec les heures restantes.
""" + SIG['just'],
  atts=[('peines_travail_avril.ods', ods([
        ['Nom', 'NISS', 'Infraction', 'Heures restantes'],
        ['Kevin Thiry', nn('010315', 27, y2k=True, f=2), 'vol simple', '46'],
        ['Laetitia Borremans', nn('950704', 188, f=1), 'conduite sans permis, récidive', '80'],
        ['Mehdi Ouali', nn('020918', 135, y2k=True, f=3), 'coups et blessures', '120']], 'Avril'))])

M('fr', 'restructuration-delegue-fgtb', 'block', ['ART9_TRADE_UNION', 'ART9_POLITICAL_OPINION'],
  'union membership and vote of named employees sent to a restructuring consultancy',
  'Direction RH <drh@intercommunale-test.be>', 'mission@restructuring-test.be',
  'Préparation consultation – cartographie',
  """Bonjour,

Comme demandé, la « cartographie » des personnes clés :
Nom : Daniel Piron          Rôle : délégué FGTB, très écouté, vote PTB depuis toujours
Nom : Sandrine Goffin       Rôle : affiliée CSC, non déléguée, modérée
Nom : Olivier Mahieu        Rôle : non syndiqué, ancien candidat CDH-Test aux communales (non élu)

À garder strictement pour nous.
DRH""")

M('fr', 'remboursement-eml-iban-carte', 'block', ['IBAN_CODE', 'CREDIT_CARD'],
  'attached citizen mail with private IBAN and card number forwarded to a payment provider',
  'Régie des redevances <redevances@ville-test.be>', 'support@paiements-test.be',
  'TR: remboursement redevance déchets – double paiement',
  """Bonjour,

Pourriez-vous vérifier le double débit décrit dans le mail joint et procéder au remboursement ?

Régie des redevances""",
  atts=[('mail_citoyen.eml', mail(998, 'Christophe Delhaye <c.delhaye@mail-test.be>', 'redevances@ville-test.be',
        'double paiement',
        f"""Bonjour,

J'ai payé deux fois la redevance déchets 2026 (112 €), une fois par carte ({card('512345678901234', f=0)}, Mastercard) et une fois par virement.

Merci de rembourser sur mon compte {iban_be('001', '7788990', f=2)}.

Christophe Delhaye""", sub=1))])

# ------------------------------ EN block (test)
M('en', 'egate-face-mismatch', 'block', ['ART9_BIOMETRIC'],
  'face-recognition match scores of a named traveller sent to an airline',
  'Border Control IT <bc.it@police-test.be>', 'security@airline-test.example.com',
  'E-gate rejections – passenger Ali Demir',
  """Hello,

Your passenger Ali Demir (flight TK1938, 1 March) was rejected three times by the e-gates. The log shows face-match scores of 0.41, 0.44 and 0.39 against the chip image (threshold 0.60); the facial template extracted at the gate is attached to the incident in our system.

He was cleared manually. Please advise him to renew his passport photo.

Border Control IT""")

M('en', 'palm-vein-ods-nn', 'block', ['ART9_BIOMETRIC', 'BE_NATIONAL_NUMBER'],
  'ODS of palm-vein templates of named staff with NN sent to a contractor',
  'Data Centre Ops <dc.ops@fps-test.fgov.be>', 'installer@securaccess-test.eu',
  'Palm-vein readers – user import file',
  """Hi,

The import file for the data-centre door readers is attached: staff name, national number (your system uses it as the user key, unfortunately) and the palm-vein template exported from the old reader.

Cheers,
DC Ops""",
  atts=[('palmvein_import.ods', ods([
        ['Name', 'National number', 'Template (hex, truncated)'],
        ['Wim Lenaerts', nn('770812', 64, f=3), '50564d3101a9ff...'],
        ['Sofie Cools', nn('890130', 217, f=0), '50564d3101b3e2...']], 'Users'))])

M('en', 'asylum-kinship-dna-card', 'block', ['ART9_GENETIC', 'CREDIT_CARD'],
  'DNA kinship result of named applicants and the sponsor\'s card number for the fee',
  'Family Reunification Desk <fr.desk@dofi-test.fgov.be>', 'caseworker@refugee-ngo-test.example.org',
  'Re: Mr Tesfaye – DNA result and payment',
  f"""Dear Ms Brown,

The DNA test shows that Mr Dawit Tesfaye is the biological father of Selam and Yonas (kinship index > 1,000,000), but excludes him as the father of Meron. The visa for Meron will therefore be refused.

About the fee: the payment with card {card('455673758913456', f=1)} (in his name) failed; please ask him to pay again through the portal.

Family Reunification Desk""")

M('en', 'newborn-screening-daycare', 'block', ['ART9_GENETIC', 'ART9_HEALTH'],
  'genetic newborn screening result and treatment of a named baby sent to a daycare',
  'Child & Family nurse <nurse@kindengezin-test.be>', 'manager@daycare-test.example.com',
  'Baby Noor – starting on 16 March',
  """Dear Ms Vermeulen,

Noor El Idrissi starts with you on 16 March. Her parents agreed I share this: newborn screening found spinal muscular atrophy (homozygous SMN1 deletion, 3 copies of SMN2). She received gene therapy at UZ Test in December and has physiotherapy twice a week; please avoid lifting her under the arms.

Nurse, Child & Family""")

M('en', 'nl-pollworkers-parties', 'block', ['ART9_POLITICAL_OPINION'],
  'HTML table of named poll workers (non-elected) with party membership sent to a staffing agency',
  'Verkiezingen <verkiezingen@zuidhaven-test.nl>', 'planning@staffing-test.nl',
  'Poll workers – party balance per polling station',
  "Hello,\n\nSee the table in the HTML version.\n" + SIG['nl'],
  html="<p>Hello,</p><p>To keep the stations balanced we noted the membership volunteers declared:</p>" + table_html([
        ['Polling station', 'Volunteer', 'Party membership'], ['Bureau 12 – library', 'Anja Mulder', 'VVD member'],
        ['Bureau 12 – library', 'Rik Hendriks', 'SP member'], ['Bureau 14 – school', 'Fleur Bos', 'GroenLinks-PvdA supporter'],
        ['Bureau 14 – school', 'Sander Vos', 'none']]) + "<p>Jeroen</p>")

M('en', 'nl-epilepsy-bsn-iban', 'block', ['ART9_HEALTH', 'NL_BSN', 'IBAN_CODE'],
  'diagnosis and medication of a named client with BSN and private IBAN sent to an employer',
  'Reintegration Team <reintegratie@zuidhaven-test.nl>', 'hr@logistiek-test.nl',
  'Trial placement Mr de Boer',
  f"""Dear Ms Peters,

For the trial placement of Mr Bas de Boer (BSN {bsn('24681358', f=1)}) starting 1 April: he has epilepsy, well controlled on valproate, but he may not drive forklifts or work at height. His last seizure was in 2024.

The wage subsidy is paid by us; his own salary share goes to {iban_nl('INGB', '0007654321', f=0)}.
""" + SIG['nl'])

M('en', 'eap-counselling-summary', 'block', ['ART9_HEALTH'],
  'psychological counselling summary of a named employee sent to her external manager',
  'Employee Assistance <eap@agency-test.be>', 'director@consulting-partner-test.example.com',
  'Re: Hanne – can she lead the audit?',
  """Dear Mr Claessens,

Hanne Peeters has given permission for this summary. She has attended eight sessions since January for generalised anxiety and panic attacks after her divorce; she is now on a low dose of escitalopram and sleeping better. Leading the audit in May is possible if she has a back-up for the client presentations.

Employee Assistance Programme""" + qen("""Is Hanne fit to lead the May audit? I need to know what's going on. J. Claessens""", 'Jan Claessens', 'Mon 2 Mar 2026'))

M('en', 'roma-suspect-liaison', 'block', ['ART9_ETHNIC_ORIGIN', 'ART10_CRIMINAL'],
  'named suspect, ethnic group and pending charges shared with a foreign private security firm',
  'Local Police – Intel <intel@zp-test.be>', 'investigations@retailsecurity-test.example.com',
  'Shoplifting series – identification',
  """Hi,

The man on your CCTV stills is Florin Caldarar, 34, of Roma origin, registered in Charleroi. He is already charged in two shoplifting cases (hearing set for June) and was arrested in Lille in January.

Please send your loss figures so we can add them to the file.

Intel cell""")

M('en', 'diversity-monitor-export', 'block', ['ART9_ETHNIC_ORIGIN'],
  'CSV export of named staff with ethnic origin for an external diversity consultant',
  'HR Analytics <hr.analytics@region-test.be>', 'consult@diversitylab-test.example.com',
  'Diversity monitor – raw export',
  "Hi Maya,\n\nRaw export attached (semicolon separated). We'll anonymise the final report, as agreed.\n\nHR Analytics",
  atts=[('diversity_raw.csv', csv([['name', 'grade', 'origin_self_declared'],
        ['Karim Bouzid', 'A2', 'Moroccan'], ['Eva Kowalska', 'B1', 'Polish'], ['Jonas Verlinden', 'A1', 'Belgian'],
        ['Aïcha Diop', 'C1', 'Senegalese (Wolof)'], ['Mert Kaya', 'B2', 'Turkish-Kurdish']]))])

M('en', 'asylum-convert-religion', 'block', ['ART9_RELIGION'],
  'religious conversion of a named asylum seeker sent to an interpreter agency',
  'Case Officer <caseofficer@cgrs-test.be>', 'bookings@interpreters-test.example.com',
  'Interview 17 March – interpreter requirements',
  """Hello,

For the interview of Mr Reza Karimi on 17 March we need a Farsi interpreter who is comfortable with religious vocabulary: the applicant converted from Shia Islam to evangelical Christianity in Iran, was baptised in a house church and fears apostasy charges. Please do not book an interpreter from the Iranian community in Antwerp who might know him.

Case Officer""")

M('en', 'contact-tracing-hiv', 'block', ['ART9_SEX_LIFE', 'ART9_HEALTH'],
  'HIV status and sexual behaviour of a named man sent to an external testing NGO',
  'Infectious Disease Unit <idu@health-test.be>', 'outreach@sexualhealth-ngo-test.example.org',
  'Partner notification – case 26/031',
  """Dear colleagues,

Case 26/031: Mathias Dewulf (28, Ghent) tested HIV positive on 24 February (viral load 84,000). He is a man who has sex with men and reports four male partners met through an app in the last three months; he agreed that you contact two of them (details by phone).

He starts ART on Monday.

Infectious Disease Unit""")

M('en', 'foster-assessment-couple', 'block', ['ART9_SEX_LIFE', 'ART10_CRIMINAL'],
  'sexual orientation of named foster applicants and a relative\'s conviction sent to a private agency',
  'Foster Care Service <foster@youth-test.be>', 'assessments@familycare-test.example.com',
  'Assessment file – Janssens/Wouters',
  """Hi Lisa,

For the home study next week: the applicants, Pieter Janssens and Nick Wouters, are a gay couple, married since 2021. One point to explore: Nick's brother, who visits often, was convicted in 2020 for domestic violence (suspended sentence, probation ended last year).

Foster Care Service""")
