#!/usr/bin/env python3
"""Check the dev9a batch: parse, extract, validate identifiers, find them, look for undeclared ones,
check label consistency and batch constraints. Exit 1 on any problem."""
import os, re, io, sys, zipfile, collections
import email
from email import policy
import yaml
from stdnum.be import nn as be_nn, bis as be_bis
from stdnum.nl import bsn as nl_bsn
from stdnum import iban as std_iban, luhn

HERE = os.path.dirname(os.path.abspath(__file__))
MSGDIR = os.path.join(HERE, "messages")
ID_ENT = {"BE_NATIONAL_NUMBER", "BE_BIS_NUMBER", "NL_BSN", "IBAN_CODE", "CREDIT_CARD"}
ALL_ENT = ID_ENT | {"ART9_HEALTH", "ART9_ETHNIC_ORIGIN", "ART9_POLITICAL_OPINION", "ART9_RELIGION",
                    "ART9_TRADE_UNION", "ART9_GENETIC", "ART9_BIOMETRIC", "ART9_SEX_LIFE", "ART10_CRIMINAL"}
EMPH = ["ART9_BIOMETRIC", "ART9_GENETIC", "ART9_POLITICAL_OPINION", "ART9_HEALTH", "ART9_ETHNIC_ORIGIN",
        "ART9_RELIGION", "ART9_SEX_LIFE", "ART10_CRIMINAL"]
problems = []


def p(msg):
    problems.append(msg)


def html_text(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ")


def odf_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    x = z.read("content.xml").decode("utf-8")
    x = re.sub(r"</(text:p|table:table-cell)>", "\n", x)
    return html_text(x)


def file_text(name, data):
    n = name.lower()
    if n.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(io.BytesIO(data)).pages)
    if n.endswith(".xlsx"):
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
        out = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                out.append("\t".join("" if v is None else str(v) for v in row))
        return "\n".join(out)
    if n.endswith(".docx"):
        import docx
        d = docx.Document(io.BytesIO(data))
        out = [pp.text for pp in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                out.append("\t".join(c.text for c in r.cells))
        return "\n".join(out)
    if n.endswith((".odt", ".ods")):
        return odf_text(data)
    if n.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        return "\n".join(file_text(i.filename, z.read(i.filename)) for i in z.infolist())
    if n.endswith(".eml"):
        return msg_text(email.message_from_bytes(data, policy=policy.default))
    if n.endswith((".html", ".htm")):
        return html_text(data.decode("utf-8", "replace"))
    return data.decode("utf-8", "replace") if isinstance(data, bytes) else data


def msg_text(m):
    out = [str(m.get("Subject", ""))]
    for part in m.walk():
        ct = part.get_content_type()
        if ct == "message/rfc822":
            continue  # walk() descends into the attached message itself
        if part.is_multipart():
            if part is not m and part.get("Subject"):
                out.append(str(part.get("Subject")))
            continue
        fn = part.get_filename()
        if ct == "text/plain" and not fn:
            out.append(part.get_content())
        elif ct == "text/html" and not fn:
            out.append(html_text(part.get_content()))
        else:
            data = part.get_payload(decode=True)
            if fn:
                out.append(file_text(fn, data))
            elif ct.startswith("text/"):
                out.append(data.decode("utf-8", "replace"))
    return "\n".join(out)


def is_valid(typ, v):
    if typ == "BE_NATIONAL_NUMBER":
        return be_nn.is_valid(v)
    if typ == "BE_BIS_NUMBER":
        return be_bis.is_valid(v)
    if typ == "NL_BSN":
        return nl_bsn.is_valid(v)
    if typ == "IBAN_CODE":
        return std_iban.is_valid(v)
    if typ == "CREDIT_CARD":
        return len(v) in range(13, 20) and v.isdigit() and luhn.is_valid(v)
    raise ValueError(typ)


def compact(s):
    return re.sub(r"[\s.\-/]", "", s).upper()


def scan(text):
    """Valid identifiers found anywhere in text: (type, value)."""
    found = set()
    for mo in re.finditer(r"(?<![\w])\d(?:[ .\-/]?\d){7,18}(?![\w])", text):
        tok = mo.group(0)
        d = re.sub(r"\D", "", tok)
        if len(d) == 11:
            if be_nn.is_valid(d):
                found.add(("BE_NATIONAL_NUMBER", d))
            if be_bis.is_valid(d):
                found.add(("BE_BIS_NUMBER", d))
        if len(d) == 9 and nl_bsn.is_valid(d):
            found.add(("NL_BSN", d))
        if len(d) == 8 and tok.isdigit() and nl_bsn.is_valid("0" + d):
            found.add(("NL_BSN", "0" + d))
        if 13 <= len(d) <= 19 and luhn.is_valid(d):
            found.add(("CREDIT_CARD", d))
    for mo in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", text):
        v = mo.group(0).replace(" ", "")
        if std_iban.is_valid(v):
            found.add(("IBAN_CODE", v))
    return found


def main():
    labels = yaml.safe_load(open(os.path.join(HERE, "labels.yaml"), encoding="utf-8"))
    numbers = yaml.safe_load(open(os.path.join(HERE, "numbers.yaml"), encoding="utf-8"))
    files = sorted(f for f in os.listdir(MSGDIR) if f.endswith(".eml"))
    if set(files) != set(labels):
        p(f"files vs labels mismatch: {set(files) ^ set(labels)}")
    counts = collections.Counter()
    ent_block = collections.Counter()
    split_seen = collections.defaultdict(set)
    n_att = 0
    nn_msgs = 0
    for fn in files:
        raw = open(os.path.join(MSGDIR, fn), "rb").read()
        if b"\n" in raw.replace(b"\r\n", b""):
            p(f"{fn}: bare LF")
        m = email.message_from_bytes(raw, policy=policy.default)
        try:
            text = msg_text(m)
        except Exception as e:  # noqa
            p(f"{fn}: extraction failed: {e!r}")
            continue
        if any(part.get_filename() for part in m.walk()):
            n_att += 1
        lab = labels.get(fn, {})
        num = int(fn[:3])
        exp_split = "tune" if num <= 860 else "test"
        if lab.get("split") != exp_split:
            p(f"{fn}: split {lab.get('split')} != {exp_split}")
        if lab.get("lang") != fn.split("-")[1]:
            p(f"{fn}: lang mismatch")
        for k in ("action", "entities", "lang", "note", "rcpt"):
            if k not in lab:
                p(f"{fn}: label lacks {k}")
        ents = set(lab.get("entities", []))
        if ents - ALL_ENT:
            p(f"{fn}: unknown entities {ents - ALL_ENT}")
        if (lab.get("action") == "block") != bool(ents):
            p(f"{fn}: action {lab.get('action')} vs entities {sorted(ents)}")
        rcpt = lab.get("rcpt", "")
        if rcpt.lower() not in str(m.get("To", "")).lower():
            p(f"{fn}: rcpt not in To")
        declared = numbers.get(fn, [])
        ctext = compact(text)
        valid_types = set()
        for n in declared:
            ok = is_valid(n["type"], n["value"])
            if ok != n["valid"]:
                p(f"{fn}: {n['type']} {n['value']} declared valid={n['valid']} but stdnum says {ok}")
            if compact(n["value"]) not in ctext:
                p(f"{fn}: {n['type']} {n['value']} not found in extracted text")
            if n["valid"] and not n.get("org"):
                valid_types.add(n["type"])
        if valid_types - ents:
            p(f"{fn}: valid private identifiers {valid_types - ents} not in entities")
        if (ents & ID_ENT) - valid_types:
            p(f"{fn}: entities {(ents & ID_ENT) - valid_types} without a declared valid identifier")
        decl_set = {(n["type"], n["value"]) for n in declared}
        for f_ in scan(text):
            if f_ not in decl_set:
                p(f"{fn}: undeclared valid {f_[0]} {f_[1]}")
        counts[(lab.get("lang"), lab.get("action"), lab.get("split"))] += 1
        split_seen[lab.get("split")].update(ents | {lab.get("lang"), lab.get("action")})
        if lab.get("action") == "block":
            ent_block.update(ents)
        if "BE_NATIONAL_NUMBER" in ents:
            nn_msgs += 1
    for sp in ("tune", "test"):
        need = (ALL_ENT - {"BE_BIS_NUMBER"}) | {"nl", "de", "block", "allow"}
        art = {e for e in ALL_ENT if e.startswith("ART")} | {"nl", "de", "block", "allow"}
        if art - split_seen[sp]:
            p(f"split {sp} lacks {art - split_seen[sp]}")
    for lang in ("nl", "de"):
        for act in ("block", "allow"):
            for sp in ("tune", "test"):
                if counts[(lang, act, sp)] != 15:
                    p(f"count {lang}/{act}/{sp} = {counts[(lang, act, sp)]} (want 15)")
    for e in EMPH:
        if ent_block[e] < 8:
            p(f"only {ent_block[e]} block messages with {e} (want >= 8)")
    if nn_msgs < 4:
        p(f"only {nn_msgs} messages with a valid NN")
    print("counts (lang, action, split):")
    for k in sorted(counts):
        print("  ", k, counts[k])
    print("entities in block messages:")
    for k, v in sorted(ent_block.items()):
        print(f"   {k}: {v}")
    print(f"messages with attachments: {n_att}/{len(files)}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for x in problems:
            print("  -", x)
        sys.exit(1)
    print("\nOK: no problems")


if __name__ == "__main__":
    main()
