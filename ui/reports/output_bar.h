#pragma once

#include "reports/report_template.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace dd {
namespace ui {

class InlineMessage;

// The output row under a rendered report: Save as PDF / ODT / HTML / Text… (only the forms the
// template declares), Print… (print preview) and, when the template has a text output, the
// live character count of the SMS / IM text.
class OutputBar : public QWidget {
    Q_OBJECT
public:
    explicit OutputBar(InlineMessage *message, QWidget *parent = nullptr);

    // The report the buttons write; nullopt disables them. `outputs` are the template's forms.
    void setReport(const std::optional<RenderedReport> &report, const QList<OutputForm> &outputs);
    const std::optional<RenderedReport> &report() const { return m_report; }
    QPushButton *button(OutputForm form) const;
    QPushButton *printButton() const { return m_print; }
    QLabel *countLabel() const { return m_count; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateCount();
    void retranslateUi();

    InlineMessage *m_message;
    std::optional<RenderedReport> m_report;
    QList<OutputForm> m_outputs;
    QList<QPushButton *> m_save; // by OutputForm
    QPushButton *m_print;
    QLabel *m_count;
};

} // namespace ui
} // namespace dd
