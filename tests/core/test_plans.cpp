// PlanRegister: sections, versions, filing state, regulator, reviews, report flows, coverage.
#include "audit/audit_log.h"
#include "plans/plan_register.h"
#include "test_drill_fixture.h"

namespace dd::test {
namespace {

class Plans : public DrillFixture {
protected:
    PlanRegister plans{b->database(), b->audit(), b->clock()};

    static QMap<PlanSection, QString> allSections()
    {
        QMap<PlanSection, QString> m;
        for (PlanSection s : PlanRules::allSections())
            m.insert(s, QStringLiteral("内容 ") + planSectionId(s));
        return m;
    }

    PlanVersion make(int major, int minor, const QDate &effective, bool majorChange = false)
    {
        PlanVersion p;
        p.label = QStringLiteral("v%1.%2").arg(major).arg(minor);
        p.major = major;
        p.minor = minor;
        p.effectiveDate = effective;
        p.approvedBy = QStringLiteral("总经理办公会");
        p.approvedOn = effective.addDays(-3);
        p.majorChange = majorChange;
        p.sections = allSections();
        return p;
    }

    qint64 save(const PlanVersion &p)
    {
        auto id = plans.saveVersion(admin, p);
        EXPECT_TRUE(id.ok()) << (id ? "" : id.error().toStdString());
        return id ? *id : 0;
    }

    Status file(qint64 versionId, const QDate &on, RegulatorKind kind = RegulatorKind::LocalBureau)
    {
        PlanFiling f;
        f.planVersionId = versionId;
        f.regulator = kind;
        f.regulatorName = QStringLiteral("中国证监会北京监管局");
        f.filedOn = on;
        f.receiptNumber = QStringLiteral("京证监备〔2025〕%1号").arg(versionId);
        f.filedBy = QStringLiteral("王强");
        auto id = plans.saveFiling(admin, f);
        if (!id)
            return id.takeError();
        return {};
    }

    FilingState state(qint64 id) { return plans.filingState(id).value(); }

    int audits(const QString &action)
    {
        auto all = b->audit().latest(1000);
        return int(std::count_if(all->begin(), all->end(),
                                 [&](const AuditRecord &r) { return r.action == action; }));
    }

    // A completed drill that answered "the plan needs an update".
    qint64 askingDrill(const QString &title, const QDateTime &start)
    {
        const qint64 id = approved(title, start);
        EXPECT_TRUE(repo.start(admin, id, version(id), start).ok());
        Drill r = *repo.drill(id);
        r.actualEnd = start.addSecs(7200);
        r.outcome = DrillOutcome::Partial;
        r.systems = {{QStringLiteral("集中交易系统"), 30, 45}};
        EXPECT_TRUE(repo.saveRecord(admin, r).ok());
        Status s = repo.complete(admin, id, version(id), true, QStringLiteral("切换步骤需调整"));
        EXPECT_TRUE(s.ok()) << (s ? "" : s.error().toStdString());
        return id;
    }
};

TEST(PlanRules, SectionsMissingEmptyAndComplete)
{
    EXPECT_EQ(PlanRules::allSections().size(), 10);
    PlanVersion p;
    EXPECT_EQ(PlanRules::missingSections(p).size(), 10);
    EXPECT_FALSE(PlanRules::complete(p));
    for (PlanSection s : PlanRules::allSections())
        p.sections.insert(s, QStringLiteral("text"));
    EXPECT_TRUE(PlanRules::complete(p));
    p.sections.insert(PlanSection::Scope, QStringLiteral("  \n "));
    p.sections.remove(PlanSection::Investigation);
    EXPECT_EQ(PlanRules::emptySections(p), QList<PlanSection>{PlanSection::Scope});
    EXPECT_EQ(PlanRules::missingSections(p), QList<PlanSection>{PlanSection::Investigation});
    EXPECT_EQ(PlanRules::sectionState(p, PlanSection::Scope), SectionState::Empty);
    EXPECT_EQ(PlanRules::sectionState(p, PlanSection::Purpose), SectionState::Present);
    EXPECT_FALSE(PlanRules::complete(p));
    for (PlanSection s : PlanRules::allSections()) {
        EXPECT_EQ(planSectionFromId(planSectionId(s)), s);
        EXPECT_FALSE(planSectionName(s).isEmpty());
    }
    EXPECT_EQ(PlanRules::regulatorFor(InstitutionType::Securities), RegulatorKind::LocalBureau);
    EXPECT_EQ(PlanRules::regulatorFor(InstitutionType::StockExchange), RegulatorKind::Csrc);
}

TEST_F(Plans, VersionRoundTripsWithSectionsAndAudit)
{
    PlanVersion p = make(3, 0, QDate(2025, 3, 1));
    p.sections.insert(PlanSection::Scope, QString());
    p.sections.remove(PlanSection::Investigation);
    const qint64 id = save(p);
    auto back = plans.version(id);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->label, QStringLiteral("v3.0"));
    EXPECT_EQ(back->effectiveDate, QDate(2025, 3, 1));
    EXPECT_EQ(back->approvedOn, QDate(2025, 2, 26));
    EXPECT_EQ(back->sections.size(), 9);
    EXPECT_EQ(back->version, 1);
    EXPECT_EQ(PlanRules::missingSections(*back), QList<PlanSection>{PlanSection::Investigation});
    EXPECT_EQ(PlanRules::emptySections(*back), QList<PlanSection>{PlanSection::Scope});
    auto list = plans.versions();
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->first().missing, QList<PlanSection>{PlanSection::Investigation});
    EXPECT_EQ(list->first().empty, QList<PlanSection>{PlanSection::Scope});
    EXPECT_EQ(audits(QStringLiteral("plan.create")), 1);

    ASSERT_TRUE(plans
                    .saveSection(admin, id, PlanSection::Investigation, QStringLiteral("调查处理"),
                                 back->version)
                    .ok());
    // A stale version is refused and changes nothing.
    Status stale = plans.saveSection(admin, id, PlanSection::Scope, QStringLiteral("x"), 1);
    ASSERT_FALSE(stale.ok());
    EXPECT_TRUE(stale.error().contains(QStringLiteral("v3.0"))) << stale.error().toStdString();
    EXPECT_EQ(plans.version(id)->sections.value(PlanSection::Scope), QString());
    ASSERT_TRUE(plans.removeSection(admin, id, PlanSection::Scope, 2).ok());
    EXPECT_EQ(PlanRules::sectionState(*plans.version(id), PlanSection::Scope),
              SectionState::Missing);
    EXPECT_EQ(audits(QStringLiteral("plan.update")), 2);
}

TEST_F(Plans, VersionValidationNamesTheField)
{
    PlanVersion p = make(1, 0, QDate(2024, 1, 1));
    p.label = QStringLiteral("  ");
    EXPECT_TRUE(plans.saveVersion(admin, p).error().contains(QStringLiteral("label")));
    p = make(0, 0, QDate(2024, 1, 1));
    EXPECT_TRUE(plans.saveVersion(admin, p).error().contains(QStringLiteral("Major")));
    p = make(1, 0, QDate());
    EXPECT_TRUE(plans.saveVersion(admin, p).error().contains(QStringLiteral("Effective")));
    p = make(1, 0, QDate(2024, 1, 1));
    p.approvedOn = QDate();
    EXPECT_TRUE(plans.saveVersion(admin, p).error().contains(QStringLiteral("Approved")));
    save(make(1, 0, QDate(2024, 1, 1)));
    p = make(1, 0, QDate(2024, 2, 1));
    p.label = QStringLiteral("other");
    auto dup = plans.saveVersion(admin, p);
    ASSERT_FALSE(dup.ok());
    EXPECT_TRUE(dup.error().contains(QStringLiteral("already exists")));
    EXPECT_EQ(plans.versions()->size(), 1);
}

TEST_F(Plans, ViewerIsRefusedAndNothingIsWritten)
{
    const Actor viewer =
        Actor::operatorAccount(99, QStringLiteral("v"), QStringLiteral("V"), {Role::Viewer});
    EXPECT_FALSE(plans.saveVersion(viewer, make(1, 0, QDate(2024, 1, 1))).ok());
    EXPECT_FALSE(plans.saveReportFlow(viewer, QStringLiteral("network"), QStringLiteral("x")).ok());
    EXPECT_TRUE(plans.versions()->isEmpty());
    EXPECT_TRUE(plans.reportFlows()->isEmpty());
}

TEST_F(Plans, FilingStateFollowsMajorVersionsAndMajorChanges)
{
    const qint64 v10 = save(make(1, 0, QDate(2024, 1, 1)));
    const qint64 v11 = save(make(1, 1, QDate(2024, 6, 1)));
    EXPECT_EQ(state(v10), FilingState::NotFiled);
    EXPECT_EQ(state(v11), FilingState::NotFiled); // builds on an unfiled version
    ASSERT_TRUE(file(v10, QDate(2024, 1, 10)).ok());
    EXPECT_EQ(state(v10), FilingState::Filed);
    EXPECT_EQ(state(v11), FilingState::Covered);
    const qint64 v12 = save(make(1, 2, QDate(2024, 9, 1), true));
    EXPECT_EQ(state(v12), FilingState::NotFiled); // major change flag demands refiling
    const qint64 v20 = save(make(2, 0, QDate(2025, 1, 1)));
    EXPECT_EQ(state(v20), FilingState::NotFiled); // new major number
    ASSERT_TRUE(file(v20, QDate(2025, 1, 5)).ok());
    EXPECT_EQ(state(v20), FilingState::Filed);
    auto list = *plans.versions();
    EXPECT_TRUE(list.at(0).needsOwnFiling);
    EXPECT_FALSE(list.at(1).needsOwnFiling);
    EXPECT_TRUE(list.at(2).needsOwnFiling);
    auto current = plans.currentVersion(QDate(2025, 1, 4));
    ASSERT_TRUE(current.ok());
    EXPECT_EQ(current->id, v20);
    EXPECT_EQ(plans.currentVersion(QDate(2024, 12, 31))->id, v12);
    EXPECT_FALSE(plans.currentVersion(QDate(2023, 12, 31)).ok());
    // A filed version cannot be removed; an unfiled one can.
    Status refused = plans.removeVersion(admin, v20);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("filing")));
    EXPECT_TRUE(plans.removeVersion(admin, v12).ok());
    EXPECT_EQ(audits(QStringLiteral("plan.remove")), 1);
}

TEST_F(Plans, FilingIsCheckedAgainstRegulatorAndDates)
{
    const qint64 v = save(make(1, 0, QDate(2025, 6, 1)));
    Status csrc = file(v, QDate(2025, 6, 10), RegulatorKind::Csrc);
    ASSERT_FALSE(csrc.ok());
    EXPECT_TRUE(csrc.error().contains(QStringLiteral("Regulator"))) << csrc.error().toStdString();
    EXPECT_TRUE(file(v, QDate(2026, 2, 1)).error().contains(QStringLiteral("future")));
    EXPECT_TRUE(file(v, QDate(2025, 5, 1)).error().contains(QStringLiteral("before")));
    PlanFiling f;
    f.planVersionId = v;
    f.filedOn = QDate(2025, 6, 10);
    f.filedBy = QStringLiteral("王强");
    EXPECT_TRUE(plans.saveFiling(admin, f).error().contains(QStringLiteral("Receipt")));
    EXPECT_TRUE(plans.filings()->isEmpty());

    InstitutionProfile exchange = *b->settings().institution();
    exchange.type = InstitutionType::StockExchange;
    ASSERT_TRUE(b->settings().saveInstitution(admin, exchange).ok());
    EXPECT_EQ(*plans.expectedRegulator(), RegulatorKind::Csrc);
    ASSERT_TRUE(file(v, QDate(2025, 6, 10), RegulatorKind::Csrc).ok());
    auto filings = plans.filings(v);
    ASSERT_EQ(filings->size(), 1);
    EXPECT_EQ(filings->first().regulator, RegulatorKind::Csrc);
    EXPECT_EQ(audits(QStringLiteral("plan.filing.create")), 1);
    PlanFiling edit = filings->first();
    edit.receiptNumber = QStringLiteral("R-2");
    ASSERT_TRUE(plans.saveFiling(admin, edit).ok());
    EXPECT_FALSE(plans.saveFiling(admin, edit).ok()); // stale version
    ASSERT_TRUE(plans.removeFiling(admin, edit.id).ok());
    EXPECT_TRUE(plans.filings()->isEmpty());
}

TEST_F(Plans, ReviewsAndDrillsThatAskedForAnUpdate)
{
    const qint64 v = save(make(3, 0, QDate(2025, 3, 1)));
    const qint64 drill = askingDrill(QStringLiteral("交易系统切换演练"), local(2025, 10, 18));
    held(QStringLiteral("行情演练"), local(2025, 11, 8)); // answered "no update"
    auto pending = plans.pendingDrillReviews();
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 1);
    EXPECT_EQ(pending->first().drillId, drill);
    EXPECT_EQ(pending->first().note, QStringLiteral("切换步骤需调整"));
    EXPECT_FALSE(plans.lastReview()->has_value());

    PlanReview r;
    r.date = QDate(2026, 1, 6); // tomorrow (the clock is 2026-01-05 local)
    r.reviewer = QStringLiteral("王强");
    r.result = QStringLiteral("修订第九章");
    EXPECT_TRUE(plans.saveReview(admin, r).error().contains(QStringLiteral("future")));
    r.date = QDate(2025, 11, 1);
    r.drillId = 4242;
    EXPECT_TRUE(plans.saveReview(admin, r).error().contains(QStringLiteral("drill")));
    r.drillId = drill;
    r.planVersionId = v;
    r.changeNeeded = true;
    auto id = plans.saveReview(admin, r);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    EXPECT_TRUE(plans.pendingDrillReviews()->isEmpty());
    auto last = plans.lastReview();
    ASSERT_TRUE(last->has_value());
    EXPECT_EQ((*last)->date, QDate(2025, 11, 1));
    EXPECT_TRUE((*last)->changeNeeded);
    // The reviewed version cannot be removed while a review names it.
    EXPECT_TRUE(plans.removeVersion(admin, v).error().contains(QStringLiteral("review")));
    ASSERT_TRUE(plans.removeReview(admin, *id).ok());
    EXPECT_EQ(plans.pendingDrillReviews()->size(), 1);
    EXPECT_EQ(audits(QStringLiteral("plan.review.remove")), 1);
}

TEST_F(Plans, CoverageCrossReferencesProceduresTemplatesAndFlows)
{
    ASSERT_TRUE(plans
                    .saveReportFlow(admin, QStringLiteral("data_leak"),
                                    QStringLiteral("安全管理员 → 信息技术负责人 → 证监局"))
                    .ok());
    EXPECT_TRUE(plans.saveReportFlow(admin, QStringLiteral("meteor"), QStringLiteral("x"))
                    .error()
                    .contains(QStringLiteral("meteor")));
    EXPECT_FALSE(plans.saveReportFlow(admin, QStringLiteral("network"), QStringLiteral(" ")).ok());
    auto coverage = plans.coverage();
    ASSERT_TRUE(coverage.ok()) << coverage.error().toStdString();
    EXPECT_EQ(coverage->size(), drillFaultTypes().size());
    auto of = [&](const QString &type) {
        for (const FaultTypeCoverage &c : *coverage)
            if (c.faultType == type)
                return c;
        return FaultTypeCoverage{};
    };
    const FaultTypeCoverage leak = of(QStringLiteral("data_leak"));
    EXPECT_TRUE(leak.hasReportFlow);
    EXPECT_TRUE(leak.noticeTemplateIds.contains(QStringLiteral("investor_notice_data_leak")));
    EXPECT_TRUE(leak.genericTemplateIds.contains(QStringLiteral("investor_notice_general")));
    const FaultTypeCoverage outage = of(QStringLiteral("trading_outage"));
    EXPECT_TRUE(outage.hasProcedure);
    EXPECT_GT(outage.procedureSteps, 0);
    EXPECT_FALSE(outage.hasReportFlow);
    EXPECT_FALSE(outage.complete());
    // Removing the procedure shows the gap (procedures stay in their library).
    ASSERT_TRUE(b->procedures().remove(admin, QStringLiteral("trading_outage")).ok());
    EXPECT_FALSE([&] {
        for (const FaultTypeCoverage &c : *plans.coverage())
            if (c.faultType == QStringLiteral("trading_outage"))
                return c.hasProcedure;
        return true;
    }());
    ASSERT_TRUE(plans.removeReportFlow(admin, QStringLiteral("data_leak")).ok());
    EXPECT_TRUE(plans.reportFlows()->isEmpty());
    EXPECT_EQ(audits(QStringLiteral("plan.report_flow.save")), 1);
}

} // namespace
} // namespace dd::test
