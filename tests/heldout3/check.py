#!/usr/bin/env python3
"""Checks the heldout3 set: every file parses, labels match files, every identifier meant valid is
valid and present, every look-alike meant invalid is invalid, and no unregistered valid identifier
hides in a message (that would make its label wrong). Prints counts. Exit status 1 on any error."""
import collections
import html
import io
import os
import re
import sys
import zipfile
from email import policy, utils
from email.parser import BytesParser

import yaml
from stdnum import iban as s_iban
from stdnum import luhn as s_luhn
from stdnum.be import bis as s_bis
from stdnum.be import nn as s_nn
from stdnum.nl import bsn as s_bsn

HERE = os.path.dirname(os.path.abspath(__file__))
MSGDIR = os.path.join(HERE, "messages")
ENTITIES = {"BE_NATIONAL_NUMBER", "BE_BIS_NUMBER", "NL_BSN", "IBAN_CODE", "CREDIT_CARD", "ART9_HEALTH",
            "ART9_ETHNIC_ORIGIN", "ART9_POLITICAL_OPINION", "ART9_RELIGION", "ART9_TRADE_UNION",
            "ART9_GENETIC", "ART9_BIOMETRIC", "ART9_SEX_LIFE", "ART10_CRIMINAL"}
NUMBER_TYPES = {"BE_NATIONAL_NUMBER", "BE_BIS_NUMBER", "NL_BSN", "IBAN_CODE", "CREDIT_CARD"}
LANGS = {"nl", "fr", "de", "en"}
errors = []


def err(msg):
    errors.append(msg)


def compact(s):
    return re.sub(r"[^0-9A-Za-z]", "", s)


def valid(typ, value):
    if typ == "BE_NATIONAL_NUMBER":
        return s_nn.is_valid(value)
    if typ == "BE_BIS_NUMBER":
        return s_bis.is_valid(value)
    if typ == "NL_BSN":
        return s_bsn.is_valid(value)
    if typ == "IBAN_CODE":
        return s_iban.is_valid(value)
    if typ == "CREDIT_CARD":
        d = compact(value)
        return d.isdigit() and 13 <= len(d) <= 19 and s_luhn.is_valid(d)
    raise ValueError(typ)


# ------------------------------------------------------------------ text extraction
def _xml_text(data):
    data = re.sub(rb"<text:s[^>]*/>", b" ", data)
    data = re.sub(rb"</(text:p|text:h|table:table-cell)>", b"\n", data)
    return html.unescape(re.sub(rb"<[^>]+>", b"", data).decode("utf-8"))


def _decode(data, charset=None):
    for enc in ([charset] if charset else []) + ["utf-8", "windows-1252"]:
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1")


def extract_file(name, data, charset=None):
    low = name.lower()
    if low.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)
    if low.endswith(".xlsx"):
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
        out = []
        for ws in wb.worksheets:
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
        return _xml_text(zipfile.ZipFile(io.BytesIO(data)).read("content.xml"))
    if low.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        return "\n".join(extract_file(n, z.read(n)) for n in z.namelist())
    if low.endswith((".html", ".htm")):
        return html_text(_decode(data, charset))
    return _decode(data, charset)


def html_text(s):
    s = re.sub(r"(?i)<(br|/p|/tr|/li|/h\d)[^>]*>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", "\t", s)
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def extract_message(msg, shapes):
    """Text of subject, bodies and attachments (recursing into attached messages)."""
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue  # walk() descends into it
        fn = part.get_filename()
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        shapes["cte:" + cte] += 1
        data = part.get_payload(decode=True) or b""
        charset = part.get_content_charset()
        if fn:
            ext = fn.rsplit(".", 1)[-1].lower()
            shapes["att:" + ext] += 1
            out.append(extract_file(fn, data, charset))
        elif ct == "text/html":
            out.append(html_text(_decode(data, charset)))
        else:
            out.append(_decode(data, charset))
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            shapes["att:eml"] += 1
            inner = part.get_payload()[0]
            out.append(str(inner.get("Subject", "")))
    return "\n".join(out)


# ------------------------------------------------------------------ candidate scan
NN_RE = re.compile(r"(?<![\dA-Za-z])\d{2}[. ]?\d{2}[. ]?\d{2}[-. ]?\d{3}[-. ]?\d{2}(?![\d])")
BSN_RE = re.compile(r"(?<![\d.])\d{9}(?![\d])|(?<!\d)\d{4}\.\d{2}\.\d{3}(?!\d)")
CARD_RE = re.compile(r"(?<![\dA-Za-z])\d(?:[ -]?\d){12,18}(?![\d])")
IBAN_START = re.compile(r"(?<![A-Z])[A-Z]{2}\d{2}")


def scan(text):
    found = set()
    for m in NN_RE.finditer(text):
        d = compact(m.group())
        if s_nn.is_valid(d):
            found.add(("BE_NATIONAL_NUMBER", d))
        if s_bis.is_valid(d):
            found.add(("BE_BIS_NUMBER", d))
    for m in BSN_RE.finditer(text):
        d = compact(m.group())
        if s_bsn.is_valid(d):
            found.add(("NL_BSN", d))
    for m in CARD_RE.finditer(text):
        d = compact(m.group())
        if 13 <= len(d) <= 19 and s_luhn.is_valid(d) and d[0] in "3456":
            found.add(("CREDIT_CARD", d))
    for m in IBAN_START.finditer(text):
        tail = compact(text[m.start():m.start() + 44])
        for ln in range(34, 14, -1):
            if len(tail) >= ln and s_iban.is_valid(tail[:ln]):
                found.add(("IBAN_CODE", tail[:ln]))
                break
    return found


def main():
    with open(os.path.join(HERE, "labels.yaml"), encoding="utf-8") as fh:
        labels = yaml.safe_load(fh)
    with open(os.path.join(HERE, "numbers.yaml"), encoding="utf-8") as fh:
        numbers = yaml.safe_load(fh) or {}
    files = sorted(f for f in os.listdir(MSGDIR) if f.endswith(".eml"))
    if set(files) != set(labels):
        err("labels/files differ: only files %s, only labels %s"
            % (sorted(set(files) - set(labels)), sorted(set(labels) - set(files))))
    if set(numbers) - set(files):
        err("numbers.yaml names unknown files: %s" % sorted(set(numbers) - set(files)))

    by_lang_action = collections.Counter()
    by_entity = collections.Counter()
    shapes = collections.Counter()
    with_att = 0
    nvalid = ninvalid = norg = 0
    for f in files:
        raw = open(os.path.join(MSGDIR, f), "rb").read()
        if re.search(rb"(?<!\r)\n", raw):
            err("%s: bare LF" % f)
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            err("%s: not UTF-8" % f)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        if msg.defects:
            err("%s: parser defects %s" % (f, msg.defects))
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg.get(h):
                err("%s: missing %s" % (f, h))
        lab = labels.get(f)
        if not lab:
            continue
        m = re.match(r"^(\d{3})-(nl|fr|de|en)-[a-z0-9-]+\.eml$", f)
        if not m or m.group(2) != lab["lang"]:
            err("%s: bad name or lang" % f)
        if lab["action"] not in ("block", "allow"):
            err("%s: bad action" % f)
        ents = set(lab["entities"] or [])
        if ents - ENTITIES:
            err("%s: unknown entities %s" % (f, ents - ENTITIES))
        if lab["action"] == "allow" and ents:
            err("%s: allow with entities" % f)
        if lab["action"] == "block" and not ents:
            err("%s: block without entities" % f)
        to = utils.getaddresses([str(msg["To"])])[0][1]
        frm = utils.getaddresses([str(msg["From"])])[0][1]
        if lab["rcpt"] != to:
            err("%s: rcpt %s != first To %s" % (f, lab["rcpt"], to))
        if to.split("@")[1].lower() == frm.split("@")[1].lower():
            err("%s: recipient not external" % f)
        shape = msg.get_content_type()
        shapes["shape:" + shape] += 1
        if msg.is_multipart() and any(p.get_filename() or p.get_content_type() == "message/rfc822"
                                      for p in msg.iter_parts()):
            with_att += 1
        text = extract_message(msg, shapes)
        flat = compact(text)
        by_lang_action[(lab["lang"], lab["action"])] += 1
        for e in ents:
            by_entity[e] += 1

        recs = numbers.get(f, [])
        registered = set()
        valid_types = set()
        for r in recs:
            ok = valid(r["type"], r["value"])
            if r["type"] in ("BE_NATIONAL_NUMBER", "BE_BIS_NUMBER") and r["kind"] == "invalid":
                ok = s_nn.is_valid(r["value"]) or s_bis.is_valid(r["value"])
            if r["kind"] in ("valid", "org"):
                if not ok:
                    err("%s: %s %s meant valid is invalid" % (f, r["type"], r["value"]))
                registered.add((r["type"], compact(r["value"])))
                if r["kind"] == "valid":
                    valid_types.add(r["type"])
                    nvalid += 1
                else:
                    norg += 1
            else:
                ninvalid += 1
                if ok:
                    err("%s: look-alike %s %s is valid" % (f, r["type"], r["value"]))
            if compact(r["value"]) not in flat:
                err("%s: %s %s not found in extracted text" % (f, r["type"], r["value"]))
        num_ents = ents & NUMBER_TYPES
        if num_ents != valid_types:
            err("%s: number entities %s but valid personal numbers %s" % (f, sorted(num_ents),
                                                                          sorted(valid_types)))
        for typ, val in scan(text):
            if (typ, val) not in registered:
                err("%s: unregistered valid %s %s found in text" % (f, typ, val))
        if lab["action"] == "allow" and any(r["kind"] == "valid" for r in recs):
            err("%s: allow message has a personal number" % f)

    print("messages: %d   with attachments: %d" % (len(files), with_att))
    print("identifiers: %d valid personal, %d valid organisation, %d invalid look-alikes"
          % (nvalid, norg, ninvalid))
    print("\nper language / action:")
    for lang in ("nl", "fr", "de", "en"):
        print("  %s  block %3d  allow %3d" % (lang, by_lang_action[(lang, "block")],
                                              by_lang_action[(lang, "allow")]))
    print("  all block %3d  allow %3d" % (sum(v for (l, a), v in by_lang_action.items() if a == "block"),
                                          sum(v for (l, a), v in by_lang_action.items() if a == "allow")))
    print("\nblock messages per entity:")
    for e in sorted(ENTITIES):
        print("  %-24s %3d" % (e, by_entity[e]))
    print("\nshapes, transfer encodings, attachments (part counts):")
    for k in sorted(shapes):
        print("  %-40s %3d" % (k, shapes[k]))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
