"""Ordered schema migrations of the corpus database (recorded, each in its own transaction)."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from organiser.corpus.word_index import (
    create_compact_index,
    create_update_trigger,
    fill_source_forms,
    reindex_statements,
)

corpus_migrations = Migrations("organiser.corpus")


@corpus_migrations()
def m001_corpus(db: Database) -> None:
    db.table("sources").create(
        {
            "id": int,
            "title": str,
            "outlet": str,
            "authors": str,  # JSON list
            "date": str,  # ISO 8601, possibly reduced precision ("2025-07")
            "url": str,
            "languages": str,  # JSON list, main language first
            "rights": str,
            "original_name": str,
            "content_hash": str,
            "imported_at": str,
            "full_text": str,
            "structure": str,  # JSON list of sections (headings, boilerplate) in reading order
        },
        pk="id",
    )
    db.table("sources").create_index(["content_hash"], unique=True)
    db.table("statements").create(
        {
            "id": int,
            "source_id": int,
            "position": int,
            "text": str,
            "original_text": str,
            "lang": str,
            "edited": int,
            "created_at": str,
            "updated_at": str,
            "search_text": str,
        },
        pk="id",
        foreign_keys=[("source_id", "sources", "id")],
    )
    db.table("statements").create_index(["source_id", "position"])
    db.table("statement_tags").create(
        {"statement_id": int, "tag": str},
        pk=("statement_id", "tag"),
        foreign_keys=[("statement_id", "statements", "id")],
    )
    db.table("statement_tags").create_index(["tag"])
    db.table("statements").enable_fts(
        ["search_text"], fts_version="FTS5", create_triggers=True, tokenize="unicode61 remove_diacritics 2"
    )
    db.table("comparisons").create(
        {"id": int, "source_id": int, "title": str, "data": str},
        pk="id",
        foreign_keys=[("source_id", "sources", "id")],
    )
    db.table("flyers").create(
        {"id": int, "title": str, "template": str, "data": str, "created_at": str, "updated_at": str},
        pk="id",
    )


@corpus_migrations()
def m002_profile(db: Database) -> None:
    # One row (id 1): the organisation that hands out the flyers; fills footers and QR codes.
    db.table("profile").create({"id": int, "name": str, "contact": str, "website": str, "logo": str}, pk="id")


@corpus_migrations()
def m003_language_index(db: Database) -> None:
    """The language filter and the list of languages read an index instead of every statement."""
    db.table("statements").create_index(["lang"])


@corpus_migrations()
def m004_word_forms(db: Database) -> None:
    """Search in word forms: the index gains the words' other forms and the source's title, outlet and authors.

    Re-indexes every statement: the exact column changes too (apostrophes inside words are kept whole).
    """
    statements = db.table("statements")
    statements.disable_fts()
    # enable_fts commits on its own (executescript), so a run cut short may have added the columns already.
    for column in ("search_forms", "search_source"):
        if column not in statements.columns_dict:
            statements.add_column(column, str)
    reindex_statements(db)
    statements.enable_fts(
        ["search_text", "search_forms", "search_source"],
        fts_version="FTS5",
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
    )
    create_update_trigger(db)


@corpus_migrations()
def m005_source_ocr(db: Database) -> None:
    """Sources read by OCR are marked: their text may hold recognition errors worth checking before print."""
    db.table("sources").add_column("ocr", int, not_null_default=0)


# A random (version 4) UUID written by SQLite itself, so that a migration of 100k rows stays one statement.
UUID4_SQL = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2)"
    " || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-'"
    " || lower(hex(randomblob(6)))"
)
SHARED_TABLES = ("sources", "statements", "flyers")


@corpus_migrations()
def m006_global_ids(db: Database) -> None:
    """Stable global ids (UUIDs) for rows that travel between corpora, and where a shared row came from.

    ``uid`` stays with a row for ever; ``versions`` lists hashes of the contents the row has had when it was shared
    (how a merge tells "they edited what I have" from a conflict); ``shared_by``/``shared_at`` name the organiser and
    bundle date a row was last taken from.

    The full-text trigger (m004) fires only when an indexed column changes, so filling ids re-indexes nothing.
    """
    for table in SHARED_TABLES:
        for column in ("uid", "versions", "shared_by", "shared_at"):
            db.execute(f"ALTER TABLE {table} ADD COLUMN {column} TEXT")
        db.execute(f"UPDATE {table} SET uid = {UUID4_SQL} WHERE uid IS NULL")
        db.execute(f"CREATE UNIQUE INDEX idx_{table}_uid ON {table} (uid)")
    # Conflicting edits are both kept: the copy names the statement or flyer it conflicts with.
    db.execute("ALTER TABLE statements ADD COLUMN conflict_of TEXT")
    db.execute("ALTER TABLE flyers ADD COLUMN conflict_of TEXT")
    db.table("bundle_imports").create(
        {"id": int, "bundle_uid": str, "shared_by": str, "shared_at": str, "imported_at": str, "file_name": str,
         "added": int, "updated": int, "skipped": int, "conflicts": int},
        pk="id",
    )


@corpus_migrations()
def m007_images(db: Database) -> None:
    """Images added in the app live in the corpus (by content hash), so flyers and bundles carry them."""
    db.table("images").create(
        {"hash": str, "name": str, "format": str, "width": int, "height": int, "data": bytes, "added_at": str},
        pk="hash",
    )


@corpus_migrations()
def m008_compact_index(db: Database) -> None:
    """The index stores nothing twice: the exact words are computed from the text (not kept in ``search_text``),
    a source's words are kept once with the source (not in every statement's ``search_source``).

    At a million statements the two columns took twice the size of the text. The index is rebuilt from the new
    view; its words are the same, so search finds what it found before. A source whose title, outlet or authors
    are edited now re-indexes its statements (``sources.search_form`` changes, a trigger follows).
    """
    for trigger in ("statements_ai", "statements_ad", "statements_au"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    db.execute("DROP TABLE IF EXISTS statements_fts")
    for column in ("search_text", "search_source"):
        db.execute(f"ALTER TABLE statements DROP COLUMN {column}")
    db.execute("ALTER TABLE sources ADD COLUMN search_form TEXT")
    fill_source_forms(db)
    create_compact_index(db)
    db.execute("INSERT INTO statements_fts (statements_fts) VALUES ('rebuild')")
    db.execute("INSERT INTO statements_fts (statements_fts) VALUES ('optimize')")  # one segment: shorter reads


@corpus_migrations()
def m009_source_ocr_index(db: Database) -> None:
    """Listing sources reads the OCR flag from an index: in the row it lies past the source's full text."""
    db.table("sources").create_index(["ocr"])
