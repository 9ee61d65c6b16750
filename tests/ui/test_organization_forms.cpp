#include "common/inline_message.h"
#include "organization/agreement_dialog.h"
#include "organization/agreement_table_model.h"
#include "organization/agreements_panel.h"
#include "organization/communication_dialog.h"
#include "organization/contact_chooser.h"
#include "organization/notification_panel.h"
#include "test_organization_fixture.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>

using namespace dd;
using namespace dd::ui;

TEST(NotificationPanel, BadFaxShowsTheErrorAndWritesNothing)
{
    test::OrganizationUi f;
    NotificationPanel panel(f.context);
    test::showActive(panel);
    EXPECT_TRUE(panel.warnings().join(QLatin1Char('\n')).contains(QStringLiteral("nobody")));

    panel.primary()->person()->setContactId(f.li);
    // 李明's own duty line came along with him.
    EXPECT_FALSE(panel.primary()->dutyPhone()->text().isEmpty());
    QTest::keyClicks(panel.primary()->fax(), QStringLiteral("12345"));
    panel.backup()->person()->setContactId(f.zhang);
    QTest::keyClicks(panel.backup()->dutyPhone(), QStringLiteral("13722223333"));
    QTest::keyClicks(panel.backup()->fax(), QStringLiteral("0755-88880002"));
    EXPECT_TRUE(panel.hasUnsavedChanges());

    EXPECT_FALSE(panel.save());
    EXPECT_TRUE(panel.primary()->faxError()->isVisibleTo(&panel));
    EXPECT_TRUE(panel.primary()->faxError()->isError());
    EXPECT_FALSE(panel.primary()->faxError()->text().isEmpty());
    EXPECT_FALSE(panel.primary()->dutyPhoneError()->isVisibleTo(&panel));
    EXPECT_FALSE(panel.backup()->faxError()->isVisibleTo(&panel));
    auto stored = f.backend->contacts().notificationContacts();
    ASSERT_TRUE(stored.ok());
    for (const NotificationContact &c : *stored)
        EXPECT_EQ(c.contactId, 0);

    // Typing clears the error; a good fax saves both, normalised.
    panel.primary()->fax()->clear();
    QTest::keyClicks(panel.primary()->fax(), QStringLiteral("(0755) 8888-0001"));
    EXPECT_FALSE(panel.primary()->faxError()->isVisibleTo(&panel));
    test::child<QPushButton>(panel, "saveNotification")->click();
    stored = f.backend->contacts().notificationContacts();
    ASSERT_TRUE(stored.ok());
    int found = 0;
    for (const NotificationContact &c : *stored) {
        if (c.slot == NotificationSlot::Primary) {
            EXPECT_EQ(c.contactId, f.li);
            EXPECT_EQ(c.fax, QStringLiteral("+8675588880001"));
            EXPECT_EQ(c.dutyPhone, QStringLiteral("+8675588880000"));
            ++found;
        } else {
            EXPECT_EQ(c.contactId, f.zhang);
            EXPECT_EQ(c.dutyPhone, QStringLiteral("+8613722223333"));
            ++found;
        }
    }
    EXPECT_EQ(found, 2);
    EXPECT_FALSE(panel.hasUnsavedChanges());
    EXPECT_EQ(panel.warnings(),
              QStringList{QStringLiteral(
                  "No record yet that the contacts were communicated to the regulator.")});
}

TEST(NotificationPanel, RecordsACommunication)
{
    test::OrganizationUi f;
    const qint64 regulator = f.unit(QStringLiteral("深圳证监局"), UnitKind::Regulator);
    NotificationPanel panel(f.context);
    test::showActive(panel);
    test::onModal(&panel, [regulator](QDialog *dialog) {
        auto *unit = dialog->findChild<QComboBox *>(QStringLiteral("communicationUnit"));
        unit->setCurrentIndex(unit->findData(regulator));
        // Choosing the unit fills the recipient.
        EXPECT_EQ(dialog->findChild<QLineEdit *>(QStringLiteral("communicationRecipient"))->text(),
                  QStringLiteral("深圳证监局"));
        dialog->findChild<QLineEdit *>(QStringLiteral("communicationRecipient"))
            ->setText(QStringLiteral("深圳证监局 机构监管处"));
        dialog->findChild<QComboBox *>(QStringLiteral("communicationMethod"))->setCurrentIndex(0);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    test::child<QPushButton>(panel, "recordCommunication")->click();
    auto records = f.backend->contacts().communications();
    ASSERT_TRUE(records.ok());
    ASSERT_EQ(records->size(), 1);
    EXPECT_EQ(records->first().unitId, regulator);
    EXPECT_EQ(records->first().communicated, QDate(2026, 1, 5));
    EXPECT_EQ(records->first().method, QStringLiteral("Fax"));
    EXPECT_EQ(panel.communications()->rowCount(), 1);
    EXPECT_EQ(panel.communications()->item(0, 0)->text(), QStringLiteral("2026-01-05"));
}

TEST(AgreementsPanel, HighlightsOverdueReviewsAndExpiredAgreements)
{
    test::OrganizationUi f;
    const qint64 current = f.agreement(QStringLiteral("通信专线保障协议"), f.telecom,
                                       QDate(2025, 3, 1), QDate(2027, 2, 28), QDate(2025, 9, 1));
    const qint64 overdue = f.agreement(QStringLiteral("供电保障协议"), f.power, QDate(2023, 1, 1),
                                       QDate(), QDate(2024, 6, 1));
    const qint64 expired = f.agreement(QStringLiteral("旧空调维保协议"), f.power, QDate(2024, 1, 1),
                                       QDate(2025, 12, 31), QDate(2025, 6, 1));
    AgreementsPanel panel(f.context);
    AgreementTableModel *model = panel.model();
    ASSERT_EQ(model->rowCount(), 3);
    const auto background = [model](qint64 id) {
        return model->data(model->index(model->rowOf(id), AgreementTableModel::TitleColumn),
                           Qt::BackgroundRole);
    };
    EXPECT_EQ(model->stateAt(model->rowOf(current)), AgreementTableModel::State::Current);
    EXPECT_EQ(model->stateAt(model->rowOf(overdue)), AgreementTableModel::State::ReviewOverdue);
    EXPECT_EQ(model->stateAt(model->rowOf(expired)), AgreementTableModel::State::Expired);
    EXPECT_FALSE(background(current).isValid());
    EXPECT_TRUE(background(overdue).isValid());
    EXPECT_TRUE(background(expired).isValid());
    EXPECT_NE(background(overdue), background(expired));
    EXPECT_EQ(
        model->data(model->index(model->rowOf(overdue), AgreementTableModel::NextReviewColumn))
            .toString(),
        QStringLiteral("2025-06-01"));
    EXPECT_EQ(model->data(model->index(model->rowOf(overdue), AgreementTableModel::ValidToColumn))
                  .toString(),
              QStringLiteral("open-ended"));
    EXPECT_TRUE(panel.summary().contains(QStringLiteral("1 expired")))
        << panel.summary().toStdString();
    EXPECT_TRUE(panel.summary().contains(QStringLiteral("1 with the review overdue")));

    // Sorting by the next review puts the most overdue first.
    panel.table()->sortByColumn(AgreementTableModel::NextReviewColumn, Qt::AscendingOrder);
    const QModelIndex first = panel.table()->model()->index(0, AgreementTableModel::TitleColumn);
    EXPECT_EQ(first.data().toString(), QStringLiteral("供电保障协议"));
}

TEST(AgreementsPanel, AddsEditsAndRemovesWithConfirmation)
{
    test::OrganizationUi f;
    AgreementsPanel panel(f.context);
    test::showActive(panel);
    test::onModal(&panel, [&f](QDialog *dialog) {
        auto *agreement = qobject_cast<AgreementDialog *>(dialog);
        ASSERT_NE(agreement, nullptr);
        // No unit: refused in the dialog, which stays open.
        dialog->findChild<QLineEdit *>(QStringLiteral("agreementTitle"))
            ->setText(QStringLiteral("机房空调维保协议"));
        EXPECT_FALSE(agreement->submit());
        EXPECT_TRUE(dialog->findChild<InlineMessage *>(QStringLiteral("error"))->isError());
        auto *unit = dialog->findChild<QComboBox *>(QStringLiteral("agreementUnit"));
        unit->setCurrentIndex(unit->findData(f.power));
        dialog->findChild<QLineEdit *>(QStringLiteral("agreementResponseTime"))
            ->setText(QStringLiteral("4 小时内到场"));
        EXPECT_TRUE(agreement->submit());
    });
    test::child<QPushButton>(panel, "addAgreement")->click();
    auto all = f.backend->contacts().agreements();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 1);
    const Agreement added = all->first();
    EXPECT_EQ(added.unitId, f.power);
    EXPECT_EQ(added.validFrom, QDate(2026, 1, 5));
    EXPECT_EQ(added.validTo, QDate(2027, 1, 5));
    EXPECT_EQ(added.reviewPeriodDays, 365);
    EXPECT_FALSE(added.lastReview.isValid());
    EXPECT_EQ(panel.selectedId(), added.id);

    // Remove: cancelled first, then confirmed.
    test::onModal(&panel, [](QDialog *box) { box->reject(); });
    test::child<QPushButton>(panel, "removeAgreement")->click();
    EXPECT_EQ(f.backend->contacts().agreements()->size(), 1);
    test::onModal(&panel, [](QDialog *box) {
        qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
    });
    test::child<QPushButton>(panel, "removeAgreement")->click();
    EXPECT_TRUE(f.backend->contacts().agreements()->isEmpty());
}
