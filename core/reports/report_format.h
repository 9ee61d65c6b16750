#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <array>

namespace dd {

// Formatting of context values for people in a report's language, independent of the language
// the program runs in (a Chinese report from an English desktop stays Chinese). Names come from
// bilingual tables here, not from tr(): the report language is a property of the template.
namespace ReportFormat {
bool chinese(const QString &language); // zh* → true

// One row of a bilingual name table (id → Chinese / English), UTF-8 literals.
struct LocalizedName {
    const char *id;
    const char *zh;
    const char *en;
};
// The name of `id` in `language`; unknown ids as given.
template <std::size_t N>
QString lookup(const std::array<LocalizedName, N> &table, const QString &id,
               const QString &language)
{
    for (const LocalizedName &n : table)
        if (id == QLatin1String(n.id))
            return QString::fromUtf8(chinese(language) ? n.zh : n.en);
    return id;
}
// "zh_CN" for zh*, else "en".
QString normalizedLanguage(const QString &language);
// Institution time (UTC+8), "2026-01-05 10:10"; empty for an invalid time.
QString time(const QDateTime &t);
// "2026年1月5日" / "5 January 2026".
QString date(const QDate &d, const QString &language);
// "1小时25分钟" / "1 h 25 min"; "0分钟" / "0 min".
QString duration(qint64 minutes, const QString &language);
// "12,345" for both languages.
QString number(qint64 n);
QString money(double yuan, const QString &language); // "1,234.50 元" / "CNY 1,234.50"

// The fault types of incidents, in the order the UI lists them.
QStringList faultTypeIds();
QString faultTypeName(const QString &id, const QString &language); // unknown ids as given
// "I".."IV" or "none".
QString gradeName(const QString &gradeId, const QString &language);
QString stateName(const QString &stateId, const QString &language);
QString timelineKindName(const QString &kind, const QString &language);
QString reportFormName(const QString &formId, const QString &language);
QString recipientName(const QString &recipientId, const QString &language, bool coreInstitution);
QString institutionTypeName(const QString &typeId, const QString &language);
QString regulatorName(bool coreInstitution, const QString &language);
QString yesNo(bool value, const QString &language);
} // namespace ReportFormat

} // namespace dd
