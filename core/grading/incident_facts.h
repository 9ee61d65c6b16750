#pragma once

#include "common/result.h"
#include "institution/institution_profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd {

// What is known about an incident, as graded. A fixed interface: the facts file (JSON) is read
// by dutyctl, tests and other tools. Keys:
//   institution_type   required  securities | futures | fund | stock_exchange |
//                                futures_exchange | clearing
//   system             required  a system kind of the rule set's vocabulary (centralized_trading…)
//   started_at         required  ISO 8601 with offset
//   recovered_at       optional  ISO 8601 with offset, not before started_at; absent = still down
//   system_class       optional  1..5 (2021 measures: 5 highest)
//   market             optional  calendar market for trading-time counting (default: futures for
//                                futures and futures_exchange, else stock)
//   affected_share     optional  0..1, share of customers/units/securities affected
//   affected_customers, leaked_records  optional whole numbers >= 0
//   financial_loss_cny optional  number >= 0
//   market_scope       optional  id such as whole_market, single_product
//   regulator_notified optional  bool
//   flags              optional  list of ids (free-form markers such as computer_crime)
// Unknown keys are refused with their name.
struct IncidentFacts {
    Q_DECLARE_TR_FUNCTIONS(dd::IncidentFacts)
public:
    InstitutionType institutionType = InstitutionType::Securities;
    QString system;
    std::optional<int> systemClass;
    std::optional<QString> market;
    QDateTime startedAt;
    std::optional<QDateTime> recoveredAt;
    std::optional<double> affectedShare;
    std::optional<qint64> affectedCustomers;
    std::optional<qint64> leakedRecords;
    std::optional<double> financialLossCny;
    std::optional<QString> marketScope;
    std::optional<bool> regulatorNotified;
    QStringList flags;

    // The market whose trading time counts: `market` when given, else derived from the type.
    QString effectiveMarket() const;
    static QString defaultMarket(InstitutionType type);

    // Errors name the file and the JSON path: "facts.json: affected_share: expected a number
    // from 0 to 1". Parsing is all-or-nothing.
    static Result<IncidentFacts> fromJson(const QByteArray &json, const QString &fileName);
    static Result<IncidentFacts> fromJsonObject(const QJsonObject &object, const QString &fileName);
    QJsonObject toJsonObject() const;
    QByteArray toJson() const; // indented, keys sorted

    bool operator==(const IncidentFacts &) const = default;
};

} // namespace dd
