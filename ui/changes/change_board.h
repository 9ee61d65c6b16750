#pragma once

#include "changes/change_format.h"
#include "changes/change_request.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace dd {
namespace ui {

// The change requests by state, one column per BoardColumn, each change a card: number,
// title, window (institution time), items, applicant, and the emergency and in-trading-hours
// marks in words with an icon. The done column shows the most recent ones unless "show all"
// is on. Double-click or Enter on a card asks to open it; the filter matches number, title,
// items and applicant.
class ChangeBoard : public QWidget {
    Q_OBJECT
public:
    static constexpr int RecentDone = 8;

    explicit ChangeBoard(QWidget *parent = nullptr);

    void setChanges(const QList<ChangeSummary> &changes);
    QListWidget *column(BoardColumn column) const { return m_lists.at(int(column)); }
    QLineEdit *filter() const { return m_filter; }
    QToolButton *showAllDone() const { return m_showAll; }
    // Selects the card of `id` (and focuses its column); false when it is not on the board.
    bool selectChange(qint64 id);
    // The ids in a column, top to bottom (shown cards only).
    QList<qint64> idsIn(BoardColumn column) const;
    void retranslateUi();

    static QString cardText(const ChangeSummary &change);

signals:
    void openRequested(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    QLineEdit *m_filter;
    QToolButton *m_showAll;
    QList<QLabel *> m_headers;
    QList<QListWidget *> m_lists;
    QList<ChangeSummary> m_changes;
};

} // namespace ui
} // namespace dd
