#pragma once

#include <QCoreApplication>
#include <QString>

// What went wrong with a workspace, as a kind the program can act on (retry, reconnect,
// offer a copy) and a message in words a clerk understands. `detail` keeps the database's
// own text for the curious and for bug reports. After any error nothing was overwritten:
// a failed write is rolled back and the caller still holds its edit.
class WorkspaceError
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceError)
public:
    enum Kind {
        None,
        DriverMissing,        // the Qt SQL plugin is not installed
        InvalidLocation,      // --db text that is neither a path nor postgresql://…
        FileMissing,          // opened without permission to create
        CannotOpen,           // the file or its directory cannot be opened or created
        NotADatabase,         // a file that is not SQLite at all (a text file, a PDF, …)
        NotAWorkspace,        // a database of another program
        Corrupt,
        NewerSchema,          // written by a newer version of the program
        ReadOnly,
        Busy,                 // locked by another program longer than the busy timeout
        DiskFull,
        IoError,
        ServerUnreachable,    // PostgreSQL down, wrong host or port
        AuthenticationFailed, // wrong user or password
        DatabaseMissing,      // no such database on the server
        PermissionDenied,     // the person's role does not allow it (the database refused it)
        ReportLocked,         // the report is approved: read-only until a reviewer reopens it
        ReportUnderReview,    // the report is submitted: its content is fixed until a reviewer returns it
        NotAllowed,           // not a step of the workflow (or it needs a comment, or no errors)
        ConnectionLost,       // the connection dropped; the edit is kept and saved on retry
        Conflict,             // someone else saved the report first
        NotFound,
        Duplicate,            // a report for this department and year already exists
        InvalidReport,        // stored content that cannot be read back
        Other
    };

    WorkspaceError() = default;
    WorkspaceError(Kind kind, const QString &message, const QString &detail = {})
        : kind(kind), message(message), detail(detail)
    {
    }

    Kind kind = None;
    QString message; // Chinese source text (tr), complete sentences; never about a window
                     // (the command line has none: the window adds what it keeps)
    QString detail;  // the driver's text, untranslated

    bool isError() const { return kind != None; }
    // Worth trying again later with the same edit (the window keeps it and retries).
    bool isTransient() const;
    // message, with the driver's text in brackets when there is one
    QString text() const;

    // The standard message for a kind; `where` names the workspace (a file or a server).
    static WorkspaceError of(Kind kind, const QString &where, const QString &detail = {});
    static WorkspaceError driverMissing(const QString &driver);
    static WorkspaceError newerSchema(const QString &where, int found, int known);
};
