"""The JSON Schema of the event record, generated from the dataclasses in :mod:`model`.

``python -m realpolitik.schema`` prints it; the copy shipped as
``data/event.schema.json`` is checked against the generated one by the tests,
so the contract cannot drift from the code.
"""

from __future__ import annotations

import json
import types
import typing
from dataclasses import MISSING, fields
from functools import cache
from importlib import resources
from typing import Any

from realpolitik.model import Event

_SCALARS: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
}


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        inner = _type_schema(args[0], defs)
        if "$ref" in inner:
            return {"anyOf": [inner, {"type": "null"}]}
        return {**inner, "type": [inner["type"], "null"]}
    if origin is list:
        return {"type": "array", "items": _type_schema(typing.get_args(tp)[0], defs)}
    if tp in _SCALARS:
        return dict(_SCALARS[tp])
    if hasattr(tp, "__dataclass_fields__"):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}  # placeholder against recursion
            defs[tp.__name__] = _object_schema(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    raise TypeError(f"no JSON Schema mapping for {tp!r}")


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    props: dict[str, Any] = {}
    required: list[str] = []
    for f in fields(cls):
        prop = _type_schema(hints[f.name], defs)
        md = f.metadata
        if md:
            prop["description"] = md["doc"]
            extra = dict(md["schema"])
            if "enum" in extra and isinstance(prop.get("type"), list):
                extra["enum"] = [*extra["enum"], None]
            prop.update(extra)
        props[f.name] = prop
        if f.default is MISSING and f.default_factory is MISSING:
            required.append(f.name)
    return {"type": "object", "properties": props, "required": required,
            "additionalProperties": True}


def build_event_schema() -> dict[str, Any]:
    defs: dict[str, Any] = {}
    root = _object_schema(Event, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://realpolitik.invalid/schema/event.schema.json",
        "title": "realpolitik event record",
        "description": "One coded political event (PLOVER), one per JSONL line.",
        **root,
        "$defs": dict(sorted(defs.items())),
    }


@cache
def event_schema() -> dict[str, Any]:
    """The shipped schema (``data/event.schema.json``)."""
    text = resources.files("realpolitik").joinpath("data/event.schema.json").read_text("utf-8")
    return json.loads(text)


def validator() -> Any:
    import jsonschema

    schema = event_schema()
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def main() -> None:
    print(json.dumps(build_event_schema(), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
