"""Per-block layout cache: the flowables of a block, reused while the block and its setting are unchanged.

Fitting builds a flyer at several sizes, an edit re-renders a flyer that differs in one block, a data merge renders
rows that share most of their blocks: each block is built (and its paragraphs broken into lines) once per key.
The key is the block's own value (blocks are frozen dataclasses, so any new block type works unchanged) with what
the layout context gives it: column width, frame height, theme, sizes, colour mode, language, direction, sources,
images and paper. A hit replays what building the block recorded (layout facts for preflight, context changes).

Flowables carry layout state, so an entry is lent to one build at a time (taken out, put back after the build):
two threads rendering at once never share one. Bounded: least recently used entries go first.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

# The layout context (``context.Ctx``, which holds a session) is typed loosely here: no import cycle.
Ctx = Any

MAX_ENTRIES = 512  # blocks; a 104-page document has ~1,500, a chart's fit loop needs ~10
# Set on flowables by ReportLab's document and frame during a build; a reused flowable must not carry them over.
_BUILD_STATE = ("_postponed", "_frame", "canv")
_CTX_OWN = frozenset(("facts", "cache", "previous"))


@dataclass
class _Entry:
    flowables: list[Flowable]
    texts: list[Any]
    images: list[Any]
    qrs: list[Any]
    oversized: list[str]
    ctx_changes: dict[str, Any]


def _ctx_key(ctx: Ctx) -> tuple[Hashable, ...]:
    images = tuple(sorted((ref, img.hash) for ref, img in ctx.images.items()))
    sources = (tuple(ctx.sources.entries), ctx.sources.listed)
    return (ctx.theme, ctx.sizes, ctx.mode, round(ctx.width, 4), round(ctx.frame_height, 4), ctx.lang, ctx.rtl,
            ctx.extend_left, ctx.extend_right, ctx.extend_top, ctx.poster, ctx.poster_size, ctx.top, ctx.headline,
            images, sources, ctx.facts.paper)


class BlockCache:
    """A bounded LRU of built blocks; ``session()`` borrows from it for one build."""

    def __init__(self, max_entries: int = MAX_ENTRIES) -> None:
        self.max_entries = max_entries
        self._entries: OrderedDict[Hashable, _Entry] = OrderedDict()
        self._latest: dict[Hashable, Hashable] = {}  # a block (id, setting) → the key of its last version
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def session(self) -> CacheSession:
        return CacheSession(self)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._latest.clear()

    def __len__(self) -> int:
        return len(self._entries)

    def _take(self, key: Hashable) -> _Entry | None:
        with self._lock:
            entry = self._entries.pop(key, None)
            if entry is None:
                self.misses += 1
            else:
                self.hits += 1
            return entry

    def _take_previous(self, family: Hashable) -> _Entry | None:
        """The last version of a block in this setting, taken for good: its builder may reuse its parts."""
        with self._lock:
            key = self._latest.pop(family, None)
            return self._entries.pop(key, None) if key is not None else None

    def _put(self, key: Hashable, entry: _Entry, family: Hashable = None) -> None:
        with self._lock:
            self._entries[key] = entry
            self._entries.move_to_end(key)
            if family is not None:
                self._latest[family] = key
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)
            if len(self._latest) > 2 * self.max_entries:
                self._latest = {f: k for f, k in self._latest.items() if k in self._entries}


class CacheSession:
    """The blocks one build borrowed or built; ``release()`` puts them back once the build is done."""

    def __init__(self, cache: BlockCache) -> None:
        self._cache = cache
        self._lent: list[tuple[Hashable, _Entry, Hashable]] = []
        self._inside = 0  # blocks inside a block being built (two columns) belong to its entry alone

    def build(self, parts: tuple[Hashable, ...], ctx: Ctx, make: Callable[[], list[Flowable]]) -> list[Flowable]:
        """``make()``'s flowables for the block described by ``parts`` (the block value first) in ``ctx``."""
        if self._inside:
            return make()
        try:
            setting = _ctx_key(ctx)
            key: Hashable = (parts, setting)
            hash(key)
        except TypeError:  # a block holding something unhashable is simply not cached
            return make()
        block_id = getattr(parts[0], "id", None)
        family = (type(parts[0]), block_id, parts[1:], setting) if block_id else None
        entry = self._cache._take(key)
        facts = ctx.facts
        if entry is None:
            marks = (len(facts.texts), len(facts.images), len(facts.qrs), len(facts.oversized))
            before = {k: v for k, v in vars(ctx).items() if k not in _CTX_OWN}
            previous = self._cache._take_previous(family) if family is not None else None
            self._inside += 1
            ctx.previous = previous.flowables if previous is not None else None
            try:
                flowables = make()
            finally:
                self._inside -= 1
                ctx.previous = None
            changes = {k: v for k, v in vars(ctx).items() if k not in _CTX_OWN and before.get(k) is not v}
            entry = _Entry(list(flowables), facts.texts[marks[0]:], facts.images[marks[1]:], facts.qrs[marks[2]:],
                           facts.oversized[marks[3]:], changes)
        else:
            facts.texts += entry.texts
            facts.images += entry.images
            facts.qrs += entry.qrs
            facts.oversized += entry.oversized
            for name, value in entry.ctx_changes.items():
                setattr(ctx, name, value)
        self._lent.append((key, entry, family))
        return list(entry.flowables)

    def release(self) -> None:
        for key, entry, family in self._lent:
            for f in entry.flowables:
                for name in _BUILD_STATE:
                    f.__dict__.pop(name, None)
            self._cache._put(key, entry, family)
        self._lent.clear()


BLOCKS = BlockCache()
