#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace dd {

// The kinds of institution of the 2021 measures; ids are those of the facts file.
enum class InstitutionType {
    Securities,      // 证券公司 (operating institution)
    Futures,         // 期货公司 (operating institution)
    Fund,            // 基金管理公司 (operating institution)
    StockExchange,   // 证券交易所 (core institution)
    FuturesExchange, // 期货交易所 (core institution)
    Clearing,        // 登记结算 / 行业基础设施 (core institution)
};

QList<InstitutionType> allInstitutionTypes();
QString institutionTypeId(InstitutionType type);
std::optional<InstitutionType> institutionTypeFromId(const QString &id);
QString institutionTypeName(InstitutionType type); // translated
// 核心机构 report to the CSRC, 经营机构 to the local CSRC bureau.
bool isCoreInstitution(InstitutionType type);
QString regulatorName(InstitutionType type); // translated

struct InstitutionProfile {
    QString name;
    InstitutionType type = InstitutionType::Securities;
    QString timeZoneId = QStringLiteral("Asia/Shanghai");

    bool operator==(const InstitutionProfile &) const = default;
};

class InstitutionText {
    Q_DECLARE_TR_FUNCTIONS(dd::Institution)
};

} // namespace dd
