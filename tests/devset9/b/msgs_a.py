from common import *

# ---------------- tune / block ----------------
M('fr', 'empreintes-gabarit-police', 'block', ['ART9_BIOMETRIC', 'BE_NATIONAL_NUMBER'],
  'fingerprint minutiae templates of a named person with his NN sent to a commune',
  'Zone de police Test-Ouest <dir.info@zp-testouest.be>', 'service.population@wavre-test.be',
  'Transmission gabarits AFIS – dossier Kevin Marchal',
  f"""Bonjour,

Comme convenu par téléphone, vous trouverez en annexe l'export des gabarits d'empreintes digitales (format ISO 19794-2) relevés lors de l'audition de M. Kevin Marchal, NN {nn('870514', 233)}, le 12 février.

Les dix doigts ont été relevés ; l'index gauche est de qualité insuffisante (NFIQ 4), les autres sont exploitables pour la comparaison 1:N.

Merci de ne pas diffuser davantage.
Inspecteur principal D. Hermans
""",
  atts=[('gabarits_marchal.csv', csv([['doigt', 'nfiq', 'minuties', 'gabarit_b64'],
        ['pouce_d', 2, 41, 'Rk1SACAyMAAAAAFcAAABPAFiAMUAxQEAAAAoQ4A1AHxkAEBbAJdk'],
        ['index_d', 1, 38, 'Rk1SACAyMAAAAAEwAAABPAFiAMUAxQEAAAAgQ0BCAHJkAIBaAJ9k'],
        ['index_g', 4, 12, 'Rk1SACAyMAAAAAC8AAABPAFiAMUAxQEAAAAMQ0A8AGhkAEBUAI9k']])),
       ])

M('fr', 'badge-reconnaissance-faciale', 'block', ['ART9_BIOMETRIC'],
  'face templates of named staff exported to the access-control vendor',
  'Facility Management <facility@spf-test.fgov.be>', 'support@securaccess-test.eu',
  'RE: Migration lecteurs – export enrôlements',
  """Bonjour Monsieur Claes,

Voici le fichier demandé pour la migration vers les nouveaux terminaux. Il contient, pour chaque membre du personnel du bâtiment Botanique, le vecteur facial enregistré (512 floats, encodés en base64) et l'identifiant du badge.

Pour les trois collègues marqués "réenrôlement", la correspondance est tombée sous le seuil (score < 0,62) depuis qu'ils portent des lunettes : merci de prévoir une nouvelle capture.

Bonne journée,
Julie Maes – Facility""" + q("""Pouvez-vous nous transmettre les enrôlements existants (vecteurs + ID badge) afin d'éviter de refaire toutes les captures ?
Cordialement, Bart Claes – SecurAccess""", 'Bart Claes', 'Le lun. 2 mars 2026 à 10:14'),
  atts=[('enrolements_botanique.xlsx', xlsx({'Enrôlements': [
        ['Nom', 'Prénom', 'Badge', 'Vecteur facial (b64, tronqué)', 'Statut'],
        ['Dupont', 'Ariane', 'B-10442', 'P4nS7z+1vQq9Xk0...', 'OK'],
        ['Mertens', 'Youssef', 'B-10457', 'Qm91cnMgZmFjaWFs...', 'réenrôlement'],
        ['Lemaire', 'Chloé', 'B-10501', 'dmVjdGV1ciAxMjM0...', 'OK'],
        ['Van Acker', 'Luc', 'B-10512', 'bHVuZXR0ZXMgMjAy...', 'réenrôlement']]}))])

M('fr', 'resultat-cftr-porteuse', 'block', ['ART9_GENETIC', 'ART9_HEALTH'],
  'carrier status (CFTR) of a named woman in a PDF report sent to a mutual insurer',
  'Centre de génétique humaine <secretariat.cgh@chu-test.be>', 'conseil.medical@mutualite-test.be',
  'Demande de remboursement – analyse moléculaire',
  """Madame, Monsieur,

Dans le cadre de la demande de remboursement introduite pour Mme Isabelle Froment (née le 03/09/1991), veuillez trouver ci-joint le compte rendu de l'analyse.

Pour mémoire : hétérozygote F508del, conseil génétique réalisé le 20/01, dépistage du conjoint proposé.

Secrétariat – Centre de génétique humaine
""",
  atts=[('CR_analyse_Froment.pdf', pdf([
        'Centre de génétique humaine – Compte rendu d\'analyse moléculaire',
        'Patiente : FROMENT Isabelle   Date de naissance : 03/09/1991',
        'Indication : dépistage de porteur (projet de grossesse)',
        'Gène analysé : CFTR (panel 50 variants)',
        'Résultat : variant pathogène c.1521_1523del (p.Phe508del) à l\'état hétérozygote',
        'Conclusion : la patiente est porteuse saine de mucoviscidose.',
        'Dr A. Nguyen, généticienne'], 'CR'))])

M('fr', 'regroupement-familial-adn', 'block', ['ART9_GENETIC'],
  'DNA paternity result (STR loci table) of named applicants, family reunification',
  'Bureau regroupement familial <rf.dossiers@ibz-test.fgov.be>', 'avocat.kabila@barreau-test.be',
  'Votre dossier RF 2025/11873 – suite test ADN',
  """Maître,

Je fais suite à votre courrier du 14 février. Le laboratoire a transmis ses conclusions : le lien de filiation entre votre client, M. Joseph Mbuyi, et l'enfant Grace Mbuyi est confirmé (indice de paternité combiné > 10^6, probabilité 99,9999 %).

Le tableau des marqueurs est repris dans le document joint. La décision suivra par la voie habituelle.

Salutations distinguées,
L. Fontaine, attachée""",
  atts=[('RF_2025_11873_ADN.docx', docx([
        '# Rapport de filiation – RF 2025/11873',
        'Père allégué : MBUYI Joseph. Enfant : MBUYI Grace. Mère : non testée.',
        'Profils STR obtenus par kit 24 loci.'],
        [[['Locus', 'Père allégué', 'Enfant'], ['D8S1179', '13/14', '13/15'], ['D21S11', '29/30.2', '30.2/31'],
          ['TH01', '6/9.3', '9.3/9.3'], ['FGA', '21/24', '22/24'], ['vWA', '16/18', '17/18']]]))])

M('fr', 'candidat-liste-conseiller', 'block', ['ART9_POLITICAL_OPINION', 'ART9_SEX_LIFE'],
  'non-elected employee described as party activist and as gay to an external recruiter',
  'Nathalie Renard <n.renard@wavre-test.be>', 'consultante@rh-select-test.be',
  'Candidature poste chef de service – infos complémentaires',
  """Bonjour Céline,

Quelques éléments « off » sur Thomas Gérard avant l'entretien de jeudi, à garder pour vous :
- il milite depuis des années chez Ecolo-Test et était 14e sur la liste en 2024 (non élu), il le mentionne volontiers ;
- il vit avec son compagnon à Limal et s'occupe de la cellule LGBT de la section locale, donc il posera peut-être des questions sur la politique diversité.

Rien d'éliminatoire évidemment, c'est pour que vous ne soyez pas surprise.
""" + SIG['grh'])

M('fr', 're-plainte-adherente', 'block', ['ART9_POLITICAL_OPINION'],
  'subject line and quoted reply reveal party membership of a citizen',
  'Cabinet du bourgmestre <cabinet@commune-test.be>', 'contact@pressetest.be',
  'RE: RE: Mme Dubois (adhérente PTB) – plainte voirie',
  """Bonjour,

Nous confirmons avoir reçu la plainte. Le bourgmestre répondra personnellement.

Le cabinet""" + q("""Bonjour,
Nous préparons un article sur la rue des Fossés. Mme Véronique Dubois, qui est adhérente du PTB et a lancé la pétition, affirme que la commune la « punit » pour ses opinions. Confirmez-vous avoir reçu sa plainte ?
Merci, J. Hallet – journaliste""", 'J. Hallet', 'Le 3 mars 2026 à 09:02'))

M('fr', 'medecine-travail-burnout', 'block', ['ART9_HEALTH', 'BE_NATIONAL_NUMBER'],
  'treatment, psychiatric follow-up and medication of a named agent with NN as file reference',
  'Nathalie Renard <n.renard@wavre-test.be>', 'planning@medtravail-test.be',
  'Demande d\'examen de reprise – N/Réf. : ' + nn('790302', 118, f=1),
  """Madame, Monsieur,

Nous sollicitons un examen de reprise du travail pour M. Olivier Lenoir, employé au service Travaux.

Informations transmises par l'intéressé :
  Absence : depuis le 05/01/2026
  Motif : épuisement professionnel (burn-out), suivi psychiatrique hebdomadaire
  Traitement : sertraline 100 mg, reprise progressive conseillée par son psychiatre
  Souhait : mi-temps médical à partir du 01/04

Merci de nous proposer une date.
""" + SIG['grh'])

M('fr', 'interim-grossesse-risque', 'block', ['ART9_HEALTH'],
  'pregnancy with medical complication of a named temp worker told to agency',
  'Service Accueil <accueil@spf-test.fgov.be>', 'bruxelles@interim-test.be',
  'Remplacement Laura',
  """Salut Karim,

Il va falloir nous trouver quelqu'un pour remplacer Laura Pirson à l'accueil dès lundi : elle est enceinte (4e mois) et son gynéco l'a mise au repos, grossesse à risque avec un col raccourci. Elle ne reviendra probablement pas avant le congé de maternité.

Même profil si possible, bilingue FR/NL.

Merci !
Hélène""")

M('fr', 'tableau-handicap-aviq', 'block', ['ART9_HEALTH'],
  'ODS list of named staff with recognised disability, type and percentage sent to consultant',
  'Diversité <diversite@region-test.be>', 'audit@conseil-inclusion-test.be',
  'Audit quota emploi – personnes handicapées',
  """Bonjour,

Pour l'audit du quota de 2,5 %, voici la liste nominative des agents reconnus (AVIQ / SPF Sécurité sociale) au 31/12, avec le type de handicap et les aménagements en place. Nous préférerions recevoir votre rapport sans les noms.

Cordialement,
Cellule Diversité""",
  atts=[('quota_2025_nominatif.ods', ods([
        ['Agent', 'Service', 'Reconnaissance', 'Type', 'Aménagement'],
        ['Amélie Gosset', 'Comptabilité', '66 %', 'sclérose en plaques', 'télétravail 3j'],
        ['Serge Wuyts', 'Archives', '50 %', 'surdité bilatérale', 'boucle magnétique'],
        ['Nadia El Amrani', 'Accueil', '80 %', 'paraplégie', 'poste adapté PMR'],
        ['Robin Closset', 'IT', '33 %', 'trouble du spectre autistique', 'bureau isolé']]))])

M('fr', 'inscriptions-origine-rom', 'block', ['ART9_ETHNIC_ORIGIN'],
  'named pupils tagged with Roma origin sent to an NGO',
  'Direction école communale n°3 <direction.ec3@commune-test.be>', 'projets@asbl-passerelle-test.be',
  'Liste élèves projet accrochage scolaire',
  """Bonjour Madame Lejeune,

Voici les élèves que nous proposons pour le projet d'accrochage. Comme demandé pour le rapport au FSE, j'ai précisé la communauté.

| Élève            | Classe | Communauté      | Absences 2025 |
|------------------|--------|-----------------|---------------|
| Denisa Stoica    | P4     | rom (Roumanie)  | 41 j          |
| Marius Lakatos   | P5     | rom (Slovaquie) | 37 j          |
| Iulian Rostas    | P5     | rom             | 29 j          |

Bien à vous,
A. Delvaux, directrice""")

M('fr', 'logement-garantie-famille', 'block', ['ART9_ETHNIC_ORIGIN', 'IBAN_CODE'],
  'ethnic origin of a named family and their private IBAN for rent deposit to a landlord',
  'Agence immobilière sociale <ais@ais-test.be>', 'gestion@proprietaire-test.be',
  'Logement rue Haute 42 – famille Haddad',
  f"""Monsieur,

La famille Haddad (couple et 3 enfants) a accepté le logement. Je sais que vous vous inquiétiez des « tensions » dans l'immeuble : ce sont des Syriens d'origine kurde, très discrets, je vous assure que cela se passera bien.

La garantie locative sera versée par le CPAS. Pour le remboursement ultérieur, le compte de M. Ahmad Haddad est le {iban_be('063', '5512347')}.

Cordialement,
Sarah Lefèvre – AIS""")

M('fr', 'aumonerie-halal-detenu', 'block', ['ART9_RELIGION', 'ART10_CRIMINAL'],
  'detainee conversion to Islam and detention details to an external caterer',
  'Direction prison de Test <direction@prison-test.just.fgov.be>', 'commandes@restauration-test.be',
  'Régimes alimentaires – aile B',
  """Bonjour,

Changements pour la semaine 11, aile B :
- cellule B-214, Dylan Moreau (détention préventive depuis janvier, dossier stupéfiants) : s'est converti à l'islam, repas halal à partir de lundi, ramadan à prévoir ;
- cellule B-220 : retour au menu standard.

L'imam aumônier, M. Benali, a confirmé la demande.

Greffe – prison de Test""")

M('fr', 'conge-yom-kippour-paie', 'block', ['ART9_RELIGION'],
  'religion of named employee disclosed to external payroll provider in forwarded mail',
  'GRH <grh@institut-test.be>', 'dossiers@secretariat-social-test.be',
  'TR: congé 2 jours – M. Rosenberg',
  """Bonjour,

Pour encodage : 2 jours de congé exceptionnel accordés à David Rosenberg (matricule 40117), les 21 et 22 septembre. Voir ci-dessous.

Merci,
GRH""" + fwd_fr('David Rosenberg', 'lundi 2 mars 2026 08:40', 'congé', 'GRH',
  """Bonjour,
Comme chaque année, je suis juif pratiquant et je ne travaille pas pour Yom Kippour et Roch Hachana. Puis-je poser ces jours en congé exceptionnel plutôt qu'en vacances annuelles ?
David"""))

M('fr', 'cpas-jeune-rejete', 'block', ['ART9_SEX_LIFE'],
  'sexual orientation of a named young man told to a shelter',
  'Marc Dethier <m.dethier@cpas-test.be>', 'accueil@maison-refuge-test.be',
  'Demande d\'hébergement urgent',
  """Bonjour,

Je vous contacte pour Nicolas (Nicolas Derwa, 19 ans). Il a été mis à la porte par ses parents dimanche après leur avoir dit qu'il est homosexuel ; il dort chez un ami depuis, mais ce n'est plus possible après vendredi.

Il a un revenu d'intégration depuis hier. Auriez-vous une place ?
""" + SIG['cpas'])

M('fr', 'asile-motifs-lgbti-bis', 'block', ['ART9_SEX_LIFE', 'ART9_ETHNIC_ORIGIN', 'BE_BIS_NUMBER'],
  'HTML table of asylum applicants with BIS number, ethnic group and LGBTI ground',
  'Centre d\'accueil Test <coordination@centre-accueil-test.be>', 'partenaire@asbl-rainbow-test.be',
  'Orientations – semaine 10',
  "Bonjour,\n\nVoir le tableau dans la version HTML du message.\n\nCoordination",
  html="<p>Bonjour,</p><p>Voici les résidents orientés vers votre accompagnement :</p>" + table_html([
        ['Résident', 'N° BIS', 'Origine', 'Motif de la demande'],
        ['Aziz K.', bis('950611', 21), 'ouïghoure', 'orientation sexuelle (homosexuel)'],
        ['Miriam O.', bis('980227', 34, plus=40), 'igbo (Nigéria)', 'identité de genre / lesbienne'],
  ]) + "<p>Coordination</p>")

M('fr', 'casier-contenu-employeur', 'block', ['ART10_CRIMINAL', 'ART9_POLITICAL_OPINION'],
  'content of criminal record and party activism of a named person sent to an employer',
  'Service population <population@commune-test.be>', 'rh@entreprise-test.be',
  'Extrait demandé – M. Stéphane Collard',
  """Madame,

Suite à votre appel : l'extrait modèle 1 de M. Stéphane Collard mentionne une condamnation du tribunal correctionnel de Liège (2019) à 6 mois avec sursis pour coups et blessures volontaires, lors d'une manifestation où il militait pour le parti Vlaams Test. Le reste est vierge.

L'original lui a été remis en mains propres.

Service population""")

M('fr', 'surveillance-electronique-eml', 'block', ['ART10_CRIMINAL'],
  'attached mail with electronic monitoring and probation conditions of a named person',
  'Pierre Vandamme <p.vandamme@mj-test.be>', 'coordination@formation-insertion-test.be',
  'TR: horaires M. Lecomte',
  """Bonjour,

Je vous transfère le mail du centre de surveillance pour que vous puissiez adapter les horaires de formation de M. Lecomte.
""" + SIG['just'],
  atts=[('horaires_CSE.eml', mail(936, 'Centre de surveillance électronique <cse@just-test.fgov.be>',
        'p.vandamme@mj-test.be', 'Bracelet – Jordan Lecomte – plages horaires',
        """Bonjour,

M. Jordan Lecomte est sous surveillance électronique depuis le 16/02 (peine de 18 mois pour vol avec effraction, tribunal de Namur). Conditions de probation : interdiction de contact avec les co-auteurs, suivi alcool.

Plages autorisées : lun-ven 7h30-17h30 (formation), sam 9h-12h.

CSE""", sub=1))])

M('fr', 'cotisations-syndicales-liste', 'block', ['ART9_TRADE_UNION'],
  'XLSX list of named employees with their union for dues deduction, sent to a payroll provider',
  'Paie <paie@ville-test.be>', 'clients@payroll-test.be',
  'Retenues cotisations syndicales – mars',
  """Bonjour,

Voici le fichier des retenues à appliquer sur la paie de mars (accord du 12/01). Les nouveaux affiliés sont en jaune.

Merci,
Cellule Paie""",
  atts=[('retenues_syndicales_mars.xlsx', xlsx({'Mars': [
        ['Matricule', 'Nom', 'Organisation', 'Montant'],
        ['20331', 'Hubert Lallemand', 'CGSP', '14,20'],
        ['20478', 'Fatima Zerouali', 'CSC-Services publics', '13,75'],
        ['20502', 'Gilles Navez', 'SLFP', '12,90'],
        ['20611', 'Ingrid Poncelet', 'CGSP', '14,20']]}))])

# ------------------------------ EN block (tune)
M('en', 'visa-iris-enrolment', 'block', ['ART9_BIOMETRIC'],
  'iris/fingerprint enrolment failure details of a named visa applicant sent to an external provider',
  'Visa Unit <visa.unit@foreign-test.fgov.be>', 'ops@vfs-test.example.com',
  'Applicant Hamid Rezaei – biometric capture failed',
  """Hi team,

The VIS rejected the biometric set for Hamid Rezaei (appointment 24 Feb, Tehran centre). Both iris captures scored below threshold and the four-finger slap for the right hand was mis-segmented.

Please recapture all ten fingerprints and the facial image; attach the raw WSQ files and the ICAO face template this time, not just the JPEG.

Thanks,
Visa Unit – Biometrics desk""")

M('en', 'voiceprint-callcentre', 'block', ['ART9_BIOMETRIC', 'BE_NATIONAL_NUMBER'],
  'voice-biometric enrolment export of citizens with their NN sent to a vendor',
  'Contact Centre <cc.manager@pension-test.fgov.be>', 'support@voiceid-test.example.com',
  'Voice ID pilot – enrolment export for tuning',
  "Hello Raj,\n\nAs requested, the enrolment records for the three callers whose verification keeps failing. The voiceprint column is the model output (x-vector, 256 dims) we store.\n\nLet me know if you need the audio too.\n\nGreetings,\nEls",
  html="<p>Hello Raj,</p><p>As requested, the enrolment records for the three callers whose verification keeps failing.</p>" + table_html([
        ['Caller', 'National number', 'Voiceprint (x-vector, truncated)', 'False rejects'],
        ['Jean-Pierre Hoste', nn('480917', 55, f=0), '0.113 -0.482 0.907 0.031 ...', '7'],
        ['Maria Santos Lopes', nn('520303', 172, f=4), '-0.291 0.044 0.618 -0.770 ...', '5'],
        ['Godelieve Claus', nn('411128', 308, f=2), '0.502 0.198 -0.034 0.415 ...', '9']]) + "<p>Greetings,<br>Els</p>")

M('en', 'brca2-research-subject', 'block', ['ART9_GENETIC', 'ART9_HEALTH'],
  'identifiable research subject (initials, DOB, town) with BRCA2 variant and cancer history',
  'Dr. Lotte Verbeke <l.verbeke@uzt-test.be>', 'k.jansen@radboud-test.nl',
  'RE: cohort overlap check',
  """Hi Karin,

The overlap is just one participant: M.D., born 14/06/1979, lives in Kortrijk, enrolled with you in 2023. She carries BRCA2 c.5946delT (pathogenic), had a bilateral mastectomy in 2024 and is currently on tamoxifen. Her sister is being tested next month.

Can you check whether your record matches so we avoid double counting?

Lotte""" + qen("""Lotte, could you tell me which of your carriers might also be in our cohort? Karin""", 'Karin Jansen', 'Mon 2 Mar 2026 at 11:05'))

M('en', 'str-match-suspect', 'block', ['ART9_GENETIC', 'ART10_CRIMINAL'],
  'DNA STR profile matched to a named suspect, sent to a foreign liaison by mail',
  'Federal Police – DJSOC <liaison@police-test.be>', 'liaison.officer@politie-test.nl',
  'Prüm hit follow-up 2026/BE/0417',
  """Dear colleague,

Follow-up on the Prüm hit. The trace from the Maastricht burglary (your ref. MT-25-8812) matches the profile of Dries Wouters, born 1990, already convicted in Belgium in 2021 for aggravated theft and currently suspected in two cases in Hasselt.

Profile summary (ESS loci): D3S1358 15/17, vWA 16/19, D8S1179 12/13, D21S11 28/30, D18S51 14/16, TH01 7/9.3.

A formal request will follow through the usual channel.

Regards,
Liaison desk""")

M('en', 'nl-staff-rally-bsn', 'block', ['ART9_POLITICAL_OPINION', 'NL_BSN'],
  'CSV of named municipal staff with BSN who attended a party rally, sent to external investigator',
  'Jeroen Bakker <j.bakker@zuidhaven-test.nl>', 'onderzoek@integriteit-bureau-test.nl',
  'Integrity inquiry – staff present at the rally',
  """Dear Ms Smit,

Attached is the list you asked for: staff members seen at the PVV-Test rally on 14 February, with their BSN for your file matching, and whether they are members (self-declared during the interviews).
""" + SIG['nl'],
  atts=[('rally_staff.csv', csv([['name', 'bsn', 'department', 'member'],
        ['Henk Visser', bsn('21938457'), 'Parking', 'yes'],
        ['Ilse de Graaf', bsn('30572619'), 'Civil affairs', 'no, sympathiser'],
        ['Ruud Kramer', bsn('17460328'), 'Parks', 'yes (since 2019)']], sep=','))])

M('en', 'rehab-coach-thread', 'block', ['ART9_HEALTH'],
  'long thread: employee in alcohol rehabilitation, forwarded to an external coach',
  'Line manager <s.janssens@agency-test.be>', 'coach@reintegration-test.example.com',
  'Fwd: Re: Re: return plan Kris',
  """Hi Anna,

Forwarding the thread so you have the background before meeting Kris on Thursday.

Stefan""" + fwd_en('HR Business Partner <hrbp@agency-test.be>', 'Fri, 27 Feb 2026 16:20', 'Re: Re: return plan Kris', 'Stefan Janssens',
  """Stefan,

Agreed. Let's keep the return gradual. He finishes the residential programme at the addiction clinic on 6 March; after that outpatient sessions twice a week and Antabuse under supervision.

HR""" + qen("""HR, Kris Vandenberghe called me. Six weeks at the clinic for his alcohol problem went OK, he wants to come back half-time. Can we get him a coach? Stefan""", 'Stefan Janssens', 'Thu, 26 Feb 2026')))

M('en', 'benefit-hospital-iban', 'block', ['ART9_HEALTH', 'IBAN_CODE'],
  'hospital stay and medication of a beneficiary and her private IBAN to a debt mediator',
  'Anouk de Vries <a.devries@socsec-test.fgov.be>', 'info@debtmediation-test.be',
  'Mrs Leclercq – reimbursement delay',
  f"""Dear Mr Roels,

The delay in Mrs Nicole Leclercq's allowance is due to her stay in the psychiatric ward of CHU Test from 2 to 28 January (bipolar disorder, now stabilised on lithium). Her file is complete again.

The back payment (EUR 2,314.60) will be made to her own account {iban_be('001', '4471206', f=1)} next week, not to the mediation account.
""" + SIG['en1'])

M('en', 'integration-participants-ethnicity', 'block', ['ART9_ETHNIC_ORIGIN', 'ART9_RELIGION'],
  'XLSX participant list with ethnicity and religion per named person, to an auditor',
  'Tom Peeters <t.peeters@integration-test.be>', 'audit@eu-fund-audit-test.eu',
  'AMIF audit sample – participant file',
  """Dear auditor,

Please find the sample of 5 participants requested. We added the "background" column the monitoring template asks for.
""" + SIG['en2'],
  atts=[('amif_sample.xlsx', xlsx({'Sample': [
        ['Participant', 'Year of birth', 'Background', 'Religion', 'Course'],
        ['Berivan Aslan', 1994, 'Kurdish (Turkey)', 'Alevi', 'Dutch A2'],
        ['Nasir Rahimi', 1988, 'Hazara (Afghanistan)', 'Shia Muslim', 'Civic orientation'],
        ['Layla Haji', 2001, 'Yazidi (Iraq)', 'Yazidi', 'Dutch A1'],
        ['Tesfay Gebre', 1997, 'Tigrayan (Eritrea)', 'Orthodox Christian', 'Job coaching'],
        ['Elvis Berisha', 1999, 'Roma (Kosovo)', '-', 'Dutch A1']]}))])

M('en', 'canteen-diets-religion', 'block', ['ART9_RELIGION'],
  'named children with religious diet and blood-product refusal to an external caterer',
  'School administration <admin@school-test.be>', 'orders@catering-test.example.com',
  'Diet list term 3',
  """Hello,

Updated list for term 3:

Name: Omar Bensalem (3B)      Diet: halal – Muslim family
Name: Sara Cohen (4A)         Diet: kosher meals on Fridays
Name: Lucas Dias (2C)         Note: Jehovah's Witness – parents refuse any blood products, inform first aid
Name: Priya Nair (5A)         Diet: vegetarian (Hindu)

Thanks,
School office""")

M('en', 'harassment-investigation-affair', 'block', ['ART9_SEX_LIFE'],
  'sexual relationship between named employees described to an external investigator',
  'Confidential counsellor <vertrouwenspersoon@ministry-test.be>', 'cases@psychosocial-test.example.com',
  'Case 26-014 – context',
  """Dear Dr Willems,

Some context for case 26-014 before the interviews. The complainant, Ines Baert, had a sexual relationship with her team leader, Koen Michiels, between May and November last year. After she ended it, he allegedly reassigned her files. Mr Michiels is married; his wife works in the same building, which makes the interviews delicate.

Please schedule them off-site.

Confidential counsellor""")

M('en', 'vetting-conviction-result', 'block', ['ART10_CRIMINAL'],
  'criminal conviction of a named job candidate sent to a recruitment agency',
  'Security Officer <security@fps-test.fgov.be>', 'team@recruit-test.example.com',
  'Security clearance – candidate 2026-07',
  """Hi,

Negative advice for candidate 2026-07 (Michaël Duchêne) for the analyst job: the screening shows a 2022 conviction by the Brussels criminal court for social security fraud, 12 months suspended, and a pending investigation for forgery.

Please inform him that the application cannot proceed, without giving the reason.

Security Officer""")

M('en', 'fine-card-complaint', 'block', ['CREDIT_CARD', 'BE_NATIONAL_NUMBER'],
  'citizen card number and NN in a forwarded complaint to the payment processor',
  'Fines Office <fines@finance-test.fgov.be>', 'disputes@payprocessor-test.example.com',
  'Fwd: double charge parking fine',
  """Hello,

Could you check this double charge? Details below.

Fines Office""" + fwd_en('Peter Goossens', 'Mon, 2 Mar 2026 18:03', 'double charge parking fine', 'fines@finance-test.fgov.be',
  f"""Good evening,
I paid fine 2026/PK/55120 online on 20 February and was charged twice.
Card: {card('453998765432101', f=2)} (Visa), expiry 09/28.
My national number: {nn('750426', 91, f=3)}.
Please refund one payment.
Peter Goossens"""))
