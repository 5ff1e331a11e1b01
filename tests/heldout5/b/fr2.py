from lib import *
from fr1 import M, MSGS
M(103, 'empreintes-badges', 'block', ['ART9_BIOMETRIC'], 'fingerprint minutiae templates of named staff',
  'it@commune-waterloo.example.be', 'support@accesstech.example.be', 'Export gabarits empreintes - migration',
  "Bonjour,\n\nComme demandé, l'export des gabarits d'empreintes digitales du pointage pour la migration.\n\nService IT",
  atts=[C('gabarits-empreintes.tsv', [('Agent', 'Doigt', 'Template ISO 19794-2 (minuties)'), ('Lefèvre Marc', 'index D', '464D520020323000A1B2C3D4E5F60718293A4B5C'), ('Wauters Inès', 'index G', '464D52002032300011FF23A9C08B77D1E2F30415')], '\t')])
M(104, 'appel-offres-biometrie', 'allow', [], 'tender about biometric access, generic',
  'marches@spf-justice.example.be', 'info@fournisseurs-securite.example.be', 'Marché public 2026/R3/118 - contrôle d\'accès',
  "Madame, Monsieur,\n\nLe cahier spécial des charges du marché « contrôle d'accès biométrique des établissements pénitentiaires » est publié sur e-Procurement. Les offres décrivent le stockage des gabarits (empreintes, reconnaissance faciale) et l'analyse d'impact. Date limite : 15 avril.\n\nService marchés publics")
M(105, 'reconnaissance-faciale-liste', 'block', ['ART9_BIOMETRIC'], 'face recognition embeddings per named person',
  'projet.portique@ibz.example.be', 'dev@visionlab.example.be', 'Jeu de référence reconnaissance faciale',
  "Bonjour,\n\nVoici les vecteurs faciaux (embeddings 128 dimensions, tronqués ici) des agents volontaires pour calibrer le portique :\nClaire Dujardin : [0.0213, -0.1187, 0.0842, 0.1530, ...]\nSamir Ouali : [-0.0611, 0.0927, 0.1174, -0.0345, ...]\n\nMerci de ne pas les conserver après le test.\nIBZ - projet portique")
M(106, 'stats-condamnations-arrondissement', 'allow', [], 'aggregated conviction statistics',
  'statistiques@college-procureurs.example.be', 'recherche@uclouvain.example.be', 'Chiffres condamnations 2025',
  "Bonjour Professeur,\n\nCi-joint les chiffres agrégés demandés.\n\nAnalystes statistiques",
  atts=[C('condamnations-2025.csv', [('Arrondissement', 'Condamnations', 'dont surveillance électronique'), ('Liège', 4120, 312), ('Hainaut', 5230, 401), ('Namur', 1890, 122)])])
M(107, 'cpas-orientation-famille', 'block', ['ART9_SEX_LIFE', 'ART9_RELIGION'], 'named beneficiary, sexual orientation and family religion',
  'as.ixelles@cpas-ixelles.example.be', 'accueil@rainbowhouse.example.be', 'Orientation Mlle Kabongo',
  "Bonjour,\n\nJe vous oriente Mlle Grâce Kabongo, 19 ans. Elle est lesbienne et a été mise à la porte par ses parents, très pratiquants dans une église évangélique, après l'avoir appris. Elle cherche un hébergement et un accompagnement.\n\nMerci,\nThomas Leroy, assistant social")
M(108, 'travaux-voirie', 'allow', [], 'plain notice',
  'travaux@commune-nivelles.example.be', 'info@tec-wallonie.example.be', 'Fermeture rue de Namur du 9 au 13 mars',
  "Bonjour,\n\nLa rue de Namur sera fermée du 9 au 13 mars pour le remplacement de l'égouttage. Les lignes 65 et 72 seront déviées par le boulevard de la Batterie.\n\nService travaux")
b16 = bis(1996, 8, 14, 331)
M(109, 'fedasil-orientation-sexuelle', 'block', ['ART9_SEX_LIFE', 'BE_BIS_NUMBER'], 'asylum seeker with BIS number, sexual orientation as ground',
  'juriste@fedasil.example.be', 'cabinet@avocats-mertens.example.be', 'Votre client M. Nsengiyumva',
  "Maître,\n\nVotre client M. Olivier Nsengiyumva (numéro BIS %s) invoque son homosexualité et les persécutions subies en raison de celle-ci comme fondement de sa demande. L'audition au CGRA est fixée au 20 mars.\n\nService juridique, centre de Rixensart" % b16,
  nums=[('be_bis', b16, True)])
M(110, 'horaires-bibliotheque', 'allow', [], 'plain notice',
  'bibliotheque@ville-tournai.example.be', 'agenda@notele.example.be', 'Horaires de Pâques',
  "Bonjour,\n\nPendant les vacances de Pâques, la bibliothèque sera ouverte du mardi au samedi de 10h à 17h. Fermeture le lundi 6 avril.\n\nLa bibliothèque communale")
n17 = nn(1979, 12, 2, 64)
i17 = iban_be('068', '2214470')
M(111, 'onem-fil-transfert-nn-iban', 'block', ['BE_NATIONAL_NUMBER', 'IBAN_CODE'], 'NN and private IBAN only in a quote three levels down',
  'bureau.verviers@onem.example.be', 'rh@menuiserie-collard.example.be', 'TR: RE: RE: C4 de M. Schmitz',
  "Bonjour,\n\nLe dossier est complet de notre côté, merci.\n\n-----Message d'origine-----\nDe : rh@menuiserie-collard.example.be\nObjet : RE: RE: C4 de M. Schmitz\n\n> Nous avons envoyé le C4 électronique hier.\n>\n> -----Message d'origine-----\n> De : bureau.verviers@onem.example.be\n> Pouvez-vous confirmer l'envoi du C4 ?\n>\n>> -----Message d'origine-----\n>> De : rh@menuiserie-collard.example.be\n>> Travailleur : Paul Schmitz, NISS %s\n>> Compte pour les allocations communiqué par l'intéressé : %s\n" % (n17, i17),
  nums=[('be_nn', n17, True), ('iban_private', i17, True)])
i_org2 = iban_be('000', '3251118')
M(112, 'confirmation-paiement-fournisseur', 'allow', [], 'payment confirmation to company IBAN',
  'tresorerie@cpas-mouscron.example.be', 'compta@nettoyage-vanacker.example.be', 'Paiement facture F-2026-044',
  "Bonjour,\n\nNous avons procédé ce jour au paiement de votre facture F-2026-044 (1 480,50 EUR) sur le compte de Nettoyage Van Acker SRL, %s.\n\nLe Directeur financier" % i_org2,
  nums=[('iban_org', i_org2, True)])
c18 = card('535522001940417')
M(113, 'remboursement-carte-citoyen', 'block', ['CREDIT_CARD'], 'citizen payment card number in the body',
  'recette@commune-spa.example.be', 'support@paiements-ingenico.example.be', 'Remboursement double débit - concession',
  "Bonjour,\n\nUne citoyenne, Mme Françoise Robert, a été débitée deux fois de 350 EUR pour sa concession au cimetière. Carte utilisée : %s (exp. 09/28). Pouvez-vous annuler la seconde transaction ?\n\nService recette" % c18,
  nums=[('card', c18, True)])
M(114, 'fil-fournitures', 'allow', [], 'reply thread on supplies',
  'economat@province-hainaut.example.be', 'ventes@bureau-plus.example.be', 'RE: Devis papier A4',
  "Bonjour,\n\nD'accord pour 80 boîtes livrées à Mons le 10 mars.\n\n> Le 27/02, ventes@bureau-plus.example.be a écrit :\n> Nous pouvons vous proposer 80 boîtes à 21,40 EUR HTVA.\n>> Pourriez-vous nous envoyer un devis pour 80 boîtes de papier recyclé ?\n\nL'économat provincial")
M(115, 'jugement-condamnation-avocat', 'block', ['ART10_CRIMINAL'], 'named person convicted, sentence',
  'greffe.correctionnel@tpi-namur.example.be', 'secretariat@avocat-francois.example.be', 'Copie jugement - aff. Ministère public c/ Thiry',
  "Maître,\n\nSuite à votre demande, voici le dispositif : le tribunal condamne M. Sébastien Thiry à une peine de 18 mois d'emprisonnement, dont 9 avec sursis, et à une amende de 800 EUR pour coups et blessures volontaires avec incapacité.\n\nLe greffe",
  html="<p>Maître,</p><p>Suite à votre demande, voici le dispositif : le tribunal <b>condamne M. Sébastien Thiry</b> à une peine de 18 mois d'emprisonnement, dont 9 avec sursis, et à une amende de 800 EUR pour coups et blessures volontaires avec incapacité.</p><p>Le greffe</p>")
M(116, 'zip-modeles-vierges', 'allow', [], 'ZIP of blank templates',
  'qualite@chu-charleroi.example.be', 'projet@santhea.example.be', 'Modèles de formulaires',
  "Bonjour,\n\nVoici nos modèles vierges (anamnèse, consentement) pour le groupe de travail.\n\nCellule qualité",
  atts=[Z('modeles.zip', [D('anamnese-vierge.docx', ["Anamnèse", "Nom du patient : [NOM]", "Antécédents médicaux : ____", "Traitement en cours : ____"]), O('consentement-vierge.odt', ["Consentement éclairé", "Je soussigné(e) [NOM PRÉNOM] ...", "Signature : ____"])])])
b20 = bis(1993, 4, 9, 168, plus=20)
M(117, 'cpas-grossesse-bis', 'block', ['ART9_HEALTH', 'BE_BIS_NUMBER'], 'named woman with BIS number, pregnancy and complications',
  'medical@cpas-liege.example.be', 'facturation@citadelle.example.be', 'Prise en charge AMU - Mme Okafor',
  "Bonjour,\n\nLe CPAS accorde l'aide médicale urgente à Mme Blessing Okafor (BIS %s), enceinte de 28 semaines, suivie pour une prééclampsie. Merci d'adresser les factures à notre service.\n\nCellule médicale" % b20,
  nums=[('be_bis', b20, True)])
M(118, 'atelier-interculturalite', 'allow', [], 'generic workshop on religion at school',
  'pedagogie@fwb.example.be', 'directions@ecoles-liege.example.be', 'Atelier « Convictions et neutralité à l\'école »',
  "Mesdames, Messieurs,\n\nUn atelier sur la gestion des convictions religieuses et philosophiques en classe (fêtes, jeûne, tenues) est proposé le 22 avril. Il s'adresse aux directions et coordinateurs.\n\nService pédagogique",
  html="<h3>Atelier Convictions et neutralité</h3><p>Gestion des convictions religieuses et philosophiques en classe : fêtes, jeûne, tenues.</p><p>22 avril, 13h30 - Liège</p>")
M(119, 'actiris-eml-ramadan', 'block', ['ART9_RELIGION'], 'attached mail: named worker asks accommodation for prayer/Ramadan',
  'jobcoach@actiris.example.be', 'rh@logistique-brucargo.example.be', 'TR: demande d\'aménagement horaire',
  "Bonjour,\n\nJe vous transfère la demande de notre candidat, placé chez vous depuis janvier.\n\nBien à vous,\nJob coach",
  atts=[E('demande-horaire.eml', frm='youssef.amrani@gmail.example.com', to='jobcoach@actiris.example.be', subj='Horaire pendant le ramadan',
          body="Bonjour Madame,\n\nJe suis musulman pratiquant et pendant le ramadan je voudrais commencer à 6h et finir à 14h, et avoir 10 minutes pour la prière du vendredi.\n\nYoussef Amrani")])
M(120, 'budget-ods', 'allow', [], 'budget sheet, no personal data',
  'finances@commune-durbuy.example.be', 'tutelle@spw-interieur.example.be', 'Modification budgétaire n°1',
  "Bonjour,\n\nCi-joint la MB1 2026 en ODS.\n\nDirection financière",
  atts=[S('mb1-2026.ods', [('Article', 'Libellé', 'Initial', 'MB1'), ('104/123-13', 'Frais informatiques', '85000', '92000'), ('421/140-02', 'Entretien voiries', '310000', '355000')])])
M(121, 'maison-repos-zip-alzheimer', 'block', ['ART9_HEALTH'], 'care plan in ZIP: named resident with dementia',
  'infirmerie@mr-les-charmes.example.be', 'famille.delhaye@proximus.example.be', 'Plan de soins de votre maman',
  "Bonjour Monsieur Delhaye,\n\nComme promis, le plan de soins actualisé de votre maman.\n\nL'infirmière en chef",
  atts=[Z('plan-soins.zip', [O('plan-soins-delhaye.odt', ["Plan de soins - Mme Germaine Delhaye, chambre 12", "Diagnostic : maladie d'Alzheimer, stade modéré", "Traitement : donépézil 10 mg, quétiapine 25 mg le soir"])])])
M(122, 'maintenance-it', 'allow', [], 'plain IT notice',
  'servicedesk@ville-namur.example.be', 'support@civadis.example.be', 'Intervention serveur samedi',
  "Bonjour,\n\nNous confirmons la fenêtre de maintenance de samedi 7 mars, 7h-11h, pour la mise à jour du serveur de l'état civil.\n\nService desk")
M(123, 'benevoles-affiliation-politique', 'block', ['ART9_POLITICAL_OPINION'], 'ODS list of named volunteers with party column',
  'jeunesse@commune-chaudfontaine.example.be', 'coordination@asbl-plaine.example.be', 'Liste bénévoles été',
  "Bonjour,\n\nVoici la liste des bénévoles. La colonne affiliation vient de l'ancien fichier, à ignorer.\n\nService jeunesse",
  atts=[S('benevoles.ods', [('Nom', 'Téléphone', 'Affiliation politique'), ('Martin Lucas', '0475 11 22 33', 'Jeunes MR'), ('Dethier Emma', '0486 44 55 66', 'Ecolo J')])])
c23 = card('453201511283036', bad=True)
M(124, 'terminal-carte-luhn-invalide', 'allow', [], 'card look-alike failing Luhn in test instructions',
  'recette@ville-mons.example.be', 'support@worldline.example.be', 'Test du terminal de la piscine',
  "Bonjour,\n\nLors du test, le terminal a accepté la saisie manuelle du numéro %s qui ne respecte pas la clé de Luhn. Pouvez-vous vérifier le paramétrage ?\n\nService recette" % c23,
  nums=[('card', c23, False)])
M(125, 'police-incident-raciste', 'block', ['ART9_ETHNIC_ORIGIN', 'ART10_CRIMINAL'], 'named victim origin and suspect of hate offence',
  'quartier@police-bruxelles-capitale.example.be', 'gerance@logement-bruxellois.example.be', 'Incident rue Haute 212',
  "Madame,\n\nSuite à l'incident du 1er mars, M. Karim Benaissa, locataire d'origine marocaine, a porté plainte contre son voisin M. Alain Wouters, suspecté d'injures racistes et de dégradations. Un PV a été transmis au parquet.\n\nInspecteur de quartier")
M(126, 'rapport-annuel-origine-agregee', 'allow', [], 'aggregated origin statistics',
  'observatoire@unia.example.be', 'contact@ulb-sociologie.example.be', 'Chiffres baromètre diversité',
  "Bonjour,\n\nLes chiffres agrégés du baromètre : 34 % des signalements concernent des critères dits raciaux, 12 % la conviction religieuse, 8 % l'orientation sexuelle. Aucune donnée nominative.\n\nObservatoire")
M(127, 'mutualite-burnout-reprise', 'block', ['ART9_HEALTH'], 'named employee burn-out and reintegration',
  'medecin.conseil@mutualite-solidaris.example.be', 'rh@intercommunale-idea.example.be', 'Trajet de réintégration - M. Colin',
  "Madame,\n\nM. David Colin est en incapacité depuis octobre pour un burn-out avec épisode dépressif. Le médecin-conseil propose une reprise progressive à mi-temps dès avril.\n\nMédecin-conseil",
  atts=[P('trajet-reintegration-colin.pdf', ["Trajet de réintégration", "Travailleur : David Colin", "Motif de l'incapacité : burn-out, épisode dépressif majeur", "Reprise proposée : 50 % au 1er avril"])])
M(128, 'invitation-reunion', 'allow', [], 'plain meeting invitation',
  'cabinet@gouverneur-namur.example.be', 'secretariat@zone-secours-nage.example.be', 'Réunion planification d\'urgence',
  "Bonjour,\n\nLa réunion de planification d'urgence aura lieu le 18 mars à 14h au Palais provincial, salle 2.\n\nCabinet du Gouverneur")
