#include "organization/succession_panel.h"

#include "app/backend.h"
#include "common/icons.h"
#include "common/inline_message.h"
#include "organization/contact_chooser.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace dd {
namespace ui {

SuccessionPanel::SuccessionPanel(UiContext &context, QWidget *parent)
    : OrganizationTab(context, parent)
    , m_note(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
    , m_warnings(new QLabel(this))
    , m_message(new InlineMessage(this))
    , m_save(new QPushButton(this))
    , m_revert(new QPushButton(this))
{
    setObjectName(QStringLiteral("successionPanel"));
    m_note->setObjectName(QStringLiteral("successionNote"));
    m_note->setWordWrap(true);
    m_intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("successionList"));
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setIconSize(QSize(16, 16));
    m_add->setObjectName(QStringLiteral("addSuccessor"));
    m_remove->setObjectName(QStringLiteral("removeSuccessor"));
    m_up->setObjectName(QStringLiteral("successorUp"));
    m_down->setObjectName(QStringLiteral("successorDown"));
    m_warnings->setObjectName(QStringLiteral("successionWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_message->setObjectName(QStringLiteral("successionMessage"));
    m_save->setObjectName(QStringLiteral("saveSuccession"));
    m_revert->setObjectName(QStringLiteral("revertSuccession"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addSpacing(8);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_revert);
    saveRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_intro);
    layout->addLayout(row, 1);
    layout->addWidget(m_warnings);
    layout->addWidget(m_message);
    layout->addLayout(saveRow);

    connect(m_add, &QPushButton::clicked, this, &SuccessionPanel::askAdd);
    connect(m_remove, &QPushButton::clicked, this, &SuccessionPanel::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_save, &QPushButton::clicked, this, &SuccessionPanel::save);
    connect(m_revert, &QPushButton::clicked, this, &SuccessionPanel::revert);
    connect(m_list, &QListWidget::currentRowChanged, this, &SuccessionPanel::updateActions);
    auto *up = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_list);
    auto *down = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_list);
    auto *saveKey = new QShortcut(QKeySequence::Save, this);
    up->setContext(Qt::WidgetShortcut);
    down->setContext(Qt::WidgetShortcut);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(up, &QShortcut::activated, this, [this] {
        if (canEdit())
            moveCurrent(-1);
    });
    connect(down, &QShortcut::activated, this, [this] {
        if (canEdit())
            moveCurrent(1);
    });
    connect(saveKey, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled())
            save();
    });

    reload();
    retranslateUi();
}

QString SuccessionPanel::tabTitle() const
{
    return tr("Succession order");
}

void SuccessionPanel::reload()
{
    auto directory = ContactDirectory::load(m_context.backend.contacts());
    if (!directory) {
        m_message->showError(directory.error());
        return;
    }
    auto order = m_context.backend.contacts().succession();
    if (!order) {
        m_message->showError(order.error());
        return;
    }
    m_directory = *directory;
    m_order = *order;
    rebuildList(m_order.isEmpty() ? -1 : 0);
    setDirty(false);
}

QStringList SuccessionPanel::warnings() const
{
    QStringList all;
    if (m_order.size() < 2)
        all << tr("At least two people are needed, so that someone decides when the first "
                  "cannot.");
    for (const qint64 id : m_order) {
        const Contact *c = m_directory.find(id);
        if (!c)
            all << tr("Entry #%1 is not in the handbook.").arg(id);
        else if (!c->active)
            all << tr("%1 is no longer active.").arg(c->name);
        else if (c->bestPhone().isEmpty())
            all << tr("%1 has no phone number.").arg(c->name);
    }
    return all;
}

void SuccessionPanel::rebuildList(int currentRow)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (int i = 0; i < m_order.size(); ++i) {
        const qint64 id = m_order[i];
        const Contact *c = m_directory.find(id);
        const QString phone = c ? c->bestPhone() : QString();
        QString text = QStringLiteral("%1.  %2").arg(i + 1).arg(m_directory.describe(id));
        text += QStringLiteral("    ") + (phone.isEmpty() ? tr("no phone") : phone);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, id);
        if (!c || !c->active) {
            item->setIcon(icon(QStringLiteral("warning")));
            item->setToolTip(tr("No longer active: choose someone who can decide."));
        } else if (phone.isEmpty()) {
            item->setIcon(icon(QStringLiteral("warning")));
            item->setToolTip(tr("No phone number: this person cannot be reached."));
        } else {
            item->setIcon(icon(QStringLiteral("operator")));
        }
    }
    m_list->setCurrentRow(qBound(-1, currentRow, int(m_order.size()) - 1));
    const QStringList problems = warnings();
    m_warnings->setText(problems.join(QLatin1Char('\n')));
    m_warnings->setVisible(!problems.isEmpty());
    updateActions();
}

bool SuccessionPanel::addContacts(const QList<qint64> &contactIds)
{
    bool added = false;
    for (const qint64 id : contactIds) {
        if (id && !m_order.contains(id)) {
            m_order << id;
            added = true;
        }
    }
    if (!added)
        return false;
    rebuildList(int(m_order.size()) - 1);
    setDirty(true);
    return true;
}

void SuccessionPanel::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_order.size())
        return;
    m_order.removeAt(row);
    rebuildList(qMin(row, int(m_order.size()) - 1));
    setDirty(true);
}

bool SuccessionPanel::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_order.size())
        return false;
    m_order.move(row, to);
    rebuildList(to);
    setDirty(true);
    return true;
}

bool SuccessionPanel::save()
{
    m_message->clearMessage();
    if (m_context.readOnly) {
        m_message->showError(tr("The database is open read-only; nothing was saved."));
        return false;
    }
    if (Status saved =
            m_context.backend.contacts().setSuccession(m_context.session.actor(), m_order);
        !saved) {
        m_message->showError(saved.error());
        return false;
    }
    const int row = m_list->currentRow();
    reload();
    m_list->setCurrentRow(row);
    m_message->showSuccess(tr("Succession order saved."));
    return true;
}

void SuccessionPanel::revert()
{
    m_message->clearMessage();
    reload();
}

void SuccessionPanel::askAdd()
{
    ContactChooserDialog dialog(m_directory, m_order, this);
    dialog.setMultiSelection(true);
    dialog.setWindowTitle(tr("Add to the succession order"));
    if (dialog.exec() == QDialog::Accepted)
        addContacts(dialog.selectedIds());
}

void SuccessionPanel::setDirty(bool dirty)
{
    m_dirty = dirty;
    updateActions();
}

void SuccessionPanel::updateActions()
{
    const bool edit = canEdit();
    const int row = m_list->currentRow();
    m_add->setEnabled(edit);
    m_remove->setEnabled(edit && row >= 0);
    m_up->setEnabled(edit && row > 0);
    m_down->setEnabled(edit && row >= 0 && row < m_list->count() - 1);
    m_save->setEnabled(edit && m_dirty);
    m_revert->setEnabled(edit && m_dirty);
    updateNote(m_note, tr("succession order"));
}

void SuccessionPanel::retranslateUi()
{
    m_intro->setText(tr("Who decides, in order, when the first decision maker cannot be reached "
                        "or does not answer in time. Escalation passes authority down this list "
                        "and records it."));
    m_add->setText(tr("&Add…"));
    m_add->setIcon(icon(QStringLiteral("operator")));
    m_remove->setText(tr("&Remove"));
    m_up->setText(tr("Move &up"));
    m_up->setToolTip(tr("Alt+Up"));
    m_down->setText(tr("Move do&wn"));
    m_down->setToolTip(tr("Alt+Down"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save the order (Ctrl+S)"));
    m_revert->setText(tr("Re&vert"));
    m_revert->setToolTip(tr("Discard the changes and show what is saved"));
    rebuildList(m_list->currentRow());
}

} // namespace ui
} // namespace dd
