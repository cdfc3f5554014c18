"""Fitting a flyer to its sides: the largest readable type that fits, grown to fill, aired, justified, numbered.

Each step asks for whole layouts at a type factor, a page total and an amount of air between blocks; the
renderer builds them (trial builds are only measured, and the one kept is drawn).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Generic, Protocol, TypeVar

from organiser.printing.render.justify import SideRoom, stretches

AIR_LEFTOVER = 0.1  # a single page more than this much empty after growing the type gets more space between blocks
MAX_AIR = 2.6  # at most this many times the normal space between blocks
# How the height of a laid-out flyer grows with its type: text that reflows takes the square of the factor, but
# short lines (headings, chart cells, list items) only grow in height. Over the samples (charts, letters, events,
# reading lists, posters; A3 to A6) assuming 1.7 for the first step lands nearer the page's foot than 2: fewer
# builds and fuller pages (151 → 144 builds in all).
GROW_EXPONENT = 1.7


class Layout(Protocol):
    """What fitting reads of a build."""

    @property
    def pages(self) -> int: ...
    @property
    def used(self) -> float: ...  # content height laid out, all pages together (points)
    @property
    def frame_h(self) -> float: ...
    @property
    def factor(self) -> float: ...
    @property
    def total(self) -> int: ...
    @property
    def air(self) -> float: ...
    @property
    def sides(self) -> Mapping[int, SideRoom]: ...


L = TypeVar("L", bound=Layout)


class Fitter(Generic[L]):
    """Builds of one flyer at different type sizes and page budgets."""

    def __init__(self, build: Callable[[float, int, float, Mapping[int, float] | None], L], min_factor: float,
                 ceiling: float) -> None:
        self._build, self.min_factor, self.ceiling = build, min_factor, ceiling

    def build(self, factor: float, total: int = 0, air: float = 1.0,
              stretch: Mapping[int, float] | None = None) -> L:
        return self._build(factor, total, air, stretch)

    def shrink(self, base: L, pages: int) -> L | None:
        """The largest readable size (down to the paper's minimum) at which ``base`` fits ``pages`` pages."""
        if self.min_factor >= 0.999 or base.frame_h <= 0:
            return None
        # Type shrunk by f takes about f² of the area: estimate the factor that fits, then step down.
        need = base.used / (pages * base.frame_h)
        factor = min(0.99, (1.0 / need) ** 0.5 * 0.99)
        if factor < self.min_factor * 0.93:
            return None
        factor = max(factor, self.min_factor)
        for _ in range(6):
            trial = self.build(factor, pages)
            if trial.pages <= pages:
                return trial
            if factor <= self.min_factor:
                return None
            factor = max(self.min_factor, factor * 0.96)
        return None

    def grow(self, base: L, pages: int) -> L:
        """The largest size within the theme's range at which ``base`` still fits ``pages``: fills the page.

        Five builds at most (an estimate from the height's growth, then halfway back while it overflows): fitting
        stays cheap.
        """
        if base.pages > pages or base.frame_h <= 0 or base.used <= 0:
            return base
        room = pages * base.frame_h / base.used
        if room < 1.06:
            return base
        ceiling = self.ceiling
        lo = base
        factor = min(base.factor * room ** (1 / GROW_EXPONENT) * 0.985, ceiling)
        for _ in range(5):
            if factor <= lo.factor * 1.02:
                break
            trial = self.build(factor, base.total)
            if trial.pages <= pages:
                lo = trial
                if trial.used >= pages * trial.frame_h * 0.95:
                    break
                factor = min(trial.factor * (pages * trial.frame_h / trial.used) ** 0.5 * 0.985, ceiling)
            else:
                factor = (lo.factor + factor) / 2
        return lo

    def aerate(self, base: L) -> L:
        """A single page the type cannot fill (grown to the theme's limit): open the space between blocks.

        One trial at the most air; if that overflows, the air the two heights point to, then half of that.
        """
        if base.pages != 1 or base.used >= base.frame_h * (1 - AIR_LEFTOVER):
            return base
        most = self.build(base.factor, base.total, MAX_AIR)
        if most.pages == 1:
            return most
        per_air = (most.used - base.used) / (MAX_AIR - 1.0)
        if per_air <= 0:
            return base
        air = min(max(1.0 + (base.frame_h * 0.97 - base.used) / per_air, 1.0), MAX_AIR)
        for _ in range(2):  # lines that grow with the air (posters) jump: halve back once if it overflowed
            trial = self.build(base.factor, base.total, air)
            if trial.pages == 1:
                return trial
            air = 1.0 + (air - 1.0) / 2
        return base

    def justify(self, built: L) -> L:
        """``built`` set again with the room left on each side shared among its gaps (same breaks)."""
        stretch = stretches(built.sides, built.frame_h)
        if not stretch:
            return built
        again = self.build(built.factor, built.total, built.air, stretch)
        return again if again.pages == built.pages else built

    def numbered(self, built: L) -> L:
        """``built`` again with page numbers "n / total" when it has more than one page."""
        result = built
        for _ in range(3):
            want = result.pages if result.pages > 1 else 0
            if result.total == want or (want == 0 and result.total <= 1):
                return result
            result = self.build(result.factor, want)
        return result
