"""Frozen records: dataclasses whose methods are shared functions instead of code compiled for each class.

Python 3.11 compiles six methods for every frozen dataclass (``exec`` of generated source, ~0.7 ms a class). The
flyer model alone has 26 classes, so every command and the window paid ~20 ms at start-up before doing anything.
``@record`` makes the same dataclasses — ``dataclasses.fields``, ``replace`` and ``asdict`` work on them, they
compare, hash and print field by field, ``__post_init__`` runs, assignment raises ``FrozenInstanceError`` — with
methods that read the class's fields when called. Creating one costs about a microsecond more: records are made by
the hundred, not by the million. Type checkers see ``@dataclass(frozen=True)``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import MISSING, FrozenInstanceError
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform

__all__ = ["record"]

C = TypeVar("C", bound=type)
_HASH = "_record_hash"  # where a record keeps its hash once computed (records never change)


def _values(fields: tuple[dataclasses.Field[Any], ...]) -> Any:
    """A function giving the values of ``fields`` as one tuple (what equality and the hash compare)."""
    names = tuple(f.name for f in fields)
    if not names:
        return lambda _obj: ()
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return attrgetter(*names)


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field, dataclasses.Field))
def record(cls: C) -> C:
    """``@dataclass(frozen=True)`` without compiling its methods (see the module's docstring)."""
    own = {"__init__", "__eq__", "__hash__", "__getstate__", "__repr__", "__setattr__", "__delattr__"} & set(vars(cls))
    if own - {"__hash__"} or vars(cls).get("__hash__") is not None:
        raise TypeError(f"{cls.__name__}: a record makes its own {', '.join(sorted(own))}")
    undocumented = not cls.__doc__
    if undocumented:  # dataclass would write one from the signature, through inspect and tokenize (~0.2 ms)
        cls.__doc__ = cls.__name__
    made: Any = dataclasses.dataclass(init=False, repr=False, eq=False)(cls)
    fields = dataclasses.fields(made)
    init = tuple(f for f in fields if f.init)
    positional = tuple(f.name for f in init if not f.kw_only)
    known = frozenset(f.name for f in init)
    later = tuple(f for f in fields if not f.init and (f.default is not MISSING or f.default_factory is not MISSING))
    post_init = hasattr(made, "__post_init__")
    compared = _values(tuple(f for f in fields if f.compare))
    hashed = _values(tuple(f for f in fields if (f.compare if f.hash is None else f.hash)))
    shown = tuple(f.name for f in fields if f.repr)
    name = made.__name__
    put = object.__setattr__

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        if len(args) > len(positional):
            raise TypeError(f"{name}() takes {len(positional)} positional arguments but {len(args)} were given")
        given = dict(zip(positional, args, strict=False))  # the rest by keyword or default
        for key, value in kwargs.items():
            if key in given:
                raise TypeError(f"{name}() got multiple values for argument {key!r}")
            if key not in known:
                raise TypeError(f"{name}() got an unexpected keyword argument {key!r}")
            given[key] = value
        for f in init:
            if f.name in given:
                value = given[f.name]
            elif f.default is not MISSING:
                value = f.default
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                raise TypeError(f"{name}() missing 1 required argument: {f.name!r}")
            put(self, f.name, value)
        for f in later:
            factory: Any = f.default_factory
            put(self, f.name, f.default if f.default is not MISSING else factory())
        if post_init:
            self.__post_init__()

    def __eq__(self: Any, other: object) -> bool:
        if other.__class__ is self.__class__:
            return bool(compared(self) == compared(other))
        return NotImplemented

    def __hash__(self: Any) -> int:
        # Kept on the record: a flyer's blocks are hashed as layout-cache keys by every fitting pass.
        try:
            return self.__dict__[_HASH]  # type: ignore[no-any-return]
        except KeyError:
            value = hash(hashed(self))
            put(self, _HASH, value)
            return value

    def __getstate__(self: Any) -> dict[str, Any]:
        # Never pickled: string hashes differ from one process to the next.
        return {k: v for k, v in self.__dict__.items() if k != _HASH}

    def __repr__(self: Any) -> str:
        return f"{self.__class__.__qualname__}({', '.join(f'{n}={getattr(self, n)!r}' for n in shown)})"

    def __setattr__(self: Any, key: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {key!r}")

    def __delattr__(self: Any, key: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {key!r}")

    if undocumented:
        made.__doc__ = f"{name}({', '.join(f.name for f in init)})"
    for method in (__init__, __eq__, __hash__, __getstate__, __repr__, __setattr__, __delattr__):
        method.__qualname__ = f"{made.__qualname__}.{method.__name__}"
        setattr(made, method.__name__, method)
    return made  # type: ignore[no-any-return]
