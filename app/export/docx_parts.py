"""What python-docx 1.2 has no API for, written once: fields, repeated header rows, cell
shading, alt text, the proofing language, styles borrowed from another document.

Elements are inserted in the order the WordprocessingML schema requires (`CT_TrPr`:
cantSplit before tblHeader; `CT_TcPr`: shd before vAlign): Word calls a file with
elements out of order unreadable. Import this module only where python-docx is wanted: it
imports it.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from typing import Any

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Length
from docx.styles import BabelFish
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

#: What may follow each element we add, in schema order (see the module's docstring).
_AFTER_SHD = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign",
              "w:hideMark", "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge",
              "w:tcPrChange")
_AFTER_TBL_HEADER = ("w:tblCellSpacing", "w:jc", "w:hidden", "w:ins", "w:del",
                     "w:trPrChange")
_AFTER_CANT_SPLIT = ("w:trHeight", "w:tblHeader", *_AFTER_TBL_HEADER)
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")


def shade_cell(cell: _Cell, fill: str) -> None:
    """Fill a table cell with a colour ("C6EFCE"); a new element for every cell."""
    properties = cell._tc.get_or_add_tcPr()
    for old in properties.findall(qn("w:shd")):
        properties.remove(old)
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.insert_element_before(shading, *_AFTER_SHD)


def repeat_as_header(row: _Row) -> None:
    """Repeat this (leading) row at the top of every page the table runs onto."""
    properties = row._tr.get_or_add_trPr()
    if properties.find(qn("w:tblHeader")) is None:
        properties.insert_element_before(OxmlElement("w:tblHeader"), *_AFTER_TBL_HEADER)


def keep_row_on_one_page(row: _Row) -> None:
    """Forbid a page break inside the row (for short rows: a taller one would overflow)."""
    properties = row._tr.get_or_add_trPr()
    if properties.find(qn("w:cantSplit")) is None:
        properties.insert_element_before(OxmlElement("w:cantSplit"), *_AFTER_CANT_SPLIT)


def set_table_look(table: Table, *, first_row: bool, first_column: bool = False) -> None:
    """Say which conditional parts of the table style apply (header row, first column)."""
    properties = table._tbl.tblPr
    look = properties.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        properties.insert_element_before(look, "w:tblCaption", "w:tblDescription",
                                          "w:tblPrChange")
    flags = {"firstRow": first_row, "lastRow": False, "firstColumn": first_column,
             "lastColumn": False, "noHBand": True, "noVBand": True}
    for name, on in flags.items():
        look.set(qn(f"w:{name}"), "1" if on else "0")
    value = (0x20 if first_row else 0) | (0x80 if first_column else 0) | 0x600
    look.set(qn("w:val"), f"{value:04X}")


def set_column_widths(table: Table, widths: Sequence[Length]) -> None:
    """Fix the columns' widths: the grid (LibreOffice reads it) and every cell (Word does)."""
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def add_field(paragraph: Paragraph, instruction: str, shown: str = "1") -> None:
    """Append a Word field (« PAGE », « NUMPAGES ») as begin / instruction / separate / end
    runs; Word and LibreOffice compute it when they lay the document out."""
    parts: list[tuple[str, str]] = [("begin", ""), ("instr", f" {instruction} "),
                                    ("separate", ""), ("text", shown), ("end", "")]
    for kind, text in parts:
        run = paragraph.add_run()
        if kind == "text":
            run.text = text
        elif kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
            run._r.append(element)
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
            run._r.append(element)


def field_instructions(part_element: Any) -> list[str]:
    """The instructions of the fields under an element (« PAGE », « NUMPAGES »), in order."""
    found = [text.strip() for text in part_element.xpath(".//w:instrText/text()")]
    found += [instr.strip() for instr in part_element.xpath(".//w:fldSimple/@w:instr")]
    return found


def set_alt_text(inline_shape: Any, text: str) -> None:
    """Describe a picture for screen readers and the accessibility checker (alt text)."""
    properties = inline_shape._inline.docPr
    properties.set("descr", text)
    properties.set("title", text[:250])


def set_proofing_language(document: Any, language: str = "fr-FR") -> None:
    """Make `language` the document's default for spelling and grammar (styles' defaults)."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    run_defaults = _child(defaults, "w:rPrDefault", first=True)
    properties = _child(run_defaults, "w:rPr")
    lang = properties.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        properties.insert_element_before(lang, *_AFTER_LANG)
    lang.set(qn("w:val"), language)
    lang.set(qn("w:eastAsia"), language)


def _child(parent: Any, tag: str, *, first: bool = False) -> Any:
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        if first:
            parent.insert(0, found)
        else:
            parent.append(found)
    return found


def clear_body(document: Any) -> None:
    """Remove every paragraph and table of the body, keeping its section properties (page
    size, margins, and the links to the headers and footers)."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def style_ids(document: Any) -> dict[str, str]:
    """The style ids of a document by the name stored in the file, which for Word's built-in
    styles is the English one in lower case whatever Word's language (« heading 1 » →
    « Heading1 », or « Titre1 » in a file saved by a French Word)."""
    found = {}
    for style in document.styles.element.findall(qn("w:style")):
        name = style.find(qn("w:name"))
        if name is not None:
            found[name.get(qn("w:val"))] = style.get(qn("w:styleId"))
    return found


def copy_missing_styles(document: Any, source: Any, names: Iterable[str]) -> list[str]:
    """Copy from `source` the styles of `names` that `document` lacks, with the styles they
    are based on and linked to; returns the names copied.

    A company's template saved by Word defines only the styles it uses: without this, the
    first « Heading 1 » of the minutes would fail. Styles are matched by name, not id (a
    French Word calls « Normal Table » TableauNormal): a reference to a style the document
    has is pointed at its own id, and a copied style never takes an id already in use.
    """
    have = style_ids(document)
    elements = {s.get(qn("w:styleId")): s for s in source.styles.element.findall(
        qn("w:style"))}
    source_ids = style_ids(source)
    source_names = {style_id: name for name, style_id in source_ids.items()}
    pending = [source_ids[name] for name in map(BabelFish.ui2internal, names)
               if name not in have and name in source_ids]
    mapped: dict[str, str] = {}  # source id -> the document's id for the same style
    added: list[Any] = []
    while pending:
        style_id = pending.pop()
        name = source_names.get(style_id)
        if style_id in mapped or name is None:
            continue
        if name in have:
            mapped[style_id] = have[name]
            continue
        element = copy.deepcopy(elements[style_id])
        new_id = style_id if style_id not in have.values() else f"Vigie{style_id}"
        element.set(qn("w:styleId"), new_id)
        document.styles.element.append(element)
        have[name] = mapped[style_id] = new_id
        added.append(element)
        pending += [ref.get(qn("w:val")) for ref in _references(element)]
    for element in added:
        for ref in _references(element):
            ref.set(qn("w:val"), mapped.get(ref.get(qn("w:val")), ref.get(qn("w:val"))))
    return [BabelFish.internal2ui(e.find(qn("w:name")).get(qn("w:val"))) for e in added]


def _references(style: Any) -> list[Any]:
    """The basedOn, link and next elements of a style."""
    return [ref for tag in ("w:basedOn", "w:link", "w:next")
            if (ref := style.find(qn(tag))) is not None]
