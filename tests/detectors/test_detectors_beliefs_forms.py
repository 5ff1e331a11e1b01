"""Political opinion, trade union, religion and ethnic origin in the forms that do not say "member": a column
typed by its values (a union or party name under "Organisation"), and the general features that decide a
tie (a French "je" is "I", not the Dutch possessive; "chaque année" is a time, not a group of people).
Generic talk about the same topics (minutes naming only unions, a party's election logistics, a calendar of
religious holidays) stays allowed. Own sentences and tables, NL/FR/DE/EN."""

from __future__ import annotations

import pytest
from test_detectors_records import art, table_segment

from detectors import DetectionEngine

# A column whose header names no category, but whose values name trade unions / parties of the gazetteers,
# holds each row's person's affiliation.
VALUED = [
    (["Matricule", "Nom", "Organisation", "Montant"],
     [["20331", "Hubert Lallemand", "CGSP", "14,20"], ["20478", "Fatima Zerouali", "CSC-Services publics", "13,75"]],
     "ART9_TRADE_UNION"),
    (["Personeelsnummer", "Naam", "Organisatie", "Bedrag"],
     [["P104", "Jan Peeters", "ACV Puls", "12,50"], ["P221", "An Claes", "ABVV", "12,50"]], "ART9_TRADE_UNION"),
    (["Personalnummer", "Name", "Verband", "Beitrag"],
     [["7711", "Jonas Becker", "ver.di", "15,00"], ["7712", "Lea Wolf", "IG Metall", "18,00"]], "ART9_TRADE_UNION"),
    (["Staff no", "Name", "Organisation"],
     [["S1", "Laura Whitfield", "Unison"], ["S2", "Sean Gallagher", "GMB"]], "ART9_TRADE_UNION"),
    (["Naam", "Lijst", "Plaats"],
     [["Eva Lambrechts", "Vlaams Belang", "14"], ["Tom Wouters", "Groen", "9"]], "ART9_POLITICAL_OPINION"),
    (["Nom", "Liste"], [["Julie Martin", "Ecolo"], ["Marc Henry", "PTB"]], "ART9_POLITICAL_OPINION"),
    (["Name", "Liste"], [["Anna Keller", "SPD"], ["Stefan Braun", "Die Linke"]], "ART9_POLITICAL_OPINION"),
    (["Name", "Affiliation"], [["Tom Baker", "Green Party"], ["Ann Jones", "Labour"]], "ART9_POLITICAL_OPINION"),
]

NOT_VALUED = [
    # counts by union: no person column
    (["Organisation", "Affiliés", "Délégués"], [["CGSP", "214", "6"], ["CSC", "188", "5"], ["SLFP", "41", "1"]]),
    (["Vakbond", "Zetels"], [["ACV", "5"], ["ABVV", "4"]]),
    # a title column ("Mr", "Ms") is not the MR party; a lower-case "ps" is not the PS
    (["Title", "Name", "Room"],
     [["Mr", "Tom Baker", "2.01"], ["Mr", "Sean Gallagher", "2.02"], ["Ms", "Ann Jones", "1"]]),
    (["Naam", "Opmerking"], [["Jan Peeters", "ps: later"], ["An Claes", "ps: bellen"]]),
    # one union value among other organisations: not a union column
    (["Name", "Organisation"], [["Laura Whitfield", "Unison"], ["Sean Gallagher", "Acme Ltd"],
                                ["Ann Jones", "City Council"], ["Tom Baker", "Red Cross"]]),
]


@pytest.mark.parametrize(("header", "rows", "entity"), VALUED)
def test_column_typed_by_its_values(engine: DetectionEngine, header: list[str], rows: list[list[str]],
                                    entity: str) -> None:
    found = art(engine.detect([table_segment(header, rows)]))
    assert sum(1 for f in found if f.entity_type == entity) == len(rows), (header, [f.entity_type for f in found])


@pytest.mark.parametrize(("header", "rows"), NOT_VALUED)
def test_no_person_or_no_affiliation_column(engine: DetectionEngine, header: list[str], rows: list[list[str]]) -> None:
    found = art(engine.detect([table_segment(header, rows)]))
    assert not [f for f in found if f.entity_type in ("ART9_TRADE_UNION", "ART9_POLITICAL_OPINION")], header


# The tie features: a French "je" is the subject "I" (not the Dutch possessive "je" = your), and a quantifier
# before a time word ("chaque année", "elk jaar", "jedes Jahr", "every year") is no group of people.
TIED = [
    ("fr", "Bonjour,\n\nPour encodage : deux jours de congé pour David Rosen.\n\nComme chaque année, je suis juif "
     "pratiquant et je ne travaille pas pour Yom Kippour.\nDavid", "ART9_RELIGION"),
    ("fr", "Bonjour,\n\nNote pour le dossier de Mme Nadia Amrani.\n\nJe suis musulmane pratiquante et je porte le "
     "foulard.\nNadia", "ART9_RELIGION"),
    ("nl", "Dag,\n\nVoor het dossier van Karim Benali:\n\nZoals elk jaar vast ik tijdens de ramadan, want ik ben "
     "moslim.\nKarim", "ART9_RELIGION"),
    ("de", "Hallo,\n\nzur Akte von Herrn Yusuf Demir:\n\nJedes Jahr faste ich im Ramadan, ich bin Muslim.\nYusuf",
     "ART9_RELIGION"),
    ("en", "Hi,\n\nFor the file of Mr Aaron Levy:\n\nAs every year, I am an observant Jew and do not work on Yom "
     "Kippur.\nAaron", "ART9_RELIGION"),
]


@pytest.mark.parametrize(("lang", "text", "entity"), TIED)
def test_first_person_and_time_quantifier(blocking, lang: str, text: str, entity: str) -> None:
    assert entity in blocking(text), (lang, text)


# Political opinion without "member": a place on a party's list, militancy in other tenses, persecution for an
# opinion, support of a movement, canvassing.
POLITICAL = [
    ("nl", "Dag Hilde,\n\nik wil het je zelf vertellen: ik sta op de Groen-lijst in Lier voor oktober.\n\n"
     "Eva Lambrechts", "ART9_POLITICAL_OPINION"),
    ("nl", "Beste,\n\nDe heer Ahmad Rezaei is een politiek vluchteling: hij werd in Iran politiek vervolgd.",
     "ART9_POLITICAL_OPINION"),
    ("fr", "Madame,\n\nL'extrait de M. Stéphane Collard mentionne une amende, lors d'une manifestation où il militait "
     "pour le PTB.", "ART9_POLITICAL_OPINION"),
    ("fr", "Bonjour,\n\nThomas Gérard était 14e sur la liste en 2024 (non élu), il le mentionne volontiers.",
     "ART9_POLITICAL_OPINION"),
    ("de", "Guten Abend,\n\nich habe alles aufgeschrieben. Schon vor der Flucht war ich Anhänger der Grünen Bewegung "
     "und habe gegen das Regime demonstriert.\n\nAli Rahimi", "ART9_POLITICAL_OPINION"),
    ("de", "Hallo,\n\nHerr Jonas Weber steht auf Listenplatz 3 und macht Wahlkampf für die FDP.",
     "ART9_POLITICAL_OPINION"),
    ("en", "Hi,\n\nMr Omar Haddad is a political refugee: he was persecuted for his political views.",
     "ART9_POLITICAL_OPINION"),
    ("en", "Hi,\n\nMs Kate Lowe was canvassing for the Greens last weekend.", "ART9_POLITICAL_OPINION"),
]

POLITICAL_GENERIC = [
    "Beste collega's,\n\nDe lijsttrekkers dienen de kandidatenlijsten uiterlijk vrijdag in bij het hoofdbureau.",
    "Chers collègues,\n\nLes têtes de liste déposent les actes de présentation au bureau principal avant vendredi.",
    "Liebe Kolleginnen und Kollegen,\n\nDie Listenplätze aller Parteien werden am Montag im Amtsblatt veröffentlicht.",
    "Dear all,\n\nThe training on political persecution in asylum procedures takes place on 4 May.",
]


@pytest.mark.parametrize(("lang", "text", "entity"), POLITICAL)
def test_political_opinion_without_member(blocking, lang: str, text: str, entity: str) -> None:
    assert entity in blocking(text), (lang, text)


@pytest.mark.parametrize("text", POLITICAL_GENERIC)
def test_election_logistics_stay_allowed(blocking, text: str) -> None:
    assert not {t for t in blocking(text) if t.startswith("ART9")}, text


# Ethnic origin in integration / asylum files (a migration background, roots, origins) and trade union in other
# words (the union premium, union legal aid for a member, a union rep).
ORIGIN_UNION = [
    ("nl", "Beste,\n\nMevrouw Samira Azzouzi heeft een migratieachtergrond en volgt het inburgeringstraject.",
     "ART9_ETHNIC_ORIGIN"),
    ("fr", "Bonjour,\n\nM. Karim Haddou parle volontiers de ses origines kabyles lors de l'entretien.",
     "ART9_ETHNIC_ORIGIN"),
    ("de", "Hallo,\n\nFrau Ayse Yilmaz ist eine Kollegin mit kurdischen Wurzeln und bittet um Vertraulichkeit.",
     "ART9_ETHNIC_ORIGIN"),
    ("en", "Hi,\n\nMr Daniel Osei is of Ghanaian background and asked for the mentoring scheme.", "ART9_ETHNIC_ORIGIN"),
    ("nl", "Beste,\n\nDe heer Koen Maes vraagt zijn syndicale premie aan; hij krijgt juridische bijstand van het ACV.",
     "ART9_TRADE_UNION"),
    ("fr", "Bonjour,\n\nMme Sophie Delvaux est défendue par la CGSP dans son recours contre la sanction.",
     "ART9_TRADE_UNION"),
    ("de", "Hallo,\n\nHerr Markus Lange bekommt Rechtsschutz über die IG Metall für seine Kündigungsklage.",
     "ART9_TRADE_UNION"),
    ("en", "Hi,\n\nMs Rachel Hughes will be represented by Unison at the disciplinary hearing.", "ART9_TRADE_UNION"),
]

ORIGIN_UNION_GENERIC = [
    "Beste collega's,\n\n23 % van de nieuwe medewerkers heeft een migratieachtergrond (bron: HR-rapport 2025).",
    "Chers collègues,\n\nLa prime syndicale 2026 peut être demandée via le formulaire en annexe.",
    "Liebe Kolleginnen,\n\nDie Studie zur Zuwanderungsgeschichte der Belegschaft liegt in anonymisierter Form vor.",
    "Dear all,\n\nThe number of staff with a migration background rose to 18 per cent this year.",
]


@pytest.mark.parametrize(("lang", "text", "entity"), ORIGIN_UNION)
def test_origin_and_union_in_other_words(blocking, lang: str, text: str, entity: str) -> None:
    assert entity in blocking(text), (lang, text)


@pytest.mark.parametrize("text", ORIGIN_UNION_GENERIC)
def test_statistics_and_circulars_stay_allowed(blocking, text: str) -> None:
    assert not {t for t in blocking(text) if t.startswith("ART9")}, text


# A known name in the hit's own sentence is the person the hit is about, rather than a stronger (titled) name
# elsewhere; works-council / union elections are the union's topic, not a generic marker, for that person.
OWN_SENTENCE = [
    ("nl", "Meester Van den Broeck,\n\nNog een aanvulling: Patrick Wauters is sinds vorig jaar lid van het ABVV en "
     "wil zich kandidaat stellen bij de volgende sociale verkiezingen.\n\nMet vriendelijke groeten,\nDirectie\n\n"
     "> Kan u bevestigen of er beschermde werknemers zijn?", "ART9_TRADE_UNION"),
    ("fr", "Maître Lambert,\n\nNotez que Julie Martin est affiliée à la CGSP et se présente aux élections "
     "sociales de mai.\n\nCordialement,\nLa direction", "ART9_TRADE_UNION"),
    ("de", "Sehr geehrter Herr Dr. Vogel,\n\nJonas Becker ist Mitglied der IG Metall und kandidiert bei den "
     "Wahlen zum Betriebsrat.\n\nMit freundlichen Grüßen\nPersonalabteilung", "ART9_TRADE_UNION"),
    ("en", "Dear Mr Hall,\n\nFor your file: Laura Whitfield is a member of Unison and stands in the union "
     "elections next month.\n\nKind regards,\nHR", "ART9_TRADE_UNION"),
]

UNION_GENERIC = [
    "Beste collega's,\n\nDe sociale verkiezingen vinden plaats in mei; de vakbonden (ACV, ABVV, ACLVB) dienen hun "
    "lijsten in bij de directie.",
    "Chers collègues,\n\nLes élections sociales auront lieu en mai ; les syndicats déposent leurs listes.",
]


@pytest.mark.parametrize(("lang", "text", "entity"), OWN_SENTENCE)
def test_name_in_own_sentence_and_union_elections(blocking, lang: str, text: str, entity: str) -> None:
    assert entity in blocking(text), (lang, text)


@pytest.mark.parametrize("text", UNION_GENERIC)
def test_union_election_notices_stay_allowed(blocking, text: str) -> None:
    assert not {t for t in blocking(text) if t.startswith("ART9")}, text
