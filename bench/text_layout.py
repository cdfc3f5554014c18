"""Benchmark: warm wrap+draw of ScriptParagraph per 250-character paragraph vs a plain ReportLab Paragraph."""

from __future__ import annotations

import io
import time
from collections.abc import Callable

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from organiser.printing.layout import ScriptParagraph, TextStyle, font_name

WIDTH = 300.0
SAMPLES = {
    "english": "Residents of the northern estate met on Thursday to discuss the proposed closure of the "
    "library and agreed to collect signatures, print leaflets in four languages and invite the councillors",
    "ukrainian": "Мешканці північного кварталу зібралися в четвер, щоб обговорити закриття бібліотеки, "
    "і вирішили зібрати підписи, надрукувати листівки чотирма мовами та запросити депутатів Ґалаґан Їжакевич",
    "arabic": "اجتمع سكان الحي الشمالي يوم الخميس لمناقشة الإغلاق المقترح للمكتبة واتفقوا على جمع التواقيع "
    "وطباعة المنشورات بأربع لغات ودعوة أعضاء المجلس للإجابة عن الأسئلة علنا في الساعة 18:30 يوم 2024",
    "hebrew": "תושבי השכונה הצפונית נפגשו ביום חמישי כדי לדון בסגירה המוצעת של הספרייה והסכימו לאסוף "
    "חתימות, להדפיס עלונים בארבע שפות ולהזמין את חברי המועצה לענות על שאלות בפומבי בשעה 18:30 ב-2024",
    "mixed": "Meeting اجتماع зустріч פגישה on Thursday (الخميس) at 18:30 — library closure, signatures, "
    "leaflets in four languages: English, українська, العربية, עברית; invite councillors to answer.",
}


def fit(text: str) -> str:
    """Repeat/cut to exactly 250 characters at a word boundary-ish."""
    while len(text) < 250:
        text = text + " " + text
    return text[:250].rstrip()


def per_call(fn: Callable[[], None], n: int) -> float:
    fn()
    t0 = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - t0) / n * 1000.0


def main() -> None:
    canv = Canvas(io.BytesIO(), initialFontName=font_name("sans"))
    style = TextStyle(size=11)
    results: dict[str, float] = {}
    print(f"warm wrap+draw per 250-char paragraph, width {WIDTH:.0f} pt, 11 pt DejaVu Sans")
    for name, sample in SAMPLES.items():
        text = fit(sample)
        lines = 0

        def run(text: str = text) -> None:
            nonlocal lines
            p = ScriptParagraph(text, style)
            p.wrap(WIDTH, 10_000)
            p.drawOn(canv, 72, 72)
            lines = len(p.lines)

        results[name] = ms = per_call(run, 300)
        wrap_only = per_call(lambda text=text: ScriptParagraph(text, style).wrap(WIDTH, 10_000) and None, 300)
        print(f"  {name:10s} {ms:6.3f} ms  (wrap only {wrap_only:5.3f} ms, {lines} lines, {len(text)} chars)")
    pstyle = ParagraphStyle("p", fontName=font_name("sans"), fontSize=11, leading=14.3)
    text = fit(SAMPLES["english"])

    def plain() -> None:
        p = Paragraph(text, pstyle)
        p.wrap(WIDTH, 10_000)
        p.drawOn(canv, 72, 72)

    base = per_call(plain, 300)
    print(f"  plain reportlab Paragraph (english): {base:.3f} ms")
    print(f"  ratio ScriptParagraph/Paragraph (english): {results['english'] / base:.2f}x")
    cold = time.perf_counter()
    ScriptParagraph(fit(SAMPLES["arabic"]).replace("ا", "أ"), style).wrap(WIDTH, 10_000)
    print(f"  cold wrap of an unseen Arabic paragraph: {(time.perf_counter() - cold) * 1000:.2f} ms")


if __name__ == "__main__":
    main()
