#include "config/config_page.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "common/page_title.h"
#include "config/config_audits_panel.h"
#include "config/config_detail.h"
#include "config/config_item_dialog.h"
#include "config/config_item_model.h"
#include "drills/drill_ui.h"
#include "organization/contact_directory.h"
#include "shell/session.h"
#include "shell/ui_context.h"
#include "storage/change_feed.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

constexpr int KindRole = Qt::UserRole;

const QString AllKinds = QStringLiteral("*");

} // namespace

ConfigPage::ConfigPage(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_config(context.backend.database(), context.backend.audit(), context.backend.clock())
    , m_changes(context.backend.database(), context.backend.audit(), context.backend.clock(),
                context.backend.calendar(), context.backend.settings(), m_config)
    , m_title(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_split(new QSplitter(Qt::Horizontal))
    , m_centreSplit(new QSplitter(Qt::Vertical))
    , m_search(new QLineEdit)
    , m_kinds(new QTreeWidget)
    , m_showDeleted(new QCheckBox)
    , m_model(new ConfigItemModel(this))
    , m_filter(new ConfigItemFilter(this))
    , m_table(new QTableView)
    , m_add(new QPushButton)
    , m_edit(new QPushButton)
    , m_replace(new QPushButton)
    , m_remove(new QPushButton)
    , m_addKind(new QPushButton)
    , m_message(new InlineMessage)
    , m_detail(new ConfigDetail(context, m_config, m_changes))
    , m_audits(new ConfigAuditsPanel(context, m_config))
    , m_coalesce(new QTimer(this))
{
    setObjectName(QStringLiteral("configPage"));
    stylePageTitle(m_title);
    m_tabs->setObjectName(QStringLiteral("configPageTabs"));
    m_search->setObjectName(QStringLiteral("configSearch"));
    m_kinds->setObjectName(QStringLiteral("configKindTree"));
    m_showDeleted->setObjectName(QStringLiteral("configShowDeleted"));
    m_table->setObjectName(QStringLiteral("configItemTable"));
    m_add->setObjectName(QStringLiteral("configAddItem"));
    m_edit->setObjectName(QStringLiteral("configEditItem"));
    m_replace->setObjectName(QStringLiteral("configReplaceItem"));
    m_remove->setObjectName(QStringLiteral("configDeleteItem"));
    m_addKind->setObjectName(QStringLiteral("configAddKindButton"));
    m_message->setObjectName(QStringLiteral("configMessage"));
    m_message->setWordWrap(true);
    m_search->setClearButtonEnabled(true);
    m_kinds->setHeaderHidden(true);
    m_kinds->setRootIsDecorated(false);

    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ConfigItemModel::NumberCol, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->installEventFilter(this);
    m_sized = m_table->horizontalHeader()->restoreState(
        QSettings().value(QStringLiteral("config/itemHeader")).toByteArray());

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_kinds, 1);
    leftLayout->addWidget(m_showDeleted);

    auto *centre = new QWidget;
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addKind);
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_replace);
    buttons->addWidget(m_remove);
    centreLayout->addLayout(buttons);
    centreLayout->addWidget(m_message);
    m_centreSplit->addWidget(centre);
    m_centreSplit->addWidget(m_detail);
    m_centreSplit->setStretchFactor(0, 1);
    m_centreSplit->setStretchFactor(1, 1);
    m_centreSplit->setChildrenCollapsible(false);

    m_split->addWidget(left);
    m_split->addWidget(m_centreSplit);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    m_split->setChildrenCollapsible(false);
    m_splitRestored =
        m_split->restoreState(QSettings().value(QStringLiteral("config/splitter")).toByteArray());
    m_centreSplit->restoreState(
        QSettings().value(QStringLiteral("config/centreSplitter")).toByteArray());

    m_tabs->addTab(m_split, QString());
    m_tabs->addTab(m_audits, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    m_tabs->setCurrentIndex(QSettings().value(QStringLiteral("config/tab"), 0).toInt());

    connect(m_tabs, &QTabWidget::currentChanged, this,
            [](int index) { QSettings().setValue(QStringLiteral("config/tab"), index); });
    connect(m_split, &QSplitter::splitterMoved, this, [this] {
        QSettings().setValue(QStringLiteral("config/splitter"), m_split->saveState());
    });
    connect(m_centreSplit, &QSplitter::splitterMoved, this, [this] {
        QSettings().setValue(QStringLiteral("config/centreSplitter"), m_centreSplit->saveState());
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        QSettings().setValue(QStringLiteral("config/itemHeader"),
                             m_table->horizontalHeader()->saveState());
    });
    connect(m_search, &QLineEdit::textChanged, m_filter, &ConfigItemFilter::setSearch);
    connect(m_showDeleted, &QCheckBox::toggled, this, [this](bool show) {
        m_filter->setShowDeleted(show);
        fillKinds();
    });
    connect(m_kinds, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (!current)
            return;
        const QString kind = current->data(0, KindRole).toString();
        m_filter->setKind(kind == AllKinds ? QString() : kind);
        showSelected();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConfigPage::showSelected);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ConfigPage::showSelected);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ConfigPage::showSelected);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ConfigPage::showSelected);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        editItem(index.data(ConfigItemModel::IdRole).toLongLong());
    });
    connect(m_add, &QPushButton::clicked, this, &ConfigPage::addItem);
    connect(m_edit, &QPushButton::clicked, this, [this] { editItem(selectedItem()); });
    connect(m_replace, &QPushButton::clicked, this, [this] { replaceItem(selectedItem()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeItem(selectedItem()); });
    connect(m_addKind, &QPushButton::clicked, this, &ConfigPage::addKind);
    connect(m_detail, &ConfigDetail::itemActivated, this, [this](qint64 id) {
        if (!selectItem(id) && m_all.contains(id)) {
            showKind({});
            m_search->clear();
            if (m_all.value(id).deleted())
                m_showDeleted->setChecked(true);
            selectItem(id);
        }
    });
    connect(m_detail, &ConfigDetail::relationsChanged, this, &ConfigPage::reload);
    connect(m_audits, &ConfigAuditsPanel::itemsChanged, this, &ConfigPage::reload);
    connect(&m_context.session, &Session::actorChanged, this, &ConfigPage::updateActions);

    // Writes elsewhere (another desk, dutyctl, the changes page) refresh the page once the
    // event loop is free; several commits in a row reload once.
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(0);
    connect(m_coalesce, &QTimer::timeout, this, &ConfigPage::reload);
    connect(&context.backend.database().changes(), &ChangeFeed::committed, this,
            [this](const QSet<QString> &tables) {
                if (ChangeFeed::touches(tables,
                                        {"config_items", "config_kinds", "config_relations",
                                         "config_history", "config_audits", "config_audit_findings",
                                         "incident_config_items", "changes", "contacts"}))
                    m_coalesce->start();
            });

    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::New, [this] { addItem(); });
    shortcut(QKeySequence::Refresh, [this] { reload(); });
    shortcut(QKeySequence::Find, [this] {
        m_tabs->setCurrentIndex(ItemsTab);
        m_search->setFocus();
        m_search->selectAll();
    });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_1), [this] { m_tabs->setCurrentIndex(ItemsTab); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_2), [this] { m_tabs->setCurrentIndex(AuditsTab); });
    retranslateUi();
}

void ConfigPage::reload()
{
    const qint64 keep = selectedItem();
    auto kinds = m_config.kinds();
    auto items = m_config.items(true);
    if (!kinds || !items) {
        m_message->showError(!kinds ? kinds.error() : items.error());
        return;
    }
    m_kindList = *kinds;
    m_all.clear();
    for (const ConfigItem &i : *items)
        m_all.insert(i.id, i);
    m_model->setItems(*items, *kinds);
    fillKinds();
    // The first items size the columns to their contents unless the desk kept its own widths.
    if (!m_sized && !items->isEmpty()) {
        m_sized = true;
        // Once laid out: the view measures only the rows it shows.
        QTimer::singleShot(0, this, [this] {
            m_table->resizeColumnsToContents();
            for (int c = 0; c < ConfigItemModel::ColumnCount; ++c)
                m_table->setColumnWidth(c, qMin(m_table->columnWidth(c) + 12, 320));
        });
    }
    if (keep)
        selectItem(keep);
    if (selectedItem() == 0 && m_filter->rowCount() > 0)
        m_table->selectRow(0);
    m_shown = -1;
    showSelected();
    m_audits->reload();
    updateActions();
}

void ConfigPage::fillKinds()
{
    const QString current =
        m_kinds->currentItem() ? m_kinds->currentItem()->data(0, KindRole).toString() : AllKinds;
    QHash<QString, int> counts;
    int total = 0;
    for (const ConfigItem &i : m_model->items())
        if (m_filter->showDeleted() || !i.deleted()) {
            ++counts[i.kind];
            ++total;
        }
    const QSignalBlocker blocker(m_kinds);
    m_kinds->clear();
    auto *all = new QTreeWidgetItem(m_kinds);
    //: a kind in the tree with its number of items: "Server (3)"
    all->setText(0, tr("%1 (%2)").arg(tr("All"), QString::number(total)));
    all->setData(0, KindRole, AllKinds);
    QFont bold = all->font(0);
    bold.setBold(true);
    all->setFont(0, bold);
    QTreeWidgetItem *select = all;
    for (const ConfigKind &k : m_kindList) {
        auto *node = new QTreeWidgetItem(m_kinds);
        node->setText(0, tr("%1 (%2)").arg(k.displayName(), QString::number(counts.value(k.id))));
        node->setData(0, KindRole, k.id);
        node->setToolTip(
            0, k.builtin
                   ? k.displayName()
                   : tr("%1 — a kind added by the institution (%2)").arg(k.displayName(), k.id));
        if (!k.builtin) {
            QFont italic = node->font(0);
            italic.setItalic(true);
            node->setFont(0, italic);
        }
        if (k.id == current)
            select = node;
    }
    m_kinds->setCurrentItem(select);
    const QString kind = select->data(0, KindRole).toString();
    m_filter->setKind(kind == AllKinds ? QString() : kind);
}

void ConfigPage::showKind(const QString &kindId)
{
    const QString wanted = kindId.isEmpty() ? AllKinds : kindId;
    for (int i = 0; i < m_kinds->topLevelItemCount(); ++i)
        if (m_kinds->topLevelItem(i)->data(0, KindRole).toString() == wanted) {
            m_kinds->setCurrentItem(m_kinds->topLevelItem(i));
            return;
        }
}

qint64 ConfigPage::selectedItem() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(ConfigItemModel::IdRole).toLongLong();
}

bool ConfigPage::selectItem(qint64 id)
{
    const int source = m_model->rowOf(id);
    if (source < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(source, 0));
    if (!index.isValid())
        return false;
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
    return true;
}

void ConfigPage::showSelected()
{
    const qint64 id = selectedItem();
    if (id != m_shown) {
        m_shown = id;
        m_detail->showItem(id, m_all);
    }
    updateActions();
}

void ConfigPage::updateActions()
{
    const bool editable = DrillUi::canEdit(m_context);
    const qint64 id = selectedItem();
    const bool live = id != 0 && !m_all.value(id).deleted();
    for (QPushButton *b : {m_add, m_edit, m_replace, m_remove, m_addKind})
        b->setVisible(editable);
    m_add->setEnabled(editable);
    m_addKind->setEnabled(editable);
    m_edit->setEnabled(editable && live);
    m_replace->setEnabled(editable && live);
    m_remove->setEnabled(editable && live);
    m_detail->setEditable(editable);
    m_audits->setEditable(editable);
}

void ConfigPage::addItem()
{
    if (!DrillUi::canEdit(m_context))
        return;
    m_tabs->setCurrentIndex(ItemsTab);
    ConfigItem item;
    const QString kind = m_filter->kind();
    item.kind = kind.isEmpty() && !m_kindList.isEmpty() ? m_kindList.first().id : kind;
    item.systemClass = 3;
    auto directory = ContactDirectory::load(m_context.backend.contacts());
    const ContactDirectory empty;
    ConfigItemDialog dialog(ConfigItemDialog::Mode::Add, m_config, m_context.session.actor(),
                            directory ? *directory : empty, item, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        if (!selectItem(dialog.savedId())) {
            showKind({});
            m_search->clear();
            selectItem(dialog.savedId());
        }
        m_message->showSuccess(tr("%1 added.").arg(m_all.value(dialog.savedId()).number));
    }
}

void ConfigPage::editItem(qint64 id)
{
    const ConfigItem item = m_all.value(id);
    if (!DrillUi::canEdit(m_context) || item.id == 0 || item.deleted())
        return;
    auto directory = ContactDirectory::load(m_context.backend.contacts());
    const ContactDirectory empty;
    ConfigItemDialog dialog(ConfigItemDialog::Mode::Edit, m_config, m_context.session.actor(),
                            directory ? *directory : empty, item, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectItem(id);
    }
}

void ConfigPage::replaceItem(qint64 id)
{
    const ConfigItem item = m_all.value(id);
    if (!DrillUi::canEdit(m_context) || item.id == 0 || item.deleted())
        return;
    auto directory = ContactDirectory::load(m_context.backend.contacts());
    const ContactDirectory empty;
    ConfigItemDialog dialog(ConfigItemDialog::Mode::Replace, m_config, m_context.session.actor(),
                            directory ? *directory : empty, item, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectItem(dialog.savedId());
        m_message->showSuccess(tr("%1 replaced by %2; its relations moved to %2.")
                                   .arg(item.number, m_all.value(dialog.savedId()).number));
    }
}

void ConfigPage::removeItem(qint64 id)
{
    const ConfigItem item = m_all.value(id);
    if (!DrillUi::canEdit(m_context) || item.id == 0 || item.deleted())
        return;
    if (QMessageBox::question(
            this, tr("Delete configuration item"),
            tr("Delete %1 “%2”?\n\nIts relations are removed; the item stays readable in the "
               "history and the links (shown with “show deleted”). The number %1 is never given "
               "again.")
                .arg(item.number, item.name))
        != QMessageBox::Yes)
        return;
    if (Status s = m_config.remove(m_context.session.actor(), id); !s) {
        m_message->showError(s.error());
        return;
    }
    reload();
    m_message->showSuccess(tr("%1 deleted.").arg(item.number));
}

void ConfigPage::addKind()
{
    if (!DrillUi::canEdit(m_context))
        return;
    AddKindDialog dialog(m_config, m_context.session.actor(), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        showKind(dialog.savedId());
    }
}

bool ConfigPage::navigateTo(const QString &target)
{
    const QString t = target.trimmed();
    if (t.compare(QLatin1String("audits"), Qt::CaseInsensitive) == 0) {
        m_tabs->setCurrentIndex(AuditsTab);
        return true;
    }
    if (t.compare(QLatin1String("items"), Qt::CaseInsensitive) == 0) {
        m_tabs->setCurrentIndex(ItemsTab);
        m_table->setFocus();
        return true;
    }
    const QString number = t.section(QLatin1Char('/'), 0, 0);
    const QString sub = t.section(QLatin1Char('/'), 1).toLower();
    if (number.isEmpty())
        return false;
    auto item = m_config.itemByNumber(number);
    if (!item)
        return false;
    reload();
    m_tabs->setCurrentIndex(ItemsTab);
    if (!selectItem(item->id)) {
        showKind({});
        m_search->clear();
        if (item->deleted())
            m_showDeleted->setChecked(true);
        if (!selectItem(item->id))
            return false;
    }
    static const QList<std::pair<const char *, ConfigDetail::Tab>> tabs = {
        {"relations", ConfigDetail::RelationsTab},
        {"impact", ConfigDetail::ImpactTab},
        {"history", ConfigDetail::HistoryTab},
        {"links", ConfigDetail::LinksTab}};
    for (const auto &[name, tab] : tabs)
        if (sub == QLatin1String(name))
            m_detail->setCurrentIndex(tab);
    m_table->setFocus();
    return true;
}

bool ConfigPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const qint64 id = selectedItem();
        if (id != 0 && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            editItem(id);
            return true;
        }
        if (id != 0 && key->key() == Qt::Key_Delete) {
            removeItem(id);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ConfigPage::showEvent(QShowEvent *event)
{
    reload();
    if (!m_splitRestored) {
        // The kinds take what their names need; the items and the detail the rest.
        m_splitRestored = true;
        int widest = 0;
        for (int i = 0; i < m_kinds->topLevelItemCount(); ++i)
            widest =
                qMax(widest,
                     m_kinds->fontMetrics().horizontalAdvance(m_kinds->topLevelItem(i)->text(0)));
        const int left = qBound(200, widest + 40, 320);
        m_split->setSizes({left, qMax(400, width() - left)});
    }
    QWidget::showEvent(event);
}

void ConfigPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConfigPage::retranslateUi()
{
    m_title->setText(tr("Configuration management"));
    m_tabs->setTabText(ItemsTab, tr("Items"));
    m_tabs->setTabToolTip(ItemsTab, tr("Configuration items, their relations and history (Alt+1)"));
    m_tabs->setTabText(AuditsTab, tr("Audits"));
    m_tabs->setTabToolTip(AuditsTab, tr("Configuration audits and their findings (Alt+2)"));
    m_search->setPlaceholderText(tr("Search number, name, location, owner… (Ctrl+F)"));
    m_showDeleted->setText(tr("Show deleted items"));
    m_add->setText(tr("Add…"));
    m_add->setToolTip(tr("Add a configuration item (Ctrl+N)"));
    m_edit->setText(tr("Edit…"));
    m_edit->setToolTip(tr("Edit the selected item (Enter, double-click)"));
    m_replace->setText(tr("Replace…"));
    m_replace->setToolTip(tr("Replace the selected item by a successor with a new number"));
    m_remove->setText(tr("Delete…"));
    m_remove->setToolTip(tr("Delete the selected item (Delete); its number is never reused"));
    m_addKind->setText(tr("Add kind…"));
    m_addKind->setToolTip(tr("Add a kind of configuration item the institution uses"));
    m_model->refreshTexts();
    m_detail->retranslateUi();
    m_audits->retranslateUi();
    if (!m_kindList.isEmpty()) {
        // Built-in kind names follow the language.
        if (auto kinds = m_config.kinds())
            m_kindList = *kinds;
        fillKinds();
    }
}

} // namespace ui
} // namespace dd
