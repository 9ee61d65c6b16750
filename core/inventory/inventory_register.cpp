#include "inventory/inventory_register.h"

#include "audit/audit_log.h"
#include "plans/register_store.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QJsonObject>

namespace dd {

using namespace RegisterStore;

namespace {

QJsonObject toJson(const TechnicalDocument &d)
{
    return {{QStringLiteral("kind"), documentKindId(d.kind)},
            {QStringLiteral("title"), d.title},
            {QStringLiteral("location"), d.location},
            {QStringLiteral("custodian"), d.custodian},
            {QStringLiteral("last_checked"), storedDate(d.lastChecked)},
            {QStringLiteral("note"), d.note}};
}

QJsonObject toJson(const SupplyItem &s)
{
    return {{QStringLiteral("category"), supplyCategoryId(s.category)},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("quantity"), s.quantity},
            {QStringLiteral("unit"), s.unit},
            {QStringLiteral("location"), s.location},
            {QStringLiteral("last_stocktake"), storedDate(s.lastStocktake)},
            {QStringLiteral("expiry"), storedDate(s.expiry)},
            {QStringLiteral("note"), s.note}};
}

QJsonObject toJson(const BudgetLine &b)
{
    return {{QStringLiteral("year"), b.year},
            {QStringLiteral("amount_cents"), b.amountCents},
            {QStringLiteral("currency"), b.currency},
            {QStringLiteral("approved_by"), b.approvedBy},
            {QStringLiteral("approved_on"), storedDate(b.approvedOn)},
            {QStringLiteral("note"), b.note}};
}

const char *DocumentColumns =
    "id, kind, title, location, custodian, last_checked, note, version, updated_at, updated_by";
const char *SupplyColumns = "id, category, name, quantity, unit, location, last_stocktake, "
                            "expiry, note, version, updated_at, updated_by";
const char *BudgetColumns = "id, year, amount_cents, currency, approved_by, approved_on, note, "
                            "version, updated_at, updated_by";

TechnicalDocument documentFrom(const QSqlQuery &q)
{
    TechnicalDocument d;
    d.id = q.value(0).toLongLong();
    d.kind = documentKindFromId(q.value(1).toString()).value_or(DocumentKind::NetworkTopology);
    d.title = q.value(2).toString();
    d.location = q.value(3).toString();
    d.custodian = q.value(4).toString();
    d.lastChecked = date(q.value(5));
    d.note = q.value(6).toString();
    d.version = q.value(7).toInt();
    d.updatedAt = time(q.value(8));
    d.updatedBy = q.value(9).toString();
    return d;
}

SupplyItem supplyFrom(const QSqlQuery &q)
{
    SupplyItem s;
    s.id = q.value(0).toLongLong();
    s.category = supplyCategoryFromId(q.value(1).toString()).value_or(SupplyCategory::Other);
    s.name = q.value(2).toString();
    s.quantity = q.value(3).toInt();
    s.unit = q.value(4).toString();
    s.location = q.value(5).toString();
    s.lastStocktake = date(q.value(6));
    s.expiry = date(q.value(7));
    s.note = q.value(8).toString();
    s.version = q.value(9).toInt();
    s.updatedAt = time(q.value(10));
    s.updatedBy = q.value(11).toString();
    return s;
}

BudgetLine budgetFrom(const QSqlQuery &q)
{
    BudgetLine b;
    b.id = q.value(0).toLongLong();
    b.year = q.value(1).toInt();
    b.amountCents = q.value(2).toLongLong();
    b.currency = q.value(3).toString();
    b.approvedBy = q.value(4).toString();
    b.approvedOn = date(q.value(5));
    b.note = q.value(6).toString();
    b.version = q.value(7).toInt();
    b.updatedAt = time(q.value(8));
    b.updatedBy = q.value(9).toString();
    return b;
}

// Insert (id 0) or versioned update of one row; the audit row names the action prefix.
Result<qint64> upsert(Database &db, AuditLog &audit, const Actor &actor, const QString &table,
                      const QStringList &columns, QVariantList values, qint64 id, int version,
                      const QString &what, const QString &action, const QJsonObject &before,
                      const QJsonObject &after, const QString &now)
{
    QStringList cols = columns;
    cols << QStringLiteral("updated_at") << QStringLiteral("updated_by");
    values << now << actor.auditName();
    if (id == 0) {
        QStringList marks;
        for (int i = 0; i < cols.size(); ++i)
            marks << QStringLiteral("?");
        auto q =
            exec(db,
                 QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                     .arg(table, cols.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                 values);
        if (!q)
            return q.takeError();
        auto returned = insertedId(*q);
        if (!returned)
            return returned.takeError();
        id = *returned;
    } else {
        if (Status fresh = checkVersion(db, table, id, version, what); !fresh)
            return fresh.takeError();
        QStringList sets;
        for (const QString &c : cols)
            sets << c + QStringLiteral(" = ?");
        values << id;
        auto q = exec(db,
                      QStringLiteral("UPDATE %1 SET %2, version = version + 1 WHERE id = ?")
                          .arg(table, sets.join(QStringLiteral(", "))),
                      values);
        if (!q)
            return q.takeError();
    }
    auto logged = audit.append(
        actor, {action + (before.isEmpty() ? QStringLiteral(".create") : QStringLiteral(".update")),
                table, QString::number(id), before, after});
    if (!logged)
        return logged.takeError();
    return id;
}

Status removeRow(Database &db, AuditLog &audit, const Actor &actor, const QString &table, qint64 id,
                 const QString &action, const QJsonObject &before)
{
    auto q = exec(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id});
    if (!q)
        return q.takeError();
    auto logged = audit.append(actor, {action, table, QString::number(id), before, QJsonObject()});
    if (!logged)
        return logged.takeError();
    return {};
}

} // namespace

InventoryRegister::InventoryRegister(Database &db, AuditLog &audit, const Clock &clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{}

QDate InventoryRegister::today() const
{
    return localDate(m_clock.now());
}

Result<QList<TechnicalDocument>> InventoryRegister::documents() const
{
    auto q = exec(m_db, QStringLiteral("SELECT %1 FROM tech_documents ORDER BY id")
                            .arg(QLatin1String(DocumentColumns)));
    if (!q)
        return q.takeError();
    QList<TechnicalDocument> list;
    while (q->next())
        list << documentFrom(*q);
    const QList<DocumentKind> order = InventoryRules::allDocumentKinds();
    std::stable_sort(list.begin(), list.end(),
                     [&](const TechnicalDocument &a, const TechnicalDocument &b) {
                         if (a.kind != b.kind)
                             return order.indexOf(a.kind) < order.indexOf(b.kind);
                         return a.title.localeAwareCompare(b.title) < 0;
                     });
    return list;
}

Result<TechnicalDocument> InventoryRegister::document(qint64 id) const
{
    auto q = exec(m_db,
                  QStringLiteral("SELECT %1 FROM tech_documents WHERE id = ?")
                      .arg(QLatin1String(DocumentColumns)),
                  {id});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(tr("There is no document with id %1.").arg(id));
    return documentFrom(*q);
}

Result<qint64> InventoryRegister::saveDocument(const Actor &actor, const TechnicalDocument &doc)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    if (doc.title.trimmed().isEmpty())
        return fail(tr("Title: enter what the document or backup is."));
    if (doc.location.trimmed().isEmpty())
        return fail(tr("Location of \"%1\": enter where it is kept.").arg(doc.title.trimmed()));
    if (doc.lastChecked.isValid() && doc.lastChecked > today())
        return fail(tr("Last checked of \"%1\": %2 is in the future (today is %3).")
                        .arg(doc.title.trimmed(), dateText(doc.lastChecked), dateText(today())));
    return m_db.write([&]() -> Result<qint64> {
        QJsonObject before;
        if (doc.id != 0) {
            auto old = document(doc.id);
            if (!old)
                return old.takeError();
            before = toJson(*old);
        }
        return upsert(
            m_db, m_audit, actor, QStringLiteral("tech_documents"),
            {QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("location"),
             QStringLiteral("custodian"), QStringLiteral("last_checked"), QStringLiteral("note")},
            {documentKindId(doc.kind), doc.title.trimmed(), doc.location.trimmed(),
             doc.custodian.trimmed(), storedDate(doc.lastChecked), doc.note},
            doc.id, doc.version, tr("The document \"%1\"").arg(doc.title.trimmed()),
            QStringLiteral("inventory.document"), before, toJson(doc), toStoredTime(m_clock.now()));
    });
}

Status InventoryRegister::removeDocument(const Actor &actor, qint64 id)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto old = document(id);
        if (!old)
            return old.takeError();
        return removeRow(m_db, m_audit, actor, QStringLiteral("tech_documents"), id,
                         QStringLiteral("inventory.document.remove"), toJson(*old));
    });
}

Result<QList<DocumentKind>> InventoryRegister::missingDocumentKinds() const
{
    auto all = documents();
    if (!all)
        return all.takeError();
    QList<DocumentKind> missing;
    for (DocumentKind kind : InventoryRules::allDocumentKinds())
        if (std::none_of(all->cbegin(), all->cend(),
                         [&](const TechnicalDocument &d) { return d.kind == kind; }))
            missing << kind;
    return missing;
}

Result<QList<SupplyItem>> InventoryRegister::supplies() const
{
    auto q = exec(m_db, QStringLiteral("SELECT %1 FROM supply_items ORDER BY id")
                            .arg(QLatin1String(SupplyColumns)));
    if (!q)
        return q.takeError();
    QList<SupplyItem> list;
    while (q->next())
        list << supplyFrom(*q);
    const QList<SupplyCategory> order = InventoryRules::allSupplyCategories();
    std::stable_sort(list.begin(), list.end(), [&](const SupplyItem &a, const SupplyItem &b) {
        if (a.category != b.category)
            return order.indexOf(a.category) < order.indexOf(b.category);
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return list;
}

Result<SupplyItem> InventoryRegister::supply(qint64 id) const
{
    auto q = exec(m_db,
                  QStringLiteral("SELECT %1 FROM supply_items WHERE id = ?")
                      .arg(QLatin1String(SupplyColumns)),
                  {id});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(tr("There is no supply item with id %1.").arg(id));
    return supplyFrom(*q);
}

Result<qint64> InventoryRegister::saveSupply(const Actor &actor, const SupplyItem &item)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    const QString name = item.name.trimmed();
    if (name.isEmpty())
        return fail(tr("Name: enter the name of the item."));
    if (item.quantity < 0)
        return fail(
            tr("Quantity of \"%1\": expected 0 or more, got %2.").arg(name).arg(item.quantity));
    if (item.unit.trimmed().isEmpty())
        return fail(tr("Unit of \"%1\": enter the unit (pieces, sets, …).").arg(name));
    if (item.location.trimmed().isEmpty())
        return fail(tr("Location of \"%1\": enter where the item is kept.").arg(name));
    if (item.lastStocktake.isValid() && item.lastStocktake > today())
        return fail(tr("Last stocktake of \"%1\": %2 is in the future (today is %3).")
                        .arg(name, dateText(item.lastStocktake), dateText(today())));
    return m_db.write([&]() -> Result<qint64> {
        QJsonObject before;
        if (item.id != 0) {
            auto old = supply(item.id);
            if (!old)
                return old.takeError();
            before = toJson(*old);
        }
        return upsert(
            m_db, m_audit, actor, QStringLiteral("supply_items"),
            {QStringLiteral("category"), QStringLiteral("name"), QStringLiteral("quantity"),
             QStringLiteral("unit"), QStringLiteral("location"), QStringLiteral("last_stocktake"),
             QStringLiteral("expiry"), QStringLiteral("note")},
            {supplyCategoryId(item.category), name, item.quantity, item.unit.trimmed(),
             item.location.trimmed(), storedDate(item.lastStocktake), storedDate(item.expiry),
             item.note},
            item.id, item.version, tr("The supply item \"%1\"").arg(name),
            QStringLiteral("inventory.supply"), before, toJson(item), toStoredTime(m_clock.now()));
    });
}

Status InventoryRegister::removeSupply(const Actor &actor, qint64 id)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto old = supply(id);
        if (!old)
            return old.takeError();
        return removeRow(m_db, m_audit, actor, QStringLiteral("supply_items"), id,
                         QStringLiteral("inventory.supply.remove"), toJson(*old));
    });
}

Result<QList<BudgetLine>> InventoryRegister::budgets() const
{
    auto q = exec(m_db, QStringLiteral("SELECT %1 FROM emergency_budgets ORDER BY year DESC")
                            .arg(QLatin1String(BudgetColumns)));
    if (!q)
        return q.takeError();
    QList<BudgetLine> list;
    while (q->next())
        list << budgetFrom(*q);
    return list;
}

Result<std::optional<BudgetLine>> InventoryRegister::budgetFor(int year) const
{
    auto q = exec(m_db,
                  QStringLiteral("SELECT %1 FROM emergency_budgets WHERE year = ?")
                      .arg(QLatin1String(BudgetColumns)),
                  {year});
    if (!q)
        return q.takeError();
    if (!q->next())
        return std::optional<BudgetLine>();
    return std::optional<BudgetLine>(budgetFrom(*q));
}

Result<qint64> InventoryRegister::saveBudget(const Actor &actor, const BudgetLine &line)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    if (line.year < 2000 || line.year > 2100)
        return fail(tr("Year: expected a year from 2000 to 2100, got %1.").arg(line.year));
    if (line.amountCents < 0)
        return fail(tr("Amount of the %1 budget: expected 0 or more.").arg(line.year));
    if (line.currency != QLatin1String("CNY"))
        return fail(tr("Currency of the %1 budget: expected CNY, got \"%2\".")
                        .arg(line.year)
                        .arg(line.currency));
    if (line.approvedBy.trimmed().isEmpty() != !line.approvedOn.isValid())
        return fail(tr("Approved by / approval date of the %1 budget: give both or neither.")
                        .arg(line.year));
    return m_db.write([&]() -> Result<qint64> {
        auto other = budgetFor(line.year);
        if (!other)
            return other.takeError();
        if (*other && (*other)->id != line.id)
            return fail(
                tr("Year: there is already a budget line for %1; edit that one.").arg(line.year));
        QJsonObject before;
        if (line.id != 0) {
            auto old = exec(m_db,
                            QStringLiteral("SELECT %1 FROM emergency_budgets WHERE id = ?")
                                .arg(QLatin1String(BudgetColumns)),
                            {line.id});
            if (!old)
                return old.takeError();
            if (!old->next())
                return fail(tr("There is no budget line with id %1.").arg(line.id));
            before = toJson(budgetFrom(*old));
        }
        return upsert(
            m_db, m_audit, actor, QStringLiteral("emergency_budgets"),
            {QStringLiteral("year"), QStringLiteral("amount_cents"), QStringLiteral("currency"),
             QStringLiteral("approved_by"), QStringLiteral("approved_on"), QStringLiteral("note")},
            {line.year, line.amountCents, line.currency, line.approvedBy.trimmed(),
             storedDate(line.approvedOn), line.note},
            line.id, line.version, tr("The %1 budget line").arg(line.year),
            QStringLiteral("inventory.budget"), before, toJson(line), toStoredTime(m_clock.now()));
    });
}

Status InventoryRegister::removeBudget(const Actor &actor, qint64 id)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto old = exec(m_db,
                        QStringLiteral("SELECT %1 FROM emergency_budgets WHERE id = ?")
                            .arg(QLatin1String(BudgetColumns)),
                        {id});
        if (!old)
            return old.takeError();
        if (!old->next())
            return fail(tr("There is no budget line with id %1.").arg(id));
        return removeRow(m_db, m_audit, actor, QStringLiteral("emergency_budgets"), id,
                         QStringLiteral("inventory.budget.remove"), toJson(budgetFrom(*old)));
    });
}

} // namespace dd
