"""Generate the labelled evaluation corpus: tests/corpus/messages/*.eml and tests/corpus/labels.yaml.

Deterministic (fixed seed): running it again rewrites the same files. Usage:
    .venv/bin/python tests/corpus/make_corpus.py && .venv/bin/python tests/corpus/check_labels.py
"""

from __future__ import annotations

import html
import random
import sys
import textwrap
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import scen_de  # noqa: E402,F401  (registers scenarios)
import scen_en  # noqa: E402,F401
import scen_fr  # noqa: E402,F401
import scen_nl  # noqa: E402,F401
from check_labels import found_types  # noqa: E402
from world import SCENARIOS, Mail, World  # noqa: E402

SEED = 20261124


def to_html(text: str) -> str:
    """Render a plain-text body as the kind of HTML an Outlook/Gmail client produces."""
    out: list[str] = []
    para: list[str] = []
    quote: list[str] = []

    def flush() -> None:
        if para:
            esc = "<br>\n".join(html.escape(line) for line in para)
            style = ' style="font-size:9pt;color:#555555"' if para[0] == "--" else ""
            out.append(f"<p{style}>{esc}</p>")
            para.clear()
        if quote:
            inner = "<br>\n".join(html.escape(q) for q in quote)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       f"{inner}</blockquote>")
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            if para:
                flush()
            quote.append(line[1:].removeprefix(" "))
        elif not line.strip():
            if not quote:
                flush()
            else:
                quote.append("")
        else:
            if quote:
                flush()
            para.append(line)
    flush()
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + "\n".join(out)
            + "\n</body></html>\n")


def wrap_body(text: str) -> str:
    """Hard-wrap at 76 columns like Thunderbird/Apple Mail do, quoted lines keep their '> ' prefix."""
    out: list[str] = []
    for line in text.split("\n"):
        prefix = ""
        if line.startswith(">"):
            prefix, line = "> ", line[1:].removeprefix(" ")
        if len(prefix + line) <= 76:
            out.append(prefix + line)
            continue
        out += [prefix + piece for piece in textwrap.wrap(line, 76 - len(prefix), break_long_words=False,
                                                           break_on_hyphens=False)]
    return "\n".join(out)


def serialise(mail: Mail, rng: random.Random) -> bytes:
    msg = EmailMessage(policy=policy.default)
    msg["From"] = mail.frm.addr
    msg["To"] = ", ".join(mail.to)
    if mail.cc:
        msg["Cc"] = ", ".join(mail.cc)
    msg["Subject"] = mail.subject
    msg["Date"] = format_datetime(mail.when)
    msg["Message-ID"] = f"<{rng.getrandbits(64):x}.{rng.getrandbits(32):x}@{mail.frm.email.split('@')[1]}>"
    if rng.random() < 0.4:
        msg["X-Mailer"] = rng.choice(["Microsoft Outlook 16.0", "Microsoft Exchange Server 2019"])
    body = mail.body.rstrip("\n") + "\n"
    if mail.mime == "plain" and rng.random() < 0.35:
        wrapped = wrap_body(body)
        # keep the wrap only if no identifier was cut in two (the labels count whole values)
        if found_types(wrapped) == found_types(body):
            body = wrapped
    if mail.mime == "html":
        msg.set_content(body, cte="8bit")
        msg.add_alternative(to_html(body), subtype="html", cte="quoted-printable")
        msg.set_boundary(f"----=_Part_{rng.getrandbits(48):012x}")
    elif mail.mime == "qp":
        msg.set_content(body, cte="quoted-printable")
    else:
        msg.set_content(body, cte="8bit")
    raw = msg.as_bytes(policy=policy.SMTP)
    if mail.mime == "qp":
        raw = _split_in_qp(raw, mail.qp_split)
    return raw


def _split_in_qp(raw: bytes, value: str) -> bytes:
    """Re-wrap the quoted-printable body so that `value` is cut by a soft line break (=CRLF)."""
    head, _, body = raw.partition(b"\r\n\r\n")
    decoded = _qp_decode(body)
    pos = decoded.index(value)
    cut = pos + len(value) // 2
    lines: list[str] = []
    for para_line in decoded.split("\n"):
        lines.append(para_line)
    # Re-encode by hand: each logical line is emitted in chunks; the chunk containing the cut point is
    # broken exactly there.
    out: list[str] = []
    offset = 0
    for line in lines:
        enc_pieces = _qp_encode_line(line, offset, cut)
        out.extend(enc_pieces)
        offset += len(line) + 1
    return head + b"\r\n\r\n" + "\r\n".join(out).encode("ascii")


def _qp_decode(body: bytes) -> str:
    import quopri

    return quopri.decodestring(body.replace(b"\r\n", b"\n")).decode("utf-8")


def _qp_encode_line(line: str, offset: int, cut: int) -> list[str]:
    tokens: list[tuple[int, str]] = []  # (char index in decoded text, encoded token)
    for i, ch in enumerate(line):
        if ch == "=" or ord(ch) > 126 or (ch in " \t" and i == len(line) - 1):
            tok = "".join(f"={b:02X}" for b in ch.encode("utf-8"))
        else:
            tok = ch
        tokens.append((offset + i, tok))
    pieces: list[str] = []
    cur = ""
    for idx, tok in tokens:
        if idx == cut and cur:
            pieces.append(cur + "=")
            cur = ""
        if len(cur) + len(tok) > 72:
            pieces.append(cur + "=")
            cur = ""
        cur += tok
    pieces.append(cur)
    return pieces


def main() -> None:
    rng = random.Random(SEED)
    world = World(rng)
    outdir = HERE / "messages"
    outdir.mkdir(exist_ok=True)
    for old in outdir.glob("*.eml"):
        old.unlink()
    instances = [(sc, i) for sc in SCENARIOS for i in range(sc.count)]
    rng.shuffle(instances)
    labels = ["# Expected verdict of every message in messages/ (generated by make_corpus.py).",
              "# action: block = must not leave by e-mail to an external recipient; allow = may leave.",
              "# entities: the NON-allowed entity types that must be found (empty for allow).", ""]
    for n, (sc, _i) in enumerate(instances, 1):
        mail = sc.build(world)
        if not mail.cc and rng.random() < 0.15:  # a colleague in copy, as in real case handling
            domain = mail.frm.email.split("@")[1]
            same = [i for i in world.insts.values() if i.domain == domain]
            if same:
                mail.cc = [world.official(same[0], sc.lang).addr]
        name = f"{n:03d}-{sc.lang}-{sc.slug}.eml"
        (outdir / name).write_bytes(serialise(mail, rng))
        note = sc.note.replace('"', "'")
        labels += [f"{name}:", f"  lang: {sc.lang}", f"  action: {sc.action}",
                   f"  entities: [{', '.join(sc.entities)}]", f'  note: "{note}"']
    (HERE / "labels.yaml").write_text("\n".join(labels) + "\n", encoding="utf-8")
    org = sorted({inst.iban for inst in world.insts.values()})
    (HERE / "org_ibans.txt").write_text(
        "# IBANs of the (invented) institution accounts used in the corpus: pass them as --org-iban\n"
        + "\n".join(org) + "\n", encoding="utf-8")
    print(f"wrote {len(instances)} messages")


if __name__ == "__main__":
    main()
