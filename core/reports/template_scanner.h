#pragma once

#include <QList>
#include <QString>

namespace dd {

// One piece of a mustache body as the checker sees it: text or a tag with its position.
struct TemplateToken {
    enum class Type {
        Text,
        Variable,     // {{name}}
        Unescaped,    // {{{name}}} or {{&name}}
        Section,      // {{#name}}
        Inverted,     // {{^name}}
        Close,        // {{/name}}
        Comment,      // {{! … }}
        Partial,      // {{>name}}
        SetDelimiter, // {{=<% %>=}}
        Unclosed,     // "{{" without its "}}"
    };
    Type type = Type::Text;
    QString name; // trimmed tag content without its sigil; the text for Text
    int line = 1; // 1-based
    int column = 1;
};

// Splits a body into text and tags with the default delimiters. Never fails: a tag that is not
// closed becomes an Unclosed token and ends the scan.
QList<TemplateToken> scanTemplate(const QString &body);

} // namespace dd
