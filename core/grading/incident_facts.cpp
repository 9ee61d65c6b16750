#include "grading/incident_facts.h"

#include "grading/json_reader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dd {

namespace {

const QString InstitutionTypeKey = QStringLiteral("institution_type");
const QString SystemKey = QStringLiteral("system");
const QString SystemClassKey = QStringLiteral("system_class");
const QString MarketKey = QStringLiteral("market");
const QString StartedAtKey = QStringLiteral("started_at");
const QString RecoveredAtKey = QStringLiteral("recovered_at");
const QString AffectedShareKey = QStringLiteral("affected_share");
const QString AffectedCustomersKey = QStringLiteral("affected_customers");
const QString LeakedRecordsKey = QStringLiteral("leaked_records");
const QString FinancialLossKey = QStringLiteral("financial_loss_cny");
const QString MarketScopeKey = QStringLiteral("market_scope");
const QString RegulatorNotifiedKey = QStringLiteral("regulator_notified");
const QString FlagsKey = QStringLiteral("flags");

QString isoText(const QDateTime &t)
{
    return t.toString(t.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

} // namespace

QString IncidentFacts::defaultMarket(InstitutionType type)
{
    return type == InstitutionType::Futures || type == InstitutionType::FuturesExchange
               ? QStringLiteral("futures")
               : QStringLiteral("stock");
}

QString IncidentFacts::effectiveMarket() const
{
    return market ? *market : defaultMarket(institutionType);
}

Result<IncidentFacts> IncidentFacts::fromJson(const QByteArray &json, const QString &fileName)
{
    const JsonFieldReader r(fileName);
    auto root = r.document(json);
    if (!root)
        return root.takeError();
    return fromJsonObject(*root, fileName);
}

Result<IncidentFacts> IncidentFacts::fromJsonObject(const QJsonObject &o, const QString &fileName)
{
    const JsonFieldReader r(fileName);
    const QStringList allowed{InstitutionTypeKey,
                              SystemKey,
                              SystemClassKey,
                              MarketKey,
                              StartedAtKey,
                              RecoveredAtKey,
                              AffectedShareKey,
                              AffectedCustomersKey,
                              LeakedRecordsKey,
                              FinancialLossKey,
                              MarketScopeKey,
                              RegulatorNotifiedKey,
                              FlagsKey};
    if (Status s = r.keys(o, QString(), allowed, {InstitutionTypeKey, SystemKey, StartedAtKey}); !s)
        return s.takeError();

    IncidentFacts f;
    auto type = r.identifier(o.value(InstitutionTypeKey), InstitutionTypeKey);
    if (!type)
        return type.takeError();
    const auto institution = institutionTypeFromId(*type);
    if (!institution) {
        QStringList ids;
        for (InstitutionType t : allInstitutionTypes())
            ids.append(institutionTypeId(t));
        return r.error(InstitutionTypeKey,
                       tr("unknown institution type \"%1\" (expected one of: %2)")
                           .arg(*type, ids.join(QStringLiteral(", "))));
    }
    f.institutionType = *institution;

    auto system = r.identifier(o.value(SystemKey), SystemKey);
    if (!system)
        return system.takeError();
    f.system = *system;

    auto started = r.instant(o.value(StartedAtKey), StartedAtKey);
    if (!started)
        return started.takeError();
    f.startedAt = *started;

    if (o.contains(RecoveredAtKey)) {
        auto recovered = r.instant(o.value(RecoveredAtKey), RecoveredAtKey);
        if (!recovered)
            return recovered.takeError();
        if (*recovered < f.startedAt)
            return r.error(RecoveredAtKey, tr("is before started_at"));
        f.recoveredAt = *recovered;
    }
    if (o.contains(SystemClassKey)) {
        auto c = r.wholeNumber(o.value(SystemClassKey), SystemClassKey, 1, 5);
        if (!c)
            return c.takeError();
        f.systemClass = static_cast<int>(*c);
    }
    if (o.contains(MarketKey)) {
        auto m = r.identifier(o.value(MarketKey), MarketKey);
        if (!m)
            return m.takeError();
        f.market = *m;
    }
    if (o.contains(AffectedShareKey)) {
        auto share = r.number(o.value(AffectedShareKey), AffectedShareKey, 0, 1);
        if (!share)
            return share.takeError();
        f.affectedShare = *share;
    }
    if (o.contains(AffectedCustomersKey)) {
        auto n = r.count(o.value(AffectedCustomersKey), AffectedCustomersKey);
        if (!n)
            return n.takeError();
        f.affectedCustomers = *n;
    }
    if (o.contains(LeakedRecordsKey)) {
        auto n = r.count(o.value(LeakedRecordsKey), LeakedRecordsKey);
        if (!n)
            return n.takeError();
        f.leakedRecords = *n;
    }
    if (o.contains(FinancialLossKey)) {
        auto loss = r.nonNegativeNumber(o.value(FinancialLossKey), FinancialLossKey);
        if (!loss)
            return loss.takeError();
        f.financialLossCny = *loss;
    }
    if (o.contains(MarketScopeKey)) {
        auto scope = r.identifier(o.value(MarketScopeKey), MarketScopeKey);
        if (!scope)
            return scope.takeError();
        f.marketScope = *scope;
    }
    if (o.contains(RegulatorNotifiedKey)) {
        auto notified = r.boolean(o.value(RegulatorNotifiedKey), RegulatorNotifiedKey);
        if (!notified)
            return notified.takeError();
        f.regulatorNotified = *notified;
    }
    if (o.contains(FlagsKey)) {
        auto flags = r.array(o.value(FlagsKey), FlagsKey, true);
        if (!flags)
            return flags.takeError();
        for (qsizetype i = 0; i < flags->size(); ++i) {
            auto flag = r.identifier(flags->at(i), JsonFieldReader::index(FlagsKey, i));
            if (!flag)
                return flag.takeError();
            if (!f.flags.contains(*flag))
                f.flags.append(*flag);
        }
    }
    return f;
}

QJsonObject IncidentFacts::toJsonObject() const
{
    QJsonObject o;
    o.insert(InstitutionTypeKey, institutionTypeId(institutionType));
    o.insert(SystemKey, system);
    o.insert(StartedAtKey, isoText(startedAt));
    if (recoveredAt)
        o.insert(RecoveredAtKey, isoText(*recoveredAt));
    if (systemClass)
        o.insert(SystemClassKey, *systemClass);
    if (market)
        o.insert(MarketKey, *market);
    if (affectedShare)
        o.insert(AffectedShareKey, *affectedShare);
    if (affectedCustomers)
        o.insert(AffectedCustomersKey, *affectedCustomers);
    if (leakedRecords)
        o.insert(LeakedRecordsKey, *leakedRecords);
    if (financialLossCny)
        o.insert(FinancialLossKey, *financialLossCny);
    if (marketScope)
        o.insert(MarketScopeKey, *marketScope);
    if (regulatorNotified)
        o.insert(RegulatorNotifiedKey, *regulatorNotified);
    if (!flags.isEmpty())
        o.insert(FlagsKey, QJsonArray::fromStringList(flags));
    return o;
}

QByteArray IncidentFacts::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

} // namespace dd
