#pragma once

#include <QGroupBox>
#include <QList>

class QLabel;
class QPushButton;
class QSpinBox;

namespace dd {
namespace ui {

class InlineMessage;
struct UiContext;

// Settings → the readiness periods (readiness/readiness_periods.h): one spin box per period
// with the standard's value in its tooltip. Save writes them all in one transaction with one
// audit row through the settings repository, which checks the signed-in actor (ManageSettings)
// and the ranges; its refusal appears in red under the form, naming the setting.
class ReadinessPeriodsBox : public QGroupBox {
    Q_OBJECT
public:
    explicit ReadinessPeriodsBox(UiContext &context, QWidget *parent = nullptr);

    bool save();
    void revert();
    // The spin box of a setting key ("readiness.period.handbook_days"), or nullptr.
    QSpinBox *field(const QString &key) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row {
        QString key;
        QLabel *label = nullptr;
        QSpinBox *spin = nullptr;
    };

    void updateEditable();
    void retranslateUi();

    UiContext &m_context;
    QList<Row> m_rows;
    QLabel *m_note;
    InlineMessage *m_message;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_defaults;
};

} // namespace ui
} // namespace dd
