# ruff: noqa: E501  (mail text: one line per paragraph, as Outlook writes it)
"""Fourth batch (issue 9, second pass), NL/FR/DE/EN: harmless mail of the kinds that make a naive filter
nervous (invoices and payment reminders with the company's own account, the city's / CPAS's account,
circulars, trainings, tenders, job offers, blank forms, information pages, press releases, minutes,
statistics) and true positives of the weak categories (political opinion, BSN, biometric, health, IBAN,
criminal) in tables, forms, HR mail and long reply threads. Each scenario carries its split: ``tune``
(rules may be tuned on it) or ``test3`` (held out: written together with the rest, scored before and
after the changes, never looked at message by message while tuning). Invented people and numbers."""

from __future__ import annotations

import random
from collections.abc import Callable

from build import (
    DOCX,
    ODS,
    XLSX,
    Mail,
    csv_bytes,
    docx_bytes,
    enterprise_number,
    fmt_iban,
    forward_header,
    html_table,
    iban_be,
    iban_de,
    iban_nl,
    ods_bytes,
    odt_bytes,
    ogm,
    pdf_form,
    pdf_text,
    quote,
    xlsx_bytes,
)
from idnumbers import bsn

SCENARIOS: list[Callable[[random.Random], Mail]] = []
ODT = "application/vnd.oasis.opendocument.text"


def scenario(split: str) -> Callable[[Callable[[random.Random], Mail]], Callable[[random.Random], Mail]]:
    def deco(f: Callable[[random.Random], Mail]) -> Callable[[random.Random], Mail]:
        def make(rng: random.Random) -> Mail:
            mail = f(rng)
            mail.split = split
            return mail

        SCENARIOS.append(make)
        return make

    return deco


def _vec(rng: random.Random, n: int = 8) -> str:
    return "[" + ", ".join(f"{rng.uniform(-1, 1):.4f}" for _ in range(n)) + "]"


def _hex(rng: random.Random, n: int = 48) -> str:
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(n))


def _kbo(rng: random.Random) -> str:
    v = enterprise_number(rng)
    return f"{v[:4]}.{v[4:7]}.{v[7:]}"


# ==================================================================================================
# BLOCK - tune
# ==================================================================================================
@scenario("tune")
def b4_partijlid_hr(rng: random.Random) -> Mail:
    return Mail("b4-partijlidmaatschap-medewerker", "nl", "block", ["ART9_POLITICAL_OPINION"],
                "partijlidmaatschap van een benoemde medewerker in een HR-mail aan een extern advocatenkantoor",
                "personeel@gemeente-lier.be", "kantoor@advocaten-nete.be", "Dossier tuchtprocedure",
                "Geachte meester,\n\nIn het dossier van Wim Verhaegen nog dit: hij is al jaren lid van Vlaams Belang en verspreidt pamfletten van de partij in de refter. Collega's hebben daarover geklaagd.\n\nKunt u ons adviseren over de verdere stappen?\n\nMet vriendelijke groeten,\nDienst Personeel")


@scenario("tune")
def b4_militante_fil(rng: random.Random) -> Mail:
    first = "Bonjour Hélène,\n\nPour la réunion de lundi, je te signale que Mme Coralie Lambot, de l'équipe accueil, demande un horaire aménagé.\n\nAline"
    second = "Aline,\n\nMerci. Attention : Coralie Lambot est militante active au PTB et elle distribue des tracts du parti pendant les pauses. Je préfère que cela reste entre nous.\n\nHélène"
    third = "Hélène,\n\nBien noté, on en parle lundi.\n\nAline"
    body = ("Monsieur,\n\nJe vous transmets l'échange ci-dessous pour votre avis juridique.\n\nBien à vous,\nAline Rasquin\nGRH\n\n"
            + quote(third + "\n\n" + quote(second + "\n\n" + quote(first, "Aline Rasquin", "18/11/2026 09:12", "fr"), "Hélène Piette", "18/11/2026 10:40", "fr"),
                    "Aline Rasquin", "18/11/2026 11:02", "fr"))
    return Mail("b4-militante-parti-fil", "fr", "block", ["ART9_POLITICAL_OPINION"],
                "fil de réponses : appartenance politique d'une agente nommée, trois citations plus bas, vers un avocat",
                "grh@commune-ans.be", "conseil@avocats-liege.be", "TR: Horaire accueil", body)


@scenario("tune")
def b4_parteizugehoerigkeit_xlsx(rng: random.Random) -> Mail:
    rows = [["Name", "Vorname", "Abteilung", "Parteizugehörigkeit"],
            ["Krämer", "Uwe", "Bauhof", "AfD"], ["Lindner", "Petra", "Bürgerbüro", "Die Linke"],
            ["Özdemir", "Cem", "Kämmerei", "Bündnis 90/Die Grünen"]]
    return Mail("b4-parteizugehoerigkeit-xlsx", "de", "block", ["ART9_POLITICAL_OPINION"],
                "XLSX: Beschäftigte mit ihrer Parteizugehörigkeit an einen externen Berater",
                "personal@stadt-eupen.be", "beratung@kanzlei-aachen.de", "Unterlagen Personalrat",
                "Guten Tag Herr Braun,\n\nanbei die gewünschte Übersicht.\n\nMit freundlichen Grüßen\nPersonalabteilung",
                attachments=[("uebersicht.xlsx", xlsx_bytes({"Personal": rows}), XLSX)])


@scenario("tune")
def b4_labour_member(rng: random.Random) -> Mail:
    return Mail("b4-labour-member-employee", "en", "block", ["ART9_POLITICAL_OPINION"],
                "party membership of a named employee in a mail to an external recruiter",
                "hr@brussels-agency.eu", "screening@talent-partners.co.uk", "Re: reference for Mark Evans",
                "Hi Laura,\n\nAbout Mark Evans: he is a card-carrying member of the Labour Party and spends most weekends canvassing for them, which is why he asked for no Saturday shifts.\n\nBest,\nJenny")


@scenario("tune")
def b4_bsn_csv(rng: random.Random) -> Mail:
    rows = [["Achternaam", "Voornaam", "BSN", "Startdatum"]] + [
        [n, v, bsn(rng), d] for n, v, d in (("de Jong", "Sanne", "2026-12-01"), ("Bakker", "Ruud", "2026-12-01"), ("Visser", "Noor", "2027-01-05"))]
    return Mail("b4-bsn-csv-uitzendbureau", "nl", "block", ["NL_BSN"],
                "CSV met namen en BSN van nieuwe medewerkers naar een salarisadministratie",
                "p-zaken@gemeente-venlo.nl", "intake@salarisbureau-limburg.nl", "Nieuwe medewerkers december",
                "Hoi Marieke,\n\nIn de bijlage de nieuwe medewerkers voor de loonadministratie.\n\nGroet,\nP&O",
                attachments=[("nieuw.csv", csv_bytes(rows, ";"), "text/csv")])


@scenario("tune")
def b4_bsn_prose(rng: random.Random) -> Mail:
    n = bsn(rng)
    return Mail("b4-bsn-prose-wmo", "nl", "block", ["NL_BSN"],
                "BSN van een benoemde cliënte in een Wmo-mail aan een zorgaanbieder",
                "wmo@gemeente-ede.nl", "planning@thuiszorg-vallei.nl", "Aanvraag huishoudelijke hulp",
                f"Beste collega,\n\nMevrouw A. van Dijk heeft een indicatie voor huishoudelijke hulp gekregen. Haar burgerservicenummer is {n[:4]}.{n[4:6]}.{n[6:]}. Wilt u contact met haar opnemen?\n\nMet vriendelijke groet,\nWmo-loket Ede")


@scenario("tune")
def b4_bsn_english(rng: random.Random) -> Mail:
    n = bsn(rng)
    return Mail("b4-bsn-english-relocation", "en", "block", ["NL_BSN"],
                "Dutch citizen service number of a named employee in an English mail to a relocation firm",
                "mobility@eu-agency.nl", "files@relocate-now.com", "Tax registration",
                f"Dear Tom,\n\nFor the tax registration of our colleague Pieter Smit: his citizen service number (BSN) is {n}. Please file it with the municipality.\n\nKind regards,\nMobility team")


@scenario("tune")
def b4_gesicht_embedding_csv(rng: random.Random) -> Mail:
    rows = [["Personalnummer", "Name", "Gesichtsmerkmale (Embedding)"]] + [
        [str(4400 + i), n, _vec(rng)] for i, n in enumerate(("Jana Vogel", "Tobias Hahn", "Leonie Schulz"))]
    return Mail("b4-gesichtsmerkmale-embedding-csv", "de", "block", ["ART9_BIOMETRIC"],
                "CSV: Gesichtsmerkmale (Embeddings) je Beschäftigten an einen Zutrittsdienstleister",
                "it@kreis-dueren.de", "support@zutritt-systeme.de", "Import Zutrittskontrolle",
                "Hallo,\n\nanbei der Export für den Import in das neue Zutrittssystem.\n\nGruß\nIT",
                attachments=[("export_zutritt.csv", csv_bytes(rows), "text/csv")])


@scenario("tune")
def b4_gabarit_empreinte_xlsx(rng: random.Random) -> Mail:
    rows = [["Matricule", "Nom", "Prénom", "Gabarit empreinte digitale"]] + [
        [f"M{300 + i}", n, p, _hex(rng)] for i, (n, p) in enumerate((("Leclercq", "Anne"), ("Moreau", "Julien"), ("Hubert", "Céline")))]
    return Mail("b4-gabarit-empreinte-xlsx", "fr", "block", ["ART9_BIOMETRIC"],
                "XLSX : gabarits d'empreintes digitales par agent vers le fournisseur de pointeuses",
                "informatique@ville-mons.be", "sav@pointage-plus.fr", "Migration pointeuses",
                "Bonjour,\n\nComme convenu, voici l'export des agents pour la migration.\n\nCordialement,\nService informatique",
                attachments=[("agents_pointeuse.xlsx", xlsx_bytes({"Agents": rows}), XLSX)])


@scenario("tune")
def b4_vingerafdruk_prosa(rng: random.Random) -> Mail:
    return Mail("b4-vingerafdruktemplate-prosa", "nl", "block", ["ART9_BIOMETRIC"],
                "vingerafdruktemplate van een benoemde medewerker in een mail aan een leverancier",
                "facility@ocmw-aalst.be", "support@toegang-nv.be", "Badgelezer 2e verdieping",
                "Dag Stijn,\n\nDe vingerafdruktemplate van Karel Maes werd gisteren opnieuw ingelezen, maar de lezer herkent hem nog altijd niet. Ik stuur zijn template mee in de bijlage van het volgende bericht.\n\nGroeten,\nFacility")


@scenario("tune")
def b4_face_embedding_csv_en(rng: random.Random) -> Mail:
    rows = [["employee_id", "full_name", "face_embedding"]] + [
        [f"E{700 + i}", n, _vec(rng, 10)] for i, n in enumerate(("Grace Okafor", "Liam Byrne", "Sofia Romano"))]
    return Mail("b4-face-embedding-csv", "en", "block", ["ART9_BIOMETRIC"],
                "CSV with face embeddings per named employee to an external vendor",
                "security@eu-office.eu", "onboarding@faceid-vendor.com", "Enrolment file",
                "Hello,\n\nPlease find the enrolment file for the pilot attached.\n\nRegards,\nSecurity office",
                attachments=[("enrolment.csv", csv_bytes(rows), "text/csv")])


@scenario("tune")
def b4_invaliditeit_hr(rng: random.Random) -> Mail:
    return Mail("b4-graad-invaliditeit-hr", "nl", "block", ["ART9_HEALTH"],
                "graad van invaliditeit en aandoening van een benoemde medewerkster in HR-mail aan een extern sociaal secretariaat",
                "hr@stad-mechelen.be", "dossiers@sociaal-secretariaat.be", "Aanpassing uurrooster",
                "Beste Els,\n\nMevrouw Lotte Wauters heeft een erkende invaliditeitsgraad van 66 % door multiple sclerose. Zij vraagt daarom een aangepast uurrooster vanaf januari.\n\nKun je dit verwerken?\n\nGroeten,\nHR")


@scenario("tune")
def b4_burnout_hr(rng: random.Random) -> Mail:
    return Mail("b4-incapacite-burnout", "fr", "block", ["ART9_HEALTH"],
                "incapacité de travail pour burn-out d'un agent nommé vers une société d'intérim",
                "rh@cpas-charleroi.be", "planning@interim-hainaut.be", "Remplacement service social",
                "Bonjour Madame,\n\nM. Olivier Dubois est en incapacité de travail jusqu'à fin janvier pour un burn-out sévère. Pourriez-vous nous proposer un remplaçant ?\n\nMerci,\nService RH")


@scenario("tune")
def b4_krankheit_thread(rng: random.Random) -> Mail:
    first = "Hallo Frau Kessler,\n\nHerr Florian Seidel aus der Buchhaltung fällt länger aus. Er hat mir gesagt, dass bei ihm eine schwere Depression diagnostiziert wurde und er in eine Klinik geht.\n\nViele Grüße\nMonika Arnold"
    second = "Liebe Frau Arnold,\n\ndanke für die Information, ich kläre die Vertretung.\n\nSabine Kessler"
    third = "Frau Kessler,\n\nhaben Sie schon jemanden gefunden?\n\nM. Arnold"
    body = ("Sehr geehrter Herr Roth,\n\nzur Vertretung in der Buchhaltung leite ich Ihnen den Verlauf weiter. Bitte schlagen Sie uns bis Freitag jemanden vor.\n\nMit freundlichen Grüßen\nSabine Kessler\nPersonalwesen\n\n"
            + quote(third + "\n\n" + quote(second + "\n\n" + quote(first, "Monika Arnold", "17.11.2026 08:15", "de"), "Sabine Kessler", "17.11.2026 09:30", "de"),
                    "Monika Arnold", "18.11.2026 14:05", "de"))
    return Mail("b4-depression-verlauf", "de", "block", ["ART9_HEALTH"],
                "Antwortverlauf: Diagnose eines benannten Beschäftigten drei Zitate tiefer, an eine Zeitarbeitsfirma",
                "personal@gemeinde-raeren.be", "vermittlung@zeitarbeit-roth.de", "WG: Vertretung Buchhaltung", body)


@scenario("tune")
def b4_iban_kinderbijslag(rng: random.Random) -> Mail:
    return Mail("b4-iban-toeslag-prive", "nl", "block", ["IBAN_CODE"],
                "privérekening van een benoemde ouder voor een toeslag, naar een externe partner",
                "uitbetalingen@groeipakket-fonds.be", "backoffice@partner-bank.be", "Wijziging rekeningnummer",
                f"Dag Joris,\n\nMevrouw Hanne Claeys vraagt om het schoolbonus-bedrag voortaan te storten op haar rekening {fmt_iban(iban_be(rng))}. Kun je dat aanpassen in haar dossier?\n\nDank,\nUitbetalingen")


@scenario("tune")
def b4_iban_remboursement(rng: random.Random) -> Mail:
    return Mail("b4-iban-remboursement-citoyen", "fr", "block", ["IBAN_CODE"],
                "compte privé d'un citoyen nommé pour un remboursement, vers un prestataire externe",
                "finances@commune-wavre.be", "paiements@prestataire-compta.be", "Remboursement trop-perçu",
                f"Bonjour,\n\nLe trop-perçu de 84,20 EUR de M. Nicolas Renard doit lui être remboursé sur son compte personnel {fmt_iban(iban_be(rng))}.\n\nMerci de faire le nécessaire,\nService des finances")


@scenario("tune")
def b4_iban_erstattung(rng: random.Random) -> Mail:
    return Mail("b4-iban-erstattung-buerger", "de", "block", ["IBAN_CODE"],
                "Privatkonto eines benannten Bürgers für eine Erstattung an einen externen Dienstleister",
                "kasse@gemeinde-buellingen.be", "zahlungen@abrechnung-service.de", "Erstattung Kaution",
                f"Guten Tag,\n\ndie Kaution von Herrn Jürgen Maaß wird auf sein Konto {fmt_iban(iban_de(rng))} zurückerstattet. Bitte veranlassen Sie die Zahlung diese Woche.\n\nMit freundlichen Grüßen\nGemeindekasse")


@scenario("tune")
def b4_uittreksel_kandidaat(rng: random.Random) -> Mail:
    return Mail("b4-strafregister-kandidaat-veroordeling", "nl", "block", ["ART10_CRIMINAL"],
                "uittreksel van een benoemde kandidaat met een veroordeling, naar een selectiebureau",
                "selectie@politiezone-rupel.be", "dossier@selectiebureau-vandenberg.be", "Kandidaat inspecteur",
                "Beste Lies,\n\nHet uittreksel uit het strafregister van kandidaat Tom Claes vermeldt een veroordeling voor slagen en verwondingen in 2021 (werkstraf). Wij stoppen zijn procedure.\n\nMvg,\nSelectie")


@scenario("tune")
def b4_antecedents_xlsx(rng: random.Random) -> Mail:
    rows = [["Nom", "Prénom", "Poste", "Antécédents judiciaires"],
            ["Bertrand", "Kevin", "chauffeur", "condamnation pour vol (2022)"],
            ["Laurent", "Inès", "animatrice", "néant"], ["Petit", "Yannick", "gardien", "sursis pour coups et blessures (2020)"]]
    return Mail("b4-antecedents-judiciaires-xlsx", "fr", "block", ["ART10_CRIMINAL"],
                "XLSX : candidats avec leurs antécédents judiciaires vers un bureau de recrutement",
                "recrutement@province-namur.be", "selection@bureau-rh.be", "Résultats screening",
                "Bonjour,\n\nVoici le résultat du screening.\n\nCordialement,\nRecrutement",
                attachments=[("screening.xlsx", xlsx_bytes({"Candidats": rows}), XLSX)])


@scenario("tune")
def b4_fraud_conviction_en(rng: random.Random) -> Mail:
    return Mail("b4-fraud-conviction-employee", "en", "block", ["ART10_CRIMINAL"],
                "conviction of a named employee in an HR mail to an external insurer",
                "hr@eu-foundation.eu", "claims@insure-partners.com", "Fidelity cover",
                "Dear Mr Hall,\n\nFor your fidelity cover review: our former accountant Sarah Connolly was convicted of fraud in 2022 and received a suspended sentence.\n\nKind regards,\nHR")


# ==================================================================================================
# ALLOW - tune
# ==================================================================================================
@scenario("tune")
def a4_factuur_bv(rng: random.Random) -> Mail:
    iban = fmt_iban(iban_be(rng))
    return Mail("a4-factuur-drukkerij-bv", "nl", "allow", [],
                "factuur van een BV met haar eigen rekening en ondernemingsnummer",
                "boekhouding@drukkerij-vanhoutte.be", "aankoop@gemeente-tielt.be", "Factuur 2026-1137",
                f"Geachte,\n\nIn bijlage vindt u factuur 2026-1137 voor het drukwerk van de gemeentekrant (4.812,00 EUR incl. btw).\n\nGelieve het bedrag te betalen binnen 30 dagen op rekening {iban} van Drukkerij Vanhoutte BV, met vermelding van het factuurnummer.\n\nMet vriendelijke groeten,\nAn Vanhoutte\nDrukkerij Vanhoutte BV\nBTW BE {_kbo(rng)}")


@scenario("tune")
def a4_rappel_srl(rng: random.Random) -> Mail:
    iban = fmt_iban(iban_be(rng))
    return Mail("a4-rappel-paiement-srl", "fr", "allow", [],
                "rappel de paiement d'une SRL avec son propre compte",
                "compta@lumiservices.be", "factures@commune-gembloux.be", "Rappel – facture F-2026-0418",
                f"Madame, Monsieur,\n\nSauf erreur de notre part, la facture F-2026-0418 du 02/10/2026 (1.245,60 EUR) reste impayée.\n\nNous vous prions de verser ce montant sur notre compte {iban} (Lumiservices SRL, n° d'entreprise {_kbo(rng)}) dans les 15 jours.\n\nSi le paiement a été effectué entre-temps, veuillez ne pas tenir compte de ce rappel.\n\nSalutations distinguées,\nJulie Masson\nComptabilité")


@scenario("tune")
def a4_mahnung_gmbh(rng: random.Random) -> Mail:
    iban = fmt_iban(iban_de(rng))
    return Mail("a4-zahlungserinnerung-gmbh", "de", "allow", [],
                "Zahlungserinnerung einer GmbH mit dem eigenen Konto",
                "buchhaltung@hansen-it.de", "rechnungen@stadt-stvith.be", "Zahlungserinnerung Rechnung 88120",
                f"Sehr geehrte Damen und Herren,\n\nbei der Durchsicht unserer Konten haben wir festgestellt, dass die Rechnung Nr. 88120 vom 15.10.2026 über 2.380,00 EUR noch offen ist.\n\nBitte überweisen Sie den Betrag bis zum 05.12.2026 auf unser Konto bei der Sparkasse:\nHansen IT-Service GmbH\nIBAN: {iban}\nUSt-IdNr.: DE281234567\n\nMit freundlichen Grüßen\nKarin Hansen")


@scenario("tune")
def a4_rekening_stad(rng: random.Random) -> Mail:
    iban = fmt_iban(iban_be(rng))
    return Mail("a4-rekening-van-de-stad", "nl", "allow", [],
                "betaalinstructie voor een retributie op de rekening van de stad, aan een benoemde burger",
                "burgerzaken@stad-ieper.be", "jeroen.declercq@telenet.be", "Uw aanvraag parkeerkaart",
                f"Beste heer Declercq,\n\nUw aanvraag voor een bewonersparkeerkaart is goedgekeurd. Gelieve de retributie van 25 EUR over te schrijven op de rekening van de stad Ieper {iban} met de gestructureerde mededeling {ogm(rng)}.\n\nNa ontvangst van de betaling sturen wij u de kaart.\n\nMet vriendelijke groeten,\nDienst Burgerzaken")


@scenario("tune")
def a4_compte_cpas(rng: random.Random) -> Mail:
    iban = fmt_iban(iban_be(rng))
    return Mail("a4-compte-du-cpas", "fr", "allow", [],
                "frais de repas à verser sur le compte du CPAS, à une citoyenne nommée",
                "repas@cpas-tournai.be", "mireille.dupuis@skynet.be", "Repas à domicile – décembre",
                f"Chère Madame Dupuis,\n\nLe montant des repas livrés en novembre s'élève à 112,50 EUR. Nous vous remercions de le verser sur le compte du CPAS de Tournai {iban} avant le 15 décembre.\n\nBien cordialement,\nService des repas à domicile")


@scenario("tune")
def a4_circulaire_verkiezingen(rng: random.Random) -> Mail:
    return Mail("a4-omzendbrief-verkiezingen", "nl", "allow", [],
                "omzendbrief over de organisatie van de verkiezingen, met partijen en lijsten, benoemde contactpersoon",
                "verkiezingen@vlaanderen.be", "secretariaat@gemeente-zele.be", "Omzendbrief verkiezingen 2026 – stembureaus",
                "Beste gemeentesecretaris,\n\nIn deze omzendbrief vindt u de praktische afspraken voor de lokale verkiezingen.\n\n1. Stembureaus: elke gemeente duidt uiterlijk op 15 september de voorzitters aan.\n2. Kandidatenlijsten: de politieke partijen dienen hun lijsten in bij het hoofdbureau; lijsttrekkers van N-VA, Vooruit, CD&V, Groen, Open VLD, PVDA en Vlaams Belang worden uitgenodigd voor de loting van de lijstnummers.\n3. Getuigen: partijen kunnen per stembureau één getuige aanduiden.\n4. Neutraliteit: medewerkers van de stembureaus dragen geen partijpolitieke symbolen.\n\nVoor vragen kunt u terecht bij Ann Verstraete, coördinator verkiezingen, op het nummer 02 553 40 12.\n\nMet vriendelijke groeten,\nAgentschap Binnenlands Bestuur")


@scenario("tune")
def a4_formation_neutralite(rng: random.Random) -> Mail:
    return Mail("a4-formation-neutralite-convictions", "fr", "allow", [],
                "annonce de formation sur la neutralité politique et les convictions religieuses, formateur nommé",
                "formation@fwb.be", "tous.agents@fwb.be", "Formation : neutralité et convictions au travail",
                "Chers collègues,\n\nLe service formation organise le 14 janvier une demi-journée sur la neutralité du service public : expression des opinions politiques, port de signes religieux, appartenance syndicale et droit de grève.\n\nLa formation sera animée par M. Xavier Delvaux, juriste. Inscriptions via la plateforme avant le 20 décembre.\n\nLe service formation")


@scenario("tune")
def a4_pressemitteilung_buergermeisterin(rng: random.Random) -> Mail:
    return Mail("a4-pressemitteilung-mandat", "de", "allow", [],
                "Pressemitteilung: Bürgermeisterin mit Partei (öffentliches Mandat) eröffnet Kita",
                "presse@stadt-aachen.de", "redaktion@grenzecho.net", "Pressemitteilung: Neue Kita in Burtscheid",
                "Pressemitteilung\n\nOberbürgermeisterin Anna Schmitt (SPD) hat am Montag gemeinsam mit Ratsherr Karl Weiß (CDU) die neue Kita in Burtscheid eröffnet. Die Einrichtung bietet 80 Plätze.\n\n„Wir investieren in die Zukunft unserer Kinder“, sagte Schmitt.\n\nPressekontakt: Jan Becker, Pressesprecher, Tel. +49 241 432 1300")


@scenario("tune")
def a4_council_minutes(rng: random.Random) -> Mail:
    return Mail("a4-council-minutes-mandates", "en", "allow", [],
                "council minutes: councillors with their party (public mandate), aggregate figures",
                "democratic.services@council.gov.uk", "partners@twin-city.eu", "Minutes of Full Council, 12 November",
                "Dear partners,\n\nPlease find the minutes below.\n\nPresent: Cllr Jones (Labour, Chair), Cllr Patel (Conservative), Cllr O'Neill (Liberal Democrat), Cllr Wright (Green).\n\n1. Cllr Jones moved the motion on the twinning budget, seconded by Cllr Wright. Carried 32 votes to 11.\n2. Public questions: 14 questions were received, 9 about bus routes.\n\nDemocratic Services")


@scenario("tune")
def a4_uittreksel_procedure(rng: random.Random) -> Mail:
    return Mail("a4-uittreksel-aanvragen-kandidaat", "nl", "allow", [],
                "hoe een uittreksel uit het strafregister aanvragen, aan een benoemde kandidaat",
                "vacatures@gemeente-herent.be", "lotte.janssens@gmail.com", "Uw kandidatuur kinderbegeleider",
                "Beste mevrouw Janssens,\n\nProficiat, u bent geslaagd voor het selectiegesprek. Om uw aanwerving af te ronden hebben wij nog een uittreksel uit het strafregister (model 2, voor activiteiten met minderjarigen) nodig.\n\nU kunt dit gratis aanvragen via Mijn Justitie of aan het loket van uw gemeente. Het uittreksel mag niet ouder zijn dan drie maanden.\n\nMet vriendelijke groeten,\nDienst Personeel")


@scenario("tune")
def a4_offre_emploi_casier(rng: random.Random) -> Mail:
    return Mail("a4-offre-emploi-casier", "fr", "allow", [],
                "offre d'emploi exigeant un extrait de casier judiciaire, contact nommé",
                "emploi@ville-verviers.be", "diffusion@forem.be", "Offre : éducateur (H/F/X)",
                "Bonjour,\n\nMerci de publier l'offre suivante.\n\nÉducateur A1 (H/F/X) – contrat à durée indéterminée\nProfil : bachelier éducateur, expérience avec des jeunes en difficulté, permis B.\nConditions : être de conduite irréprochable (extrait de casier judiciaire modèle 2 de moins de 3 mois).\nCandidatures avant le 10 janvier à Mme Sophie Gérard, service du personnel.\n\nCordialement,\nService emploi")


@scenario("tune")
def a4_stellenausschreibung_fuehrungszeugnis(rng: random.Random) -> Mail:
    return Mail("a4-stellenausschreibung-fuehrungszeugnis", "de", "allow", [],
                "Stellenausschreibung mit Führungszeugnis, Ansprechpartner benannt",
                "personal@landkreis-vulkaneifel.de", "jobs@regionalzeitung.de", "Anzeige: Erzieher/in",
                "Sehr geehrte Damen und Herren,\n\nbitte veröffentlichen Sie folgende Anzeige:\n\nErzieherin / Erzieher (m/w/d) in Teilzeit\nVoraussetzungen: staatliche Anerkennung, Vorlage eines erweiterten Führungszeugnisses ohne Eintrag.\nIhre Bewerbung richten Sie bitte an Herrn Markus Thiel.\n\nMit freundlichen Grüßen\nPersonalamt")


@scenario("tune")
def a4_disability_statistics(rng: random.Random) -> Mail:
    return Mail("a4-disability-statistics-report", "en", "allow", [],
                "HR report with aggregate disability and sick-leave statistics",
                "hr.analytics@eu-agency.eu", "board@eu-agency.eu", "Annual HR figures",
                "Dear Board members,\n\nA few figures ahead of the annual report:\n- 4.2 % of staff declared a disability (up from 3.6 %), 37 colleagues in total.\n- Long-term sick leave: 21 cases, mostly musculoskeletal disorders and burn-out.\n- 12 reasonable-accommodation requests were granted.\n\nThe full report follows next week.\n\nBest regards,\nHR Analytics")


@scenario("tune")
def a4_leeg_formulier_pdf(rng: random.Random) -> Mail:
    pdf = pdf_form("Aanvraag redelijke aanpassing", [("Naam", ""), ("Personeelsnummer", ""), ("Aandoening of beperking", ""),
                                                      ("Graad van invaliditeit", ""), ("Gevraagde aanpassing", "")],
                   intro=["In te vullen door de medewerker en te bezorgen aan de arbeidsgeneesheer."])
    return Mail("a4-leeg-formulier-aanpassing", "nl", "allow", [],
                "leeg formulier (PDF) voor een redelijke aanpassing, aan alle medewerkers",
                "preventie@provincie-limburg.be", "alle.medewerkers@provincie-limburg.be", "Formulier redelijke aanpassingen",
                "Beste collega's,\n\nIn bijlage vindt u het nieuwe formulier om een redelijke aanpassing aan te vragen. Vul het in en bezorg het rechtstreeks aan de arbeidsgeneesheer.\n\nPreventiedienst",
                attachments=[("formulier_aanpassing.pdf", pdf, "application/pdf")])


@scenario("tune")
def a4_modele_csv_vide(rng: random.Random) -> Mail:
    rows = [["Matricule", "Nom", "Prénom", "Gabarit empreinte digitale", "Date d'enrôlement"],
            ["…", "…", "…", "…", "…"], ["", "", "", "", ""], ["xxx", "xxx", "xxx", "(à remplir par le lecteur)", "jj/mm/aaaa"]]
    return Mail("a4-modele-import-vide", "fr", "allow", [],
                "modèle CSV vide (placeholders) pour l'import des gabarits d'empreinte, au fournisseur",
                "informatique@ville-arlon.be", "projets@pointage-plus.fr", "Modèle d'import",
                "Bonjour,\n\nVoici le modèle d'import vide que vous nous avez demandé de valider ; il ne contient encore aucune donnée.\n\nCordialement,\nService informatique",
                attachments=[("modele_import.csv", csv_bytes(rows, ";"), "text/csv")])


@scenario("tune")
def a4_schulung_biometrie(rng: random.Random) -> Mail:
    return Mail("a4-schulung-biometrie", "de", "allow", [],
                "Schulungsankündigung zu biometrischen Verfahren mit benanntem Referenten",
                "fortbildung@dienststelle-dg.be", "alle@dienststelle-dg.be", "Fortbildung: Biometrie und Datenschutz",
                "Liebe Kolleginnen und Kollegen,\n\nam 22. Januar findet eine Fortbildung zu biometrischen Verfahren statt: Fingerabdruck-Templates, Gesichtserkennung, Stimmprofile und ihre Speicherung nach Art. 9 DSGVO.\n\nReferent ist Dr. Stefan Kühn (Datenschutzbeauftragter). Anmeldung bis 10. Januar.\n\nIhr Fortbildungsteam")


@scenario("tune")
def a4_tender_facial_recognition(rng: random.Random) -> Mail:
    return Mail("a4-tender-access-control", "en", "allow", [],
                "tender notice for an access-control system with face recognition, named contact",
                "procurement@eu-agency.eu", "bidders@tenders-portal.eu", "Call for tenders AC-2026-07",
                "Dear bidders,\n\nThe Agency launches call for tenders AC-2026-07 for an access-control system. Requirements: face-recognition templates and fingerprint templates must be stored encrypted on the badge only, never centrally; the system must support ISO/IEC 19794-2 minutiae.\n\nQuestions can be sent to Ms Clara Jansen, procurement officer, until 15 January.\n\nProcurement Unit")


@scenario("tune")
def a4_bsn_informatie(rng: random.Random) -> Mail:
    return Mail("a4-bsn-informatiepagina", "nl", "allow", [],
                "informatietekst over het BSN en een sjabloon met placeholder, geen nummer",
                "communicatie@gemeente-zwolle.nl", "webredactie@gemeente-zwolle.nl", "Tekst webpagina BSN",
                "Hoi,\n\nHierbij de nieuwe tekst voor de pagina over het burgerservicenummer.\n\nWat is een BSN?\nIedereen die in Nederland ingeschreven staat, krijgt een burgerservicenummer (BSN). U vindt uw BSN op uw paspoort, identiteitskaart of rijbewijs. Geef uw BSN nooit zomaar door via e-mail.\n\nIn het formulier staat: BSN: XXXXXXXXX (9 cijfers).\n\nGroet,\nCommunicatie")


@scenario("tune")
def a4_marche_fournitures(rng: random.Random) -> Mail:
    return Mail("a4-marche-fournitures-hopital", "fr", "allow", [],
                "marché public de fournitures médicales (tests VIH, insuline), contact nommé",
                "achats@chu-ambroise.be", "fournisseurs@achats-publics.be", "Marché 2026/118 – fournitures",
                "Madame, Monsieur,\n\nLe CHU lance le marché 2026/118 pour la fourniture de tests de dépistage du VIH, de stylos à insuline pour patients diabétiques et de traitements de substitution (méthadone). Lot 1 : tests rapides ; lot 2 : insuline ; lot 3 : méthadone sirop.\n\nLes offres sont à remettre avant le 31 janvier. Contact : M. Pierre Collignon, acheteur.\n\nService des achats")


@scenario("tune")
def a4_sick_leave_circular(rng: random.Random) -> Mail:
    return Mail("a4-sick-leave-procedure", "en", "allow", [],
                "circular on the sick-leave procedure addressed to all staff",
                "hr@eu-office.eu", "all.staff@eu-office.eu", "Reminder: what to do when you are ill",
                "Dear colleagues,\n\nA reminder of the sick-leave procedure. If you are ill, notify your line manager before 9:30. From the third day you need a medical certificate, which you send to the medical service, not to your manager. If your illness lasts more than a month, the medical officer will contact you.\n\nHR")


# ==================================================================================================
# BLOCK - test3 (held out)
# ==================================================================================================
@scenario("test3")
def t4_lid_nva_tucht(rng: random.Random) -> Mail:
    return Mail("t4-partij-medewerker-klacht", "nl", "block", ["ART9_POLITICAL_OPINION"],
                "partijvoorkeur van een benoemde medewerkster in een klacht naar een externe bemiddelaar",
                "vertrouwenspersoon@ocmw-genk.be", "bemiddeling@extern-advies.be", "Klacht team onthaal",
                "Beste Karin,\n\nDe klacht gaat over Nathalie Smeets: zij is actief lid van de PVDA en probeert collega's aan het loket te overtuigen om voor haar partij te stemmen.\n\nKunnen we een gesprek plannen?\n\nGroeten,\nVertrouwenspersoon")


@scenario("test3")
def t4_affiliation_politique_csv(rng: random.Random) -> Mail:
    rows = [["Nom", "Prénom", "Fonction", "Affiliation politique"], ["Gillet", "Marc", "ouvrier", "PS"],
            ["Renson", "Laura", "employée", "MR"], ["Thiry", "Bruno", "chauffeur", "Ecolo"]]
    return Mail("t4-affiliation-politique-csv", "fr", "block", ["ART9_POLITICAL_OPINION"],
                "CSV : agents nommés avec leur affiliation politique vers un consultant",
                "rh@commune-hannut.be", "audit@conseil-wallon.be", "Données personnel",
                "Bonjour,\n\nCi-joint l'extraction demandée.\n\nRH Hannut",
                attachments=[("personnel.csv", csv_bytes(rows, ";"), "text/csv")])


@scenario("test3")
def t4_bsn_de(rng: random.Random) -> Mail:
    n = bsn(rng)
    return Mail("t4-bsn-grenzgaenger", "de", "block", ["NL_BSN"],
                "BSN einer benannten Grenzgängerin in einer deutschen Mail an ein Lohnbüro",
                "personal@kreis-kleve.de", "lohn@grenzbuero-nijmegen.nl", "Neue Mitarbeiterin",
                f"Guten Tag,\n\nFrau Ilse Jansen beginnt am 1. Dezember. Ihre BSN (Burgerservicenummer) lautet {n[:3]} {n[3:6]} {n[6:]}.\n\nMit freundlichen Grüßen\nPersonalabteilung")


@scenario("test3")
def t4_gezicht_ods(rng: random.Random) -> Mail:
    rows = [["Personeelsnummer", "Naam", "Gezichtsherkenning embedding"]] + [
        [str(2100 + i), n, _vec(rng)] for i, n in enumerate(("Lien Goossens", "Arne Peeters", "Yasmine Bouzid"))]
    return Mail("t4-gezichtsherkenning-ods", "nl", "block", ["ART9_BIOMETRIC"],
                "ODS: gezichtsherkenning-embeddings per benoemde medewerker naar een leverancier",
                "ict@stad-hasselt.be", "support@visionaccess.be", "Export pilootproject",
                "Dag,\n\nHierbij de export voor de pilot met de nieuwe toegangspoortjes.\n\nICT",
                attachments=[("export.ods", ods_bytes({"Blad1": rows}), ODS)])


@scenario("test3")
def t4_stimmprofil(rng: random.Random) -> Mail:
    return Mail("t4-stimmprofil-prosa", "de", "block", ["ART9_BIOMETRIC"],
                "Stimmprofil eines benannten Beschäftigten an einen Dienstleister",
                "it@gemeinde-kelmis.be", "support@voice-auth.de", "Stimmerkennung Telefonzentrale",
                "Hallo Herr Busch,\n\ndas Stimmprofil von Herrn Dieter Weber wurde gestern neu aufgenommen, aber die Anmeldung an der Telefonzentrale scheitert weiterhin. Können Sie sein Profil prüfen?\n\nGruß\nIT")


@scenario("test3")
def t4_disability_rating(rng: random.Random) -> Mail:
    return Mail("t4-disability-rating-hr", "en", "block", ["ART9_HEALTH"],
                "disability degree and illness of a named employee in an HR mail to an external provider",
                "hr@eu-institute.eu", "desk@ergonomics-ltd.com", "Workstation assessment",
                "Dear Mr Price,\n\nCould you assess the workstation of Ms Anita Patel? She has a recognised disability of 40 % because of rheumatoid arthritis and needs an adapted desk and chair.\n\nThank you,\nHR")


@scenario("test3")
def t4_diagnostic_fil(rng: random.Random) -> Mail:
    first = "Bonjour Marc,\n\nJe te préviens que Mme Valérie Noël sera absente plusieurs mois : on lui a diagnostiqué un cancer du sein et elle commence la chimiothérapie la semaine prochaine.\n\nNadine"
    second = "Nadine,\n\nMerci de m'avoir prévenu. Je réorganise le planning.\n\nMarc"
    third = "Marc,\n\nAs-tu trouvé quelqu'un ?\n\nNadine"
    body = ("Madame,\n\nPourriez-vous nous envoyer une remplaçante pour l'accueil ? Je vous transfère l'historique.\n\nMarc Colin\nResponsable accueil\n\n"
            + quote(third + "\n\n" + quote(second + "\n\n" + quote(first, "Nadine Henrard", "12/11/2026 08:30", "fr"), "Marc Colin", "12/11/2026 09:00", "fr"),
                    "Nadine Henrard", "19/11/2026 16:20", "fr"))
    return Mail("t4-diagnostic-fil-interim", "fr", "block", ["ART9_HEALTH"],
                "fil de réponses : diagnostic d'une agente nommée trois citations plus bas, vers une agence d'intérim",
                "accueil@commune-waterloo.be", "missions@interim-brabant.be", "TR: Absence accueil", body)


@scenario("test3")
def t4_iban_terugbetaling(rng: random.Random) -> Mail:
    return Mail("t4-iban-terugbetaling-burger", "nl", "block", ["IBAN_CODE"],
                "privérekening van een benoemde burger voor een terugbetaling, naar een extern boekhoudkantoor",
                "financien@gemeente-oss.nl", "betalingen@boekhoudkantoor-brabant.nl", "Terugbetaling leges",
                f"Hallo Bas,\n\nDe leges voor de afgewezen vergunning worden terugbetaald aan de heer Ruben Kuipers op zijn rekening {fmt_iban(iban_nl(rng))}. Kun je dit meenemen in de betaalrun van vrijdag?\n\nGroet,\nFinanciën")


@scenario("test3")
def t4_iban_allowance(rng: random.Random) -> Mail:
    return Mail("t4-iban-allowance-applicant", "en", "block", ["IBAN_CODE"],
                "private account of a named applicant for an allowance, to an external payroll provider",
                "grants@eu-programme.eu", "payments@payroll-services.com", "Mobility allowance",
                f"Hi Kate,\n\nPlease pay the mobility allowance of Mr Daniel Moreno (EUR 640) to his personal account {fmt_iban(iban_be(rng))} this month.\n\nThanks,\nGrants office")


@scenario("test3")
def t4_vorstrafe_bewerber(rng: random.Random) -> Mail:
    return Mail("t4-vorstrafe-bewerber", "de", "block", ["ART10_CRIMINAL"],
                "Vorstrafe eines benannten Bewerbers an eine Personalberatung",
                "personal@stadtwerke-monschau.de", "auswahl@personalberatung-eifel.de", "Bewerber Hausmeister",
                "Hallo Frau Jung,\n\nHerr Sven Albrecht hat uns mitgeteilt, dass er eine Vorstrafe wegen Körperverletzung hat (Bewährungsstrafe 2020). Wir möchten das Verfahren trotzdem fortsetzen.\n\nViele Grüße\nPersonal")


@scenario("test3")
def t4_condamne_vol(rng: random.Random) -> Mail:
    return Mail("t4-condamnation-vol-reference", "fr", "block", ["ART10_CRIMINAL"],
                "condamnation d'un ancien agent nommé dans une référence vers un employeur externe",
                "direction@asbl-entraide.be", "rh@societe-logement.be", "Demande de référence",
                "Madame,\n\nSuite à votre demande de référence concernant M. Grégory Wauthier : il a été condamné en 2023 pour vol dans la caisse de l'association et nous avons mis fin à son contrat.\n\nCordialement,\nLa direction")


@scenario("test3")
def t4_green_party_thread(rng: random.Random) -> Mail:
    first = "Hi Tom,\n\nQuick one: Emma Clarke from finance told me she is a member of the Green Party and will stand for them in the May elections, so she wants to reduce her hours.\n\nRuth"
    second = "Ruth,\n\nNoted, I'll look at the rota.\n\nTom"
    third = "Tom,\n\nAny news on the rota?\n\nRuth"
    body = ("Dear Mr Shaw,\n\nAs discussed, could you propose a temporary accountant? The background is below.\n\nTom Reid\nFinance manager\n\n"
            + quote(third + "\n\n" + quote(second + "\n\n" + quote(first, "Ruth Benson", "10 Nov 2026, at 10:05", "en"), "Tom Reid", "10 Nov 2026, at 11:20", "en"),
                    "Ruth Benson", "17 Nov 2026, at 15:40", "en"))
    return Mail("t4-green-party-thread", "en", "block", ["ART9_POLITICAL_OPINION"],
                "reply thread: party membership of a named employee three quotes down, to a staffing agency",
                "finance@eu-office.eu", "staffing@temp-partners.co.uk", "FW: rota", body)


# ==================================================================================================
# ALLOW - test3 (held out)
# ==================================================================================================
@scenario("test3")
def t4_herinnering_nv(rng: random.Random) -> Mail:
    iban = fmt_iban(iban_be(rng))
    return Mail("t4-betalingsherinnering-nv", "nl", "allow", [],
                "betalingsherinnering van een NV met eigen rekening en ondernemingsnummer",
                "debiteuren@schoonmaak-desmet.be", "boekhouding@ocmw-roeselare.be", "Herinnering factuur 26/0912",
                f"Geachte klant,\n\nUit onze boekhouding blijkt dat factuur 26/0912 van 30/09/2026 (3.118,40 EUR) nog niet betaald is.\n\nWij verzoeken u vriendelijk het openstaande bedrag binnen 8 dagen over te maken op rekeningnummer {iban} van Schoonmaakbedrijf Desmet NV (ondernemingsnummer {_kbo(rng)}).\n\nIndien u intussen betaald heeft, mag u deze herinnering als onbestaande beschouwen.\n\nMet vriendelijke groeten,\nSofie Desmet\nDebiteurenbeheer")


@scenario("test3")
def t4_facture_sa(rng: random.Random) -> Mail:
    iban = fmt_iban(iban_be(rng))
    return Mail("t4-facture-sa-tva", "fr", "allow", [],
                "facture d'une SA avec son propre compte et son numéro de TVA",
                "facturation@ascenseurs-meuse.be", "comptabilite@ville-huy.be", "Facture 2026-7781 – entretien ascenseurs",
                f"Madame, Monsieur,\n\nVeuillez trouver ci-dessous notre facture 2026-7781 pour l'entretien trimestriel des ascenseurs de l'hôtel de ville : 1.980,00 EUR HTVA.\n\nPaiement à 30 jours sur le compte {iban} au nom d'Ascenseurs de la Meuse SA, TVA BE {_kbo(rng)}, communication : 2026-7781.\n\nRecevez nos salutations distinguées,\nService facturation")


@scenario("test3")
def t4_rechnung_stadtwerke(rng: random.Random) -> Mail:
    iban = fmt_iban(iban_de(rng))
    return Mail("t4-rechnung-stadtwerke", "de", "allow", [],
                "Rechnung eines kommunalen Unternehmens (GmbH) mit eigenem Konto",
                "abrechnung@stadtwerke-trier.de", "liegenschaften@gemeinde-burg-reuland.be", "Rechnung 2026-55410",
                f"Sehr geehrte Damen und Herren,\n\nanbei die Jahresabrechnung Strom für das Gemeindehaus (Rechnung 2026-55410, 4.612,77 EUR).\n\nBitte überweisen Sie den Betrag bis 20.12.2026 auf das Konto der Stadtwerke Trier Versorgungs-GmbH, IBAN {iban}, Verwendungszweck 2026-55410.\n\nMit freundlichen Grüßen\nKundenservice")


@scenario("test3")
def t4_invoice_ltd(rng: random.Random) -> Mail:
    iban = fmt_iban(iban_nl(rng))
    return Mail("t4-invoice-ltd", "en", "allow", [],
                "invoice from a Ltd / BV with its own account and VAT number",
                "accounts@translate-direct.com", "finance@eu-office.eu", "Invoice INV-30551",
                f"Dear customer,\n\nPlease find attached invoice INV-30551 for the translation of the annual report (EUR 2,140.00).\n\nPayment within 30 days to Translate Direct B.V., IBAN {iban}, VAT NL859612345B01, quoting the invoice number.\n\nKind regards,\nEmily Stone\nAccounts")


@scenario("test3")
def t4_opleiding_strafregister(rng: random.Random) -> Mail:
    return Mail("t4-opleiding-strafregister-aanwerving", "nl", "allow", [],
                "aankondiging opleiding over het strafregister bij aanwervingen, lesgever benoemd",
                "academie@vvsg.be", "hr.netwerk@vvsg.be", "Opleiding: uittreksel strafregister bij aanwerving",
                "Beste HR-verantwoordelijken,\n\nOp 3 februari organiseren we een opleiding over het gebruik van het uittreksel uit het strafregister bij aanwervingen: wanneer mag u het vragen, welk model, hoe lang bewaart u het en wat doet u bij een veroordeling die niets met de functie te maken heeft?\n\nLesgever: Koen Vermeulen, jurist arbeidsrecht.\nInschrijven kan via onze website.\n\nVVSG Academie")


@scenario("test3")
def t4_circulaire_elections(rng: random.Random) -> Mail:
    return Mail("t4-circulaire-elections-communales", "fr", "allow", [],
                "circulaire sur l'organisation des élections communales, partis et listes, contact nommé",
                "elections@wallonie.be", "secretariat@commune-fleurus.be", "Circulaire élections – dépôt des listes",
                "Madame la Directrice générale,\n\nLa présente circulaire précise les modalités de dépôt des listes de candidats pour les élections communales.\n\nLes listes (PS, MR, Les Engagés, Ecolo, PTB, DéFI et listes locales) sont déposées au bureau principal le dimanche 15 septembre. Chaque liste désigne un témoin par bureau de vote. Les agents communaux affectés aux bureaux s'abstiennent de toute manifestation d'opinion politique.\n\nPersonne de contact : Mme Isabelle Derouck, cellule élections.\n\nSPW Intérieur")


@scenario("test3")
def t4_pressemitteilung_gesundheit(rng: random.Random) -> Mail:
    return Mail("t4-pressemitteilung-grippe", "de", "allow", [],
                "Pressemitteilung mit aggregierten Gesundheitszahlen und Pressesprecher",
                "presse@kreis-euskirchen.de", "redaktion@lokalzeitung.de", "PM: Grippewelle",
                "Pressemitteilung\n\nDas Gesundheitsamt meldet für die 46. Kalenderwoche 312 laborbestätigte Influenza-Fälle, 18 Personen wurden stationär behandelt. Besonders betroffen sind Kinder unter fünf Jahren.\n\nDas Amt empfiehlt Risikogruppen die Grippeimpfung.\n\nPressekontakt: Thomas Rieger, Pressesprecher, Tel. 02251 15-0")


@scenario("test3")
def t4_minutes_union(rng: random.Random) -> Mail:
    return Mail("t4-minutes-aggregate-grievances", "en", "allow", [],
                "meeting minutes with named attendees and aggregate union and sick-leave figures",
                "secretariat@eu-agency.eu", "staff.committee@eu-agency.eu", "Minutes – joint committee 18 November",
                "Dear all,\n\nMinutes of the joint committee.\n\nAttendees: Helen Ward (HR, chair), Paul Meyer (staff committee), Aisha Rahman (medical service).\n\n1. Grievances: 12 formal grievances were filed this year, 7 of them by union members.\n2. Absence: average sick leave is 8.1 days per person; 3 % of staff were on long-term leave.\n3. Next meeting: 16 December.\n\nSecretariat")


@scenario("test3")
def t4_vacature_verpleegkundige(rng: random.Random) -> Mail:
    return Mail("t4-vacature-verpleegkundige", "nl", "allow", [],
                "vacature verpleegkundige met medische vakwoorden, contactpersoon benoemd",
                "jobs@woonzorgcentrum-heide.be", "vacatures@vdab.be", "Vacature: verpleegkundige nachtdienst",
                "Beste,\n\nGraag publiceren wij onderstaande vacature.\n\nVerpleegkundige nachtdienst (m/v/x)\nJe verzorgt bewoners met dementie, diabetes en chronisch hartfalen, en je hebt ervaring met palliatieve zorg.\nWij bieden een contract van onbepaalde duur.\nInteresse? Neem contact op met Griet Vandamme, hoofdverpleegkundige.\n\nWoonzorgcentrum De Heide")


@scenario("test3")
def t4_formulaire_vide_docx(rng: random.Random) -> Mail:
    table = [["Nom", "Prénom", "Handicap", "Taux d'invalidité"], ["", "", "", ""], ["", "", "", ""]]
    return Mail("t4-formulaire-vide-handicap-docx", "fr", "allow", [],
                "tableau Word vide à compléter (handicap, taux d'invalidité), envoyé à tous les services",
                "diversite@federation-wb.be", "chefs.service@federation-wb.be", "Recensement des aménagements",
                "Chers collègues,\n\nPour préparer le budget des aménagements raisonnables, merci de compléter le tableau ci-joint pour votre service (sur base volontaire des agents) et de le renvoyer au service diversité.\n\nLe service diversité",
                attachments=[("recensement.docx", docx_bytes(["Recensement des aménagements raisonnables"], table), DOCX)])


@scenario("test3")
def t4_info_pass_biometrie(rng: random.Random) -> Mail:
    return Mail("t4-info-reisepass-fingerabdruck", "de", "allow", [],
                "Informationstext zum Reisepass: Fingerabdrücke und Lichtbild im Chip, an einen Bürger",
                "buergerbuero@stadt-eupen.be", "michael.lentz@gmx.de", "Ihre Frage zum Reisepass",
                "Sehr geehrter Herr Lentz,\n\nbei der Beantragung des Reisepasses werden zwei Fingerabdrücke und ein biometrisches Lichtbild aufgenommen und im Chip des Passes gespeichert. Die Fingerabdrücke werden nach der Ausgabe des Passes bei uns gelöscht.\n\nBitte bringen Sie Ihren alten Pass und ein aktuelles Foto mit.\n\nMit freundlichen Grüßen\nBürgerbüro")


@scenario("test3")
def t4_conviction_statistics(rng: random.Random) -> Mail:
    table = html_table([["Offence", "Convictions 2025", "Change"], ["Burglary", "1,204", "-6 %"], ["Fraud", "877", "+11 %"],
                        ["Assault", "2,310", "+2 %"], ["Drug offences", "1,562", "-3 %"]])
    html = f"<p>Dear colleagues,</p><p>The conviction statistics for 2025 are below; the detailed report is on the intranet.</p>{table}<p>Contact: Dr Neil Foster, statistics unit.</p><p>Research Office</p>"
    return Mail("t4-conviction-statistics-table", "en", "allow", [],
                "aggregate conviction statistics by offence (HTML table), named analyst",
                "research@justice-institute.eu", "partners@justice-institute.eu", "Conviction statistics 2025", "", html=html, html_only=True)


# more variety in the tuning half (tables, forms, attachments)
@scenario("tune")
def b4_handvenen_docx(rng: random.Random) -> Mail:
    table = [["Naam", "Badge", "Handpalmaderpatroon (template)"]] + [
        [n, str(900 + i), _hex(rng, 32)] for i, n in enumerate(("Eva Smet", "Tim Roels"))]
    return Mail("b4-handvenen-docx", "nl", "block", ["ART9_BIOMETRIC"],
                "Word-tabel: handpalmaderpatronen per benoemde medewerker naar een leverancier",
                "facility@ugent-partner.be", "support@palmsecure.be", "Herregistratie",
                "Hallo,\n\nDe twee templates die opnieuw geregistreerd moeten worden zitten in bijlage.\n\nFacility",
                attachments=[("herregistratie.docx", docx_bytes(["Herregistratie handpalmlezer"], table), DOCX)])


@scenario("tune")
def b4_bsn_xlsx_8(rng: random.Random) -> Mail:
    vals = []
    while len(vals) < 3:
        n = bsn(rng)
        if n.startswith("1") or n.startswith("2"):
            vals.append(n)
    rows = [["Naam", "Geboortedatum", "Burgerservicenummer"], ["Fleur Mulder", "1988-03-14", int(vals[0])],
            ["Daan Hendriks", "1979-11-02", int(vals[1])], ["Lotte de Vries", "1993-06-25", int(vals[2])]]
    return Mail("b4-bsn-xlsx-kolom", "nl", "block", ["NL_BSN"],
                "XLSX met namen en burgerservicenummers (numerieke cellen) naar een re-integratiebureau",
                "werkeninkomen@gemeente-arnhem.nl", "intake@reintegratie-oost.nl", "Nieuwe trajecten",
                "Beste Jeroen,\n\nIn de bijlage de deelnemers voor de nieuwe trajecten.\n\nGroet,\nWerk en Inkomen",
                attachments=[("deelnemers.xlsx", xlsx_bytes({"Deelnemers": rows}), XLSX)])


@scenario("tune")
def b4_ziekte_odt(rng: random.Random) -> Mail:
    table = [["Naam", "Afwezig sinds", "Reden afwezigheid"], ["Bram Pauwels", "03/11/2026", "hernia, operatie gepland"],
             ["Ines Verlinden", "10/11/2026", "zwangerschapsdiabetes"]]
    return Mail("b4-afwezigheden-ziekte-odt", "nl", "block", ["ART9_HEALTH"],
                "ODT-tabel: afwezigheden met medische reden van benoemde medewerkers naar een interimkantoor",
                "hr@gemeente-bree.be", "planning@interim-kempen.be", "Vervangingen",
                "Dag Kristel,\n\nIn bijlage de medewerkers die vervangen moeten worden.\n\nHR",
                attachments=[("vervangingen.odt", odt_bytes(["Vervangingen november"], table), ODT)])


@scenario("tune")
def a4_leeg_sjabloon_xlsx(rng: random.Random) -> Mail:
    rows = [["Naam", "Personeelsnummer", "Vakbond", "Politieke partij", "Opmerking"],
            ["<naam>", "<nummer>", "<vakbond>", "<partij>", ""], ["", "", "", "", ""]]
    return Mail("a4-sjabloon-leeg-xlsx", "nl", "allow", [],
                "leeg XLSX-sjabloon met placeholders (ter validatie), geen gegevens",
                "ict@provincie-antwerpen.be", "leverancier@hr-software.be", "Sjabloon import",
                "Beste,\n\nHierbij het sjabloon zoals wij het willen gebruiken; de kolommen zijn nog leeg, alleen de plaatshouders staan erin.\n\nICT",
                attachments=[("sjabloon.xlsx", xlsx_bytes({"Import": rows}), XLSX)])


@scenario("tune")
def a4_pdf_notulen(rng: random.Random) -> Mail:
    lines = ["Notulen gemeenteraad 18 november 2026", "", "Aanwezig: Jan Maes (burgemeester, CD&V), Els Peeters (schepen, N-VA),",
             "Tom Vos (raadslid, Vooruit), Ann De Smet (raadslid, Groen)", "",
             "1. Budget 2027: goedgekeurd met 19 stemmen voor en 6 tegen.",
             "2. Vraag van raadslid Vos over de sluiting van het zwembad: het college antwoordt schriftelijk.", "",
             "Volgende zitting: 16 december 2026."]
    return Mail("a4-notulen-gemeenteraad-pdf", "nl", "allow", [],
                "PDF-notulen van de gemeenteraad: mandatarissen met hun partij (publiek mandaat)",
                "secretariaat@gemeente-kasterlee.be", "pers@gazet-kempen.be", "Notulen gemeenteraad",
                "Beste,\n\nIn bijlage de goedgekeurde notulen van de laatste gemeenteraad.\n\nSecretariaat",
                attachments=[("notulen.pdf", pdf_text(lines), "application/pdf")])


@scenario("tune")
def a4_ods_statistiek(rng: random.Random) -> Mail:
    rows = [["Motief", "2024", "2025"], ["Afkomst", 112, 134], ["Godsdienst", 41, 38], ["Seksuele geaardheid", 57, 61], ["Handicap", 12, 15]]
    return Mail("a4-statistiek-haatmisdrijven-ods", "nl", "allow", [],
                "ODS met geaggregeerde cijfers per motief, geen personen",
                "analyse@unia-partner.be", "pers@unia-partner.be", "Cijfers haatmisdrijven",
                "Hallo,\n\nDe cijfers voor het jaarverslag zitten in bijlage.\n\nAnalyse",
                attachments=[("cijfers.ods", ods_bytes({"Cijfers": rows}), ODS)])


@scenario("tune")
def a4_rechnung_weitergeleitet(rng: random.Random) -> Mail:
    iban = fmt_iban(iban_de(rng))
    fwd = (forward_header("de", "Buchhaltung Malerbetrieb Kaiser GmbH <buchhaltung@maler-kaiser.de>", "14.11.2026 10:12", "bauamt@gemeinde-amel.be", "Rechnung 4471")
           + f"\nSehr geehrte Damen und Herren,\n\nfür die Malerarbeiten in der Schule berechnen wir 6.240,00 EUR. Zahlbar innerhalb von 14 Tagen auf unser Geschäftskonto IBAN {iban}.\n\nMalerbetrieb Kaiser GmbH\nGeschäftsführer: Peter Kaiser\nHRB 12345, USt-IdNr. DE198765432")
    return Mail("a4-rechnung-weitergeleitet-gmbh", "de", "allow", [],
                "weitergeleitete Rechnung einer GmbH mit Geschäftskonto an die Kämmerei",
                "bauamt@gemeinde-amel.be", "kaemmerei@gemeinde-amel.be", "WG: Rechnung 4471",
                "Hallo Frau Lenz,\n\nbitte zur Zahlung anweisen, die Arbeiten sind abgenommen.\n\nGruß\nBauamt\n\n" + fwd)


@scenario("tune")
def a4_procedure_casier_en(rng: random.Random) -> Mail:
    return Mail("a4-how-to-criminal-record-extract", "en", "allow", [],
                "explanation to a named applicant of how to obtain a criminal-record extract",
                "recruitment@eu-school.eu", "d.kovacs@gmail.com", "Your application – next steps",
                "Dear Mr Kovacs,\n\nThank you for accepting our offer. Before your first day we need an extract from your criminal record (certificate of good conduct). You can request it online from the Ministry of Justice of your country of residence; it is usually issued within a week. Please send us a scan and bring the original on your first day.\n\nKind regards,\nRecruitment team")
