"""The detector options: tuning that comes from the organisation's policy (e.g. its own IBANs).

Its own light module (no recognizer, no Presidio), so that a gateway process, which only hands
the options to its scanner template, does not import the detection engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from detectors.patterns import alnum_upper
from detectors.special.decision import MODELS


@dataclass(frozen=True, slots=True)
class DetectorOptions:
    """Tuning that comes from the organisation's policy (e.g. its own IBANs)."""

    org_ibans: frozenset[str] = field(default_factory=frozenset)
    min_score: float = 0.5
    # Use spaCy fr_core_news_sm person entities (in a small window) to tie French Art. 9 hits.
    french_ner: bool = True
    # Report allowed contact kinds (PERSON, EMAIL_ADDRESS, ...). Off = only blocking types.
    report_allowed: bool = True
    # The person-tie decision's weights: "fitted" (tools/fit_tie_model.py; better than the hand-set ones on
    # held-out mail, docs/detectors.md) or "hand".
    tie_model: str = "fitted"
    # Skip the recognizer families that provably find nothing in a text (``detectors.prefilter``). Off = every
    # recognizer runs on every text (the reference the prefilter is tested against).
    prefilter: bool = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "org_ibans", frozenset(alnum_upper(i) for i in self.org_ibans))
        if self.tie_model not in MODELS:
            raise ValueError(f"tie_model must be one of {MODELS}")
