"""Flyers and comparison tables kept in the corpus file, as versioned JSON documents."""

from __future__ import annotations

import json
from dataclasses import replace

from organiser.corpus.store import Corpus
from organiser.flyers.file_format import dumps, loads, table_from_dict, table_to_dict
from organiser.flyers.model import ComparisonTable, Flyer


def save_flyer(corpus: Corpus, flyer: Flyer) -> int:
    """Insert (``flyer.id is None``) or update a flyer; returns its id."""
    return corpus.save_flyer_data(flyer.id, flyer.title, flyer.template,
                                  lambda flyer_id: dumps(replace(flyer, id=flyer_id)))


def get_flyer(corpus: Corpus, flyer_id: int) -> Flyer:
    return replace(loads(corpus.flyer_data(flyer_id), f"flyer {flyer_id}"), id=flyer_id)


def add_comparison(corpus: Corpus, table: ComparisonTable, source_id: int | None = None) -> int:
    return corpus.add_comparison_data(table.title, json.dumps(table_to_dict(table), ensure_ascii=False), source_id)


def comparisons(corpus: Corpus, source_id: int | None = None) -> list[tuple[int, int | None, ComparisonTable]]:
    """(id, source id, table) of the comparison tables read from sources, oldest first."""
    return [(cid, sid, table_from_dict(json.loads(data), f"comparison {cid}"))
            for cid, sid, data in corpus.comparison_rows(source_id)]
