// TemplateLibrary: built-ins and custom templates, copy / save / remove, forObligation.
#include "reports/report_contexts.h"
#include "reports/report_engine.h"
#include "reports/template_library.h"
#include "temp_database.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace dd;

namespace {

struct LibraryFixture : ::testing::Test {
    test::TempBackend backend;
    Actor admin = backend.admin();
    TemplateLibrary library{backend->database(), backend->audit(), backend->clock()};
};

int auditRows(Backend &b, const QString &action)
{
    auto q = b.database().exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"),
                               {action});
    if (!q || !q->next())
        return -1;
    return q->value(0).toInt();
}

} // namespace

TEST_F(LibraryFixture, BuiltInsFirstAndAllParse)
{
    auto all = library.all();
    ASSERT_TRUE(all) << all.error().toStdString();
    ASSERT_GE(all->size(), 30);
    for (const ReportTemplate &t : *all)
        EXPECT_TRUE(t.builtIn) << t.id.toStdString();
    auto initial = library.get(QStringLiteral("incident_initial"));
    ASSERT_TRUE(initial);
    EXPECT_TRUE(initial->builtIn);
    EXPECT_EQ(initial->forms, QStringList{QStringLiteral("written_initial")});
    EXPECT_FALSE(library.get(QStringLiteral("nope")));
}

TEST_F(LibraryFixture, CopyEditSaveGetRoundTrip)
{
    auto copy =
        library.copy(admin, QStringLiteral("incident_initial"), QStringLiteral("our_initial"));
    ASSERT_TRUE(copy) << copy.error().toStdString();
    EXPECT_FALSE(copy->builtIn);
    EXPECT_EQ(copy->basedOn, QStringLiteral("incident_initial"));
    EXPECT_EQ(copy->version, 1);
    EXPECT_EQ(auditRows(*backend, QStringLiteral("report_template.copy")), 1);

    ReportTemplate edited = *copy;
    edited.titleZh = QStringLiteral("我司初报");
    edited.body = QStringLiteral("# {{incident.title}}\n\n签发：{{author.name}}\n");
    auto saved = library.save(admin, edited);
    ASSERT_TRUE(saved) << saved.error().toStdString();
    EXPECT_EQ(saved->version, 2);
    EXPECT_EQ(saved->updatedBy, admin.auditName());

    auto got = library.get(QStringLiteral("our_initial"));
    ASSERT_TRUE(got);
    EXPECT_EQ(got->titleZh, QStringLiteral("我司初报"));
    EXPECT_EQ(got->body, edited.body);
    EXPECT_EQ(got->version, 2);
    EXPECT_EQ(got->basedOn, QStringLiteral("incident_initial"));
    EXPECT_EQ(got->forms, QStringList{QStringLiteral("written_initial")});
    EXPECT_EQ(got->updatedAt, backend.clock().now());
    EXPECT_EQ(auditRows(*backend, QStringLiteral("report_template.save")), 1);

    // The custom one comes after the built-ins and is preferred for its form.
    auto all = library.all();
    ASSERT_TRUE(all);
    EXPECT_EQ(all->constLast().id, QStringLiteral("our_initial"));
    auto chosen = library.forObligation(ReportForm::WrittenInitial, QStringLiteral("network"),
                                        QStringLiteral("zh_CN"));
    ASSERT_TRUE(chosen);
    EXPECT_EQ(chosen->id, QStringLiteral("our_initial"));

    // A copy of a copy still names the built-in it comes from; the id must be new.
    auto second = library.copy(admin, QStringLiteral("our_initial"), QStringLiteral("second"));
    ASSERT_TRUE(second);
    EXPECT_EQ(second->basedOn, QStringLiteral("incident_initial"));
    EXPECT_FALSE(library.copy(admin, QStringLiteral("our_initial"), QStringLiteral("second")));
    EXPECT_FALSE(
        library.copy(admin, QStringLiteral("our_initial"), QStringLiteral("incident_phone")));
    EXPECT_FALSE(library.copy(admin, QStringLiteral("our_initial"), QStringLiteral("Bad Id")));

    ASSERT_TRUE(library.remove(admin, QStringLiteral("our_initial")));
    EXPECT_FALSE(library.get(QStringLiteral("our_initial")));
    EXPECT_EQ(auditRows(*backend, QStringLiteral("report_template.remove")), 1);
    EXPECT_FALSE(library.remove(admin, QStringLiteral("our_initial")));
    EXPECT_TRUE(backend->audit().verify()->intact);
}

TEST_F(LibraryFixture, BuiltInsAreNeverOverwrittenOrRemoved)
{
    auto builtIn = library.get(QStringLiteral("incident_summary"));
    ASSERT_TRUE(builtIn);
    ReportTemplate edited = *builtIn;
    edited.body = QStringLiteral("changed");
    auto saved = library.save(admin, edited);
    ASSERT_FALSE(saved);
    EXPECT_TRUE(saved.error().contains(QStringLiteral("built-in"))) << saved.error().toStdString();
    auto removed = library.remove(admin, QStringLiteral("incident_summary"));
    ASSERT_FALSE(removed);
    EXPECT_TRUE(removed.error().contains(QStringLiteral("built-in")));
    EXPECT_EQ(library.get(QStringLiteral("incident_summary"))->body, builtIn->body);
}

TEST_F(LibraryFixture, SaveRefusesTemplatesWithIssues)
{
    auto copy = library.copy(admin, QStringLiteral("incident_sms"), QStringLiteral("sms2"));
    ASSERT_TRUE(copy) << copy.error().toStdString();
    ReportTemplate edited = *copy;
    edited.body = QStringLiteral("ok {{incident.title}}\n{{incident.titel}}\n");
    auto saved = library.save(admin, edited);
    ASSERT_FALSE(saved);
    EXPECT_TRUE(saved.error().contains(QStringLiteral("line 2"))) << saved.error().toStdString();
    EXPECT_TRUE(saved.error().contains(QStringLiteral("incident.titel")));

    edited.body = QStringLiteral("{{#timeline}}\n");
    saved = library.save(admin, edited);
    ASSERT_FALSE(saved);
    EXPECT_TRUE(saved.error().contains(QStringLiteral("line 1")));

    edited.body = QStringLiteral("fine");
    edited.titleEn = QStringLiteral("bad }} title");
    EXPECT_FALSE(library.save(admin, edited));
    // Nothing of the refused saves was stored.
    EXPECT_EQ(library.get(QStringLiteral("sms2"))->body, copy->body);
}

TEST_F(LibraryFixture, StaleVersionIsRefused)
{
    auto copy = library.copy(admin, QStringLiteral("incident_sms"), QStringLiteral("sms3"));
    ASSERT_TRUE(copy) << copy.error().toStdString();
    ReportTemplate mine = *copy;
    ReportTemplate theirs = *copy;
    theirs.body = QStringLiteral("theirs {{incident.title}}");
    ASSERT_TRUE(library.save(admin, theirs));
    backend.clock().advanceSecs(60);
    mine.body = QStringLiteral("mine {{incident.title}}");
    auto stale = library.save(admin, mine);
    ASSERT_FALSE(stale);
    EXPECT_TRUE(stale.error().contains(QStringLiteral("changed by %1").arg(admin.auditName())))
        << stale.error().toStdString();
    EXPECT_TRUE(stale.error().contains(QStringLiteral("2026-01-05 10:10")));
    EXPECT_EQ(library.get(QStringLiteral("sms3"))->body, theirs.body);

    // A new template must come with version 0.
    ReportTemplate fresh = *copy;
    fresh.id = QStringLiteral("fresh");
    fresh.version = 5;
    EXPECT_FALSE(library.save(admin, fresh));
    fresh.version = 0;
    auto created = library.save(admin, fresh);
    ASSERT_TRUE(created) << created.error().toStdString();
    EXPECT_EQ(created->version, 1);
}

TEST_F(LibraryFixture, WritesNeedEditDutyData)
{
    const Actor viewer = Actor::operatorAccount(99, QStringLiteral("viewer"),
                                                QStringLiteral("Viewer"), {Role::Viewer});
    EXPECT_FALSE(library.copy(viewer, QStringLiteral("incident_sms"), QStringLiteral("v")));
    auto copy = library.copy(admin, QStringLiteral("incident_sms"), QStringLiteral("v"));
    ASSERT_TRUE(copy) << copy.error().toStdString();
    EXPECT_FALSE(library.save(viewer, *copy));
    EXPECT_FALSE(library.remove(viewer, QStringLiteral("v")));
    EXPECT_TRUE(library.get(QStringLiteral("v")));
}

TEST_F(LibraryFixture, ForObligationPrefersLanguageAndFaultType)
{
    auto zh = library.forObligation(ReportForm::Summary, QStringLiteral("network"),
                                    QStringLiteral("zh_CN"));
    ASSERT_TRUE(zh);
    EXPECT_EQ(zh->id, QStringLiteral("incident_summary"));
    auto en =
        library.forObligation(ReportForm::Summary, QStringLiteral("network"), QStringLiteral("en"));
    ASSERT_TRUE(en);
    EXPECT_EQ(en->id, QStringLiteral("incident_summary_en"));
    // No English progress template: falls back to Chinese.
    auto progress = library.forObligation(ReportForm::Progress, QStringLiteral("network"),
                                          QStringLiteral("en"));
    ASSERT_TRUE(progress);
    EXPECT_EQ(progress->id, QStringLiteral("incident_progress"));
    for (ReportForm f : {ReportForm::Phone, ReportForm::WrittenInitial, ReportForm::Progress,
                         ReportForm::Recovery, ReportForm::Summary, ReportForm::Preliminary,
                         ReportForm::Supplementary, ReportForm::Warning, ReportForm::WarningLifted})
        EXPECT_TRUE(library.forObligation(f, QStringLiteral("other"), QStringLiteral("zh_CN")))
            << reportFormId(f).toStdString();

    // A fault-type specific custom template wins for its type only.
    auto copy =
        library.copy(admin, QStringLiteral("incident_initial"), QStringLiteral("leak_initial"));
    ASSERT_TRUE(copy) << copy.error().toStdString();
    ReportTemplate leak = *copy;
    leak.faultTypes = {QStringLiteral("data_leak")};
    ASSERT_TRUE(library.save(admin, leak));
    EXPECT_EQ(library
                  .forObligation(ReportForm::WrittenInitial, QStringLiteral("data_leak"),
                                 QStringLiteral("zh_CN"))
                  ->id,
              QStringLiteral("leak_initial"));
    EXPECT_EQ(library
                  .forObligation(ReportForm::WrittenInitial, QStringLiteral("network"),
                                 QStringLiteral("zh_CN"))
                  ->id,
              QStringLiteral("incident_initial"));
}
