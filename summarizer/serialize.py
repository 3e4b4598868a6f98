"""One serialiser for every result, and the published JSON contract.

Each result type says which JSON keys it has in a ``JSON`` class attribute (key -> attribute or property);
:func:`to_json` writes any of them, recursively: enums as their values, tuples as lists, nested results by
their own layouts, dataclasses without a layout field by field, objects with a ``to_dict`` by it.

The JSON of ``summarize --json``, of ``translate --json``, of every batch line and of the page's result is
one document shape, described by the JSON Schema :data:`SCHEMA_FILE` shipped in the package
(:func:`schema`), and starts with :data:`SCHEMA_VERSION` and the result's
:class:`~summarizer.result.Signature` (:func:`envelope`).
"""

from __future__ import annotations

import dataclasses
import json
from enum import Enum
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["SCHEMA_VERSION", "SCHEMA_FILE", "to_json", "envelope", "result_document", "schema", "validate"]

#: The version of the JSON contract; raised whenever a key changes meaning or goes (adding a key does not).
SCHEMA_VERSION = "1.0"
#: The JSON Schema of every result document, inside the package.
SCHEMA_FILE = "result.schema.json"


def to_json(value: Any) -> Any:
    """A JSON-ready form of a result value (see the module docstring for the rules)."""
    if value is None or isinstance(value, (bool, int, str)):
        return value.value if isinstance(value, Enum) else value
    if isinstance(value, float):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_json(v) for v in value]
    layout = getattr(type(value), "JSON", None)
    if isinstance(layout, dict):
        return {key: to_json(getattr(value, attribute)) for key, attribute in layout.items()}
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    raise TypeError(f"no JSON form for {type(value).__name__}")


def envelope(body: dict[str, Any], signature: Any) -> dict[str, Any]:
    """A result document: the schema version and the signature first, then the body's keys."""
    return {"schema_version": SCHEMA_VERSION, "signature": to_json(signature), **body}


def result_document(result: Any) -> dict[str, Any]:
    """The published JSON of a :class:`~summarizer.result.Translation` or an
    :class:`~summarizer.summary.ArticleSummary`: the envelope, then the result's own keys."""
    translation = getattr(result, "translation", result)
    return envelope(to_json(result), translation.signature)


@cache
def schema() -> dict[str, Any]:
    """The published JSON Schema (draft 2020-12) of a result document."""
    text = resources.files("summarizer").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def validate(document: dict[str, Any]) -> None:
    """Check a result document against :func:`schema` (needs ``jsonschema``, in the ``dev`` extra).

    Raises:
        jsonschema.ValidationError: The document does not follow the contract.
    """
    import jsonschema

    jsonschema.validate(document, schema())
