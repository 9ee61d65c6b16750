#pragma once

#include "app/backend.h"
#include "i18n/language.h"
#include "shell/session.h"
#include "shell/ui_context.h"
#include "temp_database.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWidget>

#include <gtest/gtest.h>

namespace dd::test {

// Desk preferences written by widgets under test go to a scratch folder, never to the
// developer's own QSettings.
inline void isolateDeskSettings()
{
    static QTemporaryDir dir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
}

// A database, a session and a language switcher wired into a UiContext, as main() does.
struct UiFixture {
    TempBackend backend;
    ui::Session session;
    LanguageSwitcher language;
    ui::UiContext context{*backend, session, language, false};

    explicit UiFixture(const QString &lang = QStringLiteral("en"))
    {
        isolateDeskSettings();
        QSettings().clear();
        language.apply(lang);
        QApplication::processEvents();
    }

    Actor signInAdmin()
    {
        const Actor admin = backend.admin();
        session.setActor(admin);
        return admin;
    }

    // Adds an operator as the administrator and returns their signed-in actor.
    Actor addOperator(const QString &login, const QString &name, const QString &pin,
                      const QList<Role> &roles)
    {
        auto id = backend->operators().add(backend.admin(), {login, name, pin, roles});
        if (!id)
            return Actor::nobody();
        auto actor = backend->operators().signIn(login, pin);
        return actor ? *actor : Actor::nobody();
    }
};

// Marks every DutyDesk text with "⟦…⟧", so a test sees which labels were retranslated.
class PseudoTranslator : public QTranslator {
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (!QByteArray(context).startsWith("dd::"))
            return {};
        return QStringLiteral("⟦") + QString::fromUtf8(sourceText) + QStringLiteral("⟧");
    }
    bool isEmpty() const override { return false; }
};

inline int distinctColours(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    QSet<QRgb> colours;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            colours.insert(line[x]);
    }
    return int(colours.size());
}

inline QString screenshotDir()
{
    QString dir = qEnvironmentVariable("DUTYDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::current().filePath(QStringLiteral("screenshots"));
    QDir().mkpath(dir);
    return dir;
}

// Saves a picture of `widget` into screenshotDir() for people to look at; returns it.
inline QImage saveScreenshot(QWidget &widget, const QString &name)
{
    const QImage shot = widget.grab().toImage();
    shot.save(screenshotDir() + QStringLiteral("/") + name + QStringLiteral(".png"));
    return shot;
}

// The child widget of that object name; a test failure when there is none.
template <typename T> T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

// Shows a top-level widget and waits until it is the active window (keyboard tests need it).
inline void showActive(QWidget &w)
{
    w.resize(1200, 800);
    w.show();
    w.activateWindow();
    EXPECT_TRUE(QTest::qWaitForWindowActive(&w));
}

} // namespace dd::test
