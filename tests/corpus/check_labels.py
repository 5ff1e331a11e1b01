"""Validate the evaluation corpus: labels.yaml matches messages/, every .eml parses, numbers are real.

Checks (all must hold; exit status 1 and one line per problem otherwise):
- every messages/*.eml has exactly one labels.yaml entry and vice versa; fields and values are legal;
- every message parses with email.policy.default and has From, To, Subject, Date, Message-ID and a text body;
- a message labelled BE_NATIONAL_NUMBER / BE_BIS_NUMBER / NL_BSN / IBAN_CODE / CREDIT_CARD contains at least
  one checksum-valid value of that type (python-stdnum); NL_BSN also needs a BSN keyword within 300 chars;
- no message contains a checksum-valid national / BIS number it is not labelled with (so allow messages
  contain none at all), and no allow message has a valid BSN near a BSN keyword;
- block messages name at least one entity, allow messages none.
Prints counts per language, action and entity type. Usage: .venv/bin/python tests/corpus/check_labels.py
"""

from __future__ import annotations

import html
import re
import sys
from collections import Counter
from email import policy
from email.parser import BytesParser
from pathlib import Path

import yaml
from stdnum import iban, luhn
from stdnum.be import bis as be_bis
from stdnum.be import nn as be_nn
from stdnum.nl import bsn as nl_bsn

HERE = Path(__file__).resolve().parent
ENTITY_TYPES = {
    "BE_NATIONAL_NUMBER", "BE_BIS_NUMBER", "NL_BSN", "IBAN_CODE", "CREDIT_CARD", "ART9_HEALTH",
    "ART9_ETHNIC_ORIGIN", "ART9_POLITICAL_OPINION", "ART9_RELIGION", "ART9_TRADE_UNION", "ART9_GENETIC",
    "ART9_BIOMETRIC", "ART9_SEX_LIFE", "ART10_CRIMINAL",
}
LANGS = {"nl", "fr", "de", "en"}
NAME_RE = re.compile(r"^\d{3}-(nl|fr|de|en)-[a-z0-9-]+\.eml$")

# 11 digits written YYMMDD SSS CC with optional . - space separators between the groups.
NN_RE = re.compile(r"(?<![\d.])(\d{2})[. ]?(\d{2})[. ]?(\d{2})[-. ]?(\d{3})[-. ]?(\d{2})(?![\d])")
BSN_RE = re.compile(r"(?<![\d.])(\d{4}[. ]?\d{2}[. ]?\d{3}|\d{3}[. ]?\d{3}[. ]?\d{3})(?![\d])")
BSN_KW_RE = re.compile(r"\b(bsn|burgerservicenummer|sofi-?nummer|citizen service number)\b", re.I)
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
CARD_RE = re.compile(r"(?<![\w])(?:\d[ -]?){12,18}\d(?!\d)")  # not inside an IBAN
CARD_PREFIX_RE = re.compile(r"^(4|5[1-5]|2[2-7]|3[47]|6703|6011|65)")


def message_text(path: Path) -> tuple[str, list[str]]:
    """All decoded text of the message (headers Subject + text parts; HTML tags removed)."""
    problems: list[str] = []
    msg = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    for hdr in ("From", "To", "Subject", "Date", "Message-ID"):
        if not msg.get(hdr):
            problems.append(f"{path.name}: missing header {hdr}")
    texts = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        content = part.get_content()
        if part.get_content_subtype() == "html":
            content = html.unescape(re.sub(r"<[^>]+>", " ", content))
        texts.append(content)
    if len(texts) < 2:
        problems.append(f"{path.name}: no text part")
    return "\n".join(texts), problems


def found_types(text: str) -> dict[str, list[str]]:
    """Checksum-valid values per numeric entity type."""
    out: dict[str, list[str]] = {"BE_NATIONAL_NUMBER": [], "BE_BIS_NUMBER": [], "NL_BSN": [],
                                 "NL_BSN_NEAR_KEYWORD": [], "IBAN_CODE": [], "CREDIT_CARD": []}
    for m in NN_RE.finditer(text):
        digits = "".join(m.groups())
        if be_nn.is_valid(digits):
            out["BE_NATIONAL_NUMBER"].append(m.group(0))
        if be_bis.is_valid(digits):
            out["BE_BIS_NUMBER"].append(m.group(0))
    for m in BSN_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if nl_bsn.is_valid(digits):
            out["NL_BSN"].append(m.group(0))
            window = text[max(0, m.start() - 300) : m.end() + 300]
            if BSN_KW_RE.search(window):
                out["NL_BSN_NEAR_KEYWORD"].append(m.group(0))
    for m in IBAN_RE.finditer(text):
        if iban.is_valid(m.group(0)):
            out["IBAN_CODE"].append(m.group(0))
    for m in CARD_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if 13 <= len(digits) <= 19 and CARD_PREFIX_RE.match(digits) and luhn.is_valid(digits):
            out["CREDIT_CARD"].append(m.group(0))
    return out


def check(corpus: Path = HERE) -> tuple[list[str], dict[str, Counter]]:
    problems: list[str] = []
    labels = yaml.safe_load((corpus / "labels.yaml").read_text(encoding="utf-8")) or {}
    files = {p.name: p for p in sorted((corpus / "messages").glob("*.eml"))}
    for name in sorted(set(files) - set(labels)):
        problems.append(f"{name}: no entry in labels.yaml")
    for name in sorted(set(labels) - set(files)):
        problems.append(f"{name}: labelled but no such file")
    stats: dict[str, Counter] = {"lang": Counter(), "action": Counter(), "entity": Counter(),
                                 "lang_action": Counter(), "mime": Counter()}
    for name in sorted(set(files) & set(labels)):
        lab = labels[name]
        if not isinstance(lab, dict) or set(lab) != {"lang", "action", "entities", "note"}:
            problems.append(f"{name}: label must have exactly lang, action, entities, note")
            continue
        lang, action, ents = lab["lang"], lab["action"], lab["entities"] or []
        if not NAME_RE.match(name) or name.split("-")[1] != lang or lang not in LANGS:
            problems.append(f"{name}: bad file name or lang {lang!r}")
        if action not in ("block", "allow"):
            problems.append(f"{name}: bad action {action!r}")
        if unknown := set(ents) - ENTITY_TYPES:
            problems.append(f"{name}: unknown entity types {sorted(unknown)}")
        if (action == "block") != bool(ents):
            problems.append(f"{name}: block needs entities and allow must have none")
        text, parse_problems = message_text(files[name])
        problems += parse_problems
        found = found_types(text)
        for etype in ("BE_NATIONAL_NUMBER", "BE_BIS_NUMBER", "NL_BSN", "IBAN_CODE", "CREDIT_CARD"):
            if etype in ents and not found[etype]:
                problems.append(f"{name}: labelled {etype} but no checksum-valid value found")
        if "NL_BSN" in ents and not found["NL_BSN_NEAR_KEYWORD"]:
            problems.append(f"{name}: labelled NL_BSN but no BSN keyword within 300 chars")
        for etype in ("BE_NATIONAL_NUMBER", "BE_BIS_NUMBER"):
            if found[etype] and etype not in ents:
                problems.append(f"{name}: contains valid {etype} {found[etype]} but is not labelled with it")
        if action == "allow" and found["NL_BSN_NEAR_KEYWORD"]:
            problems.append(f"{name}: allow message has a valid BSN next to a BSN keyword")
        if action == "allow" and found["CREDIT_CARD"]:
            problems.append(f"{name}: allow message has a Luhn-valid card number {found['CREDIT_CARD']}")
        stats["lang"][lang] += 1
        stats["action"][action] += 1
        stats["lang_action"][f"{lang}/{action}"] += 1
        for e in ents:
            stats["entity"][e] += 1
        raw = files[name].read_bytes()
        if b"quoted-printable" in raw and any(
            v.encode() not in raw for v in found["BE_NATIONAL_NUMBER"] + found["BE_BIS_NUMBER"]
        ):
            stats["mime"]["national number split by a QP soft line break"] += 1
        stats["mime"]["multipart/alternative" if b"multipart/alternative" in raw else
                      "quoted-printable" if b"quoted-printable" in raw else "text/plain 8bit"] += 1
    return problems, stats


def main() -> int:
    problems, stats = check()
    for p in problems:
        print("PROBLEM", p)
    total = sum(stats["lang"].values())
    print(f"{total} messages, {len(problems)} problems")
    for key in ("lang", "action", "lang_action", "entity", "mime"):
        print(f"{key}: " + ", ".join(f"{k}={v}" for k, v in sorted(stats[key].items())))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
