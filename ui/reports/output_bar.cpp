#include "reports/output_bar.h"

#include "reports/report_output.h"
#include "reports/report_writer.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace dd {
namespace ui {

namespace {
const QList<OutputForm> Forms = {OutputForm::Pdf, OutputForm::Odt, OutputForm::Html,
                                 OutputForm::Text};
} // namespace

OutputBar::OutputBar(InlineMessage *message, QWidget *parent)
    : QWidget(parent)
    , m_message(message)
    , m_print(new QPushButton(this))
    , m_count(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (OutputForm form : Forms) {
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("saveAs_") + outputFormId(form));
        button->setEnabled(false);
        connect(button, &QPushButton::clicked, this, [this, form] {
            if (m_report)
                ReportOutput::askSave(this, *m_report, form, m_message);
        });
        layout->addWidget(button);
        m_save << button;
    }
    m_print->setObjectName(QStringLiteral("printReport"));
    m_print->setEnabled(false);
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (m_report)
            ReportOutput::printPreview(this, *m_report, m_message);
    });
    layout->addWidget(m_print);
    layout->addStretch(1);
    m_count->setObjectName(QStringLiteral("characterCount"));
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_count);
    retranslateUi();
}

QPushButton *OutputBar::button(OutputForm form) const
{
    return m_save.value(Forms.indexOf(form));
}

void OutputBar::setReport(const std::optional<RenderedReport> &report,
                          const QList<OutputForm> &outputs)
{
    m_report = report;
    m_outputs = outputs;
    for (int i = 0; i < Forms.size(); ++i)
        m_save[i]->setEnabled(m_report && outputs.contains(Forms[i]));
    m_print->setEnabled(m_report.has_value());
    updateCount();
}

void OutputBar::updateCount()
{
    const bool text = m_report && m_outputs.contains(OutputForm::Text);
    m_count->setVisible(text);
    if (text)
        m_count->setText(ReportOutput::countText(ReportWriter::plainText(*m_report)));
}

void OutputBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OutputBar::retranslateUi()
{
    m_save[0]->setText(tr("Save as &PDF…"));
    m_save[1]->setText(tr("Save as &ODT…"));
    m_save[2]->setText(tr("Save as &HTML…"));
    m_save[3]->setText(tr("Save as &Text…"));
    m_print->setText(tr("P&rint…"));
    m_count->setToolTip(tr("Characters of the SMS / IM text and the messages it takes"));
    updateCount();
}

} // namespace ui
} // namespace dd
