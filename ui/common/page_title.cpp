#include "common/page_title.h"

#include <QLabel>

namespace dd {
namespace ui {

void stylePageTitle(QLabel *label)
{
    label->setObjectName(QStringLiteral("pageTitle"));
    QFont big = label->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    label->setFont(big);
    label->setTextFormat(Qt::PlainText);
}

} // namespace ui
} // namespace dd
