#pragma once

#include "Report.h"

#include <QCoreApplication>
#include <optional>

// Reads a report file (format `jixiao.report`, versions 1 and 2) strictly: the amount syntax of
// report-format.md, no duplicate keys, no wrong types. A refusal names the field path
// (`budget.adjustments[3].amount`) and what is wrong; nothing of a refused file is used.
class ReportJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(ReportJsonReader)
public:
    static constexpr int FormatVersion = 2; // the newest version it reads

    struct Result
    {
        std::optional<Report> report;
        QString path;    // the field concerned, e.g. budget.adjustments[3].amount
        QString problem; // what is wrong with it

        bool ok() const { return report.has_value(); }
        QString message() const; // "path: problem", for the user
    };

    static Result read(const QByteArray &utf8);
    static Result readFile(const QString &fileName);

    // The strict amount syntax of files: "-?[0-9]+(\.[0-9]{1,6})?" as a string, or a JSON
    // number (its text as written) with at most 15 significant digits and six decimals.
    // Returns the reason when refused.
    static std::optional<Money> amountFromString(const QString &text, QString *why);
    static std::optional<Money> amountFromNumber(const QString &numberText, QString *why);
};
