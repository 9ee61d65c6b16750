#pragma once

#include <QList>
#include <QWidget>

class QLabel;

namespace dd {
namespace ui {

// Stands in for a screen a later release builds: its title, a plain "not built yet" marker
// and what the screen will hold. Texts are source strings of `context`, translated on show
// and on every language change.
class PlaceholderPage : public QWidget {
    Q_OBJECT
public:
    PlaceholderPage(const char *context, const char *title, QList<const char *> plans,
                    QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    const char *m_context;
    const char *m_title;
    QList<const char *> m_plans;
    QLabel *m_titleLabel;
    QLabel *m_notBuilt;
    QLabel *m_plannedHeading;
    QList<QLabel *> m_planLabels;
};

} // namespace ui
} // namespace dd
