#pragma once

#include <QString>

// What one edit did to a report, precisely enough for item models to signal only that:
// a value at a path, or rows inserted into / removed from / moved within a list.
struct ReportChange
{
    enum class Kind { Value, RowsInserted, RowsRemoved, RowMoved, Reset };

    Kind kind = Kind::Reset;
    QString path; // the field for Value, the list for the row kinds
    int row = -1; // first row (inserted/removed) or the moved row's old position
    int to = -1;  // RowMoved: the new position

    static ReportChange value(const QString &path) { return {Kind::Value, path, -1, -1}; }
    static ReportChange inserted(const QString &list, int row) { return {Kind::RowsInserted, list, row, -1}; }
    static ReportChange removed(const QString &list, int row) { return {Kind::RowsRemoved, list, row, -1}; }
    static ReportChange moved(const QString &list, int from, int to) { return {Kind::RowMoved, list, from, to}; }
    static ReportChange reset() { return {}; }

    // The change that undoes this one.
    ReportChange inverted() const
    {
        switch (kind) {
        case Kind::RowsInserted:
            return removed(path, row);
        case Kind::RowsRemoved:
            return inserted(path, row);
        case Kind::RowMoved:
            return moved(path, to, row);
        default:
            return *this;
        }
    }

    // True when the change can affect `path` (the path itself, or anything inside it, or
    // its list's row numbering).
    bool touches(const QString &path) const;

    bool operator==(const ReportChange &) const = default;
};
