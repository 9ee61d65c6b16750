#include "i18n/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace dd {

QStringList supportedLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

QString normalizedLanguage(const QString &requested)
{
    const QString r = requested.trimmed().toLower();
    if (r.startsWith(QLatin1String("zh")))
        return QStringLiteral("zh_CN");
    if (r.startsWith(QLatin1String("en")))
        return QStringLiteral("en");
    return {};
}

LanguageSwitcher::LanguageSwitcher() = default;

LanguageSwitcher::~LanguageSwitcher()
{
    for (auto &t : m_installed)
        QCoreApplication::removeTranslator(t.get());
}

void LanguageSwitcher::apply(const QString &language)
{
    const QString lang = normalizedLanguage(language).isEmpty() ? QStringLiteral("en")
                                                                : normalizedLanguage(language);
    for (auto &t : m_installed)
        QCoreApplication::removeTranslator(t.get());
    m_installed.clear();
    m_current = lang;
    QLocale::setDefault(
        QLocale(lang == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
                lang == QLatin1String("zh_CN") ? QLocale::China : QLocale::UnitedStates));
    // English is the source language, but its catalogue holds the plural forms ("1 incident",
    // "2 incidents") of the texts written with %n.
    auto ours = std::make_unique<QTranslator>();
    if (ours->load(QStringLiteral(":/i18n/dutydesk_") + lang + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(ours.get());
        m_installed.push_back(std::move(ours));
    }
    if (lang == QLatin1String("en"))
        return; // Qt's own strings are English already
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + lang,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_installed.push_back(std::move(qt));
    }
}

} // namespace dd
