#include "contacts/vcard.h"

#include "contacts/phone_numbers.h"

namespace dd {

namespace {

constexpr int MaxOctets = 75;

bool allHan(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) {
        return c.script() == QChar::Script_Han;
    });
}

// The phone as a vCard value: a tel: URI in 4.0, E.164 text in 3.0.
QString telValue(const QString &stored, VCardVersion version)
{
    const QString ext = PhoneNumbers::extension(stored);
    const QString number = PhoneNumbers::withoutExtension(stored);
    if (version == VCardVersion::V4)
        return QStringLiteral("tel:") + number
               + (ext.isEmpty() ? QString() : QStringLiteral(";ext=") + ext);
    return ext.isEmpty() ? number : number + QStringLiteral(" ext. ") + ext;
}

} // namespace

QString VCard::escape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    for (const QChar c : std::as_const(normalized)) {
        if (c == u'\\' || c == u',' || c == u';')
            out += u'\\';
        if (c == u'\n' || c == u'\r')
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out;
}

QString VCard::unescape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\' && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            out += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

QByteArray VCard::fold(const QByteArray &line)
{
    QByteArray out;
    qsizetype start = 0;
    int limit = MaxOctets;
    while (line.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut; // not inside a UTF-8 sequence
        out += line.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = MaxOctets - 1; // the leading space counts
    }
    out += line.mid(start);
    return out;
}

QStringList VCard::splitName(const QString &name)
{
    static const QStringList compound =
        QStringLiteral("欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 "
                       "宇文 司徒 夏侯 令狐 端木 轩辕 独孤 南宫 西门 呼延 "
                       "澹台 万俟 闻人 申屠 钟离 赫连 太史 百里 东郭 濮阳")
            .split(u' ');
    const QString n = name.trimmed();
    if (allHan(n) && n.size() >= 2) {
        for (const QString &c : compound)
            if (n.size() > 2 && n.startsWith(c))
                return {c, n.mid(c.size())};
        return {n.left(1), n.mid(1)};
    }
    const qsizetype space = n.lastIndexOf(u' ');
    if (space < 0)
        return {QString(), n};
    return {n.mid(space + 1), n.left(space)};
}

QByteArray VCard::card(const Contact &c, const QString &unitName, const QString &backupName,
                       VCardVersion version)
{
    const bool v4 = version == VCardVersion::V4;
    QList<QByteArray> lines;
    auto add = [&](const QString &line) { lines << fold(line.toUtf8()); };
    add(QStringLiteral("BEGIN:VCARD"));
    add(v4 ? QStringLiteral("VERSION:4.0") : QStringLiteral("VERSION:3.0"));
    if (v4)
        add(QStringLiteral("KIND:individual"));
    const QStringList n = splitName(c.name);
    add(QStringLiteral("N:%1;%2;;;").arg(escape(n.value(0)), escape(n.value(1))));
    add(QStringLiteral("FN:") + escape(c.name));
    if (!unitName.isEmpty())
        add(QStringLiteral("ORG:") + escape(unitName));
    if (!c.position.isEmpty())
        add(QStringLiteral("TITLE:") + escape(c.position));
    const QString valueUri = v4 ? QStringLiteral(";VALUE=uri") : QString();
    auto tel = [&](const QString &stored, const QString &types) {
        if (!stored.isEmpty())
            add(QStringLiteral("TEL%1;TYPE=%2:%3").arg(valueUri, types, telValue(stored, version)));
    };
    tel(c.mobile, QStringLiteral("cell"));
    tel(c.officePhone, QStringLiteral("work,voice"));
    tel(c.dutyPhone, QStringLiteral("voice,x-duty"));
    tel(c.fax, QStringLiteral("work,fax"));
    if (!c.email.isEmpty())
        add((v4 ? QStringLiteral("EMAIL;TYPE=work:") : QStringLiteral("EMAIL;TYPE=internet:"))
            + escape(c.email));
    if (!c.notes.isEmpty())
        add(QStringLiteral("NOTE:") + escape(c.notes));
    if (!backupName.isEmpty())
        add(QStringLiteral("X-DUTYDESK-BACKUP:") + escape(backupName));
    if (c.lastVerified.isValid())
        add(QStringLiteral("X-DUTYDESK-VERIFIED:") + c.lastVerified.toString(Qt::ISODate));
    add(QStringLiteral("END:VCARD"));
    QByteArray out;
    for (const QByteArray &l : std::as_const(lines))
        out += l + "\r\n";
    return out;
}

QByteArray VCard::write(const ContactTable &table, VCardVersion version)
{
    QByteArray out;
    for (const Contact &c : table.contacts)
        out += card(c, table.unitNames.value(c.unitId),
                    c.backupId ? table.contactNames.value(c.backupId) : QString(), version);
    return out;
}

} // namespace dd
