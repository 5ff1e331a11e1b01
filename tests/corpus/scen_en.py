"""English-language scenarios (expat services, immigration, EU partners) for the evaluation corpus."""

from __future__ import annotations

import idnumbers as N
from world import MONTHS, Mail, World, scenario

BLOCK, ALLOW = "block", "allow"


def _hi(p) -> str:
    return f"Dear {'Ms' if p.female else 'Mr'} {p.last},"


def _bye(w: World) -> str:
    return w.rng.choice(["Kind regards,", "Best regards,", "Yours sincerely,", "With kind regards,", "Best,"])


# --------------------------------------------------------------------------------------------- block
@scenario("en", BLOCK, ["BE_NATIONAL_NUMBER"], "national-number-expat",
          "reply to an expat quoting the Belgian national register number", 2)
def en_nn(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["fin_en", "ibz_en"])]
    off, cit = w.official(inst), w.citizen("en")
    nn = N.fmt_nn(N.national_number(w.rng, 1970, 2002), w.rng.choice(["dotted", "compact", "spaced", "dashed"]))
    q_when = w.date(3, 7)
    q = (f"Hello,\n\nI registered at the commune two months ago. Could you confirm my national number so "
         f"that my employer can register me?\n\nThanks,\n{cit.name}")
    body = (f"{_hi(cit)}\n\nThank you for your e-mail. Your national register number is {nn}. You can give "
            f"it to your employer's HR department.\n\n{_bye(w)}\n\n{w.signature(off, inst, 'en')}\n\n"
            f"{w.quote(q, cit, q_when, 'en')}")
    return Mail(off, [cit.addr], "RE: national number", body, w.date(7, 10))


@scenario("en", BLOCK, ["NL_BSN"], "bsn-expat-registration",
          "Dutch municipality sends an expat his citizen service number (BSN)", 2)
def en_bsn(w: World) -> Mail:
    inst = w.insts["ams_en"]
    off, cit = w.official(inst), w.citizen("en")
    kw = w.rng.choice(["BSN", "citizen service number (BSN)", "burgerservicenummer (BSN)"])
    body = (f"{_hi(cit)}\n\nWelcome to Amsterdam! Your registration in the BRP is complete. Your {kw} is "
            f"{N.bsn(w.rng)}.\n\nYou will need it to open a bank account, register with a GP and start "
            f"work.\n\n{_bye(w)}\n\n{w.signature(off, inst, 'en')}")
    return Mail(off, [cit.addr], "Your registration in Amsterdam", body, w.date(), mime=w.rng.choice(["plain", "html"]))


@scenario("en", BLOCK, ["ART9_HEALTH"], "sick-leave-contractor",
          "sick leave and diagnosis of a named employee sent to an external contractor", 2)
def en_sick(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["bosa", "rvo", "hub"])]
    off, emp = w.official(inst), w.citizen("en")
    diag = w.rng.choice(["long COVID", "a severe anxiety disorder", "bowel cancer", "a stroke",
                         "post-traumatic stress disorder"])
    body = (f"Hi Mark,\n\nJust so you can plan the handover: {emp.name} will be on sick leave for at least "
            f"{w.rng.randint(4, 16)} weeks. {'She' if emp.female else 'He'} is being treated for {diag} "
            f"and the occupational physician does not expect a return before "
            f"{MONTHS['en'][w.rng.randint(9, 12)]}.\n\nCould your team take over the project meetings?\n\n"
            f"{_bye(w)}\n{off.first}")
    return Mail(off, ["Mark Jennings <mark.jennings@deloitte-example.com>"], "Project handover", body,
                w.date())


@scenario("en", BLOCK, ["BE_BIS_NUMBER"], "bis-number-single-permit",
          "BIS number of a third-country worker sent to the employer's relocation agency", 2)
def en_bis(w: World) -> Mail:
    inst = w.insts["ibz_en"]
    off, worker = w.official(inst), w.citizen("en")
    bis = N.fmt_nn(N.bis_number(w.rng, w.rng.random() < 0.5), w.rng.choice(["dotted", "compact"]))
    body = (f"Dear Sir or Madam,\n\nThe single permit application for {worker.name} has been approved. "
            f"The worker's BIS number is {bis}; please use it for the Limosa and Dimona declarations.\n\n"
            f"{_bye(w)}\n\n{w.signature(off, inst, 'en')}")
    return Mail(off, ["Relocation desk <desk@globalmove-relocation.com>"], f"Single permit – {worker.last}",
                body, w.date())


@scenario("en", BLOCK, ["IBAN_CODE"], "grant-payment-account",
          "grant paid to the personal bank account of a named researcher", 2)
def en_iban(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["rvo", "hub"])]
    off, cit = w.official(inst), w.citizen("en")
    ib = N.fmt_iban(w.rng.choice([N.iban_nl, N.iban_be, N.iban_de])(w.rng), w.rng.random() < 0.7)
    body = (f"{_hi(cit)}\n\nThe first instalment of your mobility grant (EUR {w.rng.randint(2, 9)},"
            f"{w.rng.randint(100, 999)}.00) will be transferred to your personal account {ib} in the name "
            f"of {cit.name} within ten working days.\n\n{_bye(w)}\n\n{w.signature(off, inst, 'en')}")
    return Mail(off, [cit.addr], "Mobility grant – payment", body, w.date())


@scenario("en", BLOCK, ["CREDIT_CARD"], "card-number-refund",
          "card number and expiry of a named citizen sent to the payment provider", 2)
def en_card(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["ams_en", "ibz_en"])]
    off, cit = w.official(inst), w.citizen("en")
    brand = w.rng.choice(["visa", "mastercard", "amex"])
    body = (f"Hello,\n\nPlease refund the application fee paid twice by {cit.name}.\n\nCard number: "
            f"{N.fmt_card(N.card(w.rng, brand))}\nExpiry: {w.rng.randint(1, 12):02d}/{w.rng.randint(27, 31)}\n"
            f"Amount: EUR {w.rng.randint(50, 350)}.00\n\nThanks,\n{off.name}")
    return Mail(off, ["Merchant support <merchants@adyen-example.com>"], "Refund request", body, w.date())


@scenario("en", BLOCK, ["ART10_CRIMINAL"], "criminal-conviction-reference",
          "reference check reveals a named applicant's conviction, sent to a foreign employer", 1)
def en_criminal(w: World) -> Mail:
    inst = w.insts["bosa"]
    off, cit = w.official(inst), w.citizen("en")
    body = (f"Dear Ms Hartley,\n\nRegarding your reference request: {cit.name} was convicted of fraud in "
            f"{w.rng.randint(2016, 2023)} and received a suspended sentence of 12 months; this appears on "
            f"the criminal record extract we received.\n\n{_bye(w)}\n\n{w.signature(off, inst, 'en')}")
    return Mail(off, ["Susan Hartley <s.hartley@eu-agency-example.eu>"], "Reference check", body, w.date())


@scenario("en", BLOCK, ["ART9_HEALTH", "ART9_SEX_LIFE"], "asylum-health-orientation",
          "named applicant's HIV status and sexual orientation forwarded to an NGO", 1)
def en_asylum(w: World) -> Mail:
    inst = w.insts["ibz_en"]
    off, cit = w.official(inst), w.citizen("en", female=False)
    body = (f"Dear colleagues,\n\n{cit.name} is HIV-positive and on antiretroviral treatment; he fled because "
            f"he is gay and was persecuted for it. He needs a place in a reception structure with medical "
            f"follow-up.\n\n{_bye(w)}\n\n{w.signature(off, inst, 'en')}")
    return Mail(off, ["Intake <intake@refugee-support-ngo.org>"], "Urgent placement", body, w.date())


@scenario("en", BLOCK, ["ART9_ETHNIC_ORIGIN", "ART9_POLITICAL_OPINION"], "ethnic-political-dissident",
          "ethnic origin and political activity of a named person sent to a consultancy", 1)
def en_ethnic(w: World) -> Mail:
    inst = w.insts["rvo"]
    off, cit = w.official(inst), w.citizen("en", female=False)
    body = (f"Hi Sarah,\n\nFor your risk assessment: {cit.name} is of Uyghur origin and a member of an "
            f"opposition party in exile; he has publicly campaigned against the government. Please keep "
            f"this in mind when you plan the trade mission.\n\nBest,\n{off.first}")
    return Mail(off, ["Sarah Cole <sarah.cole@controlrisks-example.com>"], "Trade mission – participants",
                body, w.date())


@scenario("en", BLOCK, ["ART9_BIOMETRIC", "BE_NATIONAL_NUMBER"], "biometrics-residence-card",
          "fingerprints captured for a named person's residence card, with national number (QP)", 1)
def en_biometric(w: World) -> Mail:
    inst = w.insts["ibz_en"]
    off, cit = w.official(inst), w.citizen("en")
    nn = N.fmt_nn(N.national_number(w.rng, 1980, 2001), "dotted")
    body = (f"Hello,\n\nThe fingerprints of {cit.name} (national number {nn}) could not be read by the "
            f"enrolment station in the commune. Attached are the two fingerprint images and the facial "
            f"image as captured, so that your lab can check the quality.\n\n{_bye(w)}\n{off.name}")
    return Mail(off, ["Support <support@eid-card-vendor-example.com>"], "Enrolment failure", body, w.date(),
                mime="qp", qp_split=nn)


@scenario("en", BLOCK, ["NL_BSN", "ART9_HEALTH"], "bsn-medical-certificate",
          "named expat's BSN and medical condition in a mail to the employer", 1)
def en_bsn_health(w: World) -> Mail:
    inst = w.insts["ams_en"]
    off, cit = w.official(inst), w.citizen("en")
    body = (f"Dear HR team,\n\nFor the parking permit for disabled persons requested by your employee "
            f"{cit.name} (BSN {N.bsn(w.rng)}): the medical assessment confirms a walking disability due to "
            f"rheumatoid arthritis. The permit will be valid for five years.\n\n{_bye(w)}\n\n"
            f"{w.signature(off, inst, 'en')}")
    return Mail(off, ["HR <hr@booking-example.nl>"], "Disabled parking permit", body, w.date())


# --------------------------------------------------------------------------------------------- allow
@scenario("en", ALLOW, [], "fee-institution-iban",
          "payment instruction with the institution's IBAN and structured reference", 2)
def en_fee(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["ibz_en", "fin_en", "ams_en"])]
    off, cit = w.official(inst), w.citizen("en")
    ref = N.ogm(w.rng) if inst.country == "BE" else f"payment reference {N.bad_card(w.rng)}"
    body = (f"{_hi(cit)}\n\nTo complete your application, please pay the fee of EUR "
            f"{w.rng.randint(20, 350)}.00 to {inst.name}, IBAN {N.fmt_iban(inst.iban)}, with {ref}.\n\n"
            f"{_bye(w)}\n\n{w.signature(off, inst, 'en', rich=True)}")
    return Mail(off, [cit.addr], "Application fee", body, w.date())


@scenario("en", ALLOW, [], "rich-signature-partner",
          "exchange between agencies with a rich professional signature (mobile, LinkedIn)", 3)
def en_partner(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["rvo", "hub", "bosa", "ams_en"])]
    off = w.official(inst)
    peer = w.official(w.insts[w.rng.choice(["rvo", "hub", "bosa"])])
    body = (f"Dear {peer.first},\n\nThanks for the call earlier. As agreed, I will send the draft "
            f"programme for the {w.rng.choice(['Benelux digital government', 'circular economy', 'GovTech'])} "
            f"workshop by Friday. Feel free to reach me on my mobile.\n\n{_bye(w)}\n\n"
            f"{w.signature(off, inst, 'en', rich=True)}")
    return Mail(off, [peer.addr], "Workshop programme", body, w.date(), mime=w.rng.choice(["plain", "html"]))


@scenario("en", ALLOW, [], "order-number-lookalike",
          "order and case numbers shaped like identifiers but failing every checksum / lacking BSN context", 2)
def en_lookalike(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["bosa", "hub", "rvo"])]
    off = w.official(inst)
    body = (f"Hello,\n\nPlease find our purchase order {N.eleven_digits_invalid(w.rng)} for the translation "
            f"services. Case number: {N.fmt_nn(N.bad_national_number(w.rng), 'dotted')}. Invoice reference "
            f"{N.bsn(w.rng)}. Our VAT number is BE {w.insts['bosa'].kbo}.\n\n{_bye(w)}\n\n"
            f"{w.signature(off, inst, 'en')}")
    return Mail(off, ["accounts@lingua-translations-example.eu"], "Purchase order", body, w.date())


@scenario("en", ALLOW, [], "health-policy-report",
          "public health policy report shared with a university (generic health terms)", 2)
def en_health_policy(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["rvo", "bosa"])]
    off = w.official(inst)
    body = ("Dear Professor,\n\nPlease find the link to the 2026 report on mental health in the public "
            "sector. It shows that depression and burn-out account for 38% of long-term sick leave, and "
            "recommends better access to psychologists and occupational physicians. All figures are "
            f"aggregated.\n\nhttps://www.{inst.web.removeprefix('www.')}/reports/2026/mental-health\n\n"
            f"{_bye(w)}\n\n{w.signature(off, inst, 'en')}")
    return Mail(off, ["Prof. Anna Lindgren <a.lindgren@ku-example.edu>"], "Report: mental health 2026", body,
                w.date())


@scenario("en", ALLOW, [], "police-reform-briefing",
          "briefing on police reform and crime statistics (no person)", 2)
def en_police(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["bosa", "ams_en"])]
    off = w.official(inst)
    body = (f"Dear all,\n\nAhead of the EU peer review: the police reform merges {w.rng.randint(3, 8)} zones, "
            f"and the number of convictions for cybercrime rose by {w.rng.randint(10, 30)}% in 2025. "
            f"The new criminal code introduces probation as an autonomous sentence.\n\n{_bye(w)}\n\n"
            f"{w.signature(off, inst, 'en')}")
    return Mail(off, ["peer-review@eucpn-example.eu"], "Briefing for peer review", body, w.date())


@scenario("en", ALLOW, [], "election-logistics",
          "election logistics for polling stations", 1)
def en_election(w: World) -> Mail:
    inst = w.insts["ams_en"]
    off = w.official(inst)
    body = ("Dear volunteers,\n\nThank you for signing up as polling station staff for the municipal "
            "elections. Training sessions take place on 3 and 10 March at City Hall. Parties may not "
            "campaign within 50 metres of a polling station.\n\n"
            f"{_bye(w)}\n\n{w.signature(off, inst, 'en')}")
    return Mail(off, ["volunteers-list@amsterdam-stembureau-example.nl"], "Polling station training", body,
                w.date(1, 3))


@scenario("en", ALLOW, [], "press-release-genetics",
          "press release about a genetics research programme and a religious holiday closure", 2)
def en_press(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["hub", "rvo"])]
    off = w.official(inst)
    body = w.rng.choice([
        "PRESS RELEASE\n\nNew programme funds genomics start-ups\n\nThe agency will invest EUR 20 million "
        "in companies developing genetic testing, gene therapy and biometric authentication. Applications "
        "open on 1 February.",
        "PRESS RELEASE\n\nOffices closed for public holidays\n\nOur offices will be closed on Christmas Day, "
        "Boxing Day and Easter Monday. Staff may also take leave for religious holidays such as Eid, "
        "Diwali or Yom Kippur under the flexible leave scheme.",
    ])
    body += f"\n\nPress contact: {off.name}, {off.phone}, {off.email}"
    return Mail(off, ["news@politico-example.eu"], "Press release", body, w.date())


@scenario("en", ALLOW, [], "meeting-minutes",
          "plain meeting follow-up with quoted reply", 3)
def en_minutes(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["bosa", "rvo", "hub", "ams_en"])]
    off = w.official(inst)
    peer = w.official(w.insts[w.rng.choice(["rvo", "hub"])])
    when0 = w.date()
    body = (f"Hi {peer.first},\n\nMinutes attached. Action points:\n- finalise budget table (us)\n"
            f"- circulate the survey (you)\n- next meeting {w.rng.randint(2, 27)} "
            f"{MONTHS['en'][w.rng.randint(5, 12)]}\n\nCheers,\n{off.first}\n\n"
            + w.quote(f"Could you send the minutes?\nThanks, {peer.first}", peer, when0, "en"))
    return Mail(off, [peer.addr], "RE: minutes", body, when0)


# ------------------------------------------------------------------------------------ extra Art. 9 set
@scenario("en", BLOCK, ["ART9_GENETIC"], "paternity-dna-result",
          "DNA paternity test result for named persons sent to a lawyer", 1)
def en_dna(w: World) -> Mail:
    inst = w.insts["ibz_en"]
    off, man = w.official(inst), w.citizen("en", female=False)
    body = (f"Dear Counsel,\n\nThe DNA test carried out for the family reunification file of {man.name} "
            f"shows a probability of paternity of 99.99% for the elder daughter; paternity is excluded "
            f"for the son.\n\n{_bye(w)}\n\n{w.signature(off, inst, 'en')}")
    return Mail(off, ["J. Okafor <j.okafor@migration-law-example.be>"], "DNA test result", body, w.date())


@scenario("en", BLOCK, ["ART9_TRADE_UNION"], "union-members-payroll",
          "names of staff who are trade-union members sent to an outsourced payroll provider", 1)
def en_union(w: World) -> Mail:
    inst = w.insts["rvo"]
    off = w.official(inst)
    names = "\n".join(f"- {w.citizen('en').name} (FNV)" for _ in range(3))
    body = (f"Hi payroll team,\n\nPlease start deducting union dues from November for these employees, who "
            f"joined the FNV union:\n\n{names}\n\nThanks,\n{off.first}")
    return Mail(off, ["Payroll <payroll@adp-example.nl>"], "Union dues", body, w.date(10, 11))


@scenario("en", BLOCK, ["ART9_RELIGION"], "sikh-exemption",
          "religion of a named employee mentioned to an external safety contractor", 1)
def en_religion(w: World) -> Mail:
    inst = w.insts["hub"]
    off, emp = w.official(inst), w.citizen("en", female=False)
    body = (f"Hello,\n\nFor the site visit on {w.day('en')}: {emp.name} is a practising Sikh and wears a "
            f"turban, so he cannot wear the standard hard hat. Can you arrange an exemption or an "
            f"alternative?\n\n{_bye(w)}\n\n{w.signature(off, inst, 'en')}")
    return Mail(off, ["Site safety <safety@construct-example.be>"], "Site visit", body, w.date())


@scenario("en", ALLOW, [], "pride-event",
          "invitation to a Pride event (sexual orientation, no person)", 1)
def en_pride(w: World) -> Mail:
    inst = w.insts["ams_en"]
    off = w.official(inst)
    body = ("Dear partners,\n\nDuring Pride Amsterdam the city hosts a reception for LGBTIQ+ employee "
            "networks of public employers. Please register by 20 July.\n\n"
            f"{_bye(w)}\n\n{w.signature(off, inst, 'en')}")
    return Mail(off, ["networks@lgbti-gov-example.nl"], "Pride reception", body, w.date(6, 7))


@scenario("en", ALLOW, [], "union-agreement-general",
          "general information on a collective agreement with the unions (no member named)", 1)
def en_cao(w: World) -> Mail:
    inst = w.insts["rvo"]
    off = w.official(inst)
    body = ("Dear colleagues,\n\nThe government and the unions FNV, CNV and AC have signed the new collective "
            "agreement for central government: a 3.5% pay rise from 1 January and an extra day of leave. "
            "Details are on the intranet.\n\n" + f"{_bye(w)}\n\n{w.signature(off, inst, 'en')}")
    return Mail(off, ["hr-network@eu-agencies-example.eu"], "New collective agreement", body, w.date())


@scenario("en", BLOCK, ["ART10_CRIMINAL", "NL_BSN"], "long-thread-screening",
          "long screening thread; a named candidate's BSN and conviction sit in the quoted history", 1)
def en_long_block(w: World) -> Mail:
    inst = w.insts["rvo"]
    a, b, cand = w.official(inst), w.official(inst), w.citizen("en", female=False)
    t1, t2 = w.date(3, 4), w.date(4, 5)
    m1 = (f"Hi {b.first},\n\nScreening result for the candidate for the export-control post:\n\n"
          f"Name: {cand.name}\nBSN: {N.bsn(w.rng)}\nResult: Justis refused the certificate of conduct "
          f"(VOG); he was convicted in 2022 of handling stolen goods.\n\nHow do you want to proceed?\n\n{a.first}")
    m2 = (f"Thanks {a.first}. Let's inform the agency and close the procedure.\n\n{b.first}\n\n"
          + w.quote(m1, a, t1, "en"))
    body = (f"Dear Ms Verhoeven,\n\nPlease see the thread below: we will not continue with this candidate. "
            f"Could you propose the next person on the shortlist?\n\n{_bye(w)}\n\n"
            f"{w.signature(a, inst, 'en', rich=True)}\n\n" + w.quote(m2, b, t2, "en"))
    return Mail(a, ["M. Verhoeven <m.verhoeven@recruit-partners-example.nl>"], "Fwd: screening result",
                body, w.date(5, 6))
