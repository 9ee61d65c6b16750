#include "incidents/facts_editor.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "i18n/language.h"
#include "incidents/incident_format.h"
#include "incidents/incident_reference.h"
#include "incidents/zoned_time_edit.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace dd {
namespace ui {

namespace {

// Facts-file keys the form edits.
const QString KeySystem = QStringLiteral("system");
const QString KeySystemClass = QStringLiteral("system_class");
const QString KeyStarted = QStringLiteral("started_at");
const QString KeyRecovered = QStringLiteral("recovered_at");
const QString KeyCustomers = QStringLiteral("affected_customers");
const QString KeyShare = QStringLiteral("affected_share");
const QString KeyLeaked = QStringLiteral("leaked_records");
const QString KeyLoss = QStringLiteral("financial_loss_cny");
const QString KeyFlags = QStringLiteral("flags");
const QString KeyInstitution = QStringLiteral("institution_type");

constexpr int NotStated = -1; // the minimum of an optional number field shows "not stated"

QDateTime factTime(const QJsonObject &facts, const QString &key)
{
    const QString v = facts.value(key).toString();
    return v.isEmpty() ? QDateTime() : QDateTime::fromString(v, Qt::ISODate);
}

void setOptional(QJsonObject &facts, const QString &key, double value, double factor = 1.0)
{
    if (value <= NotStated)
        facts.remove(key);
    else
        facts.insert(key, value * factor);
}

QPlainTextEdit *shortTextEdit(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

} // namespace

FactsEditor::FactsEditor(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_whatBox(new QGroupBox(this))
    , m_whatForm(new QFormLayout(m_whatBox))
    , m_title(new QLineEdit(this))
    , m_faultType(new QComboBox(this))
    , m_affectedSystems(new QLineEdit(this))
    , m_description(shortTextEdit(this, 3))
    , m_factsBox(new QGroupBox(this))
    , m_factsForm(new QFormLayout(m_factsBox))
    , m_system(new QComboBox(this))
    , m_systemClass(new QComboBox(this))
    , m_startedAt(new ZonedTimeEdit(this))
    , m_recoveredAt(new ZonedTimeEdit(this))
    , m_notRecovered(new QCheckBox(this))
    , m_recoveredRow(new QWidget(this))
    , m_affectedCustomers(new QSpinBox(this))
    , m_affectedShare(new QDoubleSpinBox(this))
    , m_leakedRecords(new QSpinBox(this))
    , m_financialLoss(new QDoubleSpinBox(this))
    , m_flags(new QLineEdit(this))
    , m_causeBox(new QGroupBox(this))
    , m_causeForm(new QFormLayout(m_causeBox))
    , m_cause(new QLineEdit(this))
    , m_causeKnown(new QCheckBox(this))
    , m_responsibility(new QLineEdit(this))
    , m_rectification(shortTextEdit(this, 2))
    , m_message(new InlineMessage(this))
    , m_save(new QPushButton(this))
    , m_revert(new QPushButton(this))
    , m_saveShortcut(new QShortcut(QKeySequence::Save, this))
{
    setObjectName(QStringLiteral("factsEditor"));
    m_title->setObjectName(QStringLiteral("factTitle"));
    m_faultType->setObjectName(QStringLiteral("factFaultType"));
    m_affectedSystems->setObjectName(QStringLiteral("factAffectedSystems"));
    m_description->setObjectName(QStringLiteral("factDescription"));
    m_system->setObjectName(QStringLiteral("factSystem"));
    m_systemClass->setObjectName(QStringLiteral("factSystemClass"));
    m_startedAt->setObjectName(QStringLiteral("factStartedAt"));
    m_recoveredAt->setObjectName(QStringLiteral("factRecoveredAt"));
    m_notRecovered->setObjectName(QStringLiteral("factNotRecovered"));
    m_affectedCustomers->setObjectName(QStringLiteral("factAffectedCustomers"));
    m_affectedShare->setObjectName(QStringLiteral("factAffectedShare"));
    m_leakedRecords->setObjectName(QStringLiteral("factLeakedRecords"));
    m_financialLoss->setObjectName(QStringLiteral("factFinancialLoss"));
    m_flags->setObjectName(QStringLiteral("factFlags"));
    m_cause->setObjectName(QStringLiteral("factCause"));
    m_causeKnown->setObjectName(QStringLiteral("factCauseKnown"));
    m_responsibility->setObjectName(QStringLiteral("factResponsibility"));
    m_rectification->setObjectName(QStringLiteral("factRectification"));
    m_message->setObjectName(QStringLiteral("factsMessage"));
    m_save->setObjectName(QStringLiteral("saveFacts"));
    m_revert->setObjectName(QStringLiteral("revertFacts"));

    for (QSpinBox *box : {m_affectedCustomers, m_leakedRecords}) {
        box->setRange(NotStated, std::numeric_limits<int>::max());
        box->setGroupSeparatorShown(true);
    }
    m_affectedShare->setRange(NotStated, 100);
    m_affectedShare->setDecimals(2);
    m_affectedShare->setSuffix(QStringLiteral(" %"));
    m_financialLoss->setRange(NotStated, 1e13);
    m_financialLoss->setDecimals(2);
    m_financialLoss->setGroupSeparatorShown(true);

    auto *recoveredLayout = new QHBoxLayout(m_recoveredRow);
    recoveredLayout->setContentsMargins(0, 0, 0, 0);
    recoveredLayout->addWidget(m_recoveredAt, 1);
    recoveredLayout->addWidget(m_notRecovered);

    for (QFormLayout *form : {m_whatForm, m_factsForm, m_causeForm})
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_whatForm->addRow(new QLabel(this), m_title);
    m_whatForm->addRow(new QLabel(this), m_faultType);
    m_whatForm->addRow(new QLabel(this), m_affectedSystems);
    m_whatForm->addRow(new QLabel(this), m_description);
    m_factsForm->addRow(new QLabel(this), m_system);
    m_factsForm->addRow(new QLabel(this), m_systemClass);
    m_factsForm->addRow(new QLabel(this), m_startedAt);
    m_factsForm->addRow(new QLabel(this), m_recoveredRow);
    m_factsForm->addRow(new QLabel(this), m_affectedCustomers);
    m_factsForm->addRow(new QLabel(this), m_affectedShare);
    m_factsForm->addRow(new QLabel(this), m_leakedRecords);
    m_factsForm->addRow(new QLabel(this), m_financialLoss);
    m_factsForm->addRow(new QLabel(this), m_flags);
    m_causeForm->addRow(new QLabel(this), m_cause);
    m_causeForm->addRow(QString(), m_causeKnown);
    m_causeForm->addRow(new QLabel(this), m_responsibility);
    m_causeForm->addRow(new QLabel(this), m_rectification);
    for (QFormLayout *form : {m_whatForm, m_factsForm, m_causeForm})
        for (int row = 0; row < form->rowCount(); ++row)
            if (auto *label =
                    qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)
                                               ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                                               : nullptr))
                label->setBuddy(form->itemAt(row, QFormLayout::FieldRole)->widget());

    m_fieldsByKey = {{KeySystem, m_system},
                     {KeySystemClass, m_systemClass},
                     {KeyStarted, m_startedAt},
                     {KeyRecovered, m_recoveredRow},
                     {KeyCustomers, m_affectedCustomers},
                     {KeyShare, m_affectedShare},
                     {KeyLeaked, m_leakedRecords},
                     {KeyLoss, m_financialLoss},
                     {KeyFlags, m_flags}};

    // Two columns on a wide screen; the page scrolls when the window is small.
    auto *content = new QWidget(this);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_whatBox, 0, 0);
    grid->addWidget(m_causeBox, 1, 0);
    grid->addWidget(m_factsBox, 0, 1, 2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(2, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_message, 1);
    buttons->addStretch(0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    const auto modified = [this] {
        if (!m_filling)
            setModified(true);
    };
    connect(m_title, &QLineEdit::textEdited, this, modified);
    connect(m_faultType, &QComboBox::currentIndexChanged, this, modified);
    connect(m_affectedSystems, &QLineEdit::textEdited, this, modified);
    connect(m_description, &QPlainTextEdit::textChanged, this, modified);
    connect(m_system, &QComboBox::currentIndexChanged, this, modified);
    connect(m_systemClass, &QComboBox::currentIndexChanged, this, modified);
    connect(m_startedAt, &QDateTimeEdit::dateTimeChanged, this, modified);
    connect(m_recoveredAt, &QDateTimeEdit::dateTimeChanged, this, modified);
    connect(m_notRecovered, &QCheckBox::toggled, this, [this, modified](bool on) {
        m_recoveredAt->setEnabled(m_editable && !on);
        modified();
    });
    connect(m_affectedCustomers, &QSpinBox::valueChanged, this, modified);
    connect(m_affectedShare, &QDoubleSpinBox::valueChanged, this, modified);
    connect(m_leakedRecords, &QSpinBox::valueChanged, this, modified);
    connect(m_financialLoss, &QDoubleSpinBox::valueChanged, this, modified);
    connect(m_flags, &QLineEdit::textEdited, this, modified);
    connect(m_cause, &QLineEdit::textEdited, this, modified);
    connect(m_causeKnown, &QCheckBox::toggled, this, modified);
    connect(m_responsibility, &QLineEdit::textEdited, this, modified);
    connect(m_rectification, &QPlainTextEdit::textChanged, this, modified);
    connect(m_save, &QPushButton::clicked, this, &FactsEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &FactsEditor::revert);
    connect(m_saveShortcut, &QShortcut::activated, this, &FactsEditor::save);

    retranslateUi();
    setEditable(false);
}

void FactsEditor::showIncident(const Incident &incident, const IncidentReference &reference,
                               bool force)
{
    const bool sameIncident = incident.id == m_incident.id;
    m_reference = &reference;
    if (sameIncident && m_modified && !force)
        return; // the officer's unsaved edits win over a refresh
    m_incident = incident;
    if (!sameIncident)
        m_message->clearMessage();
    fill();
}

void FactsEditor::fillChoices()
{
    const QString language = m_context.language.current();
    m_faultType->clear();
    QStringList types = m_reference ? m_reference->faultTypes() : QStringList();
    if (!m_incident.faultType.isEmpty() && !types.contains(m_incident.faultType))
        types.prepend(m_incident.faultType);
    for (const QString &type : types)
        m_faultType->addItem(IncidentFormat::faultType(type), type);
    m_faultType->setCurrentIndex(m_faultType->findData(m_incident.faultType));

    const QString system = m_incident.facts.value(KeySystem).toString();
    m_system->clear();
    std::optional<int> defaultClass;
    if (m_reference)
        for (const SystemKind &kind : m_reference->systems()) {
            m_system->addItem(kind.name.text(language), kind.id);
            m_system->setItemData(m_system->count() - 1, kind.id, Qt::ToolTipRole);
            if (kind.id == system)
                defaultClass = kind.defaultClass;
        }
    if (!system.isEmpty() && m_system->findData(system) < 0)
        m_system->addItem(system, system);
    m_system->setCurrentIndex(m_system->findData(system));

    m_systemClass->clear();
    m_defaultClass = defaultClass;
    m_systemClass->addItem(QString(), NotStated);
    for (int c = 1; c <= 5; ++c)
        m_systemClass->addItem(QString(), c);
    fillClassTexts();
    m_systemClass->setCurrentIndex(
        m_systemClass->findData(m_incident.facts.value(KeySystemClass).toInt(NotStated)));
}

void FactsEditor::fillClassTexts()
{
    if (m_systemClass->count() != 6)
        return;
    m_systemClass->setItemText(0, m_defaultClass
                                      ? tr("As the rule set says (%1)").arg(*m_defaultClass)
                                      : tr("As the rule set says"));
    for (int c = 1; c <= 5; ++c)
        m_systemClass->setItemText(c, c == 5 ? tr("%1 (highest)").arg(c) : QString::number(c));
}

void FactsEditor::fill()
{
    m_filling = true;
    clearMarks();
    const QJsonObject &facts = m_incident.facts;
    const QTimeZone zone = m_reference ? m_reference->zone : QTimeZone::utc();
    m_title->setText(m_incident.title);
    m_affectedSystems->setText(m_incident.affectedSystems);
    m_description->setPlainText(m_incident.description);
    fillChoices();
    m_startedAt->setZone(zone);
    m_recoveredAt->setZone(zone);
    const QDateTime started = factTime(facts, KeyStarted);
    m_startedAt->setInstant(started.isValid() ? started : m_incident.startedAt);
    const QDateTime recovered = factTime(facts, KeyRecovered);
    m_notRecovered->setChecked(!recovered.isValid());
    m_recoveredAt->setInstant(recovered.isValid() ? recovered : m_context.backend.clock().now());
    m_recoveredAt->setEnabled(m_editable && recovered.isValid());
    m_affectedCustomers->setValue(facts.contains(KeyCustomers)
                                      ? int(qMin<qint64>(facts.value(KeyCustomers).toInteger(),
                                                         std::numeric_limits<int>::max()))
                                      : NotStated);
    m_affectedShare->setValue(facts.contains(KeyShare) ? facts.value(KeyShare).toDouble() * 100
                                                       : NotStated);
    m_leakedRecords->setValue(
        facts.contains(KeyLeaked)
            ? int(qMin<qint64>(facts.value(KeyLeaked).toInteger(), std::numeric_limits<int>::max()))
            : NotStated);
    m_financialLoss->setValue(facts.contains(KeyLoss) ? facts.value(KeyLoss).toDouble()
                                                      : NotStated);
    QStringList flags;
    for (const QJsonValue &v : facts.value(KeyFlags).toArray())
        flags << v.toString();
    m_flags->setText(flags.join(QStringLiteral(", ")));
    m_cause->setText(m_incident.cause);
    m_causeKnown->setChecked(m_incident.causeKnown);
    m_responsibility->setText(m_incident.responsibility);
    m_rectification->setPlainText(m_incident.rectification);
    m_filling = false;
    setModified(false);
}

Incident FactsEditor::edited() const
{
    Incident i = m_incident;
    i.title = m_title->text().trimmed();
    i.faultType = m_faultType->currentData().toString();
    i.affectedSystems = m_affectedSystems->text().trimmed();
    i.description = m_description->toPlainText().trimmed();
    i.cause = m_cause->text().trimmed();
    i.causeKnown = m_causeKnown->isChecked();
    i.responsibility = m_responsibility->text().trimmed();
    i.rectification = m_rectification->toPlainText().trimmed();

    QJsonObject &facts = i.facts; // other keys (market, market_scope...) stay as they were
    const QTimeZone zone = m_startedAt->zone();
    if (!facts.contains(KeyInstitution) && m_reference)
        facts.insert(KeyInstitution, institutionTypeId(m_reference->institution.type));
    const QString system = m_system->currentData().toString();
    if (system.isEmpty())
        facts.remove(KeySystem);
    else
        facts.insert(KeySystem, system);
    setOptional(facts, KeySystemClass, m_systemClass->currentData().toInt());
    // Minutes are what the form shows: an unchanged field keeps the stored seconds.
    const QDateTime started = factTime(m_incident.facts, KeyStarted);
    if (!started.isValid()
        || started.toTimeZone(zone).toString(QStringLiteral("yyyyMMddHHmm"))
               != m_startedAt->dateTime().toString(QStringLiteral("yyyyMMddHHmm")))
        facts.insert(KeyStarted, ZonedTimeEdit::isoWithOffset(m_startedAt->instant(), zone));
    if (m_notRecovered->isChecked()) {
        facts.remove(KeyRecovered);
    } else {
        const QDateTime recovered = factTime(m_incident.facts, KeyRecovered);
        if (!recovered.isValid()
            || recovered.toTimeZone(zone).toString(QStringLiteral("yyyyMMddHHmm"))
                   != m_recoveredAt->dateTime().toString(QStringLiteral("yyyyMMddHHmm")))
            facts.insert(KeyRecovered,
                         ZonedTimeEdit::isoWithOffset(m_recoveredAt->instant(), zone));
    }
    setOptional(facts, KeyCustomers, m_affectedCustomers->value());
    setOptional(facts, KeyShare, m_affectedShare->value(), 0.01);
    setOptional(facts, KeyLeaked, m_leakedRecords->value());
    setOptional(facts, KeyLoss, m_financialLoss->value());
    QJsonArray flags;
    for (const QString &flag : m_flags->text().split(u',', Qt::SkipEmptyParts))
        if (!flag.trimmed().isEmpty())
            flags.append(flag.trimmed());
    if (flags.isEmpty())
        facts.remove(KeyFlags);
    else
        facts.insert(KeyFlags, flags);
    return i;
}

bool FactsEditor::save()
{
    if (!m_editable || m_incident.id <= 0)
        return false;
    clearMarks();
    m_message->clearMessage();
    const Incident changed = edited();
    Status s = m_context.backend.incidentService().updateFacts(m_context.session.actor(),
                                                               m_incident.id, changed);
    if (!s) {
        // Saved meanwhile by another desk (or another tab of this one): the officer's edits
        // stay in the form for a second try; Revert loads what is stored now.
        auto stored = m_context.backend.incidents().get(m_incident.id);
        if (stored && stored->version != m_incident.version) {
            m_message->showError(
                s.error() + QLatin1Char(' ')
                + tr("Your edits are still in the form; Revert loads the stored facts."));
            return false;
        }
        m_message->showError(s.error());
        markField(s.error());
        return false;
    }
    m_incident = changed;
    setModified(false);
    m_message->showSuccess(tr("Facts saved; the grade was recomputed."));
    emit saved();
    return true;
}

void FactsEditor::revert()
{
    m_message->clearMessage();
    // What is stored now, which may be newer than what was loaded (another desk saved).
    if (m_incident.id > 0) {
        auto stored = m_context.backend.incidents().get(m_incident.id);
        if (!stored) {
            m_message->showError(stored.error());
            return;
        }
        m_incident = *stored;
    }
    fill();
}

void FactsEditor::setEditable(bool editable)
{
    m_editable = editable;
    for (QFormLayout *form : {m_whatForm, m_factsForm, m_causeForm})
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::FieldRole);
                item && item->widget())
                item->widget()->setEnabled(editable);
    // Long texts stay readable and copyable when they may not be changed.
    m_description->setEnabled(true);
    m_rectification->setEnabled(true);
    m_description->setReadOnly(!editable);
    m_rectification->setReadOnly(!editable);
    m_recoveredAt->setEnabled(editable && !m_notRecovered->isChecked());
    m_save->setEnabled(editable && m_modified);
    m_revert->setEnabled(editable && m_modified);
    m_saveShortcut->setEnabled(editable);
}

void FactsEditor::setModified(bool modified)
{
    m_modified = modified;
    m_save->setEnabled(m_editable && modified);
    m_revert->setEnabled(m_editable && modified);
}

void FactsEditor::markField(const QString &message)
{
    // Core names the field first ("started_at: ..." or "facts: affected_share: ..."); the
    // earliest key named in the message is the one at fault.
    QWidget *field = nullptr;
    qsizetype at = -1;
    for (auto it = m_fieldsByKey.cbegin(); it != m_fieldsByKey.cend(); ++it) {
        const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(it.key()));
        const QRegularExpressionMatch match = word.match(message);
        if (match.hasMatch() && (at < 0 || match.capturedStart() < at)) {
            at = match.capturedStart();
            field = it.value();
        }
    }
    if (!field && m_title->text().trimmed().isEmpty())
        field = m_title;
    if (!field)
        return;
    for (QFormLayout *form : {m_whatForm, m_factsForm, m_causeForm})
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(field))) {
            label->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
            m_marked << label;
        }
    field->setFocus(Qt::OtherFocusReason);
}

void FactsEditor::clearMarks()
{
    for (QLabel *label : std::as_const(m_marked))
        label->setStyleSheet(QString());
    m_marked.clear();
}

void FactsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FactsEditor::retranslateUi()
{
    const auto label = [](QFormLayout *form, QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(field)))
            l->setText(text);
    };
    m_whatBox->setTitle(tr("What happened"));
    label(m_whatForm, m_title, tr("&Title:"));
    label(m_whatForm, m_faultType, tr("&Fault type:"));
    label(m_whatForm, m_affectedSystems, tr("Affected s&ystems:"));
    label(m_whatForm, m_description, tr("&Description:"));
    m_factsBox->setTitle(tr("Facts the grade is computed from"));
    label(m_factsForm, m_system, tr("S&ystem kind:"));
    label(m_factsForm, m_systemClass, tr("System &class:"));
    label(m_factsForm, m_startedAt, tr("&Started at:"));
    label(m_factsForm, m_recoveredRow, tr("&Recovered at:"));
    m_notRecovered->setText(tr("&Not recovered"));
    label(m_factsForm, m_affectedCustomers, tr("Affected c&ustomers:"));
    label(m_factsForm, m_affectedShare, tr("Affected s&hare:"));
    label(m_factsForm, m_leakedRecords, tr("&Leaked records:"));
    label(m_factsForm, m_financialLoss, tr("Direct financial &loss:"));
    label(m_factsForm, m_flags, tr("Fla&gs:"));
    m_financialLoss->setSuffix(tr(" CNY"));
    for (QAbstractSpinBox *box : {static_cast<QAbstractSpinBox *>(m_affectedCustomers),
                                  static_cast<QAbstractSpinBox *>(m_affectedShare),
                                  static_cast<QAbstractSpinBox *>(m_leakedRecords),
                                  static_cast<QAbstractSpinBox *>(m_financialLoss)})
        box->setSpecialValueText(tr("not stated"));
    m_flags->setPlaceholderText(tr("comma-separated, such as computer_crime"));
    m_causeBox->setTitle(tr("Cause and rectification"));
    label(m_causeForm, m_cause, tr("Ca&use:"));
    m_causeKnown->setText(tr("Cause &confirmed"));
    label(m_causeForm, m_responsibility, tr("Res&ponsibility:"));
    label(m_causeForm, m_rectification, tr("Rec&tification:"));
    m_save->setText(tr("&Save facts"));
    m_save->setToolTip(tr("Save and regrade (Ctrl+S)"));
    m_revert->setText(tr("Re&vert"));
    // Choice texts are in the language; the choices themselves stay.
    const QString language = m_context.language.current();
    for (int i = 0; i < m_faultType->count(); ++i)
        m_faultType->setItemText(i, IncidentFormat::faultType(m_faultType->itemData(i).toString()));
    if (m_reference)
        for (const SystemKind &kind : m_reference->systems())
            if (const int i = m_system->findData(kind.id); i >= 0)
                m_system->setItemText(i, kind.name.text(language));
    fillClassTexts();
}

} // namespace ui
} // namespace dd
