#!/usr/bin/env python3
"""Check the held-out set: MIME sanity, labels vs files, identifiers valid/invalid and present."""
import collections
import csv
import glob
import html.parser
import io
import os
import re
import sys
import zipfile
from email import policy
from email.parser import BytesParser

import yaml
from stdnum import iban, luhn
from stdnum.be import nn, bis, vat
from stdnum.nl import bsn

HERE = os.path.dirname(os.path.abspath(__file__))
ENTITIES = {"BE_NATIONAL_NUMBER", "BE_BIS_NUMBER", "NL_BSN", "IBAN_CODE", "CREDIT_CARD", "ART9_HEALTH",
            "ART9_ETHNIC_ORIGIN", "ART9_POLITICAL_OPINION", "ART9_RELIGION", "ART9_TRADE_UNION", "ART9_GENETIC",
            "ART9_BIOMETRIC", "ART9_SEX_LIFE", "ART10_CRIMINAL"}
NUMBER_ENTITIES = {"BE_NATIONAL_NUMBER", "BE_BIS_NUMBER", "NL_BSN", "IBAN_CODE", "CREDIT_CARD"}
errors, warnings = [], []


def err(m):
    errors.append(m)


def digits(s):
    return re.sub(r"\D", "", s)


def valid(entity, value):
    d = digits(value)
    if entity == "BE_NATIONAL_NUMBER":
        return nn.is_valid(d)
    if entity == "BE_BIS_NUMBER":
        return bis.is_valid(d)
    if entity == "NL_BSN":
        return bsn.is_valid(d.zfill(9)) and len(d) in (8, 9)
    if entity == "IBAN_CODE":
        return iban.is_valid(value)
    if entity == "CREDIT_CARD":
        return 13 <= len(d) <= 19 and luhn.is_valid(d)
    if entity == "BE_ENTERPRISE":
        return vat.is_valid(d)
    raise ValueError(entity)


class _Strip(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []

    def handle_data(self, d):
        self.out.append(d)

    def handle_starttag(self, tag, attrs):
        if tag in ("td", "th", "br", "p", "tr", "div", "li"):
            self.out.append(" \n")


def strip_html(s):
    p = _Strip()
    p.feed(s)
    return "".join(p.out)


def extract_file(name, data):
    low = name.lower()
    if low.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(io.BytesIO(data)).pages)
    if low.endswith(".xlsx"):
        from openpyxl import load_workbook
        wb = load_workbook(io.BytesIO(data), read_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                out.append("\t".join("" if v is None else str(v) for v in row))
        return "\n".join(out)
    if low.endswith(".docx"):
        import docx
        d = docx.Document(io.BytesIO(data))
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                out.append("\t".join(c.text for c in r.cells))
        return "\n".join(out)
    if low.endswith((".odt", ".ods")):
        from odf.opendocument import load
        from odf import teletype
        from odf.text import P
        doc = load(io.BytesIO(data))
        return "\n".join(teletype.extractText(p) for p in doc.getElementsByType(P))
    if low.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        return "\n".join(n + "\n" + extract_file(n, z.read(n)) for n in z.namelist())
    if low.endswith((".html", ".htm")):
        return strip_html(data.decode("utf-8"))
    if low.endswith(".eml"):
        return extract_msg(BytesParser(policy=policy.default).parsebytes(data))
    return data.decode("utf-8")


def extract_msg(msg, depth=0):
    out = [str(msg.get("Subject", ""))]
    for part in msg.iter_parts() if msg.is_multipart() else [msg]:
        out.append(extract_part(part, depth))
    return "\n".join(out)


def extract_part(part, depth):
    defects = list(part.defects)
    if defects:
        err(f"defects {defects}")
    ctype = part.get_content_type()
    if part.is_multipart():
        return "\n".join(extract_part(p, depth) for p in part.iter_parts())
    if ctype == "message/rfc822":
        inner = part.get_payload()[0]
        for d in inner.defects:
            err(f"inner defect {d}")
        return extract_msg(inner, depth + 1)
    fname = part.get_filename()
    if fname:
        return fname + "\n" + extract_file(fname, part.get_payload(decode=True))
    if ctype == "text/html":
        return strip_html(part.get_content())
    if part.get_content_maintype() == "text":
        return part.get_content()
    err(f"unknown part {ctype}")
    return ""


def scan_candidates(text):
    """Numbers in the text that validate as some identifier."""
    found = set()
    for m in re.finditer(r"(?<![\dA-Za-z])\d{2}[.\s/-]?\d{2}[.\s/-]?\d{2}[.\s/-]?\d{3}[.\s/-]?\d{2}(?!\d)", text):
        d = digits(m.group())
        if nn.is_valid(d):
            found.add(("BE_NATIONAL_NUMBER", d))
        if bis.is_valid(d):
            found.add(("BE_BIS_NUMBER", d))
    for m in re.finditer(r"(?<![\d.,/-])(\d{9}|\d{8}|\d{4}[.\s]\d{2}[.\s]\d{3}|\d{3}[.\s]\d{3}[.\s]\d{3}|\d{2}[.\s]\d{2}[.\s]\d{2}[.\s]\d{3})(?![\d,/-]|\.\d)", text):
        d = digits(m.group())
        if bsn.is_valid(d.zfill(9)):
            found.add(("NL_BSN", d.zfill(9)))
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?", text):
        v = re.sub(r"\s", "", m.group())
        if iban.is_valid(v):
            found.add(("IBAN_CODE", v))
    for m in re.finditer(r"(?<![\d-])[3-6]\d{3}(?:[ -]?\d{4}){2}[ -]?\d{1,7}(?![\d-])", text):
        d = digits(m.group())
        if 13 <= len(d) <= 19 and luhn.is_valid(d):
            found.add(("CREDIT_CARD", d))
    return found


def norm(entity, v):
    if entity == "IBAN_CODE":
        return re.sub(r"\s", "", v).upper()
    if entity == "NL_BSN":
        return digits(v).zfill(9)
    return digits(v)


def main():
    labels = yaml.safe_load(open(os.path.join(HERE, "labels.yaml"), encoding="utf-8"))
    numbers = yaml.safe_load(open(os.path.join(HERE, "numbers.yaml"), encoding="utf-8")) or []
    files = sorted(os.path.basename(f) for f in glob.glob(os.path.join(HERE, "messages", "*.eml")))
    if set(files) != set(labels):
        err(f"files/labels mismatch: {set(files) ^ set(labels)}")
    bynum = collections.defaultdict(list)
    for n in numbers:
        bynum[n["file"]].append(n)
    counts = collections.Counter()
    ent_counts = collections.Counter()
    ent_msgs = collections.Counter()
    for f in files:
        raw = open(os.path.join(HERE, "messages", f), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err(f"{f}: non-CRLF line ending")
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            err(f"{f}: raw 8-bit bytes")
        n0 = len(errors)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for d in msg.defects:
            err(f"{f}: defect {d}")
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg.get(h):
                err(f"{f}: missing {h}")
        text = extract_msg(msg)
        for i in range(n0, len(errors)):
            errors[i] = f"{f}: {errors[i]}"
        lab = labels.get(f, {})
        m = re.match(r"^(\d{3})-(nl|de)-[a-z0-9-]+\.eml$", f)
        if not m:
            err(f"{f}: bad file name")
        elif lab.get("lang") != m.group(2):
            err(f"{f}: lang mismatch")
        act = lab.get("action")
        ents = set(lab.get("entities") or [])
        if act not in ("block", "allow"):
            err(f"{f}: bad action")
        if not ents <= ENTITIES:
            err(f"{f}: unknown entity {ents - ENTITIES}")
        if act == "block" and not ents:
            err(f"{f}: block without entities")
        if act == "allow" and ents:
            err(f"{f}: allow with entities")
        frm = msg["From"].addresses[0].domain.lower()
        tos = [a for a in msg["To"].addresses]
        if tos[0].addr_spec != lab.get("rcpt"):
            err(f"{f}: rcpt mismatch {tos[0].addr_spec} != {lab.get('rcpt')}")
        for a in list(tos) + (list(msg["Cc"].addresses) if msg.get("Cc") else []):
            if a.domain.lower() == frm:
                err(f"{f}: recipient {a.addr_spec} inside sender domain")
        if not lab.get("note"):
            err(f"{f}: no note")
        flat = re.sub(r"\s+", " ", text)
        squeezed = re.sub(r"[\s.\-/]", "", text)
        declared = set()
        valid_ents = set()
        for n in bynum.get(f, []):
            e, v, k = n["entity"], str(n["value"]), n["kind"]
            ok = valid(e, v)
            if k in ("valid", "org") and not ok:
                err(f"{f}: {k} {e} {v} does not validate")
            if k == "invalid":
                fam = {"BE_NATIONAL_NUMBER": ["BE_NATIONAL_NUMBER", "BE_BIS_NUMBER"],
                       "BE_BIS_NUMBER": ["BE_NATIONAL_NUMBER", "BE_BIS_NUMBER"]}.get(e, [e])
                if any(valid(x, v) for x in fam):
                    err(f"{f}: invalid {e} {v} validates")
            if k == "valid":
                valid_ents.add(e)
            if k == "org" and e not in ("IBAN_CODE", "BE_ENTERPRISE"):
                err(f"{f}: org kind for {e}")
            vflat = re.sub(r"\s+", " ", v)
            if vflat not in flat and re.sub(r"[\s.\-/]", "", v) not in squeezed:
                err(f"{f}: identifier {v} not found in extracted text")
            declared.add((e if e != "BE_ENTERPRISE" else "X", norm(e, v)))
        for e in NUMBER_ENTITIES:
            if (e in ents) != (e in valid_ents):
                err(f"{f}: entity {e} label/number mismatch")
        for e, v in scan_candidates(text):
            if (e, v) in declared:
                continue
            if e == "BE_BIS_NUMBER" and ("BE_NATIONAL_NUMBER", v) in declared:
                continue
            if e == "BE_NATIONAL_NUMBER" and ("BE_BIS_NUMBER", v) in declared:
                continue
            if e == "NL_BSN" and any(d[1].endswith(v.lstrip("0")) and len(v.lstrip("0")) >= 8 for d in declared):
                continue
            (err if act == "allow" or e in ents else warnings.append)(f"{f}: undeclared {e} candidate {v}")
        counts[(lab.get("lang"), act)] += 1
        for e in ents:
            ent_msgs[e] += 1
    print(f"messages: {len(files)}")
    print("lang  block allow")
    for lang in ("nl", "de"):
        print(f"{lang:5} {counts[(lang, 'block')]:5} {counts[(lang, 'allow')]:5}")
    print(f"total {sum(v for k, v in counts.items() if k[1] == 'block'):5} {sum(v for k, v in counts.items() if k[1] == 'allow'):5}")
    print("entity (block messages carrying it)")
    for e in sorted(ENTITIES):
        print(f"  {e:24} {ent_msgs[e]}")
    atts = 0
    for f in files:
        msg = BytesParser(policy=policy.default).parsebytes(open(os.path.join(HERE, "messages", f), "rb").read())
        if any(p.get_filename() for p in msg.walk()) or any(p.get_content_type() == "message/rfc822" for p in msg.walk()):
            atts += 1
    print(f"with attachments: {atts}")
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
