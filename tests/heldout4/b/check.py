#!/work/main/.venv/bin/python
"""Check the held-out set: parse, CRLF, labels vs files, identifier validity and presence in extracted text."""
import collections, html, io, pathlib, re, sys, zipfile, yaml
from email import policy
from email.parser import BytesParser
from stdnum.be import nn, bis
from stdnum.nl import bsn
from stdnum import iban, luhn

ROOT = pathlib.Path(__file__).resolve().parent
ENT = {"BE_NATIONAL_NUMBER", "BE_BIS_NUMBER", "NL_BSN", "IBAN_CODE", "CREDIT_CARD", "ART9_HEALTH", "ART9_ETHNIC_ORIGIN",
       "ART9_POLITICAL_OPINION", "ART9_RELIGION", "ART9_TRADE_UNION", "ART9_GENETIC", "ART9_BIOMETRIC", "ART9_SEX_LIFE",
       "ART10_CRIMINAL"}
TYPES = {"nn": "BE_NATIONAL_NUMBER", "bis": "BE_BIS_NUMBER", "bsn": "NL_BSN", "iban": "IBAN_CODE", "card": "CREDIT_CARD"}
errors = []


def err(f, m):
    errors.append(f"{f}: {m}")


def valid(typ, val):
    d = re.sub(r"[\s.\-/]", "", val)
    if typ == "nn":
        return nn.is_valid(d)
    if typ == "bis":
        return bis.is_valid(d)
    if typ == "bsn":
        return d.isdigit() and len(d) in (8, 9) and bsn.is_valid(d.zfill(9))
    if typ == "iban":
        return iban.is_valid(d)
    if typ == "card":
        return d.isdigit() and 13 <= len(d) <= 19 and luhn.is_valid(d)
    raise ValueError(typ)


def strip_html(t):
    t = re.sub(r"(?is)<(script|style).*?</\1>", " ", t)
    t = re.sub(r"<[^>]+>", " ", t)
    return html.unescape(t)


def extract_file(name, data, fname):
    n = name.lower()
    if n.endswith(".xlsx"):
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data))
        return "\n".join(" ".join("" if c is None else str(c) for c in row) for ws in wb for row in ws.iter_rows(values_only=True))
    if n.endswith(".docx"):
        import docx
        d = docx.Document(io.BytesIO(data))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if n.endswith((".odt", ".ods")):
        from odf.opendocument import load
        from odf import text as otext, teletype
        doc = load(io.BytesIO(data))
        return "\n".join(teletype.extractText(p) for p in doc.getElementsByType(otext.P))
    if n.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)
    if n.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        return "\n".join(extract_file(i.filename, z.read(i.filename), fname) for i in z.infolist())
    if n.endswith((".html", ".htm")):
        return strip_html(data.decode("utf-8"))
    if n.endswith((".csv", ".tsv", ".txt")):
        return data.decode("utf-8-sig")
    if n.endswith(".eml"):
        return extract_msg(BytesParser(policy=policy.default).parsebytes(data), fname)
    err(fname, f"unknown attachment type {name}")
    return ""


def extract_msg(msg, fname):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part is not msg and part.get_content_type() == "message/rfc822":
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if part.defects:
            err(fname, f"part defects {part.defects}")
        if fn:
            out.append(extract_file(fn, part.get_payload(decode=True), fname))
        elif ct == "text/plain":
            out.append(part.get_content())
        elif ct == "text/html":
            out.append(strip_html(part.get_content()))
        else:
            err(fname, f"unnamed non-text part {ct}")
    # attached messages: their headers (walk already visits their parts)
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for sub in part.iter_parts():
                out.append(str(sub.get("Subject", "")))
    return "\n".join(out)


def main():
    labels = yaml.safe_load((ROOT / "labels.yaml").read_text(encoding="utf-8"))
    numbers = yaml.safe_load((ROOT / "numbers.yaml").read_text(encoding="utf-8")) or []
    files = sorted(p.name for p in (ROOT / "messages").glob("*.eml"))
    if set(files) != set(labels):
        err("labels", f"mismatch files/labels: {set(files) ^ set(labels)}")
    texts = {}
    for f in files:
        raw = (ROOT / "messages" / f).read_bytes()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err(f, "non-CRLF line ending")
        m = re.match(r"^(\d{3})-(fr|en|nl|de)-[a-z0-9-]+\.eml$", f)
        if not m or not 101 <= int(m.group(1)) <= 200:
            err(f, "bad file name")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        if msg.defects:
            err(f, f"defects {msg.defects}")
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[h]:
                err(f, f"missing {h}")
        if any(b > 127 for b in b"".join(raw.split(b"\r\n\r\n", 1)[0:1])):
            err(f, "non-ASCII bytes in top-level header (want RFC 2047)")
        lab = labels.get(f, {})
        fromdom = msg["From"].addresses[0].domain.lower()
        rcpts = [a for h in ("To", "Cc") if msg[h] for a in msg[h].addresses]
        for a in rcpts:
            if a.domain.lower() == fromdom:
                err(f, f"recipient {a.addr_spec} inside sender domain")
        if lab.get("rcpt") != msg["To"].addresses[0].addr_spec:
            err(f, f"rcpt label {lab.get('rcpt')} != {msg['To'].addresses[0].addr_spec}")
        if lab.get("lang") != m.group(2) if m else True:
            err(f, "lang mismatch")
        ents = lab.get("entities") or []
        if set(ents) - ENT:
            err(f, f"unknown entities {set(ents) - ENT}")
        if lab.get("action") == "block" and not ents:
            err(f, "block without entities")
        if lab.get("action") == "allow" and ents:
            err(f, "allow with entities")
        if lab.get("action") not in ("block", "allow"):
            err(f, "bad action")
        if not lab.get("note"):
            err(f, "no note")
        texts[f] = extract_msg(msg, f)
    squash = {f: re.sub(r"\s+", "", t) for f, t in texts.items()}
    for n in numbers:
        f, v, typ, kind = n["file"], str(n["value"]), n["type"], n["kind"]
        ok = valid(typ, v)
        if kind in ("valid", "org") and not ok:
            err(f, f"{kind} {typ} {v} does not validate")
        if kind == "invalid" and ok:
            err(f, f"look-alike {typ} {v} validates")
        if f not in texts:
            err(f, "numbers.yaml names unknown file"); continue
        if v not in texts[f] and re.sub(r"\s+", "", v) not in squash[f]:
            err(f, f"{v} not found in extracted text")
        if kind == "valid":
            ents = labels[f].get("entities") or []
            if TYPES[typ] not in ents:
                err(f, f"valid {typ} but {TYPES[typ]} not in entities")
    # every number-entity in a block label must be backed by a valid number
    backed = collections.defaultdict(set)
    for n in numbers:
        if n["kind"] == "valid":
            backed[n["file"]].add(TYPES[n["type"]])
    for f, lab in labels.items():
        for e in lab.get("entities") or []:
            if e in TYPES.values() and e not in backed[f]:
                err(f, f"entity {e} labelled but no valid number listed")
    # counts
    by = collections.Counter((l["lang"], l["action"]) for l in labels.values())
    ent = collections.Counter(e for l in labels.values() for e in (l.get("entities") or []))
    att = sum(1 for f in files if any(p.get_filename() for p in BytesParser(policy=policy.default).parsebytes((ROOT / "messages" / f).read_bytes()).walk()) or b"message/rfc822" in (ROOT / "messages" / f).read_bytes())
    print(f"messages: {len(files)}  with attachments: {att}")
    for lang in sorted({k[0] for k in by}):
        print(f"  {lang}: block {by[(lang, 'block')]}  allow {by[(lang, 'allow')]}")
    print("entities (block messages containing each):")
    for e in sorted(ENT):
        print(f"  {e:24s} {ent[e]}")
    kinds = collections.Counter((n["type"], n["kind"]) for n in numbers)
    print("identifiers:", dict(sorted(kinds.items())))
    if errors:
        print(f"\n{len(errors)} ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
