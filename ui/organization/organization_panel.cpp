#include "organization/organization_panel.h"

#include "app/backend.h"
#include "common/icons.h"
#include "common/inline_message.h"
#include "organization/contact_chooser.h"
#include "organization/position_dialog.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dd {
namespace ui {

namespace {

enum ItemKind { BodyItem, PositionItem, MemberItem };
constexpr int KindRole = Qt::UserRole;
constexpr int PositionRole = Qt::UserRole + 1;
constexpr int ContactRole = Qt::UserRole + 2;
const char *const SplitterKey = "organization/splitter";

class Text {
    Q_DECLARE_TR_FUNCTIONS(dd::ui::OrganizationPanel)
};

} // namespace

QStringList organizationWarnings(const QList<OrgPosition> &positions,
                                 const ContactDirectory &directory)
{
    QStringList warnings;
    const OrgPosition *chair = nullptr;
    QStringList represented;
    for (const OrgPosition &p : positions) {
        if (p.body != OrgBody::Decision)
            continue;
        if (p.chair && !chair)
            chair = &p;
        if (!p.members.isEmpty())
            represented << p.department;
    }
    if (!chair)
        warnings << Text::tr("The decision body has no chair: mark the principal leader's "
                             "position as chairing it.");
    else if (chair->members.isEmpty())
        warnings
            << Text::tr("The chair of the decision body (%1) has no member.").arg(chair->title);
    QStringList missing;
    for (const QString &department : requiredDepartments())
        if (!represented.contains(department))
            missing << departmentName(department);
    if (!missing.isEmpty())
        warnings << Text::tr("Departments not represented in the decision body: %1.")
                        .arg(missing.join(Text::tr(", ")));
    for (const OrgPosition &p : positions) {
        if (p.members.isEmpty() && !(p.chair && chair == &p))
            warnings << Text::tr("%1 (%2) has no member.").arg(p.title, orgBodyName(p.body));
        for (const qint64 id : p.members) {
            const Contact *c = directory.find(id);
            if (c && !c->active)
                warnings << Text::tr("%1 (%2) is no longer active.").arg(c->name, p.title);
        }
    }
    return warnings;
}

OrganizationPanel::OrganizationPanel(UiContext &context, QWidget *parent)
    : OrganizationTab(context, parent)
    , m_note(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_addPosition(new QPushButton(this))
    , m_editPosition(new QPushButton(this))
    , m_removePosition(new QPushButton(this))
    , m_addMember(new QPushButton(this))
    , m_removeMember(new QPushButton(this))
    , m_moveUp(new QPushButton(this))
    , m_moveDown(new QPushButton(this))
    , m_detailsTitle(new QLabel(this))
    , m_detailsInfo(new QLabel(this))
    , m_tasksLabel(new QLabel(this))
    , m_tasks(new QListWidget(this))
    , m_warningsLabel(new QLabel(this))
    , m_warningList(new QListWidget(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("organizationPanel"));
    m_note->setObjectName(QStringLiteral("organizationNote"));
    m_note->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("organizationTree"));
    m_tree->setColumnCount(3);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_addPosition->setObjectName(QStringLiteral("addPosition"));
    m_editPosition->setObjectName(QStringLiteral("editPosition"));
    m_removePosition->setObjectName(QStringLiteral("removePosition"));
    m_addMember->setObjectName(QStringLiteral("addMember"));
    m_removeMember->setObjectName(QStringLiteral("removeMember"));
    m_moveUp->setObjectName(QStringLiteral("moveUp"));
    m_moveDown->setObjectName(QStringLiteral("moveDown"));
    QFont heading = m_detailsTitle->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.15);
    m_detailsTitle->setFont(heading);
    m_detailsTitle->setWordWrap(true);
    m_detailsInfo->setWordWrap(true);
    m_tasks->setObjectName(QStringLiteral("positionKeyTasks"));
    m_tasks->setWordWrap(true);
    m_tasks->setSelectionMode(QAbstractItemView::NoSelection);
    m_tasks->setFocusPolicy(Qt::NoFocus);
    m_warningList->setObjectName(QStringLiteral("organizationWarnings"));
    m_warningList->setWordWrap(true);
    m_warningList->setSelectionMode(QAbstractItemView::NoSelection);
    m_warningList->setFocusPolicy(Qt::NoFocus);
    m_warningList->setMaximumHeight(m_warningList->fontMetrics().height() * 7);
    m_message->setObjectName(QStringLiteral("organizationMessage"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addPosition);
    buttons->addWidget(m_editPosition);
    buttons->addWidget(m_removePosition);
    buttons->addSpacing(12);
    buttons->addWidget(m_addMember);
    buttons->addWidget(m_removeMember);
    buttons->addSpacing(12);
    buttons->addWidget(m_moveUp);
    buttons->addWidget(m_moveDown);
    buttons->addStretch(1);

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(8, 0, 0, 0);
    detailsLayout->addWidget(m_detailsTitle);
    detailsLayout->addWidget(m_detailsInfo);
    detailsLayout->addWidget(m_tasksLabel);
    detailsLayout->addWidget(m_tasks, 1);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("organizationSplitter"));
    splitter->addWidget(m_tree);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    if (const QByteArray state = QSettings().value(QLatin1String(SplitterKey)).toByteArray();
        !state.isEmpty())
        splitter->restoreState(state);
    connect(splitter, &QSplitter::splitterMoved, this, [splitter] {
        QSettings().setValue(QLatin1String(SplitterKey), splitter->saveState());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_warningsLabel);
    layout->addWidget(m_warningList);
    layout->addWidget(m_message);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        showDetails();
        updateActions();
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, KindRole).toInt() == PositionItem && m_editPosition->isEnabled())
            askEditPosition();
    });
    connect(m_addPosition, &QPushButton::clicked, this, &OrganizationPanel::askAddPosition);
    connect(m_editPosition, &QPushButton::clicked, this, &OrganizationPanel::askEditPosition);
    connect(m_removePosition, &QPushButton::clicked, this, &OrganizationPanel::askRemovePosition);
    connect(m_addMember, &QPushButton::clicked, this, &OrganizationPanel::askAddMember);
    connect(m_removeMember, &QPushButton::clicked, this, &OrganizationPanel::askRemoveMember);
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveSelected(1); });
    auto *up = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_tree);
    auto *down = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_tree);
    up->setContext(Qt::WidgetShortcut);
    down->setContext(Qt::WidgetShortcut);
    connect(up, &QShortcut::activated, this, [this] {
        if (m_moveUp->isEnabled())
            moveSelected(-1);
    });
    connect(down, &QShortcut::activated, this, [this] {
        if (m_moveDown->isEnabled())
            moveSelected(1);
    });

    reload();
    retranslateUi();
}

QString OrganizationPanel::tabTitle() const
{
    return tr("Organization");
}

void OrganizationPanel::reload()
{
    auto directory = ContactDirectory::load(m_context.backend.contacts());
    if (!directory) {
        m_message->showError(directory.error());
        return;
    }
    auto positions = m_context.backend.contacts().positions();
    if (!positions) {
        m_message->showError(positions.error());
        return;
    }
    m_directory = *directory;
    m_positions = *positions;
    rebuildTree();
}

const OrgPosition *OrganizationPanel::position(qint64 id) const
{
    for (const OrgPosition &p : m_positions)
        if (p.id == id)
            return &p;
    return nullptr;
}

void OrganizationPanel::rebuildTree()
{
    const qint64 keepPosition = selectedPositionId();
    const qint64 keepMember = selectedMemberId();
    {
        const QSignalBlocker blocker(m_tree);
        m_tree->clear();
        QFont bold = m_tree->font();
        bold.setBold(true);
        for (const OrgBody body : {OrgBody::Decision, OrgBody::Executive}) {
            auto *bodyItem = new QTreeWidgetItem(m_tree);
            bodyItem->setText(0, orgBodyName(body));
            bodyItem->setFont(0, bold);
            bodyItem->setData(0, KindRole, BodyItem);
            bodyItem->setData(0, PositionRole, orgBodyId(body));
            for (const OrgPosition &p : std::as_const(m_positions)) {
                if (p.body != body)
                    continue;
                auto *item = new QTreeWidgetItem(bodyItem);
                item->setText(0, p.chair ? tr("%1 (chair)").arg(p.title) : p.title);
                item->setText(1, departmentName(p.department));
                item->setData(0, KindRole, PositionItem);
                item->setData(0, PositionRole, p.id);
                if (p.chair)
                    item->setFont(0, bold);
                if (p.members.isEmpty()) {
                    item->setIcon(0, icon(QStringLiteral("warning")));
                    item->setToolTip(0, tr("No member"));
                }
                for (const qint64 id : p.members) {
                    auto *member = new QTreeWidgetItem(item);
                    const Contact *c = m_directory.find(id);
                    member->setText(0, m_directory.describe(id));
                    member->setText(2, c ? c->bestPhone() : QString());
                    member->setData(0, KindRole, MemberItem);
                    member->setData(0, PositionRole, p.id);
                    member->setData(0, ContactRole, id);
                    member->setIcon(0, icon(QStringLiteral("operator")));
                    if (c && !c->active) {
                        member->setIcon(0, icon(QStringLiteral("warning")));
                        member->setToolTip(0, tr("No longer active"));
                        member->setForeground(0, palette().color(QPalette::PlaceholderText));
                    }
                }
            }
        }
        m_tree->expandAll();
    }
    if (!(keepMember && selectMember(keepPosition, keepMember)) && !selectPosition(keepPosition))
        m_tree->setCurrentItem(m_tree->topLevelItem(0));

    m_warnings = organizationWarnings(m_positions, m_directory);
    m_warningList->clear();
    for (const QString &warning : std::as_const(m_warnings))
        new QListWidgetItem(icon(QStringLiteral("warning")), warning, m_warningList);
    m_warningsLabel->setVisible(!m_warnings.isEmpty());
    m_warningList->setVisible(!m_warnings.isEmpty());
    showDetails();
    updateActions();
}

bool OrganizationPanel::selectPosition(qint64 positionId)
{
    for (int b = 0; b < m_tree->topLevelItemCount(); ++b) {
        QTreeWidgetItem *body = m_tree->topLevelItem(b);
        for (int i = 0; i < body->childCount(); ++i) {
            if (body->child(i)->data(0, PositionRole).toLongLong() == positionId) {
                m_tree->setCurrentItem(body->child(i));
                return true;
            }
        }
    }
    return false;
}

bool OrganizationPanel::selectMember(qint64 positionId, qint64 contactId)
{
    if (!selectPosition(positionId))
        return false;
    QTreeWidgetItem *item = m_tree->currentItem();
    for (int i = 0; i < item->childCount(); ++i) {
        if (item->child(i)->data(0, ContactRole).toLongLong() == contactId) {
            m_tree->setCurrentItem(item->child(i));
            return true;
        }
    }
    return false;
}

qint64 OrganizationPanel::selectedPositionId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || item->data(0, KindRole).toInt() == BodyItem)
        return 0;
    return item->data(0, PositionRole).toLongLong();
}

qint64 OrganizationPanel::selectedMemberId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || item->data(0, KindRole).toInt() != MemberItem)
        return 0;
    return item->data(0, ContactRole).toLongLong();
}

void OrganizationPanel::showDetails()
{
    const OrgPosition *p = position(selectedPositionId());
    m_tasks->clear();
    if (!p) {
        const QTreeWidgetItem *item = m_tree->currentItem();
        const auto body =
            item ? orgBodyFromId(item->data(0, PositionRole).toString()) : std::optional<OrgBody>();
        m_detailsTitle->setText(body ? orgBodyName(*body) : QString());
        m_detailsInfo->setText(
            body == OrgBody::Decision
                ? tr("Led by the principal leader; takes the decisions in an incident. Its "
                     "members include the heads of business, technology, risk, settlement, "
                     "finance, customer service, security and general affairs.")
                : tr("Carries out the decisions: the technical and business groups that handle "
                     "the incident."));
        m_tasksLabel->hide();
        m_tasks->hide();
        return;
    }
    m_detailsTitle->setText(p->title);
    QStringList info{orgBodyName(p->body)};
    if (!p->department.isEmpty())
        info << departmentName(p->department);
    if (p->chair)
        info << tr("chairs the decision body");
    info << tr("%n member(s)", nullptr, int(p->members.size()));
    m_detailsInfo->setText(info.join(QStringLiteral(" · ")));
    m_tasksLabel->show();
    m_tasks->show();
    int n = 0;
    for (const QString &task : p->keyTasks)
        new QListWidgetItem(QStringLiteral("%1. %2").arg(++n).arg(task), m_tasks);
    if (p->keyTasks.isEmpty())
        new QListWidgetItem(tr("No key tasks yet: edit the position to add them."), m_tasks);
}

bool OrganizationPanel::savePosition(const OrgPosition &edited, const QString &done)
{
    m_message->clearMessage();
    if (m_context.readOnly) {
        m_message->showError(tr("The database is open read-only; nothing was saved."));
        return false;
    }
    if (auto saved = m_context.backend.contacts().savePosition(m_context.session.actor(), edited);
        !saved) {
        // A refusal because another desk changed the position shows that desk's version, so
        // the next try starts from it.
        reload();
        m_message->showError(saved.error());
        return false;
    }
    reload();
    m_message->showSuccess(done);
    return true;
}

bool OrganizationPanel::addMembers(qint64 positionId, const QList<qint64> &contactIds)
{
    const OrgPosition *p = position(positionId);
    if (!p || contactIds.isEmpty())
        return false;
    OrgPosition edited = *p;
    QStringList names;
    for (const qint64 id : contactIds) {
        if (!edited.members.contains(id)) {
            edited.members << id;
            names << m_directory.name(id);
        }
    }
    if (names.isEmpty())
        return false;
    if (!savePosition(edited, tr("%1 added to %2.").arg(names.join(tr(", ")), edited.title)))
        return false;
    selectMember(positionId, contactIds.last());
    return true;
}

bool OrganizationPanel::removeMember(qint64 positionId, qint64 contactId)
{
    const OrgPosition *p = position(positionId);
    if (!p || !p->members.contains(contactId))
        return false;
    OrgPosition edited = *p;
    edited.members.removeAll(contactId);
    if (!savePosition(edited,
                      tr("%1 removed from %2.").arg(m_directory.name(contactId), edited.title)))
        return false;
    selectPosition(positionId);
    return true;
}

bool OrganizationPanel::removePosition(qint64 positionId)
{
    m_message->clearMessage();
    const OrgPosition *p = position(positionId);
    if (!p)
        return false;
    const QString title = p->title;
    if (m_context.readOnly) {
        m_message->showError(tr("The database is open read-only; nothing was deleted."));
        return false;
    }
    if (Status removed =
            m_context.backend.contacts().removePosition(m_context.session.actor(), positionId);
        !removed) {
        m_message->showError(removed.error());
        return false;
    }
    reload();
    m_message->showSuccess(tr("Position \"%1\" removed.").arg(title));
    return true;
}

bool OrganizationPanel::moveSelected(int delta)
{
    const qint64 positionId = selectedPositionId();
    const qint64 memberId = selectedMemberId();
    const OrgPosition *p = position(positionId);
    if (!p)
        return false;
    if (memberId) {
        OrgPosition edited = *p;
        const int from = int(edited.members.indexOf(memberId));
        const int to = from + delta;
        if (from < 0 || to < 0 || to >= edited.members.size())
            return false;
        edited.members.move(from, to);
        if (!savePosition(edited, tr("Order of members saved.")))
            return false;
        return selectMember(positionId, memberId);
    }
    // Positions: renumber the body's positions in their new order and save the two that moved.
    QList<OrgPosition> body;
    for (const OrgPosition &other : std::as_const(m_positions))
        if (other.body == p->body)
            body << other;
    int from = 0;
    while (from < body.size() && body[from].id != positionId)
        ++from;
    const int to = from + delta;
    if (to < 0 || to >= body.size())
        return false;
    body.move(from, to);
    m_message->clearMessage();
    const Status saved = m_context.backend.database().write([&]() -> Status {
        for (int i = 0; i < body.size(); ++i) {
            if (body[i].sortOrder == i + 1)
                continue;
            body[i].sortOrder = i + 1;
            if (auto s =
                    m_context.backend.contacts().savePosition(m_context.session.actor(), body[i]);
                !s)
                return s.takeError();
        }
        return {};
    });
    if (!saved) {
        m_message->showError(saved.error());
        reload();
        return false;
    }
    reload();
    selectPosition(positionId);
    m_message->showSuccess(tr("Order of positions saved."));
    return true;
}

void OrganizationPanel::askAddPosition()
{
    OrgPosition fresh;
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (const OrgPosition *p = position(selectedPositionId()))
        fresh.body = p->body;
    else if (item)
        fresh.body =
            orgBodyFromId(item->data(0, PositionRole).toString()).value_or(OrgBody::Executive);
    int last = 0;
    for (const OrgPosition &p : std::as_const(m_positions))
        last = std::max(last, p.sortOrder);
    fresh.sortOrder = last + 1;
    PositionDialog dialog(m_context, fresh, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectPosition(dialog.savedId());
    m_message->showSuccess(tr("Position added; now add its members."));
}

void OrganizationPanel::askEditPosition()
{
    // The dialog starts from what is stored now: another desk may have saved it meanwhile.
    reload();
    const OrgPosition *p = position(selectedPositionId());
    if (!p)
        return;
    PositionDialog dialog(m_context, *p, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectPosition(dialog.savedId());
    m_message->showSuccess(tr("Position saved."));
}

void OrganizationPanel::askRemovePosition()
{
    const OrgPosition *p = position(selectedPositionId());
    if (!p)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove position"),
        tr("Remove the position \"%1\" with its %n member(s) and key tasks? The people stay in "
           "the handbook.",
           nullptr, int(p->members.size()))
            .arg(p->title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        removePosition(p->id);
}

void OrganizationPanel::askAddMember()
{
    const OrgPosition *p = position(selectedPositionId());
    if (!p)
        return;
    const qint64 positionId = p->id;
    ContactChooserDialog dialog(m_directory, p->members, this);
    dialog.setMultiSelection(true);
    dialog.setWindowTitle(tr("Add members to %1").arg(p->title));
    if (dialog.exec() == QDialog::Accepted)
        addMembers(positionId, dialog.selectedIds());
}

void OrganizationPanel::askRemoveMember()
{
    const qint64 positionId = selectedPositionId();
    const qint64 memberId = selectedMemberId();
    if (memberId)
        removeMember(positionId, memberId);
}

void OrganizationPanel::updateActions()
{
    const bool edit = canEdit();
    const QTreeWidgetItem *item = m_tree->currentItem();
    const bool onPosition = selectedPositionId() != 0;
    const bool onMember = selectedMemberId() != 0;
    bool canUp = false;
    bool canDown = false;
    if (item && item->parent() && item->data(0, KindRole).toInt() != BodyItem) {
        const int at = item->parent()->indexOfChild(const_cast<QTreeWidgetItem *>(item));
        canUp = at > 0;
        canDown = at < item->parent()->childCount() - 1;
    }
    m_addPosition->setEnabled(edit);
    m_editPosition->setEnabled(edit && onPosition && !onMember);
    m_removePosition->setEnabled(edit && onPosition && !onMember);
    m_addMember->setEnabled(edit && onPosition);
    m_removeMember->setEnabled(edit && onMember);
    m_moveUp->setEnabled(edit && canUp);
    m_moveDown->setEnabled(edit && canDown);
    updateNote(m_note, tr("emergency organization"));
}

void OrganizationPanel::retranslateUi()
{
    m_tree->setHeaderLabels({tr("Body, position and members"), tr("Department"), tr("Phone")});
    m_addPosition->setText(tr("&Add position…"));
    m_addPosition->setIcon(icon(QStringLiteral("handbook")));
    m_editPosition->setText(tr("&Edit position…"));
    m_removePosition->setText(tr("Remove position"));
    m_addMember->setText(tr("Add &member…"));
    m_addMember->setIcon(icon(QStringLiteral("operator")));
    m_removeMember->setText(tr("Remove member"));
    m_moveUp->setText(tr("Move &up"));
    m_moveUp->setToolTip(tr("Alt+Up"));
    m_moveDown->setText(tr("Move do&wn"));
    m_moveDown->setToolTip(tr("Alt+Down"));
    m_tasksLabel->setText(tr("Key tasks in an incident (printed on the action cards):"));
    m_warningsLabel->setText(tr("To complete:"));
    rebuildTree();
}

} // namespace ui
} // namespace dd
