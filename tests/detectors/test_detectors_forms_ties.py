"""Form blocks and the person tie (stop 18, second round): a "Label: value" form whose lines are separated
by blank lines (HTML mail turned to text) is one record, a second name label starts the next one; German
"wie" is no group of people; a name after "Pour info :" / "Ter info:" / "Zur Info:" / "FYI:" ties; a rank
("plaats 14 van de lijst") is no headcount; a figure about one named person is no aggregate."""

from __future__ import annotations

import pytest

from detectors import DetectionEngine
from detectors.special import ties
from gateway.model import Segment


def tie_features(engine: DetectionEngine, monkeypatch: pytest.MonkeyPatch, text: str) -> list[dict[str, float]]:
    """The tie features of every lexicon hit of ``text`` (outside records)."""
    seen: list[dict[str, float]] = []
    orig = ties.TieFeatures.of

    def of(self, hit, topic_count, row=None):  # type: ignore[no-untyped-def]
        tie = orig(self, hit, topic_count, row)
        if row is None:
            seen.append(dict(tie.features))
        return tie

    monkeypatch.setattr(ties.TieFeatures, "of", of)
    engine.detect([Segment("body", text)])
    return seen

# --- 1. forms with blank lines between their lines ---------------------------------------------------------
SPACED_FORMS = [
    ("nl", "Aanvraag via het webformulier\n\nNaam: Jan Peeters\n\nDienst: Wegen\n\nDiagnose: diabetes type 2\n\n"
     "Opmerking: graag een aangepaste werkpost", "ART9_HEALTH"),
    ("fr", "Demande via le formulaire web\n\nNom : Sophie Lambert\n\nService : Accueil\n\nDiagnostic : sclérose en "
     "plaques\n\nRemarque : bureau au rez-de-chaussée", "ART9_HEALTH"),
    ("de", "Anfrage über das Webformular\n\nName: Anna Schmitz\n\nAbteilung: Personal\n\nDiagnose: Multiple "
     "Sklerose\n\nBemerkung: Büro im Erdgeschoss", "ART9_HEALTH"),
    ("en", "Request via the web form\n\nName: Laura Whitfield\n\nDepartment: Finance\n\nDiagnosis: type 1 diabetes"
     "\n\nNote: needs a fridge for insulin", "ART9_HEALTH"),
]


@pytest.mark.parametrize(("lang", "text", "entity"), SPACED_FORMS)
def test_form_with_blank_lines_is_one_record(blocking, lang: str, text: str, entity: str) -> None:
    assert entity in blocking(text), (lang, text)




SPACED_BLANK = [
    # no name anywhere: a category label in a spaced form stays unidentified
    "Formulier\n\nDienst: Wegen\n\nDiagnose: diabetes type 2\n\nDatum: 3 mei",
    "Formulaire\n\nService : Accueil\n\nDiagnostic : sclérose en plaques\n\nDate : 3 mai",
    "Formular\n\nAbteilung: Personal\n\nDiagnose: Multiple Sklerose\n\nDatum: 3. Mai",
    "Form\n\nDepartment: Finance\n\nDiagnosis: type 1 diabetes\n\nDate: 3 May",
]


@pytest.mark.parametrize("text", SPACED_BLANK)
def test_spaced_form_without_a_person_stays_allowed(blocking, text: str) -> None:
    assert not blocking(text), text


# --- 3. German "wie" ------------------------------------------------------------------------------------------
WIE = [
    ("de", "Hallo,\n\nwie besprochen: Herr Yusuf Demir ist Muslim und fastet im Ramadan.", "ART9_RELIGION"),
    ("de", "Hallo,\n\nWie jedes Jahr hat Frau Anna Schmitz ihre Chemotherapie im Frühjahr.", "ART9_HEALTH"),
]
WIE_GENERIC = [
    ("nl", "Beste collega's,\n\nWie ziek is, verwittigt de dienst personeel voor 9 uur."),
    ("fr", "Chers collègues,\n\nQuiconque est malade prévient le service du personnel avant 9 heures."),
    ("de", "Liebe Kolleginnen und Kollegen,\n\nwer krank ist, meldet sich vor 9 Uhr bei der Personalabteilung."),
    ("en", "Dear all,\n\nAnyone who is ill informs HR before 9 am."),
]


@pytest.mark.parametrize(("lang", "text", "entity"), WIE)
def test_german_wie_is_not_a_group(blocking, lang: str, text: str, entity: str) -> None:
    assert entity in blocking(text), (lang, text)


@pytest.mark.parametrize(("lang", "text"), WIE_GENERIC)
def test_who_ever_stays_generic(blocking, lang: str, text: str) -> None:
    assert not blocking(text), (lang, text)


# --- 4. "Pour info :", "Ter info:", "Zur Info:", "FYI:" --------------------------------------------------------
FOR_INFO = [
    ("nl", "Dag,\n\nTer info: Jan Peeters is lid van het ABVV en wil op de vergadering zijn.", "ART9_TRADE_UNION"),
    ("fr", "Bonjour,\n\nPour info : Mme Claire Dubois est enceinte de quatre mois.", "ART9_HEALTH"),
    ("de", "Hallo,\n\nZur Info: Frau Anna Schmitz ist schwanger und fällt ab Mai aus.", "ART9_HEALTH"),
    ("en", "Hi,\n\nFYI: Mr John Doyle is undergoing chemotherapy and is off until May.", "ART9_HEALTH"),
]
CONTACT_INFO = [
    "Beste collega's,\n\nDe opleiding over diabetes is op maandag.\nInfo: Jan Peeters",
    "Chers collègues,\n\nLa formation sur le diabète a lieu lundi.\nInfo : Claire Dubois",
    "Liebe Kolleginnen und Kollegen,\n\ndie Schulung zu Diabetes ist am Montag.\nInfo: Anna Schmitz",
    "Dear all,\n\nThe training on diabetes is on Monday.\nInfo: John Doyle",
]


@pytest.mark.parametrize(("lang", "text", "entity"), FOR_INFO)
def test_name_after_for_info_ties(blocking, lang: str, text: str, entity: str) -> None:
    assert entity in blocking(text), (lang, text)


@pytest.mark.parametrize("text", CONTACT_INFO)
def test_info_contact_line_is_still_the_contact(blocking, text: str) -> None:
    assert not blocking(text), text


# --- 5. a rank on a list is no headcount -----------------------------------------------------------------------
RANK = [
    ("nl", "Dag,\n\nJan Peeters staat op plaats 14 van de Groen-lijst in Lier.", "ART9_POLITICAL_OPINION"),
    ("fr", "Bonjour,\n\nMme Sophie Lambert figure à la place 3 sur la liste du PTB à Liège.", "ART9_POLITICAL_OPINION"),
    ("de", "Hallo,\n\nHerr Jonas Weber steht auf Platz 5 der FDP-Liste in Aachen.", "ART9_POLITICAL_OPINION"),
    ("en", "Hi,\n\nMr Tom Hale is number 2 on the Labour list in Leeds.", "ART9_POLITICAL_OPINION"),
]
HEADCOUNT = [
    "Beste collega's,\n\n14 kandidaten van de lijst van Groen werden verkozen, meldt de persdienst.",
    "Chers collègues,\n\n12 candidats de la liste du PTB ont été élus, selon le communiqué.",
    "Liebe Kolleginnen und Kollegen,\n\n5 Kandidaten der Liste der Grünen wurden gewählt, so die Pressestelle.",
    "Dear all,\n\n12 candidates of the Labour list were elected, the press office says.",
]
# ... with a named source in the sentence (the tie is computed): the count stays an aggregate
HEADCOUNT_NAMED = [
    "Beste collega's,\n\nVolgens Jan Peeters werden 14 kandidaten van de Groen-lijst verkozen.",
    "Chers collègues,\n\nSelon Mme Sophie Lambert, 12 candidats de la liste du PTB ont été élus.",
    "Liebe Kolleginnen und Kollegen,\n\nLaut Herrn Jonas Weber wurden 5 Kandidaten der FDP-Liste gewählt.",
    "Dear all,\n\nAccording to Mr Tom Hale, 12 candidates of the Labour list were elected.",
]


@pytest.mark.parametrize(("lang", "text", "entity"), RANK)
def test_rank_on_a_list_is_not_a_count(blocking, lang: str, text: str, entity: str) -> None:
    assert entity in blocking(text), (lang, text)


@pytest.mark.parametrize("text", HEADCOUNT)
def test_headcount_stays_aggregate(blocking, text: str) -> None:
    assert not blocking(text), text


# --- 7. a figure about one person is no aggregate -------------------------------------------------------------
ONE_PERSON_FIGURES = [
    ("nl", "Dag,\n\nDhr. Jan Peeters is voor 66 % arbeidsongeschikt door zijn depressie.", "ART9_HEALTH"),
    ("fr", "Bonjour,\n\nM. Pascal Renard a un taux d'incapacité de 50 % à cause de sa dépression.", "ART9_HEALTH"),
    ("de", "Hallo,\n\nHerr Jonas Weber ist wegen seiner Depression zu 60 Prozent erwerbsgemindert.", "ART9_HEALTH"),
    ("en", "Hi,\n\nMr John Doyle has a 40 % disability rate because of his depression.", "ART9_HEALTH"),
]
GROUP_FIGURES = [
    "Beste collega's,\n\n12 % van de werknemers is arbeidsongeschikt door een depressie, meldt de studie.",
    "Chers collègues,\n\n12 % des travailleurs sont en incapacité pour dépression, selon l'étude.",
    "Liebe Kolleginnen und Kollegen,\n\n12 Prozent der Beschäftigten fehlen wegen Depression, so die Studie.",
    "Dear all,\n\n12 % of employees are off work with depression, the study says.",
]
GROUP_FIGURES_NAMED = [
    "Beste collega's,\n\nVolgens dr. Jan Peeters is 12 % van de werknemers arbeidsongeschikt door een depressie.",
    "Chers collègues,\n\nSelon le Dr Pascal Renard, 12 % des travailleurs sont en incapacité pour dépression.",
    "Liebe Kolleginnen und Kollegen,\n\nLaut Dr. Jonas Weber fehlen 12 Prozent der Beschäftigten wegen Depression.",
    "Dear all,\n\nAccording to Dr John Doyle, 12 % of employees are off work with depression.",
]


@pytest.mark.parametrize(("lang", "text", "entity"), ONE_PERSON_FIGURES)
def test_figure_about_one_person_is_not_aggregate(blocking, lang: str, text: str, entity: str) -> None:
    assert entity in blocking(text), (lang, text)


@pytest.mark.parametrize("text", GROUP_FIGURES)
def test_group_figures_stay_aggregate(blocking, text: str) -> None:
    assert not blocking(text), text


def test_spaced_form_second_name_starts_a_new_record(engine: DetectionEngine) -> None:
    text = ("Naam: Jan Peeters\n\nDiagnose: diabetes type 2\n\nNaam: An Claes\n\nDienst: Onthaal")
    found = [f for f in engine.detect([Segment("body", text)]) if f.entity_type == "ART9_HEALTH"]
    assert found and all("!line=3" in f.location or f.location.endswith("line=3") for f in found), \
        [f.location for f in found]


# The features themselves (the verdicts above also hold when another feature decides).
WIE_FEATURES = [
    "Hallo,\n\nwie besprochen ist sie seit Mai schwanger.\n\nAnna Schmitz",
    "Hallo,\n\nWie schon gesagt, er ist seit Jahren Mitglied bei Verdi.\n\nJonas Weber",
]


@pytest.mark.parametrize("text", WIE_FEATURES)
def test_german_wie_sets_no_plural_subject(engine: DetectionEngine, monkeypatch: pytest.MonkeyPatch,
                                           text: str) -> None:
    feats = tie_features(engine, monkeypatch, text)
    assert feats and not any("plural_subject" in f for f in feats), feats


def test_dutch_wie_is_still_a_group(engine: DetectionEngine, monkeypatch: pytest.MonkeyPatch) -> None:
    feats = tie_features(engine, monkeypatch, "Dag,\n\nwie ziek is, zoals hij, blijft thuis.\n\nJan Peeters")
    assert any("plural_subject" in f for f in feats), feats


@pytest.mark.parametrize(("lang", "text", "entity"), RANK + ONE_PERSON_FIGURES)
def test_rank_and_one_person_figures_are_not_aggregate(engine: DetectionEngine, monkeypatch: pytest.MonkeyPatch,
                                                        lang: str, text: str, entity: str) -> None:
    feats = tie_features(engine, monkeypatch, text)
    assert feats and not any("aggregate" in f for f in feats), (lang, feats)


@pytest.mark.parametrize("text", HEADCOUNT_NAMED + GROUP_FIGURES_NAMED)
def test_headcounts_and_group_figures_stay_aggregate(engine: DetectionEngine, monkeypatch: pytest.MonkeyPatch,
                                                     text: str) -> None:
    feats = tie_features(engine, monkeypatch, text)
    assert all("aggregate" in f for f in feats), feats


@pytest.mark.parametrize(("lang", "text", "entity"), FOR_INFO)
def test_for_info_name_is_person_evidence(engine: DetectionEngine, monkeypatch: pytest.MonkeyPatch,
                                          lang: str, text: str, entity: str) -> None:
    feats = tie_features(engine, monkeypatch, text)
    assert any(k in f for f in feats for k in ("ev_title", "ev_name")), (lang, feats)
