#include "common/role_checklist.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>

namespace dd {
namespace ui {

RoleChecklist::RoleChecklist(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const QList<Role> all = allRoles();
    for (int i = 0; i < all.size(); ++i) {
        auto *box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("role_") + roleId(all[i]));
        grid->addWidget(box, i / 2, i % 2);
        m_boxes.append({all[i], box});
    }
    retranslateUi();
}

QList<Role> RoleChecklist::roles() const
{
    QList<Role> chosen;
    for (const auto &[role, box] : m_boxes)
        if (box->isChecked())
            chosen << role;
    return chosen;
}

void RoleChecklist::setRoles(const QList<Role> &roles)
{
    for (const auto &[role, box] : m_boxes)
        box->setChecked(roles.contains(role));
}

void RoleChecklist::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RoleChecklist::retranslateUi()
{
    for (const auto &[role, box] : m_boxes)
        box->setText(roleName(role));
}

} // namespace ui
} // namespace dd
