#include "readiness/readiness_periods_box.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "readiness/readiness_periods.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace dd {
namespace ui {

ReadinessPeriodsBox::ReadinessPeriodsBox(UiContext &context, QWidget *parent)
    : QGroupBox(parent)
    , m_context(context)
    , m_note(new QLabel(this))
    , m_message(new InlineMessage(this))
    , m_save(new QPushButton(this))
    , m_revert(new QPushButton(this))
    , m_defaults(new QPushButton(this))
{
    setObjectName(QStringLiteral("readinessPeriods"));
    m_note->setObjectName(QStringLiteral("readinessPeriodsNote"));
    m_note->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("readinessPeriodsMessage"));
    m_save->setObjectName(QStringLiteral("readinessPeriodsSave"));
    m_revert->setObjectName(QStringLiteral("readinessPeriodsRevert"));
    m_defaults->setObjectName(QStringLiteral("readinessPeriodsDefaults"));

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_note);
    for (const ReadinessPeriod &p : ReadinessSettings::all()) {
        Row row;
        row.key = ReadinessPeriods::key(p);
        row.label = new QLabel(this);
        row.spin = new QSpinBox(this);
        row.spin->setObjectName(row.key);
        row.spin->setRange(p.minimum, p.maximum);
        row.spin->setAccelerated(true);
        row.label->setBuddy(row.spin);
        form->addRow(row.label, row.spin);
        m_rows.append(row);
    }
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_defaults);
    buttons->addStretch(1);
    form->addRow(m_message);
    form->addRow(buttons);

    connect(m_save, &QPushButton::clicked, this, &ReadinessPeriodsBox::save);
    connect(m_revert, &QPushButton::clicked, this, &ReadinessPeriodsBox::revert);
    connect(m_defaults, &QPushButton::clicked, this, [this] {
        for (const Row &row : std::as_const(m_rows))
            if (const ReadinessPeriod *p = ReadinessPeriods::find(row.key))
                row.spin->setValue(p->fallback);
    });
    connect(&m_context.session, &Session::actorChanged, this, &ReadinessPeriodsBox::updateEditable);

    revert();
    retranslateUi();
}

QSpinBox *ReadinessPeriodsBox::field(const QString &key) const
{
    for (const Row &row : m_rows)
        if (row.key == key)
            return row.spin;
    return nullptr;
}

bool ReadinessPeriodsBox::save()
{
    m_message->clearMessage();
    if (m_context.readOnly) {
        m_message->showError(tr("The database is open read-only; nothing was saved."));
        return false;
    }
    QMap<QString, int> periods;
    for (const Row &row : std::as_const(m_rows))
        periods.insert(row.key, row.spin->value());
    if (Status saved =
            m_context.backend.settings().saveReadinessPeriods(m_context.session.actor(), periods);
        !saved) {
        m_message->showError(saved.error());
        return false;
    }
    m_message->showSuccess(tr("Saved."));
    return true;
}

void ReadinessPeriodsBox::revert()
{
    m_message->clearMessage();
    const auto periods = m_context.backend.settings().readinessPeriods();
    if (!periods) {
        m_message->showError(periods.error());
        return;
    }
    for (const Row &row : std::as_const(m_rows))
        row.spin->setValue(periods->value(row.key));
    updateEditable();
}

void ReadinessPeriodsBox::updateEditable()
{
    const Actor &actor = m_context.session.actor();
    const bool canEdit = !m_context.readOnly && actor.can(Permission::ManageSettings);
    for (const Row &row : std::as_const(m_rows))
        row.spin->setEnabled(canEdit);
    m_save->setEnabled(canEdit);
    m_revert->setEnabled(canEdit);
    m_defaults->setEnabled(canEdit);
    QString note = tr("How often the readiness checks expect each thing to be done. The "
                      "defaults are the standard's minimums.");
    if (m_context.readOnly)
        note += QLatin1Char(' ')
                + tr("The database is open read-only: these settings are shown, not changed.");
    else if (actor.kind() == Actor::Kind::Nobody)
        note += QLatin1Char(' ') + tr("Sign in as an administrator to change these settings.");
    else if (!canEdit)
        note += QLatin1Char(' ')
                + tr("%1 may not change these settings; an administrator can.")
                      .arg(actor.displayName());
    m_note->setText(note);
}

void ReadinessPeriodsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void ReadinessPeriodsBox::retranslateUi()
{
    setTitle(tr("Readiness periods (shared by every desk on this database)"));
    for (const Row &row : std::as_const(m_rows)) {
        const ReadinessPeriod *p = ReadinessPeriods::find(row.key);
        if (!p)
            continue;
        row.label->setText(tr("%1:").arg(ReadinessPeriods::label(*p)));
        row.spin->setSuffix(QLatin1Char(' ') + ReadinessPeriods::unitName(*p));
        row.spin->setToolTip(tr("%1 — the standard's value is %2 %3 (setting %4)")
                                 .arg(ReadinessPeriods::label(*p))
                                 .arg(p->fallback)
                                 .arg(ReadinessPeriods::unitName(*p), row.key));
        row.spin->setAccessibleName(ReadinessPeriods::label(*p));
    }
    m_save->setText(tr("Save &periods"));
    m_save->setToolTip(tr("Save the readiness periods"));
    m_revert->setText(tr("Revert"));
    m_revert->setToolTip(tr("Discard the changes and show what is saved"));
    m_defaults->setText(tr("Standar&d values"));
    m_defaults->setToolTip(tr("Put the standard's values in the form (Save writes them)"));
    updateEditable();
}

} // namespace ui
} // namespace dd
