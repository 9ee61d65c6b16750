#include "drills/training_panel.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "drills/contact_picker.h"
#include "drills/drill_ui.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {
enum SessionCol { DateCol, TopicCol, TitleCol, TrainerCol, AttendeesCol, SessionCols };
enum StatusCol { NameCol, PostsCol, LastCol, CurrentCol, StatusCols };
} // namespace

TrainingPanel::TrainingPanel(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_filter(new QLineEdit)
    , m_sessions(DrillUi::table(QStringLiteral("trainingTable"), nullptr))
    , m_editorTitle(new QLabel)
    , m_topic(new QComboBox)
    , m_title(new QLineEdit)
    , m_date(new QDateEdit)
    , m_trainer(new QLineEdit)
    , m_attendees(new ContactPicker)
    , m_materials(new QPlainTextEdit)
    , m_new(new QPushButton)
    , m_save(new QPushButton)
    , m_remove(new QPushButton)
    , m_message(new InlineMessage)
    , m_statusTitle(new QLabel)
    , m_statusSummary(new QLabel)
    , m_status(DrillUi::table(QStringLiteral("trainingStatusTable"), nullptr))
    , m_horizontal(new QSplitter(Qt::Horizontal))
    , m_vertical(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("trainingPanel"));
    m_filter->setObjectName(QStringLiteral("trainingFilter"));
    m_filter->setClearButtonEnabled(true);
    m_topic->setObjectName(QStringLiteral("trainingTopic"));
    m_title->setObjectName(QStringLiteral("trainingTitle"));
    m_date->setObjectName(QStringLiteral("trainingDate"));
    m_trainer->setObjectName(QStringLiteral("trainingTrainer"));
    m_attendees->setObjectName(QStringLiteral("trainingAttendees"));
    m_materials->setObjectName(QStringLiteral("trainingMaterials"));
    m_materials->setTabChangesFocus(true);
    m_materials->setMaximumHeight(80);
    m_new->setObjectName(QStringLiteral("newTraining"));
    m_save->setObjectName(QStringLiteral("saveTraining"));
    m_remove->setObjectName(QStringLiteral("removeTraining"));
    m_message->setObjectName(QStringLiteral("trainingMessage"));
    m_sessions->setColumnCount(SessionCols);
    m_status->setColumnCount(StatusCols);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    for (TrainingTopic t :
         {TrainingTopic::EmergencyPlan, TrainingTopic::IndustryRules, TrainingTopic::Other})
        m_topic->addItem(trainingTopicName(t), int(t));
    QFont bold = m_editorTitle->font();
    bold.setBold(true);
    m_editorTitle->setFont(bold);
    m_statusTitle->setFont(bold);

    auto *listSide = new QWidget;
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_sessions, 1);

    auto *form = new QFormLayout;
    for (int i = 0; i < 6; ++i)
        m_formLabels << new QLabel;
    form->addRow(m_formLabels[0], m_topic);
    form->addRow(m_formLabels[1], m_title);
    form->addRow(m_formLabels[2], m_date);
    form->addRow(m_formLabels[3], m_trainer);
    form->addRow(m_formLabels[4], m_attendees);
    form->addRow(m_formLabels[5], m_materials);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_save);
    auto *editor = new QWidget;
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_editorTitle);
    editorLayout->addLayout(form, 1);
    editorLayout->addWidget(m_message);
    editorLayout->addLayout(buttons);

    m_horizontal->addWidget(listSide);
    m_horizontal->addWidget(editor);
    m_horizontal->setStretchFactor(0, 3);
    m_horizontal->setStretchFactor(1, 2);
    m_horizontal->setChildrenCollapsible(false);
    auto *statusSide = new QWidget;
    auto *statusLayout = new QVBoxLayout(statusSide);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    auto *statusHead = new QHBoxLayout;
    statusHead->addWidget(m_statusTitle);
    statusHead->addStretch(1);
    statusHead->addWidget(m_statusSummary);
    statusLayout->addLayout(statusHead);
    statusLayout->addWidget(m_status, 1);
    m_vertical->addWidget(m_horizontal);
    m_vertical->addWidget(statusSide);
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 2);
    m_vertical->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_vertical);

    QSettings settings;
    m_horizontal->restoreState(
        settings.value(QStringLiteral("drills/trainingSplitter")).toByteArray());
    m_vertical->restoreState(
        settings.value(QStringLiteral("drills/trainingStatusSplitter")).toByteArray());
    connect(m_horizontal, &QSplitter::splitterMoved, this, [this] {
        QSettings().setValue(QStringLiteral("drills/trainingSplitter"), m_horizontal->saveState());
    });
    connect(m_vertical, &QSplitter::splitterMoved, this, [this] {
        QSettings().setValue(QStringLiteral("drills/trainingStatusSplitter"),
                             m_vertical->saveState());
    });
    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString &text) { DrillUi::filterRows(m_sessions, text); });
    connect(m_sessions, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_sessions->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            openSession(m_sessions->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong());
    });
    connect(m_new, &QPushButton::clicked, this, &TrainingPanel::newSession);
    connect(m_save, &QPushButton::clicked, this, [this] { (void)saveSession(); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Delete training"),
                                  tr("Delete the training session “%1”?").arg(m_session.title))
            == QMessageBox::Yes)
            (void)removeSession();
    });
    connect(&m_context.session, &Session::actorChanged, this, &TrainingPanel::updateActions);
    retranslateUi();
    reload();
    newSession();
}

void TrainingPanel::reload()
{
    ContactQuery all;
    all.activeOnly = false;
    auto contacts = m_context.backend.contacts().contacts(all);
    auto sessions = m_context.backend.drills().trainings();
    if (!contacts || !sessions) {
        m_message->showError(!contacts ? contacts.error() : sessions.error());
        return;
    }
    QList<ContactPicker::Person> people;
    QHash<qint64, QString> names;
    for (const Contact &c : *contacts) {
        people << ContactPicker::Person{c.id, c.name, c.position, c.active};
        names.insert(c.id, c.name);
    }
    m_attendees->setPeople(people);
    m_list = *sessions;
    const bool sorting = m_sessions->isSortingEnabled();
    m_sessions->setSortingEnabled(false);
    m_sessions->setRowCount(int(m_list.size()));
    for (int row = 0; row < m_list.size(); ++row) {
        const TrainingSession &s = m_list[row];
        QStringList who;
        for (qint64 id : s.attendees)
            who << names.value(id);
        m_sessions->setItem(
            row, DateCol,
            DrillUi::cell(DrillUi::dateText(s.date), s.id, qint64(s.date.toJulianDay())));
        m_sessions->setItem(row, TopicCol, DrillUi::cell(trainingTopicName(s.topic), s.id));
        m_sessions->setItem(row, TitleCol, DrillUi::cell(s.title, s.id));
        m_sessions->setItem(row, TrainerCol, DrillUi::cell(s.trainer, s.id));
        auto *attendees = DrillUi::cell(
            tr("%n attendee(s): %1", nullptr, int(who.size())).arg(who.join(QStringLiteral(", "))),
            s.id, int(who.size()));
        m_sessions->setItem(row, AttendeesCol, attendees);
    }
    m_sessions->setSortingEnabled(sorting);
    m_sessions->resizeColumnsToContents();
    DrillUi::filterRows(m_sessions, m_filter->text());
    fillStatus();
    updateActions();
}

void TrainingPanel::fillStatus()
{
    auto status = m_context.backend.drills().trainingStatus(DrillUi::today(m_context));
    if (!status) {
        m_message->showError(status.error());
        return;
    }
    int current = 0;
    const bool sorting = m_status->isSortingEnabled();
    m_status->setSortingEnabled(false);
    m_status->setRowCount(int(status->size()));
    for (int row = 0; row < status->size(); ++row) {
        const TrainingStatus &t = status->at(row);
        current += t.current ? 1 : 0;
        m_status->setItem(row, NameCol, DrillUi::cell(t.name, t.contactId));
        m_status->setItem(row, PostsCol,
                          DrillUi::cell(t.posts.join(QStringLiteral(", ")), t.contactId));
        m_status->setItem(row, LastCol,
                          DrillUi::cell(t.lastTraining.isValid() ? DrillUi::dateText(t.lastTraining)
                                                                 : tr("never"),
                                        t.contactId, qint64(t.lastTraining.toJulianDay())));
        const QString text = t.current                  ? tr("✓ current")
                             : t.lastTraining.isValid() ? tr("✗ not trained in the last 12 months")
                                                        : tr("✗ never trained");
        auto *item = DrillUi::cell(text, t.contactId, t.current ? 1 : 0);
        item->setForeground(t.current ? QColor(0x1e, 0x7d, 0x32) : QColor(0xb3, 0x26, 0x1e));
        m_status->setItem(row, CurrentCol, item);
    }
    m_status->setSortingEnabled(sorting);
    m_status->resizeColumnsToContents();
    const int missing = int(status->size()) - current;
    m_statusSummary->setText(
        tr("%1 of %2 current").arg(current).arg(status->size())
        + (missing > 0 ? QStringLiteral(" · ") + tr("%n need training", nullptr, missing)
                       : QString()));
    m_statusSummary->setStyleSheet(missing > 0
                                       ? QStringLiteral("color: #b3261e; font-weight: bold;")
                                       : QStringLiteral("color: #1e7d32;"));
}

void TrainingPanel::newSession()
{
    TrainingSession blank;
    blank.date = DrillUi::today(m_context);
    m_session = blank;
    m_topic->setCurrentIndex(0);
    m_title->clear();
    m_date->setDate(blank.date);
    m_trainer->clear();
    m_attendees->setChecked({});
    m_materials->clear();
    {
        const QSignalBlocker block(m_sessions);
        m_sessions->clearSelection();
    }
    retranslateUi();
}

bool TrainingPanel::openSession(qint64 id)
{
    auto s = m_context.backend.drills().training(id);
    if (!s) {
        m_message->showError(s.error());
        return false;
    }
    m_session = *s;
    m_topic->setCurrentIndex(m_topic->findData(int(s->topic)));
    m_title->setText(s->title);
    m_date->setDate(s->date);
    m_trainer->setText(s->trainer);
    m_attendees->setChecked(s->attendees);
    m_materials->setPlainText(s->materials);
    retranslateUi();
    return true;
}

Status TrainingPanel::saveSession()
{
    TrainingSession s = m_session;
    s.topic = TrainingTopic(m_topic->currentData().toInt());
    s.title = m_title->text().trimmed();
    s.date = m_date->date();
    s.trainer = m_trainer->text().trimmed();
    s.attendees = m_attendees->checked();
    s.materials = m_materials->toPlainText().trimmed();
    auto id = m_context.backend.drills().saveTraining(m_context.session.actor(), s);
    if (!id) {
        m_message->showError(id.error());
        return id.takeError();
    }
    reload();
    openSession(*id);
    m_message->showSuccess(tr("Training saved."));
    emit changed();
    return {};
}

Status TrainingPanel::removeSession()
{
    Status done =
        m_context.backend.drills().removeTraining(m_context.session.actor(), m_session.id);
    if (!done) {
        m_message->showError(done.error());
        return done;
    }
    newSession();
    reload();
    m_message->showSuccess(tr("Training deleted."));
    emit changed();
    return done;
}

void TrainingPanel::updateActions()
{
    const bool editable = DrillUi::canEdit(m_context);
    for (QWidget *w : {static_cast<QWidget *>(m_topic), static_cast<QWidget *>(m_date)})
        w->setEnabled(editable);
    m_title->setReadOnly(!editable);
    m_trainer->setReadOnly(!editable);
    m_materials->setReadOnly(!editable);
    m_attendees->setEditable(editable);
    m_new->setEnabled(editable);
    m_save->setEnabled(editable);
    m_remove->setEnabled(editable && m_session.id != 0);
}

void TrainingPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void TrainingPanel::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter training sessions…"));
    m_sessions->setHorizontalHeaderLabels(
        {tr("Date"), tr("Topic"), tr("Title"), tr("Trainer"), tr("Attendees")});
    m_status->setHorizontalHeaderLabels(
        {tr("Name"), tr("Key posts"), tr("Last training"), tr("Training current")});
    m_editorTitle->setText(m_session.id ? tr("Training session") : tr("New training session"));
    const QStringList labels = {tr("Topic"),   tr("Title"),     tr("Date"),
                                tr("Trainer"), tr("Attendees"), tr("Materials")};
    for (int i = 0; i < labels.size(); ++i)
        m_formLabels[i]->setText(labels[i]);
    for (int i = 0; i < m_topic->count(); ++i)
        m_topic->setItemText(i, trainingTopicName(TrainingTopic(m_topic->itemData(i).toInt())));
    m_materials->setPlaceholderText(tr("Slides, handouts, file names…"));
    m_new->setText(tr("New session"));
    m_save->setText(tr("Save session"));
    m_remove->setText(tr("Delete…"));
    m_statusTitle->setText(tr("Training status of the key posts"));
    updateActions();
}

} // namespace ui
} // namespace dd
