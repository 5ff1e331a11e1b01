"""Art. 9 / Art. 10: lexicon hits count only when tied to an identifiable person (NL/FR/DE/EN)."""

from __future__ import annotations

import pytest

from detectors.special.lexicon import CATEGORIES, LANGUAGES, Lexicon

TIED = [
    # Dutch (compounds by stem)
    ("nl", "Dhr. Peeters is sinds maart arbeidsongeschikt wegens een burn-out.", "ART9_HEALTH"),
    ("nl", "Mevr. Janssens belde gisteren. Ze is opgenomen in het ziekenhuis.", "ART9_HEALTH"),
    ("nl", "De betrokkene heeft een strafblad wegens diefstal.", "ART10_CRIMINAL"),
    ("nl", "Fien de Vries heeft ons verteld dat ze lesbisch is.", "ART9_SEX_LIFE"),
    ("nl", "Yusuf Bakker is actief lid van de Partij voor de Dieren.", "ART9_POLITICAL_OPINION"),
    ("nl", "Uw cliënt is lid van het ACV sinds 2019.", "ART9_TRADE_UNION"),
    ("nl", "NISS 85.07.30-033.28: diagnose diabetes type 2.", "ART9_HEALTH"),
    # French
    ("fr", "Mme Dubois est en arrêt maladie depuis lundi pour une grippe.", "ART9_HEALTH"),
    ("fr", "Le patient souffre d'une dépression sévère.", "ART9_HEALTH"),
    ("fr", "Monsieur Karim Renard est d'origine congolaise.", "ART9_ETHNIC_ORIGIN"),
    ("fr", "Jean-Luc Leclercq, est membre du PTB depuis des années.", "ART9_POLITICAL_OPINION"),
    ("fr", "L'intéressé a un casier judiciaire chargé.", "ART10_CRIMINAL"),
    # German (Krankschreibung: compound)
    ("de", "Frau Müller hat eine Krankschreibung bis Freitag wegen einer Grippe.", "ART9_HEALTH"),
    ("de", "Der Antragsteller ist Mitglied der AfD.", "ART9_POLITICAL_OPINION"),
    ("de", "Helmut Weber ist vorbestraft.", "ART10_CRIMINAL"),
    ("de", "Herr Schmidt ist praktizierender Muslim.", "ART9_RELIGION"),
    # English
    ("en", "Ms Smith has been diagnosed with breast cancer.", "ART9_HEALTH"),
    ("en", "Kevin Murphy is of Uyghur origin.", "ART9_ETHNIC_ORIGIN"),
    ("en", "The claimant's DNA test confirmed the relationship.", "ART9_GENETIC"),
    ("en", "Mr Jones gave his fingerprints at the border post.", "ART9_BIOMETRIC"),
    ("en", "She is a union representative and was convicted of fraud in 2019.", "ART10_CRIMINAL"),
    ("fr", "Suite à notre entretien, M. Dupont est atteint d'une sclérose en plaques.", "ART9_HEALTH"),
    ("en", "Our client Mr Ahmed Khan was arrested last week and is now in pre-trial detention.", "ART10_CRIMINAL"),
    ("de", "Unser Mitarbeiter Herr Schulz ist wegen einer Depression krankgeschrieben.", "ART9_HEALTH"),
    ("nl", "De heer Van den Broeck is lid van de vakbond ABVV.", "ART9_TRADE_UNION"),
    ("en", "Sarah told me she is pregnant and will go on leave in March.", "ART9_HEALTH"),
    ("nl", "Mijn zoon heeft autisme en heeft extra begeleiding nodig op school.", "ART9_HEALTH"),
    ("de", "Der Jugendliche Thomas Kessler (17) ist homosexuell.", "ART9_SEX_LIFE"),
]

GENERIC = [
    ("nl", "De griepvaccinatiecampagne voor alle medewerkers start maandag in zaal 2."),
    ("nl", "Het nieuwe Wetboek van Strafvordering treedt in werking op 1 januari; diefstal en fraude "
           "worden anders bestraft."),
    ("nl", "De vakbonden hebben een stakingsaanzegging ingediend voor donderdag 17 september."),
    ("nl", "Voor de verkiezingen zoekt de stad bijzitters; partijen en vakbonden worden gevraagd te helpen."),
    ("fr", "Le marché public pour l'équipement du service d'oncologie de l'hôpital est publié."),
    ("fr", "Les agents peuvent demander un congé pour les fêtes religieuses : Aïd el-Fitr, Yom Kippour, Noël."),
    ("de", "Die Gewerkschaften haben für den 27. September einen Streik angekündigt."),
    ("de", "Einladung zur Fachtagung Genetik: genetische Tests in der Praxis."),
    ("en", "The new criminal code introduces community service for minor offences."),
    ("en", "Staff flu vaccination campaign: book your slot; people with diabetes or asthma go first."),
    ("nl", "Op 5 juni geeft Dr. Janssens een lezing over diabetespreventie in de raadzaal."),
    ("en", "The minister of Health, Frank Vandenbroucke, announced a new cancer plan today."),
    ("fr", "Veuillez trouver ci-joint le rapport annuel sur la santé mentale et le cancer en Belgique."),
    ("nl", "De vakbondsvergadering van dinsdag gaat niet door. Het ACV heeft een nieuwe datum voorgesteld."),
    ("de", "Der Betriebsrat lädt alle Mitarbeiter zur Versammlung am Freitag ein."),
    ("en", "Discover Card is a proud participant in the Know Fraud campaign."),
]


@pytest.mark.parametrize(("lang", "text", "entity"), TIED)
def test_tied_to_person_is_reported(blocking, lang: str, text: str, entity: str) -> None:
    assert entity in blocking(text), (lang, text)


@pytest.mark.parametrize(("lang", "text"), GENERIC)
def test_generic_use_does_not_trigger(blocking, lang: str, text: str) -> None:
    found = {t for t in blocking(text) if t.startswith("ART")}
    assert not found, (lang, text, found)


def test_french_ner_ties_an_unknown_name(engine) -> None:
    """No rule knows "Quentin Lemaire" at a sentence start before "souffre"; spaCy fr_core_news_sm
    (run on a small window only) recognises the person. The rules-only engine misses this one."""
    from gateway.model import Segment

    assert engine.people.ner is not None
    out = engine.detect([Segment("body", "Quentin Lemaire souffre d'une dépression sévère depuis l'été.")])
    assert [(f.entity_type, f.allowed) for f in out] == [("ART9_HEALTH", False)]


def test_signature_function_is_not_a_finding(blocking) -> None:
    text = "Met vriendelijke groeten,\n\nAn Peeters\nVakbondsafgevaardigde\nDienst Geestelijke Gezondheid\n"
    assert not blocking(text)


def test_salutation_name_is_not_a_tie(blocking) -> None:
    assert not blocking("Beste Jan,\n\nDe infosessie over burn-out preventie gaat door op 3 mei.\n")


def test_lexicon_files_cover_every_category_and_language() -> None:
    from importlib import resources

    root = resources.files("detectors").joinpath("lexicons")
    for cat in CATEGORIES:
        for lang in LANGUAGES:
            assert root.joinpath(f"{cat}.{lang}.txt").is_file(), (cat, lang)


@pytest.mark.parametrize(("text", "word"), [
    ("arbeidsongeschiktheid", "arbeidsongeschiktheid"),  # nl compound, infix stem
    ("Krankschreibung", "Krankschreibung"),  # de prefix stem
    ("Brustkrebs", "krebs"),  # de compound head
    ("longziekte", "ziekte"),  # nl compound head
])
def test_compounds_match_by_stem(text: str, word: str) -> None:
    hits = Lexicon.load().hits(text)
    assert any(text[h.start : h.end].lower() == word.lower() for h in hits), hits


def test_no_false_stems() -> None:
    hits = Lexicon.load().hits("Die Gesellschaft hat uns besucht. Madame, thanks for the maids.")
    assert hits == []


MAILS_BLOCK = [
    "Sehr geehrte Frau Weber,\n\nwie besprochen: Ihre Tochter Lea leidet an Epilepsie.",
    "Guten Tag,\n\nHerr Yilmaz ist Mitglied der Gewerkschaft ver.di und möchte begleitet werden.",
    "Bonjour,\n\nMadame Nadia Benali porte le voile et souhaite un aménagement pour la photo.",
    "Bonjour,\n\nLe détenu Marc Lenoir sortira de prison le 12 mars; merci de prévoir un logement.",
    "Dear colleague,\n\nMs Okafor disclosed that she is HIV positive; please handle her file with care.",
    "Hi team,\n\nPeter Novak was convicted of drunk driving in 2021.",
    "Beste,\n\nDe aanvrager, Dhr. Ali Demir, is erkend als persoon met een handicap (66%).",
    "Hallo,\n\nFrau Schneider ist Zeugin Jehovas und lehnt deshalb Bluttransfusionen ab.",
    "Beste Koen,\n\nJan Verhoeven is homo en wordt gepest door collega's.",
    "Hello,\n\nMr Dimitrov's fingerprints did not match the Eurodac record; please recheck.",
]
MAILS_ALLOW = [
    "Sehr geehrte Damen und Herren,\n\ndie Broschüre zur Krebsvorsorge ist jetzt erhältlich.\n\n"
    "Mit freundlichen Grüßen\nGesundheitsamt",
    "Beste,\n\nHet nieuwe Strafwetboek voorziet in gevangenisstraffen tot 20 jaar voor fraude.\n\nGroeten",
    "Guten Tag,\n\ndie Moschee an der Hauptstraße beantragt eine Genehmigung für ein Straßenfest.\n\n"
    "Freundliche Grüße\nOrdnungsamt",
    "Beste collega's,\n\nOp de personeelsdag is er een workshop over diversiteit, met aandacht voor religie en "
    "afkomst.\n\nGroeten,\nDiversiteitsambtenaar",
    "Dear all,\n\nOur biometric access system will be upgraded; fingerprint readers will be offline.\n\nIT",
    "Hallo Jan,\n\nkannst du die Statistik zu Arbeitsunfällen 2025 bis Freitag schicken?\n\nGruß\nPetra",
    "Bonjour,\n\nLe bureau de vote n° 12 déménage à l'école Saint-Joseph pour les élections communales.",
    "Hallo Jan,\n\nPeter Claes is vanaf maandag ons nieuwe teamhoofd. Welkom!\n\nGroeten,\nAn",
]


@pytest.mark.parametrize("text", MAILS_BLOCK)
def test_mail_with_special_data_blocks(blocking, text: str) -> None:
    assert any(t.startswith("ART") for t in blocking(text)), text


@pytest.mark.parametrize("text", MAILS_ALLOW)
def test_generic_mail_allows(blocking, text: str) -> None:
    assert not blocking(text), text
