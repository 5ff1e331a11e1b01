from spec import M
P, E, B, G, R = 'ART9_POLITICAL_OPINION', 'ART9_ETHNIC_ORIGIN', 'ART9_BIOMETRIC', 'ART9_GENETIC', 'ART9_RELIGION'
L = 'fr'
MSGS = [
# ---------------- block ----------------
M(L,'block',P,'candidate-liste-non-elue','rh.selection@spw-wallonie-service.be','cabinet@recrutement-conseil.be',
 'Candidature poste de directeur - informations complémentaires',
"""Bonjour Madame,

Concernant la candidate Mme Valérie Dupont : elle nous signale qu'elle figurait en 9e position sur la liste PTB aux élections communales de Charleroi en 2024, sans être élue, et qu'elle reste militante active. Elle souhaite que cela ne pose pas de problème de neutralité.

Pouvez-vous en tenir compte dans votre rapport ?

Cordialement,
Service Sélection - SPW""",
 note='named candidate: non-elected list candidacy and militancy'),
M(L,'block',E,'dossier-asile-ethnie','instruction@cgra-service.be','interprete@traduction-extern.be',
 'Audition du 12 mars - besoin d\'interprète',
"""Bonjour,

Pour l'audition de M. Ahmad Rahimi, nous avons besoin d'un interprète dari. L'intéressé déclare appartenir à l'ethnie hazara et être d'origine afghane, de la province de Ghazni.

Merci de confirmer votre disponibilité.

Bien à vous,
Officier de protection""",
 note='named asylum applicant ethnic group'),
M(L,'block',B,'export-enrolement-iris','biometrie@office-etrangers-service.be','support@irisvision-tech.eu',
 'Ticket 5521 - export enrôlement iris',
"""Bonjour,

Suite au ticket 5521, voici l'export de l'enrôlement du 27/02 qui a échoué pour deux personnes. Les gabarits iris sont dans le fichier joint.

Cordialement,
Cellule biométrie""",
 att=[('xlsx','export_enrolement_iris.xlsx',[['Nom','Prénom','Oeil','Qualité','Gabarit (ISO 19794-6, base64)'],['Nkurunziza','Jean-Claude','gauche','41','SUlSACAyMAAAAAHsAAEAAQAAAAAAAAAA'],['Nkurunziza','Jean-Claude','droit','38','SUlSACAyMAAAAAHsAAEAAQAAAAAAAABB'],['Haddad','Rania','gauche','72','SUlSACAyMAAAAAHsAAEAAQAAAAAAAACC']])],
 note='iris template export of named persons'),
M(L,'block',G,'resultat-test-huntington','genetique@chu-liege-service.be','medecin.traitant@cabinet-medical.be',
 'Résultat analyse génétique - Mme Lejeune',
"""Chère Consoeur,

Le test prédictif de Mme Catherine Lejeune est revenu : 42 répétitions CAG sur un allèle du gène HTT (allèle pathogène), l'autre allèle à 19 répétitions. Son père était porteur de la même expansion.

Une consultation de conseil génétique est prévue le 20 mars.

Confraternellement,
Centre de génétique humaine""",
 note='predictive genetic test result of named person and father'),
M(L,'block',R,'demande-repas-casher','rh@ville-bruxelles-service.be','traiteur@cantine-services.be',
 'Séminaire du 18 mars - repas particuliers',
"""Bonjour,

Pour le séminaire du 18 mars, merci de prévoir :
- M. David Cohen : repas casher (pratiquant, respecte le shabbat, il partira donc à 16h)
- Mme Leïla Bensaïd : repas halal, elle fait le ramadan et souhaite un repas à emporter pour la rupture du jeûne

Merci d'avance,
Service RH""",
 att=[('xlsx','repas_seminaire_18mars.xlsx',[['Participant','Repas','Remarque'],['David Cohen','casher','pratiquant, shabbat: départ 16h'],['Leïla Bensaïd','halal','ramadan: repas à emporter'],['Autres (32)','standard','']])],
 note='named persons religious practice and dietary requirements'),
M(L,'block',P,'don-parti-militant','integrite@fedweb-service.be','enqueteur@cabinet-audit.be',
 'RE: enquête intégrité - éléments',
"""Bonjour,

Voici les éléments que vous nous demandiez :

Nom : Marc Delvaux
Fonction : attaché, SPF Économie
Fait : a effectué un don de 400 EUR au MR en décembre 2025 et distribue des tracts du parti le week-end
Source : déclaration spontanée de l'intéressé

Bien cordialement,
Cellule intégrité

> Pouvez-vous nous transmettre ce que vous savez de l'intéressé ?""",
 note='named civil servant party donation and activism'),
M(L,'block',E,'tableau-origine-police','diversite@police-locale-service.be','consultant@diversite-conseil.be',
 'Tableau stagiaires 2026',
"""Bonjour,

Ci-joint le tableau des stagiaires avec la colonne origine que vous avez demandée pour le plan diversité.

Cordialement,
Service du personnel, zone de police""",
 att=[('csv','stagiaires_2026.csv',[['nom','prénom','origine','unité'],['Boukhari','Karim',"d'origine marocaine",'intervention'],['Lukusa','Sandrine','d\'origine congolaise','proximité'],['Yildiz','Emre','d\'origine turque','circulation'],['Martin','Julie','belge','intervention']])],
 note='table of named trainees with an origin column'),
M(L,'block',B,'voix-empreinte-centre-appel','informatique@onem-service.be','dev@voicetech-solutions.com',
 'Résultats pilote authentification vocale',
"""Bonjour,

Voici les scores du pilote d'authentification par empreinte vocale sur la ligne d'appel. Les empreintes de référence ont été créées lors de l'enrôlement du 15/02.

Cordialement,
Service informatique""",
 html="<p>Bonjour,</p><table border='1'><tr><th>Appelant</th><th>ID empreinte vocale</th><th>Score</th><th>Décision</th></tr><tr><td>Philippe Renard</td><td>VP-00412</td><td>0.88</td><td>accepté</td></tr><tr><td>Nathalie Gérard</td><td>VP-00419</td><td>0.34</td><td>rejeté</td></tr></table>",
 note='voiceprint match scores of named callers'),
M(L,'block',G,'profil-adn-identification','labo@institut-criminalistique-service.be','expert@labo-genetique-prive.be',
 'Comparaison profil de référence - identification',
"""Bonjour,

Dans le cadre de l'identification après la catastrophe de la rue des Tanneurs, voici le profil de référence fourni par la soeur de la victime présumée, Mme Sophie Lambert :

D8S1179 13/14 ; D21S11 29/30 ; D7S820 10/11 ; CSF1PO 11/12 ; D3S1358 15/16 ; TH01 6/9.3 ; D13S317 11/12

Merci de nous transmettre votre calcul de lien de parenté.

Cordialement""",
 att=[('pdf','profil_reference_lambert.pdf',['Profil ADN de référence','Donneuse: Sophie Lambert (soeur)','D8S1179 13/14  D21S11 29/30  D7S820 10/11','CSF1PO 11/12  D3S1358 15/16  TH01 6/9.3'])],
 note='DNA STR profile of a named relative for kinship'),
M(L,'block',R,'conversion-eleve','direction@ecole-communale-service.be','aumonier@centre-extern.be',
 'Demande de dispense - élève Thomas Lebrun',
"""Monsieur,

Les parents de Thomas Lebrun (5e primaire) nous informent que la famille s'est convertie au protestantisme évangélique et demandent que Thomas suive le cours de religion protestante au lieu du cours de morale. Ils nous ont transmis une attestation du pasteur.

Cordialement,
La direction""",
 att=[('odt','attestation_pasteur.odt',['Attestation','Je soussigné, pasteur de l\'Église évangélique de Namur, atteste que la famille Lebrun, dont Thomas Lebrun, est membre de notre communauté depuis le baptême du 14 septembre 2025.'])],
 note='named child family conversion and church membership'),
M(L,'block',P,'vote-declaration-usager','cpas.accueil@cpas-liege-service.be','mediateur@mediation-extern.be',
 'Plainte de M. Gilles Moreau',
"""Madame la Médiatrice,

Suite à la plainte de M. Gilles Moreau, voici le compte rendu de l'entretien. L'intéressé a déclaré avoir voté Les Engagés et être membre actif de leur section locale ; il estime que l'assistante sociale le traite mal pour cette raison.

Cordialement,
CPAS - Service accueil""",
 note='named citizen vote and membership'),
M(L,'block',E,'integration-parcours','parcours@crvi-service.be','asbl@formation-extern.be',
 'Fwd: orientation primo-arrivants',
"""Pour suite utile.

-------- Message transféré --------
Objet : orientation primo-arrivants

Je vous oriente Mme Aïcha Diallo, peule originaire de Guinée, et M. Samir Haddad, d'origine syrienne kurde, pour le module citoyenneté.

Merci,
Référente parcours d'intégration""",
 note='named newcomers with ethnic origin'),
M(L,'block',B,'pointeuse-visage','rh@commune-namur-service.be','support@timeface-systems.be',
 'Pointeuse reconnaissance faciale - anomalies',
"""Bonjour,

Trois agents n'arrivent pas à pointer. Extrait du journal :

Agent : Laurent Simon - gabarit facial FT-7781 - score 0,42 - refus
Agent : Chloé Dubois - gabarit facial FT-7790 - score 0,39 - refus
Agent : Kevin Leroy - gabarit facial FT-7802 - score 0,91 - ok

Pouvez-vous relancer un enrôlement ?

Service RH""",
 note='face template IDs and match scores of named staff'),
M(L,'block',P,'asile-motif-politique','avocat.contact@cgra-service.be','avocate@cabinet-droits.be',
 'Dossier de M. Tshibangu - compléments',
"""Maître,

Pour le dossier de votre client M. Patrick Tshibangu, la décision est reportée : nous attendons la preuve de son adhésion à l'UDPS et des documents relatifs à son arrestation lors de la manifestation de janvier 2024, qui fonde sa demande d'asile politique.

Veuillez agréer, Maître, mes salutations distinguées.""",
 note='named asylum applicant party membership and political asylum motive'),
# ---------------- allow ----------------
M(L,'allow',P,'elections-assesseurs','elections@ville-namur-service.be','imprimerie@print-extern.be',
 'Commande convocations assesseurs',
"""Bonjour,

Nous commandons 1 200 convocations pour les assesseurs et 95 pour les présidents de bureau de vote, livraison le 10 avril à l'Hôtel de Ville, esplanade de l'Hôtel de Ville 1, 5000 Namur.

Facturation : Ville de Namur, IBAN BE71 0961 2345 6769.

Service Élections""",
 att=[('xlsx','bureaux_vote.xlsx',[['Canton','Bureaux','Assesseurs'],['Namur','82','492'],['Jambes','24','144'],['Salzinnes','11','66']])],
 note='election logistics, organisation IBAN'),
M(L,'allow',P,'ministre-declaration','presse@spf-interieur-service.be','redaction@journal-extern.be',
 'Communiqué : déclaration du ministre',
"""Madame, Monsieur,

Le ministre de l'Intérieur a déclaré ce matin à la Chambre que le vote électronique sera étendu à 40 communes. Le bourgmestre de Mons (PS) et le bourgmestre de Liège (PS) ont salué cette décision.

Service presse""",
 att=[('pdf','communique_vote_electronique.pdf',['Communiqué de presse','Le ministre de l\'Intérieur annonce l\'extension du vote électronique à 40 communes.'])],
 note='public statements and mandates of elected officials'),
M(L,'allow',E,'statistiques-diversite','observatoire@iweps-service.be','chercheur@universite-extern.be',
 'Statistiques diversité emploi public 2025',
"""Bonjour,

Vous trouverez ci-joint les données agrégées sur l'origine nationale des agents (registre national, première nationalité). Aucun agent individuel n'est identifiable.

Cordialement,
IWEPS""",
 att=[('ods','diversite_2025.ods',[['Origine','Part'],['Belge','74 %'],['UE-14','11 %'],['Maghreb','7 %'],['Afrique subsaharienne','4 %'],['Autre','4 %']])],
 note='aggregate origin statistics'),
M(L,'allow',B,'cahier-charges-biometrie','marches@spf-affaires-etrangeres.be','offres@biometrics-vendor.eu',
 'Cahier des charges - kits d\'enrôlement mobiles',
"""Madame, Monsieur,

Le cahier spécial des charges pour 60 kits d'enrôlement mobiles (empreintes digitales 10 doigts + photo faciale conforme OACI 9303) est disponible sur e-Procurement. Date limite de dépôt : 30 avril.

Exigences : FBI Appendix F, ISO/IEC 19794-4 et 19794-5, chiffrement AES-256 des données en transit.

Service Marchés publics""",
 att=[('pdf','CSC_kits_enrolement.pdf',['Cahier spécial des charges','Objet: 60 kits d\'enrôlement mobiles','Normes: ISO/IEC 19794-4, 19794-5, OACI 9303'])],
 note='procurement of biometric kits'),
M(L,'allow',G,'colloque-genetique','secretariat@colloque-genetique.be','intervenants@hopital-extern.be',
 'Programme du colloque « Génétique et société »',
"""Chers intervenants,

Voici le programme définitif :

9h00 - Pr Anne De Paepe (UGent) : La génétique clinique en Belgique
10h00 - Dr Julie Désir (Hôpital Erasme) : Dépistage néonatal génomique
11h00 - Me Jean Herveg (UNamur) : Données génétiques et RGPD

Lieu : Palais des Académies, Bruxelles.

Le secrétariat""",
 note='conference programme with professional speakers'),
M(L,'allow',R,'calendrier-fetes','rh@federation-wallonie-service.be','prestataire@nettoyage-extern.be',
 'Calendrier des fêtes convictionnelles 2026',
"""Bonjour,

Pour votre planning, voici les dates des principales fêtes que nos agents peuvent demander en congé : Aïd el-Fitr (20 mars), Pâques (5 avril), Yom Kippour (21 septembre), Aïd el-Adha (27 mai), Noël orthodoxe (7 janvier).

Service RH""",
 note='calendar of religious feasts'),
M(L,'allow',P,'formation-neutralite','formation@ifa-service.be','formateur@consultance-extern.be',
 'Formation « Neutralité du service public »',
"""Bonjour,

Pour la formation du 22 avril, merci de traiter les thèmes suivants : obligation de réserve, expression politique des agents sur les réseaux sociaux, signes convictionnels au guichet, jurisprudence de la Cour constitutionnelle.

Participants : 18 agents (noms communiqués le jour même).

Cordialement,
IFA""",
 note='neutrality training, no persons'),
M(L,'allow',E,'circulaire-integration','integration@cocof-service.be','communes@brulocalis-extern.be',
 'Circulaire parcours d\'accueil obligatoire',
"""Mesdames, Messieurs,

À partir du 1er septembre, le parcours d'accueil devient obligatoire pour les primo-arrivants à Bruxelles. Les bureaux d'accueil ne collectent pas l'origine ethnique ; seule la nationalité est enregistrée, à des fins statistiques.

Cordialement,
COCOF - Service Intégration""",
 note='integration policy circular'),
M(L,'allow',B,'info-passeport-empreintes','info@commune-ixelles-service.be','citoyen.question@outlook.com',
 'RE: empreintes pour le passeport',
"""Madame,

Pour un passeport, deux empreintes digitales sont prises à la commune et enregistrées uniquement sur la puce du passeport. Les enfants de moins de 12 ans en sont dispensés. Pensez à prendre rendez-vous via notre site.

Service Population
02 515 61 00""",
 note='generic information on passport fingerprints'),
M(L,'allow',G,'modele-consentement','ethique@chu-service.be','promoteur@cro-extern.com',
 'Modèle de consentement biobanque - version approuvée',
"""Bonjour,

Ci-joint le modèle approuvé par le comité d'éthique. Les champs sont vides.

Nom du participant : ......................
Date de naissance : ..../..../........
J'accepte que mon échantillon soit utilisé pour des analyses génétiques : oui / non

Comité d'éthique hospitalo-facultaire""",
 att=[('docx','consentement_biobanque.docx',(['Formulaire de consentement - Biobanque','Nom : ____________','Signature : ____________'],[['Analyse','Oui','Non'],['Séquençage de l\'exome','[ ]','[ ]'],['Recontact en cas de découverte fortuite','[ ]','[ ]']]))],
 note='blank consent template'),
M(L,'allow',B,'normes-controle-acces','securite@parlement-wallonie-service.be','installateur@securite-extern.be',
 'Exigences système contrôle d\'accès biométrique',
"""Bonjour,

Pour le nouveau système de contrôle d'accès, nos exigences RGPD : gabarits stockés uniquement sur la carte de l'agent (match-on-card), pas de base centrale, analyse d'impact réalisée, alternative par badge PIN pour les agents qui refusent.

Merci d'intégrer ces points dans votre offre.

Service Sécurité""",
 note='standards for biometric access control, no persons'),
M(L,'allow',G,'protocole-recherche','recherche@sciensano-service.be','partenaire@universite-extern.be',
 'Protocole étude séquençage néonatal',
"""Bonjour,

Ci-joint le protocole de l'étude BabyDetect-2 (version 2.0). Le recrutement n'a pas commencé. Population cible : 5 000 nouveau-nés ; 400 gènes analysés ; restitution des résultats aux parents via le pédiatre.

Cordialement""",
 att=[('pdf','protocole_v2.pdf',['Protocole BabyDetect-2 v2.0','Objectif: faisabilité du dépistage génomique néonatal','Population: 5 000 nouveau-nés','Aucun participant inclus à ce jour'])],
 note='research protocol without subjects'),
M(L,'allow',R,'formulaire-amenagement-vierge','rh@spf-justice-service.be','secretariat-social@securex-extern.be',
 'Formulaire vierge - demande d\'aménagement convictionnel',
"""Bonjour,

Voici le formulaire vierge à intégrer dans le portail RH :

Nom de l'agent : <nom>
Service : <service>
Aménagement demandé : <horaire / repas / congé>
Motif : <fête convictionnelle / pratique>
Visa du chef de service : <signature>

Merci.""",
 note='blank form with placeholders'),
M(L,'allow',E,'chiffres-nationalite-csv','statistique@statbel-service.be','etudiant@universite-extern.be',
 'RE: population par nationalité',
"""Bonjour,

Voici les chiffres au 1er janvier 2025 pour la Région bruxelloise, par groupe de nationalités (données publiques Statbel).

Cordialement,
Statbel""",
 att=[('csv','population_nationalite.csv',[['groupe','habitants'],['Belges','798 412'],['UE','291 077'],['Afrique du Nord','41 209'],['Afrique subsaharienne','27 330'],['Asie','25 118']])],
 note='aggregate population statistics'),
]
