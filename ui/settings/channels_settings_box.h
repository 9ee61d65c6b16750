#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace dd {
namespace ui {

class ChannelDialog;
class InlineMessage;
class IntegrationServices;
struct UiContext;

// Settings → Notification channels: the channels escalation messages go out through (list with
// kind, state and which secrets are stored — never their values), Add/Edit (ChannelDialog),
// Remove, and Send test with its result (sent / failed with the reason).
class ChannelsSettingsBox : public QGroupBox {
    Q_OBJECT
public:
    explicit ChannelsSettingsBox(UiContext &context, QWidget *parent = nullptr);

    void reload();
    // Opens the dialog (non-blocking, window-modal) for a new channel or the selected one.
    ChannelDialog *openDialog(bool add);
    // Sends a test message through the selected channel (to `address` for e-mail).
    bool sendTest(const QString &address = {});
    bool removeSelected();
    qint64 selectedId() const;
    void select(qint64 id);
    QTreeWidget *list() const { return m_list; }
    QLabel *testResult() const { return m_result; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void sendTestInteractively();
    void showTestResult(qint64 channelId, bool ok, const QString &message);
    void updateEditable();
    void retranslateUi();

    UiContext &m_context;
    IntegrationServices &m_services;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_test;
    QLabel *m_result;
    InlineMessage *m_message;
    qint64 m_testing = 0;
};

} // namespace ui
} // namespace dd
