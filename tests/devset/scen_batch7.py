# ruff: noqa: E501  (mail text)
"""Seventh batch (split ``tune``, slugs ``h7-``): short everyday mails about the health of one named or otherwise
identifiable person — common diseases, injuries, mental-health conditions, chronic illness, pregnancy, addiction,
surgery, medication, therapy, disability, test results — worded as a civil servant would, mostly without the
textbook terms; and generic health talk with no individual (campaigns, statistics, procedures, tenders, trainings).
Written before any change of the health vocabulary (detectors/lexicons/health.*.txt); invented people."""

from __future__ import annotations

import random
from collections.abc import Callable

from build import Mail

SCENARIOS: list[Callable[[random.Random], Mail]] = []
_FROM = {"nl": "personeel@stad-voorbeeld.be", "fr": "rh@ville-exemple.be", "de": "personal@stadt-beispiel.de", "en": "hr@council-example.gov.uk"}
_TO = {"nl": "teamleider@stad-voorbeeld.be", "fr": "chef.service@ville-exemple.be", "de": "abteilung@stadt-beispiel.de", "en": "manager@council-example.gov.uk"}
_SUBJECT = {"nl": "Afwezigheid en planning", "fr": "Absences et planning", "de": "Abwesenheit und Dienstplan", "en": "Absence and rota"}
H = ["ART9_HEALTH"]

CASES: list[tuple[str, str, str, list[str], str]] = [
    # --- block: Dutch
    ('h7-nl-longontsteking', 'nl', 'block', H, 'Beste Sofie,\n\nMarc Verhoeven is deze week thuis met een longontsteking. Zijn huisarts verwacht dat hij pas over tien dagen terug kan komen.\n\nGroet,\nIlse'),
    ('h7-nl-beenbreuk', 'nl', 'block', H, 'Dag Koen,\n\nAnnelies De Wit heeft bij het skiën haar onderbeen gebroken en zit zes weken in het gips. Kun jij haar loketdiensten overnemen tot eind februari?\n\nMvg,\nBart'),
    ('h7-nl-paniekaanvallen', 'nl', 'block', H, 'Beste,\n\nMevrouw Nathalie Goossens heeft de laatste maanden last van paniekaanvallen en angstklachten en is daarvoor in begeleiding bij het CGG. Zij vraagt om voorlopig niet aan het onthaal te werken.\n\nPersoneelsdienst'),
    ('h7-nl-bestralingen', 'nl', 'block', H, "Hallo team,\n\nZoals sommigen al weten, start Tine Maes volgende week met haar bestralingen na de borstamputatie. Ze zou het appreciëren als we haar even met rust laten.\n\nLiesbeth"),
    ('h7-nl-bedrust', 'nl', 'block', H, 'Dag Peter,\n\nLeen Hermans is in verwachting van een tweeling en moet van de gynaecoloog bedrust houden tot aan de bevalling. Haar dossiers worden verdeeld over het team.\n\nGroet'),
    ('h7-nl-drankprobleem', 'nl', 'block', H, 'Beste directeur,\n\nDirk Pauwels is vorige vrijdag opnieuw onder invloed op het werk verschenen. Hij heeft toegegeven dat hij een drankprobleem heeft en laat zich opnemen in een ontwenningskliniek.\n\nMet vriendelijke groeten,\nHR'),
    ('h7-nl-insuline', 'nl', 'block', H, 'Hoi Bram,\n\nOnze chauffeur Wim Jacobs moet tijdens de dienst insuline spuiten en zijn bloedsuiker meten. Mag hij de koelkast in de refter gebruiken voor zijn pennen?\n\nAn'),
    ('h7-nl-stents', 'nl', 'block', H, 'Beste,\n\nJozef Claes heeft vorige week een hartinfarct gehad en kreeg drie stents. Hij blijft nog minstens een maand thuis.\n\nGroetjes,\nMarleen'),
    ('h7-nl-rughernia', 'nl', 'block', H, 'Dag Eva,\n\nVolgens de arbeidsgeneesheer mag Karin Vermeulen door haar rughernia voorlopig niets zwaarder dan vijf kilo tillen. Kun je haar taken in het magazijn aanpassen?\n\nDank,\nFrank'),
    ('h7-nl-pijnstillers', 'nl', 'block', H, 'Beste,\n\nKevin Smet neemt sinds zijn ongeval zware pijnstillers en slaappillen. Hij mag daarom tijdelijk geen heftruck besturen.\n\nPreventieadviseur'),
    ('h7-nl-bloedafname', 'nl', 'block', H, 'Beste dokter,\n\nDe bloedafname bij mevrouw Ria Peters toonde een sterk verhoogde cholesterol en een te traag werkende schildklier. Kunt u haar opvolgen?\n\nMet collegiale groeten,\nArbeidsgeneeskundige dienst'),
    # --- block: French
    ('h7-fr-bronchite', 'fr', 'block', H, 'Bonjour,\n\nSébastien Lambert ne viendra pas cette semaine : il a une grosse bronchite et son médecin lui a prescrit des antibiotiques.\n\nCordialement,\nMartine'),
    ('h7-fr-poignet', 'fr', 'block', H, "Bonjour Paul,\n\nMme Isabelle Renard s'est fracturé le poignet en tombant dans l'escalier ; elle a un plâtre pour un mois et ne peut pas taper au clavier.\n\nBien à toi,\nNadine"),
    ('h7-fr-anxiete', 'fr', 'block', H, "Bonjour,\n\nNotre collègue Thomas Leroy souffre d'anxiété généralisée. Il prend des anxiolytiques et voit un psychiatre toutes les deux semaines.\n\nRH"),
    ('h7-fr-preeclampsie', 'fr', 'block', H, "Bonjour Sophie,\n\nCamille Dubois attend son deuxième enfant et fait une prééclampsie ; sa gynécologue lui impose le repos complet jusqu'à l'accouchement.\n\nAmicalement,\nJulie"),
    ('h7-fr-cannabis', 'fr', 'block', H, "Monsieur le Directeur,\n\nM. Youssef El Amrani a reconnu une dépendance au cannabis et suit un programme de sevrage dans un centre spécialisé. Il reprendra à mi-temps en mars.\n\nLe service social"),
    ('h7-fr-prothese', 'fr', 'block', H, "Bonjour,\n\nMme Jacqueline Simon sera absente trois mois : on lui pose une prothèse de hanche le 14 janvier.\n\nCordialement,\nSecrétariat"),
    ('h7-fr-insulino', 'fr', 'block', H, "Bonjour,\n\nM. Marc Dupuis est insulinodépendant et doit pouvoir faire ses injections et manger pendant les longues réunions du conseil.\n\nMerci,\nLa médecine du travail"),
    ('h7-fr-tendinite', 'fr', 'block', H, "Bonjour,\n\nSuite à sa tendinite à l'épaule droite, Mme Laura Petit bénéficie d'un mi-temps médical et d'un aménagement de poste jusqu'en juin.\n\nRH"),
    ('h7-fr-anemie', 'fr', 'block', H, "Docteur,\n\nLes analyses de sang de M. Pierre Mathieu révèlent une anémie sévère et une carence en fer. Il sera convoqué pour un nouvel examen.\n\nService médical"),
    # --- block: German
    ('h7-de-lungenentzuendung', 'de', 'block', H, 'Hallo Petra,\n\nHerr Markus Vogel liegt mit einer Lungenentzündung im Bett und fällt bis mindestens Freitag aus.\n\nGruß\nJens'),
    ('h7-de-kreuzband', 'de', 'block', H, 'Hallo zusammen,\n\nFrau Sabine Koch hat sich beim Fußball das Kreuzband gerissen und läuft die nächsten sechs Wochen an Krücken. Bitte plant sie nicht für Außentermine ein.\n\nViele Grüße\nTanja'),
    ('h7-de-panikattacken', 'de', 'block', H, 'Sehr geehrte Frau Lang,\n\nHerr Lukas Braun ist wegen Panikattacken seit einigen Wochen in psychotherapeutischer Behandlung und möchte vorerst keine Bürgerkontakte haben.\n\nMit freundlichen Grüßen\nPersonalrat'),
    ('h7-de-entzug', 'de', 'block', H, 'Hallo Uwe,\n\nFrau Melanie Hahn hat gestern einen Alkoholentzug in einer Suchtklinik begonnen. Sie ist voraussichtlich acht Wochen weg.\n\nGruß\nKarin'),
    ('h7-de-schrittmacher', 'de', 'block', H, 'Hallo,\n\nHerr Stefan Wolf trägt seit seiner Herz-OP einen Herzschrittmacher und darf deshalb nicht durch die Sicherheitsschleuse am Haupteingang.\n\nDanke\nEmpfang'),
    ('h7-de-beschaeftigungsverbot', 'de', 'block', H, 'Liebe Kolleginnen und Kollegen,\n\nFrau Julia Neumann ist im vierten Monat und hat von ihrer Frauenärztin ein Beschäftigungsverbot bekommen. Ihre Vertretung übernimmt Herr Roth.\n\nAbteilungsleitung'),
    ('h7-de-leberwerte', 'de', 'block', H, 'Sehr geehrter Herr Dr. Kühn,\n\nder Laborbefund von Herrn Klaus Richter zeigt deutlich erhöhte Leberwerte. Der Betriebsarzt empfiehlt eine Nachuntersuchung in vier Wochen.\n\nMit freundlichen Grüßen\nArbeitsmedizinischer Dienst'),
    ('h7-de-bandscheibe', 'de', 'block', H, 'Hallo Tim,\n\nFrau Monika Weber hat eine Krankmeldung bis zum 20. eingereicht, wegen ihrer Bandscheibenprobleme. Kannst du ihre Termine absagen?\n\nGruß\nIris'),
    # --- block: English
    ('h7-en-chest-infection', 'en', 'block', H, "Hi Claire,\n\nTom Baker won't make it to the audit this week: he has a nasty chest infection and his GP has signed him off until Monday.\n\nThanks,\nRachel"),
    ('h7-en-ankle', 'en', 'block', H, 'Hi Mike,\n\nSarah Mitchell broke her ankle on the stairs at home and will be in a cast for six weeks. Can we set her up to work from home?\n\nCheers,\nDave'),
    ('h7-en-panic', 'en', 'block', H, 'Dear Helen,\n\nOur caseworker James Hughes has been struggling with panic attacks and low mood, and has started counselling through the employee assistance programme.\n\nBest wishes,\nHR'),
    ('h7-en-bed-rest', 'en', 'block', H, "Hi all,\n\nEmma Wilson is 28 weeks along and her midwife has put her on bed rest because of high blood pressure, so she won't be back before her maternity leave.\n\nKaren"),
    ('h7-en-gambling', 'en', 'block', H, 'Dear Mr Price,\n\nDaniel Clarke told me he has a serious gambling problem and has started going to Gamblers Anonymous. He asked for an advance on his salary.\n\nRegards,\nPayroll'),
    ('h7-en-knee', 'en', 'block', H, "Hi Sue,\n\nLinda Turner is having a knee replacement on the 12th and expects to be off for about two months.\n\nThanks,\nGareth"),
    ('h7-en-insulin', 'en', 'block', H, 'Hi,\n\nMark Davies needs to check his blood sugar and inject insulin during night shifts. Please make sure he gets his breaks on time.\n\nOccupational health'),
    ('h7-en-thyroid', 'en', 'block', H, "Dear Dr Shah,\n\nPeter Hall's blood test came back with high cholesterol and an underactive thyroid. Occupational health would like to see him next week.\n\nKind regards,\nWellbeing team"),
    ('h7-en-wheelchair', 'en', 'block', H, 'Hello,\n\nMs Olivia Grant has used a wheelchair since her accident and needs a desk on the ground floor near the accessible toilet.\n\nFacilities'),
    ('h7-en-ritalin', 'en', 'block', H, "Hi Jo,\n\nRyan Cooper takes Ritalin for his concentration problems and sometimes needs a quiet room. Could you keep that in mind when planning the open-plan move?\n\nThanks,\nAlex"),
    # --- allow: generic health talk, no individual
    ('h7-nl-campagne', 'nl', 'allow', [], "Beste collega's,\n\nIn oktober loopt opnieuw de campagne Dry October. Wie minder alcohol wil drinken, vindt tips op het intranet en kan anoniem bellen naar de Druglijn.\n\nDe preventiedienst"),
    ('h7-nl-statistiek', 'nl', 'allow', [], 'Beste schepen,\n\nIn 2025 waren 84 medewerkers langer dan een maand afwezig door ziekte. Rugklachten en psychosociale problemen blijven de belangrijkste oorzaken; het ziekteverzuim daalde tot 5,8 %.\n\nDe personeelsdienst'),
    ('h7-nl-procedure', 'nl', 'allow', [], "Beste collega's,\n\nWie op het werk een ongeval heeft, meldt dit binnen 24 uur aan de preventieadviseur. Een doktersattest en het aangifteformulier bezorgt u aan de personeelsdienst.\n\nMvg,\nPreventie"),
    ('h7-nl-aanbesteding', 'nl', 'allow', [], 'Geachte leverancier,\n\nAZ Sint-Jan schrijft een opdracht uit voor de levering van infuuspompen, katheters en verbandmateriaal voor de afdelingen oncologie en intensieve zorg. Offertes vóór 15 maart.\n\nContact: Peter Claes, aankoopdienst'),
    ('h7-fr-vaccination', 'fr', 'allow', [], "Chers collègues,\n\nLa campagne de vaccination contre la grippe démarre lundi. Elle est recommandée aux plus de 65 ans, aux femmes enceintes et aux personnes souffrant d'une maladie chronique.\n\nLe service de médecine du travail"),
    ('h7-fr-premiers-secours', 'fr', 'allow', [], "Bonjour,\n\nLa formation aux premiers secours aura lieu le 8 avril : réanimation, AVC, crise d'épilepsie et hypoglycémie. Formateur : M. Jean Dupont de la Croix-Rouge.\n\nService formation"),
    ('h7-fr-marche', 'fr', 'allow', [], "Madame, Monsieur,\n\nLe CHU lance un marché public pour la fourniture de lits d'hôpital, de fauteuils roulants et de matériel de dialyse. Les offres sont attendues pour le 30 avril.\n\nContact : Mme Anne Leroy, service achats"),
    ('h7-fr-absenteisme', 'fr', 'allow', [], "Bonjour,\n\nEn 2025, le taux d'absentéisme pour maladie est passé de 6,1 % à 5,4 %. Les troubles musculo-squelettiques et le burn-out restent les premières causes d'incapacité de longue durée.\n\nDirection RH"),
    ('h7-de-gesundheitstag', 'de', 'allow', [], 'Liebe Kolleginnen und Kollegen,\n\nam 12. Mai ist Gesundheitstag: Blutdruckmessung, Rückenschule und ein Vortrag zu Stress und Burnout von Dr. Anna Berg. Anmeldung im Intranet.\n\nBetriebliches Gesundheitsmanagement'),
    ('h7-de-bem', 'de', 'allow', [], 'Sehr geehrte Damen und Herren,\n\nBeschäftigte, die innerhalb eines Jahres länger als sechs Wochen arbeitsunfähig sind, erhalten ein Angebot zum betrieblichen Eingliederungsmanagement. Die Teilnahme ist freiwillig.\n\nPersonalamt'),
    ('h7-de-ausschreibung', 'de', 'allow', [], 'Sehr geehrte Damen und Herren,\n\nwir schreiben die Lieferung von Defibrillatoren, Erste-Hilfe-Kästen und Rollstühlen für alle Dienststellen aus. Angebote bis 31. März an Herrn Frank Müller, Vergabestelle.\n\nMit freundlichen Grüßen'),
    ('h7-en-mh-week', 'en', 'allow', [], "Dear colleagues,\n\nIt's Mental Health Awareness Week. Join our lunchtime talk on anxiety, depression and burnout with Dr Helen Price, clinical psychologist, on Thursday.\n\nWellbeing team"),
    ('h7-en-statistics', 'en', 'allow', [], 'Hi Mark,\n\nFor the annual report: 312 staff took sick leave last year. Musculoskeletal problems accounted for 31 % of days lost and mental health for 24 %.\n\nThanks,\nPriya'),
    ('h7-en-adjustments', 'en', 'allow', [], 'Dear all,\n\nIf you need reasonable adjustments for a disability or a long-term health condition, speak to your line manager and complete the workplace assessment form.\n\nHR'),
    ('h7-en-tender', 'en', 'allow', [], 'Dear supplier,\n\nThe trust invites tenders for the supply of wheelchairs, hearing aids and insulin pumps for 2027-2029. Questions to Ms Karen Bell, procurement.\n\nRegards'),
    ('h7-en-vaccine-clinic', 'en', 'allow', [], 'Hi everyone,\n\nThe flu and COVID vaccine clinic runs on Tuesday in room 2.14. Staff with asthma, diabetes or a weakened immune system are especially encouraged to come.\n\nOccupational health'),
]


def _make(slug: str, lang: str, action: str, entities: list[str], body: str) -> Callable[[random.Random], Mail]:
    def make(rng: random.Random) -> Mail:
        return Mail(slug, lang, action, list(entities), "health of one person / generic health talk (scen_batch7.py)",
                    _FROM[lang], _TO[lang], _SUBJECT[lang], body, split="tune", group=slug)

    return make


for _case in CASES:
    SCENARIOS.append(_make(*_case))
