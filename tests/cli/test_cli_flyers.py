"""The flyer commands as a user runs them: whole processes, exit codes, stdout/stderr."""

from __future__ import annotations

import json
from pathlib import Path

from organiser.flyers.file_format import dumps
from organiser.flyers.model import Flyer, Headline, Quote
from tests.cli.conftest import run_organiser

CSV = "\ufeff,Israel in Palestine,Russia in Ukraine\nOccupation?,Yes. Since 1967,Yes – since 2014\n"






def test_render_warnings_strict_and_errors(tmp_path: Path, db: Path) -> None:
    flyer = tmp_path / "f.json"
    flyer.write_text(dumps(Flyer("T", (Headline("h", "Hello"), Quote("q1", "No source")))), encoding="utf-8")
    out = tmp_path / "out.pdf"
    res = run_organiser(db, "render", str(flyer), "-o", str(out), "--nup", "4")
    assert res.returncode == 0, res.stderr
    assert out.read_bytes().startswith(b"%PDF") and "wrote" in res.stdout
    assert "warning: [block q1] " in res.stderr and "Traceback" not in res.stderr

    res = run_organiser(db, "render", str(flyer), "-o", str(out), "--strict")
    assert res.returncode == 1 and "--strict" in res.stderr

    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "organiser-flyer", "version": 1, "flyer": {"title": "x", "page": {"paper": "B9"}}}')
    res = run_organiser(db, "render", str(bad), "-o", str(tmp_path / "b.pdf"))
    assert res.returncode == 1 and not (tmp_path / "b.pdf").exists()
    assert res.stderr.strip() == f"error: {bad}: page.paper: 'B9' is not one of A2, A3, A4, A5, A6, A7, Letter, Tabloid"

    assert run_organiser(db, "render", str(flyer), "-o", str(out), "--nup", "3").returncode == 2


def test_render_for_a_shop_as_pdfx_on_sra3_sheets(tmp_path: Path, db: Path) -> None:
    flyer = tmp_path / "f.json"
    flyer.write_text(dumps(Flyer("T", (Headline("h", "Hello"),))), encoding="utf-8")
    out = tmp_path / "out.pdf"
    res = run_organiser(db, "render", str(flyer), "-o", str(out), "--mode", "shop", "--nup", "4", "--sheet", "SRA3",
                        "--pdfx")
    assert res.returncode == 0, res.stderr
    pdf = out.read_bytes()
    assert pdf.startswith(b"%PDF-1.6") and b"/GTS_PDFX" in pdf and b"/TrimBox" in pdf
    res = run_organiser(db, "render", str(flyer), "-o", str(out), "--pdfa", "--grayscale")
    assert res.returncode == 0, res.stderr
    assert b"/GTS_PDFA1" in out.read_bytes()


def test_table_import_flyer_show_import_export_delete(tmp_path: Path, db: Path) -> None:
    chart = tmp_path / "chart.csv"
    chart.write_text(CSV, encoding="utf-8")
    res = run_organiser(db, "table", "import", str(chart), "--title", "Occupation")
    assert res.returncode == 0, res.stderr
    fid = res.stdout.strip()

    res = run_organiser(db, "flyer", "list", "--json")
    listed = json.loads(res.stdout)
    assert any(str(f["id"]) == fid and f["title"] == "Occupation" for f in listed)

    shown = run_organiser(db, "flyer", "show", fid)
    doc = json.loads(shown.stdout)
    assert doc["format"] == "organiser-flyer" and doc["flyer"]["blocks"][1]["kind"] == "comparison"
    copy = tmp_path / "copy.json"
    copy.write_text(shown.stdout, encoding="utf-8")
    new_id = run_organiser(db, "flyer", "import", str(copy)).stdout.strip()
    assert new_id.isdigit() and new_id != fid

    out_csv = tmp_path / "back.csv"
    assert run_organiser(db, "table", "export", new_id, "-o", str(out_csv)).returncode == 0
    assert out_csv.read_text(encoding="utf-8-sig").splitlines()[1] == "Occupation?,Yes. Since 1967,Yes – since 2014"

    res = run_organiser(db, "flyer", "export", new_id, "-o", str(tmp_path / "c.png"))
    assert res.returncode == 0 and (tmp_path / "c.png").read_bytes().startswith(b"\x89PNG")

    assert run_organiser(db, "flyer", "delete", new_id).returncode == 0
    res = run_organiser(db, "flyer", "show", new_id)
    assert res.returncode == 1 and res.stderr.startswith("error: ") and "Traceback" not in res.stderr


def test_table_export_writes_verdict_words_in_the_flyers_language(tmp_path: Path, db: Path) -> None:
    chart = tmp_path / "chart.csv"
    chart.write_text(CSV, encoding="utf-8")
    fid = run_organiser(db, "table", "import", str(chart)).stdout.strip()
    doc = json.loads(run_organiser(db, "flyer", "show", fid).stdout)
    doc["flyer"]["lang"] = "uk"
    ukrainian = tmp_path / "uk.json"
    ukrainian.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    uk_id = run_organiser(db, "flyer", "import", str(ukrainian)).stdout.strip()
    out_csv = tmp_path / "uk.csv"
    assert run_organiser(db, "table", "export", uk_id, "-o", str(out_csv)).returncode == 0
    assert out_csv.read_text(encoding="utf-8-sig").splitlines()[1] == "Occupation?,Так. Since 1967,Так – since 2014"
