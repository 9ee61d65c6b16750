// ContactImport: matching an import against the handbook and writing it in one transaction.
#include "audit/audit_log.h"
#include "contacts/contact_csv.h"
#include "contacts/contact_import.h"
#include "contacts/contact_repository.h"
#include "contacts/vcard.h"
#include "storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMultiHash>

namespace dd {

namespace {

constexpr qint64 MaxFileBytes = 32 * 1024 * 1024;

// Where a row's backup (备岗) points: another row of the file or a contact in the handbook.
struct BackupTarget {
    int fileRow = -1;
    qint64 contactId = 0;
};

// The handbook's units and people, indexed by name, and the file's rows by name.
class Matcher {
public:
    Status load(const ContactRepository &repository, const ImportPreview &preview)
    {
        ContactQuery everyone;
        everyone.activeOnly = false;
        auto contacts = repository.contacts(everyone);
        if (!contacts)
            return contacts.takeError();
        m_contacts = *contacts;
        auto units = repository.units();
        if (!units)
            return units.takeError();
        m_units = *units;
        for (const Contact &c : std::as_const(m_contacts))
            m_byName.insert(ContactImport::normalizedName(c.name), &c);
        for (const Unit &u : std::as_const(m_units))
            m_unitIds.insert(u.name.simplified().toCaseFolded(), u.id);
        for (qsizetype i = 0; i < preview.rows.size(); ++i)
            if (!preview.rows.at(i).contact.name.isEmpty())
                m_fileRows[preview.rows.at(i).contact.name] << int(i);
        return {};
    }

    QList<const Contact *> named(const QString &name) const { return m_byName.values(name); }
    QList<int> fileRowsNamed(const QString &name) const { return m_fileRows.value(name); }
    qint64 unitId(const QString &name) const
    {
        return m_unitIds.value(name.simplified().toCaseFolded(), 0);
    }
    void addUnit(const QString &name, qint64 id) { m_unitIds.insert(name.toCaseFolded(), id); }

    // The backup of a row that check() found no error in.
    BackupTarget backup(const ImportRow &row) const
    {
        const QList<int> rows = fileRowsNamed(row.backupName);
        if (rows.size() == 1)
            return {rows.first(), 0};
        const Contact *best = nullptr;
        for (const Contact *c : named(row.backupName))
            if (!best || (c->active && !best->active))
                best = c;
        return {-1, best ? best->id : 0};
    }

private:
    QList<Contact> m_contacts;
    QList<Unit> m_units;
    QMultiHash<QString, const Contact *> m_byName;
    QHash<QString, qint64> m_unitIds;
    QHash<QString, QList<int>> m_fileRows;
};

QString rowList(const ImportPreview &preview, const QList<int> &indexes)
{
    QStringList numbers;
    for (int i : indexes)
        numbers << QString::number(preview.rows.at(i).row);
    return numbers.join(QStringLiteral(", "));
}

} // namespace

Status ContactImport::check(const ContactRepository &repository, ImportPreview &preview,
                            const ImportOptions &options, const QDate &today)
{
    Matcher matcher;
    if (Status loaded = matcher.load(repository, preview); !loaded)
        return loaded;
    const bool vcard = preview.format == QLatin1String("vcard");
    preview.newUnits.clear();
    for (ImportRow &row : preview.rows) {
        row.problems.removeIf([](const ImportProblem &p) { return p.fromDatabase; });
        row.action = ImportAction::Create;
        row.existingId = 0;
        row.createsUnit = false;
    }
    for (ImportRow &row : preview.rows) {
        const QString name = row.contact.name;
        if (name.isEmpty())
            continue;
        auto add = [&](ImportProblem::Severity severity, ContactField field,
                       const QString &reason) {
            ImportProblem p =
                problem(preview, severity, row.row, row.line, preview.columns.value(field), reason);
            p.fromDatabase = true;
            row.problems << p;
        };
        const auto Warning = ImportProblem::Severity::Warning;
        const auto Error = ImportProblem::Severity::Error;

        // The same person (name and mobile) in the handbook is updated.
        const Contact *match = nullptr;
        bool namesake = false;
        for (const Contact *c : matcher.named(name)) {
            if (c->mobile != row.contact.mobile)
                namesake = true;
            else if (!match || (c->active && !match->active)
                     || (c->active == match->active && c->id < match->id))
                match = c;
        }
        if (match) {
            row.action = ImportAction::Update;
            row.existingId = match->id;
            if (!match->active)
                add(Warning, ContactField::Name,
                    tr("%1 was deactivated in the handbook and will be active again.").arg(name));
        } else if (namesake) {
            add(Warning, ContactField::Name,
                tr("the handbook has another %1 with a different mobile; this adds a second "
                   "person of that name.")
                    .arg(name));
        }

        if (row.fields.contains(ContactField::Unit) && !row.unitName.isEmpty()
            && matcher.unitId(row.unitName) == 0) {
            row.createsUnit = true;
            if (!preview.newUnits.contains(row.unitName, Qt::CaseInsensitive))
                preview.newUnits << row.unitName;
            if (options.createUnits)
                add(Warning, ContactField::Unit,
                    tr("unit %1 is not in the handbook; it will be created as \"%2\".")
                        .arg(row.unitName, unitKindName(options.newUnitKind)));
            else
                add(Error, ContactField::Unit,
                    tr("unit %1 is not in the handbook; add it first or import with \"create "
                       "units\".")
                        .arg(row.unitName));
        }

        if (!row.backupName.isEmpty()) {
            const QList<int> rows = matcher.fileRowsNamed(row.backupName);
            QList<const Contact *> active;
            const QList<const Contact *> known = matcher.named(row.backupName);
            for (const Contact *c : known)
                if (c->active)
                    active << c;
            if (row.backupName == name)
                add(Error, ContactField::Backup, tr("a person cannot be their own backup."));
            else if (rows.size() > 1)
                add(Error, ContactField::Backup,
                    (vcard ? tr("the backup %1 is ambiguous: cards %2 have that name.")
                           : tr("the backup %1 is ambiguous: rows %2 have that name."))
                        .arg(row.backupName, rowList(preview, rows)));
            else if (rows.isEmpty() && active.size() > 1)
                add(Error, ContactField::Backup,
                    tr("the backup %1 is ambiguous: %2 people of that name are in the handbook; "
                       "add the backup's row to the file.")
                        .arg(row.backupName)
                        .arg(active.size()));
            else if (rows.isEmpty() && active.isEmpty() && !known.isEmpty())
                add(Error, ContactField::Backup,
                    tr("the backup %1 is deactivated in the handbook; choose someone else.")
                        .arg(row.backupName));
            else if (rows.isEmpty() && known.isEmpty())
                add(Error, ContactField::Backup,
                    tr("the backup %1 is neither in the file nor in the handbook.")
                        .arg(row.backupName));
        }

        if (row.contact.lastVerified.isValid() && today.isValid()
            && row.contact.lastVerified > today)
            add(Error, ContactField::Verified,
                tr("%1 is in the future; the last verification cannot be after today (%2).")
                    .arg(row.contact.lastVerified.toString(Qt::ISODate),
                         today.toString(Qt::ISODate)));
    }
    return {};
}

Result<ImportSummary> ContactImport::apply(Database &db, AuditLog &audit,
                                           ContactRepository &repository, const Actor &actor,
                                           const ImportPreview &preview,
                                           const ImportOptions &options, const QDate &today)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    return db.write([&]() -> Result<ImportSummary> {
        ImportPreview checked = preview;
        if (Status s = check(repository, checked, options, today); !s)
            return s.takeError();
        const QList<ImportProblem> problems = checked.allProblems();
        const auto firstError = std::find_if(problems.begin(), problems.end(),
                                             [](const ImportProblem &p) { return p.isError(); });
        if (firstError != problems.end())
            return fail(tr("%n problem(s) in %1 must be fixed first; nothing was imported. "
                           "The first: %2",
                           "", checked.errorCount())
                            .arg(checked.fileName, firstError->message));
        if (checked.rows.isEmpty())
            return fail(tr("%1 holds no contacts; nothing was imported.").arg(checked.fileName));

        Matcher matcher;
        if (Status loaded = matcher.load(repository, checked); !loaded)
            return loaded.takeError();
        ImportSummary summary;
        for (const QString &name : std::as_const(checked.newUnits)) {
            Unit unit;
            unit.name = name;
            unit.kind = options.newUnitKind;
            auto id = repository.saveUnit(actor, unit);
            if (!id)
                return fail(tr("%1: unit %2: %3").arg(checked.fileName, name, id.error()));
            matcher.addUnit(name, *id);
            ++summary.unitsCreated;
        }

        const qsizetype n = checked.rows.size();
        QList<qint64> ids(n, 0);
        QList<BackupTarget> backups(n);
        for (qsizetype i = 0; i < n; ++i)
            if (!checked.rows.at(i).backupName.isEmpty())
                backups[i] = matcher.backup(checked.rows.at(i));

        // backupId: nullopt leaves the backup as it is (set later, when the backup's own row
        // is saved: rows may name each other).
        auto save = [&](qsizetype i, std::optional<qint64> backupId) -> Status {
            const ImportRow &row = checked.rows.at(i);
            Contact c;
            if (row.action == ImportAction::Update) {
                auto existing = repository.contact(row.existingId);
                if (!existing)
                    return existing.takeError();
                c = *existing;
                c.active = true;
            }
            const Contact &in = row.contact;
            for (ContactField f : row.fields) {
                switch (f) {
                case ContactField::Name: c.name = in.name; break;
                case ContactField::Unit:
                    c.unitId = row.unitName.isEmpty() ? 0 : matcher.unitId(row.unitName);
                    break;
                case ContactField::Position: c.position = in.position; break;
                case ContactField::Mobile: c.mobile = in.mobile; break;
                case ContactField::Office: c.officePhone = in.officePhone; break;
                case ContactField::Duty: c.dutyPhone = in.dutyPhone; break;
                case ContactField::Fax: c.fax = in.fax; break;
                case ContactField::Email: c.email = in.email; break;
                case ContactField::Backup:
                    if (backupId)
                        c.backupId = *backupId;
                    break;
                case ContactField::Verified: c.lastVerified = in.lastVerified; break;
                case ContactField::Notes: c.notes = in.notes; break;
                }
            }
            auto id = repository.saveContact(actor, c);
            if (!id)
                return fail(problem(checked, ImportProblem::Severity::Error, row.row, row.line,
                                    QString(), id.error())
                                .message);
            ids[i] = *id;
            return {};
        };

        QList<qsizetype> pending;
        for (qsizetype i = 0; i < n; ++i)
            pending << i;
        QList<qsizetype> deferred;
        while (!pending.isEmpty()) {
            QList<qsizetype> waiting;
            for (qsizetype i : std::as_const(pending)) {
                const BackupTarget &b = backups.at(i);
                Status saved;
                if (b.fileRow < 0)
                    saved = save(i, b.contactId);
                else if (ids.at(b.fileRow) != 0)
                    saved = save(i, ids.at(b.fileRow));
                else
                    waiting << i;
                if (!saved)
                    return saved.takeError();
            }
            if (!waiting.isEmpty() && waiting.size() == pending.size()) {
                // Rows that name each other as backup: save one first, link it afterwards.
                const qsizetype first = waiting.takeFirst();
                if (Status saved = save(first, std::nullopt); !saved)
                    return saved.takeError();
                deferred << first;
            }
            pending = waiting;
        }
        for (qsizetype i : std::as_const(deferred)) {
            auto c = repository.contact(ids.at(i));
            if (!c)
                return c.takeError();
            c->backupId = ids.at(backups.at(i).fileRow);
            if (auto id = repository.saveContact(actor, *c); !id)
                return id.takeError();
        }

        QJsonArray idList;
        for (qsizetype i = 0; i < n; ++i) {
            summary.contactIds << ids.at(i);
            idList.append(ids.at(i));
            if (checked.rows.at(i).action == ImportAction::Update)
                ++summary.updated;
            else
                ++summary.created;
        }
        const QJsonObject after{{QStringLiteral("file"), checked.fileName},
                                {QStringLiteral("format"), checked.format},
                                {QStringLiteral("encoding"), checked.encoding},
                                {QStringLiteral("created"), summary.created},
                                {QStringLiteral("updated"), summary.updated},
                                {QStringLiteral("units_created"), summary.unitsCreated},
                                {QStringLiteral("contacts"), idList}};
        auto logged = audit.append(actor, {QStringLiteral("contacts.import"),
                                           QStringLiteral("contacts"),
                                           checked.fileName,
                                           {},
                                           after});
        if (!logged)
            return logged.takeError();
        return summary;
    });
}

Result<ImportPreview> ContactImport::previewFile(const ContactRepository &repository,
                                                 const QString &path, const ImportOptions &options,
                                                 const QDate &today)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    if (file.size() > MaxFileBytes)
        return fail(tr("%1: the file is larger than %2 MB; this is not a contact list.")
                        .arg(path)
                        .arg(MaxFileBytes / (1024 * 1024)));
    const QByteArray bytes = file.readAll();
    const QString suffix = info.suffix().toLower();
    const bool vcard =
        suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard")
        || (suffix != QLatin1String("csv") && bytes.left(512).toUpper().contains("BEGIN:VCARD"));
    auto preview =
        vcard ? VCard::parse(bytes, info.fileName()) : ContactCsv::parse(bytes, info.fileName());
    if (!preview)
        return preview;
    if (Status checked = check(repository, *preview, options, today); !checked)
        return checked.takeError();
    return preview;
}

} // namespace dd
