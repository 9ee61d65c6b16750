#include "roster/export_scope_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dd {
namespace ui {

ExportScopeDialog::ExportScopeDialog(const RosterSnapshot &snapshot, QWidget *parent)
    : QDialog(parent)
    , m_question(new QLabel(this))
    , m_all(new QRadioButton(this))
    , m_byRole(new QRadioButton(this))
    , m_byPerson(new QRadioButton(this))
    , m_role(new QComboBox(this))
    , m_person(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("exportScopeDialog"));
    m_all->setObjectName(QStringLiteral("scopeAll"));
    m_byRole->setObjectName(QStringLiteral("scopeRole"));
    m_byPerson->setObjectName(QStringLiteral("scopePerson"));
    m_role->setObjectName(QStringLiteral("scopeRoleBox"));
    m_person->setObjectName(QStringLiteral("scopePersonBox"));
    m_all->setChecked(true);
    if (snapshot.roster)
        for (const DutyRole &r : snapshot.roster->data().roles)
            m_role->addItem(r.displayName(), r.id);
    QList<RosterPerson> people;
    for (const RosterPerson &p : snapshot.people)
        if (p.active)
            people << p;
    std::sort(people.begin(), people.end(),
              [](const RosterPerson &a, const RosterPerson &b) { return a.name < b.name; });
    for (const RosterPerson &p : std::as_const(people))
        m_person->addItem(p.name, p.id);
    m_person->setEditable(true);
    m_person->setInsertPolicy(QComboBox::NoInsert);

    auto *grid = new QGridLayout;
    grid->addWidget(m_all, 0, 0, 1, 2);
    grid->addWidget(m_byRole, 1, 0);
    grid->addWidget(m_role, 1, 1);
    grid->addWidget(m_byPerson, 2, 0);
    grid->addWidget(m_person, 2, 1);
    grid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addLayout(grid);
    layout->addWidget(m_buttons);
    for (QRadioButton *b : {m_all, m_byRole, m_byPerson})
        connect(b, &QRadioButton::toggled, this, &ExportScopeDialog::updateEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateEnabled();
    retranslateUi();
}

RosterExportScope ExportScopeDialog::scope() const
{
    RosterExportScope s;
    if (m_byRole->isChecked())
        s.roleId = m_role->currentData().toLongLong();
    else if (m_byPerson->isChecked())
        s.contactId = m_person->currentData().toLongLong();
    return s;
}

void ExportScopeDialog::updateEnabled()
{
    m_role->setEnabled(m_byRole->isChecked());
    m_person->setEnabled(m_byPerson->isChecked());
    m_byRole->setEnabled(m_role->count() > 0);
    m_byPerson->setEnabled(m_person->count() > 0);
}

void ExportScopeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportScopeDialog::retranslateUi()
{
    setWindowTitle(tr("Export iCalendar"));
    m_question->setText(tr("Which shifts of the shown range should the calendar hold?"));
    m_all->setText(tr("&All shifts"));
    m_byRole->setText(tr("One duty &role:"));
    m_byPerson->setText(tr("One &person:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue…"));
}

} // namespace ui
} // namespace dd
