#!/usr/bin/env python3
"""heldout3: a blind evaluation set for an outbound e-mail DLP gateway.

Every message, text and table below is written by hand. Identifiers are computed from
hand-picked birth dates / serials with the official check-digit rules, so they are valid
(or, for the look-alikes, deliberately invalid). Deterministic: fixed dates, fixed ZIP
timestamps, MIME boundaries derived from the slug. Run:  python build.py
"""
import datetime as _dt
import io
import os
import random
import re
import zipfile
from email import policy, utils
from email.message import EmailMessage

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "messages")
POL = policy.SMTP.clone(max_line_length=78)
FIXED = _dt.datetime(2026, 1, 15, 9, 0, 0)
ZIPTIME = (2026, 1, 15, 9, 0, 0)

# --------------------------------------------------------------------------------------------
# identifiers. Each helper records what it produced; M() collects the records of its message.
_PENDING = []


def _rec(kind, typ, value):
    _PENDING.append({"kind": kind, "type": typ, "value": value})
    return value


def _nn_raw(yymmdd, serial, y2k=False, mm_add=0, bad=False):
    yy, mm, dd = yymmdd[:2], int(yymmdd[2:4]) + mm_add, yymmdd[4:]
    body = "%s%02d%s%03d" % (yy, mm, dd, serial)
    base = int(("2" if y2k else "") + body)
    chk = 97 - base % 97
    if bad:
        chk = (chk + 13) % 97 or 5
    return "%s.%s.%s-%s.%02d" % (body[0:2], body[2:4], body[4:6], body[6:9], chk)


def _bsn_raw(eight, bad=False):
    s = sum(int(d) * (9 - i) for i, d in enumerate(eight))
    c = s % 11
    if c == 10:  # no check digit possible for this stem: step the last stem digit
        eight = eight[:7] + str((int(eight[7]) + 1) % 10)
        return _bsn_raw(eight, bad)
    if bad:
        c = (c + 3) % 10
    return eight + str(c)


def _iban_raw(cc, bban, bad=False):
    s = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in s))
    cd = 98 - n % 97
    if bad:
        cd = cd + 1 if cd < 97 else 2
    raw = "%s%02d%s" % (cc, cd, bban)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def _be_bban(bank, acct):
    bb = bank + acct
    return bb + "%02d" % (int(bb) % 97 or 97)


def _luhn_raw(stem, bad=False):
    digits = [int(d) for d in stem]
    tot = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    c = (10 - tot % 10) % 10
    if bad:
        c = (c + 4) % 10
    raw = stem + str(c)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


class _Ids:
    """V = valid personal number, O = valid number of an organisation, X = invalid look-alike."""

    def __init__(self, kind):
        self.kind = kind
        self.bad = kind == "invalid"

    def nn(self, yymmdd, serial, y2k=False):
        return _rec(self.kind, "BE_NATIONAL_NUMBER", _nn_raw(yymmdd, serial, y2k, 0, self.bad))

    def bis(self, yymmdd, serial, add=40, y2k=False):
        return _rec(self.kind, "BE_BIS_NUMBER", _nn_raw(yymmdd, serial, y2k, add, self.bad))

    def bsn(self, eight):
        return _rec(self.kind, "NL_BSN", _bsn_raw(eight, self.bad))

    def be_iban(self, bank, acct):
        return _rec(self.kind, "IBAN_CODE", _iban_raw("BE", _be_bban(bank, acct), self.bad))

    def iban(self, cc, bban):
        return _rec(self.kind, "IBAN_CODE", _iban_raw(cc, bban, self.bad))

    def card(self, stem15):
        return _rec(self.kind, "CREDIT_CARD", _luhn_raw(stem15, self.bad))


V, O, X = _Ids("valid"), _Ids("org"), _Ids("invalid")


def nodots(s):
    return re.sub(r"[.\- ]", "", s)


# --------------------------------------------------------------------------------------------
# attachments, made with the real libraries

def fixzip(data):
    """Rewrite a ZIP container with fixed timestamps (and fixed dates inside OOXML/ODF metadata)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            payload = src.read(info.filename)
            if info.filename in ("docProps/core.xml", "docProps/app.xml", "meta.xml"):
                payload = re.sub(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?",
                                 b"2026-01-15T09:00:00Z", payload)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIPTIME)
            zi.compress_type = info.compress_type
            zi.external_attr = info.external_attr
            dst.writestr(zi, payload)
    return buf.getvalue()


def pdf_rl(fname, title, paras, table=None, after=()):
    """PDF with reportlab/platypus: title, paragraphs, optional table (list of rows), closing paragraphs."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1, title=title, author="", creator="",
                            producer="")
    st = getSampleStyleSheet()
    flow = [Paragraph(escape(title), st["Heading2"]), Spacer(1, 6)]
    for p in paras:
        flow.append(Paragraph(escape(p), st["BodyText"]))
    if table:
        t = Table([[Paragraph(escape(str(c)), st["BodyText"]) for c in r] for r in table], repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
        flow += [Spacer(1, 6), t]
    for p in after:
        flow.append(Paragraph(escape(p), st["BodyText"]))
    doc.build(flow)
    return (fname, buf.getvalue(), "application/pdf")


def _latin(s):
    return (s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
            .replace("\u2013", "-").replace("\u2014", "-").replace("\u20ac", "EUR").replace("\u2026", "..."))


def pdf_fp(fname, title, paras, table=None, widths=None):
    """PDF with fpdf2 (core font, Latin-1)."""
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(_latin(title))
    pdf.add_page()
    pdf.set_font("helvetica", "B", 13)
    pdf.multi_cell(0, 7, _latin(title), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("helvetica", "", 10)
    for p in paras:
        pdf.multi_cell(0, 5, _latin(p), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    if table:
        n = len(table[0])
        w = widths or [190 / n] * n
        for i, row in enumerate(table):
            pdf.set_font("helvetica", "B" if i == 0 else "", 8)
            for c, wd in zip(row, w):
                pdf.cell(wd, 6, _latin(str(c)), border=1)
            pdf.ln(6)
    return (fname, bytes(pdf.output()), "application/pdf")


def xlsx(fname, sheets):
    """sheets: list of (title, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = "heldout3"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    return (fname, fixzip(buf.getvalue()),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def docx(fname, title, paras, table=None, after=()):
    import docx as _d
    d = _d.Document()
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for r in table:
            cells = t.add_row().cells
            for c, v in zip(cells, r):
                c.text = str(v)
    for p in after:
        d.add_paragraph(p)
    cp = d.core_properties
    cp.author = "heldout3"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = ""
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return (fname, fixzip(buf.getvalue()),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document")


def odt(fname, title, paras):
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P
    doc = OpenDocumentText()
    doc.text.addElement(H(outlinelevel=1, text=title))
    for p in paras:
        doc.text.addElement(P(text=p))
    buf = io.BytesIO()
    doc.write(buf)
    return (fname, fixzip(buf.getvalue()), "application/vnd.oasis.opendocument.text")


def ods(fname, sheet, rows):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    t = Table(name=sheet)
    for r in rows:
        tr = TableRow()
        for v in r:
            tc = TableCell(valuetype="string")
            tc.addElement(P(text=str(v)))
            tr.addElement(tc)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)
    buf = io.BytesIO()
    doc.write(buf)
    return (fname, fixzip(buf.getvalue()), "application/vnd.oasis.opendocument.spreadsheet")


def csvf(fname, rows, sep=";", enc="utf-8"):
    text = "\r\n".join(sep.join(str(c) for c in r) for r in rows) + "\r\n"
    mt = "text/tab-separated-values" if sep == "\t" else "text/csv"
    return (fname, text.encode(enc), mt, enc)


def zipf(fname, members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for m in members:
            zi = zipfile.ZipInfo(m[0], date_time=ZIPTIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, m[1])
    return (fname, buf.getvalue(), "application/zip")


def txtf(fname, text, enc="utf-8"):
    return (fname, text.encode(enc), "text/plain", enc)


# --------------------------------------------------------------------------------------------
# messages

MSGS = []
_BASE = _dt.datetime(2026, 2, 2, 8, 12, 0, tzinfo=_dt.timezone(_dt.timedelta(hours=1)))


def _addr_domain(a):
    return a.split("@")[-1].strip(">").strip()


def _make(slug, frm, to, subj, body=None, html=None, atts=(), cc=None, cte="8bit", date=None,
          headers=None, idx=0):
    msg = EmailMessage(policy=POL)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subj
    msg["Date"] = utils.format_datetime(date)
    msg["Message-ID"] = "<%s.%d@%s>" % (slug, idx, _addr_domain(frm))
    msg["MIME-Version"] = "1.0"
    for k, v in (headers or {}).items():
        msg[k] = v
    if body is not None and html is not None:
        msg.set_content(body, cte=cte)
        msg.add_alternative(html, subtype="html", cte=cte)
    elif html is not None:
        msg.set_content(html, subtype="html", cte=cte)
    else:
        msg.set_content(body, cte=cte)
    for a in atts:
        if isinstance(a, EmailMessage):
            msg.add_attachment(a, filename=_safe(a["Subject"]) + ".eml")
            continue
        fname, data, mt = a[0], a[1], a[2]
        ma, su = mt.split("/")
        kw = {}
        if ma == "text":
            kw["params"] = {"charset": a[3]}
        msg.add_attachment(data, maintype=ma, subtype=su, filename=fname, **kw)
    counter = [0]

    def tidy(part, root):
        if not root:
            del part["MIME-Version"]
        if part.get_content_type() == "message/rfc822":
            return  # an attached message keeps its own headers and boundaries
        if part.is_multipart():
            part.set_boundary("=_%s_%d" % (slug, counter[0]))
            counter[0] += 1
            for sub in part.iter_parts():
                tidy(sub, False)

    tidy(msg, True)
    return msg


def _safe(s):
    return re.sub(r"[^A-Za-z0-9]+", "_", str(s))[:40].strip("_") or "message"


def inner(slug, frm, to, subj, body, date, cte="8bit", atts=(), html=None, cc=None):
    """A message to attach as .eml (forwarded mail)."""
    d = _dt.datetime(*date, tzinfo=_dt.timezone(_dt.timedelta(hours=1)))
    return _make(slug + "-fwd", frm, to, subj, body=body, html=html, atts=atts, cte=cte, date=d,
                 cc=cc, idx=1)


def M(lang, action, ents, slug, frm, to, subj, body=None, html=None, atts=(), cc=None, cte="8bit",
      note="", headers=None):
    global _PENDING
    nums, _PENDING = _PENDING, []
    MSGS.append(dict(lang=lang, action=action, ents=list(ents), slug=slug, frm=frm, to=to, subj=subj,
                     body=body, html=html, atts=list(atts), cc=cc, cte=cte, note=note,
                     headers=headers, nums=nums))


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    labels, numbers = {}, {}
    order = list(MSGS)
    random.Random(20260202).shuffle(order)
    for i, m in enumerate(order, 1):
        name = "%03d-%s-%s.eml" % (i, m["lang"], m["slug"])
        date = _BASE + _dt.timedelta(hours=3 * i, minutes=17 * i % 60)
        msg = _make(m["slug"], m["frm"], m["to"], m["subj"], m["body"], m["html"], m["atts"], m["cc"],
                    m["cte"], date, m["headers"], idx=i)
        raw = msg.as_bytes(policy=POL)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(raw)
        rcpt = utils.getaddresses([m["to"]])[0][1]
        labels[name] = {"lang": m["lang"], "action": m["action"], "entities": sorted(set(m["ents"])),
                        "rcpt": rcpt, "note": m["note"]}
        if m["nums"]:
            numbers[name] = m["nums"]
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(labels, fh, allow_unicode=True, sort_keys=True, width=100)
    with open(os.path.join(HERE, "numbers.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# identifiers per file: kind valid = personal (must block), org = valid number of an\n"
                 "# organisation (allowed), invalid = deliberate look-alike with a wrong check digit.\n")
        yaml.safe_dump(numbers, fh, allow_unicode=True, sort_keys=True, width=100)
    print("wrote %d messages to %s" % (len(MSGS), OUT))


# ============================================================================================
# The messages. Signatures, names, addresses and numbers are invented.
# ============================================================================================

# ---------------------------------------------------------------- NL, block
M("nl", "block", ["BE_NATIONAL_NUMBER", "IBAN_CODE"], "ocmw-huurwaarborg",
  "Sofie Claeys <sofie.claeys@ocmwgent.be>", "info@immo-vandevelde.be",
  "Huurwaarborg mevrouw Demir - gegevens voor het contract",
  atts=[pdf_rl("voorwaarden-huurwaarborg.pdf", "Algemene voorwaarden huurwaarborg OCMW Gent",
               ["Het OCMW stelt een waarborg via een bankgarantie of een rechtstreekse storting op een "
                "geblokkeerde rekening.",
                "De verhuurder meldt het einde van de huur binnen 30 dagen aan het OCMW.",
                "Bij schade na het vertrek van de huurder bezorgt de verhuurder een tegensprekelijke "
                "plaatsbeschrijving."])],
  body=f"""Beste,

Zoals telefonisch besproken staat het OCMW borg voor de huurwaarborg van onze cliënte.
Hieronder de gegevens die u vroeg voor het huurcontract:

Naam: Ayşe Demir
Rijksregisternummer: {V.nn('870614', 238)}
Adres tot nu: Sleepstraat 114 bus 2, 9000 Gent
Rekeningnummer huurster: {V.be_iban('063', '4471920')}
Ingangsdatum: 1 maart

De waarborg wordt rechtstreeks door ons gestort. Laat maar weten als er nog iets ontbreekt.

Vriendelijke groeten,
Sofie Claeys
maatschappelijk werker - sociale dienst Gent Zuid
OCMW Gent | 09 266 43 10
""", cte="quoted-printable", note="Label: value form: NN and private IBAN of a client to a real-estate agency")

M("nl", "block", ["NL_BSN", "ART9_HEALTH"], "wmo-overdracht-zorgaanbieder",
  "Wmo-loket Utrecht <wmo.consulenten@utrecht.nl>", "planning@thuiszorg-heuvelrug.nl",
  "Overdracht nieuwe cliënten huishoudelijke hulp week 7",
  body="""Goedemiddag,

In de bijlage de overdracht van de drie cliënten die per maandag bij jullie starten. De indicatie
staat erbij, net als de reden waarom de ondersteuning nodig is, zodat de hulp weet waar ze rekening
mee moet houden.

Met vriendelijke groet,

Marieke Hoogendoorn
Wmo-consulent, team Overvecht
Gemeente Utrecht
""", atts=[docx("overdracht-week7.docx", "Overdracht cliënten huishoudelijke hulp",
                ["Startdatum: maandag 16 februari. Uren per week volgens beschikking."],
                table=[["Naam", "BSN", "Uren", "Reden ondersteuning"],
                       ["Gerrit van Dijk", V.bsn("17429836"), "3", "COPD, na ziekenhuisopname zuurstof thuis"],
                       ["Fatma Yıldız", V.bsn("20871534"), "2", "herstel na heupoperatie, loopt met rollator"],
                       ["Henk Scholten", V.bsn("31195027"), "4", "beginnende dementie, woont alleen"]])],
  cte="quoted-printable", note="Word table: BSN and diagnosis per named client, to a care provider")

M("nl", "block", ["NL_BSN"], "uwv-onderwerp-bsn",
  "R. Bakker <roel.bakker@uwv.nl>", "hr@bouwbedrijf-klaassen.nl",
  f"RE: vraag loonstrook - BSN {V.bsn('24680135')}",
  body="""Geachte heer Klaassen,

Dank voor uw bericht. Ik heb de gegevens ontvangen en doorgezet naar de afdeling die de
uitkeringsberekening maakt. U hoort binnen tien werkdagen van ons.

Met vriendelijke groet,
Roel Bakker
UWV Werkbedrijf, regio Midden-Gelderland
""", note="BSN of an employee only in the Subject")

M("nl", "block", ["ART9_HEALTH"], "school-logopedie-adhd",
  "Zorgcoördinator GO! Atheneum <zorg@atheneum-berchem.be>", "praktijk@logo-dewaele.be",
  "Leerling 3B - opvolging",
  html="""<html><body><p>Dag Els,</p>
<p>Zoals afgesproken op het MDO even de stand van zaken voor <b>Noor Vanhoutte</b> (3B).
Ze heeft sinds januari de diagnose ADHD gecombineerd type en neemt sinds twee weken Rilatine
's ochtends. Mama vertelde dat ze 's avonds moeilijk in slaap valt sinds de medicatie.</p>
<p>Kan je bij je sessies op donderdag letten op concentratie na de middag? Ze krijgt in de klas
extra tijd bij toetsen.</p>
<p>Groetjes,<br>An Peeters<br>zorgcoördinator eerste graad<br>GO! Atheneum Berchem &middot; 03 230 55 12</p>
</body></html>""", cte="quoted-printable", note="HTML-only: named pupil's diagnosis and medication to an external speech therapist")

M("nl", "block", ["ART10_CRIMINAL"], "politie-huisvesting-thread",
  "Inspecteur K. Wouters <koen.wouters@police.belgium.eu>", "verhuur@woonhaven-antwerpen.be",
  "RE: RE: RE: overlast blok C Luchtbal",
  body="""Dag Ilse,

Kort: ik mag je niet alles zeggen, maar het is niet de familie op de tweede.

Koen

-----Oorspronkelijk bericht-----
Van: Ilse Goossens <ilse.goossens@woonhaven-antwerpen.be>
Verzonden: dinsdag 10 februari 2026 14:02
Aan: Koen Wouters
Onderwerp: RE: RE: overlast blok C Luchtbal

Koen, we krijgen nog steeds klachten. Weet jij meer over wie het is? Dan kunnen we een
gesprek plannen.

-----Oorspronkelijk bericht-----
Van: Koen Wouters
Verzonden: maandag 9 februari 2026 09:40
Aan: Ilse Goossens
Onderwerp: RE: overlast blok C Luchtbal

Ilse, ter info en strikt tussen ons: de bewoner van C-0712, Dylan Mertens, is vorige maand
door de correctionele rechtbank veroordeeld voor drugshandel vanuit die flat (18 maanden met
uitstel). Hij staat nog onder probatie. Dat verklaart het komen en gaan 's nachts.

-----Oorspronkelijk bericht-----
Van: Ilse Goossens
Verzonden: vrijdag 6 februari 2026 16:15
Aan: Koen Wouters
Onderwerp: overlast blok C Luchtbal

Dag Koen, kan de wijkpolitie eens langsgaan in blok C? Er is veel verkeer in de gang 's nachts.
""", note="conviction of a named tenant deep in a quoted thread, police to housing company")

M("nl", "block", ["NL_BSN"], "rotterdam-csv-schuldhulp",
  "Schuldhulpverlening Rotterdam <shv.intake@rotterdam.nl>", "aanmeldingen@kredietbank-zh.nl",
  "Aanmeldingen februari",
  body="""Hoi Jeroen,

Bijgaand het bestand met de aanmeldingen van deze maand voor jullie intake. Graag voor vrijdag
een afspraak inplannen.

Groet,
Sanne
""", atts=[csvf("aanmeldingen_feb.csv", [
      ["achternaam", "voornaam", "bsn", "geboortedatum", "wijk", "schuld_indicatie"],
      ["Jansen", "Priscilla", V.bsn("19283746"), "03-07-1989", "Feijenoord", "8.400"],
      ["Ouali", "Said", V.bsn("35791357"), "21-11-1976", "Delfshaven", "23.150"],
      ["de Graaf", "Kevin", V.bsn("46802468"), "14-02-1995", "Charlois", "3.900"],
      ["Tromp", "Wilma", V.bsn("27364512"), "30-09-1961", "IJsselmonde", "12.700"]], ";", "utf-8")],
  note="CSV attachment (; utf-8) with BSN per named person")

M("nl", "block", ["ART9_TRADE_UNION"], "vakbondspremie-lijst",
  "Personeelsdienst Stad Mechelen <personeel@mechelen.be>", "dossiers@payroll-partners.be",
  "Lijst vakbondspremie 2025",
  body="""Goeiemorgen Bart,

Hierbij de lijst van de personeelsleden die hun attest voor de vakbondspremie hebben binnengebracht,
met de vakbond erbij. Kunnen jullie die in de loonverwerking van maart meenemen?

Mvg,
Lien De Smet
personeelsdienst - Stad Mechelen
""", atts=[xlsx("vakbondspremie_2025.xlsx", [("premie", [
      ["Personeelsnummer", "Naam", "Dienst", "Vakbond", "Attest ontvangen"],
      ["P04411", "Tom Verlinden", "Groendienst", "ACV Openbare Diensten", "12/01/2026"],
      ["P03987", "Nathalie Wuyts", "Burgerzaken", "ACOD LRB", "14/01/2026"],
      ["P05120", "Jamal Amrani", "Reinigingsdienst", "ACV Openbare Diensten", "15/01/2026"],
      ["P02276", "Griet Lambrechts", "Bibliotheek", "VSOA", "20/01/2026"]])])],
  note="XLSX, column header 'Vakbond' per named employee")

M("nl", "block", ["ART9_RELIGION"], "zwemles-vrijstelling",
  "Secretariaat basisschool De Regenboog <secretariaat@deregenboog-genk.be>", "planning@zwemschool-dolfijn.be",
  "Zwemlessen 2e trimester - leerlingen die niet meedoen",
  body="""Dag meneer Jacobs,

In bijlage de lijst van de kinderen die om levensbeschouwelijke redenen niet meedoen met de
gemengde zwemles of een aangepaste regeling vragen. De ouders hebben dat zo schriftelijk gevraagd.

Vriendelijke groeten,
Karin Vos
secretariaat
""", atts=[ods("zwemles_regeling.ods", "lijst", [
      ["Leerling", "Klas", "Levensbeschouwing", "Regeling"],
      ["Elif Kaya", "5A", "islam", "zwempak met lange mouwen, aparte kleedruimte"],
      ["Joshua Pinto", "5A", "Getuigen van Jehova", "niet mee naar verjaardagsfeest na de les"],
      ["Rivka Abramowicz", "5B", "joods (orthodox)", "geen les op vrijdagnamiddag"]])],
  cte="base64", note="ODS with a 'Levensbeschouwing' column per named pupil")

M("nl", "block", ["ART9_ETHNIC_ORIGIN"], "statushouder-tolk",
  "Team Inburgering Amsterdam <inburgering@amsterdam.nl>", "opdrachten@tolkenbureau-noord.nl",
  "Tolk gevraagd voor gesprek 19 februari",
  body="""Beste planning,

Voor een vervolggesprek met een statushouder zoeken we een tolk. Het verslag van het eerste gesprek
zit in de bijlage zodat de tolk weet welke taal en achtergrond het betreft.

Groet,
Dewi Kartosen
klantmanager inburgering
""", atts=[pdf_rl("verslag-eerste-gesprek.pdf", "Verslag kennismakingsgesprek",
                   ["Cliënt: Abebe Tesfaye, 34 jaar, sinds oktober in Amsterdam-Noord.",
                    "De heer Tesfaye behoort tot de Oromo-bevolkingsgroep en vertelt dat hij om die reden "
                    "in Ethiopië werd gediscrimineerd. Hij spreekt Afaan Oromo, geen Amhaars. Een Amhaarse "
                    "tolk wil hij uitdrukkelijk niet.",
                    "Afspraken: taalschool vanaf maart, werkfit-traject na de zomer."])],
  note="PDF only: named person's ethnic group")

M("nl", "block", ["ART9_POLITICAL_OPINION"], "loket-partijlid",
  "Wim Desmet <wim.desmet@ronse.be>", "advies@hr-consult-vlaanderen.be",
  "Vraag rond neutraliteit aan het loket",
  body="""Dag Evelien,

Ik had graag jullie juridisch advies over een situatie bij ons. Een medewerkster van burgerzaken,
Kelly Vandaele, is sinds de verkiezingen actief lid van Vlaams Belang en zit in het bestuur van hun
afdeling Ronse. Burgers hebben haar herkend op pamfletten en sommige collega's voelen zich ongemakkelijk.
Ze heeft geen mandaat, ze is gewoon partijlid. Mogen wij haar vragen om niet meer aan het loket te
staan?

Alvast bedankt,
Wim Desmet
algemeen directeur - Stad Ronse
""", note="political opinion/party membership of a named employee without public mandate")

M("nl", "block", ["ART9_SEX_LIFE"], "opvang-lgbt-jongere",
  "Lotte Maes <lotte.maes@ocmw-leuven.be>", "onthaal@vzw-hetopvanghuis.be",
  "Dringende opvangvraag voor jongvolwassene",
  body="""Dag collega's,

We zoeken dringend een plek voor Rayan B. (19). Hij is vorige week door zijn familie buitengezet
nadat hij verteld heeft dat hij homo is en een vriend heeft. Hij slaapt nu bij die vriend, maar dat
kan niet blijven duren. Hij heeft een leefloonaanvraag lopen bij ons.

Kunnen jullie hem deze week zien voor een intake?

Lotte Maes
maatschappelijk werker jongerenteam
OCMW Leuven - 016 24 80 00
""", html="""<html><body><p>Dag collega's,</p><p>We zoeken dringend een plek voor <b>Rayan B.</b> (19).
Hij is vorige week door zijn familie buitengezet nadat hij verteld heeft dat hij homo is en een vriend
heeft. Hij slaapt nu bij die vriend, maar dat kan niet blijven duren. Hij heeft een leefloonaanvraag
lopen bij ons.</p><p>Kunnen jullie hem deze week zien voor een intake?</p>
<p>Lotte Maes<br>maatschappelijk werker jongerenteam<br>OCMW Leuven - 016 24 80 00</p></body></html>""",
  cte="quoted-printable", note="multipart/alternative: sexual orientation of an identifiable young man")

M("nl", "block", ["ART9_GENETIC", "ART9_HEALTH"], "clb-fragiele-x",
  "CLB Kempen <onthaal@clbkempen.be>", "info@logopedie-hoogstraten.be",
  "Verslag MDO Lotte Hermans",
  body="""Dag Tine,

Met toestemming van de ouders stuur ik je het verslag van het multidisciplinair overleg.

Groetjes,
Hilde
CLB Kempen, vestiging Turnhout
""", atts=[docx("verslag-mdo-lotte-hermans.docx", "Verslag MDO - Lotte Hermans (2e leerjaar)",
                 ["Aanwezig: klasleerkracht, zorgleerkracht, CLB-arts, moeder.",
                  "Uit het genetisch onderzoek van het UZ Leuven blijkt dat Lotte een premutatie van het "
                  "FMR1-gen heeft (fragiele-X). Bij de broer werd de volledige mutatie vastgesteld.",
                  "Lotte heeft een taalontwikkelingsachterstand van ongeveer anderhalf jaar en sterke "
                  "faalangst.",
                  "Afspraak: twee keer per week logopedie, herevaluatie in juni."])],
  note="Word: genetic test result and developmental delay of a named pupil")

M("nl", "block", ["ART9_BIOMETRIC"], "prikklok-vingerafdrukken",
  "ICT Gemeente Zaventem <ict@zaventem.be>", "support@timetrack-systems.be",
  "Migratie prikklokken - export templates",
  body="""Hallo,

Voor de migratie naar de nieuwe terminals vinden jullie in bijlage de export van de oude klokken:
per medewerker het vingerafdruk-template zoals de oude lezer het opslaat. Dan hoeven de collega's niet
opnieuw te registreren.

Groet,
Stijn Van Damme
ICT-coördinator
""", atts=[csvf("export_templates.csv", [
      ["medewerker", "badge", "vinger", "template_iso19794_2"],
      ["Vermeiren Ann", "1043", "rechterwijsvinger", "Rk1SACAyMAAAAAFiAAABAAFoAMUAxQEAAABGN4B1ADn3ZECqAFR0ZEB9AGQFXUBuAHMHWk"],
      ["Boudry Marc", "1044", "linkerwijsvinger", "Rk1SACAyMAAAAAE8AAABAAFoAMUAxQEAAABGNIA5AGH8XUCXAGcSV0BZAHQLZECAAIsaS0"],
      ["El Idrissi Nadia", "1051", "rechterwijsvinger", "Rk1SACAyMAAAAAFQAAABAAFoAMUAxQEAAABGO0BzAD3yZEB4AFYBZECnAGYIXUBJAHYJVk"]],
      ",", "utf-8")],
  note="CSV (, utf-8) with fingerprint templates per named employee")

M("nl", "block", ["BE_NATIONAL_NUMBER"], "attest-gezinssamenstelling-notaris",
  "Burgerzaken Antwerpen <burgerzaken@antwerpen.be>", "kantoor@notaris-vanaken.be",
  "Gevraagde attesten dossier erfenis Van Rompaey",
  body="""Geachte,

In bijlage het attest van gezinssamenstelling dat u voor het dossier opvroeg.

Met vriendelijke groeten,
dienst burgerzaken - team attesten
Stad Antwerpen
""", atts=[pdf_fp("attest_gezinssamenstelling.pdf", "Attest van gezinssamenstelling",
                   ["Uit de bevolkingsregisters blijkt dat op het adres Lange Leemstraat 301, 2018 Antwerpen "
                    "de volgende personen ingeschreven zijn:"],
                   table=[["Naam", "Rijksregisternummer", "Relatie"],
                          ["Van Rompaey Dirk", V.nn("560921", 117), "referentiepersoon"],
                          ["Van Rompaey-Leys Maria", V.nn("590304", 286), "echtgenote"],
                          ["Van Rompaey Sarah", V.nn("020817", 34, y2k=True), "dochter"]],
                   widths=[70, 60, 60])],
  note="PDF (fpdf2) with NN of three family members (one born after 2000) to a notary")

M("nl", "block", ["BE_BIS_NUMBER"], "seizoenarbeider-bis",
  "Dienst Vreemdelingenzaken Sint-Truiden <vreemdelingen@sint-truiden.be>", "personeel@fruitbedrijf-hendrickx.be",
  "uw vraag over dhr. Popescu",
  atts=[odt("uitleg-bis-nummer.odt", "Wat is een BIS-nummer?",
            ["Een BIS-nummer is een identificatienummer voor personen die niet in het Rijksregister "
             "ingeschreven zijn, bijvoorbeeld grensarbeiders en seizoenarbeiders.",
             "Het wordt toegekend door de Kruispuntbank van de Sociale Zekerheid.",
             "Werkgevers gebruiken het voor de Dimona-aangifte."])],
  body=f"""Goedemiddag,

De heer Ionuț Popescu is niet ingeschreven in het bevolkingsregister maar heeft een BIS-nummer:
{V.bis('910227', 153)}. Daarmee kunt u hem aangeven in de Dimona.

Mvg
Greet Moors
dienst vreemdelingenzaken
""", cte="8bit", note="BIS number of a seasonal worker to an employer")

M("nl", "block", ["BE_BIS_NUMBER", "IBAN_CODE"], "interim-bis-rekeningen",
  "OCMW Brugge - tewerkstelling <art60@ocmw-brugge.be>", "brugge@startpeople-interim.be",
  "Art. 60-werknemers: gegevens voor de loonadministratie",
  body="""Dag Charlotte,

Zoals gevraagd de gegevens van de vier art. 60-werknemers die volgende maand bij jullie klant starten.

Groeten,
Jens
""", atts=[xlsx("art60_gegevens.xlsx", [("werknemers", [
      ["Naam", "BIS-nummer", "Rekeningnummer", "Start"],
      ["Oksana Melnyk", V.bis("880512", 402), V.be_iban("001", "6655123"), "02/03/2026"],
      ["Tarek Haddad", V.bis("950130", 219, add=20), V.be_iban("068", "2299081"), "02/03/2026"],
      ["Grace Mensah", V.bis("790908", 77), V.be_iban("310", "1040557"), "09/03/2026"]])])],
  note="XLSX: BIS numbers and private IBANs per named worker")

M("nl", "block", ["CREDIT_CARD"], "hotelreservatie-kaart",
  "Kabinet schepen <kabinet.cultuur@kortrijk.be>", "reservations@hotel-broel.be",
  "Reservatie 2 nachten - gastspreker",
  body=f"""Goedendag,

Graag een kamer voor 2 nachten (12-14 maart) voor onze gastspreker. De stad betaalt niet via factuur
deze keer: mevrouw Deprez schiet het voor met haar eigen kaart.

Kaart: {V.card('535310470082193')}
Vervalt: 09/28
Op naam van: Marleen Deprez

Dank u wel,
Bram
""", note="private credit card number for a hotel booking")

M("nl", "block", ["CREDIT_CARD"], "parkeerboete-doorgestuurd",
  "Parkeerbeheer Hasselt <parkeren@hasselt.be>", "klantendienst@parkpartners.be",
  "FW: betaling retributie",
  body="""Hallo,

Deze burger wil haar retributie betalen met kaart via mail. Kunnen jullie dit verder opnemen? Ik
stuur haar mail door als bijlage.

Groet,
Eline
""", atts=[inner("parkeerboete", "Patricia Lemmens <pat.lemmens64@telenet.be>", "parkeren@hasselt.be",
                   "betaling retributie", f"""Goedendag,

Ik heb een retributie gekregen van 35 euro (ref. RET-2026-018822). Ik heb geen overschrijvingen
meer, kan het met mijn kaart?

Nummer: {V.card('492988716645031')}
geldig tot 11/27, code achterkant 318

Patricia Lemmens
""", (2026, 2, 11, 19, 44))],
  note="card number only inside an attached .eml")

M("nl", "block", ["IBAN_CODE", "NL_BSN"], "bewindvoering-rekening",
  "Gemeente Den Haag - Bijzondere bijstand <bijstand@denhaag.nl>", "info@bewindvoering-westland.nl",
  "Uitbetaling bijzondere bijstand cliënt",
  body=f"""Geachte heer Verhoef,

De bijzondere bijstand voor uw cliënt mevrouw L. Koster wordt volgende week uitbetaald.
Klopt het rekeningnummer nog?

BSN: {V.bsn('52846319')}
Rekening (leefgeld): {V.iban('NL', 'RABO0327164593')}
Bedrag: € 640,00

Met vriendelijke groet,
team Bijzondere Bijstand
""", cte="quoted-printable", note="BSN and private NL IBAN to an administrator (bewindvoerder)")

M("nl", "block", ["NL_BSN", "ART9_HEALTH"], "ggd-vaccinatie-html",
  "GGD Hollands Noorden <jgz.schoolteam@ggdhn.nl>", "directie@obs-debolder.nl",
  "Ontbrekende vaccinaties groep 8",
  html=f"""<html><body><p>Beste directie,</p>
<p>Hieronder de leerlingen van groep 8 bij wie de DTP/BMR-vaccinatie nog ontbreekt. Wilt u de ouders
vragen contact op te nemen?</p>
<table border="1" cellpadding="3">
<tr><th>Leerling</th><th>BSN</th><th>Ontbreekt</th><th>Opmerking</th></tr>
<tr><td>Lars Visser</td><td>{V.bsn('61728394')}</td><td>BMR-2</td><td>epilepsie, eerst overleg met neuroloog</td></tr>
<tr><td>Mila de Boer</td><td>{V.bsn('70314258')}</td><td>DTP</td><td>-</td></tr>
<tr><td>Yara Bakker</td><td>{V.bsn('82736415')}</td><td>BMR-2, DTP</td><td>ouders weigeren</td></tr>
</table>
<p>Met vriendelijke groet,<br>jeugdverpleegkundige team Den Helder</p></body></html>""",
  cte="base64", note="HTML table with BSN, vaccination status and a condition per named pupil")

M("nl", "block", ["NL_BSN"], "svb-zip-export",
  "SVB Internationaal <internationaal.team@svb.nl>", "liaison@deutsche-rentenversicherung.de",
  "Gegevensuitwisseling januari (bijlage)",
  body="""Geachte collega's,

Zoals afgesproken het bestand van januari in een zip. Graag een ontvangstbevestiging.

Met vriendelijke groet,
SVB, afdeling Internationaal
""", atts=[zipf("uitwisseling_2026-01.zip", [
      ("overzicht.txt", "Bestand aow_jan.csv: lopende AOW-uitkeringen met woonadres in Duitsland.\r\n".encode()),
      ("aow_jan.csv", csvf("x", [
          ["bsn", "naam", "geboortedatum", "woonplaats_de"],
          [V.bsn("13572468"), "Willemse, Johanna", "1957-04-02", "Kleve"],
          [V.bsn("24681357"), "Peters, Gerhard", "1955-12-19", "Emmerich am Rhein"],
          [V.bsn("97531864"), "Hendriks, Anna", "1958-08-08", "Goch"]], ",", "utf-8")[1])])],
  note="ZIP containing a CSV with BSN")

M("nl", "block", ["NL_BSN"], "uwv-diepe-thread",
  "M. de Vries <marco.devries@uwv.nl>", "p.smit@reintegratie-plus.nl",
  "Re: Re: Re: traject mevrouw Öztürk",
  body=f"""Prima, dan zet ik het traject per 1 maart in.

Marco

Op 12 feb 2026, om 10:14 schreef Petra Smit <p.smit@reintegratie-plus.nl>:
> Ja, dat kan. Wij hebben plek in de groep van maart.
>
> Op 11 feb 2026, om 16:30 schreef Marco de Vries <marco.devries@uwv.nl>:
>> Hoi Petra, kunnen jullie mevrouw Öztürk in maart laten starten?
>>
>> Op 10 feb 2026, om 09:02 schreef Petra Smit <p.smit@reintegratie-plus.nl>:
>>> Marco, om wie gaat het precies? Ik heb een BSN nodig om haar in ons systeem te zetten.
>>>> Het gaat om Zeynep Öztürk, BSN {V.bsn('35284917')}, WW sinds december.
""", note="BSN deep in the fourth quote level")

M("nl", "block", ["ART10_CRIMINAL"], "bibob-advies-advocaat",
  "Bureau Bibob Eindhoven <bibob@eindhoven.nl>", "secretariaat@advocaten-strijp.nl",
  "Voornemen weigering exploitatievergunning - conceptadvies",
  body="""Geachte mr. Van Leeuwen,

Namens het college ontvangt u het conceptadvies in het Bibob-onderzoek naar uw cliënt. U kunt binnen
twee weken uw zienswijze geven.

Met vriendelijke groet,
Bureau Bibob
""", atts=[pdf_rl("conceptadvies-bibob.pdf", "Conceptadvies Bibob - Shisha Lounge Strijp",
                   ["Betrokkene: de heer Youssef Benali, bestuurder van Benali Horeca B.V.",
                    "Uit de justitiële documentatie blijkt dat betrokkene in 2021 door de rechtbank "
                    "Oost-Brabant is veroordeeld tot 14 maanden gevangenisstraf voor witwassen. Daarnaast loopt "
                    "een strafzaak wegens overtreding van de Opiumwet.",
                    "Het bureau adviseert de vergunning te weigeren (ernstig gevaar, art. 3 Wet Bibob)."])],
  note="PDF: conviction and pending case of a named person to his lawyer's office")

M("nl", "block", ["ART10_CRIMINAL"], "pv-overzicht-html",
  "Lokale Politie Zone Aalst <wijkwerking@politieaalst.be>", "preventie@sportclub-aalst.be",
  "Overzicht na incidenten jeugdtornooi",
  html="""<html><body><p>Beste Patrick,</p><p>Zoals gevraagd het overzicht van de supporters tegen wie
na het tornooi een proces-verbaal werd opgesteld. Jullie kunnen die personen de toegang tot het
complex weigeren.</p>
<table border="1"><tr><th>Naam</th><th>Geboortejaar</th><th>Feiten</th><th>PV</th></tr>
<tr><td>Jordy Van den Bossche</td><td>1998</td><td>slagen en verwondingen</td><td>AL.43.L7.004512/26</td></tr>
<tr><td>Kenzo Baert</td><td>2001</td><td>vernieling, bezit cannabis</td><td>AL.43.L7.004519/26</td></tr>
<tr><td>Robin Deschepper</td><td>1995</td><td>weerspannigheid</td><td>AL.43.L7.004520/26</td></tr></table>
<p>Met vriendelijke groeten,<br>Hoofdinspecteur Ann Van Hecke</p></body></html>""",
  cte="quoted-printable", note="HTML table: offences and PV numbers per named supporter")

M("nl", "block", ["ART9_POLITICAL_OPINION"], "klacht-campagne-werkvloer",
  "HR Stad Sint-Niklaas <hr@sint-niklaas.be>", "info@advocatenkantoor-waasland.be",
  "Dossier tuchtprocedure - stukken",
  body="""Meester,

In bijlage het verslag van het gesprek met de betrokken medewerker, ter voorbereiding van de
hoorzitting.

Met vriendelijke groet,
Katrien Buys
HR-business partner
""", atts=[docx("verslag-gesprek-KH.docx", "Verslag gesprek 3 februari",
                 ["Betrokkene: Karim Haddou, technisch assistent wegendienst.",
                  "Collega's melden dat de heer Haddou tijdens de pauzes pamfletten van de PVDA uitdeelt en "
                  "collega's aanspreekt om lid te worden. Hij bevestigt dat hij overtuigd communist is en "
                  "vindt dat hij dat mag uitdragen.",
                  "Er is geen sprake van een politiek mandaat."])],
  note="Word: a named employee's political conviction, to a law firm")

M("nl", "block", ["ART9_RELIGION"], "gebedsruimte-bemiddeling",
  "Ellen Martens <ellen.martens@vlaanderen.be>", "contact@bemiddeling-en-co.be",
  "Vraag naar bemiddeling",
  body="""Beste,

We zouden graag een bemiddelaar inschakelen bij een conflict in ons team. Sanae El Amrani is praktiserend
moslima, ze draagt een hoofddoek en vraagt een rustige ruimte om tijdens de werkuren te bidden. Haar
teamleider weigert dat en er zijn harde woorden gevallen. Sanae wil vooral een oplossing in der minne.

Wanneer zou een eerste gesprek kunnen?

Ellen Martens
HR-adviseur, Departement Omgeving
""", cte="base64", note="religion of a named employee, base64 body")

M("nl", "block", ["ART9_ETHNIC_ORIGIN"], "woningtoewijzing-roma",
  "Dienst Wonen Gemeente Dilbeek <wonen@dilbeek.be>", "toewijzing@woonpunt-zennevallei.be",
  "Kandidaat-huurders sociale woning Itterbeek",
  body="""Dag Hans,

Nog een aanvulling bij de kandidatenlijst: het gezin Stojanović (moeder, drie kinderen) is een
Roma-gezin dat al vijf jaar in Dilbeek woont. De buurt heeft bij de vorige toewijzing geprotesteerd,
dus het is misschien verstandig om hen niet in hetzelfde blok te zetten.

Groetjes,
Evi
""", html="""<html><body><p>Dag Hans,</p><p>Nog een aanvulling bij de kandidatenlijst: het gezin
<b>Stojanović</b> (moeder, drie kinderen) is een Roma-gezin dat al vijf jaar in Dilbeek woont. De buurt
heeft bij de vorige toewijzing geprotesteerd, dus het is misschien verstandig om hen niet in hetzelfde
blok te zetten.</p><p>Groetjes,<br>Evi</p></body></html>""",
  cte="quoted-printable", note="ethnic origin of a named family")

M("nl", "block", ["ART9_TRADE_UNION", "BE_NATIONAL_NUMBER"], "vakbondsbijdrage-inhouding",
  "Loonadministratie Gemeente Lier <lonen@lier.be>", "support@sdworx-partner.be",
  "Inhouding vakbondsbijdrage vanaf maart",
  body="""Hallo,

Vier personeelsleden vragen om hun vakbondsbijdrage rechtstreeks op het loon in te houden.
Zie het csv-bestand. Werkt dat in jullie module?

Groet,
Koen
""", atts=[csvf("inhouding_vakbond.csv", [
      ["Rijksregisternummer", "Naam", "Vakbond", "Maandbedrag"],
      [V.nn("750412", 345), "Stevens Peter", "ABVV-ACOD", "17,50"],
      [V.nn("820129", 176), "Aerts Sofie", "ACV Puls", "16,90"],
      [V.nn("680705", 59), "Michiels Luc", "ACLVB", "15,00"],
      [V.nn("900316", 488), "Yilmaz Derya", "ABVV-ACOD", "17,50"]], ";", "windows-1252")],
  note="CSV (; windows-1252): NN and union per named employee")

# ---------------------------------------------------------------- NL, allow
M("nl", "allow", [], "omzendbrief-bijzitters",
  "Verkiezingscel Stad Genk <verkiezingen@genk.be>", "offerte@drukkerij-limburgprint.be",
  "Omzendbrief bijzitters + bestelling oproepingsbrieven",
  body="""Dag mevrouw Vanherck,

In bijlage de omzendbrief die we naar de voorzitters en bijzitters van de stembureaus sturen.
We willen graag 41 000 oproepingsbrieven laten drukken volgens het model van het Agentschap
Binnenlands Bestuur. Levering uiterlijk 20 april op de stadsdiensten, Stadsplein 1.

Kunt u ons een offerte bezorgen? Referentie bestelbon: BB-2026-00314.

Met vriendelijke groeten,

Jo Schepers
Verkiezingscel - dienst Burgerzaken
Stad Genk | Stadsplein 1, 3600 Genk | 089 65 35 00
""", atts=[pdf_rl("omzendbrief-stembureaus.pdf", "Omzendbrief aan de voorzitters en bijzitters van de stembureaus",
                   ["De stembureaus zijn open van 8 tot 14 uur. De voorzitter is aanwezig om 7.30 uur.",
                    "Bijzitters die verhinderd zijn, melden dat schriftelijk en met bewijsstukken binnen de "
                    "vijf dagen na ontvangst van hun aanstelling. Een medisch attest volstaat; u hoeft ons geen "
                    "diagnose te bezorgen.",
                    "Kiezers die niet kunnen komen, kunnen een volmacht geven. De volmachtformulieren liggen "
                    "bij burgerzaken en staan op de website van de stad.",
                    "De voorzitters krijgen een presentiegeld volgens het koninklijk besluit. De uitbetaling "
                    "gebeurt automatisch na de verkiezingen."],
                   table=[["Kanton", "Stembureaus", "Kiezers (2024)"],
                          ["Genk-Centrum", "31", "24 118"], ["Genk-Noord", "19", "14 902"],
                          ["Genk-Zuid", "12", "9 407"]])],
  note="election circular with aggregate voter counts and an order number")

M("nl", "allow", [], "persbericht-hpv",
  "Persdienst GGD Gelderland-Zuid <pers@ggdgelderlandzuid.nl>", "redactie@gelderlander.nl",
  "Persbericht: inhaalcampagne HPV-vaccinatie voor jongeren tot 26 jaar",
  body="""PERSBERICHT - Nijmegen, 9 februari 2026

Jongeren tot en met 26 jaar die de HPV-prik nog niet hebben gehad, kunnen zich vanaf maart gratis laten
vaccineren. De GGD houdt inloopspreekuren in Nijmegen, Tiel en Culemborg. In 2025 liet 61 procent van
de uitgenodigde jongeren zich vaccineren, tegen 54 procent een jaar eerder.

"HPV kan later kanker veroorzaken. Met twee prikken ben je voor het grootste deel beschermd," zegt
jeugdarts Ingrid Hol.

Noot voor de redactie (niet voor publicatie):
Meer informatie: Thijs Brouwer, woordvoerder, 06 4321 7788, t.brouwer@ggdgelderlandzuid.nl
""", html="""<html><body><p><b>PERSBERICHT</b> - Nijmegen, 9 februari 2026</p>
<p>Jongeren tot en met 26 jaar die de HPV-prik nog niet hebben gehad, kunnen zich vanaf maart gratis laten
vaccineren. De GGD houdt inloopspreekuren in Nijmegen, Tiel en Culemborg.</p>
<table border="1"><tr><th>Jaar</th><th>Opkomst</th></tr><tr><td>2024</td><td>54%</td></tr>
<tr><td>2025</td><td>61%</td></tr></table>
<p>"HPV kan later kanker veroorzaken. Met twee prikken ben je voor het grootste deel beschermd," zegt
jeugdarts Ingrid Hol.</p>
<p><i>Noot voor de redactie:</i> Thijs Brouwer, woordvoerder, 06 4321 7788, t.brouwer@ggdgelderlandzuid.nl</p>
</body></html>""", cte="quoted-printable", note="press release on vaccination, spokesperson contact")

M("nl", "allow", [], "kalender-feestdagen-ouderraad",
  "Directie basisschool Sint-Jozef <directie@sintjozef-lokeren.be>", "ouderraad.sintjozef@gmail.com",
  "Schoolkalender + afspraken rond feestdagen",
  body="""Beste leden van de ouderraad,

Zoals beloofd de kalender voor het derde trimester. We hebben rekening gehouden met de verschillende
feestdagen die in onze school gevierd worden. Op het Suikerfeest en op Pesach mogen kinderen thuisblijven
na een briefje van de ouders; dat is geen probleem.

Tot op de vergadering van dinsdag,
Mieke Roels, directeur
""", atts=[odt("kalender-trimester3.odt", "Kalender derde trimester",
                ["Paasvakantie: 6 tot en met 19 april.",
                 "Suikerfeest (verwacht 20 maart): afwezigheid gewettigd met briefje van de ouders.",
                 "Pinkstermaandag 25 mei: vrije dag.",
                 "Eerste communie: zondag 10 mei in de parochiekerk; de school organiseert niets.",
                 "Schoolfeest: zaterdag 13 juni."])],
  note="school calendar with religious holidays, no individual")

M("nl", "allow", [], "onderhandelingscomite-agenda",
  "Directie Personeel Provincie Antwerpen <personeel@provincieantwerpen.be>",
  "acod.lrb.antwerpen@acod.be",
  "Uitnodiging onderhandelingscomité 24 februari",
  cc="antwerpen.openbarediensten@acv-csc.be, info@vsoa-lrb.be",
  body="""Geachte vakbondsafgevaardigden,

Hierbij nodigen wij de representatieve vakorganisaties uit op het onderhandelings- en overlegcomité van
dinsdag 24 februari om 14 uur in het provinciehuis, zaal Rubens.

De agenda en het ontwerp van rechtspositieregeling (telewerk en hospitalisatieverzekering) zitten in bijlage.
Graag laten weten met hoeveel afgevaardigden u komt.

Met vriendelijke groeten,
Dirk Van Gorp
diensthoofd personeelsbeleid
Provincie Antwerpen - Koningin Elisabethlei 22, 2018 Antwerpen - 03 240 50 11
""", atts=[docx("agenda-OC-24feb.docx", "Agenda onderhandelingscomité 24 februari 2026",
                 ["1. Goedkeuring verslag vorige vergadering.",
                  "2. Rechtspositieregeling: telewerk (maximaal 3 dagen per week).",
                  "3. Hospitalisatieverzekering: nieuwe raamovereenkomst vanaf 1 juli.",
                  "4. Stand van zaken welzijnsplan 2026 (psychosociale risico's).",
                  "5. Varia."],
                 table=[["Vakorganisatie", "Aantal zetels"], ["ACOD", "3"], ["ACV Openbare Diensten", "3"],
                        ["VSOA", "2"]])],
  note="social dialogue with unions as organisations")

M("nl", "allow", [], "uittreksel-strafregister-vrijwilligers",
  "Sportdienst Gemeente Brasschaat <sport@brasschaat.be>", "secretaris@kfc-brasschaat.be",
  "Uittreksel strafregister voor jeugdtrainers - hoe aanvragen",
  atts=[pdf_rl("stappenplan-uittreksel-model2.pdf", "Stappenplan uittreksel strafregister model 2",
               ["Stap 1: de vrijwilliger meldt zich aan op Mijn Justitie met eID of itsme.",
                "Stap 2: kies 'uittreksel uit het strafregister' en vul als doel 'activiteit met minderjarigen' in.",
                "Stap 3: het document is binnen enkele minuten beschikbaar als pdf.",
                "Stap 4: de vrijwilliger toont het uittreksel aan de jeugdcoördinator; de club bewaart geen kopie."])],
  body="""Dag Frank,

Je vroeg hoe jullie nieuwe jeugdtrainers een uittreksel uit het strafregister kunnen aanvragen. Dat gaat
zo:

- Voor wie met minderjarigen werkt, is het model 2 (art. 596, tweede lid, Wetboek van strafvordering)
  nodig.
- Aanvragen kan online via de toepassing Mijn Justitie met de eID of itsme, of aan het loket van
  burgerzaken in het gemeentehuis. Het is gratis.
- Het doel vermelden: "begeleiding van minderjarigen in een sportclub".
- Het uittreksel is enkel voor de club zelf. Gelieve het niet door te mailen; de trainer toont het
  aan jullie jeugdcoördinator.

De sportraad heeft hier vorig jaar een infoavond over gegeven; de presentatie staat op onze website.

Sportieve groeten,
Tim Geerts
sportfunctionaris - 03 650 29 80
""", cte="quoted-printable", note="criminal-record extract procedure, no individual")

M("nl", "allow", [], "gevangenisbevolking-onderzoek",
  "Dienst Studie FOD Justitie <studiedienst@just.fgov.be>", "n.janssens@kuleuven.be",
  "Gevraagde cijfers gedetineerdenpopulatie 2021-2025",
  body="""Beste professor Janssens,

In bijlage de geaggregeerde cijfers die u voor uw onderzoek vroeg. Cellen met minder dan 5 personen
zijn afgeschermd.

Met vriendelijke groeten,
Studiedienst DG EPI
FOD Justitie, Waterloolaan 115, 1000 Brussel
""", atts=[xlsx("gedetineerden_2021_2025.xlsx", [
      ("gemiddelde bevolking", [["Jaar", "Beklaagden", "Veroordeelden", "Geïnterneerden", "Totaal"],
                                [2021, 3812, 6411, 512, 10735], [2022, 4020, 6583, 498, 11101],
                                [2023, 4317, 6790, 465, 11572], [2024, 4502, 7006, 431, 11939],
                                [2025, 4688, 7211, 410, 12309]]),
      ("per inrichting 2025", [["Inrichting", "Capaciteit", "Gemiddelde bevolking"],
                               ["Antwerpen", 439, 731], ["Brugge", 849, 902], ["Haren", 1190, 1302],
                               ["Lantin", 1100, 1135], ["Gent", 330, 488]])])],
  note="aggregate prison statistics (Art. 10 topic, no person)")

M("nl", "allow", [], "aanbesteding-echografie",
  "Aankoopdienst AZ Groeninge <aankoop@azgroeninge.be>", "tenders@medisys-benelux.be",
  "Bestek 2026/AZG/017 - echografietoestellen - vragen en antwoorden",
  body="""Geachte inschrijver,

In bijlage vindt u de antwoorden op de vragen die tijdens de vragenronde gesteld werden. Ze maken deel
uit van de opdrachtdocumenten. De uiterste datum voor de offertes blijft 16 maart, 11 uur, via e-Procurement.

Met vriendelijke groeten,
dienst Aankoop
""", atts=[pdf_fp("vragen-antwoorden-2026-AZG-017.pdf", "Bestek 2026/AZG/017 - vragen en antwoorden",
                   ["Vraag 4: moeten de toestellen gekoppeld worden aan het PACS? Antwoord: ja, DICOM "
                    "Modality Worklist en Storage zijn verplicht.",
                    "Vraag 7: mogen testbeelden van patiënten gebruikt worden tijdens de demo? Antwoord: nee, "
                    "enkel fantomen of anonieme testbeelden."],
                   table=[["Perceel", "Omschrijving", "Aantal"], ["1", "Echografie cardiologie", "3"],
                          ["2", "Echografie radiologie", "4"], ["3", "Draagbare echo spoed", "2"]],
                   widths=[30, 120, 40])],
  note="hospital procurement Q&A")

M("nl", "allow", [], "factuur-zaalhuur",
  "Financiële dienst Gemeente Heist-op-den-Berg <facturatie@heist-op-den-berg.be>",
  "boekhouding@eventbureau-kempenland.be",
  "Factuur 2026/000218 - zaalhuur CC Zwaneberg",
  body=f"""Geachte,

In bijlage de factuur voor de huur van de theaterzaal op 31 januari.

Gelieve te betalen op rekening {O.be_iban('091', '0005712')} van de gemeente, met de gestructureerde
mededeling +++218/2026/00081+++, binnen 30 dagen.

Ondernemingsnummer gemeente: 0207.505.514

Met vriendelijke groeten,
financiële dienst
""", atts=[pdf_rl("factuur-2026-000218.pdf", "Factuur 2026/000218",
                   ["Gemeente Heist-op-den-Berg, Kerkplein 24, 2220 Heist-op-den-Berg - KBO 0207.505.514",
                    "Klant: Eventbureau Kempenland bv, KBO 0789.331.026, klantnummer 40177"],
                   table=[["Omschrijving", "Aantal", "Prijs", "Totaal"],
                          ["Theaterzaal dagtarief", "1", "950,00", "950,00"],
                          ["Techniek (uur)", "6", "45,00", "270,00"], ["Totaal", "", "", "1 220,00"]],
                   after=[f"Betaling: {O.be_iban('091', '0005712')} - BIC GKCCBEBB"])],
  note="invoice with the municipality's own IBAN and enterprise number")

M("nl", "allow", [], "opleiding-diversiteit-bevestiging",
  "Vormingsdienst Stad Oostende <vorming@oostende.be>", "info@diversiteitstraining.be",
  "Bevestiging opleidingen diversiteit en welzijn op het werk",
  atts=[odt("programma-opleidingen-maart.odt", "Programma opleidingen maart",
            ["9.00 onthaal en kennismaking.", "9.30 theorie: vooroordelen en stereotypen.",
             "11.00 oefeningen met casussen (fictief).", "13.30 welzijn op het werk: wet van 4 augustus 1996.",
             "15.30 evaluatie."])],
  body="""Beste Hanne,

Hierbij bevestigen we de drie sessies:

- 10 maart: "Omgaan met diversiteit aan het loket" (max. 16 deelnemers)
- 17 maart: "Psychosociaal welzijn: signalen van burn-out herkennen" (voor leidinggevenden)
- 24 maart: "Inclusief communiceren over gender en seksuele oriëntatie"

Locatie: stadhuis, zaal De Grote Post, Vindictivelaan 1. De deelnemerslijsten sturen we niet per mail;
de aanwezigheden worden op de dag zelf getekend.

Bestelbon: VB/2026/044. Factuur graag met die referentie.

Groetjes,
Nele Declercq
vormingsverantwoordelijke - 059 80 55 00
""", note="HR training announcement on diversity and well-being")

M("nl", "allow", [], "oproep-genomics",
  "FWO Vlaanderen <projecten@fwo.be>", "onderzoekscoordinatie@ugent.be",
  "Oproep strategisch basisonderzoek 2026: genomics en biometrie",
  html="""<html><body><h2>Oproep SBO 2026</h2>
<p>Het FWO lanceert een oproep voor projecten rond <b>humane genomics</b>, <b>polygene risicoscores</b>
en <b>privacyvriendelijke biometrie</b> (bijvoorbeeld gezichtsherkenning zonder centrale opslag).</p>
<table border="1"><tr><th>Stap</th><th>Datum</th></tr><tr><td>Intentieverklaring</td><td>15 april</td></tr>
<tr><td>Volledige aanvraag</td><td>1 juni</td></tr><tr><td>Beslissing</td><td>december</td></tr></table>
<p>Projecten met persoonsgegevens voegen een advies van de ethische commissie en een DPIA toe.</p>
<p>Contact: dr. Leen Vervoort, wetenschappelijk beleidsmedewerker, 02 550 15 95</p></body></html>""",
  cte="base64", note="research call on genetics/biometrics, no person")

M("nl", "allow", [], "verzuim-geaggregeerd",
  "HR-analyse Stad Hasselt <hr.data@hasselt.be>", "analyse@preventiedienst-idewe.be",
  "Verzuimcijfers 2025 per dienst (geanonimiseerd)",
  body="""Dag Sarah,

Hier de verzuimcijfers voor de jaarlijkse analyse. Diensten met minder dan tien medewerkers zijn
samengevoegd zodat niemand herkenbaar is.

Groet,
Pieter
""", atts=[ods("verzuim_2025.ods", "verzuim", [
      ["Dienst", "VTE", "Verzuim %", "Korte afwezigheden", "Langdurig (>1 jaar)"],
      ["Burgerzaken", "38", "5,2", "61", "1"], ["Groendienst", "54", "7,9", "102", "3"],
      ["Bibliotheek", "22", "4,1", "29", "0"], ["Technische diensten", "97", "8,4", "187", "5"],
      ["Overige (samengevoegd)", "31", "3,6", "38", "0"]])],
  note="anonymised absenteeism table")

M("nl", "allow", [], "verslag-overleg-caw",
  "Sociale dienst OCMW Kortrijk <sociale.dienst@ocmwkortrijk.be>", "regio.kortrijk@cawzuidwest.be",
  "Verslag overleg thuislozenzorg 5 februari",
  body="""Dag allemaal,

In bijlage het verslag van ons overleg. Volgende samenkomst: 7 mei, 10 uur, bij het CAW.

Groeten,
Tom
""", atts=[docx("verslag-overleg-5feb.docx", "Verslag overleg thuislozenzorg",
                 ["Aanwezig: OCMW Kortrijk (2), CAW Zuid-West-Vlaanderen (2), Kompas vzw (1).",
                  "Winteropvang: 214 overnachtingen in januari, gemiddeld 14 personen per nacht. Drie nachten "
                  "was de opvang volzet.",
                  "Psychiatrische problematiek blijft de grootste uitdaging; het mobiel team komt twee keer "
                  "per week langs.",
                  "Er worden in dit verslag geen namen opgenomen; casusbespreking gebeurt in het beveiligde "
                  "dossier."],
                 table=[["Indicator", "2024", "2025"], ["Eerste aanmeldingen", "187", "203"],
                        ["Doorverwijzing naar woning", "41", "52"]])],
  note="meeting minutes with aggregate figures only")

M("nl", "allow", [], "thread-vergaderdatum",
  "Jan Peeters <jan.peeters@vlaanderen.be>", "g.desmet@vvsg.be",
  "RE: RE: RE: werkgroep digitale loketten",
  body="""Dag Griet,

Dinsdag 3 maart om 10 uur is prima. Ik reserveer zaal 4.08 in het Herman Teirlinckgebouw.

Jan

Jan Peeters | beleidsmedewerker digitale overheid
Agentschap Digitaal Vlaanderen | Havenlaan 88, 1000 Brussel | +32 2 553 12 34
linkedin.com/in/janpeeters-digitaal

Van: Griet Desmet <g.desmet@vvsg.be>
Verzonden: maandag 9 februari 2026 15:20
Aan: Jan Peeters <jan.peeters@vlaanderen.be>
Onderwerp: RE: RE: werkgroep digitale loketten

Ik kan enkel dinsdag of donderdag voormiddag. Zeg maar wat het best past.

Griet Desmet
stafmedewerker Informatieveiligheid | VVSG | 02 211 55 00

Van: Jan Peeters
Verzonden: maandag 9 februari 2026 11:02
Aan: Griet Desmet
Onderwerp: RE: werkgroep digitale loketten

Kunnen we de volgende werkgroep begin maart doen? Agenda: de nieuwe e-loketten en de privacyverklaring.

Van: Griet Desmet
Verzonden: vrijdag 6 februari 2026 17:45
Aan: Jan Peeters
Onderwerp: werkgroep digitale loketten

Dag Jan, wanneer zien we elkaar nog eens?
""", note="quoted thread with signatures, nothing personal")

M("nl", "allow", [], "belastingdienst-kenmerken",
  "Belastingdienst Particulieren <noreply.intermediairs@belastingdienst.nl>", "info@administratiekantoor-venlo.nl",
  "Uw vraag over aanslagnummers en betalingskenmerken",
  body=f"""Geachte heer Janssen,

U vroeg waarom het betalingskenmerk op de aanslagen uit 16 cijfers bestaat. Het betalingskenmerk is
geen burgerservicenummer en bevat ook geen BSN. Een voorbeeld uit onze handleiding: 1234 5678 9012 3456.
Het aanslagnummer heeft de vorm 1234.56.789.H.56 (voorbeeld). Zaaknummers in onze correspondentie, zoals
{X.bsn('90817263')}, zijn interne nummers en ook geen BSN.

Betaal aanslagen altijd op rekening {O.iban('NL', 'INGB0002445588')} van de Belastingdienst te Apeldoorn,
met het betalingskenmerk.

Met vriendelijke groet,
Belastingdienst, team Intermediairs
""", note="look-alike numbers: payment references, invalid BSN-shaped case number, Belastingdienst IBAN")

M("nl", "allow", [], "persbericht-schepen-opening",
  "Communicatie Stad Turnhout <communicatie@turnhout.be>", "nieuws@gva.be",
  "Persuitnodiging: opening nieuwe basisschool 't Zonneveld",
  atts=[docx("persbericht-opening-zonneveld.docx", "Persbericht: nieuwe basisschool 't Zonneveld",
             ["De stad investeerde 9,8 miljoen euro in het nieuwe gebouw, met steun van AGION.",
              "Schepen Jan Bertels: 'Elk kind in Het Zand krijgt nu een plek dicht bij huis.'",
              "De school start met 14 klassen en een kinderopvang voor en na school."])],
  html="""<html><body><p><b>Persuitnodiging</b></p><p>Op vrijdag 27 februari om 10 uur opent schepen van
Onderwijs Jan Bertels (Vooruit) samen met burgemeester Paul Van Miert (N-VA) de nieuwe basisschool
't Zonneveld in de wijk Het Zand. De school biedt plaats aan 420 leerlingen.</p>
<p>Perscontact: Wendy Vleugels, persverantwoordelijke, 014 44 33 12, pers@turnhout.be</p></body></html>""",
  body="""Persuitnodiging

Op vrijdag 27 februari om 10 uur opent schepen van Onderwijs Jan Bertels (Vooruit) samen met burgemeester
Paul Van Miert (N-VA) de nieuwe basisschool 't Zonneveld in de wijk Het Zand. De school biedt plaats aan
420 leerlingen.

Programma: 10.00 verwelkoming, 10.15 toespraken, 10.45 rondleiding.

Perscontact: Wendy Vleugels, persverantwoordelijke, 014 44 33 12, pers@turnhout.be
""", cte="quoted-printable", note="politicians' public roles with party names, press contact")

M("nl", "allow", [], "criminaliteitscijfers-pers",
  "Politiezone Kempen Noord-Oost <communicatie@pzkno.be>", "redactie@hln.be",
  "Jaarcijfers 2025: minder woninginbraken, meer internetfraude",
  html="""<html><body><p>Beste journalist,</p><p>Hierbij de jaarcijfers van onze zone. Het volledige jaarverslag
staat vanaf maandag op onze website.</p>
<table border="1"><tr><th>Feiten</th><th>2024</th><th>2025</th></tr>
<tr><td>Woninginbraken</td><td>412</td><td>356</td></tr><tr><td>Internetfraude</td><td>688</td><td>901</td></tr>
<tr><td>Intrafamiliaal geweld (pv's)</td><td>530</td><td>547</td></tr>
<tr><td>Rijden onder invloed</td><td>1 204</td><td>1 137</td></tr></table>
<p>Vragen: commissaris Bart Nijs, woordvoerder, 014 37 77 00</p></body></html>""",
  cte="8bit", note="aggregate crime statistics for the press")

M("nl", "allow", [], "uwv-nieuwsbrief-werkgevers",
  "UWV Werkgeversservicepunt <nieuwsbrief@werkgeversservicepunt-drenthe.nl>", "hr@zuivel-noord.nl",
  "Nieuwsbrief februari: ziekmelding, WIA en loonkostenvoordelen",
  body="""Nieuwsbrief Werkgeversservicepunt Drenthe - februari 2026

1. Ziekmelding: wat moet u wel en niet vragen?
Als werkgever mag u bij een ziekmelding niet vragen naar de diagnose of de medische klachten. U mag wel
vragen hoe lang het verzuim naar verwachting duurt en of er werkzaamheden zijn die de werknemer nog wel
kan doen. Medische gegevens horen bij de bedrijfsarts.

2. WIA-aanvraag: let op de termijnen
Een WIA-aanvraag moet uiterlijk in week 93 van de ziekte binnen zijn. In 2025 kwamen landelijk 11 procent
van de aanvragen te laat binnen.

3. Loonkostenvoordelen
Werkgevers die iemand uit de doelgroep aannemen, kunnen loonkostenvoordeel krijgen. Vraag de
doelgroepverklaring binnen drie maanden na de start aan.

4. Webinar "Mentale gezondheid op het werk"
Donderdag 19 maart, 15.00-16.00 uur. Aanmelden via de website.

U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld. Afmelden kan onderaan elke nieuwsbrief.
Werkgeversservicepunt Drenthe, Postbus 2020, 9400 PA Assen
""", cte="quoted-printable", note="newsletter about sick leave rules, no individual")

M("nl", "allow", [], "koppelvlak-bsn-specificatie",
  "Gegevensbeheer Gemeente Groningen <gegevensbeheer@groningen.nl>", "support@softwarehuis-zaakwerk.nl",
  "Koppelvlak BRP: validatie BSN-veld",
  body=f"""Beste ontwikkelaars,

In release 4.2 valideert het koppelvlak het BSN-veld met de elfproef. Onderstaande testwaarden uit onze
testset zijn bewust ONGELDIG en moeten worden geweigerd met foutcode BRP-017:

  {X.bsn('11223344')}
  {X.bsn('60708091')}
  {X.bsn('40400404')}

Testen met echte BSN's is niet toegestaan; gebruik de fictieve testpersonen uit de RvIG-testset.
Het veld is verplicht, 9 cijfers, zonder punten of spaties.

Met vriendelijke groet,
team Gegevensbeheer
""", note="interface spec with deliberately invalid BSN-shaped test values")

M("nl", "allow", [], "catering-factuur-kvk",
  "Protocol Gemeente Amsterdam <protocol@amsterdam.nl>", "facturen@catering-dewaag.nl",
  "Re: Factuur F2026-0117 nieuwjaarsreceptie",
  body=f"""Beste mevrouw Kok,

Dank voor de factuur. Die is goedgekeurd en wordt binnen 30 dagen betaald op de rekening die erop staat.

Met vriendelijke groet,
Bureau Protocol

> Van: Catering De Waag <facturen@catering-dewaag.nl>
> Bijgaand onze factuur F2026-0117 voor de nieuwjaarsreceptie van 12 januari (350 personen,
> waarvan 60 halal en 45 vegetarisch).
> Catering De Waag B.V. - KvK 81234567 - btw NL862345678B01
> IBAN {O.iban('NL', 'ABNA0612345678')}
""", note="company invoice reply with company IBAN/KvK; aggregate dietary counts")

M("nl", "allow", [], "tournee-minerale-cijfers",
  "Afdeling Preventie Zorg en Gezondheid <preventie@vlaanderen.be>", "projecten@vad.be",
  "Deelname Tournée Minérale per provincie",
  body="""Dag Marijs,

Hier de deelnamecijfers per provincie die jullie vroegen voor het evaluatierapport.

Groeten,
Joke
""", atts=[csvf("tournee_minerale_2026.csv", [
      ["provincie", "deelnemers_2025", "deelnemers_2026", "aandeel_volwassenen_pct"],
      ["Antwerpen", "48210", "51022", "3,1"], ["Limburg", "21400", "22870", "3,0"],
      ["Oost-Vlaanderen", "39950", "41003", "2,9"], ["Vlaams-Brabant", "30112", "31778", "3,4"],
      ["West-Vlaanderen", "28800", "29540", "2,8"]], ";", "windows-1252")],
  note="health campaign aggregate CSV (; windows-1252)")

M("nl", "allow", [], "bloedinzameling-logistiek",
  "Facility FOD Financiën <facility.northgalaxy@minfin.fed.be>", "planning.brussel@rodekruis.be",
  "Bloedinzamelactie North Galaxy 18 maart - praktische afspraken",
  body="""Beste,

Graag bevestigen we de bloedinzameling in de North Galaxy-torens op 18 maart van 9 tot 15 uur.
We voorzien lokaal B.0.14 (80 m²) met 8 stopcontacten en parking voor de bloedmobiel aan de Koning
Albert II-laan.

Medewerkers schrijven zich in via jullie site; wij krijgen en willen geen lijst van donoren.

Contact op de dag zelf: facility desk, 0257 55 500.

Met vriendelijke groeten,
Frederik Smets
facility manager
""", note="blood donation logistics, no donor data")

M("nl", "allow", [], "stakingsaanzegging-dienstverlening",
  "Secretariaat Stad Leuven <secretariaat@leuven.be>", "planning@afvalophaling-ecowaste.be",
  "Stakingsaanzegging 12 maart - gevolgen voor containerpark",
  atts=[pdf_fp("dienstverlening-12-maart.pdf", "Dienstverlening op donderdag 12 maart",
               ["Containerpark Aarschotsesteenweg: mogelijk gesloten.",
                "Stadskantoor: minimale dienstverlening aan het onthaal.",
                "Huisvuilophaling: verschuift naar zaterdag 14 maart."])],
  body="""Geachte,

De representatieve vakbonden ACOD, ACV Openbare Diensten en VSOA hebben een stakingsaanzegging ingediend
voor de openbare diensten op donderdag 12 maart. Het is mogelijk dat het containerpark aan de
Aarschotsesteenweg die dag gesloten blijft.

Wij vragen u om uw ophaling bij het containerpark naar vrijdag 13 maart te verplaatsen.

Met vriendelijke groeten,
Stadssecretariaat Leuven
Professor Van Overstraetenplein 1, 3000 Leuven
""", note="strike notice by unions as organisations")

M("nl", "allow", [], "openingsuren-feestdagen",
  "OCMW Aalst onthaal <onthaal@ocmw-aalst.be>", "info@buurthuis-debrug.be",
  "Openingsuren rond Pasen",
  body="""Dag,

Ons onthaal is gesloten op Paasmaandag 6 april. Op Goede Vrijdag sluiten we om 12 uur.

Groeten,
onthaal OCMW Aalst
""", note="three-line opening-hours note around a religious holiday")

M("nl", "allow", [], "bestek-toegangscontrole-zip",
  "Aankoopcel Politiezone Westkust <aankoop@pzwestkust.be>", "offertes@securaccess.be",
  "Opdrachtdocumenten toegangscontrole commissariaat Koksijde",
  body="""Geachte,

In de zip vindt u het bestek en de inventaris voor de opdracht 'Toegangscontrole commissariaat Koksijde'.
Let op: de opdracht sluit biometrische toegangscontrole (vingerafdruk, gezichtsherkenning) uitdrukkelijk
uit; enkel badges en pincode.

Plaatsbezoek: 4 maart om 9 uur.

Met vriendelijke groeten,
aankoopcel
""", atts=[zipf("opdracht_PZW_2026_03.zip", [
      ("bestek.docx", docx("bestek.docx", "Bestek PZW/2026/03 - Toegangscontrole",
                           ["Gunningswijze: openbare procedure.",
                            "Technische eis 3.2: geen biometrische lezers; geen opslag van biometrische kenmerken.",
                            "Gunningscriteria: prijs 50, kwaliteit 40, onderhoud 10."])[1]),
      ("inventaris.csv", csvf("x", [["post", "omschrijving", "eenheid", "hoeveelheid"],
                                    ["1", "badgelezer buiten", "st", "6"], ["2", "badgelezer binnen", "st", "14"],
                                    ["3", "centrale controller", "st", "1"]], ",", "utf-8")[1])])],
  note="ZIP of tender documents (docx + csv) mentioning biometrics generally")

M("nl", "allow", [], "doorgestuurd-nieuwsbrief-ggz",
  "Welzijnsregio Midden-West-Vlaanderen <info@welzijnsregio-roeselare.be>", "secretariaat@ggz-passant.be",
  "FW: Week van de Geestelijke Gezondheid - campagnemateriaal",
  body="""Hallo,

Ter info doorgestuurd: het campagnemateriaal voor de Week van de Geestelijke Gezondheid. Misschien
interessant voor jullie wachtzaal.

Groet,
Liesbeth
""", atts=[inner("ggz-week", "Campagneteam <campagne@geestelijkgezondheid.be>", "info@welzijnsregio-roeselare.be",
                   "Week van de Geestelijke Gezondheid 2026", """Beste partner,

Van 10 tot 17 oktober loopt de Week van de Geestelijke Gezondheid rond het thema 'Samen sterker'.
Een op de vier Vlamingen krijgt ooit te maken met psychische problemen. Praten helpt.

Bestel gratis affiches en folders via onze webshop. Er zijn ook sjablonen voor sociale media.

Het campagneteam
""", (2026, 2, 3, 9, 0))],
  note="forwarded .eml newsletter about mental health")

M("nl", "allow", [], "contactlijst-werkgroep",
  "Netwerk Informatieveiligheid <secretariaat@informatieveiligheid-lokaal.be>", "dpo@ocmw-roeselare.be",
  "Contactlijst werkgroep DPO's lokale besturen",
  body="""Dag allemaal,

In bijlage de bijgewerkte contactlijst van de werkgroep. Laat weten als er iets niet klopt.

Groeten,
Ann
""", atts=[xlsx("contactlijst_werkgroep_dpo.xlsx", [("contacten", [
      ["Naam", "Functie", "Organisatie", "Telefoon", "E-mail", "LinkedIn"],
      ["Ann Verstraete", "DPO", "Stad Roeselare", "051 26 21 11", "dpo@roeselare.be", "linkedin.com/in/annverstraete"],
      ["Michiel Claes", "informatieveiligheidsconsulent", "Gemeente Izegem", "051 33 73 00", "michiel.claes@izegem.be", ""],
      ["Sabine Dewitte", "DPO", "OCMW Roeselare", "051 26 31 00", "dpo@ocmw-roeselare.be", "linkedin.com/in/sdewitte"],
      ["Koen Lauwers", "ICT-coördinator", "Gemeente Lichtervelde", "051 72 56 00", "ict@lichtervelde.be", ""]])])],
  note="professional contact list with work phones and LinkedIn")

M("nl", "allow", [], "jaarverslag-ocmw-kort",
  "Communicatie OCMW Mortsel <communicatie@mortsel.be>", "bibliotheek@provincieantwerpen.be",
  "Jaarverslag 2025 sociale dienst",
  body="""Dag,

Zie bijlage: het jaarverslag van onze sociale dienst, voor de documentatieafdeling.

Groet,
Inge
""", atts=[pdf_fp("jaarverslag-sociale-dienst-2025.pdf", "Jaarverslag sociale dienst 2025",
                   ["In 2025 kregen 412 personen een leefloon (2024: 389). De gemiddelde duur van een "
                    "leefloondossier was 14 maanden.",
                    "De dienst schuldbemiddeling begeleidde 96 gezinnen."],
                   table=[["Hulpvorm", "2024", "2025"], ["Leefloon", "389", "412"],
                          ["Huurwaarborg", "71", "83"], ["Energiefonds", "240", "266"]],
                   widths=[90, 50, 50])],
  note="short mail, annual report with aggregate figures")

# ---------------------------------------------------------------- FR, block
M("fr", "block", ["BE_NATIONAL_NUMBER", "IBAN_CODE"], "cpas-garantie-locative",
  "Service social CPAS de Liège <social.sud@cpasdeliege.be>", "gerance@immo-meuse.be",
  "Garantie locative - Mme Lambert",
  body=f"""Bonjour Monsieur Dethier,

Suite à notre appel, voici les informations pour le bail de notre bénéficiaire :

Nom : Jessica Lambert
NISS : {V.nn('930517', 262)}
Date de naissance : 17/05/1993
Compte bancaire de la locataire : {V.be_iban('001', '4428813')}
Adresse du logement : rue Saint-Gilles 87, 4000 Liège

Le CPAS prend en charge la garantie via un prêt. Le document officiel suit par courrier.

Bien à vous,
Julie Hansenne
assistante sociale - antenne Sud
CPAS de Liège | 04 220 58 11
""", cte="quoted-printable", note="Label : valeur form with NISS and private IBAN to a landlord agency")

M("fr", "block", ["BE_BIS_NUMBER"], "ixelles-bis-objet",
  "Service Population Ixelles <population@ixelles.brussels>", "cabinet@avocats-louise.be",
  f"Votre demande - numéro BIS {V.bis('851103', 190)}",
  body="""Maître,

Votre client n'étant pas inscrit dans nos registres, nous ne pouvons pas vous délivrer de certificat de
résidence. Nous vous invitons à vous adresser à l'Office des étrangers.

Cordialement,
Service Population - Commune d'Ixelles
""", note="BIS number only in the Subject")

M("fr", "block", ["BE_NATIONAL_NUMBER"], "actiris-candidats-xlsx",
  "Conseillère emploi Actiris <k.mbuyi@actiris.brussels>", "recrutement@nettoyage-prolux.be",
  "Candidats pour vos postes d'aide-ménager(ère)",
  body="""Bonjour Madame Renard,

Voici les candidats présélectionnés pour vos offres. Je vous mets leur NISS pour l'activation
(prime Activa).

Bonne journée,
Karine Mbuyi
conseillère emploi - Actiris Anderlecht
""", atts=[xlsx("candidats_prolux.xlsx", [("candidats", [
      ["Nom", "Prénom", "NISS", "Commune", "Disponible"],
      ["Dumont", "Sabrina", V.nn("890213", 214), "Anderlecht", "immédiatement"],
      ["Nkosi", "Patrick", V.nn("770921", 151), "Molenbeek-Saint-Jean", "01/03"],
      ["Ramos Garcia", "Lucía", V.nn("010605", 98, y2k=True), "Forest", "immédiatement"]])])],
  note="XLSX with NISS per named job seeker")

M("fr", "block", ["ART9_HEALTH"], "cpas-maison-medicale",
  "Cellule santé CPAS de Schaerbeek <sante@cpas-schaerbeek.brussels>", "accueil@maisonmedicale-helmet.be",
  "Prise en charge - M. Belkacem",
  html="""<html><body><p>Bonjour Docteur,</p>
<p>Nous vous adressons <b>M. Rachid Belkacem</b> (rue Josaphat), qui a perdu sa carte médicale. Il est
<b>séropositif</b>, sous trithérapie depuis 2019, et diabétique de type 2. Il n'a plus de médicaments
depuis une semaine.</p><p>Le CPAS couvre les frais via l'aide médicale jusqu'au 31 mars.</p>
<p>Cordialement,<br>Sarah Van Hove<br>assistante sociale, cellule santé<br>02 240 42 11</p></body></html>""",
  cte="quoted-printable", note="HTML-only: HIV status and diabetes of a named client")

M("fr", "block", ["ART10_CRIMINAL"], "police-ecole-parquet",
  "Service jeunesse Zone de police Montgomery <jeunesse@zpz5343.be>", "direction@athenee-etterbeek.be",
  "Élève de 4e - suivi",
  body="""Madame la Directrice,

Pour information et à garder pour vous : Mehdi Akkari (4e B) fait l'objet d'un dossier au parquet de la
jeunesse pour vol avec violence à la station Mérode le 28 janvier. Le juge de la jeunesse l'a placé
sous conditions (interdiction de fréquenter certains camarades).

Je reste disponible.
Inspecteur principal Luc Dardenne
""", note="juvenile criminal proceedings about a named pupil")

M("fr", "block", ["ART10_CRIMINAL"], "maison-justice-employeur",
  "Maison de justice de Namur <mj.namur@fwb.be>", "rh@menuiserie-gerard.be",
  "Horaires de M. Collard - surveillance électronique",
  body="""Monsieur Gérard,

Ci-joint le document reprenant les horaires autorisés de votre ouvrier pour les trois prochains mois.

Bien à vous,
Françoise Delvaux
assistante de justice
""", atts=[pdf_rl("horaires-surveillance-electronique.pdf", "Surveillance électronique - horaires autorisés",
                   ["Justiciable : Kevin Collard, né le 12/08/1990.",
                    "M. Collard exécute sous surveillance électronique une peine de 30 mois prononcée par le "
                    "tribunal correctionnel de Namur pour trafic de stupéfiants.",
                    "Horaires de sortie autorisés : du lundi au vendredi, de 6h30 à 17h30, pour le travail."])],
  note="PDF only: conviction and sentence of a named worker to his employer")

M("fr", "block", ["ART10_CRIMINAL"], "casier-candidat-transfere",
  "Service RH Ville de Mons <recrutement@ville.mons.be>", "consultants@select-hainaut.be",
  "TR: extrait de casier - candidat animateur",
  body="""Bonjour Céline,

Je te transfère le mail du candidat avec son extrait. Comme tu verras il y a une condamnation; on en
parle demain ?

Nadia
""", atts=[inner("casier-candidat", "Jonathan Moreau <jo.moreau88@hotmail.com>", "recrutement@ville.mons.be",
                   "Candidature animateur - extrait de casier", """Bonjour,

Comme demandé, voici le contenu de mon extrait de casier judiciaire (modèle 2) :

Condamnation du 14/03/2022, tribunal correctionnel de Mons : coups et blessures volontaires,
6 mois avec sursis.

Je préfère être transparent, c'était une bagarre à la sortie d'un bar. Depuis je n'ai plus eu de
problème.

Jonathan Moreau
""", (2026, 2, 4, 21, 10))],
  note="conviction inside an attached .eml")

M("fr", "block", ["ART9_RELIGION"], "conge-yom-kippour",
  "Gestion du personnel SPW <personnel.namur@spw.wallonie.be>", "planning@interim-wallonie.be",
  "Remplacement au service accueil le 21 septembre",
  atts=[xlsx("planning_accueil_septembre.xlsx", [("semaine 39", [
      ["Jour", "Matin", "Après-midi"], ["lundi 21/09", "intérimaire", "intérimaire"],
      ["mardi 22/09", "R. Szapiro", "P. Lejeune"], ["mercredi 23/09", "R. Szapiro", "M. Daout"]])])],
  body="""Bonjour,

Nous aurons besoin d'un intérimaire à l'accueil le lundi 21 septembre. Mme Rebecca Szapiro, qui est de
confession juive, a demandé congé pour Yom Kippour ce jour-là et elle ne travaille pas non plus les
vendredis après 16h pendant l'hiver (shabbat).

Pouvez-vous prévoir quelqu'un de 8h à 16h ?

Merci,
Pascale Lejeune
""", cte="base64", note="religion of a named employee")

M("fr", "block", ["ART9_RELIGION"], "cours-philosophiques-tableau",
  "Secrétariat École communale de Jambes <secretariat@ecole-jambes.be>", "reservations@autocars-mosans.be",
  "Élèves pour la sortie du mercredi",
  body="""Bonjour,

Voici la liste des élèves qui partent mercredi. Ceux du cours de religion islamique et de religion
protestante ont leur cours au même moment ailleurs, donc ils prennent le 2e bus. Tableau ci-joint.

Merci,
Anne-Sophie
""", atts=[docx("liste-eleves-bus.docx", "Sortie du mercredi 11 mars - répartition",
                 ["Bus 1 : départ 8h30. Bus 2 : départ 10h15."],
                 table=[["Élève", "Classe", "Cours philosophique", "Bus"],
                        ["Inès Bouhaddi", "5A", "religion islamique", "2"],
                        ["Noah Lefebvre", "5A", "morale non confessionnelle", "1"],
                        ["Esther Kabongo", "5B", "religion protestante", "2"],
                        ["Théo Marchal", "5B", "religion catholique", "1"]])],
  note="Word table with a religion column per named pupil")

M("fr", "block", ["ART9_ETHNIC_ORIGIN"], "forem-gens-du-voyage",
  "Conseiller Forem Charleroi <d.piron@forem.be>", "inscriptions@centre-formation-sambre.be",
  "Inscription formation cariste",
  body="""Bonjour,

Je vous envoie M. Tony Reinhardt pour la formation cariste de mars. Il est issu de la communauté
des gens du voyage (famille manouche), il vit en caravane sur l'aire de Marchienne et a peu été à
l'école ; prévoyez un accompagnement pour la partie théorique.

Cordialement,
David Piron
conseiller référent
""", note="ethnic origin of a named trainee")

M("fr", "block", ["ART9_ETHNIC_ORIGIN"], "accueil-primo-arrivants-ods",
  "CPAS de Verviers <integration@cpasverviers.be>", "contact@asbl-interculturel-verviers.be",
  "Liste groupe FLE de mars",
  body="""Bonjour Myriam,

Ci-joint la liste du groupe de français langue étrangère. J'ai indiqué l'origine pour que vous puissiez
éviter de mettre certaines personnes ensemble.

Bien à vous,
Grégory
""", atts=[ods("groupe_fle_mars.ods", "groupe", [
      ["Nom", "Prénom", "Origine", "Langue", "Remarque"],
      ["Ahmadi", "Farid", "hazara (Afghanistan)", "dari", "ne pas mettre avec M. Noori"],
      ["Noori", "Jawad", "pachtoune (Afghanistan)", "pachto", ""],
      ["Barzani", "Leyla", "kurde (Syrie)", "kurmandji", ""],
      ["Tesfay", "Mulu", "tigréenne (Érythrée)", "tigrinya", ""]])],
  note="ODS with ethnic origin per named person")

M("fr", "block", ["ART9_POLITICAL_OPINION"], "entretien-militante",
  "Recrutement Ville de Wavre <recrutement@wavre.be>", "mission@talentis-rh.be",
  "Retour entretiens poste de chargé de communication",
  atts=[docx("grille-evaluation.docx", "Grille d'évaluation - chargé(e) de communication",
             ["Jury : directrice générale, responsable communication, représentant RH."],
             table=[["Candidate", "Expérience", "Rédaction", "Motivation", "Total"],
                    ["Aurélie Denis", "8/10", "9/10", "8/10", "25/30"],
                    ["Claire Maes", "5/10", "7/10", "8/10", "20/30"]])],
  body="""Bonjour Marc,

Voici notre retour sur les deux candidates de jeudi :

- Aurélie Denis : très bon profil. Elle nous a dit spontanément être militante chez Ecolo et participer
  aux actions d'Extinction Rebellion le week-end. Le jury s'interroge sur sa neutralité.
- Claire Maes : profil plus junior, pas de remarque particulière.

Pouvez-vous organiser le test écrit pour les deux ?

Cordialement,
Service RH
""", note="political opinion of a named job candidate")

M("fr", "block", ["ART9_TRADE_UNION", "ART9_POLITICAL_OPINION"], "evaluation-delegue",
  "Direction Travaux Commune de Seraing <travaux@seraing.be>", "avocats@cabinet-meuse-droit.be",
  "Dossier M. Giordano - note pour la réunion",
  body="""Maître,

Voici la note interne que vous avez demandée avant notre rendez-vous.

Cordialement,
Vincent Lhoest
directeur des travaux
""", atts=[pdf_fp("note-dossier-giordano.pdf", "Note interne - dossier Salvatore Giordano",
                   ["M. Giordano, ouvrier qualifié au service voirie depuis 2011, est délégué syndical CGSP "
                    "et membre actif du PTB ; il distribue le journal du parti au dépôt.",
                    "Les absences reprochées coïncident avec des réunions syndicales.",
                    "Nous souhaitons savoir si une procédure disciplinaire est envisageable."])],
  note="PDF: union role and party membership of a named worker")

M("fr", "block", ["ART9_TRADE_UNION", "BE_NATIONAL_NUMBER"], "prime-syndicale-csv",
  "Service traitements CPAS de Namur <traitements@cpasnamur.be>", "clients@secretariat-social-ucm.be",
  "Prime syndicale 2025 - liste",
  body="""Bonjour,

Comme chaque année, la liste des agents qui ont rentré leur formulaire de prime syndicale.

Merci de l'intégrer au calcul d'avril.
Service traitements
""", atts=[csvf("prime_syndicale_2025.csv", [
      ["NISS", "Nom", "Prénom", "Organisation syndicale", "Montant"],
      [V.nn("711019", 203), "Lambotte", "Daniel", "CGSP", "90,00"],
      [V.nn("840228", 372), "Henrard", "Émilie", "CSC Services publics", "90,00"],
      [V.nn("660811", 19), "Dupuis", "Marc", "SLFP", "90,00"]], ";", "windows-1252")],
  note="CSV (; windows-1252) with NISS and union per named employee")

M("fr", "block", ["ART9_GENETIC", "ART9_HEALTH"], "creche-mucoviscidose",
  "Consultation ONE Arlon <consultation.arlon@one.be>", "direction@creche-lespetitspas.be",
  "Accueil de Lina à partir de mars",
  body="""Bonjour Madame Thill,

Lina Schmit (14 mois) commencera chez vous le 2 mars. Le test génétique a montré qu'elle a deux
mutations du gène CFTR : elle a la mucoviscidose. Elle prend des enzymes (Creon) à chaque repas et doit
faire sa kiné respiratoire matin et soir ; les parents s'en chargent à la maison.

Il faut éviter le contact avec les enfants enrhumés autant que possible.

Bien à vous,
Dr Marie-Paule Gillet
médecin de consultation ONE
""", cte="quoted-printable", note="genetic test result and illness of a named toddler")

M("fr", "block", ["ART9_GENETIC"], "brca-assureur",
  "Service social Ville de Tournai <social@tournai.be>", "souscription@assurances-escaut.be",
  "Demande de Mme Delcourt - assurance solde restant dû",
  body="""Madame, Monsieur,

Nous accompagnons Mme Isabelle Delcourt dans son achat de logement. Elle nous dit que sa demande
d'assurance solde restant dû est bloquée. Pour clarifier : son test génétique a révélé qu'elle est
porteuse de la mutation BRCA1, mais elle n'est pas malade. Pouvez-vous revoir la tarification ?

Cordialement,
Service social de la Ville de Tournai
""", note="genetic test result of a named woman sent to an insurer")

M("fr", "block", ["ART9_BIOMETRIC"], "empreintes-passeport-support",
  "Service Population Waterloo <population@waterloo.be>", "support.belpic@zetes-partner.be",
  "Ticket 55821 - empreintes refusées",
  body="""Bonjour,

Les empreintes de deux demandeurs de passeport sont refusées par la station. Voici les données du
capteur telles qu'exportées, pour votre analyse :

Demandeur : Olivier Janssens
Empreinte index droit (WSQ, base64) : /6D/qAB6TklTVF9DT00gOQpQSVhfV0lEVEggNTQ1ClBJWF9IRUlHSFQgNjIy
Demandeur : Martine Leclercq
Empreinte index gauche (WSQ, base64) : /6D/qAB6TklTVF9DT00gOQpQSVhfV0lEVEggNTEyClBJWF9IRUlHSFQgNTg4

Merci de nous revenir rapidement, les rendez-vous s'accumulent.
Service Population
""", note="fingerprint data of named applicants to a vendor")

M("fr", "block", ["ART9_BIOMETRIC"], "reconnaissance-faciale-xlsx",
  "Sécurité bâtiments SPF Finances <securite.batiments@minfin.fed.be>", "projet@visio-access.be",
  "PoC reconnaissance faciale - gabarits du groupe test",
  body="""Bonjour,

Comme convenu, les gabarits faciaux du groupe test (agents volontaires) pour l'import dans votre
plateforme de démonstration.

Cordialement,
Thierry Bastin
""", atts=[xlsx("gabarits_groupe_test.xlsx", [("gabarits", [
      ["Agent", "Badge", "Vecteur facial (512 dim., extrait)"],
      ["Laurence Pirard", "F-20331", "0.0213;-0.1174;0.0832;0.0419;-0.0066;0.1522;..."],
      ["Hugo Collignon", "F-20388", "-0.0712;0.0345;0.1190;-0.0458;0.0921;0.0037;..."],
      ["Samira Ouchene", "F-20402", "0.0994;0.0128;-0.0871;0.1306;-0.0219;0.0644;..."]])])],
  note="XLSX with face templates per named staff")

M("fr", "block", ["ART9_SEX_LIFE"], "maison-accueil-couple",
  "CPAS d'Uccle <accueil.urgence@cpas-uccle.be>", "permanence@maison-accueil-lesarbres.be",
  "Demande d'hébergement urgent",
  body="""Bonjour,

Nous cherchons un hébergement pour Mme Céline Vandamme (38 ans). Elle fuit des violences de sa
compagne, avec qui elle vit depuis six ans ; c'est un couple lesbien et elle craint de ne pas être prise
au sérieux dans une structure classique. Elle peut arriver ce soir.

Merci de me rappeler au 02 370 75 11.
Laetitia, assistante sociale de permanence
""", cte="8bit", note="sexual orientation of a named woman")

M("fr", "block", ["ART9_SEX_LIFE"], "coming-out-harcelement",
  "Éducatrice Athénée royal de Huy <educ@arhuy.be>", "cabinet@psy-huy-condroz.be",
  "Demande de suivi pour un élève",
  body="""Bonjour Madame,

Je me permets de vous contacter à la demande des parents de Lucas Renier (3e secondaire). Il a fait son
coming out bisexuel en janvier et depuis il est harcelé sur les réseaux par des élèves de sa classe. Il
ne veut plus venir à l'école.

Pourriez-vous le recevoir rapidement ?

Merci,
Sophie
""", html="""<html><body><p>Bonjour Madame,</p><p>Je me permets de vous contacter à la demande des parents
de <b>Lucas Renier</b> (3e secondaire). Il a fait son coming out bisexuel en janvier et depuis il est harcelé
sur les réseaux par des élèves de sa classe. Il ne veut plus venir à l'école.</p>
<p>Pourriez-vous le recevoir rapidement ?</p><p>Merci,<br>Sophie</p></body></html>""",
  cte="quoted-printable", note="multipart/alternative: sexual orientation of a named pupil")

M("fr", "block", ["BE_BIS_NUMBER"], "attestation-bis-pdf",
  "Commune de Saint-Gilles <etrangers@stgilles.brussels>", "rh@horeca-bruxelles-sud.be",
  "Attestation demandée",
  body="""Madame,

Veuillez trouver ci-joint l'attestation demandée par votre travailleur.

Cordialement,
Service des étrangers
""", atts=[pdf_rl("attestation-immatriculation.pdf", "Attestation",
                   ["La commune de Saint-Gilles atteste que Mme Adriana Ionescu, née le 04/06/1997, de "
                    "nationalité roumaine, a introduit une demande d'inscription.",
                    f"Numéro BIS : {V.bis('970604', 324)}",
                    "La présente attestation est valable trois mois."])],
  note="PDF with a BIS number")

M("fr", "block", ["BE_BIS_NUMBER"], "thread-onem-bis",
  "Bureau ONEM Bruxelles <chomage.bxl@onem.be>", "secretariat@syndic-gerance-ixelles.be",
  "RE: RE: attestation de chômage",
  body=f"""Bonjour,

Nous ne pouvons pas vous transmettre l'attestation, c'est l'intéressé qui doit la demander.

Cordialement,
ONEM - bureau de Bruxelles

-----Message d'origine-----
De : Secrétariat Syndic Gérance <secretariat@syndic-gerance-ixelles.be>
Envoyé : mardi 10 février 2026 11:32
À : Bureau ONEM Bruxelles
Objet : RE: attestation de chômage

Je vous renvoie les données, on m'a dit qu'il fallait le numéro :
Nom : Kowalski Marek
Numéro BIS : {V.bis('820730', 57, add=20)}

-----Message d'origine-----
De : Bureau ONEM Bruxelles
Envoyé : lundi 9 février 2026 15:10
Objet : attestation de chômage

De quelle personne s'agit-il ?
""", note="BIS number in a quoted earlier message of the thread")

M("fr", "block", ["CREDIT_CARD"], "voyage-carte-citoyen",
  "Service Jumelages Ville de Namur <jumelages@ville.namur.be>", "groupes@voyages-leclercq.be",
  "Réservation voyage Subotica - paiement",
  body=f"""Bonjour,

Pour le participant qui paie lui-même son voyage, voici sa carte (il nous l'a donnée par téléphone) :

Titulaire : Bernard Collet
Carte Visa : {V.card('453201876620144')}
Expiration : 04/27

Merci de débiter 640 €.
Service Jumelages
""", note="citizen's card number passed on to a travel agency")

M("fr", "block", ["CREDIT_CARD", "IBAN_CODE"], "remboursement-billetterie-html",
  "Billetterie Centre culturel Ottignies <billetterie@ccbw.be>", "support@payzen-benelux.be",
  "Remboursements spectacle annulé - 3 cas à traiter",
  html=f"""<html><body><p>Bonjour,</p><p>Trois spectateurs n'ont pas été remboursés automatiquement.
Pouvez-vous les traiter manuellement ?</p>
<table border="1" cellpadding="4"><tr><th>Nom</th><th>Carte utilisée</th><th>Ou compte bancaire</th><th>Montant</th></tr>
<tr><td>Géraldine Paquet</td><td>{V.card('516798231145706')}</td><td></td><td>48,00 €</td></tr>
<tr><td>Alain Thonon</td><td></td><td>{V.be_iban('732', '5519062')}</td><td>24,00 €</td></tr>
<tr><td>Julien Masset</td><td>{V.card('492901345577812')}</td><td></td><td>72,00 €</td></tr></table>
<p>Merci,<br>Billetterie du centre culturel</p></body></html>""",
  cte="base64", note="HTML table with private card numbers and an IBAN")

M("fr", "block", ["BE_NATIONAL_NUMBER", "ART9_HEALTH"], "incapacite-assureur",
  "Service du personnel Province de Luxembourg <personnel@province.luxembourg.be>",
  "gestion.sinistres@ethias-partenaire.be",
  "Déclaration accident du travail - agent voirie",
  body=f"""Madame, Monsieur,

Nous vous déclarons l'accident du travail de notre agent :

Nom : Philippe Rossignon
NISS : {V.nn('700322', 161)}
Date de l'accident : 03/02/2026
Lésions : fracture du poignet gauche et entorse cervicale, opéré le 04/02 à Vivalia Arlon
Incapacité prévue : 8 semaines

Le certificat médical suit.

Service du personnel
""", note="NISS and injuries of a named worker to an insurer")

# ---------------------------------------------------------------- FR, allow
M("fr", "allow", [], "circulaire-elections-communales",
  "SPW Intérieur - Pouvoirs locaux <elections.pouvoirslocaux@spw.wallonie.be>",
  "commandes@imprimerie-ardennaise.be",
  "Circulaire relative à l'organisation des élections - impression des bulletins",
  body="""Madame, Monsieur,

Dans le cadre du marché stock 2026-ELEC-04, vous trouverez en annexe la circulaire adressée aux
communes. Elle précise les délais d'impression des bulletins de vote et le nombre d'exemplaires par
canton.

Nous attirons votre attention sur le point 5 : les bulletins ne peuvent en aucun cas porter d'autre
mention que celles prévues par le Code de la démocratie locale.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Direction de la législation organique
SPW Intérieur et Action sociale - Avenue Gouverneur Bovesse 100, 5100 Jambes
""", atts=[pdf_rl("circulaire-elections.pdf", "Circulaire - organisation des élections locales",
                   ["1. Les listes de candidats sont déposées auprès du président du bureau principal entre "
                    "le 16e et le 15e jour avant le scrutin.",
                    "2. Le président arrête provisoirement les listes et les numéros d'ordre sont tirés au "
                    "sort au niveau régional.",
                    "3. Les électeurs qui se trouvent dans l'impossibilité de voter pour raison de santé peuvent "
                    "donner procuration moyennant un certificat médical ; la commune ne conserve pas ce "
                    "certificat au-delà du délai de recours.",
                    "4. Les bureaux de vote sont ouverts de 8 à 14 heures.",
                    "5. Mentions autorisées sur les bulletins : voir annexe 3 du Code."],
                   table=[["Canton", "Communes", "Bulletins à imprimer"], ["Bastogne", "6", "38 500"],
                          ["Marche-en-Famenne", "7", "52 100"], ["Neufchâteau", "9", "47 800"]])],
  note="long election circular to a printer, aggregate figures")

M("fr", "allow", [], "campagne-grippe-pharmacies",
  "AVIQ Prévention <prevention.vaccination@aviq.be>", "info@apb-wallonie.be",
  "Campagne de vaccination contre la grippe 2026-2027 : matériel pour les officines",
  html="""<html><body><h3>Campagne grippe 2026-2027</h3>
<p>Chère pharmacienne, cher pharmacien,</p>
<p>La campagne démarre le 1er octobre. Sont prioritaires : les personnes de 65 ans et plus, les femmes
enceintes, les personnes atteintes d'une maladie chronique et le personnel soignant.</p>
<table border="1"><tr><th>Saison</th><th>Couverture 65+</th></tr><tr><td>2024-2025</td><td>58,3 %</td></tr>
<tr><td>2025-2026</td><td>60,1 %</td></tr></table>
<p>Les affiches et dépliants peuvent être commandés sur notre site.</p>
<p>Contact presse : Olivia Demoulin, porte-parole, 071 33 77 11</p></body></html>""",
  cte="quoted-printable", note="vaccination campaign newsletter, aggregate coverage")

M("fr", "allow", [], "absences-fetes-religieuses",
  "Administration générale de l'Enseignement <enseignement.circulaires@cfwb.be>",
  "secretariat@segec-po.be",
  "Circulaire 9123 - absences justifiées pour fêtes religieuses",
  body="""Madame, Monsieur,

La circulaire 9123 rappelle que les absences pour les fêtes des cultes reconnus sont justifiées,
sur demande écrite des parents :

- culte catholique, protestant et anglican : les jours fériés légaux suffisent ;
- culte israélite : Rosh Hashana (2 jours), Yom Kippour ;
- culte islamique : Aïd el-Fitr et Aïd el-Adha (1 jour chacun) ;
- culte orthodoxe : Noël et Pâques orthodoxes lorsqu'ils ne coïncident pas.

Les établissements n'ont pas à demander aux parents de justifier leur appartenance religieuse ; un
simple mot suffit. Ne tenez pas de liste des élèves par confession.

Le texte complet est disponible sur www.enseignement.be.

Direction générale de l'Enseignement obligatoire
""", cte="quoted-printable", note="circular on religious holidays, no individual")

M("fr", "allow", [], "comite-negociation-syndicats",
  "Secrétariat du personnel Ville de Charleroi <personnel@charleroi.be>", "cgsp.admi.charleroi@cgsp.be",
  "Convocation comité de négociation syndicale - 3 mars",
  cc="csc.sp.charleroi@acv-csc.be, slfp.charleroi@slfp.be",
  body="""Mesdames, Messieurs les représentants des organisations syndicales,

Le comité de négociation se réunira le mardi 3 mars à 9h30, salle du Conseil, Hôtel de Ville.

Ordre du jour en annexe. Les organisations syndicales représentatives sont invitées à désigner au
maximum trois délégués chacune.

Le Directeur général
Ville de Charleroi - Place Charles II 14-15, 6000 Charleroi - 071 86 11 11
""", atts=[docx("odj-comite-3-mars.docx", "Comité de négociation - ordre du jour",
                 ["1. Approbation du procès-verbal du 9 décembre.",
                  "2. Règlement de travail : horaires flottants.",
                  "3. Plan annuel de prévention : risques psychosociaux et troubles musculo-squelettiques.",
                  "4. Protocole d'accord sur les chèques-repas.",
                  "5. Divers."],
                 table=[["Organisation", "Délégués"], ["CGSP", "3"], ["CSC-SP", "3"], ["SLFP", "2"]])],
  note="union negotiation committee, unions as organisations")

M("fr", "allow", [], "faq-extrait-casier",
  "Service Population Gembloux <population@gembloux.be>", "secretariat@asbl-jeunesse-gembloux.be",
  "Extraits de casier judiciaire pour vos animateurs",
  body="""Bonjour,

Vous nous demandiez comment vos futurs animateurs peuvent obtenir leur extrait de casier judiciaire :

1. Le modèle 596.2 est requis pour les activités avec des mineurs.
2. La demande se fait en ligne via Mon Dossier / Just-on-web avec la carte eID ou itsme, ou au
   guichet de l'administration communale.
3. La délivrance est gratuite et prend en général deux jours ouvrables.
4. L'extrait est personnel : l'animateur vous le montre, vous n'en gardez pas de copie et il ne doit
   pas transiter par e-mail.

Bien à vous,
Service Population - 081 62 63 00
""", note="criminal-record extract procedure")

M("fr", "allow", [], "statistiques-penitentiaires-presse",
  "Service communication SPF Justice <presse@just.fgov.be>", "redaction@lesoir.be",
  "Votre question sur la surpopulation carcérale",
  body="""Madame,

Suite à votre question, voici les chiffres de la population carcérale moyenne. Les chiffres par
établissement sont publiés dans le rapport annuel de la DG EPI.

Bien à vous,
Service communication - porte-parole : Benoît Hennaux, 02 542 65 11
""", atts=[xlsx("population_carcerale.xlsx", [("moyenne annuelle", [
      ["Année", "Capacité", "Population moyenne", "Taux d'occupation", "Détenus dormant au sol (moyenne)"],
      [2022, 10850, 11101, "102 %", 78], [2023, 10940, 11572, "106 %", 146],
      [2024, 11010, 11939, "108 %", 231], [2025, 11120, 12309, "111 %", 304]])])],
  note="aggregate prison statistics to a newspaper")

M("fr", "allow", [], "marche-sequenceurs-chu",
  "Cellule marchés publics CHU de Liège <marches.publics@chuliege.be>", "offres@genomtech-europe.be",
  "Marché CHU/2026/031 - séquenceurs de nouvelle génération - avis rectificatif",
  body="""Madame, Monsieur,

Un avis rectificatif a été publié pour le marché CHU/2026/031. La date limite de dépôt des offres est
reportée au 23 mars à 10h. Le document ci-joint remplace l'annexe technique.

Cellule marchés publics
""", atts=[pdf_fp("avis-rectificatif-CHU-2026-031.pdf", "Avis rectificatif - marché CHU/2026/031",
                   ["Objet : fourniture de deux séquenceurs de nouvelle génération pour le laboratoire de "
                    "génétique humaine.",
                    "Exigence 4.3 modifiée : le logiciel d'analyse doit fonctionner sur site ; aucune donnée "
                    "génétique de patient ne peut être transférée vers le cloud du fournisseur.",
                    "Les démonstrations se feront avec des échantillons de référence (NA12878) uniquement."],
                   table=[["Lot", "Description", "Quantité"], ["1", "Séquenceur haut débit", "1"],
                          ["2", "Séquenceur de paillasse", "1"]], widths=[25, 130, 35])],
  note="hospital procurement on genetics equipment")

M("fr", "allow", [], "facture-fournisseur-bce",
  "Comptabilité Commune de Braine-l'Alleud <comptabilite@braine-lalleud.be>",
  "facturation@mobilier-urbain-durand.be",
  "Bon de commande 2026/0142 - paiement de votre facture 5501",
  body=f"""Madame, Monsieur,

Votre facture n° 5501 du 20 janvier (bancs et corbeilles, bon de commande 2026/0142) a été approuvée
par le Collège. Le paiement sera effectué sur le compte {O.be_iban('068', '9917203')} indiqué sur votre
facture (Mobilier Urbain Durand SRL, BCE 0456.789.123).

Cordialement,
Service comptabilité - 02 854 02 00
""", atts=[pdf_fp("bon-de-commande-2026-0142.pdf", "Bon de commande 2026/0142",
                   ["Fournisseur : Mobilier Urbain Durand SRL, BCE 0456.789.123",
                    f"IBAN fournisseur : {O.be_iban('068', '9917203')}",
                    "Livraison : dépôt communal, rue des Fonds 3."],
                   table=[["Article", "Qté", "Prix unitaire", "Total"], ["Banc acier", "12", "640,00", "7 680,00"],
                          ["Corbeille 80 l", "20", "210,00", "4 200,00"]], widths=[70, 20, 50, 50])],
  note="supplier invoice payment with the company's IBAN and enterprise number")

M("fr", "allow", [], "formation-bien-etre-rh",
  "Service RH CPAS de Mons <formation@cpas.mons.be>", "inscriptions@prevention-hainaut.be",
  "Inscription collective - formation prévention du harcèlement",
  html="""<html><body><p>Bonjour,</p><p>Nous souhaitons inscrire un groupe de 14 agents (chefs de service)
à la formation <i>« Prévenir le harcèlement et la discrimination au travail »</i> du 21 avril.</p>
<ul><li>Lieu : CPAS de Mons, rue de Bouzanton 1</li><li>Durée : une journée</li>
<li>Bon de commande : FORM-2026-033</li></ul>
<p>Les noms des participants vous seront communiqués via votre plateforme d'inscription.</p>
<p>Cordialement,<br>Cellule formation<br>065 41 26 00</p></body></html>""",
  cte="8bit", note="HR training booking, no names")

M("fr", "allow", [], "appel-fnrs-biometrie",
  "F.R.S.-FNRS <appels@frs-fnrs.be>", "recherche@uclouvain.be",
  "Appel PDR 2026 - axe thématique biométrie et vie privée",
  body="""Madame, Monsieur,

Le F.R.S.-FNRS ouvre l'appel PDR 2026 avec un axe thématique « Biométrie, génétique et vie privée ».
Les projets peuvent porter sur la reconnaissance faciale respectueuse de la vie privée, le stockage
décentralisé des gabarits biométriques ou la pseudonymisation des données génomiques.

Date limite de pré-proposition : 2 avril, 14h.
Les projets impliquant des données de santé doivent joindre l'avis du comité d'éthique.

Renseignements : Dr Amélie Jadot, chargée de programme, 02 504 92 11
""", cte="quoted-printable", note="research call on biometrics/genetics, no person")

M("fr", "allow", [], "ris-par-commune-tsv",
  "SPP Intégration sociale - Statistiques <statistiques@mi-is.be>", "observatoire@iweps.be",
  "Données RIS par commune - 2e semestre 2025",
  body="""Bonjour,

Comme convenu, le fichier tabulé avec le nombre de bénéficiaires du revenu d'intégration par commune.
Les valeurs inférieures à 5 sont remplacées par « <5 ».

Cordialement,
Cellule statistiques
""", atts=[csvf("ris_communes_S2_2025.tsv", [
      ["code_ins", "commune", "beneficiaires_ris", "dont_moins_25_ans"],
      ["62063", "Liège", "12408", "3122"], ["52011", "Charleroi", "11830", "2977"],
      ["92094", "Namur", "3904", "1011"], ["63049", "Malmedy", "212", "47"],
      ["63084", "Burg-Reuland", "<5", "<5"]], "\t", "utf-8")],
  note="aggregated TSV by municipality")

M("fr", "allow", [], "pv-comite-concertation",
  "Secrétariat CPAS de Tournai <secretariat@cpastournai.be>", "direction@maisondessports-tournai.be",
  "PV comité de concertation Commune-CPAS du 2 février",
  body="""Bonjour,

Veuillez trouver en annexe le procès-verbal, pour la partie qui concerne la convention d'occupation
de la salle.

Bien à vous,
Le Directeur général
""", atts=[docx("pv-comite-concertation.docx", "Procès-verbal du comité de concertation",
                 ["Présents : Président du CPAS, Bourgmestre, Directeur général, Directeur financier.",
                  "Point 1 : budget 2026. L'intervention communale s'élève à 18,4 millions d'euros.",
                  "Point 2 : convention d'occupation de la salle omnisports pour les activités du service "
                  "jeunesse : 4 heures par semaine.",
                  "Point 3 : 1 284 bénéficiaires du RIS au 31/12 (+3,1 %)."],
                 table=[["Service", "Budget 2025", "Budget 2026"], ["Aide sociale", "9,2 M€", "9,6 M€"],
                        ["Maison de repos", "6,1 M€", "6,3 M€"]])],
  note="meeting minutes with aggregate figures")

M("fr", "allow", [], "fil-reunion-cite",
  "Nathalie Colin <nathalie.colin@bosa.fgov.be>", "p.lemaire@smals.be",
  "Re: Re: Re: atelier eBox et Fedsender",
  body="""Parfait, je confirme jeudi 5 mars à 14h, salle 3.12 au WTC III.

Nathalie Colin
Conseillère - DG Transformation digitale
SPF BOSA | Boulevard Simon Bolivar 30, 1000 Bruxelles | +32 2 740 74 00

Le lun. 9 févr. 2026 à 16:02, Pierre Lemaire <p.lemaire@smals.be> a écrit :
> Jeudi après-midi me convient aussi.
>
> Le lun. 9 févr. 2026 à 11:47, Nathalie Colin <nathalie.colin@bosa.fgov.be> a écrit :
>> Je propose jeudi 5 ou vendredi 6 mars. Ordre du jour : retour d'expérience eBox Enterprise
>> et envoi sécurisé via Fedsender.
>>
>> Le ven. 6 févr. 2026 à 09:20, Pierre Lemaire <p.lemaire@smals.be> a écrit :
>>> Bonjour Nathalie, pouvons-nous fixer l'atelier début mars ?
>>>
>>> Pierre Lemaire - architecte solutions - Smals - 02 787 57 11
""", note="several quoted levels, signatures only")

M("fr", "allow", [], "specs-niss-invalides",
  "Équipe intégration BOSA <integration@bosa.fgov.be>", "dev@logiciels-communaux.be",
  "Jeux de test pour la validation du NISS",
  body=f"""Bonjour,

Pour votre prochaine livraison, le formulaire doit refuser les numéros dont le chiffre de contrôle est
faux. Voici les exemples INVALIDES de notre jeu de test (ils ne correspondent à personne) :

  {X.nn('850230', 117)}   (contrôle faux)
  {X.nn('910715', 402)}   (contrôle faux)
  {X.bis('780412', 88)}   (BIS, contrôle faux)

Pour les tests positifs, utilisez uniquement les numéros fictifs de l'environnement d'acceptation,
jamais de vrais numéros de registre national.

Bonne journée,
Équipe intégration
""", note="invalid NISS/BIS look-alikes in a test specification")

M("fr", "allow", [], "communique-bourgmestre",
  "Cabinet du Bourgmestre Ville de Liège <cabinet.bourgmestre@liege.be>", "info@rtbf.be",
  "Communiqué : inauguration de la passerelle de la Dérivation",
  html="""<html><body><p><b>COMMUNIQUÉ DE PRESSE</b></p><p>Le bourgmestre Willy Demeyer (PS) et l'échevine de
la Mobilité Élisabeth Fraipont (MR) inaugureront la nouvelle passerelle cyclo-piétonne le samedi 14 mars
à 11h.</p><p>Contact presse : Caroline Delhaxhe, 04 221 80 07, presse@liege.be</p></body></html>""",
  body="""COMMUNIQUÉ DE PRESSE

Le bourgmestre Willy Demeyer (PS) et l'échevine de la Mobilité Élisabeth Fraipont (MR) inaugureront la
nouvelle passerelle cyclo-piétonne le samedi 14 mars à 11h. Le ministre wallon de la Mobilité sera
présent.

Contact presse : Caroline Delhaxhe, attachée de presse, 04 221 80 07, presse@liege.be
""", note="politicians' public mandates and party")

M("fr", "allow", [], "communique-controles-police",
  "Zone de police Namur Capitale <communication@police-namur.be>", "redaction@lavenir.net",
  "Communiqué - bilan des contrôles alcool du week-end",
  html="""<html><body><p><b>Communiqué</b></p>
<p>Ce week-end, 1 214 conducteurs ont été contrôlés. 37 se sont révélés positifs à l'alcool et 9 aux
stupéfiants. 14 permis ont été retirés immédiatement.</p>
<p>Porte-parole : commissaire Jean-Marc Lallemand, 081 24 66 11</p></body></html>""",
  cte="quoted-printable", note="aggregate offence statistics in a press release")

M("fr", "allow", [], "inami-lettre-incapacite",
  "INAMI - Communication <communication@inami.fgov.be>", "info@solidaris-wallonie.be",
  "Lettre d'information : trajets de retour au travail, nouveautés 2026",
  atts=[pdf_rl("lettre-information-fevrier-2026.pdf", "Lettre d'information INAMI - février 2026",
               ["Trajets de retour au travail : le coordinateur contacte la personne au plus tard à la 10e semaine.",
                "Invalidité au 30 juin 2025 : 528 000 personnes."],
               table=[["Cause principale", "Part"], ["Troubles psychiques", "37 %"],
                      ["Troubles musculo-squelettiques", "30 %"], ["Autres", "33 %"]])],
  body="""Lettre d'information - février 2026

1. Trajets de retour au travail
Depuis le 1er janvier, le coordinateur « retour au travail » de la mutualité contacte la personne en
incapacité au plus tard à la 10e semaine. Le médecin-conseil reste seul à connaître le diagnostic ; les
informations transmises à l'employeur se limitent aux capacités de travail.

2. Chiffres
Au 30 juin 2025, 528 000 personnes étaient en invalidité, dont 37 % pour des troubles psychiques et
30 % pour des troubles musculo-squelettiques.

3. Formulaires
Les nouveaux formulaires de reprise progressive sont disponibles sur notre site.

4. Webinaire
Le 26 mars, un webinaire pour les médecins-conseils sur la collaboration avec les médecins du travail.

Pour vous désinscrire, répondez à ce message.
INAMI - Avenue du Bourget 50, 1130 Bruxelles
""", cte="quoted-printable", note="long newsletter about incapacity, aggregate")

M("fr", "allow", [], "facture-cpas-article60",
  "Service facturation CPAS d'Anderlecht <facturation@cpas-anderlecht.brussels>",
  "comptabilite@recyclerie-bruxelles.be",
  "Facture 2026/F/0088 - mise à disposition article 60",
  body="""Madame, Monsieur,

Veuillez trouver ci-joint la facture relative à la mise à disposition de travailleurs sous contrat
article 60 pour janvier 2026.

Service facturation - 02 529 40 00
""", atts=[pdf_rl("facture-2026-F-0088.pdf", "Facture 2026/F/0088",
                   ["CPAS d'Anderlecht, avenue Raymond Vander Bruggen 62-64, 1070 Anderlecht - BCE 0212.345.804",
                    "Client : Recyclerie Bruxelles ASBL - BCE 0649.112.307"],
                   table=[["Période", "Prestations", "Montant"], ["janvier 2026", "3 travailleurs x 152 h", "2 280,00 €"]],
                   after=[f"À payer sur le compte {O.be_iban('096', '0114409')} du CPAS, communication "
                          "structurée +++088/2026/00412+++"])],
  note="CPAS invoice with CPAS IBAN")

M("fr", "allow", [], "redevance-permis-citoyen",
  "Service Urbanisme Commune de Rixensart <urbanisme@rixensart.be>", "d.gilson@skynet.be",
  "Votre demande de permis d'urbanisme - redevance",
  body=f"""Monsieur Gilson,

Votre demande de permis d'urbanisme pour l'extension de votre habitation (dossier URB/2026/047) est
complète. Afin de la traiter, merci de verser la redevance de 60 € sur le compte de la commune
{O.be_iban('091', '0007823')} avec la communication +++047/2026/60012+++.

Cordialement,
Service Urbanisme - 02 634 21 00
""", note="public fee payment instruction with the municipality's IBAN, to a citizen")

M("fr", "allow", [], "semaine-sante-mentale-odt",
  "Plateforme santé mentale Bruxelles <coordination@psybru.be>", "info@ccb-bruxelles.be",
  "Programme Semaine de la santé mentale",
  body="""Bonjour,

Le programme de la Semaine bruxelloise de la santé mentale en pièce jointe. N'hésitez pas à le diffuser.

L'équipe de coordination
""", atts=[odt("programme-semaine-sante-mentale.odt", "Semaine bruxelloise de la santé mentale",
                ["Lundi : conférence « Dépression et travail », Flagey, 19h.",
                 "Mardi : ateliers dans les maisons médicales.",
                 "Mercredi : journée portes ouvertes des services de santé mentale.",
                 "Jeudi : ciné-débat sur les troubles bipolaires.",
                 "Vendredi : clôture avec les associations de patients et de proches."])],
  note="ODT event programme on mental health")

M("fr", "allow", [], "marche-repas-creches-zip",
  "Service achats Ville de Bruxelles <marches.fournitures@brucity.be>", "offres@traiteur-collectivites.be",
  "Marché repas crèches 2026 - documents",
  body="""Madame, Monsieur,

Vous trouverez dans le zip le cahier des charges et le tableau des quantités pour le marché de
fourniture de repas des crèches communales (menus standard, végétarien, sans porc, halal et casher).

Service achats
""", atts=[zipf("marche_repas_creches_2026.zip", [
      ("quantites.ods", ods("x", "quantités", [["Menu", "Repas par jour (estimation)"], ["standard", "1 420"],
                                                 ["végétarien", "310"], ["sans porc", "260"], ["halal", "480"],
                                                 ["casher", "35"]])[1]),
      ("cahier_des_charges.pdf", pdf_rl("x", "Cahier des charges - repas des crèches",
                                        ["Les menus sont choisis par les parents à l'inscription. Le "
                                         "prestataire ne reçoit que le nombre de repas par menu et par crèche.",
                                         "Critères : prix 40, qualité 40, circuit court 20."])[1])])],
  note="ZIP (ODS + PDF) of a tender with aggregate counts of halal/kosher meals")

M("fr", "allow", [], "transfert-invitation-colloque",
  "Unia - service Formation <formation@unia.be>", "contact@cire.be",
  "TR: Colloque discriminations dans l'accès au logement",
  body="""Bonjour,

Je vous transfère l'invitation ci-jointe, qui pourrait intéresser votre équipe.

Cordialement,
Unia
""", atts=[inner("colloque-logement", "Observatoire de l'habitat <colloque@observatoire-habitat.brussels>",
                   "formation@unia.be", "Invitation : colloque discriminations et logement", """Madame, Monsieur,

Nous avons le plaisir de vous inviter à notre colloque du 23 avril sur les discriminations dans l'accès
au logement. L'étude par tests de situation menée en 2025 montre qu'un candidat au nom à consonance
maghrébine reçoit 28 % de réponses positives en moins.

Inscription gratuite mais obligatoire.

Observatoire de l'habitat
""", (2026, 2, 2, 10, 30))],
  note="forwarded .eml invitation with aggregate discrimination study")

M("fr", "allow", [], "rapport-annuel-court",
  "Documentation SPF Sécurité sociale <documentation@socialsecurity.be>", "bibliotheque@ulb.be",
  "Rapport annuel 2025",
  body="""Bonjour,

Le rapport annuel 2025 est disponible en ligne : https://socialsecurity.belgium.be/fr/publications

Bonne lecture,
Service documentation
""", note="three-line mail with a public link")

M("fr", "allow", [], "nouvelles-coordonnees-service",
  "Secrétariat Direction Régionale Forem Liège <secretariat.liege@forem.be>", "contact@federation-ETA.be",
  "Nouvelles coordonnées de la Direction régionale de Liège",
  body=f"""Madame, Monsieur,

Suite à notre déménagement, voici nos nouvelles coordonnées à partir du 1er mars :

Forem - Direction régionale de Liège
Boulevard d'Avroy 38, 4000 Liège
Accueil : 04 229 15 00
Directrice : Mme Valérie Hansen - valerie.hansen@forem.be - 04 229 15 10
Responsable partenariats : M. Olivier Dewez - olivier.dewez@forem.be - 0478 55 12 90
Pour vos factures : BCE 0236.363.165, compte {O.be_iban('091', '0123456')}

Cordialement,
Le secrétariat
""", note="professional contact data and the organisation's own IBAN")

M("fr", "allow", [], "preavis-greve-transport",
  "Cabinet de l'Échevin de l'Enseignement Ville de Namur <enseignement@ville.namur.be>",
  "exploitation@tec-namur.be",
  "Préavis de grève des organisations syndicales - transport scolaire du 12 mars",
  html="""<html><body><p>Madame, Monsieur,</p>
<p>Les organisations syndicales CGSP, CSC-SP et SLFP ont déposé un préavis de grève pour le 12 mars dans
l'enseignement communal. Les écoles resteront ouvertes avec un service minimum de garderie.</p>
<table border="1"><tr><th>École</th><th>Élèves inscrits</th><th>Transport maintenu</th></tr>
<tr><td>EC Jambes</td><td>312</td><td>oui</td></tr><tr><td>EC Salzinnes</td><td>198</td><td>non</td></tr></table>
<p>Merci d'adapter les circuits de bus.</p><p>Le cabinet</p></body></html>""",
  cte="base64", note="strike notice from unions as organisations, HTML table")

# ---------------------------------------------------------------- DE, block
M("de", "block", ["BE_NATIONAL_NUMBER", "IBAN_CODE"], "oeshz-mietgarantie",
  "Sozialdienst ÖSHZ Eupen <sozialdienst@oeshz-eupen.be>", "verwaltung@immobilien-hick.be",
  "Mietgarantie für Frau Kessler",
  html=f"""<html><body><p>Sehr geehrter Herr Hick,</p><p>hier die Angaben für den Mietvertrag:</p>
<p>Name: Sandra Kessler<br>Nationalregisternummer: {V.nn('880921', 142)}<br>
Konto der Mieterin: {V.be_iban('083', '3310774')}<br>Einzug: 1. März</p>
<p>Mit freundlichen Grüßen<br>Monika Schröder, ÖSHZ Eupen</p></body></html>""",
  body=f"""Sehr geehrter Herr Hick,

wie telefonisch besprochen übernimmt das ÖSHZ die Mietgarantie. Hier die Angaben für den Mietvertrag:

Name: Sandra Kessler
Nationalregisternummer: {V.nn('880921', 142)}
Bisherige Adresse: Hütte 52, 4700 Eupen
Konto der Mieterin: {V.be_iban('083', '3310774')}
Einzug: 1. März

Mit freundlichen Grüßen
Monika Schröder
Sozialarbeiterin, ÖSHZ Eupen - 087 59 29 00
""", cte="quoted-printable", note="Label: Wert form with NN and private IBAN to a landlord")

M("de", "block", ["BE_NATIONAL_NUMBER"], "adg-vermittlung-docx",
  "Arbeitsamt der DG <vermittlung.stvith@adg.be>", "personal@holzbau-kreusch.be",
  "Bewerber für Ihre Stelle als Zimmerer",
  body="""Guten Tag Herr Kreusch,

anbei die Liste der Bewerber, die wir Ihnen für die Stelle vorschlagen, mit den Angaben für den
Eingliederungszuschuss.

Freundliche Grüße
Patrick Theissen
Arbeitsamt der DG, Geschäftsstelle St. Vith
""", atts=[docx("bewerber-zimmerer.docx", "Bewerber Zimmerer (AST-2026-114)",
                 ["Verfügbar ab sofort, Führerschein B vorhanden."],
                 table=[["Name", "Nationalregisternummer", "Wohnort"],
                        ["Lukas Margraff", V.nn("990514", 63), "Amel"],
                        ["Dennis Backes", V.nn("020223", 117, y2k=True), "Burg-Reuland"]])],
  note="Word table with NN of named job seekers")

M("de", "block", ["BE_BIS_NUMBER"], "grenzgaenger-bis",
  "Einwohnermeldeamt Gemeinde Kelmis <bevoelkerung@kelmis.be>", "lohnbuero@spedition-aachen-west.de",
  "Ihre Anfrage zu Herrn Wozniak",
  atts=[pdf_fp("merkblatt-bis-nummer.pdf", "Merkblatt: Die BIS-Nummer",
               ["Personen, die nicht im belgischen Nationalregister eingetragen sind, erhalten für die soziale "
                "Sicherheit eine BIS-Nummer.",
                "Arbeitgeber verwenden sie für die Dimona-Meldung und die DmfA.",
                "Die Nummer wird von der Zentralen Datenbank der sozialen Sicherheit vergeben."])],
  body=f"""Sehr geehrte Frau Krings,

Herr Paweł Wozniak ist nicht in Kelmis gemeldet. Er ist unter der BIS-Nummer {V.bis('870919', 231)}
im Register geführt. Für die Meldung an die belgische Sozialversicherung können Sie diese Nummer
verwenden.

Mit freundlichen Grüßen
Einwohnermeldeamt Kelmis
""", note="BIS number of a cross-border worker to a German employer")

M("de", "block", ["ART9_HEALTH"], "kaleido-sportverein",
  "Kaleido Ostbelgien <gesundheit.eupen@kaleido-ostbelgien.be>", "jugend@fc-eupen-kettenis.be",
  "Hinweise für das Trainingslager",
  html="""<html><body><p>Hallo Herr Lentz,</p>
<p>Die Eltern haben uns gebeten, Ihnen Folgendes für das Trainingslager mitzuteilen:</p>
<ul><li><b>Jonas Heinen</b> (U12) hat Diabetes Typ 1 und trägt eine Insulinpumpe. Bei Unterzucker braucht
er sofort Traubenzucker.</li>
<li><b>Mia Cremer</b> (U12) hat Epilepsie; die Notfallmedikation (Buccolam) ist in ihrer Tasche.</li></ul>
<p>Viele Grüße<br>Kaleido Ostbelgien, Team Eupen</p></body></html>""",
  cte="quoted-printable", note="HTML-only: diagnoses of two named children to a sports club")

M("de", "block", ["ART9_GENETIC", "ART9_HEALTH"], "dsl-pflegedienst-pdf",
  "Dienststelle für Selbstbestimmtes Leben <beratung@dsl.be>", "einsatzplanung@pflegedienst-eifel.be",
  "Anfrage Unterstützung Familie Schumacher",
  body="""Guten Tag,

anbei unser Bericht zur Unterstützung von Tim Schumacher. Bitte melden Sie sich, ob Sie ab April
jemanden einsetzen können.

Mit freundlichen Grüßen
Dienststelle für Selbstbestimmtes Leben
""", atts=[pdf_fp("bericht-schumacher.pdf", "Bericht - Tim Schumacher (6 Jahre)",
                   ["Die Chromosomenanalyse (Humangenetik Aachen, 2020) ergab eine freie Trisomie 21.",
                    "Tim hat zusätzlich einen operierten Herzfehler (AVSD) und eine Hörminderung links.",
                    "Bedarf: 6 Stunden Begleitung pro Woche im Kindergarten."])],
  note="PDF: chromosome analysis result and health of a named child")

M("de", "block", ["ART9_ETHNIC_ORIGIN", "ART9_RELIGION"], "oeshz-jesiden-wohnheim",
  "ÖSHZ Kelmis <integration@oeshz-kelmis.be>", "leitung@wohnheim-hergenrath.be",
  "Aufnahme Familie Murad",
  body="""Guten Tag Frau Jansen,

die Familie Murad (Eltern und vier Kinder) sind jesidische Kurden aus dem Sindschar. Sie haben große
Angst vor muslimischen Mitbewohnern, weil sie vom IS verfolgt wurden. Bitte berücksichtigen Sie das bei
der Zimmerverteilung. Die Familie hält sich an die jesidischen Speisevorschriften.

Mit freundlichen Grüßen
Stefan Radermacher, Sozialassistent
""", note="ethnic origin and religion of a named family")

M("de", "block", ["ART9_POLITICAL_OPINION"], "mitarbeiter-partei-anwalt",
  "Personalamt Gemeinde Bütgenbach <personal@butgenbach.be>", "kanzlei@rechtsanwaelte-malmedy.be",
  "Beratung: Leserbriefe eines Mitarbeiters",
  body="""Sehr geehrter Herr Rechtsanwalt,

wir bitten um Ihre Einschätzung. Unser Mitarbeiter im Bauhof, Herr Gerd Thomé, ist überzeugtes Mitglied
einer rechtspopulistischen Partei und schreibt regelmäßig Leserbriefe gegen die Flüchtlingspolitik,
in denen er sich als Gemeindemitarbeiter vorstellt. Er hat kein politisches Mandat.

Dürfen wir ihm das untersagen?

Mit freundlichen Grüßen
Gemeindesekretariat Bütgenbach
""", note="political opinion of a named employee")

M("de", "block", ["ART9_TRADE_UNION"], "gewerkschaftsbeitrag-csv",
  "Personalabteilung Ministerium der DG <personal@dgov.be>", "service@lohnbuero-ostbelgien.be",
  "Gewerkschaftsprämie 2025",
  body="""Hallo Frau Mertes,

anbei die Liste der Bediensteten, die den Antrag auf Gewerkschaftsprämie eingereicht haben, mit
Gewerkschaft. Bitte mit der Aprilabrechnung auszahlen.

Gruß
Personalabteilung
""", atts=[csvf("gewerkschaftspraemie_2025.csv", [
      ["Personalnummer", "Name", "Vorname", "Gewerkschaft"],
      ["D1042", "Pauels", "Birgit", "CSC Öffentliche Dienste"],
      ["D1177", "Weynand", "Thomas", "CGSP"], ["D1203", "Fickers", "Anja", "SLFP"]], ";", "windows-1252")],
  note="CSV (; windows-1252) with union per named employee")

M("de", "block", ["ART9_BIOMETRIC"], "fingerabdruck-templates-ods",
  "IT-Dienst Stadt Eupen <it@eupen.be>", "support@zeiterfassung-rheinland.de",
  "Ticket 8812 - Import der Fingerabdruck-Templates",
  body="""Guten Tag,

die Templates werden vom neuen Terminal nicht angenommen. Anbei der Export der betroffenen Mitarbeiter
aus dem alten Gerät.

Gruß
IT-Dienst Stadt Eupen
""", atts=[ods("templates_export.ods", "export", [
      ["Mitarbeiter", "Personalnr.", "Finger", "Template (ISO 19794-2, Base64)"],
      ["Heike Brüll", "E-0412", "Zeigefinger rechts", "Rk1SACAyMAAAAAEeAAABAAFoAMUAxQEAAABGLYB0AEX6Y0B9AF0IXkCiAG"],
      ["Marco Langer", "E-0419", "Daumen links", "Rk1SACAyMAAAAAE2AAABAAFoAMUAxQEAAABGMIBeAD3xZECFAGUOWkB2AI"]])],
  note="ODS with fingerprint templates of named employees")

M("de", "block", ["ART9_SEX_LIFE"], "beratung-homosexuell-gewalt",
  "ÖSHZ St. Vith <sozialdienst@oeshz-stvith.be>", "beratung@opferhilfe-ostbelgien.be",
  "Bitte um Termin",
  body="""Hallo zusammen,

könnt ihr diese Woche einen Termin für Herrn Marc Schmitz geben? Er lebt seit Jahren in einer
homosexuellen Beziehung und wird von seinem Partner geschlagen. In seinem Dorf weiß niemand, dass er
schwul ist, deshalb möchte er auf keinen Fall zu uns ins Büro kommen.

Danke und Gruß
Vera
""", cte="base64", note="sexual orientation of a named man, base64 body")

M("de", "block", ["ART10_CRIMINAL"], "polizei-verein-thread",
  "Polizeizone Eifel <jugend@pz-eifel.be>", "vorstand@tv-st-vith.be",
  "AW: AW: Jugendtrainer",
  body="""Guten Tag Herr Meyer,

ich kann Ihnen das nur mündlich bestätigen, bitte leiten Sie diese Mail nicht weiter.

Am 11.02.2026 um 18:20 schrieb Vorstand TV St. Vith <vorstand@tv-st-vith.be>:
> Können Sie das bestätigen? Wir müssen ihn sonst weiter trainieren lassen.
>
> Am 11.02.2026 um 09:12 schrieb Polizeizone Eifel <jugend@pz-eifel.be>:
>> Herr Meyer, zu Ihrer Frage: Herr Ralf Jost wurde im Dezember vom Strafgericht Eupen wegen Besitzes
>> kinderpornografischen Materials zu zwei Jahren auf Bewährung verurteilt. Er darf nicht mit
>> Minderjährigen arbeiten.
>>
>> Am 10.02.2026 um 20:45 schrieb Vorstand TV St. Vith:
>>> Guten Abend, stimmt es, dass gegen unseren Jugendtrainer etwas vorliegt?
""", note="conviction of a named person in a quoted thread")

M("de", "block", ["CREDIT_CARD"], "reise-kreditkarte-zip",
  "Jugendbüro der DG <info@jugendbuero.be>", "gruppen@reisebuero-eifelland.be",
  "Unterlagen Jugendaustausch Krakau",
  body="""Guten Tag,

anbei im ZIP die Teilnehmerliste und die Zahlungsangaben der Begleitperson, die ihren Anteil selbst
bezahlt.

Viele Grüße
Jugendbüro der DG
""", atts=[zipf("jugendaustausch_krakau.zip", [
      ("teilnehmer.txt", "Gruppe: 14 Jugendliche, 2 Begleitpersonen. Abfahrt 6. April, Eupen Bahnhof.\r\n".encode()),
      ("zahlung_begleitperson.txt", f"""Begleitperson: Andrea Velz
Kreditkarte: {V.card('552204983317620')}
Gültig bis: 08/28
Betrag: 385 EUR
""".replace("\n", "\r\n").encode("utf-8"))])],
  note="card number only in a text file inside a ZIP")

# ---------------------------------------------------------------- DE, allow
M("de", "allow", [], "rundschreiben-gemeindewahlen",
  "Ministerium der DG - Lokale Behörden <lokalebehoerden@dgov.be>", "auftraege@grenzecho-druck.be",
  "Rundschreiben Gemeinderatswahlen - Druck der Stimmzettel",
  body="""Sehr geehrte Damen und Herren,

anbei das Rundschreiben an die neun Gemeinden der Deutschsprachigen Gemeinschaft zur Organisation der
Gemeinderatswahlen. Für den Druck der Stimmzettel gelten die Fristen in Punkt 3.

Mit freundlichen Grüßen
Fachbereich Lokale Behörden
Ministerium der Deutschsprachigen Gemeinschaft, Gospertstraße 1, 4700 Eupen
""", atts=[pdf_rl("rundschreiben-wahlen.pdf", "Rundschreiben zur Organisation der Gemeinderatswahlen",
                   ["1. Die Wahllokale sind von 8 bis 14 Uhr geöffnet.",
                    "2. Wähler, die aus gesundheitlichen Gründen verhindert sind, können mit ärztlicher "
                    "Bescheinigung eine Vollmacht erteilen.",
                    "3. Die Stimmzettel werden spätestens am 10. Tag vor der Wahl an die Gemeinden geliefert.",
                    "4. Die Listen der Kandidaten werden nach ihrer Hinterlegung öffentlich ausgehängt."],
                   table=[["Gemeinde", "Wahlberechtigte (2024)"], ["Eupen", "15 240"], ["Kelmis", "8 310"],
                          ["St. Vith", "7 020"], ["Bütgenbach", "4 380"]])],
  note="election circular with aggregate numbers")

M("de", "allow", [], "pressemitteilung-impfung",
  "Kaleido Ostbelgien Presse <presse@kaleido-ostbelgien.be>", "redaktion@grenzecho.net",
  "Pressemitteilung: Masern-Impfaktion an den Sekundarschulen",
  html="""<html><body><p><b>Pressemitteilung</b> - Eupen, 10. Februar 2026</p>
<p>Kaleido bietet allen Schülerinnen und Schülern der Sekundarschulen eine kostenlose Nachholimpfung
gegen Masern an. In Ostbelgien sind 91 Prozent der 14-Jährigen vollständig geimpft; empfohlen sind 95
Prozent.</p><p>Pressekontakt: Julia Hilgers, Kommunikation, 087 55 46 40</p></body></html>""",
  cte="quoted-printable", note="vaccination press release")

M("de", "allow", [], "schulkalender-feiertage",
  "Sekretariat Königliches Athenäum Eupen <sekretariat@kae.be>", "elternrat.kae@gmail.com",
  "Schulkalender und Feiertage",
  body="""Liebe Mitglieder des Elternrats,

hier die Termine des dritten Trimesters:
- Osterferien: 6. bis 17. April
- Christi Himmelfahrt: 14. Mai (schulfrei)
- Pfingstmontag: 25. Mai (schulfrei)
- Zuckerfest und Opferfest: Abwesenheit mit Entschuldigung der Eltern möglich

Eine Liste, wer welche Feiertage begeht, führen wir nicht.

Freundliche Grüße
Das Sekretariat
""", cte="8bit", note="school calendar mentioning religious holidays")

M("de", "allow", [], "verhandlungsausschuss-gewerkschaften",
  "Personaldienst Stadt Eupen <personal@eupen.be>", "cgsp.verviers@cgsp.be",
  "Einladung Verhandlungsausschuss 5. März",
  cc="csc.ostbelgien@acv-csc.be",
  body="""Sehr geehrte Vertreter der Gewerkschaftsorganisationen,

hiermit laden wir Sie zum Verhandlungsausschuss am 5. März um 14 Uhr im Rathaus Eupen ein. Die
Tagesordnung finden Sie in der Anlage.

Mit freundlichen Grüßen
Personaldienst der Stadt Eupen - Rathausplatz 14, 4700 Eupen - 087 59 58 00
""", atts=[docx("tagesordnung-verhandlungsausschuss.docx", "Tagesordnung Verhandlungsausschuss",
                 ["1. Genehmigung des Protokolls vom 10. Dezember.",
                  "2. Arbeitsordnung: Telearbeit.",
                  "3. Aktionsplan psychosoziale Risiken.",
                  "4. Verschiedenes."])],
  note="union consultation with unions as organisations")

M("de", "allow", [], "strafregisterauszug-verfahren",
  "Bürgerdienst Gemeinde Raeren <buergerdienst@raeren.be>", "vorstand@musikverein-eynatten.be",
  "Auszug aus dem Strafregister für Ihre Jugendbetreuer",
  body="""Guten Tag,

für Betreuer, die mit Minderjährigen arbeiten, wird ein Auszug aus dem Strafregister nach Muster 2
benötigt. Die Betreuer beantragen ihn selbst online (mit eID oder itsme) oder im Bürgerdienst. Der
Auszug ist kostenlos. Bitte lassen Sie sich den Auszug vorzeigen und schicken Sie ihn nicht per E-Mail
herum.

Öffnungszeiten: Montag bis Freitag 8.30-12.00 Uhr, Dienstag auch 14.00-18.00 Uhr.

Mit freundlichen Grüßen
Bürgerdienst Raeren - 087 85 92 00
""", cte="quoted-printable", note="procedure for criminal-record extracts")

M("de", "allow", [], "jugendgericht-statistik",
  "Fachbereich Jugendhilfe Ministerium der DG <jugendhilfe@dgov.be>", "forschung@uni-luebeck-kriminologie.de",
  "Statistik Jugendgerichtshilfe 2021-2025",
  body="""Sehr geehrte Frau Dr. Hansen,

anbei die aggregierten Zahlen, die Sie für Ihre Vergleichsstudie angefragt haben. Werte unter 5 sind
nicht ausgewiesen.

Mit freundlichen Grüßen
Fachbereich Jugendhilfe
""", atts=[xlsx("jugendgerichtshilfe_2021_2025.xlsx", [("Fälle", [
      ["Jahr", "Neue Fälle", "davon Diebstahl", "davon Gewalt", "Maßnahmen in Einrichtung"],
      [2021, 142, 51, 33, 12], [2022, 155, 58, 31, 14], [2023, 163, 60, 40, 11],
      [2024, 149, 47, 38, 9], [2025, 171, 62, 44, "<5"]])])],
  note="aggregate juvenile justice statistics")

M("de", "allow", [], "ausschreibung-beatmung",
  "Einkauf St. Nikolaus-Hospital <einkauf@hospital-eupen.be>", "vertrieb@medtech-aachen.de",
  "Ausschreibung SNH-2026-04 Beatmungsgeräte - Fragen und Antworten",
  body="""Sehr geehrte Damen und Herren,

anbei die Antworten auf die eingegangenen Fragen. Angebotsfrist: 20. März, 12 Uhr.

Mit freundlichen Grüßen
Einkauf St. Nikolaus-Hospital Eupen
""", atts=[pdf_fp("fragen-antworten-SNH-2026-04.pdf", "Ausschreibung SNH-2026-04 - Fragen und Antworten",
                   ["Frage 2: Müssen Patientendaten exportiert werden? Antwort: Nein, die Geräte speichern "
                    "keine Patientendaten außerhalb des Krankenhausnetzes.",
                    "Frage 5: Wartungsvertrag? Antwort: 5 Jahre, Vor-Ort-Service innerhalb von 24 Stunden."],
                   table=[["Los", "Beschreibung", "Menge"], ["1", "Intensivbeatmung", "4"],
                          ["2", "Transportbeatmung", "2"]], widths=[25, 130, 35])],
  note="hospital procurement Q&A")

M("de", "allow", [], "rechnung-saalmiete",
  "Finanzdienst Gemeinde Lontzen <finanzen@lontzen.be>", "buchhaltung@karnevalsverein-walhorn.be",
  "Rechnung 2026/031 - Saalmiete",
  body=f"""Sehr geehrte Damen und Herren,

anbei die Rechnung für die Nutzung des Gemeindesaals am 14. Februar. Bitte überweisen Sie den Betrag
auf das Konto der Gemeinde {O.be_iban('091', '0004418')} mit der Mitteilung +++031/2026/00077+++.

Unternehmensnummer der Gemeinde: 0207.400.604

Mit freundlichen Grüßen
Finanzdienst
""", atts=[pdf_rl("rechnung-2026-031.pdf", "Rechnung 2026/031",
                   ["Gemeinde Lontzen, Kirchstraße 4, 4710 Lontzen",
                    "Kunde: Karnevalsverein Walhorn VoG, Unternehmensnummer 0418.227.305"],
                   table=[["Leistung", "Betrag"], ["Gemeindesaal, Tagesmiete", "320,00 EUR"],
                          ["Endreinigung", "80,00 EUR"], ["Gesamt", "400,00 EUR"]])],
  note="invoice with the municipality's IBAN and enterprise number")

M("de", "allow", [], "fortbildung-wohlbefinden",
  "Personalentwicklung ÖSHZ Eupen <weiterbildung@oeshz-eupen.be>", "kurse@bildungswerk-ostbelgien.be",
  "Fortbildung Wohlbefinden am Arbeitsplatz - Buchung",
  body="""Guten Tag,

wir möchten für unsere Mitarbeitenden zwei Module buchen:

- "Stress und Burnout vorbeugen" am 17. April (12 Personen)
- "Vielfalt im Team: Herkunft, Religion, Geschlecht" am 8. Mai (15 Personen)

Bestellnummer: WB-2026-007. Die Teilnehmerliste geben wir am Kurstag ab.

Mit freundlichen Grüßen
Personalentwicklung ÖSHZ Eupen - 087 59 29 10
""", note="HR training booking, no individual")

M("de", "allow", [], "eingliederungseinkommen-ods",
  "Statistik ÖSHZ-Verband <statistik@oeshz-verband.be>", "analyse@ostbelgienstatistik.be",
  "Eingliederungseinkommen nach Gemeinde",
  body="""Hallo,

anbei die Tabelle für den Sozialbericht. Kleine Zahlen sind zusammengefasst.

Gruß
Andreas
""", atts=[ods("eingliederungseinkommen_2025.ods", "2025", [
      ["Gemeinde", "Bezieher", "davon unter 25"], ["Eupen", "388", "92"], ["Kelmis", "241", "60"],
      ["St. Vith", "84", "17"], ["übrige Gemeinden", "151", "29"]])],
  note="aggregated ODS table")

M("de", "allow", [], "thread-termin-zitiert",
  "Claudia Brüls <claudia.bruels@dgov.be>", "j.wintgens@awv-aachen.de",
  "AW: AW: AW: Treffen grenzüberschreitende Zusammenarbeit",
  body="""Hallo Herr Wintgens,

der 18. März passt. Wir treffen uns um 10 Uhr im Ministerium, Raum 2.14.

Claudia Brüls
Referentin Außenbeziehungen
Ministerium der Deutschsprachigen Gemeinschaft | Gospertstraße 1, 4700 Eupen | +32 87 59 64 00

Von: Jürgen Wintgens <j.wintgens@awv-aachen.de>
Gesendet: Montag, 9. Februar 2026 14:10
An: Claudia Brüls
Betreff: AW: AW: Treffen grenzüberschreitende Zusammenarbeit

Der 18. oder 19. März würde bei uns gehen.

Von: Claudia Brüls
Gesendet: Montag, 9. Februar 2026 10:02
An: Jürgen Wintgens
Betreff: AW: Treffen grenzüberschreitende Zusammenarbeit

Gerne. Themen: Abfallwirtschaft und Notfallplanung im Grenzgebiet.

Von: Jürgen Wintgens
Gesendet: Freitag, 6. Februar 2026 16:40
Betreff: Treffen grenzüberschreitende Zusammenarbeit

Sollen wir uns im März einmal treffen?
""", note="multi-level quoted thread, nothing personal")

M("de", "allow", [], "pressemitteilung-ministerpraesident",
  "Presse Regierung der DG <presse@dgov.be>", "redaktion@brf.be",
  "Pressemitteilung: Ministerpräsident eröffnet neues Förderzentrum",
  body="""PRESSEMITTEILUNG

Ministerpräsident Oliver Paasch (ProDG) eröffnet am Freitag, 27. Februar, gemeinsam mit Bildungsministerin
Lydia Klinkenberg (ProDG) das neue Förderzentrum in Kettenis. Das Zentrum bietet 80 Plätze für Kinder mit
Förderbedarf.

Pressekontakt: Sabine Mockel, Pressesprecherin, 087 59 64 25, presse@dgov.be
""", cte="quoted-printable", note="public roles of politicians, spokesperson contact")

M("de", "allow", [], "bestellung-aktenzeichen",
  "Technischer Dienst Gemeinde Amel <technik@amel.be>", "bestellung@baustoffe-rauw.be",
  "Bestellung Streusalz - Aktenzeichen und Lieferadresse",
  body=f"""Guten Tag,

wir bestellen 24 Tonnen Streusalz laut Angebot vom 3. Februar.

Bestellnummer: 2026-TD-00419
Aktenzeichen: AZ {X.nn('260203', 419)}
Kostenstelle: 421/140-02
Lieferung: Bauhof Amel, Auf dem Kamp 2, 4770 Amel

Die Rechnung bitte an finanzen@amel.be.

Freundliche Grüße
Technischer Dienst Amel - 080 34 80 30
""", atts=[csvf("bestellpositionen.csv", [["Pos", "Artikel", "Menge", "Einheit"],
                                          ["1", "Streusalz lose", "24", "t"], ["2", "Streusalz Sack 25 kg", "40", "Sack"]],
                ",", "windows-1252")],
  note="order with file reference shaped like an NN but with a wrong check digit; CSV (, windows-1252)")

# ---------------------------------------------------------------- EN, block
M("en", "block", ["NL_BSN", "IBAN_CODE"], "expat-relocation-bsn",
  "International Desk Gemeente Eindhoven <expatdesk@eindhoven.nl>", "cases@relocate-brainport.com",
  "Registration completed - Mr Raghunathan",
  html=f"""<html><body><p>Dear Ms Visser,</p><p>Your client has been registered in the BRP. For your records:</p>
<table><tr><td>Name:</td><td>Arjun Raghunathan</td></tr><tr><td>BSN:</td><td>{V.bsn('28465011')}</td></tr>
<tr><td>Salary account:</td><td>{V.iban('NL', 'INGB0006712894')}</td></tr></table>
<p>Kind regards,<br>Expat Desk</p></body></html>""",
  body=f"""Dear Ms Visser,

Your client has been registered in the BRP. For your records:

Name: Arjun Raghunathan
BSN: {V.bsn('28465011')}
Address: Kastanjelaan 14, 5616 LZ Eindhoven
Salary account (for the 30% ruling file): {V.iban('NL', 'INGB0006712894')}

Kind regards,
Expat Desk - Holland Expat Center South
""", cte="quoted-printable", note="Label: value form with BSN and private IBAN to a relocation company")

M("en", "block", ["NL_BSN", "ART9_HEALTH"], "international-school-allergies",
  "Expat Centre Gemeente Den Haag <expatcentre@denhaag.nl>", "admissions@ishthehague-example.nl",
  "New pupils starting in March - medical notes",
  html=f"""<html><body><p>Dear admissions team,</p>
<p>As requested, the details of the three children of relocating families who start on 2 March:</p>
<table border="1"><tr><th>Pupil</th><th>BSN</th><th>Year</th><th>Medical</th></tr>
<tr><td>Emily Carter</td><td>{V.bsn('31840277')}</td><td>4</td><td>severe peanut allergy (EpiPen)</td></tr>
<tr><td>Kenji Watanabe</td><td>{V.bsn('42957310')}</td><td>6</td><td>asthma, inhaler</td></tr>
<tr><td>Sofia Rossi</td><td>{V.bsn('53068419')}</td><td>2</td><td>type 1 diabetes</td></tr></table>
<p>Best regards,<br>The Hague International Centre</p></body></html>""",
  cte="base64", note="HTML table with BSN and medical condition per named child")

M("en", "block", ["BE_NATIONAL_NUMBER"], "expat-nn-spreadsheet",
  "Welcome Office City of Leuven <welcome@leuven.be>", "hr.mobility@imec-relocation.com",
  "Residence registration - researchers arriving in January",
  body="""Dear Mr O'Connor,

Please find attached the list of your researchers whose registration is complete, with their national
register numbers so that payroll can be started.

Kind regards,
Welcome Office - City of Leuven
""", atts=[xlsx("registrations_january.xlsx", [("registered", [
      ["Name", "Nationality", "National register number", "Municipality"],
      ["Priya Natarajan", "Indian", V.nn("930802", 388), "Leuven"],
      ["Tomasz Zielinski", "Polish", V.nn("900125", 205), "Heverlee"],
      ["Laura Mendes", "Brazilian", V.nn("960411", 126), "Kessel-Lo"]])])],
  note="XLSX with NN of named researchers")

M("en", "block", ["BE_BIS_NUMBER", "ART9_HEALTH"], "trainee-bis-pregnancy",
  "Population Office Etterbeek <population@etterbeek.brussels>", "traineeships@ec-hr-contractor.eu",
  "Your trainee Ms Kovacs",
  body=f"""Dear Sir or Madam,

Ms Réka Kovács is not registered in our population register; her BIS number is {V.bis('990117', 146)}.
She informed us that she is pregnant (due in May) and asked whether her health insurance certificate
could be sent to you directly. We cannot do that; she must ask her health insurance fund.

Kind regards,
Population Office - Etterbeek
""", note="BIS number and pregnancy of a named trainee")

M("en", "block", ["IBAN_CODE"], "deposit-refund-german-iban",
  "Housing Service CPAS Brussels <housing@cpasbxl.brussels>", "office@lettings-europe-quarter.be",
  "Deposit refund for Mr Becker",
  atts=[pdf_rl("check-out-report-flat-3B.pdf", "Check-out report - transit flat 3B",
               ["Date of check-out: 30 January 2026.", "Keys returned: 2 of 2.",
                "Damage: small stain on the living-room carpet, cleaning cost EUR 50 deducted."])],
  body=f"""Dear Ms Dumont,

Mr Becker has left the transit flat. Please refund his part of the deposit directly to his German
account:

Account holder: Jonas Becker
IBAN: {V.iban('DE', '370400440532013000')}
Amount: EUR 450.00

Thank you,
Housing Service - CPAS de Bruxelles
""", note="private German IBAN of a named person to a letting agency")

M("en", "block", ["CREDIT_CARD"], "speaker-card-pdf",
  "Events team Brussels Regional Public Service <events@sprb.brussels>", "groups@hotel-leopold-example.be",
  "Room guarantee for our keynote speaker",
  body="""Dear reservations team,

Attached is the signed guarantee form for Dr Haddad's room (14-16 April). She prefers to guarantee it
with her own card.

Best regards,
Events team
""", atts=[pdf_rl("room-guarantee-form.pdf", "Credit card guarantee form",
                   ["Guest: Dr Leila Haddad", "Arrival: 14 April, departure 16 April",
                    f"Card number: {V.card('402400713355826')}", "Expiry: 10/27", "Signature: L. Haddad"])],
  note="PDF with a private card number")

M("en", "block", ["ART9_ETHNIC_ORIGIN"], "fedasil-rohingya",
  "Fedasil Reception Centre Arendonk <arendonk@fedasil.be>", "intake@refugee-housing-ngo.be",
  "Transfer request - family Hossain",
  atts=[ods("transfer_request_hossain.ods", "transfer", [
      ["Name", "Relation", "Year of birth", "Ethnic group", "Language"],
      ["Mohammad Hossain", "father", "1988", "Rohingya", "Rohingya, some Burmese"],
      ["Rashida Begum", "mother", "1992", "Rohingya", "Rohingya"],
      ["Nur Hossain", "son", "2015", "Rohingya", "Rohingya, English"],
      ["Ayesha Hossain", "daughter", "2019", "Rohingya", "Rohingya"]])],
  body="""Hello,

We would like to transfer the Hossain family (parents, two children) to one of your private housing
units. They are Rohingya from Rakhine state and have lived in Cox's Bazar for six years. They do not
want to be housed near other Myanmar nationals.

Best regards,
Social team, Fedasil Arendonk
""", note="ethnic origin of a named family")

M("en", "block", ["ART9_POLITICAL_OPINION", "ART10_CRIMINAL"], "asylum-opposition-conviction",
  "Legal Service CGRS <legal.support@cgrs.be>", "office@asylum-lawyers-brussels.be",
  "Documents for the appeal - Mr Abadi",
  body="""Dear counsel,

As requested, the summary of the hearing of your client, for the appeal before the Council for Alien
Law Litigation.

Kind regards,
Legal Service
""", atts=[docx("hearing-summary-abadi.docx", "Hearing summary - Mr Kaveh Abadi",
                 ["The applicant states that he is a member of an opposition party and took part in the "
                  "2022 protests; he distributed leaflets against the government.",
                  "He was convicted in absentia by a Revolutionary Court to five years' imprisonment for "
                  "'propaganda against the state'. A copy of the judgment is in the file.",
                  "He fears execution if returned."])],
  note="Word: political opinion and a criminal conviction of a named applicant")

M("en", "block", ["ART9_RELIGION", "ART9_SEX_LIFE"], "interpreter-briefing-convert",
  "Immigration Office <interviews@ibz.fgov.be>", "bookings@interpreters-benelux.com",
  "Interpreter briefing - interview 19 February",
  body="""Dear colleagues,

For the interview on 19 February we need a Farsi interpreter who is comfortable with the subject:
the applicant, Mr Reza Karimi, is a gay man and converted from Islam to Christianity in 2023 (he
attends an evangelical church in Antwerp). Please send someone who will not be judgemental.

Best regards,
Interview planning, Immigration Office
""", cte="quoted-printable", note="religion and sexual orientation of a named applicant")

M("en", "block", ["ART9_TRADE_UNION"], "strike-list-auditor",
  "HR Flemish Agency for Roads <hr@wegenenverkeer.be>", "audit.team@eu-audit-partners.com",
  "Strike days deducted - sample for the audit",
  body="""Dear auditors,

For your payroll sample, here is the list of staff who were on strike on 13 January, with the union
they are affiliated with (needed for the strike-pay check).

Kind regards,
HR department
""", atts=[xlsx("strike_13_january.xlsx", [("sample", [
      ["Staff ID", "Name", "Union membership", "Hours deducted"],
      ["AWV-2290", "Bert Van Acker", "ACOD", 7.6], ["AWV-3104", "Ine Wouters", "ACV Openbare Diensten", 7.6],
      ["AWV-1877", "Dries Coppens", "VSOA", 3.8]])])],
  note="XLSX with union membership of named staff")

M("en", "block", ["ART9_GENETIC", "ART9_HEALTH"], "huntington-test-result",
  "Family Support Service City of Ghent <familieondersteuning@stad.gent>", "counselling@hd-support-uk.org",
  "Referral - Van Acker family",
  body="""Dear Dr Patel,

With the family's consent I am referring Mrs Veerle Van Acker to your support group. The attached
summary explains the situation.

Best regards,
Nathalie De Wilde, family support worker
""", atts=[pdf_fp("referral-van-acker.pdf", "Referral summary - Veerle Van Acker",
                   ["Mrs Van Acker (41) had a predictive genetic test at UZ Gent in 2025: 42 CAG repeats in the "
                    "HTT gene, confirming she will develop Huntington's disease.",
                    "Her father died of the disease in 2019. She has early depressive symptoms.",
                    "She asks for peer support in English."])],
  note="PDF: predictive genetic test result of a named woman")

M("en", "block", ["ART9_GENETIC"], "paternity-dna-child-benefit",
  "Child Benefit Service SVB <kinderbijslag.internationaal@svb.nl>", "info@family-law-london.co.uk",
  "Child benefit claim - paternity established",
  body="""Dear Ms Hughes,

Regarding your client's claim: the DNA paternity test submitted on 20 January shows a probability of
paternity of 99.98% for Mr Daniel Owusu in respect of the child Ama Owusu-de Jong. The claim can
therefore be processed.

Yours sincerely,
SVB Child Benefit, International team
""", note="DNA paternity test result of named persons")

M("en", "block", ["ART9_BIOMETRIC", "ART10_CRIMINAL"], "face-match-vendor",
  "Local Police Antwerp - CCTV unit <cctv@politieantwerpen.be>", "support@facevision-analytics.com",
  "Case 2026/117 - match results for your engineers",
  body="""Hi,

To help you tune the system, here are the results of last week's run:

- Probe image 2026-02-03_Meir_cam14: match with reference photo of Steven De Ridder, score 0.97.
  Mr De Ridder is a suspect in the series of shop burglaries (case AN.55.L1.011274/26).
- Probe image 2026-02-04_Groenplaats_cam2: match with Karim Ziani, score 0.88, known for pickpocketing
  (convicted 2024).

Face templates (512-d vectors) are in the usual export folder.

Regards,
CCTV unit
""", note="face-recognition matches tied to named suspects")

M("en", "block", ["ART9_BIOMETRIC"], "residence-card-biometrics-zip",
  "Residence Permits Desk Municipality of Rotterdam <verblijfsdocumenten@rotterdam.nl>",
  "service@cardprint-solutions.eu",
  "Reprint batch 14 - biometric data",
  body="""Hello,

The cards in batch 14 failed the chip check. The zip contains the biometric records we resent, so
you can see what went wrong.

Regards,
Residence Permits Desk
""", atts=[zipf("batch14_biometrics.zip", [
      ("readme.txt", b"Records for the reprint of batch 14. Facial image hash and fingerprint minutiae per holder.\r\n"),
      ("batch14.csv", csvf("x", [
          ["holder", "date_of_birth", "face_template_sha", "fingerprint_minutiae_left_index"],
          ["Nguyen Thi Lan", "1990-03-14", "9f2c1e77ab03d5e1", "x:112 y:87 a:45;x:140 y:102 a:90;x:98 y:150 a:12"],
          ["Mehmet Aydın", "1984-11-02", "41be09c2f7a8d310", "x:101 y:66 a:30;x:133 y:121 a:75;x:87 y:143 a:160"]],
          ",", "utf-8")[1])])],
  note="ZIP with CSV of face templates and fingerprint minutiae of named holders")

M("en", "block", ["ART9_SEX_LIFE", "ART9_HEALTH"], "sti-clinic-research-csv",
  "Sexual Health Clinic GGD Amsterdam <soa.onderzoek@ggd.amsterdam.nl>", "data@euro-sti-network.org",
  "Data for the PrEP follow-up study",
  body="""Hi Martin,

Here is the extract for the follow-up study. I did not have time to pseudonymise it yet, sorry, names
are still in.

Cheers,
Eva
""", atts=[csvf("prep_followup.csv", [
      ["name", "age", "sexual_behaviour", "hiv_status", "sti_last_visit", "prep_user"],
      ["Jeroen Kuiper", "29", "MSM, 5+ partners last 6 months", "negative", "gonorrhoea", "yes"],
      ["Sander Mulder", "35", "MSM", "positive (2024)", "syphilis", "no"],
      ["Nina Verbeek", "31", "sex work", "negative", "chlamydia", "yes"]], ",", "utf-8")],
  note="CSV with sexual behaviour and STI/HIV status per named client")

# ---------------------------------------------------------------- EN, allow
M("en", "allow", [], "eidas-thread-commission",
  "Koen Vermeulen <koen.vermeulen@bosa.fgov.be>", "digit-eid-wallet@ec.europa.eu",
  "RE: RE: Belgian pilot for the EU Digital Identity Wallet",
  body="""Dear colleagues,

Thank you. We confirm our participation in the workshop on 12 March in Brussels (BERL building).

Best regards,
Koen Vermeulen
Senior advisor digital identity - FPS Policy and Support (BOSA)
Boulevard Simon Bolivar 30, 1000 Brussels | +32 2 740 80 00

From: DIGIT EID WALLET <digit-eid-wallet@ec.europa.eu>
Sent: Tuesday, 10 February 2026 09:15
To: Koen Vermeulen
Subject: RE: Belgian pilot for the EU Digital Identity Wallet

Dear Mr Vermeulen, we would be glad to have Belgium present its pilot results. Slots of 20 minutes.

From: Koen Vermeulen
Sent: Monday, 9 February 2026 17:02
To: DIGIT EID WALLET
Subject: Belgian pilot for the EU Digital Identity Wallet

Dear colleagues, could the Belgian team present the lessons learned from the pilot?
""", note="institutional thread with signatures only")

M("en", "allow", [], "expat-vaccination-newsletter",
  "Brussels Health Newsletter <newsletter@vivalis.brussels>", "info@expat-welcome-brussels.be",
  "Vaccination in Brussels: what newcomers need to know",
  html="""<html><body><h2>Vaccination in Brussels</h2>
<p>Newcomers can catch up on their vaccinations free of charge at the vaccination centres. Children
need the polio vaccine, which is compulsory in Belgium.</p>
<table border="1"><tr><th>Vaccine</th><th>Who</th><th>Where</th></tr>
<tr><td>Polio</td><td>all children (compulsory)</td><td>ONE / Kind en Gezin</td></tr>
<tr><td>Measles (MMR)</td><td>children 12 months and 10 years</td><td>GP or school health</td></tr>
<tr><td>Flu</td><td>65+, pregnant women, chronic illness</td><td>GP, pharmacy</td></tr></table>
<p>Questions: Vivalis info line 02 552 01 00</p></body></html>""",
  cte="quoted-printable", note="health campaign newsletter for expats")

M("en", "allow", [], "press-release-port-security",
  "Press Office Port of Antwerp-Bruges <press@portofantwerpbruges.com>", "newsdesk@reuters-example.com",
  "Press release: record cocaine seizures in 2025",
  atts=[xlsx("port-security-figures-2025.xlsx", [("figures", [
      ["Year", "Cocaine seized (tonnes)", "Illegal entries caught", "New prosecution cases"],
      [2023, 116, 980, 274], [2024, 70, 1045, 290], [2025, 44, 1120, 312]])])],
  body="""PRESS RELEASE - Antwerp, 11 February 2026

Customs seized 44 tonnes of cocaine in the port of Antwerp-Bruges in 2025, down from 116 tonnes in
2023. In the same year, 1,120 people were caught trying to enter the port area illegally. The
Public Prosecutor's Office opened 312 new cases.

Contact: Lien Van Dyck, spokesperson, +32 3 205 20 11, press@portofantwerpbruges.com
""", note="aggregate crime figures in a press release")

M("en", "allow", [], "tender-uz-brussel-mri",
  "Procurement UZ Brussel <procurement@uzbrussel.be>", "tenders@imaging-systems-europe.com",
  "Tender UZB-2026-09 MRI scanner - clarifications",
  body="""Dear tenderer,

Please find attached the clarifications for tender UZB-2026-09. Deadline for offers: 30 March, 12:00
CET, via the e-Procurement platform.

Procurement department, UZ Brussel
""", atts=[pdf_rl("clarifications-UZB-2026-09.pdf", "Tender UZB-2026-09 - clarifications",
                   ["Q1: May the vendor access patient images remotely for maintenance? A: Only through the "
                    "hospital's VPN, with pseudonymised test images.",
                    "Q2: Is a 3T system required? A: Yes, lot 1 is a 3T system for neuroradiology."],
                   table=[["Lot", "Description", "Quantity"], ["1", "3T MRI", "1"], ["2", "1.5T MRI", "1"]])],
  note="hospital procurement clarifications")

M("en", "allow", [], "invoice-eu-agency",
  "Finance Department City of Brussels <finances@brucity.be>", "accounts.payable@eurofound-example.eu",
  "Invoice 2026/EV/0031 - use of the Town Hall Gothic Room",
  body=f"""Dear Sir or Madam,

Please find below the details for invoice 2026/EV/0031 (reception of 29 January, 180 guests).

Amount: EUR 3,400.00
Account of the City of Brussels: {O.be_iban('091', '0009801')} (BIC GKCCBEBB)
Structured reference: +++031/2026/00450+++
Enterprise number: 0207.373.429

Kind regards,
Finance Department - City of Brussels
""", note="invoice with the city's IBAN and enterprise number")

M("en", "allow", [], "horizon-call-genomics",
  "EU Research Office Flanders <euro@ewi-vlaanderen.be>", "grants-office@kuleuven.be",
  "Horizon Europe: upcoming calls on genomics and biometric privacy",
  body="""Dear grant officers,

Three Horizon Europe topics may interest your researchers:

1. HORIZON-HLTH-2026-DISEASE: rare diseases and genomic medicine (deadline 16 April).
2. HORIZON-CL3-2026-FCT: privacy-preserving biometric identification at borders (deadline 24 September).
3. HORIZON-HLTH-2026-TOOL: federated analysis of health data (deadline 16 April).

An info session takes place on 3 March in the Boudewijn building. Registration via our website.

Kind regards,
Flemish EU Research Office - +32 2 553 60 00
""", note="research calls on genetics/biometrics, no person")

M("en", "allow", [], "eurostat-aggregates-csv",
  "Statistics Flanders <statistiek@vlaanderen.be>", "estat-lfs@ec.europa.eu",
  "LFS ad hoc module - aggregated table by country of birth",
  body="""Dear colleagues,

As agreed, the aggregated table on employment rates by country of birth group. Cells below 50
observations are suppressed.

Best regards,
Statistiek Vlaanderen
""", atts=[csvf("employment_by_country_of_birth.csv", [
      ["country_of_birth_group", "population_20_64", "employment_rate_pct"],
      ["Belgium", "3105000", "79.1"], ["EU-27 (excl. BE)", "298000", "75.6"],
      ["Maghreb", "121000", "56.2"], ["Turkey", "54000", "58.9"], ["Sub-Saharan Africa", "47000", "60.4"],
      ["Other", "113000", "62.0"]], ",", "utf-8")],
  note="aggregated statistics by origin group")

M("en", "allow", [], "eurojust-conference-agenda",
  "FPS Justice - International Cooperation <international@just.fgov.be>", "events@eurojust.europa.eu",
  "Agenda: conference on judicial cooperation in criminal matters",
  body="""Dear colleagues,

Attached is the draft agenda for the conference of 21 April. Please let us know if the speakers from
Eurojust are confirmed.

Kind regards,
International Cooperation Service
""", atts=[docx("agenda-conference-21-april.docx", "Judicial cooperation in criminal matters - agenda",
                 ["09:30 Opening by the Minister of Justice.",
                  "10:00 European Arrest Warrant: 2025 figures (2,104 warrants issued by Belgium).",
                  "11:30 Exchange of criminal records through ECRIS.",
                  "14:00 Panel: joint investigation teams against drug trafficking."],
                 table=[["Session", "Speaker"], ["Opening", "Minister of Justice"],
                        ["ECRIS", "Head of the Central Criminal Records Office"]])],
  note="conference agenda on criminal justice, no individual")

M("en", "allow", [], "expat-faq-bsn",
  "IN Amsterdam <info@iamsterdam-expatcentre.nl>", "hr@biotech-startup-example.com",
  "FAQ for your new international employees",
  html="""<html><body><p>Dear HR team,</p>
<p>Here are the answers to the questions your new employees ask most often:</p>
<ul><li><b>How do I get a BSN?</b> Register at the municipality within five days of arrival. You receive
your BSN by letter; never send it by e-mail.</li>
<li><b>Do I need a Dutch bank account?</b> Most employers pay into any SEPA account.</li>
<li><b>How do I find a GP?</b> Register with a GP near your home; the GP refers you to specialists.</li></ul>
<p>Kind regards,<br>IN Amsterdam, Zuidplein 126, 1077 XV Amsterdam, +31 20 254 7999</p></body></html>""",
  cte="8bit", note="FAQ about BSN without any number")

M("en", "allow", [], "epsu-social-dialogue",
  "International Relations Flemish Government <international@vlaanderen.be>", "secretariat@epsu.org",
  "Social dialogue meeting on telework in public administrations",
  html="""<html><body><p>Dear EPSU secretariat,</p><p>We are pleased to host the sectoral social dialogue
working group on telework on <b>7 May</b> in Brussels. The employers' side (EUPAE) and the trade union
delegation (EPSU/TUNED) will each have ten seats.</p><ul><li>right to disconnect</li>
<li>psychosocial risks of remote work</li><li>2025 survey: 62% telework at least two days a week</li></ul>
<p>International Relations Unit, Flemish Government</p></body></html>""",
  body="""Dear EPSU secretariat,

We are pleased to host the sectoral social dialogue working group on telework on 7 May in Brussels.
The employers' side (EUPAE) and the trade union delegation (EPSU/TUNED) will each have ten seats.

Agenda items: right to disconnect, psychosocial risks of remote work, and the 2025 survey results
(62% of staff telework at least two days a week).

Kind regards,
International Relations Unit, Flemish Government
""", note="social dialogue with unions as organisations")

M("en", "allow", [], "working-group-minutes",
  "Belgian Permanent Representation <justice@diplobel.fed.be>", "council-jha@consilium.europa.eu",
  "Minutes - informal working group on data protection in criminal matters",
  body="""Dear colleagues,

Please find attached the minutes of the meeting of 4 February.

Best regards,
Justice and Home Affairs counsellor
""", atts=[pdf_fp("minutes-4-february.pdf", "Minutes - informal working group (4 February 2026)",
                   ["Participants: 19 Member States, the Commission, EDPS (observer).",
                    "Item 1: transposition of the Law Enforcement Directive - 24 Member States report full "
                    "transposition.",
                    "Item 2: statistics on data subject requests to police authorities: 41,300 requests in "
                    "2025, of which 12% led to corrections.",
                    "No personal data was discussed."])],
  note="minutes with aggregate figures")

M("en", "allow", [], "new-liaison-officer",
  "Federal Police - International Police Cooperation <cgi.liaison@police.belgium.eu>",
  "liaison-desk@politie.nl",
  "Introduction of our new liaison officer",
  body="""Dear colleagues,

As of 1 March, Chief Inspector Marie Janssens takes over as liaison officer for the Benelux.

Marie Janssens
Chief Inspector - Liaison Officer Benelux
Federal Police, Directorate International Police Cooperation (CGI)
Rue Fritz Toussaint 8, 1050 Brussels
Office +32 2 642 63 80 | Mobile +32 478 21 43 65 | marie.janssens@police.belgium.eu
linkedin.com/in/marie-janssens-cgi

Kind regards,
CGI secretariat
""", note="professional contact data of an officer")

M("en", "allow", [], "forwarded-diversity-conference",
  "Diversity Unit FPS BOSA <diversity@bosa.fgov.be>", "hr-network@eipa.eu",
  "FW: Conference on religious diversity in the public service",
  body="""Dear colleagues,

Forwarding an invitation that may be of interest to your network.

Diversity Unit
""", atts=[inner("religious-diversity", "KADOC Conference Team <conference@kadoc-example.be>",
                   "diversity@bosa.fgov.be", "Invitation: religious diversity in the public service",
                   """Dear colleague,

On 5 June we organise a conference on how public employers deal with religious diversity: prayer
rooms, dress codes, neutrality rules and religious holidays. Speakers from Unia and three
municipalities will present their policies.

Registration is free.

Conference team
""", (2026, 2, 5, 14, 0))],
  note="forwarded .eml about religious diversity in general")

M("en", "allow", [], "report-link-short",
  "Sciensano Communication <communication@sciensano.be>", "info@who-europe-example.int",
  "Health Interview Survey 2024 - report",
  body="""Dear colleagues,

The Belgian Health Interview Survey 2024 report is online: https://www.sciensano.be/en/his

Kind regards,
Sciensano
""", note="three-line mail with a public link")

M("en", "allow", [], "payment-portal-test-data",
  "Digital Services City of Ghent <digitaal@stad.gent>", "dev-team@payment-portal-example.eu",
  "Test data for the fee payment form - invalid values",
  body=f"""Hi team,

The new fee payment form must reject these values. They are deliberately invalid (wrong check digits):

IBAN: {X.be_iban('001', '2345678')}
IBAN: {X.iban('NL', 'ABNA0123456789')}
Card: {X.card('411111111111111')}
Card: {X.card('550000000000000')}

For valid test payments use the sandbox cards of the payment provider only. The city's own account
for real fees is {O.be_iban('091', '0002354')}.

Thanks,
Digital Services
""", note="deliberately invalid IBAN/card look-alikes plus the city's own IBAN")


if __name__ == "__main__":
    main()
