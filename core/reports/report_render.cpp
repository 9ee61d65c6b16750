// ReportEngine::render and the escaping of values.
#include "reports/report_engine.h"
#include "reports/report_format.h"

#include <QRegularExpression>

#include <kainjow/mustache.hpp>

namespace dd {

namespace {

using Data = kainjow::mustache::data;

// Values never contain "{{" or "}}": the renderer does not re-read values, but the output is
// shown and checked for leftover tags, and a reader could not tell a leftover tag from typed
// text. A ZERO WIDTH SPACE between two braces keeps the text readable and breaks the pair.
QString neutraliseBraces(const QString &text)
{
    if (!text.contains(QLatin1String("{{")) && !text.contains(QLatin1String("}}")))
        return text;
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if ((c == u'{' || c == u'}') && !out.isEmpty() && out.back() == c)
            out += QChar(0x200b);
        out += c;
    }
    return out;
}

// Builds each level in a std container first and wraps it once: kainjow's set() and push_back()
// copy their argument, which would copy every subtree once per level.
Data toData(const QVariant &value, TemplateFormat format)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap: {
        const QVariantMap map = value.toMap();
        kainjow::mustache::object object;
        object.reserve(std::size_t(map.size()));
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            object.emplace(it.key().toStdString(), toData(it.value(), format));
        return Data(object);
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        const QVariantList items = value.toList();
        kainjow::mustache::list list;
        list.reserve(std::size_t(items.size()));
        for (const QVariant &item : items)
            list.emplace_back(toData(item, format));
        return Data(list);
    }
    case QMetaType::Bool:
        return Data(value.toBool() ? Data::type::bool_true : Data::type::bool_false);
    default: break;
    }
    const QString text = value.toString();
    // An empty text is false in sections, as in mustache.js: {{#incident.cause}}…{{/…}}
    // prints only when there is a cause. As a variable it prints nothing either way.
    if (text.isEmpty())
        return Data(Data::type::bool_false);
    const QString safe = neutraliseBraces(text);
    return Data((format == TemplateFormat::Html ? ReportEngine::escapeHtml(safe)
                                                : ReportEngine::escapeMarkdown(safe))
                    .toStdString());
}

QString contextText(const QVariantMap &context, const QString &path)
{
    QVariant v = context;
    for (const QString &key : path.split(u'.'))
        v = v.toMap().value(key);
    return v.toString();
}

} // namespace

QString ReportEngine::escapeHtml(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(u'\'', QLatin1String("&#39;"));
    out.replace(u'\n', QLatin1String("<br>\n"));
    return out;
}

// Markdown as read by QTextDocument::setMarkdown (md4c, CommonMark with GitHub tables): every
// character that can start emphasis, a link, an image, inline HTML, code, an entity, a table
// cell or strike-through is backslash-escaped wherever it stands; characters that only matter
// at the start of a line (headings, block quotes, list markers, thematic breaks, setext
// underlines, indented code) are escaped there. Each line break of a value becomes a hard line
// break, so a value never opens a new block of its own.
QString ReportEngine::escapeMarkdown(const QString &text)
{
    static const QString inlineSpecial = QStringLiteral("\\`*_[]<>#|~!&$");
    QString source = text;
    source.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    source.replace(u'\r', u'\n');
    const QStringList lines = source.split(u'\n');
    QStringList escaped;
    static const QRegularExpression orderedMarker(QStringLiteral("^(\\d{1,9})([.)])"));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed(); // leading spaces would make code blocks
        QString out;
        out.reserve(line.size() + 8);
        for (const QChar c : line) {
            if (inlineSpecial.contains(c))
                out += u'\\';
            out += c;
        }
        if (!out.isEmpty()) {
            const QChar first = out.at(0);
            if (first == u'-' || first == u'+' || first == u'=')
                out.prepend(u'\\');
            else if (const auto m = orderedMarker.match(out); m.hasMatch())
                out.insert(m.capturedLength(1), u'\\');
        }
        escaped << out;
    }
    // Drop empty lines inside a value: a blank line would end the paragraph (or table).
    escaped.removeAll(QString());
    return escaped.join(QLatin1String("\\\n"));
}

Result<RenderedReport> ReportEngine::render(const ReportTemplate &t, const QVariantMap &context,
                                            const RenderOptions &options)
{
    const QList<TemplateIssue> issues = check(t);
    if (!issues.isEmpty()) {
        QStringList messages;
        for (const TemplateIssue &i : issues)
            messages << i.message;
        return fail(
            tr("Template “%1” cannot be used: %2").arg(t.id, messages.join(QLatin1String("; "))));
    }

    kainjow::mustache::mustache tmpl(t.body.toStdString());
    if (!tmpl.is_valid())
        return fail(
            tr("Template “%1”: %2").arg(t.id, QString::fromStdString(tmpl.error_message())));
    // Values are escaped for the format in toData(); {{{x}}} and {{&x}} are no way around it.
    tmpl.set_custom_escape([](const std::string &s) { return s; });

    const Data data = toData(context, t.format);
    const std::string rendered = tmpl.render(data);
    if (!tmpl.is_valid())
        return fail(
            tr("Template “%1”: %2").arg(t.id, QString::fromStdString(tmpl.error_message())));

    QString text = QString::fromStdString(rendered);
    // Sections that render nothing leave blank lines behind: keep at most one in a row.
    static const QRegularExpression blankLines(QStringLiteral("\\n[ \\t]*\\n([ \\t]*\\n)+"));
    text.replace(blankLines, QStringLiteral("\n\n"));
    text = text.trimmed() + u'\n';
    if (text.contains(QLatin1String("{{")) || text.contains(QLatin1String("}}")))
        return fail(tr("Template “%1” left a tag unresolved in its output.").arg(t.id));

    RenderedReport out;
    out.templateId = t.id;
    out.language = options.language.isEmpty() ? t.language : options.language;
    out.title = t.title(out.language);
    out.format = t.format;
    out.text = text;
    // "drill" is a flag, or in the drill context the drill itself (then always a drill).
    const QVariant drill = context.value(QStringLiteral("drill"));
    out.drill = options.drill.value_or(
        drill.typeId() == QMetaType::QVariantMap ? !drill.toMap().isEmpty() : drill.toBool());
    out.institution = options.institution.isEmpty()
                          ? contextText(context, QStringLiteral("institution.name"))
                          : options.institution;
    out.classification = !options.classification.isEmpty()     ? options.classification
                         : ReportFormat::chinese(out.language) ? QStringLiteral("内部")
                                                               : QStringLiteral("Internal");
    return out;
}

} // namespace dd
