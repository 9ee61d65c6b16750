#pragma once

#include "grading/rule_set.h"

#include <QLabel>

namespace dd {
namespace ui {

// The grade as a coloured badge with its name ("III 较大"): colour is never the only signal.
class GradeBadge : public QLabel {
    Q_OBJECT
public:
    // `scale` enlarges the font (the workspace header uses a big one).
    explicit GradeBadge(qreal scale = 1.0, QWidget *parent = nullptr);

    void setGrade(const GradeLevel *level, const QString &text);
    QColor colour() const { return m_colour; }

private:
    QColor m_colour;
};

} // namespace ui
} // namespace dd
