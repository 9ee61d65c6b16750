#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace dd {
namespace ui {

// The text that starts every window title in drill mode: "[演练 DRILL] ". The Chinese word
// shows in every language, so nobody mistakes a drill console for production.
QString drillTitlePrefix();
// The banner text across the top of the main window, in the current language.
QString drillBannerText(const QString &drillTitle);

// While it exists (the drill-mode main window owns it), every top-level window of the
// application (dialogs, message boxes, pop-out windows) gets drillTitlePrefix() in front of its
// title, whenever it is shown or retitled.
class DrillWindowMarker : public QObject {
    Q_OBJECT
public:
    explicit DrillWindowMarker(QObject *parent = nullptr);
    ~DrillWindowMarker() override;

    // Puts the prefix in front of the window's title unless it is there already.
    static void mark(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace ui
} // namespace dd
