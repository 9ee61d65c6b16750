#include "settings/institution_settings_box.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "common/institution_fields.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>

namespace dd {
namespace ui {

InstitutionSettingsBox::InstitutionSettingsBox(UiContext &context, QWidget *parent)
    : QGroupBox(parent)
    , m_context(context)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_typeLabel(new QLabel(this))
    , m_type(new InstitutionTypeCombo(this))
    , m_zoneLabel(new QLabel(this))
    , m_zone(new TimeZoneCombo(this))
    , m_cliWrites(new QCheckBox(this))
    , m_permissionNote(new QLabel(this))
    , m_message(new InlineMessage(this))
    , m_save(new QPushButton(this))
    , m_revert(new QPushButton(this))
    , m_saveShortcut(new QShortcut(QKeySequence::Save, this))
{
    setObjectName(QStringLiteral("institutionSettings"));
    m_name->setObjectName(QStringLiteral("institutionName"));
    m_type->setObjectName(QStringLiteral("institutionType"));
    m_zone->setObjectName(QStringLiteral("timeZone"));
    m_cliWrites->setObjectName(QStringLiteral("cliWritesWithoutSignIn"));
    m_permissionNote->setObjectName(QStringLiteral("permissionNote"));
    m_permissionNote->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("institutionMessage"));
    m_save->setObjectName(QStringLiteral("save"));
    m_revert->setObjectName(QStringLiteral("revert"));
    m_nameLabel->setBuddy(m_name);
    m_typeLabel->setBuddy(m_type);
    m_zoneLabel->setBuddy(m_zone);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_permissionNote);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_typeLabel, m_type);
    form->addRow(m_zoneLabel, m_zone);
    form->addRow(QString(), m_cliWrites);
    form->addRow(m_message);
    form->addRow(buttons);

    // Ctrl+S works while this page is shown (a window shortcut of a hidden widget is inactive).
    connect(m_saveShortcut, &QShortcut::activated, this, &InstitutionSettingsBox::save);
    connect(m_save, &QPushButton::clicked, this, &InstitutionSettingsBox::save);
    connect(m_revert, &QPushButton::clicked, this, &InstitutionSettingsBox::revert);
    connect(&m_context.session, &Session::actorChanged, this,
            &InstitutionSettingsBox::updateEditable);

    revert();
    retranslateUi();
}

bool InstitutionSettingsBox::save()
{
    const Actor &actor = m_context.session.actor();
    SettingsRepository &settings = m_context.backend.settings();
    m_message->clearMessage();
    if (m_context.readOnly) {
        m_message->showError(tr("The database is open read-only; nothing was saved."));
        return false;
    }
    InstitutionProfile profile;
    profile.name = m_name->text().trimmed();
    profile.type = m_type->type();
    profile.timeZoneId = m_zone->timeZoneId();
    if (Status saved = settings.saveInstitution(actor, profile); !saved) {
        m_message->showError(saved.error());
        return false;
    }
    if (m_cliWrites->isChecked() != m_savedCliWrites) {
        if (Status saved = settings.setCliWritesWithoutSignIn(actor, m_cliWrites->isChecked());
            !saved) {
            m_message->showError(saved.error());
            return false;
        }
        m_savedCliWrites = m_cliWrites->isChecked();
    }
    m_name->setText(profile.name);
    m_message->showSuccess(tr("Saved."));
    m_context.session.notifyInstitutionChanged();
    return true;
}

void InstitutionSettingsBox::revert()
{
    m_message->clearMessage();
    SettingsRepository &settings = m_context.backend.settings();
    auto profile = settings.institution();
    auto cliWrites = settings.cliWritesWithoutSignIn();
    if (!profile || !cliWrites) {
        m_message->showError(!profile ? profile.error() : cliWrites.error());
        return;
    }
    m_name->setText(profile->name);
    m_type->setType(profile->type);
    m_zone->setTimeZoneId(profile->timeZoneId);
    m_savedCliWrites = *cliWrites;
    m_cliWrites->setChecked(*cliWrites);
    updateEditable();
}

void InstitutionSettingsBox::updateEditable()
{
    const Actor &actor = m_context.session.actor();
    const bool canEdit = !m_context.readOnly && actor.can(Permission::ManageSettings);
    // Letting the CLI write as the OS user is an administrator's decision (core checks it so).
    const bool canPolicy = !m_context.readOnly && actor.can(Permission::ManageOperators);
    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_type),
                           static_cast<QWidget *>(m_zone)})
        field->setEnabled(canEdit);
    m_cliWrites->setEnabled(canPolicy);
    m_save->setEnabled(canEdit);
    m_revert->setEnabled(canEdit);
    m_saveShortcut->setEnabled(canEdit);

    QString note;
    if (m_context.readOnly)
        note = tr("The database is open read-only: these settings are shown, not changed.");
    else if (actor.kind() == Actor::Kind::Nobody)
        note = tr("Sign in as an administrator to change these settings.");
    else if (!canEdit)
        note =
            tr("%1 may not change these settings; an administrator can.").arg(actor.displayName());
    else if (!canPolicy)
        note = tr("Only an administrator decides whether dutyctl may write without sign-in.");
    m_permissionNote->setText(note);
    m_permissionNote->setVisible(!note.isEmpty());
}

void InstitutionSettingsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void InstitutionSettingsBox::retranslateUi()
{
    setTitle(tr("Institution (shared by every desk on this database)"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("Full name, as in reports to the regulator"));
    m_typeLabel->setText(tr("&Kind:"));
    m_zoneLabel->setText(tr("&Time zone:"));
    m_zone->setToolTip(tr("Times are stored in UTC and shown in this time zone."));
    m_cliWrites->setText(tr("dutyctl may &write without sign-in"));
    m_cliWrites->setToolTip(tr("When on, the command-line tool writes as the computer's user "
                               "without --as; every change is still in the audit log."));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save the institution settings (Ctrl+S)"));
    m_revert->setText(tr("Re&vert"));
    m_revert->setToolTip(tr("Discard the changes and show what is saved"));
    updateEditable();
}

} // namespace ui
} // namespace dd
