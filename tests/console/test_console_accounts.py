"""``dlp-gateway console-user`` and the accounts file; ``dlp-gateway console`` refuses to start
without a way to sign in."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest

from gateway.cli import main
from gateway.console.accounts import Sessions, UsersFile
from gateway.errors import ConfigError


@pytest.fixture()
def cfg(tmp_path: Path) -> str:
    p = tmp_path / "gw.yaml"
    p.write_text(f"state_dir: {tmp_path / 'var'}\nquarantine_key: '{'55' * 32}'\n"
                 f"upstream_url: maildir:{tmp_path / 'out'}\n", encoding="utf-8")
    return str(p)


def run(monkeypatch, argv: list[str], stdin: str = "") -> int:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(argv)


def test_console_user_add_list_change_remove(cfg: str, tmp_path: Path, monkeypatch, capsys) -> None:
    assert run(monkeypatch, ["--config", cfg, "console-user", "add", "dana", "--role", "dpo"], "short\n") == 2
    assert "at least 12 characters" in capsys.readouterr().err
    assert run(monkeypatch, ["--config", cfg, "console-user", "add", "dana", "--role", "dpo", "--role", "admin"],
               "a long enough password\n") == 0
    path = tmp_path / "var" / "console-users"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    line = next(x for x in path.read_text().splitlines() if x.startswith("dana:"))
    assert line.startswith("dana:admin,dpo:scrypt$") and "a long enough password" not in line
    users = UsersFile(path)
    assert users.verify("dana", "a long enough password") is not None
    assert users.verify("dana", "wrong") is None and users.verify("nobody", "x") is None
    assert run(monkeypatch, ["--config", cfg, "console-user", "add", "dana", "--role", "auditor",
                             "--keep-password"]) == 0
    assert users.verify("dana", "a long enough password").roles == frozenset({"auditor"})
    assert run(monkeypatch, ["--config", cfg, "console-user", "list"]) == 0
    assert "dana\tauditor" in capsys.readouterr().out
    assert run(monkeypatch, ["--config", cfg, "console-user", "remove", "dana"]) == 0
    assert run(monkeypatch, ["--config", cfg, "console-user", "remove", "dana"]) == 1
    path.write_text("eve:root:plaintext\n", encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        UsersFile(path).accounts()
    assert "console-users:1: expected name:role" in e.value.lines[0]


def test_console_refuses_to_start_without_a_way_to_sign_in(cfg: str, monkeypatch, capsys) -> None:
    assert run(monkeypatch, ["--config", cfg, "console", "--listen", "127.0.0.1:0"]) == 2
    assert "no way to sign in" in capsys.readouterr().err


def test_sessions_get_new_ids_and_expire() -> None:
    s = Sessions(idle_seconds=60, max_seconds=120)
    anon = s.new()
    signed = s.sign_in(anon, "dana", frozenset({"dpo"}), "local")
    assert signed.sid != anon.sid and signed.csrf != anon.csrf
    assert s.get(anon.sid) == (None, False) and s.get(signed.sid)[0] is signed
    signed.created -= 200  # past the absolute lifetime
    assert s.get(signed.sid) == (None, True)
