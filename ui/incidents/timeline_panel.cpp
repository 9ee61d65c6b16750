#include "incidents/timeline_panel.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "incidents/incident_format.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

enum Column { NumberColumn, TimeColumn, ActorColumn, TextColumn };
constexpr int EntryIdRole = Qt::UserRole + 1;

} // namespace

TimelinePanel::TimelinePanel(UiContext &context, QWidget *parent)
    : QGroupBox(parent)
    , m_context(context)
    , m_entries(new QTreeWidget(this))
    , m_note(new QLineEdit(this))
    , m_correct(new QPushButton(this))
    , m_attach(new QPushButton(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("timelinePanel"));
    m_entries->setObjectName(QStringLiteral("timeline"));
    m_note->setObjectName(QStringLiteral("quickNote"));
    m_correct->setObjectName(QStringLiteral("correctEntry"));
    m_attach->setObjectName(QStringLiteral("attachFile"));
    m_message->setObjectName(QStringLiteral("timelineMessage"));
    m_entries->setColumnCount(4);
    m_entries->setRootIsDecorated(false);
    m_entries->setItemsExpandable(false);
    m_entries->setIndentation(24);
    m_entries->setUniformRowHeights(false);
    m_entries->setWordWrap(true);
    m_entries->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_entries->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActorColumn, QHeaderView::ResizeToContents);
    m_note->setClearButtonEnabled(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_correct);
    buttons->addWidget(m_attach);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_entries, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_note, &QLineEdit::returnPressed, this, &TimelinePanel::addNote);
    connect(m_correct, &QPushButton::clicked, this, &TimelinePanel::correctSelected);
    connect(m_attach, &QPushButton::clicked, this, &TimelinePanel::attachFile);
    connect(m_entries, &QTreeWidget::itemSelectionChanged, this, &TimelinePanel::updateActions);
    retranslateUi();
    updateActions();
}

void TimelinePanel::showTimeline(qint64 incidentId, const QList<TimelineEntry> &entries,
                                 const QTimeZone &zone)
{
    if (incidentId != m_incidentId)
        m_note->clear();
    m_incidentId = incidentId;
    m_timeline = entries;
    m_zone = zone;
    m_now = m_context.backend.clock().now();
    rebuild();
}

void TimelinePanel::rebuild()
{
    m_entries->clear();
    QHash<qint64, QTreeWidgetItem *> byId;
    QTreeWidgetItem *last = nullptr;
    for (const TimelineEntry &e : m_timeline) {
        // A correction sits under the entry it corrects (indented), so both are read together.
        QTreeWidgetItem *parent = e.correctsId > 0 ? byId.value(e.correctsId) : nullptr;
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_entries);
        item->setText(NumberColumn, QStringLiteral("#%1").arg(e.id));
        item->setText(TimeColumn, IncidentFormat::shortTime(e.at, m_now, m_zone));
        item->setToolTip(TimeColumn, IncidentFormat::time(e.at, m_zone));
        item->setText(ActorColumn, e.actorName.isEmpty() ? e.actor : e.actorName);
        item->setText(TextColumn,
                      e.correctsId > 0
                          ? tr("Corrects #%1: %2").arg(QString::number(e.correctsId), e.text)
                          : e.text);
        item->setToolTip(TextColumn, item->text(TextColumn));
        item->setData(NumberColumn, EntryIdRole, e.id);
        if (e.kind == QLatin1String("grade") || e.kind == QLatin1String("state")
            || e.kind == QLatin1String("declared")) {
            QFont bold = item->font(TextColumn);
            bold.setBold(true);
            item->setFont(TextColumn, bold);
        }
        byId.insert(e.id, item);
        last = item;
    }
    m_entries->expandAll();
    if (last)
        m_entries->scrollToItem(last);
    updateActions();
}

void TimelinePanel::setEditable(bool editable)
{
    m_editable = editable;
    m_note->setEnabled(editable);
    updateActions();
}

void TimelinePanel::updateActions()
{
    m_correct->setEnabled(m_editable && m_incidentId > 0 && !m_entries->selectedItems().isEmpty());
    m_attach->setEnabled(m_editable && m_incidentId > 0);
}

void TimelinePanel::addNote()
{
    const QString text = m_note->text().trimmed();
    if (!m_editable || m_incidentId <= 0 || text.isEmpty())
        return;
    m_message->clearMessage();
    auto added =
        m_context.backend.incidents().addNote(m_context.session.actor(), m_incidentId, text);
    if (!added) {
        m_message->showError(added.error());
        return;
    }
    m_note->clear();
    emit changed();
}

void TimelinePanel::correctSelected()
{
    const QList<QTreeWidgetItem *> items = m_entries->selectedItems();
    if (!m_editable || items.isEmpty())
        return;
    const qint64 entryId = items.first()->data(NumberColumn, EntryIdRole).toLongLong();
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Correct entry #%1").arg(entryId),
        tr("Entries are never changed: the correction is added below #%1.\n\n%2")
            .arg(QString::number(entryId), items.first()->text(TextColumn)),
        QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    m_message->clearMessage();
    auto added = m_context.backend.incidents().addNote(m_context.session.actor(), m_incidentId,
                                                       text, entryId);
    if (!added) {
        m_message->showError(added.error());
        return;
    }
    emit changed();
}

void TimelinePanel::attachFile()
{
    if (!m_editable || m_incidentId <= 0)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach file"));
    if (path.isEmpty())
        return;
    m_message->clearMessage();
    Backend &backend = m_context.backend;
    auto attached = backend.incidents().attachFile(m_context.session.actor(), m_incidentId, path,
                                                   backend.attachmentFolder());
    if (!attached) {
        m_message->showError(attached.error());
        return;
    }
    emit changed();
}

void TimelinePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void TimelinePanel::retranslateUi()
{
    setTitle(tr("Timeline"));
    m_entries->setHeaderLabels({tr("#"), tr("Time"), tr("Who"), tr("What")});
    m_note->setPlaceholderText(tr("Quick note: type what happened and press Enter"));
    m_correct->setText(tr("&Correct…"));
    m_correct->setToolTip(tr("Add a correction of the selected entry"));
    m_attach->setText(tr("&Attach file…"));
    if (!m_timeline.isEmpty())
        rebuild();
}

} // namespace ui
} // namespace dd
