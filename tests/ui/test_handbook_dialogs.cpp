#include "common/inline_message.h"
#include "contacts/phone_numbers.h"
#include "handbook/contact_dialog.h"
#include "handbook/contacts_panel.h"
#include "handbook/distribution_dialog.h"
#include "handbook/import_dialog.h"
#include "handbook/notices_dialog.h"
#include "handbook/phone_field.h"
#include "handbook/unit_dialog.h"
#include "reports/template_library.h"
#include "test_handbook_fixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace dd;
using namespace dd::ui;

namespace {

using test::child;

QString writeCsv(test::HandbookUi &f, const QString &name, const QString &text)
{
    const QString path = f.backend.dirPath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    return path;
}

} // namespace

TEST(ContactDialog, RefusesABadPhoneWithTheReasonAndWritesNothing)
{
    test::HandbookUi f;
    const int before = f.contactCount();
    ContactDialog dialog(f.context, Contact{});
    dialog.show();
    child<QLineEdit>(dialog, "name")->setText(QStringLiteral("孙磊"));
    auto *mobile = child<PhoneField>(dialog, "mobile");
    mobile->edit()->setText(QStringLiteral("021-6555 0000")); // a landline in the mobile field
    // Leaving the field shows the reason under it.
    emit mobile->edit()->editingFinished();
    const QString expected = PhoneNumbers::normalize(QStringLiteral("021-6555 0000"),
                                                     PhoneKind::Mobile, QStringLiteral("Mobile"))
                                 .error();
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_TRUE(mobile->hasError());
    EXPECT_EQ(mobile->errorText(), expected);

    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), 0);
    auto *error = child<InlineMessage>(dialog, "error");
    EXPECT_TRUE(error->isError());
    EXPECT_TRUE(error->text().contains(expected)) << error->text().toStdString();
    EXPECT_EQ(f.contactCount(), before);

    // Corrected, it saves in the stored form.
    mobile->edit()->setText(QStringLiteral("138-0013-8001"));
    emit mobile->edit()->editingFinished();
    EXPECT_FALSE(mobile->hasError());
    EXPECT_EQ(mobile->edit()->text(), QStringLiteral("138 0013 8001"));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    EXPECT_EQ(dialog.result(), int(QDialog::Accepted));
    auto saved = f.backend->contacts().contact(dialog.savedId());
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->name, QStringLiteral("孙磊"));
    EXPECT_EQ(saved->mobile, QStringLiteral("+8613800138001"));
}

TEST(ContactDialog, RepositoryRefusalStaysInTheDialog)
{
    test::HandbookUi f;
    const int before = f.contactCount();
    ContactDialog dialog(f.context, Contact{});
    dialog.show();
    // No name: the repository refuses, naming the field.
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    EXPECT_NE(dialog.result(), int(QDialog::Accepted));
    EXPECT_TRUE(child<InlineMessage>(dialog, "error")->isError());
    EXPECT_EQ(f.contactCount(), before);
}

TEST(ContactDialog, EditsAnExistingContactAndChoosesABackupBySearch)
{
    test::HandbookUi f;
    ContactDialog dialog(f.context, *f.backend->contacts().contact(f.wang));
    dialog.show();
    EXPECT_EQ(child<QLineEdit>(dialog, "name")->text(), QStringLiteral("王强"));
    EXPECT_EQ(child<PhoneField>(dialog, "mobile")->edit()->text(), QStringLiteral("137 2222 3333"));
    auto *backup = child<QComboBox>(dialog, "backup");
    backup->setEditText(QStringLiteral("no such person"));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    EXPECT_NE(dialog.result(), int(QDialog::Accepted));
    EXPECT_TRUE(
        child<InlineMessage>(dialog, "error")->text().contains(QStringLiteral("no such person")));
    backup->setCurrentIndex(backup->findData(f.li));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    EXPECT_EQ(dialog.result(), int(QDialog::Accepted));
    EXPECT_EQ(f.backend->contacts().contact(f.wang)->backupId, f.li);
}

TEST(UnitDialog, AddsAUnitAndRefusesABadSwitchboard)
{
    test::HandbookUi f;
    Unit fresh;
    fresh.kind = UnitKind::Power;
    UnitDialog dialog(f.context, fresh);
    dialog.show();
    child<QLineEdit>(dialog, "name")->setText(QStringLiteral("国网上海市电力公司"));
    auto *phone = child<PhoneField>(dialog, "phone");
    phone->edit()->setText(QStringLiteral("abc"));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    EXPECT_NE(dialog.result(), int(QDialog::Accepted));
    EXPECT_TRUE(phone->hasError());
    phone->edit()->setText(QStringLiteral("95598"));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    ASSERT_EQ(dialog.result(), int(QDialog::Accepted));
    auto unit = f.backend->contacts().unit(dialog.savedId());
    ASSERT_TRUE(unit.ok());
    EXPECT_EQ(unit->kind, UnitKind::Power);
    EXPECT_EQ(unit->phone, QStringLiteral("95598"));
}

TEST(ImportDialog, ShowsEveryRowsProblemsAndKeepsApplyDisabled)
{
    test::HandbookUi f;
    const int before = f.contactCount();
    const QString path = writeCsv(f, QStringLiteral("contacts.csv"),
                                  QStringLiteral("姓名,单位,职务,手机,办公电话\n"
                                                 "周杰,信息技术部,工程师,13600001111,\n"
                                                 "吴刚,信息技术部,工程师,12345,\n"
                                                 "郑洁,新成立的部门,主管,13500002222,\n"));
    ImportDialog dialog(f.context, path);
    ASSERT_TRUE(dialog.isLoaded()) << dialog.loadError().toStdString();
    dialog.show();
    QTableWidget *rows = dialog.table();
    ASSERT_EQ(rows->rowCount(), 3);
    const int problems = rows->columnCount() - 1;
    EXPECT_EQ(rows->item(0, problems)->text(), QStringLiteral("OK"));
    EXPECT_NE(rows->item(1, problems)->text(), QStringLiteral("OK"));
    EXPECT_NE(rows->item(2, problems)->text(), QStringLiteral("OK"));
    EXPECT_EQ(rows->item(1, problems)->foreground().color(), QColor(0xb3, 0x26, 0x1e));
    auto *apply = child<QPushButton>(dialog, "applyImport");
    EXPECT_FALSE(apply->isEnabled());

    // Creating missing units clears the unknown unit, not the bad phone.
    child<QCheckBox>(dialog, "createUnits")->setChecked(true);
    EXPECT_EQ(rows->item(2, 0)->background().style(), Qt::NoBrush)
        << rows->item(2, problems)->text().toStdString();
    EXPECT_NE(rows->item(1, 0)->background().style(), Qt::NoBrush);
    EXPECT_FALSE(apply->isEnabled());
    EXPECT_EQ(f.contactCount(), before);
}

TEST(ImportDialog, AppliesAFileWithoutErrorsInOneGo)
{
    test::HandbookUi f;
    const int before = f.contactCount();
    const QString path = writeCsv(f, QStringLiteral("ok.csv"),
                                  QStringLiteral("姓名,单位,职务,手机\n"
                                                 "周杰,信息技术部,工程师,13600001111\n"
                                                 "郑洁,新成立的部门,主管,13500002222\n"));
    ImportDialog dialog(f.context, path);
    ASSERT_TRUE(dialog.isLoaded());
    dialog.show();
    auto *apply = child<QPushButton>(dialog, "applyImport");
    EXPECT_FALSE(apply->isEnabled()); // the unit does not exist
    child<QCheckBox>(dialog, "createUnits")->setChecked(true);
    ASSERT_TRUE(apply->isEnabled());
    const QString counts = child<QLabel>(dialog, "importCounts")->text();
    EXPECT_TRUE(counts.startsWith(QStringLiteral("2 new, 0 update"))) << counts.toStdString();
    EXPECT_FALSE(counts.contains(QStringLiteral("error"))) << counts.toStdString();
    apply->click();
    EXPECT_EQ(dialog.result(), int(QDialog::Accepted));
    EXPECT_EQ(dialog.summary().created, 2);
    EXPECT_EQ(dialog.summary().unitsCreated, 1);
    EXPECT_EQ(f.contactCount(), before + 2);
}

TEST(DistributionDialog, ListsChangesAndRecordsTheNextVersion)
{
    test::HandbookUi f;
    DistributionDialog dialog(f.context);
    dialog.show();
    EXPECT_GT(dialog.changes()->topLevelItemCount(), 0);
    child<QLineEdit>(dialog, "note")->setText(QStringLiteral("印发各部门"));
    child<QPushButton>(dialog, "record")->click();
    ASSERT_EQ(dialog.result(), int(QDialog::Accepted));
    EXPECT_EQ(dialog.recorded().version, 1);
    auto all = f.backend->contacts().distributions();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->first().note, QStringLiteral("印发各部门"));
}

TEST(HandbookExport, WritesTheContactsShownAsCsv)
{
    test::HandbookUi f;
    ContactsPanel panel(f.context);
    panel.searchField()->setText(QStringLiteral("信息技术部"));
    const QString path = f.backend.dirPath(QStringLiteral("export.csv"));
    panel.exportFile(path, QStringLiteral("csv"));
    EXPECT_FALSE(panel.message()->isError()) << panel.message()->text().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("张伟")));
    EXPECT_TRUE(text.contains(QStringLiteral("李娜")));
    EXPECT_FALSE(text.contains(QStringLiteral("陈静")));
}

TEST(HandbookExport, SavesThePdf)
{
    test::HandbookUi f;
    ContactsPanel panel(f.context);
    const QString path = f.backend.dirPath(QStringLiteral("handbook.pdf"));
    panel.savePdf(path);
    EXPECT_FALSE(panel.message()->isError()) << panel.message()->text().toStdString();
    EXPECT_GT(QFileInfo(path).size(), 1000);
}

TEST(NoticesDialog, OneNoticePerUnitToCopyOrSave)
{
    test::HandbookUi f;
    auto notices = ChangeNotices::build(f.backend->contacts(), QStringLiteral("en"));
    ASSERT_TRUE(notices.ok()) << notices.error().toStdString();
    ASSERT_FALSE(notices->isEmpty());
    NoticesDialog dialog(*notices);
    dialog.show();
    EXPECT_EQ(dialog.units()->count(), notices->size());
    EXPECT_EQ(dialog.text()->toPlainText(), notices->first().text);
    const QString folder = f.backend.dirPath(QStringLiteral("notices"));
    ASSERT_TRUE(QDir().mkpath(folder));
    auto saved = dialog.saveAll(folder);
    ASSERT_TRUE(saved.ok()) << saved.error().toStdString();
    EXPECT_EQ(*saved, notices->size());
    EXPECT_EQ(QDir(folder).entryList(QDir::Files).size(), notices->size());
}

TEST(NoticesDialog, NotifyUnitsWritesWithTheLibrarysEditedCopy)
{
    test::HandbookUi f;
    auto copy = f.backend->reports().copy(f.admin, QStringLiteral("handbook_change_notice_en"),
                                          QStringLiteral("our_notice_en"));
    ASSERT_TRUE(copy.ok()) << copy.error().toStdString();
    ReportTemplate edited = *copy;
    edited.body.replace(QStringLiteral("Please update your records:"),
                        QStringLiteral("Please update your records within three days:"));
    ASSERT_NE(edited.body, copy->body);
    ASSERT_TRUE(f.backend->reports().save(f.admin, edited).ok());

    ContactsPanel panel(f.context);
    QString shown;
    int units = 0;
    test::whenModal(&panel, [&](QDialog *dialog) {
        auto *notices = qobject_cast<NoticesDialog *>(dialog);
        ASSERT_NE(notices, nullptr);
        units = notices->units()->count();
        shown = notices->text()->toPlainText();
        dialog->reject();
    });
    panel.action(ContactsPanel::Action::NotifyUnits)->trigger();
    EXPECT_GT(units, 0);
    EXPECT_TRUE(shown.contains(QStringLiteral("within three days"))) << shown.toStdString();
    // Plain text: the markdown of the template is gone.
    EXPECT_TRUE(shown.startsWith(QStringLiteral("Notice of changed emergency contacts")))
        << shown.toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("| ---"))) << shown.toStdString();
}
