#include "ReportExporter.h"

#include "ReportDocxWriter.h"
#include "ReportJsonWriter.h"
#include "ReportOdtWriter.h"
#include "ReportPdfWriter.h"
#include "ReportTextBuilder.h"
#include "SaveFile.h"
#include "SelfEvaluationForm.h"
#include "SelfEvaluationXlsx.h"

#include <QFileInfo>

ReportExporter::ReportExporter(const Report &report, const ReportEvaluation::Inputs &inputs)
    : m_report(report), m_evaluation(ReportEvaluation::of(report, inputs))
{
}

std::optional<ReportExporter::Format> ReportExporter::formatOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("docx"))
        return Format::Docx;
    if (suffix == QLatin1String("odt"))
        return Format::Odt;
    if (suffix == QLatin1String("json"))
        return Format::Json;
    if (suffix == QLatin1String("xlsx"))
        return Format::Xlsx;
    return std::nullopt;
}

QString ReportExporter::fileFilter()
{
    return tr("PDF 文件 (*.pdf)") + QStringLiteral(";;") + tr("Word 文档 (*.docx)") + QStringLiteral(";;")
           + tr("OpenDocument 文本 (*.odt)") + QStringLiteral(";;")
           + tr("报告数据 JSON (*.json)") + QStringLiteral(";;") + tr("自评表 Excel 文件 (*.xlsx)");
}

QString ReportExporter::draftMarking(Format format)
{
    switch (format) {
    case Format::Pdf:
    case Format::Docx:
    case Format::Odt:
        return tr("每页带“草稿”字样，文末列出问题");
    case Format::Xlsx: // SelfEvaluationXlsx: the title row and the printed pages' header
        return tr("自评表的标题注明“草稿”，打印时每页页眉带“草稿”字样");
    case Format::Json:
        break;
    }
    return QString();
}

bool ReportExporter::exportTo(const QString &fileName, QString *error, QString *notice) const
{
    const std::optional<Format> format = formatOf(fileName);
    if (!format) {
        if (error)
            *error = tr("不知道如何导出“%1”：文件名应以 .pdf、.docx、.odt、.json 或 .xlsx（自评表）结尾。").arg(fileName);
        return false;
    }
    return exportTo(fileName, *format, error, notice);
}

bool ReportExporter::exportTo(const QString &fileName, Format format, QString *error, QString *notice) const
{
    switch (format) {
    case Format::Pdf: {
        const ReportPdfWriter::Result r = ReportPdfWriter::write(fileName, m_report, m_evaluation);
        if (!r.ok() && error)
            *error = r.error;
        return r.ok();
    }
    case Format::Docx: {
        const ReportDocxWriter::Result r = ReportDocxWriter::write(fileName, m_report, m_evaluation);
        if (!r.ok() && error)
            *error = r.error;
        if (r.ok() && notice)
            *notice = r.notice;
        return r.ok();
    }
    case Format::Odt: {
        const ReportOdtWriter::Result r = ReportOdtWriter::write(fileName, m_report, m_evaluation);
        if (!r.ok() && error)
            *error = r.error;
        if (r.ok() && notice)
            *notice = r.notice;
        return r.ok();
    }
    case Format::Json:
        return SaveFile::write(fileName, ReportJsonWriter::write(m_report), error);
    case Format::Xlsx: {
        SelfEvaluationForm form = SelfEvaluationForm::of(m_report, m_evaluation);
        form.draft = isDraft();
        QString problem;
        const bool ok = SelfEvaluationXlsx::write(fileName, form, &problem);
        if (!ok && error)
            *error = problem;
        return ok;
    }
    }
    return false;
}

QByteArray ReportExporter::pdf(QString *error) const
{
    ReportPdfWriter::Result r = ReportPdfWriter::render(m_report, m_evaluation);
    if (!r.ok() && error)
        *error = r.error;
    return r.pdf;
}

QString ReportExporter::plainText() const
{
    return ReportTextBuilder(m_report, m_evaluation).plainText();
}
