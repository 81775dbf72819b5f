"""The docs tell the truth: every command is documented, CI runs the README's test command."""

from __future__ import annotations

import re

from conftest import REPO
from realpolitik.cli import main


def _readme() -> str:
    return (REPO / "README.md").read_text("utf-8")


def test_every_command_is_in_the_readme() -> None:
    readme = _readme()
    for name in main.commands:
        assert f"realpolitik {name}" in readme, f"`realpolitik {name}` is not documented"


def test_ci_runs_the_readme_test_command() -> None:
    commands = re.findall(r"```sh\n(.+?)\n```", _readme())
    test_cmd = next(c for c in commands if "pytest" in c)
    ci = (REPO / ".ci" / "run").read_text("utf-8")
    assert test_cmd in ci.splitlines()


def test_error_codes_are_unique_and_rendered() -> None:
    from realpolitik.errors import Errors, RealpolitikError

    codes = [n for n in vars(Errors) if re.fullmatch(r"E\d{3}", n)]
    assert len(codes) == len(set(codes)) > 10
    err = RealpolitikError("E101", where="news.jsonl:12", why="Expecting value")
    assert str(err) == "[E101] news.jsonl:12: line is not valid JSON (Expecting value)"
