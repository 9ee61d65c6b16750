#include "storage/sql_script.h"

#include <QRegularExpression>

namespace dd {

namespace {

bool isTriggerStatement(const QString &statement)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(statement).hasMatch();
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// True when the word `word` ends at position `end` (exclusive) of `text` as a whole word.
bool wordEndsAt(const QString &text, qsizetype end, QStringView word)
{
    const qsizetype start = end - word.size();
    if (start < 0)
        return false;
    if (QStringView(text).mid(start, word.size()).compare(word, Qt::CaseInsensitive) != 0)
        return false;
    if (start > 0 && isWordChar(text.at(start - 1)))
        return false;
    return end >= text.size() || !isWordChar(text.at(end));
}

} // namespace

QStringList splitSqlScript(const QString &script)
{
    QStringList statements;
    QString current;
    int blockDepth = 0; // BEGIN ... END nesting inside a trigger body
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            while (i < n && script.at(i) != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'/' && i + 1 < n && script.at(i + 1) == u'*') {
            i += 2;
            while (i + 1 < n && !(script.at(i) == u'*' && script.at(i + 1) == u'/'))
                ++i;
            ++i;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`') {
            current += c;
            for (++i; i < n; ++i) {
                current += script.at(i);
                if (script.at(i) == c) {
                    if (i + 1 < n && script.at(i + 1) == c) { // doubled quote is an escape
                        current += script.at(++i);
                        continue;
                    }
                    break;
                }
            }
            continue;
        }
        if (!isWordChar(c) && isTriggerStatement(current)) {
            const qsizetype end = current.size();
            if (wordEndsAt(current, end, u"BEGIN") || wordEndsAt(current, end, u"CASE"))
                ++blockDepth;
            else if (wordEndsAt(current, end, u"END") && blockDepth > 0)
                --blockDepth;
        }
        if (c == u';' && blockDepth == 0) {
            const QString trimmed = current.trimmed();
            if (!trimmed.isEmpty())
                statements << trimmed;
            current.clear();
            continue;
        }
        current += c;
    }
    const QString trimmed = current.trimmed();
    if (!trimmed.isEmpty())
        statements << trimmed;
    return statements;
}

} // namespace dd
