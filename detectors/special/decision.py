"""The person-tie decision: one logistic score over the tie features of a lexicon hit.

``score = 1 / (1 + exp(-(bias + sum(weight[f] * x[f]))))``; a hit is reported when ``score >=
threshold``. The weights are data (``detectors/special/models/*.json``), loaded once:

- ``tie_hand.json``: weights set by hand from the meaning of each feature (docs/detectors.md);
- ``tie_fitted.json``: the same features, weights fitted by ``tools/fit_tie_model.py`` (numpy, at
  fitting time only) on the labelled corpora's tuning data.

Deterministic: no randomness, no model runtime; a feature missing from the file weighs 0.

``cancels`` (a list in the same file) names features that cancel a tie whatever the weights: the hit is
about a procedure or a public role, not data of the person it sits next to — ``record_request`` (a
criminal-record extract asked for, required or received, nothing said about its content), ``mandate`` (the
party of an elected official), ``open_category`` (the category as an open alternative of nobody: "ongeacht
afkomst of geloof", "gelovig of niet"), ``roster_name`` (the only person is an attendee on a roster and the hit is
in a later sentence), ``thing_modifier`` (the hit modifies a device, system, database or place: "biometric
passport readers", "DNA database"), ``event_topic`` (the topic of a study day, training or report) and
``aggregate_bare`` (a statistic sentence, the name only elsewhere and not referred to) and ``blank_form`` (a
form whose fill-in fields are blank, "Participant name: ______", tied only by its template's "my" / "uw").
They are rare in any training data, so a fitted weight would not learn them; they are not fitted,
and the fitter leaves such hits out of its training set.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib import resources

MODELS = ("fitted", "hand")


@dataclass(frozen=True, slots=True)
class TieModel:
    """A linear model over named features (a logistic regression)."""

    name: str
    bias: float
    weights: dict[str, float]
    threshold: float = 0.5
    source: str = ""
    cancels: frozenset[str] = frozenset()

    @classmethod
    def load(cls, name: str = "fitted") -> TieModel:
        """``fitted`` (the default: better than the hand-set weights on held-out mail, docs/detectors.md)
        or ``hand``; a missing fitted file falls back to the hand weights."""
        models = resources.files("detectors").joinpath("special/models")
        f = models.joinpath(f"tie_{name}.json")
        if not f.is_file():
            if name == "hand":
                raise FileNotFoundError(str(f))
            return cls.load("hand")
        data = json.loads(f.read_text(encoding="utf-8"))
        return cls(name=name, bias=float(data["bias"]), weights={k: float(v) for k, v in data["weights"].items()},
                   threshold=float(data.get("threshold", 0.5)), source=str(data.get("source", "")),
                   cancels=frozenset(data.get("cancels", ())))

    def margin(self, features: dict[str, float]) -> float:
        return self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items() if v)

    def score(self, features: dict[str, float]) -> float:
        z = self.margin(features)
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def decide(self, features: dict[str, float]) -> tuple[bool, float]:
        """(report it, score); a hit with no evidence of a person (no ``ev_*`` feature), or with a feature that
        cancels the tie (``cancels``), is never reported."""
        p = self.score(features)
        tied = any(k.startswith("ev_") for k in features) and not self.cancelled(features)
        return tied and p >= self.threshold, p

    def cancelled(self, features: dict[str, float]) -> bool:
        return any(features.get(k) for k in self.cancels)

    def contributions(self, features: dict[str, float], top: int = 4) -> list[tuple[str, float]]:
        """The largest terms of the margin (for ``--explain``), rounded."""
        terms = [(k, self.weights.get(k, 0.0) * v) for k, v in features.items() if v and self.weights.get(k)]
        terms.sort(key=lambda kv: -abs(kv[1]))
        return [(k, round(v, 2)) for k, v in terms[:top]]
