#include "ReportPlainText.h"

QString ReportPlainText::render(const ReportBlocks &blocks)
{
    QString out;
    for (const ReportBlock &b : blocks) {
        switch (b.kind) {
        case ReportBlock::Kind::Chart:
        case ReportBlock::Kind::PageBreak:
            break;
        case ReportBlock::Kind::Table:
            out += b.table.header.join(QStringLiteral(" | ")) + QLatin1Char('\n');
            for (const QStringList &row : b.table.rows + b.table.footer)
                out += row.join(QStringLiteral(" | ")) + QLatin1Char('\n');
            break;
        case ReportBlock::Kind::RunInParagraph:
            out += b.lead + b.text + QLatin1Char('\n');
            break;
        default:
            out += b.text + QLatin1Char('\n');
            break;
        }
    }
    return out;
}
