#pragma once

#include "common/result.h"
#include "contacts/contact_import.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace dd {

enum class CsvHeaders { Chinese, English };

// Contacts as CSV, the way Excel reads and writes it. Columns (any order, Chinese or English
// headers): 姓名/name, 单位/unit, 职务/position, 手机/mobile, 办公电话/office, 值班电话/duty,
// 传真/fax, 邮箱/email, 备岗/backup (a name), 最后核实/verified (a date), 备注/notes.
class ContactCsv {
    Q_DECLARE_TR_FUNCTIONS(dd::ContactCsv)
public:
    // One record of the file (RFC 4180: quoted fields may hold commas, quotes and newlines).
    struct Record {
        int row = 0;  // as Excel numbers it: the first record is row 1
        int line = 0; // the line the record starts on
        QStringList fields;
    };

    // Reads the file: decodes it (UTF-8 with or without BOM, UTF-16 with BOM, else
    // GB18030/GBK), finds the header row (the first row naming a 姓名/name column; title rows
    // above it are skipped), and validates every row. Fails only when the file cannot be read
    // as a contact list at all; row problems are in the preview. Not yet checked against the
    // handbook (ContactImport::check).
    static Result<ImportPreview> parse(const QByteArray &bytes, const QString &fileName);

    // UTF-8 with BOM (so that Excel opens it), CRLF, every column, Chinese or English headers.
    // Phones in their display form ("138 0013 8000"), which Excel keeps as text; a value that
    // Excel would run as a formula (=, +, -, @ first) gets a leading apostrophe, which
    // parse() removes again.
    static QByteArray write(const ContactTable &table, CsvHeaders headers = CsvHeaders::Chinese);

    // The records of decoded CSV text. The delimiter is the comma, unless the first line has
    // more semicolons or tabs than commas. Fails on a quoted field that is never closed.
    static Result<QList<Record>> records(const QString &text, const QString &fileName);

    // The field a header names ("手机", "Mobile phone", "E-mail" ...), if any.
    static std::optional<ContactField> fieldForHeader(const QString &header);
    // "A", "B", ... "Z", "AA" for a zero-based column index.
    static QString columnLetter(int index);
};

} // namespace dd
