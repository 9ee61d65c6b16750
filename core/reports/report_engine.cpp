#include "reports/report_engine.h"

#include "grading/obligation_definition.h"
#include "reports/report_contexts.h"
#include "reports/report_format.h"

#include <QRegularExpression>
#include <QSet>

namespace dd {

namespace {

// The header keys in file order; every one must be present exactly once.
const QStringList &headerKeys()
{
    static const QStringList keys{QStringLiteral("id"),       QStringLiteral("title_zh"),
                                  QStringLiteral("title_en"), QStringLiteral("kind"),
                                  QStringLiteral("context"),  QStringLiteral("outputs"),
                                  QStringLiteral("format"),   QStringLiteral("language"),
                                  QStringLiteral("forms"),    QStringLiteral("fault_types")};
    return keys;
}

QStringList words(const QString &value)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return value.split(separators, Qt::SkipEmptyParts);
}

} // namespace

bool ReportEngine::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_]{1,64}$"));
    return pattern.match(id).hasMatch();
}

Result<ReportTemplate> ReportEngine::parse(const QString &fileText, const QString &fileName)
{
    QString text = fileText;
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const auto where = [&](int line) { return tr("%1, line %2").arg(fileName).arg(line); };

    if (!text.startsWith(QLatin1String("{{!")))
        return fail(tr("%1: the template must start with its header, a comment beginning with "
                       "“{{!”.")
                        .arg(where(1)));
    const qsizetype end = text.indexOf(QLatin1String("}}"), 3);
    if (end < 0)
        return fail(tr("%1: the header comment is not closed with “}}”.").arg(where(1)));

    const QString header = text.mid(3, end - 3);
    const QStringList lines = header.split(u'\n');
    ReportTemplate t;
    QSet<QString> seen;
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1; // the header starts on line 1 with "{{!"
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            return fail(tr("%1: expected “key: value” in the header, found “%2”.")
                            .arg(where(lineNo), line));
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (!headerKeys().contains(key))
            return fail(tr("%1: unknown header field “%2” (expected one of: %3).")
                            .arg(where(lineNo), key, headerKeys().join(QLatin1String(", "))));
        if (seen.contains(key))
            return fail(tr("%1: header field “%2” is given twice.").arg(where(lineNo), key));
        seen.insert(key);

        if (key == QLatin1String("id")) {
            if (!isValidId(value))
                return fail(tr("%1: id: “%2” is not a valid template id (lower-case letters, "
                               "digits and “_”, at most 64).")
                                .arg(where(lineNo), value));
            t.id = value;
        } else if (key == QLatin1String("title_zh")) {
            t.titleZh = value;
        } else if (key == QLatin1String("title_en")) {
            t.titleEn = value;
        } else if (key == QLatin1String("kind")) {
            const auto kind = reportKindFromId(value);
            if (!kind)
                return fail(tr("%1: kind: unknown kind “%2” (expected regulator_report, notice, "
                               "investor_notice, drill, handbook or internal).")
                                .arg(where(lineNo), value));
            t.kind = *kind;
        } else if (key == QLatin1String("context")) {
            const auto context = contextKindFromId(value);
            if (!context)
                return fail(tr("%1: context: unknown context “%2” (expected incident, drill, year "
                               "or handbook).")
                                .arg(where(lineNo), value));
            t.context = *context;
        } else if (key == QLatin1String("outputs")) {
            for (const QString &id : words(value)) {
                const auto form = outputFormFromId(id);
                if (!form)
                    return fail(tr("%1: outputs: unknown output “%2” (expected pdf, odt, html or "
                                   "txt).")
                                    .arg(where(lineNo), id));
                if (!t.outputs.contains(*form))
                    t.outputs << *form;
            }
            if (t.outputs.isEmpty())
                return fail(tr("%1: outputs: name at least one of pdf, odt, html, txt.")
                                .arg(where(lineNo)));
        } else if (key == QLatin1String("format")) {
            const auto format = templateFormatFromId(value);
            if (!format)
                return fail(tr("%1: format: unknown format “%2” (expected markdown or html).")
                                .arg(where(lineNo), value));
            t.format = *format;
        } else if (key == QLatin1String("language")) {
            if (value != QLatin1String("zh_CN") && value != QLatin1String("en"))
                return fail(tr("%1: language: unknown language “%2” (expected zh_CN or en).")
                                .arg(where(lineNo), value));
            t.language = value;
        } else if (key == QLatin1String("forms")) {
            for (const QString &id : words(value)) {
                if (!reportFormFromId(id))
                    return fail(tr("%1: forms: unknown report form “%2”.").arg(where(lineNo), id));
                if (!t.forms.contains(id))
                    t.forms << id;
            }
        } else if (key == QLatin1String("fault_types")) {
            for (const QString &id : words(value)) {
                if (!ReportFormat::faultTypeIds().contains(id))
                    return fail(tr("%1: fault_types: unknown fault type “%2” (expected %3).")
                                    .arg(where(lineNo), id,
                                         ReportFormat::faultTypeIds().join(QLatin1String(", "))));
                if (!t.faultTypes.contains(id))
                    t.faultTypes << id;
            }
        }
    }
    const int closingLine = int(lines.size());
    for (const QString &key : headerKeys())
        if (!seen.contains(key))
            return fail(tr("%1: the header has no field “%2”.").arg(where(closingLine), key));
    if (t.titleZh.isEmpty() && t.titleEn.isEmpty())
        return fail(tr("%1: title_zh and title_en are both empty: give the template a title.")
                        .arg(where(closingLine)));

    QString body = text.mid(end + 2);
    if (body.startsWith(u'\n'))
        body.remove(0, 1);
    t.body = body;
    return t;
}

QString ReportEngine::serialize(const ReportTemplate &t)
{
    QStringList outputs;
    for (OutputForm f : t.outputs)
        outputs << outputFormId(f);
    const auto line = [](const char *key, const QString &value) -> QString {
        QString out = QString::fromLatin1(key) + u':';
        if (!value.isEmpty())
            out += u' ' + value;
        return out + u'\n';
    };
    QString text = QStringLiteral("{{!\n");
    text += line("id", t.id);
    text += line("title_zh", t.titleZh);
    text += line("title_en", t.titleEn);
    text += line("kind", reportKindId(t.kind));
    text += line("context", contextKindId(t.context));
    text += line("outputs", outputs.join(u' '));
    text += line("format", templateFormatId(t.format));
    text += line("language", t.language);
    text += line("forms", t.forms.join(u' '));
    text += line("fault_types", t.faultTypes.join(u' '));
    text += QLatin1String("}}\n");
    return text + t.body;
}

QList<TemplateIssue> ReportEngine::check(const ReportTemplate &t)
{
    return check(t, ReportContexts::variables(t.context));
}

} // namespace dd
