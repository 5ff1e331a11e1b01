"""Dutch-language scenarios (Flemish and Netherlands administrations) for the evaluation corpus."""

from __future__ import annotations

import idnumbers as N
from world import MONTHS, Mail, World, scenario

BLOCK, ALLOW = "block", "allow"


def _hi(p, formal: bool = True) -> str:
    if formal:
        return f"Geachte {'mevrouw' if p.female else 'heer'} {p.last},"
    return f"Beste {p.first},"


def _bye(w: World) -> str:
    return w.rng.choice(["Met vriendelijke groeten,", "Met vriendelijke groet,", "Vriendelijke groeten,",
                         "Hoogachtend,", "Alvast bedankt en vriendelijke groeten,"])


# --------------------------------------------------------------------------------------------- block
@scenario("nl", BLOCK, ["BE_NATIONAL_NUMBER"], "rrn-status-antwoord",
          "burger vraagt status van zijn aangifte; antwoord citeert het rijksregisternummer", 3)
def nl_rrn_status(w: World) -> Mail:
    key = w.rng.choice(["fin", "pension"])
    inst = w.insts[key]
    off, cit = w.official(inst), w.citizen("nl")
    nn = N.fmt_nn(N.national_number(w.rng), w.rng.choice(["dotted", "spaced", "compact", "dashed"]))
    q_when, when = w.date(4, 6), w.date(6, 7)
    if key == "fin":
        ask = "Ik heb in maart mijn aangifte ingediend maar nog steeds geen aanslagbiljet ontvangen."
        subject = f"RE: aanslagbiljet {q_when.year}"
        answer = (f"Uw vraag over de aangifte personenbelasting aanslagjaar 2026 werd doorgegeven aan ons "
                  f"team.\n\nWij vonden uw dossier terug onder rijksregisternummer {nn}. De aangifte werd op "
                  f"{w.rng.randint(2, 27)} april verwerkt; het aanslagbiljet wordt normaal binnen vier weken "
                  f"verstuurd naar uw eBox.")
    else:
        ask = "Ik ga volgend jaar met pensioen en heb nog steeds geen raming van mijn pensioen gekregen."
        subject = "RE: raming pensioen"
        answer = (f"Uw dossier (rijksregisternummer {nn}) is in behandeling. De raming van uw "
                  f"rustpensioen wordt ten laatste in {MONTHS['nl'][w.rng.randint(8, 11)]} opgemaakt; u "
                  f"kan ze daarna raadplegen op MyPension.")
    question = f"Goedendag,\n\n{ask} Kan u mij zeggen hoe ver het staat?\n\nMvg\n{cit.name}"
    body = (f"{_hi(cit)}\n\n{answer}\n\n{_bye(w)}\n\n{w.signature(off, inst, 'nl')}\n\n"
            f"{w.quote(question, cit, q_when, 'nl')}")
    return Mail(off, [cit.addr], subject, body, when, mime=w.rng.choice(["plain", "plain", "html"]))


@scenario("nl", BLOCK, ["IBAN_CODE"], "groeipakket-uitbetaling-rekening",
          "uitbetaling groeipakket op de rekening van de moeder (privé-IBAN gekoppeld aan persoon)", 2)
def nl_groeipakket(w: World) -> Mail:
    inst = w.insts["opgroeien"]
    off, cit = w.official(inst), w.citizen("nl", female=True)
    ib = N.fmt_iban(N.iban_be(w.rng), w.rng.random() < 0.7)
    kid = w.rng.choice(["Lena", "Finn", "Noor", "Mats", "Ella", "Lucas"])
    body = (f"Beste mevrouw {cit.last},\n\nWe hebben uw wijziging goed ontvangen. Vanaf de betaling van "
            f"{MONTHS['nl'][w.rng.randint(6, 10)]} storten we het groeipakket voor {kid} op rekening "
            f"{ib} op naam van mevrouw {cit.name}.\n\nDe eerstvolgende betaling gebeurt rond de 8ste van de "
            f"maand. U hoeft verder niets te doen.\n\n{_bye(w)}\n\n{w.signature(off, inst, 'nl')}")
    return Mail(off, [cit.addr], "Wijziging rekeningnummer groeipakket", body, w.date())


@scenario("nl", BLOCK, ["ART9_HEALTH"], "arbeidsongeschiktheid-externe-dienst",
          "HR meldt arbeidsongeschiktheid en diagnose van een medewerker aan externe preventiedienst", 2)
def nl_arbeidsongeschikt(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["antwerpen", "gent"])]
    off = w.official(inst)
    emp = w.citizen("nl")
    diag = w.rng.choice(["een burn-out", "een hernia (L4-L5)", "een zware depressie",
                         "de nasleep van een hartinfarct", "een knieoperatie (kruisband)"])
    title = "dhr." if not emp.female else "mevr."
    body = (f"Dag dokter,\n\nZoals telefonisch besproken: {title} {emp.name} (dienst Groen, ploeg Noord) is "
            f"sinds {w.rng.randint(2, 25)} {MONTHS['nl'][w.rng.randint(3, 9)]} arbeidsongeschikt wegens "
            f"{diag}. Het medisch attest van de huisarts vermeldt een vermoedelijke duur van "
            f"{w.rng.randint(4, 12)} weken.\n\nKunnen jullie een re-integratietraject opstarten? "
            f"{'Hij' if not emp.female else 'Zij'} wil graag halftijds hervatten met aangepast werk "
            f"(geen tillen, geen nachtdiensten).\n\n{_bye(w)}\n\n{w.signature(off, inst, 'nl')}")
    return Mail(off, ["Dr. Hilde Claeys <h.claeys@preventa-arbo.be>"],
                f"Re-integratie {emp.last} – arbeidsongeschiktheid", body, w.date())


@scenario("nl", BLOCK, ["BE_BIS_NUMBER"], "bis-nummer-werkgever",
          "BIS-nummer van een buitenlandse werknemer meegedeeld aan de werkgever", 2)
def nl_bis(w: World) -> Mail:
    inst = w.insts["dvz"]
    off = w.official(inst)
    worker = w.citizen("en")
    bis = N.fmt_nn(N.bis_number(w.rng, w.rng.random() < 0.6), w.rng.choice(["dotted", "compact", "spaced"]))
    company = w.rng.choice([("Dewaele Logistics NV", "hr@dewaele-logistics.be"),
                            ("Bouwbedrijf Verstraete", "personeel@verstraete-bouw.be"),
                            ("Tuinbouw Van Hecke bv", "info@vanhecke-tuinbouw.be")])
    body = (f"Geachte,\n\nIn antwoord op uw mail van gisteren: voor uw werknemer {worker.name} werd een "
            f"BIS-nummer aangemaakt. Het nummer is {bis}.\n\nU kan hiermee de Dimona-aangifte vervolledigen. "
            f"De gecombineerde vergunning wordt na goedkeuring door de gewestelijke dienst opgestuurd.\n\n"
            f"{_bye(w)}\n\n{w.signature(off, inst, 'nl')}")
    return Mail(off, [f"{company[0]} <{company[1]}>"], f"BIS-nummer {worker.last}", body, w.date())


@scenario("nl", BLOCK, ["NL_BSN"], "bsn-antwoord-burger",
          "gemeente bevestigt aanvraag en noemt het BSN van de burger", 2)
def nl_bsn_burger(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["amsterdam", "rotterdam"])]
    off, cit = w.official(inst), w.citizen("nl", "nlnl")
    b = N.bsn(w.rng)
    kw = w.rng.choice(["BSN", "burgerservicenummer", "BSN-nummer"])
    when = w.date()
    body = (f"{_hi(cit)}\n\nDank voor uw bericht. Wij hebben uw aanvraag voor bijzondere bijstand "
            f"geregistreerd onder uw {kw} {b}.\n\nU ontvangt binnen acht weken een beslissing. Heeft u "
            f"intussen vragen, bel dan 14 020 en houd uw {kw} bij de hand.\n\n{_bye(w)}\n\n"
            f"{w.signature(off, inst, 'nl')}")
    return Mail(off, [cit.addr], "Ontvangstbevestiging aanvraag bijzondere bijstand", body, when)


@scenario("nl", BLOCK, ["ART10_CRIMINAL"], "strafregister-veroordeling",
          "gemeente deelt werkgever mee dat uittreksel strafregister een veroordeling vermeldt", 2)
def nl_strafregister(w: World) -> Mail:
    inst = w.insts["gent"]
    off, cit = w.official(inst), w.citizen("nl")
    crime = w.rng.choice(["diefstal met braak (correctionele rechtbank Gent, 2023)",
                          "opzettelijke slagen en verwondingen", "rijden onder invloed en vluchtmisdrijf",
                          "oplichting en misbruik van vertrouwen"])
    body = (f"Dag {w.rng.choice(['Karel', 'Mieke', 'Dries'])},\n\nJe vroeg of het uittreksel uit het "
            f"strafregister van {cit.name} in orde is voor de functie van begeleider in de "
            f"jeugdwerking.\n\nHet uittreksel (model 2) van {cit.name} vermeldt een veroordeling "
            f"voor {crime}. Ik denk dus niet dat jullie die aanwerving kunnen doorzetten.\n\n"
            f"Groetjes,\n{off.first}\n\n{w.signature(off, inst, 'nl', rich=False)}")
    return Mail(off, ["Jeugdwerking De Speelvogel vzw <bestuur@despeelvogel.be>"],
                f"Uittreksel strafregister {cit.last}", body, w.date())


@scenario("nl", BLOCK, ["NL_BSN", "IBAN_CODE"], "bsn-iban-teruggave",
          "teruggave: BSN en rekeningnummer van de burger in één bericht aan een adviseur", 1)
def nl_bsn_iban(w: World) -> Mail:
    inst = w.insts["rotterdam"]
    off, cit = w.official(inst), w.citizen("nl", "nlnl")
    body = (f"Geachte heer Kramer,\n\nNaar aanleiding van uw bezwaar namens uw cliënt {cit.name} laat ik u "
            f"weten dat de aanslag afvalstoffenheffing is verminderd.\n\nGegevens cliënt:\n"
            f"  naam: {cit.name}\n  burgerservicenummer: {N.bsn(w.rng)}\n"
            f"  terugbetaling op IBAN: {N.fmt_iban(N.iban_nl(w.rng))}\n  bedrag: EUR "
            f"{w.rng.randint(40, 380)},{w.rng.randint(10, 99)}\n\n{_bye(w)}\n\n{w.signature(off, inst, 'nl')}")
    return Mail(off, ["R. Kramer <r.kramer@kramerbelastingadvies.nl>"], "Uitspraak bezwaar", body, w.date())


@scenario("nl", BLOCK, ["ART9_HEALTH"], "zwangerschap-moederschapsrust",
          "personeelsdienst deelt zwangerschap en uitgerekende datum van medewerkster mee aan interimkantoor", 1)
def nl_zwanger(w: World) -> Mail:
    inst = w.insts["antwerpen"]
    off, emp = w.official(inst), w.citizen("nl", female=True)
    body = (f"Hallo Sven,\n\nKleine update voor de planning: {emp.first} {emp.last} van het onthaal is "
            f"zwanger, uitgerekend begin {MONTHS['nl'][w.rng.randint(8, 12)]}. Door een zwangerschapsdiabetes "
            f"heeft de gynaecoloog haar vanaf volgende week al preventief verwijderd.\n\nKunnen jullie "
            f"iemand voorzien vanaf maandag, voltijds, voor minstens vier maanden?\n\nThx!\n{off.first}\n\n"
            f"{w.signature(off, inst, 'nl')}")
    return Mail(off, ["Sven Aerts <sven.aerts@startpeople-interim.be>"], "Vervanging onthaal", body, w.date())


@scenario("nl", BLOCK, ["ART9_TRADE_UNION"], "vakbondslid-loonfirma",
          "vakbondslidmaatschap van een benoemde medewerker doorgegeven aan externe loonfirma", 1)
def nl_vakbond(w: World) -> Mail:
    inst = w.insts["leuven"]
    off, emp = w.official(inst), w.citizen("nl")
    union = w.rng.choice(["ACV Openbare Diensten", "ACOD", "VSOA"])
    body = (f"Dag Liesbeth,\n\nVoor de loonberekening van oktober: {emp.name} is sinds deze maand lid van "
            f"{union} en vakbondsafgevaardigde in het basisoverlegcomité. De syndicale premie en de "
            f"vrijstellingen voor syndicaal verlof moeten dus vanaf 1 oktober verrekend worden.\n\n"
            f"{_bye(w)}\n\n{w.signature(off, inst, 'nl', rich=False)}")
    return Mail(off, ["Liesbeth Geerts <liesbeth.geerts@partena-payroll.be>"],
                "Loonberekening oktober – aanpassing", body, w.date(9, 10))


@scenario("nl", BLOCK, ["CREDIT_CARD"], "kaartnummer-retributie",
          "kaartnummer en vervaldatum van een burger doorgestuurd naar de betaalprovider", 1)
def nl_card(w: World) -> Mail:
    inst = w.insts["gent"]
    off, cit = w.official(inst), w.citizen("nl")
    brand = w.rng.choice(["visa", "mastercard"])
    body = (f"Beste,\n\nEen burger ({cit.name}) heeft telefonisch betaald voor een parkeerkaart maar de "
            f"transactie werd niet geboekt. Kunnen jullie nakijken wat er misliep?\n\n"
            f"Kaartnummer: {N.fmt_card(N.card(w.rng, brand))}\nVervaldatum: "
            f"{w.rng.randint(1, 12):02d}/{w.rng.randint(27, 30)}\nBedrag: EUR 60,00\n"
            f"Datum: {w.rng.randint(1, 28)}/{w.rng.randint(5, 9)}/2026\n\nAlvast bedankt,\n{off.name}")
    return Mail(off, ["support@payconnect-psp.eu"], "Mislukte betaling bewonerskaart", body, w.date())


@scenario("nl", BLOCK, ["BE_NATIONAL_NUMBER", "ART9_HEALTH"], "handicap-erkenning",
          "beslissing erkenning handicap met rijksregisternummer en medische gegevens naar een sociaal "
          "secretariaat", 2)
def nl_handicap(w: World) -> Mail:
    inst = w.insts["soc"]
    off, cit = w.official(inst), w.citizen("nl")
    nn = N.fmt_nn(N.national_number(w.rng, 1950, 1999), w.rng.choice(["dotted", "dots", "spaced"]))
    cond = w.rng.choice(["multiple sclerose", "autismespectrumstoornis", "een beenamputatie",
                         "chronische nierinsufficiëntie (dialyse)", "blindheid (visus < 1/10)"])
    body = (f"Geachte,\n\nVoor uw dossier van {cit.name} (INSZ {nn}) kan ik bevestigen dat de medische "
            f"evaluatie is afgerond.\n\nDe arts van de DG Personen met een handicap heeft een vermindering "
            f"van zelfredzaamheid van {w.rng.randint(7, 15)} punten vastgesteld op basis van {cond}. "
            f"De beslissing volgt per brief.\n\n{_bye(w)}\n\n{w.signature(off, inst, 'nl')}")
    return Mail(off, [w.rng.choice(["Sociale Dienst Mutualiteit <sociale.dienst@cm-limburg.be>",
                                    "dossiers@sociaalsecretariaat-vandenberghe.be"])],
                "Stand van zaken medische evaluatie", body, w.date())


@scenario("nl", BLOCK, ["BE_NATIONAL_NUMBER"], "pensioen-qp-rrn",
          "pensioendienst aan notaris; rijksregisternummer over een quoted-printable zachte regelbreuk", 2)
def nl_pension_qp(w: World) -> Mail:
    inst = w.insts["pension"]
    off, cit = w.official(inst), w.citizen("nl")
    raw = N.national_number(w.rng, 1938, 1955)
    nn = N.fmt_nn(raw, w.rng.choice(["dotted", "compact"]))
    body = (f"Geachte notaris,\n\nIn het kader van de nalatenschap van wijlen {cit.name}, "
            f"rijksregisternummer {nn}, bevestig ik dat de pensioenuitkering voor de maand van overlijden "
            f"nog werd gestort. Het onverschuldigde bedrag van EUR {w.rng.randint(900, 2400)},"
            f"{w.rng.randint(10, 99)} zal worden teruggevorderd van de nalatenschap.\n\n"
            f"{_bye(w)}\n\n{w.signature(off, inst, 'nl')}")
    return Mail(off, ["Notariskantoor Vanderhaeghen <info@notaris-vanderhaeghen.be>"],
                f"Nalatenschap {cit.last} – onverschuldigde betaling", body, w.date(),
                mime="qp", qp_split=nn)


@scenario("nl", BLOCK, ["BE_NATIONAL_NUMBER"], "lijst-rrn-compact",
          "lijst van deelnemers met rijksregisternummers (compact en in cijfergroepen) naar een opleider", 2)
def nl_list(w: World) -> Mail:
    inst = w.insts["vdab"]
    off = w.official(inst)
    rows = []
    for _ in range(w.rng.randint(3, 5)):
        p = w.citizen("nl")
        rows.append(f"{p.last:<16} {p.first:<10} "
                    f"{N.fmt_nn(N.national_number(w.rng, 1975, 2006), w.rng.choice(['compact', 'allspaced']))}")
    body = ("Dag Nathalie,\n\nHieronder de cursisten voor de opleiding heftruckchauffeur die start op "
            f"{w.rng.randint(1, 28)} {MONTHS['nl'][w.rng.randint(9, 11)]}. Wil je ze inschrijven in jullie "
            "systeem?\n\nNaam             Voornaam   Rijksregisternr.\n" + "\n".join(rows) +
            f"\n\nDank je!\n{off.first}\n\n{w.signature(off, inst, 'nl', rich=False)}")
    return Mail(off, ["Nathalie Bogaert <nathalie@logistiek-opleidingscentrum.be>"],
                "Inschrijvingen opleiding heftruck", body, w.date())


@scenario("nl", BLOCK, ["BE_NATIONAL_NUMBER", "IBAN_CODE"], "studietoelage-jongere",
          "studietoelage: rijksregisternummer (geboren na 2000) en rekening van de student", 2)
def nl_studie(w: World) -> Mail:
    inst = w.insts["opgroeien"]
    off, cit = w.official(inst), w.citizen("nl")
    nn = N.fmt_nn(N.national_number(w.rng, 2003, 2008), w.rng.choice(["dotted", "dashed", "compact"]))
    body = (f"Dag {cit.first},\n\nJe aanvraag voor een studietoelage voor het academiejaar 2026-2027 is "
            f"goedgekeurd.\n\nStudent: {cit.name}\nRijksregisternummer: {nn}\nBedrag: EUR "
            f"{w.rng.randint(600, 4200)},00\nUitbetaling op: {N.fmt_iban(N.iban_be(w.rng))}\n\n"
            f"Je kan de beslissing ook raadplegen via Mijn Burgerprofiel.\n\n{_bye(w)}\n\n"
            f"{w.signature(off, inst, 'nl')}")
    return Mail(off, [cit.addr], "Beslissing studietoelage 2026-2027", body, w.date(8, 11))


@scenario("nl", BLOCK, ["ART9_ETHNIC_ORIGIN"], "inburgering-afkomst",
          "inburgeringsconsulent vermeldt etnische afkomst van een benoemde persoon aan een werkgever", 1)
def nl_ethnic(w: World) -> Mail:
    inst = w.insts["vdab"]
    off, cit = w.official(inst), w.citizen("nl", female=False)
    origin = w.rng.choice(["Marokkaanse", "Turks-Koerdische", "Roma-", "Syrische"])
    body = (f"Dag Marc,\n\nIk stuur je graag de kandidatuur van {cit.name} door voor de vacature magazijnier. "
            f"Hij is van {origin} afkomst en woont sinds 2019 in Gent; zijn Nederlands is goed "
            f"(niveau B1).\n\nLaat je weten of een kennismaking past volgende week?\n\n{_bye(w)}\n\n"
            f"{w.signature(off, inst, 'nl')}")
    return Mail(off, ["Marc De Clercq <marc.declercq@dcl-warehousing.be>"], "Kandidaat magazijnier", body,
                w.date())


@scenario("nl", BLOCK, ["ART9_RELIGION"], "religie-personeelslid-interim",
          "religieuze overtuiging van een benoemd personeelslid meegedeeld aan interimkantoor", 1)
def nl_religion(w: World) -> Mail:
    inst = w.insts["gent"]
    off, emp = w.official(inst), w.citizen("nl")
    body = (f"Hoi Jolien,\n\nVoor de roosters in maart: {emp.name} is moslim en volgt de ramadan, "
            f"{'hij' if not emp.female else 'zij'} vroeg om geen late diensten na zonsondergang. Kunnen jullie "
            f"daar bij de planning van de interimmers rekening mee houden?\n\nMerci,\n{off.first}\n\n"
            f"{w.signature(off, inst, 'nl', rich=False)}")
    return Mail(off, ["Jolien Martens <jolien.martens@randstad-publiek.be>"], "Planning maart", body,
                w.date(2, 3))


@scenario("nl", BLOCK, ["ART9_POLITICAL_OPINION"], "partijlidmaatschap-ambtenaar",
          "partijlidmaatschap en politieke voorkeur van een benoemde ambtenaar aan een extern bureau", 1)
def nl_political(w: World) -> Mail:
    inst = w.insts["rijk"]
    off, emp = w.official(inst), w.citizen("nl", "nlnl")
    party = w.rng.choice(["de SP", "GroenLinks-PvdA", "de PVV", "BBB", "de VVD"])
    body = (f"Beste Arjen,\n\nVoor de samenstelling van de klankbordgroep nog dit: {emp.name} van ons team "
            f"is actief lid van {party} en heeft zich vorig jaar kandidaat gesteld voor de gemeenteraad. "
            f"Misschien goed om dat mee te nemen in de selectie, gezien de gevoeligheid van het dossier.\n\n"
            f"Groet,\n{off.name}\n{inst.dept}")
    return Mail(off, ["Arjen Bos <a.bos@berenschot-advies.nl>"], "Klankbordgroep", body, w.date())


@scenario("nl", BLOCK, ["ART9_GENETIC", "ART9_HEALTH"], "erfelijkheidsonderzoek",
          "resultaat van een genetische test (BRCA) van een benoemde medewerkster aan verzekeraar", 1)
def nl_genetic(w: World) -> Mail:
    inst = w.insts["antwerpen"]
    off, emp = w.official(inst), w.citizen("nl", female=True)
    body = (f"Geachte,\n\nIn het kader van het dossier hospitalisatieverzekering van mevrouw {emp.name}: zij "
            f"liet weten dat uit het erfelijkheidsonderzoek van het UZA blijkt dat zij drager is van een "
            f"BRCA1-mutatie. Een preventieve operatie is gepland in november.\n\nKunt u bevestigen dat de "
            f"kosten gedekt zijn?\n\n{_bye(w)}\n\n{w.signature(off, inst, 'nl')}")
    return Mail(off, ["Dossierbeheer Hospitalisatie <hospi@ethias-collectief.be>"],
                "Dekking ingreep – dossier personeelslid", body, w.date())


@scenario("nl", BLOCK, ["ART9_BIOMETRIC"], "vingerafdrukken-paspoort",
          "vingerafdrukken en gezichtsscan van een benoemde burger gedeeld met een leverancier", 1)
def nl_biometric(w: World) -> Mail:
    inst = w.insts["gent"]
    off, cit = w.official(inst), w.citizen("nl")
    body = (f"Dag support,\n\nBij de aanvraag van het paspoort van {cit.name} faalt de registratie steeds. "
            f"In bijlage de export van de vingerafdrukken (linker- en rechterwijsvinger, WSQ) en de "
            f"gezichtsfoto met de biometrische template van {cit.first} zoals ze door het toestel "
            f"werden opgeslagen, zodat jullie kunnen zien wat er misloopt.\n\nTicket: INC-{w.rng.randint(10000, 99999)}"
            f"\n\n{_bye(w)}\n{off.name}\n{inst.dept}, {inst.name}")
    return Mail(off, ["Servicedesk <servicedesk@idcapture-solutions.com>"], "Registratie paspoort faalt",
                body, w.date())


@scenario("nl", BLOCK, ["ART9_SEX_LIFE"], "seksuele-geaardheid-asiel",
          "seksuele geaardheid van een benoemde verzoeker vermeld aan een opvangpartner", 1)
def nl_sexual(w: World) -> Mail:
    inst = w.insts["dvz"]
    off, cit = w.official(inst), w.citizen("en", female=False)
    body = (f"Beste collega's,\n\nMijnheer {cit.name} verklaarde tijdens het gehoor homoseksueel te zijn en "
            f"om die reden in het opvangcentrum lastiggevallen te worden. Kan hij met voorrang naar een "
            f"individuele opvangplaats worden overgebracht?\n\n{_bye(w)}\n\n{w.signature(off, inst, 'nl')}")
    return Mail(off, ["Dispatching <dispatching@rodekruis-opvang.be>"], "Transfer verzoeker", body, w.date())


@scenario("nl", BLOCK, ["NL_BSN", "ART9_HEALTH"], "wmo-bsn-diagnose",
          "Wmo-indicatie: BSN en diagnose van een inwoner naar een zorgaanbieder", 2)
def nl_wmo(w: World) -> Mail:
    inst = w.insts["utrecht"]
    off, cit = w.official(inst), w.citizen("nl", "nlnl")
    diag = w.rng.choice(["beginnende dementie (Alzheimer)", "de ziekte van Parkinson",
                         "een CVA met halfzijdige verlamming", "COPD GOLD 3"])
    kw = w.rng.choice(["BSN", "burgerservicenummer"])
    body = (f"Goedemiddag,\n\nHierbij de toewijzing voor begeleiding thuis.\n\nInwoner: {cit.name}\n"
            f"{kw}: {N.bsn(w.rng)}\nIndicatie: individuele begeleiding, 4 uur per week\n"
            f"Toelichting: cliënt is bekend met {diag} en woont alleen.\n\nGraag binnen 5 werkdagen starten."
            f"\n\n{_bye(w)}\n\n{w.signature(off, inst, 'nl')}")
    return Mail(off, ["Intake <intake@zorggroep-vechtstreek.nl>"], "Toewijzing Wmo-begeleiding", body, w.date())


@scenario("nl", BLOCK, ["NL_BSN", "ART10_CRIMINAL"], "vog-geweigerd",
          "VOG-weigering met BSN en veroordeling van de aanvrager aan de werkgever", 1)
def nl_vog(w: World) -> Mail:
    inst = w.insts["rijk"]
    off, cit = w.official(inst), w.citizen("nl", "nlnl")
    body = (f"Geachte mevrouw Hoekstra,\n\nU vroeg naar de stand van de VOG-aanvraag van uw kandidaat "
            f"{cit.name} (sofinummer {N.bsn(w.rng)}).\n\nDe VOG wordt niet afgegeven: betrokkene is in 2024 "
            f"veroordeeld tot een taakstraf wegens mishandeling, een feit dat relevant is voor de functie "
            f"van zorgmedewerker.\n\n{_bye(w)}\n{off.name}")
    return Mail(off, ["M. Hoekstra <m.hoekstra@zorgbalans-thuiszorg.nl>"], "VOG-aanvraag", body, w.date())


@scenario("nl", BLOCK, ["BE_NATIONAL_NUMBER"], "doorgestuurd-rrn-in-citaat",
          "doorgestuurde burgermail: het rijksregisternummer staat enkel in het geciteerde deel", 2)
def nl_forward(w: World) -> Mail:
    inst = w.insts["leuven"]
    off, cit = w.official(inst), w.citizen("nl")
    when0 = w.date(4, 8)
    nn = N.fmt_nn(N.national_number(w.rng), w.rng.choice(["dotted", "spaced", "dots"]))
    orig = (f"Beste,\n\nIk ben verhuisd naar Kessel-Lo en wil weten of mijn dossier nu door jullie wordt "
            f"opgevolgd. Mijn rijksregisternummer is {nn}.\n\nGroeten,\n{cit.name}")
    body = (f"Dag collega's,\n\nTer info, zie onderstaande vraag. Betrokkene woonde tot voor kort in "
            f"Kortrijk; kunnen jullie het dossier naar ons overdragen?\n\n{off.first}\n\n"
            f"{w.forward_header(cit, inst.name + ' <info@' + inst.domain + '>', when0, 'verhuis', 'nl')}\n\n"
            f"{orig}")
    return Mail(off, ["Onthaal OCMW Kortrijk <onthaal@ocmw-kortrijk.be>"], "Fwd: verhuis", body, w.date(8, 9))


@scenario("nl", BLOCK, ["BE_NATIONAL_NUMBER", "IBAN_CODE"], "loonbeslag-werkgever",
          "loonbeslag: rijksregisternummer en rekening van de werknemer naar de werkgever (HTML)", 1)
def nl_loonbeslag(w: World) -> Mail:
    inst = w.insts["fin"]
    off, cit = w.official(inst), w.citizen("nl")
    body = (f"Geachte,\n\nHierbij bevestigen wij het derdenbeslag op het loon van uw werknemer:\n\n"
            f"- Naam: {cit.name}\n- Rijksregisternummer: "
            f"{N.fmt_nn(N.national_number(w.rng, 1960, 1995), 'dotted')}\n"
            f"- Rekening werknemer: {N.fmt_iban(N.iban_be(w.rng))}\n- Openstaand bedrag: EUR "
            f"{w.rng.randint(1200, 9000)},{w.rng.randint(10, 99)}\n\nGelieve het beslagbaar gedeelte maandelijks "
            f"over te maken met vermelding van het dossiernummer.\n\n{_bye(w)}\n\n{w.signature(off, inst, 'nl')}")
    return Mail(off, ["Loonadministratie <payroll@vandewalle-metaal.be>"], "Derdenbeslag – kennisgeving",
                body, w.date(), mime="html")


# --------------------------------------------------------------------------------------------- allow
@scenario("nl", ALLOW, [], "retributie-iban-instelling",
          "betaalinstructie met de IBAN van de instelling en een gestructureerde mededeling", 3)
def nl_fee(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["fin", "gent", "leuven"])]
    off, cit = w.official(inst), w.citizen("nl")
    what = w.rng.choice(["de retributie voor het afschrift van de akte", "de administratieve kost van het "
                         "attest", "de retributie voor de aanvraag van het rijbewijs"])
    bic = w.rng.choice(["GKCCBEBB", "BPOTBEB1", "KREDBEBB"])
    body = (f"{_hi(cit)}\n\nUw aanvraag is in orde. Gelieve {what} (EUR {w.rng.randint(5, 45)},00) te "
            f"betalen op rekening {N.fmt_iban(inst.iban)} van {inst.name} (BIC {bic}) "
            f"met de gestructureerde mededeling {N.ogm(w.rng)}.\n\nNa ontvangst van de betaling "
            f"wordt het document binnen drie werkdagen verstuurd.\n\n{_bye(w)}\n\n"
            f"{w.signature(off, inst, 'nl', rich=True)}")
    return Mail(off, [cit.addr], "Betaling aanvraag", body, w.date(), mime=w.rng.choice(["plain", "html"]))


@scenario("nl", ALLOW, [], "handtekening-rijk",
          "korte praktische mail met uitgebreide professionele handtekening (gsm, LinkedIn, KBO)", 3)
def nl_signature(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["fin", "soc", "vdab", "antwerpen", "pension"])]
    off = w.official(inst)
    other_inst = w.insts[w.rng.choice(["justitie", "opgroeien", "dvz"])]
    peer = w.official(other_inst)
    topic = w.rng.choice(["de overlegvergadering over de nieuwe Fedsender-procedure",
                          "de werkgroep archivering", "het opleidingsplan 2027",
                          "de evaluatie van het thuiswerkbeleid"])
    body = (f"Dag {peer.first},\n\nDank voor je snelle reactie. Ik bevestig {topic} op "
            f"{w.day('nl')} om {w.rng.choice(['9u30', '10u', '14u'])} in zaal "
            f"{w.rng.choice(['Atomium', 'Schelde', 'B.2.14', 'Leie'])} ({inst.street}).\n\n"
            f"Je kan me altijd bereiken op mijn gsm als je de weg niet vindt.\n\n{_bye(w)}\n\n"
            f"{w.signature(off, inst, 'nl', rich=True)}")
    return Mail(off, [peer.addr], f"Bevestiging: {topic.split(' over ')[0]}", body, w.date())


@scenario("nl", ALLOW, [], "dossiernummer-lijkt-rrn",
          "dossier- en referentienummers van 11 cijfers die geen geldig rijksregisternummer zijn", 3)
def nl_lookalike(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["fin", "opgroeien", "pension"])]
    off, cit = w.official(inst), w.citizen("nl")
    ref = N.fmt_nn(N.bad_national_number(w.rng), w.rng.choice(["dotted", "compact", "spaced"]))
    ref2 = N.eleven_digits_invalid(w.rng)
    body = (f"{_hi(cit)}\n\nWij hebben uw bericht goed ontvangen. Om veiligheidsredenen kunnen wij de details "
            f"van uw dossier niet per e-mail meedelen. U kan de stand van zaken raadplegen via "
            f"{w.rng.choice(['MyMinfin', 'MyPension', 'Mijn Burgerprofiel'])} of in uw eBox.\n\n"
            f"Vermeld bij verdere briefwisseling steeds ons dossiernummer {ref} en het "
            f"ticketnummer {ref2}.\n\n{_bye(w)}\n\n{w.signature(off, inst, 'nl')}")
    return Mail(off, [cit.addr], f"Uw vraag – ticket {ref2}", body, w.date())


@scenario("nl", ALLOW, [], "factuurnummer-11-proef",
          "factuur met 9-cijferig factuurnummer dat de 11-proef haalt, zonder BSN-context", 2)
def nl_invoice(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["amsterdam", "utrecht"])]
    off = w.official(inst)
    fact = N.bsn(w.rng)
    body = (f"Geachte heer/mevrouw,\n\nBijgaand ontvangt u factuurnummer {fact} voor de huur van de "
            f"evenementenlocatie op {w.rng.randint(1, 28)} {MONTHS['nl'][w.rng.randint(5, 10)]} 2026.\n\n"
            f"Bedrag: EUR {w.rng.randint(800, 5000)},00 (vrijgesteld van btw)\nBetaaltermijn: 30 dagen\n"
            f"Rekening: {N.fmt_iban(inst.iban)} t.n.v. {inst.name}\nOrdernummer: PO-{N.not_bsn(w.rng)}\n\n"
            f"{_bye(w)}\n\n{w.signature(off, inst, 'nl')}\nKvK 3435{w.rng.randint(1000, 9999)}")
    return Mail(off, ["Crediteurenadministratie <facturen@evenementenbureau-delta.nl>"],
                f"Factuur {fact}", body, w.date())


@scenario("nl", ALLOW, [], "griepvaccinatie-personeel",
          "algemene griepvaccinatiecampagne voor personeel (generieke gezondheidstermen)", 2)
def nl_flu(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["antwerpen", "soc", "leuven"])]
    off = w.official(inst)
    body = (f"Beste collega's en partners,\n\nOok dit jaar organiseren we een griepvaccinatiecampagne. De "
            f"arbeidsgeneesheer vaccineert op {w.rng.randint(3, 20)} en {w.rng.randint(21, 28)} oktober "
            f"in het medisch kabinet (gelijkvloers). Inschrijven kan via het intranet.\n\n"
            f"Vaccinatie is vrijwillig en gratis. Personen met een chronische aandoening, zwangere vrouwen "
            f"en 65-plussers worden volgens de Hoge Gezondheidsraad prioritair gevaccineerd.\n\n{_bye(w)}\n\n"
            f"{w.signature(off, inst, 'nl')}")
    return Mail(off, ["Externe partners <partners@preventa-arbo.be>"], "Griepvaccinatie 2026", body,
                w.date(9, 10))


@scenario("nl", ALLOW, [], "stakingsaanzegging",
          "stakingsaanzegging van vakbonden, geen individuele lidmaatschappen", 2)
def nl_strike(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["gent", "antwerpen"])]
    off = w.official(inst)
    body = (f"Beste partners,\n\nDe vakbonden ACOD, ACV Openbare Diensten en VSLB hebben een "
            f"stakingsaanzegging ingediend voor "
            f"{w.day('nl', 9, 12)} in het kader van de nationale "
            f"actiedag tegen de pensioenhervorming.\n\nDie dag kunnen de loketten van burgerzaken beperkt "
            f"open zijn. Afspraken blijven in principe behouden; burgers worden via de website verwittigd.\n\n"
            f"{_bye(w)}\n\n{w.signature(off, inst, 'nl')}")
    return Mail(off, ["Persdienst De Lijn <pers@delijn.be>", "info@voka-oostvlaanderen.be"],
                "Stakingsaanzegging – impact dienstverlening", body, w.date())


@scenario("nl", ALLOW, [], "nieuw-strafwetboek-nota",
          "beleidsnota over het nieuwe Strafwetboek en veroordelingsstatistieken (geen personen)", 2)
def nl_criminal_policy(w: World) -> Mail:
    inst = w.insts["justitie"]
    off = w.official(inst)
    body = (f"Geachte professor,\n\nZoals afgesproken stuur ik u de cijfers voor uw studie over het nieuwe "
            f"Strafwetboek, dat in april 2026 in werking trad:\n\n- aantal veroordelingen 2025: "
            f"{w.rng.randint(90000, 120000)}\n- waarvan voor verkeersmisdrijven: {w.rng.randint(30, 45)}%\n"
            f"- gemiddelde duur van de werkstraf: {w.rng.randint(60, 120)} uur\n\nDe gegevens zijn "
            f"geaggregeerd per gerechtelijk arrondissement; er staan geen persoonsgegevens in.\n\n{_bye(w)}\n\n"
            f"{w.signature(off, inst, 'nl')}")
    return Mail(off, ["Prof. dr. Lies Vandenberghe <lies.vandenberghe@kuleuven.be>"],
                "Statistieken veroordelingen 2025", body, w.date())


@scenario("nl", ALLOW, [], "agenda-vergadering",
          "gewone planningsmail zonder persoonsgegevens", 3)
def nl_agenda(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["rijk", "amsterdam", "vdab", "opgroeien", "utrecht"])]
    off = w.official(inst)
    peer_inst = w.insts[w.rng.choice(["rijk", "utrecht", "rotterdam", "gent"])]
    peer = w.official(peer_inst)
    middle = w.rng.sample(["Stand van zaken migratie naar de nieuwe mailomgeving", "Begroting 2027",
                           "Communicatieplan", "Planning Q1", "Toegankelijkheid website",
                           "Evaluatie pilot beveiligde berichtenbox"], w.rng.randint(2, 4))
    items = ["Opening en vaststellen agenda", "Verslag vorige vergadering", *middle, "Rondvraag"]
    when = w.date()
    body = (f"Hoi {peer.first},\n\nHierbij de agenda voor {w.rng.choice(['donderdag', 'vrijdag'])}:\n\n"
            + "\n".join(f"{i}. {it}" for i, it in enumerate(items, 1)) +
            f"\n\nWe starten om {w.rng.choice(['10.00', '13.30'])} uur via Teams; de link volgt.\n\n"
            f"Groet,\n{off.first}")
    if w.rng.random() < 0.5:
        body += "\n\n" + w.quote(f"Kun je de agenda nog even rondsturen?\n\n{peer.first}", peer, when, "nl")
    return Mail(off, [peer.addr], "Agenda overleg", body, when)


@scenario("nl", ALLOW, [], "persbericht-verkiezingen",
          "publiek persbericht over verkiezingslogistiek", 1)
def nl_election(w: World) -> Mail:
    inst = w.insts["gent"]
    off = w.official(inst)
    body = ("PERSBERICHT\n\nStad Gent zoekt nog 300 bijzitters voor de verkiezingen van 2027\n\n"
            "Voor de verkiezingen zoekt de stad vrijwilligers om de stembureaus te bemannen. Bijzitters "
            "krijgen een presentiegeld van 70 euro en een opleiding. Partijen, vakbonden en verenigingen "
            "worden gevraagd de oproep te verspreiden.\n\nMeer info: stad.gent/verkiezingen\n\n"
            f"Perscontact: {off.name}, {off.phone}, {off.email}")
    return Mail(off, ["redactie@nieuwsblad.be", "newsroom@belga.be"], "Persbericht: bijzitters gezocht",
                body, w.date())


@scenario("nl", ALLOW, [], "ziekenhuis-aanbesteding",
          "overheidsopdracht voor een ziekenhuis (generieke medische termen)", 1)
def nl_tender(w: World) -> Mail:
    inst = w.insts["rijk"]
    off = w.official(inst)
    body = (f"Geachte inschrijver,\n\nIn het kader van de Europese aanbesteding 'Medische beeldvorming en "
            f"dialyseapparatuur universitaire ziekenhuizen' (kenmerk 2026/S 0{w.rng.randint(10, 99)}-"
            f"{w.rng.randint(100000, 999999)}) beantwoorden wij hierbij de vragen uit de nota van "
            f"inlichtingen.\n\nVraag 4: de MRI-scanners moeten geschikt zijn voor patiënten met pacemaker.\n"
            f"Vraag 7: onderhoud van de dialysetoestellen valt binnen perceel 2.\n\nDe sluitingsdatum blijft "
            f"ongewijzigd.\n\n{_bye(w)}\n\n{w.signature(off, inst, 'nl')}")
    return Mail(off, ["tenders@medtech-benelux.nl"], "Nota van inlichtingen – medische apparatuur", body,
                w.date())


@scenario("nl", ALLOW, [], "burger-eigen-contact-doorverwijzing",
          "antwoord naar burger via eBox-doorverwijzing; enkel naam en professionele gegevens", 2)
def nl_redirect(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["fin", "pension", "soc"])]
    off, cit = w.official(inst), w.citizen("nl")
    when0 = w.date(3, 6)
    question = ("Hallo, ik wil graag weten wanneer mijn dossier wordt behandeld. Ik heb al drie keer "
                "gebeld.\n\n" + cit.name)
    body = (f"{_hi(cit)}\n\nDank voor uw bericht. Omdat het om persoonlijke gegevens gaat, antwoorden wij "
            f"niet per e-mail. U vindt het antwoord in uw eBox op my.belgium.be en in "
            f"{w.rng.choice(['MyMinfin', 'MyPension', 'MyHandicap'])}.\n\nU kan mij ook rechtstreeks "
            f"bellen op {off.phone} (maandag tot donderdag, 9-12 u).\n\n{_bye(w)}\n\n"
            f"{w.signature(off, inst, 'nl')}\n\n{w.quote(question, cit, when0, 'nl')}")
    return Mail(off, [cit.addr], "RE: dossier", body, w.date(6, 9))


# ------------------------------------------------------------------------------------ extra Art. 9 set
@scenario("nl", BLOCK, ["ART9_TRADE_UNION"], "stakers-vakbond-lijst",
          "lijst van benoemde personeelsleden met hun vakbond, naar een extern advocatenkantoor", 1)
def nl_strikers(w: World) -> Mail:
    inst = w.insts["antwerpen"]
    off = w.official(inst)
    rows = [f"- {w.citizen('nl').name} ({w.rng.choice(['ACOD', 'ACV', 'VSOA'])})" for _ in range(4)]
    body = ("Geachte meester,\n\nZoals gevraagd de medewerkers van de dienst Stadsreiniging die op de "
            "stakingsdag niet kwamen opdagen, met hun vakbond:\n\n" + "\n".join(rows) +
            f"\n\nKunnen we bij hen loon inhouden zonder dat de vakbond kan reageren?\n\n{_bye(w)}\n\n"
            f"{w.signature(off, inst, 'nl', rich=False)}")
    return Mail(off, ["Mr. Pieter Goethals <pg@goethals-advocaten.be>"], "Stakingsdag – overzicht", body,
                w.date())


@scenario("nl", BLOCK, ["ART9_POLITICAL_OPINION"], "bezwaarmaker-partijlid",
          "partijlidmaatschap van een benoemde inwoner gedeeld met een extern communicatiebureau", 1)
def nl_objector(w: World) -> Mail:
    inst = w.insts["amsterdam"]
    off, cit = w.official(inst), w.citizen("nl", "nlnl")
    body = (f"Hoi Femke,\n\nVoor de inspraakavond over het windpark: de meest uitgesproken bezwaarmaker, "
            f"{cit.name}, is bestuurslid van de lokale afdeling van de Partij voor de Dieren en stemt "
            f"al jaren tegen elk college. Misschien goed om daar in de communicatie rekening mee te houden."
            f"\n\nGroet,\n{off.first}")
    return Mail(off, ["Femke Vos <femke@dezwaan-communicatie.nl>"], "Inspraakavond windpark", body, w.date())


@scenario("nl", BLOCK, ["ART9_GENETIC"], "dna-verwantschap-gezinshereniging",
          "uitslag van een DNA-verwantschapsonderzoek van benoemde personen naar een advocaat", 1)
def nl_dna(w: World) -> Mail:
    inst = w.insts["dvz"]
    off, father = w.official(inst), w.citizen("en", female=False)
    body = (f"Geachte meester,\n\nIn het dossier gezinshereniging van uw cliënt {father.name} heeft het "
            f"DNA-verwantschapsonderzoek uitgewezen dat hij de biologische vader is van twee van de drie "
            f"kinderen; voor het jongste kind is de verwantschap uitgesloten (0 van 24 STR-merkers "
            f"overeenkomend).\n\n{_bye(w)}\n\n{w.signature(off, inst, 'nl')}")
    return Mail(off, ["Mr. Sara Leemans <sara.leemans@migratierecht-advocaten.be>"],
                f"Gezinshereniging {father.last} – DNA-onderzoek", body, w.date())


@scenario("nl", BLOCK, ["ART9_SEX_LIFE"], "geaardheid-pesten-coach",
          "seksuele geaardheid van een benoemde medewerkster meegedeeld aan een externe coach", 1)
def nl_orientation(w: World) -> Mail:
    inst = w.insts["leuven"]
    off, emp = w.official(inst), w.citizen("nl", female=True)
    body = (f"Dag Ann,\n\nVoor het coachingtraject in het team Thuiszorg: {emp.name} heeft ons verteld dat ze "
            f"lesbisch is en dat enkele collega's daar grappen over maken sinds ze met haar partner op "
            f"het personeelsfeest was. Ze wil niet dat dit in het team besproken wordt.\n\n{_bye(w)}\n"
            f"{off.name}")
    return Mail(off, ["Ann Desmet <ann@desmet-coaching.be>"], "Coaching team Thuiszorg", body, w.date())


@scenario("nl", BLOCK, ["ART9_BIOMETRIC"], "irisscan-toegang",
          "irisscan- en vingerafdruktemplates van benoemde medewerkers naar de leverancier", 1)
def nl_iris(w: World) -> Mail:
    inst = w.insts["justitie"]
    off = w.official(inst)
    names = ", ".join(w.citizen("nl").name for _ in range(3))
    body = (f"Beste,\n\nNa de update van het toegangssysteem van het archief worden {names} niet meer "
            f"herkend. Hierbij de geëxporteerde irisscans en vingerafdruktemplates van deze drie "
            f"medewerkers (bestand enrolment_export.bin), zodat jullie kunnen nagaan wat er fout gaat.\n\n"
            f"{_bye(w)}\n\n{w.signature(off, inst, 'nl', rich=False)}")
    return Mail(off, ["Support <support@securaccess-systems.eu>"], "Toegangscontrole archief", body, w.date())


@scenario("nl", ALLOW, [], "asielstatistiek-nationaliteit",
          "geaggregeerde asielstatistiek per nationaliteit (geen personen)", 1)
def nl_asylum_stats(w: World) -> Mail:
    inst = w.insts["dvz"]
    off = w.official(inst)
    body = (f"Beste journalist,\n\nIn {w.rng.choice(['september', 'oktober'])} werden "
            f"{w.rng.randint(2500, 3500)} verzoeken om internationale bescherming ingediend. De belangrijkste "
            f"landen van herkomst waren Afghanistan, Syrië, Eritrea en Turkije. Het aandeel niet-begeleide "
            f"minderjarigen bedroeg {w.rng.randint(6, 12)}%.\n\nDe volledige maandstatistiek staat op onze "
            f"website.\n\n{_bye(w)}\n\n{w.signature(off, inst, 'nl')}")
    return Mail(off, ["redactie@standaard-example.be"], "Asielstatistieken", body, w.date())


@scenario("nl", ALLOW, [], "regenboogvlag-idahot",
          "stad hijst de regenboogvlag op IDAHOT (seksuele geaardheid zonder persoon)", 1)
def nl_pride(w: World) -> Mail:
    inst = w.insts["gent"]
    off = w.official(inst)
    body = ("Beste partners,\n\nOp 17 mei, de Internationale Dag tegen Homofobie, Bi-fobie en Transfobie, "
            "hijst de stad de regenboogvlag aan het stadhuis. Holebi- en transverenigingen zijn welkom op "
            "de receptie om 17 uur in de Pacificatiezaal.\n\n"
            f"{_bye(w)}\n\n{w.signature(off, inst, 'nl')}")
    return Mail(off, ["info@cavaria-example.be", "Wel Jong vzw <info@weljong-example.be>"],
                "Uitnodiging 17 mei", body, w.date(4, 5))


@scenario("nl", ALLOW, [], "biometrisch-paspoort-info",
          "algemene informatie over vingerafdrukken bij het biometrisch paspoort", 1)
def nl_passport_info(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["gent", "antwerpen"])]
    off, cit = w.official(inst), w.citizen("nl")
    body = (f"{_hi(cit)}\n\nVoor een nieuw paspoort moet u persoonlijk langskomen: we nemen twee "
            f"vingerafdrukken en een digitale foto voor de biometrische chip. Kinderen jonger dan 12 jaar "
            f"geven geen vingerafdrukken. Maak een afspraak via de website en breng uw oude paspoort mee.\n\n"
            f"{_bye(w)}\n\n{w.signature(off, inst, 'nl')}")
    return Mail(off, [cit.addr], "RE: paspoort aanvragen", body, w.date())


@scenario("nl", ALLOW, [], "gsm-cijfers-lijken-bis",
          "professionele gsm van de ambtenaar waarvan de 11 cijfers toevallig de BIS-controle halen", 1)
def nl_mobile_bis(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["vdab", "soc"])]
    off = w.official(inst)
    off.mobile = N.bis_shaped_mobile(w.rng)
    peer = w.official(w.insts["opgroeien"])
    body = (f"Dag {peer.first},\n\nIk ben morgen de hele dag op verplaatsing in Hasselt. Bel me gerust op mijn "
            f"gsm ({off.mobile}) als er nog iets is voor de stuurgroep.\n\n{_bye(w)}\n\n"
            f"{w.signature(off, inst, 'nl', rich=True)}")
    return Mail(off, [peer.addr], "Morgen onbereikbaar op kantoor", body, w.date())


# ------------------------------------------------------------------------------ very short and long mails
@scenario("nl", BLOCK, ["BE_NATIONAL_NUMBER"], "kort-rrn-notaris",
          "drie regels: rijksregisternummer van een erflater naar een notaris", 1)
def nl_short_nn(w: World) -> Mail:
    inst = w.insts["fin"]
    off, cit = w.official(inst), w.citizen("nl")
    body = (f"RRN {cit.name}: {N.fmt_nn(N.national_number(w.rng, 1930, 1950), 'dotted')}\n\n"
            f"Mvg\n{off.first}")
    return Mail(off, ["Notaris Dierickx <kantoor@notaris-dierickx.be>"], "rrn", body, w.date())


@scenario("nl", ALLOW, [], "kort-bijlage",
          "drie regels, niets gevoeligs", 1)
def nl_short_ok(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["vdab", "gent"])]
    off = w.official(inst)
    peer = w.official(w.insts["opgroeien"])
    body = f"Dag {peer.first},\n\nZie bijlage, de planning zoals besproken.\n\n{off.first}"
    return Mail(off, [peer.addr], "planning", body, w.date())


@scenario("nl", BLOCK, ["BE_NATIONAL_NUMBER", "ART9_HEALTH"], "lange-draad-rrn-diep-geciteerd",
          "lange mailwisseling; rijksregisternummer en ziekte staan diep in de geciteerde geschiedenis", 1)
def nl_long_thread(w: World) -> Mail:
    inst = w.insts["leuven"]
    off, col, cit = w.official(inst), w.official(inst), w.citizen("nl")
    ext = "Lotte Maes <lotte.maes@thuiszorg-dijleland.be>"
    t1, t2, t3 = w.date(3, 4), w.date(5, 5), w.date(6, 6)
    nn = N.fmt_nn(N.national_number(w.rng, 1940, 1960), "spaced")
    first = (f"Dag {col.first},\n\nNieuwe aanvraag voor poetshulp en maaltijden aan huis:\n\n"
             f"Naam: {cit.name}\nRijksregisternummer: {nn}\nAdres: Naamsesteenweg {w.rng.randint(2, 400)}, "
             f"3001 Heverlee\nSituatie: woont alleen, recent ontslagen uit UZ Leuven na een heupfractuur, "
             f"beginnende dementie volgens de huisarts.\n\nKan jij het intakegesprek doen?\n\n{off.first}")
    second = (f"Hoi {off.first},\n\nIntake gepland op {w.day('nl', 5, 5)}. Ik vraag meteen ook een "
              f"thuisverpleging aan.\n\n{col.first}\n\n" + w.quote(first, off, t1, "nl"))
    third = (f"Dag {col.first},\n\nTop, dank je. Hoe is het gesprek verlopen?\n\n{off.first}\n\n"
             + w.quote(second, col, t2, "nl"))
    body = (f"Dag Lotte,\n\nIk stuur je de mailwisseling door zodat je de voorgeschiedenis kent. Jullie "
            f"ploeg kan starten vanaf maandag; de sleutel ligt bij de buren.\n\nAlvast bedankt!\n\n"
            f"{w.signature(off, inst, 'nl')}\n\n" + w.quote(third, off, t3, "nl"))
    return Mail(off, [ext], "Fwd: Aanvraag poetshulp", body, w.date(6, 7), cc=[col.addr])


@scenario("nl", ALLOW, [], "lange-draad-werkgroep",
          "lange draad met geneste citaten over een werkgroep; alleen professionele contactgegevens", 1)
def nl_long_ok(w: World) -> Mail:
    inst = w.insts["rijk"]
    a, b = w.official(inst), w.official(w.insts["utrecht"])
    c = w.official(w.insts["amsterdam"])
    t1, t2 = w.date(3, 4), w.date(4, 5)
    m1 = (f"Beste {b.first} en {c.first},\n\nZoals besproken starten we een werkgroep over veilig mailen "
          f"naar inwoners. Voorstel voor de eerste bijeenkomst:\n\n1. Inventaris van de huidige kanalen "
          f"(MijnOverheid, berichtenbox, beveiligde mail)\n2. Welke gegevens mogen wel per mail?\n"
          f"3. Ervaringen met DLP-tools\n4. Communicatie naar medewerkers\n5. Planning\n\n"
          f"Graag jullie beschikbaarheid in week 20.\n\nGroet,\n{a.name}\n{a.function}, {inst.dept}\n"
          f"{a.phone}")
    m2 = (f"Hoi {a.first},\n\nGoed initiatief. Dinsdag en donderdag in week 20 kan ik. Ik neem mijn "
          f"collega van informatiebeveiliging mee. Kunnen we ook de handreiking van de VNG bespreken?\n\n"
          f"Groet,\n{b.name}\n{b.phone}\n\n" + w.quote(m1, a, t1, "nl"))
    body = (f"Dag {a.first} en {b.first},\n\nDonderdag werkt ook voor mij. Ik kan een korte demo geven van "
            f"hoe wij in Amsterdam de berichtenbox inzetten voor dossierinformatie.\n\n"
            f"Hartelijke groet,\n\n{w.signature(c, w.insts['amsterdam'], 'nl', rich=True)}\n\n"
            + w.quote(m2, b, t2, "nl"))
    return Mail(c, [a.addr, b.addr], "RE: Werkgroep veilig mailen", body, w.date(5, 5))
