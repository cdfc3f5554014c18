"""What an imported document becomes in the corpus tables: one ``sources`` row and its ``statements`` rows.

Built before the write transaction starts (language detection and the search forms take time), so the write lock
is held only for the inserts.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from organiser.corpus import normalise
from organiser.corpus.language import detect_language

if TYPE_CHECKING:
    from organiser.corpus.importers.document import ImportedDocument


def document_rows(doc: ImportedDocument, now: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The source row and the statement rows (without ``source_id``, known only after the insert)."""
    source = {
        "title": doc.title,
        "outlet": doc.outlet,
        "authors": json.dumps(list(doc.authors), ensure_ascii=False),
        "date": doc.date,
        "url": doc.url,
        "languages": json.dumps(list(doc.languages)),
        "rights": doc.rights,
        "original_name": doc.original_name,
        "content_hash": doc.content_hash,
        "imported_at": now,
        "full_text": doc.full_text,
        "ocr": int(doc.ocr),
        "structure": json.dumps(
            [{"kind": s.kind, "text": s.text, "level": s.level} for s in doc.sections if s.kind != "statement"],
            ensure_ascii=False,
        ),
    }
    main_lang = doc.languages[0] if doc.languages else None
    source["search_form"] = normalise.source_form(doc.title, doc.outlet, doc.authors)
    rows = [
        {
            "position": position, "text": s.text, "original_text": s.text,
            "lang": detect_language(s.text) or main_lang, "edited": 0, "created_at": now, "updated_at": now,
            **normalise.search_columns(s.text),
        }
        for position, s in enumerate(x for x in doc.sections if x.kind == "statement")
    ]
    return source, rows
