// The manual page (resources/linux/jixiao.1) and the program's --help agree: every command
// the man page describes answers --help, and each command's options are the same in both.
// A new option or command needs its lines in the man page; this test names what is missing.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

using OptionSet = QSet<QString>;

// The options of each section of the man page: "" for the program itself (OPTIONS), the
// command's name for each subsection of COMMANDS.
QHash<QString, OptionSet> manPageOptions(QString *error)
{
    QFile file(QStringLiteral(JIXIAO_SOURCE_DIR "/resources/linux/jixiao.1"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QHash<QString, OptionSet> sections;
    QString section;
    bool inOptions = false;
    const QRegularExpression option(QStringLiteral(R"(--([a-z][a-z-]*[a-z]))"));
    const QRegularExpression shortOption(QStringLiteral(R"(^\.B[IR]* -([a-z])\b)"));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        line.replace(QLatin1String("\\-"), QLatin1String("-")); // groff's minus sign
        if (line.startsWith(QLatin1String(".SH "))) {
            inOptions = line == QLatin1String(".SH OPTIONS");
            section.clear();
            continue;
        }
        if (line.startsWith(QLatin1String(".SS "))) {
            section = line.mid(4).trimmed();
            inOptions = true;
            sections[section];
            continue;
        }
        // An option is the tag of a .TP paragraph: the line after .TP.
        if (!inOptions || i == 0 || lines.at(i - 1) != QLatin1String(".TP"))
            continue;
        for (const QRegularExpressionMatch &m : option.globalMatch(line))
            sections[section].insert(QStringLiteral("--") + m.captured(1));
        if (const QRegularExpressionMatch m = shortOption.match(line); m.hasMatch())
            sections[section].insert(QStringLiteral("-") + m.captured(1));
    }
    return sections;
}

// The options a --help lists (the lines under "Options:", or "选项：" in Chinese).
OptionSet helpOptions(const QStringList &arguments, QString *error)
{
    QProcess p;
    p.start(QStringLiteral(JIXIAO_BINARY), arguments);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("jixiao %1 failed: %2").arg(arguments.join(QLatin1Char(' ')), QString::fromUtf8(p.readAllStandardError()));
        return {};
    }
    OptionSet options;
    bool inOptions = false;
    const QRegularExpression option(QStringLiteral(R"(^\s+(-[a-zA-Z?])?(?:, )?(--[a-z][a-z-]*)?)"));
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if ((line.endsWith(QLatin1Char(':')) || line.endsWith(QChar(u'：'))) && !line.startsWith(QLatin1Char(' '))) {
            inOptions = line == QLatin1String("Options:") || line == QStringLiteral("选项：") || line == QStringLiteral("选项:");
            continue;
        }
        if (!inOptions)
            continue;
        const QRegularExpressionMatch m = option.match(line);
        if (!m.captured(1).isEmpty())
            options.insert(m.captured(1));
        if (!m.captured(2).isEmpty())
            options.insert(m.captured(2));
    }
    return options;
}

QString missing(const OptionSet &a, const OptionSet &b)
{
    QStringList names = (a - b).values();
    names.sort();
    return names.join(QStringLiteral(", "));
}

} // namespace

class ManPageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A line that starts with "." or "'" is a request to groff, never text: text wrapped so
    // that a line begins ".xls):" vanished from the page (lintian: macro 'xls):' not defined).
    void everyControlLineIsAKnownMacro()
    {
        QFile file(QStringLiteral(JIXIAO_SOURCE_DIR "/resources/linux/jixiao.1"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QSet<QString> macros = {QStringLiteral("TH"), QStringLiteral("SH"), QStringLiteral("SS"), QStringLiteral("PP"),
                                      QStringLiteral("TP"), QStringLiteral("IP"), QStringLiteral("RS"), QStringLiteral("RE"),
                                      QStringLiteral("B"),  QStringLiteral("I"),  QStringLiteral("BR"), QStringLiteral("BI"),
                                      QStringLiteral("IR"), QStringLiteral("RI"), QStringLiteral("IB"), QStringLiteral("RB"),
                                      QStringLiteral("nf"), QStringLiteral("fi"), QStringLiteral("EX"), QStringLiteral("EE"),
                                      QStringLiteral("br"), QStringLiteral("sp"), QStringLiteral("in"), QStringLiteral("UR"),
                                      QStringLiteral("UE"), QStringLiteral("\\\"")};
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            if (!line.startsWith(QLatin1Char('.')) && !line.startsWith(QLatin1Char('\'')))
                continue;
            const QString macro = line.mid(1).section(QLatin1Char(' '), 0, 0);
            QVERIFY2(macros.contains(macro), qPrintable(QStringLiteral("jixiao.1 line %1 is not a macro: %2").arg(i + 1).arg(line)));
        }
    }

    void everyCommandIsDescribed()
    {
        QString error;
        const QHash<QString, OptionSet> man = manPageOptions(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(man.size() > 1);
        // The program's --help names its commands, and a mistyped command lists them: each
        // has a subsection, and each subsection is a command.
        QProcess p;
        p.start(QStringLiteral(JIXIAO_BINARY), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(60000));
        const QString help = QString::fromUtf8(p.readAllStandardOutput());
        p.start(QStringLiteral(JIXIAO_BINARY), {QStringLiteral("no-such-command")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        const QString refusal = QString::fromUtf8(p.readAllStandardError());
        const QRegularExpression list(QStringLiteral("([a-z]+(?:、[a-z]+)+)"));
        const QRegularExpressionMatch listed = list.match(refusal);
        QVERIFY2(listed.hasMatch(), qPrintable(refusal));
        const QStringList commands = listed.captured(1).split(QStringLiteral("、"));
        for (const QString &command : commands)
            QVERIFY2(man.contains(command), qPrintable(QStringLiteral("resources/linux/jixiao.1 has no subsection for the command ") + command));
        for (auto it = man.cbegin(); it != man.cend(); ++it) {
            if (it.key().isEmpty())
                continue;
            QVERIFY2(commands.contains(it.key()), qPrintable(QStringLiteral("not a command of jixiao: ") + it.key()));
            QVERIFY2(help.contains(it.key()), qPrintable(QStringLiteral("jixiao --help does not name the command ") + it.key()));
        }
    }

    void optionsAgree_data()
    {
        QTest::addColumn<QString>("command");
        QString error;
        const QHash<QString, OptionSet> man = manPageOptions(&error);
        QStringList commands = man.keys();
        commands.sort();
        for (const QString &c : std::as_const(commands))
            QTest::newRow(c.isEmpty() ? "jixiao" : qPrintable(c)) << c;
    }

    void optionsAgree()
    {
        QFETCH(QString, command);
        QString error;
        const OptionSet man = manPageOptions(&error).value(command);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList arguments;
        if (!command.isEmpty())
            arguments << command;
        arguments << QStringLiteral("--help");
        OptionSet help = helpOptions(arguments, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        if (!command.isEmpty()) // the generic ones are described once, under OPTIONS
            help -= OptionSet{QStringLiteral("-h"), QStringLiteral("--help"), QStringLiteral("--help-all")};
        QVERIFY2(!help.isEmpty(), "no options read from --help");
        QVERIFY2(missing(help, man).isEmpty(),
                 qPrintable(QStringLiteral("in --help, not in resources/linux/jixiao.1: ") + missing(help, man)));
        QVERIFY2(missing(man, help).isEmpty(),
                 qPrintable(QStringLiteral("in resources/linux/jixiao.1, not in --help: ") + missing(man, help)));
    }
};

QTEST_GUILESS_MAIN(ManPageTest)
#include "tst_manpage.moc"
