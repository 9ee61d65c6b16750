#pragma once

#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace dd {
namespace ui {

struct UiContext;

// One screen of the main window. A feature adds its screen by giving its spec a factory in
// page_registry.cpp; the window builds the sidebar, the Go menu and the Ctrl+N shortcuts from
// this list, in this order.
struct PageSpec {
    QString id;        // stable: --page, QSettings, tests
    const char *title; // source text in the "dd::ui::Pages" context (QT_TRANSLATE_NOOP)
    QString iconName;  // dd::ui::icon(iconName)
    std::function<QWidget *(UiContext &context, QWidget *parent)> factory;

    QString translatedTitle() const;
};

const QList<PageSpec> &pageRegistry();
QStringList pageIds();
// Position of `id` in the registry, or -1.
int pageIndex(const QString &id);

} // namespace ui
} // namespace dd
