"""Health (and genetic-test) vocabulary breadth: everyday wording of one person's illness, injury, treatment or
disability is reported in NL/FR/DE/EN, and the homographs the lexicon avoids (breach, budget cut, pipe burst)
are not."""

from __future__ import annotations

import pytest

from detectors.special.lexicon import Lexicon

TIED = [
    "Dag,\n\nSofie Janssens heeft een blaasontsteking en komt morgen niet.",
    "Dag,\n\nMevrouw Els Wouters is gevallen en heeft een hersenschudding.",
    "Beste,\n\nDhr. Luc Maes heeft nierstenen en moet dinsdag binnen.",
    "Beste,\n\nMevrouw Ann Peeters heeft een heupprothese gekregen.",
    "Beste,\n\nJef Van den Broeck heeft een gokprobleem en vraagt een voorschot.",
    "Beste,\n\nMevrouw Lotte Claes is bevallen van een dochter via keizersnede.",
    "Beste,\n\nDhr. Karel Hendrickx neemt bloedverdunners na zijn trombose.",
    "Dag,\n\nTom Peeters heeft zijn sleutelbeen gebroken bij het fietsen.",
    "Bonjour,\n\nMme Sophie Lemaire a une entorse à la cheville.",
    "Bonjour,\n\nM. Julien Mercier est aux urgences depuis ce matin.",
    "Bonjour,\n\nMme Chantal Dubois fait de l'hypertension et prend des bêtabloquants.",
    "Bonjour,\n\nMme Nathalie Leroy a fait une crise d'angoisse au guichet hier.",
    "Bonjour,\n\nMme Léa Roux souffre d'une fracture du tibia depuis sa chute.",
    "Bonjour,\n\nM. Jean Petit a subi une amputation de la jambe gauche après son accident.",
    "Hallo,\n\nFrau Laura Schmitt hat eine Blasenentzündung und bleibt zu Hause.",
    "Hallo,\n\nHerr Peter Lange hat sich die Hand verstaucht.",
    "Hallo,\n\nFrau Karin Hoffmann ist alkoholabhängig und macht eine Entzugstherapie.",
    "Hallo,\n\nHerr Markus Frank liegt auf der Intensivstation.",
    "Hallo,\n\nFrau Eva Schulz hat eine Schilddrüsenunterfunktion.",
    "Hallo,\n\nHerr Max Brandt hat sich das Schienbein gebrochen.",
    "Hi,\n\nJenny Clark has a kidney infection and will not come in today.",
    "Hi,\n\nMr Paul Adams had a hip replacement last week.",
    "Hi,\n\nSophie Turner has a drinking problem and is going into detox.",
    "Hi,\n\nAndrew Scott has dyslexia and needs extra time in the test.",
    "Hi,\n\nMs Kate Morris is on antibiotics for pneumonia.",
    "Hi,\n\nMs Amy Hughes has an underactive thyroid and feels tired.",
    "Hi,\n\nMr Tom Reed had his left foot amputated after the accident.",
    "Dag,\n\nLies Maes heeft hoge koorts en waterpokken opgelopen.",
    "Bonjour,\n\nM. Hugo Lambert a eu un choc anaphylactique à la cantine.",
    "Hallo,\n\nFrau Nina Vogt hatte einen Hörsturz und hört links schlecht.",
    "Hi,\n\nMr Sam Price has shingles and will be off for two weeks.",
    # disability and care benefits, medical fitness decisions, addiction treatment, treatments (batch 9)
    "Beste,\n\nMevrouw Ann Peeters ontvangt sinds mei een integratietegemoetkoming.",
    "Dag,\n\nDhr. Koen Smets werd door de arbeidsarts definitief ongeschikt verklaard.",
    "Beste,\n\nDhr. Jef Van den Broeck volgt een verslavingsbehandeling in Gent.",
    "Bonjour,\n\nMme Chantal Dubois perçoit l'allocation de remplacement de revenus.",
    "Bonjour,\n\nM. Julien Mercier a été déclaré inapte au travail par le médecin du travail.",
    "Bonjour,\n\nM. Hugo Lambert commence un traitement de la dépendance en avril.",
    "Hallo,\n\nFrau Karin Hoffmann bezieht Pflegegeld nach Pflegegrad 3.",
    "Hallo,\n\nHerr Markus Frank ist laut amtsärztlichem Gutachten dienstunfähig.",
    "Hallo,\n\nHerr Patrick Nelles macht eine Suchtbehandlung; er lehnt Bluttransfusionen ab.",
    "Hi,\n\nMs Kate Morris receives a disability allowance since March.",
    "Hi,\n\nMr Paul Adams was declared medically unfit for duty by occupational health.",
    "Hi,\n\nSophie Turner has started an addiction treatment programme.",
]

# Everyday (non-medical) senses of words near the health vocabulary, each next to a named person.
HOMOGRAPHS = [
    "Beste,\n\nJan Peeters meldt een inbreuk op de privacyregels bij de dienst Burgerzaken.",
    "Beste,\n\nKoen Smets zegt dat de stad lijdt aan een tekort aan parkeerplaatsen.",
    "Beste,\n\nde bypass rond Lier wordt aangelegd, zegt schepen Jan Vos.",
    "Dag,\n\nAn Claes heeft de stukken; de breuk met de aannemer is definitief.",
    "Bonjour,\n\nM. Pierre Lambert parle de la fracture numérique dans les quartiers.",
    "Bonjour,\n\nMme Claire Dubois regrette l'amputation du budget culturel de 10 %.",
    "Bonjour,\n\nM. Paul Renard a rappelé la fracture de la gauche après les élections.",
    "Bonjour,\n\nLe bâtiment est accessible en fauteuil roulant. Contact : M. Jean Dupont.",
    "Bonjour,\n\nM. Marc Dupuis prend un jour de repos complet lundi.",
    "Hallo,\n\nHerr Klaus Weber meldet einen Rohrbruch im Keller des Rathauses.",
    "Hallo,\n\nFrau Anna Schmitt hat die Entbindung von der Schweigepflicht unterschrieben.",
    "Hallo,\n\nHerr Jan Kraus bestellt Desinfektion für alle Büros.",
    "Hallo,\n\nFrau Maria Schulz ist im dritten Monat der Probezeit.",
    "Hi,\n\nJohn Smith broke his promise to deliver the report by Friday.",
    "Hi,\n\nMs Sarah Brown expressed anxiety about the reorganisation.",
    "Hi,\n\nTom Baker is doing a digital detox this weekend.",
    "Hi,\n\nThe venue is wheelchair accessible. Contact: Mark Davies.",
    "Hi,\n\nPeter Hall says sales growth has been anemic this quarter.",
    "Hi,\n\nMark Jones will replace the roof shingles of the depot next week.",
    "Hi,\n\nTom Baker warns about the high temperature in the server room.",
    "Beste,\n\nJan Claes leidt de migratie naar een SOA-architectuur met een soa-bus.",
    "Bonjour,\n\nM. Paul Simon a répondu « bof » à la proposition de planning.",
]


@pytest.mark.parametrize("text", TIED)
def test_everyday_health_wording_is_reported(blocking, text: str) -> None:
    assert "ART9_HEALTH" in blocking(text), text


@pytest.mark.parametrize("text", HOMOGRAPHS)
def test_everyday_homographs_are_not_health(blocking, text: str) -> None:
    assert "ART9_HEALTH" not in blocking(text), text


GENETIC = [
    "Beste,\n\nHet karyotype van mevrouw An Claes toont een translocatie op chromosoom 14.",
    "Bonjour,\n\nLe séquençage de l'exome de M. Paul Renard montre un variant génétique pathogène.",
    "Hallo,\n\nHerr Jonas Keller ist laut Genomanalyse Träger der Faktor-V-Leiden-Mutation.",
    "Hi,\n\nThe gene panel of Ms Laura Evans found a BRCA2 gene variant.",
    # parentage and kinship tests, DNA database hits, an STR profile written out
    "Beste,\n\nDe waarschijnlijkheid van vaderschap van de heer Tom Maes bedraagt 99,99 %.",
    "Maître,\n\nLe lien entre M. Joseph Mbuyi et l'enfant est confirmé (indice de paternité > 10^6).",
    "Hallo,\n\nDas Vaterschaftsgutachten für Herrn Jonas Keller liegt vor: Vaterschaft bestätigt.",
    "Hi,\n\nThe kinship test of Mr Ali Hassan confirmed that he is the brother of the applicant.",
    "Dear colleague,\n\nThe DNA match concerns Mr Dries Wouters; his profile shows D3S1358 15/17.",
]


@pytest.mark.parametrize("text", GENETIC)
def test_genetic_test_wording_is_reported(blocking, text: str) -> None:
    assert "ART9_GENETIC" in blocking(text), text


def test_staff_changes_are_not_mutations(blocking) -> None:
    assert not blocking("Beste,\n\nDe personeelsmutaties van Jan Peeters zijn verwerkt in het systeem.")


@pytest.mark.parametrize(("text", "word"), [
    ("longontsteking", "longontsteking"),  # nl compound
    ("rughernia", "rughernia"),  # nl compound, listed
    ("drankverslaving", "drankverslaving"),
    ("persoonlijkheidsstoornis", "stoornis"),
    ("Lungenentzündungen", "entzündung"),  # de compound head, plural (``*entzündung*``)
    ("Hirntumor", "tumor"),
    ("Bandscheibenprobleme", "bandscheibe"),
    ("tendinites", "tendinite"),  # fr plural
    ("déprimée", "déprimé"),  # fr feminine
    ("painkillers", "painkiller"),  # en plural
])
def test_compounds_and_inflections_match(text: str, word: str) -> None:
    hits = Lexicon.load(categories={"health": "ART9_HEALTH"}).hits(text)
    assert any(text[h.start : h.end].lower() == word.lower() for h in hits), hits
