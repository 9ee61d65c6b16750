// ReportEngine::check: the syntax and the names of a template body, with line and column.
#include "reports/report_engine.h"
#include "reports/template_scanner.h"

#include <QHash>

#include <kainjow/mustache.hpp>
#include <optional>

namespace dd {

namespace {

struct Scope {
    QString name; // as written in the tag
    QString path; // the variable it resolved to ("" when unknown)
    VariableType type = VariableType::Text;
    bool inverted = false;
    int line = 0;
    int column = 0;
};

struct Resolved {
    QString path;
    VariableType type = VariableType::Text;
};

class Names {
public:
    explicit Names(const QList<ContextVariable> &variables)
    {
        for (const ContextVariable &v : variables) {
            m_types.insert(v.path, v.type);
            // The parents of a dotted path are groups (objects) unless listed otherwise.
            qsizetype dot = v.path.indexOf(u'.');
            while (dot > 0) {
                const QString parent = v.path.left(dot);
                if (!m_types.contains(parent))
                    m_implicit.insert(parent, VariableType::Object);
                m_hasFields.insert(parent, true);
                dot = v.path.indexOf(u'.', dot + 1);
            }
        }
    }

    std::optional<VariableType> type(const QString &path) const
    {
        if (const auto it = m_types.constFind(path); it != m_types.constEnd())
            return *it;
        if (const auto it = m_implicit.constFind(path); it != m_implicit.constEnd())
            return *it;
        return std::nullopt;
    }
    bool hasFields(const QString &path) const { return m_hasFields.value(path, false); }
    // A field of `path`, for the hint of an error message.
    QString firstField(const QString &path) const
    {
        const QString prefix = path + u'.';
        QString best;
        for (auto it = m_types.constBegin(); it != m_types.constEnd(); ++it)
            if (it.key().startsWith(prefix) && (best.isEmpty() || it.key() < best))
                best = it.key();
        return best;
    }

    // Mustache lookup: the innermost section whose value has the name, then the outer ones,
    // then the top level. Inverted sections and sections over text or flags add no names.
    std::optional<Resolved> resolve(const QString &name, const QList<Scope> &scopes) const
    {
        for (qsizetype i = scopes.size() - 1; i >= 0; --i) {
            const Scope &s = scopes.at(i);
            if (s.inverted || s.path.isEmpty()
                || (s.type != VariableType::List && s.type != VariableType::Object))
                continue;
            const QString full = s.path + u'.' + name;
            if (const auto t = type(full))
                return Resolved{full, *t};
        }
        if (const auto t = type(name))
            return Resolved{name, *t};
        return std::nullopt;
    }

private:
    QHash<QString, VariableType> m_types;
    QHash<QString, VariableType> m_implicit;
    QHash<QString, bool> m_hasFields;
};

} // namespace

QList<TemplateIssue> ReportEngine::check(const ReportTemplate &t,
                                         const QList<ContextVariable> &variables)
{
    QList<TemplateIssue> issues;
    const Names names(variables);
    const QString context = contextKindId(t.context);
    const auto issue = [&](const TemplateToken &tok, const QString &name, const QString &what) {
        issues << TemplateIssue{tok.line, tok.column, name,
                                tr("line %1: %2").arg(tok.line).arg(what)};
    };

    QList<Scope> scopes;
    const QList<TemplateToken> tokens = scanTemplate(t.body);
    for (const TemplateToken &tok : tokens) {
        using Type = TemplateToken::Type;
        switch (tok.type) {
        case Type::Text:
        case Type::Comment: break;
        case Type::Unclosed: issue(tok, QString(), tr("the tag is not closed with “}}”")); break;
        case Type::Partial:
            issue(tok, tok.name,
                  tr("partials ({{>%1}}) are not supported: copy the text into the template")
                      .arg(tok.name));
            break;
        case Type::SetDelimiter:
            issue(tok, tok.name, tr("changing the delimiters ({{=…=}}) is not supported"));
            break;
        case Type::Variable:
        case Type::Unescaped:
        case Type::Section:
        case Type::Inverted: {
            const bool section = tok.type == Type::Section || tok.type == Type::Inverted;
            if (tok.name.isEmpty()) {
                issue(tok, QString(), tr("empty tag"));
                if (section)
                    scopes << Scope{tok.name,           QString(),
                                    VariableType::Text, tok.type == Type::Inverted,
                                    tok.line,           tok.column};
                break;
            }
            Resolved resolved;
            if (tok.name == QLatin1String(".")) {
                const Scope *inner = nullptr;
                for (qsizetype i = scopes.size() - 1; i >= 0 && !inner; --i)
                    if (!scopes.at(i).inverted)
                        inner = &scopes.at(i);
                if (!inner) {
                    issue(tok, tok.name, tr("“{{.}}” is only valid inside a section"));
                } else if (inner->type == VariableType::List && names.hasFields(inner->path)) {
                    issue(tok, tok.name,
                          tr("the entries of “%1” are not text: name one of their fields, such "
                             "as “%2”")
                              .arg(inner->name,
                                   names.firstField(inner->path).mid(inner->path.size() + 1)));
                }
                resolved = Resolved{QString(), VariableType::Text};
            } else if (const auto r = names.resolve(tok.name, scopes)) {
                resolved = *r;
                if (!section && resolved.type != VariableType::Text) {
                    if (resolved.type == VariableType::List)
                        issue(tok, tok.name,
                              tr("“%1” is a list: use it as a section, {{#%1}}…{{/%1}}")
                                  .arg(tok.name));
                    else if (resolved.type == VariableType::Flag)
                        issue(tok, tok.name,
                              tr("“%1” is a yes/no flag: use it as a section, {{#%1}}…{{/%1}} "
                                 "or {{^%1}}…{{/%1}}")
                                  .arg(tok.name));
                    else
                        issue(tok, tok.name,
                              tr("“%1” is a group of variables: name one of its fields, such as "
                                 "“%2”")
                                  .arg(tok.name, names.firstField(resolved.path)));
                }
            } else {
                issue(tok, tok.name,
                      tr("unknown variable “%1” (the %2 context has no such variable)")
                          .arg(tok.name, context));
            }
            if (section)
                scopes << Scope{tok.name, resolved.path, resolved.type, tok.type == Type::Inverted,
                                tok.line, tok.column};
            break;
        }
        case Type::Close: {
            if (scopes.isEmpty()) {
                issue(tok, tok.name, tr("closing tag “{{/%1}}” has no open section").arg(tok.name));
            } else if (scopes.constLast().name != tok.name) {
                const Scope &open = scopes.constLast();
                issue(tok, tok.name,
                      tr("closing tag “{{/%1}}” does not match the open section “%2” (opened on "
                         "line %3)")
                          .arg(tok.name, open.name)
                          .arg(open.line));
                // Recover: close up to a matching open section if there is one.
                for (qsizetype i = scopes.size() - 1; i >= 0; --i) {
                    if (scopes.at(i).name == tok.name) {
                        scopes.resize(i);
                        break;
                    }
                }
            } else {
                scopes.removeLast();
            }
            break;
        }
        }
    }
    for (const Scope &open : scopes)
        issues << TemplateIssue{
            open.line, open.column, open.name,
            tr("line %1: section “%2” is not closed").arg(open.line).arg(open.name)};

    if (issues.isEmpty()) {
        // The renderer's own parser has the last word on syntax.
        const kainjow::mustache::mustache parsed(t.body.toStdString());
        if (!parsed.is_valid())
            issues << TemplateIssue{
                1, 1, QString(),
                tr("line %1: %2").arg(1).arg(QString::fromStdString(parsed.error_message()))};
    }
    return issues;
}

} // namespace dd
