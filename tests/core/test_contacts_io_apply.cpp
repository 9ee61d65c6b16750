// Import against the database: preview matching, all-or-nothing apply, audit, and
// export -> import round trips.
#include "contacts/contact_csv.h"
#include "contacts/vcard.h"
#include "test_contacts_fixture.h"

#include <QFile>

using namespace dd;
using dd::test::ContactsTest;
using dd::test::TempBackend;

namespace {

const QDate Today(2026, 1, 5);

std::string dump(const ImportPreview &p)
{
    QStringList out;
    for (const ImportProblem &problem : p.allProblems())
        out << problem.message;
    return out.join(u'\n').toStdString();
}

class ContactsIo : public ContactsTest {
protected:
    ImportPreview preview(const QString &csv, const ImportOptions &options = {},
                          ContactRepository *repository = nullptr)
    {
        auto p = ContactCsv::parse(csv.toUtf8(), QStringLiteral("import.csv"));
        EXPECT_TRUE(p.ok()) << (p.ok() ? "" : p.error().toStdString());
        if (!p)
            return {};
        Status checked =
            ContactImport::check(repository ? *repository : repo(), *p, options, Today);
        EXPECT_TRUE(checked.ok());
        return *p;
    }

    Result<ImportSummary> apply(const ImportPreview &p, const ImportOptions &options = {})
    {
        return ContactImport::apply(backend->database(), backend->audit(), repo(), admin, p,
                                    options, Today);
    }

    qint64 auditCount() { return *backend->audit().count(); }

    const Contact *find(const QList<Contact> &all, const QString &name)
    {
        for (const Contact &c : all)
            if (c.name == name)
                return &c;
        return nullptr;
    }

    QList<Contact> everyone(ContactRepository &r)
    {
        ContactQuery q;
        q.activeOnly = false;
        return *r.contacts(q);
    }
};

const QString Team =
    QStringLiteral("姓名,单位,职务,手机,值班电话,备岗,最后核实\n"
                   "张伟,信息技术部,运维经理,13800138000,010-65550001,李娜,2025-12-01\n"
                   "李娜,信息技术部,值班负责人,13900139000,,张伟,\n"
                   "王强,中国电信北京分公司,客户经理,18600000000,10000,,\n");

} // namespace

TEST_F(ContactsIo, ImportCreatesContactsUnitsAndMutualBackupsInOneTransaction)
{
    addUnit(QStringLiteral("信息技术部"));
    const qint64 before = auditCount();
    ImportOptions options;
    const ImportPreview refused = preview(Team, options);
    ASSERT_EQ(refused.errorCount(), 1) << dump(refused);
    EXPECT_TRUE(refused.rows.at(2).createsUnit);
    EXPECT_EQ(refused.newUnits, QStringList{QStringLiteral("中国电信北京分公司")});
    EXPECT_TRUE(refused.rows.at(2).problems.first().message.startsWith(
        QStringLiteral("import.csv, row 4, column 单位 (B):")))
        << dump(refused);
    EXPECT_FALSE(apply(refused, options).ok());
    EXPECT_EQ(auditCount(), before);

    options.createUnits = true;
    options.newUnitKind = UnitKind::Other;
    const ImportPreview p = preview(Team, options);
    EXPECT_FALSE(p.hasErrors()) << dump(p);
    auto summary = apply(p, options);
    ASSERT_TRUE(summary.ok()) << summary.error().toStdString();
    EXPECT_EQ(summary->created, 3);
    EXPECT_EQ(summary->updated, 0);
    EXPECT_EQ(summary->unitsCreated, 1);

    const QList<Contact> all = everyone(repo());
    ASSERT_EQ(all.size(), 3);
    const Contact *zhang = find(all, QStringLiteral("张伟"));
    const Contact *li = find(all, QStringLiteral("李娜"));
    const Contact *wang = find(all, QStringLiteral("王强"));
    ASSERT_TRUE(zhang && li && wang);
    EXPECT_EQ(zhang->backupId, li->id);
    EXPECT_EQ(li->backupId, zhang->id);
    EXPECT_EQ(zhang->lastVerified, QDate(2025, 12, 1));
    EXPECT_EQ(zhang->dutyPhone, QStringLiteral("+861065550001"));
    auto telecom = repo().unit(wang->unitId);
    ASSERT_TRUE(telecom.ok());
    EXPECT_EQ(telecom->name, QStringLiteral("中国电信北京分公司"));
    EXPECT_EQ(telecom->kind, UnitKind::Other);

    auto rows = backend->audit().latest(20);
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(rows->first().action, QStringLiteral("contacts.import"));
    EXPECT_TRUE(rows->first().after.contains(QStringLiteral("import.csv")));
    int creates = 0;
    for (const AuditRecord &r : *rows)
        creates += r.action == QLatin1String("contact.create") ? 1 : 0;
    EXPECT_EQ(creates, 3);
    EXPECT_TRUE(backend->audit().verify()->intact);
}

TEST_F(ContactsIo, TheSamePersonIsUpdatedAndColumnsNotInTheFileAreKept)
{
    const qint64 it = addUnit(QStringLiteral("信息技术部"));
    const qint64 id = addPerson(QStringLiteral("张伟"), it, QStringLiteral("13800138000"),
                                QStringLiteral("工程师"));
    Contact c = *repo().contact(id);
    c.notes = QStringLiteral("keep me");
    c.email = QStringLiteral("old@example.com");
    ASSERT_TRUE(repo().saveContact(admin, c).ok());
    addPerson(QStringLiteral("李娜"), it, QStringLiteral("13900139000"));

    const ImportPreview p = preview(QStringLiteral("姓名,手机,职务,邮箱\n"
                                                   "张 伟,138 0013 8000,运维经理,\n"
                                                   "李娜,13700137000,,\n"));
    EXPECT_FALSE(p.hasErrors()) << dump(p);
    EXPECT_EQ(p.rows.at(0).action, ImportAction::Update);
    EXPECT_EQ(p.rows.at(0).existingId, id);
    EXPECT_EQ(p.rows.at(1).action, ImportAction::Create);
    EXPECT_EQ(p.warningCount(), 1) << "a second 李娜 with another mobile is pointed out";

    auto summary = apply(p);
    ASSERT_TRUE(summary.ok()) << summary.error().toStdString();
    EXPECT_EQ(summary->updated, 1);
    EXPECT_EQ(summary->created, 1);
    const Contact updated = *repo().contact(id);
    EXPECT_EQ(updated.position, QStringLiteral("运维经理"));
    EXPECT_EQ(updated.notes, QStringLiteral("keep me")) << "no notes column: kept";
    EXPECT_TRUE(updated.email.isEmpty()) << "an empty cell in a present column clears";
    EXPECT_EQ(updated.unitId, it);
    EXPECT_EQ(everyone(repo()).size(), 3);
}

TEST_F(ContactsIo, AFailingRowRollsBackTheWholeImport)
{
    const qint64 before = auditCount();
    ImportOptions options;
    options.createUnits = true;
    ImportPreview p = preview(Team, options);
    ASSERT_FALSE(p.hasErrors()) << dump(p);
    // The last row fails only when it is saved (as if the data changed under the preview):
    // the units and the rows saved before it must vanish as well.
    // 李娜 (row 3) is saved last: after 王强 and after 张伟, whose backup she is.
    p.rows[1].contact.officePhone = QStringLiteral("not a number");
    p.rows[1].fields << ContactField::Office;
    auto summary = apply(p, options);
    ASSERT_FALSE(summary.ok());
    EXPECT_TRUE(summary.error().contains(QStringLiteral("import.csv, row 3")))
        << summary.error().toStdString();
    EXPECT_TRUE(everyone(repo()).isEmpty());
    EXPECT_TRUE(repo().units()->isEmpty());
    EXPECT_EQ(auditCount(), before);

    // A preview with an error row is refused as a whole.
    const ImportPreview bad = preview(Team + QStringLiteral("赵六,,,12345,,,\n"), options);
    ASSERT_TRUE(bad.hasErrors());
    auto refused = apply(bad, options);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("nothing was imported")));
    EXPECT_TRUE(everyone(repo()).isEmpty());
    EXPECT_EQ(auditCount(), before);
}

TEST_F(ContactsIo, BackupsAndDatesAreCheckedAgainstTheHandbook)
{
    const qint64 it = addUnit(QStringLiteral("信息技术部"));
    addPerson(QStringLiteral("陈静"), it, QStringLiteral("13500135000"));
    addPerson(QStringLiteral("陈静"), it, QStringLiteral("13500135001"));
    const qint64 gone = addPerson(QStringLiteral("刘洋"), it, QStringLiteral("13300133000"));
    ASSERT_TRUE(repo().deactivateContact(admin, gone).ok());
    const ImportPreview p = preview(QStringLiteral("姓名,手机,备岗,最后核实\n"
                                                   "甲,13800138000,陈静,\n"
                                                   "乙,13800138001,刘洋,\n"
                                                   "丙,13800138002,无名氏,2026-02-01\n"
                                                   "丁,13800138003,丁,\n"));
    ASSERT_EQ(p.rows.size(), 4);
    for (const ImportRow &r : p.rows)
        EXPECT_TRUE(r.hasErrors()) << r.contact.name.toStdString();
    EXPECT_TRUE(p.rows.at(0).problems.first().message.contains(QStringLiteral("ambiguous")));
    EXPECT_TRUE(p.rows.at(1).problems.first().message.contains(QStringLiteral("deactivated")));
    EXPECT_EQ(p.rows.at(2).problems.size(), 2) << dump(p); // unknown backup, future date
    EXPECT_FALSE(apply(p).ok());

    const Actor viewer =
        Actor::operatorAccount(99, QStringLiteral("v"), QStringLiteral("V"), {Role::Viewer});
    const ImportPreview fine = preview(QStringLiteral("姓名,手机\n甲,13800138000\n"));
    auto denied = ContactImport::apply(backend->database(), backend->audit(), repo(), viewer, fine,
                                       {}, Today);
    EXPECT_FALSE(denied.ok());
}

TEST_F(ContactsIo, CsvAndVCardExportsImportIntoAnotherDatabaseUnchanged)
{
    const qint64 it = addUnit(QStringLiteral("信息技术部"));
    const qint64 ops = addUnit(QStringLiteral("运营部, 北京"));
    const qint64 zhang = addPerson(QStringLiteral("张伟"), it, QStringLiteral("13800138000"),
                                   QStringLiteral("运维经理"));
    const qint64 li = addPerson(QStringLiteral("李娜"), ops, QStringLiteral("13900139000"));
    Contact c = *repo().contact(zhang);
    c.officePhone = QStringLiteral("010-65550000 转 12");
    c.dutyPhone = QStringLiteral("95598");
    c.fax = QStringLiteral("010-65550002");
    c.email = QStringLiteral("zhang.wei@example.com");
    c.backupId = li;
    c.lastVerified = QDate(2025, 12, 1);
    c.notes = QStringLiteral("夜间值守,\n\"重点\"");
    ASSERT_TRUE(repo().saveContact(admin, c).ok());
    auto table = ContactTable::load(repo(), ContactQuery{});
    ASSERT_TRUE(table.ok());
    const QList<Contact> original = everyone(repo());

    struct Format {
        const char *file;
        QByteArray bytes;
    };
    const QList<Format> formats{
        {"export.csv", ContactCsv::write(*table)},
        {"export-en.csv", ContactCsv::write(*table, CsvHeaders::English)},
        {"export3.vcf", VCard::write(*table, VCardVersion::V3)},
        {"export4.vcf", VCard::write(*table, VCardVersion::V4)},
    };
    for (const Format &f : formats) {
        SCOPED_TRACE(f.file);
        TempBackend other;
        const Actor otherAdmin = other.admin();
        const QString path = other.dirPath(QLatin1String(f.file));
        QFile out(path);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(f.bytes);
        out.close();
        ImportOptions options;
        options.createUnits = true;
        options.newUnitKind = UnitKind::Internal;
        auto p = ContactImport::previewFile(other->contacts(), path, options, Today);
        ASSERT_TRUE(p.ok()) << p.error().toStdString();
        EXPECT_FALSE(p->hasErrors()) << dump(*p);
        auto summary = ContactImport::apply(other->database(), other->audit(), other->contacts(),
                                            otherAdmin, *p, options, Today);
        ASSERT_TRUE(summary.ok()) << summary.error().toStdString();
        EXPECT_EQ(summary->created, 2);
        EXPECT_EQ(summary->unitsCreated, 2);

        const QList<Contact> imported = everyone(other->contacts());
        ASSERT_EQ(imported.size(), original.size());
        for (const Contact &want : original) {
            const Contact *got = find(imported, want.name);
            ASSERT_TRUE(got) << want.name.toStdString();
            EXPECT_EQ(got->position, want.position);
            EXPECT_EQ(got->mobile, want.mobile);
            EXPECT_EQ(got->officePhone, want.officePhone);
            EXPECT_EQ(got->dutyPhone, want.dutyPhone);
            EXPECT_EQ(got->fax, want.fax);
            EXPECT_EQ(got->email, want.email);
            EXPECT_EQ(got->lastVerified, want.lastVerified);
            EXPECT_EQ(got->notes, want.notes);
            EXPECT_EQ(other->contacts().unit(got->unitId)->name, repo().unit(want.unitId)->name);
            const Contact *backup =
                got->backupId ? find(imported, QStringLiteral("李娜")) : nullptr;
            EXPECT_EQ(got->backupId != 0, want.backupId != 0);
            if (backup) {
                EXPECT_EQ(got->backupId, backup->id);
            }
        }

        // Importing the same file again changes nothing: every row is an update.
        auto again = ContactImport::previewFile(other->contacts(), path, options, Today);
        ASSERT_TRUE(again.ok());
        const qint64 auditBefore = *other->audit().count();
        auto second = ContactImport::apply(other->database(), other->audit(), other->contacts(),
                                           otherAdmin, *again, options, Today);
        ASSERT_TRUE(second.ok()) << second.error().toStdString();
        EXPECT_EQ(second->updated, 2);
        EXPECT_EQ(second->created, 0);
        EXPECT_EQ(*other->audit().count(), auditBefore + 1) << "only the import row";
    }
}
