#pragma once

#include <QComboBox>
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace dd {
namespace ui {

struct ContactDirectory;

// Picks people from the handbook: a search field (name, unit, position, phone digits) over the
// list of active people; the people given as `exclude` are not offered. Double-click or OK.
class ContactChooserDialog : public QDialog {
    Q_OBJECT
public:
    ContactChooserDialog(const ContactDirectory &directory, const QList<qint64> &exclude,
                         QWidget *parent = nullptr);

    void setMultiSelection(bool multi);
    void setFilterText(const QString &text);
    // Selects the person with this id (tests, preselection); false when not offered.
    bool selectContact(qint64 id);
    QList<qint64> selectedIds() const;
    int visibleCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void retranslateUi();

    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_empty;
    QDialogButtonBox *m_buttons;
};

// A combo box of active people with "(nobody)" first; typing filters by any part of the text.
class ContactComboBox : public QComboBox {
    Q_OBJECT
public:
    explicit ContactComboBox(QWidget *parent = nullptr);

    // Fills the list; `keep` (usually the stored id) is listed even when inactive.
    void setDirectory(const ContactDirectory &directory, qint64 keep = 0);
    qint64 contactId() const;
    void setContactId(qint64 id);

protected:
    void changeEvent(QEvent *event) override;
};

} // namespace ui
} // namespace dd
