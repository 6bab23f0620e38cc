#pragma once

#include "ReportEvaluation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// What the window and the command line call to export one report. For example:
//
//     ReportExporter exporter(report, inputs);            // inputs: previous year, scheme, …
//     if (!exporter.exportTo(fileName, &error)) …        // .pdf, .docx, .odt or .json by suffix
//     previewDocument.load(buffer-of(exporter.pdf()));    // QPdfDocument preview
//
// The document is Chinese whatever the language of the program: the evaluation holds codes
// and values (findings, 不适用 reasons, 扣分原因), which the document words in Chinese
// (FindingText, IndicatorText, ScoreText with TextLanguage::Chinese) and its charts are
// built Chinese; what exporting reports back (a file that cannot be written) is for the
// user, in the program's language.
// A report with errors exports only as a draft (草稿 on every page, the findings at the end).
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)
public:
    enum class Format { Pdf, Docx, Odt, Json, Xlsx }; // Xlsx: the self-evaluation table (自评表) only

    // `report` and what `inputs` points to (previous year, scheme) must outlive the exporter.
    explicit ReportExporter(const Report &report, const ReportEvaluation::Inputs &inputs = {});

    // The evaluation the document is made from.
    const ReportEvaluation &evaluation() const { return m_evaluation; }
    bool isDraft() const { return m_evaluation.errorCount() > 0; }

    // The format a file name asks for (.pdf/.docx/.odt/.json, any case); nothing when unknown.
    static std::optional<Format> formatOf(const QString &fileName);
    static QString fileFilter(); // for a file dialog: "PDF 文件 (*.pdf);;…"
    // How a draft exported in `format` is marked as one, for the message that tells the user
    // ("每页带“草稿”字样，文末列出问题"); empty for JSON, the report's data, which carries no mark.
    static QString draftMarking(Format format);

    // Writes `fileName` in the format of its suffix, through QSaveFile (all or nothing).
    // The error is in the program's language, and so is `notice`: what the user should know
    // about a file that was written (characters the .docx/.odt could not hold, dropped).
    bool exportTo(const QString &fileName, QString *error, QString *notice = nullptr) const;
    bool exportTo(const QString &fileName, Format format, QString *error, QString *notice = nullptr) const;

    // The PDF in memory, for a preview (QBuffer + QPdfDocument::load). Empty on failure.
    QByteArray pdf(QString *error = nullptr) const;
    // Sections 二 and 三（一） (and a draft's findings) as plain text.
    QString plainText() const;

private:
    const Report &m_report;
    ReportEvaluation m_evaluation;
};
