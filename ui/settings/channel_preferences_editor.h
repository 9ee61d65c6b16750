#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "notify/channel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dd {
namespace ui {

class IntegrationServices;
struct UiContext;

// "Messages for this person / this duty role go through…": rows of channel + address (the
// e-mail address for e-mail channels; group robots need none), for the handbook's contact
// dialog and the roster's role dialog. Edits stay in the form until save(), which the dialog
// calls inside the transaction of its own save, after it (a new contact has its id only then):
// removed rows are removed, new and changed rows saved, in the order shown; a refused row
// rolls back the whole save.
class ChannelPreferencesEditor : public QWidget {
    Q_OBJECT
public:
    ChannelPreferencesEditor(UiContext &context, PreferenceOwner owner, QWidget *parent = nullptr);

    // Loads the stored preferences of a contact (id > 0) or a role (key not empty).
    void load(qint64 contactId, const QString &roleKey = {});
    void setReadOnly(bool readOnly);
    // Adds a row (for tests and the Add button): a channel by id, and its address.
    void addRow(qint64 channelId = 0, const QString &address = {});
    int rowCount() const;
    // Writes the rows for this owner. Fails naming the row and the problem.
    Status save(const Actor &actor, qint64 contactId, const QString &roleKey = {});
    QTableWidget *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();

    UiContext &m_context;
    IntegrationServices &m_services;
    PreferenceOwner m_owner;
    QList<NotifyChannel> m_channels;
    QList<NotifyPreference> m_stored;
    bool m_readOnly = false;
    QLabel *m_label;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_none;
};

} // namespace ui
} // namespace dd
