// Channels, preferences and their secrets: permissions, validation, audit without secrets,
// the secrets file owner-only.
#include "contacts/contact.h"
#include "notify/channel_repository.h"
#include "notify/secret_store.h"
#include "temp_database.h"

#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace dd;

namespace {

struct Channels {
    test::TempBackend backend;
    Actor admin = backend.admin();
    SecretStore store{backend.dirPath(QStringLiteral("conf/dutydesk-secrets.ini")),
                      *ChannelRepository::secretScope(backend->database())};
    ChannelRepository repo{backend->database(), backend->audit(), backend->clock(), store};

    QString auditText()
    {
        QString all;
        auto q = backend->database().exec(
            QStringLiteral("SELECT action, entity, entity_id, before, after FROM audit_log"));
        while (q->next())
            for (int i = 0; i < 5; ++i)
                all += q->value(i).toString() + QLatin1Char('\n');
        return all;
    }
};

NotifyChannel dingTalk()
{
    NotifyChannel c;
    c.name = QStringLiteral("钉钉值班群");
    c.kind = ChannelKind::DingTalk;
    c.url = QStringLiteral("https://oapi.dingtalk.com/robot/send?access_token=TOKEN-SECRET-1");
    return c;
}

} // namespace

TEST(NotifyChannels, SecretsStayOutOfTheDatabaseAndTheAudit)
{
    Channels f;
    SecretUpdate secrets;
    secrets.signSecret = QStringLiteral("SEC-SIGN-SECRET-2");
    auto id = f.repo.saveChannel(f.admin, dingTalk(), secrets);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();

    NotifyChannel mail;
    mail.name = QStringLiteral("值班邮箱");
    mail.kind = ChannelKind::Email;
    mail.smtpHost = QStringLiteral("smtp.example.com");
    mail.smtpFrom = QStringLiteral("duty@example.com");
    mail.smtpUser = QStringLiteral("duty");
    SecretUpdate password;
    password.smtpPassword = QStringLiteral("SMTP-PASSWORD-3");
    auto mailId = f.repo.saveChannel(f.admin, mail, password);
    ASSERT_TRUE(mailId.ok()) << mailId.error().toStdString();

    NotifyChannel wecom;
    wecom.name = QStringLiteral("企业微信群");
    wecom.kind = ChannelKind::WeCom;
    SecretUpdate key;
    key.key = QStringLiteral("WECOM-KEY-4");
    auto wecomId = f.repo.saveChannel(f.admin, wecom, key);
    ASSERT_TRUE(wecomId.ok()) << wecomId.error().toStdString();

    // Edit without touching the secrets: they stay.
    auto stored = f.repo.channel(*id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->url, QStringLiteral("https://oapi.dingtalk.com/robot/send"))
        << "the token pasted into the URL moved into the secret store";
    stored->enabled = false;
    ASSERT_TRUE(f.repo.saveChannel(f.admin, *stored).ok());
    EXPECT_EQ(f.repo.secrets(*id).accessToken, QStringLiteral("TOKEN-SECRET-1"));
    EXPECT_EQ(f.repo.secrets(*id).signSecret, QStringLiteral("SEC-SIGN-SECRET-2"));
    EXPECT_TRUE(f.repo.secretPresence(*mailId).smtpPassword);
    ASSERT_TRUE(f.repo.removeChannel(f.admin, *wecomId).ok());
    EXPECT_TRUE(f.repo.secrets(*wecomId).key.isEmpty());

    const QString audit = f.auditText();
    EXPECT_TRUE(audit.contains(QStringLiteral("notify.channel.create")));
    EXPECT_TRUE(audit.contains(QStringLiteral("access_token"))) << "which secrets are set";
    for (const char *secret :
         {"TOKEN-SECRET-1", "SEC-SIGN-SECRET-2", "SMTP-PASSWORD-3", "WECOM-KEY-4"}) {
        EXPECT_FALSE(audit.contains(QLatin1String(secret))) << secret;
        auto q = f.backend->database().exec(
            QStringLiteral("SELECT count(*) FROM notify_channels WHERE url LIKE ? OR smtp_user "
                           "LIKE ?"),
            {QStringLiteral("%%1%").arg(QLatin1String(secret)),
             QStringLiteral("%%1%").arg(QLatin1String(secret))});
        ASSERT_TRUE(q.ok() && q->next());
        EXPECT_EQ(q->value(0).toInt(), 0) << secret;
    }

    struct stat st {};
    ASSERT_EQ(::stat(QFile::encodeName(f.store.path()).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600);
    QFile file(f.store.path());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("SMTP-PASSWORD-3"));
}

TEST(NotifyChannels, SecretsAreKeyedByTheDatabase)
{
    Channels f;
    auto id = f.repo.saveChannel(f.admin, dingTalk());
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    SecretStore other(f.store.path(), QStringLiteral("another-database"));
    EXPECT_TRUE(other.read(*id).isEmpty());
    EXPECT_FALSE(f.store.read(*id).isEmpty());
}

TEST(NotifyChannels, PermissionsAndValidation)
{
    Channels f;
    const Actor viewer =
        Actor::operatorAccount(9, QStringLiteral("v"), QStringLiteral("V"), {Role::Viewer});
    const Actor officer =
        Actor::operatorAccount(8, QStringLiteral("o"), QStringLiteral("O"), {Role::DutyOfficer});
    EXPECT_FALSE(f.repo.saveChannel(viewer, dingTalk()).ok());
    EXPECT_FALSE(f.repo.saveChannel(officer, dingTalk()).ok()) << "channels are settings";

    NotifyChannel noToken = dingTalk();
    noToken.url.clear();
    auto refused = f.repo.saveChannel(f.admin, noToken);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("access token")));

    NotifyChannel badMail;
    badMail.name = QStringLiteral("邮件");
    badMail.kind = ChannelKind::Email;
    badMail.smtpPort = 70000;
    auto bad = f.repo.saveChannel(f.admin, badMail);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().contains(QStringLiteral("SMTP host")));
    EXPECT_TRUE(bad.error().contains(QStringLiteral("70000")));

    auto ding = f.repo.saveChannel(f.admin, dingTalk());
    ASSERT_TRUE(ding.ok());
    EXPECT_FALSE(f.repo.saveChannel(f.admin, dingTalk()).ok()) << "names are unique";

    badMail.smtpHost = QStringLiteral("127.0.0.1");
    badMail.smtpPort = 25;
    badMail.smtpFrom = QStringLiteral("duty@example.com");
    auto mail = f.repo.saveChannel(f.admin, badMail);
    ASSERT_TRUE(mail.ok()) << mail.error().toStdString();

    Contact c;
    c.name = QStringLiteral("张伟");
    c.mobile = QStringLiteral("+8613800138000");
    auto zhang = f.backend->contacts().saveContact(f.admin, c);
    ASSERT_TRUE(zhang.ok());

    NotifyPreference p;
    p.contactId = *zhang;
    p.channelId = *mail;
    p.address = QStringLiteral("not-an-address");
    EXPECT_FALSE(f.repo.savePreference(viewer, p).ok());
    auto noAddress = f.repo.savePreference(officer, p);
    ASSERT_FALSE(noAddress.ok());
    EXPECT_TRUE(noAddress.error().contains(QStringLiteral("not-an-address")));
    p.address = QStringLiteral("zhang@example.com");
    ASSERT_TRUE(f.repo.savePreference(officer, p).ok());

    NotifyPreference role;
    role.owner = PreferenceOwner::Role;
    role.roleKey = QStringLiteral("duty_leader");
    role.channelId = *ding;
    role.address = QStringLiteral("ignored for robots");
    ASSERT_TRUE(f.repo.savePreference(officer, role).ok());
    role.roleKey = QStringLiteral("no_such_role");
    EXPECT_FALSE(f.repo.savePreference(officer, role).ok());

    auto mine = f.repo.preferencesOfContact(*zhang);
    ASSERT_TRUE(mine.ok());
    ASSERT_EQ(mine->size(), 1);
    EXPECT_EQ(mine->first().channelName, QStringLiteral("邮件"));
    auto leaders = f.repo.preferencesOfRole(QStringLiteral("duty_leader"));
    ASSERT_TRUE(leaders.ok());
    ASSERT_EQ(leaders->size(), 1);
    EXPECT_TRUE(leaders->first().address.isEmpty());
    EXPECT_EQ(f.repo.allPreferences()->size(), 2);

    ASSERT_TRUE(f.repo.removeChannel(f.admin, *ding).ok());
    EXPECT_TRUE(f.repo.preferencesOfRole(QStringLiteral("duty_leader"))->isEmpty());
}
