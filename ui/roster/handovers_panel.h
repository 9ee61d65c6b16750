#pragma once

#include "roster/roster_snapshot.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dd {
namespace ui {

class InlineMessage;
struct UiContext;

// The handover records (交接班记录) of the range the roster page shows: when, the duty role,
// outgoing and incoming person, the open items handed over and who recorded it, newest first.
// "Record handover…" opens the roster change dialog for a new record.
class HandoversPanel : public QWidget {
    Q_OBJECT
public:
    explicit HandoversPanel(UiContext &context, QWidget *parent = nullptr);

    // Shows the records in [from, to) with the names of `snapshot`.
    void showRange(const RosterSnapshot &snapshot, const QDateTime &from, const QDateTime &to);
    void reload();
    const QList<Handover> &handovers() const { return m_handovers; }
    QTableWidget *table() const { return m_table; }
    QPushButton *recordButton() const { return m_record; }

signals:
    void changed(); // a record was written here

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void record();
    void updateActions();
    void retranslateUi();

    UiContext &m_context;
    RosterSnapshot m_snapshot;
    QDateTime m_from;
    QDateTime m_to;
    QList<Handover> m_handovers;
    QTableWidget *m_table;
    QPushButton *m_record;
    InlineMessage *m_message;
};

} // namespace ui
} // namespace dd
