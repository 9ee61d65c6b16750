#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace dd {
namespace ui {

// A register list: a title, a filter, a sortable read-only table whose first cell of each row
// carries the row id (Qt::UserRole), and Add / Edit / Delete buttons. Double-click or Enter
// edits the selected row; the Delete key deletes it. The owner fills the table and answers the
// signals (it asks before deleting).
class RegisterTable : public QWidget {
    Q_OBJECT
public:
    // `name` prefixes the object names: "<name>Table", "<name>Filter", "<name>Add", …
    RegisterTable(const QString &name, int columns, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    QLabel *titleLabel() const { return m_title; }
    void setTitle(const QString &title); // empty hides the title line
    void setHeaders(const QStringList &headers);
    void setButtonTexts(const QString &add, const QString &edit, const QString &remove);
    // Editing allowed (buttons enabled; double-click and Delete act).
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    // Fills the table: call begin, set rows and items, then end (sorting and filter return).
    void beginFill(int rows);
    void endFill();
    qint64 selectedId() const; // 0 when nothing is selected
    bool selectId(qint64 id);
    // Extra widgets (status text, buttons) go into the button row, left of Add.
    void addToButtonRow(QWidget *widget);

signals:
    void addRequested();
    void editRequested(qint64 id);
    void removeRequested(qint64 id);
    void selectionChanged(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateButtons();
    void retranslateUi();

    QLabel *m_title;
    QLineEdit *m_filter;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QHBoxLayout *m_buttonRow;
    bool m_editable = true;
    bool m_sorting = true;
    bool m_customTexts = false;
    bool m_sized = false;
};

} // namespace ui
} // namespace dd
