#include "incidents/declare_dialog.h"

#include "access/sign_in_dialog.h"
#include "app/backend.h"
#include "common/inline_message.h"
#include "i18n/language.h"
#include "incidents/config_item_checklist.h"
#include "incidents/incident_format.h"
#include "incidents/zoned_time_edit.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace dd {
namespace ui {

DeclareDialog::DeclareDialog(UiContext &context, bool warning, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_reference(IncidentReference::load(context.backend))
    , m_config(context.backend.database(), context.backend.audit(), context.backend.clock())
    , m_openedAt(context.backend.clock().now())
    , m_intro(new QLabel(this))
    , m_form(new QFormLayout)
    , m_title(new QLineEdit(this))
    , m_incident(new QRadioButton(this))
    , m_warning(new QRadioButton(this))
    , m_faultType(new QComboBox(this))
    , m_system(new QComboBox(this))
    , m_startedAt(new ZonedTimeEdit(this))
    , m_affectedSystems(new QLineEdit(this))
    , m_items(new ConfigItemChecklist(QStringLiteral("declareItems"), this))
    , m_description(new QPlainTextEdit(this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("declareDialog"));
    m_title->setObjectName(QStringLiteral("declareTitle"));
    m_incident->setObjectName(QStringLiteral("declareIncident"));
    m_warning->setObjectName(QStringLiteral("declareWarning"));
    m_faultType->setObjectName(QStringLiteral("declareFaultType"));
    m_system->setObjectName(QStringLiteral("declareSystem"));
    m_startedAt->setObjectName(QStringLiteral("declareStartedAt"));
    m_affectedSystems->setObjectName(QStringLiteral("declareAffectedSystems"));
    m_description->setObjectName(QStringLiteral("declareDescription"));
    m_error->setObjectName(QStringLiteral("declareError"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_title->setMinimumWidth(420);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 14);
    (warning ? m_warning : m_incident)->setChecked(true);

    const QString language = context.language.current();
    for (const QString &type : m_reference.faultTypes())
        m_faultType->addItem(IncidentFormat::faultType(type), type);
    for (const SystemKind &kind : m_reference.systems())
        m_system->addItem(kind.name.text(language), kind.id);
    m_startedAt->setZone(m_reference.zone);
    m_startedAt->setInstant(m_openedAt);
    m_shownStart = m_startedAt->instant();
    // Optional: the items in the configuration; the row is left out when there are none.
    m_items->list()->setFixedHeight(m_items->list()->fontMetrics().lineSpacing() * 5 + 14);
    if (auto items = m_config.items(); items && !items->isEmpty())
        m_items->setItems(*items);
    else
        m_form->setRowVisible(m_items, false);

    auto *kind = new QHBoxLayout;
    kind->addWidget(m_incident);
    kind->addWidget(m_warning);
    kind->addStretch(1);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(new QLabel(this), m_title);
    m_form->addRow(new QLabel(this), kind);
    m_form->addRow(new QLabel(this), m_faultType);
    m_form->addRow(new QLabel(this), m_system);
    m_form->addRow(new QLabel(this), m_startedAt);
    m_form->addRow(new QLabel(this), m_affectedSystems);
    m_form->addRow(new QLabel(this), m_items);
    m_form->addRow(new QLabel(this), m_description);
    for (QWidget *field : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_faultType),
                           static_cast<QWidget *>(m_system), static_cast<QWidget *>(m_startedAt),
                           static_cast<QWidget *>(m_affectedSystems),
                           static_cast<QWidget *>(m_items), static_cast<QWidget *>(m_description)})
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
            label->setBuddy(field);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeclareDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DeclareDialog::reject);
    connect(m_warning, &QRadioButton::toggled, this, &DeclareDialog::retranslateUi);
    for (const QString &error : std::as_const(m_reference.errors))
        m_error->showError(error);
    retranslateUi();
    m_title->setFocus();
}

void DeclareDialog::accept()
{
    m_error->clearMessage();
    NewIncident n;
    n.title = m_title->text().trimmed();
    n.warning = m_warning->isChecked();
    n.faultType = m_faultType->currentData().toString();
    n.affectedSystems = m_affectedSystems->text().trimmed();
    n.description = m_description->toPlainText().trimmed();
    n.detectedAt = m_openedAt;
    // Untouched, the start is the detection time to the second; edited, the minute typed.
    const QDateTime startedAt =
        m_startedAt->instant() == m_shownStart ? m_openedAt : m_startedAt->instant();
    n.facts = {
        {QStringLiteral("institution_type"), institutionTypeId(m_reference.institution.type)},
        {QStringLiteral("started_at"), ZonedTimeEdit::isoWithOffset(startedAt, m_reference.zone)}};
    const QString system = m_system->currentData().toString();
    if (!system.isEmpty())
        n.facts.insert(QStringLiteral("system"), system);
    const QList<qint64> items = m_items->checked();
    // One user action, one transaction: the declaration and its items, or neither.
    auto id = m_context.backend.database().write([&]() -> Result<qint64> {
        auto declared = m_context.backend.incidentService().declare(m_context.session.actor(), n);
        if (!declared || items.isEmpty())
            return declared;
        if (Status linked = m_config.setIncidentItems(m_context.session.actor(), *declared, items);
            !linked)
            return linked.takeError();
        return declared;
    });
    if (!id) {
        m_error->showError(id.error());
        return;
    }
    m_id = *id;
    QDialog::accept();
}

void DeclareDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DeclareDialog::retranslateUi()
{
    const bool warning = m_warning->isChecked();
    setWindowTitle(warning ? tr("Raise warning") : tr("Declare incident"));
    m_intro->setText(
        warning ? tr("A warning (预警) records a risk before it becomes an incident. A title is "
                     "enough to start; the rest can follow in the workspace.")
                : tr("Detection time is now (%1). A title is enough to start: the grade, the "
                     "reports due and the timeline follow at once, and the facts can be "
                     "completed in the workspace.")
                      .arg(IncidentFormat::time(m_openedAt, m_reference.zone)));
    const auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
            l->setText(text);
    };
    label(m_title, tr("&Title:"));
    if (auto *l = qobject_cast<QLabel *>(m_form->itemAt(1, QFormLayout::LabelRole)->widget()))
        l->setText(tr("Kind:"));
    m_incident->setText(tr("&Incident"));
    m_warning->setText(tr("&Warning"));
    label(m_faultType, tr("&Fault type:"));
    label(m_system, tr("S&ystem kind:"));
    label(m_startedAt, tr("&Started at:"));
    label(m_affectedSystems, tr("&Affected systems:"));
    label(m_items, tr("Configuration ite&ms:"));
    label(m_description, tr("&Description:"));
    m_title->setPlaceholderText(tr("In a few words: 集中交易系统委托失败"));
    m_affectedSystems->setPlaceholderText(
        tr("Free text: hosts, services, branches (what is not in the configuration)"));
    m_items->setToolTip(tr("Optional: tick the configuration items affected; the workspace then "
                           "shows their dependents and recent changes"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(warning ? tr("Raise warning") : tr("Declare incident"));
}

std::optional<qint64> declareInteractively(UiContext &context, bool warning, QWidget *parent)
{
    if (context.readOnly)
        return std::nullopt;
    if (!context.session.isSignedIn()) {
        // At 02:10 the desk may be signed out: sign in, then declare.
        SignInDialog signIn(context, SignInDialog::Mode::SignIn, parent);
        if (signIn.exec() != QDialog::Accepted)
            return std::nullopt;
        context.session.setActor(signIn.actor());
    }
    DeclareDialog dialog(context, warning, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.incidentId();
}

} // namespace ui
} // namespace dd
