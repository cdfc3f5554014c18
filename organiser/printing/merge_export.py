"""Batch variants: one flyer merged with a table of rows, exported as one PDF per row or one PDF of all rows."""

from __future__ import annotations

import io
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from organiser.atomic import write_files_atomically
from organiser.errors import OrganiserError, RenderError
from organiser.flyers.merge import MergedRow, MergeTable, fields_in, merge_all
from organiser.flyers.model import Flyer
from organiser.printing.export import ExportOptions, export_flyer

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class MergeReport:
    """What a merge wrote and, one line each, the rows it could not make."""

    files: tuple[Path, ...]
    made: int
    errors: tuple[str, ...]
    fields: tuple[str, ...]


def _row_label(table: MergeTable, row: MergedRow) -> str:
    return f"Row {row.index + 1} (line {table.line(row.index)}, “{row.name}”)"


def export_merge(flyer: Flyer, table: MergeTable, out_dir: Path, options: ExportOptions | None = None,
                 one_file: bool = False, progress: Progress | None = None) -> MergeReport:
    """Export a copy of ``flyer`` per row into ``out_dir`` (``<first column>.pdf``), or all rows as the pages
    of one ``<flyer title> (merged).pdf`` when ``one_file``. A row with an empty field is not exported: its
    error line names the fields. Each file is written atomically; a failing row never stops the others."""
    options = options or ExportOptions()
    fields = tuple(fields_in(flyer))
    if not fields:
        raise RenderError("The flyer has no {field} placeholders to fill: write e.g. {venue} in its text first.")
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise RenderError(f"{out_dir}: cannot create the folder ({err.strerror or err})") from None
    rows = merge_all(flyer, table)
    errors: list[str] = []
    files: list[Path] = []
    pages: list[bytes] = []

    def make(row: MergedRow) -> bytes | Path | str:
        """One row's PDF (one file) or written file; an error line when it could not be made."""
        if row.missing:
            return f"{_row_label(table, row)}: no value for {', '.join(row.missing)}."
        copy = replace(row.flyer, title=f"{flyer.title} — {row.name}")
        try:
            if one_file:
                return _render(copy, options)
            path = out_dir / f"{row.name}.pdf"
            export_flyer(copy, path, options)
            return path
        except OrganiserError as err:
            return f"{_row_label(table, row)}: {err}"

    # Two rows at a time: one row's file is written and synced to disk while the next one is laid out (rows share
    # most of their blocks, which the layout cache builds once).
    pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="organiser-merge")
    try:
        pending = [pool.submit(make, row) for row in rows]
        for n, future in enumerate(pending, 1):
            outcome = future.result()
            if isinstance(outcome, str):
                errors.append(outcome)
            elif isinstance(outcome, Path):
                files.append(outcome)
            else:
                pages.append(outcome)
            if progress is not None:
                progress(n, len(rows))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    if one_file and pages:
        from organiser.flyers.merge import file_stem

        path = out_dir / f"{file_stem(flyer.title, 'flyer')} (merged).pdf"
        write_files_atomically([(path, _concatenate(pages))])
        files.append(path)
    made = len(pages) if one_file else len(files)
    return MergeReport(tuple(files), made, tuple(errors), fields)


def _render(flyer: Flyer, options: ExportOptions) -> bytes:
    """One row's PDF in memory (export_flyer's choices, written to a scratch file never seen by the user)."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="organiser-merge-") as tmp:
        path = Path(tmp) / "row.pdf"
        export_flyer(flyer, path, options)
        return path.read_bytes()


def _concatenate(pdfs: list[bytes]) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for pdf in pdfs:
        for page in PdfReader(io.BytesIO(pdf)).pages:
            writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
