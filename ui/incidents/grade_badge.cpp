#include "incidents/grade_badge.h"

#include "incidents/incident_format.h"

namespace dd {
namespace ui {

GradeBadge::GradeBadge(qreal scale, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("gradeBadge"));
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignCenter);
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * scale);
    setFont(f);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setGrade(nullptr, QString());
}

void GradeBadge::setGrade(const GradeLevel *level, const QString &text)
{
    m_colour = gradeColour(level);
    const QColor fg = textColourOn(m_colour);
    setText(text);
    setAccessibleName(text);
    setStyleSheet(QStringLiteral("QLabel#gradeBadge { background-color: %1; color: %2; "
                                 "border-radius: 6px; padding: 6px 14px; }")
                      .arg(m_colour.name(), fg.name()));
}

} // namespace ui
} // namespace dd
