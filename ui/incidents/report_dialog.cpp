#include "incidents/report_dialog.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "i18n/language.h"
#include "incidents/incident_format.h"
#include "incidents/incident_reference.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd {
namespace ui {

ReportDialog::ReportDialog(UiContext &context, const IncidentView &view,
                           const ObligationRow &obligation, const IncidentReference &reference,
                           QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_incidentId(view.incident.id)
    , m_number(view.incident.number)
    , m_obligation(obligation)
    , m_intro(new QLabel(this))
    , m_formLabel(new QLabel(this))
    , m_form(new QComboBox(this))
    , m_body(new QPlainTextEdit(this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("reportDialog"));
    m_intro->setObjectName(QStringLiteral("reportIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_body->setObjectName(QStringLiteral("reportBody"));
    m_error->setObjectName(QStringLiteral("reportError"));
    m_body->setMinimumSize(520, 280);
    m_body->setPlainText(draft(view, obligation, reference, context.language.current(),
                               context.backend.clock().now(),
                               context.session.actor().displayName()));

    m_form->setObjectName(QStringLiteral("reportForm"));
    m_formLabel->setBuddy(m_form);
    m_form->addItem(reportFormName(obligation.instance.form), int(obligation.instance.form));
    for (ReportForm alternative : obligation.instance.alsoMetBy)
        m_form->addItem(reportFormName(alternative), int(alternative));
    const bool choice = m_form->count() > 1;
    m_form->setVisible(choice);
    m_formLabel->setVisible(choice);

    auto *formRow = new QHBoxLayout;
    formRow->addWidget(m_formLabel);
    formRow->addWidget(m_form);
    formRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(formRow);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    retranslateUi();
}

QString ReportDialog::body() const
{
    return m_body->toPlainText();
}

void ReportDialog::setBody(const QString &body)
{
    m_body->setPlainText(body);
}

ReportForm ReportDialog::filedAs() const
{
    return ReportForm(m_form->currentData().toInt());
}

void ReportDialog::setFiledAs(ReportForm form)
{
    const int index = m_form->findData(int(form));
    if (index >= 0)
        m_form->setCurrentIndex(index);
}

QString ReportDialog::draft(const IncidentView &view, const ObligationRow &obligation,
                            const IncidentReference &reference, const QString &language,
                            const QDateTime &now, const QString &author)
{
    const Incident &i = view.incident;
    const QTimeZone &zone = reference.zone;
    const QString grade = IncidentFormat::grade(
        view.grade.gradeId, view.grade.level ? &*view.grade.level : nullptr, language);
    QStringList lines;
    lines << obligation.label << QString();
    lines << tr("Incident: %1 %2").arg(i.number, i.title);
    lines << tr("Grade: %1 (rule set %2)").arg(grade, view.grade.ruleSetId);
    lines << tr("State: %1").arg(incidentStateName(i.state));
    lines << tr("Detected: %1").arg(IncidentFormat::time(i.detectedAt, zone));
    lines << tr("Started: %1").arg(IncidentFormat::time(i.startedAt, zone));
    lines << (i.recoveredAt.isValid()
                  ? tr("Recovered: %1 (down %2)")
                        .arg(IncidentFormat::time(i.recoveredAt, zone),
                             IncidentFormat::duration(i.startedAt.secsTo(i.recoveredAt)))
                  : tr("Recovered: not yet (down %1 so far)")
                        .arg(IncidentFormat::duration(i.startedAt.secsTo(now))));
    if (!i.affectedSystems.isEmpty())
        lines << tr("Affected systems: %1").arg(i.affectedSystems);
    if (!i.description.isEmpty())
        lines << tr("What happened: %1").arg(i.description);
    if (!i.cause.isEmpty())
        lines << (i.causeKnown ? tr("Cause: %1").arg(i.cause)
                               : tr("Cause (not yet confirmed): %1").arg(i.cause));
    lines << QString();
    lines << tr("Reported by %1 at %2 (%3)")
                 .arg(author, IncidentFormat::time(now, zone), QString::fromUtf8(zone.id()));
    return lines.join(u'\n');
}

void ReportDialog::accept()
{
    m_error->clearMessage();
    Status submitted = m_context.backend.incidentService().submitReport(
        m_context.session.actor(), m_incidentId, m_obligation.instance.key(), body(),
        filedAs() == m_obligation.instance.form ? std::nullopt : std::optional(filedAs()));
    if (!submitted) {
        m_error->showError(submitted.error());
        return;
    }
    QDialog::accept();
}

void ReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ReportDialog::retranslateUi()
{
    setWindowTitle(tr("Submit report — %1").arg(m_number));
    m_intro->setText(tr("%1\n\nSubmitting stamps this report with the time now and your name; "
                        "whether it was on time is computed from that stamp. Edit the text if "
                        "needed, then submit.")
                         .arg(m_obligation.label));
    m_formLabel->setText(tr("&Filed as:"));
    for (int i = 0; i < m_form->count(); ++i)
        m_form->setItemText(i, reportFormName(ReportForm(m_form->itemData(i).toInt())));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Submit now"));
}

} // namespace ui
} // namespace dd
