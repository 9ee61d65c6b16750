#pragma once

#include "common/result.h"
#include "contacts/contact_import.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dd {

enum class VCardVersion { V3, V4 }; // RFC 2426, RFC 6350

// Contacts as vCards. Written: FN, N, ORG (the unit), TITLE (the position), TEL with
// TYPE=cell (mobile), work,voice (office), voice,x-duty (duty line), work,fax (fax), EMAIL,
// NOTE, and X-DUTYDESK-BACKUP / X-DUTYDESK-VERIFIED for the backup's name and the last
// verification; UTF-8, CRLF, lines folded at 75 octets.
class VCard {
    Q_DECLARE_TR_FUNCTIONS(dd::VCard)
public:
    // One card (CRLF line ends, folded), e.g. for a QR code.
    static QByteArray card(const Contact &contact, const QString &unitName,
                           const QString &backupName, VCardVersion version);
    // Every contact of the table, one card after the other.
    static QByteArray write(const ContactTable &table, VCardVersion version);

    // Reads vCards 3.0 and 4.0 (2.1 too: bare types, quoted-printable): unfolds lines,
    // unescapes values and validates every card like a CSV row (ContactImport::setField).
    // A property that is not in the file leaves the contact's field as it is on update.
    // Not yet checked against the handbook (ContactImport::check).
    static Result<ImportPreview> parse(const QByteArray &bytes, const QString &fileName);

    // Text value escaping: backslash, comma, semicolon and newline.
    static QString escape(const QString &text);
    static QString unescape(const QString &text);
    // Splits one logical line (no line end) into lines of at most 75 octets, joined by CRLF
    // and a space; never inside a UTF-8 sequence.
    static QByteArray fold(const QByteArray &line);
    // Family and given name: 欧阳 / 晓明 for 欧阳晓明, Smith / John for John Smith.
    static QStringList splitName(const QString &name);
};

} // namespace dd
