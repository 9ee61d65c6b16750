#pragma once

#include "roster/roster_types.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dd {
namespace ui {

class InlineMessage;
struct UiContext;

// The rotations of the roster in a sortable table (role, slot, layer, name, pattern, start,
// end, members) with New / Edit / Remove. Edits go through RotationDialog; read-only when the
// database is or the operator lacks EditDutyData.
class RotationsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RotationsPanel(UiContext &context, QWidget *parent = nullptr);

    void reload();
    const QList<Rotation> &rotations() const { return m_rotations; }
    QTableWidget *table() const { return m_table; }
    InlineMessage *message() const { return m_message; }
    // The rotation of the selected row; 0 = none.
    qint64 currentId() const;
    bool removeRotation(qint64 id); // without asking (the button asks first)

    // "08:30/20:30 12h", "Daily 08:30", "Weekly Mon 09:00".
    static QString patternText(const ShiftPattern &pattern);

signals:
    void changed(); // after a write

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void newRotation();
    void editRotation();
    void askRemove();
    void updateActions();
    void retranslateUi();

    UiContext &m_context;
    QList<Rotation> m_rotations;
    QHash<qint64, QString> m_roleNames;
    QHash<qint64, QString> m_people;
    QLabel *m_note;
    QTableWidget *m_table;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_remove;
    InlineMessage *m_message;
};

} // namespace ui
} // namespace dd
