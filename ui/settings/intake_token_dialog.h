#pragma once

#include "intake/alert.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace dd {
namespace ui {

// Settings → Monitoring intake → Add source: a name and the one format (route) it posts.
class AddIntakeSourceDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddIntakeSourceDialog(QWidget *parent = nullptr);
    QString name() const;
    AlertFormat format() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_formatLabel;
    QComboBox *m_format;
    QDialogButtonBox *m_buttons;
};

// The new source's bearer token, shown this once (only its SHA-256 is kept), with a Copy
// button and the exact curl call for the source's route.
class IntakeTokenDialog : public QDialog {
    Q_OBJECT
public:
    IntakeTokenDialog(const QString &sourceName, AlertFormat format, const QString &token,
                      const QString &baseUrl, QWidget *parent = nullptr);

    QString token() const { return m_tokenText; }
    QString curlExample() const;
    // The curl command for a route (exposed for tests and the README).
    static QString curlCommand(AlertFormat format, const QString &token, const QString &baseUrl);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString m_sourceName;
    AlertFormat m_format;
    QString m_tokenText;
    QLabel *m_intro;
    QLineEdit *m_token;
    QPushButton *m_copy;
    QPushButton *m_copyCurl;
    QLabel *m_curlLabel;
    QPlainTextEdit *m_curl;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
} // namespace dd
