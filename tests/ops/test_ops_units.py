"""The systemd unit and the Kubernetes manifests: hardened, probed, sized, and wired to the gateway."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from opslib import DEPLOY, REPO

UNIT = DEPLOY / "systemd" / "dlp-gateway.service"
K8S = DEPLOY / "k8s"


def _unit() -> dict[str, dict[str, list[str]]]:
    """Parse a unit file keeping repeated keys (systemd allows them)."""
    sections: dict[str, dict[str, list[str]]] = {}
    current = None
    for raw in UNIT.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), {})
            continue
        assert current is not None, f"key outside a section: {line}"
        key, _, value = line.partition("=")
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


def test_unit_is_hardened() -> None:
    svc = _unit()["Service"]
    one = {k: v[-1] for k, v in svc.items()}
    assert one["DynamicUser"] == "yes" or "User" in one
    assert one["ProtectSystem"] == "strict"
    assert one["NoNewPrivileges"] == "yes"
    assert one["StateDirectory"] == "dlp-gateway"
    for key in ("PrivateTmp", "ProtectHome", "PrivateDevices", "ProtectKernelTunables", "RestrictNamespaces"):
        assert one[key] in ("yes", "true"), key
    assert one["CapabilityBoundingSet"] == ""
    assert one["RestrictAddressFamilies"].split() == ["AF_INET", "AF_INET6", "AF_UNIX"]


def test_unit_reload_and_stop_follow_the_gateway_signals() -> None:
    svc = _unit()["Service"]
    one = {k: v[-1] for k, v in svc.items()}
    assert one["ExecReload"] == "/bin/kill -HUP $MAINPID"
    assert one["ExecStart"].endswith("dlp-gateway serve")
    env = dict(e.split("=", 1) for e in svc["Environment"])
    drain = float(env.get("DLPGW_DRAIN_TIMEOUT", "30"))
    from gateway.config import Settings

    assert drain == Settings.model_fields["drain_timeout"].default
    from gateway.workers import STOP_MARGIN

    assert int(one["TimeoutStopSec"]) > drain + STOP_MARGIN  # workers drained or killed before systemd kills
    assert env["DLPGW_STATE_DIR"] == "/var/lib/" + one["StateDirectory"]


def test_systemd_analyze_verify(tmp_path: Path) -> None:
    tool = shutil.which("systemd-analyze")
    if tool is None:
        pytest.skip("systemd-analyze not installed")
    # verify checks that ExecStart exists: point it at a real binary, keep everything else.
    text = re.sub(r"^ExecStart=\S+", "ExecStart=/bin/true", UNIT.read_text(encoding="utf-8"), flags=re.M)
    unit = tmp_path / "dlp-gateway.service"
    unit.write_text(text, encoding="utf-8")
    r = subprocess.run([tool, "verify", str(unit)], capture_output=True, text=True, timeout=60)
    complaints = [ln for ln in (r.stdout + r.stderr).splitlines() if "dlp-gateway.service" in ln]
    assert complaints == [], "\n".join(complaints)


# --- Kubernetes -------------------------------------------------------------------------------
def _docs(path: Path) -> list[dict]:
    return [d for d in yaml.safe_load_all(path.read_text(encoding="utf-8")) if d]


def _by_kind() -> dict[str, dict]:
    out = {}
    for f in sorted(K8S.glob("*.yaml")):
        if f.name == "kustomization.yaml":
            continue
        for d in _docs(f):
            out[d["kind"]] = d
    return out


def test_kustomization_lists_every_manifest_and_every_policy_file() -> None:
    kust = yaml.safe_load((K8S / "kustomization.yaml").read_text(encoding="utf-8"))
    manifests = {f.name for f in K8S.glob("*.yaml")} - {"kustomization.yaml"}
    assert set(kust["resources"]) == manifests
    gens = {g["name"]: g for g in kust["configMapGenerator"]}
    listed = {(K8S / f.split("=")[-1]).resolve() for g in gens.values() for f in g.get("files", [])}
    policy_files = {p.resolve() for p in (REPO / "policies").rglob("*") if p.is_file()}
    assert policy_files - listed == set(), "policies/ files missing from the ConfigMap generators"
    assert listed - policy_files == set()
    env_file = K8S / gens["dlp-gateway-config"]["envs"][0]
    env = dict(ln.split("=", 1) for ln in env_file.read_text().splitlines() if ln.strip() and not ln.startswith("#"))
    from gateway.config import Settings

    s = Settings(**{k.removeprefix("DLPGW_").lower(): v for k, v in env.items()})
    assert s.upstream_url.startswith("smtp://")
    assert s.policy_file == Path("/etc/dlp-gateway/policies/default.yaml")


def test_deployment_probes_resources_and_security() -> None:
    kinds = _by_kind()
    dep = kinds["Deployment"]
    pod = dep["spec"]["template"]["spec"]
    (c,) = pod["containers"]
    ports = {p["name"]: p["containerPort"] for p in c["ports"]}
    assert ports == {"smtp": 2525, "metrics": 9925}
    assert c["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "metrics"}
    assert c["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "metrics"}
    assert c["startupProbe"]["httpGet"]["path"] == "/healthz"
    env = {e["name"]: e["value"] for e in c["env"] if "value" in e}  # the rest come from the Secret
    assert env["DLPGW_METRICS_LISTEN"].endswith(":9925") and env["DLPGW_LISTEN"].endswith(":2525")
    mem = c["resources"]["requests"]["memory"]
    assert mem.endswith("Mi") and int(mem[:-2]) >= 3 * 500  # worker + 2 scanners at ~500 MB each
    from gateway.workers import STOP_MARGIN

    env_file = dict(
        ln.split("=", 1) for ln in (K8S / "config.env").read_text().splitlines() if ln.strip() and ln[0] != "#"
    )
    pre_stop = int(c["lifecycle"]["preStop"]["exec"]["command"][1])
    drain = float(env_file["DLPGW_DRAIN_TIMEOUT"])
    assert pod["terminationGracePeriodSeconds"] >= pre_stop + drain + STOP_MARGIN
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert c["securityContext"]["readOnlyRootFilesystem"] is True
    assert c["securityContext"]["allowPrivilegeEscalation"] is False
    mounts = {m["name"]: m["mountPath"] for m in c["volumeMounts"]}
    assert mounts["policy"] == "/etc/dlp-gateway/policies"
    assert mounts["templates"] == "/etc/dlp-gateway/policies/templates"  # Policy.templates_dir
    selector = dep["spec"]["selector"]["matchLabels"]
    assert kinds["Service"]["spec"]["selector"] == selector
    assert kinds["PodDisruptionBudget"]["spec"]["selector"]["matchLabels"] == selector
    hpa = kinds["HorizontalPodAutoscaler"]["spec"]
    assert hpa["scaleTargetRef"]["name"] == dep["metadata"]["name"]
    assert hpa["metrics"][0]["resource"]["name"] == "cpu"


def test_kubectl_kustomize_builds_with_the_repository_policy(tmp_path: Path) -> None:
    kubectl = shutil.which("kubectl")
    if kubectl is None:
        pytest.skip("kubectl not installed; the manifests were checked as YAML above")
    r = subprocess.run(
        [kubectl, "kustomize", "--load-restrictor", "LoadRestrictionsNone", str(K8S)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 0, r.stderr
    docs = [d for d in yaml.safe_load_all(r.stdout) if d]
    cms = {d["metadata"]["name"].rsplit("-", 1)[0]: d for d in docs if d["kind"] == "ConfigMap"}
    policy = (REPO / "policies" / "default.yaml").read_text(encoding="utf-8")
    assert cms["dlp-gateway-policy"]["data"]["default.yaml"] == policy
    templates = {p.name for p in (REPO / "policies" / "templates").iterdir() if p.is_file()}
    assert set(cms["dlp-gateway-templates"]["data"]) == templates
    (dep,) = (d for d in docs if d["kind"] == "Deployment")
    volumes = {
        v["name"]: v["configMap"]["name"] for v in dep["spec"]["template"]["spec"]["volumes"] if "configMap" in v
    }
    assert volumes["policy"] == cms["dlp-gateway-policy"]["metadata"]["name"]  # hashed name wired through
    # the policy in the ConfigMap loads with the gateway's own loader
    from gateway.policy import load_policy

    (tmp_path / "templates").mkdir()
    (tmp_path / "default.yaml").write_text(cms["dlp-gateway-policy"]["data"]["default.yaml"], encoding="utf-8")
    for name, text in cms["dlp-gateway-templates"]["data"].items():
        (tmp_path / "templates" / name).write_text(text, encoding="utf-8")
    load_policy(tmp_path / "default.yaml")
