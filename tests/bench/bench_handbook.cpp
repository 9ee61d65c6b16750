// Handbook figures. Targets (issue 5): 500 emergency action cards to PDF in under 3 s; the
// handbook of 1,000 contacts to PDF in under 3 s (Release build).
// Run: ./build/<dir>/tests/bench/bench_handbook (needs no display: offscreen platform).
#include "handbook/action_cards.h"
#include "handbook/handbook_pdf.h"

#include <QGuiApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

using namespace dd;

namespace {

const QStringList Surnames = {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"),
                              QStringLiteral("刘"), QStringLiteral("陈"), QStringLiteral("欧阳")};
const QStringList Given = {QStringLiteral("伟"),   QStringLiteral("芳"), QStringLiteral("娜"),
                           QStringLiteral("秀英"), QStringLiteral("敏"), QStringLiteral("建国")};

// A fabricated handbook: `contacts` people in 40 units (half internal), the first `members`
// of them in 50 positions of the emergency organization with four key tasks each, a
// succession order, notification contacts and 30 service agreements.
Handbook fabricate(int contacts, int members)
{
    Handbook h;
    h.institution = QStringLiteral("基准证券股份有限公司");
    h.version = 7;
    h.date = QDate(2026, 1, 5);
    const QList<UnitKind> kinds = allUnitKinds();
    for (int u = 0; u < 40; ++u) {
        Unit unit;
        unit.id = u + 1;
        unit.kind = u < 20 ? UnitKind::Internal : kinds.at(1 + u % (kinds.size() - 1));
        unit.name = u < 20 ? QStringLiteral("第%1业务部").arg(u + 1)
                           : QStringLiteral("外部服务单位%1有限公司").arg(u + 1);
        unit.address = QStringLiteral("上海市浦东新区世纪大道%1号").arg(100 + u);
        unit.phone = QStringLiteral("+86216555%1").arg(1000 + u);
        unit.sortOrder = u;
        h.units.append(unit);
    }
    for (int i = 0; i < contacts; ++i) {
        Contact c;
        c.id = i + 1;
        c.name = Surnames.at(i % Surnames.size()) + Given.at((i / 6) % Given.size())
                 + QString::number(i);
        c.unitId = 1 + i % 40;
        c.position = QStringLiteral("高级工程师");
        c.mobile = QStringLiteral("+86139%1").arg(10000000 + i);
        c.officePhone = QStringLiteral("+86216556%1").arg(1000 + i % 9000);
        if (i % 5 == 0)
            c.dutyPhone = QStringLiteral("+86216555%1").arg(2000 + i % 8000);
        c.email = QStringLiteral("user%1@example.com").arg(i);
        c.backupId = i > 0 ? i : 2;
        h.contacts.append(c);
    }
    for (int p = 0; p < 50; ++p) {
        OrgPosition position;
        position.id = p + 1;
        position.body = p < 10 ? OrgBody::Decision : OrgBody::Executive;
        position.chair = p == 0;
        position.title =
            p == 0 ? QStringLiteral("总指挥") : QStringLiteral("第%1处置组组长").arg(p);
        position.department = QStringLiteral("technology");
        position.sortOrder = p;
        for (int t = 0; t < 4; ++t)
            position.keyTasks.append(
                QStringLiteral("组织本组按应急预案开展故障排查、系统切换与恢复验证（第%1项）")
                    .arg(t + 1));
        for (int m = p; m < members; m += 50)
            position.members.append(m + 1);
        h.positions.append(position);
    }
    h.succession = {1, 2, 3, 4};
    h.notification = {{NotificationSlot::Primary, 3, QStringLiteral("+862165550000"),
                       QStringLiteral("+862165550099")},
                      {NotificationSlot::Backup, 4, QStringLiteral("+862165550001"),
                       QStringLiteral("+862165550099")}};
    for (int a = 0; a < 30; ++a) {
        Agreement agreement;
        agreement.id = a + 1;
        agreement.title = QStringLiteral("服务保障协议%1").arg(a + 1);
        agreement.unitId = 21 + a % 20;
        agreement.ourContactId = 1 + a;
        agreement.scope = QStringLiteral("7×24 故障响应与现场支持");
        agreement.responseMethod = QStringLiteral("电话报障");
        agreement.responseTime = QStringLiteral("30 分钟");
        agreement.validFrom = QDate(2025, 1, 1);
        agreement.lastReview = QDate(2025, 7, 1);
        h.agreements.append(agreement);
    }
    return h;
}

template <typename T> void orDie(const Result<T> &r)
{
    if (!r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error()));
        std::abort();
    }
}

void BM_ActionCards500(benchmark::State &state)
{
    const Handbook h = fabricate(1000, 500);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cards.pdf"));
    int pages = 0;
    for (auto _ : state) {
        const QList<ActionCard> cards = ActionCards::build(h, {});
        auto result = ActionCards::write(cards, path, {});
        orDie(result);
        pages = result->pages;
        if (cards.size() != 500) {
            std::fprintf(stderr, "expected 500 cards, got %d\n", int(cards.size()));
            std::abort();
        }
    }
    state.counters["cards"] = 500;
    state.counters["pages"] = pages;
}
BENCHMARK(BM_ActionCards500)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_Handbook1000(benchmark::State &state)
{
    const Handbook h = fabricate(1000, 100);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("handbook.pdf"));
    int pages = 0;
    for (auto _ : state) {
        auto result = HandbookPdf::write(h, path);
        orDie(result);
        pages = *result;
    }
    state.counters["contacts"] = 1000;
    state.counters["pages"] = pages;
}
BENCHMARK(BM_Handbook1000)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
