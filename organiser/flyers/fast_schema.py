"""A compiled validator of the flyer schema, so reading a flyer file costs well under a millisecond.

fastjsonschema turns the JSON Schema into Python code. Its compiled bytecode is written once to the user cache folder,
keyed by the schema's hash and Python's version, and loaded from there on later runs, so neither
jsonschema nor the code generator is loaded on the usual path. The cache is safe to delete. When the fast
check fails, ``file_format`` asks jsonschema for the error a user can act on.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import sys
import types
from collections.abc import Callable
from functools import cache
from typing import Any

from organiser.assets import cache_dir, resource_path

Validate = Callable[[Any], Any]


def _schema_for(definition: str | None) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(resource_path("flyer.schema.json").read_text(encoding="utf-8"))
    if definition is None:
        return schema
    return {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": f"#/$defs/{definition}"}


def _key(definition: str | None) -> str:
    """The schema and the Python that compiled it; the generator's version does not matter once code exists."""
    schema = resource_path("flyer.schema.json").read_bytes()
    return hashlib.sha256(schema + f"|{definition}|{sys.version}".encode()).hexdigest()[:16]


def _generate(definition: str | None) -> str:
    import fastjsonschema

    code: str = fastjsonschema.compile_to_code(_schema_for(definition))
    return code


def _entry(namespace: dict[str, Any]) -> Validate:
    # The generated code defines one function per sub-schema; the first defined validates the whole document.
    name = next(k for k in namespace if k.startswith("validate"))
    validate: Validate = namespace[name]
    return validate


# The generated code raises fastjsonschema's exceptions; these stand-ins spare importing the code generator.
_PRELUDE = """
class JsonSchemaValueException(ValueError):
    def __init__(self, message, value=None, name=None, definition=None, rule=None):
        super().__init__(message)


JsonSchemaValuesException = JsonSchemaValueException
"""


def _code(definition: str | None) -> types.CodeType:
    source = _generate(definition).replace(
        "from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException\n", _PRELUDE)
    return compile(source, f"<flyer schema {definition or 'file'}>", "exec")


@cache
def fast_validator(definition: str | None = None) -> Validate:
    """A function that returns the data when it matches the schema and raises any exception when it does not."""
    path = cache_dir() / f"flyer_schema_{definition or 'file'}_{_key(definition)}.marshal"
    code: types.CodeType | None = None
    try:
        code = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):  # not cached yet, or damaged: compile and (re)write it
        code = _code(definition)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(f".{os.getpid()}.tmp")
            partial.write_bytes(marshal.dumps(code))
            os.replace(partial, path)
        except OSError:  # a read-only or full cache: compile again next run
            pass
    namespace: dict[str, Any] = {}
    exec(code, namespace)  # noqa: S102 - code generated from our own schema
    return _entry(namespace)
