#pragma once

#include "contacts/change_notice.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace dd {
namespace ui {

class InlineMessage;

// The change notices for the units concerned by the changes since the last distribution,
// one per unit (ChangeNotices::build): the units on the left, the chosen notice on the right,
// to copy into a mail or save as a text file (one unit, or all of them into a folder).
class NoticesDialog : public QDialog {
    Q_OBJECT
public:
    explicit NoticesDialog(QList<ChangeNotice> notices, QWidget *parent = nullptr);

    QListWidget *units() const { return m_units; }
    QPlainTextEdit *text() const { return m_text; }
    // Writes one notice (the chosen one) / every notice as "<unit>.txt" into `folder`.
    Status saveCurrent(const QString &path);
    Result<int> saveAll(const QString &folder);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showNotice(int row);
    void copy();
    void chooseSaveCurrent();
    void chooseSaveAll();
    void retranslateUi();

    QList<ChangeNotice> m_notices;
    QLabel *m_summary;
    QListWidget *m_units;
    QPlainTextEdit *m_text;
    InlineMessage *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_copy;
    QPushButton *m_save;
    QPushButton *m_saveAll;
};

} // namespace ui
} // namespace dd
