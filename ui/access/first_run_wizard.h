#pragma once

#include "access/actor.h"
#include "institution/institution_profile.h"

#include <QWizard>
#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace dd {
class OperatorRepository;
}

namespace dd {
namespace ui {

class InlineMessage;
class InstitutionPage;
class InstitutionTypeCombo;
class TimeZoneCombo;

// First start on an empty database: the institution, then the first administrator. Finish
// writes both in one transaction (OperatorRepository::createFirstAdministrator); a refusal is
// shown on the page and the wizard stays open.
class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    explicit FirstRunWizard(OperatorRepository &operators, QWidget *parent = nullptr);

    // The administrator created on Finish (signed in); Actor::nobody() before.
    const Actor &administrator() const { return m_administrator; }

protected:
    void changeEvent(QEvent *event) override;

private:
    friend class FirstAdministratorPage;
    InstitutionProfile profile() const;
    bool create(const QString &login, const QString &name, const QString &pin,
                InlineMessage *error);
    void retranslateUi();

    OperatorRepository &m_operators;
    InstitutionPage *m_institutionPage;
    Actor m_administrator = Actor::nobody();
};

// Page 1: the institution's name, kind and time zone.
class InstitutionPage : public QWizardPage {
    Q_OBJECT
public:
    explicit InstitutionPage(QWidget *parent = nullptr);
    InstitutionProfile profile() const;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_typeLabel;
    InstitutionTypeCombo *m_type;
    QLabel *m_zoneLabel;
    TimeZoneCombo *m_zone;
    InlineMessage *m_error;
};

// Page 2: the first administrator's login, name and PIN (typed twice).
class FirstAdministratorPage : public QWizardPage {
    Q_OBJECT
public:
    explicit FirstAdministratorPage(FirstRunWizard *wizard);
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    FirstRunWizard *m_wizard;
    QLabel *m_loginLabel;
    QLineEdit *m_login;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_pinLabel;
    QLineEdit *m_pin;
    QLabel *m_repeatLabel;
    QLineEdit *m_repeat;
    InlineMessage *m_error;
};

} // namespace ui
} // namespace dd
