#include "drills/drill_mode_marker.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace dd {
namespace ui {

QString drillTitlePrefix()
{
    return QStringLiteral("[演练 DRILL] ");
}

QString drillBannerText(const QString &drillTitle)
{
    // "演练 DRILL" stays as it is in every language; the rest is translated.
    const QString lead = QStringLiteral("演练 DRILL");
    if (drillTitle.isEmpty())
        return DrillWindowMarker::tr("%1 — a practice database: nothing here touches production "
                                     "records")
            .arg(lead);
    return DrillWindowMarker::tr("%1 — %2 — a practice database: nothing here touches "
                                 "production records")
        .arg(lead, drillTitle);
}

DrillWindowMarker::DrillWindowMarker(QObject *parent)
    : QObject(parent)
{
    qApp->installEventFilter(this);
    for (QWidget *window : QApplication::topLevelWidgets())
        if (window->isVisible())
            mark(window);
}

DrillWindowMarker::~DrillWindowMarker()
{
    qApp->removeEventFilter(this);
}

void DrillWindowMarker::mark(QWidget *window)
{
    if (!window || !window->isWindow())
        return;
    const QString title = window->windowTitle();
    if (!title.startsWith(drillTitlePrefix()))
        window->setWindowTitle(drillTitlePrefix() + title);
}

bool DrillWindowMarker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show || event->type() == QEvent::WindowTitleChange) {
        if (watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            // Menus, tool tips and pop-ups are windows too, but have no title bar.
            if (widget->isWindow() && !(widget->windowType() == Qt::Popup)
                && widget->windowType() != Qt::ToolTip && widget->windowType() != Qt::SplashScreen)
                mark(widget);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ui
} // namespace dd
