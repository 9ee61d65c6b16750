#include "access/first_run_wizard.h"

#include "access/operator_repository.h"
#include "common/icons.h"
#include "common/inline_message.h"
#include "common/institution_fields.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeZone>

namespace dd {
namespace ui {

FirstRunWizard::FirstRunWizard(OperatorRepository &operators, QWidget *parent)
    : QWizard(parent)
    , m_operators(operators)
    , m_institutionPage(new InstitutionPage(this))
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowIcon(icon(QStringLiteral("dutydesk")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPixmap(QWizard::LogoPixmap, icon(QStringLiteral("dutydesk")).pixmap(48, 48));
    addPage(m_institutionPage);
    addPage(new FirstAdministratorPage(this));
    setMinimumWidth(560);
    retranslateUi();
}

InstitutionProfile FirstRunWizard::profile() const
{
    return m_institutionPage->profile();
}

bool FirstRunWizard::create(const QString &login, const QString &name, const QString &pin,
                            InlineMessage *error)
{
    auto created =
        m_operators.createFirstAdministrator(profile(), {login, name, pin, {Role::Administrator}});
    if (!created) {
        error->showError(created.error());
        return false;
    }
    m_administrator = *created;
    return true;
}

void FirstRunWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void FirstRunWizard::retranslateUi()
{
    setWindowTitle(tr("Set up DutyDesk"));
}

InstitutionPage::InstitutionPage(QWidget *parent)
    : QWizardPage(parent)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_typeLabel(new QLabel(this))
    , m_type(new InstitutionTypeCombo(this))
    , m_zoneLabel(new QLabel(this))
    , m_zone(new TimeZoneCombo(this))
    , m_error(new InlineMessage(this))
{
    m_name->setObjectName(QStringLiteral("institutionName"));
    m_type->setObjectName(QStringLiteral("institutionType"));
    m_zone->setObjectName(QStringLiteral("timeZone"));
    m_error->setObjectName(QStringLiteral("institutionError"));
    m_nameLabel->setBuddy(m_name);
    m_typeLabel->setBuddy(m_type);
    m_zoneLabel->setBuddy(m_zone);
    auto *form = new QFormLayout(this);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_typeLabel, m_type);
    form->addRow(m_zoneLabel, m_zone);
    form->addRow(m_error);
    retranslateUi();
}

InstitutionProfile InstitutionPage::profile() const
{
    InstitutionProfile p;
    p.name = m_name->text().trimmed();
    p.type = m_type->type();
    p.timeZoneId = m_zone->timeZoneId();
    return p;
}

bool InstitutionPage::validatePage()
{
    // Early, friendlier checks; the repository checks the same again on Finish.
    if (m_name->text().trimmed().isEmpty()) {
        m_error->showError(tr("Institution name: enter the institution's full name."));
        m_name->setFocus();
        return false;
    }
    if (!QTimeZone(m_zone->timeZoneId().toUtf8()).isValid()) {
        m_error->showError(tr("Time zone: %1 is not a known time zone (for example Asia/Shanghai).")
                               .arg(m_zone->timeZoneId()));
        m_zone->setFocus();
        return false;
    }
    m_error->clearMessage();
    return true;
}

void InstitutionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void InstitutionPage::retranslateUi()
{
    setTitle(tr("Your institution"));
    setSubTitle(tr("DutyDesk grades incidents and names the regulator to report to by the kind "
                   "of institution. Every desk on this database shares these settings."));
    m_nameLabel->setText(tr("Institution &name:"));
    m_name->setPlaceholderText(tr("Full name, as in reports to the regulator"));
    m_typeLabel->setText(tr("&Kind:"));
    m_zoneLabel->setText(tr("&Time zone:"));
}

FirstAdministratorPage::FirstAdministratorPage(FirstRunWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_loginLabel(new QLabel(this))
    , m_login(new QLineEdit(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_pinLabel(new QLabel(this))
    , m_pin(new QLineEdit(this))
    , m_repeatLabel(new QLabel(this))
    , m_repeat(new QLineEdit(this))
    , m_error(new InlineMessage(this))
{
    m_login->setObjectName(QStringLiteral("login"));
    m_name->setObjectName(QStringLiteral("displayName"));
    m_pin->setObjectName(QStringLiteral("pin"));
    m_repeat->setObjectName(QStringLiteral("repeatPin"));
    m_error->setObjectName(QStringLiteral("administratorError"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_loginLabel->setBuddy(m_login);
    m_nameLabel->setBuddy(m_name);
    m_pinLabel->setBuddy(m_pin);
    m_repeatLabel->setBuddy(m_repeat);
    auto *form = new QFormLayout(this);
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_pinLabel, m_pin);
    form->addRow(m_repeatLabel, m_repeat);
    form->addRow(m_error);
    retranslateUi();
}

bool FirstAdministratorPage::validatePage()
{
    if (m_pin->text() != m_repeat->text()) {
        m_error->showError(tr("Repeat PIN: the two PINs differ; type the same PIN twice."));
        m_repeat->clear();
        m_repeat->setFocus();
        return false;
    }
    m_error->clearMessage();
    return m_wizard->create(m_login->text().trimmed(), m_name->text().trimmed(), m_pin->text(),
                            m_error);
}

void FirstAdministratorPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void FirstAdministratorPage::retranslateUi()
{
    setTitle(tr("The first administrator"));
    setSubTitle(tr("This person signs in first, adds the other operators and gives them their "
                   "roles. Choose a PIN of at least %1 characters.")
                    .arg(OperatorRepository::MinimumSecretLength));
    m_loginLabel->setText(tr("&Login:"));
    m_login->setPlaceholderText(tr("for example zhangwei"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("as colleagues know the person"));
    m_pinLabel->setText(tr("&PIN:"));
    m_repeatLabel->setText(tr("&Repeat PIN:"));
}

} // namespace ui
} // namespace dd
