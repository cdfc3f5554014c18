"""Corpus statements in the open flyer: quoting them, citing them as chart evidence, and noticing when the
corpus's text or source details have changed since they were quoted."""

from __future__ import annotations

from typing import Any

from organiser.errors import OrganiserError
from organiser.flyers import ops
from organiser.flyers.model import Citation, ComparisonBlock, Flyer, StatementBlock
from organiser.flyers.starters import insertion_row

Workspace = Any  # the FlyerWorkspace, which imports this module (no import cycles)


class Quoting:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def citation_for(self, statement_id: int) -> Citation | None:
        try:
            s = self.ws.corpus.statement(statement_id)
        except OrganiserError:
            return None
        return Citation(statement_id=s.id, source_id=s.source.id, source_title=s.source.title,
                        source_date=s.source.date, source_url=s.source.url, outlet=s.source.outlet)

    def add_statements(self, statement_ids: list[int], row: int | None = None) -> bool:
        """Quote corpus statements (text and source as they are now) at ``row`` — by default, and for a drop
        below the last block, before the Sources list — as one undo step."""
        ws = self.ws
        blocks = []
        for sid in statement_ids:
            citation = self.citation_for(sid)
            if citation is not None:
                text = ws.corpus.statement(sid).text
                blocks.append(ops.statement_block_from(sid, text, citation))
        if not blocks:
            ws.status_message.emit(ws.tr("Those statements are no longer in the corpus."))
            return False
        flyer = ws.session.flyer
        if flyer is None:
            ws.status_message.emit(ws.tr("Open or create a flyer first."))
            return False
        at = insertion_row(flyer) if row is None or row < 0 or row >= len(flyer.blocks) else row

        def add(f: Flyer) -> Flyer:
            for i, block in enumerate(blocks):
                f = ops.add_block(f, block, at + i)
            return f

        text = ws.tr("Add statement") if len(blocks) == 1 else ws.tr("Add %n statements", "", len(blocks))
        if ws.edit(add, text):
            ws.editor.select_block(blocks[0].id)
            return True
        return False

    def use_as_evidence(self, statement_ids: list[int]) -> bool:
        """Cite the statements as evidence of the chart cell selected in the editor."""
        ws = self.ws
        chart = ws.editor.chart
        block = chart.model.block
        index = chart.view.currentIndex()
        if chart.isHidden() or not isinstance(block, ComparisonBlock) or not index.isValid():
            ws.status_message.emit(ws.tr("Select a cell of a comparison chart first, then use the statement "
                                         "as its evidence."))
            return False
        before = ws.session.flyer
        chart.add_evidence(index.row(), index.column(), statement_ids)
        return ws.session.flyer is not before

    def take_new_text(self, block_id: str) -> None:
        ws = self.ws
        flyer = ws.session.flyer
        block = ops.find_block(flyer, block_id) if flyer else None
        if not isinstance(block, StatementBlock) or block.statement_id is None:
            return
        try:
            text = ws.corpus.statement(block.statement_id).text
        except OrganiserError:
            ws.status_message.emit(ws.tr("That statement is no longer in the corpus."))
            return
        citation = self.citation_for(block.statement_id) or block.citation

        def take(f: Flyer) -> Flyer:
            f = ops.refresh_statement(f, block_id, text)
            current = ops.find_block(f, block_id)
            assert isinstance(current, StatementBlock)
            from dataclasses import replace

            return ops.replace_block(f, replace(current, citation=citation))

        ws.edit(take, ws.tr("Take the new statement text"))

    def check_stale(self) -> None:
        """Mark statement blocks whose corpus text, or whose source's details, changed since they were added."""
        ws = self.ws
        flyer = ws.session.flyer
        if flyer is None:
            ws.editor.set_stale({})
            return
        texts: dict[int, str] = {}
        citations: dict[int, Citation] = {}
        for b in ops.iter_blocks(flyer.blocks):
            if isinstance(b, StatementBlock) and b.statement_id is not None and b.statement_id not in texts:
                try:
                    texts[b.statement_id] = ws.corpus.statement(b.statement_id).text
                except OrganiserError:
                    continue
                citation = self.citation_for(b.statement_id)
                if citation is not None:
                    citations[b.statement_id] = citation
        stale = set(ops.stale_statements(flyer, texts))
        for b in ops.iter_blocks(flyer.blocks):
            if isinstance(b, StatementBlock) and b.statement_id in citations and \
                    _provenance(b.citation) != _provenance(citations[b.statement_id]):
                stale.add(b.id)
        ws.editor.set_stale({b.id: texts[b.statement_id] for b in ops.iter_blocks(flyer.blocks)
                             if isinstance(b, StatementBlock) and b.id in stale and b.statement_id is not None})


def _provenance(c: Citation) -> tuple[object, ...]:
    return (c.source_title, c.source_date or None, c.source_url or None, c.outlet or None)
