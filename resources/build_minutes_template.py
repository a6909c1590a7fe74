"""Build the minutes template that Vigie ships: `resources/minutes_template.docx`.

    uv run python resources/build_minutes_template.py

The template gives the minutes their styles (Arial, navy headings, the « Vigie Tableau »
table style with a header row), an A4 page, a header with the client's name and a logo
placeholder, and a footer with the committee and « Page X sur Y » as Word fields. Its body
is a short guide for whoever adapts it in Word, with a sample of each style: Vigie replaces
it with the minutes. The header and footer hold docxtpl fields (docs/minutes-template.md).

The logo placeholder (`minutes_logo_placeholder.png`) is left out of exported minutes as
long as nobody has replaced it by a real logo (see `app.export.minutes_template`).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from docx import Document  # noqa: E402
from docx.enum.style import WD_STYLE_TYPE  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402

from app.export import docx_parts  # noqa: E402

TEMPLATE = HERE / "minutes_template.docx"
PLACEHOLDER = HERE / "minutes_logo_placeholder.png"

FONT = "Arial"  # on every Windows; LibreOffice uses the metric-compatible Liberation Sans
INK = RGBColor(0x1D, 0x2A, 0x3A)
NAVY = RGBColor(0x1F, 0x3A, 0x5F)
BLUE = RGBColor(0x1F, 0x5F, 0xAE)
MUTED = RGBColor(0x5B, 0x6B, 0x7D)
RULE = "B8C4D2"
TEXT_WIDTH = Cm(17)

TABLE_STYLE = f"""
<w:style {nsdecls('w')} w:type="table" w:customStyle="1" w:styleId="VigieTableau">
  <w:name w:val="Vigie Tableau"/>
  <w:basedOn w:val="TableNormal"/>
  <w:uiPriority w:val="59"/>
  <w:qFormat/>
  <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
  <w:tblPr>
    <w:tblBorders>
      <w:top w:val="single" w:sz="4" w:space="0" w:color="{RULE}"/>
      <w:left w:val="single" w:sz="4" w:space="0" w:color="{RULE}"/>
      <w:bottom w:val="single" w:sz="4" w:space="0" w:color="{RULE}"/>
      <w:right w:val="single" w:sz="4" w:space="0" w:color="{RULE}"/>
      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="{RULE}"/>
      <w:insideV w:val="single" w:sz="4" w:space="0" w:color="{RULE}"/>
    </w:tblBorders>
    <w:tblCellMar>
      <w:top w:w="45" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>
      <w:bottom w:w="45" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>
    </w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:rPr><w:b/><w:bCs/></w:rPr>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="DCE4EE"/></w:tcPr>
  </w:tblStylePr>
  <w:tblStylePr w:type="firstCol">
    <w:rPr><w:b/><w:bCs/></w:rPr>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="EEF2F7"/></w:tcPr>
  </w:tblStylePr>
</w:style>
"""

GUIDE = (
    "Ce document est le modèle des comptes rendus de comité de Vigie. Il leur donne leurs "
    "styles, leur en-tête et leur pied de page ; son texte, que vous lisez, est remplacé par "
    "le compte rendu.",
    "Pour l'adapter à votre société : remplacez l'image « Logo » de l'en-tête par votre "
    "logo (clic droit ▸ Changer l'image), modifiez les styles (Titre, Titre 1, Titre 2, "
    "Normal, Vigie Tableau…), enregistrez-le au format .docx, puis choisissez-le dans Vigie "
    "(Fichier ▸ Modèle de compte rendu…).",
    "Les champs entre doubles accolades, comme le nom du client dans l'en-tête, sont "
    "remplis à chaque export ; leur liste est dans docs/minutes-template.md.",
)


def main() -> None:
    """Write the template and its logo placeholder next to this script."""
    PLACEHOLDER.write_bytes(placeholder_png())
    document = Document()
    _page(document)
    _styles(document)
    _header(document)
    _footer(document)
    _guide(document)
    properties = document.core_properties
    properties.title = "Modèle de compte rendu de comité"
    properties.author = "Vigie"
    properties.language = "fr-FR"
    properties.comments = ""
    properties.revision = 1
    document.save(TEMPLATE)
    print(f"{TEMPLATE.relative_to(HERE.parent)} écrit.")


def placeholder_png() -> bytes:
    """A light frame reading « Logo », 3.2 × 1.2 cm at 300 dpi."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (378, 142), "white")
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((3, 3, 374, 138), radius=14, outline=(184, 196, 210), width=4)
    font = ImageFont.load_default(size=48)
    draw.text((189, 71), "Logo", fill=(140, 152, 166), font=font, anchor="mm")
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(300, 300), optimize=True)
    return out.getvalue()


def _page(document: Document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2)
    section.header_distance = section.footer_distance = Cm(0.9)


def _styles(document: Document) -> None:
    styles = document.styles
    docx_parts.set_proofing_language(document, "fr-FR")
    _font(styles["Normal"], 10, INK)
    styles["Normal"].paragraph_format.space_after = Pt(4)
    styles["Normal"].paragraph_format.line_spacing = 1.1
    _paragraph(styles["Title"], 20, NAVY, bold=True, before=0, after=2)
    _paragraph(styles["Subtitle"], 12, MUTED, before=0, after=10)
    _paragraph(styles["Heading 1"], 14, NAVY, bold=True, before=16, after=6)
    _paragraph(styles["Heading 2"], 11.5, BLUE, bold=True, before=10, after=4)
    _paragraph(styles["Heading 3"], 10.5, INK, bold=True, before=8, after=3)
    _paragraph(styles["Caption"], 8.5, MUTED, before=2, after=8)
    styles["Caption"].font.italic = True
    for name in ("Title", "Subtitle"):  # no letter spacing, no list numbering
        _strip(styles[name].element.rPr, "w:spacing")
        _strip(styles[name].element.get_or_add_pPr(), "w:numPr", "w:pBdr")
    _rule_below(styles["Heading 1"])
    remark = styles.add_style("Vigie Remarque", WD_STYLE_TYPE.PARAGRAPH)
    remark.base_style = styles["Normal"]
    _font(remark, 10, MUTED)
    remark.font.italic = True
    cell = styles.add_style("Vigie Cellule", WD_STYLE_TYPE.PARAGRAPH)
    cell.base_style = styles["Normal"]
    cell.font.size = Pt(9)
    cell.paragraph_format.space_before = cell.paragraph_format.space_after = Pt(0)
    cell.paragraph_format.line_spacing = 1.0
    heading = styles.add_style("Vigie En-tête de tableau", WD_STYLE_TYPE.PARAGRAPH)
    heading.base_style = cell
    heading.font.bold = True
    heading.font.color.rgb = NAVY
    for name in ("Header", "Footer"):
        _font(styles[name], 8.5, MUTED)
        stops = styles[name].paragraph_format.tab_stops
        for stop in list(stops):
            stops._pPr.tabs.remove(stop._tab)  # Letter-sized stops; text left, then right
        stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    styles.element.append(parse_xml(TABLE_STYLE))


def _font(style, size: float, color: RGBColor) -> None:
    style.font.name = FONT
    style.font.size = Pt(size)
    style.font.color.rgb = color
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(docx_parts.qn(attribute), FONT)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(docx_parts.qn(theme), None)


def _paragraph(style, size: float, color: RGBColor, *, bold: bool = False, before: float,
               after: float) -> None:
    _font(style, size, color)
    style.font.bold = bold
    style.font.italic = False
    style.paragraph_format.space_before = Pt(before)
    style.paragraph_format.space_after = Pt(after)


def _strip(element, *tags: str) -> None:
    for tag in tags:
        for child in element.findall(docx_parts.qn(tag)):
            element.remove(child)


def _rule_below(style) -> None:
    _strip(style.element.pPr, "w:pBdr")
    border = parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" '
                       f'w:space="2" w:color="{RULE}"/></w:pBdr>')
    style.element.pPr.insert_element_before(
        border, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
        "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
        "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
        "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
        "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
        "w:pPrChange")


def _header(document: Document) -> None:
    header = document.sections[0].header
    header.is_linked_to_previous = False
    table = header.add_table(1, 2, TEXT_WIDTH)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    docx_parts.set_column_widths(table, [Cm(6), Cm(11)])
    logo_cell, text_cell = table.rows[0].cells
    logo = logo_cell.paragraphs[0].add_run().add_picture(io.BytesIO(PLACEHOLDER.read_bytes()),
                                                          width=Cm(3.2))
    docx_parts.set_alt_text(logo, "Logo")
    name = text_cell.paragraphs[0]
    name.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = name.add_run("{{ client.nom }}")
    run.bold = True
    run.font.color.rgb = NAVY
    run.font.size = Pt(10)
    what = text_cell.add_paragraph("Compte rendu — {{ comite.type }}")
    what.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for paragraph in (name, what):
        paragraph.style = document.styles["Header"]
    header.paragraphs[0].paragraph_format.space_after = Pt(0)


def _footer(document: Document) -> None:
    footer = document.sections[0].footer
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    paragraph.style = document.styles["Footer"]
    paragraph.add_run("{{ comite.titre }} — {{ comite.date }}")
    paragraph.add_run("\tPage ")
    docx_parts.add_field(paragraph, "PAGE", "1")
    paragraph.add_run(" sur ")
    docx_parts.add_field(paragraph, "NUMPAGES", "1")


def _guide(document: Document) -> None:
    docx_parts.clear_body(document)
    document.add_paragraph("Modèle de compte rendu", style="Title")
    document.add_paragraph("Comité de pilotage — exemple de styles", style="Subtitle")
    document.add_paragraph("Ce modèle", style="Heading 1")
    for text in GUIDE:
        document.add_paragraph(text)
    document.add_paragraph("Un titre de niveau 2", style="Heading 2")
    document.add_paragraph("Une remarque (style Vigie Remarque).", style="Vigie Remarque")
    table = document.add_table(3, 3, style=document.styles["Vigie Tableau"])
    docx_parts.set_table_look(table, first_row=True)
    for r, row in enumerate((("Colonne", "Colonne", "Colonne"), ("Texte", "Texte", "Texte"),
                             ("Texte", "Texte", "Texte"))):
        style = document.styles["Vigie En-tête de tableau" if r == 0 else "Vigie Cellule"]
        for cell, text in zip(table.rows[r].cells, row, strict=True):
            cell.text = text
            cell.paragraphs[0].style = style
    docx_parts.repeat_as_header(table.rows[0])
    document.add_paragraph("Légende d'une figure (style Légende).", style="Caption")


if __name__ == "__main__":
    main()
