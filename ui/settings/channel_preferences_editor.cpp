#include "settings/channel_preferences_editor.h"

#include "settings/integration_services.h"
#include "shell/ui_context.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace dd {
namespace ui {

ChannelPreferencesEditor::ChannelPreferencesEditor(UiContext &context, PreferenceOwner owner,
                                                   QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_services(IntegrationServices::ensure(context, this))
    , m_owner(owner)
    , m_label(new QLabel(this))
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_none(new QLabel(this))
{
    setObjectName(QStringLiteral("channelPreferences"));
    m_table->setObjectName(QStringLiteral("preferenceTable"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setFixedHeight(m_table->fontMetrics().lineSpacing() * 6);
    m_add->setObjectName(QStringLiteral("addPreference"));
    m_remove->setObjectName(QStringLiteral("removePreference"));
    m_none->setWordWrap(true);
    m_none->setTextFormat(Qt::PlainText);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_label, 0, 0, 1, 3);
    grid->addWidget(m_table, 1, 0, 2, 1);
    grid->addWidget(m_add, 1, 1);
    grid->addWidget(m_remove, 2, 1, Qt::AlignTop);
    grid->addWidget(m_none, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    connect(m_add, &QPushButton::clicked, this, [this] { addRow(); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        updateButtons();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this,
            &ChannelPreferencesEditor::updateButtons);
    if (auto channels = m_services.channels().channels())
        m_channels = *channels;
    retranslateUi();
}

void ChannelPreferencesEditor::load(qint64 contactId, const QString &roleKey)
{
    m_table->setRowCount(0);
    m_stored.clear();
    Result<QList<NotifyPreference>> stored =
        m_owner == PreferenceOwner::Contact
            ? (contactId > 0 ? m_services.channels().preferencesOfContact(contactId)
                             : Result<QList<NotifyPreference>>(QList<NotifyPreference>()))
            : (!roleKey.isEmpty() ? m_services.channels().preferencesOfRole(roleKey)
                                  : Result<QList<NotifyPreference>>(QList<NotifyPreference>()));
    if (stored)
        m_stored = *stored;
    for (const NotifyPreference &p : std::as_const(m_stored))
        addRow(p.channelId, p.address);
    updateButtons();
}

void ChannelPreferencesEditor::addRow(qint64 channelId, const QString &address)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *channel = new QComboBox(m_table);
    channel->setObjectName(QStringLiteral("preferenceChannel"));
    for (const NotifyChannel &c : std::as_const(m_channels))
        channel->addItem(c.name, c.id);
    channel->setCurrentIndex(qMax(0, channel->findData(channelId)));
    channel->setEnabled(!m_readOnly);
    auto *to = new QLineEdit(address, m_table);
    to->setObjectName(QStringLiteral("preferenceAddress"));
    to->setReadOnly(m_readOnly);
    to->setFrame(false);
    auto placeholder = [this, channel, to] {
        const qint64 id = channel->currentData().toLongLong();
        for (const NotifyChannel &c : std::as_const(m_channels))
            if (c.id == id)
                to->setPlaceholderText(channelNeedsAddress(c.kind)
                                           ? tr("e-mail address")
                                           : tr("none needed: posts into its group"));
    };
    connect(channel, &QComboBox::currentIndexChanged, to, placeholder);
    placeholder();
    m_table->setCellWidget(row, 0, channel);
    m_table->setCellWidget(row, 1, to);
    m_table->setCurrentCell(row, 0);
    updateButtons();
}

int ChannelPreferencesEditor::rowCount() const
{
    return m_table->rowCount();
}

Status ChannelPreferencesEditor::save(const Actor &actor, qint64 contactId, const QString &roleKey)
{
    QList<NotifyPreference> wanted;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *channel = qobject_cast<QComboBox *>(m_table->cellWidget(row, 0));
        auto *to = qobject_cast<QLineEdit *>(m_table->cellWidget(row, 1));
        if (!channel || !to || channel->currentIndex() < 0)
            continue;
        NotifyPreference p;
        p.owner = m_owner;
        p.contactId = m_owner == PreferenceOwner::Contact ? contactId : 0;
        p.roleKey = m_owner == PreferenceOwner::Role ? roleKey : QString();
        p.channelId = channel->currentData().toLongLong();
        p.address = to->text().trimmed();
        p.sortOrder = row;
        wanted << p;
    }
    // The stored rows are reused in order (updated in place); the rest are removed.
    for (int i = 0; i < wanted.size(); ++i) {
        if (i < m_stored.size())
            wanted[i].id = m_stored[i].id;
        NotifyPreference old = i < m_stored.size() ? m_stored[i] : NotifyPreference{};
        old.channelName.clear();
        if (old == wanted[i])
            continue;
        auto saved = m_services.channels().savePreference(actor, wanted[i]);
        if (!saved)
            return fail(tr("Channel row %1: %2").arg(i + 1).arg(saved.error()));
        wanted[i].id = *saved;
    }
    for (int i = int(wanted.size()); i < m_stored.size(); ++i)
        if (Status removed = m_services.channels().removePreference(actor, m_stored[i].id);
            !removed)
            return removed;
    m_stored = wanted;
    return {};
}

void ChannelPreferencesEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QWidget *w = m_table->cellWidget(row, 0))
            w->setEnabled(!readOnly);
        if (auto *edit = qobject_cast<QLineEdit *>(m_table->cellWidget(row, 1)))
            edit->setReadOnly(readOnly);
    }
    updateButtons();
}

void ChannelPreferencesEditor::updateButtons()
{
    const bool may = !m_readOnly && m_services.writable() && !m_channels.isEmpty();
    m_add->setEnabled(may);
    m_remove->setEnabled(may && m_table->currentRow() >= 0);
    m_none->setVisible(m_channels.isEmpty());
}

void ChannelPreferencesEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChannelPreferencesEditor::retranslateUi()
{
    m_label->setText(m_owner == PreferenceOwner::Contact
                         ? tr("Message channels for this person:")
                         : tr("Message channels for whoever holds this role:"));
    m_table->setHorizontalHeaderLabels({tr("Channel"), tr("Address")});
    m_add->setText(tr("Add"));
    m_remove->setText(tr("Remove"));
    m_none->setText(tr("No notification channels yet: add them under Settings → Monitoring & "
                       "messages."));
}

} // namespace ui
} // namespace dd
