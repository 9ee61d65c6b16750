#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace dd {
namespace ui {

class InlineMessage;
class IntegrationServices;
struct UiContext;

// Settings → Monitoring & messages → Shift reminders (issue 4): how many minutes before a
// shift starts the incoming person is reminded through their own channel preferences (0 =
// off), and the latest reminders with their delivery state.
class ShiftRemindersBox : public QGroupBox {
    Q_OBJECT
public:
    explicit ShiftRemindersBox(UiContext &context, QWidget *parent = nullptr);

    void reload();
    bool save(); // the lead time as the spin box says
    QSpinBox *minutes() const { return m_minutes; }
    QPushButton *saveButton() const { return m_save; }
    QTreeWidget *list() const { return m_list; }
    InlineMessage *message() const { return m_message; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void reloadList();
    void updateEditable();
    void retranslateUi();

    UiContext &m_context;
    IntegrationServices &m_services;
    QLabel *m_explain;
    QLabel *m_minutesLabel;
    QSpinBox *m_minutes;
    QPushButton *m_save;
    QTreeWidget *m_list;
    InlineMessage *m_message;
};

} // namespace ui
} // namespace dd
