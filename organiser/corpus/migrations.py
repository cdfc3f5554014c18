"""Ordered schema migrations of the corpus database (recorded, each in its own transaction)."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

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
def m005_source_ocr(db: Database) -> None:
    """Sources read by OCR are marked: their text may hold recognition errors worth checking before print."""
    db.table("sources").add_column("ocr", int, not_null_default=0)
