"""A realistic outbound mail mix for the relay benchmarks, built from the project's own corpora.

Messages come from ``tests/corpus/messages`` and ``tests/heldout/messages`` (hand-labelled
``block`` / ``allow`` in their ``labels.yaml``), sent with their own envelope (From -> To/Cc).
Half of the mix carries personal data (``block`` messages, and attachments holding a table of
national register numbers with a health column), so that bounces and DPO notices go out
through the outbox; most get an HTML alternative the way Outlook writes one (a style sheet and
``MsoNormal`` paragraphs); a third of the messages get an attachment of one of the kinds real outbound
mail carries, each made by the real library or format: xlsx (openpyxl), docx (python-docx), pdf
(reportlab), csv, zip (a docx and a csv inside) and an attached e-mail (message/rfc822).

    python bench/mix.py            # print the composition of the default mix
    python bench/relay.py --mix    # gateway vs pass-through relay on it (see bench/relay.py)
"""

from __future__ import annotations

import argparse
import csv
import email
import email.policy
import io
import random
import sys
import zipfile
from collections import Counter
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
# Never tests/heldout2: the blind held-out set stays unread by everything but its own scorer.
CORPORA = (ROOT / "tests" / "corpus", ROOT / "tests" / "heldout")
ATTACHMENT_KINDS = ("xlsx", "docx", "pdf", "csv", "zip", "eml")

NEUTRAL = (
    "Agenda van de werkgroep: stand van zaken van het project, planning van het volgende kwartaal, "
    "budgetopvolging en varia. Ordre du jour : état d'avancement, calendrier du prochain trimestre, "
    "suivi budgétaire. Tagesordnung: Stand des Projekts, Planung, Budget. Agenda: project status, "
    "planning for next quarter, budget follow-up, any other business."
)
HEALTH = ("diabetes type 2", "arbeidsongeschikt (burn-out)", "hospitalisé (cardiologie)", "chemotherapie",
          "Krankschreibung", "sick leave (surgery)")
SURNAMES = ("Peeters", "Janssens", "Maes", "Jacobs", "Dubois", "Lambert", "Martin", "Claes", "Wouters", "Goossens")
GIVEN = ("Jan", "Marie", "Luc", "Sofie", "Thomas", "Julie", "Pieter", "Nathalie", "Koen", "Emma")


OUTLOOK_STYLE = "<style><!--\n" + "".join(
    f"@font-face {{font-family:\"Font {i}\"; panose-1:2 15 5 2 2 2 4 3 2 4;}}\n"
    f"p.MsoNormal{i}, li.MsoNormal{i}, div.MsoNormal{i} {{margin:0cm; font-size:11.0pt; "
    f"font-family:\"Calibri\",sans-serif; mso-fareast-language:EN-US;}}\n" for i in range(24)
) + "--></style>"


def outlook_html(text: str) -> str:
    """The HTML alternative of a plain body, shaped like Outlook's (boilerplate dominates)."""
    import html

    paras = "".join(f'<p class="MsoNormal">{html.escape(p) or "&nbsp;"}<o:p></o:p></p>\n'
                    for p in text.splitlines())
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            f'content="text/html; charset=utf-8">{OUTLOOK_STYLE}</head><body lang="NL-BE" link="#0563C1" '
            f'vlink="#954F72"><div class="WordSection1">{paras}</div></body></html>')


@dataclass(frozen=True, slots=True)
class MixMessage:
    sender: str
    rcpts: tuple[str, ...]
    raw: bytes
    personal: bool  # carries personal data by construction (label or attachment)
    kind: str  # "plain" or the attachment kind


def national_number(rng: random.Random) -> str:
    """A valid Belgian national register number (born 1950-1999), formatted YY.MM.DD-SSS.CC."""
    from stdnum.be import nn

    while True:
        base = f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(1, 997):03d}"
        value = base + f"{97 - int(base) % 97:02d}"
        if nn.is_valid(value):
            return f"{value[:2]}.{value[2:4]}.{value[4:6]}-{value[6:9]}.{value[9:]}"


def table_rows(rng: random.Random, n: int, personal: bool) -> list[list[str]]:
    if personal:
        head = ["Naam", "Rijksregisternummer", "Afwezigheid", "Reden"]
        rows = [[f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}", national_number(rng),
                 f"{rng.randint(1, 30)} dagen", rng.choice(HEALTH)] for _ in range(n)]
    else:
        head = ["Project", "Kwartaal", "Budget (EUR)", "Status"]
        rows = [[f"Project {rng.randint(100, 999)}", f"Q{rng.randint(1, 4)} 2026", f"{rng.randint(1, 900)}000",
                 rng.choice(("lopend", "afgerond", "gepland"))] for _ in range(n)]
    return [head, *rows]


def make_xlsx(rows: list[list[str]]) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Overzicht"
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def make_docx(paragraphs: list[str], rows: list[list[str]] | None = None) -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("Nota", level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if rows:
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def make_pdf(lines: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 800
    for line in lines:
        c.drawString(60, y, line[:95])
        y -= 16
        if y < 60:
            c.showPage()
            y = 800
    c.save()
    return buf.getvalue()


def make_csv(rows: list[list[str]]) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, delimiter=";").writerows(rows)
    return buf.getvalue().encode("utf-8")


def make_zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def attachment(kind: str, rng: random.Random, personal: bool, body: str, other_eml: bytes) -> tuple[str, bytes, str]:
    """(filename, bytes, content type) of one attachment of ``kind``."""
    rows = table_rows(rng, rng.randint(20, 120), personal)
    text = [body[i:i + 90] for i in range(0, min(len(body), 2700), 90)] or [NEUTRAL]
    if kind == "xlsx":
        return "overzicht.xlsx", make_xlsx(rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    if kind == "docx":
        return "nota.docx", make_docx([NEUTRAL, body[:3000]], rows[:15] if personal else None), \
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    if kind == "pdf":
        lines = text + [" | ".join(r) for r in rows[: 40 if personal else 10]]
        return "verslag.pdf", make_pdf(lines), "application/pdf"
    if kind == "csv":
        return "export.csv", make_csv(rows), "text/csv"
    if kind == "zip":
        return "dossier.zip", make_zip({"nota.docx": make_docx([NEUTRAL]), "lijst.csv": make_csv(rows)}), \
            "application/zip"
    return "doorgestuurd.eml", other_eml, "message/rfc822"


def _labelled() -> list[tuple[Path, bool]]:
    out: list[tuple[Path, bool]] = []
    for corpus in CORPORA:
        labels_file = corpus / "labels.yaml"
        if not labels_file.exists():
            continue
        labels = yaml.safe_load(labels_file.read_text(encoding="utf-8")) or {}
        for name, label in sorted(labels.items()):
            path = corpus / "messages" / name
            if path.exists():
                out.append((path, label.get("action") == "block"))
    if not out:
        raise SystemExit("no labelled corpus found under tests/corpus or tests/heldout")
    return out


def _envelope(msg: email.message.Message) -> tuple[str, tuple[str, ...]]:
    sender = next((a for _, a in getaddresses([str(msg.get("From", ""))]) if "@" in a), "sender@example.fgov.be")
    rcpts = tuple(a for _, a in getaddresses([str(msg.get(h, "")) for h in ("To", "Cc")]) if "@" in a)
    return sender, rcpts or ("someone@example.org",)


def _body_text(msg: EmailMessage) -> str:
    try:
        part = msg.get_body(("plain", "html"))
        return part.get_content() if part is not None else ""
    except Exception:  # a deliberately odd corpus message: no text for the attachment
        return ""


def build_mix(n: int = 300, seed: int = 20261124) -> list[MixMessage]:
    """``n`` messages: half with personal data, a third with an attachment (every kind in turn)."""
    rng = random.Random(seed)
    labelled = _labelled()
    positives = [p for p, block in labelled if block]
    negatives = [p for p, block in labelled if not block]
    mix: list[MixMessage] = []
    for i in range(n):
        personal = i % 2 == 0
        with_attachment = i % 3 == 0
        kind = ATTACHMENT_KINDS[(i // 3) % len(ATTACHMENT_KINDS)] if with_attachment else "plain"
        # Personal data from the message itself, or (for some attachments) only from the attachment.
        from_attachment = personal and with_attachment and kind != "eml" and rng.random() < 0.5
        path = rng.choice(positives if personal and not from_attachment else negatives)
        raw = path.read_bytes()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        sender, rcpts = _envelope(msg)
        if isinstance(msg, EmailMessage) and msg.get_content_type() == "text/plain" and rng.random() < 0.7:
            try:
                msg.add_alternative(outlook_html(_body_text(msg)), subtype="html")
                raw = msg.as_bytes(policy=email.policy.SMTP)
            except Exception:  # an odd corpus message: keep it plain
                pass
        if with_attachment and isinstance(msg, EmailMessage):
            other = rng.choice(positives if personal and kind == "eml" else negatives).read_bytes()
            name, data, ctype = attachment(kind, rng, from_attachment, _body_text(msg), other)
            maintype, subtype = ctype.split("/")
            try:
                if msg.get_content_maintype() != "multipart" or msg.get_content_subtype() != "mixed":
                    msg.make_mixed()
                if maintype == "message":
                    inner = email.message_from_bytes(data, policy=email.policy.default)
                    msg.add_attachment(inner, filename=name)
                else:
                    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
                raw = msg.as_bytes(policy=email.policy.SMTP)
            except Exception:  # a corpus message the email package cannot re-serialise: send it as is
                kind = "plain"
        if b"\r\n" not in raw[:2000]:
            raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        mix.append(MixMessage(sender, rcpts, raw, personal, kind))
    return mix


def describe(mix: list[MixMessage]) -> str:
    sizes = sorted(len(m.raw) for m in mix)
    kinds = Counter(m.kind for m in mix)
    by_kind = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()) if k != "plain")
    return (f"{len(mix)} messages, {sum(m.personal for m in mix)} with personal data, "
            f"{len(mix) - kinds['plain']} with attachments ({by_kind}); "
            f"size median {sizes[len(sizes) // 2] / 1024:.1f} KB, max {sizes[-1] / 1024:.0f} KB, "
            f"total {sum(sizes) / 1e6:.1f} MB")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=20261124)
    args = ap.parse_args()
    print(describe(build_mix(args.n, args.seed)))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
