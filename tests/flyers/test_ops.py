"""Pure edits on flyers: blocks, statements and comparison tables."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from organiser.errors import OrganiserError
from organiser.flyers import ops
from organiser.flyers.model import (
    Cell,
    Citation,
    ComparisonBlock,
    ComparisonTable,
    Criterion,
    Divider,
    Flyer,
    Headline,
    PageSpec,
    PrintSettings,
    StatementBlock,
    TextBlock,
    TwoColumns,
)
from tests.flyers.test_flyer_format import flyers


def _table() -> ComparisonTable:
    return ComparisonTable("T", ("A", "B"), (
        Criterion("r0", (Cell("a0", "yes"), Cell("b0"))),
        Criterion("r1", (Cell("a1"), Cell("b1", "no"))),
    ))


def _flyer() -> Flyer:
    return Flyer("F", (
        Headline("h", "Title"),
        ComparisonBlock("t", _table()),
        TwoColumns("c", left=(StatementBlock("s", 7, "old", Citation(7)),), right=(TextBlock("x", "x"),)),
        Divider("d"),
    ))


def _t(f: Flyer) -> ComparisonTable:
    block = ops.find_block(f, "t")
    assert isinstance(block, ComparisonBlock)
    return block.table


def test_new_block_ids_are_short_and_unique() -> None:
    made = {ops.new_block_id() for _ in range(500)}
    assert len(made) == 500 and all(len(i) == 9 and i.startswith("b") for i in made)


def test_block_edits_return_new_flyers() -> None:
    f = _flyer()
    g = ops.add_block(f, TextBlock("n", "new"), index=1)
    assert [b.id for b in g.blocks] == ["h", "n", "t", "c", "d"] and len(f.blocks) == 4
    assert [b.id for b in ops.add_block(f, Divider("e")).blocks][-1] == "e"
    assert [b.id for b in ops.remove_block(f, "t").blocks] == ["h", "c", "d"]
    assert [b.id for b in ops.move_block(f, "d", 0).blocks] == ["d", "h", "t", "c"]
    assert [b.id for b in ops.move_block(f, "h", 99).blocks] == ["t", "c", "d", "h"]
    g = ops.replace_block(f, Headline("h", "Other"))
    assert g.blocks[0] == Headline("h", "Other") and f.blocks[0] == Headline("h", "Title")


def test_blocks_inside_columns_are_found_edited_and_removed() -> None:
    f = _flyer()
    assert ops.find_block(f, "x") == TextBlock("x", "x")
    g = ops.replace_block(f, TextBlock("x", "changed"))
    assert ops.find_block(g, "x") == TextBlock("x", "changed")
    g = ops.remove_block(f, "s")
    cols = g.blocks[2]
    assert isinstance(cols, TwoColumns) and cols.left == () and cols.right == (TextBlock("x", "x"),)
    assert ops.find_block(f, "nope") is None


def test_unknown_block_id_is_a_typed_plain_error() -> None:
    with pytest.raises(ops.EditError, match="no block with id 'zz' in this flyer") as err:
        ops.remove_block(_flyer(), "zz")
    assert isinstance(err.value, OrganiserError) and isinstance(err.value, LookupError)
    for call in (lambda: ops.move_block(_flyer(), "zz", 0), lambda: ops.edit_cell(_flyer(), "zz", 0, 0, "x")):
        with pytest.raises(ops.EditError):
            call()
    with pytest.raises(ops.EditError, match="'h' is not a comparison table"):
        ops.add_criterion(_flyer(), "h", "x")
    with pytest.raises(ops.LimitError, match="already used"):
        ops.add_block(_flyer(), Divider("d"))


def test_page_theme_print() -> None:
    f = _flyer()
    assert ops.set_page(f, PageSpec("A5")).page.paper == "A5"
    assert ops.set_theme(f, "plain").theme == "plain"
    assert ops.set_print(f, PrintSettings(nup=4)).print.nup == 4


@settings(max_examples=80, deadline=None)
@given(flyers(max_blocks=8), st.data())
def test_move_block_keeps_the_multiset_of_blocks(flyer: Flyer, data: st.DataObject) -> None:
    if not flyer.blocks:
        return
    block = data.draw(st.sampled_from(flyer.blocks))
    moved = ops.move_block(flyer, block.id, data.draw(st.integers(-2, len(flyer.blocks) + 2)))
    assert Counter(map(repr, moved.blocks)) == Counter(map(repr, flyer.blocks))


def test_statements_refresh_and_staleness() -> None:
    f = _flyer()
    assert ops.stale_statements(f, {7: "new text"}) == ["s"]
    assert ops.stale_statements(f, {7: "old"}) == [] and ops.stale_statements(f, {}) == []
    g = ops.refresh_statement(f, "s", "new text")
    assert ops.stale_statements(g, {7: "new text"}) == []
    with pytest.raises(ops.EditError, match="not a statement"):
        ops.refresh_statement(f, "h", "x")
    b = ops.statement_block_from(9, "text", Citation(9, 2, "Src"))
    assert (b.statement_id, b.text, b.citation.source_title) == (9, "text", "Src") and b.id.startswith("b")


def test_edit_cell_changes_only_what_is_given() -> None:
    f = _flyer()
    g = ops.edit_cell(f, "t", 0, 0, text="new")
    assert _t(g).criteria[0].cells[0] == Cell("new", "yes")
    g = ops.edit_cell(g, "t", 0, 0, verdict=None)
    assert _t(g).criteria[0].cells[0] == Cell("new", None)
    cit = (Citation(1),)
    g = ops.edit_cell(g, "t", 1, 1, verdict="partly", evidence=cit)
    assert _t(g).criteria[1].cells[1] == Cell("b1", "partly", cit)
    with pytest.raises(ops.EditError, match="row 3 does not exist"):
        ops.edit_cell(f, "t", 2, 0, "x")
    with pytest.raises(ops.EditError, match="column 3 does not exist"):
        ops.edit_cell(f, "t", 0, 2, "x")


def test_evidence() -> None:
    f = ops.add_evidence(_flyer(), "t", 0, 1, Citation(5))
    f = ops.add_evidence(f, "t", 0, 1, Citation(6))
    assert _t(f).criteria[0].cells[1].evidence == (Citation(5), Citation(6))
    f = ops.remove_evidence(f, "t", 0, 1, 0)
    assert _t(f).criteria[0].cells[1].evidence == (Citation(6),)
    with pytest.raises(ops.EditError):
        ops.remove_evidence(f, "t", 0, 1, 5)


def test_criteria() -> None:
    f = ops.add_criterion(_flyer(), "t", "new", index=0)
    assert [c.label for c in _t(f).criteria] == ["new", "r0", "r1"]
    assert _t(f).criteria[0].cells == (Cell(), Cell())
    f = ops.move_criterion(f, "t", 0, 2)
    assert [c.label for c in _t(f).criteria] == ["r0", "r1", "new"]
    f = ops.rename_criterion(f, "t", 2, "renamed")
    f = ops.remove_criterion(f, "t", 0)
    assert [c.label for c in _t(f).criteria] == ["r1", "renamed"]


def test_subjects_move_their_cells_and_respect_limits() -> None:
    f = ops.add_subject(_flyer(), "t", "C", index=1)
    t = _t(f)
    assert t.subjects == ("A", "C", "B") and [c.text for c in t.criteria[0].cells] == ["a0", "", "b0"]
    f = ops.move_subject(f, "t", 0, 2)
    t = _t(f)
    assert t.subjects == ("C", "B", "A") and [c.text for c in t.criteria[1].cells] == ["", "b1", "a1"]
    f = ops.rename_subject(f, "t", 0, "Z")
    f = ops.remove_subject(f, "t", 1)
    t = _t(f)
    assert t.subjects == ("Z", "A") and all(len(c.cells) == 2 for c in t.criteria)
    with pytest.raises(ValueError, match="at least 2 subjects"):
        ops.remove_subject(f, "t", 0)
    for name in "DEF":
        f = ops.add_subject(f, "t", name)
    with pytest.raises(ValueError, match="at most 5 subjects"):
        ops.add_subject(f, "t", "G")
