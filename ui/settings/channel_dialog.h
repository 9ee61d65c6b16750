#pragma once

#include "notify/channel.h"
#include "notify/channel_repository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace dd {
namespace ui {

class InlineMessage;
struct UiContext;

// Adds or edits a notification channel: name, kind, enabled and the kind's own fields
// (webhook URL; WeCom key; DingTalk access token and signing secret; Feishu URL and optional
// signing secret; SMTP host, port, security, sender, user and password). Secret fields are
// password fields that never show what is stored: their placeholder says "••• stored" or
// "not set", and only a field typed into changes the stored secret (an emptied field removes
// it). OK saves through ChannelRepository (secrets into the secret store) and stays open,
// naming the field, when the channel is refused.
class ChannelDialog : public QDialog {
    Q_OBJECT
public:
    ChannelDialog(UiContext &context, ChannelRepository &channels, const NotifyChannel &channel,
                  QWidget *parent = nullptr);

    // The form as a channel and the secrets typed in (unset: keep what is stored).
    NotifyChannel channel() const;
    SecretUpdate secretUpdate() const;
    qint64 savedId() const { return m_savedId; }
    bool save();

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    ChannelKind kind() const;
    void updateKindFields();
    void retranslateUi();
    void setSecretPlaceholder(QLineEdit *field, bool stored);

    UiContext &m_context;
    ChannelRepository &m_channels;
    NotifyChannel m_channel;
    SecretPresence m_presence;
    qint64 m_savedId = 0;

    QFormLayout *m_form;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QCheckBox *m_enabled;
    QLabel *m_urlLabel;
    QLineEdit *m_url;
    QLabel *m_keyLabel;
    QLineEdit *m_key;
    QLabel *m_tokenLabel;
    QLineEdit *m_token;
    QLabel *m_signLabel;
    QLineEdit *m_sign;
    QLabel *m_hostLabel;
    QLineEdit *m_host;
    QLabel *m_portLabel;
    QSpinBox *m_port;
    QLabel *m_securityLabel;
    QComboBox *m_security;
    QLabel *m_fromLabel;
    QLineEdit *m_from;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_hint;
    InlineMessage *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
} // namespace dd
