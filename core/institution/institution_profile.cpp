#include "institution/institution_profile.h"

namespace dd {

QList<InstitutionType> allInstitutionTypes()
{
    return {InstitutionType::Securities,
            InstitutionType::Futures,
            InstitutionType::Fund,
            InstitutionType::StockExchange,
            InstitutionType::FuturesExchange,
            InstitutionType::Clearing};
}

QString institutionTypeId(InstitutionType type)
{
    switch (type) {
    case InstitutionType::Securities: return QStringLiteral("securities");
    case InstitutionType::Futures: return QStringLiteral("futures");
    case InstitutionType::Fund: return QStringLiteral("fund");
    case InstitutionType::StockExchange: return QStringLiteral("stock_exchange");
    case InstitutionType::FuturesExchange: return QStringLiteral("futures_exchange");
    case InstitutionType::Clearing: return QStringLiteral("clearing");
    }
    return {};
}

std::optional<InstitutionType> institutionTypeFromId(const QString &id)
{
    for (InstitutionType t : allInstitutionTypes())
        if (institutionTypeId(t) == id)
            return t;
    return std::nullopt;
}

QString institutionTypeName(InstitutionType type)
{
    switch (type) {
    case InstitutionType::Securities:
        return InstitutionText::tr("Securities company (operating institution)");
    case InstitutionType::Futures:
        return InstitutionText::tr("Futures company (operating institution)");
    case InstitutionType::Fund:
        return InstitutionText::tr("Fund management company (operating institution)");
    case InstitutionType::StockExchange:
        return InstitutionText::tr("Stock exchange (core institution)");
    case InstitutionType::FuturesExchange:
        return InstitutionText::tr("Futures exchange (core institution)");
    case InstitutionType::Clearing:
        return InstitutionText::tr(
            "Depository, clearing or industry infrastructure (core institution)");
    }
    return {};
}

bool isCoreInstitution(InstitutionType type)
{
    return type == InstitutionType::StockExchange || type == InstitutionType::FuturesExchange
           || type == InstitutionType::Clearing;
}

QString regulatorName(InstitutionType type)
{
    return isCoreInstitution(type) ? InstitutionText::tr("CSRC")
                                   : InstitutionText::tr("local CSRC bureau");
}

} // namespace dd
