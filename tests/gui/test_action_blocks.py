"""The call to action and signatories in the editor: added from the Add block menu, edited in the properties panel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from organiser.flyers.model import CallToAction, ComparisonBlock, Signatories
from organiser.flyers.profile import Profile, save_profile
from organiser.gui.flyers.properties import FIELDS
from organiser.gui.textdir import AutoLineEdit, AutoTextEdit
from tests.gui.conftest import type_text
from tests.gui.flyer_support import chart_flyer, make_workspace, simple_flyer, store_and_open


def test_the_add_block_menu_offers_a_call_to_action_and_signatories(qtbot: QtBot, corpus_path: Path) -> None:
    ws = make_workspace(qtbot, corpus_path)
    store_and_open(ws, simple_flyer())
    names = [a.text() for a in ws.editor._add_menu(None).actions()]
    assert "Call to action" in names and "Signatories" in names


def test_a_new_call_to_action_takes_the_profile_and_is_edited_in_place(qtbot: QtBot, corpus_path: Path) -> None:
    ws = make_workspace(qtbot, corpus_path)
    save_profile(ws.corpus, Profile("Lviv Solidarity", "hello[at]lviv-solidarity.org", "lviv-solidarity.org"))
    store_and_open(ws, simple_flyer())
    ws.editor.add_block("action")
    flyer = ws.current_flyer()
    assert flyer is not None
    (action,) = [b for b in flyer.blocks if isinstance(b, CallToAction)]
    assert (action.website, action.contact, action.qr) == ("lviv-solidarity.org", "hello[at]lviv-solidarity.org", True)
    assert ws.editor.selected_block_id() == action.id
    text = ws.editor.properties.editor("text")
    assert isinstance(text, AutoLineEdit)
    assert "Get involved" in text.placeholderText()  # what prints while the field is empty
    text.setFocus()
    type_text(text, "Приєднуйтесь")  # any script, typed as a user types it
    qr = ws.editor.properties.editor("qr")
    assert isinstance(qr, QCheckBox) and qr.isChecked()
    qr.setChecked(False)
    flyer = ws.current_flyer()
    assert flyer is not None
    edited = next(b for b in flyer.blocks if b.id == action.id)
    assert edited == CallToAction(action.id, "Приєднуйтесь", "lviv-solidarity.org", "hello[at]lviv-solidarity.org",
                                  qr=False)
    ws.undo.group.undo()  # one step per edit: the QR switch comes back on
    flyer = ws.current_flyer()
    assert flyer is not None and next(b for b in flyer.blocks if b.id == action.id).qr


def test_signatories_are_edited_one_per_line(qtbot: QtBot, corpus_path: Path) -> None:
    ws = make_workspace(qtbot, corpus_path)
    store_and_open(ws, simple_flyer())
    ws.editor.add_block("signatories")
    items = ws.editor.properties.editor("items")
    assert isinstance(items, AutoTextEdit)
    items.setPlainText("Olena Kovalenko — historian, Kyiv\n\nAhmad Khalil — nurse, Gaza\n")
    flyer = ws.current_flyer()
    assert flyer is not None
    (signed,) = [b for b in flyer.blocks if isinstance(b, Signatories)]
    assert signed.items == ("Olena Kovalenko — historian, Kyiv", "Ahmad Khalil — nurse, Gaza")


def test_a_chart_has_no_legend_switch_any_more(qtbot: QtBot, corpus_path: Path) -> None:
    assert "comparison" not in FIELDS
    ws = make_workspace(qtbot, corpus_path)
    flyer = store_and_open(ws, chart_flyer())
    chart = next(b for b in flyer.blocks if isinstance(b, ComparisonBlock))
    ws.editor.select_block(chart.id)
    assert ws.editor.properties.editor("show_legend") is None
    assert ws.editor.chart.isVisibleTo(ws.editor)


def test_a_long_address_shows_its_start_when_the_block_is_selected(qtbot: QtBot, corpus_path: Path) -> None:
    from dataclasses import replace

    ws = make_workspace(qtbot, corpus_path)
    long_contact = "2022ukrainesolidarity[at]gmail.com · +380 44 123 4567 · Signal: kyiv.solidarity.01"
    flyer = store_and_open(ws, replace(simple_flyer(), blocks=(
        *simple_flyer().blocks, CallToAction("a", "Join us", "ukraine-solidarity.org", long_contact))))
    ws.editor.select_block(flyer.blocks[0].id)
    ws.editor.select_block("a")
    contact = ws.editor.properties.editor("contact")
    assert isinstance(contact, AutoLineEdit) and contact.text() == long_contact
    assert contact.cursorPosition() == 0  # "2022ukraine…" is in view, not "…kyiv.solidarity.01"
