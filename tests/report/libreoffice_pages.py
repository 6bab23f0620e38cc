#!/usr/bin/python3
"""LibreOffice lays out the .docx and .odt of `jixiao export` like the PDF (issue 15).

    libreoffice_pages.py JIXIAO SAMPLE.json [--keep DIR]

Exports the sample as PDF, .docx and .odt with the real command, converts the .docx and the
.odt to PDF with LibreOffice (headless, a profile of its own) and compares page counts: each
must be within 15% of the PDF's. With --keep, DIR holds the files, the converted PDFs and
72 dpi images of their pages (pdftoppm) to look at. Exit 0: both within 15%; 1: not;
77: LibreOffice is not installed (apt-get install libreoffice-writer-nogui).
"""
import os
import shutil
import subprocess
import sys
import tempfile


def pages(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[1] for line in out.splitlines() if line.startswith("Pages:")))


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    jixiao, sample = argv[1], argv[2]
    keep = argv[argv.index("--keep") + 1] if "--keep" in argv else None
    soffice = shutil.which("soffice")
    if not soffice:
        # ./setup.sh test installs it: in CI its absence is a failure, not a pass.
        if os.environ.get("CI") == "true":
            print("LibreOffice is not installed, and CI=true: failing")
            return 1
        print("LibreOffice is not installed (apt-get install libreoffice-writer-nogui): skipped")
        return 77
    work = keep or tempfile.mkdtemp()
    os.makedirs(work, exist_ok=True)
    for suffix in ("pdf", "docx", "odt"):
        out = os.path.join(work, "sample." + suffix)
        subprocess.run(["env", "-i", jixiao, "export", sample, "-o", out], check=True, capture_output=True, timeout=120)
    reference = pages(os.path.join(work, "sample.pdf"))
    print(f"PDF of jixiao export: {reference} pages")
    failed = False
    for suffix in ("docx", "odt"):
        outdir = os.path.join(work, "libreoffice-" + suffix)
        subprocess.run([soffice, "-env:UserInstallation=file://" + os.path.join(work, "lo-profile"), "--headless",
                        "--norestore", "--convert-to", "pdf", "--outdir", outdir, os.path.join(work, "sample." + suffix)],
                       check=True, capture_output=True, timeout=300)
        pdf = os.path.join(outdir, "sample.pdf")
        n = pages(pdf)
        off = abs(n - reference) / reference
        ok = off <= 0.15
        failed = failed or not ok
        print(f".{suffix} through LibreOffice: {n} pages ({off:.0%} off the PDF's {reference}){'' if ok else '  <-- more than 15%'}")
        if keep:
            subprocess.run(["pdftoppm", "-png", "-r", "72", pdf, os.path.join(outdir, "page")], check=True)
    if keep:
        subprocess.run(["pdftoppm", "-png", "-r", "72", os.path.join(work, "sample.pdf"), os.path.join(work, "pdf-page")], check=True)
        print("files and page images:", work)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
