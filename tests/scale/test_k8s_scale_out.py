"""The Kubernetes manifests run the gateway scaled out: at least two replicas on one PostgreSQL
quarantine (URL and key from a required Secret), spread over nodes, ready only when ready, and a
disruption budget that keeps one serving while still letting a node drain."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

K8S = Path(__file__).resolve().parents[2] / "deploy" / "k8s"


def _kinds() -> dict[str, dict]:
    out = {}
    for f in sorted(K8S.glob("*.yaml")):
        if f.name != "kustomization.yaml":
            for d in yaml.safe_load_all(f.read_text(encoding="utf-8")):
                if d:
                    out[d["kind"]] = d
    return out


def test_at_least_two_replicas_everywhere() -> None:
    k = _kinds()
    replicas = k["Deployment"]["spec"]["replicas"]
    assert replicas >= 2
    assert k["HorizontalPodAutoscaler"]["spec"]["minReplicas"] >= 2
    pdb = k["PodDisruptionBudget"]["spec"]
    assert 1 <= pdb["minAvailable"] < replicas  # one keeps serving, and a drain can still evict one
    assert k["Deployment"]["spec"]["strategy"]["rollingUpdate"]["maxUnavailable"] == 0


def test_every_replica_uses_the_shared_postgresql_quarantine_from_a_required_secret() -> None:
    (c,) = _kinds()["Deployment"]["spec"]["template"]["spec"]["containers"]
    env = {e["name"]: e for e in c["env"]}
    for name in ("DLPGW_QUARANTINE_URL", "DLPGW_QUARANTINE_KEY"):
        ref = env[name]["valueFrom"]["secretKeyRef"]
        assert ref["name"] == "dlp-gateway-secrets" and ref["key"] == name
        assert ref.get("optional", False) is False  # no Secret, no pod: never a private quarantine per pod
        assert "value" not in env[name]
    settings = [ln.split("=", 1)[0] for ln in (K8S / "config.env").read_text(encoding="utf-8").splitlines()
                if ln.strip() and not ln.lstrip().startswith("#")]
    assert "DLPGW_QUARANTINE_URL" not in settings and "DLPGW_QUARANTINE_KEY" not in settings  # not in the ConfigMap


def test_replicas_spread_over_nodes_and_readiness_gates_traffic() -> None:
    pod = _kinds()["Deployment"]["spec"]["template"]["spec"]
    (spread,) = pod["topologySpreadConstraints"]
    assert spread["topologyKey"] == "kubernetes.io/hostname" and spread["maxSkew"] == 1
    selector = _kinds()["Deployment"]["spec"]["selector"]["matchLabels"]
    assert spread["labelSelector"]["matchLabels"] == selector
    (c,) = pod["containers"]
    assert c["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "metrics"}


def test_kustomize_build_carries_the_secret_references(tmp_path: Path) -> None:
    kubectl = shutil.which("kubectl")
    if kubectl is None:
        pytest.skip("kubectl not installed; the manifests were checked as YAML above")
    r = subprocess.run([kubectl, "kustomize", "--load-restrictor", "LoadRestrictionsNone", str(K8S)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    (dep,) = (d for d in yaml.safe_load_all(r.stdout) if d and d["kind"] == "Deployment")
    (c,) = dep["spec"]["template"]["spec"]["containers"]
    names = {e["name"]: e for e in c["env"]}
    assert names["DLPGW_QUARANTINE_URL"]["valueFrom"]["secretKeyRef"]["name"] == "dlp-gateway-secrets"
    assert dep["spec"]["replicas"] >= 2
