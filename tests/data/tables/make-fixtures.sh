#!/usr/bin/env bash
# Makes the committed .xls fixtures of tests/tables (a few kB each). The .xlsx variants are
# written by the tests themselves at run time (TestWorkbooks, libxlsxwriter); only what
# needs LibreOffice is kept here, beside copies of the two shared examples (.xlsx). Needs libreoffice-calc-nogui and python3-openpyxl:
#   tests/data/tables/make-fixtures.sh /work/shared/spec/examples/tables
set -euo pipefail
cd "$(dirname "$0")"
examples=${1:?the folder of xiangtan-2023-决算公开表.xlsx and xiangtan-2023-预算公开表.xlsx}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home # a private LibreOffice profile
soffice=(timeout -s KILL 120 soffice --headless --norestore)

# The two examples as .xls (Excel 97–2003), as LibreOffice converts them.
cp "$examples/xiangtan-2023-决算公开表.xlsx" "$work/final.xlsx"
cp "$examples/xiangtan-2023-预算公开表.xlsx" "$work/budget.xlsx"
# The 决算 tables in 元, stacked on one sheet in another order (三公 first), as .xls.
/usr/bin/python3 - "$work/final.xlsx" "$work/stacked-yuan.xlsx" <<'PY'
import sys, openpyxl
from decimal import Decimal
src = openpyxl.load_workbook(sys.argv[1])
out = openpyxl.Workbook()
ws = out.active
ws.title = "决算"
# the amount cells of each table: (first row, columns)
amounts = {"三公经费支出决算表": (8, range(1, 13)), "收入支出决算总表": (6, (3, 6)), "支出决算表": (7, range(3, 9))}
row = 1
for name in ["三公经费支出决算表", "收入支出决算总表", "支出决算表"]:
    s = src[name]
    first, columns = amounts[name]
    for r in s.iter_rows():
        for c in r:
            v = c.value
            if isinstance(v, str):
                v = v.replace("万元", "元")
            elif v is not None and c.row >= first and c.column in columns:
                v = float(Decimal(repr(v)) * 10000)  # 万元 to 元, exactly
            if v is not None:
                ws.cell(row=row + c.row - 1, column=c.column, value=v)
    row += s.max_row + 2
out.save(sys.argv[2])
PY
(cd "$work" && "${soffice[@]}" --convert-to xls final.xlsx budget.xlsx stacked-yuan.xlsx >/dev/null 2>&1)
cp "$work/final.xls" xiangtan-2023-决算公开表.xls
cp "$work/budget.xls" xiangtan-2023-预算公开表.xls
cp "$work/stacked-yuan.xls" stacked-yuan.xls

# An .xls saved with a password to open (FILEPASS, RC4), through a LibreOffice macro.
mkdir -p "$HOME/.config/libreoffice/4/user/basic/Standard"
"${soffice[@]}" --terminate_after_init >/dev/null 2>&1 || true
cat > "$HOME/.config/libreoffice/4/user/basic/Standard/Module1.xba" <<'XBA'
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub SaveWithPassword(src As String, dst As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(src), &quot;_blank&quot;, 0, args())
  Dim out(1) As New com.sun.star.beans.PropertyValue
  out(0).Name = &quot;FilterName&quot;
  out(0).Value = &quot;MS Excel 97&quot;
  out(1).Name = &quot;Password&quot;
  out(1).Value = &quot;secret&quot;
  doc.storeToURL(ConvertToURL(dst), out())
  doc.close(True)
End Sub
</script:module>
XBA
"${soffice[@]}" "macro:///Standard.Module1.SaveWithPassword(\"$work/budget.xlsx\",\"$work/encrypted.xls\")" >/dev/null 2>&1
cp "$work/encrypted.xls" encrypted.xls

# A password-protected .xlsx is an OLE compound file holding the streams EncryptionInfo and
# EncryptedPackage (MS-OFFCRYPTO) instead of a workbook. LibreOffice cannot write one
# headless, so the directory of the .xls above is renamed into that shape: the reader must
# say "encrypted" from the stream names alone.
/usr/bin/python3 - encrypted.xls encrypted-package.xlsx <<'PY'
import sys, struct
data = bytearray(open(sys.argv[1], "rb").read())
sector = 1 << struct.unpack_from("<H", data, 30)[0]
renames = {"Workbook": "EncryptionInfo", "DocumentSummaryInformation": "EncryptedPackage"}
# Directory entries are 128 bytes at the start of sectors and every 128 bytes within them.
for entry in range(sector, len(data) - 127, 128):
    length = struct.unpack_from("<H", data, entry + 64)[0]
    if length < 2 or length > 64 or data[entry + 66] not in (1, 2):  # a storage or a stream
        continue
    name = data[entry:entry + length - 2].decode("utf-16-le", "replace").lstrip("\x05")  # \x05: a property set
    if name in renames:
        new = renames[name].encode("utf-16-le") + b"\0\0"
        data[entry:entry + 64] = new.ljust(64, b"\0")
        struct.pack_into("<H", data, entry + 64, len(new))
open(sys.argv[2], "wb").write(bytes(data))
PY
ls -l *.xls *.xlsx
