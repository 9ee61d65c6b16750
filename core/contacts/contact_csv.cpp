#include "contacts/contact_csv.h"

#include "contacts/phone_numbers.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringEncoder>

namespace dd {

namespace {

constexpr int HeaderSearchRows = 10;

QString headerKey(const QString &header)
{
    QString s = header.normalized(QString::NormalizationForm_KC).toCaseFolded();
    static const QRegularExpression bracketed(QStringLiteral("\\(.*\\)|\\*|[\\s_\\-:.]"));
    s.remove(bracketed);
    return s;
}

const QHash<QString, ContactField> &headerAliases()
{
    static const QHash<QString, ContactField> aliases = [] {
        const struct {
            ContactField field;
            const char16_t *names;
        } table[] = {
            {ContactField::Name, u"姓名|名字|联系人|name|fullname|contact|contactname"},
            {ContactField::Unit,
             u"单位|部门|单位名称|单位/部门|所属单位|所在单位|unit|department|organization|"
             u"organisation|org|company"},
            {ContactField::Position, u"职务|职位|岗位|职务/岗位|position|title|jobtitle|role"},
            {ContactField::Mobile,
             u"手机|手机号|手机号码|移动电话|mobile|mobilephone|cell|cellphone"},
            {ContactField::Office,
             u"办公电话|办公室电话|座机|固定电话|电话|office|officephone|phone|workphone|"
             u"telephone"},
            {ContactField::Duty, u"值班电话|值班|duty|dutyphone|dutyline"},
            {ContactField::Fax, u"传真|传真号|传真号码|fax|faxnumber"},
            {ContactField::Email, u"邮箱|电子邮箱|电子邮件|邮件|email|mail|emailaddress"},
            {ContactField::Backup, u"备岗|备岗人|备岗人员|backup|backupcontact|deputy"},
            {ContactField::Verified,
             u"最后核实|最后核实日期|核实日期|核实时间|verified|lastverified|verifiedon"},
            {ContactField::Notes, u"备注|说明|notes|note|remarks|comment|comments"},
        };
        QHash<QString, ContactField> map;
        for (const auto &entry : table)
            for (const QString &name : QString::fromUtf16(entry.names).split(u'|'))
                map.insert(headerKey(name), entry.field);
        return map;
    }();
    return aliases;
}

QChar sniffDelimiter(const QString &text)
{
    const qsizetype end = text.indexOf(u'\n');
    const QString first = end < 0 ? text : text.left(end);
    const qsizetype commas = first.count(u',');
    const qsizetype semicolons = first.count(u';');
    const qsizetype tabs = first.count(u'\t');
    if (tabs > commas && tabs >= semicolons)
        return u'\t';
    if (semicolons > commas)
        return u';';
    return u',';
}

// ="0101234" (how people keep Excel from dropping zeros) and the apostrophe write() puts in
// front of what Excel would take for a formula.
QString unwrapExcel(const QString &value)
{
    static const QRegularExpression formulaText(QStringLiteral("^=\"(.*)\"$"));
    const QRegularExpressionMatch m = formulaText.match(value.trimmed());
    if (m.hasMatch())
        return m.captured(1);
    if (value.size() > 1 && value.at(0) == u'\'' && QStringLiteral("=+-@").contains(value.at(1)))
        return value.mid(1);
    return value;
}

QString csvField(QString value)
{
    if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.at(0)))
        value.prepend(u'\'');
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
                       || value.contains(u'\r') || value.contains(u';')
                       || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + value + u'"';
}

QString englishHeader(ContactField field)
{
    switch (field) {
    case ContactField::Name: return QStringLiteral("Name");
    case ContactField::Unit: return QStringLiteral("Unit");
    case ContactField::Position: return QStringLiteral("Position");
    case ContactField::Mobile: return QStringLiteral("Mobile");
    case ContactField::Office: return QStringLiteral("Office phone");
    case ContactField::Duty: return QStringLiteral("Duty phone");
    case ContactField::Fax: return QStringLiteral("Fax");
    case ContactField::Email: return QStringLiteral("Email");
    case ContactField::Backup: return QStringLiteral("Backup");
    case ContactField::Verified: return QStringLiteral("Last verified");
    case ContactField::Notes: return QStringLiteral("Notes");
    }
    return {};
}

} // namespace

QString ContactCsv::columnLetter(int index)
{
    QString letters;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

std::optional<ContactField> ContactCsv::fieldForHeader(const QString &header)
{
    const auto &aliases = headerAliases();
    const auto it = aliases.constFind(headerKey(header));
    if (it == aliases.constEnd())
        return std::nullopt;
    return *it;
}

Result<QList<ContactCsv::Record>> ContactCsv::records(const QString &text, const QString &fileName)
{
    const QChar delimiter = sniffDelimiter(text);
    QList<Record> out;
    Record current{1, 1, {}};
    QString field;
    bool quoted = false; // inside a quoted field
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    auto endRecord = [&]() {
        current.fields << field;
        out << current;
        field.clear();
        fieldStarted = false;
        current = Record{int(out.size()) + 1, line, {}};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                    continue; // CRLF inside a field is one newline
                field += c == u'\r' ? QChar(u'\n') : c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == delimiter) {
            current.fields << field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            ++line;
            endRecord();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return fail(tr("%1, row %2 (line %3): a quoted field is never closed; a \" is "
                       "missing.")
                        .arg(fileName)
                        .arg(current.row)
                        .arg(quoteLine));
    if (fieldStarted || !current.fields.isEmpty() || !field.isEmpty())
        endRecord();
    return out;
}

Result<ImportPreview> ContactCsv::parse(const QByteArray &bytes, const QString &fileName)
{
    auto decoded = ContactImport::decode(bytes, fileName);
    if (!decoded)
        return decoded.takeError();
    auto parsed = records(decoded->text, fileName);
    if (!parsed)
        return parsed.takeError();
    const QList<Record> &all = *parsed;

    ImportPreview preview;
    preview.fileName = fileName;
    preview.format = QStringLiteral("csv");
    preview.encoding = decoded->encoding;

    // The header: the first row that names a name column (title rows may come before it).
    qsizetype header = -1;
    for (qsizetype r = 0; r < all.size() && r < HeaderSearchRows && header < 0; ++r)
        for (const QString &f : all.at(r).fields)
            if (fieldForHeader(f) == ContactField::Name)
                header = r;
    if (header < 0) {
        QStringList expected;
        for (ContactField f : allContactFields())
            expected << contactFieldChineseHeader(f);
        return fail(tr("%1: no header row with a name column (姓名 or name) in the first %2 "
                       "rows; the header names the columns, such as %3.")
                        .arg(fileName)
                        .arg(HeaderSearchRows)
                        .arg(expected.join(QStringLiteral(", "))));
    }

    const QStringList headers = all.at(header).fields;
    QList<std::optional<ContactField>> columnField;
    const int headerRow = all.at(header).row;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString title = headers.at(i).trimmed();
        const QString column = QStringLiteral("%1 (%2)").arg(title, columnLetter(int(i)));
        std::optional<ContactField> field = fieldForHeader(title);
        if (field && preview.columns.contains(*field)) {
            preview.problems << ContactImport::problem(
                preview, ImportProblem::Severity::Error, headerRow, all.at(header).line, column,
                tr("a second column for the same field as %1; remove one of them.")
                    .arg(preview.columns.value(*field)));
            field.reset();
        } else if (field) {
            preview.columns.insert(*field, column);
        } else if (!title.isEmpty()) {
            preview.problems << ContactImport::problem(
                preview, ImportProblem::Severity::Warning, headerRow, all.at(header).line, column,
                tr("not a column DutyDesk knows; it is ignored."));
        }
        columnField << field;
    }

    for (qsizetype r = header + 1; r < all.size(); ++r) {
        const Record &rec = all.at(r);
        const bool blank = std::all_of(rec.fields.begin(), rec.fields.end(),
                                       [](const QString &f) { return f.trimmed().isEmpty(); });
        if (blank)
            continue;
        ImportRow row;
        row.row = rec.row;
        row.line = rec.line;
        for (qsizetype i = 0; i < columnField.size(); ++i)
            if (columnField.at(i))
                ContactImport::setField(
                    preview, row, *columnField.at(i),
                    QStringLiteral("%1 (%2)").arg(headers.at(i).trimmed(), columnLetter(int(i))),
                    unwrapExcel(rec.fields.value(i)));
        for (qsizetype i = columnField.size(); i < rec.fields.size(); ++i) {
            if (rec.fields.at(i).trimmed().isEmpty())
                continue;
            row.problems << ContactImport::problem(
                preview, ImportProblem::Severity::Warning, row.row, row.line, columnLetter(int(i)),
                tr("\"%1\" is beyond the last column of the header; it is ignored.")
                    .arg(rec.fields.at(i).trimmed()));
        }
        preview.rows << row;
    }
    ContactImport::checkRows(preview);
    return preview;
}

QByteArray ContactCsv::write(const ContactTable &table, CsvHeaders headers)
{
    QStringList lines;
    QStringList header;
    for (ContactField f : allContactFields())
        header << (headers == CsvHeaders::Chinese ? contactFieldChineseHeader(f)
                                                  : englishHeader(f));
    lines << header.join(u',');
    for (const Contact &c : table.contacts) {
        const QStringList fields{
            c.name,
            table.unitNames.value(c.unitId),
            c.position,
            PhoneNumbers::display(c.mobile),
            PhoneNumbers::display(c.officePhone),
            PhoneNumbers::display(c.dutyPhone),
            PhoneNumbers::display(c.fax),
            c.email,
            c.backupId ? table.contactNames.value(c.backupId) : QString(),
            c.lastVerified.isValid() ? c.lastVerified.toString(Qt::ISODate) : QString(),
            c.notes,
        };
        QStringList out;
        for (const QString &f : fields)
            out << csvField(f);
        lines << out.join(u',');
    }
    QString text = lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace dd
