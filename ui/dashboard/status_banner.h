#pragma once

#include <QColor>
#include <QFrame>
#include <QString>

class QLabel;

namespace dd {
namespace ui {

// The status across the top of the dashboard, readable from two metres: an icon, a large
// headline ("Incident in progress — grade II Major") and one line of detail, on the colour of
// the highest open grade. Colour is never the only signal: the headline says it in words and
// the icon differs per level. In drill mode a second line says that this is a drill database.
class StatusBanner : public QFrame {
    Q_OBJECT
public:
    enum class Level { Normal, Warning, Incident };

    explicit StatusBanner(QWidget *parent = nullptr);

    // `gradeText` names the highest open grade ("II Major"), empty when none is graded;
    // `colour` is that grade's colour (invalid: the level's default colour).
    void setStatus(Level level, const QString &gradeText, const QColor &colour,
                   const QString &detail);
    void setDrillNotice(const QString &text); // empty hides it

    Level level() const { return m_level; }
    QString headline() const;
    QColor colour() const { return m_colour; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateText();

    Level m_level = Level::Normal;
    QString m_gradeText;
    QString m_detailText;
    QColor m_colour;
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_detail;
    QLabel *m_drill;
};

} // namespace ui
} // namespace dd
