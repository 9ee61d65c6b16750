#include "drills/drill_record_editor.h"

#include "app/backend.h"
#include "drills/drill_ui.h"
#include "shell/session.h"
#include "shell/ui_context.h"
#include "storage/attachment_files.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

enum AttendanceCol { NameCol, PresentCol, RoleCol };
enum MeasuredCol { SystemCol, TargetCol, MeasuredCol, MetCol };

QTableWidget *plainTable(const QString &name, int columns)
{
    auto *t = new QTableWidget(0, columns);
    t->setObjectName(name);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setMinimumHeight(110);
    return t;
}

QTableWidgetItem *fixed(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

QLabel *heading()
{
    auto *l = new QLabel;
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

} // namespace

DrillRecordEditor::DrillRecordEditor(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_startLabel(new QLabel)
    , m_endLabel(new QLabel)
    , m_outcomeLabel(new QLabel)
    , m_resultLabel(new QLabel)
    , m_problemsLabel(new QLabel)
    , m_attendanceLabel(heading())
    , m_measuredLabel(heading())
    , m_timelineLabel(heading())
    , m_attachmentsLabel(heading())
    , m_start(new OptionalTimeEdit)
    , m_end(new OptionalTimeEdit)
    , m_outcome(new QComboBox)
    , m_result(new QPlainTextEdit)
    , m_problems(new QPlainTextEdit)
    , m_attendance(plainTable(QStringLiteral("attendanceTable"), 3))
    , m_measured(plainTable(QStringLiteral("measuredTable"), 4))
    , m_timeline(plainTable(QStringLiteral("recordTimeline"), 4))
    , m_entryAt(new OptionalTimeEdit)
    , m_entryText(new QLineEdit)
    , m_addEntry(new QPushButton)
    , m_attachments(plainTable(QStringLiteral("attachmentsTable"), 4))
    , m_addFile(new QPushButton)
    , m_openFile(new QPushButton)
    , m_removeFile(new QPushButton)
{
    setObjectName(QStringLiteral("drillRecordEditor"));
    m_start->setObjectName(QStringLiteral("actualStart"));
    m_end->setObjectName(QStringLiteral("actualEnd"));
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_result->setObjectName(QStringLiteral("resultText"));
    m_problems->setObjectName(QStringLiteral("problems"));
    m_entryText->setObjectName(QStringLiteral("entryText"));
    m_addEntry->setObjectName(QStringLiteral("addEntry"));
    m_addFile->setObjectName(QStringLiteral("addAttachment"));
    m_openFile->setObjectName(QStringLiteral("openAttachment"));
    m_removeFile->setObjectName(QStringLiteral("removeAttachment"));
    for (QPlainTextEdit *e : {m_result, m_problems}) {
        e->setTabChangesFocus(true);
        e->setMaximumHeight(90);
    }
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attachments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_measured->horizontalHeader()->setSectionResizeMode(SystemCol, QHeaderView::Stretch);
    m_attendance->horizontalHeader()->setSectionResizeMode(NameCol, QHeaderView::Stretch);
    for (DrillOutcome o :
         {DrillOutcome::None, DrillOutcome::Success, DrillOutcome::Partial, DrillOutcome::Failed})
        m_outcome->addItem(QString(), int(o));

    auto *form = new QFormLayout;
    form->addRow(m_startLabel, m_start);
    form->addRow(m_endLabel, m_end);
    form->addRow(m_outcomeLabel, m_outcome);
    form->addRow(m_resultLabel, m_result);
    form->addRow(m_problemsLabel, m_problems);
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_measuredLabel);
    left->addWidget(m_measured, 1);
    left->addWidget(m_attendanceLabel);
    left->addWidget(m_attendance, 1);

    auto *entry = new QHBoxLayout;
    entry->addWidget(m_entryAt);
    entry->addWidget(m_entryText, 1);
    entry->addWidget(m_addEntry);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_addFile);
    fileButtons->addWidget(m_openFile);
    fileButtons->addWidget(m_removeFile);
    fileButtons->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_timelineLabel);
    right->addWidget(m_timeline, 2);
    right->addLayout(entry);
    right->addWidget(m_attachmentsLabel);
    right->addWidget(m_attachments, 1);
    right->addLayout(fileButtons);

    auto *body = new QWidget;
    auto *columns = new QHBoxLayout(body);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_measured, &QTableWidget::itemChanged, this, &DrillRecordEditor::updateMet);
    connect(m_addEntry, &QPushButton::clicked, this, &DrillRecordEditor::addEntry);
    connect(m_entryText, &QLineEdit::returnPressed, this, &DrillRecordEditor::addEntry);
    connect(m_addFile, &QPushButton::clicked, this, &DrillRecordEditor::addFile);
    connect(m_openFile, &QPushButton::clicked, this, &DrillRecordEditor::openFile);
    connect(m_removeFile, &QPushButton::clicked, this, &DrillRecordEditor::removeFile);
    connect(m_attachments, &QTableWidget::cellDoubleClicked, this, &DrillRecordEditor::openFile);
    connect(m_attachments, &QTableWidget::itemSelectionChanged, this,
            &DrillRecordEditor::updateButtons);
    retranslateUi();
}

void DrillRecordEditor::setDrill(const Drill &drill, const QHash<qint64, QString> &names)
{
    m_drill = drill;
    m_names = names;
    const QDateTime now = m_context.backend.clock().now();
    m_start->setFallback(drill.plannedStart.isValid() ? drill.plannedStart : now);
    m_end->setFallback(now);
    m_start->setValue(drill.actualStart);
    m_end->setValue(drill.actualEnd);
    m_outcome->setCurrentIndex(m_outcome->findData(int(drill.outcome)));
    m_result->setPlainText(drill.resultText);
    m_problems->setPlainText(drill.problems);

    // Attendance: the recorded rows, then planned participants not yet recorded.
    QList<DrillAttendance> rows = drill.attendance;
    for (qint64 id : drill.participants) {
        bool known = false;
        for (const DrillAttendance &a : std::as_const(rows))
            known = known || a.contactId == id;
        if (!known)
            rows << DrillAttendance{id, false, QString()};
    }
    m_attendance->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        auto *name = fixed(names.value(rows[i].contactId, QString::number(rows[i].contactId)));
        name->setData(Qt::UserRole, rows[i].contactId);
        m_attendance->setItem(i, NameCol, name);
        auto *present = new QTableWidgetItem;
        present->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        present->setCheckState(rows[i].present ? Qt::Checked : Qt::Unchecked);
        m_attendance->setItem(i, PresentCol, present);
        m_attendance->setItem(i, RoleCol, new QTableWidgetItem(rows[i].role));
    }

    {
        const QSignalBlocker block(m_measured);
        m_measured->setRowCount(int(drill.systems.size()));
        for (int i = 0; i < drill.systems.size(); ++i) {
            const DrillSystem &s = drill.systems[i];
            m_measured->setItem(i, SystemCol, fixed(s.system));
            m_measured->setItem(i, TargetCol, fixed(QString::number(s.targetMinutes)));
            m_measured->setItem(i, MeasuredCol,
                                new QTableWidgetItem(
                                    s.measured() ? QString::number(s.measuredMinutes) : QString()));
            m_measured->setItem(i, MetCol, fixed(QString()));
        }
    }
    updateMet();
    fillTimeline();
    reloadAttachments();
    m_entryAt->setValue(now);
    setEditable(m_editable);
}

Drill DrillRecordEditor::record() const
{
    Drill d = m_drill;
    d.actualStart = m_start->value();
    d.actualEnd = m_end->value();
    d.outcome = DrillOutcome(m_outcome->currentData().toInt());
    d.resultText = m_result->toPlainText().trimmed();
    d.problems = m_problems->toPlainText().trimmed();
    d.attendance.clear();
    for (int row = 0; row < m_attendance->rowCount(); ++row) {
        DrillAttendance a;
        a.contactId = m_attendance->item(row, NameCol)->data(Qt::UserRole).toLongLong();
        a.present = m_attendance->item(row, PresentCol)->checkState() == Qt::Checked;
        a.role = m_attendance->item(row, RoleCol)->text().trimmed();
        d.attendance << a;
    }
    for (int row = 0; row < m_measured->rowCount() && row < d.systems.size(); ++row) {
        bool ok = false;
        const int minutes = m_measured->item(row, MeasuredCol)->text().trimmed().toInt(&ok);
        d.systems[row].measuredMinutes = ok && minutes >= 0 ? minutes : -1;
    }
    return d;
}

void DrillRecordEditor::setEditable(bool editable)
{
    m_editable = editable;
    m_start->setReadOnly(!editable);
    m_end->setReadOnly(!editable);
    m_outcome->setEnabled(editable);
    m_result->setReadOnly(!editable);
    m_problems->setReadOnly(!editable);
    const auto triggers =
        editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers;
    m_attendance->setEditTriggers(triggers);
    m_measured->setEditTriggers(triggers);
    for (int row = 0; row < m_attendance->rowCount(); ++row)
        m_attendance->item(row, PresentCol)
            ->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable
                                : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    updateButtons();
}

void DrillRecordEditor::updateButtons()
{
    const bool writer = DrillUi::canEdit(m_context) && m_drill.id != 0;
    const bool timelineOpen = m_drill.status == DrillStatus::InProgress
                              || m_drill.status == DrillStatus::Completed
                              || m_drill.status == DrillStatus::Approved;
    m_addEntry->setEnabled(writer && timelineOpen);
    m_entryText->setEnabled(writer && timelineOpen);
    m_entryAt->setEnabled(writer && timelineOpen);
    const bool selected = m_attachments->currentRow() >= 0;
    m_addFile->setEnabled(writer && m_drill.status != DrillStatus::Cancelled);
    m_openFile->setEnabled(selected);
    m_removeFile->setEnabled(writer && selected);
}

void DrillRecordEditor::updateMet()
{
    const QSignalBlocker block(m_measured);
    for (int row = 0; row < m_measured->rowCount(); ++row) {
        bool ok = false;
        const int minutes = m_measured->item(row, MeasuredCol)->text().trimmed().toInt(&ok);
        const int target = m_measured->item(row, TargetCol)->text().toInt();
        QTableWidgetItem *met = m_measured->item(row, MetCol);
        if (!ok) {
            met->setText(tr("not measured"));
            met->setForeground(palette().placeholderText());
        } else {
            met->setText(DrillUi::checkText(minutes <= target));
            met->setForeground(minutes <= target ? QColor(0x1e, 0x7d, 0x32)
                                                 : QColor(0xb3, 0x26, 0x1e));
        }
    }
}

void DrillRecordEditor::fillTimeline()
{
    m_timeline->setRowCount(int(m_drill.timeline.size()));
    for (int i = 0; i < m_drill.timeline.size(); ++i) {
        const DrillTimelineEntry &e = m_drill.timeline[i];
        const bool fromMode = e.source == QStringLiteral("drill_mode");
        const QStringList cells = {DrillUi::localText(e.at), e.actor, e.text,
                                   fromMode ? tr("drill mode") : tr("manual")};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = fixed(cells[col]);
            if (fromMode)
                item->setBackground(QColor(0xff, 0xf3, 0xe0));
            m_timeline->setItem(i, col, item);
        }
    }
    m_timeline->resizeColumnsToContents();
}

Status DrillRecordEditor::addTimelineEntry(const QDateTime &at, const QString &text)
{
    DrillTimelineEntry e;
    e.at = at;
    e.text = text.trimmed();
    Status done =
        m_context.backend.drills().recordTimeline(m_context.session.actor(), m_drill.id, {e});
    if (!done)
        return done;
    if (auto line = m_context.backend.drills().timeline(m_drill.id)) {
        m_drill.timeline = *line;
        fillTimeline();
    }
    return {};
}

void DrillRecordEditor::addEntry()
{
    if (Status done = addTimelineEntry(m_entryAt->value(), m_entryText->text()); !done) {
        emit failed(done.error());
        return;
    }
    m_entryText->clear();
    emit stored(tr("Timeline entry added."));
}

Status DrillRecordEditor::attach(const QString &path)
{
    auto id = m_context.backend.drills().attachFile(m_context.session.actor(), m_drill.id, path,
                                                    m_context.backend.attachmentFolder());
    if (!id)
        return id.takeError();
    reloadAttachments();
    return {};
}

void DrillRecordEditor::reloadAttachments()
{
    m_files.clear();
    if (m_drill.id != 0) {
        auto files = m_context.backend.drills().attachments(m_drill.id);
        if (!files)
            emit failed(files.error());
        else
            m_files = *files;
    }
    m_attachments->setRowCount(int(m_files.size()));
    for (int i = 0; i < m_files.size(); ++i) {
        const DrillAttachment &a = m_files[i];
        const QStringList cells = {a.fileName, QLocale().formattedDataSize(a.size),
                                   DrillUi::localText(a.addedAt), a.addedBy};
        for (int col = 0; col < cells.size(); ++col)
            m_attachments->setItem(i, col, fixed(cells[col]));
    }
    m_attachments->resizeColumnsToContents();
    updateButtons();
}

void DrillRecordEditor::addFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file to the drill"));
    if (path.isEmpty())
        return;
    if (Status done = attach(path); !done)
        emit failed(done.error());
    else
        emit stored(tr("%1 attached.").arg(QFileInfo(path).fileName()));
}

void DrillRecordEditor::openFile()
{
    const int row = m_attachments->currentRow();
    if (row < 0 || row >= m_files.size())
        return;
    const DrillAttachment &a = m_files[row];
    auto local = AttachmentFiles::localFile(m_context.backend.database(),
                                            m_context.backend.attachmentFolder(), a.storedAs);
    if (!local) {
        emit failed(tr("%1: %2").arg(a.fileName, local.error()));
        return;
    }
    const QString stored = *local;
    // The stored file is named by its hash: open a copy that carries the original name.
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                            .filePath(QStringLiteral("dutydesk-drill-%1").arg(a.id));
    QDir().mkpath(dir);
    const QString copy = QDir(dir).filePath(QFileInfo(a.fileName).fileName());
    QFile::remove(copy);
    if (!QFile::copy(stored, copy)) {
        emit failed(tr("%1: the stored file %2 could not be read.")
                        .arg(a.fileName, QDir::toNativeSeparators(stored)));
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(copy));
}

void DrillRecordEditor::removeFile()
{
    const int row = m_attachments->currentRow();
    if (row < 0 || row >= m_files.size())
        return;
    const DrillAttachment a = m_files[row];
    if (QMessageBox::question(this, tr("Remove attachment"),
                              tr("Remove the attachment “%1” from the drill?").arg(a.fileName))
        != QMessageBox::Yes)
        return;
    Status done = m_context.backend.drills().removeAttachment(m_context.session.actor(), a.id,
                                                              m_context.backend.attachmentFolder());
    if (!done) {
        emit failed(done.error());
        return;
    }
    reloadAttachments();
    emit stored(tr("%1 removed.").arg(a.fileName));
}

void DrillRecordEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateMet();
        fillTimeline();
    }
    QWidget::changeEvent(event);
}

void DrillRecordEditor::retranslateUi()
{
    m_startLabel->setText(tr("Actual start"));
    m_endLabel->setText(tr("Actual end"));
    m_outcomeLabel->setText(tr("Outcome"));
    m_resultLabel->setText(tr("Result"));
    m_problemsLabel->setText(tr("Problems found"));
    m_attendanceLabel->setText(tr("Attendance"));
    m_measuredLabel->setText(tr("Measured recovery times"));
    m_timelineLabel->setText(tr("Timeline (who did what when)"));
    m_attachmentsLabel->setText(tr("Attachments"));
    for (OptionalTimeEdit *e : {m_start, m_end, m_entryAt})
        e->setNotSetText(tr("not set"));
    for (int i = 0; i < m_outcome->count(); ++i) {
        const auto o = DrillOutcome(m_outcome->itemData(i).toInt());
        m_outcome->setItemText(i, o == DrillOutcome::None ? tr("— not decided —")
                                                          : drillOutcomeName(o));
    }
    m_attendance->setHorizontalHeaderLabels({tr("Participant"), tr("Present"), tr("Role")});
    m_measured->setHorizontalHeaderLabels(
        {tr("System"), tr("Target (min)"), tr("Measured (min)"), tr("Target met")});
    m_timeline->setHorizontalHeaderLabels({tr("Time"), tr("Who"), tr("What"), tr("Source")});
    m_attachments->setHorizontalHeaderLabels({tr("File"), tr("Size"), tr("Added"), tr("By")});
    m_entryText->setPlaceholderText(tr("What happened (Enter adds it to the timeline)"));
    m_addEntry->setText(tr("Add entry"));
    m_addFile->setText(tr("Attach file…"));
    m_openFile->setText(tr("Open"));
    m_removeFile->setText(tr("Remove"));
}

} // namespace ui
} // namespace dd
