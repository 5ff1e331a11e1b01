"""German-language scenarios (German-speaking Community of Belgium, FPS Finance Eupen) for the corpus."""

from __future__ import annotations

import idnumbers as N
from world import MONTHS, Mail, World, scenario

BLOCK, ALLOW = "block", "allow"


def _hi(p) -> str:
    return f"Sehr geehrte{'' if p.female else 'r'} {'Frau' if p.female else 'Herr'} {p.last},"


def _bye(w: World) -> str:
    return w.rng.choice(["Mit freundlichen Grüßen", "Freundliche Grüße", "Mit freundlichem Gruß",
                         "Beste Grüße aus Eupen"])


# --------------------------------------------------------------------------------------------- block
@scenario("de", BLOCK, ["BE_NATIONAL_NUMBER"], "nationalregisternummer-antwort",
          "Antwort an Bürger mit seiner Nationalregisternummer", 2)
def de_nn(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["fin_de", "dg"])]
    off, cit = w.official(inst), w.citizen("de")
    nn = N.fmt_nn(N.national_number(w.rng), w.rng.choice(["dotted", "spaced", "compact"]))
    q_when = w.date(3, 6)
    q = f"Guten Tag,\n\nwann bekomme ich meinen Steuerbescheid?\n\nGruß\n{cit.name}"
    body = (f"{_hi(cit)},\n\nIhre Akte (Nationalregisternummer {nn}) wurde am {w.rng.randint(2, 28)}. "
            f"{MONTHS['de'][w.rng.randint(5, 8)]} bearbeitet. Der Steuerbescheid wird Ihnen in den nächsten "
            f"Tagen in Ihre eBox zugestellt.\n\n{_bye(w)}\n\n{w.signature(off, inst, 'de')}\n\n"
            f"{w.quote(q, cit, q_when, 'de')}").replace(",,", ",")
    return Mail(off, [cit.addr], "AW: Steuerbescheid", body, w.date(6, 9))


@scenario("de", BLOCK, ["ART9_HEALTH"], "krankschreibung-mitarbeiterin",
          "Krankschreibung von Frau X mit Diagnose an externes Planungsbüro", 2)
def de_sick(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["eupen", "dg"])]
    off, emp = w.official(inst), w.citizen("de")
    diag = w.rng.choice(["eines Bandscheibenvorfalls", "einer schweren Depression", "einer Chemotherapie",
                         "eines Burnouts", "einer Schwangerschaftskomplikation"])
    body = (f"Hallo Herr Kohnen,\n\ndie Krankschreibung von {'Frau' if emp.female else 'Herrn'} {emp.name} "
            f"wurde wegen {diag} bis Ende {MONTHS['de'][w.rng.randint(6, 12)]} verlängert. Bitte planen Sie "
            f"die Vertretung im Bürgerbüro entsprechend weiter ein.\n\n{_bye(w)}\n{off.name}\n{inst.dept}")
    return Mail(off, ["Dieter Kohnen <d.kohnen@personalservice-ostbelgien.be>"], "Vertretung Bürgerbüro",
                body, w.date())


@scenario("de", BLOCK, ["IBAN_CODE"], "kindergeld-konto",
          "Kindergeld wird auf das Privatkonto einer namentlich genannten Mutter überwiesen", 2)
def de_iban(w: World) -> Mail:
    inst = w.insts["dg"]
    off, cit = w.official(inst), w.citizen("de", female=True)
    ib = N.fmt_iban(w.rng.choice([N.iban_be, N.iban_de])(w.rng), w.rng.random() < 0.7)
    body = (f"{_hi(cit)}\n\nwie gewünscht wird das Kindergeld ab {MONTHS['de'][w.rng.randint(6, 11)]} auf das "
            f"Konto {ib} (Kontoinhaberin: {cit.name}) überwiesen.\n\n{_bye(w)}\n\n"
            f"{w.signature(off, inst, 'de')}")
    return Mail(off, [cit.addr], "Änderung Bankverbindung Kindergeld", body, w.date())


@scenario("de", BLOCK, ["ART10_CRIMINAL"], "vorbestraft-bewerber",
          "Bewerber ist vorbestraft: Information an externen Verein", 2)
def de_criminal(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["eupen", "adg"])]
    off, cit = w.official(inst), w.citizen("de")
    body = (f"Liebe Frau Brandt,\n\nunter uns: {cit.name} ist vorbestraft. Laut Strafregisterauszug wurde "
            f"{'sie' if cit.female else 'er'} {w.rng.randint(2016, 2024)} wegen "
            f"{w.rng.choice(['Körperverletzung', 'Betrugs', 'Diebstahls', 'Trunkenheit am Steuer'])} zu "
            f"einer Bewährungsstrafe verurteilt. Für die Stelle als Betreuer im Jugendtreff würde ich "
            f"davon abraten.\n\n{_bye(w)}\n{off.first}")
    return Mail(off, ["Ulrike Brandt <u.brandt@jugendtreff-kelmis.be>"], "Bewerbung Betreuer", body, w.date())


@scenario("de", BLOCK, ["BE_NATIONAL_NUMBER", "ART9_HEALTH"], "pflegebeduerftigkeit-nn",
          "Dienststelle: Pflegebedürftigkeit, Diagnose und Nationalregisternummer an Pflegedienst (QP)", 2)
def de_care(w: World) -> Mail:
    inst = w.insts["ostbelgien"]
    off, cit = w.official(inst), w.citizen("de")
    nn = N.fmt_nn(N.national_number(w.rng, 1935, 1960), w.rng.choice(["dotted", "compact"]))
    body = (f"Guten Tag,\n\nfür {'Frau' if cit.female else 'Herrn'} {cit.name}, Nationalregisternummer {nn}, "
            f"wurde die Pflegebedürftigkeit anerkannt (Demenz im mittleren Stadium, Sturzgefahr). "
            f"Die häusliche Hilfe kann ab sofort mit {w.rng.randint(4, 12)} Stunden pro Woche beginnen.\n\n"
            f"{_bye(w)}\n\n{w.signature(off, inst, 'de')}")
    return Mail(off, ["Einsatzplanung <planung@familienhilfe-ostbelgien.be>"], "Anerkennung Pflegebedarf",
                body, w.date(), mime="qp", qp_split=nn)


@scenario("de", BLOCK, ["BE_BIS_NUMBER"], "bis-nummer-grenzgaenger",
          "BIS-Nummer eines Grenzgängers an den Arbeitgeber", 1)
def de_bis(w: World) -> Mail:
    inst = w.insts["adg"]
    off, worker = w.official(inst), w.citizen("de")
    bis = N.fmt_nn(N.bis_number(w.rng), w.rng.choice(["dotted", "compact"]))
    body = (f"Sehr geehrte Damen und Herren,\n\nfür Ihren Mitarbeiter {worker.name} (Wohnsitz Aachen) "
            f"wurde die BIS-Nummer {bis} vergeben. Bitte verwenden Sie diese für die DIMONA-Meldung.\n\n"
            f"{_bye(w)}\n\n{w.signature(off, inst, 'de')}")
    return Mail(off, ["Personalabteilung <personal@kabelwerk-eupen-example.be>"], "BIS-Nummer Mitarbeiter",
                body, w.date())


@scenario("de", BLOCK, ["ART9_TRADE_UNION", "ART9_HEALTH"], "gewerkschaft-und-krankheit",
          "Gewerkschaftsmitgliedschaft und Erkrankung eines Mitarbeiters an externen Berater", 1)
def de_union(w: World) -> Mail:
    inst = w.insts["eupen"]
    off, emp = w.official(inst), w.citizen("de", female=False)
    body = (f"Hallo Frank,\n\nzur Vorbereitung des Gesprächs: {emp.name} ist Mitglied der CSC und war wegen "
            f"Herzrhythmusstörungen drei Monate krankgeschrieben. Er wird von einem Gewerkschaftssekretär "
            f"begleitet.\n\nGruß\n{off.first}")
    return Mail(off, ["Frank Heck <frank.heck@hr-beratung-heck.de>"], "Gespräch Bauhof", body, w.date())


@scenario("de", BLOCK, ["CREDIT_CARD"], "kreditkarte-gebuehr",
          "Kreditkartennummer mit Ablaufdatum eines Bürgers an den Zahlungsdienstleister", 1)
def de_card(w: World) -> Mail:
    inst = w.insts["eupen"]
    off, cit = w.official(inst), w.citizen("de")
    brand = w.rng.choice(["visa", "mastercard", "amex"])
    body = (f"Guten Tag,\n\nbitte erstatten Sie die doppelt abgebuchte Gebühr für den Reisepass von "
            f"{cit.name}.\nKreditkarte: {N.fmt_card(N.card(w.rng, brand))}\ngültig bis "
            f"{w.rng.randint(1, 12):02d}/{w.rng.randint(27, 31)}\nBetrag: 2 x 41,00 EUR\n\n{_bye(w)}\n{off.name}")
    return Mail(off, ["Händlerservice <haendler@payservice-example.de>"], "Erstattung Doppelbuchung", body,
                w.date())


@scenario("de", BLOCK, ["ART9_RELIGION"], "religion-schueler",
          "Religionszugehörigkeit einer namentlich genannten Person an ein externes Catering", 1)
def de_religion(w: World) -> Mail:
    inst = w.insts["dg"]
    off, cit = w.official(inst), w.citizen("de")
    body = (f"Hallo,\n\nfür das Seminar nächste Woche: {cit.name} ist Zeuge Jehovas bzw. gehört den Zeugen "
            f"Jehovas an und nimmt nicht an der Geburtstagsfeier teil; außerdem ist Herr Rahimi Muslim "
            f"und isst kein Schweinefleisch.\n\nDanke\n{off.first}")
    return Mail(off, ["Bestellung <bestellung@catering-hohesvenn.be>"], "Seminar Menü", body, w.date())


# --------------------------------------------------------------------------------------------- allow
@scenario("de", ALLOW, [], "gebuehr-konto-dg",
          "Zahlungsaufforderung mit dem Konto der Verwaltung und strukturierter Mitteilung", 2)
def de_fee(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["eupen", "dg"])]
    off, cit = w.official(inst), w.citizen("de")
    body = (f"{_hi(cit)}\n\nbitte überweisen Sie die Verwaltungsgebühr von {w.rng.randint(5, 50)},00 EUR auf "
            f"das Konto {N.fmt_iban(inst.iban)} der {inst.name} mit der strukturierten Mitteilung "
            f"{N.ogm(w.rng)}.\n\n{_bye(w)}\n\n{w.signature(off, inst, 'de', rich=True)}")
    return Mail(off, [cit.addr], "Zahlungsaufforderung", body, w.date())


@scenario("de", ALLOW, [], "signatur-termin",
          "Terminabstimmung zwischen Behörden, ausführliche berufliche Signatur", 2)
def de_meeting(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["dg", "adg", "ostbelgien"])]
    off = w.official(inst)
    peer = w.official(w.insts[w.rng.choice(["eupen", "fin_de", "dg"])])
    body = (f"Hallo {peer.first},\n\npasst dir der {w.rng.randint(2, 27)}. "
            f"{MONTHS['de'][w.rng.randint(5, 12)]} um {w.rng.choice(['9', '10', '14'])} Uhr für die "
            f"Abstimmung zum Digitalisierungsprojekt? Wir treffen uns im Sitzungssaal im 2. Stock.\n\n"
            f"{_bye(w)}\n\n{w.signature(off, inst, 'de', rich=True)}")
    return Mail(off, [peer.addr], "Terminvorschlag Digitalisierung", body, w.date())


@scenario("de", ALLOW, [], "aktenzeichen-keine-nn",
          "Aktenzeichen mit 11 Ziffern ohne gültige Prüfziffer", 2)
def de_lookalike(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["fin_de", "ostbelgien"])]
    off, cit = w.official(inst), w.citizen("de")
    ref = N.fmt_nn(N.bad_national_number(w.rng), w.rng.choice(["dotted", "compact"]))
    body = (f"{_hi(cit)}\n\naus Datenschutzgründen können wir Ihnen keine Einzelheiten per E-Mail mitteilen. "
            f"Bitte melden Sie sich auf MyMinfin an oder besuchen Sie uns im Steuerzentrum.\n\n"
            f"Aktenzeichen: {ref}\n\n{_bye(w)}\n\n{w.signature(off, inst, 'de')}")
    return Mail(off, [cit.addr], f"Ihre Anfrage – Aktenzeichen {ref}", body, w.date())


@scenario("de", ALLOW, [], "grippeimpfung-gesundheitsminister",
          "Rundschreiben des Gesundheitsministers zur Grippeimpfung (allgemein)", 2)
def de_flu(w: World) -> Mail:
    inst = w.insts["dg"]
    off = w.official(inst)
    body = ("Sehr geehrte Damen und Herren,\n\nder Minister für Gesundheit der Deutschsprachigen Gemeinschaft "
            "ruft alle Pflegeeinrichtungen auf, die Grippeimpfung für Bewohner und Personal bis Mitte "
            "November zu organisieren. Der Impfstoff wird über die Apotheken verteilt; Risikogruppen sind "
            "chronisch Kranke, Schwangere und Menschen über 65 Jahre.\n\n"
            f"{_bye(w)}\n\n{w.signature(off, inst, 'de')}")
    return Mail(off, ["Leitung <leitung@wohnzentrum-st-vith-example.be>", "info@pflegeheim-eupen-example.be"],
                "Grippeimpfung 2026", body, w.date(9, 10))


@scenario("de", ALLOW, [], "streik-gewerkschaften",
          "Streikankündigung der Gewerkschaften, keine individuellen Mitglieder", 1)
def de_strike(w: World) -> Mail:
    inst = w.insts["eupen"]
    off = w.official(inst)
    body = (f"Guten Tag,\n\ndie Gewerkschaften CGSP, CSC und SLFP haben für den {w.rng.randint(2, 27)}. "
            f"{MONTHS['de'][w.rng.randint(9, 12)]} einen landesweiten Streik angekündigt. Das Bürgerbüro "
            f"bleibt an diesem Tag möglicherweise geschlossen.\n\n{_bye(w)}\n{off.name}\n{inst.name}")
    return Mail(off, ["redaktion@grenzecho-example.net"], "Streiktag – Bürgerbüro", body, w.date())


@scenario("de", ALLOW, [], "genetik-konferenz",
          "Einladung zu einer Fachtagung über Genetik und Datenschutz (kein Bezug zu Personen)", 1)
def de_genetics(w: World) -> Mail:
    inst = w.insts["dg"]
    off = w.official(inst)
    body = ("Sehr geehrte Damen und Herren,\n\nwir laden Sie herzlich zur Fachtagung „Genetische Tests, "
            "Biobanken und Datenschutz“ am 12. März 2027 im Parlament der Deutschsprachigen Gemeinschaft ein. "
            "Referenten aus Aachen, Lüttich und Maastricht sprechen über Gentests in der Prävention und die "
            "Regeln der DSGVO zu genetischen und biometrischen Daten.\n\nAnmeldung bis 15. Februar.\n\n"
            f"{_bye(w)}\n\n{w.signature(off, inst, 'de')}")
    return Mail(off, ["sekretariat@uniklinik-aachen-example.de"], "Einladung Fachtagung Genetik", body,
                w.date(10, 11), mime="html")


@scenario("de", ALLOW, [], "kurze-rueckfrage",
          "kurze Rückfrage ohne Personendaten, mit Zitat", 2)
def de_short(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["adg", "eupen", "dg"])]
    off = w.official(inst)
    peer = w.official(w.insts[w.rng.choice(["dg", "ostbelgien"])])
    when0 = w.date()
    body = (f"Danke, {peer.first}! Ich schaue mir das bis Freitag an.\n\n{off.first}\n\n"
            + w.quote(f"Hallo {off.first},\nanbei der Entwurf des Jahresberichts.\nLG {peer.first}", peer,
                      when0, "de"))
    return Mail(off, [peer.addr], "AW: Jahresbericht Entwurf", body, when0)


# ------------------------------------------------------------------------------------ extra Art. 9 set
@scenario("de", BLOCK, ["ART9_POLITICAL_OPINION"], "parteimitglied-mitarbeiter",
          "Parteimitgliedschaft eines namentlich genannten Mitarbeiters an ein externes Büro", 1)
def de_party(w: World) -> Mail:
    inst = w.insts["dg"]
    off, emp = w.official(inst), w.citizen("de", female=False)
    body = (f"Hallo Herr Lambertz,\n\nfür die Besetzung der Jury: {emp.name} ist Mitglied der Partei "
            f"{w.rng.choice(['Vivant', 'Ecolo', 'ProDG', 'SP'])} und sitzt für sie im Gemeinderat. Er sollte "
            f"daher lieber nicht in der Jury sitzen.\n\n{_bye(w)}\n{off.name}")
    return Mail(off, ["Georg Lambertz <g.lambertz@kulturagentur-example.be>"], "Jury Kulturpreis", body,
                w.date())


@scenario("de", BLOCK, ["ART9_SEX_LIFE", "ART9_HEALTH"], "homosexuell-therapie",
          "sexuelle Orientierung und psychische Behandlung einer genannten Person an externe Stelle", 1)
def de_orientation(w: World) -> Mail:
    inst = w.insts["dg"]
    off, cit = w.official(inst), w.citizen("de", female=False)
    body = (f"Guten Tag,\n\nder Jugendliche {cit.name} (17) ist homosexuell und wird deswegen zuhause unter "
            f"Druck gesetzt; er ist seit zwei Monaten wegen Suizidgedanken in psychiatrischer Behandlung. "
            f"Könnten Sie kurzfristig einen Platz im betreuten Wohnen anbieten?\n\n{_bye(w)}\n\n"
            f"{w.signature(off, inst, 'de')}")
    return Mail(off, ["Aufnahme <aufnahme@jugendwohnen-example.be>"], "Anfrage Wohnplatz", body, w.date())


@scenario("de", ALLOW, [], "biometrischer-reisepass-info",
          "allgemeine Info zu Fingerabdrücken beim Reisepass (biometrisch, ohne Person)", 1)
def de_passport(w: World) -> Mail:
    inst = w.insts["eupen"]
    off, cit = w.official(inst), w.citizen("de")
    body = (f"{_hi(cit)}\n\nfür den Reisepass werden im Bürgerbüro zwei Fingerabdrücke und ein Foto für den "
            f"biometrischen Chip aufgenommen. Bitte vereinbaren Sie einen Termin online.\n\n{_bye(w)}\n\n"
            f"{w.signature(off, inst, 'de')}")
    return Mail(off, [cit.addr], "AW: Reisepass", body, w.date())


@scenario("de", ALLOW, [], "kurz-danke",
          "drei Zeilen, nichts Sensibles", 1)
def de_short_ok(w: World) -> Mail:
    inst = w.insts["adg"]
    off, peer = w.official(inst), w.official(w.insts["eupen"])
    body = f"Danke, erledigt.\n\nGruß\n{off.first}"
    return Mail(off, [peer.addr], "AW: Raumreservierung", body, w.date())
