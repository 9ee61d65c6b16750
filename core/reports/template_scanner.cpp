#include "reports/template_scanner.h"

namespace dd {

QList<TemplateToken> scanTemplate(const QString &body)
{
    QList<TemplateToken> tokens;
    int line = 1;
    int column = 1;
    qsizetype i = 0;
    const qsizetype n = body.size();
    // Moves the position over body[from, to).
    const auto advance = [&](qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < to; ++k) {
            if (body.at(k) == u'\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
    };
    while (i < n) {
        const qsizetype open = body.indexOf(QLatin1String("{{"), i);
        if (open < 0) {
            tokens << TemplateToken{TemplateToken::Type::Text, body.mid(i), line, column};
            break;
        }
        if (open > i) {
            tokens << TemplateToken{TemplateToken::Type::Text, body.mid(i, open - i), line, column};
            advance(i, open);
        }
        TemplateToken tag;
        tag.line = line;
        tag.column = column;
        const bool triple = open + 2 < n && body.at(open + 2) == u'{';
        const QLatin1String closer = triple ? QLatin1String("}}}") : QLatin1String("}}");
        const qsizetype contentStart = open + (triple ? 3 : 2);
        const qsizetype close = body.indexOf(closer, contentStart);
        if (close < 0) {
            tag.type = TemplateToken::Type::Unclosed;
            tokens << tag;
            break;
        }
        QString content = body.mid(contentStart, close - contentStart);
        if (triple) {
            tag.type = TemplateToken::Type::Unescaped;
        } else {
            const QChar sigil = content.isEmpty() ? QChar() : content.at(0);
            switch (sigil.unicode()) {
            case u'#': tag.type = TemplateToken::Type::Section; break;
            case u'^': tag.type = TemplateToken::Type::Inverted; break;
            case u'/': tag.type = TemplateToken::Type::Close; break;
            case u'!': tag.type = TemplateToken::Type::Comment; break;
            case u'>': tag.type = TemplateToken::Type::Partial; break;
            case u'=': tag.type = TemplateToken::Type::SetDelimiter; break;
            case u'&': tag.type = TemplateToken::Type::Unescaped; break;
            default: tag.type = TemplateToken::Type::Variable; break;
            }
            if (tag.type != TemplateToken::Type::Variable)
                content.remove(0, 1);
        }
        tag.name = content.trimmed();
        tokens << tag;
        const qsizetype next = close + closer.size();
        advance(open, next);
        i = next;
    }
    return tokens;
}

} // namespace dd
