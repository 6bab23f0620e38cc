#pragma once

#include "ReportEvaluation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// What the window and the command line call to export one report. For example:
//
//     ReportExporter exporter(report, evaluation);
//     if (!exporter.exportTo(fileName, &error)) …        // .pdf, .odt or .json by suffix
//     previewDocument.load(buffer-of(exporter.pdf()));    // QPdfDocument preview
//
// A report with errors exports only as a draft (草稿 on every page, the findings at the end).
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)
public:
    enum class Format { Pdf, Odt, Json };

    // Both must outlive the exporter.
    ReportExporter(const Report &report, const ReportEvaluation &evaluation);

    bool isDraft() const { return m_evaluation.errorCount() > 0; }

    // The format a file name asks for (.pdf/.odt/.json, any case); nothing when unknown.
    static std::optional<Format> formatOf(const QString &fileName);
    static QString fileFilter(); // for a file dialog: "PDF 文件 (*.pdf);;…"

    // Writes `fileName` in the format of its suffix, through QSaveFile (all or nothing).
    bool exportTo(const QString &fileName, QString *error) const;
    bool exportTo(const QString &fileName, Format format, QString *error) const;

    // The PDF in memory, for a preview (QBuffer + QPdfDocument::load). Empty on failure.
    QByteArray pdf(QString *error = nullptr) const;
    // Sections 二 and 三（一） (and a draft's findings) as plain text.
    QString plainText() const;

private:
    const Report &m_report;
    const ReportEvaluation &m_evaluation;
};
