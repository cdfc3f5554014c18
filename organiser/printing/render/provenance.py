"""Provenance inside the PDF: the info dictionary gains ``/OrganiserProvenance`` (statements and sources used)."""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFName, PDFString

from organiser.printing.layout.sources import SourceIndex


class ProvenanceInfo(PDFInfo):  # type: ignore[misc]
    """The info dictionary plus ``/OrganiserProvenance``: statement ids and source titles used."""

    provenance = ""

    def format(self, document: Any) -> bytes:
        # Same keys as PDFInfo.format (which has no hook for custom keys), plus the provenance.
        d: dict[str, Any] = {
            "Title": PDFString(self.title),
            "Author": PDFString(self.author),
            "Producer": PDFString(self.producer),
            "Creator": PDFString(self.creator),
            "Subject": PDFString(self.subject),
            "Keywords": PDFString(self.keywords),
            "Trapped": PDFName(self.trapped),
        }
        d["ModDate"] = d["CreationDate"] = PDFDate(ts=document._timeStamp, dateFormatter=self._dateFormatter)
        if self.provenance:
            d["OrganiserProvenance"] = PDFString(self.provenance)
        out: bytes = PDFDictionary(d).format(document)
        return out


def provenance_line(sources: SourceIndex) -> str:
    """Which statements and sources a flyer prints, kept in the PDF so a handout can be traced to its texts."""
    ids = ",".join(str(i) for i in sources.statement_ids)
    titles = " | ".join(c.source_title for c in sources.entries if c.source_title)
    return f"statements: {ids}; sources: {titles}" if (ids or titles) else ""
