#pragma once

#include "contacts/contact.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace dd {
namespace ui {

class InlineMessage;
struct UiContext;

// Records that the handbook was handed out (printed, mailed to the units): shows what
// changed since the last distribution and takes a note ("sent to all departments by mail").
// The next version number is the last one plus one.
class DistributionDialog : public QDialog {
    Q_OBJECT
public:
    explicit DistributionDialog(UiContext &context, QWidget *parent = nullptr);
    const HandbookDistribution &recorded() const { return m_recorded; }
    QTreeWidget *changes() const { return m_changes; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void submit();
    void retranslateUi();

    UiContext &m_context;
    HandbookDistribution m_last; // version 0 = never distributed
    HandbookDistribution m_recorded;
    QLabel *m_summary;
    QTreeWidget *m_changes;
    QLabel *m_noteLabel;
    QLineEdit *m_note;
    InlineMessage *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_record;
};

} // namespace ui
} // namespace dd
