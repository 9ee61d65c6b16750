#pragma once

#include "access/role.h"

#include <QList>
#include <QWidget>

class QCheckBox;

namespace dd {
namespace ui {

// One checkbox per role, named in the current language.
class RoleChecklist : public QWidget {
    Q_OBJECT
public:
    explicit RoleChecklist(QWidget *parent = nullptr);
    QList<Role> roles() const;
    void setRoles(const QList<Role> &roles);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QList<std::pair<Role, QCheckBox *>> m_boxes;
};

} // namespace ui
} // namespace dd
