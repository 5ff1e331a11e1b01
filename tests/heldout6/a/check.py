#!/usr/bin/env python3
"""Checks the held-out set: parses every message, validates every declared identifier with
python-stdnum, finds it in the extracted text, and looks for undeclared valid identifiers."""
import io
import os
import re
import sys
import zipfile
import email
import email.policy
from collections import Counter
from html.parser import HTMLParser

import yaml
from stdnum import iban, luhn
from stdnum.be import nn as be_nn, bis as be_bis, vat as be_vat
from stdnum.nl import bsn as nl_bsn

HERE = os.path.dirname(os.path.abspath(__file__))
MSGDIR = os.path.join(HERE, "messages")
ENTITIES = {"ART9_HEALTH", "ART9_ETHNIC_ORIGIN", "ART9_POLITICAL_OPINION", "ART9_RELIGION",
            "ART9_TRADE_UNION", "ART9_GENETIC", "ART9_BIOMETRIC", "ART9_SEX_LIFE", "ART10_CRIMINAL",
            "BE_NATIONAL_NUMBER", "BE_BIS_NUMBER", "NL_BSN", "IBAN_CODE", "CREDIT_CARD"}
ERR = []


def err(fn, msg):
    ERR.append(f"{fn}: {msg}")


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []

    def handle_data(self, d):
        self.out.append(d)


def html_text(s):
    p = _Strip()
    p.feed(s)
    return " ".join(p.out)


def odf_text(data):
    from odf.opendocument import load
    from odf import teletype
    from odf.text import P
    doc = load(io.BytesIO(data))
    return "\n".join(teletype.extractText(p) for p in doc.getElementsByType(P))


def file_text(name, data):
    n = name.lower()
    if n.endswith((".csv", ".tsv", ".txt", ".ics", ".vcf")):
        return data.decode("utf-8")
    if n.endswith((".html", ".htm")):
        return html_text(data.decode("utf-8"))
    if n.endswith(".xlsx"):
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
        return "\n".join(" ; ".join("" if c is None else str(c) for c in row)
                         for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    if n.endswith(".docx"):
        import docx
        d = docx.Document(io.BytesIO(data))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" ; ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if n.endswith(".pdf"):
        import pypdf
        return "\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(io.BytesIO(data)).pages)
    if n.endswith((".odt", ".ods")):
        return odf_text(data)
    if n.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        return "\n".join(file_text(i.filename, z.read(i.filename)) for i in z.infolist())
    if n.endswith(".eml"):
        return mail_text(email.message_from_bytes(data, policy=email.policy.default))
    raise ValueError(f"unknown attachment type {name}")


def mail_text(msg):
    out = [f"Subject: {msg.get('Subject', '')}"]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if ct == "message/rfc822":
            continue
        if fn:
            out.append(file_text(fn, part.get_payload(decode=True)))
        elif ct == "text/plain":
            out.append(part.get_content())
        elif ct == "text/html":
            out.append(html_text(part.get_content()))
        else:
            raise ValueError(f"unexpected part {ct}")
    # attached mails (message/rfc822): walk() descends into them already
    return "\n".join(out)


def digits(s):
    return re.sub(r"\D", "", s)


def compact(s):
    return re.sub(r"[\s.\-]", "", s).upper()


def validate(n):
    t, v = n["type"], n["value"]
    d = digits(v)
    if t == "BE_NATIONAL_NUMBER":
        return be_nn.is_valid(d)
    if t == "BE_BIS_NUMBER":
        return be_bis.is_valid(d)
    if t == "NL_BSN":
        return nl_bsn.is_valid(d.zfill(9))
    if t == "IBAN_CODE":
        return iban.is_valid(v)
    if t == "CREDIT_CARD":
        return 13 <= len(d) <= 19 and luhn.is_valid(d)
    if t == "BE_KBO":
        return be_vat.is_valid(d)
    raise ValueError(t)


RX_NN = re.compile(r"(?<![\d.])\d{2}[. ]?\d{2}[. ]?\d{2}[-. ]?\d{3}[. ]?\d{2}(?![\d])")
RX_BSN = re.compile(r"(?<![\d.])(?:\d{4}[. ]?\d{2}[. ]?\d{3}|\d{8})(?![\d])")
RX_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
RX_CARD = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")


def undeclared(fn, text, declared):
    dd = {digits(n["value"]) for n in declared} | {digits(n["value"]).zfill(9) for n in declared}
    cc = {compact(n["value"]) for n in declared}
    for m in RX_NN.finditer(text):
        d = digits(m.group())
        if (be_nn.is_valid(d) or be_bis.is_valid(d)) and d not in dd:
            err(fn, f"undeclared valid NN/BIS {m.group()!r}")
    for m in RX_BSN.finditer(text):
        d = digits(m.group()).zfill(9)
        if nl_bsn.is_valid(d) and d not in dd and digits(m.group()) not in dd:
            err(fn, f"undeclared valid BSN {m.group()!r}")
    for m in RX_IBAN.finditer(text):
        c = compact(m.group())
        for k in range(len(c), 14, -1):
            if iban.is_valid(c[:k]):
                if c[:k] not in cc:
                    err(fn, f"undeclared valid IBAN {c[:k]!r}")
                break
    for m in RX_CARD.finditer(text):
        d = digits(m.group())
        if luhn.is_valid(d) and d[0] in "3456" and d not in dd:
            err(fn, f"undeclared Luhn-valid card-like {m.group()!r}")


def main():
    labels = yaml.safe_load(open(os.path.join(HERE, "labels.yaml"), encoding="utf-8"))
    numbers = yaml.safe_load(open(os.path.join(HERE, "numbers.yaml"), encoding="utf-8"))
    files = sorted(os.listdir(MSGDIR))
    if set(files) != set(labels) or set(files) != set(numbers):
        err("-", "files, labels.yaml and numbers.yaml disagree")
    counts, ents = Counter(), Counter()
    idcount = Counter()
    n_att = 0
    for fn in files:
        raw = open(os.path.join(MSGDIR, fn), "rb").read()
        if re.search(rb"(?<!\r)\n", raw):
            err(fn, "bare LF")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if any(p.get_filename() for p in msg.walk()):
            n_att += 1
        try:
            text = mail_text(msg)
        except Exception as e:  # noqa
            err(fn, f"extraction failed: {e}")
            continue
        lab = labels.get(fn, {})
        lang = fn.split("-")[1]
        if lab.get("lang") != lang:
            err(fn, "lang mismatch")
        if lab.get("action") not in ("block", "allow"):
            err(fn, "bad action")
        es = set(lab.get("entities") or [])
        if es - ENTITIES:
            err(fn, f"unknown entities {es - ENTITIES}")
        if (lab.get("action") == "block") != bool(es):
            err(fn, "action/entities mismatch")
        if not lab.get("note") or not lab.get("rcpt"):
            err(fn, "missing note/rcpt")
        if lab.get("rcpt") not in msg.get("To", ""):
            err(fn, "rcpt not in To")
        counts[(lang, lab.get("action"))] += 1
        for e in es:
            ents[e] += 1
        declared = numbers.get(fn) or []
        ctext, dtext = compact(text), digits(text)
        for n in declared:
            ok = validate(n)
            if ok != n["valid"]:
                err(fn, f"{n['type']} {n['value']}: declared valid={n['valid']}, stdnum says {ok}")
            if n["value"] not in text and compact(n["value"]) not in ctext:
                err(fn, f"{n['value']!r} not found in extracted text")
            if n["valid"] and not n.get("org") and n["type"] in ENTITIES:
                idcount[n["type"]] += 1
                if n["type"] not in es:
                    err(fn, f"valid personal {n['type']} but entity not labelled")
        for t in ("BE_NATIONAL_NUMBER", "BE_BIS_NUMBER", "NL_BSN", "IBAN_CODE", "CREDIT_CARD"):
            if t in es and not any(n["type"] == t and n["valid"] and not n.get("org") for n in declared):
                err(fn, f"entity {t} labelled but no valid personal number declared")
        undeclared(fn, text, declared)
    print("counts:", dict(sorted(counts.items())))
    print("entities (messages):", dict(sorted(ents.items())))
    print("valid personal identifiers:", dict(sorted(idcount.items())))
    print("messages with attachments:", n_att, "of", len(files))
    for e in ERR:
        print("ERROR", e)
    print("clean" if not ERR else f"{len(ERR)} problem(s)")
    return 1 if ERR else 0


if __name__ == "__main__":
    sys.exit(main())
