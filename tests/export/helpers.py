"""Reading exported files back: document XML queries and LibreOffice conversion."""

from __future__ import annotations

import shutil
import subprocess
import uuid
import zipfile
from pathlib import Path

import pytest
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}

SOFFICE = shutil.which("soffice")
"""LibreOffice, when installed."""

needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def part_xml(docx: Path, name: str) -> etree._Element:
    """Parse one part of a .docx/.xlsx package."""
    with zipfile.ZipFile(docx) as archive:
        return etree.fromstring(archive.read(name))


def instructions(root: etree._Element) -> list[str]:
    """Field instructions (``w:instrText``) in document order, stripped."""
    return [(node.text or "").strip() for node in root.iter(f"{{{W}}}instrText")]


def comment_anchors(docx: Path) -> dict[str, str]:
    """Comment id -> the document text between its range start and end."""
    root = part_xml(docx, "word/document.xml")
    open_ranges: dict[str, list[str]] = {}
    result: dict[str, str] = {}
    for node in root.iter():
        tag = etree.QName(node).localname
        if tag == "commentRangeStart":
            open_ranges[node.get(f"{{{W}}}id")] = []
        elif tag == "commentRangeEnd":
            cid = node.get(f"{{{W}}}id")
            result[cid] = "".join(open_ranges.pop(cid))
        elif tag == "t" and etree.QName(node.getparent().getparent()).localname != "comment":
            for parts in open_ranges.values():
                parts.append(node.text or "")
    return result


def comment_texts(docx: Path) -> dict[str, str]:
    """Comment id -> its text (paragraphs joined by newlines)."""
    root = part_xml(docx, "word/comments.xml")
    result = {}
    for comment in root.findall("w:comment", NS):
        paras = ["".join(t.text or "" for t in p.iter(f"{{{W}}}t")) for p in comment.findall("w:p", NS)]
        result[comment.get(f"{{{W}}}id")] = "\n".join(p.strip() for p in paras)
    return result


def convert(source: Path, target_format: str, outdir: Path) -> Path:
    """Convert with LibreOffice headless using a fresh profile (parallel runs never share one)."""
    assert SOFFICE is not None
    profile = outdir / f"lo-profile-{uuid.uuid4().hex}"
    outdir.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(
        [SOFFICE, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
         "--convert-to", target_format, "--outdir", str(outdir), str(source)],
        capture_output=True, text=True, timeout=180)
    produced = outdir / (source.stem + "." + target_format.split(":")[0])
    assert produced.is_file(), f"LibreOffice did not convert {source}: {proc.stdout} {proc.stderr}"
    shutil.rmtree(profile, ignore_errors=True)
    return produced


def pdf_pages(pdf: Path) -> int:
    """Page count from pdfinfo."""
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def pdf_text(pdf: Path) -> str:
    """The PDF's text (pdftotext, layout kept)."""
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
