#include "contacts/phone_numbers.h"
#include "contacts/vcard.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace dd {

namespace {

struct Property {
    int line = 0;
    QString name;                  // upper case, group removed
    QString label;                 // name and parameters as written (for messages)
    QStringList types;             // lower case: TYPE values and bare 2.1 parameters
    QMap<QString, QString> params; // upper-case name -> value
    QString value;
};

std::optional<Property> parseProperty(const QString &text, int line)
{
    // The name part ends at the first colon outside double quotes.
    qsizetype colon = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size() && colon < 0; ++i) {
        if (text.at(i) == u'"')
            quoted = !quoted;
        else if (text.at(i) == u':' && !quoted)
            colon = i;
    }
    if (colon <= 0)
        return std::nullopt;
    Property p;
    p.line = line;
    p.value = text.mid(colon + 1);
    QStringList parts = text.left(colon).split(u';');
    QString name = parts.takeFirst().trimmed();
    if (const qsizetype dot = name.lastIndexOf(u'.'); dot >= 0)
        name = name.mid(dot + 1);
    p.name = name.toUpper();
    p.label = QStringList(QStringList{name} + parts).join(u';');
    for (const QString &part : std::as_const(parts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq < 0) {
            p.types << part.trimmed().toLower();
            continue;
        }
        const QString key = part.left(eq).trimmed().toUpper();
        QString value = part.mid(eq + 1).trimmed();
        if (value.startsWith(u'"') && value.endsWith(u'"') && value.size() >= 2)
            value = value.mid(1, value.size() - 2);
        p.params.insert(key, value);
        if (key == QLatin1String("TYPE"))
            for (const QString &t : value.split(u',', Qt::SkipEmptyParts))
                p.types << t.trimmed().toLower();
    }
    return p;
}

QString decodeQuotedPrintable(const QString &value, const QString &charset)
{
    QByteArray bytes;
    const QByteArray in = value.toLatin1();
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) == '=' && i + 2 < in.size()) {
            bool ok = false;
            const int byte = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                bytes.append(char(byte));
                i += 2;
                continue;
            }
        }
        bytes.append(in.at(i));
    }
    QStringDecoder decoder(charset.isEmpty() ? "UTF-8" : charset.toLatin1().constData());
    if (!decoder.isValid())
        return QString::fromUtf8(bytes);
    return decoder(bytes);
}

// Components of a structured value (N, ORG), split at unescaped semicolons and unescaped.
QStringList components(const QString &value)
{
    QStringList out;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'\\' && i + 1 < value.size()) {
            current += value.at(i);
            current += value.at(++i);
        } else if (value.at(i) == u';') {
            out << VCard::unescape(current);
            current.clear();
        } else {
            current += value.at(i);
        }
    }
    out << VCard::unescape(current);
    return out;
}

bool quotedPrintableContinues(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    return colon > 0 && line.endsWith('=')
           && line.left(colon).toUpper().contains("QUOTED-PRINTABLE");
}

bool allHan(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) {
        return c.script() == QChar::Script_Han;
    });
}

bool hasType(const Property &p, const char *type)
{
    return p.types.contains(QLatin1String(type));
}

} // namespace

Result<ImportPreview> VCard::parse(const QByteArray &bytes, const QString &fileName)
{
    QByteArray raw = bytes;
    QString encoding;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        auto utf16 = ContactImport::decode(bytes, fileName);
        if (!utf16)
            return utf16.takeError();
        raw = utf16->text.toUtf8();
        encoding = utf16->encoding;
    }
    // Unfold before decoding: a writer may have folded inside a UTF-8 sequence.
    QList<QByteArray> logical;
    QList<int> startLine;
    const QList<QByteArray> physical = raw.split('\n');
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QByteArray l = physical.at(i);
        if (l.endsWith('\r'))
            l.chop(1);
        if (!logical.isEmpty() && (l.startsWith(' ') || l.startsWith('\t'))) {
            logical.last() += l.mid(1);
        } else if (!logical.isEmpty() && quotedPrintableContinues(logical.last())) {
            logical.last().chop(1);
            logical.last() += l;
        } else {
            logical << l;
            startLine << int(i + 1);
        }
    }
    auto decoded = ContactImport::decode(logical.join('\n'), fileName);
    if (!decoded)
        return decoded.takeError();
    const QStringList lines = decoded->text.split(u'\n');

    ImportPreview preview;
    preview.fileName = fileName;
    preview.format = QStringLiteral("vcard");
    preview.encoding = encoding.isEmpty() ? decoded->encoding : encoding;
    preview.columns = {{ContactField::Name, QStringLiteral("FN")},
                       {ContactField::Unit, QStringLiteral("ORG")},
                       {ContactField::Position, QStringLiteral("TITLE")},
                       {ContactField::Mobile, QStringLiteral("TEL;TYPE=cell")},
                       {ContactField::Office, QStringLiteral("TEL;TYPE=work")},
                       {ContactField::Duty, QStringLiteral("TEL;TYPE=x-duty")},
                       {ContactField::Fax, QStringLiteral("TEL;TYPE=fax")},
                       {ContactField::Email, QStringLiteral("EMAIL")},
                       {ContactField::Backup, QStringLiteral("X-DUTYDESK-BACKUP")},
                       {ContactField::Verified, QStringLiteral("X-DUTYDESK-VERIFIED")},
                       {ContactField::Notes, QStringLiteral("NOTE")}};

    std::optional<ImportRow> row;
    QString structuredName;
    int cards = 0;
    auto warn = [&](const Property &p, const QString &reason) {
        row->problems << ContactImport::problem(preview, ImportProblem::Severity::Warning, row->row,
                                                row->line, p.label, reason);
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &text = lines.at(i);
        const int line = startLine.value(i);
        if (text.trimmed().isEmpty())
            continue;
        const std::optional<Property> parsed = parseProperty(text, line);
        const bool begin =
            parsed && parsed->name == QLatin1String("BEGIN")
            && parsed->value.trimmed().compare(QLatin1String("VCARD"), Qt::CaseInsensitive) == 0;
        if (begin) {
            if (row)
                return fail(tr("%1, line %2: a new card begins before card %3 ended (END:VCARD "
                               "is missing).")
                                .arg(fileName)
                                .arg(line)
                                .arg(row->row));
            row = ImportRow();
            row->row = ++cards;
            row->line = line;
            structuredName.clear();
            continue;
        }
        if (!row)
            return fail(tr("%1, line %2: \"%3\" is outside BEGIN:VCARD … END:VCARD; this is not "
                           "a vCard file.")
                            .arg(fileName)
                            .arg(line)
                            .arg(text.left(40)));
        if (!parsed) {
            row->problems << ContactImport::problem(
                preview, ImportProblem::Severity::Warning, row->row, line, QString(),
                tr("line %1 is not a vCard property (NAME:value); it is ignored.").arg(line));
            continue;
        }
        Property p = *parsed;
        if (p.params.value(QStringLiteral("ENCODING"))
                    .compare(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive)
                == 0
            || hasType(p, "quoted-printable"))
            p.value = decodeQuotedPrintable(p.value, p.params.value(QStringLiteral("CHARSET")));
        const QString value = unescape(p.value);

        if (p.name == QLatin1String("END")) {
            if (!row->fields.contains(ContactField::Name)) {
                const QStringList n = components(structuredName);
                const QString family = n.value(0).trimmed();
                const QString given = n.value(1).trimmed();
                const bool han = allHan(family + given);
                ContactImport::setField(preview, *row, ContactField::Name, QStringLiteral("N"),
                                        han ? family + given
                                            : QStringList{given, family}.join(u' ').trimmed());
            }
            preview.rows << *row;
            row.reset();
        } else if (p.name == QLatin1String("VERSION")) {
            const QString v = p.value.trimmed();
            if (v != QLatin1String("3.0") && v != QLatin1String("4.0") && v != QLatin1String("2.1"))
                row->problems << ContactImport::problem(
                    preview, ImportProblem::Severity::Error, row->row, p.line, p.label,
                    tr("version %1 is not one DutyDesk reads; expected 3.0 or 4.0.").arg(v));
        } else if (p.name == QLatin1String("FN")) {
            ContactImport::setField(preview, *row, ContactField::Name, p.label, value);
        } else if (p.name == QLatin1String("N")) {
            structuredName = p.value;
        } else if (p.name == QLatin1String("ORG")) {
            ContactImport::setField(preview, *row, ContactField::Unit, p.label,
                                    components(p.value).value(0));
        } else if (p.name == QLatin1String("TITLE")) {
            ContactImport::setField(preview, *row, ContactField::Position, p.label, value);
        } else if (p.name == QLatin1String("TEL")) {
            QString number = value.trimmed();
            if (number.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
                number = number.mid(4);
            number.replace(QLatin1String(";ext="), QLatin1String(" ext "), Qt::CaseInsensitive);
            QList<ContactField> order;
            if (hasType(p, "fax"))
                order = {ContactField::Fax};
            else if (hasType(p, "x-duty"))
                order = {ContactField::Duty};
            else if (hasType(p, "cell") || hasType(p, "mobile") || hasType(p, "iphone"))
                order = {ContactField::Mobile};
            else if (hasType(p, "work"))
                order = {ContactField::Office};
            else {
                static const QRegularExpression mobile(QStringLiteral("^(0086|86)?1\\d{10}$"));
                if (mobile.match(PhoneNumbers::searchDigits(number)).hasMatch())
                    order = {ContactField::Mobile, ContactField::Office, ContactField::Duty};
                else
                    order = {ContactField::Office, ContactField::Duty, ContactField::Mobile};
            }
            const auto slot = std::find_if(order.begin(), order.end(), [&](ContactField f) {
                return !row->fields.contains(f);
            });
            if (slot == order.end())
                warn(p,
                     tr("one more number of this kind (%1); only the first is kept.").arg(number));
            else
                ContactImport::setField(preview, *row, *slot, p.label, number);
        } else if (p.name == QLatin1String("EMAIL")) {
            if (row->fields.contains(ContactField::Email))
                warn(p, tr("one more e-mail address (%1); only the first is kept.").arg(value));
            else
                ContactImport::setField(preview, *row, ContactField::Email, p.label, value);
        } else if (p.name == QLatin1String("NOTE")) {
            const QString notes =
                row->contact.notes.isEmpty() ? value : row->contact.notes + u'\n' + value;
            ContactImport::setField(preview, *row, ContactField::Notes, p.label, notes);
        } else if (p.name == QLatin1String("X-DUTYDESK-BACKUP")) {
            ContactImport::setField(preview, *row, ContactField::Backup, p.label, value);
        } else if (p.name == QLatin1String("X-DUTYDESK-VERIFIED")) {
            ContactImport::setField(preview, *row, ContactField::Verified, p.label, value);
        }
    }
    if (row)
        return fail(tr("%1: card %2 (line %3) has no END:VCARD.")
                        .arg(fileName)
                        .arg(row->row)
                        .arg(row->line));
    if (cards == 0)
        return fail(tr("%1: no vCard in the file (BEGIN:VCARD … END:VCARD).").arg(fileName));
    ContactImport::checkRows(preview);
    return preview;
}

} // namespace dd
