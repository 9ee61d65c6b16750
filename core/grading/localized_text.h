#pragma once

#include <QString>

namespace dd {

// A text given in both languages of a rule set file ({"zh": ..., "en": ...}).
struct LocalizedText {
    QString zh;
    QString en;

    // zh for a Chinese language code ("zh", "zh_CN"), else en.
    QString text(const QString &language) const
    {
        return language.startsWith(QLatin1String("zh")) ? zh : en;
    }
    bool operator==(const LocalizedText &) const = default;
};

} // namespace dd
