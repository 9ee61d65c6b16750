#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace dd {
namespace ui {

class InlineMessage;

// Asks for a new procedure's fault type id (lower case, such as "power_outage") and title.
class NewProcedureDialog : public QDialog {
    Q_OBJECT
public:
    // `taken`: fault types that have a procedure already.
    explicit NewProcedureDialog(const QStringList &taken, QWidget *parent = nullptr);

    QString faultType() const;
    QString title() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QStringList m_taken;
    QLabel *m_intro;
    QLabel *m_faultTypeLabel;
    QLineEdit *m_faultType;
    QLabel *m_titleLabel;
    QLineEdit *m_title;
    InlineMessage *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
} // namespace dd
