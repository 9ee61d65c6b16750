#include "handbook/contacts_panel.h"

#include "app/backend.h"
#include "common/icons.h"
#include "common/inline_message.h"
#include "handbook/contact_filter_proxy.h"
#include "handbook/contact_table_model.h"
#include "handbook/handbook_dates.h"
#include "handbook/unit_tree.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace dd {
namespace ui {

namespace {

const QString KeySplitter = QStringLiteral("handbook/splitter");
const QString KeyColumns = QStringLiteral("handbook/contactColumns");

} // namespace

ContactsPanel::ContactsPanel(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ContactTableModel(this))
    , m_proxy(new ContactFilterProxy(this))
    , m_tree(new UnitTree(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_staleOnly(new QCheckBox(this))
    , m_shown(new QLabel(this))
    , m_toolBar(new QToolBar(this))
    , m_newUnitButton(new QPushButton(this))
    , m_editUnitButton(new QPushButton(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_status(new QLabel(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("contactsPanel"));
    m_table->setObjectName(QStringLiteral("contactTable"));
    m_search->setObjectName(QStringLiteral("contactSearch"));
    m_staleOnly->setObjectName(QStringLiteral("staleOnly"));
    m_shown->setObjectName(QStringLiteral("shownCount"));
    m_toolBar->setObjectName(QStringLiteral("handbookToolBar"));
    m_newUnitButton->setObjectName(QStringLiteral("newUnitButton"));
    m_editUnitButton->setObjectName(QStringLiteral("editUnitButton"));
    m_splitter->setObjectName(QStringLiteral("handbookSplitter"));
    m_status->setObjectName(QStringLiteral("handbookStatus"));
    m_message->setObjectName(QStringLiteral("handbookMessage"));
    m_status->setTextFormat(Qt::PlainText);
    m_shown->setTextFormat(Qt::PlainText);
    m_search->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ContactTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics fm(m_table->font());
    const auto width = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 24; };
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(ContactTableModel::NameColumn, width(QStringLiteral("欧阳建国建")));
    header->resizeSection(ContactTableModel::UnitColumn,
                          width(QStringLiteral("信息技术部运维中心")));
    header->resizeSection(ContactTableModel::PositionColumn, width(QStringLiteral("Duty officer")));
    for (int phone : {ContactTableModel::MobileColumn, ContactTableModel::OfficeColumn,
                      ContactTableModel::DutyColumn, ContactTableModel::FaxColumn})
        header->resizeSection(phone, width(QStringLiteral("010 6555 0000")));
    header->resizeSection(ContactTableModel::EmailColumn,
                          width(QStringLiteral("zhang.wei@example")));
    header->resizeSection(ContactTableModel::BackupColumn, width(QStringLiteral("欧阳建国")));
    header->resizeSection(ContactTableModel::VerifiedColumn, width(QStringLiteral("2026-01-05")));
    header->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(fm.height() + 10);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);

    buildActions();
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));

    auto *treePane = new QWidget(m_splitter);
    auto *treeLayout = new QVBoxLayout(treePane);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(m_tree, 1);
    auto *unitButtons = new QHBoxLayout;
    unitButtons->addWidget(m_newUnitButton);
    unitButtons->addWidget(m_editUnitButton);
    treeLayout->addLayout(unitButtons);

    auto *tablePane = new QWidget(m_splitter);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_staleOnly);
    searchRow->addSpacing(12);
    searchRow->addWidget(m_shown);
    tableLayout->addLayout(searchRow);
    tableLayout->addWidget(m_table, 1);

    m_splitter->addWidget(treePane);
    m_splitter->addWidget(tablePane);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({240, 960});
    if (!m_context.readOnly) {
        QSettings settings;
        m_splitter->restoreState(settings.value(KeySplitter).toByteArray());
        header->restoreState(settings.value(KeyColumns).toByteArray());
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_status);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateStatus();
    });
    connect(m_staleOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setStaleOnly(on);
        updateStatus();
    });
    connect(m_tree, &UnitTree::scopeChanged, this, [this](const HandbookScope &scope) {
        m_proxy->setScope(scope);
        updateActions();
        updateStatus();
    });
    connect(m_table, &QTableView::activated, this, &ContactsPanel::editContact);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContactsPanel::updateActions);
    connect(&m_context.session, &Session::actorChanged, this, &ContactsPanel::updateActions);

    reload();
    retranslateUi();
}

ContactsPanel::~ContactsPanel()
{
    saveLayout();
}

void ContactsPanel::buildActions()
{
    const auto add = [this](const QString &iconName, const QKeySequence &shortcut,
                            void (ContactsPanel::*slot)()) {
        auto *action = new QAction(this);
        if (!iconName.isEmpty())
            action->setIcon(icon(iconName));
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            // Handled by event() while the focus is in this panel, so that a window-wide
            // shortcut with the same keys (Ctrl+N declares an incident) does not make it
            // ambiguous; elsewhere the window's shortcut applies.
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        connect(action, &QAction::triggered, this, slot);
        m_actions << action;
        return action;
    };
    add(QStringLiteral("operator"), QKeySequence(Qt::CTRL | Qt::Key_N), &ContactsPanel::newContact);
    add({}, {}, &ContactsPanel::editContact);
    add({}, {}, &ContactsPanel::deactivateContact);
    add({}, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), &ContactsPanel::markVerified);
    add({}, {}, &ContactsPanel::newUnit);
    add({}, {}, &ContactsPanel::editUnit);
    add({}, {}, &ContactsPanel::chooseImportFile);
    add({}, {}, &ContactsPanel::chooseExportFile);
    add(QStringLiteral("reports"), {}, &ContactsPanel::printPreview);
    add({}, {}, &ContactsPanel::chooseSavePdf);
    add(QStringLiteral("handbook"), {}, &ContactsPanel::recordDistribution);
    add({}, {}, &ContactsPanel::notifyUnits);
    m_actions[int(Action::NewContact)]->setObjectName(QStringLiteral("newContactAction"));
    m_actions[int(Action::MarkVerified)]->setObjectName(QStringLiteral("markVerifiedAction"));

    m_toolBar->addAction(action(Action::NewContact));
    m_toolBar->addAction(action(Action::EditContact));
    m_toolBar->addAction(action(Action::MarkVerified));
    m_toolBar->addAction(action(Action::Deactivate));
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(Action::Import));
    m_toolBar->addAction(action(Action::Export));
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(Action::PrintPreview));
    m_toolBar->addAction(action(Action::SavePdf));
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(Action::RecordDistribution));
    m_toolBar->addAction(action(Action::NotifyUnits));

    for (Action a : {Action::EditContact, Action::MarkVerified, Action::Deactivate})
        m_table->addAction(action(a));
    m_table->addAction(action(Action::NewContact));
    m_tree->addAction(action(Action::NewUnit));
    m_tree->addAction(action(Action::EditUnit));
    // Panel-wide shortcuts (see event()).
    addAction(action(Action::NewContact));
    addAction(action(Action::MarkVerified));
    connect(m_newUnitButton, &QPushButton::clicked, this, &ContactsPanel::newUnit);
    connect(m_editUnitButton, &QPushButton::clicked, this, &ContactsPanel::editUnit);
}

QAction *ContactsPanel::action(Action which) const
{
    return m_actions.value(int(which));
}

bool ContactsPanel::canEdit() const
{
    return !m_context.readOnly && m_context.session.actor().can(Permission::EditDutyData);
}

void ContactsPanel::reload()
{
    const QList<qint64> keep = selectedContactIds();
    ContactRepository &repo = m_context.backend.contacts();
    const QDate today = institutionToday(m_context.backend);
    auto units = repo.units();
    auto people = repo.contacts(ContactQuery{QString(), 0, false});
    auto stale = repo.stale(today);
    auto days = repo.verifyDays();
    auto positions = repo.positions();
    for (const QString *error :
         {units ? nullptr : &units.error(), people ? nullptr : &people.error(),
          stale ? nullptr : &stale.error(), days ? nullptr : &days.error(),
          positions ? nullptr : &positions.error()})
        if (error) {
            m_message->showError(*error);
            return;
        }

    QHash<qint64, QString> names;
    QList<Contact> active;
    QHash<qint64, int> counts;
    for (const Contact &c : *people) {
        names.insert(c.id, c.name);
        if (!c.active)
            continue;
        active << c;
        counts[c.unitId] += 1;
    }
    QSet<qint64> staleIds;
    for (const Contact &c : *stale)
        staleIds.insert(c.id);
    QHash<qint64, UnitKind> kinds;
    for (const Unit &u : *units)
        kinds.insert(u.id, u.kind);

    // The members of each body of the emergency organization who are in the table.
    QSet<qint64> activeIds;
    for (const Contact &c : std::as_const(active))
        activeIds.insert(c.id);
    QMap<OrgBody, QSet<qint64>> members;
    for (const OrgPosition &p : std::as_const(*positions))
        for (qint64 id : p.members)
            if (activeIds.contains(id))
                members[p.body].insert(id);
    QMap<OrgBody, int> bodyCounts;
    QSet<qint64> organization;
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        bodyCounts.insert(it.key(), int(it.value().size()));
        organization.unite(it.value());
    }

    m_units = *units;
    m_proxy->setUnitKinds(kinds);
    m_proxy->setBodyMembers(members);
    m_model->setContacts(active, *units, names, staleIds, *days);
    m_tree->setUnits(*units, counts, bodyCounts, int(organization.size()));

    auto changes = repo.changesSinceDistribution();
    auto distributions = repo.distributions();
    if (!changes || !distributions) {
        m_distributionState = changes ? distributions.error() : changes.error();
    } else {
        const auto last =
            std::max_element(distributions->cbegin(), distributions->cend(),
                             [](const HandbookDistribution &a, const HandbookDistribution &b) {
                                 return a.version < b.version;
                             });
        const int n = int(changes->size());
        if (last == distributions->cend())
            m_distributionState = tr("handbook not distributed yet");
        else if (n > 0)
            m_distributionState =
                tr("handbook changed since distribution v%1 (%n change(s))", nullptr, n)
                    .arg(last->version);
        else
            m_distributionState = tr("handbook unchanged since distribution v%1 of %2")
                                      .arg(last->version)
                                      .arg(last->distributedAt.toTimeZone(institutionZone())
                                               .date()
                                               .toString(Qt::ISODate));
    }
    selectContacts(keep);
    updateActions();
    updateStatus();
}

void ContactsPanel::selectContacts(const QList<qint64> &ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (!index.isValid())
            continue;
        if (!first.isValid())
            first = index;
        selection.select(index, index.siblingAtColumn(ContactTableModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first.isValid()) {
        m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(first);
    }
}

QList<qint64> ContactsPanel::selectedContactIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << index.data(ContactTableModel::IdRole).toLongLong();
    return ids;
}

void ContactsPanel::updateActions()
{
    const bool edit = canEdit();
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    action(Action::NewContact)->setEnabled(edit);
    // Read-only, Edit… still opens the entry to read it.
    action(Action::EditContact)->setEnabled(selected == 1);
    action(Action::Deactivate)->setEnabled(edit && selected == 1);
    action(Action::MarkVerified)->setEnabled(edit && selected > 0);
    action(Action::NewUnit)->setEnabled(edit);
    action(Action::EditUnit)->setEnabled(edit && m_tree->currentUnitId() > 0);
    action(Action::Import)->setEnabled(edit);
    action(Action::RecordDistribution)->setEnabled(edit);
    m_newUnitButton->setEnabled(action(Action::NewUnit)->isEnabled());
    m_editUnitButton->setEnabled(action(Action::EditUnit)->isEnabled());
}

void ContactsPanel::updateStatus()
{
    m_shown->setText(tr("%1 of %2 shown").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
    QString text = tr("%n contact(s)", nullptr, m_model->rowCount());
    text += tr(", %n stale (not verified within %1 days)", nullptr, m_model->staleCount())
                .arg(m_model->verifyDays());
    if (!m_distributionState.isEmpty())
        text += tr("; %1").arg(m_distributionState);
    if (m_context.readOnly)
        text += tr(" — read-only");
    else if (!canEdit())
        text += tr(" — read-only: sign in as someone who may edit duty data to change it");
    m_status->setText(text);
}

QAction *ContactsPanel::localShortcut(const QKeyEvent *event) const
{
    const QKeySequence pressed(event->keyCombination());
    for (Action a : {Action::NewContact, Action::MarkVerified}) {
        QAction *act = action(a);
        if (act->isEnabled() && act->shortcut() == pressed)
            return act;
    }
    return nullptr;
}

bool ContactsPanel::event(QEvent *event)
{
    // The panel's own shortcuts win over the window's while the focus is inside the panel.
    if (event->type() == QEvent::ShortcutOverride
        && localShortcut(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void ContactsPanel::keyPressEvent(QKeyEvent *event)
{
    if (QAction *act = localShortcut(event)) {
        event->accept();
        act->trigger();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ContactsPanel::saveLayout() const
{
    if (m_context.readOnly)
        return;
    QSettings settings;
    settings.setValue(KeySplitter, m_splitter->saveState());
    settings.setValue(KeyColumns, m_table->horizontalHeader()->saveState());
}

void ContactsPanel::hideEvent(QHideEvent *event)
{
    saveLayout();
    QWidget::hideEvent(event);
}

void ContactsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ContactsPanel::retranslateUi()
{
    const auto set = [this](Action a, const QString &text, const QString &tip) {
        QAction *act = action(a);
        act->setText(text);
        const QString keys = act->shortcut().toString(QKeySequence::NativeText);
        act->setToolTip(keys.isEmpty() ? tip : tr("%1 (%2)").arg(tip, keys));
    };
    set(Action::NewContact, tr("New contact…"), tr("Add a person to the handbook"));
    set(Action::EditContact, tr("Edit…"), tr("Edit the chosen person (Enter or double-click)"));
    set(Action::Deactivate, tr("Deactivate…"),
        tr("Remove the person from the handbook; the roster and history keep the name"));
    set(Action::MarkVerified, tr("Mark verified"),
        tr("Record that the chosen entries were checked today"));
    set(Action::NewUnit, tr("New unit…"), tr("Add a department or a related external unit"));
    set(Action::EditUnit, tr("Edit unit…"), tr("Edit the unit chosen in the tree"));
    set(Action::Import, tr("Import…"),
        tr("Import contacts from a CSV or vCard file, with a preview before anything is written"));
    set(Action::Export, tr("Export…"), tr("Export the contacts shown as CSV or vCard"));
    set(Action::PrintPreview, tr("Print preview…"), tr("Preview and print the handbook"));
    set(Action::SavePdf, tr("Save PDF…"), tr("Save the handbook as a PDF file"));
    set(Action::RecordDistribution, tr("Record distribution…"),
        tr("Record that this version of the handbook was handed out"));
    set(Action::NotifyUnits, tr("Notify units…"),
        tr("Change notices for the units concerned by changes since the last distribution"));
    m_newUnitButton->setText(action(Action::NewUnit)->text());
    m_editUnitButton->setText(action(Action::EditUnit)->text());
    m_search->setPlaceholderText(tr("Search name, phone or unit (Ctrl+F)"));
    m_staleOnly->setText(tr("Show &stale only"));
    m_staleOnly->setToolTip(
        tr("Only entries not verified within the configured period (tinted in the list)"));
    m_model->retranslate();
    m_tree->retranslate();
    updateStatus();
}

} // namespace ui
} // namespace dd
