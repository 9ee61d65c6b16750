#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "contacts/contact.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace dd {

class AuditLog;
class ContactRepository;
class Database;
struct ContactQuery;

// The fields of a contact an import file can carry (CSV columns, vCard properties).
enum class ContactField {
    Name,
    Unit,
    Position,
    Mobile,
    Office,
    Duty,
    Fax,
    Email,
    Backup,
    Verified,
    Notes,
};
QList<ContactField> allContactFields();                // in the order of the CSV columns
QString contactFieldId(ContactField field);            // "name", "unit", ... (English CSV header)
QString contactFieldChineseHeader(ContactField field); // "姓名", "单位", ... (data, not tr())

struct ImportProblem {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    int row = 0;     // CSV: the row as Excel shows it (header = 1); vCard: the card's number
    int line = 0;    // the line in the file where the row or card starts
    QString column;  // CSV header as written ("手机") or vCard property ("TEL"); "" = whole row
    QString reason;  // translated: what is wrong and what was expected
    QString message; // translated: file, row, column and reason in one sentence
    bool fromDatabase = false; // found when matching against the handbook (recomputed)

    bool isError() const { return severity == Severity::Error; }
};

enum class ImportAction { Create, Update };

// One contact read from a file, with what the import will do with it.
struct ImportRow {
    int row = 0;
    int line = 0;
    Contact contact;            // phones normalised (E.164); ids unresolved
    QString unitName;           // as written, "" = none
    QString backupName;         // as written, "" = none
    QList<ContactField> fields; // the fields the file provides; on update, others are kept
    QList<ImportProblem> problems;

    // Filled by ContactImport::check().
    ImportAction action = ImportAction::Create;
    qint64 existingId = 0;    // the contact an update replaces
    bool createsUnit = false; // the unit does not exist yet (created with createUnits)

    bool hasErrors() const;
};

// What an import file holds and what importing it would do, before anything is written.
struct ImportPreview {
    QString fileName;                    // as shown in messages (no folder)
    QString format;                      // "csv" or "vcard"
    QString encoding;                    // "UTF-8", "UTF-8 (BOM)", "GB18030", "UTF-16"
    QList<ImportProblem> problems;       // about the whole file (unknown columns, ...)
    QMap<ContactField, QString> columns; // where each field is: "手机 (D)", "TEL;TYPE=cell"
    QList<ImportRow> rows;
    QStringList newUnits; // unit names that do not exist yet (after check())

    bool hasErrors() const;
    int errorCount() const;
    int warningCount() const;
    QList<ImportProblem> allProblems() const; // file problems first, then by row
};

struct ImportOptions {
    bool createUnits = false;               // create units the handbook does not have yet
    UnitKind newUnitKind = UnitKind::Other; // the kind of units created that way
};

struct ImportSummary {
    int created = 0;
    int updated = 0;
    int unitsCreated = 0;
    QList<qint64> contactIds; // in file order
};

// What an export writes: contacts plus the names their unit and backup ids stand for.
struct ContactTable {
    QList<Contact> contacts;
    QHash<qint64, QString> unitNames;
    QHash<qint64, QString> contactNames;

    static Result<ContactTable> load(const ContactRepository &repository,
                                     const ContactQuery &query);
};

// Text decoded from an import file.
struct DecodedText {
    QString text;
    QString encoding;
};

// Shared by the CSV and vCard formats: decoding, field validation, matching against the
// handbook and the all-or-nothing apply.
class ContactImport {
    Q_DECLARE_TR_FUNCTIONS(dd::ContactImport)
public:
    // UTF-8 with or without BOM, UTF-16 with BOM, otherwise GB18030 (a superset of GBK, what
    // Excel on Chinese Windows writes). Fails when the bytes are none of these.
    static Result<DecodedText> decode(const QByteArray &bytes, const QString &fileName);

    // Reads a .csv or .vcf/.vcard file (by extension, else by content) into a preview and
    // checks it against the handbook.
    static Result<ImportPreview> previewFile(const ContactRepository &repository,
                                             const QString &path, const ImportOptions &options,
                                             const QDate &today);

    // Sets one field of a row from its text, normalising phones and dates; a bad value adds
    // an error naming the column and leaves the field empty. Used by the file parsers.
    static void setField(const ImportPreview &preview, ImportRow &row, ContactField field,
                         const QString &column, const QString &value);
    // Checks that need the whole file: a name on every row, no two rows for one person.
    static void checkRows(ImportPreview &preview);
    // Matches the rows against the handbook: an existing contact with the same name and
    // mobile is updated, units and backups are looked up by name, verified dates must not
    // be in the future. Replaces the problems of an earlier check.
    static Status check(const ContactRepository &repository, ImportPreview &preview,
                        const ImportOptions &options, const QDate &today);

    // Writes every row in one transaction (all rows or none), re-checking against the
    // handbook first; refused when any row has an error. One audit row per contact and unit
    // (written by the repository) plus one "contacts.import" row.
    static Result<ImportSummary> apply(Database &db, AuditLog &audit, ContactRepository &repository,
                                       const Actor &actor, const ImportPreview &preview,
                                       const ImportOptions &options, const QDate &today);

    // "contacts.csv, row 4, column 手机 (D): reason" (or card and line for vCard). When
    // reasonNamesColumn, the reason already starts with the column (phone messages do).
    static ImportProblem problem(const ImportPreview &preview, ImportProblem::Severity severity,
                                 int row, int line, const QString &column, const QString &reason,
                                 bool reasonNamesColumn = false);
    // How the column is named in messages: "column 手机 (D)" (CSV) or "TEL;TYPE=cell" (vCard).
    static QString columnLabel(const ImportPreview &preview, const QString &column);

    // A name as compared and stored: spaces collapsed, and removed between Chinese characters
    // ("张  伟" is 张伟).
    static QString normalizedName(const QString &name);
};

} // namespace dd
