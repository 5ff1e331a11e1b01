"""Criminal (Art. 10), genetic, biometric and health vocabulary families, and the generic uses that must stay
allowed: one table of own sentences per mechanism, NL/FR/DE/EN, positives and hard negatives.

- vocabulary: electronic monitoring, probation, proceedings / accused, sentences; face / iris / hand templates
  and scans; carrier of a gene, SNP / STR loci, sequencing results; burn-out as a colleague writes it;
- "procès-verbal" / "proces-verbaal" count only in their police writings (alone they are also minutes);
- ``thing_modifier``: the hit modifies a device, system, database or place ("biometric passport readers");
- ``event_topic``: the hit is the topic of a study day, training or report ("de studiedag over ...");
- ``aggregate_bare``: a statistic sentence and a name only elsewhere, that nothing refers back to;
- records: SNP columns by dbSNP id, a form block named by its person label, a blank vertical form.
"""

from __future__ import annotations

import pytest

from detectors import DetectionEngine
from gateway.extract.context import TableText
from gateway.model import Finding, Segment

POSITIVES = [
    # criminal: electronic monitoring, probation, proceedings, sentences
    ("nl", "Uw cliënt, de heer Bart Claes, staat onder elektronisch toezicht tot 1 juni.", "ART10_CRIMINAL"),
    ("nl", "Mevrouw Ilse Wouters kreeg probatie-uitstel; haar justitieassistent belt maandag.", "ART10_CRIMINAL"),
    ("nl", "De heer Tom Goossens zit in voorlopige hechtenis sinds vorige week.", "ART10_CRIMINAL"),
    ("nl", "Onze medewerker Dirk Smets werd in verdenking gesteld door de onderzoeksrechter.", "ART10_CRIMINAL"),
    ("nl", "Hij kreeg een taakstraf van 120 uur, schrijft dhr. Pieter Janssens.", "ART10_CRIMINAL"),
    ("fr", "M. Olivier Dubois est placé sous surveillance électronique jusqu'en mars.", "ART10_CRIMINAL"),
    ("fr", "Mme Nathalie Leroy a été mise en examen pour abus de biens sociaux.", "ART10_CRIMINAL"),
    ("fr", "M. Marc Renard est en détention préventive ; son avocat nous a prévenus.", "ART10_CRIMINAL"),
    ("fr", "M. Alain Simon a purgé sa peine et cherche un logement.", "ART10_CRIMINAL"),
    ("de", "Frau Petra Keller wurde wegen Untreue angeklagt; die Hauptverhandlung ist im März.", "ART10_CRIMINAL"),
    ("de", "Herr Stefan Braun trägt eine elektronische Fußfessel und steht unter Hausarrest.", "ART10_CRIMINAL"),
    ("de", "Herr Jens Vogel erhielt eine Bewährungsstrafe; sein Bewährungshelfer meldet sich.", "ART10_CRIMINAL"),
    ("en", "Mr Daniel Price is under electronic monitoring until April.", "ART10_CRIMINAL"),
    ("en", "Ms Laura Bennett was indicted last month and is on bail.", "ART10_CRIMINAL"),
    ("en", "Our tenant Kevin Walsh received a suspended sentence in 2023.", "ART10_CRIMINAL"),
    ("nl", "De politie heeft tegen onze chauffeur Wim Peeters een proces-verbaal opgesteld.", "ART10_CRIMINAL"),
    ("fr", "La police a dressé un procès-verbal à charge de M. Paul Lemaire.", "ART10_CRIMINAL"),
    # biometric: templates and scans
    ("nl", "Het gezichtssjabloon van Sara Maes werd op haar badge gezet.", "ART9_BIOMETRIC"),
    ("fr", "Le gabarit du visage de Mme Claire Martin a été réenregistré.", "ART9_BIOMETRIC"),
    ("de", "Anbei das Gesichtsbild-Template von Herrn Uwe Richter.", "ART9_BIOMETRIC"),
    ("en", "The retina scan of Mr Owen Hughes failed at the gate.", "ART9_BIOMETRIC"),
    # genetic: carriers, SNPs, sequencing
    ("nl", "Mevrouw An Jacobs is draagster van het gen voor hemochromatose.", "ART9_GENETIC"),
    ("fr", "M. Luc Dupont est porteur du gène HFE (C282Y).", "ART9_GENETIC"),
    ("en", "The sequencing results of Ms Rachel Green show a BRCA2 variant.", "ART9_GENETIC"),
    # health: as a colleague writes it
    ("fr", "Notre agente Mme Julie Masson est en épuisement professionnel depuis trois semaines.", "ART9_HEALTH"),
]


@pytest.mark.parametrize(("lang", "text", "entity"), POSITIVES)
def test_vocabulary_families_tied_to_a_person(blocking, lang: str, text: str, entity: str) -> None:
    assert entity in blocking(text), (lang, text)


NEGATIVES = [
    # minutes, not a police report
    ("fr", "Ci-joint le procès-verbal de la réunion du 14 novembre. Présents : M. Luc Collin et Mme Anne Bastin.",
     "ART10_CRIMINAL"),
    ("nl", "In bijlage het proces-verbaal van de vergadering. Aanwezig: dhr. Jan Wouters en mevr. Els Claes.",
     "ART10_CRIMINAL"),
    # a thing, not a person's data
    ("en", "As agreed, Sarah Johnson will lead the working group on the new biometric passport readers.",
     "ART9_BIOMETRIC"),
    ("nl", "Karel Peeters installeert volgende week de nieuwe biometrische toegangspoorten.", "ART9_BIOMETRIC"),
    ("de", "Herr Weber betreut das Gesichtserkennungssystem am Haupteingang.", "ART9_BIOMETRIC"),
    ("fr", "M. Jean Lambert pilote le marché des lecteurs biométriques.", "ART9_BIOMETRIC"),
    ("en", "The national DNA database produced 4,812 matches. The report is available from Dr Karen Hill.",
     "ART9_GENETIC"),
    ("nl", "Dr. Hilde Vos beheert de DNA-databank van het instituut.", "ART9_GENETIC"),
    ("en", "Crime-scene stains were compared by Dr Karen Hill's team.", "ART10_CRIMINAL"),
    # the topic of an event
    ("nl", "Ik ben morgen in Brussel voor de studiedag over genetisch onderzoek en erfelijkheid.", "ART9_GENETIC"),
    ("fr", "Je serai demain à la formation sur la reconnaissance faciale, dit Mme Sophie Lenoir.", "ART9_BIOMETRIC"),
    ("de", "Ich bin morgen auf der Fachtagung über Gentests, schreibt Frau Anna Berg.", "ART9_GENETIC"),
    # a statistic; the named person is the contact
    ("de", "214 Protokolle mit minderjährigen Tatverdächtigen (2024: 239).\n\nAnsprechpartner für Rückfragen: "
     "Kommissar Dirk Jousten, Pressesprecher.", "ART10_CRIMINAL"),
    ("nl", "2. Ziekteverzuim Q3: 5,8 % (Q2: 6,1 %).\nAanwezig: dhr. R. Vos.", "ART9_HEALTH"),
    # a job advertisement
    ("fr", "Expert en analyses génétiques - Laboratoire ADN\nVous réalisez des profils STR sur des traces.\n"
     "Contrat à durée indéterminée, Bruxelles.\nInfos : Dr. Sophie Lemaire, cheffe de service.", "ART9_GENETIC"),
]


@pytest.mark.parametrize(("lang", "text", "entity"), NEGATIVES)
def test_generic_use_is_not_data_about_a_person(blocking, lang: str, text: str, entity: str) -> None:
    assert entity not in blocking(text), (lang, text)


@pytest.mark.parametrize(("lang", "text", "entity"), [
    # a strong tie keeps the finding even with counts or amounts in the sentence
    ("nl", "Uw cliënt, de heer D. van der Meer (BSN 234567818), kreeg een geldboete van EUR 1.450 wegens "
     "mishandeling.", "ART10_CRIMINAL"),
    # a thing word elsewhere in the sentence does not cancel the person's own data
    ("en", "The fingerprint template of Mr Paul Adams is stored in the access system.", "ART9_BIOMETRIC"),
    ("nl", "Het DNA-profiel van dhr. Baert werd bepaald op 16 STR-merkers in het labo.", "ART9_GENETIC"),
])
def test_strong_or_own_data_survives_the_new_cancels(blocking, lang: str, text: str, entity: str) -> None:
    assert entity in blocking(text), (lang, text)


def _art(findings: list[Finding]) -> set[str]:
    return {f.entity_type for f in findings if f.entity_type.startswith("ART") and not f.allowed}


def _table(header: list[str], rows: list[list[str]], location: str) -> Segment:
    tt = TableText()
    tt.add_table(header, [(2 + i, r) for i, r in enumerate(rows)])
    text, tables = tt.build()
    return Segment(location, text, tables)


def test_snp_columns_by_dbsnp_id_are_genotypes(engine: DetectionEngine) -> None:
    seg = _table(["participant", "birth_year", "rs429358", "rs7412"],
                 [["Hendrik Dewulf", "1951", "C/T", "C/C"], ["Agnes Vandecasteele", "1948", "C/C", "C/C"]],
                 "attachment:cohort.tsv")
    found = [f for f in engine.detect([seg]) if f.entity_type == "ART9_GENETIC" and not f.allowed]
    assert len(found) >= 2


def test_one_snp_like_column_alone_is_not_a_genotype_table(engine: DetectionEngine) -> None:
    seg = _table(["naam", "rs1234"], [["Jan Peeters", "12"], ["An Claes", "7"]], "attachment:x.csv")
    assert "ART9_GENETIC" not in _art(engine.detect([seg]))


@pytest.mark.parametrize(("text", "entity"), [
    ("Patientin: Maria Hilgers, geb. 04.10.1981\nUntersuchung: Paneldiagnostik BRCA1/BRCA2\n"
     "Ergebnis: pathogene Variante BRCA1 (heterozygot) nachgewiesen.\n", "ART9_GENETIC"),
    ("Naam: Jan Peeters\nDienst: Wegen\nOpmerking: staat onder elektronisch toezicht tot mei\n", "ART10_CRIMINAL"),
    ("Nom : Sophie Laurent\nService : Accueil\nRemarque : gabarit du visage réenregistré\n", "ART9_BIOMETRIC"),
    ("Name: Kevin Walsh\nDepartment: Roads\nNote: received a suspended sentence in 2023\n", "ART10_CRIMINAL"),
])
def test_form_block_named_by_its_person_label(engine: DetectionEngine, text: str, entity: str) -> None:
    assert entity in _art(engine.detect([Segment("attachment:befund.pdf#page=1", text)]))


def test_blank_vertical_form_is_not_a_person_table(engine: DetectionEngine) -> None:
    seg = _table(["Naam deelnemer", "[naam]"],
                 [["Geboortedatum", "[dd/mm/jjjj]"], ["Medicatie", "[ ]"],
                  ["Diagnose / aandoening waarvan de monitor op de hoogte moet zijn", "[ ]"]],
                 "attachment:fiche.docx!table=1")
    assert _art(engine.detect([seg])) == set()


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "De veroordeelde mag tijdens het weekend niet naar buiten; het enkelbandtoezicht loopt tot juni."),
    ("fr", "L'inculpée est sous surveillance électronique depuis le 3 mars."),
    ("de", "Der Angeklagte steht seit Januar unter Hausarrest."),
    ("en", "The inmate is under electronic monitoring until his hearing."),
])
def test_role_subjects_tie_criminal_data(blocking, lang: str, text: str) -> None:
    assert "ART10_CRIMINAL" in blocking(text), (lang, text)
