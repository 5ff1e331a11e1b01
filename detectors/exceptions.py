"""The exceptions that make a finding *allowed* (reported, never blocking), and their names.

- ``professional_contact``: contact data in the sender's signature block or a labelled contact
  line, public professional profile links (LinkedIn...), the institution's enterprise number
  (Belgian recommendation on e-mail, section 6).
- ``simple_identification``: a name, e-mail address or phone number elsewhere: a name alone never
  blocks (section 6: "eenvoudige identificatie- en contactgegevens").
- ``public_reference``: a web address outside a signature; ``organisation_data``: an enterprise number.
- ``organisation_iban``: an IBAN of the organisation (``DetectorOptions.org_ibans``), in a signature,
  or on a bank-details line next to a BIC / enterprise or VAT number (letterhead, invoice footer).
- ``public_fee``: an IBAN in payment instructions for a fee, tax or fine owed *to* an
  organisation (pay / transfer to account ... with structured communication).
An IBAN tied to a person (refund, allowance, salary, "your account") and any IBAN with no allowing
context blocks (fail closed).
- ``absence_without_reason``: a health finding whose only evidence in its text is the fact of an absence
  for sickness of a person ("Jan is ziek", "en congé maladie", "krankgeschrieben", "off sick": lexicon
  entries marked ``[absence]``), with no diagnosis, treatment, care setting or other health or genetic
  word in the text (``special/recognizer.py``). The label rules allow it; the stricter reading (CJEU
  Lindqvist, C-101/01: the fact of sick leave is health data) is a policy that does not list the name.
"""

from __future__ import annotations

import re

from detectors.patterns import alnum_upper, word_list_regex
from detectors.people import Mention
from detectors.text_context import TextContext

ABSENCE_EXCEPTION = "absence_without_reason"
CONTACT_KINDS = {"EMAIL_ADDRESS", "PHONE_NUMBER", "URL", "PERSON", "ORGANIZATION", "BE_ENTERPRISE_NUMBER"}
# The 14 entity types that block when not allowed (the output contract).
BLOCKING_TYPES = frozenset({
    "BE_NATIONAL_NUMBER", "BE_BIS_NUMBER", "NL_BSN", "IBAN_CODE", "CREDIT_CARD",
    "ART9_HEALTH", "ART9_ETHNIC_ORIGIN", "ART9_POLITICAL_OPINION", "ART9_RELIGION", "ART9_TRADE_UNION",
    "ART9_GENETIC", "ART9_BIOMETRIC", "ART9_SEX_LIFE", "ART10_CRIMINAL",
})

PUBLIC_PROFILE_HOSTS = re.compile(
    r"(?:^|[/.])(?:linkedin\.com|be\.linkedin\.com|twitter\.com|x\.com|facebook\.com|github\.com|"
    r"orcid\.org|researchgate\.net|mastodon\.[a-z]+|bsky\.app)(?:[/:?#]|$)",
    re.IGNORECASE,
)

# Money going TO a person: the IBAN is theirs.
PERSONAL_IBAN_CONTEXT = word_list_regex([
    "terugbetaling", "terugbetalen", "terugstorting", "teruggestort", "uitkering", "uitbetaling",
    "uitbetaald", "toelage", "tegemoetkoming", "premie", "salaris", "loon", "wedde", "kinderbijslag",
    "groeipakket", "pensioen", "op uw rekening", "uw rekeningnummer", "uw rekening", "zijn rekening",
    "haar rekening", "rekeninghouder", "op naam van", "zal worden gestort", "wordt gestort",
    "remboursement", "rembourser", "remboursé", "allocation", "allocations familiales", "salaire",
    "indemnité", "pension", "votre compte", "son compte", "sur le compte de", "titulaire",
    "au nom de", "sera versé", "sera versée", "vous sera versé", "vous sera versée", "versé sur",
    "versée sur", "à votre nom", "crédité", "créditée", "wordt overgemaakt", "op uw naam", "bijgeschreven",
    "gutgeschrieben", "auf ihren namen", "in your name", "credited",
    "erstattung", "rückerstattung", "gehalt", "lohn", "zulage", "kindergeld", "rente", "ihr konto",
    "ihre bankverbindung", "sein konto", "kontoinhaber", "wird überwiesen", "auszahlung",
    "refund", "reimbursement", "allowance", "salary", "wage", "benefit", "pension", "your account",
    "his account", "her account", "account holder", "in the name of", "will be paid", "payout",
])
# Refund words in any inflection ("remboursée", "terugbetaald", "Rückerstattungen", "refunded").
PERSONAL_IBAN_STEMS = re.compile(
    r"(?<!\w)(?:rembours|terugbetal|terugbetaling|terugstort|teruggestort|rückerstatt|zurückerstatt|"
    r"erstattet|refund|reimburs)\w{0,12}",
    re.IGNORECASE,
)
# Money going FROM the reader to an organisation: payment instructions (who pays is the reader).
FEE_INSTRUCTION = word_list_regex([
    "te betalen", "betalen", "betaal", "betaling", "storten op", "over te schrijven", "over te maken",
    "overschrijven op", "verschuldigd", "gestructureerde mededeling", "mededeling", "betaaltermijn",
    "vervaldag", "à payer", "payer", "paiement", "verser sur", "à verser", "veuillez verser",
    "communication structurée", "échéance", "zu zahlen", "zahlen", "zahlung", "überweisen sie",
    "überweisung auf", "verwendungszweck", "fälligkeit", "to pay", "please pay", "payment", "pay the",
    "pay to", "transfer to", "amount due", "payable", "due date",
])
# What is paid (fees, taxes, fines, invoices): the topic, not the direction of the money.
FEE_TOPIC = word_list_regex([
    "retributie", "heffing", "belasting", "boete", "kosten", "inschrijvingsgeld", "factuur", "bedrag van",
    "virement", "redevance", "taxe", "frais", "droit d'inscription", "amende", "montant de", "facture",
    "gebühr", "gebühren", "steuer", "bußgeld", "rechnung", "betrag von", "fee", "fees", "tax", "fine",
    "invoice", "bedrag", "factuurnummer", "montant", "numéro de facture", "betrag", "rechnungsnummer",
    "invoice number",
])


def _min(*values: int | None) -> int | None:
    present = [v for v in values if v is not None]
    return min(present) if present else None
# A label on the IBAN's own line naming a person ("Rekening werknemer:", "Compte du bénéficiaire").
PERSON_LINE = word_list_regex([
    "werknemer", "werkneemster", "medewerker", "personeelslid", "begunstigde", "cliënt", "client",
    "klant", "burger", "aanvrager", "patiënt", "persoonlijk", "privé", "titularis", "uw rekening",
    "zijn rekening", "haar rekening", "salarié", "travailleur", "bénéficiaire", "demandeur", "citoyen",
    "patient", "personnel", "titulaire", "votre compte", "son compte", "arbeitnehmer", "mitarbeiter",
    "begünstigte", "begünstigter", "antragsteller", "bürger", "privat", "kontoinhaber", "ihr konto",
    "sein konto", "employee", "beneficiary", "applicant", "citizen", "private", "holder", "your account",
    "his account", "her account", "rekeninghouder", "account holder",
])
# Right after the IBAN: "(SPF Finances)", "van Stad Gent", "of FPS Finance" -> the organisation's.
# An organisation type (not a name list): public bodies, worship bodies (a church fabric, a parish council),
# associations, foundations, schools, funds and companies. A holder written with one is a legal person.
_ORG_WORDS = (r"(?:gemeente\w*|stad|fod|spf|fps|ministerie|ministère|ministerium|ministry|ocmw|cpas|provincie|"
              r"province|commune|ville|gemeinde|stadt|stadtverwaltung|gemeindeverwaltung|kommune|municipality|"
              r"council|agentschap|agence|agency|dienst|service|rijksdienst|office|administration|administratie|"
              r"behörde|amt|finanzamt|intercommunale|politiezone|zone\sde\spolice|parket|parquet|greffe|griffie|"
              r"vzw|asbl|ivzw|aisbl|nv|bv|sa|srl|gmbh|ag|ltd|inc|e\.\s?v|universit\w*|ziekenhuis|hôpital|hospital|"
              r"belastingdienst|kantoor|bureau|gerecht|tribunal|court|vereniging|association|verein|club|stichting|"
              r"fondation|stiftung|foundation|charity|non-profit|nonprofit|ngo|ong|trust|fonds|fund|caisse|kasse|"
              r"kerkfabriek|fabriek|fabrique|kirchenfabrik|kerkbestuur|kerkraad|kerk|église|kirche|church|parochie|"
              r"paroisse|pfarrei|pfarramt|kirchengemeinde|parish|moskee|mosquée|moschee|mosque|synagoge|synagogue|"
              r"consistoire|school|scholengroep|école|schule|lycée|athénée|collège|college|academie|académie|"
              r"akademie|academy|hogeschool|gymnasium|kindergarten|crèche|kinderdagverblijf|mutualiteit|mutualité|"
              r"ziekenfonds|krankenkasse|federatie|fédération|verband|federation|firma|société|bedrijf|onderneming|"
              r"unternehmen|company)")
_ORG_AFTER = re.compile(
    rf"[ \t]{{0,3}}(?:\(|,?[ \t]{{1,3}}(?:van|de|du|de\sla|of|der|des|von)[ \t]{{1,3}})"
    rf"(?:[\w'’\-]{{1,30}}[ \t]{{1,2}}){{0,2}}{_ORG_WORDS}\b",
    re.IGNORECASE,
)
_HOLDER_BEFORE_NAME = re.compile(
    r"[ \t,]{0,3}(?:\(|van|de|du|of|von|ten\sname\svan|t\.?n\.?v\.?|au\snom\sde|zugunsten|in\sthe\sname\sof)?"
    r"[ \t]{0,3}$",
    re.IGNORECASE,
)
# "In the name of" + an organisation word: the organisation's account.
_ORG_HOLDER = re.compile(
    r"(?:t\.?\s?n\.?\s?v\.?|ten\s(?:name|gunste)\svan|au\snom\sd[eu]|en\sfaveur\sd[eu]|zugunsten|"
    r"in\sfavour\sof|on\sbehalf\sof|payable\sto)[^\n]{0,40}\b(?:gemeente|stad|fod|spf|fps|ministerie|"
    r"ministère|ministerium|ministry|ocmw|cpas|provincie|province|commune|ville|gemeinde|stadt|agentschap|agence|"
    r"agency|dienst|service|rijksdienst|office|vzw|asbl|nv|bv|sa|srl|gmbh|ag|ltd|inc|universit\w*|ziekenhuis|"
    r"hôpital|hospital|belastingdienst|kantoor|bureau|gerecht|tribunal|court)\b",
    re.IGNORECASE,
)
_STRUCTURED_COMMUNICATION = re.compile(r"\+\+\+\s?\d{3}\s?/\s?\d{4}\s?/\s?\d{5}\s?\+\+\+|\*\*\*\d{3}/\d{4}/\d{5}\*\*\*")
_BANK_DETAILS_LINE = re.compile(
    r"\b(?:bic|swift|ondernemingsnummer|kbo|bce|btw|tva|vat|ust-?id|handelsregister|rpr|rpm)\b",
    re.IGNORECASE,
)
IBAN_WINDOW = 250
# A company by its legal form ("Bouwbedrijf Vermeulen NV", "SA Nettoyage des Ardennes", "Eifel Bau GmbH"):
# a legal person, whose account is not personal data.
_LEGAL_FORM = (r"(?:NV|N\.V\.|BV|B\.V\.|SA|S\.A\.|SRL|BVBA|SPRL|CommV|VOF|CV|SCRL|SC|GmbH|AG|KG|SE|Ltd|LLC|Inc|"
               r"plc|Sàrl|SARL|SAS|VZW|vzw|ASBL|asbl|IVZW|AISBL|e\.V\.|gGmbH|OHG|UG|Stichting|stichting)")
_NAME_WORD = r"[A-Z][\w&'’.\-]{1,30}"
_COMPANY = re.compile(
    rf"(?:\b{_NAME_WORD}(?:[ \t]{{1,2}}(?:[A-Z0-9][\w&'’.\-]{{0,30}}|&|de|des|du|van|von|der|und|et|en|and)){{0,5}}"
    rf"[ \t]{{1,2}}{_LEGAL_FORM}(?![\w.])|(?<![\w.]){_LEGAL_FORM}[ \t]{{1,2}}{_NAME_WORD})"
)
# Money paid to the holder for an invoice (a payment confirmation, not an allowance or a refund).
_INVOICE_PAYMENT = word_list_regex([
    "factuur", "facturen", "facture", "factures", "rechnung", "rechnungen", "invoice", "invoices", "betaald",
    "payée", "payé", "bezahlt", "paid", "uitbetaald", "réglée", "beglichen", "settled", "leverancier", "fournisseur",
    "lieferant", "supplier",
])
# The company states its own bank details ("Unsere neue Bankverbindung: Müller Bau GmbH, IBAN ...", "nos
# coordonnées bancaires"), or is paid a grant as an organisation ("de subsidie voor vzw Sportclub").
_BANK_DETAILS = word_list_regex([
    "bankgegevens", "rekeninggegevens", "bankrekening", "nieuw rekeningnummer", "ons rekeningnummer",
    "onze rekening", "coordonnées bancaires", "coordonnées bancaires", "références bancaires", "notre compte",
    "nouveau compte", "bankverbindung", "kontoverbindung", "bankdaten", "unser konto", "unsere iban",
    "geschäftskonto", "firmenkonto", "bank details", "banking details", "bank account details", "our account",
    "our bank", "remittance", "subsidie", "subsidies", "werkingstoelage", "subside", "subsides", "subvention",
    "subventions", "zuschuss", "zuschüsse", "förderung", "fördermittel", "grant", "sponsoring",
])
# The recipient's account: a company's when the recipient is the company paid for its invoice.
_RECIPIENT_ACCOUNT = word_list_regex(["uw rekening", "votre compte", "ihr konto", "your account"])
# A third person's account: "zijn rekening", "son compte", "sein Konto", "his account" (not the recipient's).
_THIRD_PERSON_ACCOUNT = word_list_regex([
    "zijn rekening", "haar rekening", "hun rekening", "son compte", "leur compte", "sein konto", "seinem konto",
    "his account", "her account", "their account", "rekening van", "compte de", "konto von", "account of",
])


# What is paid to a person (not the direction words "wordt gestort" / "sera versé", which an invoice
# payment to a company shares): binds the IBAN to the person against a company's invoice nearby.
PERSONAL_PAYMENT_KIND = word_list_regex([
    "uitkering", "toelage", "tegemoetkoming", "premie", "salaris", "loon", "wedde", "kinderbijslag",
    "groeipakket", "pensioen", "leefloon", "waarborg", "huurwaarborg", "mijn rekening", "allocation",
    "allocations familiales", "salaire", "indemnité", "pension", "prime", "garantie locative", "mon compte",
    "gehalt", "lohn", "zulage", "kindergeld", "rente", "kaution", "mein konto", "allowance", "salary", "wage",
    "benefit", "deposit", "bonus", "my account",
])
# A holder phrase right after the IBAN and the holder it names (up to the end of the clause).
_HOLDER_PHRASE = re.compile(
    r"[ \t,;)(]{0,3}(?:t\.?\s?n\.?\s?v\.?|ten\s(?:name|gunste)\svan|op\snaam\svan|au\snom\sd[eu]|"
    r"(?:titulaire|kontoinhaber(?:in)?|rekeninghouder|account\sholder|inhaber(?:in)?)(?:\s?:)?|"
    r"in\sthe\sname\sof|zugunsten(?:\svon)?)[ \t:]{1,3}(?P<holder>[^\n,;()]{2,60})",
    re.IGNORECASE,
)


# A person's own or private account right before the IBAN ("auf ihr Privatkonto", "to her own account", "sur son
# compte personnel", "op zijn eigen rekening", "privérekening"): the holder is that person, whatever the topic.
_PRIVATE_ACCOUNT = re.compile(
    r"(?<!\w)(?i:(?:zijn|haar|hun|mijn|jouw)\s(?:eigen\s|persoonlijke\s|privé\s?)?(?:bank)?rekening(?:nummer)?|"
    r"(?:eigen|persoonlijke|private)\s(?:bank)?rekening(?:nummer)?|privé-?rekening(?:nummer)?|"
    r"(?:son|sa|leur|mon|ton)\s(?:propre\s)?compte(?:\sbancaire)?|compte\s(?:bancaire\s)?(?:personnel|privé)|"
    r"propre\scompte|(?:privat|eigenes\s|persönliches\s)konto|"
    r"(?:his|her|their|my)\s(?:own\s)?(?:private\s|personal\s)?(?:bank\s)?account|"
    r"(?:own|private|personal)\s(?:bank\s)?account|"
    # German "ihr" (her) only in lower case: "Ihr Konto" is the reader's (a company paid for its invoice)
    r"(?-i:(?:sein|ihr|mein|dein)(?:e|em|en|es)?)\s(?:eigenes?\s|persönliches?\s|privates?\s)?(?:giro|bank)?konto)"
    r"(?:\s(?:number|nummer|numéro|nr\.?|n°|iban|\(iban\)))?[ \t:]{0,3}$"
)
# The payee named before the IBAN in its sentence: "op de rekening van de kerkfabriek (BE..", "versé à la Caisse
# des Dépôts, compte BE..", "payée sur le compte de Serrurerie Dumont SRL BE..", "auf das Konto der Kirchengemeinde",
# "paid to the parish council, account BE..". The holder it names decides (``_payee_before``).
_PAYEE_BEFORE = re.compile(
    r"(?<!\w)(?i:rekening(?:nummer)?\s(?:van|voor)|ten\s(?:name|gunste)\svan|t\.?\s?n\.?\s?v\.?|op\snaam\svan|"
    r"(?:gestort|overgemaakt|overgeschreven|betaald|storten|betalen|overmaken|overschrijven)\saan|"
    r"compte\s(?:de|du|des|d['’])|au\snom\sd[eu]|au\sprofit\sd[eu]|en\sfaveur\sd[eu]|"
    r"(?:versée?s?|virée?s?|payée?s?|verser|virer|payer)\s(?:à|au|aux)|"
    r"konto\s(?:der|des|von|vom)|zugunsten(?:\s(?:der|des|von))?|(?:überwiesen|gezahlt|zahlen|überweisen)\san|"
    r"account\sof|in\sthe\sname\sof|in\sfavou?r\sof|payable\sto|(?:paid|transferred|pay|transfer)\sto)"
    r"(?!\w)"
)


def _payee_before(ctx: TextContext, start: int) -> str | None:
    """The holder a payee phrase before the IBAN names, in its sentence (the line above included when the IBAN
    starts a line): "org" (an organisation type or a legal form), "person" (a person's name), or None."""
    text = ctx.text
    lo = max(0, start - 120)
    for m in _SENTENCE_END.finditer(text, lo, start):
        if m.group() == "." and _SHORT_WORD_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue  # "St. Nikolaus", "Dr. Weber", "e.V.": an abbreviation
        if m.group() != "\n" or text[m.end() : start].strip():
            lo = m.end()  # a sentence end, or a line break with text of the IBAN's own line after it
    last = None
    for m in _PAYEE_BEFORE.finditer(text, lo, start):
        last = m
    if last is None:
        return None
    holder = text[last.end() : start]
    for name in ctx.names_in(last.end(), start):
        if name.kind in ("title", "name") and not _in_org_name(text, last.end(), name):
            return "person"
    if _COMPANY.search(holder) or _ORG_WORD.search(holder):
        return "org"
    return None


_SHORT_WORD_BEFORE = re.compile(r"(?<![\w.])[A-Za-z]{1,3}$|\.[A-Za-z]$")


def _in_org_name(text: str, lo: int, m: Mention) -> bool:
    """The name mention overlaps an organisation's name that starts in ``text[lo:]`` (searched up to the mention's
    end only: bounded on a huge line): a company by its legal form, or an organisation type and the capitalised
    words of its name ("Kirchengemeinde St. Nikolaus", "vzw Jeugdhuis Den Tap"; the old rule: overlap)."""
    hi = min(len(text), m.end + 40)
    return any(c.start() < m.end and m.start < c.end()
               for rx in (_COMPANY, _ORG_NAME) for c in rx.finditer(text, lo, hi))


def _nearest(rx: re.Pattern[str], text: str, start: int, end: int, window: int) -> int | None:
    best: int | None = None
    for m in rx.finditer(text, max(0, start - window), start):
        best = start - m.end() if best is None else min(best, start - m.end())
    m2 = rx.search(text, end, min(len(text), end + window // 2))
    if m2 is not None:
        d = m2.start() - end
        best = d if best is None else min(best, d)
    return best


def iban_exception(ctx: TextContext, start: int, end: int, org_ibans: frozenset[str]) -> str | None:
    """The exception allowing the IBAN at ``start:end``, or None when it is (or may be) a person's."""
    text = ctx.text
    if alnum_upper(text[start:end]) in org_ibans:
        return "organisation_iban"
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    label = text[max(line_start, start - 35) : start]  # the label right before the IBAN
    if ctx.signatures.contains(start, end):
        # Under the sign-off the IBAN is the sender's organisation's, unless its own line says whose
        # it is: "Rekening aanvrager:", "Compte du bénéficiaire", "Kontoinhaber: Peter Schmitz".
        if PERSON_LINE.search(label) or _holder_after(text, end) == "person":
            return None
        return "organisation_iban"
    if ctx.id_spans.any(start - IBAN_WINDOW, end + IBAN_WINDOW):
        return None  # next to a person's national number
    labelled = PERSON_LINE.search(label)
    if labelled and not (_RECIPIENT_ACCOUNT.fullmatch(labelled.group()) and _company_holder(ctx, start, end)):
        return None  # labelled as a person's account ("uw rekening" of a company paid for its invoice is not)
    if any(m.start >= line_start and m.end <= start and not _in_org_name(text, max(line_start, m.start - 120), m)
           for m in ctx.names_in(line_start, start)):
        return None  # a person's name on the same line before the IBAN (not a company's: "vzw Sportclub Lede")
    for m in ctx.names_in(end, end + 40):
        if m.kind != "cappair" and _HOLDER_BEFORE_NAME.fullmatch(text, end, m.start):
            return None  # "... BE71 0961 2345 6769 van mevrouw Peeters": the holder is a person
    if _PRIVATE_ACCOUNT.search(text, max(0, start - 50), start):
        return None  # "auf ihr Privatkonto DE89 ...", "to her own account BE93 ...": the holder is that person
    holder = _holder_after(text, end) or _holder_above(text, line_start) or _payee_before(ctx, start)
    if holder == "person":
        return None  # "BE71 ... t.n.v. P. Janssens", "Kontoinhaber: Hans Schmidt": the holder is a person
    if holder == "org" or _ORG_AFTER.match(text, end):  # the holder is an organisation: a fee to it, or its account
        fee_words = _min(_nearest(FEE_INSTRUCTION, text, start, end, IBAN_WINDOW),
                         _nearest(FEE_TOPIC, text, start, end, IBAN_WINDOW)) is not None
        return "public_fee" if fee_words else "organisation_iban"
    if _BANK_DETAILS_LINE.search(line) or _ORG_HOLDER.search(line):
        return "organisation_iban"
    if _company_holder(ctx, start, end):
        return "organisation_iban"
    if _is_table_row(line):
        # A row of a table (beneficiaries, refunds): a fee word in the header ("Bedrag", "Te betalen") or
        # in another row is not about this row's account; only the row's own cells count.
        row_end = line_start + len(line)
        if _COMPANY.search(text, line_start, row_end) is not None:
            return "organisation_iban"  # the row's own holder is a company ("Bouw Vermeulen NV;BE71 ...;450")
        if not any(rx.search(text, line_start, row_end) for rx in (FEE_INSTRUCTION, FEE_TOPIC)):
            return None
    # Direction of the money. Money paid TO a person (refund, allowance, "versé sur le compte de",
    # "wordt gestort op") makes the IBAN personal even when the topic is a tax or fee ("la taxe vous sera
    # remboursée sur le compte ..."); only a payment instruction (the reader pays the institution:
    # "te betalen op", "à verser sur", "Verwendungszweck", structured communication) nearer than the
    # personal words makes it a public fee.
    personal = _min(_nearest(PERSONAL_IBAN_CONTEXT, text, start, end, IBAN_WINDOW),
                    _nearest(PERSONAL_IBAN_STEMS, text, start, end, IBAN_WINDOW))
    instruction = _nearest(FEE_INSTRUCTION, text, start, end, IBAN_WINDOW)
    if _STRUCTURED_COMMUNICATION.search(text, max(0, start - IBAN_WINDOW), min(len(text), end + IBAN_WINDOW)):
        instruction = 0
    if personal is not None:
        return "public_fee" if instruction is not None and instruction < personal else None
    if instruction is not None or _nearest(FEE_TOPIC, text, start, end, IBAN_WINDOW) is not None:
        return "public_fee"
    return None


def _is_table_row(line: str) -> bool:
    """A table row: a line with two or more tab, ``;`` or ``|`` cell separators."""
    return any(line.count(sep) >= 2 for sep in ("\t", ";", "|"))


# A "Label: value" line naming the account holder ("Account holder: John Smith", "Titulaire du compte :
# Marie Lambert", "Kontoinhaber: Hans Schmidt", "Naam rekeninghouder: Jan Peeters").
_HOLDER_LABEL_LINE = re.compile(
    r"^[ \t>]*(?:naam\s(?:van\s)?(?:de\s)?)?(?:rekening\s?houder|titularis|t\.?\s?n\.?\s?v\.?|op\snaam\svan|"
    r"titulaire(?:\sdu\scompte)?|nom\sdu\stitulaire|(?:name\sdes\s)?kontoinhabers?(?:in)?|account\s(?:holder|name)|"
    r"name\sof\s(?:the\s)?account\sholder|beneficiary(?:\sname)?|begunstigde|bénéficiaire|begünstigter?)"
    r"[ \t]*:[ \t]*(?P<holder>[^\n]{2,60})$",
    re.IGNORECASE | re.MULTILINE,
)


def _holder_above(text: str, line_start: int) -> str | None:
    """The account holder labelled on one of the two lines right above the IBAN's line (a form block):
    "org", "person", or None."""
    pos = line_start
    for _ in range(2):
        if pos == 0:
            return None
        prev = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev : pos - 1]
        if not line.strip():
            return None  # a blank line ends the block
        m = _HOLDER_LABEL_LINE.match(line)
        if m is not None:
            return _holder_kind(m.group("holder"))
        pos = prev
    return None


def _evidence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where ownership evidence for the IBAN at ``start:end`` may come from: its own table row (a line
    with cell separators), else its own paragraph (blank-line bounded), never beyond ``IBAN_WINDOW``."""
    lo, hi = max(0, start - IBAN_WINDOW), min(len(text), end + IBAN_WINDOW // 2)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    line = text[line_start:line_end]
    if _is_table_row(line):
        return max(lo, line_start), min(hi, line_end)  # a table row: another row's company is not this one
    para_start = text.rfind("\n\n", 0, start)
    para_end = text.find("\n\n", end)
    return (max(lo, para_start + 2 if para_start != -1 else 0),
            min(hi, para_end if para_end != -1 else len(text)))


_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\d])|\n")


def _sentence_bounds(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The IBAN's own sentence (or line), within ``lo:hi``."""
    s_lo = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        s_lo = m.end()
    m2 = _SENTENCE_END.search(text, end, hi)
    return s_lo, (m2.start() if m2 is not None else hi)


def _holder_after(text: str, end: int) -> str | None:
    """The account holder named right after the IBAN ("t.n.v. P. Janssens", "au nom de Marie Dubois",
    "Kontoinhaber: Hans Schmidt", "account holder: Acme Ltd"): "org", "person", or None (not named)."""
    m = _HOLDER_PHRASE.match(text, end)
    if m is None:
        return None
    return _holder_kind(m.group("holder"))


_ORG_WORD = re.compile(rf"\b{_ORG_WORDS}\b", re.IGNORECASE)
_ORG_NAME = re.compile(
    rf"\b(?i:{_ORG_WORDS})\b(?:[ \t]{{1,2}}(?:d['’]\w{{2,12}}|de|des|du|van|von|der|den|het|the|of)){{0,2}}"
    rf"(?:[ \t]{{1,2}}[A-Z][\w.'’\-]{{0,30}}){{1,4}}"
)


def _holder_kind(holder: str) -> str:
    """An account holder's name as written: "org" (a legal form or an organisation word) or "person"."""
    return "org" if _COMPANY.search(holder) or _ORG_WORD.search(holder) else "person"


def _company_holder(ctx: TextContext, start: int, end: int) -> bool:
    """A payment of an invoice to a company named by its legal form nearby (an NV / BV / SA / GmbH paid
    "op uw rekening", "sur votre compte"), with no natural person as holder: the company's own account.

    The evidence is bound to this IBAN: the company and the invoice words must be in the IBAN's own
    table row or paragraph, and money paid to a person (a refund, premium, allowance, salary, "mijn
    rekening") nearer to the IBAN than the invoice / bank-details words makes it the person's."""
    text = ctx.text
    lo, hi = _evidence_bounds(text, start, end)
    if _COMPANY.search(text, lo, hi) is None or (_INVOICE_PAYMENT.search(text, lo, hi) is None
                                                 and _BANK_DETAILS.search(text, lo, hi) is None):
        return False
    if _THIRD_PERSON_ACCOUNT.search(text, max(lo, start - 60), start):
        return False
    s_lo, s_hi = _sentence_bounds(text, start, end, lo, hi)
    if PERSONAL_PAYMENT_KIND.search(text, s_lo, s_hi) or PERSONAL_IBAN_STEMS.search(text, s_lo, s_hi):
        return False  # "de premie voor uw factuur van X BV wordt gestort op uw rekening ...": the citizen's
    for m in ctx.names_in(lo, hi):
        if m.kind in ("title", "name") and not ctx.addresses_recipient(m.start, m.end):
            return False  # a person named near the account: it may be theirs
    return True


def contact_exception(ctx: TextContext, entity_type: str, start: int, end: int) -> str:
    """The exception name for an always-allowed contact kind."""
    if entity_type == "URL" and PUBLIC_PROFILE_HOSTS.search(ctx.text[start:end]):
        return "professional_contact"
    if ctx.in_contact_block(start, end):
        return "professional_contact"
    if entity_type == "URL":
        return "public_reference"
    if entity_type in ("BE_ENTERPRISE_NUMBER", "ORGANIZATION"):
        return "organisation_data"
    return "simple_identification"
