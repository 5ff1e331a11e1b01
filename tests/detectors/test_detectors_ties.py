"""The person-tie decision (features + weights as data), the new vocabulary, the enterprise IBAN, explanations.

Own sentences in four languages, one table per rule: what ties a hit to a specific person, what generic
context (circulars, trainings, procedures, statistics, tenders, press releases, minutes with aggregate
numbers) cancels a weak tie, and that the explanation of a finding holds no message content.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors import DetectionEngine, DetectorOptions
from detectors.special.decision import TieModel
from detectors.special.lexicon import Lexicon
from gateway.model import Segment

# --- the new vocabulary (item 3) and substitution treatments --------------------------------------
VOCABULARY = [
    ("nl", "Bijgevoegd het gezichtsherkenningstemplate van mevr. Baert.", "ART9_BIOMETRIC"),
    ("nl", "De vingerafdruktemplate van dhr. Goris wordt niet aanvaard.", "ART9_BIOMETRIC"),
    ("nl", "Het stemprofiel van mevrouw Wyns is opnieuw opgenomen.", "ART9_BIOMETRIC"),
    ("nl", "Het DNA-profiel van dhr. Baert werd bepaald op 16 STR-merkers.", "ART9_GENETIC"),
    ("nl", "Mevr. Van de Velde is draagster van de F508del-variant.", "ART9_GENETIC"),
    ("nl", "Hij volgt een methadonprogramma bij het MSOC, zegt dhr. Maes.", "ART9_HEALTH"),
    ("fr", "Les minuties de l'empreinte digitale de M. Dumont ont été extraites.", "ART9_BIOMETRIC"),
    ("fr", "L'empreinte vocale de Mme Piron n'est plus reconnue.", "ART9_BIOMETRIC"),
    ("fr", "Mme Simon est porteuse saine d'une mutation du gène HBB.", "ART9_GENETIC"),
    ("fr", "Le profil génétique de M. Kabongo confirme la paternité.", "ART9_GENETIC"),
    ("fr", "Mme Lejeune est sous traitement de substitution (buprénorphine).", "ART9_HEALTH"),
    ("de", "Das Stimmprofil von Frau Schmitz wird nicht erkannt.", "ART9_BIOMETRIC"),
    ("de", "Das Handvenen-Template von Herrn Margraff ist beschädigt.", "ART9_BIOMETRIC"),
    ("de", "Das DNA-Profil von Herrn Weber wurde an 21 STR-Systemen bestimmt.", "ART9_GENETIC"),
    ("de", "Herr Lenz ist seit zwei Jahren in Substitutionsbehandlung mit Methadon.", "ART9_HEALTH"),
    ("en", "The palm-vein template of our employee John Doyle fails at gate 3.", "ART9_BIOMETRIC"),
    ("en", "Mr Okafor's face embedding was exported from the console.", "ART9_BIOMETRIC"),
    ("en", "The iris code of Ms Fischer was captured at the gate.", "ART9_BIOMETRIC"),
    ("en", "The genotype of Ms Adeyemi shows she is a carrier of the sickle cell trait.", "ART9_GENETIC"),
    ("en", "Mr Kelly is on Suboxone and picks it up on Mondays.", "ART9_HEALTH"),
]


@pytest.mark.parametrize(("lang", "text", "entity"), VOCABULARY)
def test_new_vocabulary_tied_to_a_person(blocking, lang: str, text: str, entity: str) -> None:
    assert entity in blocking(text), (lang, text)


@pytest.mark.parametrize("word", ["minuties", "19794-2", "gezichtstemplate", "voiceprints", "palm-vein",
                                  "STR-merkers", "porteuse saine", "Substitutionsbehandlung", "buprénorphine"])
def test_vocabulary_is_lexicon_data(word: str) -> None:
    assert Lexicon.load().hits(f"x {word} x"), word


GENERIC_BIOMETRIC = [
    "Vanaf 1 december gebeurt de toegang met een vingerafdruklezer; het systeem bewaart enkel een sjabloon.",
    "Notre étude porte sur la reconnaissance faciale et les gabarits biométriques en général.",
    "In unseren Gebäuden werden keine biometrischen Daten wie Stimmprofile verarbeitet.",
    "The tender covers fingerprint readers and face recognition cameras for the new building.",
]


@pytest.mark.parametrize("text", GENERIC_BIOMETRIC)
def test_biometric_topic_without_a_person(blocking, text: str) -> None:
    assert not {t for t in blocking(text) if t.startswith("ART")}, text


# --- generic talk cancels weak ties (item 2) ----------------------------------------------------------
# The fitted weights (the default) give no weight to `name_bare`-style cross-sentence cases and to hedges /
# instructions ("eventuele", "Sie können"): too few such tied hits in their training data. The hand-set
# weights decide these two right; the fitted ones were better on held-out mail (docs/detectors.md).
_FITTED_GAP = pytest.mark.xfail(reason="fitted tie weights: hedges, instructions, a bare name in another "
                                       "sentence (the hand-set weights pass)", strict=True)
GENERIC_TALK = [
    # election circular with a named chair
    pytest.param("De voorzitter van het hoofdbureau, de heer Frans Dewinter, neemt de omslagen in ontvangst. "
                 "Kiezers met een beperking mogen zich laten begeleiden; de volmacht gaat samen met een medisch "
                 "attest in de omslag.", marks=_FITTED_GAP),
    # training on political neutrality
    "Opleiding neutraliteit: mag je een speldje van een partij dragen of een religieus symbool? Lesgever: "
    "prof. Johan Leman.",
    "La formation « Neutralité politique » aura lieu le 5 mars. La formatrice, Mme Isabelle Rorive, présentera "
    "la jurisprudence sur les opinions politiques des agents.",
    # how to obtain a criminal record extract
    "Beste mevrouw Mertens,\n\nU kunt een uittreksel uit het strafregister model 2 aanvragen via My e-Justice; "
    "het vermeldt eventuele veroordelingen die voor dat doel relevant zijn.",
    pytest.param("Sehr geehrte Frau Kessler,\n\nSie können den Auszug aus dem Strafregister nach Muster 2 über "
                 "My e-Justice herunterladen; er enthält gegebenenfalls Verurteilungen, die für diesen Zweck "
                 "relevant sind.", marks=_FITTED_GAP),
    # aggregated statistics
    "Madame Janssens,\n\nEn 2025, 110 faits ont été enregistrés pour motif religieux et 161 pour orientation "
    "sexuelle. Il s'agit de chiffres agrégés.",
    # law consultation with aggregate figures
    "De minister van Werk, Els Moerman, wil de wet aanpassen: 49 % van de werknemers is lid van een vakbond.",
    # hospital supplies tender with a contact
    "Perceel 2: insulinepompen voor patiënten met diabetes type 1. Contactpersoon: Dhr. Ivan Desmet.",
    # press release with a spokesperson
    "Twaalf verdachten werden aangehouden voor drugshandel. Woordvoerder: hoofdinspecteur Sven Lommaert.",
    # minutes with named attendees and aggregate numbers
    "Aanwezig: Marleen Goossens (voorzitter), Peter Maes (ACOD), Katrien Smet (ACV)\n\nEr zijn 11 langdurig "
    "zieken, van wie 4 met een burn-out.",
    "Present: Helen Ward (chair), George Patel, Maria Costa\n\nSickness absence stands at 4.8 %; there are six "
    "long-term absences, two of them for burnout.",
    # a circular in the second person
    "Beste collega's,\n\nBen je ziek? Verwittig dan je leidinggevende. Je medische gegevens blijven bij de arts.",
    "Chers collègues,\n\nSi vous êtes malade, prévenez votre chef avant 9 heures et envoyez votre certificat.",
]


@pytest.mark.parametrize("text", GENERIC_TALK)
def test_generic_talk_is_not_data_about_a_person(blocking, text: str) -> None:
    assert not {t for t in blocking(text) if t.startswith("ART")}, text


@pytest.fixture(scope="module")
def hand_engine() -> DetectionEngine:
    return DetectionEngine(DetectorOptions(tie_model="hand"))


@pytest.mark.parametrize("text", [p.values[0] if hasattr(p, "values") else p for p in GENERIC_TALK])
def test_generic_talk_with_hand_set_weights(hand_engine: DetectionEngine, text: str) -> None:
    found = {f.entity_type for f in hand_engine.detect([Segment("body", text)]) if not f.allowed}
    assert not {t for t in found if t.startswith("ART")}, text


SPECIFIC = [
    # a second-person possessive in a mail to one person is that person's data
    ("Beste mevrouw Peeters,\n\nUw ziekteverlof loopt tot 3 mei; uw medisch attest is ontvangen.", "ART9_HEALTH"),
    # a named person in the sentence before
    ("Bij de aanvraag van Joris Smit faalt de registratie. In bijlage zijn vingerafdrukken.", "ART9_BIOMETRIC"),
    # a list of names introduced by the hit's sentence
    ("Please deduct union dues for these employees, who joined the FNV union:\n- Priya Moreau\n- Hannah Kowalski",
     "ART9_TRADE_UNION"),
    # a plural noun that points back at named people
    ("Marleen Van den Broeck, Marleen De Vos en Daan Goossens worden niet herkend. Hierbij de irisscans van "
     "deze drie medewerkers.", "ART9_BIOMETRIC"),
    # an apposition is not an enumeration
    ("La famille Benali, d'origine rom, vient d'être relogée.", "ART9_ETHNIC_ORIGIN"),
    # a percentage in a test result is not an aggregate
    ("The DNA test for the file of James Patel shows a probability of paternity of 99.99%.", "ART9_GENETIC"),
    # several named people in one sentence are not a roster
    ("Parmi les agents, Patrick Lejeune et Fabienne Noël sont affiliés à la CGSP et Laurent Piette est délégué "
     "CSC.", "ART9_TRADE_UNION"),
]


@pytest.mark.parametrize(("text", "entity"), SPECIFIC)
def test_specific_person_is_still_tied(detect, text: str, entity: str) -> None:
    # reported (tied); sick leave without a reason is reported allowed (absence_without_reason), the rest blocks
    found = [f for f in detect(text) if f.entity_type == entity]
    assert found and all(not f.allowed or f.exception == "absence_without_reason" for f in found), text


# --- the decision itself ---------------------------------------------------------------------------------
def test_models_are_data_and_a_tie_is_required() -> None:
    for name in ("hand", "fitted"):
        f = resources.files("detectors").joinpath(f"special/models/tie_{name}.json")
        data = json.loads(f.read_text(encoding="utf-8"))
        assert data["kind"] == "logistic" and data["weights"] and "source" in data
        model = TieModel.load(name)
        assert model.decide({})[0] is False
        assert model.decide({"labelled": 1.0})[0] is False  # no ev_* evidence: never reported
        assert model.decide({"ev_id": 1.0})[0] is True
    hand = TieModel.load("hand")
    assert hand.decide({"ev_name": 1.0})[0] and not hand.decide({"ev_name": 1.0, "generic_weak": 1.0})[0]
    assert hand.decide({"ev_id": 1.0, "generic": 1.0, "generic_weak": 0.0})[0]


def test_engine_option_selects_the_weights() -> None:
    assert DetectionEngine(DetectorOptions(french_ner=False, tie_model="fitted")).special.model.name == "fitted"
    with pytest.raises(ValueError):
        DetectorOptions(tie_model="magic")


def test_explanation_is_content_free(engine: DetectionEngine) -> None:
    text = "Dhr. Vandenbroucke is sinds maart arbeidsongeschikt wegens een burn-out."
    (f,) = [f for f in engine.detect([Segment("body", text)]) if f.entity_type == "ART9_HEALTH"][:1]
    e = f.explain or {}
    assert e["rule"] == "lexicon" and e["tie"] in ("title", "name") and e["exception"] == "none"
    assert e["person"].split()[-1] == "D.V." and 0.5 <= e["score"] <= 1
    flat = json.dumps(f.as_dict())
    for word in ("Vandenbroucke", "arbeidsongeschikt", "burn-out", "maart"):
        assert word not in flat
    assert f.as_dict()["explain"] == e


# --- IBAN of a company in a payment confirmation (item 2) -------------------------------------------
@pytest.mark.parametrize(("text", "allowed"), [
    ("Wij bevestigen dat factuur 2026/1187 van Bouwbedrijf Vermeulen NV vandaag werd betaald. Het bedrag werd "
     "overgeschreven op uw rekening BE71 0961 2345 6769.", True),
    ("La facture F-2026-0931 de Nettoyage des Ardennes SA a été payée. Le montant a été viré sur votre compte "
     "BE71 0961 2345 6769.", True),
    ("Invoice INV-3301 from Brightline Consulting BV has been paid; EUR 18,750 was transferred to your account "
     "NL91 ABNA 0417 1643 00.", True),
    ("Die Rechnung RE-448 der Eifel Bau GmbH wurde bezahlt; der Betrag wurde auf Ihr Konto DE89 3704 0044 0532 "
     "0130 00 überwiesen.", True),
    # a person's account stays personal, even next to a company
    ("Het loon van Dhr. Peeters (werknemer bij Bouwbedrijf Vermeulen NV) wordt gestort op zijn rekening "
     "BE71 0961 2345 6769.", False),
    ("De terugbetaling wordt gestort op uw rekening BE71 0961 2345 6769.", False),
])
def test_company_iban_in_payment_confirmation(detect, text: str, allowed: bool) -> None:
    ibans = [f for f in detect(text) if f.entity_type == "IBAN_CODE"]
    assert len(ibans) == 1 and ibans[0].allowed is allowed, ibans
    if allowed:
        assert ibans[0].exception == "organisation_iban"


def _reference_bounds(text: str, start: int, end: int, reach: int = 240) -> tuple[int, int]:
    """sentence_bounds as a loop over every character (what the border regex must reproduce)."""
    from detectors.special.ties import _is_break

    lo, hi = max(0, start - reach), min(len(text), end + reach)
    s = next((i + 1 for i in range(start - 1, lo - 1, -1) if text[i] in ".!?;\n" and _is_break(text, i)), lo)
    e = next((i for i in range(end, hi) if text[i] in ".!?;\n" and _is_break(text, i)), hi)
    return s, e


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Dr.", " ", "\n", "\n\n", ".", "!", "?", ";", "\t", "3.5", "ziek",
                                 "x" * 55, "Mevr. Vos", ">"]), max_size=60), st.data())
def test_sentence_bounds_border_search_is_the_character_loop(pieces: list[str], data: st.DataObject) -> None:
    from detectors.special.ties import sentence_bounds

    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    reach = data.draw(st.sampled_from([240, 30, 5]))
    assert sentence_bounds(text, start, end, reach) == _reference_bounds(text, start, end, reach)


# --- blank forms: the template's "my" / "uw" is nobody's data ---------------------------------------------
BLANK_FORMS = [
    "Aanvraag tegemoetkoming\nNaam: ____________________\nRijksregisternummer: ____________\n"
    "Beschrijf uw handicap en uw medicatie: ______________________________",
    "Formulaire de consentement\nNom du participant : ____________________\nDate de naissance : ..........\n"
    "[ ] J'accepte que mon ADN soit séquencé.",
    "Antrag auf Pflegegeld\nName: ____________________\nGeburtsdatum: ____________\n"
    "Beschreiben Sie Ihre Behinderung: ______________________________",
    "Informed consent\nParticipant name: ____________________\nDate of birth: ___/___/______\n"
    "[ ] I agree that my DNA is sequenced.",
]
FILLED_FORMS = [
    "Aanvraag tegemoetkoming\nNaam: Jan Peeters\nRijksregisternummer: ____________\n"
    "Jan Peeters heeft een handicap en neemt medicatie voor zijn epilepsie.",
    "Formulaire de consentement\nNom du participant : Marie Dubois\nDate de naissance : ..........\n"
    "Mme Marie Dubois accepte que son ADN soit séquencé.",
    "Antrag auf Pflegegeld\nName: Hans Schmidt\nGeburtsdatum: ____________\n"
    "Herr Hans Schmidt hat eine Behinderung und bezieht Pflegegeld.",
    "Informed consent\nParticipant name: John Smith\nDate of birth: ___/___/______\n"
    "Mr John Smith agreed that his DNA is sequenced.",
]


@pytest.mark.parametrize("text", BLANK_FORMS)
def test_blank_form_wording_is_not_data(blocking, text: str) -> None:
    assert not ({"ART9_HEALTH", "ART9_GENETIC"} & blocking(text)), text


@pytest.mark.parametrize("text", FILLED_FORMS)
def test_a_named_person_on_a_partly_blank_form_is_still_tied(blocking, text: str) -> None:
    assert {"ART9_HEALTH", "ART9_GENETIC"} & blocking(text), text
