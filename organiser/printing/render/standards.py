"""PDF/X-4 (print exchange) and PDF/A-2b (archive) conformance: OutputIntent, XMP, info keys, page boxes.

Written with pikepdf on the finished (and imposed) PDF. The rules checked here are listed in ``RULES`` and
tested one by one, since no PDF/A or PDF/X validator installs from the package registries this project uses.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from typing import Any, Literal

from organiser.printing.color import ColorMode
from organiser.printing.icc import (
    OUTPUT_CONDITION,
    OUTPUT_CONDITION_ID,
    REGISTRY,
    cmyk_profile_bytes,
    srgb_profile_bytes,
)

Standard = Literal["pdfx", "pdfa"]
STANDARDS: tuple[Standard, ...] = ("pdfx", "pdfa")

# What `conform` makes true, and `checks.standard_problems` verifies on any PDF.
RULES: dict[Standard, tuple[str, ...]] = {
    "pdfx": (
        "PDF version 1.6 or lower with a binary header comment",
        "an OutputIntent /S /GTS_PDFX with an embedded CMYK output profile (DestOutputProfile, N 4)",
        "info dictionary: GTS_PDFXVersion (PDF/X-4), Title, Trapped True or False",
        "XMP metadata: pdfxid:GTS_PDFXVersion, dc:title, xmp:CreateDate/ModifyDate/MetadataDate, "
        "xmpMM:DocumentID/VersionID/RenditionClass, pdf:Trapped",
        "every page has a TrimBox inside its BleedBox, inside its MediaBox",
        "every font is embedded",
        "no RGB colour: no rg/RG operators and no DeviceRGB images or colour spaces",
        "a document ID in the trailer; no encryption",
    ),
    "pdfa": (
        "XMP metadata: pdfaid:part 2, pdfaid:conformance B, consistent with the info dictionary",
        "an OutputIntent /S /GTS_PDFA1 with an embedded ICC profile that matches the device colours used",
        "every font is embedded",
        "no JavaScript, no embedded files, no encryption, no LZW",
        "a document ID in the trailer",
    ),
}


def _intent(pdf: Any, subtype: str, profile: Any, n: int) -> Any:
    import pikepdf

    cmyk = n == 4
    return pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent,
        S=pikepdf.Name(subtype),
        OutputConditionIdentifier=pikepdf.String(OUTPUT_CONDITION_ID if cmyk else "sRGB IEC61966-2.1"),
        OutputCondition=pikepdf.String(OUTPUT_CONDITION if cmyk else "sRGB display"),
        RegistryName=pikepdf.String(REGISTRY),
        Info=pikepdf.String(OUTPUT_CONDITION if cmyk else "sRGB IEC61966-2.1"),
        DestOutputProfile=profile,
    ))


def add_output_intents(pdf: Any, colour: ColorMode, subtypes: tuple[str, ...]) -> None:
    """One ICC profile (press CMYK, or sRGB for an RGB archive) referenced by each requested intent."""
    import pikepdf

    cmyk = colour != "rgb"
    data = cmyk_profile_bytes() if cmyk else srgb_profile_bytes()
    n = 4 if cmyk else 3
    profile = pdf.make_stream(data)
    profile.N = n
    profile.Alternate = pikepdf.Name.DeviceCMYK if cmyk else pikepdf.Name.DeviceRGB
    pdf.Root.OutputIntents = pikepdf.Array([_intent(pdf, s, profile, n) for s in subtypes])


def _document_id(pdf: Any) -> str:
    first = bytes(pdf.trailer.ID[0]) if "/ID" in pdf.trailer else hashlib.sha1(b"organiser").digest()
    return "uuid:" + hashlib.md5(first).hexdigest()


def _set_xmp(pdf: Any, standards: tuple[Standard, ...]) -> None:
    info = pdf.docinfo
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        with warnings.catch_warnings():  # custom keys (provenance, GTS_PDFXVersion) stay in the info dict only
            warnings.simplefilter("ignore", UserWarning)
            meta.load_from_docinfo(info, delete_missing=False, raise_failure=False)
        doc_id = _document_id(pdf)
        meta["xmpMM:DocumentID"] = doc_id
        meta["xmpMM:InstanceID"] = doc_id
        meta["xmpMM:VersionID"] = "1"
        meta["xmpMM:RenditionClass"] = "default"
        modified = meta.get("xmp:ModifyDate")
        if modified:
            meta["xmp:MetadataDate"] = modified
        if "pdfx" in standards:
            meta["pdfxid:GTS_PDFXVersion"] = "PDF/X-4"
            meta["pdf:Trapped"] = "False"
        if "pdfa" in standards:
            meta["pdfaid:part"] = "2"
            meta["pdfaid:conformance"] = "B"


def conform(pdf_bytes: bytes, colour: ColorMode, standards: tuple[Standard, ...]) -> bytes:
    """``pdf_bytes`` made a PDF/X-4 and/or PDF/A-2b file; CMYK or grey output for PDF/X (the caller's job).

    Plain CMYK output also names its press condition (an OutputIntent with the profile), so a shop's RIP and
    Acrobat's output preview use the profile the colours were converted with.
    """
    import pikepdf

    if not standards:
        if colour != "cmyk":
            return pdf_bytes
        with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
            add_output_intents(pdf, colour, ("/GTS_PDFX",))
            out = io.BytesIO()
            pdf.save(out, deterministic_id=True)
        return out.getvalue()
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        subtypes = tuple({"pdfx": "/GTS_PDFX", "pdfa": "/GTS_PDFA1"}[s] for s in standards)
        add_output_intents(pdf, colour, subtypes)
        info = pdf.docinfo
        if not str(info.get("/Title", "")).strip():
            info.Title = pikepdf.String("Untitled")
        if "pdfx" in standards:
            info.GTS_PDFXVersion = pikepdf.String("PDF/X-4")
            info.Trapped = pikepdf.Name("/False")
        _set_xmp(pdf, standards)
        for page in pdf.pages:
            if "/TrimBox" not in page.obj:
                page.obj.TrimBox = page.obj.MediaBox
            if "/BleedBox" not in page.obj:
                page.obj.BleedBox = page.obj.TrimBox
        out = io.BytesIO()
        if "pdfx" in standards:  # PDF/X-4 files are PDF 1.6 at most
            pdf.save(out, force_version="1.6", deterministic_id=True)
        else:
            pdf.save(out, deterministic_id=True)
    return out.getvalue()
