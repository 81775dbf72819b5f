"""User extensions of the knowledge base: a YAML, CSV or TSV file adds or overrides entries.

YAML has up to four lists, each optional::

    people:
      - {name: Ana Example, country: XKX, sector: GOV, role: Foreign Minister,
         start: 2020-01-01, aliases: [Example]}
    countries:
      - {iso3: XKX, kind: name, form: Kosova}
    organizations:
      - {form: Example Liberation Front, code: ELF, sector: REB, country: XKX}
    agents:
      - {form: interior minister, sector: GOV, role: Interior Minister}

A CSV/TSV file holds one of these tables; its header names the columns (``name``
for people, ``iso3`` for countries, ``code`` for organisations, else agents). User
entries win over the shipped ones. Every problem is reported as
``[E501] knowledge-base file: extra.yaml:7: …`` and nothing is half-loaded.
"""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path
from typing import Any

from realpolitik.errors import RealpolitikError
from realpolitik.resolve.kb import KnowledgeBase

_CODE = re.compile(r"^[A-Z]{3}$")
_KINDS = ("name", "demonym", "capital", "metonym", "legislature", "military", "city", "region")
_TABLES = ("people", "countries", "organizations", "agents")
_REQUIRED = {"people": ("name",), "countries": ("iso3", "kind", "form"),
             "organizations": ("form", "code"), "agents": ("form", "sector")}


def _fail(where: str, why: str) -> RealpolitikError:
    return RealpolitikError("E501", why=f"{where}: {why}")


def _yaml_entries(path: Path, text: str) -> list[tuple[str, int, dict[str, Any]]]:
    import yaml

    class _Loader(yaml.SafeLoader):
        pass

    # Keep dates as text so that a bad one is reported with its line, not as a crash.
    _Loader.yaml_implicit_resolvers = {
        k: [r for r in v if r[0] != "tag:yaml.org,2002:timestamp"]
        for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}

    def mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[str, Any]:
        data = loader.construct_mapping(node, deep=True)
        data["__line__"] = node.start_mark.line + 1
        return data

    _Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    try:
        doc = yaml.load(text, Loader=_Loader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise _fail(f"{path}{line}", f"not valid YAML ({getattr(exc, 'problem', exc)})") from exc
    except RecursionError as exc:  # "[[[[…" or "- - - …" thousands deep
        raise _fail(str(path), "not valid YAML (nested too deeply)") from exc
    if doc is None:
        return []
    if not isinstance(doc, dict):
        raise _fail(str(path), f"expected a mapping with lists {', '.join(_TABLES)}")
    out: list[tuple[str, int, dict[str, Any]]] = []
    for table, items in doc.items():
        if table == "__line__":
            continue
        if table not in _TABLES:
            raise _fail(f"{path}:{doc['__line__']}",
                        f"unknown section {table!r}; expected one of {', '.join(_TABLES)}")
        if not isinstance(items, list):
            raise _fail(str(path), f"section {table!r} must be a list")
        for item in items:
            if not isinstance(item, dict):
                raise _fail(str(path), f"an entry of {table!r} is not a mapping: {item!r}")
            line = int(item.pop("__line__", 0))
            out.append((table, line, item))
    return out


def _table_entries(path: Path, text: str) -> list[tuple[str, int, dict[str, Any]]]:
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    lines = text.splitlines()
    rows = csv.reader(lines, delimiter=delimiter)
    try:
        header = [h.strip() for h in next(rows)]
    except StopIteration:
        return []
    table = ("people" if "name" in header else "countries" if "iso3" in header
             else "organizations" if "code" in header else "agents")
    out = []
    for lineno, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise _fail(f"{path}:{lineno}", f"expected {len(header)} columns, got {len(row)}")
        item: dict[str, Any] = {k: v.strip() for k, v in zip(header, row, strict=True)}
        if table == "people" and item.get("aliases"):
            item["aliases"] = item["aliases"].split("|")
        out.append((table, lineno, item))
    return out


def _text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return str(value).strip()


def _as_date(value: Any, where: str, field: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise _fail(where, f"{field} {value!r} is not a date (YYYY-MM-DD)") from None


def _code(value: Any, where: str, field: str) -> str | None:
    text = _text(value)
    if text is not None and not _CODE.match(text):
        raise _fail(where, f"{field} {text!r} must be three capital letters (e.g. IRN, GOV)")
    return text


def load_user_kb(path: str | Path, kb: KnowledgeBase) -> int:
    """Validate the whole file, then add its entries to ``kb``; returns how many."""
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail(str(path), f"cannot read ({exc})") from exc
    entries = (_yaml_entries(path, text) if path.suffix.lower() in (".yaml", ".yml")
               else _table_entries(path, text))
    actions = []
    for table, line, item in entries:
        where = f"{path}:{line}"
        missing = [f for f in _REQUIRED[table] if not _text(item.get(f))]
        if missing:
            raise _fail(where, f"{table} entry needs {', '.join(missing)}")
        if table == "people":
            start = _as_date(item.get("start"), where, "start")
            end = _as_date(item.get("end"), where, "end")
            if start and end and end < start:
                raise _fail(where, "end is before start")
            aliases = item.get("aliases") or []
            if isinstance(aliases, str):
                aliases = [aliases]
            actions.append(("person", (
                str(item["name"]).strip(), _code(item.get("country"), where, "country"),
                _code(item.get("sector"), where, "sector"), _text(item.get("role")), start, end,
                [str(a).strip() for a in aliases])))
        elif table == "countries":
            kind = str(item["kind"]).strip()
            if kind not in _KINDS:
                raise _fail(where, f"kind {kind!r} must be one of {', '.join(_KINDS)}")
            actions.append(("country", (_code(item["iso3"], where, "iso3"), kind,
                                        str(item["form"]))))
        elif table == "organizations":
            actions.append(("org", (str(item["form"]), str(item["code"]),
                                    _code(item.get("sector"), where, "sector"),
                                    _code(item.get("country"), where, "country"))))
        else:
            actions.append(("agent", (str(item["form"]),
                                      _code(item["sector"], where, "sector"),
                                      _text(item.get("role")))))
    for kind, args in actions:  # validated: now apply, so nothing is half-loaded
        if kind == "person":
            kb.add_person(*args, override=True)  # type: ignore[arg-type]
        elif kind == "country":
            kb.add_country_form(*args, override=True)  # type: ignore[arg-type]
        elif kind == "org":
            kb.add_org(*args, override=True)  # type: ignore[arg-type]
        else:
            kb.add_agent(*args, override=True)  # type: ignore[arg-type]
    return len(actions)


def knowledge_base(extra: list[str | Path] | tuple[str | Path, ...] = ()) -> KnowledgeBase:
    """The shipped knowledge base, extended by the given user files (a fresh copy)."""
    kb = KnowledgeBase.from_directory()
    for path in extra:
        load_user_kb(path, kb)
    return kb
