#include "TestWorkbooks.h"
#include "Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `jixiao fill` as a user runs it (issue 16): the real binary, its lines and JSON, the
// report it writes, the workspace it saves to, and exit codes 0, 1 and 2.
namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run jixiao(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(JIXIAO_BINARY), arguments);
    Run r;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = process.exitCode();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QString table(const char *name)
{
    return QStringLiteral(JIXIAO_TEST_DATA "/tables/") + QString::fromUtf8(name);
}

const QStringList figurePaths = {
    QStringLiteral("budget.carryover_in.basic"), QStringLiteral("budget.carryover_in.project"),
    QStringLiteral("budget.initial.basic"), QStringLiteral("budget.initial.project"),
    QStringLiteral("budget.three_public_budget.reception"), QStringLiteral("budget.three_public_budget.vehicles"),
    QStringLiteral("budget.three_public_budget.overseas"), QStringLiteral("execution.spent.basic"),
    QStringLiteral("execution.spent.project"), QStringLiteral("execution.carryover_out"),
    QStringLiteral("execution.three_public_actual.reception"), QStringLiteral("execution.three_public_actual.vehicles"),
    QStringLiteral("execution.three_public_actual.overseas")};

QJsonValue at(const QJsonObject &root, const QString &path)
{
    QJsonValue v = root;
    for (const QString &key : path.split(QLatin1Char('.')))
        v = v.toObject().value(key);
    return v;
}

QJsonObject setAt(QJsonObject root, const QStringList &keys, const QJsonValue &value)
{
    if (keys.size() == 1) {
        root.insert(keys.first(), value);
        return root;
    }
    root.insert(keys.first(), setAt(root.value(keys.first()).toObject(), keys.mid(1), value));
    return root;
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

QStringList keys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

} // namespace

class TestFillCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QJsonObject m_sample;
    QString m_blank; // the sample with every figure the tables give left empty

private Q_SLOTS:
    void initTestCase()
    {
        m_sample = readJson(QStringLiteral(JIXIAO_SOURCE_DIR "/resources/samples/xiangtan-2023.json"));
        QJsonObject blank = m_sample;
        for (const QString &path : figurePaths)
            blank = setAt(blank, path.split(QLatin1Char('.')), QJsonValue::Null);
        m_blank = m_dir.filePath(QStringLiteral("blank.json"));
        QFile f(m_blank);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(blank).toJson());
    }

    void fillsEveryFigureFromTheExamples()
    {
        const QString out = m_dir.filePath(QStringLiteral("filled.json"));
        const Run r = jixiao({QStringLiteral("fill"), m_blank, QStringLiteral("--from"), table("xiangtan-2023-决算公开表.xlsx"),
                              QStringLiteral("--from"), table("xiangtan-2023-预算公开表.xls"), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QJsonObject filled = readJson(out);
        for (const QString &path : figurePaths) {
            // The same amount as the example report (written with as few decimals as needed).
            const QString expected = at(m_sample, path).toString();
            QVERIFY2(at(filled, path).toString().toDouble() == expected.toDouble() && !at(filled, path).toString().isEmpty(),
                     qPrintable(path + QStringLiteral(": ") + at(filled, path).toString()));
            QVERIFY2(r.out.contains(path), qPrintable(path));
        }
        // One line per figure: the field, the value in 万元, and where it came from.
        QVERIFY(r.out.contains(QStringLiteral("上年结转（项目支出）（budget.carryover_in.project）= 30.55 ← "
                                              "xiangtan-2023-决算公开表.xlsx › 收入支出决算总表 › C16（年初结转和结余 · 收入 · 金额；单位：万元）")));
        QVERIFY(r.out.contains(QStringLiteral("全部计入项目支出")));
        QVERIFY(r.out.contains(QStringLiteral("xiangtan-2023-预算公开表.xls › 一般公共预算支出表 › D5")));
        // Everything else of the report is kept.
        QCOMPARE(filled.value(QStringLiteral("profile")), m_sample.value(QStringLiteral("profile")));
        QCOMPARE(at(filled, QStringLiteral("budget.adjustments")).toArray().size(), 7);
        QCOMPARE(at(filled, QStringLiteral("execution.procurement.actual")).toString(), QStringLiteral("158.55"));
    }

    void jsonContract()
    {
        const Run r = jixiao({QStringLiteral("fill"), m_blank, QStringLiteral("--from"), table("xiangtan-2023-决算公开表.xlsx"),
                              QStringLiteral("-o"), m_dir.filePath(QStringLiteral("j.json")), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(keys(o), (QStringList{QStringLiteral("filled"), QStringLiteral("inconsistencies"), QStringLiteral("not_found")}));
        QCOMPARE(o.value(QStringLiteral("not_found")).toArray(),
                 (QJsonArray{QStringLiteral("budget.initial.basic"), QStringLiteral("budget.initial.project")}));
        QCOMPARE(o.value(QStringLiteral("inconsistencies")).toArray(), QJsonArray());
        const QJsonArray filled = o.value(QStringLiteral("filled")).toArray();
        QCOMPARE(filled.size(), 11);
        const QJsonObject first = filled.at(1).toObject();
        QCOMPARE(keys(first), (QStringList{QStringLiteral("path"), QStringLiteral("source"), QStringLiteral("unit"), QStringLiteral("value")}));
        QCOMPARE(first.value(QStringLiteral("path")).toString(), QStringLiteral("budget.carryover_in.project"));
        QCOMPARE(first.value(QStringLiteral("value")).toString(), QStringLiteral("30.55"));
        QCOMPARE(first.value(QStringLiteral("unit")).toString(), QStringLiteral("万元"));
        const QJsonObject source = first.value(QStringLiteral("source")).toObject();
        QCOMPARE(keys(source), (QStringList{QStringLiteral("cell"), QStringLiteral("file"), QStringLiteral("labels"), QStringLiteral("sheet")}));
        QCOMPARE(source.value(QStringLiteral("cell")).toString(), QStringLiteral("C16"));
        QCOMPARE(source.value(QStringLiteral("sheet")).toString(), QStringLiteral("收入支出决算总表"));
        QCOMPARE(source.value(QStringLiteral("file")).toString(), table("xiangtan-2023-决算公开表.xlsx"));
        QCOMPARE(source.value(QStringLiteral("labels")).toArray().first().toString(), QStringLiteral("年初结转和结余"));
    }

    void tableThatDisagreesExitsOne()
    {
        TestWorkbook book;
        TestFigures f;
        f.spentTotal = QStringLiteral("1862.71");
        TestTables::expenditure(book.add(QStringLiteral("支出")), 0, TestTables::Unit::Yuan, f);
        const QString path = m_dir.filePath(QStringLiteral("disagree.xlsx"));
        QVERIFY(book.writeXlsx(path));
        const QString out = m_dir.filePath(QStringLiteral("marked.json"));
        const Run r = jixiao({QStringLiteral("fill"), m_blank, QStringLiteral("--from"), path, QStringLiteral("-o"), out,
                              QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray messages = r.json().value(QStringLiteral("inconsistencies")).toArray();
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().toString().contains(QStringLiteral("18627100.00")), qPrintable(messages.first().toString()));
        QCOMPARE(at(readJson(out), QStringLiteral("execution.spent.basic")).toString(), QStringLiteral("623.09")); // written
        const Run text = jixiao({QStringLiteral("fill"), m_blank, QStringLiteral("--from"), path, QStringLiteral("-o"), out});
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.out.contains(QStringLiteral("所在表格自相矛盾")));
        QVERIFY(text.out.contains(QStringLiteral("由元换算为万元")));
    }

    void nothingReadExitsTwo()
    {
        const QString notes = m_dir.filePath(QStringLiteral("notes.xlsx"));
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("年初结转和结余,30.55\n");
        f.close();
        const QString out = m_dir.filePath(QStringLiteral("never.json"));
        const Run r = jixiao({QStringLiteral("fill"), m_blank, QStringLiteral("--from"), notes, QStringLiteral("--from"),
                              table("encrypted.xls"), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("notes.xlsx 不是 Excel 表格文件")));
        QVERIFY(r.err.contains(QStringLiteral("encrypted.xls 设有打开密码")));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(jixiao({QStringLiteral("fill"), m_blank, QStringLiteral("-o"), out}).exitCode, 2);          // no --from
        QCOMPARE(jixiao({QStringLiteral("fill"), m_blank, QStringLiteral("--from"), notes}).exitCode, 2);     // no -o
        QCOMPARE(jixiao({QStringLiteral("fill"), m_dir.filePath(QStringLiteral("none.json")), QStringLiteral("--from"),
                         table("xiangtan-2023-决算公开表.xlsx"), QStringLiteral("-o"), out}).exitCode, 2);
    }

    void storedReportIsSavedWithHistory()
    {
        const QString db = m_dir.filePath(QStringLiteral("workspace.sqlite"));
        QCOMPARE(jixiao({QStringLiteral("import"), m_blank, QStringLiteral("--db"), db}).exitCode, 0);
        const QStringList where = {QStringLiteral("--db"), db, QStringLiteral("--department"), QStringLiteral("湘潭市行政审批服务局"),
                                   QStringLiteral("--year"), QStringLiteral("2023")};
        const Run r = jixiao(QStringList{QStringLiteral("fill"), QStringLiteral("--from"), table("xiangtan-2023-决算公开表.xlsx"),
                                         QStringLiteral("--from"), table("xiangtan-2023-预算公开表.xlsx")} + where);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("已保存到工作区（第 2 版）")), qPrintable(r.out));

        Workspace workspace;
        QVERIFY(!workspace.open(WorkspaceLocation::parse(db)).isError());
        const LoadResult loaded = workspace.load(QStringLiteral("湘潭市行政审批服务局"), 2023);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.stored->report.execution.spent.basic, Money::fromWan(623, 9));
        QCOMPARE(loaded.stored->report.budget.carryoverIn.project, Money::fromWan(30, 55));
        QList<AuditEntry> audit;
        QVERIFY(!workspace.auditTrail(loaded.stored->summary.id, &audit).isError());
        QCOMPARE(audit.last().action, AuditEntry::Action::Edit);
        QStringList changed;
        for (const AuditEntry::Change &c : audit.last().changes)
            changed.append(c.path);
        QVERIFY2(changed.contains(QStringLiteral("execution.spent.basic")), qPrintable(changed.join(QLatin1Char(' '))));
        QList<HistoryEntry> history;
        QVERIFY(!workspace.history(loaded.stored->summary.id, &history).isError());
        QCOMPARE(history.size(), 2);

        // Submitted: refused, and the stored report stays as it is.
        QVERIFY(workspace.setStatus(loaded.stored->summary.id, loaded.stored->summary.revision, ReportStatus::Submitted).ok());
        workspace.close();
        const Run refused = jixiao(QStringList{QStringLiteral("fill"), QStringLiteral("--from"), table("stacked-yuan.xls")} + where);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("已提交")), qPrintable(refused.err));
    }
};

QTEST_GUILESS_MAIN(TestFillCommand)
#include "tst_fillcommand.moc"
