"""Users extend the knowledge base with a YAML/CSV/TSV file, without code."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from realpolitik.cli import main
from realpolitik.errors import RealpolitikError
from realpolitik.resolve.kb import KnowledgeBase
from realpolitik.resolve.kb_user import knowledge_base, load_user_kb

YAML = """\
people:
  - name: Ana Example
    country: XKX
    sector: GOV
    role: Foreign Minister
    start: 2020-01-01
    aliases: [Example]
countries:
  - {iso3: XKX, kind: capital, form: Prishtina}
organizations:
  - {form: Example Liberation Front, code: ELF, sector: REB, country: SRB}
agents:
  - {form: interior minister, sector: GOV, role: Interior Minister}
"""


def test_yaml_extension_adds_entries(tmp_path: Path) -> None:
    path = tmp_path / "extra.yaml"
    path.write_text(YAML, encoding="utf-8")
    kb = KnowledgeBase.from_directory()
    assert load_user_kb(path, kb) == 4
    person = kb.person("Example", date(2021, 5, 1))
    assert person is not None and (person.country, person.role) == ("XKX", "Foreign Minister")
    assert kb.country("Prishtina").iso3 == "XKX"
    assert kb.organization("Example Liberation Front").sector == "REB"
    assert kb.agent("Interior Minister").role == "Interior Minister"


def test_user_entries_override_shipped_ones(tmp_path: Path) -> None:
    path = tmp_path / "override.tsv"
    path.write_text("name\tcountry\tsector\trole\tstart\tend\taliases\n"
                    "Nicolás Maduro\tVEN\tOPP\tOpposition figure\t2020-01-01\t\tMaduro\n",
                    encoding="utf-8")
    kb = knowledge_base([path])
    assert kb.person("Maduro", date(2020, 6, 1)).sector == "OPP"


def test_csv_countries(tmp_path: Path) -> None:
    path = tmp_path / "countries.csv"
    path.write_text("iso3,kind,form\nGBR,metonym,Number 10\n", encoding="utf-8")
    assert knowledge_base([path]).country("Number 10").iso3 == "GBR"


@pytest.mark.parametrize(("content", "suffix", "line", "words"), [
    ("people:\n  - {country: IRN}\n", ".yaml", 2, "needs name"),
    ("people:\n  - {name: X, country: Iran}\n", ".yaml", 2, "three capital letters"),
    ("people:\n  - {name: X, start: 2020-13-01}\n", ".yaml", 2, "not a date"),
    ("people: [\n", ".yaml", 2, "not valid YAML"),
    ("villains:\n  - {name: X}\n", ".yaml", 1, "unknown section"),
    ("countries:\n  - {iso3: XKX, kind: planet, form: Kosova}\n", ".yaml", 2, "kind"),
    ("iso3,kind,form\nXKX,name\n", ".csv", 2, "expected 3 columns"),
])
def test_bad_files_name_file_and_line(tmp_path: Path, content: str, suffix: str, line: int,
                                      words: str) -> None:
    path = tmp_path / f"bad{suffix}"
    path.write_text(content, encoding="utf-8")
    kb = KnowledgeBase.from_directory()
    before = len(kb.country_exact), len(kb.people)
    with pytest.raises(RealpolitikError) as info:
        load_user_kb(path, kb)
    message = str(info.value)
    assert message.startswith("[E501]") and f"{path}:{line}" in message and words in message
    assert (len(kb.country_exact), len(kb.people)) == before  # nothing half-loaded


def test_cli_kb_option(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text(YAML, encoding="utf-8")
    text = tmp_path / "a.txt"
    text.write_text("Foreign Minister Ana Example met Serbian officials in Belgrade on Monday.",
                    encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(main, ["code", str(text), "--pub-date", "2021-05-05", "-q",
                               "--kb", str(extra)], catch_exceptions=False)
    assert res.exit_code == 0
    events = [json.loads(x) for x in res.stdout.splitlines()]
    assert events and events[0]["source"][0]["country"] == "XKX"
    bad = tmp_path / "bad.yaml"
    bad.write_text("people:\n  - {country: IRN}\n", encoding="utf-8")
    res = runner.invoke(main, ["code", str(text), "--kb", str(bad)])
    assert res.exit_code == 1 and "[E501]" in res.output and "bad.yaml:2" in res.output
