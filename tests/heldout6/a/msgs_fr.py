# French messages 045-080: 18 block, 18 allow.
from lib import *  # noqa

SIG_SPF = """Bien à vous,

Céline Dupont
Gestionnaire de dossiers - Service du personnel
SPF Sécurité sociale, Boulevard du Jardin Botanique 50, 1000 Bruxelles
Tél. +32 2 528 63 00 - celine.dupont@minsoc.fed.be"""


def build_fr(M, inner):
    # ------------------------------------------------------------ BLOCK
    M(45, "fr", "certificat-medical-diagnostic", "block", ["ART9_HEALTH", "BE_NATIONAL_NUMBER"],
      "scanned certificate content with diagnosis and NN, sent to a private insurer",
      "Céline Dupont <celine.dupont@minsoc.fed.be>", "sinistres@assurances-groupe.be",
      "Déclaration accident du travail - Mme Lambert",
      f"""Madame, Monsieur,

Veuillez trouver ci-dessous les éléments du certificat médical reçu pour notre agente.

Nom : LAMBERT Sophie
NISS : {nn('850730', 33)}
Date de l'accident : 21/10/2026
Lésions constatées : fracture du poignet droit et entorse cervicale
Incapacité : 100 % jusqu'au 30/11/2026, kinésithérapie 2x/semaine

Le certificat original suit par courrier.

{SIG_SPF}""",
      atts=[att_pdf("certificat_lambert.pdf", [
          "# Certificat médical - accident du travail", "Patiente : Sophie Lambert",
          "Diagnostic : fracture distale du radius droit, entorse cervicale (whiplash)",
          "Traitement : immobilisation plâtrée 6 semaines, antalgiques, kinésithérapie",
          "Incapacité totale de travail du 21/10/2026 au 30/11/2026", "Dr A. Renard, Liège"])])

    M(46, "fr", "origine-ethnique-logement", "block", ["ART9_ETHNIC_ORIGIN"],
      "housing file stating named tenants' ethnic origin",
      "Service Logement <logement@schaerbeek.brussels>", "gestion@agence-immobiliere-sociale.be",
      "Candidats pour le logement rue Josaphat",
      """Bonjour Karim,

Pour le 3 chambres rue Josaphat, nous proposons la famille Diallo (père guinéen d'origine peule,
mère congolaise) et la famille Osmani, d'origine kurde. Le propriétaire avait demandé "pas trop de
mélange dans l'immeuble", ce que nous avons évidemment refusé, mais je préfère que tu le saches.

Amitiés,
Valérie
Service Logement - Commune de Schaerbeek - 02 244 72 11""")

    M(47, "fr", "affiliation-parti-agent", "block", ["ART9_POLITICAL_OPINION"],
      "HR tells a recruitment agency that a named agent is a party militant",
      "Direction RH <rh@province-namur.be>", "chasseur@executive-search.be",
      "TR: référence candidat",
      """Bonjour,

Pour votre vérification de références : M. Olivier Collard a été chef de bureau chez nous de
2019 à 2025. Très compétent. Pour votre information, il est membre actif d'Ecolo et a
coordonné leur campagne locale à Gembloux ; il nous l'avait mentionné lui-même. À vous de voir si
c'est compatible avec le poste chez votre client.

Cordialement,
Direction des Ressources humaines
Province de Namur

-------- Message transféré --------
De : chasseur@executive-search.be
Objet : référence candidat
Pourriez-vous nous donner un avis sur M. Collard ?""")

    M(48, "fr", "conversion-religion-agent", "block", ["ART9_RELIGION"],
      "mentions a named employee's religion and practice to a catering vendor",
      "Secrétariat de direction <secretariat@aviq.be>", "commande@traiteur-namur.be",
      "Repas de fin d'année - régimes",
      """Bonjour,

Pour le repas du 18 décembre (42 couverts) : Mme Rachel Lévy est de confession juive pratiquante
(casher strict), M. Samir Haddad est musulman (halal) et M. Pieter Jacobs est végétarien. Pourriez-
vous prévoir des assiettes séparées et étiquetées à leur nom ?

Merci d'avance,
Secrétariat de direction - AVIQ, Rue de la Rivelaine 21, 6061 Charleroi""")

    M(49, "fr", "liste-affilies-cgsp", "block", ["ART9_TRADE_UNION"],
      "ODS list of named union members for a delegation election",
      "Cellule relations sociales <relations.sociales@liege.be>", "avocat@cabinet-social.be",
      "Liste des affiliés - préparation élections sociales",
      """Maître,

Comme convenu, la liste nominative des affiliés par organisation syndicale, transmise par les
délégations pour la vérification du quorum. Merci de la traiter de manière confidentielle.

Cellule Relations sociales
Ville de Liège""",
      atts=[att_ods("affilies_2026.ods", [
          ("Nom", "Prénom", "Service", "Syndicat"),
          ("Renard", "Michel", "Propreté", "CGSP"),
          ("Lejeune", "Aurélie", "Crèches", "CSC-SP"),
          ("Gilson", "Fabrice", "Voirie", "CGSP"),
          ("Moreau", "Isabelle", "Population", "SLFP")], sheet="Affiliés")])

    M(50, "fr", "resultat-test-genetique", "block", ["ART9_GENETIC", "ART9_HEALTH"],
      "genetic test result and disease of a named pupil forwarded to a school",
      "Service PSE <pse@province-hainaut.be>", "direction@ecole-saint-joseph.be",
      "Suivi élève - résultat génétique",
      """Madame la Directrice,

Suite à notre réunion : le test génétique de Noah Delvaux (5e primaire) a confirmé une
mucoviscidose (deux mutations F508del, génotype homozygote). Ses deux parents sont porteurs sains.
Il aura besoin d'un local pour ses séances de kinésithérapie respiratoire.

Bien à vous,
Dr Françoise Leroy
Service de Promotion de la Santé à l'École""")

    M(51, "fr", "empreintes-pointeuse", "block", ["ART9_BIOMETRIC"],
      "XLSX of named staff with fingerprint template identifiers for time clock",
      "Service Technique <technique@cpas-charleroi.be>", "helpdesk@pointage-systemes.fr",
      "Réinstallation pointeuse - données",
      """Bonjour,

Suite à la panne, voici l'export de la pointeuse biométrique pour la réimportation : nom,
matricule et gabarit d'empreinte de chaque agent (format du fabricant).

Merci de confirmer la bonne réception.
Service Technique CPAS""",
      atts=[att_xlsx("export_pointeuse.xlsx", [("Gabarits", [
          ("Matricule", "Nom", "Doigt", "Gabarit"),
          ("CP1021", "Dubois Nathalie", "index droit", "AAEC03F1A2B38C0D91E7F2A4B6C8D0E2F4A6B8C0D2E4F6"),
          ("CP1034", "Hennaux Julien", "index droit", "AAEC03F1C4D27A1B93E5F7A9B1C3D5E7F9A1B3C5D7E9F1"),
          ("CP1040", "Mertens Laura", "pouce gauche", "AAEC03F1E6F53B2C95E3F5A7B9C1D3E5F7A9B1C3D5E7F9")])])])

    M(52, "fr", "signalement-orientation", "block", ["ART9_SEX_LIFE"],
      "HTML mail revealing sexual orientation and relationship of a named pupil",
      "Centre PMS <cpms@wallonie-bruxelles.be>", "educateur@internat-namur.be",
      "Situation de Léa - confidentiel",
      """Bonjour Marc,

Léa Marchal (4e secondaire) nous a confié être lesbienne et être en couple avec une élève de
l'internat. Elle craint la réaction de ses parents et subit des moqueries au dortoir. Pouvez-vous
être attentif ?

Anne-Sophie, CPMS""",
      html="""<html><body><p>Bonjour Marc,</p>
<p><b>Léa Marchal</b> (4e secondaire) nous a confié être <i>lesbienne</i> et être en couple avec une élève de
l'internat. Elle craint la réaction de ses parents et subit des moqueries au dortoir. Pouvez-vous être attentif ?</p>
<p>Anne-Sophie, CPMS</p></body></html>""")

    M(53, "fr", "casier-judiciaire-contenu", "block", ["ART10_CRIMINAL"],
      "content of a named person's criminal record in a licensing file",
      "Service Taxis <taxis@mobilite.brussels>", "juridique@centrale-taxis.be",
      "Demande de certificat de capacité - M. Benali",
      """Bonjour,

Nous ne pouvons pas délivrer le certificat de capacité à votre chauffeur M. Rachid Benali.
L'extrait de casier judiciaire qu'il a fourni mentionne :
- 12/05/2022 : condamnation par le tribunal correctionnel de Bruxelles, conduite en état
  d'ivresse, déchéance du droit de conduire 3 mois ;
- 08/02/2024 : délit de fuite, amende de 1.600 EUR.

Il peut introduire un recours dans les 30 jours.

Bruxelles Mobilité - Direction Taxis""",
      atts=[att_docx("decision_refus.docx", ["# Décision de refus", "Demandeur : Rachid Benali"],
                     tables=[[("Date", "Juridiction", "Infraction", "Peine"),
                              ("12/05/2022", "Trib. corr. Bruxelles", "conduite en état d'ivresse", "déchéance 3 mois"),
                              ("08/02/2024", "Trib. police Bruxelles", "délit de fuite", "amende 1.600 EUR")]])])

    M(54, "fr", "detention-conge-penitentiaire", "block", ["ART10_CRIMINAL"],
      "detention and planned leave of a named detainee disclosed to an employer",
      "Service psychosocial <sps.lantin@just.fgov.be>", "rh@entreprise-formation.be",
      "RE: RE: formation de M. Lefèvre",
      """Madame,

Je vous confirme que M. Damien Lefèvre, actuellement détenu à la prison de Lantin, pourra suivre
la formation chez vous à partir du 4 janvier dans le cadre d'une détention limitée. Il rentrera
chaque soir à 19h à l'établissement. Sa libération conditionnelle est envisagée pour l'été.

Cordialement,
Service psychosocial - Prison de Lantin

> Pouvez-vous me confirmer les horaires auxquels il doit rentrer ?
>
>> Bonjour, nous souhaitons inscrire M. Lefèvre à notre formation de soudeur.""")

    M(55, "fr", "bis-travailleur-incapacite", "block", ["BE_BIS_NUMBER", "ART9_HEALTH"],
      "BIS number and medical condition of a named worker in a CSV to a private social secretariat",
      "INAMI - Indemnités <indemnites@inami.fgov.be>", "dossiers@secretariat-social-prive.be",
      "Travailleurs frontaliers en incapacité - liste",
      """Bonjour,

Ci-joint la liste demandée pour la régularisation des indemnités. Le numéro BIS et le motif
médical sont repris pour chaque travailleur.

Service Indemnités""",
      atts=[att_csv("frontaliers.tsv", [
          ("nom", "bis", "motif", "debut"),
          ("Dupuis Marc (FR)", bis('782516', 92), "lombalgie chronique, hernie discale L5-S1", "2026-09-01"),
          ("Klein Anna (DE)", bis('894312', 118), "cancer du sein, chimiothérapie", "2026-08-17")], sep="\t")])

    M(56, "fr", "remboursement-cotisation-syndicale", "block", ["ART9_TRADE_UNION", "IBAN_CODE", "BE_NATIONAL_NUMBER"],
      "form lines with NN, private IBAN and union membership of a named agent",
      "Service Traitements <traitements@spw.wallonie.be>", "service.primes@fgtb-partenaire.be",
      "Prime syndicale - formulaire incomplet",
      f"""Bonjour,

Le formulaire suivant nous est parvenu sans l'attestation de votre organisation :

Nom : FRANÇOIS Julie
Numéro de registre national : {nn('920218', 246)}
Organisation syndicale : FGTB - CGSP Wallonie
Affiliée depuis : 2014
Compte bénéficiaire : {iban_be('310', '1827364')}

Merci de nous renvoyer l'attestation signée.

Service des Traitements - SPW""")

    fwd57 = inner(57, "Accueil piscine <piscine@ville-mons.be>", "comptabilite@ville-mons.be",
                  "Paiement abonnement",
                  f"""Bonjour,

Une citoyenne a payé par téléphone l'abonnement annuel (280 EUR) de sa fille :
Carte : {card('455673208815436', sep='')}
Expiration : 11/27
Titulaire : Mme Caroline Delhaye

Accueil piscine""")
    M(57, "fr", "tr-carte-paiement", "block", ["CREDIT_CARD"],
      "forwarded .eml containing a citizen's card number, sent to an outside accountant",
      "Comptabilité <comptabilite@ville-mons.be>", "cabinet@expert-comptable-mons.be",
      "TR: Paiement abonnement",
      """Bonjour Philippe,

Voir le mail de l'accueil ci-joint : comment devons-nous comptabiliser ce paiement manuel ?

Comptabilité - Ville de Mons""",
      atts=[att_eml("Paiement abonnement.eml", fwd57)])

    M(58, "fr", "grossesse-amenagement", "block", ["ART9_HEALTH"],
      "pregnancy and risk pathology of a named employee disclosed to a contractor",
      "Conseiller en prévention <prevention@sfpd.fgov.be>", "planning@nettoyage-services.be",
      "Adaptation de poste - accueil 2e étage",
      """Bonjour,

Mme Elodie Simon, qui travaille à l'accueil du 2e étage, est enceinte de 5 mois et a un diabète
gestationnel ; le gynécologue interdit le port de charges. Vos équipes ne doivent plus lui
demander d'aide pour le chariot. Merci.

Conseiller en prévention""")

    M(59, "fr", "vote-agent-commission", "block", ["ART9_POLITICAL_OPINION"],
      "reveals how a named (non-public) employee voted and her support for a party",
      "Chef de service <chef.service@commune-ixelles.brussels>", "consultant@audit-rh.be",
      "Ambiance au service Population",
      """Bonjour Jérôme,

Pour l'audit climat : les tensions viennent en partie des élections. Mme Caroline Dethier a dit
à toute l'équipe qu'elle avait voté PTB et elle fait signer une pétition du parti pendant les
heures de service, ce que ses collègues n'apprécient pas.

Voir aussi le tableau en annexe.

Patrick""",
      atts=[att_docx("notes_entretiens.docx", ["# Notes d'entretiens - service Population",
                                               "Entretien 4 : Mme Dethier confirme son soutien au PTB et son rôle de relais local.",
                                               "Entretien 5 : RAS."])])

    M(60, "fr", "accompagnement-primo-arrivant", "block", ["ART9_RELIGION", "ART9_ETHNIC_ORIGIN"],
      "integration course file with a named person's ethnic origin and religion",
      "Bureau d'accueil <parcours@bapa-bxl.be>", "inscriptions@ecole-langues.be",
      "Inscription cours FLE - M. Tesfaye",
      """Bonjour,

Je vous inscris M. Dawit Tesfaye au cours de FLE niveau A1.
Origine : Érythrée, ethnie tigrinya
Religion : chrétien orthodoxe, ne peut pas suivre le cours le dimanche matin
Langues : tigrinya, un peu d'anglais

Merci de me confirmer l'horaire.

Bureau d'accueil pour primo-arrivants""",
      atts=[att_ods("inscription_fle.ods", [("Champ", "Valeur"), ("Nom", "Tesfaye Dawit"),
                                             ("Pays d'origine", "Érythrée"), ("Groupe ethnique", "Tigrinya"),
                                             ("Religion", "Chrétien orthodoxe (Église érythréenne)"),
                                             ("Contraintes", "pas le dimanche matin (office religieux)")],
                    sheet="Fiche")])

    M(61, "fr", "consultation-genetique-absence", "block", ["ART9_GENETIC", "ART9_HEALTH"],
      "PDF with a named employee's Huntington test result",
      "Médecine du travail <medtravail@cpas-liege.be>", "gestion@assurance-hospitalisation.be",
      "Demande de prise en charge",
      """Madame, Monsieur,

Veuillez trouver ci-joint le rapport relatif à notre agent pour la demande de prise en charge.

Médecine du travail - CPAS de Liège""",
      atts=[att_pdf("rapport_genetique.pdf", [
          "# Rapport de consultation génétique", "Patient : M. Thierry Gillet, né en 1979",
          "Indication : antécédents familiaux de maladie de Huntington (père atteint)",
          "Résultat : 42 répétitions CAG sur un allèle du gène HTT - test présymptomatique positif",
          "Suivi neurologique annuel recommandé"])])

    M(62, "fr", "reconnaissance-faciale-suspect", "block", ["ART9_BIOMETRIC", "ART10_CRIMINAL"],
      "facial match of a named suspect sent to a shop security firm",
      "Zone de police <enquetes@zp-bruxelles-nord.be>", "securite@centre-commercial.be",
      "Vol à l'étalage - identification",
      """Bonjour,

Le gabarit facial extrait de vos images a été comparé : correspondance à 97,2 % avec M. Kevin
Dumont, déjà connu pour des vols à l'étalage. Un PV pour vol a été dressé et transmis au parquet.
Pour votre système, voici le vecteur utilisé :

face_template_v3: 7f3a91c2-0d4e-48b1 [0.183, -0.442, 0.091, 0.377, -0.120, 0.264, ...]

Merci de ne pas diffuser.
Service enquêtes""")

    # ------------------------------------------------------------ ALLOW
    M(63, "fr", "circulaire-conge-maladie", "allow", [],
      "generic circular on medical certificates, no individual",
      "SPF BOSA - Communication RH <rh-communication@bosa.fgov.be>", "reseau-rh@administrations.be",
      "Circulaire 742 - certificats médicaux électroniques",
      """Chers collègues,

À partir du 1er mars 2027, les certificats médicaux électroniques (Mult-eMediatt) deviennent la
règle dans toutes les administrations fédérales. Rappel :

- le certificat ne mentionne pas de diagnostic ;
- l'agent reste joignable pour un contrôle ;
- le service du personnel ne demande jamais le motif médical.

La circulaire complète est jointe.

Service Communication RH - SPF BOSA""",
      atts=[att_pdf("circulaire_742.pdf", ["# Circulaire n° 742", "Objet : certificats médicaux électroniques",
                                             "1. Champ d'application : tous les agents fédéraux.",
                                             "2. Le certificat ne mentionne pas le diagnostic.",
                                             "3. Le contrôle médical est organisé par Medconsult."])])

    M(64, "fr", "formation-rgpd-categories", "allow", [],
      "training programme on special categories, fictitious examples",
      "Institut de formation <formation@ifa.be>", "participants@reseau-dpo.be",
      "Programme : formation « données sensibles » du 9 décembre",
      """Bonjour à toutes et à tous,

Voici le programme de la formation consacrée aux catégories particulières de données (article 9
RGPD) et aux données pénales (article 10) :

- 9h00 Définitions : santé, origine, opinions politiques, religion, syndicat, génétique,
  biométrie, vie sexuelle
- 10h30 Exercice : repérer les données sensibles dans un courriel fictif de « M. X »
- 11h30 Les canaux sécurisés (eBox, Fedsender, portails)
- 12h30 Questions

Inscription : formation@ifa.be

Institut de Formation de l'Administration""",
      atts=[att_docx("programme_formation.docx", ["# Formation données sensibles",
                                                  "Exemple fictif : « [NOM] est affilié à [SYNDICAT] » - à ne jamais envoyer par courriel."],
                     tables=[[("Heure", "Module"), ("9h00", "Définitions"), ("10h30", "Exercice"),
                              ("11h30", "Canaux sécurisés")]])])

    M(65, "fr", "formulaire-vierge-allocation", "allow", [],
      "blank form with placeholders",
      "Famiwal <info@famiwal.be>", "citoyen@proximus.be",
      "Formulaire de demande d'allocation familiale",
      """Madame,

Vous trouverez en annexe le formulaire vierge. Merci de le compléter et de le déposer sur notre
portail sécurisé (ou de l'envoyer par courrier), et non par courriel.

L'équipe Famiwal - 081 26 72 00""",
      atts=[att_odt("formulaire_vierge.odt", [
          "DEMANDE D'ALLOCATIONS FAMILIALES",
          "Nom du demandeur : ______________________",
          "NISS : __.__.__-___.__",
          "Compte bancaire (IBAN) : BE__ ____ ____ ____",
          "Enfant(s) : ______________________",
          "Situation particulière (handicap, attestation à joindre) : ________"])])

    spw = iban_be('091', '2150011', org=True)
    M(66, "fr", "facture-redevance-iban", "allow", [],
      "invoice with the institution's IBAN and structured reference",
      "Service Recettes <recettes@spw.wallonie.be>", "compta@bureau-etudes.be",
      "Redevance permis d'environnement - rappel",
      f"""Madame, Monsieur,

Sauf erreur de notre part, la redevance de 125 EUR relative à votre demande de permis
d'environnement n'a pas encore été payée.

Compte du SPW : {spw}
BIC : GKCCBEBB
Communication structurée : +++090/9337/55493+++
Référence de commande (interne) : {card('401288889018823', bad=True)}
Numéro d'entreprise SPW : {other('BE_KBO', '0316.381.039')}

Service des Recettes - SPW, Place Joséphine-Charlotte 2, 5100 Namur""",
      atts=[att_pdf("rappel_redevance.pdf", ["# Rappel de paiement", "Montant : 125,00 EUR",
                                             "Compte : " + spw, "Communication : +++090/9337/55493+++"])])

    M(67, "fr", "demande-extrait-casier", "allow", [],
      "explains how to obtain a criminal-record extract, no content",
      "Service Population <population@namur.be>", "m.leclercq@hotmail.com",
      "RE: extrait de casier judiciaire pour un bénévolat",
      """Bonjour Monsieur,

L'extrait de casier judiciaire (modèle 2 pour une activité avec des mineurs) peut être demandé
gratuitement en ligne via My e-Justice, ou au guichet avec votre carte d'identité. Il est délivré
en général sous 48 heures. Nous ne l'envoyons pas par courriel.

Service Population - Ville de Namur - 081 24 63 00

-----Message d'origine-----
De : M. Leclercq
Envoyé : lundi 16 novembre 2026 18:22
Objet : extrait de casier judiciaire pour un bénévolat

Bonjour, l'association me demande un extrait de casier. Comment faire ?""")

    M(68, "fr", "statistiques-syndicales", "allow", [],
      "aggregate union statistics, no names",
      "Observatoire de l'emploi public <observatoire@fwb.be>", "chercheur@ulb-partenaire.be",
      "Taux de syndicalisation par secteur",
      """Bonjour,

Voici les chiffres agrégés (sources : déclarations des organisations syndicales, 2025) :

Secteur | Effectif | Affiliés (%)
Enseignement | 112.000 | 61
Administration générale | 18.500 | 47
Organismes d'intérêt public | 9.800 | 39

Aucune donnée individuelle n'est disponible dans nos fichiers.

Observatoire de l'emploi public - FWB""",
      atts=[att_ods("syndicalisation.ods", [("Secteur", "Effectif", "Affiliés (%)"),
                                            ("Enseignement", "112000", "61"),
                                            ("Administration générale", "18500", "47"),
                                            ("OIP", "9800", "39")])])

    M(69, "fr", "bourgmestre-mandat-public", "allow", [],
      "public mandates of elected officials",
      "Secrétariat communal <secretariat@commune-wavre.be>", "journaliste@lavenir-media.be",
      "Composition du collège communal",
      """Bonjour,

Suite à votre demande, la composition du collège depuis l'installation :

- Bourgmestre : Anne Masson (MR)
- 1er échevin, Finances : Benoît Thoreau (MR)
- Échevine de l'Enseignement : Christine Herman (Les Engagés)
- Présidente du CPAS : Nathalie Dewez (MR)

Ces informations sont publiques et disponibles sur le site de la commune.

Secrétariat communal - Ville de Wavre""",
      html="""<html><body><p>Bonjour,</p><table border="1">
<tr><th>Fonction</th><th>Nom</th><th>Groupe</th></tr>
<tr><td>Bourgmestre</td><td>Anne Masson</td><td>MR</td></tr>
<tr><td>1er échevin, Finances</td><td>Benoît Thoreau</td><td>MR</td></tr>
<tr><td>Échevine de l'Enseignement</td><td>Christine Herman</td><td>Les Engagés</td></tr>
<tr><td>Présidente du CPAS</td><td>Nathalie Dewez</td><td>MR</td></tr></table>
<p>Secrétariat communal - Ville de Wavre</p></body></html>""")

    M(70, "fr", "numeros-dossier-lookalike", "allow", [],
      "XLSX of file numbers shaped like NN/BIS that fail the checksum",
      "Greffe <greffe.civil@tribunal-liege.be>", "secretariat@avocats-liege.be",
      "Liste des affaires fixées - audience du 7/12",
      """Maître,

Vous trouverez en annexe la liste des affaires fixées à l'audience civile du 7 décembre. Les
références sont celles du greffe.

Le greffe civil""",
      atts=[att_xlsx("role_0712.xlsx", [("Rôle", [
          ("Référence", "Nature", "Heure"),
          (nn_bad('261207', 14), "bail commercial", "9h00"),
          (nn_bad('262207', 31, typ="BE_BIS_NUMBER"), "copropriété", "9h30"),
          (nn_bad('261130', 520, fmt="plain"), "vente immobilière", "10h15")])])])

    M(71, "fr", "signatures-contacts-pro", "allow", [],
      "professional contact data of a project team",
      "Chef de projet <projet.ebox@smals.be>", "equipe@integrateur-it.be",
      "Kick-off eBox entreprises - contacts",
      """Bonjour à tous,

Merci pour la réunion d'hier. Vos interlocuteurs de notre côté :

Fonction : Chef de projet
Nom : Julien Mathieu
Téléphone : +32 2 787 58 10
Courriel : julien.mathieu@smals.be
LinkedIn : https://www.linkedin.com/in/julien-mathieu-smals

Fonction : Architecte
Nom : Sarah Lemaire
Téléphone : +32 2 787 57 44
Courriel : sarah.lemaire@smals.be

Smals - Avenue Fonsny 20, 1060 Bruxelles""",
      atts=[att_text("julien_mathieu.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Julien Mathieu\r\nORG:Smals\r\nTITLE:Chef de projet\r\nTEL;TYPE=WORK:+32 2 787 58 10\r\nEMAIL;TYPE=WORK:julien.mathieu@smals.be\r\nADR;TYPE=WORK:;;Avenue Fonsny 20;Bruxelles;;1060;BE\r\nEND:VCARD\r\n", subtype="vcard")])

    M(72, "fr", "appel-offres-biometrie", "allow", [],
      "tender for biometric passport kiosks, generic",
      "Marchés publics <marches@ibz.fgov.be>", "offres@kiosques-securises.eu",
      "Marché IBZ/2026/19 - bornes de capture biométrique",
      """Madame, Monsieur,

Le SPF Intérieur lance un marché pour 150 bornes de capture d'empreintes digitales et de
photographie faciale destinées à la délivrance des passeports dans les communes. Les données ne
sont jamais stockées sur la borne.

Cahier spécial des charges : plateforme e-Procurement, référence IBZ/2026/19.
Date limite : 20 janvier 2027.

Service Marchés publics - SPF Intérieur""",
      atts=[att_zip("cahier_des_charges.zip", [
          att_text("CSC_IBZ_2026_19.txt", "Cahier spécial des charges IBZ/2026/19\nLot 1 : bornes\nLot 2 : maintenance\nExigences : conformité ISO/IEC 19794-4 et 19794-5, pas de stockage local.\n"),
          att_csv("inventaire_quantites.csv", [("lot", "quantite"), ("1", 150), ("2", 1)])])])

    M(73, "fr", "note-diversite-agregats", "allow", [],
      "policy note with aggregated diversity figures",
      "Cellule Diversité <diversite@talent.brussels>", "conseil@bureau-diversite.be",
      "Note : monitoring de la diversité 2026",
      """Bonjour,

Ci-joint la note de synthèse. Les chiffres sont agrégés par direction ; aucune direction de moins
de 20 agents n'est présentée.

Cellule Diversité - talent.brussels""",
      atts=[att_docx("note_monitoring.docx", ["# Monitoring de la diversité 2026",
                                              "Méthode : croisement anonymisé avec les données de la BCSS (origine nationale des parents).",
                                              "Constat : la part d'agents d'origine non-UE reste stable (23 %)."],
                     tables=[[("Direction", "Agents", "Origine belge", "Origine UE", "Origine non-UE"),
                              ("Finances", 240, "61 %", "14 %", "25 %"),
                              ("Urbanisme", 118, "58 %", "19 %", "23 %"),
                              ("Mobilité", 302, "66 %", "12 %", "22 %")]])])

    M(74, "fr", "calendrier-conges-fetes", "allow", [],
      "calendar of holidays, no person's religion",
      "RH Planning <planning.rh@sibelga-partner.be>", "equipes@sous-traitant-maintenance.be",
      "Planning de fin d'année et jours de congé",
      """Bonjour,

Pour organiser les permanences de décembre, rappel des jours de fermeture :
- 24/12 après-midi, 25/12, 26/12 (jour de compensation), 31/12 après-midi, 1/1.
Les agents peuvent aussi prendre un jour de congé pour une fête religieuse ou philosophique de
leur choix, sans devoir la justifier.

RH Planning""")

    M(75, "fr", "absence-sans-motif", "allow", [],
      "doubtful: named employee on sick leave, no reason given",
      "Secrétariat <secretariat.dg@economie.fgov.be>", "organisation@seminaires-bruxelles.be",
      "Annulation participation séminaire",
      """Bonjour,

M. Laurent Pirard ne pourra pas participer au séminaire de jeudi : il est en congé de maladie
jusqu'au 4 décembre. Sa collègue Mme Inès Bourgeois le remplacera. Pouvez-vous modifier le badge ?

Merci,
Secrétariat de la Direction générale
SPF Économie, Rue du Progrès 50, 1210 Bruxelles - 02 277 51 11""")

    M(76, "fr", "colloque-tests-genetiques", "allow", [],
      "conference invitation on genetic testing, generic",
      "Comité consultatif de bioéthique <bioethique@health.fgov.be>", "inscriptions@universites-belges.be",
      "Colloque : tests génétiques en entreprise ?",
      """Mesdames, Messieurs,

Le Comité consultatif de bioéthique organise le 28 janvier 2027 un colloque sur l'utilisation
des tests génétiques dans les relations de travail et les assurances (loi du 28 janvier 2003).

Intervenants : Pr. Marie Devos (UCLouvain), Dr Hans Peeters (KU Leuven), Me Sophie Wauters.

Inscription gratuite mais obligatoire.

Secrétariat du Comité - Place Victor Horta 40, 1060 Bruxelles""")

    M(77, "fr", "fil-reponse-ebox", "allow", [],
      "long reply thread, status referred to MyMinfin/eBox, no data",
      "Contact Center <contact.impots@minfin.fed.be>", "a.noel@telenet.be",
      "RE: RE: RE: remboursement impôt 2025",
      """Bonjour Madame Noël,

Votre avertissement-extrait de rôle est disponible dans MyMinfin et dans votre eBox. Nous ne
pouvons pas communiquer le montant ni votre numéro de compte par courriel. Si le compte enregistré
n'est plus correct, vous pouvez le modifier vous-même dans MyMinfin (rubrique « Mon profil »).

Contact Center SPF Finances - 0257 257 57

-----Message d'origine-----
De : A. Noël
Envoyé : jeudi 12 novembre 2026 20:41
Objet : RE: RE: remboursement impôt 2025

Je ne comprends pas, vous pouvez pas juste me dire quand je serai remboursée ?

-----Message d'origine-----
De : Contact Center
Envoyé : mardi 10 novembre 2026 10:05
Objet : RE: remboursement impôt 2025

Madame, votre déclaration est en cours de traitement. Consultez MyMinfin.

-----Message d'origine-----
De : A. Noël
Envoyé : lundi 9 novembre 2026 22:17
Objet : remboursement impôt 2025

Bonjour, quand vais-je recevoir mon remboursement ?""")

    M(78, "fr", "statistiques-sante-ods", "allow", [],
      "aggregated public-health statistics by province",
      "Observatoire de la santé <observatoire@sante-hainaut.be>", "presse@journal-regional.be",
      "Chiffres grippe saisonnière - semaine 46",
      """Bonjour,

Les chiffres hebdomadaires de consultations pour syndrome grippal (pour 100.000 habitants) sont
en annexe. Données issues du réseau de médecins vigies, sans aucune donnée individuelle.

Observatoire de la santé du Hainaut""",
      atts=[att_ods("grippe_s46.ods", [("Province", "Consultations/100.000", "Tendance"),
                                       ("Hainaut", "142", "hausse"), ("Liège", "128", "stable"),
                                       ("Namur", "97", "hausse"), ("Luxembourg", "74", "stable")])])

    M(79, "fr", "modeles-vierges-zip", "allow", [],
      "ZIP with blank templates and a sample .eml with placeholders",
      "Cellule qualité <qualite@cpas-namur.be>", "auditeur@qualite-services.be",
      "Modèles de courriers",
      """Bonjour,

Comme demandé, les modèles de courriers utilisés par le service social, vides. Le courriel type
montre comment nous renvoyons les citoyens vers l'eBox.

Cellule qualité - CPAS de Namur""",
      atts=[att_zip("modeles.zip", [
          att_text("modele_decision.txt", "Objet : décision relative à votre demande\nMadame/Monsieur [NOM],\nNISS : [NISS]\nLe Conseil a décidé [DÉCISION].\nRecours : [TRIBUNAL DU TRAVAIL]\n"),
          att_eml_bytes("courriel_type.eml", inner(79, "service.social@cpas-namur.be", "[adresse du citoyen]",
                                                   "Votre dossier",
                                                   "Madame, Monsieur,\n\nLa décision vous a été envoyée dans votre eBox.\nNous ne communiquons pas de données personnelles par courriel.\n\nLe service social"))])])

    fwd80 = inner(80, "Service Recettes <recettes@ville-charleroi.be>", "permis@ville-charleroi.be",
                  "Rappel : taxe sur les enseignes",
                  f"""Bonjour,

Pour info, le modèle de rappel envoyé aux commerces cette année :

« Le montant de la taxe sur les enseignes est à verser sur le compte de la Ville de Charleroi
{iban_be('091', '0005234', org=True)} avec la référence de l'avertissement-extrait de rôle. »

Service Recettes""")
    M(80, "fr", "tr-taxe-enseignes", "allow", [],
      "forwarded .eml with the city's own IBAN for a tax",
      "Service Permis <permis@ville-charleroi.be>", "info@union-commerces-charleroi.be",
      "TR: Rappel : taxe sur les enseignes",
      """Bonjour Monsieur,

Comme évoqué lors de la réunion avec l'Union des commerçants, je vous transmets le modèle de
rappel. Les commerçants peuvent nous contacter au 071 86 00 00 en cas de question.

Service Permis - Ville de Charleroi""",
      atts=[att_eml("Rappel taxe enseignes.eml", fwd80)])
