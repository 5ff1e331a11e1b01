#!/usr/bin/env python3
"""Checks for the heldout2 draft: parse every message, re-open every attachment with the
library that made it, validate identifiers with python-stdnum, scan for unintended valid
identifiers, and print the counts used in README.md.

Run:  /work/main/.venv/bin/python check.py
"""
import collections
import csv
import io
import json
import os
import re
import sys
import zipfile
from email import policy
from email.parser import BytesParser

import yaml
from stdnum import iban, luhn
from stdnum.be import bis, nn
from stdnum.nl import bsn

HERE = os.path.dirname(os.path.abspath(__file__))
MSGDIR = os.path.join(HERE, "messages")
errors, warnings = [], []
fmt_count = collections.Counter()          # attachment formats (nested members counted too)
top_fmt_count = collections.Counter()      # formats of top-level attachments


def read_xlsx(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def read_docx(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append(" | ".join(c.text for c in r.cells))
    return "\n".join(out)


def read_pdf(data):
    import pypdf
    r = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(p.extract_text() or "" for p in r.pages)


def read_odf(data):
    from odf import teletype
    from odf.opendocument import load
    from odf.text import P
    doc = load(io.BytesIO(data))
    return "\n".join(teletype.extractText(p) for p in doc.getElementsByType(P))


def read_csv(text, delim):
    return "\n".join(" | ".join(r) for r in csv.reader(io.StringIO(text), delimiter=delim))


def read_zip(data, where):
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None
        for n in z.namelist():
            out.append(read_file(n, z.read(n), where + "/" + n))
    return "\n".join(out)


def read_file(name, data, where):
    ext = name.rsplit(".", 1)[-1].lower()
    fmt_count[ext] += 1
    if ext == "xlsx":
        return read_xlsx(data)
    if ext == "docx":
        return read_docx(data)
    if ext == "pdf":
        return read_pdf(data)
    if ext in ("odt", "ods"):
        return read_odf(data)
    if ext == "zip":
        return read_zip(data, where)
    if ext == "eml":
        return read_msg(BytesParser(policy=policy.default).parsebytes(data), where)
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    if ext == "csv":
        return read_csv(text, ";" if text.count(";") > text.count(",") else ",")
    if ext == "tsv":
        return read_csv(text, "\t")
    if ext in ("txt", "html"):
        return text
    errors.append(f"{where}: unknown attachment type {name}")
    return ""


def read_msg(m, where, top=False):
    out = [m.get("Subject", "")]
    for part in m.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fn = part.get_filename()
        if ctype == "message/rfc822":
            continue
        if fn:
            if top:
                top_fmt_count[fn.rsplit(".", 1)[-1].lower()] += 1
            data = part.get_content()
            if isinstance(data, str) and not fn.lower().endswith((".csv", ".tsv", ".txt", ".html")):
                errors.append(f"{where}: {fn} came back as text")
            try:
                out.append(read_file(fn, data, where + "/" + fn))
            except Exception as e:  # noqa: BLE001
                errors.append(f"{where}: cannot open {fn}: {e!r}")
        elif ctype in ("text/plain", "text/html"):
            out.append(part.get_content())
    # attached messages: EmailMessage.walk() descends into message/rfc822 parts, so the
    # inner parts were already read above; count the .eml attachments themselves here
    for part in m.iter_attachments() if m.is_multipart() else []:
        if part.get_content_type() == "message/rfc822":
            fn = part.get_filename() or "attached.eml"
            fmt_count["eml"] += 1
            if top:
                top_fmt_count["eml"] += 1
            inner = part.get_content()
            for h in ("From", "To", "Subject", "Date"):
                if not inner.get(h):
                    errors.append(f"{where}/{fn}: inner message lacks {h}")
    return "\n".join(out)


def compact(s):
    return re.sub(r"[^0-9A-Za-z]", "", s)


VALID = {"nn": nn.is_valid, "bis": bis.is_valid, "bsn": bsn.is_valid,
         "iban": iban.is_valid, "card": lambda s: luhn.is_valid(compact(s)) and 13 <= len(compact(s)) <= 19}
KIND_ENTITY = {"nn": "BE_NATIONAL_NUMBER", "bis": "BE_BIS_NUMBER", "bsn": "NL_BSN",
               "iban": "IBAN_CODE", "card": "CREDIT_CARD"}


def bsn_ok(d):
    return bsn.is_valid(d) or (len(d) == 8 and bsn.is_valid("0" + d))


def scan(text):
    """Valid identifiers anywhere in text: returns set of (kind, compact)."""
    found = set()
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", text):
        if iban.is_valid(m.group(0)):
            found.add(("iban", compact(m.group(0))))
    text = re.sub(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", " IBAN ", text)
    for m in re.finditer(r"(?<![\d])\d(?:[ .\-/]?\d){7,18}(?![\d])", text):
        s = m.group(0)
        d = re.sub(r"\D", "", s)
        cands = {d}
        # also every contiguous run of 8..19 digits inside a longer grouping
        for i in range(len(d)):
            for L in (8, 9, 11, 13, 14, 15, 16, 19):
                if i + L <= len(d):
                    cands.add(d[i:i + L])
        for c in cands:
            if len(c) == 11 and nn.is_valid(c):
                found.add(("nn", c))
            if len(c) == 11 and bis.is_valid(c):
                found.add(("bis", c))
            if len(c) == 9 and bsn.is_valid(c) and c == d:
                found.add(("bsn", c))
            if len(c) == 8 and c == d and bsn.is_valid("0" + c):
                found.add(("bsn8", c))
            if 13 <= len(c) <= 19 and c == d and luhn.is_valid(c) and c[0] in "3456":
                found.add(("card", c))
    return found


def main():
    with open(os.path.join(HERE, "labels.yaml"), encoding="utf-8") as f:
        labels = yaml.safe_load(f)
    with open(os.path.join(HERE, "identifiers.json"), encoding="utf-8") as f:
        idents = json.load(f)
    files = sorted(os.listdir(MSGDIR))
    if set(files) != set(labels):
        errors.append(f"labels/files mismatch: {set(files) ^ set(labels)}")
    la = collections.Counter()
    ent = collections.Counter()
    with_att = 0
    for fn in files:
        lab = labels[fn]
        raw = open(os.path.join(MSGDIR, fn), "rb").read()
        if re.search(rb"(?<!\r)\n", raw):
            errors.append(f"{fn}: bare LF")
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            errors.append(f"{fn}: not UTF-8/ASCII on the wire")
        m = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if len(m.get_all(h, [])) != 1:
                errors.append(f"{fn}: header {h} x{len(m.get_all(h, []))}")
        if m.defects:
            errors.append(f"{fn}: defects {m.defects}")
        if lab["rcpt"] not in (m["To"] or ""):
            errors.append(f"{fn}: rcpt not in To")
        if not fn.startswith(tuple(f"{i:03d}-{lab['lang']}-" for i in range(1, 1000))):
            errors.append(f"{fn}: lang in name")
        text = read_msg(m, fn, top=True)
        if list(m.iter_attachments()):
            with_att += 1
        la[(lab["lang"], lab["action"])] += 1
        for e in lab["entities"]:
            ent[e] += 1
        if (lab["action"] == "block") != bool(lab["entities"]):
            errors.append(f"{fn}: action/entities inconsistent")
        info = idents[fn]
        flat = re.sub(r"\s+", " ", text)
        flat_nospace = re.sub(r"\s+", "", text)
        for kind, val in info["valid"]:
            if not VALID[kind](val):
                errors.append(f"{fn}: {kind} {val} is NOT valid")
            if val not in flat and re.sub(r"\s+", "", val) not in flat_nospace:
                errors.append(f"{fn}: {kind} {val} not found in the text")
            if KIND_ENTITY[kind] not in lab["entities"]:
                errors.append(f"{fn}: {kind} {val} present but {KIND_ENTITY[kind]} not labelled")
        for kind, val in info["invalid"]:
            c = compact(val)
            bad = (kind == "nn" and (nn.is_valid(c) or bis.is_valid(c))) or \
                  (kind == "bsn" and bsn_ok(c)) or (kind == "card" and luhn.is_valid(c))
            if bad:
                errors.append(f"{fn}: look-alike {val} is valid as {kind}")
            if val not in flat:
                errors.append(f"{fn}: look-alike {val} not found")
        own = {compact(x) for x in info["own_ibans"]}
        for x in info["own_ibans"]:
            if not iban.is_valid(x):
                errors.append(f"{fn}: own IBAN {x} invalid")
        declared = {(k, compact(v)) for k, v in info["valid"]}
        for kind, c in sorted(scan(text)):
            if kind == "iban" and c in own:
                continue
            if (kind, c) in declared or (kind == "bsn8" and ("bsn", c) in declared):
                continue
            msg = f"{fn}: undeclared valid {kind} {c}"
            if kind == "bsn8" or (lab["action"] == "block" and KIND_ENTITY.get(kind) in lab["entities"]):
                warnings.append(msg)
            else:
                errors.append(msg)
    for e in errors:
        print("ERROR", e)
    for w in warnings:
        print("warn ", w)
    print(f"\n{len(files)} messages, {with_att} with attachments, {len(errors)} errors, {len(warnings)} warnings")
    print("\nlang x action:")
    for lang in ("nl", "fr", "de", "en"):
        print(f"  {lang}: block {la[(lang, 'block')]:3d}  allow {la[(lang, 'allow')]:3d}  "
              f"total {la[(lang, 'block')] + la[(lang, 'allow')]}")
    print(f"  all: block {sum(v for k, v in la.items() if k[1] == 'block')}  "
          f"allow {sum(v for k, v in la.items() if k[1] == 'allow')}")
    print("\nentity types (messages):")
    for k, v in sorted(ent.items(), key=lambda kv: -kv[1]):
        print(f"  {k:24s} {v}")
    print("\nattachment formats, top level:", dict(sorted(top_fmt_count.items())))
    print("attachment formats, incl. zip/eml members:", dict(sorted(fmt_count.items())))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
