# ruff: noqa: E501  (mail text: one line per paragraph, as Outlook writes it)
"""French development-set scenarios (Walloon and Brussels administrations). Invented people and numbers."""

from __future__ import annotations

import random
from collections.abc import Callable

from build import (
    DOCX,
    ODT,
    XLSX,
    Mail,
    csv_bytes,
    docx_bytes,
    fmt_iban,
    forward_header,
    html_doc,
    html_table,
    iban_be,
    odt_bytes,
    pdf_form,
    pdf_text,
    quote,
    xlsx_bytes,
)

SCENARIOS: list[Callable[[random.Random], Mail]] = []


def scenario(f: Callable[[random.Random], Mail]) -> Callable[[random.Random], Mail]:
    SCENARIOS.append(f)
    return f


SIG_GRH = """Bien à vous,

Cécile Marchal
Gestionnaire RH
Ville de Namur - Département des Ressources humaines
Hôtel de Ville, 5000 Namur
Tél. 081 24 63 00"""


# --------------------------------------------------------------------------------------------------
# block
# --------------------------------------------------------------------------------------------------
@scenario
def syndicat_csv(rng: random.Random) -> Mail:
    rows = [["Matricule", "Nom", "Prénom", "Service", "Syndicat", "Cotisation retenue"],
            ["10442", "Lambert", "Pascal", "Travaux", "CGSP", "oui"],
            ["10451", "Renard", "Isabelle", "État civil", "CSC Services publics", "oui"],
            ["10467", "Dethier", "Michaël", "Propreté", "", "non"],
            ["10470", "Hubert", "Sandrine", "Finances", "SLFP", "oui"],
            ["10488", "Collard", "Julien", "Travaux", "CGSP", "oui"]]
    return Mail(
        "syndicat-liste-csv", "fr", "block", ["ART9_TRADE_UNION"],
        "CSV d'agents nommés avec leur syndicat vers le secrétariat social",
        "grh@ville.namur.be", "paie@group-s-partners.be",
        "Retenues cotisations syndicales - décembre",
        "Bonjour Madame Leroy,\n\nVeuillez trouver ci-joint le fichier des retenues syndicales à appliquer sur "
        "les traitements de décembre.\n\n" + SIG_GRH,
        attachments=[("retenues_syndicales.csv", csv_bytes(rows, ";", "cp1252"), "text/csv")],
    )


@scenario
def origine_xlsx(rng: random.Random) -> Mail:
    rows = [["Nom", "Prénom", "Commune", "Date d'arrivée", "Origine"],
            ["Diallo", "Mamadou", "Schaerbeek", "2024-03-02", "guinéenne (peul)"],
            ["Benhaddou", "Samira", "Molenbeek", "2023-11-15", "marocaine (amazighe)"],
            ["Stoica", "Florin", "Anderlecht", "2025-01-20", "rom de Roumanie"],
            ["Nkurunziza", "Aline", "Ixelles", "2024-07-08", "burundaise"]]
    return Mail(
        "origine-participants-xlsx", "fr", "block", ["ART9_ETHNIC_ORIGIN"],
        "xlsx de personnes nommées avec une colonne Origine vers une ASBL partenaire",
        "cohesion.sociale@cocof.brussels", "accueil@asbl-passerelles.be",
        "Liste des participants - parcours d'accueil",
        "Bonjour,\n\nComme convenu, voici la liste des participants orientés vers votre module de français "
        "langue étrangère.\n\nCordialement,\n\nFrédéric Wauthier\nService Cohésion sociale",
        attachments=[("participants_parcours.xlsx", xlsx_bytes({"Participants": rows}), XLSX)],
    )


@scenario
def profil_adn_pdf(rng: random.Random) -> Mail:
    lines = ["LABORATOIRE DE GÉNÉTIQUE HUMAINE - RAPPORT D'ANALYSE", "",
             "Nom : Kabongo", "Prénom : Patrick", "Date de naissance : 12/06/1981",
             "Demande : test de paternité (regroupement familial)", "",
             "Profil ADN (STR) :", "D3S1358 15/16   vWA 17/18   FGA 22/23   TH01 7/9.3",
             "D8S1179 13/13   D21S11 30/32.2   D18S51 14/16   D5S818 11/12", "",
             "Conclusion : la paternité est pratiquement prouvée (W = 99,9998 %)."]
    return Mail(
        "profil-adn-rapport-pdf", "fr", "block", ["ART9_GENETIC"],
        "rapport PDF : profil ADN (loci STR) d'une personne nommée",
        "labo.genetique@chu-liege.be", "regroupement@ibz.fgov.be",
        "Rapport d'analyse dossier RF-2026-3381",
        "Madame, Monsieur,\n\nVous trouverez en annexe le rapport d'analyse génétique demandé dans le cadre du "
        "dossier de regroupement familial.\n\nSalutations distinguées,\n\nDr Anne-Sophie Grégoire\n"
        "Laboratoire de génétique humaine, CHU de Liège",
        attachments=[("rapport_RF-2026-3381.pdf", pdf_text(lines), "application/pdf")],
    )


@scenario
def empreinte_vocale_csv(rng: random.Random) -> Mail:
    rows = [["matricule", "nom", "empreinte vocale (identifiant du modèle)", "date d'enrôlement", "score"],
            ["A1021", "Gilson Marc", "vp-7f3a9c21e0", "2026-09-14", "0.93"],
            ["A1034", "Piron Laetitia", "vp-1c88d4b7a2", "2026-09-14", "0.88"],
            ["A1040", "Ndiaye Fatou", "vp-5e02ab9914", "2026-09-15", "0.91"]]
    return Mail(
        "empreintes-vocales-agents", "fr", "block", ["ART9_BIOMETRIC"],
        "CSV : modèles d'empreinte vocale par agent nommé vers un prestataire",
        "it@forem.be", "support@voicesecure.fr",
        "Export enrôlement vocal - centre de contact",
        "Bonjour,\n\nVoici l'export des agents enrôlés dans l'authentification vocale du centre de contact. "
        "Trois agents ont un score trop bas; pouvez-vous vérifier?\n\nMerci,\nYves Delcourt\nService IT",
        attachments=[("enrolement_vocal.csv", csv_bytes(rows, ","), "text/csv")],
    )


@scenario
def confession_odt(rng: random.Random) -> Mail:
    table = [["Nom", "Âge", "Confession", "Repas"],
             ["Ilyes Mansouri", "9", "musulmane", "halal"], ["Chloé Lefèvre", "10", "catholique", "standard"],
             ["David Rosenberg", "9", "juive", "casher"], ["Inès Carvalho", "11", "aucune", "végétarien"]]
    return Mail(
        "confession-enfants-stage-odt", "fr", "block", ["ART9_RELIGION"],
        "document ODT : tableau d'enfants nommés avec leur confession vers un traiteur",
        "jeunesse@ottignies-lln.be", "commandes@traiteur-delices.be",
        "Stage de Toussaint - liste des repas",
        "Bonjour,\n\nPour le stage de la semaine prochaine, voici la liste des enfants avec le type de repas "
        "demandé par les parents.\n\nBonne journée,\n\nMélanie Jadoul\nService Jeunesse",
        attachments=[("stage_toussaint.odt", odt_bytes(["Stage de Toussaint - repas"], table), ODT)],
    )


@scenario
def affiliation_politique_xlsx(rng: random.Random) -> Mail:
    rows = [["Nom", "Service", "Affiliation politique", "Mandat", "Congé politique demandé"],
            ["Hanquet Olivier", "Urbanisme", "MR", "conseiller communal Wavre", "2 jours/mois"],
            ["Mertens Laure", "Enseignement", "PS", "échevine Rixensart", "4 jours/mois"],
            ["Baudouin Simon", "Informatique", "Ecolo", "conseiller CPAS", "1 jour/mois"]]
    return Mail(
        "affiliation-politique-conges", "fr", "block", ["ART9_POLITICAL_OPINION"],
        "xlsx : agents nommés et leur parti vers le secrétariat social",
        "personnel@brabantwallon.be", "dossiers@securex-sp.be",
        "Congés politiques - nouvelle législature",
        "Bonjour,\n\nCi-joint le relevé des congés politiques pour la nouvelle législature.\n\nCordialement,\n"
        "Service du personnel, Province du Brabant wallon",
        attachments=[("conges_politiques.xlsx", xlsx_bytes({"Congés": rows}), XLSX)],
    )


@scenario
def diagnostic_csv(rng: random.Random) -> Mail:
    rows = [["Nom", "Prénom", "Date d'examen", "Diagnostic", "Aptitude"],
            ["Collignon", "Eric", "2026-10-03", "diabète de type 2 insulinodépendant", "apte avec restrictions"],
            ["Michaux", "Valérie", "2026-10-03", "lombalgie chronique", "apte"],
            ["Bertrand", "Kevin", "2026-10-04", "épilepsie", "inapte à la conduite"]]
    return Mail(
        "diagnostics-medecine-travail", "fr", "block", ["ART9_HEALTH"],
        "CSV : diagnostics par agent nommé envoyés à un assureur",
        "medecine.travail@charleroi.be", "gestion@assurances-wallonie.be",
        "Examens médicaux - chauffeurs",
        "Madame,\n\nVoici les résultats des examens médicaux des chauffeurs du service Propreté, comme demandé "
        "pour le dossier de la flotte.\n\nCordialement,\n\nDr Luc Fontaine\nMédecine du travail",
        attachments=[("examens_chauffeurs.csv", csv_bytes(rows, ";"), "text/csv")],
    )


@scenario
def condamnations_docx(rng: random.Random) -> Mail:
    table = [["Nom", "Date du jugement", "Juridiction", "Condamnation"],
             ["Laurent Gérard", "14/02/2025", "Tribunal correctionnel de Mons", "12 mois avec sursis pour vol"],
             ["Debouche Cindy", "03/09/2024", "Tribunal de police de Tournai", "déchéance du droit de conduire 3 mois"],
             ["Moulin Arnaud", "22/11/2023", "Tribunal correctionnel de Mons", "amende pour coups et blessures"]]
    return Mail(
        "condamnations-candidats-docx", "fr", "block", ["ART10_CRIMINAL"],
        "tableau Word : candidats nommés et leurs condamnations vers un bureau de sélection",
        "selection@hainaut.be", "recrutement@select-consult.be",
        "Vérification des candidats - gardiens de la paix",
        "Bonjour,\n\nSuite à la vérification des extraits de casier, trois candidats présentent une "
        "condamnation. Le détail est en annexe.\n\nCordialement,\nService Sélection, Province de Hainaut",
        attachments=[("verification_candidats.docx", docx_bytes(["Vérification des candidats"], table), DOCX)],
    )


@scenario
def orientation_asile_body(rng: random.Random) -> Mail:
    return Mail(
        "orientation-sexuelle-fiche-asile", "fr", "block", ["ART9_SEX_LIFE"],
        "lignes « Libellé : valeur » dans le corps : orientation sexuelle d'un demandeur nommé",
        "accueil@fedasil.be", "avocats@cabinet-lemaire.be",
        "Fiche de transfert - centre de Jumet",
        "Maître,\n\nVoici la fiche de votre client pour son transfert vers une structure adaptée :\n\n"
        "Nom : Okonkwo\nPrénom : Chidi\nNationalité : nigériane\nMotif de la demande : persécution en raison de "
        "son orientation sexuelle\nOrientation sexuelle : homosexuel\nBesoins spécifiques : logement individuel"
        "\n\nBien à vous,\n\nService accueil, Fedasil",
    )


@scenario
def pdf_form_syndicat(rng: random.Random) -> Mail:
    pdf = pdf_form("Demande de prime syndicale", [
        ("Nom", "Mathieu"), ("Prénom", "Caroline"), ("Matricule", "22871"),
        ("Organisation syndicale", "FGTB - SETCa"), ("Période d'affiliation", "01/2025 - 12/2025")])
    return Mail(
        "formulaire-pdf-prime-syndicale", "fr", "block", ["ART9_TRADE_UNION"],
        "formulaire PDF rempli (AcroForm) : nom et organisation syndicale",
        "personnel@sambreville.be", "primes@fonds-social-pc.be",
        "Demande de prime syndicale",
        "Bonjour,\n\nVous trouverez ci-joint la demande de prime syndicale complétée.\n\nCordialement,\n"
        "Service du personnel",
        attachments=[("demande_prime.pdf", pdf, "application/pdf")],
    )


@scenario
def minuties_prose(rng: random.Random) -> Mail:
    return Mail(
        "minuties-empreinte-agent", "fr", "block", ["ART9_BIOMETRIC"],
        "minuties de l'empreinte digitale d'un agent nommé envoyées au fournisseur",
        "securite@parlement-wallonie.be", "support@bioaccess.fr",
        "Problème de reconnaissance - badge 2231",
        "Bonjour,\n\nLe lecteur de l'entrée B refuse systématiquement M. Thierry Dumont. Nous avons extrait les "
        "minuties de son empreinte digitale (gabarit au format ISO/IEC 19794-2, 38 minuties) depuis la "
        "console et les joignons au ticket pour analyse.\n\nCordialement,\nService Sécurité",
    )


@scenario
def porteuse_saine(rng: random.Random) -> Mail:
    return Mail(
        "porteuse-saine-mutation", "fr", "block", ["ART9_GENETIC"],
        "statut de porteuse d'une mutation pour une personne nommée",
        "genetique@erasme.ulb.ac.be", "dr.moreau@medecin-ixelles.be",
        "Résultat du dépistage",
        "Cher Confrère,\n\nLe dépistage réalisé chez Mme Aurélie Simon a montré qu'elle est porteuse saine "
        "d'une mutation du gène HBB (trait drépanocytaire). Un conseil génétique est proposé au couple.\n\n"
        "Confraternellement,\n\nDr Nicolas Stévens\nCentre de génétique humaine",
    )


@scenario
def substitution_ris(rng: random.Random) -> Mail:
    first = ("Bonjour Nadia,\n\nJe reprends le suivi de Mme Sandrine Lejeune (RIS, rue de la Station 8) pendant "
             "ton congé. Quelque chose à savoir pour les rendez-vous ?\n\nMerci,\nJulien")
    return Mail(
        "traitement-substitution-ris", "fr", "block", ["ART9_HEALTH"],
        "traitement de substitution cité dans une réponse sur une bénéficiaire nommée",
        "nadia.hamdi@cpas-seraing.be", "julien.pire@cpas-seraing.be; accompagnement@relais-social.be",
        "RE: reprise de suivi",
        "Salut Julien,\n\nElle est sous traitement de substitution (buprénorphine) depuis le printemps, suivi "
        "au centre Alfa. Évite les rendez-vous le jeudi matin, c'est son jour de délivrance.\n\nNadia\n\n"
        + quote(first, "Julien Pire", "18/11/2026 à 16:30", "fr"),
    )


@scenario
def militant_plainte(rng: random.Random) -> Mail:
    return Mail(
        "militant-parti-plainte", "fr", "block", ["ART9_POLITICAL_OPINION"],
        "opinion politique d'un agent nommé dans une plainte transmise",
        "deontologie@bruxelles.be", "conseil@avocats-dessart.be",
        "Plainte - agent du service Propreté",
        "Maître,\n\nUn usager se plaint de M. Karim Ouali, agent du service Propreté. Selon le plaignant, "
        "M. Ouali est militant actif du PTB et distribuerait des tracts pendant ses tournées. Nous souhaitons "
        "votre avis avant d'entendre l'agent.\n\nCordialement,\n\nCellule déontologie, Ville de Bruxelles",
    )


@scenario
def html_table_sante(rng: random.Random) -> Mail:
    table = html_table([["Enfant", "Groupe", "Allergie / traitement", "Contact urgence"],
                        ["Lina Bouchat", "Lutins", "asthme (Ventolin)", "0477 11 22 33"],
                        ["Tom Jacquet", "Lutins", "allergie aux arachides (stylo EpiPen)", "0479 44 55 66"],
                        ["Manon Dufrasne", "Castors", "diabète de type 1 (pompe à insuline)", "0472 77 88 99"]])
    html = (f"<p>Bonjour,</p><p>Voici les informations médicales des enfants inscrits au camp :</p>{table}"
            f"<p>Bonne préparation,<br>Sophie Lambot<br>Service Extrascolaire</p>")
    return Mail(
        "infos-medicales-camp-html", "fr", "block", ["ART9_HEALTH"],
        "tableau HTML : enfants nommés et leurs maladies/traitements vers une asbl",
        "extrascolaire@gembloux.be", "direction@camps-nature.be",
        "Camp de printemps - fiches santé", "", html=html, html_only=True,
    )


@scenario
def casier_transfere(rng: random.Random) -> Mail:
    fwd = (forward_header("fr", "Greffe <greffe.charleroi@just.fgov.be>", "17/11/2026 11:05",
                          "personnel@chatelet.be", "Renseignements")
           + "\nMadame,\n\nNous vous confirmons que M. Grégory Delhaye a été condamné le 5 mai 2025 par le "
             "tribunal correctionnel de Charleroi à une peine de travail de 120 heures pour vol simple.\n\n"
             "Le greffier")
    return Mail(
        "condamnation-transferee", "fr", "block", ["ART10_CRIMINAL"],
        "message transféré : condamnation d'une personne nommée",
        "personnel@chatelet.be", "conseil@cabinet-renard.be",
        "TR: Renseignements",
        "Maître,\n\nPour le dossier disciplinaire, voici la réponse du greffe.\n\nCordialement,\n"
        "Service du personnel\n\n" + fwd,
    )


# --------------------------------------------------------------------------------------------------
# allow
# --------------------------------------------------------------------------------------------------
@scenario
def circulaire_elections(rng: random.Random) -> Mail:
    body = """Mesdames, Messieurs les présidents de bureau,

Les élections communales et provinciales auront lieu le dimanche 13 octobre. La présente circulaire rappelle l'organisation pratique.

Les bureaux de vote ouvrent à 8 heures et ferment à 14 heures. Les assesseurs ont été désignés par tirage au sort parmi les électeurs; les suppléants figurent sur la liste en annexe. Chaque bureau dispose d'un isoloir accessible aux personnes à mobilité réduite.

Procurations : un électeur ne peut être porteur que d'une seule procuration. Le mandataire présente sa carte d'identité, sa convocation, celle du mandant et le formulaire de procuration accompagné, le cas échéant, d'un certificat médical ou d'une attestation de l'employeur.

Témoins des partis : chaque liste peut désigner des témoins. Ils assistent aux opérations mais ne peuvent ni influencer les électeurs ni faire campagne dans le local.

Après la clôture, les bulletins, les procès-verbaux et les listes de pointage sont remis au bureau principal, présidé par M. Jean-Marc Collard, à l'hôtel de ville.

Nous vous remercions pour votre engagement citoyen.

Cordialement,

Cellule Élections
Ville de Liège
Tél. 04 221 84 11
elections@liege.be"""
    return Mail("circulaire-elections-longue", "fr", "allow", [],
                "circulaire logistique électorale (procurations, certificat médical, partis)",
                "elections@liege.be", "presidents@bureaux-liege.be",
                "Élections du 13 octobre - instructions aux présidents", body)


@scenario
def formation_neutralite(rng: random.Random) -> Mail:
    return Mail(
        "formation-neutralite-politique", "fr", "allow", [],
        "annonce d'une formation sur la neutralité politique et le devoir de réserve",
        "formation@fwb.be", "agents@administration-fwb.be",
        "Formation : neutralité, devoir de réserve et réseaux sociaux",
        "Chers collègues,\n\nLa formation « Neutralité politique et devoir de réserve » aura lieu le 5 mars. "
        "Peut-on afficher ses opinions politiques sur les réseaux sociaux ? Porter un signe convictionnel au "
        "guichet ? Que répondre à un usager qui demande pour quel parti on vote ? La formatrice, Mme Isabelle "
        "Rorive (ULB), présentera la jurisprudence et des cas pratiques.\n\nInscriptions via l'intranet.\n\n"
        "Cordialement,\nL'École d'administration publique",
    )


@scenario
def extrait_casier_procedure(rng: random.Random) -> Mail:
    q = ("Bonjour,\n\nJe dois fournir un extrait de casier judiciaire pour un emploi d'éducateur. Comment "
         "faire ?\n\nMerci,\nAntoine Delvaux")
    return Mail(
        "extrait-casier-procedure", "fr", "allow", [],
        "explication de la demande d'un extrait de casier judiciaire à un citoyen nommé",
        "population@waterloo.be", "antoine.delvaux@skynet.be",
        "RE: extrait de casier judiciaire",
        "Monsieur Delvaux,\n\nPour un emploi en contact avec des mineurs, il vous faut un extrait de casier "
        "judiciaire modèle 2 (article 596, alinéa 2, du Code d'instruction criminelle). Vous pouvez le "
        "télécharger gratuitement sur My e-Justice avec votre carte d'identité, ou le demander au guichet "
        "Population. L'extrait mentionne, le cas échéant, les condamnations pertinentes pour cette finalité.\n\n"
        "Cordialement,\n\nService Population, Commune de Waterloo\nTél. 02 352 98 00\n\n"
        + quote(q, "Antoine Delvaux", "19/11/2026 à 21:10", "fr"),
    )


@scenario
def calendrier_fetes_html(rng: random.Random) -> Mail:
    table = html_table([["Date", "Fête", "Tradition"], ["20 mars", "Aïd el-Fitr", "islam"],
                        ["5 avril", "Pâques", "christianisme"], ["2 avril", "Pessa'h", "judaïsme"],
                        ["27 mai", "Aïd el-Adha", "islam"], ["21 septembre", "Yom Kippour", "judaïsme"],
                        ["8 novembre", "Diwali", "hindouisme"]])
    html = (f"<p>Chers responsables d'équipe,</p><p>Voici le calendrier des principales fêtes religieuses et "
            f"convictionnelles de 2026, à prendre en compte pour planifier les formations.</p>{table}"
            f"<p>Cordialement,<br>Cellule Diversité</p>")
    return Mail("calendrier-fetes-religieuses", "fr", "allow", [],
                "tableau HTML des fêtes religieuses, aucune personne",
                "diversite@spw.wallonie.be", "responsables@spw.wallonie.be",
                "Calendrier des fêtes convictionnelles 2026", "", html=html, html_only=True)


@scenario
def delits_haine_csv(rng: random.Random) -> Mail:
    rows = [["Motif", "2023", "2024", "2025"], ["Origine ethnique / couleur de peau", 380, 402, 417],
            ["Religion ou conviction", 77, 96, 110], ["Orientation sexuelle", 133, 142, 161],
            ["Handicap", 19, 25, 22], ["Conviction politique", 8, 11, 9]]
    return Mail(
        "delits-haine-par-motif", "fr", "allow", [],
        "statistiques agrégées des délits de haine par motif (CSV), analyste nommé",
        "statistiques@police.belgium.eu", "recherche@unia.be",
        "Statistiques délits de haine 2023-2025",
        "Madame Janssens,\n\nVous trouverez ci-joint les faits enregistrés par motif. Il s'agit de chiffres "
        "agrégés au niveau national.\n\nCordialement,\n\nCommissaire Didier Leclercq\nPolice fédérale, DRI",
        attachments=[("delits_haine_motifs.csv", csv_bytes(rows, ";"), "text/csv")],
    )


@scenario
def consultation_droits_patient(rng: random.Random) -> Mail:
    return Mail(
        "consultation-loi-droits-patient", "fr", "allow", [],
        "consultation sur une modification de loi avec chiffres agrégés de santé",
        "consultation@sante.belgique.be", "avis@mutualites-socialistes.be",
        "Consultation : modification de la loi relative aux droits du patient",
        "Madame, Monsieur,\n\nLe ministre de la Santé souhaite modifier la loi du 22 août 2002 relative aux "
        "droits du patient. En 2025, les services de médiation ont reçu 6 214 plaintes, dont 31 % concernaient "
        "la qualité des soins et 12 % l'accès au dossier médical. Près de 420 000 personnes souffrent d'un "
        "diabète en Belgique. L'avant-projet est joint; vos remarques sont attendues pour le 20 janvier.\n\n"
        "Cordialement,\n\nMarc Dubois\nConseiller, cellule stratégique Santé",
    )


@scenario
def marche_public_hopital(rng: random.Random) -> Mail:
    return Mail(
        "marche-public-fournitures-hospitalieres", "fr", "allow", [],
        "marché public de fournitures médicales (chimiothérapie, stomie) avec contact",
        "achats@chu-charleroi.be", "offres@medical-supplies.be",
        "Marché 2026-17 : fournitures médicales",
        "Madame, Monsieur,\n\nLe CHU de Charleroi lance une procédure ouverte pour la fourniture de matériel "
        "médical en trois lots : lot 1 pompes et tubulures pour chimiothérapie ; lot 2 matériel de stomie ; "
        "lot 3 lecteurs de glycémie pour les patients diabétiques. Les documents sont disponibles sur la "
        "plateforme e-Procurement.\n\nPersonne de contact : Mme Véronique Hallet, service Achats, "
        "tél. 071 92 00 00.\n\nCordialement,\nService Achats",
    )


@scenario
def communique_depistage(rng: random.Random) -> Mail:
    return Mail(
        "communique-depistage-porte-parole", "fr", "allow", [],
        "communiqué de presse (dépistage du cancer) avec les coordonnées de la porte-parole",
        "presse@aviq.be", "redaction@lesoir.be",
        "Communiqué : nouvelle campagne de dépistage du cancer colorectal",
        "COMMUNIQUÉ DE PRESSE\n\nL'AVIQ lance une campagne de dépistage du cancer colorectal pour les 50-74 "
        "ans. En Wallonie, environ 2 700 nouveaux cas sont diagnostiqués chaque année. Le test est gratuit et "
        "se fait à domicile.\n\nContact presse :\nPorte-parole : Mme Émilie Gobert\nTél. : 071 33 77 11\n"
        "E-mail : presse@aviq.be",
    )


@scenario
def pv_reunion_agregats(rng: random.Random) -> Mail:
    body = """Bonjour à tous,

Veuillez trouver ci-dessous le procès-verbal du comité de concertation du 7 novembre.

Présents : M. Philippe Lambotte (président), Mme Nadine Colson (CGSP), M. Youssef Bakkali (CSC), Mme Anne Piette (SLFP), Mme Delphine Gérard (conseillère en prévention)

1. Absentéisme : le taux d'absence pour maladie s'élève à 5,9 %. Neuf agents sont en incapacité de longue durée, dont trois pour burn-out.
2. Accidents du travail : cinq accidents ont été déclarés au troisième trimestre.
3. Le plan diversité 2026 sera présenté en décembre.

Prochaine réunion : 5 décembre.

Cordialement,
Le secrétariat du comité"""
    return Mail("pv-comite-concertation-agregats", "fr", "allow", [],
                "PV avec participants nommés et chiffres agrégés d'absentéisme",
                "secretariat@cpas-mons.be", "comite@cpas-mons.be", "PV comité de concertation du 7 novembre",
                body)


@scenario
def tableau_agrege_origine(rng: random.Random) -> Mail:
    rows = [["Origine des demandeurs", "Nombre", "%"], ["Belgique", 1412, "52"], ["Union européenne", 498, "18"],
            ["Afrique du Nord", 421, "15"], ["Afrique subsaharienne", 266, "10"], ["Autre", 131, "5"]]
    return Mail(
        "origine-demandeurs-agregat", "fr", "allow", [],
        "tableau agrégé : nombre de demandeurs par origine",
        "observatoire@cpas-bxl.brussels", "etudes@ibsa.brussels",
        "Chiffres 2025 - demandeurs d'aide",
        "Bonjour,\n\nVoici la répartition des demandeurs par origine pour le rapport social.\n\n"
        "Cordialement,\nObservatoire social",
        attachments=[("origine_demandeurs.xlsx", xlsx_bytes({"2025": rows}), XLSX)],
    )


@scenario
def liste_contacts_csv(rng: random.Random) -> Mail:
    rows = [["Nom", "Prénom", "Fonction", "E-mail", "Téléphone"],
            ["Lemaire", "Hélène", "cheffe de projet", "helene.lemaire@spw.wallonie.be", "081 33 44 55"],
            ["Piret", "Damien", "juriste", "damien.piret@spw.wallonie.be", "081 33 44 56"],
            ["Sacré", "Mélissa", "comptable", "melissa.sacre@spw.wallonie.be", "081 33 44 57"]]
    return Mail("contacts-equipe-projet-csv", "fr", "allow", [],
                "liste de contacts professionnels (CSV)",
                "helene.lemaire@spw.wallonie.be", "projet@bureau-etudes-sigma.be",
                "Équipe projet - coordonnées",
                "Bonjour,\n\nPour le démarrage du projet, voici les coordonnées de notre équipe.\n\n"
                "Bien à vous,\nHélène Lemaire",
                attachments=[("equipe_projet.csv", csv_bytes(rows, ";"), "text/csv")])


@scenario
def paiement_sa(rng: random.Random) -> Mail:
    iban = fmt_iban(iban_be(rng))
    return Mail(
        "confirmation-paiement-sa", "fr", "allow", [],
        "confirmation de paiement à une SA avec le compte de cette SA",
        "comptabilite@province-luxembourg.be", "facturation@nettoyage-ardennes.be",
        "Paiement de votre facture F-2026-0931",
        f"Madame, Monsieur,\n\nNous vous informons que la facture F-2026-0931 de Nettoyage des Ardennes SA a "
        f"été payée ce jour. Le montant de 12 480,00 EUR a été viré sur votre compte {iban}.\n\n"
        f"Salutations distinguées,\n\nService Comptabilité\nProvince de Luxembourg",
    )


@scenario
def webinaire_genetique(rng: random.Random) -> Mail:
    return Mail(
        "webinaire-genetique-intervenant", "fr", "allow", [],
        "invitation à un webinaire sur la génétique avec intervenant nommé",
        "evenements@sciensano.be", "newsletter@abonnes-sciensano.be",
        "Webinaire : tests génétiques et données de santé",
        "Bonjour,\n\nLe jeudi 11 décembre, le Pr Marc Abramowicz (ULB) présentera les enjeux des tests "
        "génétiques en accès direct : séquençage du génome, statut de porteur, protection des données "
        "génétiques. Inscription gratuite sur notre site.\n\nL'équipe événements de Sciensano",
    )


@scenario
def plan_diversite(rng: random.Random) -> Mail:
    return Mail(
        "plan-diversite-coordinatrice", "fr", "allow", [],
        "plan diversité (origine, handicap, orientation sexuelle) avec coordinatrice nommée",
        "diversite@schaerbeek.brussels", "personnel@schaerbeek.brussels",
        "Plan diversité 2026-2028",
        "Chers collègues,\n\nLe nouveau plan diversité vise l'égalité des chances sans distinction d'origine, de "
        "convictions religieuses ou philosophiques, de handicap ou d'orientation sexuelle. Il prévoit des "
        "formations pour les jurys de sélection et un réseau de personnes de confiance.\n\nVotre contact : "
        "Mme Khadija Tahiri, coordinatrice diversité, tél. 02 244 70 00.\n\nLe Secrétaire communal",
    )


@scenario
def conseil_communal_ordre_du_jour(rng: random.Random) -> Mail:
    return Mail(
        "conseil-communal-ordre-du-jour", "fr", "allow", [],
        "ordre du jour public du conseil communal avec conseillers et groupes politiques",
        "secretariat@ville-de-huy.be", "presse@ville-de-huy.be",
        "Ordre du jour du conseil communal du 25 novembre",
        "Bonjour,\n\nOrdre du jour de la séance publique :\n1. Approbation du PV\n2. Modification budgétaire n°2\n"
        "3. Interpellation de M. Rudy Lambert (PTB) sur les logements publics\n4. Question de Mme Cindy Haesen "
        "(Les Engagés) sur la mobilité\n5. Motion du groupe Ecolo sur l'éclairage public\n\nLa séance est "
        "publique.\n\nLe Directeur général",
    )


@scenario
def tableau_docx_agrege(rng: random.Random) -> Mail:
    table = [["Conviction déclarée", "Nombre d'élèves", "%"], ["Religion catholique", "812", "41"],
             ["Religion islamique", "534", "27"], ["Morale non confessionnelle", "488", "25"],
             ["Religion orthodoxe", "67", "3"], ["Religion protestante", "51", "3"], ["Religion israélite", "20", "1"]]
    return Mail(
        "choix-cours-convictionnels-agrege", "fr", "allow", [],
        "tableau Word agrégé : nombre d'élèves par cours de religion",
        "enseignement@ville-de-verviers.be", "statistiques@fw-b.be",
        "Choix des cours philosophiques 2026-2027",
        "Bonjour,\n\nCi-joint la répartition des choix de cours philosophiques dans nos écoles.\n\n"
        "Cordialement,\nÉchevinat de l'Enseignement",
        attachments=[("choix_cours.docx", docx_bytes(["Répartition par cours"], table), DOCX)],
    )


@scenario
def page_html_elections(rng: random.Random) -> Mail:
    page = html_doc("Résultats", "<h1>Élections sociales 2024 - résultats</h1>" + html_table(
        [["Organisation", "Sièges CPPT", "Sièges CE", "Voix"], ["CSC", "7", "6", "1 204"],
         ["FGTB", "5", "5", "988"], ["CGSLB", "1", "1", "231"]]))
    return Mail(
        "resultats-elections-sociales-html", "fr", "allow", [],
        "pièce jointe HTML : résultats des élections sociales par syndicat (agrégés)",
        "grh@chr-citadelle.be", "spf.emploi@emploi.belgique.be",
        "Résultats des élections sociales",
        "Bonjour,\n\nCi-joint les résultats des élections sociales de notre institution.\n\nCordialement,\nGRH",
        attachments=[("resultats.html", page, "text/html")],
    )


# --------------------------------------------------------------------------------------------------
# second batch (written before any detector change, like the first)
# --------------------------------------------------------------------------------------------------
@scenario
def appartenance_ethnique_xlsx(rng: random.Random) -> Mail:
    rows = [["Nom", "Prénom", "Date de naissance", "Appartenance ethnique", "Langue"],
            ["Mukamana", "Josiane", "1986-04-12", "tutsi", "kinyarwanda"],
            ["Habimana", "Eric", "1990-09-30", "hutu", "kinyarwanda"],
            ["Sow", "Aminata", "1995-01-17", "peule", "pular"]]
    return Mail(
        "appartenance-ethnique-xlsx", "fr", "block", ["ART9_ETHNIC_ORIGIN"],
        "xlsx : personnes nommées avec leur appartenance ethnique vers un interprète externe",
        "interpretariat@cgra.be", "planning@interpretes-bruxelles.be",
        "Auditions de la semaine prochaine",
        "Bonjour,\n\nVoici la liste des auditions prévues, pour la réservation des interprètes.\n\n"
        "Cordialement,\nService interprétariat",
        attachments=[("auditions.xlsx", xlsx_bytes({"Auditions": rows}), XLSX)],
    )


@scenario
def ramadan_amenagement(rng: random.Random) -> Mail:
    return Mail(
        "ramadan-amenagement-horaire", "fr", "block", ["ART9_RELIGION"],
        "pratique religieuse d'une agente nommée dans une demande vers le prestataire de planning",
        "chef.equipe@stib-partner.be", "planning@interim-services.be",
        "Horaires de Mme Haddou en mars",
        "Bonjour,\n\nMme Leila Haddou est musulmane pratiquante et fera le ramadan du 18 février au 19 mars. "
        "Elle demande à ne pas être planifiée après 17 heures pendant cette période. Pouvez-vous adapter ses "
        "horaires ?\n\nMerci,\nChef d'équipe",
    )


@scenario
def orientation_docx(rng: random.Random) -> Mail:
    table = [["Nom", "Nationalité", "Motif", "Orientation sexuelle", "Audition"],
             ["Kasule Brian", "ougandaise", "persécution", "homosexuel", "02/12"],
             ["Tchamba Nadège", "camerounaise", "persécution", "lesbienne", "03/12"]]
    return Mail(
        "orientation-dossiers-asile-docx", "fr", "block", ["ART9_SEX_LIFE"],
        "tableau Word : demandeurs nommés et leur orientation sexuelle vers une ASBL d'accompagnement",
        "coordination@centre-croix-rouge.be", "permanence@rainbowhouse.be",
        "Accompagnement auditions CGRA",
        "Bonjour,\n\nDeux résidents souhaitent être accompagnés à leur audition. Les informations utiles sont "
        "dans le document joint.\n\nBien à vous,\nCoordination du centre",
        attachments=[("accompagnement.docx", docx_bytes(["Accompagnement auditions"], table), DOCX)],
    )


@scenario
def parti_lignes_formulaire(rng: random.Random) -> Mail:
    return Mail(
        "parti-fiche-candidat", "fr", "block", ["ART9_POLITICAL_OPINION"],
        "lignes « Libellé : valeur » : un agent nommé et son parti",
        "personnel@ville-de-mons.be", "juridique@uvcw.be",
        "Incompatibilité - fiche agent",
        "Bonjour,\n\nPour votre avis sur l'incompatibilité :\n\nNom : Deprez\nPrénom : Jérôme\nFonction : "
        "architecte, service Urbanisme\nParti : Ecolo\nMandat visé : conseiller communal à Quévy\n\n"
        "Cordialement,\nService du personnel de Mons",
    )


@scenario
def syndique_prose(rng: random.Random) -> Mail:
    return Mail(
        "affiliation-syndicale-prose", "fr", "block", ["ART9_TRADE_UNION"],
        "appartenance syndicale d'un agent nommé dans un courriel à un consultant",
        "direction@cpas-liege.be", "conseil@hr-consulting.be",
        "Restructuration du service Entretien",
        "Monsieur,\n\nAvant la réunion, sachez que M. Fabrice Genot est affilié à la CGSP et qu'il siège comme "
        "délégué au comité de concertation ; il contestera probablement le nouvel horaire.\n\nCordialement,\n"
        "La direction",
    )


@scenario
def pdf_texte_diagnostic(rng: random.Random) -> Mail:
    lines = ["CENTRE DE SANTÉ MENTALE - ATTESTATION", "", "Nom du patient : Lebrun", "Prénom : Olivier",
             "Né le : 03/03/1978", "Diagnostic : trouble bipolaire de type II, stabilisé",
             "Traitement : lithium", "", "Le patient est apte à reprendre le travail à mi-temps."]
    return Mail(
        "attestation-diagnostic-pdf", "fr", "block", ["ART9_HEALTH"],
        "PDF (texte) avec « Libellé : valeur » : nom et diagnostic",
        "secretariat@csm-namur.be", "rh@entreprise-logistique.be",
        "Attestation de reprise",
        "Madame,\n\nVeuillez trouver ci-joint l'attestation de reprise de votre collaborateur.\n\n"
        "Le secrétariat du CSM",
        attachments=[("attestation.pdf", pdf_text(lines), "application/pdf")],
    )


@scenario
def signes_convictionnels_circulaire(rng: random.Random) -> Mail:
    return Mail(
        "circulaire-signes-convictionnels", "fr", "allow", [],
        "circulaire générale sur le port de signes convictionnels",
        "direction.generale@wallonie.be", "agents@spw.wallonie.be",
        "Circulaire : neutralité et signes convictionnels",
        "Chers collègues,\n\nLa présente circulaire rappelle le principe de neutralité du service public. Les "
        "agents en contact avec le public ne portent pas de signes religieux, politiques ou philosophiques "
        "ostensibles. Les agents sans contact avec le public peuvent porter un foulard, une kippa ou une croix."
        "\n\nLa Direction générale",
    )


@scenario
def participants_formation_regime(rng: random.Random) -> Mail:
    rows = [["Nom", "Service", "Régime alimentaire"], ["Gilles Parmentier", "Finances", "standard"],
            ["Aurore Denis", "Urbanisme", "végétarien"], ["Nabil Chraibi", "Informatique", "standard"]]
    return Mail(
        "participants-formation-regime", "fr", "allow", [],
        "liste de participants avec régime alimentaire (pas de catégorie sensible)",
        "formation@ville-de-wavre.be", "traiteur@saveurs-wavre.be",
        "Formation du 12 décembre - lunch",
        "Bonjour,\n\nVoici les participants au lunch de la formation.\n\nCordialement,\nService Formation",
        attachments=[("participants.csv", csv_bytes(rows, ";"), "text/csv")],
    )
