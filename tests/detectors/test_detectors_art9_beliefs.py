"""Political opinion, sex life / orientation, religion and ethnic origin: how membership, candidacy, a same-sex
partner, a conversion or practice and an ethnic group are said of one person in NL/FR/DE/EN (reported), and
generic talk about these topics that names nobody's data (not reported): an open alternative ("gelovig of
niet", "ongeacht afkomst of geloof"), group addresses, statistics, policies.

Own sentences; each hit must be tied to a person by the ordinary decision (detectors/special/ties.py)."""

from __future__ import annotations

import pytest

from detectors.special.lexicon import Lexicon

TIED = [
    # political opinion: a list place with a rank in between, a vote with any auxiliary, a named movement
    ("nl", "Dag,\n\nBetrokkene Jan Peeters stond op de 9e plaats van de lijst van Groen, maar werd niet verkozen.",
     "ART9_POLITICAL_OPINION"),
    ("fr", "Bonjour,\n\nM. Paul Renard a déclaré avoir voté Ecolo aux dernières élections communales.",
     "ART9_POLITICAL_OPINION"),
    ("de", "Guten Tag,\n\nHerr Jonas Becker war Mitglied der Gruppierung \"Identitäre Bewegung\".",
     "ART9_POLITICAL_OPINION"),
    ("en", "Hi,\n\nMs Laura Hill told us she is an active member of Extinction Rebellion.",
     "ART9_POLITICAL_OPINION"),
    # political opinion: membership, candidacy, vote in other words; election words do not cancel a named subject
    ("nl", "Dag,\n\nPieter Claes is een actief lid van Vooruit en komt op voor de partij bij de verkiezingen.",
     "ART9_POLITICAL_OPINION"),
    ("nl", "Beste,\n\nMevrouw Hilde Wouters heeft bij de laatste verkiezingen op de N-VA gestemd.",
     "ART9_POLITICAL_OPINION"),
    ("fr", "Bonjour,\n\nM. Julien Lambert est candidat sur la liste du PTB aux prochaines élections.",
     "ART9_POLITICAL_OPINION"),
    ("fr", "Bonjour,\n\nMme Claire Dubois est engagée politiquement depuis des années.", "ART9_POLITICAL_OPINION"),
    ("de", "Hallo,\n\nHerr Stefan Braun kandidiert für die Grünen bei den Wahlen im Mai.", "ART9_POLITICAL_OPINION"),
    ("de", "Hallo,\n\nFrau Anna Keller hat ein Parteibuch der SPD und ist politisch aktiv.", "ART9_POLITICAL_OPINION"),
    ("en", "Hi,\n\nMr David Hughes stood for the Labour Party at the last election.", "ART9_POLITICAL_OPINION"),
    ("en", "Hi,\n\nMs Laura Price is politically active and campaigns on housing.", "ART9_POLITICAL_OPINION"),
    ("en", "Hi,\n\nMr Tom Baker is a member of the Green Party.", "ART9_POLITICAL_OPINION"),
    ("de", "Hallo,\n\nFrau Petra Schmitz wirbt aktiv für die Vivant-Partei.", "ART9_POLITICAL_OPINION"),
    ("fr", "Bonjour,\n\nM. Luc Henry est un anarchiste convaincu et le dit au guichet.", "ART9_POLITICAL_OPINION"),
    ("nl", "Dag,\n\nMevrouw Els Vos heeft veel sympathie voor de PVDA.", "ART9_POLITICAL_OPINION"),
    # sex life / orientation: a same-sex partner by the gendered possessive, two parents of one sex, coming out
    ("nl", "Beste,\n\nGeert Janssens en zijn echtgenoot Tom verhuizen naar Gent.", "ART9_SEX_LIFE"),
    ("nl", "Beste,\n\nMevrouw Sofie Maes is meemoeder van het kindje dat in mei geboren is.", "ART9_SEX_LIFE"),
    ("fr", "Bonjour,\n\nMme Julie Martin et sa compagne sont deux mamans et demandent le congé de naissance.",
     "ART9_SEX_LIFE"),
    ("de", "Hallo,\n\nFrau Sabine Koch lebt in einer eingetragenen Lebenspartnerschaft.", "ART9_SEX_LIFE"),
    ("de", "Hallo,\n\nFrau Petra Lang kommt mit ihrer Partnerin zur Weihnachtsfeier.", "ART9_SEX_LIFE"),
    ("en", "Hi,\n\nRyan Cole asked to share a room with his boyfriend on the team trip.", "ART9_SEX_LIFE"),
    ("en", "Hi,\n\nMs Emma Jones and her wife have adopted a son.", "ART9_SEX_LIFE"),
    ("de", "Hallo,\n\n> Herr Dirk Krämer hatte ungeschützte Sexualkontakte und möchte sich testen lassen.",
     "ART9_SEX_LIFE"),
    ("nl", "Beste,\n\nMevrouw Lien Goossens werkt als sekswerker en zoekt een huisarts.", "ART9_SEX_LIFE"),
    # religion: a faith named, a conversion, a practice
    ("nl", "Dag,\n\nMevrouw Fatima El Idrissi is overgestapt: ze bekeerde zich vorig jaar tot het jodendom.",
     "ART9_RELIGION"),
    ("fr", "Bonjour,\n\nM. Karim Benali est chiite et prie à la mosquée du quartier.", "ART9_RELIGION"),
    ("de", "Hallo,\n\nHerr Thomas Vogel ist zum Islam übergetreten.", "ART9_RELIGION"),
    ("en", "Hi,\n\nMs Sarah Cohen keeps kosher, so please order a kosher meal for her.", "ART9_RELIGION"),
    # ethnic origin: the name of an ethnic group, membership of a minority said with a compound
    ("nl", "Beste,\n\nMevrouw Amina Warsame behoort tot de Bantoe-minderheid in Somalië.", "ART9_ETHNIC_ORIGIN"),
    ("fr", "Bonjour,\n\nM. Ahmad Karimi est hazara et a fui l'Afghanistan.", "ART9_ETHNIC_ORIGIN"),
    ("de", "Hallo,\n\nHerr Ruslan Umarow ist Tschetschene und lebt seit 2019 in Eupen.", "ART9_ETHNIC_ORIGIN"),
    ("en", "Hi,\n\nMy notes on Mr Jean Mugabo: he is a Tutsi and fled Rwanda in 1994.", "ART9_ETHNIC_ORIGIN"),
]

GENERIC = [
    # an open alternative: the category of nobody in particular
    "Beste buren,\n\nOp 20 december is er een kerstconcert. Pastoor Jan Van Hove verwelkomt iedereen, "
    "gelovig of niet.",
    "Bonjour,\n\nLa fête de quartier est ouverte à tous, croyants ou non. Contact : Mme Anne Leroy.",
    "Hallo,\n\nDer Chor von Frau Ute Berger nimmt alle auf, ob religiös oder nicht.",
    "Hi,\n\nThe choir led by Ms Helen Ward welcomes everyone, religious or not.",
    "Beste,\n\nJan Peeters zegt dat de stad iedereen aanwerft, ongeacht afkomst, geloof of seksuele geaardheid.",
    "Bonjour,\n\nM. Paul Renard rappelle que nous recrutons quelle que soit la religion ou l'orientation sexuelle.",
    "Hallo,\n\nFrau Eva Schulz betont: wir stellen unabhängig von Herkunft, Religion oder sexueller Orientierung ein.",
    "Hi,\n\nMr John Smith confirms we hire regardless of ethnicity, religion or sexual orientation.",
    # topic words in generic mail (circular, statistics, calendar, group address)
    "Beste collega's,\n\nDe kandidatenlijsten voor de verkiezingen moeten uiterlijk vrijdag binnen zijn.",
    "Chers collègues,\n\nLe calendrier des fêtes religieuses (ramadan, Pâques, Yom Kippour) est en annexe.",
    "Hallo zusammen,\n\nDie Statistik zeigt 42 Anzeigen wegen Hasskriminalität gegen Homosexuelle im Jahr 2025.",
    "Dear all,\n\nThe canteen offers halal, kosher and vegetarian meals from Monday.",
]


@pytest.mark.parametrize(("lang", "text", "entity"), TIED)
def test_category_said_of_a_person(blocking, lang: str, text: str, entity: str) -> None:
    assert entity in blocking(text), (lang, text)


@pytest.mark.parametrize("text", GENERIC)
def test_generic_talk_about_the_category(blocking, text: str) -> None:
    assert not {t for t in blocking(text) if t.startswith("ART9")}, text


@pytest.mark.parametrize(("word", "entity"), [
    ("zijn echtgenoot", "ART9_SEX_LIFE"), ("ihrer Partnerin", "ART9_SEX_LIFE"), ("deux papas", "ART9_SEX_LIFE"),
    ("his husband", "ART9_SEX_LIFE"), ("Lebenspartnerschaft", "ART9_SEX_LIFE"), ("jodendom", "ART9_RELIGION"),
    ("judaïsme", "ART9_RELIGION"), ("Judentum", "ART9_RELIGION"), ("Judaism", "ART9_RELIGION"),
    ("tot de Bantoe-minderheid", "ART9_ETHNIC_ORIGIN"), ("Tutsi", "ART9_ETHNIC_ORIGIN"),
    ("actief lid van Groen", "ART9_POLITICAL_OPINION"), ("Parteibuch", "ART9_POLITICAL_OPINION"),
    ("plaats van de lijst van Vooruit", "ART9_POLITICAL_OPINION"), ("ont voté pour le PTB", "ART9_POLITICAL_OPINION"),
    ("der Identitären Bewegung", "ART9_POLITICAL_OPINION"), ("Génération identitaire", "ART9_POLITICAL_OPINION"),
    ("Schild & Vrienden", "ART9_POLITICAL_OPINION"), ("Reichsbürger", "ART9_POLITICAL_OPINION"),
])
def test_vocabulary_is_lexicon_data(word: str, entity: str) -> None:
    assert entity in {h.entity for h in Lexicon.load().hits(f"x {word} x")}, word


@pytest.mark.parametrize("text", [
    # homographs the entries avoid: "seinen Mann stehen", a business partner, "zijn" as a verb
    "Herr Jan Kraus hat bei der Prüfung seinen Mann gestanden.",
    "Mr Tom Reed met his business partner in Leeds.",
    "De heer Luc Maes en zijn vrouw komen naar de receptie.",
    "Mme Julie Petit pratique le tennis le dimanche.",
])
def test_homographs_are_not_category_words(text: str) -> None:
    assert not {h.entity for h in Lexicon.load().hits(text)} & {"ART9_SEX_LIFE", "ART9_RELIGION"}, text
