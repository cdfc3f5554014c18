"""The flyer file format: versioned JSON validated against resources/flyer.schema.json."""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from organiser.assets import resource_path
from organiser.errors import FlyerFormatError
from organiser.flyers.fast_schema import fast_validator
from organiser.flyers.format_upgrade import upgrade
from organiser.flyers.model import (
    BLOCK_TYPES,
    Block,
    Cell,
    Citation,
    ComparisonTable,
    Criterion,
    Edition,
    EditionText,
    Flyer,
    PageSpec,
    PrintSettings,
)

FORMAT_NAME = "organiser-flyer"
# Version 2 added editions; version 1 files read as flyers without editions.
FORMAT_VERSION = 2
SCHEMA_PATH = resource_path("flyer.schema.json")

# Fields holding millimetres: JSON may write them as integers, the model wants floats.
_FLOAT_FIELDS = frozenset({"margin_mm", "bleed_mm", "width_mm", "size_mm", "height_mm"})
_TUPLE_OF_STR = frozenset({"items", "speakers", "keywords", "subjects"})


# ---- to JSON -----------------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {}
        if hasattr(value, "kind"):  # blocks: "kind" first so files read well
            out["kind"] = value.kind
        for f in dataclasses.fields(value):
            if f.name != "kind":
                out[f.name] = _plain(getattr(value, f.name))
        return out
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def flyer_to_dict(flyer: Flyer) -> dict[str, Any]:
    """The whole file document: ``{"format": ..., "version": 1, "flyer": {...}}``."""
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "flyer": _plain(flyer)}


def table_to_dict(table: ComparisonTable) -> dict[str, Any]:
    result: dict[str, Any] = _plain(table)
    return result


def dumps(flyer: Flyer) -> str:
    return json.dumps(flyer_to_dict(flyer), ensure_ascii=False, indent=2) + "\n"


# ---- validation --------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    result: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return result


@lru_cache(maxsize=4)
def _validator(definition: str | None) -> Any:
    # Imported here: jsonschema costs ~70 ms and GUI start-up does not need it.
    from jsonschema import Draft202012Validator

    schema = _schema()
    if definition is not None:
        schema = {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": f"#/$defs/{definition}"}
    return Draft202012Validator(schema)


def format_path(parts: Iterable[str | int]) -> str:
    """``["blocks", 2, "table"]`` → ``"blocks[2].table"``."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _describe(error: Any) -> tuple[list[str | int], str]:
    """A path and a plain reason for one jsonschema error."""
    if error.validator in ("anyOf", "oneOf") and error.context:
        # "null or a citation": report what is wrong inside the non-null alternative.
        from jsonschema.exceptions import best_match

        inner = [e for e in error.context if e.validator != "type" or e.relative_schema_path[0] != "type"]
        if inner:
            return _describe(best_match(inner))
    path: list[str | int] = list(error.absolute_path)
    kind, inst, arg = error.validator, error.instance, error.validator_value
    if kind == "enum":
        reason = f"{inst!r} is not one of {', '.join('null' if v is None else str(v) for v in arg)}"
    elif kind == "const":
        reason = f"{inst!r} is not {arg!r}"
    elif kind == "required":
        missing = [k for k in arg if isinstance(inst, dict) and k not in inst]
        reason = f"missing field {missing[0]!r}" if missing else error.message
    elif kind == "additionalProperties":
        extra = sorted(k for k in inst if k not in error.schema.get("properties", {}))
        reason = f"unknown field {extra[0]!r}" if extra else error.message
    elif kind == "type":
        wanted = arg if isinstance(arg, str) else " or ".join(arg)
        reason = f"expected {wanted}, got {_json_type(inst)}"
    elif kind == "minItems":
        reason = f"needs at least {arg} items, has {len(inst)}"
    elif kind == "maxItems":
        reason = f"allows at most {arg} items, has {len(inst)}"
    elif kind in ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"):
        reason = f"{inst!r} is out of range ({kind} {arg})"
    elif kind == "minLength":
        reason = "must not be empty"
    else:
        reason = error.message
    return path, reason


def _first_error(validator: Any, data: Any) -> Any:
    from jsonschema.exceptions import best_match

    return best_match(validator.iter_errors(data))


def _check(data: Any, source_name: str, definition: str | None, prefix: tuple[str, ...] = ()) -> None:
    try:
        fast_validator(definition)(data)
        return
    except Exception:  # noqa: BLE001 - any failure of the fast check: jsonschema explains it (or finds it valid)
        pass
    error = _first_error(_validator(definition), data)
    if error is None:
        return
    path, reason = _describe(error)
    if path[: len(prefix)] == list(prefix):
        path = path[len(prefix) :]
    where = format_path(path)
    raise FlyerFormatError(f"{source_name}: {where}: {reason}" if where else f"{source_name}: {reason}")


def _check_envelope(data: Any, source_name: str) -> None:
    if not isinstance(data, dict):
        raise FlyerFormatError(f"{source_name}: not a flyer file (expected a JSON object)")
    if data.get("format") != FORMAT_NAME:
        raise FlyerFormatError(f"{source_name}: not a flyer file (format is not {FORMAT_NAME!r})")
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise FlyerFormatError(
            f"{source_name}: flyer format version {version} is newer than this Organiser reads "
            f"(up to {FORMAT_VERSION}); update Organiser to open it"
        )


# ---- from JSON ---------------------------------------------------------------------------------------------



def _citation(d: Mapping[str, Any]) -> Citation:
    return Citation(**d)


def _table(d: Mapping[str, Any], source_name: str, where: str) -> ComparisonTable:
    subjects = tuple(d["subjects"])
    criteria = []
    for i, c in enumerate(d["criteria"]):
        cells = tuple(
            Cell(
                text=cell.get("text", ""),
                verdict=cell.get("verdict"),
                evidence=tuple(_citation(e) for e in cell.get("evidence", ())),
            )
            for cell in c["cells"]
        )
        if len(cells) != len(subjects):
            at = f"{where}criteria[{i}].cells" if where else f"criteria[{i}].cells"
            raise FlyerFormatError(
                f"{source_name}: {at}: {len(cells)} cells but the table has {len(subjects)} subjects"
            )
        criteria.append(Criterion(label=c["label"], cells=cells))
    return ComparisonTable(
        title=d["title"],
        subjects=subjects,
        criteria=tuple(criteria),
        criterion_heading=d.get("criterion_heading", ""),
    )


def _blocks(items: list[Any], source_name: str, where: str, seen: set[str]) -> tuple[Block, ...]:
    out: list[Block] = []
    for i, d in enumerate(items):
        at = f"{where}[{i}]"
        if d["id"] in seen:
            raise FlyerFormatError(f"{source_name}: {at}.id: block id {d['id']!r} is used twice")
        seen.add(d["id"])
        kwargs: dict[str, Any] = {}
        for key, value in d.items():
            if key == "kind":
                continue
            if key in ("left", "right"):
                kwargs[key] = _blocks(value, source_name, f"{at}.{key}", seen)
            elif key == "table":
                kwargs[key] = _table(value, source_name, f"{at}.table.")
            elif key == "citation":
                kwargs[key] = None if value is None else _citation(value)
            elif key in _TUPLE_OF_STR:
                kwargs[key] = tuple(value)
            elif key in _FLOAT_FIELDS and value is not None:
                kwargs[key] = float(value)
            else:
                kwargs[key] = value
        out.append(BLOCK_TYPES[d["kind"]](**kwargs))
    return tuple(out)


def _floats(d: Mapping[str, Any]) -> dict[str, Any]:
    return {k: float(v) if k in _FLOAT_FIELDS else v for k, v in d.items()}


def flyer_from_dict(data: Any, source_name: str = "flyer") -> Flyer:
    """Validate a file document and build the Flyer; raises FlyerFormatError naming the file and field."""
    _check_envelope(data, source_name)
    check_shape(data, source_name)
    data = upgrade(data)
    _check(data, source_name, None, prefix=("flyer",))
    d = data["flyer"]
    return Flyer(
        title=d["title"],
        blocks=_blocks(d.get("blocks", []), source_name, "blocks", set()),
        page=PageSpec(**_floats(d.get("page", {}))),
        theme=d.get("theme", "campaign"),
        print=PrintSettings(**_floats(d.get("print", {}))),
        lang=d.get("lang", "en"),
        organisation=d.get("organisation", ""),
        subject=d.get("subject", ""),
        keywords=tuple(d.get("keywords", ())),
        template=d.get("template"),
        editions=_editions(d.get("editions", ()), source_name),
        id=d.get("id"),
    )


def _editions(items: Iterable[Mapping[str, Any]], source_name: str) -> tuple[Edition, ...]:
    editions: list[Edition] = []
    for i, e in enumerate(items):
        if any(other.lang == e["lang"] for other in editions):
            raise FlyerFormatError(f"{source_name}: editions[{i}].lang: two editions in {e['lang']!r}")
        editions.append(Edition(e["lang"], tuple(EditionText(**t) for t in e.get("texts", ()))))
    return tuple(editions)


def table_from_dict(data: Any, source_name: str = "table") -> ComparisonTable:
    """Validate and build one comparison table (the ``table`` object of a comparison block)."""
    check_shape(data, source_name)
    _check(data, source_name, "table")
    return _table(data, source_name, "")


# A flyer is a few kilobytes; a chart of a few hundred rows well under a megabyte. Larger input is refused before
# it is parsed, and so is nesting deeper than any valid flyer (columns hold no columns of columns...).
MAX_FLYER_BYTES = 8 * 1024 * 1024
MAX_JSON_DEPTH = 40


def _no_constant(name: str) -> Any:
    raise FlyerFormatError(f"{name} is not a number a flyer can use")


def _finite(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise FlyerFormatError(f"{text[:20]} is too large a number")
    return value


def check_shape(data: Any, source_name: str) -> None:
    """Refuse nesting deeper than any flyer and numbers that are not finite (checked without recursion)."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            raise FlyerFormatError(f"{source_name}: nested more than {MAX_JSON_DEPTH} levels deep; not a flyer")
        if isinstance(value, float) and not math.isfinite(value):
            raise FlyerFormatError(f"{source_name}: {value} is not a number a flyer can use")
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)


def parse_json(text: str, source_name: str, limit: int = MAX_FLYER_BYTES) -> Any:
    """JSON within the flyer bounds: size, nesting, finite numbers; every failure is one plain line."""
    if len(text) > limit:
        raise FlyerFormatError(f"{source_name}: larger than the {limit // (1024 * 1024)} MB a flyer may have")
    try:
        data = json.loads(text, parse_constant=_no_constant, parse_float=_finite)
    except FlyerFormatError as exc:
        raise FlyerFormatError(f"{source_name}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise FlyerFormatError(
            f"{source_name}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise FlyerFormatError(f"{source_name}: nested too deeply to be a flyer") from None
    check_shape(data, source_name)
    return data


def loads(text: str, source_name: str = "flyer") -> Flyer:
    return flyer_from_dict(parse_json(text, source_name), source_name)


def read_text(path: Path, limit: int = MAX_FLYER_BYTES) -> str:
    """A flyer file's text: a regular file within the size bound (checked before reading), UTF-8."""
    import os
    import stat

    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise FlyerFormatError(f"{path}: cannot read: {(exc.strerror or str(exc)).lower()}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FlyerFormatError(f"{path}: not a regular file")
        if info.st_size > limit:
            raise FlyerFormatError(f"{path}: {info.st_size / (1024 * 1024):.0f} MB is larger than the "
                                   f"{limit // (1024 * 1024)} MB a flyer may have")
        with os.fdopen(os.dup(fd), "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise FlyerFormatError(f"{path}: cannot read: {(exc.strerror or str(exc)).lower()}") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise FlyerFormatError(f"{path}: larger than the {limit // (1024 * 1024)} MB a flyer may have")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FlyerFormatError(f"{path}: not a UTF-8 text file") from None


def load(path: Path) -> Flyer:
    """Read a flyer file; the error names the file."""
    return loads(read_text(path), str(path))
