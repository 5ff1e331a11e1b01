#!/usr/bin/env python3
"""Build the blind held-out evaluation set "heldout2" (draft).

Every text and every table below was written by hand for this set.  The script only
assembles them into RFC 5322 messages (CRLF, UTF-8) and real attachments, and writes
labels.yaml and identifiers.json.  It is deterministic: the only randomness (message order
and the dates of messages without an explicit date) comes from random.Random(SEED), and the
zip-based office files get fixed timestamps.

Run:  /work/main/.venv/bin/python build.py      (then check.py)
"""
import csv
import datetime as _dt
import hashlib
import html as _html
import io
import json
import os
import random
import re
import shutil
import zipfile
from email.message import EmailMessage
from email.policy import SMTP, default as _default_policy
from email.utils import format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20250917
TZ_BE = ZoneInfo("Europe/Brussels")
FIXED_ZIP_DATE = (2025, 1, 6, 9, 0, 0)
M = []  # message specs, in the order they are written below

# --------------------------------------------------------------------------- attachments

def _norm_zip(data):
    """Rewrite a zip-based file with fixed member dates and fixed document timestamps."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            d = zin.read(info.filename)
            if info.filename in ("docProps/core.xml", "docProps/app.xml", "meta.xml"):
                d = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?",
                           b"2025-01-06T09:00:00Z", d)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_DATE)
            zi.compress_type = info.compress_type
            zi.external_attr = info.external_attr
            zout.writestr(zi, d)
    return out.getvalue()


class Att:
    def __init__(self, filename, maintype, subtype, data, fmt, charset=None):
        self.filename, self.maintype, self.subtype = filename, maintype, subtype
        self.data, self.fmt, self.charset = data, fmt, charset


def xlsx(name, sheets, widths=None):
    """sheets: list of (title, rows); a row is a list of cell values."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
        if rows:
            for c in ws[1]:
                c.font = Font(bold=True)
    wb.properties.creator = "Microsoft Office User"
    fixed = _dt.datetime(2025, 1, 6, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    buf = io.BytesIO()
    wb.save(buf)
    return Att(name, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               _norm_zip(buf.getvalue()), "xlsx")


def docx(name, blocks, author="Dienst"):
    """blocks: str paragraph | ('h', text[, level]) | ('t', rows) | ('b', text) bold line."""
    import docx as _docx
    d = _docx.Document()
    for b in blocks:
        if isinstance(b, str):
            d.add_paragraph(b)
        elif b[0] == "h":
            d.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
        elif b[0] == "b":
            d.add_paragraph().add_run(b[1]).bold = True
        elif b[0] == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    t.cell(i, j).text = str(v)
    cp = d.core_properties
    cp.author = author
    cp.created = cp.modified = _dt.datetime(2025, 1, 6, 9, 0, 0)
    cp.last_modified_by = author
    buf = io.BytesIO()
    d.save(buf)
    return Att(name, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
               _norm_zip(buf.getvalue()), "docx")


def pdf(name, blocks, title=""):
    """reportlab platypus: str paragraph | ('h', text) | ('t', rows) | ('s',) spacer."""
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    ss = getSampleStyleSheet()
    story = []
    for b in blocks:
        if isinstance(b, str):
            story.append(Paragraph(_html.escape(b).replace("\n", "<br/>"), ss["BodyText"]))
        elif b[0] == "h":
            story.append(Paragraph(_html.escape(b[1]), ss["Heading2"]))
        elif b[0] == "s":
            story.append(Spacer(1, 12))
        elif b[0] == "t":
            st = ss["BodyText"].clone("cell", fontSize=8, leading=10)
            rows = [[Paragraph(_html.escape(str(c)), st) for c in r] for r in b[1]]
            t = Table(rows, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
            story.append(t)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, title=title, author="", invariant=1)
    doc.build(story)
    return Att(name, "application", "pdf", buf.getvalue(), "pdf")


_LAT1 = {"€": "EUR", "’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "•": "-"}


def fpdf(name, lines, title=""):
    """fpdf2 with a core font (Latin-1): a simple one-column letter."""
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(_dt.datetime(2025, 1, 6, 9, 0, 0, tzinfo=_dt.timezone.utc))
    p.set_title(title)
    p.add_page()
    p.set_font("Helvetica", size=10)
    for ln in lines:
        for k, v in _LAT1.items():
            ln = ln.replace(k, v)
        if ln.startswith("## "):
            p.set_font("Helvetica", "B", 12)
            p.multi_cell(0, 7, ln[3:], new_x="LMARGIN", new_y="NEXT")
            p.set_font("Helvetica", size=10)
        else:
            p.multi_cell(0, 5, ln if ln else " ", new_x="LMARGIN", new_y="NEXT")
    return Att(name, "application", "pdf", bytes(p.output()), "pdf")


def _odf_cell(v):
    from odf.table import TableCell
    from odf.text import P
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        c = TableCell(valuetype="float", value=v)
    else:
        c = TableCell(valuetype="string")
    c.addElement(P(text=str(v)))
    return c


def odt(name, blocks):
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableColumn, TableRow
    from odf.text import H, P
    doc = OpenDocumentText()
    n = 0
    for b in blocks:
        if isinstance(b, str):
            for line in b.split("\n"):
                doc.text.addElement(P(text=line))
        elif b[0] == "h":
            doc.text.addElement(H(outlinelevel=1, text=b[1]))
        elif b[0] == "t":
            n += 1
            t = Table(name=f"Tabel{n}")
            t.addElement(TableColumn(numbercolumnsrepeated=len(b[1][0])))
            for r in b[1]:
                tr = TableRow()
                for v in r:
                    tr.addElement(_odf_cell(v))
                t.addElement(tr)
            doc.text.addElement(t)
    buf = io.BytesIO()
    doc.write(buf)
    return Att(name, "application", "vnd.oasis.opendocument.text", _norm_zip(buf.getvalue()), "odt")


def ods(name, sheets):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow
    doc = OpenDocumentSpreadsheet()
    for title, rows in sheets:
        t = Table(name=title)
        for r in rows:
            tr = TableRow()
            for v in r:
                tr.addElement(_odf_cell(v))
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    buf = io.BytesIO()
    doc.write(buf)
    return Att(name, "application", "vnd.oasis.opendocument.spreadsheet", _norm_zip(buf.getvalue()), "ods")


def csvf(name, rows, delimiter=";", charset="utf-8"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    sub = "tab-separated-values" if delimiter == "\t" else "csv"
    return Att(name, "text", sub, s.getvalue(), "tsv" if delimiter == "\t" else "csv", charset)


def txt(name, text, charset="utf-8"):
    return Att(name, "text", "plain", text, "txt", charset)


def htmlf(name, text):
    return Att(name, "text", "html", text, "html", "utf-8")


def zipf(name, members):
    """members: list of Att (nested zips allowed)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for a in members:
            data = a.data
            if isinstance(data, EmailMessage):
                data = data.as_bytes(policy=SMTP)
            elif isinstance(data, str):
                data = data.encode(a.charset or "utf-8")
            zi = zipfile.ZipInfo(a.filename, FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return Att(name, "application", "zip", out.getvalue(), "zip")


def eml(name, frm, to, subject, date, body, atts=(), cc=None, html=None):
    """An attached message (message/rfc822)."""
    m = EmailMessage(policy=_default_policy)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = _date_hdr(date)
    m["Message-ID"] = _msgid(subject + date, frm)
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for a in atts:
        _attach(m, a)
    return Att(name, "message", "rfc822", m, "eml")


# --------------------------------------------------------------------------- messages

def _date_hdr(s):
    dt = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ_BE)
    return format_datetime(dt)


def _msgid(seed, frm):
    dom = re.search(r"@([A-Za-z0-9.-]+)", frm).group(1)
    h = hashlib.sha1(seed.encode("utf-8")).hexdigest()
    return f"<{h[:12].upper()}.{h[12:20]}@{dom}>"


def _attach(m, a):
    if a.fmt == "eml":
        m.add_attachment(a.data, filename=a.filename)
    elif a.maintype == "text":
        kw = {} if (a.charset or "utf-8") == "utf-8" else {"cte": "base64"}
        m.add_attachment(a.data, subtype=a.subtype, charset=a.charset or "utf-8",
                         filename=a.filename, **kw)
    else:
        m.add_attachment(a.data, maintype=a.maintype, subtype=a.subtype, filename=a.filename)


def outlook_html(text, font="Calibri"):
    """The HTML part an Outlook-style client adds beside a plain text body."""
    paras = []
    for block in text.split("\n\n"):
        lines = [_html.escape(x) for x in block.split("\n")]
        paras.append("<p class=MsoNormal>" + "<br>\n".join(lines) + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            f"<style>p.MsoNormal{{margin:0cm;font-size:11pt;font-family:\"{font}\",sans-serif}}</style>"
            "</head><body lang=NL-BE link=\"#0563C1\"><div class=WordSection1>\n"
            + "\n<p class=MsoNormal>&nbsp;</p>\n".join(paras) + "\n</div></body></html>\n")


def add(slug, lang, action, entities, note, frm, to, subject, body=None, *, cc=None, date=None,
        html=None, html_only=False, atts=(), cte=None, ids=(), fakes=(), own_ibans=(),
        rcpt=None, headers=None, reply_to=None):
    """Register one message.

    ids:   identifiers meant to be VALID, as (kind, text as written); kind in nn, bis, bsn,
           iban, card.  check.py verifies they are present and valid.
    fakes: look-alike numbers meant to be INVALID for (kind): nn (fails be.nn and be.bis),
           bsn (fails nl.bsn), card (fails Luhn).
    own_ibans: valid IBANs of the institution itself or of a company (not personal data).
    """
    assert lang in ("nl", "fr", "de", "en") and action in ("block", "allow")
    assert (action == "block") == bool(entities), slug
    if isinstance(to, str):
        to = [to]
    M.append(dict(slug=slug, lang=lang, action=action, entities=list(entities), note=note,
                  frm=frm, to=to, cc=cc, subject=subject, body=body, date=date, html=html,
                  html_only=html_only, atts=list(atts), cte=cte, ids=list(ids),
                  fakes=list(fakes), own_ibans=list(own_ibans), rcpt=rcpt, headers=headers or {},
                  reply_to=reply_to))


def _build(spec):
    m = EmailMessage(policy=_default_policy)
    m["From"] = spec["frm"]
    m["To"] = ", ".join(spec["to"])
    if spec["cc"]:
        m["Cc"] = spec["cc"]
    if spec["reply_to"]:
        m["Reply-To"] = spec["reply_to"]
    m["Subject"] = spec["subject"]
    m["Date"] = _date_hdr(spec["date"])
    m["Message-ID"] = _msgid(spec["slug"], spec["frm"])
    m["MIME-Version"] = "1.0"
    for k, v in spec["headers"].items():
        m[k] = v
    cte = spec["cte"]
    if not cte:
        # vary the body transfer encoding as real clients do: 8bit, quoted-printable, base64
        r = int(hashlib.sha1(spec["slug"].encode()).hexdigest(), 16) % 20
        cte = "8bit" if r < 9 else ("base64" if r >= 18 else None)
    kw = {"cte": cte} if cte else {}
    if spec["html_only"]:
        m.set_content(spec["html"], subtype="html", **kw)
    else:
        m.set_content(spec["body"], **kw)
        if spec["html"]:
            h = outlook_html(spec["body"]) if spec["html"] is True else spec["html"]
            m.add_alternative(h, subtype="html", **kw)
    for a in spec["atts"]:
        _attach(m, a)
    # fixed MIME boundaries (the generator would pick random ones)
    h = hashlib.sha1(spec["slug"].encode()).hexdigest()[:16]
    for i, part in enumerate(m.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"----=_Part_{i}_{h}")
    return m.as_bytes(policy=SMTP)


def _addr(s):
    return re.search(r"[^<\s,]+@[^>\s,]+", s).group(0)


def _q(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    rnd = random.Random(SEED)
    specs = list(M)
    rnd.shuffle(specs)
    start = _dt.datetime(2024, 9, 2, 8, 0)
    for s in specs:
        if not s["date"]:
            d = start + _dt.timedelta(days=rnd.randint(0, 420))
            while d.weekday() > 4:
                d += _dt.timedelta(days=1)
            d = d.replace(hour=rnd.randint(7, 18), minute=rnd.randint(0, 59))
            s["date"] = d.strftime("%Y-%m-%d %H:%M")
    outdir = os.path.join(HERE, "messages")
    if os.path.isdir(outdir):
        shutil.rmtree(outdir)
    os.makedirs(outdir)
    labels, idents = [], {}
    for i, s in enumerate(specs, 1):
        fn = f"{i:03d}-{s['lang']}-{s['slug']}.eml"
        with open(os.path.join(outdir, fn), "wb") as f:
            f.write(_build(s))
        rcpt = s["rcpt"] or _addr(s["to"][0])
        labels.append(f"{fn}:\n  lang: {s['lang']}\n  action: {s['action']}\n"
                      f"  entities: [{', '.join(s['entities'])}]\n  rcpt: {_q(rcpt)}\n"
                      f"  note: {_q(s['note'])}\n")
        idents[fn] = {"valid": s["ids"], "invalid": s["fakes"], "own_ibans": s["own_ibans"],
                      "attachments": [a.fmt for a in s["atts"]]}
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# heldout2 (draft) labels: file -> lang, action, entities, rcpt, note\n")
        f.write("".join(labels))
    with open(os.path.join(HERE, "identifiers.json"), "w", encoding="utf-8") as f:
        json.dump(idents, f, ensure_ascii=False, indent=1, sort_keys=True)
    print(f"wrote {len(specs)} messages")


# =========================================================================== the messages

# --------------------------------------------------------------------------- NL, block

add("leefloon-referentie-rrn", "nl", "block", ["BE_NATIONAL_NUMBER"],
    "OCMW answers a citizen about the leefloon; his national number is the file reference",
    "Sociale Dienst OCMW Lokeren <sociale.dienst@ocmw-lokeren.be>", "kevin.verhulst78@telenet.be",
    "RE: vraag stand van zaken leefloon",
    """Beste heer Verhulst,

Uw referentie: 81.03.13-667.83
Onze referentie: SD/2025/0412

Wij hebben uw vraag van 3 februari goed ontvangen. Uw aanvraag werd besproken op het
Bijzonder Comité voor de Sociale Dienst van 11 februari. U ontvangt de beslissing binnen de
acht dagen per aangetekende brief.

Heeft u nog vragen, dan kan u elke voormiddag terecht op de zitdag in het Sociaal Huis,
Kerkplein 3, 9160 Lokeren.

Met vriendelijke groeten

Liesbeth Van Damme
maatschappelijk werker
Sociaal Huis Lokeren | 09 340 21 11
""", ids=[("nn", "81.03.13-667.83")])

add("vakbond-kolom-loonverwerking", "nl", "block", ["BE_NATIONAL_NUMBER", "ART9_TRADE_UNION"],
    "staff export for an external payroll company with an INSZ column and a trade-union column (union dues withheld)",
    "Personeelsdienst Gemeente Zele <personeel@zele.be>", "onboarding@payfix-hr.be",
    "Export personeel - inhouding vakbondsbijdrage vanaf april",
    """Dag Jeroen,

Zoals afgesproken op ons overleg van dinsdag vind je in bijlage de lijst van de personeelsleden
voor wie vanaf de loonlast van april de vakbondsbijdrage ingehouden moet worden. De kolom
"Vakbond" geeft aan aan welke organisatie het bedrag doorgestort wordt.

Kan je laten weten wanneer de parameters in jullie pakket zijn aangepast? Dan laat ik
collega Sofie een testrun nakijken.

Groetjes,
An Lemmens
Personeelsdienst
""",
    atts=[xlsx("inhouding_vakbond_april.xlsx", [("Personeel", [
        ["Personeelsnr", "Naam", "Voornaam", "INSZ", "Dienst", "Vakbond", "Bijdrage/maand"],
        [1043, "De Smet", "Annelies", "52061906019", "Burgerzaken", "ACV Openbare Diensten", 17.85],
        [1051, "Wuyts", "Bart", "95070324758", "Technische dienst", "ACOD", 18.20],
        [1077, "El Amrani", "Yassine", "51091406171", "Technische dienst", "ACOD", 18.20],
        [1102, "Goossens", "Marleen", "55042164307", "Financiën", "VSOA", 16.40],
        [1120, "Peeters", "Dirk", "47101940780", "Groendienst", "ACV Openbare Diensten", 17.85],
        [1134, "Claes", "Nathalie", "46040257172", "Kinderopvang", "ACOD", 18.20],
    ])])],
    ids=[("nn", "52061906019"), ("nn", "95070324758"), ("nn", "51091406171"),
         ("nn", "55042164307"), ("nn", "47101940780"), ("nn", "46040257172")])

add("bsn-onderwerp-bijzondere-bijstand", "nl", "block", ["NL_BSN"],
    "Dutch municipality confirms a special-assistance request; the BSN sits in the subject line",
    "Gemeente Rotterdam - Werk en Inkomen <wi-bijzonderebijstand@rotterdam.nl>", "s.bakker1981@ziggo.nl",
    "Ontvangstbevestiging aanvraag bijzondere bijstand - BSN 414852539",
    """Geachte mevrouw Bakker,

Hierbij bevestigen wij dat wij uw aanvraag bijzondere bijstand voor de kosten van een nieuwe
wasmachine op 14 januari hebben ontvangen.

Wij nemen binnen acht weken een besluit. Als wij nog gegevens van u nodig hebben, krijgt u
daarover een brief.

Met vriendelijke groet,

Team Bijzondere Bijstand
Gemeente Rotterdam
""", ids=[("bsn", "414852539")])

add("uwv-burnout-werkgever", "nl", "block", ["NL_BSN", "ART9_HEALTH"],
    "UWV reintegration advisor tells an employer that a named employee has a burn-out; 8-digit BSN (leading zero dropped)",
    "R. Hoekstra <ruud.hoekstra@uwv.nl>", "p.vandijk@installatiebedrijf-vandijk.nl",
    "Re: Poortwachter - dhr. M. de Vries",
    """Beste meneer Van Dijk,

Naar aanleiding van ons telefoongesprek van vanochtend nog even op papier:

Uw werknemer de heer Martijn de Vries (BSN 21547282) is door de bedrijfsarts gezien. Hij heeft
een burn-out en zit daarnaast in een traject bij de POH-GGZ. Hij is voorlopig niet in staat om
zijn werk als monteur te hervatten. Een opbouwschema wordt besproken in week 14.

Wilt u het plan van aanpak uiterlijk 1 april bijwerken en naar ons sturen?

Met vriendelijke groet,
Ruud Hoekstra
Arbeidsdeskundige | UWV Zwolle
06 - 5523 1870

-----Oorspronkelijk bericht-----
Van: Peter van Dijk <p.vandijk@installatiebedrijf-vandijk.nl>
Verzonden: maandag 10 maart 2025 08:41
Aan: R. Hoekstra <ruud.hoekstra@uwv.nl>
Onderwerp: Poortwachter - dhr. M. de Vries

Goedemorgen, kunt u mij vertellen hoe het er voor staat met Martijn? Wij moeten de planning
voor de zomer rond krijgen. Groet, Peter
""", date="2025-03-10 11:05", ids=[("bsn", "21547282")])

add("methadon-doorverwijzing-keten", "nl", "block", ["ART9_HEALTH"],
    "reply chain between an OCMW and an external reception centre; the client's methadone substitution treatment is named",
    "Tom Verbeke <tom.verbeke@ocmw-oostende.be>", "onthaal@dehaven-vzw.be",
    "RE: RE: RE: opvang meneer Kurt Declercq",
    """Hoi Eline,

Prima, dan zien we Kurt maandag om 14u bij jullie. Nog belangrijk: hij volgt sinds november een
substitutiebehandeling met methadon via het MSOC. Zijn dagdosis haalt hij elke ochtend op bij
apotheek Vandamme in de Torhoutsesteenweg. Kunnen jullie er voor zorgen dat hij daarvoor tijdig
kan vertrekken?

Tom

Van: Eline Mortier <onthaal@dehaven-vzw.be>
Verzonden: donderdag 6 maart 2025 16:02
Aan: Tom Verbeke <tom.verbeke@ocmw-oostende.be>
Onderwerp: RE: RE: opvang meneer Kurt Declercq

Dag Tom, er komt maandag een kamer vrij. Past dat voor hem? Eline

Van: Tom Verbeke
Verzonden: donderdag 6 maart 2025 09:15
Aan: Eline Mortier
Onderwerp: RE: opvang meneer Kurt Declercq

Nog geen plaats? Hij slaapt nu bij een kennis op de zetel, dat houdt niet lang meer stand.

Van: Eline Mortier
Verzonden: woensdag 5 maart 2025 17:48
Onderwerp: RE: opvang meneer Kurt Declercq

We hebben je aanvraag op de wachtlijst gezet. Ik laat iets weten.

Van: Tom Verbeke
Verzonden: woensdag 5 maart 2025 10:30
Onderwerp: opvang meneer Kurt Declercq

Dag Eline, ik zoek dringend een opvangplaats voor een cliënt van ons, Kurt Declercq (41).
Kan ik hem bij jullie aanmelden?
""", date="2025-03-07 08:52")

add("strafregister-kandidaat-werfreserve", "nl", "block", ["ART10_CRIMINAL"],
    "municipality informs the external selection office that a named candidate's criminal-record extract shows a conviction",
    "Selectie & Rekrutering Stad Mechelen <jobs@mechelen.be>", "selectie@talentpoint-consult.be",
    "Kandidaat gemeenschapswacht - uittreksel strafregister",
    """Dag Kristof,

Voor de vacature gemeenschapswacht-vaststeller: de kandidaat Dries Van Looy heeft zijn
uittreksel uit het strafregister (model 2) binnengebracht. Daarop staat een veroordeling door
de correctionele rechtbank van Mechelen van 2022 voor slagen en verwondingen, met 6 maanden
voorwaardelijk. Volgens het reglement kan hij daardoor niet aangesteld worden.

Wil jij hem uit de werfreserve halen en de jury verwittigen? De andere drie kandidaten mogen
door naar het assessment.

Met vriendelijke groet,
Hilde Wouters
HR-adviseur Stad Mechelen
""")

add("terugbetaling-rekening-burger", "nl", "block", ["IBAN_CODE"],
    "Flemish agency confirms a refund to the private bank account of a named citizen",
    "Vlaamse Belastingdienst <noreply-terugbetaling@vlaamsebelastingdienst.be>", "j.maes.gent@gmail.com",
    "Terugbetaling onroerende voorheffing aanslagjaar 2024",
    """Geachte mevrouw Maes,

Na onderzoek van uw bezwaarschrift is het teveel betaalde bedrag van 312,47 euro vrijgegeven.
Wij storten het bedrag binnen 10 werkdagen op uw rekening BE61 9413 8344 9717 (op naam van
Julie Maes).

Klopt dit rekeningnummer niet meer, laat het ons dan zo snel mogelijk weten via het
contactformulier op belastingen.vlaanderen.be.

Met vriendelijke groeten,
Team Onroerende Voorheffing
""", ids=[("iban", "BE61 9413 8344 9717")])

add("zwangerschap-interimkantoor", "nl", "block", ["ART9_HEALTH"],
    "municipal creche tells an interim agency that a named temp is pregnant and must be removed from the job",
    "kinderopvang@heist-op-den-berg.be", "planning.mechelen@flexjobs-interim.be",
    "vervanging Sarah in Het Kabouterhuis",
    """Hallo,

Sarah Janssens heeft ons gisteren laten weten dat ze 11 weken zwanger is. Omdat er in de groep
een kindje met de vijfde ziekte zit, moet ze van de arbeidsgeneesheer onmiddellijk
verwijderd worden (moederschapsbescherming). Kunnen jullie vanaf maandag een vervangster sturen
voor de rest van haar contract ?

Bedankt!
Kim
--
Kim Van den Broeck
verantwoordelijke Het Kabouterhuis
015 25 13 40
""")

add("wzc-bewoners-diagnoses-docx", "nl", "block", ["ART9_HEALTH"],
    "care home of an OCMW sends an external GP practice a Word table of named residents with diagnoses and medication",
    "Zorgteam WZC Ter Linde <zorgteam.terlinde@zorgbedrijf-herent.be>", "secretariaat@huisartsen-wilsele.be",
    "Overzicht bewoners afdeling 2 voor de artsenronde",
    """Beste dokter Claessens,

In bijlage het bijgewerkte overzicht van de bewoners van afdeling 2 voor de ronde van donderdag.
Mevrouw Coppens is nieuw sinds vorige week.

Vriendelijke groeten,
Ine - hoofdverpleegkundige
""",
    atts=[docx("bewoners_afdeling2_artsenronde.docx", [
        ("h", "WZC Ter Linde - afdeling 2 - artsenronde 20/03"),
        ("t", [["Kamer", "Bewoner", "Geboortejaar", "Diagnose", "Medicatie / opmerking"],
               ["2.01", "Coppens Maria", "1937", "Dementie (Alzheimer), valrisico", "Donepezil 10 mg"],
               ["2.04", "Van Aken Jozef", "1941", "COPD GOLD 3", "zuurstof 2 l/min 's nachts"],
               ["2.07", "Lambrechts Georgette", "1932", "Diabetes type 2, decubitus hiel links", "insuline schema B"],
               ["2.09", "Hendrickx Frans", "1945", "CVA 2023, afasie", "bloedverdunner, controle INR"],
               ["2.12", "Mertens Rosa", "1939", "Depressie", "sertraline 50 mg, opvolging psycholoog"]]),
        "Opgesteld door: hoofdverpleegkundige afdeling 2"])])

add("vaderschapstest-str-csv", "nl", "block", ["ART9_GENETIC"],
    "court-appointed lab data forwarded to a lawyer: a CSV of STR loci with allele values for a named mother, child and alleged father",
    "Griffie Familierechtbank <griffie.fam.antwerpen@just.fgov.be>", "mr.stevens@advocaten-stevens.be",
    "Dossier 24/1187/A - resultaten DNA-onderzoek afstamming",
    """Meester,

In opdracht van de rechter bezorg ik u de ruwe resultaten van het afstammingsonderzoek in de
zaak Wouters / Peeters, zoals neergelegd door het labo. Het verslag zelf volgt per gerechtsbrief.

Met hoogachting,
griffier L. Aerts
""",
    atts=[csvf("afstamming_24-1187_STR.csv", [
        ["persoon", "rol", "D3S1358", "vWA", "FGA", "D8S1179", "D21S11", "D18S51", "TH01", "D13S317"],
        ["Lien Wouters", "moeder", "15/16", "17/18", "21/24", "13/13", "29/30", "14/17", "6/9.3", "11/12"],
        ["Noor Wouters", "kind", "15/17", "16/17", "22/24", "13/14", "30/31.2", "14/15", "9.3/9.3", "8/11"],
        ["Stijn Peeters", "vermoedelijke vader", "14/17", "16/19", "20/22", "10/14", "28/31.2", "12/15", "7/9.3", "8/13"],
    ])])

add("vingerafdruk-templates-toegang", "nl", "block", ["ART9_BIOMETRIC"],
    "facility service sends a security vendor a spreadsheet of fingerprint minutiae templates per named employee",
    "Facilitair beheer Provincie Limburg <facility@limburg.be>", "support@securaccess-nv.be",
    "Migratie badgelezers administratief centrum - templates",
    """Goedemiddag,

Voor de migratie naar de nieuwe lezers aan de dienstingang vindt u in bijlage de export uit de
oude controller: per medewerker de ingeschreven vingerafdruktemplate (ISO/IEC 19794-2, base64)
met de vinger en de kwaliteitsscore. Kunnen jullie die inladen zodat de mensen niet opnieuw
moeten enrollen?

Mvg
Geert Vanhees
""",
    atts=[xlsx("export_controller_vingerafdrukken.xlsx", [("templates", [
        ["Badge", "Naam", "Vinger", "Kwaliteit", "Minutiae", "Template (ISO 19794-2, b64)"],
        ["A-00412", "Jansen Kristel", "R-wijsvinger", 81, 38, "Rk1SACAyMAAAAAFcAAABPAFoAMUAxQEAAAAoQICAT0BGfkBAaAYoLkAoQ8fXUA="],
        ["A-00418", "Thijs Wim", "L-wijsvinger", 74, 41, "Rk1SACAyMAAAAAF2AAABPAFoAMUAxQEAAAApQIBjQQBzgkCAcyAXI0CBAJmUQA="],
        ["A-00433", "Bollen Sevda", "R-duim", 88, 45, "Rk1SACAyMAAAAAGOAAABPAFoAMUAxQEAAAAuQIDJQHu8/ECAewBGnECAk2BxQA="],
        ["A-00451", "Vanderstraeten Luc", "R-wijsvinger", 69, 33, "Rk1SACAyMAAAAAFAAAABPAFoAMUAxQEAAAAjQIBMQDaRf0CAMVCKvkCA6QCbXkA="],
    ])])])

add("gezichtsherkenning-template-proza", "nl", "block", ["ART9_BIOMETRIC"],
    "a city's IT team sends a supplier the face-recognition template of a named staff member in prose",
    "ICT Stad Leuven <ict-helpdesk@leuven.be>", "tickets@visiongate.eu",
    "Ticket #55120 - aanmelden faalt bij medewerker",
    """Hallo support,

Bij één medewerker, Ilse Van Roey (dienst Stedenbouw), weigert de terminal aan de ingang van het
Provinciehuis telkens de gezichtsherkening. Ik heb haar opgeslagen gezichtstemplate uit de
beheerconsole gehaald: het is een embedding van 128 waarden, de eerste zijn
0.0412, -0.1187, 0.0933, 0.2201, -0.0576, 0.1349, -0.0021, 0.0874 ... (volledige vector in
het logbestand dat ik vorige week al stuurde). De matchdrempel staat op 0.62, haar scores
liggen rond 0.55. Kunnen jullie de template opnieuw laten genereren of de drempel per persoon
instellen?

Alvast bedankt,
Joris - ICT helpdesk 2e lijn
""")

add("formulier-vakbond-veld", "nl", "block", ["ART9_TRADE_UNION"],
    "form-like block under a named employee sent to an external mediator, with a line 'Vakbond: ABVV'",
    "HR Intercommunale Fluvius-West <hr-dossiers@iwvb-west.be>", "info@bemiddeling-desmet.be",
    "Aanmelding bemiddeling arbeidsconflict",
    """Geachte heer De Smet,

Wij melden hierbij een dossier aan voor bemiddeling. Gegevens van de betrokken werknemer:

Naam: Vandewalle Frederik
Functie: ploegbaas netbeheer
Dienst: regio Kortrijk
In dienst sinds: 01/09/2009
Vakbond: ABVV-BBTK (syndicaal afgevaardigde)
Aard van het conflict: weigering overplaatsing naar depot Roeselare

Wij horen graag wanneer een eerste gesprek kan plaatsvinden.

Met vriendelijke groet,
Caroline Devos
HR business partner
""")

add("levensbeschouwing-leerlingenlijst", "nl", "block", ["ART9_RELIGION"],
    "municipal school sends an external bus/catering company a pupil list with a column for the chosen religion course",
    "directie@gemeenteschool-wemmel.be", "planning@busreizen-ceulemans.be",
    "lijst leerlingen 5de leerjaar uitstap + lessen levensbeschouwing",
    """Dag mevrouw Ceulemans,

Hierbij de lijst van de leerlingen van het 5de leerjaar voor de uitstap van 23 mei. Omdat de
lessen levensbeschouwing die dag gewoon doorgaan, vertrekt de bus pas na het 2de lesuur; ik heb
in de lijst aangeduid welke les elk kind volgt, dan weten jullie wie er bij welke leerkracht
opgehaald moet worden.

Groetjes,
Meester Ward
""",
    atts=[csvf("5A_uitstap_23mei.csv", [
        ["Naam", "Voornaam", "Klas", "Levensbeschouwing", "Lokaal 1ste-2de lesuur"],
        ["Aydin", "Elif", "5A", "Islam", "B12"],
        ["De Wit", "Lotte", "5A", "Rooms-katholiek", "A03"],
        ["Haddouchi", "Adam", "5A", "Islam", "B12"],
        ["Janssens", "Mauro", "5A", "Niet-confessionele zedenleer", "A05"],
        ["Kovács", "Lilla", "5A", "Orthodox", "bib"],
        ["Van Hove", "Staf", "5A", "Protestants-evangelisch", "bib"],
    ], delimiter=";", charset="windows-1252")])

add("partijlidmaatschap-personeelslid", "nl", "block", ["ART9_POLITICAL_OPINION"],
    "HR tells an external HR consultant that a named civil servant is a (privately disclosed) member of a political party",
    "Algemeen directeur Gemeente Lebbeke <algemeen.directeur@lebbeke.be>", "k.vermeulen@hr-partners.be",
    "vertrouwelijk - deontologie",
    """Karen,

Nog even terugkomend op ons gesprek: de medewerker over wie ik het had, is Stefan Ooms van de
dienst Ruimtelijke Ordening. Hij heeft aan zijn collega's verteld dat hij al jaren lid is van
Vooruit en elke maand naar de afdelingsvergadering gaat. Ik wil vermijden dat hij nog
vergunningsdossiers behandelt waar partijgenoten bij betrokken zijn. Kan jij een voorstel
uitwerken voor een deontologisch kader dat we met hem kunnen bespreken?

Mvg
Bart
""")

add("seksuele-orientatie-melding", "nl", "block", ["ART9_SEX_LIFE"],
    "equal-opportunities officer forwards a complaint to an external lawyer stating a named employee's sexual orientation",
    "Diversiteitscel Stad Genk <diversiteit@genk.be>", "kantoor@advocaat-vanrompaey.be",
    "Melding pesterijen werkplaats - voor advies",
    """Geachte meester Van Rompaey,

Wij vragen uw advies in het volgende dossier. De heer Wouter Nijs, arbeider bij de stedelijke
werkplaats, heeft bij de vertrouwenspersoon gemeld dat hij sinds hij aan zijn collega's heeft
verteld dat hij homoseksueel is en samenwoont met zijn vriend, dagelijks uitgescholden wordt
door twee ploegmaats. Er zijn foto's van beledigende tekeningen in de refter.

Wij willen weten welke maatregelen we kunnen nemen zonder de formele procedure te starten.

Met vriendelijke groeten,
Nadia Boukhari
diversiteitsambtenaar
""")

add("nieuwkomers-herkomst-bis", "nl", "block", ["BE_BIS_NUMBER", "ART9_ETHNIC_ORIGIN"],
    "integration service shares with the regional integration agency (another institution) a list of named newcomers with BIS numbers and an ethnic-origin column",
    "Integratiedienst Stad Sint-Niklaas <inburgering@sint-niklaas.be>", "nt2.waas@integratie-inburgering.vlaanderen.be",
    "inschrijvingen NT2 blok september",
    """Dag Rita,

Hier de nieuwe groep voor het blok van september. We hebben er de etnische achtergrond bij gezet
omdat jullie vorige keer vroegen om de groepen in de lessen NT2 te mengen.

Groetjes
Mehmet
""",
    atts=[xlsx("NT2_september_nieuwkomers.xlsx", [("groep", [
        ["Naam", "BIS-nummer", "Land van herkomst", "Etnische afkomst", "Niveau"],
        ["Haile Tesfay", "64211685262", "Eritrea", "Tigrinya", "A1"],
        ["Noor Ahmadzai", "66450115066", "Afghanistan", "Pashtun", "alfa"],
        ["Farida Ahmadi", "84462058033", "Afghanistan", "Hazara", "A1"],
        ["Rustam Kadyrov", "58322852874", "Rusland", "Tsjetsjeens", "A2"],
        ["Amina Yusuf", "79512657381", "Somalië", "Somali (Darod)", "alfa"],
    ])])],
    ids=[("bis", "64211685262"), ("bis", "66450115066"), ("bis", "84462058033"),
         ("bis", "58322852874"), ("bis", "79512657381")])

add("html-tabel-rijksregisternummer", "nl", "block", ["BE_NATIONAL_NUMBER"],
    "HTML-only mail from a municipality to a notary's office with a table of heirs and their national numbers",
    "Dienst Burgerzaken Gemeente Kapellen <burgerzaken@kapellen.be>", "akten@notaris-gysels.be",
    "Uw vraag samenstelling gezin - nalatenschap Willems",
    html_only=True, html="""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Geachte notaris,</p>
<p>Zoals gevraagd vindt u hieronder de gegevens uit het bevolkingsregister van de
erfgenamen in de nalatenschap van wijlen Jan Willems.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Naam</th><th>Verwantschap</th><th>Rijksregisternummer</th><th>Adres</th></tr>
<tr><td>Willems Gert</td><td>zoon</td><td>63.02.19-585.85</td><td>Hoevensebaan 12, 2950 Kapellen</td></tr>
<tr><td>Willems Ann</td><td>dochter</td><td>64.06.04-561.26</td><td>Bredabaan 101, 2930 Brasschaat</td></tr>
<tr><td>Willems Tom</td><td>kleinzoon (plaatsvervulling)</td><td>94.06.15-600.93</td><td>Kapelsestraat 8 bus 3, 2950 Kapellen</td></tr>
</table>
<p>Met vriendelijke groeten,<br>Sven Dierckx<br>deskundige burgerzaken</p>
</body></html>""",
    ids=[("nn", "63.02.19-585.85"), ("nn", "64.06.04-561.26"), ("nn", "94.06.15-600.93")])

add("attest-pdf-rrn-burger", "nl", "block", ["BE_NATIONAL_NUMBER"],
    "municipality mails a citizen a PDF residence certificate that carries her national number",
    "e-loket Gemeente Bornem <eloket@bornem.be>", "nathalie.deprez@hotmail.com",
    "Uw aanvraag: bewijs van woonst",
    """Beste mevrouw Deprez,

In bijlage vindt u het gevraagde bewijs van woonst met adreshistoriek.

Vriendelijke groeten,
Het e-loket
""",
    atts=[pdf("bewijs_van_woonst_Deprez.pdf", [
        ("h", "GEMEENTE BORNEM - UITTREKSEL UIT HET BEVOLKINGSREGISTER"),
        "Bewijs van woonst met historiek van de adressen",
        ("s",),
        "De burgemeester van de gemeente Bornem verklaart dat uit het bevolkingsregister blijkt dat:",
        "Naam en voornamen: DEPREZ Nathalie Maria\nGeboren te Puurs op 10 oktober 1955\nRijksregisternummer: 55.10.10-574.60",
        ("t", [["Van", "Tot", "Adres"],
               ["12/03/1987", "01/07/2004", "Kerkstraat 14, 2880 Bornem"],
               ["01/07/2004", "-", "Rijksweg 230, 2880 Bornem"]]),
        ("s",),
        "Afgeleverd te Bornem, om te dienen voor: administratie.",
    ], title="Bewijs van woonst")],
    ids=[("nn", "55.10.10-574.60")])

add("bisnummer-seizoenarbeid", "nl", "block", ["BE_BIS_NUMBER"],
    "social secretariat of a town tells a fruit grower the BIS number of a seasonal worker",
    "Lokaal Loket Landbouw Sint-Truiden <landbouwloket@sint-truiden.be>", "administratie@fruitbedrijf-vanhees.be",
    "Re: Dimona seizoenarbeider",
    """Dag mevrouw Vanhees,

Het BIS-nummer van uw seizoenarbeider Marcin Kowalski is 75.47.13-107.49. Daarmee kan u de
Dimona-aangifte doen. Zijn Limosa-melding staat ondertussen ook in orde.

Groeten,
Stefaan
""", ids=[("bis", "75.47.13-107.49")])

add("invaliditeit-percentage-woonmaatschappij", "nl", "block", ["BE_NATIONAL_NUMBER", "ART9_HEALTH"],
    "OCMW supports a housing application and discloses the applicant's disability rate and condition",
    "Woonwinkel OCMW Brugge <woonwinkel@ocmwbrugge.be>", "toewijzing@woonmaatschappij-brugge.be",
    "Ondersteuning aanvraag aangepaste woning - dossier mevr. Vercruysse",
    """Geachte,

Wij ondersteunen de aanvraag van mevrouw Hilde Vercruysse (INSZ 48100263493) voor een
gelijkvloerse aangepaste woning. Zij is door de FOD Sociale Zekerheid erkend met een
vermindering van zelfredzaamheid van 15 punten en een arbeidsongeschiktheid van 66%, als gevolg
van multiple sclerose. Zij gebruikt sinds vorig jaar een rolstoel.

Het medisch attest kan op verzoek via de beveiligde weg bezorgd worden.

Met vriendelijke groeten
Pieter Dewulf
Woonwinkel OCMW Brugge
""", ids=[("nn", "48100263493")])

add("gedwongen-opname-advocaat", "nl", "block", ["ART9_HEALTH"],
    "municipality informs a family's lawyer that a named person was compulsorily admitted to a psychiatric centre",
    "Kabinet burgemeester Gemeente Dilbeek <kabinet.burgemeester@dilbeek.be>", "info@advocaten-lauwers.be",
    "Uw schrijven van 18/11 - mevrouw E. Claes",
    """Meester,

Ik bevestig u dat mevrouw Evelien Claes op 16 november, na een spoedprocedure op vordering van
de procureur des Konings, in observatie werd opgenomen in het psychiatrisch centrum
Sint-Alexius te Grimbergen (gedwongen opname op grond van de wet van 26 juni 1990). De
vrederechter heeft de zitting vastgesteld op 28 november.

Voor verdere informatie verwijs ik u naar het parket en de behandelende psychiater.

Hoogachtend,
namens de burgemeester,
Dirk Heyvaert, kabinetsmedewerker
""")

add("kaartnummer-betaling-parkeerboete", "nl", "block", ["CREDIT_CARD"],
    "parking company of a city repeats a citizen's full card number in a refund answer",
    "Parkeerbedrijf Antwerpen <klantendienst@parkeren-antwerpen.be>", "wim_de_backer@hotmail.com",
    "Re: dubbele betaling retributie",
    """Beste heer De Backer,

We hebben uw betaling van 2 x 45 euro teruggevonden. Beide betalingen werden uitgevoerd met de
kaart 5178 7789 3287 9212 (exp. 08/27) op 12 januari om 14:03 en 14:04. De tweede betaling
wordt teruggestort op dezelfde kaart; dat kan tot 10 werkdagen duren.

Onze excuses voor het ongemak.

Klantendienst Parkeren
""", ids=[("card", "5178 7789 3287 9212")])

add("toeslagen-bsn-iban", "nl", "block", ["NL_BSN", "IBAN_CODE"],
    "Dutch tax office replies to a citizen with BSN as 'Ons kenmerk' and the private IBAN the allowance is paid to",
    "Belastingdienst/Toeslagen <toeslagen-klantcontact@belastingdienst.nl>", "fam.yilmaz@kpnmail.nl",
    "Wijziging rekeningnummer zorgtoeslag verwerkt",
    """Geachte heer Yilmaz,

Ons kenmerk: 888539332 / TS-2025-0043
Uw kenmerk: mail 2 februari 2025

Wij hebben uw wijziging verwerkt. Vanaf de betaling van maart storten wij uw zorgtoeslag op
rekening NL13 INGB 4605 9834 82 ten name van E. Yilmaz.

Met vriendelijke groet,

Belastingdienst/Toeslagen
""", ids=[("bsn", "888539332"), ("iban", "NL13 INGB 4605 9834 82")])

add("svb-aow-kenmerk-bsn", "nl", "block", ["NL_BSN"],
    "SVB answers a pensioner abroad; her BSN written as '6338.75.004' is the reference",
    "SVB Internationaal <svb-internationaal@svb.nl>", "greet.vandeven@skynet.be",
    "AOW - uw levensbewijs 2025",
    """Geachte mevrouw Van de Ven,

Uw referentie bij de SVB: 6338.75.004

Wij hebben uw levensbewijs op 4 maart ontvangen. Uw AOW-pensioen wordt ongewijzigd
doorbetaald. U hoeft verder niets te doen.

Met vriendelijke groet,
Sociale Verzekeringsbank, kantoor Roermond
""", ids=[("bsn", "6338.75.004")])

add("zip-personeelsdossiers-ziekte", "nl", "block", ["ART9_HEALTH"],
    "zip with Word documents of personnel files including sickness certificates with diagnoses, sent to an external legal advisor",
    "Personeelsdienst OCMW Aalst <personeel@ocmw-aalst.be>", "dossiers@sociaal-juristen.be",
    "stukken ontslagdossier - zoals besproken",
    """Beste Lode,

Zoals besproken de stukken voor het ontslagdossier in één zipbestand. Het gaat om de
afwezigheden van de voorbije 18 maanden met de attesten.

Mvg,
Greet
""",
    atts=[zipf("ontslagdossier_DeRidder.zip", [
        docx("01_afwezigheidsoverzicht.docx", [
            ("h", "Afwezigheden Bart De Ridder (magazijnier)"),
            ("t", [["Periode", "Dagen", "Reden volgens attest"],
                   ["02/01/2024 - 19/01/2024", "14", "lumbale hernia L4-L5"],
                   ["11/04/2024 - 30/06/2024", "57", "depressie, opvolging psychiater"],
                   ["03/02/2025 - heden", "-", "alcoholafhankelijkheid, residentiële opname"]])]),
        docx("02_verslag_arbeidsgeneesheer.docx", [
            ("h", "Verslag re-integratiebeoordeling"),
            "Werknemer: Bart De Ridder",
            "De werknemer is tijdelijk ongeschikt voor het overeengekomen werk. Na afloop van de "
            "ontwenningskuur wordt een aangepast takenpakket zonder heftruckwerk aanbevolen.",
        ]),
    ])])

add("eml-doorgestuurd-burger-rrn", "nl", "block", ["BE_NATIONAL_NUMBER"],
    "a citizen's own e-mail with his national number is attached as .eml and forwarded to an external energy supplier",
    "Energiehuis Gemeente Schoten <energiehuis@schoten.be>", "klantendienst@groenstroom-nv.be",
    "FW: premie dakisolatie - klant zegt dat er niets op zijn rekening kwam",
    """Goeiedag,

In bijlage de mail van onze inwoner. Kunnen jullie nakijken waarom de premie niet verrekend werd
op zijn eindafrekening? Hij heeft alle documenten ingediend.

Met vriendelijke groet,
Energiehuis Schoten
""",
    atts=[eml("premie dakisolatie.eml", "Luc Bosmans <luc.bosmans59@proximus.be>",
              "energiehuis@schoten.be", "premie dakisolatie", "2025-01-27 19:44",
              """Goedenavond,

Ik heb in oktober de premie voor dakisolatie aangevraagd maar zie niets op mijn eindafrekening.
Mijn klantnummer bij Groenstroom is 5100234871 en mijn rijksregisternummer 57 05 14 148 82.

Kunnen jullie dat eens nakijken?

Luc Bosmans
Papenaardekens 17, Schoten""")],
    ids=[("nn", "57 05 14 148 82")])

add("vog-weigering-uitleg", "nl", "block", ["NL_BSN", "ART10_CRIMINAL"],
    "Dutch municipality explains to a childcare organisation why a named applicant's certificate of conduct was refused, citing offences",
    "Gemeente Utrecht - Publiekszaken <publiekszaken@utrecht.nl>", "hr@kinderopvang-zonnestraal.nl",
    "Re: aanvraag VOG mevrouw L. Smit",
    """Geachte mevrouw Kuipers,

U vroeg waarom de VOG-aanvraag van uw nieuwe pedagogisch medewerker nog niet is afgegeven.
Justis heeft het voornemen tot weigering uitgebracht voor mevrouw Laura Smit (BSN 474395753),
omdat in de justitiële documentatie een veroordeling uit 2023 staat voor verduistering in
dienstbetrekking en een lopende zaak wegens mishandeling. Mevrouw Smit kan binnen twee weken
een zienswijze indienen.

Met vriendelijke groet,
Afdeling Publiekszaken
""", ids=[("bsn", "474395753")])

add("dragerschap-taaislijmziekte-school", "nl", "block", ["ART9_GENETIC"],
    "CLB tells an external day-care the genetic carrier status of a named child",
    "CLB Kempen <info.geel@clbkempen.be>", "peuteropvang@bengeltje-vzw.be",
    "Ivo Smets - afspraken bij opvang",
    """Dag Evi,

Nog een aanvulling bij de intake van Ivo Smets (geboren 2021): uit het genetisch onderzoek bij de
geboorte blijkt dat hij drager is van een CFTR-mutatie (F508del, heterozygoot). Hij is zelf
niet ziek, maar de ouders vragen dat jullie het in zijn dossier noteren voor het geval er later
vragen komen.

Groetjes,
Hanne, CLB-medewerker
""")

add("stemprofiel-contactcenter", "nl", "block", ["ART9_BIOMETRIC"],
    "federal contact centre sends its telephony vendor the voiceprint enrolment record of a named caller",
    "Contactcenter FOD Financiën <cc-ictsupport@minfin.fgov.be>", "servicedesk@voicelogic.eu",
    "Incident 20250311-07: spraakverificatie faalt",
    """Hallo,

Bij de beller Marc Goossens faalt de spraakverificatie sinds de update van 9 maart. Zijn
stemprofiel (voiceprint) werd ingeschreven op 14/10/2024: modelversie 3.2, 256-dim i-vector,
enrolment over 3 opnames van 12 s, checksum profiel 8c1f2e0a. Bij elke poging scoort hij 0.41
tegen een drempel van 0.70. Kunnen jullie zijn stemafdruk opnieuw trainen op de bestaande
opnames?

Groet,
Team ICT contactcenter
""")

add("lange-draad-budgetbeheer-alcohol", "nl", "block", ["ART9_HEALTH"],
    "long thread with an external budget-management firm; the fourth reply mentions the client's admission for alcohol addiction",
    "Katrien Wyns <katrien.wyns@ocmw-turnhout.be>", "dossierbeheer@budgetplan-bv.be",
    "RE: RE: RE: RE: RE: huurachterstal dhr. Van Gorp",
    """Dag Bert,

Laat die betaling van de huur dan maar even staan tot hij terug is. Ik hoor net van zijn broer
dat hij sinds maandag opgenomen is in Multiversum voor een ontwenningskuur (alcohol), voor
minstens zes weken.

Katrien

-----Oorspronkelijk bericht-----
Van: Bert Hermans <dossierbeheer@budgetplan-bv.be>
Verzonden: dinsdag 14 januari 2025 10:12
Aan: Katrien Wyns
Onderwerp: RE: RE: RE: RE: huurachterstal dhr. Van Gorp

Hij neemt zijn telefoon niet op. Weet jij meer?

-----Oorspronkelijk bericht-----
Van: Katrien Wyns
Verzonden: maandag 13 januari 2025 16:40
Onderwerp: RE: RE: RE: huurachterstal dhr. Van Gorp

Dat is goed. Ik zal het hem vragen bij het huisbezoek van woensdag.

-----Oorspronkelijk bericht-----
Van: Bert Hermans
Verzonden: maandag 13 januari 2025 14:05
Onderwerp: RE: RE: huurachterstal dhr. Van Gorp

We kunnen een afbetalingsplan van 75 euro per maand voorstellen aan de verhuurder. Akkoord?

-----Oorspronkelijk bericht-----
Van: Katrien Wyns
Verzonden: vrijdag 10 januari 2025 09:30
Onderwerp: RE: huurachterstal dhr. Van Gorp

Ja, het gaat om drie maanden. De verhuurder heeft al een aanmaning gestuurd.

-----Oorspronkelijk bericht-----
Van: Bert Hermans
Verzonden: donderdag 9 januari 2025 17:22
Onderwerp: huurachterstal dhr. Van Gorp

Dag Katrien, klopt het dat er een huurachterstal is bij Jos Van Gorp?
""", date="2025-01-15 08:20")

add("vrijwilligers-medicatie-ods", "nl", "block", ["ART9_HEALTH"],
    "municipal youth service sends an external holiday-camp organiser an ODS list of named children with medical conditions and medication",
    "Jeugddienst Gemeente Herselt <jeugddienst@herselt.be>", "kampen@speelplein-vakantie.be",
    "deelnemers speelweek juli + medische fiches",
    """Hoi Jens,

In bijlage de deelnemers van week 2 met wat de ouders op de medische fiche invulden. Let vooral
op Kobe (epilepsie) en Luna (ernstige notenallergie, EpiPen zit in haar rugzak).

Tot maandag!
Sien
""",
    atts=[ods("speelweek_juli_week2.ods", [("deelnemers", [
        ["Naam", "Leeftijd", "Medische info", "Medicatie", "Noodnummer ouder"],
        ["Kobe Verlinden", 9, "epilepsie (absences)", "Depakine 2x per dag", "0478 12 34 51"],
        ["Luna Geerts", 7, "notenallergie - anafylaxie", "EpiPen junior", "0496 55 10 22"],
        ["Mila Stessens", 8, "astma", "Ventolin bij inspanning", "0475 90 81 33"],
        ["Rune Van Hoof", 10, "ADHD", "Rilatine 's middags", "0486 44 27 19"],
        ["Fien Aerts", 6, "-", "-", "0472 38 61 04"],
    ])])])

add("tsv-rrn-spaties-bis", "nl", "block", ["BE_NATIONAL_NUMBER", "BE_BIS_NUMBER"],
    "TSV export of participants for an external training provider with national numbers and BIS numbers in spaced notation",
    "VDAB regio Hasselt <opleidingen.hasselt@vdab.be>", "administratie@opleidingscentrum-logistiek.be",
    "Deelnemerslijst opleiding heftruckchauffeur - start 3/2",
    """Goedemorgen,

Bijgevoegd de deelnemerslijst voor de opleiding heftruckchauffeur die op 3 februari start. De
INSZ-nummers hebben jullie nodig voor de registratie van het attest.

Met vriendelijke groeten
Sanne Vos, trajectbegeleider VDAB
""",
    atts=[csvf("deelnemers_heftruck_0302.tsv", [
        ["naam", "voornaam", "INSZ", "gsm"],
        ["Bulut", "Emre", "90 08 03 171 36", "0488 21 30 11"],
        ["Dumitru", "Andrei", "90 27 02 196 77", "0467 80 12 90"],
        ["Lenaerts", "Jelle", "03 06 24 460 21", "0491 22 76 05"],
        ["Sowa", "Piotr", "63 48 06 113 08", "0470 09 58 41"],
    ], delimiter="\t")],
    ids=[("nn", "90 08 03 171 36"), ("bis", "90 27 02 196 77"), ("nn", "03 06 24 460 21"),
         ("bis", "63 48 06 113 08")])

add("acod-afgevaardigde-notulen", "nl", "block", ["ART9_TRADE_UNION"],
    "minutes sent to the regional audit agency (another institution) name which union each named employee representative belongs to",
    "Secretariaat Basisoverlegcomité Stad Hasselt <boc@hasselt.be>", "m.claes@audit.vlaanderen.be",
    "verslag BOC 12 december - voor jullie audit",
    """Dag mevrouw Claes,

Voor de organisatieaudit van Audit Vlaanderen het verslag van het laatste basisoverlegcomité. De vakbondsafvaardiging
aanwezig op de vergadering: Johan Moons (ACOD), Sabine Leysen (ACV Openbare Diensten) en Guy
Bex (VSOA). Punt 4 over de nieuwe uurroosters werd door de ACOD-delegatie niet goedgekeurd.

Met vriendelijke groet,
het secretariaat
""",
    atts=[docx("verslag_BOC_20241212.docx", [
        ("h", "Verslag basisoverlegcomité 12 december 2024"),
        ("t", [["Aanwezig", "Hoedanigheid"],
               ["Luc Vanlaer", "algemeen directeur (voorzitter)"],
               ["Ellen Sels", "HR-manager"],
               ["Johan Moons", "vakbondsafgevaardigde ACOD"],
               ["Sabine Leysen", "vakbondsafgevaardigde ACV Openbare Diensten"],
               ["Guy Bex", "vakbondsafgevaardigde VSOA"]]),
        "1. Goedkeuring verslag vorige vergadering: goedgekeurd.",
        "2. Arbeidsreglement - wijziging telewerk: protocol van akkoord.",
        "3. Jaarplan preventie: toelichting door de preventieadviseur.",
        "4. Uurroosters technische dienst: geen akkoord van de ACOD-afvaardiging.",
    ])])

add("huurder-veroordeeld-drugs", "nl", "block", ["ART10_CRIMINAL"],
    "municipality's housing department tells a social housing company that a named tenant was convicted for drug dealing",
    "Wooncel Gemeente Maasmechelen <wonen@maasmechelen.be>", "huurdersdienst@nieuwe-haard-cv.be",
    "Uitzetting woning Rijksweg 44/2",
    """Goedemiddag,

Zoals telefonisch besproken: de huurder van de woning Rijksweg 44 bus 2, de heer Jordy
Schoofs, werd op 4 februari door de correctionele rechtbank van Tongeren veroordeeld tot 18
maanden cel voor drugshandel vanuit de woning. De burgemeester heeft op basis daarvan een
sluiting van drie maanden bevolen. Jullie kunnen dit vonnis gebruiken voor de
ontbindingsprocedure.

Vriendelijke groeten,
Wendy Vrancken
Wooncel
""")

add("wmo-parkinson-bsn", "nl", "block", ["NL_BSN", "ART9_HEALTH"],
    "Dutch municipality sends a home-care provider the indication of a named resident with Parkinson's disease",
    "Wmo-loket Gemeente Zwolle <wmo@zwolle.nl>", "planning@thuiszorg-ijsselland.nl",
    "Toekenning huishoudelijke ondersteuning",
    """Beste planning,

Per 1 mei is aan onderstaande inwoner huishoudelijke ondersteuning toegekend:

mevrouw J. (Joke) Mulder, Assendorperstraat 88, Zwolle
BSN: 379907513
Indicatie: 3 uur per week, klasse HO2
Reden: ziekte van Parkinson, toenemende valneiging; echtgenoot is mantelzorger en overbelast.

Willen jullie binnen vijf werkdagen contact opnemen voor de start?

Groet,
Ellen Brink, Wmo-consulent
""", ids=[("bsn", "379907513")])

add("verzuim-diagnose-arbodienst", "nl", "block", ["ART9_HEALTH"],
    "a Dutch municipality sends its occupational health service a spreadsheet of named sick employees with diagnoses",
    "HR Gemeente Apeldoorn <personeelszaken@apeldoorn.nl>", "casemanagement@arbo-oost-bv.nl",
    "Verzuimlijst Q1 voor spreekuur",
    """Dag Marloes,

Zie bijlage voor de verzuimlijst van Q1 met de medewerkers die je volgende week op het spreekuur
ziet. De kolom diagnose is overgenomen uit de gesprekken met de leidinggevenden.

Met vriendelijke groet,
Frank
""",
    atts=[xlsx("verzuim_Q1_spreekuur.xlsx", [("Q1", [
        ["Medewerker", "Afdeling", "Eerste ziektedag", "% verzuim", "Diagnose", "Spreekuur"],
        ["Hendriks, Anouk", "Burgerzaken", "2025-01-08", 100, "burn-out", "wo 10:00"],
        ["Postma, Erik", "Buitendienst", "2025-02-17", 50, "knieoperatie (meniscus)", "wo 10:30"],
        ["Kok, Fatima", "Belastingen", "2025-03-03", 100, "zwangerschapsklachten", "wo 11:00"],
        ["Willemsen, Joost", "ICT", "2025-01-27", 100, "hartinfarct, revalidatie", "wo 11:30"],
    ])])])

add("groeipakket-iban-kind-rrn", "nl", "block", ["BE_NATIONAL_NUMBER", "IBAN_CODE"],
    "family-allowance fund confirms to a father the child's national number and his private IBAN (multipart/alternative)",
    "Groeipakket - Infino Vlaanderen <klant@infino.be>", "tom.aerts.mol@gmail.com",
    "Bevestiging wijziging rekeningnummer Groeipakket",
    """Beste meneer Aerts,

We hebben uw vraag om het Groeipakket voor uw dochter Lore (rijksregisternummer 08.07.06-776.66)
voortaan op uw rekening te storten verwerkt.

Nieuwe rekening: BE88 0874 4554 2941
Vanaf: betaling van juni

Heeft u vragen? Bel ons gratis op 078 15 50 60.

Met vriendelijke groeten,
Uw Infino-team
""", html=True, ids=[("nn", "08.07.06-776.66"), ("iban", "BE88 0874 4554 2941")])

# --------------------------------------------------------------------------- NL, allow

add("omzendbrief-verkiezingen-logistiek", "nl", "allow", [],
    "long circular to municipalities on polling-station logistics for the elections; no individual data",
    "Agentschap Binnenlands Bestuur - Verkiezingen <verkiezingen@vlaanderen.be>",
    "secretariaat@gemeente-herenthout.be",
    "Omzendbrief KB/ABB 2024/3 - praktische organisatie stembureaus 13 oktober",
    """Aan de colleges van burgemeester en schepenen,

Met deze omzendbrief geven wij u de praktische richtlijnen voor de organisatie van de
stembureaus voor de lokale en provinciale verkiezingen van 13 oktober 2024.

1. Aantal kiezers per stembureau
Een stembureau telt in principe tussen 150 en 800 kiezers. Bij elektronisch stemmen hanteren
we een maximum van 1 200 kiezers per stembureau, met minstens één stemhokje per 250 kiezers.

2. Samenstelling
Elk stembureau bestaat uit een voorzitter, vier bijzitters en vier plaatsvervangende
bijzitters. De voorzitters worden aangewezen door de voorzitter van het hoofdbureau uiterlijk
op 16 september. De gemeenten bezorgen de lijst van kandidaat-bijzitters voor 1 september aan
het kantonhoofdbureau.

3. Lokalen
Zorg voor toegankelijke lokalen (gelijkvloers of met lift), voldoende verlichting en een
afzonderlijke ruimte voor de stembus. Het lokaal mag geen politieke affiches bevatten, ook
niet in de onmiddellijke omgeving (straal van 200 meter vanaf de toegang).

4. Materiaal
Het stemmateriaal (stemcomputers, USB-sticks, stembiljetten voor de papieren gemeenten) wordt
tussen 30 september en 4 oktober geleverd. Een leveringsschema per gemeente volgt via het
loket lokale besturen.

5. Presentiegelden
Het presentiegeld bedraagt 25 euro voor bijzitters en 35 euro voor voorzitters. De gemeente
betaalt uit en vraagt terugbetaling via het e-loket vóór 31 december.

6. Contact
Vragen over deze omzendbrief: helpdesk verkiezingen, 02 553 40 40, verkiezingen@vlaanderen.be.

Met de meeste hoogachting,

De leidend ambtenaar
Agentschap Binnenlands Bestuur
""",
    atts=[pdf("omzendbrief_2024-3_stembureaus.pdf", [
        ("h", "Omzendbrief KB/ABB 2024/3"),
        "Praktische organisatie van de stembureaus - lokale en provinciale verkiezingen 13 oktober 2024",
        ("t", [["Fase", "Timing", "Verantwoordelijke"],
               ["Lijst kandidaat-bijzitters", "voor 1 september", "gemeente"],
               ["Aanwijzing voorzitters", "uiterlijk 16 september", "hoofdbureau"],
               ["Levering stemmateriaal", "30 september - 4 oktober", "leverancier / ABB"],
               ["Test stemcomputers", "8 oktober", "gemeente + technicus"],
               ["Verkiezingsdag", "13 oktober, 8u - 14u (16u elektronisch)", "stembureaus"]]),
        ("s",),
        "Bijlage 1: checklist toegankelijkheid stemlokaal. Bijlage 2: model van proces-verbaal.",
    ], title="Omzendbrief 2024/3")])

add("opleiding-politieke-neutraliteit", "nl", "allow", [],
    "training announcement on political neutrality of civil servants sent to an external training provider; generic",
    "Opleidingen Provincie Antwerpen <vorming@provincieantwerpen.be>", "aanbod@vormingsplus-academie.be",
    "Bevestiging sessies 'Neutraliteit en deontologie in verkiezingstijd'",
    """Beste Griet,

Hierbij bevestigen wij de drie sessies 'Neutraliteit en deontologie in verkiezingstijd' voor
onze medewerkers:

- dinsdag 10 september, 9u-12u, Koningin Elisabethlei 22, zaal Schelde
- donderdag 12 september, 13u30-16u30, idem
- maandag 16 september, online (Teams)

Inhoud zoals in jullie offerte: het neutraliteitsbeginsel, politieke activiteiten buiten de
dienst, het gebruik van sociale media, wat doe je als een mandataris je onder druk zet, en een
aantal casussen. Graag zouden we nog een casus zien over het posten van campagnefoto's op een
privé-account.

We verwachten telkens ongeveer 20 deelnemers. De deelnemerslijst bezorgen we een week vooraf,
met enkel naam en dienst.

Met vriendelijke groeten,
Elke Huybrechts
Team Leren & Ontwikkelen
T 03 240 51 11
""")

add("uitleg-uittreksel-strafregister", "nl", "allow", [],
    "municipality explains to a citizen in general how to obtain a criminal-record extract; nothing about his record",
    "Burgerzaken Gemeente Wommelgem <burgerzaken@wommelgem.be>", "yannick.peeters@gmail.com",
    "RE: hoe vraag ik een uittreksel strafregister aan?",
    """Dag Yannick,

Een uittreksel uit het strafregister kan je op twee manieren aanvragen:

1. Online via de toepassing 'Mijn uittreksel strafregister' van de FOD Justitie
   (www.justonweb.be), aanmelden met itsme of je eID. Het document is meteen beschikbaar en
   gratis.
2. Aan het loket burgerzaken, zonder afspraak tijdens de openingsuren, met je identiteitskaart.

Voor een job met minderjarigen (bv. monitor op de speelpleinwerking) heb je het model 2 nodig
(artikel 596, tweede lid). Vermeld bij de aanvraag het doel 'activiteit met minderjarigen'.

Groeten,
Team Burgerzaken

> Van: Yannick Peeters <yannick.peeters@gmail.com>
> Dag, ik ga deze zomer monitor worden bij de speelpleinwerking. Ze vragen een uittreksel van
> het strafregister. Hoe kom ik daaraan?
""")

add("kalender-religieuze-feestdagen", "nl", "allow", [],
    "diversity service sends an external events agency a calendar of religious and philosophical holidays for planning",
    "Dienst Diversiteit Stad Antwerpen <diversiteit@antwerpen.be>", "info@eventbureau-scheldestad.be",
    "Kalender feestdagen 2025 - om rekening mee te houden bij de planning",
    """Beste,

Zoals beloofd de kalender met de belangrijkste religieuze en levensbeschouwelijke feestdagen van
2025. We vragen om geen grote publieksevenementen te plannen op de dagen die in de kolom
'impact' als hoog staan aangeduid.

Vriendelijke groet,
Dienst Diversiteit
""",
    atts=[xlsx("kalender_feestdagen_2025.xlsx", [("2025", [
        ["Datum", "Feestdag", "Levensbeschouwing", "Impact planning"],
        ["2025-03-01", "begin ramadan (onder voorbehoud)", "islam", "middel"],
        ["2025-03-30", "Suikerfeest (Eid al-Fitr)", "islam", "hoog"],
        ["2025-04-13", "Pesach (begin)", "jodendom", "middel"],
        ["2025-04-20", "Pasen", "christendom", "hoog"],
        ["2025-04-20", "orthodox Pasen", "orthodox christendom", "middel"],
        ["2025-06-06", "Offerfeest (Eid al-Adha)", "islam", "hoog"],
        ["2025-09-23", "Rosj Hasjana", "jodendom", "laag"],
        ["2025-10-02", "Jom Kipoer", "jodendom", "middel"],
        ["2025-10-21", "Divali", "hindoeïsme", "laag"],
        ["2025-11-20", "Dag van het vrij onderzoek (Sint-Verhaegen)", "vrijzinnig humanisme", "laag"],
        ["2025-12-25", "Kerstmis", "christendom", "hoog"],
    ])])])

add("haatmisdrijven-statistiek-motief", "nl", "allow", [],
    "aggregated hate-crime statistics by motive sent to a university research group",
    "Beleidsondersteuning Politiezone Gent <analyse@politie-gent.be>", "onderzoeksgroep.criminologie@ugent.be",
    "Cijfers haatmisdrijven 2022-2024 per motief",
    """Dag professor Vermeersch,

Hierbij de gevraagde cijfers van de geregistreerde feiten met een haatmotief op ons grondgebied.
Het gaat om aantallen processen-verbaal, niet om personen. Aantallen onder 5 hebben we
afgerond naar '<5' om herleidbaarheid te vermijden.

Succes met het onderzoek,
Nele Dhondt
strategisch analist
""",
    atts=[csvf("haatmisdrijven_2022_2024.csv", [
        ["motief", "2022", "2023", "2024"],
        ["huidskleur / zogenaamd ras / afkomst", "48", "55", "61"],
        ["seksuele geaardheid", "19", "23", "17"],
        ["geloof of levensbeschouwing", "12", "9", "14"],
        ["handicap", "<5", "6", "<5"],
        ["geslacht / genderidentiteit", "7", "11", "13"],
        ["andere", "9", "8", "10"],
        ["totaal", "97", "112", "118"],
    ], delimiter=",")])

add("consultatie-wijziging-decreet", "nl", "allow", [],
    "consultation of local governments on a decree amendment with aggregate figures",
    "Departement Welzijn, Volksgezondheid en Gezin <consultatie.wvg@vlaanderen.be>", "info@vvsg.be",
    "Consultatie: voorontwerp wijzigingsdecreet lokaal sociaal beleid",
    """Geachte,

Het departement legt het voorontwerp van decreet tot wijziging van het decreet lokaal sociaal
beleid voor aan de lokale besturen en hun koepels. De belangrijkste wijzigingen:

- een geïntegreerd breed onthaal in elke gemeente (nu in 262 van de 285 gemeenten actief);
- een verplichte jaarlijkse rapportering over het aantal aanmeldingen (in 2023 samen
  ongeveer 412 000 aanmeldingen, waarvan 38 % met een vraag over energie of wonen);
- de afschaffing van de minimumbezetting van 1 VTE per 10 000 inwoners.

U kan reageren tot 15 november via het bijgevoegde antwoordformulier. Een
informatiesessie vindt plaats op 28 oktober in het Herman Teirlinckgebouw.

Met vriendelijke groeten,
Afdeling Beleidsontwikkeling
""",
    atts=[docx("antwoordformulier_consultatie_LSB.docx", [
        ("h", "Antwoordformulier consultatie wijzigingsdecreet lokaal sociaal beleid"),
        "Naam organisatie: ....................................",
        "Contactpersoon (naam, functie, e-mail): ....................................",
        ("t", [["Artikel", "Standpunt (akkoord / niet akkoord / opmerking)", "Toelichting"],
               ["Art. 3 - breed onthaal", "", ""],
               ["Art. 7 - rapportering", "", ""],
               ["Art. 12 - minimumbezetting", "", ""]]),
    ])])

add("aanbesteding-ziekenhuisbenodigdheden", "nl", "allow", [],
    "public hospital tender for medical supplies sent to a supplier NV; no patients",
    "Aankoopdienst AZ Zeno (OCMW-vereniging) <aankoop@azzeno.be>", "tenders@medisupply-benelux.be",
    "Uitnodiging tot offerte - raamovereenkomst wondverzorging en incontinentiemateriaal",
    """Geachte leverancier,

AZ Zeno nodigt u uit een offerte in te dienen voor de raamovereenkomst 'Wondverzorgingsmateriaal
en incontinentieproducten', looptijd 4 jaar, in 6 percelen. Het bestek en de inventaris met de
geraamde jaarlijkse hoeveelheden vindt u in bijlage en op e-Procurement (referentie
AZZ-2025-017).

Uiterste datum indienen: 14 april 2025 om 11u00, uitsluitend via e-Tendering.
Vragen kunnen tot 31 maart gesteld worden via het forum van de opdracht.

Met vriendelijke groeten,
Koen Blondeel
Aankoper medische verbruiksgoederen
T 050 55 34 12
""",
    atts=[xlsx("AZZ-2025-017_inventaris.xlsx", [("inventaris", [
        ["Perceel", "Artikel", "Omschrijving", "Eenheid", "Geraamde hoeveelheid/jaar"],
        [1, "1.01", "Schuimverband 10x10 cm, steriel", "stuk", 12000],
        [1, "1.02", "Schuimverband 15x15 cm met kleefrand", "stuk", 6500],
        [2, "2.01", "Hydrocolloïdverband 10x10 cm", "stuk", 4800],
        [3, "3.01", "Alginaat tamponade 2 g", "stuk", 900],
        [5, "5.01", "Incontinentieslip maat M, nacht", "pak van 14", 3100],
        [6, "6.01", "Onderlegger 60x90 cm", "pak van 30", 2200],
    ])]), pdf("AZZ-2025-017_bestek_uittreksel.pdf", [
        ("h", "Bestek AZZ-2025-017 - uittreksel"),
        "Opdrachtgevend bestuur: AZ Zeno, Kalvekeetdijk 260, 8300 Knokke-Heist.",
        "Gunningscriteria: prijs (50 punten), kwaliteit na staalbeoordeling (40 punten), "
        "duurzaamheid verpakking (10 punten).",
        "Leveringsplaats: centraal magazijn campus Knokke, weekdagen tussen 7u30 en 15u.",
    ], title="Bestek uittreksel")])

add("persbericht-woordvoerder", "nl", "allow", [],
    "press release of a city with the spokesperson's professional contact details",
    "Communicatie Stad Kortrijk <pers@kortrijk.be>", "redactie@nieuwsblad-regio.be",
    "PERSBERICHT - Nieuwe fietsbrug over de Leie opent op 5 juli",
    """PERSBERICHT - onder embargo tot donderdag 3 juli, 6u

Nieuwe fietsbrug over de Leie opent op 5 juli

Kortrijk - Na achttien maanden werken opent op zaterdag 5 juli de nieuwe fiets- en
voetgangersbrug tussen de Broeltorens en het Verzetsplein. De brug van 68 meter verbindt de
fietsostrade met het centrum en moet dagelijks zo'n 4 500 fietsers een veiliger route geven.

De officiële opening start om 10u met een fietstocht voor het hele gezin. Daarna volgt een
receptie op het Verzetsplein.

Schepen van Mobiliteit Arne Vandaele: "Met deze brug halen we de fietsers van de drukke
ring. Dat is een grote stap vooruit voor de verkeersveiligheid."

Voor meer informatie:
Sofie Decoene, woordvoerder Stad Kortrijk
056 27 80 05 - 0473 55 21 90
sofie.decoene@kortrijk.be
www.kortrijk.be/pers
""")

add("notulen-werkgroep-aggregaat", "nl", "allow", [],
    "minutes of an intermunicipal working group on poverty with aggregate numbers only",
    "Secretariaat Welzijnsregio Noord-Limburg <welzijnsregio@noordlimburg.be>", "partners@cawlimburg.be",
    "Verslag werkgroep kinderarmoede 4 maart",
    """Beste partners,

In bijlage het verslag van de werkgroep van 4 maart. Opmerkingen graag voor 18 maart.

Vriendelijke groeten,
Jolien
""",
    atts=[docx("verslag_werkgroep_kinderarmoede_0403.docx", [
        ("h", "Werkgroep kinderarmoede - verslag 4 maart 2025"),
        "Aanwezig: vertegenwoordigers van 8 gemeenten, CAW Limburg, Huis van het Kind, "
        "2 scholengroepen. Verontschuldigd: 1 gemeente.",
        ("h", "1. Cijfers kansarmoede-index", 2),
        "De kansarmoede-index in de regio steeg van 14,1 % (2022) naar 15,3 % (2024). In 3 "
        "gemeenten ligt de index boven 20 %.",
        ("t", [["Indicator", "2022", "2024"],
               ["Kinderen geboren in kansarm gezin", "412", "447"],
               ["Gezinnen met verhoogde tegemoetkoming", "5 930", "6 214"],
               ["Aanvragen schooltoelage (regio)", "3 210", "3 388"]]),
        ("h", "2. Acties", 2),
        "Uitbreiding van de gratis schoolmaaltijden naar 4 extra scholen vanaf september. "
        "Het Huis van het Kind organiseert een infosessie over het Groeipakket.",
        "Volgende vergadering: 3 juni, 14u, gemeentehuis Peer.",
    ])])

add("statistiek-leefloon-per-categorie-ods", "nl", "allow", [],
    "statistics table with counts of social-integration incomes per category, no persons",
    "Studiedienst OCMW Gent <studiedienst@ocmwgent.be>", "data@statistiekvlaanderen.be",
    "Aanlevering kwartaalcijfers leefloon Q4",
    """Hallo,

Hierbij de kwartaalcijfers Q4 2024 in het afgesproken formaat (ODS). Per categorie het aantal
gerechtigden op de laatste dag van het kwartaal.

Met vriendelijke groet,
Studiedienst
""",
    atts=[ods("leefloon_Q4_2024.ods", [("Q4", [
        ["Categorie", "Mannen", "Vrouwen", "Totaal"],
        ["samenwonend", 1204, 1388, 2592],
        ["alleenstaand", 2951, 2020, 4971],
        ["met gezin ten laste", 611, 1845, 2456],
        ["studenten (GPMI)", 402, 517, 919],
        ["totaal", 5168, 5770, 10938],
    ])])])

add("personeelslijst-professioneel", "nl", "allow", [],
    "staff list with only professional contact data sent to an external switchboard company",
    "ICT Gemeente Boechout <ict@boechout.be>", "implementatie@teleconnect-nv.be",
    "lijst toestellen voor nieuwe telefooncentrale",
    """Hoi Wouter,

Hier de lijst met de medewerkers en hun interne nummers voor de configuratie van de nieuwe
centrale. De groepen zijn per dienst.

Mvg, Pieter
""",
    atts=[xlsx("toestellen_gemeentehuis.xlsx", [("toestellen", [
        ["Naam", "Functie", "Dienst", "Intern", "Extern nummer", "E-mail"],
        ["Leen Van Gestel", "diensthoofd", "Burgerzaken", 201, "03 460 06 01", "leen.vangestel@boechout.be"],
        ["Jan Bogaerts", "administratief medewerker", "Burgerzaken", 202, "03 460 06 02", "jan.bogaerts@boechout.be"],
        ["Hanne Verstraeten", "omgevingsambtenaar", "Omgeving", 310, "03 460 06 10", "hanne.verstraeten@boechout.be"],
        ["Koen Michiels", "financieel directeur", "Financiën", 401, "03 460 06 21", "koen.michiels@boechout.be"],
        ["Saida Benali", "communicatieambtenaar", "Communicatie", 501, "03 460 06 30", "saida.benali@boechout.be"],
    ])])])

add("betalingsbevestiging-eigen-iban-nv", "nl", "allow", [],
    "payment confirmation sent to a contractor NV naming that company's own IBAN",
    "Financiële dienst Stad Lier <financien@lier.be>", "boekhouding@wegenbouw-verbeeck.be",
    "Betaling factuur 2025/0188 - vorderingsstaat 3",
    """Geachte,

Wij bevestigen de betaling van uw factuur 2025/0188 (vorderingsstaat 3, heraanleg Antwerpsestraat)
voor een bedrag van 148 302,65 euro incl. btw.

Begunstigde: Wegenbouw Verbeeck NV, ondernemingsnummer 0412.345.614
Rekening begunstigde: BE51 8407 0842 4962
Uitvoeringsdatum: 21/03/2025
Onze referentie: BST/2025/00721

Met vriendelijke groeten,
Financiële dienst Stad Lier
""", own_ibans=["BE51 8407 0842 4962"])

add("factuur-referenties-11-cijfers", "nl", "allow", [],
    "supplier invoice returned with VAT, enterprise, order and 11-digit structured reference numbers that are not national numbers",
    "Boekhouding Gemeente Ranst <boekhouding@ranst.be>", "facturatie@kantoorartikelen-deckers.be",
    "Factuur 24110457 - fout in bestelbonnummer",
    """Goeiedag,

Bijgaande factuur kunnen we niet boeken: het bestelbonnummer klopt niet. Het juiste nummer is
BB-2024-1187 (niet BB-2024-1178). Gelieve een creditnota en een nieuwe factuur op te maken.

Factuurnummer: 24110457
Uw klantnummer voor ons: 20240315117
Ondernemingsnummer gemeente Ranst: 0207.546.247
Gestructureerde mededeling: +++090/0012/77125+++

Bedankt,
Boekhouding
""",
    atts=[pdf("factuur_24110457.pdf", [
        ("h", "Deckers Kantoorartikelen BV - FACTUUR 24110457"),
        "BTW BE 0756.339.088 - RPR Antwerpen",
        "Klant: Gemeente Ranst, Gemeentehuis, Gemeenteplein 1, 2520 Ranst - BTW BE 0207.546.247",
        "Klantnummer: 20240315117 - Bestelbon: BB-2024-1178 - Leveringsbon: 32001845521",
        ("t", [["Art.", "Omschrijving", "Aantal", "Prijs", "Totaal"],
               ["88120", "Kopieerpapier A4 80 g, doos 5x500", "40", "24,90", "996,00"],
               ["40315", "Hangmappen 330 mm, doos 25", "12", "18,40", "220,80"],
               ["71245", "Toner HP 59X", "6", "139,00", "834,00"],
               ["", "", "", "Subtotaal", "2 050,80"],
               ["", "", "", "BTW 21 %", "430,67"],
               ["", "", "", "Totaal", "2 481,47"]]),
        "Te betalen binnen 30 dagen met mededeling +++090/0012/77125+++",
    ], title="Factuur")],
    fakes=[("nn", "20240315117"), ("nn", "32001845521")])

add("blanco-formulier-diagnose", "nl", "allow", [],
    "blank medical-certificate form with empty field labels (Diagnose: ____) sent to a printing company",
    "Preventiedienst Provincie Oost-Vlaanderen <preventie@oost-vlaanderen.be>", "offertes@drukkerij-vandeputte.be",
    "Drukwerk: formulier geneeskundig getuigschrift (2000 ex.)",
    """Dag meneer Vandeputte,

Kan u ons een offerte bezorgen voor 2000 exemplaren van het bijgevoegde formulier, A4
recto-verso, op blokken van 50? De lay-out mag u overnemen zoals in het Word-bestand.

Met vriendelijke groeten,
Ann Van Laere
""",
    atts=[docx("formulier_geneeskundig_getuigschrift.docx", [
        ("h", "Geneeskundig getuigschrift - afwezigheid wegens ziekte"),
        "Naam en voornaam personeelslid: ______________________________",
        "Rijksregisternummer: ___ ___ ___ - ___ - ___",
        "Dienst: ______________________________",
        "Diagnose (facultatief, enkel voor de controlearts): ______________________________",
        "Arbeidsongeschikt van ____/____/______ tot en met ____/____/______",
        "Mag de woning verlaten:  ja / nee",
        "Naam, handtekening en stempel van de arts: ______________________________",
        ("b", "Dit getuigschrift onder gesloten omslag bezorgen aan de dienst HR - Medisch."),
    ])])

add("vacature-hospitalisatieverzekering", "nl", "allow", [],
    "job vacancy sent to a job board, mentioning hospitalisation insurance as a benefit",
    "Rekrutering Stad Aarschot <jobs@aarschot.be>", "vacatures@jobat-publicaties.be",
    "Publicatie vacature: diensthoofd Omgeving (A1a-A3a)",
    """Beste,

Graag publicatie van onderstaande vacature vanaf maandag, looptijd 3 weken.

DIENSTHOOFD OMGEVING (m/v/x) - voltijds - contractueel onbepaalde duur

Wat doe je? Je leidt een team van 9 medewerkers (ruimtelijke ordening, milieu, wonen) en je
adviseert het college over omgevingsvergunningen.

Wat bieden we? Een bruto maandloon tussen 4 104 en 6 532 euro, maaltijdcheques van 8 euro,
een gratis hospitalisatieverzekering (ook voordelig voor je gezinsleden), fietsvergoeding,
35 vakantiedagen en glijdende werkuren.

Solliciteren kan tot 28 februari via www.aarschot.be/jobs. Meer info: Tine Beckers,
HR-adviseur, 016 55 03 60.

Bedankt!
Team Rekrutering
""")

add("korte-mail-rijke-handtekening", "nl", "allow", [],
    "short mail with a rich professional signature including LinkedIn",
    "Annelies Raes <annelies.raes@vlaio.be>", "info@startup-wafelsoft.be",
    "Afspraak volgende week",
    """Dag Pieter,

Dinsdag 14u past prima, ik kom naar jullie kantoor.

Groeten,
Annelies

--
Annelies Raes
Accountmanager KMO-portefeuille
Agentschap Innoveren & Ondernemen (VLAIO)
Koning Albert II-laan 35 bus 12, 1030 Brussel
T +32 2 553 37 62 | M +32 473 81 20 14
annelies.raes@vlaio.be | www.vlaio.be
linkedin.com/in/anneliesraes
""", html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dag Pieter,</p><p>Dinsdag 14u past prima, ik kom naar jullie kantoor.</p><p>Groeten,<br>Annelies</p>
<table style="border-top:2px solid #1d6fb8;margin-top:12px"><tr><td style="padding-top:6px">
<b>Annelies Raes</b><br>Accountmanager KMO-portefeuille<br>
<span style="color:#1d6fb8">Agentschap Innoveren &amp; Ondernemen (VLAIO)</span><br>
Koning Albert II-laan 35 bus 12, 1030 Brussel<br>
T +32 2 553 37 62 | M +32 473 81 20 14<br>
<a href="mailto:annelies.raes@vlaio.be">annelies.raes@vlaio.be</a> | <a href="https://www.vlaio.be">www.vlaio.be</a> |
<a href="https://www.linkedin.com/in/anneliesraes">LinkedIn</a></td></tr></table>
</body></html>""")

add("nieuwsbrief-html-welzijn", "nl", "allow", [],
    "HTML newsletter of a social welfare centre to subscribers (generic, no persons)",
    "Nieuwsbrief Sociaal Huis Roeselare <nieuwsbrief@roeselare.be>", "abonnee.vandenbussche@telenet.be",
    "Nieuwsbrief Sociaal Huis - april: energiepremies, zitdagen, vrijwilligers gezocht",
    html_only=True, html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Nieuwsbrief</title></head>
<body style="margin:0;background:#f2f2f2"><table width="600" align="center" style="background:#fff;font-family:Verdana,sans-serif;font-size:13px">
<tr><td style="background:#00806a;color:#fff;padding:16px"><h1 style="margin:0">Sociaal Huis Roeselare</h1>nieuwsbrief april 2025</td></tr>
<tr><td style="padding:16px"><h2>Nieuwe energiepremies</h2>
<p>Vanaf 1 mei kan je bij het Sociaal Huis een premie aanvragen voor een energiezuinige koelkast.
Vorig jaar deden 312 gezinnen een aanvraag. Kom langs met je energiefactuur.</p>
<h2>Zitdagen pensioenen</h2><p>De Federale Pensioendienst houdt zitdag op elke tweede dinsdag van de maand, van 9u tot 12u.</p>
<h2>Vrijwilligers gezocht</h2><p>Voor de sociale kruidenier zoeken we vrijwilligers voor de woensdagnamiddag. Interesse? Mail naar
<a href="mailto:vrijwilligers@roeselare.be">vrijwilligers@roeselare.be</a>.</p>
<p style="font-size:11px;color:#777">Je ontvangt deze nieuwsbrief omdat je je inschreef via roeselare.be.
<a href="https://www.roeselare.be/nieuwsbrief/afmelden">Uitschrijven</a></p></td></tr></table></body></html>""")

add("griepvaccinatie-logistiek", "nl", "allow", [],
    "logistics of a flu vaccination campaign for staff with aggregate dose numbers, to an occupational health service",
    "Preventie en Welzijn Stad Brugge <welzijnopdewerk@brugge.be>", "planning@idewe-extern.be",
    "Griepvaccinatie personeel 2024 - planning en aantallen",
    """Beste,

Hierbij de planning voor de griepvaccinatie van ons personeel:

- Stadhuis Burg: 14 oktober, 9u-12u, 120 inschrijvingen
- Werkplaatsen Pathoekeweg: 15 oktober, 7u-10u, 85 inschrijvingen
- Zorgcampus (WZC's): 16 en 17 oktober, telkens 8u-16u, 340 inschrijvingen
- Administratief centrum Oostmeers: 18 oktober, 13u-16u, 95 inschrijvingen

Totaal 640 doses; we vragen een reserve van 5 %. De koelkasten staan ter plaatse. Gelieve de
vaccins per locatie aan te leveren op de dag zelf vóór 8u.

De inschrijvingslijsten houden we intern bij; jullie verpleegkundigen krijgen ze ter plaatse.

Mvg
Marijke Desmet, preventieadviseur
""",
    atts=[csvf("planning_griepvaccinatie_2024.csv", [
        ["locatie", "datum", "uur", "inschrijvingen", "doses incl. reserve"],
        ["Stadhuis Burg", "2024-10-14", "09:00-12:00", "120", "126"],
        ["Werkplaatsen Pathoekeweg", "2024-10-15", "07:00-10:00", "85", "90"],
        ["Zorgcampus", "2024-10-16/17", "08:00-16:00", "340", "357"],
        ["AC Oostmeers", "2024-10-18", "13:00-16:00", "95", "100"],
    ])])

add("biometrisch-paspoort-wetgeving", "nl", "allow", [],
    "explanation of the law on fingerprints in passports and eID to a municipal association; generic",
    "FOD Binnenlandse Zaken - Dienst Identiteitsdocumenten <idinfo@ibz.fgov.be>", "burgerzaken@vvsg.be",
    "Info voor de gemeenten: vingerafdrukken op de elektronische identiteitskaart",
    """Geachte,

Naar aanleiding van de vragen van verschillende gemeenten een samenvatting van het kader:

- Sinds de wet van 25 november 2018 en het KB van 2019 worden bij de aanvraag van een eID
  twee vingerafdrukken genomen (in principe de wijsvingers) en op de chip opgeslagen.
- De vingerafdrukken worden maximaal drie maanden centraal bewaard, enkel voor de aanmaak van
  de kaart, en daarna vernietigd. Voor paspoorten geldt een analoge regeling.
- Het Grondwettelijk Hof heeft in 2021 de regeling van de centrale bewaring getoetst; de
  gevolgen daarvan staan in de omzendbrief van 2022.
- Vrijstellingen: kinderen jonger dan 12 jaar en personen bij wie afname fysiek onmogelijk is.

Het volledige juridische kader vindt u op www.ibz.rrn.fgov.be. Voor technische vragen over de
vingerafdrukscanners kunnen de gemeenten terecht bij de helpdesk, 02 518 21 16.

Met vriendelijke groeten,
Dienst Identiteitsdocumenten
""")

add("accreditatie-dna-labo", "nl", "allow", [],
    "lab accreditation notice for a DNA laboratory (scope and standard), no profiles or persons",
    "BELAC - Accreditatie-instelling <belac@economie.fgov.be>", "kwaliteit@genlab-diagnostics.be",
    "Beslissing accreditatie - certificaat 412-TEST",
    """Geachte mevrouw Pauwels,

Na de beoordeling van 3 en 4 februari heeft de accreditatiecommissie beslist de accreditatie van
uw laboratorium voor de norm ISO/IEC 17025:2017 uit te breiden met de volgende methoden:

- STR-analyse van 24 autosomale loci (kit PowerPlex Fusion 6C) op referentiestalen;
- Y-STR analyse (23 loci);
- bepaling van verwantschap op basis van likelihood ratio's.

Het bijgewerkte certificaat en de scope vindt u in bijlage. De volgende opvolgingsaudit is
voorzien in het eerste kwartaal van 2026.

Met vriendelijke groeten,
BELAC - sectie laboratoria
""",
    atts=[pdf("BELAC_412-TEST_scope_2025.pdf", [
        ("h", "Bijlage bij certificaat 412-TEST - scope van accreditatie"),
        ("t", [["Domein", "Matrix", "Methode", "Norm/referentie"],
               ["Forensische genetica", "wangslijm (buccale swab)", "STR 24 loci - CE", "interne methode GL-PR-031"],
               ["Forensische genetica", "bloed op FTA-kaart", "Y-STR 23 loci", "interne methode GL-PR-044"],
               ["Verwantschap", "DNA-profielen", "statistische evaluatie LR", "interne methode GL-PR-052"]]),
        "Geldig tot 31/12/2029.",
    ], title="Scope")])

add("bsn-uitleg-algemeen", "nl", "allow", [],
    "Dutch municipality explains in general where a resident finds his BSN; no number given",
    "Gemeente Groningen Publiekszaken <info@groningen.nl>", "jelmer.dijkstra@live.com",
    "Re: waar vind ik mijn BSN?",
    """Beste heer Dijkstra,

Uw burgerservicenummer (BSN) staat op uw paspoort en identiteitskaart (aan de achterkant van
de identiteitskaart, op het paspoort op de pagina met uw persoonsgegevens). U vindt het ook op
uw loonstrook, uw jaaropgave of in de app van MijnOverheid.

Wij sturen uw BSN om veiligheidsredenen niet per e-mail. Heeft u geen van deze documenten, dan
kunt u met uw verblijfsdocument langskomen aan de balie in het Stadhuis (maak een afspraak via
14 050).

Met vriendelijke groet,
Publiekszaken gemeente Groningen

> Hallo, voor mijn nieuwe werkgever moet ik mijn BSN doorgeven maar ik ben mijn
> paspoort kwijt. Kunt u mij het nummer mailen? Groet, Jelmer
""")

add("belastingdienst-eigen-rekening-bv", "nl", "allow", [],
    "tax office payment reminder to a BV with the tax office's own collection IBAN and a payment reference",
    "Belastingdienst Ontvangsten <ontvangsten-bedrijven@belastingdienst.nl>", "administratie@bouwbedrijf-kuipers.nl",
    "Herinnering: aanslag omzetbelasting 4e kwartaal 2024",
    """Geachte relatie,

Volgens onze administratie is de aanslag omzetbelasting over het 4e kwartaal 2024 van
Bouwbedrijf Kuipers B.V. nog niet (volledig) betaald.

Openstaand bedrag: EUR 18.412,00
Betalingskenmerk: 5012 3456 7890 1234
Rekeningnummer Belastingdienst: NL47 ABNA 2724 8969 42 t.n.v. Belastingdienst Apeldoorn

Heeft u inmiddels betaald, dan kunt u deze herinnering als niet verzonden beschouwen.

Met vriendelijke groet,
Belastingdienst
""", own_ibans=["NL47 ABNA 2724 8969 42"], fakes=[("card", "5012 3456 7890 1234")])

add("retributie-betaalinstructie-stad", "nl", "allow", [],
    "city tells a citizen to pay a fee for a terrace permit to the city's own account (public fee)",
    "Dienst Economie Stad Tienen <economie@tienen.be>", "bistro.demarkt@gmail.com",
    "Uw aanvraag terrasvergunning - betaling retributie",
    """Beste uitbater,

Uw aanvraag voor een zomerterras (12 m²) op de Grote Markt is goedgekeurd. De retributie
bedraagt 216 euro voor het seizoen.

Gelieve te betalen op rekening BE16 4162 5059 7874 van Stad Tienen met vermelding
'terras 2025 - dossier ECO/2025/061'. Na ontvangst van de betaling sturen we u de vergunning.

Met vriendelijke groeten,
Dienst Economie
""", own_ibans=["BE16 4162 5059 7874"])

add("afspraak-bevestiging-eenvoudig", "nl", "allow", [],
    "appointment confirmation to a citizen with only name, time and office address",
    "Afsprakenplanner Stad Halle <afspraken@halle.be>", "marc.devleeschouwer@skynet.be",
    "Bevestiging afspraak - paspoort",
    """Beste Marc Devleeschouwer,

Je afspraak is bevestigd.

Wat: aanvraag paspoort
Wanneer: woensdag 9 april 2025 om 10:20
Waar: Stadhuis Halle, loket 4, Grote Markt 1, 1500 Halle

Breng mee: je identiteitskaart, een recente pasfoto en je oude paspoort. Kan je niet komen?
Annuleer via de link in deze mail.

Tot dan!
Stad Halle
""")

add("dossier-ebox-verwijzing", "nl", "allow", [],
    "pension service refers a citizen to MyPension and eBox instead of mailing file details",
    "Federale Pensioendienst <info@sfpd.fgov.be>", "els.vermassen@outlook.be",
    "Re: wanneer krijg ik mijn eerste pensioenbetaling?",
    """Geachte mevrouw Vermassen,

Bedankt voor uw bericht. Om uw privacy te beschermen geven wij geen persoonlijke dossiergegevens
per e-mail. De beslissing over uw pensioen en de datum van de eerste betaling vindt u op
www.mypension.be (aanmelden met itsme of eID). De beslissing werd ook in uw eBox geplaatst.

Uw vraag werd geregistreerd onder nummer CRM-2025-0388214.

Met vriendelijke groeten,
Federale Pensioendienst
Contactcenter 1765
""")

add("sociale-verkiezingen-resultaten", "nl", "allow", [],
    "aggregate results of social elections per union across organisations; no individuals",
    "Studiedienst FOD WASO <studies@werk.belgie.be>", "redactie@hrmagazine.be",
    "Cijfers sociale verkiezingen 2024 - zoals gevraagd",
    """Beste redactie,

Hierbij de definitieve cijfers voor de ondernemingsraden (alle categorieën samen), op basis van
de resultaten die de ondernemingen invoerden:

ACV/CSC: 52,1 % van de mandaten
ABVV/FGTB: 35,2 %
ACLVB/CGSLB: 11,4 %
andere lijsten: 1,3 %

Er werden in 7 012 ondernemingen verkiezingen georganiseerd. De opkomst lag gemiddeld op 66 %.
Een uitsplitsing per sector staat in de bijlage.

Met vriendelijke groet,
Studiedienst
""",
    atts=[xlsx("sociale_verkiezingen_2024_sectoren.xlsx", [("OR", [
        ["Paritair comité", "Ondernemingen", "ACV", "ABVV", "ACLVB", "Andere"],
        ["PC 200 bedienden", 2311, "49,8 %", "34,1 %", "14,9 %", "1,2 %"],
        ["PC 111 metaal", 402, "47,3 %", "45,0 %", "7,2 %", "0,5 %"],
        ["PC 330 gezondheidszorg", 611, "56,4 %", "28,7 %", "12,2 %", "2,7 %"],
        ["PC 118 voeding", 290, "51,0 %", "40,1 %", "8,3 %", "0,6 %"],
    ])])])

add("diversiteitsmonitor-aggregaat", "nl", "allow", [],
    "aggregated diversity monitor (percentages of origin among new hires), no individuals",
    "HR-beleid Stad Antwerpen <hrbeleid@antwerpen.be>", "contact@diversiteitsbarometer-onderzoek.be",
    "Diversiteitsmonitor 2024 - aanlevering",
    """Dag Ruben,

Hieronder de cijfers van de diversiteitsmonitor 2024 voor jullie vergelijkend onderzoek:

- instroom 2024: 1 146 nieuwe medewerkers
- aandeel met een migratieachtergrond (zelf of minstens één ouder met een buitenlandse
  nationaliteit bij geboorte): 31 % (2023: 28 %)
- aandeel medewerkers met een arbeidshandicap: 2,4 %
- aandeel vrouwen in leidinggevende functies: 46 %

De cijfers zijn gebaseerd op de anonieme bevraging bij indiensttreding (respons 74 %).

Groeten,
Lotte
""")

add("bestelbon-9cijferige-nummers", "nl", "allow", [],
    "purchase order to a Dutch supplier BV with 9-digit article and order numbers that fail the BSN test",
    "Inkoop Gemeente Venlo <inkoop@venlo.nl>", "orders@technischegroothandel-limburg.nl",
    "Inkooporder 301223456 - levering werkplaats",
    """Goedemiddag,

Bijgaand inkooporder 301223456 voor de werkplaats aan de Sint Urbanusweg. Levering graag in
week 18. Vermeld het ordernummer op de pakbon en op de factuur.

Met vriendelijke groet,
Inkoop gemeente Venlo
KvK 12345678 | btw NL001234567B01
""",
    atts=[xlsx("inkooporder_301223456.xlsx", [("order", [
        ["Ordernummer", "Artikelnr", "Omschrijving", "Aantal", "Prijs/st"],
        ["301223456", "100245678", "Kabelbinders 300 mm (100 st)", 20, 6.45],
        ["301223456", "245118830", "Veiligheidshandschoenen mt 10", 50, 3.20],
        ["301223456", "731400259", "Afzetlint rood/wit 500 m", 10, 12.90],
        ["301223456", "918273645", "LED bouwlamp 50W", 4, 48.00],
    ])])],
    fakes=[("bsn", "301223456"), ("bsn", "100245678"), ("bsn", "245118830"),
           ("bsn", "731400259"), ("bsn", "918273645")])

add("werkgroep-geestelijke-gezondheid-uitnodiging", "nl", "allow", [],
    "invitation to a working group on mental-health policy; generic talk about the topic",
    "Logo Antwerpen <info@logoantwerpen.be>", "preventie@gemeente-zandhoven.be",
    "Uitnodiging lerend netwerk 'Mentaal welbevinden in je gemeente' - 22 mei",
    """Beste preventiewerker,

Graag nodigen we u uit voor het lerend netwerk 'Mentaal welbevinden in je gemeente' op 22 mei
van 9u30 tot 12u30 in het provinciehuis.

Op het programma:
- cijfers uit de gezondheidsenquête: 1 op 6 volwassenen in de regio rapporteert psychische
  klachten, bij jongeren 1 op 4;
- goede praktijken van drie gemeenten (buddywerking, praatcafés, suïcidepreventie in scholen);
- workshop: hoe zet je een lokaal netwerk rond burn-outpreventie op?

Inschrijven via de link op onze website. Deelname is gratis.

Met vriendelijke groet,
Team Logo Antwerpen
""")

add("zip-publieke-documenten", "nl", "allow", [],
    "zip with a public regulation and a flyer about a rent subsidy sent to a social housing company",
    "Woonloket Stad Mortsel <woonloket@mortsel.be>", "info@woonpunt-zennevallei.be",
    "Reglement huursubsidie + folder (definitieve versies)",
    """Dag collega's,

In de bijlage vinden jullie de definitieve versie van het gemeentelijk reglement huursubsidie
zoals goedgekeurd door de gemeenteraad van 24 juni, en de folder voor de huurders. Beide
mogen jullie vrij verspreiden.

Groetjes,
Tessa
""",
    atts=[zipf("huursubsidie_2025.zip", [
        odt("reglement_huursubsidie.odt", [
            ("h", "Gemeentelijk reglement huursubsidie"),
            "Artikel 1. De gemeente verleent een huursubsidie aan huurders die ingeschreven zijn op "
            "de wachtlijst voor een sociale huurwoning.",
            "Artikel 2. Het inkomen van de aanvrager mag niet hoger liggen dan de inkomensgrens "
            "voor een sociale huurwoning.",
            "Artikel 3. De subsidie bedraagt maximaal 150 euro per maand.",
        ]),
        txt("folder_tekst.txt", "Huur je privé en sta je al 2 jaar op de wachtlijst?\n"
            "Dan heb je misschien recht op een huursubsidie van de stad.\n"
            "Kom langs in het woonloket: elke dinsdag en donderdag van 9u tot 12u.\n"),
    ])])

add("doorgestuurd-leverancier-levering", "nl", "allow", [],
    "forwarded supplier mail about a delivery date, with '>' quoting and a question to a second supplier",
    "Jo Vanhoutte <jo.vanhoutte@zwevegem.be>", "verkoop@speeltuigen-degroote.be",
    "Fwd: levering speeltoestellen Otegemplein",
    """Dag Filip,

Zie hieronder: de grondwerker kan pas in week 23. Kunnen jullie de levering van de
speeltoestellen een week opschuiven?

Jo

---------- Doorgestuurd bericht ---------
Van: Planning Grondwerken Lambrecht <planning@grondwerken-lambrecht.be>
Datum: di 20 mei 2025 om 15:40
Onderwerp: levering speeltoestellen Otegemplein
Aan: Jo Vanhoutte <jo.vanhoutte@zwevegem.be>

> Goeiemiddag Jo,
> Door het natte weer lopen we achter. We kunnen de valdempende ondergrond pas in week 23
> aanleggen. Laat maar weten of dat past.
> Mvg, Ellen - planning
""", date="2025-05-21 09:12")

add("tegemoetkoming-handicap-procedure", "nl", "allow", [],
    "general explanation of disability allowance procedure with thresholds, no specific person",
    "Sociale Dienst Gemeente Kasterlee <sociale.dienst@kasterlee.be>", "info@dorpsraad-lichtaart.be",
    "Info voor jullie infoavond: tegemoetkomingen voor personen met een handicap",
    """Beste,

Voor de infoavond van 12 maart kunnen jullie volgende uitleg gebruiken:

Een inkomensvervangende tegemoetkoming is er voor wie tussen 21 en 65 jaar is en van wie de
verdienvermogen door een handicap verminderd is tot een derde of minder. Voor de
integratietegemoetkoming wordt de zelfredzaamheid gemeten op een schaal van 0 tot 18 punten;
vanaf 7 punten kan men een tegemoetkoming krijgen. Voor een verhoogde kinderbijslag moet het
kind minstens 66 % ongeschikt zijn of 4 punten hebben op de eerste pijler.

De aanvraag gebeurt via de gemeente of online via MyHandicap. Onze maatschappelijk werkers
helpen graag bij de aanvraag.

Vriendelijke groeten,
Sociale Dienst Kasterlee
""")

add("blanco-inschrijving-rijksregisternummer-veld", "nl", "allow", [],
    "blank registration form for a summer camp with an empty national-number field, sent to a youth club",
    "Sportdienst Gemeente Westerlo <sport@westerlo.be>", "bestuur@jeugdvoetbal-westerlo.be",
    "Inschrijvingsformulier sportkampen - om te verspreiden",
    """Hey bestuur,

In bijlage het inschrijvingsformulier voor de sportkampen. Mogen jullie het verspreiden bij de
ouders? Ingevulde formulieren gaan rechtstreeks naar de sportdienst, niet naar de club.

Sportieve groeten,
Dries - sportdienst
""",
    atts=[fpdf("inschrijving_sportkampen_2025.pdf", [
        "## Inschrijvingsformulier sportkampen zomer 2025",
        "",
        "Naam kind: ...........................................",
        "Geboortedatum: ....../....../..........",
        "Rijksregisternummer kind (voor de fiscale attesten): .................................",
        "Naam ouder: ...........................................",
        "Telefoon ouder: ...........................................",
        "Medische info (allergieën, medicatie): ...........................................",
        "",
        "Kampen: [ ] week 1 omnisport  [ ] week 3 voetbal  [ ] week 5 dans",
        "Prijs: 85 euro per week, 2e kind 70 euro.",
    ], title="Inschrijving")])

add("uwv-webinar-wia", "nl", "allow", [],
    "UWV announcement of a webinar for employers about the WIA procedure; generic",
    "UWV Werkgeversservicepunt <wsp-webinars@uwv.nl>", "hr@logistiek-brabant-bv.nl",
    "Uitnodiging webinar: van ziekmelding tot WIA-aanvraag",
    """Geachte werkgever,

Wilt u weten wat u moet doen als een werknemer langdurig ziek is? Tijdens het webinar 'Van
ziekmelding tot WIA-aanvraag' op donderdag 6 maart van 15.00 tot 16.00 uur leggen onze
arbeidsdeskundigen uit:

- welke stappen de Wet verbetering poortwachter voorschrijft;
- wanneer het re-integratieverslag klaar moet zijn (uiterlijk in week 93);
- hoe de loonsanctie werkt en hoe u die voorkomt.

In 2024 ontving UWV ruim 62.000 WIA-aanvragen; in 11 % daarvan was het re-integratieverslag
niet compleet.

Aanmelden via werk.nl/webinars.

Met vriendelijke groet,
UWV Werkgeversservicepunt
""")

add("suikerfeest-evenement-persnota", "nl", "allow", [],
    "Dutch municipality announces public events around Eid and Easter to a local newspaper",
    "Communicatie Gemeente Schiedam <communicatie@schiedam.nl>", "redactie@schiedamsecourant.nl",
    "Persnotitie: programma 'Feest in de wijk' rond Pasen en Suikerfeest",
    """Beste redactie,

Ter informatie: de gemeente ondersteunt dit voorjaar drie buurtfeesten in het kader van 'Feest
in de wijk'. Op zaterdag 5 april is er een iftar in het wijkcentrum Nieuwland, open voor alle
buurtbewoners, georganiseerd samen met de moskee en de protestantse gemeente. Op paasmaandag is
er een paaseierenzoektocht in het Beatrixpark.

Wethouder Yvonne de Graaf opent het programma. Contact voor de pers: Bram Verhoef,
woordvoerder, 010 246 82 00.

Met vriendelijke groet,
Communicatie gemeente Schiedam
""")

add("dna-afname-opleiding-rooster", "nl", "allow", [],
    "training schedule for police staff on taking DNA reference samples; generic",
    "Politieacademie Provincie Limburg <opleidingen@limburg-politieschool.be>", "planning@politie-carma.be",
    "Rooster bijscholing DNA-afname (wangslijmvlies) - mei",
    """Beste planning,

Hieronder het rooster van de bijscholing 'Correcte afname van DNA-referentiestalen'. De sessie
behandelt het wettelijk kader (wet van 22 maart 1999, DNA-databanken), de afname met buccale
swabs, het vermijden van contaminatie en de verzegeling van de stalen. Er worden geen echte
stalen afgenomen; we werken met oefenkits.

- 6 mei, 8u30-12u30: groep A (max. 14 deelnemers)
- 13 mei, 8u30-12u30: groep B
- 20 mei, 13u00-17u00: groep C

Graag de namen van de deelnemers per groep voor 25 april.

Met vriendelijke groeten,
Opleidingscoördinator
""",
    atts=[htmlf("rooster_dna_afname_mei.html", """<html><body><h3>Bijscholing DNA-afname - mei 2025</h3>
<table border="1"><tr><th>Groep</th><th>Datum</th><th>Uur</th><th>Lokaal</th></tr>
<tr><td>A</td><td>6 mei</td><td>8u30-12u30</td><td>Labo 1.12</td></tr>
<tr><td>B</td><td>13 mei</td><td>8u30-12u30</td><td>Labo 1.12</td></tr>
<tr><td>C</td><td>20 mei</td><td>13u00-17u00</td><td>Labo 1.14</td></tr></table></body></html>""")])

# --------------------------------------------------------------------------- FR, block

add("cpas-nref-niss-revenu-integration", "fr", "block", ["BE_NATIONAL_NUMBER"],
    "CPAS writes to a beneficiary; her NISS is used as 'N/Réf.'",
    "CPAS de Liège - Service social <service.social@cpasdeliege.be>", "nadia.lambert87@hotmail.com",
    "Votre demande de revenu d'intégration",
    """Madame,

N/Réf. : 46.02.27-549.09
V/Réf. : votre courriel du 12/02

Nous accusons réception de votre demande de revenu d'intégration. Votre assistante sociale,
Madame Collard, vous contactera pour fixer une visite à domicile dans les quinze jours.

Veuillez préparer vos trois dernières fiches de paie ou attestations de chômage ainsi que votre
contrat de bail.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Le Service social
CPAS de Liège - Place Saint-Jacques 13, 4000 Liège
""", ids=[("nn", "46.02.27-549.09")])

add("spf-finances-remboursement-compte", "fr", "block", ["BE_NATIONAL_NUMBER", "IBAN_CODE"],
    "tax office confirms a refund to a private account and quotes the taxpayer's national number",
    "SPF Finances - Centre de contact <contact.particuliers@minfin.fgov.be>", "p.dubois.namur@skynet.be",
    "Re: remboursement impôt des personnes physiques - exercice 2024",
    """Monsieur Dubois,

Suite à votre appel, je vous confirme que le remboursement de 1 284,16 EUR relatif à l'exercice
d'imposition 2024 a été ordonnancé le 3 septembre sur le compte BE94 9961 7579 0914.

Numéro national du contribuable : 66082254543
Article de rôle : 0241.456.321

Le montant devrait apparaître sur votre compte dans les cinq jours ouvrables.

Cordialement,
Jean-Marc Hubert
Centre de contact SPF Finances
""", ids=[("nn", "66082254543"), ("iban", "BE94 9961 7579 0914")])

add("invalidite-sclerose-employeur", "fr", "block", ["ART9_HEALTH"],
    "mutual-fund medical adviser (via the region) tells an employer SA the diagnosis of a named worker recognised as disabled",
    "Cellule réintégration - AVIQ <reintegration@aviq.be>", "rh@carrosserie-lemaire-sa.be",
    "Reprise progressive de M. Olivier Lemaire",
    """Madame,

Comme convenu lors de la réunion de concertation, voici les éléments pour la reprise à temps
partiel de votre collaborateur M. Olivier Lemaire :

- incapacité reconnue à 66 % depuis le 1er octobre, suite à une sclérose en plaques de forme
  rémittente ;
- reprise autorisée à mi-temps, sans port de charges de plus de 10 kg ;
- séances de kinésithérapie deux fois par semaine, le mardi et le jeudi après-midi.

Le médecin-conseil réévaluera la situation dans six mois.

Bien à vous,
Sandrine Delvaux
conseillère en réintégration
""")

add("forem-candidat-condamnation", "fr", "block", ["ART10_CRIMINAL"],
    "job-centre consultant tells an employer about a named candidate's conviction for theft",
    "Conseiller Entreprises Forem Charleroi <entreprises.charleroi@forem.be>", "recrutement@securiplus-srl.be",
    "Candidature agent de gardiennage - M. Kevin Dufour",
    """Bonjour Monsieur Gilson,

Concernant votre offre d'agent de gardiennage : M. Kevin Dufour, que je vous avais proposé,
m'a signalé qu'il avait été condamné en 2021 par le tribunal correctionnel de Charleroi à un an
de prison avec sursis pour vol avec effraction. Il ne pourra donc pas obtenir la carte
d'identification du SPF Intérieur. Je vous propose à la place Mme Leila Bensaïd, dont je joins
le CV.

Belle journée,
Aurélie Masson
conseillère entreprises
""")

add("affiliation-syndicale-secretariat-social", "fr", "block", ["ART9_TRADE_UNION"],
    "commune sends its social secretariat SA a staff list with a trade-union affiliation column for the union premium",
    "GRH Commune de Waterloo <grh@waterloo.be>", "clients.public@partena-secsoc.be",
    "Prime syndicale 2024 - liste des affiliés",
    """Bonjour,

Comme chaque année, vous trouverez ci-joint la liste des membres du personnel qui ont rentré
leur formulaire de prime syndicale, avec leur organisation syndicale. Merci d'en tenir compte
pour les fiches fiscales.

Cordialement,
Service GRH
""",
    atts=[xlsx("prime_syndicale_2024.xlsx", [("affiliés", [
        ["Matricule", "Nom", "Prénom", "Service", "Affiliation syndicale", "Montant prime"],
        ["W0231", "Hennuy", "Caroline", "Population", "CSC Services publics", 145.00],
        ["W0245", "Bodart", "Michel", "Travaux", "CGSP-ACOD", 145.00],
        ["W0288", "Nkulu", "Patrick", "Travaux", "CGSP-ACOD", 145.00],
        ["W0301", "Vandenplas", "Sophie", "Urbanisme", "SLFP", 145.00],
        ["W0317", "Ramos Garcia", "Isabel", "Crèche", "CSC Services publics", 72.50],
    ])])])

add("gabarit-empreinte-iso19794", "fr", "block", ["ART9_BIOMETRIC"],
    "prose e-mail to a badge supplier containing the fingerprint template of a named agent (ISO/IEC 19794-2)",
    "Service informatique Ville de Mons <informatique@ville.mons.be>", "support@badgetech-sa.be",
    "Lecteur biométrique hôtel de ville - erreur d'enrôlement",
    """Bonjour,

Le lecteur biométrique de l'entrée du personnel refuse le doigt de M. Thierry Lebrun (service
Population) depuis la mise a jour. J'ai exporté son gabarit d'empreinte digitale (index droit,
format ISO/IEC 19794-2, 42 minuties, qualité 77) :

Rk1SACAyMAAAAAGGAAABPAFoAMUAxQEAAAAqQIBVQESKbkCAmyBZnECAfAC/tUCA3gCm8UA=

Pouvez-vous vérifier s'il est encore compatible avec le nouveau firmware ?

Merci d'avance,
Julien Carlier
""")

add("profil-adn-filiation", "fr", "block", ["ART9_GENETIC"],
    "court clerk forwards to a lawyer the DNA (STR) profile comparison of a named father and child in prose",
    "Greffe du tribunal de la famille de Namur <greffe.famille.namur@just.fgov.be>", "cabinet@avocats-mathieu.be",
    "RG 24/552/A - rapport d'expertise génétique",
    """Maître,

Veuillez trouver ci-dessous les conclusions du rapport d'expertise génétique déposé dans la
cause Renard c. Fontaine.

Les profils ADN de M. Christophe Fontaine et de l'enfant Emma Renard ont été établis sur
22 marqueurs STR. Aux loci D3S1358 (15/17 et 15/16), vWA (16/18 et 17/18), FGA (21/23 et
23/25) et D21S11 (29/30 et 30/32.2), l'enfant partage un allèle avec le père présumé. L'indice
de paternité cumulé est de 1,4 x 10^8, soit une probabilité de paternité de 99,9999 %.

Le rapport complet vous sera notifié par pli judiciaire.

Le greffier,
F. Lejeune
""")

add("cours-philosophique-eleves-docx", "fr", "block", ["ART9_RELIGION"],
    "communal school sends an external transport company a Word table of named pupils with their religion/philosophy course",
    "Direction École communale de Jambes <direction.ecole.jambes@ville.namur.be>", "reservations@autocars-leroy.be",
    "Excursion 6e primaire - répartition cours philosophiques",
    """Madame Leroy,

Voici la liste des élèves de 6e pour l'excursion du 14 juin. Les élèves qui suivent le cours de
religion islamique reviennent plus tôt pour la prière du vendredi à la demande des parents ; je
les ai indiqués.

Merci,
Mme Fagnant, directrice
""",
    atts=[docx("excursion_6e_cours_philo.docx", [
        ("h", "Excursion 6e primaire - 14 juin"),
        ("t", [["Élève", "Classe", "Cours philosophique", "Retour"],
               ["Benali Samir", "6A", "Religion islamique", "13h30"],
               ["Collin Jeanne", "6A", "Religion catholique", "16h"],
               ["Dethier Lucas", "6A", "Morale non confessionnelle", "16h"],
               ["El Idrissi Yasmine", "6B", "Religion islamique", "13h30"],
               ["Goldberg Nathan", "6B", "Religion israélite", "16h"],
               ["Popescu Andrei", "6B", "Religion orthodoxe", "16h"]]),
    ])])

add("depression-arret-mediateur", "fr", "block", ["ART9_HEALTH"],
    "HR informs an external mediator that a named employee is on sick leave for depression",
    "Direction RH - Bruxelles Propreté <rh@arp-gan.brussels>", "contact@mediation-sociale-lepage.be",
    "Médiation équipe Anderlecht - report",
    """Bonjour Madame Lepage,

La séance de médiation prévue le 12 mars doit être reportée : M. Frédéric Lambotte est en
incapacité de travail jusqu'au 30 avril pour une dépression sévère, avec un suivi
psychiatrique hebdomadaire. Son médecin déconseille toute confrontation avec l'équipe pour
l'instant.

Je reviens vers vous début mai pour fixer une nouvelle date.

Cordialement,
Anne-Sophie Piron
Direction RH
""")

add("grossesse-ecartement-interim", "fr", "block", ["ART9_HEALTH"],
    "municipal nursing home tells an interim agency that a named temp nurse is pregnant and removed from work",
    "Maison de repos Le Clos des Tilleuls (CPAS d'Ottignies) <direction@closdestilleuls.be>", "agence.wavre@randstad-interim-public.be",
    "Mme Marie Dewez - écartement",
    """Bonjour,

Mme Marie Dewez, infirmière intérimaire chez nous depuis janvier, nous a informés de sa
grossesse (elle est à 9 semaines). Le médecin du travail a prononcé un écartement complet en
raison du risque infectieux (cytomégalovirus) dans l'unité. Merci de nous proposer un
remplacement dès lundi.

Bien à vous,
Catherine Noël, directrice
""")

add("casier-judiciaire-ivresse", "fr", "block", ["ART10_CRIMINAL"],
    "commune tells a taxi company the content of a named driver's criminal record (drunk-driving conviction)",
    "Service Mobilité - Ville de Charleroi <mobilite@charleroi.be>", "direction@taxis-verts-carolo.be",
    "Licence de chauffeur - M. Giovanni Russo",
    """Monsieur,

Après examen du dossier de demande de certificat de capacité de M. Giovanni Russo, nous
constatons que l'extrait de casier judiciaire mentionne une condamnation du tribunal de police
de Charleroi du 17 mai 2023 pour conduite en état d'ivresse, avec une déchéance du droit de
conduire de trois mois. Conformément au règlement communal, la licence ne peut être délivrée
avant un délai de deux ans.

Veuillez agréer, Monsieur, nos salutations distinguées.

Le Service Mobilité
""")

add("bis-travailleurs-detaches-csv", "fr", "block", ["BE_BIS_NUMBER"],
    "inspection service sends a construction SA a CSV of posted workers with their BIS numbers",
    "Contrôle des lois sociales - SPF ETCS <cls.mons@emploi.belgique.be>", "chantiers@construction-hainaut-sa.be",
    "Chantier rue de Nimy - régularisation Limosa",
    """Madame, Monsieur,

Suite au contrôle du 4 février sur votre chantier rue de Nimy, vous trouverez en annexe la liste
des travailleurs détachés pour lesquels la déclaration Limosa doit être régularisée sous
quinze jours. Leur numéro BIS est indiqué.

Cordialement,
L'inspecteur social
""",
    atts=[csvf("chantier_nimy_limosa.csv", [
        ["Nom", "Prénom", "Nationalité", "Numéro BIS", "Employeur d'origine"],
        ["Nowak", "Tomasz", "PL", "88.21.04-001.31", "Budmax Sp. z o.o."],
        ["Ionescu", "Marian", "RO", "84.22.12-629.56", "Constructii Arad SRL"],
        ["Silva", "Rui", "PT", "54 2420 38 625", "Obras Norte Lda"],
    ], delimiter=";")],
    ids=[("bis", "88.21.04-001.31"), ("bis", "84.22.12-629.56"), ("bis", "54 2420 38 625")])

add("html-niss-objet", "fr", "block", ["BE_NATIONAL_NUMBER"],
    "HTML-only reply from the unemployment office; the NISS is in the subject and in the body",
    "ONEM - Bureau du chômage de Verviers <verviers@onem.be>", "laurent.hick@gmail.com",
    "Votre dossier NISS 98061025590 - carte de contrôle",
    html_only=True, html="""<html><body><div style="font-family:Arial;font-size:10pt">
<p>Monsieur,</p>
<p>Nous avons bien reçu votre carte de contrôle électronique du mois de janvier pour le dossier
<b>98061025590</b>. Aucune remarque n'est à signaler. Vos allocations seront payées par votre
organisme de paiement.</p>
<p>Bien cordialement,<br>ONEM - Bureau du chômage de Verviers<br>
Rue de la Station 6, 4800 Verviers</p></div></body></html>""",
    ids=[("nn", "98061025590")])

add("rapport-social-origine-rom", "fr", "block", ["ART9_ETHNIC_ORIGIN"],
    "social worker's report to an external housing association describing a named family's Roma origin",
    "Service de prévention - Commune d'Anderlecht <prevention@anderlecht.brussels>", "accueil@habitat-solidaire-asbl.be",
    "Orientation famille Stoica",
    """Bonjour Julie,

Je t'oriente la famille Stoica (Mme Florentina Stoica et ses quatre enfants). La famille est
d'origine rom, arrivée de Roumanie en 2019, et a déjà été confrontée à deux refus de bailleurs
qu'elle attribue à cette origine. Elle vit actuellement dans un logement insalubre rue
Brogniez. Peux-tu voir si une place se libère dans votre habitat de transit ?

Merci,
Karim
éducateur de rue
""")

add("membre-ptb-consultant-rh", "fr", "block", ["ART9_POLITICAL_OPINION"],
    "HR director tells an external HR consultant that a named employee is an active member of a political party",
    "Direction générale - CPAS de Seraing <dg@cpas-seraing.be>", "audit@rh-conseil-wallonie.be",
    "Confidentiel - climat social service technique",
    """Bonjour Monsieur Delhaye,

Pour préparer votre audit du climat social : le délégué informel de l'équipe, M. Yves Gérard,
est un membre actif du PTB et distribue régulièrement le journal du parti dans les vestiaires.
Certains collègues s'en plaignent. J'aimerais que vous en teniez compte dans vos entretiens.

Bien à vous,
Marc Lhoest
directeur général
""")

add("harcelement-orientation-sexuelle-fw", "fr", "block", ["ART9_SEX_LIFE"],
    "harassment complaint forwarded to an external law firm, stating a named worker's sexual orientation",
    "Conseillère en prévention aspects psychosociaux <cpap@province-luxembourg.be>", "secretariat@avocats-renard-associes.be",
    "TR: plainte - M. Nicolas Wathelet",
    """Maître,

Je vous transfère ci-dessous la demande d'intervention formelle déposée hier. Nous souhaitons
votre avis sur les mesures conservatoires possibles.

Cordialement,
Véronique Mathy

-----Message d'origine-----
De : Nicolas Wathelet
Envoyé : lundi 3 février 2025 17:12
À : CPAP
Objet : plainte

Madame,
Depuis que j'ai dit à mon équipe que je suis gay et que je vis avec mon compagnon, deux
collègues font des remarques tous les jours et ont collé une caricature sur mon casier. Je
n'en peux plus et je demande une intervention formelle.
Nicolas Wathelet, ouvrier au dépôt de Marche
""", date="2025-02-04 10:30")

add("carte-credit-litige-parking", "fr", "block", ["CREDIT_CARD"],
    "parking agency reply quoting a citizen's full card number",
    "Parking.brussels - Service clientèle <clients@parking.brussels>", "c.vanmeerbeek@proximus.be",
    "Re: double débit horodateur",
    """Madame,

Nous avons vérifié les transactions : la carte Visa 4834 7017 4681 4539 a été débitée deux fois
de 3,50 EUR à l'horodateur 1050-114 le 8 mars à 11h02. Le second montant sera remboursé sur
cette même carte sous 10 jours ouvrables.

Avec nos excuses,
Service clientèle parking.brussels
""", ids=[("card", "4834 7017 4681 4539")])

add("rapport-medical-assureur-docx", "fr", "block", ["BE_NATIONAL_NUMBER", "ART9_HEALTH"],
    "occupational-accident service sends an insurer SA a Word medical report about a named worker",
    "Service prévention et protection - Ville de Namur <sipp@ville.namur.be>", "sinistres.at@assurpublic-sa.be",
    "Accident du travail 2025/014 - rapport médical",
    """Madame, Monsieur,

Veuillez trouver en annexe le rapport du médecin du travail relatif à l'accident du travail
2025/014 survenu le 21 janvier.

Cordialement,
SIPP - Ville de Namur
""",
    atts=[docx("AT_2025-014_rapport_medical.docx", [
        ("h", "Rapport médical - accident du travail 2025/014"),
        "Victime : M. Alain Jacquemin, ouvrier voirie",
        "NISS : 50.10.10-538.88",
        "Lésions : fracture du radius distal droit, entorse de la cheville gauche.",
        "Antécédents : diabète de type 1 traité par pompe à insuline.",
        "Incapacité temporaire totale estimée : 8 semaines.",
    ])],
    ids=[("nn", "50.10.10-538.88")])

add("attestation-pdf-niss-citoyen", "fr", "block", ["BE_NATIONAL_NUMBER"],
    "commune sends a citizen a PDF certificate bearing her national number",
    "Guichet en ligne - Commune d'Uccle <guichet@uccle.brussels>", "helene.thys@yahoo.fr",
    "Votre certificat de composition de ménage",
    """Madame,

Vous trouverez en pièce jointe le certificat de composition de ménage demandé via le guichet
en ligne.

Service Population
""",
    atts=[fpdf("composition_menage_Thys.pdf", [
        "## COMMUNE D'UCCLE - CERTIFICAT DE COMPOSITION DE MENAGE",
        "",
        "Le Bourgmestre certifie que, d'après les registres de la population, le ménage de :",
        "THYS Hélène Anne, née le 25/12/1963, numéro de registre national 631225 250 19",
        "se compose au 14/02/2025 des personnes suivantes :",
        "- THYS Hélène Anne (personne de référence)",
        "- MARCHAL Louise, fille, née le 02/10/2003",
        "",
        "Délivré pour servir auprès de : administration.",
    ], title="Composition de ménage")],
    ids=[("nn", "631225 250 19")])

add("empreinte-vocale-centre-appel", "fr", "block", ["ART9_BIOMETRIC"],
    "pension service's call centre sends a vendor the voiceprint data of a named caller",
    "Centre de contact SFP <cc-it@sfpd.fgov.be>", "support@vocalid-solutions.eu",
    "Authentification vocale - profil à réenrôler",
    """Bonjour,

Le profil d'empreinte vocale de Mme Josiane Delcourt ne passe plus depuis le changement de
modèle : ses tentatives obtiennent un score de 0,38 pour un seuil de 0,65. Profil : enrôlé le
02/05/2024, 3 échantillons de 15 secondes, vecteur x-vector de 512 dimensions, empreinte
SHA-256 9b2e...41c0. Pouvez-vous régénérer son modèle vocal à partir des enregistrements
d'enrôlement ?

Cordialement,
Équipe IT du centre de contact
""")

add("embeddings-visage-agents-xlsx", "fr", "block", ["ART9_BIOMETRIC"],
    "spreadsheet of face-recognition embeddings per named agent sent to a video-surveillance integrator",
    "Sécurité - Parlement de Wallonie <securite@parlement-wallonie.be>", "projets@integravision-sa.be",
    "Export des gabarits faciaux - migration contrôle d'accès",
    """Bonjour,

Voici l'export des gabarits de reconnaissance faciale des agents autorisés pour la migration
vers votre plateforme. Chaque ligne contient l'identifiant du badge, le nom de l'agent et les
premières composantes du vecteur (le fichier complet est trop lourd pour un e-mail, nous vous
l'enverrons par Fedsender).

Cordialement,
Cellule sécurité
""",
    atts=[xlsx("gabarits_faciaux_agents.xlsx", [("gabarits", [
        ["Badge", "Agent", "Modèle", "v0", "v1", "v2", "v3", "v4", "v5"],
        ["PW-1042", "Dumont Pascale", "ArcFace-R100", 0.0318, -0.1124, 0.0871, 0.1550, -0.0402, 0.0093],
        ["PW-1057", "Kabongo Jean-Pierre", "ArcFace-R100", -0.0711, 0.0632, 0.1204, -0.0288, 0.0917, -0.1333],
        ["PW-1063", "Lecomte Virginie", "ArcFace-R100", 0.1022, -0.0055, -0.0764, 0.0410, 0.1388, 0.0270],
        ["PW-1090", "Marchal Didier", "ArcFace-R100", 0.0047, 0.0991, -0.1410, 0.0712, -0.0203, 0.0856],
    ])])])

add("fil-cpas-methadone-maison-accueil", "fr", "block", ["ART9_HEALTH"],
    "reply chain ('Le ... a écrit :') between a CPAS and a shelter; a beneficiary's substitution treatment is named",
    "Audrey Simon <audrey.simon@cpas-namur.be>", "accueil@maison-lesarments.be",
    "Re: Re: Re: hébergement M. Dimitri Lemoine",
    """Bonjour Fanny,

Parfait pour jeudi. Pour information, M. Lemoine est sous traitement de substitution
(méthadone, 60 mg/jour) prescrit par le centre Sésame ; il passe chaque matin à la pharmacie de
la rue de Fer. Il faudra qu'il puisse sortir avant 9h.

Audrey

Le mar. 18 févr. 2025 à 16:21, Fanny Gillet <accueil@maison-lesarments.be> a écrit :
> Bonjour Audrey,
> Une chambre se libère jeudi. On peut l'accueillir à partir de 14h.
> Fanny
>
> Le mar. 18 févr. 2025 à 09:03, Audrey Simon <audrey.simon@cpas-namur.be> a écrit :
>> Toujours rien de votre côté ? Il dort dans sa voiture depuis une semaine.
>>
>> Le lun. 17 févr. 2025 à 11:40, Fanny Gillet a écrit :
>>> Nous l'avons mis sur la liste d'attente.
>>>
>>> Le lun. 17 févr. 2025 à 10:15, Audrey Simon a écrit :
>>>> Bonjour, je cherche une place pour M. Dimitri Lemoine, 38 ans, sans logement
>>>> depuis son expulsion. Avez-vous une disponibilité ?
""", date="2025-02-19 08:47")

add("pv-antecedents-judiciaires-odt", "fr", "block", ["ART10_CRIMINAL"],
    "ODT minutes of a municipal board sent to an external lawyer, listing a named applicant's prior convictions",
    "Secrétariat communal - Commune de Flémalle <secretariat@flemalle.be>", "cabinet@avocat-dujardin.be",
    "Recours licence débit de boissons - PV du collège",
    """Maître,

En vue de l'audience au Conseil d'État, je vous transmets l'extrait du procès-verbal du collège
communal relatif au refus de la licence de débit de boissons.

Cordialement,
Le directeur général f.f.
""",
    atts=[odt("extrait_PV_college_2025-03-11.odt", [
        ("h", "Extrait du procès-verbal du Collège communal du 11 mars 2025"),
        "Point 14 - Demande d'autorisation d'exploiter un débit de boissons - M. Sandro Bellini",
        "Le Collège,",
        "Vu l'extrait de casier judiciaire du demandeur, qui mentionne une condamnation du 4 juin "
        "2020 (tribunal correctionnel de Liège) pour recel et une condamnation du 9 novembre 2022 "
        "pour coups et blessures volontaires ;",
        "Considérant que l'article 1er de la loi du 28 décembre 1983 exclut les personnes "
        "condamnées pour ces infractions ;",
        "DÉCIDE : de refuser l'autorisation.",
    ])])

add("tableau-html-niss-espaces", "fr", "block", ["BE_NATIONAL_NUMBER"],
    "multipart mail to a school transport company whose HTML table lists pupils with spaced national numbers",
    "Service Enseignement - Province de Hainaut <enseignement@hainaut.be>", "admin@transports-scolaires-meunier.be",
    "Élèves bénéficiaires du transport adapté - rentrée",
    """Bonjour,

Ci-dessous les élèves bénéficiaires du transport adapté à partir du 2 septembre.

Élève        | N° national     | École             | Commune
Dupuis Léa   | 05 04 02 089 13 | EPES La Louvière  | Binche
Moreau Théo  | 03 10 26 468 78 | EPES La Louvière  | Morlanwelz

Merci de confirmer les tournées.
Service Enseignement
""",
    html="""<html><body style="font-family:Verdana;font-size:9pt"><p>Bonjour,</p>
<p>Ci-dessous les élèves bénéficiaires du transport adapté à partir du 2 septembre.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Élève</th><th>N° national</th><th>École</th><th>Commune</th></tr>
<tr><td>Dupuis Léa</td><td>05 04 02 089 13</td><td>EPES La Louvière</td><td>Binche</td></tr>
<tr><td>Moreau Théo</td><td>03 10 26 468 78</td><td>EPES La Louvière</td><td>Morlanwelz</td></tr>
</table><p>Merci de confirmer les tournées.<br>Service Enseignement</p></body></html>""",
    ids=[("nn", "05 04 02 089 13"), ("nn", "03 10 26 468 78")])

add("eml-citoyen-niss-iban-banque", "fr", "block", ["BE_NATIONAL_NUMBER", "IBAN_CODE"],
    "regional office forwards to a bank the citizen's own mail (attached .eml) containing her NISS and account",
    "Prime Habitation - SPW Logement <primes.logement@spw.wallonie.be>", "service.clients@banque-wallonne-sa.be",
    "TR: prime rénovation non reçue",
    """Madame, Monsieur,

La citoyenne dont le message est joint affirme ne pas avoir reçu notre virement du 2 décembre.
Pouvez-vous vérifier si le compte indiqué est toujours actif auprès de votre banque ?

Cordialement,
Service des primes
""",
    atts=[eml("prime rénovation.eml", "Martine Collignon <martine.collignon@voo.be>",
              "primes.logement@spw.wallonie.be", "prime rénovation", "2025-01-09 21:05",
              """Bonjour,
je n'ai toujours pas reçu la prime pour mes châssis. Mon numéro national est 48020948672 et mon
compte BE69 2790 6641 7978. Merci de vérifier.
Martine Collignon, rue du Moulin 4, 5300 Andenne""")],
    ids=[("nn", "48020948672"), ("iban", "BE69 2790 6641 7978")])

add("formulaire-syndicat-fgtb", "fr", "block", ["ART9_TRADE_UNION"],
    "form-like block 'Syndicat : FGTB' under a named worker sent to an external labour-law firm",
    "Service juridique - Intercommunale IGRETEC <juridique@igretec.com>", "contact@droit-social-lambert.be",
    "Dossier licenciement - fiche signalétique",
    """Maître,

Voici la fiche signalétique du travailleur pour le dossier dont nous avons parlé.

Nom : Delforge
Prénom : Grégory
Fonction : technicien réseaux
Ancienneté : 14 ans
Syndicat : FGTB - délégué suppléant au CPPT
Motif envisagé : refus répétés de gardes

Merci de nous indiquer si la protection des délégués s'applique dans son cas.

Cordialement,
Service juridique
""")

add("zip-pms-suivi-medical", "fr", "block", ["ART9_HEALTH"],
    "zip with an xlsx of pupils' medical follow-up sent by a school health centre to an external summer camp organiser",
    "Centre PSE - Ville de Liège <pse@liege.be>", "inscriptions@stages-ardennes-asbl.be",
    "Fiches santé - classe de dépaysement",
    """Bonjour,

Voici les fiches santé des élèves de 5e pour la classe de dépaysement. Merci de les remettre à
l'infirmière du séjour.

Centre PSE
""",
    atts=[zipf("fiches_sante_5e.zip", [
        xlsx("fiches_sante_5e.xlsx", [("santé", [
            ["Élève", "Pathologie", "Traitement", "Remarque"],
            ["Lemaire Chloé", "diabète de type 1", "insuline rapide aux repas", "glucomètre dans le sac"],
            ["Pirard Hugo", "asthme allergique", "Flixotide matin et soir", ""],
            ["Yilmaz Ela", "épilepsie", "Keppra 250 mg", "pas de baignade sans surveillance"],
            ["Fontaine Louis", "énurésie", "Minirin", "discrétion svp"],
        ])]),
        txt("lisez-moi.txt", "Fiches à remettre à l'infirmière du séjour. Ne pas diffuser.\n"),
    ])])

add("porteur-sain-mucoviscidose", "fr", "block", ["ART9_GENETIC"],
    "ONE consultation tells an external crèche the genetic carrier status of a named child",
    "Consultation ONE de Wavre <consultation.wavre@one.be>", "creche@lespetitspas-srl.be",
    "Petite Zoé Maréchal",
    """Bonjour Madame,

Suite à votre question des parents : le test génétique réalisé à la naissance de Zoé Maréchal
montre qu'elle est porteuse saine d'une mutation du gène CFTR (mucoviscidose). Cela n'a aucune
conséquence pour son accueil chez vous, mais les parents souhaitaient que vous soyez informés.

Cordialement,
Le médecin de la consultation
""")

add("mise-en-observation-famille", "fr", "block", ["ART9_HEALTH"],
    "commune tells a relative's lawyer that a named person was placed under psychiatric observation",
    "Cabinet du Bourgmestre - Ville de Verviers <bourgmestre@verviers.be>", "me.lambotte@barreau-verviers.be",
    "Votre courrier concernant M. Jonathan Parmentier",
    """Maître,

Je vous confirme que M. Jonathan Parmentier a fait l'objet, le 22 janvier, d'une mise en
observation en urgence au Centre hospitalier psychiatrique de Lierneux, sur décision du
procureur du Roi, conformément à la loi du 26 juin 1990 relative à la protection de la
personne des malades mentaux. Il présentait un épisode psychotique aigu.

Pour toute information complémentaire, je vous invite à vous adresser au parquet.

Veuillez agréer, Maître, mes salutations distinguées.
Pour le Bourgmestre,
la cheffe de cabinet
""")

add("famiwal-iban-niss-enfant", "fr", "block", ["BE_NATIONAL_NUMBER", "IBAN_CODE"],
    "family-allowance fund confirms a new private IBAN and quotes a child's NISS; text + HTML alternative",
    "FAMIWAL - Service clients <clients@famiwal.be>", "s.renard.huy@gmail.com",
    "Confirmation de votre changement de compte",
    """Bonjour Madame Renard,

Nous avons bien enregistré votre nouveau numéro de compte pour le paiement des allocations
familiales de votre fils Mathis.

Enfant : Mathis Renard - NISS 97.07.18-285.97
Nouveau compte : BE63 2772 1735 8108
Date d'effet : paiement d'octobre

Une question ? Appelez-nous au 0800 13 015.

Cordialement,
FAMIWAL
""", html=True, ids=[("nn", "97.07.18-285.97"), ("iban", "BE63 2772 1735 8108")])

add("frontalier-iban-luxembourg", "fr", "block", ["IBAN_CODE"],
    "regional employment office confirms a cross-border worker's private Luxembourg account for a bonus payment",
    "Le Forem - Aides à l'emploi <aides.emploi@forem.be>", "steve.gillard@pt.lu",
    "Prime de mobilité - coordonnées bancaires",
    """Monsieur Gillard,

Nous avons bien reçu votre demande de prime de mobilité. Le paiement de 450 EUR sera effectué
sur votre compte personnel LU56 1513 5484 2100 2508 (titulaire : Steve Gillard) dans un délai
de 30 jours.

Cordialement,
Service des aides à l'emploi
""", ids=[("iban", "LU56 1513 5484 2100 2508")])

add("onem-notre-reference-niss", "fr", "block", ["BE_NATIONAL_NUMBER"],
    "unemployment office letter to an employer where the worker's NISS is the 'Notre référence'",
    "ONEM - Bureau du chômage de Bruxelles <bruxelles.chomagetemporaire@onem.be>", "paie@restaurant-legrandcafe-srl.be",
    "Chômage temporaire - demande d'informations",
    """Madame, Monsieur,

Notre référence : 97052339616
Votre référence : déclaration ASR du 03/03

Afin de traiter le dossier de chômage temporaire de votre travailleur, nous avons besoin d'une
copie de l'horaire de travail applicable en février. Merci de nous la faire parvenir via le
portail de la sécurité sociale.

Cordialement,
ONEM
""", ids=[("nn", "97052339616")])

add("condamnation-stupefiants-logement", "fr", "block", ["ART10_CRIMINAL"],
    "CPAS tells the regional social housing company (institution) that a named applicant was convicted for drug dealing",
    "CPAS de Molenbeek - Service logement <logement@cpas-molenbeek.brussels>", "attribution@slrb.brussels",
    "Candidature logement - M. Bilal Ouahbi",
    """Bonjour,

Pour compléter le dossier de candidature de M. Bilal Ouahbi : il a été condamné en 2021 par le
tribunal correctionnel de Bruxelles pour détention de stupéfiants en vue de la vente (peine de
travail de 120 heures, exécutée). Il est suivi par notre service depuis sa sortie et respecte
toutes ses obligations. Nous soutenons sa candidature.

Bien à vous,
Samira Lahlou, assistante sociale
""")

# --------------------------------------------------------------------------- FR, allow

add("circulaire-elections-bureaux-vote", "fr", "allow", [],
    "long circular to municipalities on polling-station logistics; no individual data",
    "SPW Intérieur - Cellule Élections <elections@spw.wallonie.be>", "secretariat.communal@commune-ohey.be",
    "Circulaire relative à l'organisation matérielle des élections communales et provinciales",
    """Mesdames et Messieurs les Bourgmestres et Échevins,

La présente circulaire rappelle les modalités pratiques d'organisation des élections communales
et provinciales du 13 octobre 2024.

1. Désignation des assesseurs
Les présidents de bureaux de vote désignent les assesseurs parmi les électeurs de la commune
âgés de moins de 70 ans. Les communes transmettent aux présidents de canton, pour le 30 août au
plus tard, une liste d'électeurs susceptibles d'être désignés (au moins 200 par canton).

2. Locaux de vote
Chaque local doit être accessible aux personnes à mobilité réduite. Un isoloir adapté est
prévu dans chaque bureau. Toute propagande électorale est interdite dans un rayon de 200 mètres.

3. Matériel
Les bulletins de vote sont livrés aux communes entre le 30 septembre et le 4 octobre. Les urnes,
crayons rouges et enveloppes sont fournis par la commune.

4. Jetons de présence
Le jeton de présence est fixé à 25 EUR pour les assesseurs et à 35 EUR pour les présidents.

5. Calendrier
- 1er août : date d'arrêt de la liste des électeurs ;
- 13 septembre : dépôt des listes de candidats ;
- 13 octobre : scrutin, de 8 h à 13 h.

Pour toute question : Cellule Élections, 081 32 37 11, elections@spw.wallonie.be.

Veuillez agréer, Mesdames et Messieurs, l'assurance de notre considération distinguée.

Le Directeur général
""",
    atts=[pdf("circulaire_elections_2024.pdf", [
        ("h", "Circulaire - élections communales et provinciales du 13 octobre 2024"),
        ("t", [["Étape", "Date", "Acteur"],
               ["Liste d'électeurs susceptibles d'être assesseurs", "30 août", "commune"],
               ["Dépôt des listes de candidats", "13 septembre", "bureaux principaux"],
               ["Livraison des bulletins", "30 septembre - 4 octobre", "SPW"],
               ["Scrutin", "13 octobre, 8h-13h", "bureaux de vote"],
               ["Recensement des votes", "13 octobre dès 14h", "bureaux de dépouillement"]]),
    ], title="Circulaire élections")])

add("formation-neutralite-agents", "fr", "allow", [],
    "announcement of a training on political neutrality and social media for civil servants",
    "École d'Administration Publique <formations@eap-wb.be>", "grh@commune-de-braine.be",
    "Nouvelle formation : « Neutralité du service public et réseaux sociaux »",
    """Madame, Monsieur,

L'EAP propose une nouvelle formation d'une journée intitulée « Neutralité du service public et
réseaux sociaux ». Elle s'adresse aux agents des pouvoirs locaux et aborde :

- le principe de neutralité et l'obligation de réserve ;
- l'expression d'opinions politiques ou philosophiques sur les réseaux sociaux privés ;
- les signes convictionnels : état de la jurisprudence (CJUE, Conseil d'État) ;
- études de cas pratiques.

Sessions : 7 novembre (Namur), 21 novembre (Liège), 5 décembre (Mons). Inscription gratuite via
notre catalogue en ligne.

Cordialement,
L'équipe formations EAP
""")

add("procedure-extrait-casier", "fr", "allow", [],
    "commune explains the general procedure to obtain a criminal-record extract",
    "Service Population - Commune de Gembloux <population@gembloux.be>", "antoine.dehon@gmail.com",
    "RE: extrait de casier judiciaire pour un emploi",
    """Bonjour Monsieur,

Vous pouvez obtenir un extrait de casier judiciaire :
- gratuitement en ligne via l'application « Mon extrait de casier » du SPF Justice
  (connexion avec itsme ou la carte d'identité) ;
- au guichet de la population, sans rendez-vous, muni de votre carte d'identité.

Pour un emploi dans l'enseignement ou avec des mineurs, demandez le modèle 2 (art. 596,
alinéa 2 du Code d'instruction criminelle). Le délai de délivrance au guichet est en général
de deux jours ouvrables.

Bien à vous,
Service Population

De : Antoine Dehon <antoine.dehon@gmail.com>
Envoyé : jeudi 6 mars 2025 08:15
À : population@gembloux.be
Objet : extrait de casier judiciaire pour un emploi

Bonjour, je commence bientôt comme animateur et on me demande un extrait de casier. Comment
faire ? Merci, A. Dehon
""")

add("calendrier-fetes-convictionnelles-ods", "fr", "allow", [],
    "calendar of religious and philosophical holidays for scheduling exams, sent to a school network",
    "Fédération Wallonie-Bruxelles - Direction générale de l'Enseignement <dgeo@cfwb.be>",
    "direction@athenee-royal-jodoigne.be",
    "Calendrier des fêtes convictionnelles 2025-2026 (planification des examens)",
    """Madame la Directrice, Monsieur le Directeur,

Afin de faciliter la planification des épreuves, vous trouverez en annexe le calendrier
indicatif des principales fêtes convictionnelles de l'année scolaire 2025-2026. Nous vous
invitons à éviter, dans la mesure du possible, de fixer des épreuves certificatives ces
jours-là.

Cordialement,
DGEO
""",
    atts=[ods("fetes_convictionnelles_2025-2026.ods", [("calendrier", [
        ["Date", "Fête", "Conviction"],
        ["22-24/09/2025", "Roch Hachana", "judaïsme"],
        ["01-02/10/2025", "Yom Kippour", "judaïsme"],
        ["20/10/2025", "Diwali", "hindouisme"],
        ["20/11/2025", "Saint-Verhaegen", "laïcité"],
        ["25/12/2025", "Noël", "christianisme"],
        ["07/01/2026", "Noël orthodoxe", "christianisme orthodoxe"],
        ["20/03/2026", "Aïd el-Fitr (date indicative)", "islam"],
        ["05/04/2026", "Pâques", "christianisme"],
        ["27/05/2026", "Aïd al-Adha (date indicative)", "islam"],
    ])])])

add("statistiques-delits-haine-xlsx", "fr", "allow", [],
    "aggregated statistics of hate-crime reports by motive and region for a journalist",
    "Service Communication - Unia <presse@unia.be>", "redaction@lesoir-enquetes.be",
    "Chiffres des signalements 2024 par critère",
    """Bonjour,

Comme demandé, voici les chiffres agrégés des signalements et dossiers ouverts en 2024, par
critère de discrimination et par région. Il s'agit de nombres de dossiers, aucune donnée sur
les personnes concernées.

Pour toute citation : Nadia Haddad, porte-parole, via presse@unia.be.

Bien à vous,
Service Communication
""",
    atts=[xlsx("signalements_2024_par_critere.xlsx", [("2024", [
        ["Critère", "Bruxelles", "Wallonie", "Flandre", "Total dossiers"],
        ["Critères dits raciaux", 412, 388, 701, 1501],
        ["Conviction religieuse ou philosophique", 133, 92, 160, 385],
        ["Orientation sexuelle", 41, 37, 72, 150],
        ["Handicap", 160, 245, 390, 795],
        ["État de santé", 58, 71, 110, 239],
        ["Conviction politique", 7, 9, 12, 28],
        ["Conviction syndicale", 3, 5, 6, 14],
    ])])])

add("consultation-avant-projet-decret", "fr", "allow", [],
    "consultation on a draft decree with aggregate figures sent to a federation of CPAS",
    "Cabinet de la Ministre de l'Action sociale <consultations@gov.wallonie.be>", "secretariat@uvcw.be",
    "Consultation - avant-projet de décret relatif à l'accueil de jour des personnes âgées",
    """Madame la Présidente,

Le Gouvernement wallon a adopté en première lecture l'avant-projet de décret relatif à l'accueil
de jour des personnes âgées. Il prévoit notamment :

- la création de 600 places supplémentaires d'ici 2028 (la Wallonie compte actuellement
  1 840 places agréées dans 112 centres) ;
- un taux d'encadrement minimal de 1 ETP pour 5 usagers ;
- une intervention dans les frais de transport pour les usagers dont les revenus sont
  inférieurs au plafond BIM.

Votre avis est attendu pour le 15 mai. Le texte et la note au Gouvernement sont joints.

Veuillez agréer, Madame la Présidente, l'expression de ma considération distinguée.

Pour la Ministre,
le chef de cabinet adjoint
""",
    atts=[docx("avant-projet_decret_accueil_de_jour.docx", [
        ("h", "Avant-projet de décret relatif à l'accueil de jour des personnes âgées"),
        "Article 1er. Le présent décret règle une matière visée à l'article 128 de la Constitution.",
        "Art. 2. Pour l'application du présent décret, on entend par centre d'accueil de jour : ...",
        "Art. 7. Le centre dispose d'un personnel d'encadrement d'au moins 1 ETP pour 5 usagers.",
        ("t", [["Province", "Places actuelles", "Places prévues 2028"],
               ["Brabant wallon", 210, 290], ["Hainaut", 640, 850], ["Liège", 520, 690],
               ["Luxembourg", 150, 210], ["Namur", 320, 400]]),
    ])])

add("marche-fournitures-hospitalieres", "fr", "allow", [],
    "public tender for hospital supplies sent to a supplier SA",
    "Service Achats - CHU de Charleroi (ISPPC) <achats@isppc.be>", "offres@medical-distribution-sa.be",
    "Marché public - fourniture de gants d'examen et de blouses de protection",
    """Madame, Monsieur,

L'ISPPC lance une procédure ouverte pour la fourniture de gants d'examen en nitrile et de
blouses de protection à usage unique pour ses sites hospitaliers (réf. ISPPC-2025-044). Les
documents du marché sont disponibles sur la plateforme e-Procurement.

Quantités estimées sur 36 mois : 9,6 millions de gants, 410 000 blouses.
Date limite de remise des offres : 22 avril 2025 à 10 h.

Cordialement,
Pierre Lecocq
acheteur - Service Achats ISPPC
071 92 12 34
""",
    atts=[pdf("ISPPC-2025-044_inventaire.pdf", [
        ("h", "ISPPC-2025-044 - inventaire"),
        ("t", [["Lot", "Description", "Unité", "Quantité estimée (36 mois)"],
               ["1", "Gants d'examen nitrile non poudrés S-XL", "boîte de 100", "96 000"],
               ["2", "Blouses de protection PP 40 g/m², manches longues", "pièce", "410 000"],
               ["3", "Tabliers PE à usage unique", "rouleau de 100", "12 500"]]),
    ], title="Inventaire")])

add("communique-presse-porte-parole", "fr", "allow", [],
    "press release with the spokesperson's professional contact details",
    "Service presse - Région de Bruxelles-Capitale <presse@sprb.brussels>", "desk@belga-redaction.be",
    "COMMUNIQUÉ - Lancement de la prime « Renolution » 2025",
    """COMMUNIQUÉ DE PRESSE - Bruxelles, le 3 février 2025

La Région bruxelloise lance la nouvelle édition des primes Renolution

Dès le 1er mars, les propriétaires bruxellois pourront à nouveau introduire une demande de
prime pour l'isolation, le remplacement des châssis ou l'installation d'une pompe à chaleur.
En 2024, 14 300 primes ont été octroyées pour un montant total de 62 millions d'euros.

« Nous simplifions le formulaire et réduisons le délai de paiement à trois mois », souligne le
ministre du Climat.

Contact presse :
Élodie Vanderstraeten, porte-parole
+32 2 800 34 12 - +32 478 44 09 21
evanderstraeten@sprb.brussels
""")

add("pv-reunion-agregee-odt", "fr", "allow", [],
    "meeting minutes with aggregate figures on a social-cohesion plan, sent to partner associations",
    "Plan de cohésion sociale - Ville de La Louvière <pcs@lalouviere.be>", "partenaires@relais-social-centre.be",
    "PV de la commission d'accompagnement du 6 mars",
    """Bonjour à toutes et à tous,

Vous trouverez ci-joint le procès-verbal de la commission d'accompagnement du PCS du 6 mars.
N'hésitez pas à me faire part de vos remarques avant le 20 mars.

Bien à vous,
Sarah, cheffe de projet PCS
""",
    atts=[odt("PV_commission_PCS_2025-03-06.odt", [
        ("h", "Commission d'accompagnement du PCS - 6 mars 2025"),
        "Présents : 14 partenaires, 3 représentants de la Ville. Excusés : 2.",
        "1. Bilan 2024 : 1 212 personnes accompagnées par les actions du PCS, dont 38 % de "
        "familles monoparentales ; 86 ateliers organisés ; taux de participation moyen 71 %.",
        ("t", [["Axe", "Actions", "Participants"],
               ["Droit à l'alimentation", 4, 530], ["Droit au logement", 3, 214],
               ["Santé", 5, 268], ["Lien social", 9, 200]]),
        "2. Projets 2025 : extension de l'épicerie sociale, nouveau point d'accueil à Haine-Saint-Pierre.",
        "3. Divers : prochaine réunion le 12 juin.",
    ])])

add("tableau-stats-cpas-csv", "fr", "allow", [],
    "statistics table: counts of CPAS aid decisions per category, no persons",
    "Service statistiques - Fédération des CPAS <statistiques@uvcw.be>", "etudes@iweps.be",
    "Données agrégées aides sociales 2024",
    """Bonjour,

Voici les données agrégées 2024 des 20 CPAS participants à l'enquête, par type d'aide. Les
nombres sont des décisions, pas des bénéficiaires uniques.

Cordialement,
Service statistiques
""",
    atts=[csvf("aides_sociales_2024_agregees.csv", [
        ["Type d'aide", "Décisions 2023", "Décisions 2024", "Évolution"],
        ["Revenu d'intégration", "18 420", "19 105", "+3,7 %"],
        ["Aide médicale urgente", "2 310", "2 544", "+10,1 %"],
        ["Aide au loyer / garantie locative", "3 905", "4 212", "+7,9 %"],
        ["Aide énergie", "6 120", "5 480", "-10,5 %"],
        ["Médiation de dettes", "1 744", "1 801", "+3,3 %"],
    ], delimiter=";", charset="windows-1252")])

add("liste-personnel-contacts-pro", "fr", "allow", [],
    "staff list with professional contact data only, sent to an external event organiser",
    "Secrétariat - Agence pour l'Entreprise et l'Innovation <secretariat@aei.be>", "logistique@events-meuse-srl.be",
    "Liste des intervenants - salon des PME",
    """Bonjour,

Voici les coordonnées professionnelles des collègues qui tiendront le stand lors du salon des
PME, pour vos badges et le plan de table.

Merci,
Nathalie
""",
    atts=[xlsx("intervenants_salon_pme.xlsx", [("stand", [
        ["Nom", "Fonction", "Service", "Téléphone bureau", "E-mail"],
        ["Claire Dethier", "conseillère financement", "Financement", "081 33 28 10", "claire.dethier@aei.be"],
        ["Mehdi Azzouz", "chargé de projets innovation", "Innovation", "081 33 28 22", "mehdi.azzouz@aei.be"],
        ["Luc Gérardy", "responsable export", "International", "081 33 28 35", "luc.gerardy@aei.be"],
        ["Sophie Wéry", "chargée de communication", "Communication", "081 33 28 40", "sophie.wery@aei.be"],
    ])])])

add("confirmation-paiement-sa-iban", "fr", "allow", [],
    "payment confirmation sent to a company SA with that company's own IBAN",
    "Comptabilité - Ville de Wavre <comptabilite@wavre.be>", "credit.management@eclairage-public-sa.be",
    "Avis de paiement - facture FV-2025-00318",
    """Madame, Monsieur,

Nous vous informons que la facture FV-2025-00318 relative au remplacement des luminaires LED de
la rue du Chemin de fer a été payée ce jour.

Bénéficiaire : Éclairage Public Wallon SA - BCE 0881.275.484
Compte : BE92 5508 6366 1923
Montant : 37 455,20 EUR
Communication : FV-2025-00318

Cordialement,
Service comptabilité
""", own_ibans=["BE92 5508 6366 1923"])

add("facture-tva-references-fpdf", "fr", "allow", [],
    "invoice with VAT number, enterprise number and 11-digit references that are not national numbers",
    "Service Facturation - Intercommunale in BW <facturation@inbw.be>", "compta@garage-dumont-srl.be",
    "Facture conteneurs 2025 - réf. 88123109914",
    """Madame, Monsieur,

Veuillez trouver ci-joint la facture annuelle pour la collecte de vos conteneurs.
Référence client : 88123109914
Numéro de facture : 45217700318

Cordialement,
Service Facturation in BW
""",
    atts=[fpdf("facture_45217700318.pdf", [
        "## in BW - Intercommunale du Brabant wallon",
        "Rue de la Religion 10, 1400 Nivelles - TVA BE 0452.771.947",
        "",
        "Client : Garage Dumont SRL - TVA BE 0629.013.425",
        "Référence client : 88123109914",
        "Facture n° 45217700318 du 15/01/2025",
        "",
        "Collecte conteneurs 1 100 l - 52 vidanges x 14,80 EUR = 769,60 EUR",
        "TVA 21 % = 161,62 EUR",
        "Total = 931,22 EUR",
        "",
        "A payer avant le 15/02/2025 sur le compte de in BW BE23 5858 2982 1391.",
    ], title="Facture")],
    fakes=[("nn", "88123109914"), ("nn", "45217700318")], own_ibans=["BE23 5858 2982 1391"])

add("formulaire-vierge-diagnostic", "fr", "allow", [],
    "blank medical form with empty 'Diagnostic : ____' fields, sent to a print shop",
    "Service médical - Police fédérale <service.medical@police.belgium.eu>", "devis@imprimerie-duculot.be",
    "Devis impression - certificat médical d'aptitude",
    """Bonjour,

Pourriez-vous nous faire un devis pour 5 000 exemplaires du formulaire ci-joint (A4, recto,
carnets de 50, numérotation en haut à droite) ?

Merci,
Service médical
""",
    atts=[docx("certificat_aptitude_vierge.docx", [
        ("h", "Certificat médical d'aptitude"),
        "Nom et prénom : ...............................................",
        "Matricule : ...............................",
        "Diagnostic : ...............................................",
        "Restrictions éventuelles : ...............................................",
        "Apte / Inapte temporaire / Inapte définitif (biffer les mentions inutiles)",
        "Date, cachet et signature du médecin : ...............................",
    ])])

add("offre-emploi-assurance-hospi", "fr", "allow", [],
    "job vacancy mentioning hospitalisation insurance and meal vouchers",
    "Recrutement - CPAS d'Ixelles <recrutement@cpasixelles.be>", "annonces@references-emploi.be",
    "Offre d'emploi : assistant(e) social(e) - service énergie",
    """Bonjour,

Merci de publier l'offre suivante pendant trois semaines :

ASSISTANT(E) SOCIAL(E) - SERVICE ÉNERGIE (H/F/X) - CDI temps plein

Vos missions : accompagner les usagers confrontés à des difficultés de paiement de leurs
factures d'énergie, négocier des plans de paiement, organiser des séances d'information.

Nous offrons : barème B1 (min. 2 903 EUR bruts/mois), chèques-repas de 8 EUR, assurance
hospitalisation collective gratuite, remboursement intégral des transports en commun, 26 jours
de congé.

Candidatures jusqu'au 31 mars : recrutement@cpasixelles.be. Infos : Hélène Dumont, service RH,
02 641 55 11.

Cordialement,
Service Recrutement
""")

add("signature-riche-html", "fr", "allow", [],
    "short reply with a rich HTML signature (function, office phone, LinkedIn)",
    "Benoît Lambert <benoit.lambert@awex.be>", "c.martin@exportconsult.eu",
    "RE: mission économique Québec",
    """Bonjour Madame Martin,

Merci pour votre retour. Je vous confirme la réunion préparatoire le 12 mai à 10h dans nos
bureaux.

Bien cordialement,

Benoît Lambert
Attaché commercial - Amérique du Nord
AWEX - Agence wallonne à l'Exportation et aux Investissements étrangers
Place Sainctelette 2, 1080 Bruxelles
T +32 2 421 82 11 | M +32 475 12 48 90
www.awex.be | linkedin.com/in/benoitlambert-awex
""", html="""<html><body style="font-family:Arial;font-size:10pt"><p>Bonjour Madame Martin,</p>
<p>Merci pour votre retour. Je vous confirme la réunion préparatoire le 12 mai à 10h dans nos bureaux.</p>
<p>Bien cordialement,</p>
<table cellpadding="0"><tr><td style="border-left:3px solid #e30613;padding-left:8px">
<b style="color:#e30613">Benoît Lambert</b><br>Attaché commercial - Amérique du Nord<br>
AWEX - Agence wallonne à l'Exportation et aux Investissements étrangers<br>
Place Sainctelette 2, 1080 Bruxelles<br>T +32 2 421 82 11 | M +32 475 12 48 90<br>
<a href="https://www.awex.be">www.awex.be</a> | <a href="https://linkedin.com/in/benoitlambert-awex">LinkedIn</a>
</td></tr></table></body></html>""")

add("newsletter-html-sante-publique", "fr", "allow", [],
    "HTML-only newsletter of a health promotion body: campaigns and figures, no persons",
    "Newsletter Observatoire de la Santé du Hainaut <newsletter@hainaut-sante.be>", "abonne.leclercq@scarlet.be",
    "La lettre de l'OSH - mars 2025",
    html_only=True, html="""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif">
<div style="max-width:620px;margin:auto"><h1 style="color:#2a6f97">La lettre de l'OSH</h1><p><i>Mars 2025</i></p>
<h2>Dépistage du cancer colorectal</h2><p>En 2024, seuls 36 % des Hainuyers de 50 à 74 ans ont réalisé le test de dépistage.
Nous lançons une campagne d'affichage dans les pharmacies.</p>
<h2>Tabac : la province sous la moyenne</h2><p>La part de fumeurs quotidiens est passée de 21 % à 18 % en cinq ans.</p>
<h2>Agenda</h2><ul><li>24 mars : journée mondiale de la tuberculose - conférence à Mons</li><li>7 avril : journée mondiale de la santé</li></ul>
<p style="font-size:9pt;color:#888">Vous recevez cette lettre car vous êtes inscrit(e) sur hainaut-sante.be. <a href="https://hainaut-sante.be/desinscription">Se désinscrire</a></p></div></body></html>""")

add("campagne-vaccination-logistique", "fr", "allow", [],
    "vaccination campaign logistics for schools with aggregate numbers, to a transport company",
    "Service PSE - Province de Namur <pse@province.namur.be>", "planning@frigo-transports-sa.be",
    "Campagne HPV 2025 - livraisons de vaccins",
    """Bonjour,

Voici le planning des livraisons de vaccins pour la campagne HPV dans les écoles (2e
secondaire) :

- 10 mars : antenne de Namur, 420 doses
- 11 mars : antenne de Dinant, 260 doses
- 12 mars : antenne de Philippeville, 150 doses

Chaîne du froid entre 2 et 8 °C. Les enregistreurs de température doivent nous être remis à la
livraison.

Merci,
Dr Isabelle Hanquet, médecin responsable PSE
""")

add("loi-passeport-biometrique-info", "fr", "allow", [],
    "general information on the law on biometric passports for consular staff; no personal data",
    "SPF Affaires étrangères - Direction Passeports <passeports@diplobel.fed.be>", "consulat@consulat-honoraire-porto.pt",
    "Rappel : prise des empreintes digitales pour les passeports",
    """Monsieur le Consul honoraire,

Nous vous rappelons que, conformément au règlement (CE) n° 2252/2004 et à la loi belge du
14 août 2021, tout passeport belge contient deux empreintes digitales stockées dans la puce.
Les postes honoraires ne disposant pas de kit de capture biométrique ne peuvent donc pas
introduire de demande ; ils orientent les citoyens vers l'ambassade à Lisbonne.

Les enfants de moins de 12 ans sont dispensés de la prise d'empreintes. Les données
biométriques ne sont pas conservées au-delà de la production du document.

Cordialement,
Direction Passeports
""")

add("redevance-communale-paiement", "fr", "allow", [],
    "commune asks a citizen to pay a waste-container fee to the commune's own account",
    "Service Taxes - Commune de Rixensart <taxes@rixensart.be>", "famille.dupont1340@gmail.com",
    "Redevance conteneur à puce 2025",
    """Madame, Monsieur,

La redevance annuelle pour votre conteneur à puce s'élève à 95 EUR pour 2025. Merci de verser ce
montant sur le compte BE87 0924 6818 8894 de la Commune de Rixensart avec la communication
structurée +++123/4567/89012+++ avant le 30 avril.

Cordialement,
Service Taxes
""", own_ibans=["BE87 0924 6818 8894"])

add("rendez-vous-guichet", "fr", "allow", [],
    "appointment confirmation with name, date and office address only",
    "Prise de rendez-vous - Ville de Tournai <rdv@tournai.be>", "j.vanheule@hotmail.be",
    "Confirmation de votre rendez-vous",
    """Bonjour Jonathan Vanheule,

Votre rendez-vous est confirmé :
Service : permis de conduire
Date : vendredi 14 mars 2025 à 11h40
Lieu : Hôtel de ville, guichet 3, Enclos Saint-Martin 52, 7500 Tournai

Pensez à apporter votre carte d'identité et une photo conforme.

À bientôt,
Ville de Tournai
""")

add("stats-invalidite-tranche-age", "fr", "allow", [],
    "aggregate statistics of long-term incapacity by age group and diagnosis group (no persons)",
    "Service études - INAMI <etudes@inami.fgov.be>", "recherche@ulb-sante-publique.be",
    "Données invalidité 2024 par groupe de diagnostic",
    """Madame la Professeure,

Dans le cadre de la convention de recherche, voici les données agrégées d'invalidité au
31/12/2024 par groupe diagnostique et tranche d'âge (régime des salariés). Les cellules de
moins de 10 personnes ont été masquées.

Cordialement,
Service études
""",
    atts=[xlsx("invalidite_2024_groupes.xlsx", [("2024", [
        ["Groupe de diagnostic", "< 35 ans", "35-49 ans", "50-64 ans", "Total"],
        ["Troubles psychiques", 24110, 61230, 78400, 163740],
        ["Troubles musculo-squelettiques", 6120, 33800, 92140, 132060],
        ["Maladies du système nerveux", 3210, 9870, 16530, 29610],
        ["Tumeurs", 1020, 5440, 14980, 21440],
        ["Autres", 5400, 12110, 25700, 43210],
    ])])])

add("bon-commande-references", "fr", "allow", [],
    "purchase order with 11-digit supplier references that fail the national-number check",
    "Économat - Commune de Herstal <economat@herstal.be>", "commandes@fournitures-mosanes-sa.be",
    "Bon de commande BC/2025/0412",
    """Bonjour,

Veuillez trouver ci-joint notre bon de commande BC/2025/0412 pour le service Travaux.
Livraison au dépôt communal, rue Hoyoux 90, entre 7h30 et 15h.

Cordialement,
L'économat
""",
    atts=[xlsx("BC_2025_0412.xlsx", [("commande", [
        ["Réf. fournisseur", "Désignation", "Qté", "PU HTVA"],
        ["10234567890", "Sel de déneigement sac 25 kg", 200, 6.90],
        ["24031800457", "Pelle à neige alu", 15, 22.50],
        ["71245008319", "Gilet haute visibilité XL", 40, 4.80],
        ["90000127712", "Cône de signalisation 50 cm", 60, 5.25],
    ])])],
    fakes=[("nn", "10234567890"), ("nn", "24031800457"), ("nn", "71245008319"), ("nn", "90000127712")])

add("renvoi-myminfin", "fr", "allow", [],
    "tax office reply that refers the citizen to MyMinfin without personal data",
    "SPF Finances - Contact <contact.particuliers@minfin.fgov.be>", "sylvie.georges@live.be",
    "Re: où trouver mon avertissement-extrait de rôle ?",
    """Madame,

Votre avertissement-extrait de rôle est disponible dans MyMinfin (rubrique « Mes documents »),
accessible avec itsme ou votre carte d'identité. Pour des raisons de sécurité, nous ne
communiquons pas le contenu de votre dossier fiscal par e-mail.

Si vous ne parvenez pas à vous connecter, appelez le 02 572 57 57 (jours ouvrables, 8h-17h).

Cordialement,
SPF Finances
""")

add("fil-long-reservation-salle", "fr", "allow", [],
    "long thread (5+ replies) with a venue SRL about booking a room for a training; only professional data",
    "Marie Closset <marie.closset@ifapme.be>", "events@chateau-de-la-hulpe-srl.be",
    "RE: RE: RE: RE: RE: réservation salle - formation du 24 avril",
    """Bonjour Thomas,

C'est parfait, nous confirmons donc la salle Orangerie pour 35 personnes, formule lunch.
Je vous envoie le bon de commande signé demain.

Marie

-----Message d'origine-----
De : Thomas Wauters <events@chateau-de-la-hulpe-srl.be>
Envoyé : mardi 11 mars 2025 15:20
Objet : RE: RE: RE: RE: réservation salle - formation du 24 avril

Nous pouvons offrir la formule lunch à 38 EUR HTVA par personne au lieu de 42.

-----Message d'origine-----
De : Marie Closset
Envoyé : mardi 11 mars 2025 11:02
Objet : RE: RE: RE: réservation salle - formation du 24 avril

Le budget est un peu serré. Une remise est-elle possible ?

-----Message d'origine-----
De : Thomas Wauters
Envoyé : lundi 10 mars 2025 17:45
Objet : RE: RE: réservation salle - formation du 24 avril

L'Orangerie est libre, capacité 40 en U. Projecteur et micro inclus.

-----Message d'origine-----
De : Marie Closset
Envoyé : lundi 10 mars 2025 09:30
Objet : RE: réservation salle - formation du 24 avril

Nous serons 35. Quelle salle proposez-vous ?

-----Message d'origine-----
De : Thomas Wauters
Envoyé : vendredi 7 mars 2025 16:10
Objet : réservation salle - formation du 24 avril

Bonjour, combien de participants attendez-vous ?
""", date="2025-03-12 08:55")

add("zip-documents-publics-urbanisme", "fr", "allow", [],
    "zip of public planning documents (regulation, notice) sent to an architecture firm",
    "Service Urbanisme - Commune d'Ottignies-LLN <urbanisme@olln.be>", "projets@atelier-archi-brabant.be",
    "Documents du guide communal d'urbanisme",
    """Bonjour,

Comme demandé, voici le guide communal d'urbanisme en vigueur et l'avis d'enquête publique de
la révision en cours. Ces documents sont publics.

Cordialement,
Service Urbanisme
""",
    atts=[zipf("GCU_OLLN.zip", [
        pdf("GCU_extrait_zone_residentielle.pdf", [
            ("h", "Guide communal d'urbanisme - zone d'habitat"),
            "Gabarit maximal : R+2+toiture. Recul minimal par rapport à l'alignement : 6 m.",
            "Matériaux de façade : brique de teinte rouge-brun, enduit clair ou bois.",
        ], title="GCU"),
        txt("avis_enquete_publique.txt",
            "AVIS D'ENQUÊTE PUBLIQUE\nRévision partielle du guide communal d'urbanisme.\n"
            "Le dossier peut être consulté du 3 au 31 mars à l'Hôtel de Ville.\n"),
    ])])

add("procedure-reconnaissance-handicap", "fr", "allow", [],
    "general explanation of the disability recognition procedure for an association's info session",
    "Service social - Commune de Sambreville <social@sambreville.be>", "info@ligue-des-familles-sambre.be",
    "Infos pour votre séance : reconnaissance du handicap",
    """Bonjour,

Voici quelques informations générales pour votre séance du 18 mars :

- La demande de reconnaissance se fait en ligne sur MyHandicap ou via le service social
  communal.
- Le SPF Sécurité sociale évalue la réduction de capacité de gain (au moins un tiers pour
  l'allocation de remplacement de revenus) et le degré d'autonomie (7 points minimum pour
  l'allocation d'intégration).
- Le délai moyen de décision est actuellement de 4 mois.

Nos assistantes sociales peuvent aider les familles à remplir la demande, sur rendez-vous.

Cordialement,
Service social
""")

add("depistage-sida-campagne", "fr", "allow", [],
    "announcement of free anonymous HIV screening days to a student association; generic health topic",
    "Service Santé - Ville de Bruxelles <sante@bruxelles.be>", "bureau@cercle-etudiants-ulb.be",
    "Journées de dépistage gratuit VIH/IST - décembre",
    """Bonjour,

À l'occasion de la Journée mondiale de lutte contre le sida, la Ville organise avec la
plateforme Prévention Sida des journées de dépistage anonyme et gratuit du VIH et des IST :

- 1er décembre, 12h-18h, Hôtel de Ville
- 3 décembre, 11h-16h, campus du Solbosch (tente devant le bâtiment K)

L'an dernier, 612 tests ont été réalisés. Pouvez-vous relayer l'information auprès de vos
membres ? Des affiches sont disponibles à la demande.

Merci !
Service Santé
""")

add("ordre-du-jour-conseil-public", "fr", "allow", [],
    "public agenda of a municipal council including a motion on trade-union freedom (generic)",
    "Secrétariat du Conseil communal - Ville de Liège <conseil@liege.be>", "redaction@rtc-liege.be",
    "Ordre du jour de la séance publique du 24 mars",
    """Bonjour,

Voici l'ordre du jour de la séance publique du Conseil communal du 24 mars 2025 à 18h.

1. Approbation du procès-verbal de la séance du 24 février
2. Budget 2025 - modification budgétaire n° 1
3. Règlement-taxe sur les immeubles inoccupés - modification
4. Motion relative au respect de la liberté syndicale et du droit de grève (groupe PS)
5. Convention avec l'asbl Jeunesses Musicales
6. Questions orales des conseillers

Les séances sont retransmises en direct sur le site de la Ville.

Cordialement,
Le secrétariat du Conseil
""")

add("rappel-paiement-srl-compte-ville", "fr", "allow", [],
    "reminder to a company SRL to pay a rent to the city's own account, with enterprise numbers",
    "Régie foncière - Ville de Namur <regie.fonciere@ville.namur.be>", "gerance@brasserie-du-marche-srl.be",
    "Rappel - loyer commercial février",
    """Madame, Monsieur,

Sauf erreur de notre part, le loyer du mois de février pour la cellule commerciale place
d'Armes 5 (2 150 EUR) n'a pas encore été payé par la Brasserie du Marché SRL (BCE 0847.551.257).

Merci de verser ce montant sur le compte de la Régie foncière BE09 0593 0760 0257 en mentionnant
« loyer 02/2025 - PA5 ».

Cordialement,
Régie foncière de la Ville de Namur
""", own_ibans=["BE09 0593 0760 0257"])

# --------------------------------------------------------------------------- DE, block

add("oeshz-ihr-zeichen-nrn", "de", "block", ["BE_NATIONAL_NUMBER"],
    "public social welfare centre writes to a citizen; the national number is given as 'Ihr Zeichen'",
    "ÖSHZ Eupen - Sozialdienst <sozialdienst@oshz-eupen.be>", "rene.kessler@gmx.de",
    "Ihr Antrag auf Eingliederungseinkommen",
    """Sehr geehrter Herr Kessler,

Ihr Zeichen: 83.03.16-432.76
Unser Zeichen: SD/EE/2025-118

wir bestätigen den Eingang Ihres Antrags vom 20. Januar. Ihre Sozialarbeiterin, Frau Mießen,
wird Sie in den nächsten Tagen anrufen, um einen Hausbesuch zu vereinbaren.

Bitte halten Sie Ihren Mietvertrag und die Kontoauszüge der letzten drei Monate bereit.

Mit freundlichen Grüßen

Sozialdienst des ÖSHZ Eupen
Bergstraße 2, 4700 Eupen
""", ids=[("nn", "83.03.16-432.76")])

add("krankmeldung-bandscheibe-bsn", "de", "block", ["NL_BSN", "ART9_HEALTH"],
    "Dutch UWV office tells a German employer GmbH the diagnosis and BSN of a named cross-border worker",
    "UWV Grensinfo <grensinfo-venlo@uwv.nl>", "personal@spedition-hoeveler-gmbh.de",
    "Arbeitsunfähigkeit Ihres Mitarbeiters Herrn Jansen",
    """Sehr geehrte Frau Hövelers,

Ihr Mitarbeiter, Herr Stefan Jansen (BSN 163726516), wohnhaft in Venlo, ist seit dem
3. Februar arbeitsunfähig. Laut dem Bericht des Versicherungsarztes handelt es sich um einen
Bandscheibenvorfall (L5/S1) mit anschließender Operation am 12. Februar. Die voraussichtliche
Dauer der Arbeitsunfähigkeit beträgt 10 bis 12 Wochen.

Bitte senden Sie uns die Lohnangaben der letzten 13 Wochen für die Berechnung des
Krankengeldes.

Mit freundlichen Grüßen
UWV Grensinfo Venlo
""", ids=[("bsn", "163726516")])

add("gewerkschaft-lohnbuero-xlsx", "de", "block", ["ART9_TRADE_UNION"],
    "municipality sends its external payroll office a spreadsheet of named staff with their trade union",
    "Personalabteilung Gemeinde Kelmis <personal@kelmis.be>", "kunden@lohnbuero-ostbelgien.be",
    "Gewerkschaftsprämie 2024 - Liste",
    """Guten Tag Frau Lambertz,

anbei die Liste der Mitarbeiter, die die Gewerkschaftsprämie 2024 beantragt haben, mit der
jeweiligen Gewerkschaft. Bitte berücksichtigen Sie diese bei der nächsten Lohnabrechnung.

Freundliche Grüße
Personalabteilung Kelmis
""",
    atts=[xlsx("gewerkschaftspraemie_2024.xlsx", [("Prämie", [
        ["Personalnr.", "Name", "Vorname", "Dienst", "Gewerkschaft", "Betrag"],
        [312, "Kever", "Monika", "Bauamt", "CSC Öffentliche Dienste", 145],
        [318, "Schmitz", "Achim", "Bauhof", "CGSP / ACOD", 145],
        [327, "Radermacher", "Jana", "Standesamt", "CSC Öffentliche Dienste", 145],
        [340, "Ortmanns", "Lukas", "Bauhof", "SLFP", 145],
    ])])])

add("strafregister-verurteilung-taxi", "de", "block", ["ART10_CRIMINAL"],
    "municipality tells a taxi company about a named driver's conviction in his criminal record",
    "Stadtverwaltung St. Vith - Ordnungsamt <ordnungsamt@st.vith.be>", "buero@taxi-eifel.be",
    "Fahrerausweis Herr Pascal Theißen",
    """Sehr geehrter Herr Kaut,

der Auszug aus dem Strafregister Ihres Fahrers Herrn Pascal Theißen weist eine Verurteilung des
Strafgerichts Eupen vom 2. März 2023 wegen Trunkenheit am Steuer und Fahrerflucht auf (Geldbuße
und Fahrverbot von 6 Monaten). Ein Fahrerausweis kann ihm daher derzeit nicht ausgestellt
werden.

Mit freundlichen Grüßen
Ordnungsamt
""")

add("gesichtserkennung-template-prosa", "de", "block", ["ART9_BIOMETRIC"],
    "IT service describes a named employee's face-recognition template to a vendor in prose",
    "IT-Dienst Ministerium der DG <it-support@dgov.be>", "support@facegate-systems.de",
    "Ticket 88412 - Zugangskontrolle Gospertstraße",
    """Hallo Support-Team,

bei unserer Mitarbeiterin Frau Sabine Heinen schlägt die Gesichtserkennung am Eingang
Gospertstraße seit dem Update regelmäßig fehl. Ihr hinterlegtes Gesichtstemplate (Modell
FG-5, 512-dimensionaler Merkmalsvektor, registriert am 04.09.2024) beginnt mit
0.0127, -0.0844, 0.1563, 0.0291, -0.1178, 0.0735 ... Der Matching-Score liegt bei 0.58, die
Schwelle bei 0.65. Können Sie das Template neu berechnen?

Viele Grüße
Mark Wintgens, IT-Dienst
""")

add("handvenen-templates-csv", "de", "block", ["ART9_BIOMETRIC"],
    "CSV export of palm-vein templates per named employee sent to an access-control vendor",
    "Technischer Dienst Krankenhaus Eupen (St. Nikolaus-Hospital) <technik@hospital-eupen.be>", "service@venascan-gmbh.de",
    "Export Handvenen-Templates für Migration",
    """Guten Tag,

wie besprochen der Export der Handvenen-Templates unserer Mitarbeiter aus dem alten System,
damit die Mitarbeiter nicht neu registriert werden müssen.

MfG
Technischer Dienst
""",
    atts=[csvf("handvenen_export.csv", [
        ["Mitarbeiter", "Abteilung", "Hand", "Template-Format", "Template (hex, gekürzt)"],
        ["Cremer, Anja", "Intensivstation", "rechts", "PV-2.1", "4a1f0c9e77b2d0134fe8a9c2b16d"],
        ["Mertes, Daniel", "Apotheke", "rechts", "PV-2.1", "9c03e1aa5f6b0d72e4c8119a7f20"],
        ["Hilgers, Petra", "Labor", "links", "PV-2.1", "b72d4e90c1a38f5e06d7a2c4e931"],
    ], delimiter=",")])

add("dna-vaterschaft-prosa", "de", "block", ["ART9_GENETIC"],
    "court clerk informs a lawyer of the DNA paternity analysis of a named man and child in prose",
    "Kanzlei des Familiengerichts Eupen <kanzlei.familiengericht.eupen@just.fgov.be>", "kanzlei@rechtsanwalt-hoen.be",
    "Abstammungsverfahren Pauels / Xhonneux - Gutachten",
    """Sehr geehrter Herr Rechtsanwalt,

im Abstammungsverfahren Pauels / Xhonneux teilen wir Ihnen das Ergebnis des
DNA-Gutachtens mit: Die DNA-Profile von Herrn Marc Xhonneux und dem Kind Lena Pauels wurden an
21 STR-Systemen untersucht. In den Systemen TH01 (6/9 und 9/9.3), D8S1179 (12/13 und 13/14)
und SE33 (19/27.2 und 21/27.2) teilt das Kind jeweils ein Allel mit dem Putativvater. Die
Vaterschaftswahrscheinlichkeit beträgt 99,99 %.

Das vollständige Gutachten wird Ihnen per Gerichtsbrief zugestellt.

Der Greffier
""")

add("konfession-schulliste-docx", "de", "block", ["ART9_RELIGION"],
    "school sends an external catering firm a Word list of named pupils with their denomination",
    "Sekretariat Gemeindeschule Bütgenbach <sekretariat.schule@butgenbach.be>", "bestellung@catering-hohesvenn.be",
    "Erstkommunion / Schulfest - Teilnehmerliste",
    """Guten Tag Frau Reuter,

anbei die Liste der Kinder für das Schulfest. Die Kinder katholischer Konfession haben am
Vormittag die Probe für die Erstkommunion, die anderen Kinder gehen zum Religions- bzw.
Moralunterricht. Bitte planen Sie das Essen für 12:30 Uhr.

Mit freundlichen Grüßen
Sekretariat
""",
    atts=[docx("teilnehmer_schulfest_3klasse.docx", [
        ("h", "3. Klasse - Schulfest 17. Mai"),
        ("t", [["Kind", "Konfession", "Vormittag"],
               ["Backes, Noah", "römisch-katholisch", "Probe Erstkommunion"],
               ["Demir, Elif", "islamisch", "Religionsunterricht Islam"],
               ["Lentz, Marie", "römisch-katholisch", "Probe Erstkommunion"],
               ["Schröder, Tim", "evangelisch", "Religionsunterricht ev."],
               ["Vliegen, Emma", "ohne Bekenntnis", "Moralunterricht"]]),
    ])])

add("sinti-familie-wohnungsbau", "de", "block", ["ART9_ETHNIC_ORIGIN"],
    "social worker describes a named family's ethnic origin (Sinti) to an external housing company",
    "ÖSHZ Kelmis - Sozialdienst <sozialdienst@oshz-kelmis.be>", "vermietung@wohnungsbau-ostbelgien.be",
    "Wohnungsantrag Familie Weiß",
    """Guten Tag Herr Janssen,

ich unterstütze den Wohnungsantrag der Familie Weiß (Herr Django Weiß, Frau Ramona Weiß und
drei Kinder). Die Familie gehört der Volksgruppe der Sinti an und lebt seit zwei Jahren auf dem
Stellplatz in Hergenrath. Sie möchte sesshaft werden, wurde aber von privaten Vermietern bisher
immer abgelehnt.

Mit freundlichen Grüßen
Tanja Schumacher, Sozialarbeiterin
""")

add("parteimitglied-berater", "de", "block", ["ART9_POLITICAL_OPINION"],
    "director tells an external consultant that a named employee is a member of a political party",
    "Generalsekretariat Stadt Eupen <generalsekretaer@eupen.be>", "beratung@organisationsberatung-roemer.de",
    "Vertraulich: Umstrukturierung Bauamt",
    """Hallo Herr Römer,

für Ihre Analyse noch ein Hinweis: Herr Guido Lennertz, der die Leitung des Bauamts übernehmen
soll, hat mir im Vertrauen erzählt, dass er Mitglied der ProDG ist und die Partei im
Wahlkampf unterstützt. Wir müssen Interessenkonflikte bei der Neuordnung vermeiden.

Beste Grüße
Ralf Brandt
""")

add("pflegefamilie-lesbisch", "de", "block", ["ART9_SEX_LIFE"],
    "youth welfare office tells an external foster-care association about a named applicant's same-sex relationship",
    "Jugendhilfedienst der DG <jugendhilfe@dgov.be>", "info@pflegefamilien-ostbelgien.be",
    "Bewerbung als Pflegefamilie - Frau Nadine Klinkenberg",
    """Guten Tag Frau Maraite,

Frau Nadine Klinkenberg hat sich als Pflegemutter beworben. Sie lebt seit sieben Jahren in
einer lesbischen Partnerschaft mit Frau Ines Brüll; beide möchten gemeinsam ein Pflegekind
aufnehmen. Bitte laden Sie beide zum Vorbereitungskurs im Herbst ein.

Mit freundlichen Grüßen
Jugendhilfedienst
""")

add("rueckerstattung-iban-privat", "de", "block", ["IBAN_CODE"],
    "Belgian municipality refunds a German citizen's overpaid fee to his private German IBAN",
    "Finanzdienst Gemeinde Raeren <finanzen@raeren.be>", "k.offermann@web.de",
    "Rückerstattung Zweitwohnsitzsteuer 2024",
    """Sehr geehrter Herr Offermann,

nach Prüfung Ihres Einspruchs erstatten wir Ihnen den zu viel gezahlten Betrag von 180,00 EUR.
Die Überweisung erfolgt in den nächsten Tagen auf Ihr Konto DE89 1894 1925 4817 5684 26
(Kontoinhaber: Klaus Offermann).

Mit freundlichen Grüßen
Finanzdienst der Gemeinde Raeren
""", ids=[("iban", "DE89 1894 1925 4817 5684 26")])

add("kreditkarte-schwimmbad", "de", "block", ["CREDIT_CARD"],
    "municipal swimming pool confirms a refund quoting the full credit card number of a citizen",
    "Schwimmbad Worriken <kasse@worriken.be>", "familie.pint@t-online.de",
    "Erstattung Jahreskarte",
    """Guten Tag Frau Pint,

die Jahreskarte wurde storniert. Der Betrag von 240 EUR wird auf die bei der Buchung verwendete
Kreditkarte 4326 5020 1462 0169 (gültig bis 11/26) zurückgebucht.

Schöne Grüße
Kasse Worriken
""", ids=[("card", "4326 5020 1462 0169")])

add("bis-nummer-grenzgaenger", "de", "block", ["BE_BIS_NUMBER"],
    "labour office tells a German employer the BIS number of a named cross-border worker",
    "Arbeitsamt der DG <info@adg.be>", "lohn@metallbau-schleiden-gmbh.de",
    "Ihre Anfrage zur Anmeldung Herr Becker",
    """Guten Tag,

die BIS-Nummer Ihres neuen Mitarbeiters, Herrn Thomas Becker (wohnhaft in Monschau), lautet
904512 617 64. Damit können Sie die Dimona-Meldung für die Tätigkeit in Belgien vornehmen.

Mit freundlichen Grüßen
Arbeitsamt der Deutschsprachigen Gemeinschaft
""", ids=[("bis", "904512 617 64")])

add("mutterschutz-schwangerschaft-inss", "de", "block", ["BE_NATIONAL_NUMBER", "ART9_HEALTH"],
    "nursery tells an interim agency that a named employee is pregnant; her NISS is included",
    "Kinderkrippe Eupen (ÖSHZ) <krippe@oshz-eupen.be>", "eupen@interim-ostbelgien.be",
    "Ersatz für Frau Laura Hennes",
    """Guten Tag,

Frau Laura Hennes (INSZ 80062335991) ist in der 10. Schwangerschaftswoche. Wegen des
Röteln-Risikos in der Gruppe hat die Arbeitsmedizin eine sofortige Freistellung angeordnet.
Bitte schicken Sie uns ab Montag eine Ersatzkraft.

Danke und Gruß
Leitung Kinderkrippe
""", ids=[("nn", "80062335991")])

add("zwangseinweisung-anwalt", "de", "block", ["ART9_HEALTH"],
    "mayor's office tells a lawyer that a named person was compulsorily admitted to a psychiatric clinic",
    "Bürgermeisteramt Gemeinde Lontzen <buergermeister@lontzen.be>", "kanzlei@anwalt-laschet.be",
    "Ihre Anfrage betreffend Herrn Jürgen Mockel",
    """Sehr geehrte Frau Rechtsanwältin,

ich bestätige Ihnen, dass Herr Jürgen Mockel am 9. März auf Anordnung des Prokurators des
Königs zur Beobachtung in die psychiatrische Abteilung der Klinik St. Josef in St. Vith
eingewiesen wurde (Gesetz vom 26. Juni 1990). Er litt an einer akuten Psychose mit
Selbstgefährdung.

Weitere Auskünfte erteilt Ihnen die Staatsanwaltschaft.

Hochachtungsvoll
Der Bürgermeister
""")

add("behinderungsgrad-arbeitgeber", "de", "block", ["ART9_HEALTH"],
    "office for self-determined living tells an employer the disability rate and condition of a named worker",
    "Dienststelle für Selbstbestimmtes Leben <info@selbstbestimmt.be>", "personal@druckerei-grenzecho-ag.be",
    "Lohnkostenzuschuss Herr Sebastian Kohnen",
    """Sehr geehrte Damen und Herren,

für Ihren Mitarbeiter Herrn Sebastian Kohnen wurde ein Lohnkostenzuschuss von 40 % bewilligt.
Grundlage ist die anerkannte Behinderung von 66 % infolge einer frühkindlichen Zerebralparese
mit Einschränkung der Feinmotorik der rechten Hand. Der Arbeitsplatz muss mit einer
angepassten Tastatur ausgestattet werden.

Mit freundlichen Grüßen
DSL - Abteilung Arbeit
""")

add("methadon-verlauf-obdach", "de", "block", ["ART9_HEALTH"],
    "reply chain with an external shelter; a named client's methadone substitution is mentioned",
    "Streetwork ÖSHZ St. Vith <streetwork@oshz-stvith.be>", "aufnahme@haus-lebenswert-vog.be",
    "AW: AW: AW: Aufnahme Herr Dirk Lejeune",
    """Hallo Judith,

super, dann bringe ich ihn am Dienstag vorbei. Wichtig: Herr Lejeune ist im
Substitutionsprogramm und bekommt täglich 45 mg Methadon über die Apotheke am Viehmarkt. Er
muss morgens dort hin können.

Gruß
Olli

Am 24.02.2025 um 15:12 schrieb Judith Kohnen <aufnahme@haus-lebenswert-vog.be>:
> Hallo Olli, ab Dienstag haben wir ein Zimmer frei.
>
> Am 24.02.2025 um 09:40 schrieb Oliver Thissen <streetwork@oshz-stvith.be>:
>> Gibts schon was neues? Er schläft im Moment im Auto.
>>
>> Am 21.02.2025 um 11:02 schrieb Judith Kohnen:
>>> Wir haben ihn auf die Warteliste gesetzt.
>>>
>>> Am 21.02.2025 um 08:30 schrieb Oliver Thissen:
>>>> Hallo, habt ihr einen Platz für Herrn Dirk Lejeune (44)? Er hat seine Wohnung verloren.
""", date="2025-02-25 08:05")

# --------------------------------------------------------------------------- DE, allow

add("rundschreiben-wahlen-dg", "de", "allow", [],
    "long circular to municipalities on polling logistics; no individual data",
    "Ministerium der DG - Fachbereich Lokale Behörden <lokale.behoerden@dgov.be>", "gemeindesekretariat@burg-reuland.be",
    "Rundschreiben zur Organisation der Gemeinderatswahlen",
    """Sehr geehrte Damen und Herren Bürgermeister und Schöffen,

mit diesem Rundschreiben erhalten Sie die praktischen Hinweise zur Organisation der
Gemeinderatswahlen vom 13. Oktober 2024 in der Deutschsprachigen Gemeinschaft.

1. Wahlbüros
Jedes Wahlbüro umfasst höchstens 800 Wähler. Die Wahllokale müssen barrierefrei zugänglich
sein. Wahlwerbung ist im Umkreis von 200 Metern um das Wahllokal untersagt.

2. Beisitzer
Die Vorsitzenden der Wahlbüros bestimmen die Beisitzer unter den Wählern der Gemeinde. Die
Gemeinden übermitteln bis zum 30. August eine Liste geeigneter Wähler an den Vorsitzenden des
Kantonhauptwahlbüros.

3. Material
Die Stimmzettel werden zwischen dem 30. September und dem 4. Oktober geliefert. Wahlurnen,
Wahlkabinen und rote Stifte stellt die Gemeinde.

4. Anwesenheitsgeld
Beisitzer erhalten 25 EUR, Vorsitzende 35 EUR.

5. Auszählung
Die Auszählung beginnt nach Schließung der Wahllokale um 13 Uhr. Die Ergebnisse werden über die
Anwendung WahlDG übermittelt.

Für Rückfragen: Fachbereich Lokale Behörden, 087 78 96 00.

Mit freundlichen Grüßen
Der Generalsekretär
""",
    atts=[pdf("rundschreiben_wahlen_2024.pdf", [
        ("h", "Rundschreiben - Gemeinderatswahlen 13. Oktober 2024"),
        ("t", [["Schritt", "Frist", "Zuständig"],
               ["Liste geeigneter Beisitzer", "30. August", "Gemeinde"],
               ["Einreichung der Kandidatenlisten", "13. September", "Hauptwahlbüro"],
               ["Lieferung Stimmzettel", "30. September - 4. Oktober", "Ministerium"],
               ["Wahltag", "13. Oktober, 8-13 Uhr", "Wahlbüros"]]),
    ], title="Rundschreiben Wahlen")])

add("schulung-neutralitaet", "de", "allow", [],
    "training announcement on political neutrality for public servants",
    "Weiterbildung Ministerium der DG <weiterbildung@dgov.be>", "anmeldung@bildungswerk-ostbelgien.be",
    "Schulung 'Neutralität im öffentlichen Dienst' - Termine",
    """Guten Tag Frau Hilgers,

wir bestätigen die beiden Schulungstermine 'Neutralität im öffentlichen Dienst' für unsere
Mitarbeiter:

- Dienstag, 8. Oktober, 9-12 Uhr, Gospertstraße 1, Raum 2.04
- Donnerstag, 10. Oktober, 13-16 Uhr, online

Themen: politische Zurückhaltung im Dienst, Meinungsäußerung in sozialen Netzwerken,
Umgang mit Anfragen von Mandatsträgern, Fallbeispiele aus der Praxis.

Wir rechnen mit jeweils etwa 15 Teilnehmern.

Mit freundlichen Grüßen
Dienst Personalentwicklung
""")

add("strafregisterauszug-beantragen", "de", "allow", [],
    "general explanation of how to request a criminal-record extract",
    "Bevölkerungsdienst Stadt Eupen <bevoelkerung@eupen.be>", "lisa.kuepper@gmail.com",
    "AW: Auszug aus dem Strafregister",
    """Guten Tag Frau Küpper,

einen Auszug aus dem Strafregister können Sie beantragen:

- online über die Anwendung 'Mein Strafregisterauszug' des FÖD Justiz (Anmeldung mit itsme
  oder Personalausweis), sofort verfügbar und kostenlos;
- am Schalter des Bevölkerungsdienstes (Rathausplatz 14) mit Ihrem Personalausweis.

Für eine Tätigkeit mit Minderjährigen benötigen Sie das Muster 2. Geben Sie bei der
Beantragung den Verwendungszweck an.

Mit freundlichen Grüßen
Bevölkerungsdienst

> Guten Tag, für mein Praktikum im Kindergarten brauche ich einen Strafregisterauszug.
> Wie bekomme ich den? Lisa Küpper
""")

add("feiertagskalender-religionen", "de", "allow", [],
    "calendar of religious holidays for planning youth activities, sent to an association",
    "Jugendbüro der DG <info@jugendbuero.be>", "vorstand@jugendtreff-kelmis.be",
    "Feiertagskalender 2025 für die Jahresplanung",
    """Hallo zusammen,

für eure Jahresplanung anbei eine Übersicht der wichtigsten religiösen Feiertage 2025. Bitte
plant an diesen Tagen möglichst keine großen Aktionen, damit alle Jugendlichen teilnehmen
können.

Liebe Grüße
Jugendbüro
""",
    atts=[csvf("feiertage_2025.csv", [
        ["Datum", "Feiertag", "Religion"],
        ["30.03.2025", "Zuckerfest", "Islam"],
        ["13.04.2025", "Pessach (Beginn)", "Judentum"],
        ["20.04.2025", "Ostern", "Christentum"],
        ["06.06.2025", "Opferfest", "Islam"],
        ["08.06.2025", "Pfingsten", "Christentum"],
        ["02.10.2025", "Jom Kippur", "Judentum"],
        ["25.12.2025", "Weihnachten", "Christentum"],
    ], delimiter=";")])

add("statistik-hassdelikte", "de", "allow", [],
    "aggregated statistics of hate crimes by motive for a parliamentary question",
    "Polizeizone Weser-Göhl - Analyse <analyse@polizei-wesergoehl.be>", "fraktionen@pdg.be",
    "Antwort auf Ihre Anfrage: Hassdelikte 2022-2024",
    """Sehr geehrte Damen und Herren,

in Beantwortung Ihrer Anfrage die Zahl der registrierten Straftaten mit Hassmotiv in unserer
Polizeizone (Anzahl Protokolle):

Motiv                         2022   2023   2024
Herkunft / Hautfarbe            11     14     12
sexuelle Orientierung            3      5      4
Religion                         2      1      3
Behinderung                     <3     <3      2
insgesamt                       17     21     21

Zahlen unter 3 werden aus Datenschutzgründen nicht einzeln ausgewiesen.

Mit freundlichen Grüßen
Strategische Analyse
""")

add("konsultation-dekretentwurf", "de", "allow", [],
    "consultation on a draft decree with aggregate figures sent to an umbrella association",
    "Fachbereich Familie und Soziales - Ministerium der DG <familie@dgov.be>", "sekretariat@rat-fuer-soziales.be",
    "Konsultation: Vorentwurf des Dekrets über die Kinderbetreuung",
    """Sehr geehrte Damen und Herren,

die Regierung hat den Vorentwurf des Dekrets über die Kinderbetreuung in erster Lesung
verabschiedet und bittet um Ihre Stellungnahme bis zum 30. April.

Wesentliche Punkte:
- Schaffung von 120 zusätzlichen Betreuungsplätzen bis 2027 (derzeit 1 034 Plätze);
- einkommensabhängiger Elternbeitrag, Höchstbetrag 38 EUR pro Tag;
- Betreuungsschlüssel 1:7 in Kinderkrippen.

Den Text und die Begründung finden Sie im Anhang.

Mit freundlichen Grüßen
Fachbereich Familie und Soziales
""",
    atts=[odt("Vorentwurf_Dekret_Kinderbetreuung.odt", [
        ("h", "Vorentwurf - Dekret über die Kinderbetreuung"),
        "Artikel 1 - Anwendungsbereich: Dieses Dekret regelt die Betreuung von Kindern bis zum "
        "Alter von drei Jahren.",
        "Artikel 5 - Betreuungsschlüssel: Eine Betreuungsperson pro sieben Kinder.",
        ("t", [["Gemeinde", "Plätze 2024", "Plätze 2027"],
               ["Eupen", 310, 350], ["Kelmis", 140, 165], ["St. Vith", 120, 140], ["übrige", 464, 499]]),
    ])])

add("ausschreibung-krankenhausbedarf", "de", "allow", [],
    "hospital supplies tender sent to a supplier GmbH",
    "Einkauf St. Nikolaus-Hospital <einkauf@hospital-eupen.be>", "vertrieb@medizinbedarf-aachen-gmbh.de",
    "Öffentliche Ausschreibung: Infusionsbesteck und Spritzen",
    """Sehr geehrte Damen und Herren,

das St. Nikolaus-Hospital Eupen schreibt die Lieferung von Infusionsbestecken und Einwegspritzen
für 3 Jahre aus (Ref. SNH-2025-07). Die Unterlagen stehen auf der Plattform e-Procurement
bereit.

Geschätzte Jahresmengen: 48 000 Infusionsbestecke, 210 000 Spritzen (2, 5, 10 und 20 ml).
Angebotsfrist: 15. Mai 2025, 10 Uhr.

Mit freundlichen Grüßen
Jörg Hansen, Einkauf
087 59 95 99
""",
    atts=[xlsx("SNH-2025-07_Mengen.xlsx", [("Mengen", [
        ["Los", "Artikel", "Einheit", "Menge/Jahr"],
        [1, "Infusionsbesteck mit Rückschlagventil", "Stück", 48000],
        [2, "Einwegspritze 2 ml", "Stück", 60000],
        [2, "Einwegspritze 5 ml", "Stück", 70000],
        [2, "Einwegspritze 10 ml", "Stück", 50000],
        [2, "Einwegspritze 20 ml", "Stück", 30000],
    ])])])

add("pressemitteilung-sprecherin", "de", "allow", [],
    "press release with the spokesperson's professional contact data",
    "Pressestelle Ministerium der DG <presse@dgov.be>", "redaktion@grenzecho.net",
    "PRESSEMITTEILUNG: Neues Förderprogramm für Dorfläden",
    """PRESSEMITTEILUNG - Eupen, 12. März 2025

Regierung startet Förderprogramm für Dorfläden

Mit einem neuen Förderprogramm unterstützt die Regierung der Deutschsprachigen Gemeinschaft
die Eröffnung und den Erhalt von Dorfläden in den Eifelgemeinden. Pro Projekt sind bis zu
25 000 EUR vorgesehen. Anträge können ab dem 1. April gestellt werden.

Pressekontakt:
Carina Mertens, Pressesprecherin
Tel. +32 87 59 64 00 - Mobil +32 471 20 33 18
carina.mertens@dgov.be
""")

add("protokoll-arbeitsgruppe-aggregat", "de", "allow", [],
    "minutes of a working group with aggregate numbers only",
    "Sekretariat Arbeitsgruppe Wohnen <wohnen@dgov.be>", "partner@wohnraum-fuer-alle-vog.be",
    "Protokoll der Sitzung vom 5. März",
    """Hallo zusammen,

anbei das Protokoll unserer letzten Sitzung. Änderungswünsche bitte bis zum 19. März.

Viele Grüße
Andrea
""",
    atts=[docx("Protokoll_AG_Wohnen_2025-03-05.docx", [
        ("h", "Arbeitsgruppe Wohnen - Protokoll 5. März 2025"),
        "Anwesend: 9 Mitglieder. Entschuldigt: 2.",
        "1. Wartelisten: Ende 2024 standen 612 Haushalte auf der Warteliste für eine Sozialwohnung "
        "(2023: 574). Die durchschnittliche Wartezeit beträgt 3,4 Jahre.",
        ("t", [["Gemeinde", "Haushalte auf Warteliste"],
               ["Eupen", 301], ["Kelmis", 118], ["St. Vith", 64], ["übrige", 129]]),
        "2. Neubauprojekte: 48 Wohnungen in Planung.",
        "Nächste Sitzung: 7. Mai, 14 Uhr.",
    ])])

add("personalliste-beruflich", "de", "allow", [],
    "list of staff with professional contact data only, sent to an external IT service provider",
    "Verwaltung Gemeinde Amel <verwaltung@amel.be>", "projekte@it-service-eifel.be",
    "Benutzerliste für die Einrichtung der neuen Postfächer",
    """Guten Tag Herr Felten,

wie besprochen die Liste der Mitarbeiter für die Einrichtung der neuen Postfächer.

Mit freundlichen Grüßen
Gemeindeverwaltung Amel
""",
    atts=[csvf("benutzerliste_amel.csv", [
        ["Name", "Funktion", "Dienst", "Telefon Büro", "E-Mail neu"],
        ["Agnes Thommessen", "Generaldirektorin", "Direktion", "080 34 80 10", "agnes.thommessen@amel.be"],
        ["Bernd Leufgen", "Bauamtsleiter", "Bauamt", "080 34 80 21", "bernd.leufgen@amel.be"],
        ["Claudia Jost", "Sachbearbeiterin", "Standesamt", "080 34 80 15", "claudia.jost@amel.be"],
        ["Dirk Hilger", "Finanzdirektor", "Finanzen", "080 34 80 30", "dirk.hilger@amel.be"],
    ], delimiter=";")])

add("zahlungsbestaetigung-gmbh-eigenes-konto", "de", "allow", [],
    "payment confirmation sent to a GmbH naming that company's own IBAN",
    "Buchhaltung Stadt Eupen <buchhaltung@eupen.be>", "rechnungswesen@strassenbau-brand-gmbh.de",
    "Zahlungsavis Rechnung 2025-0091",
    """Sehr geehrte Damen und Herren,

wir bestätigen die Zahlung Ihrer Rechnung 2025-0091 (Asphaltierung Herbesthaler Straße) über
86 412,30 EUR.

Empfänger: Straßenbau Brand GmbH, USt-IdNr. DE 813 407 296
Konto: DE55 4595 1526 2670 1960 12
Ausführungsdatum: 14.03.2025

Mit freundlichen Grüßen
Buchhaltung Stadt Eupen
""", own_ibans=["DE55 4595 1526 2670 1960 12"])

add("rechnung-referenzen-11stellig", "de", "allow", [],
    "invoice with enterprise, VAT and 11-digit order references that are not national numbers",
    "Rechnungsstelle Gemeinde Bütgenbach <rechnungen@butgenbach.be>", "buchhaltung@heizungsbau-kreusch.be",
    "Rückfrage zu Ihrer Rechnung 82464692469",
    """Guten Tag,

zu Ihrer Rechnung Nr. 82464692469 vom 3. Februar: die angegebene Bestellnummer 97365350543
ist bei uns nicht bekannt. Bitte prüfen Sie, ob es sich um die Bestellung 97218378015 handelt,
und senden Sie uns gegebenenfalls eine korrigierte Rechnung.

Unsere Unternehmensnummer: 0440.226.085

Mit freundlichen Grüßen
Rechnungsstelle
""",
    atts=[pdf("Rechnung_82464692469.pdf", [
        ("h", "Heizungsbau Kreusch PGmbH - Rechnung 82464692469"),
        "MwSt.-Nr. BE 0777.603.567",
        "Kunde: Gemeinde Bütgenbach, Marktplatz 13, 4750 Bütgenbach - MwSt. BE 0440.226.085",
        "Bestellnummer: 97365350543",
        ("t", [["Pos.", "Leistung", "Betrag"],
               ["1", "Wartung Heizkessel Gemeindeschule", "412,00"],
               ["2", "Austausch Umwälzpumpe", "689,50"],
               ["", "MwSt. 21 %", "231,32"],
               ["", "Gesamt", "1 332,82"]]),
    ], title="Rechnung")],
    fakes=[("nn", "82464692469"), ("nn", "97365350543"), ("nn", "97218378015")])

add("leeres-formular-diagnose", "de", "allow", [],
    "blank form with empty field labels (Diagnose: ____) sent to a printer",
    "Arbeitsmedizin Ministerium der DG <arbeitsmedizin@dgov.be>", "angebote@druckerei-aussems.be",
    "Druckauftrag: Formular ärztliches Attest",
    """Guten Tag,

bitte erstellen Sie uns ein Angebot für 1 000 Exemplare des beiliegenden Formulars (A4,
einseitig, Blöcke zu 50).

Mit freundlichen Grüßen
Arbeitsmedizinischer Dienst
""",
    atts=[odt("Formular_aerztliches_Attest.odt", [
        ("h", "Ärztliches Attest - Arbeitsunfähigkeit"),
        "Name, Vorname: ________________________________",
        "Nationalregisternummer: ________________________________",
        "Diagnose: ________________________________",
        "Arbeitsunfähig vom ____.____.______ bis ____.____.______",
        "Ausgang erlaubt: ja / nein",
        "Stempel und Unterschrift des Arztes: ________________________________",
    ])])

add("stellenanzeige-krankenversicherung", "de", "allow", [],
    "job vacancy mentioning supplementary health insurance as a benefit",
    "Personalabteilung ÖSHZ Eupen <personal@oshz-eupen.be>", "anzeigen@grenzecho.net",
    "Stellenanzeige: Pflegefachkraft (m/w/d) Seniorenheim",
    """Guten Tag,

bitte veröffentlichen Sie folgende Anzeige am Samstag:

Das ÖSHZ Eupen sucht eine PFLEGEFACHKRAFT (m/w/d) für das Seniorenheim Hospiz, unbefristet,
Vollzeit oder Teilzeit.

Wir bieten: Entlohnung gemäß Barem BH1, Zuschläge für Wochenend- und Nachtarbeit,
Zusatzkrankenversicherung (Hospitalisierung) ohne Eigenbeitrag, Fortbildungen,
Fahrradprämie.

Bewerbungen bis zum 15. April an personal@oshz-eupen.be. Auskunft: Frau Schmitz,
087 59 15 00.

Danke!
Personalabteilung
""")

add("newsletter-html-ostbelgien", "de", "allow", [],
    "HTML-only newsletter of a regional agency with public news",
    "Newsletter Ostbelgien <newsletter@ostbelgienlive.be>", "markus.jacobs@skynet.be",
    "Ostbelgien aktuell - April 2025",
    html_only=True, html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial;background:#eee">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
<h1 style="color:#0a5a9c">Ostbelgien aktuell</h1><p>April 2025</p>
<h3>Neue Buslinie Eupen-Aachen</h3><p>Ab dem 1. Mai fährt die Linie 14 im Halbstundentakt.</p>
<h3>Tag der offenen Tür im Parlament</h3><p>Am 26. April öffnet das Parlament der DG seine Türen. Im letzten Jahr kamen 1 800 Besucher.</p>
<h3>Sprechstunden</h3><p>Die Bürgerdienste bieten jeden Mittwoch Sprechstunden ohne Termin an.</p>
<p style="font-size:10px;color:#999"><a href="https://ostbelgienlive.be/newsletter/abmelden">Abmelden</a></p>
</td></tr></table></body></html>""")

add("impfkampagne-senioren-logistik", "de", "allow", [],
    "logistics of a vaccination campaign in care homes with aggregate dose numbers",
    "Kaleido / Gesundheitsförderung DG <gesundheit@dgov.be>", "logistik@apotheke-am-werthplatz.be",
    "Grippe- und COVID-Impfung in den Wohn- und Pflegezentren - Lieferplan",
    """Guten Tag,

hier der Lieferplan für die Herbstimpfung in den Wohn- und Pflegezentren:

- WPZ Eupen: 7. Oktober, 180 Dosen Grippe, 150 Dosen COVID
- WPZ Kelmis: 8. Oktober, 95 / 80
- WPZ St. Vith: 9. Oktober, 120 / 100
- WPZ Bütgenbach: 10. Oktober, 60 / 55

Bitte liefern Sie jeweils bis 8 Uhr und dokumentieren Sie die Kühlkette.

Mit freundlichen Grüßen
Gesundheitsförderung
""")

add("gesetz-biometrischer-personalausweis", "de", "allow", [],
    "general explanation of fingerprints on the Belgian eID for municipal staff; no person",
    "FÖD Inneres - Dienst Identitätsdokumente <id-info@ibz.fgov.be>", "bevoelkerung@raeren.be",
    "Information: Fingerabdrücke auf dem elektronischen Personalausweis",
    """Sehr geehrte Damen und Herren,

zur Beantwortung von Bürgerfragen fassen wir den Rahmen zusammen:

- Seit dem Gesetz vom 25. November 2018 werden bei der Beantragung eines Personalausweises
  zwei Fingerabdrücke abgenommen und auf dem Chip gespeichert.
- Die Fingerabdrücke werden höchstens drei Monate zentral gespeichert und nur zur Herstellung
  der Karte verwendet.
- Kinder unter 12 Jahren sind befreit.

Weitere Informationen unter www.ibz.rrn.fgov.be.

Mit freundlichen Grüßen
Dienst Identitätsdokumente
""")

# --------------------------------------------------------------------------- EN, block

add("our-ref-national-number-expat", "en", "block", ["BE_NATIONAL_NUMBER"],
    "Brussels municipality writes to an expat; his national number is the 'Our ref'",
    "Population Department - Commune d'Etterbeek <population@etterbeek.brussels>", "j.oconnor.bxl@gmail.com",
    "Your registration - residence card appointment",
    """Dear Mr O'Connor,

Our ref: 88040508589
Your ref: online form of 2 March

Following the positive police residence check, your electronic residence card (E card) can be
requested. Please book an appointment at the population desk and bring your passport and two
recent photos.

Kind regards,

Population Department
Avenue d'Auderghem 113-117, 1040 Etterbeek
""", ids=[("nn", "88040508589")])

add("expat-centre-bsn-html", "en", "block", ["NL_BSN"],
    "Dutch expat centre sends a new resident his BSN in an HTML-only confirmation",
    "The Hague International Centre <info@thehagueinternationalcentre.nl>", "priya.raman@outlook.com",
    "Your BSN registration is complete",
    html_only=True, html="""<html><body style="font-family:Segoe UI,Arial;font-size:14px">
<p>Dear Ms Raman,</p>
<p>Your registration in the Personal Records Database (BRP) of the municipality of The Hague is complete.</p>
<table style="border:1px solid #ccc;padding:8px"><tr><td><b>Citizen service number (BSN)</b></td><td>828807292</td></tr>
<tr><td><b>Registered address</b></td><td>Laan van Meerdervoort 412, 2563 BK Den Haag</td></tr></table>
<p>You will also receive a letter with your BSN at your address. Keep it safe: you need it for your employer, your bank and your health insurer.</p>
<p>Best regards,<br>The Hague International Centre</p></body></html>""",
    ids=[("bsn", "828807292")])

add("burnout-recruitment-agency", "en", "block", ["ART9_HEALTH"],
    "regional employment agency tells an external recruitment Ltd that a named jobseeker has burn-out and anxiety",
    "Jobcoach Actiris International <international@actiris.brussels>", "consultants@talentbridge-europe.com",
    "Candidate update - Ms Elena Popova",
    """Hi Mark,

A quick update on Elena Popova, whom we proposed for the project coordinator role: she has
told me she is still recovering from a burn-out and has been treated for an anxiety disorder
since last summer. Her psychologist advises a part-time start (3 days a week) for the first
two months. She is very motivated though.

Could you check with your client whether that would be possible?

Best,
Laura Mertens
Jobcoach - Actiris International
""")

add("union-membership-csv-payroll", "en", "block", ["ART9_TRADE_UNION"],
    "international school run by a public body sends its payroll provider a CSV with staff union membership",
    "HR - European School Brussels IV (administration) <hr@esbxl4-admin.eu>", "support@payroll-benelux-services.com",
    "Union dues deduction - updated list",
    """Hello,

Please find attached the updated list of staff members whose union dues must be deducted from
the salary, effective April payroll.

Thanks,
HR office
""",
    atts=[csvf("union_dues_april.csv", [
        ["staff_id", "last_name", "first_name", "role", "union", "monthly_dues_eur"],
        ["T-0412", "Andersen", "Mette", "teacher", "SLFP-Enseignement", "14.50"],
        ["T-0433", "Rossi", "Giulia", "teacher", "CSC-Enseignement", "16.10"],
        ["A-0107", "Mensah", "Kofi", "facilities", "CGSP-ACOD", "15.20"],
        ["T-0458", "Kowalczyk", "Anna", "teacher", "CSC-Enseignement", "16.10"],
    ], delimiter=",")])

add("security-clearance-conviction", "en", "block", ["ART10_CRIMINAL"],
    "security authority tells a contractor that a named employee's clearance was refused because of convictions",
    "National Security Authority <nsa-clearances@diplobel.fed.be>", "security.officer@defence-systems-nv.be",
    "Security clearance request - Mr Daniel Hughes",
    """Dear Security Officer,

We inform you that the security clearance (level SECRET) requested for your employee Mr Daniel
Hughes has been refused. The background check revealed a 2019 conviction by the Crown Court
of Manchester for fraud by false representation (suspended sentence of 12 months) and a
pending criminal investigation in Belgium for money laundering.

Mr Hughes may appeal to the Appeal Body within 30 days.

Yours sincerely,
National Security Authority
""")

add("iris-templates-xlsx", "en", "block", ["ART9_BIOMETRIC"],
    "airport police unit sends an e-gate vendor a spreadsheet of iris codes per named officer",
    "Federal Police - Airport Border Control <abc.zaventem@police.belgium.eu>", "service@irisgate-systems.com",
    "Re-enrolment of staff iris templates after firmware upgrade",
    """Hello team,

As agreed, attached is the export of the enrolled iris templates of our officers who have
access to the staff e-gate lane, so that you can test the new firmware without re-enrolling
everyone.

Regards,
Insp. Pieter Claes
""",
    atts=[xlsx("staff_iris_templates.xlsx", [("iris", [
        ["Officer", "Badge", "Eye", "Template format", "IrisCode (hex, truncated)", "Quality"],
        ["Claes, Pieter", "ZV-2231", "left", "ISO/IEC 19794-6", "a3f19c0e5b7d22c8e1f04a9b6d3c", 91],
        ["Diallo, Aminata", "ZV-2245", "right", "ISO/IEC 19794-6", "5c8e02d7f1a94b36e0c7d812af59", 88],
        ["Vermeulen, Koen", "ZV-2260", "left", "ISO/IEC 19794-6", "e07b4d19a2c6f8305d1e9ab74c02", 93],
    ])])])

add("dna-str-export-suspects", "en", "block", ["ART9_GENETIC", "ART10_CRIMINAL"],
    "forensic police unit sends the national forensic institute a CSV of STR profiles of named suspects in a burglary case",
    "Forensic Laboratory - Federal Judicial Police <forensics.antwerp@police.belgium.eu>", "casework@nicc.fgov.be",
    "Case AN.12.LB.004512/24 - reference profiles for comparison",
    """Dear colleagues,

In case AN.12.LB.004512/24 (series of aggravated burglaries) the investigating judge has
ordered a comparison of the trace profiles with the reference profiles of the three suspects.
Their STR profiles are attached. Please report any match by secure channel.

Kind regards,
Forensic Laboratory
""",
    atts=[csvf("reference_profiles_004512-24.csv", [
        ["name", "status", "D3S1358", "vWA", "D16S539", "CSF1PO", "TPOX", "D8S1179", "D21S11", "D18S51", "Amelogenin"],
        ["Rachid Benmoussa", "suspect", "16/17", "14/18", "11/12", "10/12", "8/11", "13/15", "28/30", "12/16", "XY"],
        ["Jonas De Clercq", "suspect", "15/15", "17/19", "9/13", "11/11", "8/8", "10/13", "29/31.2", "14/15", "XY"],
        ["Kevin Smolders", "suspect", "14/18", "16/16", "12/12", "10/11", "9/11", "12/14", "30/32.2", "13/18", "XY"],
    ], delimiter=",")])

add("brca1-result-insurer", "en", "block", ["ART9_GENETIC", "ART9_HEALTH"],
    "hospital of a public welfare centre forwards a named patient's genetic test result (BRCA1) to a private insurer",
    "Medical Records - CHU Saint-Pierre <medical.records@stpierre-bru.be>", "claims@globalhealth-insurance.com",
    "Medical report requested for Ms Katarzyna Nowak",
    """Dear Sir or Madam,

Further to your request and the consent form signed by the patient, please find below the
summary requested for your claim file.

Patient: Ms Katarzyna Nowak, born 14/07/1979
Genetic test (NGS panel, 12/2024): heterozygous pathogenic variant in BRCA1 (c.5266dupC)
Clinical context: diagnosed with invasive ductal carcinoma of the left breast in 2023,
mastectomy and chemotherapy; prophylactic salpingo-oophorectomy planned.

Regards,
Medical Records Department
""")

add("asylum-reception-religion-list", "en", "block", ["ART9_RELIGION"],
    "reception centre sends a catering company a list of named residents with their religion for Ramadan meals",
    "Fedasil Reception Centre Kapellen <kapellen.centre@fedasil.be>", "operations@catering-solutions-bv.be",
    "Ramadan meal planning - residents list",
    """Hi Joost,

For the Ramadan meal planning (iftar served after 19:30), here is the list of residents with
their religion as registered at intake. The Orthodox residents will need the normal schedule
plus a fasting menu for Orthodox Easter.

Thanks,
Sara
""",
    atts=[xlsx("residents_ramadan_2025.xlsx", [("residents", [
        ["Room", "Resident", "Religion", "Meal schedule"],
        ["B-12", "Abdi Mohamed Hassan", "Muslim (Sunni)", "iftar"],
        ["B-14", "Ali Reza Karimi", "Muslim (Shia)", "iftar"],
        ["C-03", "Meron Tesfaye", "Eritrean Orthodox", "normal + fasting menu"],
        ["C-07", "Yonas Gebremedhin", "Eritrean Orthodox", "normal + fasting menu"],
        ["D-01", "Jamal Nouri", "Muslim (Sunni)", "iftar"],
    ])])])

add("diversity-survey-individual-ethnicity", "en", "block", ["ART9_ETHNIC_ORIGIN"],
    "federal HR sends an external consultant individual (named) survey responses including ethnic background",
    "Diversity Unit - FPS BOSA <diversity@bosa.fgov.be>", "analytics@inclusion-metrics.eu",
    "Survey responses - pilot department",
    """Hi Tom,

Here are the survey responses from the pilot department. I know we agreed on anonymised data,
but the tool exported the names; please be careful with it.

Best,
Ines
""",
    atts=[xlsx("survey_pilot_dept.xlsx", [("responses", [
        ["Respondent", "Grade", "Ethnic background (self-described)", "Feels included (1-5)"],
        ["Mukendi, Grace", "A2", "Congolese (Luba)", "3"],
        ["Peeters, Wim", "A1", "White Belgian", "4"],
        ["Öztürk, Emine", "B", "Turkish-Kurdish", "2"],
        ["Lopez, Carmen", "C", "Latin American (Mestiza)", "4"],
    ])])])

add("councillor-party-membership", "en", "block", ["ART9_POLITICAL_OPINION"],
    "HR tells an external recruiter that a named candidate is a party member (disclosed in the interview)",
    "HR - Flemish Agency for Public Works <hr@wegenenverkeer.be>", "search@executive-partners.com",
    "Shortlist - head of procurement",
    """Hi Sarah,

Two remarks on the shortlist. First, Mr Bart Van Hecke told us in the interview that he is a
member of the Groen party and campaigns for its Ghent branch; we need to check there is no
conflict of interest with the mobility portfolio. Second, please schedule the assessments
before 15 May.

Thanks,
Marijke
""")

add("asylum-interview-sexual-orientation", "en", "block", ["ART9_SEX_LIFE"],
    "asylum office asks an external interpreting agency for a specific interpreter, disclosing a named applicant's sexual orientation",
    "CGRS - Planning Interviews <planning@cgrs-cgvs.be>", "bookings@interpret-now-bvba.be",
    "Interpreter request - interview 22 May",
    """Good afternoon,

For the personal interview of Mr Emmanuel Okafor on 22 May at 09:00, we need a male Igbo
interpreter who is experienced with LGBTQI+ cases. The applicant bases his claim on his
homosexuality and his relationship with another man in Nigeria. Please ensure the interpreter
has no ties with the Nigerian community in Antwerp.

Kind regards,
Planning Department
""")

add("refund-private-iban-expat", "en", "block", ["IBAN_CODE"],
    "Dutch municipality refunds a registration fee to an expat's private IBAN",
    "Gemeente Amsterdam - Expatcenter <expatcenter@amsterdam.nl>", "lucas.moreau@gmail.com",
    "Refund of double payment",
    """Dear Mr Moreau,

You paid the fee for your residence document twice. We will refund EUR 77.00 to your account
NL03 RABO 4030 1813 18 (account holder: L. Moreau) within 10 working days.

Kind regards,
Expatcenter Amsterdam
""", ids=[("iban", "NL03 RABO 4030 1813 18")])

add("amex-card-conference-fee", "en", "block", ["CREDIT_CARD"],
    "federal agency's events desk repeats a participant's full Amex card number in a refund confirmation",
    "Events - FPS Economy <events@economie.fgov.be>", "r.whitfield@btinternet.com",
    "Refund - cancelled registration Digital Single Market Forum",
    """Dear Mr Whitfield,

Your registration has been cancelled as requested. The fee of EUR 150 will be refunded to the
American Express card 3758 530435 20567 used for the booking.

Kind regards,
Events Team
""", ids=[("card", "3758 530435 20567")])

add("exchange-student-bipolar-host", "en", "block", ["ART9_HEALTH"],
    "university international office tells an external host-family agency about a named student's bipolar disorder and medication",
    "International Office - Ghent University <international@ugent.be>", "placements@homestay-partners.co.uk",
    "Incoming student Jonas Vandenberghe - placement",
    """Dear Claire,

Jonas Vandenberghe will arrive in Leeds on 2 September. Please note that he has bipolar disorder
and takes lithium daily; he needs regular blood tests, which the local GP can arrange. He asked
us to share this so that the host family knows what to do if he becomes unwell.

Best wishes,
Katrien
International Office
""")

add("payslip-pdf-nn-hyphens", "en", "block", ["BE_NATIONAL_NUMBER"],
    "federal agency sends an expat employee's payslip PDF (with national number in hyphen notation) to his private gmail",
    "Payroll - FPS Foreign Affairs <payroll@diplobel.fed.be>", "m.kaplan.private@gmail.com",
    "Payslip March 2025",
    """Dear Mr Kaplan,

As requested, please find your March payslip attached. In future you can find your payslips
in MyPayslip.

Payroll team
""",
    atts=[pdf("payslip_2025-03_Kaplan.pdf", [
        ("h", "FPS Foreign Affairs - Payslip March 2025"),
        "Employee: KAPLAN Michael - National number: 75-12-14-368-95",
        "Grade: A2 - Function: policy officer",
        ("t", [["Item", "Amount (EUR)"],
               ["Gross salary", "5 214,33"],
               ["Social security (13,07 %)", "-681,51"],
               ["Withholding tax", "-1 392,40"],
               ["Net salary", "3 140,42"]]),
    ], title="Payslip")],
    ids=[("nn", "75-12-14-368-95")])

add("hiv-status-occupational-doctor", "en", "block", ["ART9_HEALTH"],
    "occupational health service of a public body tells a travel agency that a named employee is HIV positive (vaccination constraint)",
    "Occupational Health - Enabel <occupational.health@enabel.be>", "corporate@travelwise-agency.com",
    "Mission to Tanzania - Mr Peter Lindqvist",
    """Hi,

For Mr Peter Lindqvist's mission to Tanzania in June: he is HIV positive and on antiretroviral
therapy, so he cannot receive the yellow fever vaccine. Please arrange the exemption
certificate with the embassy and make sure his travel insurance covers his medication.

Regards,
Dr Hanne Vos, occupational physician
""")

add("bis-number-researcher-university", "en", "block", ["BE_BIS_NUMBER", "BE_NATIONAL_NUMBER"],
    "university HR (public) tells an external relocation company the BIS number of a visiting researcher and the national number of his spouse",
    "HR Services - KU Leuven <hr-international@kuleuven.be>", "moves@relocate-easy.eu",
    "Visiting researcher Dr Chen - housing contract",
    """Hi Anna,

For the housing contract of Dr Wei Chen (visiting researcher from 1 October), the landlord asks
for an identification number. He has no Belgian national number yet; his BIS number is
85.42.21-858.09. His wife, who has been living in Belgium for some years, has national number
78.02.18-203.36.

Thanks for following up,
Joke
""", ids=[("bis", "85.42.21-858.09"), ("nn", "78.02.18-203.36")])

# --------------------------------------------------------------------------- EN, allow

add("eu-citizens-voting-registration-circular", "en", "allow", [],
    "long information circular for expat associations on EU citizens registering to vote in municipal elections",
    "Brussels Commissioner for Europe and International Organisations <info@commissioner.brussels>",
    "board@expat-network-brussels.org",
    "Information: how non-Belgian residents can vote in the municipal elections",
    """Dear partners,

Ahead of the municipal elections of 13 October 2024, we would be grateful if you could share
the following information with your members.

Who can vote?
EU citizens registered in a Brussels municipality, aged 18 or over, may vote in the municipal
elections if they register on the electoral roll. Non-EU citizens can also vote if they have
lived in Belgium for at least five years without interruption.

How to register?
Fill in the registration form (available on the website of your municipality or at the
population desk) and return it before 31 July 2024. Registration is free.

Once registered, voting is compulsory, as it is for Belgian citizens.

Key figures
In 2018, only 17 % of eligible EU citizens in Brussels registered; in some municipalities
(Etterbeek, Ixelles) the rate was above 20 %.

Practical information on polling stations
Polling stations are open from 8:00 to 14:00. Voters receive a convocation letter with the
address of their polling station about two weeks before election day. Electronic voting is
used in all 19 Brussels municipalities; instructions are available in English.

For questions: info@commissioner.brussels, +32 2 800 36 00.

Kind regards,
The Commissioner's Office
""",
    atts=[pdf("voting_guide_EU_citizens_2024.pdf", [
        ("h", "Vote in Brussels - guide for non-Belgian residents"),
        ("t", [["Step", "Deadline"],
               ["Register on the electoral roll", "31 July 2024"],
               ["Receive your convocation letter", "end of September"],
               ["Election day", "13 October 2024, 8:00-14:00"]]),
        "You do not need to register again for later elections once you are on the roll.",
    ], title="Voting guide")])

add("unconscious-bias-training", "en", "allow", [],
    "training invitation on neutrality and bias in recruitment; generic",
    "Learning & Development - FPS BOSA <training@bosa.fgov.be>", "info@inclusive-hr-academy.com",
    "Confirmation of workshops 'Neutral and unbiased selection interviews'",
    """Dear Ms Jansen,

We confirm the three workshops 'Neutral and unbiased selection interviews' for our selection
board members:

- 3 June, 9:00-12:30, WTC III, Boulevard Simon Bolívar 30, room 12.04
- 10 June, 9:00-12:30, same venue
- 17 June, online

Please cover the legal framework (anti-discrimination law, protected criteria such as origin,
religion or belief, disability and sexual orientation), common biases, and how to handle
questions candidates raise about these topics. We expect around 18 participants per session.

Best regards,
Learning & Development
""")

add("certificate-good-conduct-howto", "en", "allow", [],
    "Dutch municipality explains to an expat in general how to get a certificate of conduct (VOG)",
    "Gemeente Eindhoven - International Desk <international@eindhoven.nl>", "tom.barker.uk@gmail.com",
    "RE: certificate of good conduct for my new job",
    """Dear Mr Barker,

You can apply for a Certificate of Conduct (VOG) online via Justis (www.justis.nl) with your
DigiD, or through your employer, who starts the application for you. The fee for an online
application is EUR 33.85. Processing usually takes one to four weeks.

If you lived in the UK until recently, your employer may also ask for a basic DBS check from
the UK authorities.

Kind regards,
International Desk Eindhoven

On Mon 10 Mar 2025 at 09:12, Tom Barker <tom.barker.uk@gmail.com> wrote:
> Hello, my new employer asks me for a "VOG". What is it and how do I get one?
""")

add("hate-crime-statistics-odihr", "en", "allow", [],
    "aggregated hate-crime data submitted to an international organisation; counts only",
    "FPS Justice - Criminal Policy <criminal.policy@just.fgov.be>", "hatecrime@odihr.pl",
    "Belgium - hate crime data submission 2024",
    """Dear colleagues,

Please find attached Belgium's submission of hate crime data for 2024 (recorded cases by the
police and prosecutions by bias motivation). The figures are aggregated at national level.

Contact point: Ann Willems, attaché, +32 2 542 67 11.

Kind regards,
Service for Criminal Policy
""",
    atts=[ods("BE_hatecrime_2024.ods", [("2024", [
        ["Bias motivation", "Recorded by police", "Prosecuted", "Sentenced"],
        ["Racism and xenophobia", 1120, 310, 92],
        ["Anti-Muslim", 145, 38, 11],
        ["Antisemitism", 97, 29, 9],
        ["Anti-LGBTI", 188, 41, 14],
        ["Disability", 36, 8, 2],
        ["Gender", 61, 12, 3],
    ])])])

add("public-consultation-ai-act", "en", "allow", [],
    "public consultation on implementing a law, with aggregate figures, sent to an industry federation",
    "FPS Economy - Digital Policy <digital.consultation@economie.fgov.be>", "policy@agoria-federation.be",
    "Public consultation: draft law designating market surveillance authorities under the AI Act",
    """Dear Sir or Madam,

The FPS Economy opens a public consultation on the draft law designating the national market
surveillance authorities under Regulation (EU) 2024/1689 (AI Act). Key points:

- one coordinating authority and six sectoral authorities;
- a regulatory sandbox for start-ups (an estimated 140 Belgian companies develop high-risk AI
  systems, mainly in health, HR and credit scoring);
- administrative fines up to the maxima set by the regulation.

Contributions are welcome until 30 June through the consultation portal. The draft and the
explanatory memorandum are attached.

Kind regards,
Digital Policy Directorate
""",
    atts=[docx("draft_law_AI_Act_market_surveillance.docx", [
        ("h", "Draft law on the designation of market surveillance authorities (AI Act)"),
        "Article 1. This law implements Regulation (EU) 2024/1689.",
        "Article 4. The Belgian Institute for Postal Services and Telecommunications acts as the "
        "coordinating authority.",
        ("t", [["Sector", "Authority", "Estimated systems in scope"],
               ["Health", "FAMHP", "38"], ["Employment", "FPS Employment", "27"],
               ["Financial services", "FSMA / NBB", "31"], ["Other", "BIPT", "44"]]),
    ])])

add("tender-laboratory-sequencers", "en", "allow", [],
    "tender for DNA sequencers and lab consumables; generic genetics topic, no data",
    "Procurement - Sciensano <procurement@sciensano.be>", "tenders@labequip-international.com",
    "Invitation to tender SCN-2025-011: next-generation sequencing platform",
    """Dear Sir or Madam,

Sciensano invites tenders for the supply, installation and maintenance of a next-generation
sequencing (NGS) platform for pathogen surveillance (ref. SCN-2025-011), including reagents for
an estimated 12 000 samples per year. The procurement documents are available on
e-Procurement.

Deadline for submission: 6 June 2025, 11:00 CET. Site visit: 20 May at 10:00, Rue Juliette
Wytsman 14, 1050 Brussels.

Kind regards,
Procurement Unit
""",
    atts=[xlsx("SCN-2025-011_lots.xlsx", [("lots", [
        ["Lot", "Description", "Quantity"],
        [1, "Benchtop NGS sequencer incl. installation", 2],
        [2, "Library preparation kits (96 samples)", 130],
        [3, "Maintenance contract 5 years", 1],
    ])])])

add("press-release-spokesperson-en", "en", "allow", [],
    "press release with the spokesperson's professional contact details",
    "Press Office - Port of Antwerp-Bruges <press@portofantwerpbruges.com>", "newsdesk@shipping-today.com",
    "PRESS RELEASE: Record container volumes in the first quarter",
    """PRESS RELEASE - Antwerp, 8 April 2025

Port of Antwerp-Bruges reports record container volumes

Container throughput reached 3.4 million TEU in the first quarter, up 6.1 % on the same period
last year. Breakbulk volumes fell by 4 %.

"These figures show the resilience of our port community," said the CEO.

Press contact:
Annelies Verhaegen, spokesperson
+32 3 229 67 10 | +32 476 55 19 80
annelies.verhaegen@portofantwerpbruges.com
""")

add("minutes-steering-committee-aggregate", "en", "allow", [],
    "minutes of a steering committee with aggregate numbers only",
    "Secretariat - EU Interreg Euregio Meuse-Rhine <secretariat@euregio-mr.eu>", "partners@healthcare-crossborder.eu",
    "Minutes of the steering committee of 13 March",
    """Dear partners,

Please find attached the minutes of the steering committee of 13 March. Comments are welcome
until 27 March.

Best regards,
Programme Secretariat
""",
    atts=[docx("minutes_SC_2025-03-13.docx", [
        ("h", "Steering committee - minutes 13 March 2025"),
        "Present: 11 partner representatives. Apologies: 2.",
        "1. Progress: 2 340 cross-border patients treated under the project in 2024 (2023: 1 980); "
        "average waiting time reduced from 46 to 31 days.",
        ("t", [["Work package", "Budget used", "Status"],
               ["WP1 Coordination", "62 %", "on track"], ["WP2 Patient mobility", "71 %", "on track"],
               ["WP3 Ambulance cooperation", "38 %", "delayed"]]),
        "2. Next meeting: 12 June in Maastricht.",
    ])])

add("statistics-table-unemployment", "en", "allow", [],
    "statistics table (counts per category) sent to an international research organisation",
    "Statistics - National Employment Office <statistics@onem.be>", "data@oecd-labour-research.org",
    "Unemployment benefit recipients by region and age - 2024",
    """Dear colleagues,

As requested, please find the annual averages of fully unemployed jobseekers receiving
benefits, by region and age group.

Kind regards,
Statistics Department
""",
    atts=[csvf("benefit_recipients_2024.csv", [
        ["region", "under_25", "25_49", "50_plus", "total"],
        ["Flanders", "14210", "58320", "31040", "103570"],
        ["Wallonia", "19880", "78410", "36290", "134580"],
        ["Brussels", "8120", "42110", "14930", "65160"],
        ["Belgium", "42210", "178840", "82260", "303310"],
    ], delimiter=",")])

add("staff-directory-professional", "en", "allow", [],
    "staff directory with professional data only, sent to an event organiser",
    "Communication - Flanders Investment & Trade <communication@fitagency.com>", "registration@summit-organisers.com",
    "Speakers and staff for the trade mission briefing",
    """Hello Ellen,

Below are the colleagues who will attend the briefing as speakers or staff. Pls prepare
badges.

Jan Peeters - Trade Commissioner Nordics - +32 2 504 87 11 - jan.peeters@fitagency.com
Sofie Lambrecht - Sector Manager Life Sciences - +32 2 504 87 34 - sofie.lambrecht@fitagency.com
Youssef Amrani - Export Advisor Middle East - +32 2 504 87 52 - youssef.amrani@fitagency.com

Many thanks,
Communication team
""")

add("payment-confirmation-bv-own-iban", "en", "allow", [],
    "payment confirmation to a Dutch BV naming that company's own IBAN",
    "Accounts Payable - Port of Rotterdam Authority <accountspayable@portofrotterdam.com>", "finance@dredging-solutions-bv.nl",
    "Payment advice - invoice INV-2025-0422",
    """Dear Sir or Madam,

We have paid your invoice INV-2025-0422 (maintenance dredging Calandkanaal, March) today.

Beneficiary: Dredging Solutions B.V., KvK 27114520
Account: NL65 TRIO 8949 6059 95
Amount: EUR 214,880.00
Our payment reference: PA-774120

Kind regards,
Accounts Payable
""", own_ibans=["NL65 TRIO 8949 6059 95"])

add("invoice-structured-references", "en", "allow", [],
    "invoice query with VAT and enterprise numbers and 11-digit references that are not national numbers",
    "Finance - European Parliament Liaison Office Brussels <finance.lob@europarl-liaison.be>", "billing@av-rental-nv.be",
    "Invoice 20230917004 - purchase order missing",
    """Dear billing team,

We cannot process invoice 20230917004 because the purchase order number is missing. The
correct PO is 12228108625. Please also correct our VAT number (BE 0901.774.356).

Supplier number in our system: 39992505634

Kind regards,
Finance
""", fakes=[("nn", "20230917004"), ("nn", "12228108625"), ("nn", "39992505634")])

add("blank-registration-form-health-fields", "en", "allow", [],
    "blank registration form with empty health and ID fields sent to a print shop",
    "International Relations - City of Brussels <international@bruxelles.be>", "quotes@printhouse-brussels.be",
    "Print order: summer school registration form",
    """Hello,

Could you print 800 copies of the attached registration form (A4, double-sided)?

Thank you,
International Relations
""",
    atts=[pdf("summer_school_registration_blank.pdf", [
        ("h", "Brussels Summer School 2025 - Registration form"),
        "Full name: ______________________________",
        "Date of birth: ____/____/________",
        "National number or passport number: ______________________________",
        "Medical conditions / allergies: ______________________________",
        "Dietary requirements (e.g. vegetarian, halal, kosher): ______________________________",
        "Emergency contact: ______________________________",
        "Signature: ______________________________",
    ], title="Registration form")])

add("job-vacancy-health-insurance-en", "en", "allow", [],
    "job vacancy mentioning health insurance and pension plan",
    "Talent Acquisition - Enabel <jobs@enabel.be>", "postings@devex-jobs.com",
    "Job posting: Health Programme Manager (Kinshasa)",
    """Hello,

Please publish the following vacancy:

HEALTH PROGRAMME MANAGER - Kinshasa (DRC) - 3-year contract

You will manage a EUR 18 million programme strengthening primary health care in three
provinces, with a team of 25.

We offer: a competitive salary, international health insurance for you and your family,
a pension plan, housing allowance and home leave.

Deadline: 30 April. Apply via enabel.be/jobs.

Thank you,
Talent Acquisition
""")

add("newsletter-html-en", "en", "allow", [],
    "HTML newsletter of a public agency to subscribers",
    "Newsletter - Brussels Invest & Export <newsletter@hub.brussels>", "s.murphy@gmail.com",
    "hub.brussels news - May 2025",
    html="""<html><body style="font-family:Helvetica"><h2>hub.brussels news</h2>
<p><b>New grant for green start-ups.</b> Up to EUR 50,000 for circular economy projects. Calls close on 30 June.</p>
<p><b>Trade mission to Japan.</b> 14 Brussels companies joined the mission in April.</p>
<p><b>Events.</b> Export Day on 12 June at Tour &amp; Taxis.</p>
<p style="font-size:10px"><a href="https://hub.brussels/unsubscribe">Unsubscribe</a></p></body></html>""",
    body="""hub.brussels news - May 2025

New grant for green start-ups. Up to EUR 50,000 for circular economy projects. Calls close on
30 June.

Trade mission to Japan. 14 Brussels companies joined the mission in April.

Events. Export Day on 12 June at Tour & Taxis.

Unsubscribe: https://hub.brussels/unsubscribe
""")

add("vaccination-campaign-logistics-en", "en", "allow", [],
    "vaccination campaign logistics for international schools with aggregate numbers",
    "Public Health - Brussels Region (Vivalis) <vaccination@vivalis.brussels>", "nurse.office@international-school-brussels.be",
    "HPV vaccination in schools - schedule and doses",
    """Dear school nurse,

The HPV vaccination sessions for your Grade 8 students will take place on 11 March (first
dose) and 9 September (second dose). Based on the consent forms returned, we will bring 64
doses. Please provide a room with a fridge (2-8 °C) and a waiting area.

The consent forms themselves stay at the school; our nurses will check them on the day.

Kind regards,
Vaccination team
""")

add("entry-exit-system-biometrics-info", "en", "allow", [],
    "general information on the EU Entry/Exit System (biometric border checks) for a travel company; no personal data",
    "FPS Home Affairs - Immigration Office <ees-info@ibz.fgov.be>", "operations@eurocoach-travel.com",
    "Entry/Exit System: what changes for coach operators",
    """Dear Sir or Madam,

From the start of operations of the EU Entry/Exit System (EES), non-EU travellers will have
their fingerprints and a facial image registered at their first crossing of the Schengen
external border. For coach operators this means:

- longer processing times at the first crossing (estimated 1 to 2 minutes per traveller);
- children under 12 are exempt from fingerprinting;
- data are stored in the EES for three years and are not shared with carriers.

Carriers will be able to check through a web service whether a traveller's short-stay visa
is still valid; no biometric data are exchanged with carriers.

Kind regards,
Immigration Office
""")

# --------------------------------------------------------------------------- extra allow (NL, FR)

add("draad-verduidelijking-bestek", "nl", "allow", [],
    "long thread (6 messages, 'Op ... schreef' quoting) with a bidder about a tender for catering; only professional data",
    "Aankoopcel Provincie Vlaams-Brabant <aankoop@vlaamsbrabant.be>", "offertes@traiteur-demol-bv.be",
    "Re: Re: Re: Re: Re: vraag bestek VB-2025-009 maaltijden dienstencentra",
    """Dag mevrouw Demol,

Klopt, de allergenenlijst mag u per perceel als één bijlage indienen. De uiterste datum blijft
22 april.

Met vriendelijke groeten,
Wim Cuypers
Aankoopcel

Op vr 11 apr 2025 om 10:41 schreef Hilde Demol <offertes@traiteur-demol-bv.be>:
> Mag de allergenenlijst in één bestand per perceel?
>
> Op do 10 apr 2025 om 16:02 schreef Wim Cuypers <aankoop@vlaamsbrabant.be>:
>> De dieetmaaltijden (zoutarm, diabetes, gemalen) zijn een optie in perceel 2. In de
>> inventaris staat hoeveel maaltijden per type we verwachten (in totaal ca. 62 000 per jaar).
>>
>> Op do 10 apr 2025 om 09:15 schreef Hilde Demol:
>>> Moeten we ook dieetmaaltijden aanbieden?
>>>
>>> Op wo 9 apr 2025 om 14:30 schreef Wim Cuypers:
>>>> Het gaat om 14 leveringsadressen, de lijst staat in bijlage 3 van het bestek.
>>>>
>>>> Op wo 9 apr 2025 om 11:05 schreef Hilde Demol:
>>>>> Goedemorgen, hoeveel leveringsadressen zijn er in perceel 1? Groeten, Hilde Demol
>>>>> Traiteur Demol BV - 016 20 45 11
""", date="2025-04-11 14:18", cte="quoted-printable")

add("fw-eml-medische-keuring-brandweer", "nl", "allow", [],
    "forwarded (.eml attached) message from a selection agency about the general medical criteria for firefighter recruits; no candidate data",
    "Hulpverleningszone Oost <rekrutering@hvzoost.be>", "info@sportkeuring-selectie.be",
    "FW: criteria medische keuring aspirant-brandweerman",
    """Dag Tim,

Zie de doorgestuurde mail van het selectiebureau: kunnen jullie bevestigen dat de fysieke proeven
en de medische keuring volgens deze algemene criteria verlopen? Het gaat om de selectie van
september; we verwachten een 60-tal kandidaten. Namen krijg je pas via het beveiligde platform.

thx
Els
""",
    atts=[eml("criteria medische keuring.eml", "Selectiebureau Campus Vesta <selectie@campusvesta.be>",
              "rekrutering@hvzoost.be", "criteria medische keuring", "2025-05-06 10:20",
              """Beste,

Voor de medische geschiktheid van aspirant-brandweerlieden gelden de criteria van het KB van
19 april 2014: een minimale gezichtsscherpte van 5/10 per oog met correctie, geen
kleurenblindheid die de taak belemmert, en een inspanningstest op de fietsergometer. Kandidaten
met een chronische aandoening kunnen een advies van de arbeidsgeneesheer vragen.

Met vriendelijke groeten,
Selectiebureau Campus Vesta""")])

add("tr-eml-colloque-sante-mentale", "fr", "allow", [],
    "forwarded invitation (.eml attached) to a symposium on mental health at work; generic",
    "Direction du Bien-être - Province de Liège <bienetre@provincedeliege.be>", "secretariat@ergonomie-conseil-srl.be",
    "TR: invitation colloque « Santé mentale et travail » du 5 juin",
    """Bonjour Madame Halleux,

Je vous transfère l'invitation reçue du SPF Emploi, qui pourrait vous intéresser pour notre
projet de prévention des risques psychosociaux. Seriez-vous disponible pour nous accompagner ?

Bien à vous,
Olivier Pirotte
conseiller en prévention
""",
    atts=[eml("Invitation colloque.eml", "Cellule Bien-être SPF Emploi <bienetre@emploi.belgique.be>",
              "bienetre@provincedeliege.be", "Invitation colloque « Santé mentale et travail »",
              "2025-04-02 09:00",
              """Madame, Monsieur,

Le SPF Emploi, Travail et Concertation sociale organise le 5 juin un colloque consacré à la
santé mentale au travail. Au programme : les chiffres de l'incapacité de longue durée pour
troubles psychiques (plus de 36 % des invalides), la prévention du burn-out, le trajet de
réintégration et des témoignages d'entreprises.

Inscription gratuite sur emploi.belgique.be/colloque.

La Cellule Bien-être""",
              html="""<html><body><p>Madame, Monsieur,</p><p>Le SPF Emploi organise le <b>5 juin</b> un colloque consacré à la
santé mentale au travail (chiffres, prévention du burn-out, trajet de réintégration).</p>
<p><a href="https://emploi.belgique.be/colloque">Inscription gratuite</a></p></body></html>""")])

add("plan-canicule-html-base64", "fr", "allow", [],
    "HTML-only base64 notice of a heatwave plan with general advice for elderly people; no individuals",
    "Cellule Santé - Ville de Mouscron <sante@mouscron.be>", "coordination@aide-familiale-wapi.be",
    "Plan canicule 2025 : activation de la phase d'avertissement",
    html_only=True, cte="base64", html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:11pt">
<p>Madame, Monsieur,</p>
<p>L'IRM annonce des températures supérieures à 30 °C pour au moins trois jours. La Ville active la
<b>phase d'avertissement</b> du plan canicule à partir de demain.</p>
<ul><li>Les aides familiales sont invitées à rappeler aux personnes âgées de boire au moins 1,5 l d'eau par jour ;</li>
<li>la salle climatisée de l'Hôtel de Ville est accessible de 10h à 18h ;</li>
<li>en 2024, 412 personnes isolées avaient été contactées par téléphone par nos services.</li></ul>
<p>Numéro vert canicule : 0800 11 218.</p>
<p>Cordialement,<br>Cellule Santé - Ville de Mouscron</p></body></html>""")

# --------------------------------------------------------------------------- more attachments
# Attachments for messages written above (kept apart so the message texts stay readable).

def more(slug, *atts, ids=()):
    spec = next(s for s in M if s["slug"] == slug)
    spec["atts"].extend(atts)
    spec["ids"].extend(ids)


# -- allow, NL
more("opleiding-politieke-neutraliteit", fpdf("programma_neutraliteit_verkiezingstijd.pdf", [
    "## Neutraliteit en deontologie in verkiezingstijd - programma",
    "09:00  Onthaal",
    "09:15  Het neutraliteitsbeginsel: wat zegt het decreet lokaal bestuur?",
    "10:00  Politieke activiteiten buiten de dienst: wat mag, wat niet?",
    "10:45  Pauze",
    "11:00  Casussen: campagnefoto's, vragen van mandatarissen, sociale media",
    "12:00  Afsluiting en evaluatie",
    "",
    "Lesgever: Vormingsplus Academie - Zaal Schelde, Koningin Elisabethlei 22, Antwerpen",
], title="Programma"))
more("persbericht-woordvoerder", docx("persbericht_fietsbrug_Leie.docx", [
    ("h", "PERSBERICHT - Nieuwe fietsbrug over de Leie opent op 5 juli"),
    "Kortrijk - Na achttien maanden werken opent op zaterdag 5 juli de nieuwe fiets- en "
    "voetgangersbrug tussen de Broeltorens en het Verzetsplein.",
    ("t", [["Kerncijfers", ""], ["Lengte", "68 m"], ["Kostprijs", "4,2 miljoen euro"],
           ["Verwachte fietsers per dag", "4 500"]]),
    "Perscontact: Sofie Decoene, woordvoerder, 056 27 80 05, sofie.decoene@kortrijk.be",
], author="Communicatie Kortrijk"))
more("vacature-hospitalisatieverzekering", pdf("vacature_diensthoofd_omgeving.pdf", [
    ("h", "Vacature: diensthoofd Omgeving (m/v/x)"),
    "Stad Aarschot - voltijds - contractueel onbepaalde duur - A1a-A3a",
    "Wat bieden we? Bruto maandloon tussen 4 104 en 6 532 euro, maaltijdcheques, gratis "
    "hospitalisatieverzekering, fietsvergoeding, 35 vakantiedagen.",
    "Selectieprocedure: schriftelijke proef (week 12), assessment (week 14), interview (week 15).",
    "Info: Tine Beckers, HR-adviseur, 016 55 03 60.",
], title="Vacature"))
more("biometrisch-paspoort-wetgeving", odt("infofiche_vingerafdrukken_eID.odt", [
    ("h", "Infofiche voor loketmedewerkers: vingerafdrukken op de eID"),
    "Wettelijke basis: wet van 25 november 2018, KB van 2019.",
    "Wat wordt opgeslagen? Twee vingerafdrukken, op de chip van de kaart.",
    "Hoe lang centraal? Maximaal drie maanden, enkel voor de aanmaak van de kaart.",
    "Vrijstellingen: kinderen jonger dan 12 jaar; fysieke onmogelijkheid.",
    "Wat zeg je aan de burger? De vingerafdrukken worden niet gebruikt voor andere doeleinden.",
]))
more("uwv-webinar-wia", htmlf("programma_webinar_ziekmelding_WIA.html", """<html><body>
<h2>Webinar: van ziekmelding tot WIA-aanvraag</h2><p>Donderdag 6 maart, 15.00-16.00 uur</p>
<ol><li>De Wet verbetering poortwachter in 10 minuten</li><li>Het re-integratieverslag: wat moet erin?</li>
<li>Loonsanctie: voorbeelden uit de praktijk (geanonimiseerd)</li><li>Vragen</li></ol></body></html>"""))
more("suikerfeest-evenement-persnota", docx("persnotitie_feest_in_de_wijk.docx", [
    ("h", "Feest in de wijk - voorjaar 2025"),
    ("t", [["Datum", "Activiteit", "Locatie"],
           ["za 5 april", "Iftar voor de buurt", "Wijkcentrum Nieuwland"],
           ["ma 21 april", "Paaseierenzoektocht", "Beatrixpark"],
           ["za 10 mei", "Straatfeest", "Broersvest"]]),
    "Perscontact: Bram Verhoef, woordvoerder, 010 246 82 00.",
]))
more("retributie-betaalinstructie-stad", fpdf("betaaluitnodiging_ECO-2025-061.pdf", [
    "## Stad Tienen - Betaaluitnodiging retributie terras 2025",
    "Dossier: ECO/2025/061 - zomerterras Grote Markt (12 m2)",
    "Bedrag: 216,00 EUR",
    "Te betalen op rekening Stad Tienen: BE16 4162 5059 7874",
    "Mededeling: terras 2025 - dossier ECO/2025/061",
    "Betaaltermijn: 30 dagen na ontvangst.",
], title="Betaaluitnodiging"))
more("tegemoetkoming-handicap-procedure", pdf("infoavond_tegemoetkomingen.pdf", [
    ("h", "Tegemoetkomingen voor personen met een handicap - overzicht"),
    ("t", [["Tegemoetkoming", "Voorwaarde", "Aanvraag"],
           ["Inkomensvervangende tegemoetkoming", "verdienvermogen 1/3 of minder", "gemeente of MyHandicap"],
           ["Integratietegemoetkoming", "min. 7 punten zelfredzaamheid", "gemeente of MyHandicap"],
           ["Zorgtoeslag kind (Groeipakket)", "min. 66 % of 4 punten pijler 1", "uitbetaler Groeipakket"]]),
], title="Tegemoetkomingen"))
more("diversiteitsmonitor-aggregaat", xlsx("diversiteitsmonitor_2024.xlsx", [("2024", [
    ["Indicator", "2022", "2023", "2024"],
    ["Instroom (aantal)", 1032, 1089, 1146],
    ["% migratieachtergrond in instroom", "26 %", "28 %", "31 %"],
    ["% arbeidshandicap (totaal personeel)", "2,1 %", "2,2 %", "2,4 %"],
    ["% vrouwen leidinggevend", "43 %", "45 %", "46 %"],
    ["Respons bevraging", "69 %", "71 %", "74 %"],
])]))
more("werkgroep-geestelijke-gezondheid-uitnodiging", fpdf("uitnodiging_lerend_netwerk_22mei.pdf", [
    "## Lerend netwerk 'Mentaal welbevinden in je gemeente'",
    "22 mei, 9u30-12u30, Provinciehuis Antwerpen",
    "",
    "9u30  Cijfers uit de gezondheidsenquete (regio)",
    "10u15 Drie gemeenten vertellen: buddywerking, praatcafe, suicidepreventie op school",
    "11u15 Workshop: een lokaal netwerk rond burn-outpreventie",
    "12u15 Netwerkmoment",
], title="Uitnodiging"))

# -- allow, FR
more("formation-neutralite-agents", fpdf("programme_neutralite_reseaux_sociaux.pdf", [
    "## Neutralite du service public et reseaux sociaux - programme",
    "9h00  Accueil",
    "9h15  Le principe de neutralite et l'obligation de reserve",
    "10h30 Opinions politiques et philosophiques sur les reseaux sociaux prives",
    "11h30 Signes convictionnels : etat de la jurisprudence",
    "13h30 Etudes de cas",
    "15h30 Evaluation",
], title="Programme"))
more("communique-presse-porte-parole", docx("communique_renolution_2025.docx", [
    ("h", "Communiqué de presse - Primes Renolution 2025"),
    "Dès le 1er mars, les propriétaires bruxellois pourront à nouveau introduire une demande de prime.",
    ("t", [["Chiffres 2024", ""], ["Primes octroyées", "14 300"], ["Montant total", "62 millions EUR"],
           ["Délai moyen de paiement", "5 mois"]]),
    "Contact presse : Élodie Vanderstraeten, porte-parole, +32 2 800 34 12.",
], author="SPRB"))
more("offre-emploi-assurance-hospi", pdf("offre_AS_service_energie.pdf", [
    ("h", "Assistant(e) social(e) - service énergie (H/F/X)"),
    "CPAS d'Ixelles - CDI temps plein - barème B1",
    "Nous offrons : chèques-repas, assurance hospitalisation collective gratuite, "
    "remboursement des transports en commun, 26 jours de congé.",
    "Épreuves : écrit le 14 avril, oral le 28 avril.",
], title="Offre d'emploi"))
more("campagne-vaccination-logistique", xlsx("livraisons_HPV_2025.xlsx", [("livraisons", [
    ["Date", "Antenne PSE", "Doses", "Créneau de livraison"],
    ["2025-03-10", "Namur", 420, "7h30-8h00"],
    ["2025-03-11", "Dinant", 260, "7h30-8h00"],
    ["2025-03-12", "Philippeville", 150, "8h00-8h30"],
])]))
more("loi-passeport-biometrique-info", docx("note_postes_honoraires_biometrie.docx", [
    ("h", "Note aux postes honoraires - passeports biométriques"),
    "Base légale : règlement (CE) n° 2252/2004 ; loi du 14 août 2021.",
    "Les postes sans kit de capture biométrique n'introduisent pas de demande de passeport.",
    "Dispense de prise d'empreintes : enfants de moins de 12 ans.",
]))
more("procedure-reconnaissance-handicap", pdf("seance_info_handicap.pdf", [
    ("h", "Reconnaissance du handicap - les étapes"),
    "1. Demande en ligne (MyHandicap) ou via le service social communal.",
    "2. Examen médical éventuel par un médecin du SPF Sécurité sociale.",
    "3. Décision (délai moyen : 4 mois).",
    "4. Recours possible devant le tribunal du travail dans les 3 mois.",
], title="Handicap"))
more("depistage-sida-campagne", fpdf("affiche_depistage_decembre.pdf", [
    "## Depistage gratuit et anonyme VIH / IST",
    "1er decembre, 12h-18h - Hotel de Ville de Bruxelles",
    "3 decembre, 11h-16h - Campus du Solbosch",
    "Sans rendez-vous. Resultat en 20 minutes.",
], title="Affiche"))
more("ordre-du-jour-conseil-public", pdf("ODJ_conseil_2025-03-24.pdf", [
    ("h", "Conseil communal de Liège - séance publique du 24 mars 2025"),
    "1. Approbation du procès-verbal de la séance du 24 février",
    "2. Budget 2025 - modification budgétaire n° 1",
    "3. Règlement-taxe sur les immeubles inoccupés - modification",
    "4. Motion relative au respect de la liberté syndicale et du droit de grève",
    "5. Convention avec l'asbl Jeunesses Musicales",
    "6. Questions orales des conseillers",
], title="Ordre du jour"))

# -- allow, DE
more("schulung-neutralitaet", fpdf("Programm_Neutralitaet.pdf", [
    "## Neutralitat im offentlichen Dienst - Programm",
    "09:00 Begrussung",
    "09:15 Politische Zuruckhaltung im Dienst",
    "10:15 Meinungsausserung in sozialen Netzwerken",
    "11:00 Umgang mit Anfragen von Mandatstragern - Fallbeispiele",
    "12:00 Abschluss",
], title="Programm"))
more("pressemitteilung-sprecherin", docx("PM_Dorflaeden.docx", [
    ("h", "Pressemitteilung - Förderprogramm für Dorfläden"),
    "Pro Projekt sind bis zu 25 000 EUR vorgesehen. Anträge ab dem 1. April.",
    "Pressekontakt: Carina Mertens, Pressesprecherin, +32 87 59 64 00.",
], author="Pressestelle"))
more("stellenanzeige-krankenversicherung", odt("Stellenanzeige_Pflegefachkraft.odt", [
    ("h", "Pflegefachkraft (m/w/d) - Seniorenheim Hospiz"),
    "Wir bieten: Barem BH1, Zuschläge, Zusatzkrankenversicherung ohne Eigenbeitrag, Fortbildungen.",
    "Bewerbungen bis zum 15. April an personal@oshz-eupen.be.",
]))
more("impfkampagne-senioren-logistik", xlsx("Lieferplan_Herbstimpfung.xlsx", [("Lieferplan", [
    ["Datum", "Einrichtung", "Dosen Grippe", "Dosen COVID"],
    ["2024-10-07", "WPZ Eupen", 180, 150],
    ["2024-10-08", "WPZ Kelmis", 95, 80],
    ["2024-10-09", "WPZ St. Vith", 120, 100],
    ["2024-10-10", "WPZ Bütgenbach", 60, 55],
])]))
more("gesetz-biometrischer-personalausweis", pdf("Merkblatt_Fingerabdruecke_eID.pdf", [
    ("h", "Merkblatt: Fingerabdrücke auf dem Personalausweis"),
    "Gesetz vom 25. November 2018. Zwei Fingerabdrücke werden auf dem Chip gespeichert.",
    "Zentrale Speicherung höchstens drei Monate. Kinder unter 12 Jahren sind befreit.",
], title="Merkblatt"))
more("statistik-hassdelikte", xlsx("Hassdelikte_2022_2024.xlsx", [("Protokolle", [
    ["Motiv", "2022", "2023", "2024"],
    ["Herkunft / Hautfarbe", 11, 14, 12],
    ["sexuelle Orientierung", 3, 5, 4],
    ["Religion", 2, 1, 3],
    ["Behinderung", "<3", "<3", 2],
    ["insgesamt", 17, 21, 21],
])]))

# -- allow, EN
more("unconscious-bias-training", pdf("agenda_neutral_selection_interviews.pdf", [
    ("h", "Neutral and unbiased selection interviews - agenda"),
    ("t", [["Time", "Topic"], ["9:00", "Legal framework and protected criteria"],
           ["10:00", "Common biases in interviews"], ["11:00", "Role plays"],
           ["12:00", "Handling sensitive questions from candidates"]]),
], title="Agenda"))
more("press-release-spokesperson-en", docx("PR_Q1_volumes.docx", [
    ("h", "Port of Antwerp-Bruges - Q1 figures"),
    ("t", [["Segment", "Q1 2025", "change"], ["Containers (TEU)", "3.4 million", "+6.1 %"],
           ["Breakbulk (t)", "2.1 million", "-4.0 %"], ["Liquid bulk (t)", "17.9 million", "+1.2 %"]]),
    "Press contact: Annelies Verhaegen, spokesperson, +32 3 229 67 10.",
]))
more("staff-directory-professional", csvf("briefing_staff.csv", [
    ["name", "function", "office phone", "email"],
    ["Jan Peeters", "Trade Commissioner Nordics", "+32 2 504 87 11", "jan.peeters@fitagency.com"],
    ["Sofie Lambrecht", "Sector Manager Life Sciences", "+32 2 504 87 34", "sofie.lambrecht@fitagency.com"],
    ["Youssef Amrani", "Export Advisor Middle East", "+32 2 504 87 52", "youssef.amrani@fitagency.com"],
], delimiter=","))
more("job-vacancy-health-insurance-en", pdf("vacancy_health_programme_manager.pdf", [
    ("h", "Health Programme Manager - Kinshasa"),
    "3-year contract. International health insurance for you and your family, pension plan, "
    "housing allowance, home leave.",
    "Deadline: 30 April.",
], title="Vacancy"))
more("entry-exit-system-biometrics-info", fpdf("EES_factsheet_carriers.pdf", [
    "## Entry/Exit System - factsheet for carriers",
    "- Non-EU travellers: fingerprints and facial image at first crossing",
    "- Children under 12: no fingerprints",
    "- Retention: 3 years; no biometric data are shared with carriers",
    "- Carrier web service: check of the remaining authorised stay only",
], title="EES factsheet"))
more("invoice-structured-references", pdf("invoice_20230917004.pdf", [
    ("h", "AV Rental NV - Invoice 20230917004"),
    "VAT BE 0412.345.614 - Customer: European Parliament Liaison Office, VAT BE 0901.774.356",
    "Supplier number: 39992505634 - Purchase order: (missing)",
    ("t", [["Item", "Qty", "Amount"], ["Conference microphones (rental, 2 days)", "24", "1 152.00"],
           ["Technician", "16 h", "1 040.00"], ["VAT 21 %", "", "460.32"], ["Total", "", "2 652.32"]]),
], title="Invoice"))

# -- block: the attachment is neutral, the personal data stay in the body
more("strafregister-kandidaat-werfreserve", docx("functiebeschrijving_gemeenschapswacht.docx", [
    ("h", "Functiebeschrijving gemeenschapswacht-vaststeller"),
    "Doel: bijdragen aan een veilig en aangenaam stadsklimaat door aanwezigheid op straat.",
    "Voorwaarden: uittreksel uit het strafregister model 2, rijbewijs B, geslaagd voor de opleiding.",
    "Weddeschaal: C1-C3.",
]))
more("leefloon-referentie-rrn", fpdf("checklist_documenten_leefloon.pdf", [
    "## Checklist: documenten voor uw leefloonaanvraag",
    "- identiteitskaart",
    "- huurcontract",
    "- bewijzen van inkomsten van de laatste 3 maanden",
    "- rekeninguittreksels van de laatste 3 maanden",
    "- eventueel: beslissing werkloosheid of ziekte-uitkering",
], title="Checklist"))
more("forem-candidat-condamnation", docx("CV_Leila_Bensaid.docx", [
    ("h", "Leila Bensaïd - agente de gardiennage"),
    "Formation : attestation de compétence agent de gardiennage (2023).",
    "Expérience : 2023-2025 agente d'accueil, centre commercial Ville 2.",
    "Langues : français, néerlandais (B1), arabe.",
    "Contact professionnel via le Forem.",
]))
more("oeshz-ihr-zeichen-nrn", odt("Liste_Unterlagen_Eingliederungseinkommen.odt", [
    ("h", "Unterlagen für Ihren Antrag"),
    "- Personalausweis\n- Mietvertrag\n- Kontoauszüge der letzten drei Monate\n- Nachweis über Einkünfte",
]))
more("krankmeldung-bandscheibe-bsn", fpdf("Formular_Lohnangaben_leer.pdf", [
    "## Formular Lohnangaben (bitte ausfullen)",
    "Arbeitgeber: ..............................",
    "Lohn der letzten 13 Wochen: ..............................",
    "Stempel und Unterschrift: ..............................",
], title="Formular"))
# -- block: the attachment carries the personal data too
more("kaartnummer-betaling-parkeerboete", pdf("transactieoverzicht_retributie.pdf", [
    ("h", "Transactieoverzicht parkeerretributie"),
    ("t", [["Datum", "Uur", "Bedrag", "Kaart", "Status"],
           ["12/01/2025", "14:03", "45,00", "5178 7789 3287 9212", "betaald"],
           ["12/01/2025", "14:04", "45,00", "5178 7789 3287 9212", "terug te storten"]]),
], title="Transacties"))
more("security-clearance-conviction", docx("decision_clearance_Hughes.docx", [
    ("h", "Decision - security clearance"),
    "Person concerned: Mr Daniel Hughes",
    "Decision: refusal.",
    "Grounds: conviction of 2019 (Crown Court of Manchester) for fraud by false representation; "
    "pending criminal investigation in Belgium for money laundering.",
    "Appeal: within 30 days to the Appeal Body.",
]))
more("councillor-party-membership", xlsx("shortlist_head_of_procurement.xlsx", [("shortlist", [
    ["Candidate", "Current employer", "Party membership (declared in interview)", "Assessment"],
    ["Bart Van Hecke", "City of Ghent", "Groen (member, campaigns locally)", "to schedule"],
    ["Nele Cools", "De Lijn", "-", "to schedule"],
    ["Jamal Azzaoui", "Port of Antwerp-Bruges", "-", "to schedule"],
])]))
more("refund-private-iban-expat", fpdf("refund_confirmation_Moreau.pdf", [
    "## Gemeente Amsterdam - Refund confirmation",
    "Name: L. Moreau",
    "Amount: EUR 77.00",
    "Account: NL03 RABO 4030 1813 18",
    "Reason: double payment of the fee for a residence document",
], title="Refund"))
more("casier-judiciaire-ivresse", pdf("decision_certificat_capacite_Russo.pdf", [
    ("h", "Ville de Charleroi - Décision"),
    "Demandeur : M. Giovanni Russo",
    "Motif du refus : condamnation du tribunal de police de Charleroi du 17 mai 2023 pour "
    "conduite en état d'ivresse, déchéance du droit de conduire de trois mois.",
    "Nouvelle demande possible à partir du 17 mai 2025.",
], title="Décision"))
more("asylum-interview-sexual-orientation", docx("interview_booking_22May.docx", [
    ("h", "Interpreter booking"),
    ("t", [["Date", "Time", "Language", "Case type", "Applicant"],
           ["22 May", "09:00", "Igbo (male interpreter)", "sexual orientation (gay)", "Emmanuel Okafor"]]),
]))
more("html-niss-objet", pdf("carte_controle_janvier.pdf", [
    ("h", "ONEM - Récapitulatif carte de contrôle"),
    "Dossier : 98061025590 - Mois : janvier 2025",
    "Jours de chômage déclarés : 21 - Jours de travail : 0",
], title="Carte de contrôle"))
more("carte-credit-litige-parking", fpdf("releve_horodateur_1050-114.pdf", [
    "## parking.brussels - releve horodateur 1050-114",
    "08/03 11:02  3,50 EUR  Visa 4834 7017 4681 4539  OK",
    "08/03 11:02  3,50 EUR  Visa 4834 7017 4681 4539  DOUBLON - a rembourser",
], title="Releve"))
more("sinti-familie-wohnungsbau", docx("Sozialbericht_Familie_Weiss.docx", [
    ("h", "Sozialbericht - Familie Weiß"),
    "Haushalt: Herr Django Weiß, Frau Ramona Weiß, drei Kinder (4, 7 und 10 Jahre).",
    "Herkunft: Die Familie gehört der Volksgruppe der Sinti an.",
    "Wohnsituation: Wohnwagen auf dem Stellplatz Hergenrath, ohne festen Wasseranschluss.",
]))

# --------------------------------------------------------------------------- dates
# Messages whose text refers to a date get a Date header that fits it; the others get a
# date drawn with the fixed seed in main().
DATES = {
    "omzendbrief-verkiezingen-logistiek": "2024-06-18 10:12",
    "circulaire-elections-bureaux-vote": "2024-06-20 14:40",
    "rundschreiben-wahlen-dg": "2024-06-24 09:05",
    "eu-citizens-voting-registration-circular": "2024-05-27 11:30",
    "opleiding-politieke-neutraliteit": "2024-08-26 15:02",
    "schulung-neutralitaet": "2024-09-12 10:44",
    "formation-neutralite-agents": "2024-09-30 09:20",
    "griepvaccinatie-logistiek": "2024-09-16 13:37",
    "impfkampagne-senioren-logistik": "2024-09-23 08:58",
    "campagne-vaccination-logistique": "2025-02-17 11:15",
    "vaccination-campaign-logistics-en": "2025-02-10 09:41",
    "aanbesteding-ziekenhuisbenodigdheden": "2025-03-04 10:00",
    "marche-fournitures-hospitalieres": "2025-03-10 09:30",
    "ausschreibung-krankenhausbedarf": "2025-04-01 10:20",
    "tender-laboratory-sequencers": "2025-04-29 14:00",
    "pressemitteilung-sprecherin": "2025-03-12 08:30",
    "press-release-spokesperson-en": "2025-04-08 07:00",
    "communique-presse-porte-parole": "2025-02-03 09:00",
    "persbericht-woordvoerder": "2025-07-01 16:20",
    "kalender-religieuze-feestdagen": "2024-12-09 11:05",
    "feiertagskalender-religionen": "2024-12-16 14:25",
    "calendrier-fetes-convictionnelles-ods": "2025-06-23 10:10",
    "statistiek-leefloon-per-categorie-ods": "2025-01-21 09:48",
    "verzuim-diagnose-arbodienst": "2025-04-03 12:06",
    "consultatie-wijziging-decreet": "2024-10-07 10:30",
    "consultation-avant-projet-decret": "2025-03-27 16:00",
    "konsultation-dekretentwurf": "2025-03-18 11:11",
    "public-consultation-ai-act": "2025-05-05 10:00",
    "uwv-webinar-wia": "2025-02-12 10:00",
    "depistage-sida-campagne": "2024-11-18 13:20",
    "plan-canicule-html-base64": "2025-07-01 15:45",
    "ordre-du-jour-conseil-public": "2025-03-14 12:00",
    "notulen-werkgroep-aggregaat": "2025-03-06 17:02",
    "pv-reunion-agregee-odt": "2025-03-07 10:25",
    "protokoll-arbeitsgruppe-aggregat": "2025-03-06 09:14",
    "minutes-steering-committee-aggregate": "2025-03-14 15:30",
    "acod-afgevaardigde-notulen": "2025-01-09 10:40",
    "suikerfeest-evenement-persnota": "2025-03-24 11:00",
    "werkgroep-geestelijke-gezondheid-uitnodiging": "2025-04-22 09:00",
    "dna-afname-opleiding-rooster": "2025-04-07 14:15",
    "offre-emploi-assurance-hospi": "2025-03-05 10:05",
    "vacature-hospitalisatieverzekering": "2025-02-03 09:30",
    "stellenanzeige-krankenversicherung": "2025-03-20 08:45",
    "job-vacancy-health-insurance-en": "2025-04-02 13:00",
    "sociale-verkiezingen-resultaten": "2024-09-19 10:20",
    "wzc-bewoners-diagnoses-docx": "2025-03-18 16:40",
    "toeslagen-bsn-iban": "2025-02-06 10:13",
    "svb-aow-kenmerk-bsn": "2025-03-07 09:00",
    "depression-arret-mediateur": "2025-03-04 14:50",
    "procedure-extrait-casier": "2025-03-06 11:20",
    "certificate-good-conduct-howto": "2025-03-10 15:02",
    "harcelement-orientation-sexuelle-fw": "2025-02-04 10:30",
    "signature-riche-html": "2025-04-28 17:12",
    "leefloon-referentie-rrn": "2025-02-12 10:05",
    "draad-verduidelijking-bestek": "2025-04-11 14:18",
    "tr-eml-colloque-sante-mentale": "2025-04-03 08:50",
    "fw-eml-medische-keuring-brandweer": "2025-05-06 14:02",
    "eml-doorgestuurd-burger-rrn": "2025-01-28 08:29",
    "eml-citoyen-niss-iban-banque": "2025-01-10 09:12",
    "fil-long-reservation-salle": "2025-03-12 08:55",
}
for _slug, _d in DATES.items():
    next(x for x in M if x["slug"] == _slug)["date"] = _d


if __name__ == "__main__":
    main()
