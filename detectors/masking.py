"""Masking of detected values for snippets: keep the shape, hide what identifies."""

from __future__ import annotations


def mask_value(value: str, keep: int = 6) -> str:
    """Keep the first ``keep`` alphanumerics (and all separators), star the rest.

    ``85.07.30-033.28`` -> ``85.07.30-***.**``; ``BE71 0961 2345 6769`` -> ``BE71 09** **** ****``.
    Values too short to keep anything meaningful are fully starred.
    """
    value = " ".join(value.split())  # no line breaks in a snippet
    seen = 0
    out = []
    limit = keep if sum(c.isalnum() for c in value) > keep + 2 else 0
    for c in value:
        if c.isalnum():
            out.append(c if seen < limit else "*")
            seen += 1
        else:
            out.append(c)
    return "".join(out)


def mask_words(value: str) -> str:
    """Keep the first letter of each word: ``Jan Peeters`` -> ``J** P******``, ``diabetes`` -> ``d*******``."""
    out = []
    for word in " ".join(value.split()).split(" "):
        out.append(word[:1] + "".join("*" if c.isalnum() else c for c in word[1:]))
    return " ".join(out)


def initials(value: str) -> str:
    """Initials of a person mention for explanations: ``Jan Peeters`` -> ``J.P.``; ``Dhr. Van den Broeck``
    -> ``D.V.d.B.``. Nothing else of the name is kept."""
    words = [w for w in " ".join(value.split()).replace(".", " ").split(" ") if w and w[0].isalpha()]
    return "".join(w[0] + "." for w in words[:6]) or "?"


def mask_email(value: str) -> str:
    """``jan.peeters@example.be`` -> ``j**********@example.be`` (the domain is organisation data)."""
    local, _, domain = value.partition("@")
    return mask_words(local.replace(" ", "")) + "@" + domain


def mask_url(value: str, keep: int = 40) -> str:
    """Keep the host, star the path: ``https://www.linkedin.com/in/jan`` -> ``https://www.linkedin.com/**/***``."""
    scheme, sep, rest = value.partition("://")
    if not sep:
        scheme, rest = "", value
    host, slash, path = rest.partition("/")
    masked_path = "".join("*" if c.isalnum() else c for c in path)
    return ((scheme + "://") if sep else "") + host + slash + masked_path[:keep]


def mask_for(entity_type: str, value: str) -> str:
    """The snippet for a finding of ``entity_type`` whose matched text is ``value``."""
    if entity_type.startswith(("ART9_", "ART10_")) or entity_type in ("PERSON", "ORGANIZATION"):
        return mask_words(value)
    if entity_type == "EMAIL_ADDRESS":
        return mask_email(value)
    if entity_type == "URL":
        return mask_url(value)
    return mask_value(value)
