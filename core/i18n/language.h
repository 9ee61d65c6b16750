#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QTranslator;

namespace dd {

// The languages DutyDesk speaks: zh_CN first, en second.
QStringList supportedLanguages();
// zh_CN when the system locale is Chinese, else en.
QString systemLanguage();
QString normalizedLanguage(const QString &requested); // "zh", "zh_CN", "zh-CN" -> "zh_CN"

// Installs DutyDesk's and Qt's own translations for `language` into the running application,
// replacing any installed before (the application retranslates on QEvent::LanguageChange).
class LanguageSwitcher {
public:
    LanguageSwitcher();
    ~LanguageSwitcher();
    void apply(const QString &language);
    QString current() const { return m_current; }

private:
    std::vector<std::unique_ptr<QTranslator>> m_installed;
    QString m_current;
};

} // namespace dd
