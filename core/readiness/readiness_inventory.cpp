// Inventory checks: technical documents and backups, spare parts and supplies, the budget.
#include "app/backend.h"
#include "inventory/inventory_register.h"
#include "readiness/readiness_internal.h"

namespace dd {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(dd::Readiness)
};

QString shortList(const QStringList &items)
{
    return ReadinessInput::items(items.mid(0, 4))
           + (items.size() > 4 ? QStringLiteral("…") : QString());
}

ReadinessCheck documents(const ReadinessInput &in, const QList<TechnicalDocument> &docs)
{
    ReadinessCheck check = makeCheck(
        "inventory.documents",
        "妥善保管网络拓扑图、设备配置参数、系统软件和应用程序、安装使用手册、应急操作手册等技术资料"
        "和软件备份",
        "应急准备·技术资料", ReadinessGroups::Resources,
        QT_TRANSLATE_NOOP("dd::Readiness",
                          "Every kind of document and backup kept and checked within period"),
        "plans", "documents");
    const int days = in.period(ReadinessSettings::DocumentsCheckDays);
    check.evidence.append(Text::tr("Period %1 days (%2)")
                              .arg(days)
                              .arg(QString::fromLatin1(ReadinessSettings::DocumentsCheckDays.key)));
    QStringList missingKinds;
    for (const DocumentKind kind : InventoryRules::allDocumentKinds()) {
        bool present = false;
        for (const TechnicalDocument &d : docs)
            present = present || d.kind == kind;
        if (!present)
            missingKinds.append(documentKindName(kind));
    }
    QStringList overdue;
    QDate earliest;
    for (const TechnicalDocument &d : docs) {
        const QDate due = d.lastChecked.isValid() ? d.lastChecked.addDays(days) : QDate();
        const bool late = !due.isValid() || due < in.asOf;
        if (late)
            overdue.append(d.title);
        else if (!earliest.isValid() || due < earliest)
            earliest = due;
        if (late || in.asOf.daysTo(due) <= in.dueSoonDays())
            check.evidence.append(Text::tr("%1 (%2, %3): last checked %4, due %5")
                                      .arg(d.title, documentKindName(d.kind), d.location,
                                           ReadinessInput::date(d.lastChecked),
                                           ReadinessInput::date(due)));
    }
    QStringList problems;
    if (!missingKinds.isEmpty()) {
        check.evidence.append(
            Text::tr("No entry for: %1").arg(ReadinessInput::items(missingKinds)));
        problems.append(Text::tr("missing: %1").arg(ReadinessInput::items(missingKinds)));
    }
    if (!overdue.isEmpty())
        problems.append(
            Text::tr("not checked within %1 days: %2").arg(days).arg(shortList(overdue)));
    if (!problems.isEmpty()) {
        check.status = CheckStatus::Failing;
        check.summary = ReadinessInput::findings(problems);
        return check;
    }
    in.applyDue(check, earliest);
    check.summary =
        Text::tr("%n item(s), all checked; next check due %1", nullptr, int(docs.size()))
            .arg(ReadinessInput::date(earliest));
    return check;
}

ReadinessCheck supplies(const ReadinessInput &in, const QList<SupplyItem> &items)
{
    ReadinessCheck check = makeCheck(
        "inventory.supplies", "配备必要的备品备件和应急设备物资，定期盘点，及时更换过期物资",
        "应急准备·应急物资", ReadinessGroups::Resources,
        QT_TRANSLATE_NOOP("dd::Readiness", "Supplies not expired and stocktaken within period"),
        "plans", "supplies");
    const int days = in.period(ReadinessSettings::StocktakeDays);
    check.evidence.append(Text::tr("Stocktake period %1 days (%2)")
                              .arg(days)
                              .arg(QString::fromLatin1(ReadinessSettings::StocktakeDays.key)));
    if (items.isEmpty()) {
        check.status = CheckStatus::Failing;
        check.summary = Text::tr("No spare parts or emergency supplies are recorded");
        return check;
    }
    // The kinds of emergency equipment the standard names must each be there.
    QStringList missingCategories;
    for (const SupplyCategory category :
         {SupplyCategory::Communication, SupplyCategory::Fire, SupplyCategory::EmergencyLighting}) {
        bool present = false;
        for (const SupplyItem &item : items)
            present = present || item.category == category;
        if (!present)
            missingCategories.append(supplyCategoryName(category));
    }
    if (!missingCategories.isEmpty())
        check.evidence.append(
            Text::tr("No item in: %1").arg(ReadinessInput::items(missingCategories)));
    QStringList expired, uncounted;
    QDate earliest;
    for (const SupplyItem &item : items) {
        const QString label = Text::tr("%1 × %2 %3 (%4)")
                                  .arg(item.name)
                                  .arg(item.quantity)
                                  .arg(item.unit, item.location);
        if (InventoryRules::expired(item, in.asOf)) {
            expired.append(item.name);
            check.evidence.append(
                Text::tr("%1: expired %2").arg(label, ReadinessInput::date(item.expiry)));
        } else if (item.expiry.isValid()) {
            const QDate lastGood = item.expiry.addDays(-1);
            if (!earliest.isValid() || lastGood < earliest)
                earliest = lastGood;
            if (in.asOf.daysTo(lastGood) <= in.dueSoonDays())
                check.evidence.append(
                    Text::tr("%1: expires %2").arg(label, ReadinessInput::date(item.expiry)));
        }
        const QDate due = item.lastStocktake.isValid() ? item.lastStocktake.addDays(days) : QDate();
        if (InventoryRules::stocktakeOverdue(item, in.asOf, days) || !due.isValid()
            || due < in.asOf) {
            uncounted.append(item.name);
            check.evidence.append(Text::tr("%1: last stocktake %2")
                                      .arg(label, ReadinessInput::date(item.lastStocktake)));
        } else {
            if (!earliest.isValid() || due < earliest)
                earliest = due;
            if (in.asOf.daysTo(due) <= in.dueSoonDays())
                check.evidence.append(
                    Text::tr("%1: stocktake due %2").arg(label, ReadinessInput::date(due)));
        }
    }
    QStringList problems;
    if (!missingCategories.isEmpty())
        problems.append(
            Text::tr("nothing recorded in: %1").arg(ReadinessInput::items(missingCategories)));
    if (!expired.isEmpty())
        problems.append(Text::tr("expired: %1").arg(shortList(expired)));
    if (!uncounted.isEmpty())
        problems.append(
            Text::tr("not stocktaken within %1 days: %2").arg(days).arg(shortList(uncounted)));
    if (!problems.isEmpty()) {
        check.status = CheckStatus::Failing;
        check.summary = ReadinessInput::findings(problems);
        return check;
    }
    in.applyDue(check, earliest);
    check.summary = Text::tr("%n item(s) current; next date %1", nullptr, int(items.size()))
                        .arg(ReadinessInput::date(earliest));
    return check;
}

Result<ReadinessCheck> budget(const ReadinessInput &in, const InventoryRegister &inventory)
{
    ReadinessCheck check = makeCheck(
        "inventory.budget", "保障应急处置工作所需经费", "应急准备·应急经费",
        ReadinessGroups::Resources,
        QT_TRANSLATE_NOOP("dd::Readiness", "Emergency budget set for the year"), "plans", "budget");
    const int year = in.asOf.year();
    const auto line = inventory.budgetFor(year);
    if (!line)
        return line.takeError();
    if (!line->has_value() || (*line)->amountCents <= 0) {
        check.status = CheckStatus::Failing;
        check.summary = Text::tr("No emergency budget for %1").arg(year);
        return check;
    }
    check.evidence.append(Text::tr("%1: %2 %3, approved by %4 on %5")
                              .arg(year)
                              .arg(InventoryRules::formatAmount((*line)->amountCents),
                                   (*line)->currency, (*line)->approvedBy,
                                   ReadinessInput::date((*line)->approvedOn)));
    check.status = CheckStatus::Ok;
    check.summary = Text::tr("%1 budget: %2 %3")
                        .arg(year)
                        .arg(InventoryRules::formatAmount((*line)->amountCents), (*line)->currency);
    // Near the year's end, next year's line is due.
    const QDate yearEnd(year, 12, 31);
    if (in.asOf.daysTo(yearEnd) < in.dueSoonDays()) {
        const auto next = inventory.budgetFor(year + 1);
        if (!next)
            return next.takeError();
        if (!next->has_value()) {
            check.status = CheckStatus::DueSoon;
            check.dueBy = yearEnd;
            check.evidence.append(Text::tr("No budget yet for %1").arg(year + 1));
        }
    }
    return check;
}

} // namespace

namespace ReadinessChecks {

Status inventory(const ReadinessInput &in, QList<ReadinessCheck> &out)
{
    const InventoryRegister inventory(in.backend.database(), in.backend.audit(),
                                      in.backend.clock());
    const auto docs = inventory.documents();
    if (!docs)
        return docs.takeError();
    const auto items = inventory.supplies();
    if (!items)
        return items.takeError();
    out.append(documents(in, *docs));
    out.append(supplies(in, *items));
    const auto line = budget(in, inventory);
    if (!line)
        return line.takeError();
    out.append(*line);
    return {};
}

} // namespace ReadinessChecks

} // namespace dd
