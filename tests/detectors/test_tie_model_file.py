"""The fitted tie model file and the fitter's guarantees: it loads, its sign constraints hold, the fitter
never reads a blind set, and the constrained fit is the constrained optimum (tools/fit_tie_model.py)."""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from detectors.special.decision import TieModel

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import fit_tie_model as fitter


def _data(name: str) -> dict:
    f = resources.files("detectors").joinpath(f"special/models/tie_{name}.json")
    return json.loads(f.read_text(encoding="utf-8"))


def test_fitted_file_loads_with_its_provenance() -> None:
    data = _data("fitted")
    model = TieModel.load("fitted")
    assert model.name == "fitted" and model.weights and model.source == data["source"]
    assert "tools/fit_tie_model.py" in model.source and "heldout2" not in model.source
    assert model.cancels == TieModel.load("hand").cancels  # copied from the hand model, never fitted
    assert not set(model.weights) & model.cancels


@pytest.mark.parametrize("name", ["fitted", "hand"])
def test_sign_constraints_hold(name: str) -> None:
    model = TieModel.load(name)
    for f in fitter.NOT_RAISING:
        assert model.weights.get(f, 0.0) <= 0.0, f"{name}: {f} must not raise the tie score"
    for f in fitter.NOT_LOWERING:
        assert model.weights.get(f, 0.0) >= 0.0, f"{name}: {f} must not lower the tie score"


def test_fitted_file_names_the_fitter_constraints() -> None:
    constraints = _data("fitted").get("constraints")
    assert constraints, "the shipped fit is constrained"
    assert set(constraints["not_raising"]) == fitter.NOT_RAISING
    assert set(constraints["not_lowering"]) == fitter.NOT_LOWERING
    assert not fitter.NOT_RAISING & fitter.NOT_LOWERING


def test_constrained_model_still_decides() -> None:
    model = TieModel.load("fitted")
    assert model.decide({})[0] is False and model.decide({"labelled": 1.0})[0] is False
    assert model.decide({"ev_id": 1.0})[0] is True
    # a genericity feature never turns a rejected tie into a finding
    for f in fitter.NOT_RAISING:
        base = {"ev_cappair": 1.0, "name_bare": 1.0, "name_other_sentence": 1.0}
        assert model.score({**base, f: 1.0}) <= model.score(base) + 1e-12


@pytest.mark.parametrize("root", ["tests/heldout2", "tests/heldout3", "tests/heldout4", "tests/heldout5",
                                  "tests/heldout6", "tests/heldout7", "tests/heldout", "/work/heldout6a"])
def test_fitter_refuses_held_out_sets(root: str) -> None:
    with pytest.raises(ValueError):
        fitter.check_sources([*fitter.TRAIN, (root, None)], fitter.HELDOUT)
    if root != "tests/heldout":
        with pytest.raises(ValueError):
            fitter.check_sources([*fitter.TRAIN, (root, None)], fitter.HELDOUT, retired_ok=True)


def test_fitter_sources_are_the_development_data() -> None:
    fitter.check_sources(fitter.TRAIN, fitter.HELDOUT)
    fitter.check_sources([*fitter.TRAIN, *fitter.RETIRED], fitter.HELDOUT, retired_ok=True)
    for bad in (("tests/devset9/a", None), ("tests/devset9/b", "test")):
        with pytest.raises(ValueError):
            fitter.check_sources([*fitter.TRAIN, bad], fitter.HELDOUT)
    assert ("tests/devset9/a", "test") in fitter.HELDOUT and ("tests/devset9/b", "test") in fitter.HELDOUT


def _synthetic() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(7)
    x = rng.integers(0, 2, size=(400, 3)).astype(float)
    z = -0.5 + 2.0 * x[:, 0] + 1.0 * x[:, 1] - 1.5 * x[:, 2]
    y = (rng.random(400) < 1 / (1 + np.exp(-z))).astype(float)
    return x, y, np.ones(400)


def test_unconstrained_fit_recovers_the_signs() -> None:
    x, y, w = _synthetic()
    _, beta = fitter.fit_logistic(x, y, w, 0.1)
    assert beta[0] > 1 and beta[1] > 0.3 and beta[2] < -0.8


def test_constrained_fit_is_the_constrained_optimum() -> None:
    x, y, w = _synthetic()
    lo = np.array([-np.inf, -np.inf, -np.inf, -np.inf])
    hi = np.array([np.inf, np.inf, 0.0, np.inf])  # feature 1 "must not raise": the data says it does
    bias, beta = fitter.fit_logistic(x, y, w, 0.1, lo, hi)
    assert beta[1] == 0.0 and beta[0] > 1 and beta[2] < 0
    # KKT: the free coordinates have zero gradient, the bound one a gradient pushing out of the box
    xb = np.hstack([np.ones((len(y), 1)), x])
    b = np.concatenate([[bias], beta])
    p = 1 / (1 + np.exp(-(xb @ b)))
    reg = np.array([1e-6, 0.1, 0.1, 0.1])
    g = xb.T @ (w * (p - y)) + reg * b
    assert np.all(np.abs(g[[0, 1, 3]]) < 1e-5) and g[2] < 0
    # deterministic
    assert fitter.fit_logistic(x, y, w, 0.1, lo, hi)[1].tolist() == beta.tolist()
