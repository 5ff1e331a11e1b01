"""Medical context for ambiguous health words ("operatie", "Operation", "opération", "operation").

A lexicon entry written ``~word`` (see ``detectors/lexicons/README.md``) is a health hit only when
the word is a compound led by a body part ("knieoperatie", "Hüftoperation", "Knie-OP") or its
sentence names a body part or another medical word ("opération du genou", "surgery... knee",
"ziekenhuis", "Narkose", "revalidatie"). A police, tax or business operation has neither.
"""

from __future__ import annotations

import re

from detectors.patterns import trie_regex

# Body parts that lead a compound (matched anywhere in the rest of the word). Stems of 3+ letters
# that do not occur inside common non-medical modifiers (politie-, reddings-, Militär-, Rettungs-).
COMPOUND_BODY_PARTS = [
    "knie", "heup", "rug", "wervel", "schouder", "enkel", "voet", "hand", "pols", "elleboog", "nek", "hoofd",
    "hersen", "long", "lever", "nier", "maag", "darm", "borst", "buik", "been", "teen", "vinger", "kaak",
    "tand", "galblaas", "blindedarm", "prostaat", "baarmoeder", "hart", "oog", "ogen", "staar", "kruisband",
    "menisc", "hernia", "schildklier", "amandel", "neus", "oor",
    "hüft", "rücken", "wirbel", "bandscheiben", "schulter", "knöchel", "fuß", "fuss", "ellbogen", "nacken",
    "kopf", "gehirn", "lungen", "leber", "nieren", "magen", "brust", "bauch", "bein", "zeh", "finger",
    "kiefer", "zahn", "gallenblasen", "blinddarm", "prostata", "gebärmutter", "herz", "augen", "kreuzband",
    "meniskus", "schilddrüsen", "mandel", "nasen", "ohr", "grauer-star", "star",
    "knee", "hip", "spine", "spinal", "shoulder", "ankle", "wrist", "elbow", "neck", "brain", "lung", "liver",
    "kidney", "stomach", "bowel", "breast", "heart", "eye", "cataract",
]
# Words in the same sentence that make the operation a medical one (matched at a word start).
SENTENCE_CONTEXT = [
    # body parts (not the ones with everyday meanings: "enkel", "oog", "sein", "main", "long", "rug", "hart")
    "knie", "knieën", "heup", "heupen", "wervel*", "schouder*", "elleboog", "galblaas", "blindedarm", "prostaat",
    "baarmoeder", "kruisband*", "meniscus", "schildklier", "borstkanker",
    "genou", "genoux", "hanche", "épaule", "cheville", "poignet", "coude", "colonne vertébrale", "vésicule",
    "appendic*", "ménisque", "ligament*", "prostate", "utérus", "thyroïde", "cataracte", "hernie*",
    "hüfte", "schulter", "knöchel", "handgelenk", "ellbogen", "wirbelsäule", "bandscheibe*", "meniskus",
    "kreuzband*", "gallenblase", "blinddarm", "gebärmutter", "schilddrüse", "grauer star",
    "knee", "knees", "hip", "hips", "shoulder", "ankle", "wrist", "elbow", "spine", "spinal", "gallbladder",
    "appendix", "cruciate", "meniscus", "thyroid", "hernia", "womb",
    # long bones and limbs named with a fracture / sprain ("fracture du tibia", "Schienbein gebrochen")
    "tibia", "fibula", "femur", "fémur", "péroné", "clavicule", "jambe", "jambes", "sleutelbeen", "onderbeen",
    "bovenbeen", "scheenbeen", "kuitbeen", "bein", "beine", "schienbein", "oberschenkel", "unterschenkel",
    "schlüsselbein", "collarbone", "shin", "kneecap", "knieschijf", "rotule", "kniescheibe",
    # medical settings, people and aftercare
    "ziekenhuis*", "hospital*", "hôpital", "krankenhaus*", "klinik*", "kliniek*", "clinique*", "chirurg*",
    "surgeon*", "narcose", "narkose", "anesthes*", "anaesthe*", "anesthés*", "verdoving", "revalid*",
    "rééducation", "reha", "rehabilitation", "kiné*", "kinesist*", "kinesither*", "physio*", "fysio*",
    "prothese*", "prothèse*", "prosthe*", "geopereerd", "operiert", "opéré*", "postoperati*",
    "post-operati*", "postopérat*", "huisarts*", "dokter*", "médecin*", "arzt", "ärzt*", "orthoped*",
    "orthopäd*", "orthopéd*", "cardiolog*", "kardiolog*", "ziekteverlof", "sick leave", "arrêt maladie",
    "congé de maladie", "krankgeschrieben", "krankschreibung", "arbeitsunfähig*", "arbeidsongeschikt*",
    "incapacité de travail", "herstelperiode", "recovery", "recovering", "convalescen*", "genezing",
    "rekonvaleszen*", "patiënt*", "patient", "patients", "patientin", "transplant*", "keizersnede",
    "césarienne", "kaiserschnitt", "caesarean", "cesarean", "tumor*", "tumour*", "tumeur*", "kanker",
    "krebs", "cancer*", "krukken", "béquilles", "krücken", "crutches", "gips",
    "amputee", "amputé", "amputée", "amputiert", "geamputeerd", "amputated",
    "bloedtransfusie", "transfusion*",
]

_COMPOUND = re.compile(trie_regex(COMPOUND_BODY_PARTS))


def _sentence_regex(words: list[str]) -> re.Pattern[str]:
    """Whole words, or word starts for entries ending in ``*``; a space matches 1-3 whitespace."""
    whole = trie_regex(w for w in words if not w.endswith("*"))
    prefix = trie_regex(w.rstrip("*") for w in words if w.endswith("*"))
    body = rf"(?:{whole}(?!\w)|{prefix})".replace(r"\ ", r"\s{1,3}")
    return re.compile(r"\b" + body, re.IGNORECASE)


_SENTENCE = _sentence_regex(SENTENCE_CONTEXT)
_SENTENCE_ENDS = ".!?\n"


def _word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    ws, we = start, end
    while ws > 0 and (text[ws - 1].isalnum() or text[ws - 1] == "-") and start - ws < 40:
        ws -= 1
    while we < len(text) and (text[we].isalnum() or text[we] == "-") and we - end < 40:
        we += 1
    return ws, we


def medical_context(text: str, start: int, end: int) -> bool:
    """True when the ambiguous word at ``start:end`` is used medically (see the module docstring)."""
    ws, we = _word_bounds(text, start, end)
    modifier = (text[ws:start] + " " + text[end:we]).lower()
    if _COMPOUND.search(modifier):
        return True
    lo = max(0, ws - 200)
    cut = max(text.rfind(c, lo, ws) for c in _SENTENCE_ENDS)
    lo = cut + 1 if cut >= 0 else lo
    hi = min(len(text), we + 200)
    ends = [i for i in (text.find(c, we, hi) for c in _SENTENCE_ENDS) if i != -1]
    hi = min(ends) if ends else hi
    return _SENTENCE.search(text, lo, hi) is not None
