"""``@record`` behaves as ``@dataclass(frozen=True)`` does, for everything the flyer model relies on."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from dataclasses import FrozenInstanceError, dataclass, field, replace

import pytest

from organiser.flyers.model import Cell, Citation, ComparisonBlock, ComparisonTable, Criterion, Flyer, Headline
from organiser.records import record


@record
class Note:
    id: str
    text: str
    tags: tuple[str, ...] = ()
    citation: Citation = field(default_factory=Citation)
    cached: int = field(default=0, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.id:
            raise ValueError("a note needs an id")


@dataclass(frozen=True)
class PlainNote:
    id: str
    text: str
    tags: tuple[str, ...] = ()
    citation: Citation = field(default_factory=Citation)
    cached: int = field(default=0, compare=False, repr=False)


def test_equal_hash_and_repr_follow_the_fields() -> None:
    a, b = Note("n1", "Rent strike"), Note("n1", "Rent strike", cached=5)
    assert a == b and hash(a) == hash(b)  # "cached" is not compared
    other: object = PlainNote("n1", "Rent strike")
    assert a != Note("n1", "Rent strike", ("housing",)) and a != other
    assert repr(a) == "Note(id='n1', text='Rent strike', tags=(), citation=" + repr(Citation()) + ")"
    assert repr(PlainNote("n1", "Rent strike")).replace("PlainNote", "Note") == repr(a)
    assert len({a, b, Note("n2", "Rent strike")}) == 2


def test_replace_asdict_fields_copy_and_pickle_work_as_on_dataclasses() -> None:
    a = Note("n1", "Rent strike", ("housing",))
    b = replace(a, text="Rent strike on Monday")
    assert (b.id, b.text, b.tags) == ("n1", "Rent strike on Monday", ("housing",)) and a.text == "Rent strike"
    assert dataclasses.asdict(a)["citation"] == dataclasses.asdict(Citation())
    assert [f.name for f in dataclasses.fields(a)] == ["id", "text", "tags", "citation", "cached"]
    assert dataclasses.is_dataclass(a) and a.__match_args__ == ("id", "text", "tags", "citation", "cached")
    hash(a)  # kept on the record, never pickled (another process hashes strings differently)
    assert pickle.loads(pickle.dumps(a)) == a and copy.deepcopy(a) == a and copy.copy(a) == a
    assert "_record_hash" not in pickle.loads(pickle.dumps(a)).__dict__
    assert hash(replace(a, text="other")) != hash(a) and hash(replace(a, text="other", cached=1)) == hash(
        Note("n1", "other", ("housing",)))
    assert a.citation is not Note("n2", "x").citation  # a default factory runs for each record


def test_records_are_frozen_and_check_their_arguments() -> None:
    a = Note("n1", "Rent strike")
    with pytest.raises(FrozenInstanceError):
        a.text = "changed"  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del a.text
    with pytest.raises(ValueError, match="needs an id"):
        Note("", "no id")  # __post_init__ runs
    with pytest.raises(TypeError, match="missing 1 required argument: 'text'"):
        Note("n1")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        Note("n1", "x", colour="red")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="multiple values for argument 'id'"):
        Note("n1", "x", id="n2")  # type: ignore[misc]
    with pytest.raises(TypeError, match="takes 5 positional arguments but 6"):
        Note("n1", "x", (), Citation(), 0, 1)  # type: ignore[call-arg]


def test_a_class_that_writes_its_own_equality_is_refused() -> None:
    with pytest.raises(TypeError, match="__eq__"):
        @record
        class Odd:
            x: int = 0

            def __eq__(self, other: object) -> bool:
                return True


def test_the_flyer_model_is_made_of_records_that_match_patterns() -> None:
    table = ComparisonTable("T", ("A", "B"), (Criterion("Rent", (Cell("Yes", "yes"), Cell("No", "no"))),))
    flyer = Flyer("Chart", (Headline("h", "Compare"), ComparisonBlock("c", table)))
    assert flyer == Flyer("Chart", (Headline("h", "Compare"), ComparisonBlock("c", table)))
    assert hash(flyer) == hash(replace(flyer, title="Chart"))
    match flyer.blocks[0]:
        case Headline(block_id, text):
            assert (block_id, text) == ("h", "Compare")
        case _:
            pytest.fail("a headline should match its own pattern")
    assert Headline.__doc__ == "Headline(id, text, kind)"  # written without inspecting a signature
