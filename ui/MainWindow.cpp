#include "MainWindow.h"

#include "AboutDialog.h"
#include "AppSettings.h"
#include "Dialogs.h"
#include "DockToggle.h"
#include "FillDialog.h"
#include "FindingsPanel.h"
#include "IndicatorPanel.h"
#include "Language.h"
#include "ReportDocument.h"
#include "ReportJsonReader.h"
#include "ReportListModel.h"
#include "ReportJsonWriter.h"
#include "ReportExporter.h"
#include "ReportPreview.h"
#include "ReviewPanel.h"
#include "ReviewBar.h"
#include "ChartsPanel.h"
#include "YearFigures.h"
#include "pages/FormPage.h"
#include "WorkspaceBrowser.h"
#include "WindowWorkspace.h"
#include "WorkspaceSession.h"
#include "pages/AdjustmentsPage.h"
#include "pages/BudgetPage.h"
#include "pages/ExecutionPage.h"
#include "pages/ManagementPage.h"
#include "pages/ProblemsPage.h"
#include "pages/ProfilePage.h"
#include "pages/SelfEvaluationPage.h"
#include "pages/SignaturePage.h"
#include "pages/TargetsPage.h"

#include <QAbstractItemView>
#include <QActionGroup>
#include <QApplication>
#include <QScreen>
#include <QVBoxLayout>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ReportDocument(this))
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_indicators(new IndicatorPanel(m_document, this))
    , m_findings(new FindingsPanel(m_document, this))
    , m_counts(new QLabel(this))
    , m_preview(new ReportPreview(m_document, this))
    , m_review(new ReviewPanel(m_document, this))
    , m_saveState(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    createPages();
    createCentralWidget();
    createDocks();
    createStatusBar();
    createMenus();
    m_workspace = new WindowWorkspace(m_document, {this, m_viewMenu, m_reviewDock, m_findingsDock}, this);
    connectWorkspace();
    createToolBar();
    connectDocument();
    m_nav->setCurrentRow(0);
    updateStatus();
    updateTitle();
    restoreWindow();
}

// The sections, the page and the indicators side by side, under the review bar.
void MainWindow::createCentralWidget()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_nav);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_indicators);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setChildrenCollapsible(false);
    const int em = fontMetrics().horizontalAdvance(QChar(0x4E2D)); // width of one Chinese character
    m_nav->setMinimumWidth(em * 7);
    m_nav->setMaximumWidth(em * 11);
    m_indicators->setMinimumWidth(em * 22);
    splitter->setSizes({em * 8, em * 40, em * 28});
    m_reviewBar = new ReviewBar(this);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_reviewBar);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);
}

// Findings and review share the bottom; the PDF preview stands on the right, hidden.
void MainWindow::createDocks()
{
    auto *dock = new QDockWidget(tr("检查结果"), this);
    dock->setObjectName(QStringLiteral("findingsDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    dock->setWidget(m_findings);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    m_findingsDock = dock;
    resizeDocks({dock}, {fontMetrics().height() * 8}, Qt::Vertical);

    auto *previewDock = new QDockWidget(tr("PDF 预览"), this);
    previewDock->setObjectName(QStringLiteral("previewDock"));
    previewDock->setWidget(m_preview);
    addDockWidget(Qt::RightDockWidgetArea, previewDock);
    previewDock->hide();
    m_previewDock = previewDock;

    m_reviewDock = new QDockWidget(tr("评审"), this);
    m_reviewDock->setObjectName(QStringLiteral("reviewDock"));
    m_reviewDock->setWidget(m_review);
    addDockWidget(Qt::BottomDockWidgetArea, m_reviewDock);
    tabifyDockWidget(dock, m_reviewDock);
    // Scores and charts need room: the bottom area grows when the review is brought up.
    connect(m_reviewDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_reviewDock->isFloating() && m_reviewDock->height() < height() * 2 / 5)
            resizeDocks({m_reviewDock}, {height() / 2}, Qt::Vertical);
    });
    dock->raise();
}

void MainWindow::createStatusBar()
{
    m_counts->setObjectName(QStringLiteral("findingCounts"));
    m_saveState->setObjectName(QStringLiteral("saveState"));
    statusBar()->addPermanentWidget(m_saveState);
    statusBar()->addPermanentWidget(m_counts);
}

void MainWindow::connectDocument()
{
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_findings, &FindingsPanel::fieldRequested, this, &MainWindow::navigateTo);
    connect(m_document, &ReportDocument::findingsChanged, this, &MainWindow::updateStatus);
    connect(m_document, &ReportDocument::readOnlyChanged, this, [this](bool readOnly) {
        for (FormPage *page : std::as_const(m_pages))
            page->setReadOnly(readOnly);
    });
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, [this] { updateTitle(); });
    connect(m_document, &ReportDocument::changed, this, [this](const ReportChange &c) {
        if (c.kind == ReportChange::Kind::Reset || c.path == QLatin1String("department") || c.path == QLatin1String("year"))
            updateTitle();
    });
}

// The size and docks of last time, else nearly the whole screen.
void MainWindow::restoreWindow()
{
    if (!restoreGeometry(AppSettings::windowGeometry())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(available.size() * 19 / 20);
    }
    restoreState(AppSettings::windowState());
}

MainWindow::~MainWindow()
{
    // The workspace session follows the document's undo stack: while the document dies it
    // would save and signal this half-destroyed window (UBSan). It goes first, saving what
    // is left while the window is whole.
    delete m_workspace;
    m_workspace = nullptr;
    // The document is a child: it dies after this class, and its undo stack signals
    // cleanChanged as it goes. No slot of a half-destroyed window may run then (UBSan).
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
    disconnect(m_document, nullptr, this, nullptr);
}

void MainWindow::createPages()
{
    m_pages = {new ProfilePage(m_document, this),  new BudgetPage(m_document, this),
               new AdjustmentsPage(m_document, this), new ExecutionPage(m_document, this),
               new ManagementPage(m_document, this), new TargetsPage(m_document, this),
               new SelfEvaluationPage(m_document, this),
               new ProblemsPage(m_document, this),  new SignaturePage(m_document, this)};
    m_nav->setAccessibleName(tr("报告各部分"));
    m_nav->setObjectName(QStringLiteral("sectionList"));
    for (FormPage *page : std::as_const(m_pages)) {
        m_stack->addWidget(page);
        m_nav->addItem(page->title());
    }
}

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createSettingsMenu();
    QMenu *help = menuBar()->addMenu(tr("帮助(&H)"));
    help->addAction(tr("关于绩效自评(&A)"), this, [this] { AboutDialog(this).exec(); });
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("文件(&F)"));
    QAction *newAction = file->addAction(tr("新建报告(&N)…"), QKeySequence::New, this, [this] { newReport(); });
    newAction->setObjectName(QStringLiteral("newReportAction"));
    file->addAction(tr("打开(&O)…"), QKeySequence::Open, this, [this] {
        const QString name = Dialogs::openFileName(this, tr("打开报告"), tr("绩效自评报告 (*.json)"));
        if (!name.isEmpty())
            openFile(name);
    });
    m_recentMenu = file->addMenu(tr("最近打开(&R)"));
    file->addAction(tr("打开工作区(&K)…"), this, [this] {
        const QString location = Dialogs::askWorkspaceLocation(this);
        if (!location.isEmpty())
            openWorkspace(location);
    });
    file->addAction(tr("打开示例报告(&E)"), this, [this] {
        if (maybeSave())
            openSample();
    });
    file->addSeparator();
    QAction *saveAction = file->addAction(tr("保存(&S)"), QKeySequence::Save, this, [this] { save(); });
    saveAction->setObjectName(QStringLiteral("saveAction"));
    saveAction->setToolTip(tr("保存到工作区"));
    file->addSeparator();
    QAction *fillAction = file->addAction(tr("从决算/预算报表填入(&T)…"), this, [this] { FillDialog::start(m_document, this); });
    fillAction->setObjectName(QStringLiteral("fillFromTablesAction"));
    connect(m_document, &ReportDocument::readOnlyChanged, fillAction, [fillAction](bool readOnly) { fillAction->setEnabled(!readOnly); });
    QAction *exportAction = file->addAction(tr("导出 PDF、Word、ODT、Excel(&P)…"), this, &MainWindow::askExport);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setObjectName(QStringLiteral("exportAction"));
    // A JSON file is a copy for another program or another office: an export, which changes
    // nothing about where the window saves.
    QAction *exportJson = file->addAction(tr("导出为 JSON 文件(&J)…"), this, &MainWindow::askExportJson);
    exportJson->setObjectName(QStringLiteral("exportJsonAction"));
    file->addSeparator();
    file->addAction(tr("退出(&X)"), QKeySequence::Quit, this, &QWidget::close);
    updateRecentMenu();
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("编辑(&E)"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("撤销"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("重做"));
    // Ctrl+Y as well, what WPS and Word users press (Qt gives only Ctrl+Shift+Z on Linux).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Y));
    redo->setShortcuts(redoKeys);
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);
}

// A page each (Ctrl+1 …), then the preview and the review docks.
void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("视图(&V)"));
    m_viewMenu = view;
    for (int i = 0; i < m_pages.size(); ++i) {
        QAction *a = view->addAction(m_pages[i]->title(), this, [this, i] { showPage(i); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    view->addSeparator();
    QAction *previewAction = m_previewDock->toggleViewAction();
    previewAction->setText(tr("PDF 预览(&P)"));
    previewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    view->addAction(previewAction);
    QAction *reviewAction = DockToggle::create(m_reviewDock, tr("评审：评分与图表(&R)"));
    reviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    view->addAction(reviewAction);
}

void MainWindow::createSettingsMenu()
{
    QMenu *settings = menuBar()->addMenu(tr("设置(&T)"));
    QMenu *language = settings->addMenu(tr("界面语言(&L)"));
    auto *group = new QActionGroup(this);
    const QList<std::pair<QString, QString>> languages = {{QStringLiteral("zh_CN"), QStringLiteral("中文")},
                                                          {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[code, name] : languages) {
        QAction *a = language->addAction(name, this, [this, code] { chooseLanguage(code); });
        a->setCheckable(true);
        a->setChecked(Language::current() == code);
        group->addAction(a);
    }
}

namespace {
// An icon of the desktop's theme (freedesktop names), else one of the style's own.
QIcon themeIcon(const char *name, QStyle::StandardPixmap fallback, const QWidget *widget)
{
    return QIcon::fromTheme(QLatin1String(name), widget->style()->standardIcon(fallback, nullptr, widget));
}
} // namespace

void MainWindow::createToolBar()
{
    // What clerks use most, in the order of a report's life; the menus keep everything.
    QToolBar *bar = addToolBar(tr("常用"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Short words on the buttons: no mnemonics or "…" of the menu items.
    auto add = [this, bar](const char *objectName, QAction *action, const QString &text, const char *icon,
                           QStyle::StandardPixmap fallback) {
        QAction *tool = bar->addAction(themeIcon(icon, fallback, this), text, action, &QAction::trigger);
        tool->setObjectName(QLatin1String(objectName));
        tool->setToolTip(action->toolTip());
        action->setIcon(tool->icon()); // the menu item shows the same picture
        return tool;
    };
    add("toolNew", findChild<QAction *>(QStringLiteral("newReportAction")), tr("新建"), "document-new", QStyle::SP_FileIcon);
    add("toolSave", findChild<QAction *>(QStringLiteral("saveAction")), tr("保存"), "document-save", QStyle::SP_DialogSaveButton);
    add("toolExport", findChild<QAction *>(QStringLiteral("exportAction")), tr("导出 PDF"), "document-export", QStyle::SP_DriveFDIcon);
    QAction *preview = m_previewDock->toggleViewAction();
    QAction *previewTool = bar->addAction(themeIcon("document-print-preview", QStyle::SP_FileDialogContentsView, this), tr("预览"));
    previewTool->setObjectName(QStringLiteral("toolPreview"));
    previewTool->setCheckable(true);
    connect(previewTool, &QAction::triggered, preview, &QAction::trigger);
    connect(preview, &QAction::toggled, previewTool, &QAction::setChecked);
    bar->addSeparator();
    m_toolSubmit = bar->addAction(themeIcon("mail-send", QStyle::SP_DialogApplyButton, this), tr("提交"));
    m_toolSubmit->setObjectName(QStringLiteral("toolSubmit"));
    m_toolSubmit->setToolTip(tr("提交给审核人员（报告没有错误时）"));
    connect(m_toolSubmit, &QAction::triggered, this, [this] { m_reviewBar->act(int(ReportWorkflow::Action::Submit)); });
    m_toolStatus = new QLabel(bar);
    m_toolStatus->setObjectName(QStringLiteral("toolStatus"));
    m_toolStatus->setContentsMargins(12, 0, 6, 0);
    bar->addWidget(m_toolStatus);
    connect(m_reviewBar, &ReviewBar::refreshed, this, &MainWindow::updateToolBar);
    updateToolBar();
}

void MainWindow::updateToolBar()
{
    if (!m_toolStatus)
        return;
    const bool inWorkspace = m_workspace && m_workspace->hasReport();
    m_toolSubmit->setEnabled(inWorkspace && session()->availableActions().contains(ReportWorkflow::Action::Submit));
    QString status = inWorkspace ? m_reviewBar->statusText() : tr("报告文件（不在工作区中）");
    const QString saved = inWorkspace ? session()->stateText() : QString();
    if (!saved.isEmpty())
        status += QStringLiteral(" · ") + saved;
    m_toolStatus->setText(status);
}

void MainWindow::askExport()
{
    const Report &r = m_document->report();
    const QString suggested = QDir(AppSettings::lastDirectory()).filePath(
        QStringLiteral("%1%2年度部门整体支出预算绩效自评报告.pdf").arg(r.department).arg(r.year));
    const QString name = Dialogs::saveFileName(this, tr("导出报告"), suggested, ReportExporter::fileFilter());
    if (!name.isEmpty())
        exportTo(name);
}

bool MainWindow::exportTo(const QString &fileName)
{
    const ReportExporter exporter(m_document->report(), m_document->evaluationInputs());
    QString error;
    QString notice; // characters a .docx/.odt cannot hold, left out
    if (!exporter.exportTo(fileName, &error, &notice)) {
        Dialogs::error(this, tr("导出失败"), tr("无法导出到 %1：%2").arg(QDir::toNativeSeparators(fileName), error));
        return false;
    }
    AppSettings::setLastDirectory(QFileInfo(fileName).absolutePath());
    const QString andNotice = notice.isEmpty() ? QString() : QStringLiteral("\n\n") + notice;
    // Each format marks a draft its own way (a spreadsheet has no page text to put 草稿 on);
    // JSON is the report's data and carries no mark.
    const std::optional<ReportExporter::Format> format = ReportExporter::formatOf(fileName);
    const QString marking = format ? ReportExporter::draftMarking(*format) : QString();
    if (exporter.isDraft() && !marking.isEmpty())
        Dialogs::information(this, tr("已导出草稿"),
                             tr("报告还有%1个错误，已导出为草稿（%2）：%3")
                                     .arg(m_document->evaluation().errorCount())
                                     .arg(marking, QDir::toNativeSeparators(fileName))
                                 + andNotice);
    else if (!notice.isEmpty())
        Dialogs::information(this, tr("已导出"), tr("已导出 %1。").arg(QDir::toNativeSeparators(fileName)) + andNotice);
    else
        statusBar()->showMessage(tr("已导出 %1").arg(QDir::toNativeSeparators(fileName)), 5000);
    return true;
}

void MainWindow::chooseLanguage(const QString &code)
{
    AppSettings::setLanguage(code);
    Dialogs::information(this, tr("界面语言"), tr("界面语言将在下次启动绩效自评时生效。"));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString name = files[i];
        m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(name).fileName()), this,
                                [this, name] { openFile(name); })
            ->setToolTip(name);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

FormPage *MainWindow::currentPage() const
{
    return m_pages.value(m_stack->currentIndex());
}

void MainWindow::showPage(int index)
{
    m_nav->setCurrentRow(index);
}

bool MainWindow::navigateTo(const QString &path)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (!m_pages[i]->owns(path))
            continue;
        showPage(i);
        return m_pages[i]->focusPath(path);
    }
    return false;
}

void MainWindow::updateSaveState()
{
    m_saveState->setText(session() ? session()->stateText() : QString());
    updateTitle();
}

void MainWindow::setReport(const Report &report, const QString &fileName)
{
    m_fileName = fileName;
    m_document->load(report);
    updateTitle();
    updateStatus();
}

bool MainWindow::openFile(const QString &fileName)
{
    if (!maybeSave())
        return false;
    const ReportJsonReader::Result r = ReportJsonReader::readFile(fileName);
    if (!r.ok()) {
        Dialogs::error(this, tr("无法打开报告"),
                       tr("无法打开 %1。\n\n%2").arg(QDir::toNativeSeparators(fileName), r.message()));
        AppSettings::removeRecentFile(QFileInfo(fileName).absoluteFilePath());
        updateRecentMenu();
        return false;
    }
    m_workspace->detach(); // a file is edited as a file
    setReport(*r.report, QFileInfo(fileName).absoluteFilePath());
    AppSettings::addRecentFile(m_fileName);
    AppSettings::setLastDirectory(QFileInfo(fileName).absolutePath());
    updateRecentMenu();
    return true;
}

void MainWindow::openSample()
{
    m_workspace->detach();
    const ReportJsonReader::Result r = ReportJsonReader::readFile(QStringLiteral(":/samples/xiangtan-2023.json"));
    setReport(r.report.value_or(Report()), QString());
}

void MainWindow::newReport()
{
    if (!maybeSave())
        return;
    if (m_workspace->hasWorkspace()) { // a new report of the workspace, for a department and a year (asked)
        m_workspace->newReport();
        return;
    }
    // No workspace could be opened: a report file, for a department and a year all the same.
    QString department;
    int year = QDate::currentDate().year() - 1;
    if (!Dialogs::askNewReport(this, {}, &department, &year))
        return;
    Report report;
    report.department = department;
    report.year = year;
    report.title = tr("部门整体支出预算绩效自评报告");
    setReport(report, QString());
}

bool MainWindow::save()
{
    if (m_workspace->hasReport())
        return session()->flush() || maybeSave();
    if (m_workspace->hasWorkspace()) {
        // A report opened from a file (or the sample) goes into the workspace, and is
        // edited there from now on: Ctrl+S always means the workspace.
        const qint64 id = m_workspace->storeDocument();
        if (id == 0)
            return false;
        m_document->undoStack()->setClean(); // what the store now holds
        return openStoredReport(id);
    }
    if (m_fileName.isEmpty())
        return saveAs();
    return writeTo(m_fileName);
}

// 部门-年度.json in the folder last used, for saving or exporting the report as a file.
QString MainWindow::suggestedJsonName() const
{
    const Report &r = m_document->report();
    return QDir(AppSettings::lastDirectory())
        .filePath(QStringLiteral("%1-%2.json").arg(r.department.isEmpty() ? tr("报告") : r.department).arg(r.year));
}

void MainWindow::askExportJson()
{
    const QString name = Dialogs::saveFileName(this, tr("导出为 JSON 文件"), suggestedJsonName(), tr("绩效自评报告 (*.json)"));
    if (name.isEmpty())
        return;
    QSaveFile file(name);
    const QByteArray bytes = ReportJsonWriter::write(m_document->report());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        Dialogs::error(this, tr("导出失败"), tr("无法导出到 %1：%2").arg(QDir::toNativeSeparators(name), file.errorString()));
        return;
    }
    AppSettings::setLastDirectory(QFileInfo(name).absolutePath());
    statusBar()->showMessage(tr("已导出 %1").arg(QDir::toNativeSeparators(name)), 5000);
}

bool MainWindow::saveAs()
{
    const QString name = Dialogs::saveFileName(this, tr("保存报告"), suggestedJsonName(), tr("绩效自评报告 (*.json)"));
    if (name.isEmpty())
        return false;
    if (!writeTo(name))
        return false;
    m_fileName = QFileInfo(name).absoluteFilePath();
    AppSettings::addRecentFile(m_fileName);
    AppSettings::setLastDirectory(QFileInfo(name).absolutePath());
    updateRecentMenu();
    updateTitle();
    return true;
}

bool MainWindow::writeTo(const QString &fileName)
{
    QSaveFile file(fileName);
    const QByteArray bytes = ReportJsonWriter::write(m_document->report());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        Dialogs::error(this, tr("保存失败"),
                       tr("无法保存到 %1：%2\n\n报告仍在窗口中，没有丢失；请换一个位置另存。")
                           .arg(QDir::toNativeSeparators(fileName), file.errorString()));
        return false;
    }
    m_document->undoStack()->setClean();
    statusBar()->showMessage(tr("已保存到 %1").arg(QDir::toNativeSeparators(fileName)), 4000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (m_workspace->hasReport()) {
        bool toFile = false;
        if (!m_workspace->settlePendingSaves(&toFile))
            return false;
        return toFile ? saveAs() : true;
    }
    if (m_document->undoStack()->isClean())
        return true;
    const QString name = m_fileName.isEmpty() ? tr("未命名报告") : QFileInfo(m_fileName).fileName();
    switch (Dialogs::askSaveChanges(this, name)) {
    case Dialogs::Answer::Save:
        return save();
    case Dialogs::Answer::Discard:
        return true;
    default:
        return false;
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    AppSettings::setWindowGeometry(saveGeometry());
    AppSettings::setWindowState(saveState());
    event->accept();
}

void MainWindow::updateTitle()
{
    const Report &r = m_document->report();
    const QString department = r.department.trimmed().isEmpty() ? tr("（未填写部门）") : r.department;
    QString file = m_fileName.isEmpty() ? tr("未保存") : QFileInfo(m_fileName).fileName();
    if (m_workspace && m_workspace->hasReport())
        file = m_workspace->titleText();
    setWindowTitle(tr("%1 %2年度 — %3[*] — 绩效自评").arg(department).arg(r.year).arg(file));
    setWindowModified(!m_document->undoStack()->isClean());
    updateToolBar();
}

void MainWindow::updateStatus()
{
    const ReportEvaluation &e = m_document->evaluation();
    m_counts->setText(tr("错误 %1 · 警告 %2").arg(e.errorCount()).arg(e.warningCount()));
    m_counts->setAccessibleName(m_counts->text());
}

// The workspace side is WindowWorkspace's; the window follows what it does.
void MainWindow::connectWorkspace()
{
    connect(m_workspace, &WindowWorkspace::sessionChanged, this, [this](WorkspaceSession *session) {
        m_reviewBar->setSession(session);
        updateTitle();
    });
    connect(m_workspace, &WindowWorkspace::earlierYearsChanged, this, [this] {
        m_review->chartsPanel()->setEarlierYears(YearFigures::ofReports(session()->earlierYears()));
    });
    connect(m_workspace, &WindowWorkspace::commentsChanged, this, [this](const QHash<QString, QStringList> &open) {
        for (FormPage *page : std::as_const(m_pages))
            page->showComments(open);
    });
    connect(m_workspace, &WindowWorkspace::stateChanged, this, &MainWindow::updateSaveState);
    connect(m_workspace, &WindowWorkspace::openRequested, this, &MainWindow::openStoredReport);
    connect(m_workspace, &WindowWorkspace::openFromOverviewRequested, this, [this](qint64 id) {
        if (openStoredReport(id)) {
            raise();
            activateWindow();
        }
    });
    connect(m_workspace, &WindowWorkspace::fieldRequested, this, &MainWindow::navigateTo);
    connect(m_workspace, &WindowWorkspace::currentFieldWanted, this, [this](QString *path) { *path = currentFieldPath(); });
}

WorkspaceSession *MainWindow::session() const
{
    return m_workspace ? m_workspace->session() : nullptr;
}

WorkspaceBrowser *MainWindow::browser() const
{
    return m_workspace ? m_workspace->browser() : nullptr;
}

CommentsPanel *MainWindow::commentsPanel() const
{
    return m_workspace ? m_workspace->commentsPanel() : nullptr;
}

OverviewWindow *MainWindow::overviewWindow() const
{
    return m_workspace ? m_workspace->overviewWindow() : nullptr;
}

bool MainWindow::openWorkspace(const QString &locationText)
{
    QString problem;
    const WorkspaceLocation location = WorkspaceLocation::parse(locationText, &problem);
    auto workspace = std::make_unique<Workspace>();
    const WorkspaceError e = location.isValid() ? workspace->open(location)
                                                : WorkspaceError(WorkspaceError::InvalidLocation, problem);
    if (e.isError()) {
        Dialogs::error(this, tr("无法打开工作区"), e.text());
        return false;
    }
    if (!maybeSave())
        return false;
    m_workspace->adopt(std::move(workspace));
    if (!openLastStoredReport())
        openSample();
    return true;
}

void MainWindow::setWorkspace(Workspace *workspace)
{
    m_workspace->setWorkspace(workspace);
}

bool MainWindow::openStoredReport(qint64 id)
{
    if (!m_workspace->hasWorkspace())
        return false;
    if (m_workspace->hasReport() && session()->reportId() == id)
        return true;
    if (!m_workspace->hasReport() && !maybeSave())
        return false; // a file with unsaved changes
    if (!m_workspace->openReport(id))
        return false;
    m_fileName.clear();
    updateTitle();
    updateStatus();
    return true;
}

bool MainWindow::openLastStoredReport()
{
    const qint64 id = m_workspace->lastReport();
    return id != 0 && openStoredReport(id);
}

void MainWindow::showOverview()
{
    m_workspace->showOverview();
}

QString MainWindow::currentFieldPath() const
{
    // The field being edited: a bound widget (or its focus proxy's owner), or a table cell.
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget()) {
        const QString path = w->property("fieldPath").toString();
        if (!path.isEmpty())
            return path;
        if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            if (auto *model = qobject_cast<ReportListModel *>(view->model()); model && view->currentIndex().isValid())
                return view->currentIndex().data(ReportListModel::FieldPathRole).toString();
        }
    }
    return QString();
}
