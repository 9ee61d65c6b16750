#pragma once

#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace dd {
namespace ui {

// People from the handbook as a checkable list with a search box (name, position, unit).
// Inactive people stay listed while checked, so an old plan keeps its participants.
class ContactPicker : public QWidget {
    Q_OBJECT
public:
    struct Person {
        qint64 id = 0;
        QString name;
        QString detail; // position, unit
        bool active = true;
    };

    explicit ContactPicker(QWidget *parent = nullptr);

    void setPeople(const QList<Person> &people);
    void setChecked(const QList<qint64> &ids);
    QList<qint64> checked() const; // in list order
    void setEditable(bool editable);
    QLineEdit *searchBox() const { return m_search; }
    QListWidget *list() const { return m_list; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild(const QList<qint64> &checkedIds);
    void applyFilter();
    void retranslateUi();

    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_count;
    QList<Person> m_people;
    bool m_editable = true;
};

} // namespace ui
} // namespace dd
