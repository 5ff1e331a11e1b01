#!/usr/bin/env python3
"""Check dev batch 8: parse every message, validate declared identifiers, find them in the
extracted text of their part, scan allow messages for undeclared valid identifiers, check labels."""
import collections
import email
import io
import os
import re
import sys
import zipfile
from email import policy

import yaml
from stdnum import iban, luhn
from stdnum.be import bis, nn
from stdnum.nl import bsn

HERE = os.path.dirname(os.path.abspath(__file__))
ENTS = {"ART9_HEALTH", "ART9_ETHNIC_ORIGIN", "ART9_POLITICAL_OPINION", "ART9_RELIGION",
        "ART9_TRADE_UNION", "ART9_GENETIC", "ART9_BIOMETRIC", "ART9_SEX_LIFE", "ART10_CRIMINAL",
        "BE_NATIONAL_NUMBER", "BE_BIS_NUMBER", "NL_BSN", "IBAN_CODE", "CREDIT_CARD"}
VALID = {"nn": nn.is_valid, "bis": bis.is_valid, "bsn": bsn.is_valid, "iban": iban.is_valid,
         "card": lambda v: luhn.is_valid(re.sub(r"\D", "", v)) and 13 <= len(re.sub(r"\D", "", v)) <= 19}
ENT_OF = {"nn": "BE_NATIONAL_NUMBER", "bis": "BE_BIS_NUMBER", "bsn": "NL_BSN", "iban": "IBAN_CODE",
          "card": "CREDIT_CARD"}


def xml_text(data):
    t = re.sub(rb"<[^>]+>", b" ", data).decode("utf-8", "replace")
    import html
    return html.unescape(t)


def file_text(name, data):
    low = name.lower()
    if low.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)
    if low.endswith(".xlsx"):
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
        return "\n".join(" ".join("" if c is None else str(c) for c in row)
                         for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    if low.endswith(".docx"):
        import docx
        d = docx.Document(io.BytesIO(data))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if low.endswith((".ods", ".odt")):
        z = zipfile.ZipFile(io.BytesIO(data))
        return xml_text(z.read("content.xml"))
    if low.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        return "\n".join(file_text(i, z.read(i)) for i in z.namelist())
    if low.endswith((".html", ".htm")):
        return xml_text(data)
    return data.decode("utf-8", "replace")


def msg_texts(msg):
    """List of (part description, text) for every part, recursively."""
    out = [("Subject", str(msg["Subject"] or ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        fn = part.get_filename()
        payload = part.get_payload(decode=True) or b""
        if fn:
            out.append((fn, file_text(fn, payload)))
        elif ct == "text/html":
            out.append(("html body", xml_text(payload)))
        elif ct.startswith("text/"):
            out.append(("body", payload.decode(part.get_content_charset() or "utf-8", "replace")))
    # message/rfc822 parts are walked by msg.walk() (their sub-parts appear above);
    # add their Subject too
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload(0)
            out.append(("attached Subject", str(inner["Subject"] or "")))
    return out


def norm(s):
    return re.sub(r"\s+", " ", s)


def candidates(text):
    found = set()
    for m in re.finditer(r"(?<![\dA-Z])\d[\d .\-/]{7,20}\d(?!\d)", text):
        raw = m.group(0)
        pieces = [raw] + re.split(r"\s{2,}| / ", raw)
        for p in pieces:
            d = re.sub(r"\D", "", p)
            if len(d) == 11 and (nn.is_valid(d) or bis.is_valid(d)):
                found.add(("nn/bis", d))
            if len(d) == 9 and bsn.is_valid(d):
                found.add(("bsn", d))
            if len(d) == 16 and d[0] in "3456" and luhn.is_valid(d):
                found.add(("card", d))
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?", text):
        v = m.group(0).replace(" ", "")
        if iban.is_valid(v):
            found.add(("iban", v))
    return found


def main():
    errors = []
    labels = yaml.safe_load(open(os.path.join(HERE, "labels.yaml"), encoding="utf-8"))
    numbers = yaml.safe_load(open(os.path.join(HERE, "numbers.yaml"), encoding="utf-8")) or {}
    files = sorted(os.listdir(os.path.join(HERE, "messages")))
    if set(files) != set(labels):
        errors.append(f"files/labels mismatch: {set(files) ^ set(labels)}")
    for fn in files:
        lab = labels.get(fn, {})
        if not re.match(r"^\d{3}-(nl|fr|de|en)-[a-z0-9-]+\.eml$", fn):
            errors.append(f"{fn}: bad name")
        if lab.get("lang") != fn[4:6]:
            errors.append(f"{fn}: lang mismatch")
        raw = open(os.path.join(HERE, "messages", fn), "rb").read()
        if re.search(rb"(?<!\r)\n", raw):
            errors.append(f"{fn}: bare LF")
        msg = email.message_from_bytes(raw, policy=policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[h]:
                errors.append(f"{fn}: missing {h}")
        try:
            texts = msg_texts(msg)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{fn}: extraction failed: {e!r}")
            continue
        alltext = norm("\n".join(t for _, t in texts))
        ents = set(lab.get("entities") or [])
        if lab.get("action") not in ("block", "allow"):
            errors.append(f"{fn}: bad action")
        if lab.get("split") not in ("tune", "test"):
            errors.append(f"{fn}: bad split")
        if ents - ENTS:
            errors.append(f"{fn}: unknown entities {ents - ENTS}")
        if lab.get("action") == "allow" and ents:
            errors.append(f"{fn}: allow with entities")
        if lab.get("action") == "block" and not ents:
            errors.append(f"{fn}: block without entities")
        declared = set()
        for item in numbers.get(fn, []):
            t, v, ok = item["type"], item["value"], item["valid"]
            if VALID[t](re.sub(r"[ .\-/]", "", v)) != ok:
                errors.append(f"{fn}: {t} {v} validity is not {ok}")
            if norm(v) not in alltext:
                errors.append(f"{fn}: {v} not found in extracted text")
            if ok:
                declared.add(re.sub(r"[ .\-/]", "", v))
                if ENT_OF[t] not in ents and not (t == "iban" and item.get("org")):
                    errors.append(f"{fn}: valid {t} but {ENT_OF[t]} not in entities")
                if lab.get("action") == "allow" and not item.get("org"):
                    errors.append(f"{fn}: valid {t} {v} in an allow message")
        num_ents = {ENT_OF[i["type"]] for i in numbers.get(fn, []) if i["valid"]}
        for e in ents & set(ENT_OF.values()):
            if e not in num_ents:
                errors.append(f"{fn}: entity {e} declared but no valid number of that type")
        for kind, v in candidates(alltext):
            if v not in declared:
                errors.append(f"{fn}: undeclared valid {kind} {v}")
    # distribution
    c = collections.Counter()
    for fn, lab in labels.items():
        c[(lab["lang"], lab["action"], lab["split"])] += 1
    for split in ("tune", "test"):
        langs = {k[0] for k in c if k[2] == split}
        acts = {k[1] for k in c if k[2] == split}
        if langs and (langs != {"nl", "fr", "de", "en"} or acts != {"block", "allow"}):
            errors.append(f"split {split}: missing language or action")
        cats = collections.Counter(e for lab in labels.values() if lab["split"] == split
                                   for e in lab["entities"])
        need = ENTS - {"BE_BIS_NUMBER", "CREDIT_CARD"}
        if any(lab["split"] == split for lab in labels.values()) and need - set(cats):
            errors.append(f"split {split}: missing categories {need - set(cats)}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} files, {len(errors)} errors")
    for k in sorted(c):
        print(" ", k, c[k])
    tot = collections.Counter(e for lab in labels.values() for e in lab["entities"])
    print("entities:", dict(sorted(tot.items())))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
