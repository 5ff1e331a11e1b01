"""Where the professional-contact exception applies: signature blocks, contact lines and salutations.

The Belgian recommendation on e-mail (section 6) accepts "simple identification and contact
data": name, function, organisation, professional address, phone and e-mail, public professional
profile links, the institution's enterprise number. In a mail those live in the sender's
signature block (after a sign-off such as "Met vriendelijke groeten" or the "-- " delimiter) and in
labelled contact lines ("Tel.: ...", "E-mail: ..."). This module finds those regions; the
engine marks contact findings inside them ``allowed`` with ``exception="professional_contact"``.
"""

from __future__ import annotations

import bisect
import re

# A sign-off line (alone on its line, optionally followed by a comma) opens a signature block.
_SIGNOFF = re.compile(
    r"^[ \t>]{0,8}(?:"
    r"(?:met\s)?(?:vriendelijke|hartelijke|beste|collegiale|vriendelijke\sen\scollegiale)\sgroet(?:en)?"
    r"|mvg|groet(?:en|jes)?|hoogachtend|met\sdank|(?:fijne|prettige|goede)\s(?:dag|avond|middag|week|werkdag)"
    r"|bonne\s(?:journée|fin\sde\sjournée|soirée|semaine)|bien\sà\stoi|à\sbientôt|amicalement|merci(?:\sd'avance)?"
    r"|(?:einen\s)?schönen\s(?:tag|abend)|bis\sbald|danke|(?:have\sa\s)?(?:nice|good|great)\s(?:day|weekend)"
    r"|cheers|alvast\sbedankt|bedankt|dank\sje|dank\su"
    r"|(?:bien\s)?cordialement|bien\sà\svous|(?:meilleures|sincères|mes\smeilleures|mes)\ssalutations"
    r"|salutations(?:\sdistinguées)?|veuillez\sagréer[^\n]{0,200}|recevez[^\n]{0,200}salutations[^\n]{0,40}"
    r"|(?:mit\s)?(?:freundliche[nm]|beste[nm]|herzliche[nm]|viele[nm]|kollegiale[nm])\sgr(?:ü|ue|u)(?:ß|ss)(?:en|e)?"
    r"|(?:freundliche|beste|viele|liebe|herzliche)\sgr(?:ü|ue)(?:ß|ss)e|gr(?:u|ü)(?:ß|ss)e?|mfg|lg|vg|hochachtungsvoll"
    r"|(?:kind|best|warm|kindest|with\skind)\sregards|regards|(?:yours\s)?sincerely|yours\sfaithfully"
    r"|best\swishes|many\sthanks|thanks|thank\syou|best"
    r"|--|__{2,78}"
    r")[ \t]{0,4}[,.!]?[ \t]{0,4}\r?$",
    re.IGNORECASE | re.MULTILINE,
)

# Lines that end a signature block: the start of a quoted / forwarded earlier message.
_REPLY_BOUNDARY = re.compile(
    r"^[ \t]{0,8}(?:-{2,}\s?(?:original message|oorspronkelijk bericht|message d'origine|"
    r"ursprüngliche nachricht|forwarded message|doorgestuurd bericht|message transféré)[^\n]{0,40}"
    r"|(?:van|from|de|von|envoyé|verzonden|sent|gesendet)\s?:[^\n]{0,300}"
    r"|(?:op|on|le|am)\s[^\n]{0,200}(?:schreef|wrote|a\sécrit|schrieb)[^\n]{0,40}"
    r"|>)",
    re.IGNORECASE | re.MULTILINE,
)

# Labelled contact lines anywhere in the text.
_CONTACT_LINE = re.compile(
    r"^[ \t>]{0,8}(?:tel|tél|telefoon|téléphone|telefon|phone|t|m|gsm|mobiel|mobile|portable|handy|fax|"
    r"e-?mail|mail|courriel|web|website|site|www|linkedin|twitter|x|adres|adresse|address|anschrift|"
    r"bezoekadres|postadres|ondernemingsnummer|kbo|bce|btw|tva|vat|ust-idnr|"
    r"functie|fonction|funktion|function|dienst|service|afdeling|abteilung|department|"
    r"contact(?:persoon|\spresse|\spers)?|perscontact|pressekontakt|kontakt|press\scontact|woordvoerder|"
    r"porte-parole|sprecher(?:in)?|spokesperson)"
    r"(?:\.?[ \t]{0,4}:|\.?[ \t]{1,4}(?=[+\d(]|[\w.\-]{1,64}@|www\.|https?://))[^\n]{0,300}$",
    re.IGNORECASE | re.MULTILINE,
)

# Salutation lines address the recipient ("Beste Jan,"): a name there is not a dossier subject.
_SALUTATION = re.compile(
    r"^[ \t>]{0,8}(?:beste|geachte|dag|hallo|hoi|hey|lieve|bonjour|bonsoir|cher|chère|chers|madame|monsieur|"
    r"mesdames|messieurs|sehr\sgeehrte[rn]?|liebe[rn]?|hallo|guten\stag|dear|hello|hi)\b[^\n.]{0,50}[,!:]?[ \t]*\r?$",
    re.IGNORECASE | re.MULTILINE,
)

MAX_SIGNATURE_LINES = 25


class Regions:
    """Sorted, non-overlapping character ranges with a fast membership test."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
        self.spans = merged
        self._starts = [s for s, _ in merged]

    def contains(self, start: int, end: int | None = None) -> bool:
        end = start + 1 if end is None else end
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and self.spans[i][0] <= start and end <= self.spans[i][1]

    def __bool__(self) -> bool:
        return bool(self.spans)


def signature_regions(text: str) -> Regions:
    """Signature blocks: from a sign-off line to the next reply boundary (or at most N lines)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    for m in _SIGNOFF.finditer(text):
        if m.start() < pos:
            continue
        start = m.start()
        end = m.end()
        lines = 0
        while end < n and lines < MAX_SIGNATURE_LINES:
            nl = text.find("\n", end + 1)
            nl = n if nl == -1 else nl
            line_start = end + 1 if text[end:end + 1] == "\n" else end
            if _REPLY_BOUNDARY.match(text, line_start, nl):
                break
            end = nl
            lines += 1
        spans.append((start, end))
        pos = end
    return Regions(spans)


def contact_line_regions(text: str) -> Regions:
    """Labelled contact lines ("Tel.: ...", "E-mail: ...", "KBO: ...")."""
    return Regions([m.span() for m in _CONTACT_LINE.finditer(text)])


def salutation_regions(text: str) -> Regions:
    """Opening salutation lines ("Beste Jan,", "Madame Dupont,", "Dear Ms Smith,")."""
    return Regions([m.span() for m in _SALUTATION.finditer(text)])
