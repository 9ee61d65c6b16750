#include "contacts/contact_import.h"

#include "contacts/contact_repository.h"
#include "contacts/phone_numbers.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace dd {

namespace {

bool isHan(QChar c)
{
    const QChar::Script s = c.script();
    return s == QChar::Script_Han || c == u'·' || c == u'•';
}

std::optional<PhoneKind> phoneKind(ContactField field)
{
    switch (field) {
    case ContactField::Mobile: return PhoneKind::Mobile;
    case ContactField::Office: return PhoneKind::Landline;
    case ContactField::Duty: return PhoneKind::DutyLine;
    case ContactField::Fax: return PhoneKind::Fax;
    default: return std::nullopt;
    }
}

QString *phoneSlot(Contact &c, ContactField field)
{
    switch (field) {
    case ContactField::Mobile: return &c.mobile;
    case ContactField::Office: return &c.officePhone;
    case ContactField::Duty: return &c.dutyPhone;
    case ContactField::Fax: return &c.fax;
    default: return nullptr;
    }
}

// Dates as people type them and as Excel on Chinese Windows writes them.
QDate parseDate(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
                       "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    QRegularExpressionMatch m = re.match(t);
    if (!m.hasMatch())
        m = compact.match(t);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

} // namespace

QList<ContactField> allContactFields()
{
    return {ContactField::Name,     ContactField::Unit,   ContactField::Position,
            ContactField::Mobile,   ContactField::Office, ContactField::Duty,
            ContactField::Fax,      ContactField::Email,  ContactField::Backup,
            ContactField::Verified, ContactField::Notes};
}

QString contactFieldId(ContactField field)
{
    switch (field) {
    case ContactField::Name: return QStringLiteral("name");
    case ContactField::Unit: return QStringLiteral("unit");
    case ContactField::Position: return QStringLiteral("position");
    case ContactField::Mobile: return QStringLiteral("mobile");
    case ContactField::Office: return QStringLiteral("office");
    case ContactField::Duty: return QStringLiteral("duty");
    case ContactField::Fax: return QStringLiteral("fax");
    case ContactField::Email: return QStringLiteral("email");
    case ContactField::Backup: return QStringLiteral("backup");
    case ContactField::Verified: return QStringLiteral("verified");
    case ContactField::Notes: return QStringLiteral("notes");
    }
    return {};
}

QString contactFieldChineseHeader(ContactField field)
{
    switch (field) {
    case ContactField::Name: return QStringLiteral("姓名");
    case ContactField::Unit: return QStringLiteral("单位");
    case ContactField::Position: return QStringLiteral("职务");
    case ContactField::Mobile: return QStringLiteral("手机");
    case ContactField::Office: return QStringLiteral("办公电话");
    case ContactField::Duty: return QStringLiteral("值班电话");
    case ContactField::Fax: return QStringLiteral("传真");
    case ContactField::Email: return QStringLiteral("邮箱");
    case ContactField::Backup: return QStringLiteral("备岗");
    case ContactField::Verified: return QStringLiteral("最后核实");
    case ContactField::Notes: return QStringLiteral("备注");
    }
    return {};
}

bool ImportRow::hasErrors() const
{
    return std::any_of(problems.begin(), problems.end(),
                       [](const ImportProblem &p) { return p.isError(); });
}

bool ImportPreview::hasErrors() const
{
    return errorCount() > 0;
}

int ImportPreview::errorCount() const
{
    int n = 0;
    for (const ImportProblem &p : allProblems())
        n += p.isError() ? 1 : 0;
    return n;
}

int ImportPreview::warningCount() const
{
    int n = 0;
    for (const ImportProblem &p : allProblems())
        n += p.isError() ? 0 : 1;
    return n;
}

QList<ImportProblem> ImportPreview::allProblems() const
{
    QList<ImportProblem> all = problems;
    for (const ImportRow &r : rows)
        all += r.problems;
    return all;
}

Result<ContactTable> ContactTable::load(const ContactRepository &repository,
                                        const ContactQuery &query)
{
    ContactTable table;
    auto contacts = repository.contacts(query);
    if (!contacts)
        return contacts.takeError();
    table.contacts = *contacts;
    auto units = repository.units();
    if (!units)
        return units.takeError();
    for (const Unit &u : *units)
        table.unitNames.insert(u.id, u.name);
    ContactQuery everyone;
    everyone.activeOnly = false;
    auto all = repository.contacts(everyone);
    if (!all)
        return all.takeError();
    for (const Contact &c : *all)
        table.contactNames.insert(c.id, c.name);
    return table;
}

Result<DecodedText> ContactImport::decode(const QByteArray &bytes, const QString &fileName)
{
    auto decodeWith = [&](QStringDecoder &decoder, const QString &label) -> Result<DecodedText> {
        QString text = decoder(bytes);
        if (decoder.hasError())
            return fail(tr("%1: the file is not valid %2 text.").arg(fileName, label));
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        return DecodedText{text, label};
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        return decodeWith(utf8, QStringLiteral("UTF-8 (BOM)"));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                          : QStringDecoder::Utf16BE);
        return decodeWith(utf16, QStringLiteral("UTF-16"));
    }
    {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8(bytes);
        if (!utf8.hasError())
            return DecodedText{text, QStringLiteral("UTF-8")};
    }
    QStringDecoder gb("GB18030");
    if (!gb.isValid())
        return fail(tr("%1: the file is not UTF-8 and this system cannot read GB18030; save "
                       "it as \"CSV UTF-8\".")
                        .arg(fileName));
    auto decoded = decodeWith(gb, QStringLiteral("GB18030"));
    if (!decoded)
        return fail(tr("%1: the file is neither UTF-8 nor GB18030/GBK text; save it as \"CSV "
                       "UTF-8\" and try again.")
                        .arg(fileName));
    return decoded;
}

QString ContactImport::normalizedName(const QString &name)
{
    const QString s = name.simplified();
    QString out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == u' ' && i > 0 && i + 1 < s.size() && isHan(s.at(i - 1))
            && isHan(s.at(i + 1)))
            continue;
        out += s.at(i);
    }
    return out;
}

QString ContactImport::columnLabel(const ImportPreview &preview, const QString &column)
{
    if (preview.format == QLatin1String("vcard"))
        return column;
    return tr("column %1").arg(column);
}

ImportProblem ContactImport::problem(const ImportPreview &preview, ImportProblem::Severity severity,
                                     int row, int line, const QString &column,
                                     const QString &reason, bool reasonNamesColumn)
{
    ImportProblem p;
    p.severity = severity;
    p.row = row;
    p.line = line;
    p.column = column;
    p.reason = reason;
    const bool vcard = preview.format == QLatin1String("vcard");
    QString where;
    if (row <= 0)
        where = preview.fileName;
    else if (vcard)
        where = tr("%1, card %2 (line %3)").arg(preview.fileName).arg(row).arg(line);
    else
        where = tr("%1, row %2").arg(preview.fileName).arg(row);
    if (column.isEmpty())
        p.message = tr("%1: %2").arg(where, reason);
    else if (reasonNamesColumn)
        p.message = tr("%1, %2").arg(where, reason);
    else
        p.message = tr("%1, %2: %3").arg(where, columnLabel(preview, column), reason);
    return p;
}

void ContactImport::setField(const ImportPreview &preview, ImportRow &row, ContactField field,
                             const QString &column, const QString &value)
{
    if (!row.fields.contains(field))
        row.fields << field;
    auto error = [&](const QString &reason, bool namesColumn = false) {
        row.problems << problem(preview, ImportProblem::Severity::Error, row.row, row.line, column,
                                reason, namesColumn);
    };
    const QString text = value.trimmed();
    Contact &c = row.contact;
    if (auto kind = phoneKind(field)) {
        QString *slot = phoneSlot(c, field);
        slot->clear();
        static const QRegularExpression scientific(QStringLiteral("^\\d(\\.\\d+)?E\\+\\d+$"),
                                                   QRegularExpression::CaseInsensitiveOption);
        if (scientific.match(text).hasMatch()) {
            error(tr("Excel turned the number into \"%1\"; format the column as text, enter "
                     "the number again and save.")
                      .arg(text));
            return;
        }
        auto normalized = PhoneNumbers::normalize(text, *kind, columnLabel(preview, column));
        if (!normalized) {
            error(normalized.error(), true);
            return;
        }
        *slot = *normalized;
        return;
    }
    switch (field) {
    case ContactField::Name: c.name = normalizedName(text); break;
    case ContactField::Unit: row.unitName = text.simplified(); break;
    case ContactField::Position: c.position = text.simplified(); break;
    case ContactField::Backup: row.backupName = normalizedName(text); break;
    case ContactField::Notes: c.notes = text; break;
    case ContactField::Email: {
        QString email = text;
        if (email.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
            email = email.mid(7);
        static const QRegularExpression valid(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        c.email.clear();
        if (!email.isEmpty() && !valid.match(email).hasMatch())
            error(tr("\"%1\" is not an e-mail address; expected one like "
                     "zhang.wei@example.com.")
                      .arg(email));
        else
            c.email = email;
        break;
    }
    case ContactField::Verified: {
        c.lastVerified = {};
        if (text.isEmpty())
            break;
        const QDate d = parseDate(text);
        if (!d.isValid())
            error(tr("\"%1\" is not a date; expected one like 2026-01-05 or 2026/1/5.").arg(text));
        else
            c.lastVerified = d;
        break;
    }
    default: break;
    }
}

void ContactImport::checkRows(ImportPreview &preview)
{
    QMap<QPair<QString, QString>, int> seen; // (name, mobile) -> row
    for (ImportRow &row : preview.rows) {
        const QString nameColumn = preview.columns.value(ContactField::Name);
        if (row.contact.name.isEmpty()) {
            row.problems << problem(preview, ImportProblem::Severity::Error, row.row, row.line,
                                    nameColumn,
                                    tr("the name is missing; every contact needs one."));
            continue;
        }
        const QPair<QString, QString> key{row.contact.name, row.contact.mobile};
        if (auto it = seen.constFind(key); it != seen.constEnd()) {
            row.problems << problem(
                preview, ImportProblem::Severity::Error, row.row, row.line, nameColumn,
                preview.format == QLatin1String("vcard")
                    ? tr("%1 is already in card %2 with the same mobile; keep one of them.")
                          .arg(row.contact.name)
                          .arg(*it)
                    : tr("%1 is already in row %2 with the same mobile; keep one of the rows.")
                          .arg(row.contact.name)
                          .arg(*it));
            continue;
        }
        seen.insert(key, row.row);
        const Contact &c = row.contact;
        if (c.mobile.isEmpty() && c.officePhone.isEmpty() && c.dutyPhone.isEmpty()
            && !row.hasErrors())
            row.problems << problem(preview, ImportProblem::Severity::Warning, row.row, row.line,
                                    QString(),
                                    tr("%1 has no phone number; the handbook cannot say how to "
                                       "reach this person.")
                                        .arg(c.name));
    }
}

} // namespace dd
