#!/usr/bin/python3
"""The .docx of `jixiao export` read back with an independent reader (Debian's python3-docx).

    docx_readback.py JIXIAO SAMPLE.json DRAFT.json

Exports the sample and a draft with the real command and checks what Word and WPS will
see: A4 and the GB/T 9704 margins (to 0.5 mm), the 22-line grid, the faces by their
official names, the exact sentences, the score table as a table with its values, the chart
pictures, PAGE fields in the odd and even footers, the document properties, and 草稿 in
every header of the draft. Exit 0 when all hold; the failures are listed otherwise.
"""
import datetime
import os
import subprocess
import sys
import tempfile

import docx
from docx.oxml.ns import qn

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
    return condition


def export(jixiao, source, out):
    # As a user runs it, with nothing set up (no display, no environment).
    r = subprocess.run(["env", "-i", jixiao, "export", source, "-o", out], capture_output=True, text=True, timeout=120)
    if r.returncode != 0:
        sys.exit(f"jixiao export {source} failed ({r.returncode}): {r.stderr}")
    return r.stderr


def east_asian_font(style):
    fonts = style.element.rPr.find(qn("w:rFonts")) if style.element.rPr is not None else None
    return None if fonts is None else fonts.get(qn("w:eastAsia"))


def has_page_field(part):
    xml = part._element.xml
    return "PAGE" in "".join(t.text or "" for t in part._element.iter(qn("w:instrText"))) and "fldChar" in xml


def main(jixiao, sample, draft):
    tmp = tempfile.mkdtemp()
    out = os.path.join(tmp, "sample.docx")
    export(jixiao, sample, out)
    d = docx.Document(out)

    section = d.sections[0]
    for name, value, mm in [("page width", section.page_width, 210), ("page height", section.page_height, 297),
                            ("top margin", section.top_margin, 37), ("bottom margin", section.bottom_margin, 35),
                            ("left margin", section.left_margin, 28), ("right margin", section.right_margin, 26)]:
        check(abs(value.mm - mm) <= 0.5, f"{name} is {value.mm:.2f} mm, not {mm}")
    grid = section._sectPr.find(qn("w:docGrid"))
    check(grid is not None and grid.get(qn("w:type")) == "linesAndChars", "no lines-and-characters document grid")
    pitch = int(grid.get(qn("w:linePitch")))
    type_height_twips = 225 / 25.4 * 72 * 20
    check(int(type_height_twips // pitch) == 22, f"grid line pitch {pitch} twips does not give 22 lines")

    for style, face in [("Normal", "仿宋_GB2312"), ("heading 1", "黑体"), ("heading 2", "楷体_GB2312"),
                        ("Title", "方正小标宋简体")]:
        check(east_asian_font(d.styles[style]) == face, f"style {style} is not set in {face}")
    check(d.styles["Normal"].font.size.pt == 16, "body is not 三号 (16 pt)")
    check(d.styles["Title"].font.size.pt == 22, "title is not 二号 (22 pt)")

    text = "\n".join(p.text for p in d.paragraphs)
    for sentence in ["“三公经费”控制率=9.60/9.72*100%=98.77%", "湘潭市行政审批服务局", "一、部门概况", "（一）基本情况"]:
        check(sentence in text, f"the sentence {sentence} is missing")
    check(d.paragraphs[0].style.name == "Title", "the first paragraph is not the title")

    check(len(d.tables) == 2, f"{len(d.tables)} tables, not the score and indicator tables")
    score = d.tables[0]
    header = [c.text for c in score.rows[0].cells]
    check(header == ["一级指标", "二级指标", "三级指标", "分值", "得分", "扣分原因"], f"score table header {header}")
    check(score.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None, "the score table's header row does not repeat")
    total = [c.text for c in score.rows[-1].cells]
    check(total[0] == total[1] == total[2] == "合计", f"合计 does not span the name columns: {total}")
    check(total[3] == "100.00", f"the weights do not add up to 100.00: {total}")
    check(score.rows[1].cells[0].text == score.rows[2].cells[0].text == "投入", "一级指标 投入 is not merged down")
    widths = [int(c.get(qn("w:w"))) for c in score._tbl.tblGrid.iter(qn("w:gridCol"))]
    check(abs(sum(widths) - 156 / 25.4 * 1440) <= 2, f"grid widths {widths} are not the type area")

    shapes = d.inline_shapes
    check(len(shapes) == 3, f"{len(shapes)} pictures, not 3 charts")
    for shape in shapes:
        blip = shape._inline.graphic.graphicData.pic.blipFill.blip
        image = d.part.related_parts[blip.embed].image
        dpi = image.px_width / (shape.width.inches)
        check(dpi >= 299.5, f"a chart is {dpi:.0f} dpi")
        check(shape.width.mm <= 156.5, "a chart is wider than the type area")
        descr = shape._inline.docPr.get("descr")
        check(descr and descr.startswith("图"), f"a chart has no alternative text: {descr}")

    check(d.settings.odd_and_even_pages_header_footer, "odd and even footers are not distinct")
    check(has_page_field(section.footer), "the odd footer has no PAGE field")
    check(has_page_field(section.even_page_footer), "the even footer has no PAGE field")
    check(section.footer.paragraphs[0].alignment == 2, "the odd page number is not on the right")  # RIGHT
    check(section.even_page_footer.paragraphs[0].alignment == 0, "the even page number is not on the left")  # LEFT

    core = d.core_properties
    check(core.title == "湘潭市行政审批服务局2023年度部门整体支出预算绩效自评报告", f"title {core.title}")
    check(core.author == "湘潭市行政审批服务局", f"author {core.author}")
    check(core.subject == "2023年度部门整体支出预算绩效自评", f"subject {core.subject}")
    now = datetime.datetime.utcnow()
    check(core.created is not None and abs((now - core.created.replace(tzinfo=None)).total_seconds()) < 600,
          f"creation date {core.created}")
    check(not section.header.paragraphs or not section.header.paragraphs[0].text, "a final report has a header")

    out = os.path.join(tmp, "draft.docx")
    stderr = export(jixiao, draft, out)
    check("草稿" in stderr, "the draft export does not say so")
    d = docx.Document(out)
    section = d.sections[0]
    check(section.header.paragraphs[0].text == "草稿", "the odd header of the draft has no 草稿")
    check(section.even_page_header.paragraphs[0].text == "草稿", "the even header of the draft has no 草稿")
    check(any(p.text == "草稿说明" for p in d.paragraphs), "the draft's findings are missing")
    check("【错误】" in d.paragraphs[-1].text or "【警告】" in d.paragraphs[-1].text, "the findings are not at the end")
    check("草稿" in d.core_properties.subject, "the draft's subject does not say 草稿")

    for f in failures:
        print("FAIL:", f)
    print(f"{len(failures)} failures" if failures else "docx read back: all checks hold")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
