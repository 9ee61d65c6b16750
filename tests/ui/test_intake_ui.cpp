#include "common/inline_message.h"
#include "contacts/contact.h"
#include "handbook/contact_dialog.h"
#include "incidents/alert_details_panel.h"
#include "incidents/incident_table_model.h"
#include "incidents/incident_workspace.h"
#include "incidents/incidents_page.h"
#include "intake/alert_intake.h"
#include "intake/intake_server.h"
#include "roster/role_dialog.h"
#include "roster/roster_repository.h"
#include "settings/channel_dialog.h"
#include "settings/channel_preferences_editor.h"
#include "settings/channels_settings_box.h"
#include "settings/intake_settings_box.h"
#include "settings/intake_token_dialog.h"
#include "settings/integration_services.h"
#include "settings/settings_page.h"
#include "settings/shift_reminders_box.h"
#include "test_incidents_fixture.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace dd;
using namespace dd::ui;

namespace {

// The secret store goes to Qt's test location, never the developer's own config.
struct IntakeUi : test::IncidentUi {
    explicit IntakeUi(const QString &lang = QStringLiteral("en"))
        : IncidentUi(lang)
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    QString auditText()
    {
        auto rows = backend->audit().latest(1000);
        EXPECT_TRUE(rows.ok());
        QString all;
        for (const AuditRecord &r : *rows)
            all += r.action + u' ' + r.before + u' ' + r.after + u'\n';
        return all;
    }
};

QStringList visibleTexts(QWidget &root)
{
    QStringList texts;
    for (auto *edit : root.findChildren<QLineEdit *>())
        texts << edit->text();
    for (auto *label : root.findChildren<QLabel *>())
        texts << label->text();
    for (auto *tree : root.findChildren<QTreeWidget *>())
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            for (int c = 0; c < tree->columnCount(); ++c)
                texts << tree->topLevelItem(i)->text(c);
    return texts;
}

quint16 freePort()
{
    QTcpServer probe;
    EXPECT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// Runs `check` for both languages (screenshots are named after them).
const QStringList Languages = {QStringLiteral("en"), QStringLiteral("zh_CN")};

} // namespace

TEST(IntakeUi, AddingASourceShowsTheTokenOnceAndTheRow)
{
    for (const QString &lang : Languages) {
        IntakeUi f(lang);
        IntakeSettingsBox box(f.context);
        box.resize(640, 420);
        box.show();
        ASSERT_TRUE(
            box.addSource(QStringLiteral("Prometheus (production)"), AlertFormat::Alertmanager));
        QPointer<IntakeTokenDialog> dialog = box.tokenDialog();
        ASSERT_TRUE(dialog);
        EXPECT_TRUE(dialog->isVisible());
        const QString token = dialog->token();
        EXPECT_EQ(token.size(), 43);
        auto *shown = dialog->findChild<QLineEdit *>(QStringLiteral("token"));
        ASSERT_NE(shown, nullptr);
        EXPECT_EQ(shown->text(), token);
        const QString curl = dialog->curlExample();
        EXPECT_TRUE(curl.contains(QStringLiteral("Authorization: Bearer ") + token));
        EXPECT_TRUE(curl.contains(QStringLiteral("http://127.0.0.1:8765/alerts/alertmanager")));
        dialog->findChild<QPushButton *>(QStringLiteral("copyToken"))->click();
        EXPECT_EQ(QApplication::clipboard()->text(), token);
        QApplication::processEvents();
        test::saveScreenshot(*dialog, QStringLiteral("intake_token_dialog_") + lang);

        auto *list = box.findChild<QTreeWidget *>(QStringLiteral("intakeSources"));
        ASSERT_EQ(list->topLevelItemCount(), 1);
        EXPECT_EQ(list->topLevelItem(0)->text(0), QStringLiteral("Prometheus (production)"));
        EXPECT_EQ(list->topLevelItem(0)->text(1), alertFormatName(AlertFormat::Alertmanager));

        // Closed, it is gone for good: nowhere in the box, nowhere in the audit.
        dialog->close();
        QApplication::processEvents();
        QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        EXPECT_TRUE(dialog.isNull());
        EXPECT_FALSE(visibleTexts(box).join(u'\n').contains(token));
        EXPECT_FALSE(f.auditText().contains(token));
        test::saveScreenshot(box, QStringLiteral("intake_settings_box_") + lang);

        // Revoked, the row stays and says so.
        list->setCurrentItem(list->topLevelItem(0));
        ASSERT_TRUE(box.revokeSelected());
        EXPECT_TRUE(list->topLevelItem(0)->data(4, Qt::UserRole).toBool());
    }
}

TEST(IntakeUi, AChannelSavedWithASecretNeverShowsItAgain)
{
    const QString token = QStringLiteral("d1ngt0k3n-very-secret-0123456789");
    const QString signSecret = QStringLiteral("SECabcdef0123456789-signing");
    for (const QString &lang : Languages) {
        IntakeUi f(lang);
        ChannelsSettingsBox box(f.context);
        box.resize(640, 360);
        box.show();
        QPointer<ChannelDialog> dialog = box.openDialog(true);
        ASSERT_TRUE(dialog);
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("channelKind"));
        kind->setCurrentIndex(kind->findData(channelKindId(ChannelKind::DingTalk)));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("channelName")),
                         QStringLiteral("Duty group (DingTalk)"));
        auto *tokenField = dialog->findChild<QLineEdit *>(QStringLiteral("channelAccessToken"));
        auto *signField = dialog->findChild<QLineEdit *>(QStringLiteral("channelSignSecret"));
        EXPECT_EQ(tokenField->echoMode(), QLineEdit::Password);
        QTest::keyClicks(tokenField, token);
        QTest::keyClicks(signField, signSecret);
        QApplication::processEvents();
        test::saveScreenshot(*dialog, QStringLiteral("channel_dialog_dingtalk_") + lang);
        dialog->accept();
        QApplication::processEvents();
        QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        ASSERT_TRUE(dialog.isNull()) << "the dialog stayed open (refused?)";

        ASSERT_EQ(box.list()->topLevelItemCount(), 1);
        const qint64 id = box.selectedId();
        ASSERT_GT(id, 0);
        auto &services = IntegrationServices::ensure(f.context, &box);
        EXPECT_EQ(services.channels().secrets(id).accessToken, token);
        EXPECT_EQ(services.channels().secrets(id).signSecret, signSecret);
        const QString row = box.list()->topLevelItem(0)->text(3);
        EXPECT_TRUE(row.contains(QStringLiteral("•••"))) << row.toStdString();

        // Opened again: empty password fields saying "stored"; nothing typed keeps them.
        QPointer<ChannelDialog> again = box.openDialog(false);
        ASSERT_TRUE(again);
        auto *tokenAgain = again->findChild<QLineEdit *>(QStringLiteral("channelAccessToken"));
        EXPECT_TRUE(tokenAgain->text().isEmpty());
        EXPECT_TRUE(tokenAgain->placeholderText().contains(QStringLiteral("•••")));
        const QString everything = visibleTexts(*again).join(u'\n') + visibleTexts(box).join(u'\n');
        EXPECT_FALSE(everything.contains(token));
        EXPECT_FALSE(everything.contains(signSecret));
        EXPECT_FALSE(again->secretUpdate().accessToken.has_value());
        again->accept();
        QApplication::processEvents();
        EXPECT_EQ(services.channels().secrets(id).accessToken, token);

        const QString audit = f.auditText();
        EXPECT_FALSE(audit.contains(token));
        EXPECT_FALSE(audit.contains(signSecret));
        test::saveScreenshot(box, QStringLiteral("channels_settings_box_") + lang);

        // An e-mail channel's dialog, for the pictures.
        QPointer<ChannelDialog> mail = box.openDialog(true);
        auto *mailKind = mail->findChild<QComboBox *>(QStringLiteral("channelKind"));
        mailKind->setCurrentIndex(mailKind->findData(channelKindId(ChannelKind::Email)));
        QApplication::processEvents();
        test::saveScreenshot(*mail, QStringLiteral("channel_dialog_email_") + lang);
        mail->reject();
    }
}

TEST(IntakeUi, PromotingAMonitoringWarningFromTheWorkspaceMakesItResponding)
{
    for (const QString &lang : Languages) {
        IntakeUi f(lang);
        IntegrationServices services(f.context);
        auto created =
            services.sources().create(f.admin, QStringLiteral("Zabbix"), AlertFormat::Generic);
        ASSERT_TRUE(created.ok());
        Alert alert;
        alert.fingerprint = QStringLiteral("gw-01-down");
        alert.title = QStringLiteral("Order gateway down");
        alert.severity = QStringLiteral("critical");
        alert.system = QStringLiteral("centralized_trading");
        alert.startedAt = f.backend.clock().now().addSecs(-120);
        AlertIntake intake(*f.backend);
        auto received = intake.receive(created->source, {alert});
        ASSERT_TRUE(received.ok()) << received.error().toStdString();
        ASSERT_EQ(received->incidentIds.size(), 1);
        f.backend.clock().set(f.backend.clock().now().addSecs(60));
        ASSERT_TRUE(intake.receive(created->source, {alert}).ok()); // fired again
        const qint64 id = received->incidentIds.first();

        IncidentsPage page(f.context);
        page.resize(1300, 860);
        page.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
        page.openIncident(id);
        QApplication::processEvents();
        AlertDetailsPanel *details = page.workspace()->alertDetails();
        ASSERT_TRUE(details->isVisible());
        ASSERT_EQ(details->list()->topLevelItemCount(), 1);
        EXPECT_EQ(details->list()->topLevelItem(0)->text(0), QStringLiteral("Zabbix"));
        EXPECT_EQ(details->list()->topLevelItem(0)->text(2), QStringLiteral("gw-01-down"));
        EXPECT_EQ(details->list()->topLevelItem(0)->text(3), QStringLiteral("2"));
        auto *promote = page.findChild<QPushButton *>(QStringLiteral("state_responding"));
        ASSERT_NE(promote, nullptr);
        ASSERT_TRUE(promote->isEnabled());
        test::saveScreenshot(page, QStringLiteral("incident_alert_details_") + lang);

        // One click, one confirmation.
        bool asked = false;
        QTimer::singleShot(0, &page, [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr);
            asked = true;
            box->button(QMessageBox::Yes)->click();
        });
        promote->click();
        QApplication::processEvents();
        EXPECT_TRUE(asked);
        auto incident = f.backend->incidents().get(id);
        ASSERT_TRUE(incident.ok());
        EXPECT_EQ(incident->state, IncidentState::Responding);
        QApplication::processEvents();
        EXPECT_EQ(page.findChild<QPushButton *>(QStringLiteral("state_responding")), nullptr);
        EXPECT_TRUE(details->isVisible()); // the alerts stay in view
    }
}

TEST(IntakeUi, TheIntakeBoxStartsAServerAndAPostedAlertAppearsInTheIncidentsList)
{
    IntakeUi f;
    IncidentsPage page(f.context);
    const int before = page.model()->rowCount();
    IntakeSettingsBox box(f.context);
    const quint16 port = freePort();
    box.findChild<QCheckBox *>(QStringLiteral("intakeEnabled"))->setChecked(true);
    box.findChild<QLineEdit *>(QStringLiteral("intakeBind"))->setText(QStringLiteral("127.0.0.1"));
    box.findChild<QSpinBox *>(QStringLiteral("intakePort"))->setValue(port);
    ASSERT_TRUE(box.save());
    ASSERT_EQ(box.services().intakeState(), IntegrationServices::IntakeState::Listening)
        << box.services().intakeError().toStdString();
    EXPECT_TRUE(box.findChild<QLabel *>(QStringLiteral("intakeStatus"))
                    ->text()
                    .contains(QStringLiteral("127.0.0.1:%1").arg(port)));
    ASSERT_TRUE(box.addSource(QStringLiteral("Scripts"), AlertFormat::Generic));
    const QString token = box.tokenDialog()->token();
    box.tokenDialog()->close();

    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/alerts/generic").arg(port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = network.post(
        request, QByteArrayLiteral(R"({"title":"Disk full on db-02","severity":"critical",)"
                                   R"("system":"centralized_trading"})"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    ASSERT_TRUE(finished.wait(3000));
    EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200)
        << reply->readAll().toStdString();
    reply->deleteLater();

    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), before + 1, 2000);
    bool found = false;
    for (int r = 0; r < page.model()->rowCount(); ++r)
        for (int c = 0; c < page.model()->columnCount(); ++c)
            found = found
                    || page.model()->index(r, c).data().toString().contains(
                        QStringLiteral("Disk full"));
    EXPECT_TRUE(found);

    // Turned off, it stops listening.
    box.findChild<QCheckBox *>(QStringLiteral("intakeEnabled"))->setChecked(false);
    ASSERT_TRUE(box.save());
    EXPECT_EQ(box.services().intakeState(), IntegrationServices::IntakeState::Off);
    QTcpServer again;
    EXPECT_TRUE(again.listen(QHostAddress::LocalHost, port));
}

TEST(IntakeUi, ContactAndRoleDialogsSaveTheirChannelPreferences)
{
    IntakeUi f;
    IntegrationServices services(f.context);
    NotifyChannel mail;
    mail.name = QStringLiteral("Duty mail");
    mail.kind = ChannelKind::Email;
    mail.smtpHost = QStringLiteral("127.0.0.1");
    mail.smtpFrom = QStringLiteral("dutydesk@example.com");
    auto mailId = services.channels().saveChannel(f.admin, mail);
    ASSERT_TRUE(mailId.ok()) << mailId.error().toStdString();
    NotifyChannel group;
    group.name = QStringLiteral("Duty group");
    group.kind = ChannelKind::Webhook;
    group.url = QStringLiteral("https://hooks.example.com/duty");
    auto groupId = services.channels().saveChannel(f.admin, group);
    ASSERT_TRUE(groupId.ok()) << groupId.error().toStdString();

    Contact person;
    person.name = QStringLiteral("张伟");
    person.mobile = QStringLiteral("13800138000");
    ContactDialog dialog(f.context, person);
    ChannelPreferencesEditor *editor = dialog.channelPreferences();
    editor->addRow(*mailId, QStringLiteral("zhang.wei@example.com"));
    editor->addRow(*groupId);
    test::saveScreenshot(dialog, QStringLiteral("contact_dialog_channels_en"));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    ASSERT_GT(dialog.savedId(), 0);
    auto stored = services.channels().preferencesOfContact(dialog.savedId());
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 2);
    EXPECT_EQ(stored->at(0).address, QStringLiteral("zhang.wei@example.com"));
    EXPECT_EQ(stored->at(1).channelId, *groupId);

    // A refused channel row refuses the whole save: no contact without its channels.
    const auto before = f.backend->contacts().contacts()->size();
    Contact other;
    other.name = QStringLiteral("李娜");
    other.mobile = QStringLiteral("13900139000");
    ContactDialog refused(f.context, other);
    refused.channelPreferences()->addRow(*mailId, QString()); // e-mail needs an address
    refused.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    EXPECT_EQ(refused.savedId(), 0);
    EXPECT_EQ(f.backend->contacts().contacts()->size(), before);
    EXPECT_NE(refused.result(), QDialog::Accepted);

    // The role dialog: the same editor, for whoever holds the role.
    auto roles = f.backend->roster().roles();
    ASSERT_TRUE(roles.ok() && !roles->isEmpty());
    RoleDialog roleDialog(f.context, roles->first());
    roleDialog.channelPreferences()->addRow(*groupId);
    roleDialog.accept();
    auto ofRole = services.channels().preferencesOfRole(roles->first().key);
    ASSERT_TRUE(ofRole.ok());
    ASSERT_EQ(ofRole->size(), 1);
    EXPECT_EQ(ofRole->first().channelId, *groupId);
}

TEST(IntakeUi, SettingsPageShowsBothBoxesOnTheirTab)
{
    for (const QString &lang : Languages) {
        IntakeUi f(lang);
        SettingsPage page(f.context);
        page.resize(1300, 700);
        page.show();
        ASSERT_NE(page.intakeSettings(), nullptr);
        ASSERT_NE(page.channelsSettings(), nullptr);
        page.tabs()->setCurrentIndex(page.tabs()->count() - 1);
        ASSERT_TRUE(page.intakeSettings()->addSource(QStringLiteral("Alertmanager (prod)"),
                                                     AlertFormat::Alertmanager));
        page.intakeSettings()->tokenDialog()->close();
        ASSERT_TRUE(
            page.intakeSettings()->addSource(QStringLiteral("Zabbix"), AlertFormat::Zabbix));
        page.intakeSettings()->tokenDialog()->close();
        NotifyChannel wecom;
        wecom.name = QStringLiteral("值班群 (WeCom)");
        wecom.kind = ChannelKind::WeCom;
        SecretUpdate key;
        key.key = QStringLiteral("0123-robot-key");
        ASSERT_TRUE(page.intakeSettings()->services().channels().saveChannel(f.admin, wecom, key));
        page.channelsSettings()->reload();
        QApplication::processEvents();
        test::saveScreenshot(page, QStringLiteral("settings_monitoring_messages_") + lang);
    }
}

TEST(IntakeUi, SendTestShowsSentOrTheReason)
{
    IntakeUi f;
    // A local webhook that answers 200 to the first request and 500 to the next.
    QTcpServer hook;
    ASSERT_TRUE(hook.listen(QHostAddress::LocalHost, 0));
    int requests = 0;
    QObject::connect(&hook, &QTcpServer::newConnection, &hook, [&hook, &requests] {
        QTcpSocket *socket = hook.nextPendingConnection();
        const bool ok = requests++ == 0;
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, ok] {
            socket->readAll();
            socket->write(
                ok ? QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n"
                                       "Connection: close\r\n\r\nok")
                   : QByteArrayLiteral("HTTP/1.1 500 Internal Server Error\r\n"
                                       "Content-Length: 4\r\nConnection: close\r\n\r\nnope"));
            socket->disconnectFromHost();
        });
    });
    ChannelsSettingsBox box(f.context);
    NotifyChannel channel;
    channel.name = QStringLiteral("Local hook");
    channel.kind = ChannelKind::Webhook;
    channel.url = QStringLiteral("http://127.0.0.1:%1/hook").arg(hook.serverPort());
    auto &services = IntegrationServices::ensure(f.context, &box);
    auto id = services.channels().saveChannel(f.admin, channel);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    box.reload();
    box.select(*id);
    ASSERT_TRUE(box.sendTest());
    QTRY_VERIFY_WITH_TIMEOUT(box.testResult()->text().contains(QStringLiteral("sent")), 3000);
    ASSERT_TRUE(box.sendTest());
    QTRY_VERIFY_WITH_TIMEOUT(box.testResult()->text().contains(QStringLiteral("failed")), 3000);
    EXPECT_TRUE(box.testResult()->text().contains(QStringLiteral("500")))
        << box.testResult()->text().toStdString();
}

TEST(IntakeUi, ShiftRemindersBoxSavesTheLeadTimeAndListsTheQueuedReminder)
{
    for (const QString &lang : Languages) {
        IntakeUi f(lang); // 2 March, 10:10 Beijing time
        Contact c;
        c.name = QStringLiteral("李娜");
        c.mobile = QStringLiteral("+8613900139000");
        const qint64 li = *f.backend->contacts().saveContact(f.admin, c);
        RosterRepository roster(f.backend->database(), f.backend->audit(), f.backend.clock());
        Rotation r;
        r.roleId = roster.roleByKey(QStringLiteral("duty_leader"))->id;
        r.name = QStringLiteral("值班负责人");
        r.pattern.kind = ShiftPattern::Kind::Daily;
        r.pattern.handoff = QTime(10, 20);
        r.startDate = QDate(2026, 3, 2); // 李娜's first shift starts at 10:20 today
        r.members = {li};
        ASSERT_TRUE(roster.saveRotation(f.admin, r).ok());

        SettingsPage page(f.context);
        page.resize(1300, 760);
        page.show();
        ShiftRemindersBox *box = page.shiftReminders();
        ASSERT_NE(box, nullptr);
        auto &services = IntegrationServices::ensure(f.context, &page);
        NotifyChannel hook;
        hook.name = QStringLiteral("值班群");
        hook.kind = ChannelKind::Webhook;
        hook.url = QStringLiteral("http://127.0.0.1:9/hook"); // nobody listens: it fails
        const qint64 channel = *services.channels().saveChannel(f.admin, hook);
        NotifyPreference p;
        p.contactId = li;
        p.channelId = channel;
        ASSERT_TRUE(services.channels().savePreference(f.admin, p).ok());

        EXPECT_EQ(box->minutes()->value(), ShiftReminders::DefaultMinutes);
        EXPECT_TRUE(box->minutes()->isEnabled());
        box->minutes()->selectAll();
        QTest::keyClicks(box->minutes(), QStringLiteral("5"));
        QTest::mouseClick(box->saveButton(), Qt::LeftButton);
        EXPECT_EQ(*ShiftReminders::leadMinutes(f.backend->settings()), 5);
        EXPECT_EQ(box->list()->topLevelItemCount(), 0); // 10:20 is 10 minutes away

        box->minutes()->setValue(15);
        QTest::mouseClick(box->saveButton(), Qt::LeftButton);
        EXPECT_FALSE(box->message()->isError()) << box->message()->text().toStdString();
        EXPECT_EQ(*ShiftReminders::leadMinutes(f.backend->settings()), 15);
        QTRY_COMPARE_WITH_TIMEOUT(box->list()->topLevelItemCount(), 1, 3000);
        EXPECT_TRUE(box->list()->topLevelItem(0)->text(1).contains(QStringLiteral("10:20")));
        EXPECT_TRUE(box->list()->topLevelItem(0)->text(2).contains(QStringLiteral("值班群")));
        EXPECT_TRUE(f.auditText().contains(QLatin1String(ShiftReminders::SettingKey)));
        page.tabs()->setCurrentIndex(page.tabs()->count() - 1);
        QApplication::processEvents();
        test::saveScreenshot(page, QStringLiteral("settings_shift_reminders_") + lang);
    }
}
