"""Colour rules applied to the finished PDF's content streams, whatever drew the page.

Print needs rules that depend on what is painted and how big it ends up on paper, which the layout cannot know
(N-up shrinks a page after it was laid out). Walking the content streams with the graphics state lets one place
enforce them on every theme:

- text under 12 pt, thin rules and marks: 100 % K in CMYK, 100 % black DeviceGray in greyscale (one plate,
  no blur from misregistration); light text (white on a band) stays a knock-out;
- greyscale: DeviceGray only, dark text black, large areas no darker than 30 % grey and light text on them black
  (a photocopier streaks on heavy solids);
- CMYK: total ink of any fill at most 300 %;
- any output: no stroke thinner than 0.25 pt after scaling.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field, replace
from typing import Any

from organiser.printing.color import ColorMode, gray_level
from organiser.printing.icc import TOTAL_INK_LIMIT, cmyk_to_rgb

SMALL_TEXT_PT = 12.0
MIN_STROKE_PT = 0.25
RULE_MAX_PT = 1.0  # strokes thinner than this on paper are rules and marks, not shapes
LARGE_AREA_PT2 = 40.0 * 72.0  # ≈ 2.8 × 2.8 cm: bands, table rows, backgrounds
GRAY_AREA_MIN_LEVEL = 0.70  # large areas at most 30 % grey
LIGHT_LEVEL = 0.60  # text lighter than this is a knock-out (white or pale on a dark fill)

Matrix = tuple[float, float, float, float, float, float]
Colour = tuple[str, tuple[float, ...]]  # ("rgb"|"cmyk"|"gray", components)
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_BLACK: dict[str, Colour] = {"cmyk": ("cmyk", (0.0, 0.0, 0.0, 1.0)), "gray": ("gray", (0.0,))}
_FILL_OPS = {"f", "F", "f*", "B", "B*", "b", "b*"}
_STROKE_OPS = {"S", "s", "B", "B*", "b", "b*"}
_TEXT_OPS = {"Tj", "TJ", "'", '"'}
_SET = {"rg": ("fill", "rgb"), "RG": ("stroke", "rgb"), "k": ("fill", "cmyk"), "K": ("stroke", "cmyk"),
        "g": ("fill", "gray"), "G": ("stroke", "gray")}


def _mul(m: Matrix, n: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _scale(m: Matrix) -> float:
    return math.sqrt(abs(m[0] * m[3] - m[1] * m[2]))


def _point(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def level_of(colour: Colour) -> float:
    """How light a colour prints (sRGB grey level, 1 = paper white)."""
    space, v = colour
    if space == "gray":
        return v[0]
    if space == "cmyk":
        return gray_level(cmyk_to_rgb((v[0], v[1], v[2], v[3])))
    return gray_level((v[0], v[1], v[2]))


@dataclass
class _State:
    ctm: Matrix = IDENTITY
    fill: Colour = ("gray", (0.0,))
    stroke: Colour = ("gray", (0.0,))
    width: float = 1.0
    font_size: float = 0.0
    # what was last written into the output for this state (None: nothing yet, the PDF default applies)
    out_fill: Colour | None = None
    out_stroke: Colour | None = None
    out_width: float | None = None


@dataclass
class Areas:
    """Large fills painted so far on the sheet, in default user space, with the grey level they print at."""

    rects: list[tuple[float, float, float, float, float]] = field(default_factory=list)

    def level_under(self, x: float, y: float) -> float:
        for x0, y0, x1, y1, level in reversed(self.rects):
            if x0 <= x <= x1 and y0 <= y <= y1:
                return level
        return 1.0


class Rewriter:
    def __init__(self, pdf: Any, mode: ColorMode) -> None:
        self.pdf = pdf
        self.mode = mode
        self.done: dict[tuple[int, int], float] = {}

    def note(self, kind: str, colour: Colour, measure: float, where: tuple[float, float]) -> None:
        """Called for everything painted, with the colour as the file has it (``checks`` listens here)."""

    def note_image(self, xobj: Any) -> None:
        """Called for every image drawn."""

    # -- colour decisions --------------------------------------------------------------------------
    def _device(self, colour: Colour) -> Colour:
        """The colour in the output's own space (greys as DeviceGray, never RGB in CMYK output)."""
        space, v = colour
        if self.mode == "gray" and space != "gray":
            return ("gray", (round(level_of(colour), 4),))
        if self.mode == "cmyk" and space == "rgb":
            from organiser.printing.color import rgb_to_cmyk

            return ("cmyk", rgb_to_cmyk((v[0], v[1], v[2])))
        if self.mode == "cmyk" and space == "gray":
            from organiser.printing.icc import k_for_gray

            return ("cmyk", (0.0, 0.0, 0.0, k_for_gray(v[0])))
        return colour

    def text_colour(self, colour: Colour, size: float, x: float, y: float, areas: Areas) -> Colour:
        level = level_of(colour)
        if self.mode == "gray":
            if level < LIGHT_LEVEL or areas.level_under(x, y) >= LIGHT_LEVEL:
                return _BLACK["gray"]  # dark text, or light text left on a lightened area
            return self._device(colour)
        if self.mode == "cmyk" and size < SMALL_TEXT_PT and level < LIGHT_LEVEL:
            return _BLACK["cmyk"]
        return self._device(colour)

    def fill_colour(self, colour: Colour, area: float) -> Colour:
        out = self._device(colour)
        if self.mode == "gray" and area >= LARGE_AREA_PT2 and out[1][0] < GRAY_AREA_MIN_LEVEL:
            return ("gray", (GRAY_AREA_MIN_LEVEL,))
        if self.mode == "cmyk":
            c, m, y, k = out[1]
            if c + m + y + k > TOTAL_INK_LIMIT:
                room = max(TOTAL_INK_LIMIT - k, 0.0) / (c + m + y)
                out = ("cmyk", (round(c * room, 4), round(m * room, 4), round(y * room, 4), k))
        return out

    def stroke_colour(self, colour: Colour, width_on_paper: float) -> Colour:
        if self.mode in ("gray", "cmyk") and width_on_paper < RULE_MAX_PT and level_of(colour) < 0.9:
            return _BLACK[self.mode]
        return self._device(colour)

    # -- streams -------------------------------------------------------------------------------------
    def rewrite(self, stream_owner: Any, resources: Any, ctm: Matrix, areas: Areas) -> bytes:
        import pikepdf

        out: list[Any] = []
        st = _State(ctm=ctm)
        stack: list[_State] = []
        tm: Matrix = IDENTITY
        tlm: Matrix = IDENTITY
        leading = 0.0
        path: list[tuple[float, float]] = []

        def emit(op: str, *nums: float) -> None:
            out.append(pikepdf.ContentStreamInstruction([round(n, 4) for n in nums], pikepdf.Operator(op)))

        def set_fill(col: Colour) -> None:
            if st.out_fill != col:
                emit({"rgb": "rg", "cmyk": "k", "gray": "g"}[col[0]], *col[1])
                st.out_fill = col

        def set_stroke(col: Colour) -> None:
            if st.out_stroke != col:
                emit({"rgb": "RG", "cmyk": "K", "gray": "G"}[col[0]], *col[1])
                st.out_stroke = col

        for item in pikepdf.parse_content_stream(stream_owner):
            if isinstance(item, pikepdf.ContentStreamInlineImage):
                out.append(item)
                continue
            operands, op = list(item.operands), str(item.operator)
            nums = [float(v) for v in operands if isinstance(v, (int, float)) or _is_number(v)]
            if op == "q":
                stack.append(replace(st))
            elif op == "Q":
                st = stack.pop() if stack else st
            elif op == "cm" and len(nums) == 6:
                st.ctm = _mul(tuple(nums), st.ctm)  # type: ignore[arg-type]
            elif op in _SET:
                which, space = _SET[op]
                setattr(st, which, (space, tuple(nums)))
                continue  # written when something is painted with it
            elif op == "w" and nums:
                st.width = nums[0]
                continue
            elif op == "BT":
                tm = tlm = IDENTITY
            elif op == "Tf" and nums:
                st.font_size = nums[-1]
            elif op == "Tm" and len(nums) == 6:
                tm = tlm = tuple(nums)  # type: ignore[assignment]
            elif op in ("Td", "TD") and len(nums) == 2:
                tlm = _mul((1.0, 0.0, 0.0, 1.0, nums[0], nums[1]), tlm)
                tm = tlm
                if op == "TD":
                    leading = -nums[1]
            elif op == "TL" and nums:
                leading = nums[0]
            elif op in ("T*", "'", '"'):
                tlm = _mul((1.0, 0.0, 0.0, 1.0, 0.0, -leading), tlm)
                tm = tlm
            elif op in ("m", "l") and len(nums) == 2:
                path.append((nums[0], nums[1]))
            elif op in ("c", "v", "y"):
                path.extend(zip(nums[0::2], nums[1::2], strict=False))
            elif op == "re" and len(nums) == 4:
                x, y, w, h = nums
                path += [(x, y), (x + w, y + h)]
            if op in _TEXT_OPS:
                full = _mul(tm, st.ctm)
                x, y = _point(full, 0.0, 0.0)
                self.note("text", st.fill, st.font_size * _scale(full), (x, y))
                set_fill(self.text_colour(st.fill, st.font_size * _scale(full), x, y, areas))
            if op in _FILL_OPS or op in _STROKE_OPS:
                pts = [_point(st.ctm, px, py) for px, py in path]
                if op in _FILL_OPS:
                    xs, ys = [p[0] for p in pts] or [0.0], [p[1] for p in pts] or [0.0]
                    area = (max(xs) - min(xs)) * (max(ys) - min(ys))
                    self.note("fill", st.fill, area, (min(xs), min(ys)))
                    col = self.fill_colour(st.fill, area)
                    set_fill(col)
                    if area >= LARGE_AREA_PT2:
                        areas.rects.append((min(xs), min(ys), max(xs), max(ys), level_of(col)))
                if op in _STROKE_OPS:
                    scale = _scale(st.ctm) or 1.0
                    self.note("stroke", st.stroke, st.width * scale, pts[0] if pts else (0.0, 0.0))
                    on_paper = max(st.width * scale, MIN_STROKE_PT)
                    set_stroke(self.stroke_colour(st.stroke, on_paper))
                    want = st.width if st.width * scale >= MIN_STROKE_PT - 1e-6 else MIN_STROKE_PT / scale
                    if st.out_width != want:
                        emit("w", want)
                        st.out_width = want
            if op in _FILL_OPS or op in _STROKE_OPS or op == "n":
                path = []
            if op == "Do" and operands:
                self._form(resources, operands[0], st.ctm, areas)
            out.append(item)
        return bytes(pikepdf.unparse_content_stream(out))

    def _form(self, resources: Any, name: Any, ctm: Matrix, areas: Areas) -> None:
        xobjects = resources.get("/XObject") if resources is not None else None
        if xobjects is None or name not in xobjects:
            return
        xobj = xobjects[name]
        if xobj.get("/Subtype") == "/Image":
            self.note_image(xobj)
        if xobj.get("/Subtype") != "/Form":
            return
        matrix = tuple(float(v) for v in xobj.get("/Matrix", [1, 0, 0, 1, 0, 0]))
        full = _mul(matrix, ctm)  # type: ignore[arg-type]
        key = xobj.objgen
        # A form drawn several times (N-up copies) is rewritten once, for its smallest use.
        if key in self.done and self.done[key] <= _scale(full) + 1e-9:
            return
        self.done[key] = _scale(full)
        data = self.rewrite(xobj, xobj.get("/Resources"), full, areas)
        xobj.write(data)  # the form keeps its dictionary; saving compresses the stream again


def _is_number(v: Any) -> bool:
    try:
        float(v)
    except (TypeError, ValueError):
        return False
    return not isinstance(v, (str, bytes))


def apply_colour_rules(pdf: bytes, mode: ColorMode) -> bytes:
    """``pdf`` with the colour and hairline rules of ``mode`` applied to every page and form it draws."""
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as doc:
        rw = Rewriter(doc, mode)
        for page in doc.pages:
            data = rw.rewrite(page.obj, page.obj.get("/Resources"), IDENTITY, Areas())
            page.obj.Contents = doc.make_stream(data)
        out = io.BytesIO()
        doc.save(out, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.preserve,
                 deterministic_id=True)
    return out.getvalue()
