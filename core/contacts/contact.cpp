#include "contacts/contact.h"

#include <algorithm>

namespace dd {

namespace {

class ContactText {
    Q_DECLARE_TR_FUNCTIONS(dd::Contact)
public:
    static QString unitKind(UnitKind kind)
    {
        switch (kind) {
        case UnitKind::Internal: return tr("Internal department");
        case UnitKind::Carrier: return tr("Telecom carrier");
        case UnitKind::Fire: return tr("Fire service");
        case UnitKind::Power: return tr("Power supply");
        case UnitKind::AirConditioning: return tr("Air conditioning");
        case UnitKind::HardwareVendor: return tr("Hardware vendor");
        case UnitKind::SoftwareVendor: return tr("Software vendor");
        case UnitKind::SecurityService: return tr("Security service");
        case UnitKind::Regulator: return tr("Regulator");
        case UnitKind::Exchange: return tr("Exchange");
        case UnitKind::Other: return tr("Other unit");
        }
        return {};
    }

    static QString orgBody(OrgBody body)
    {
        switch (body) {
        case OrgBody::Decision: return tr("Decision body");
        case OrgBody::Executive: return tr("Executive body");
        }
        return {};
    }

    static QString department(const QString &id)
    {
        static const struct {
            const char *id;
            const char *name;
        } names[] = {
            {"business", QT_TRANSLATE_NOOP("dd::Contact", "Business")},
            {"technology", QT_TRANSLATE_NOOP("dd::Contact", "Technology")},
            {"risk", QT_TRANSLATE_NOOP("dd::Contact", "Risk management")},
            {"settlement", QT_TRANSLATE_NOOP("dd::Contact", "Settlement")},
            {"finance", QT_TRANSLATE_NOOP("dd::Contact", "Finance")},
            {"customer_service", QT_TRANSLATE_NOOP("dd::Contact", "Customer service")},
            {"security", QT_TRANSLATE_NOOP("dd::Contact", "Security")},
            {"general", QT_TRANSLATE_NOOP("dd::Contact", "General affairs")},
        };
        for (const auto &n : names)
            if (id == QLatin1String(n.id))
                return tr(n.name);
        return id;
    }
};

struct KindId {
    UnitKind kind;
    const char *id;
};

const KindId kindIds[] = {
    {UnitKind::Internal, "internal"},
    {UnitKind::Carrier, "carrier"},
    {UnitKind::Fire, "fire"},
    {UnitKind::Power, "power"},
    {UnitKind::AirConditioning, "air_conditioning"},
    {UnitKind::HardwareVendor, "hardware_vendor"},
    {UnitKind::SoftwareVendor, "software_vendor"},
    {UnitKind::SecurityService, "security_service"},
    {UnitKind::Regulator, "regulator"},
    {UnitKind::Exchange, "exchange"},
    {UnitKind::Other, "other"},
};

} // namespace

QList<UnitKind> allUnitKinds()
{
    QList<UnitKind> kinds;
    for (const KindId &k : kindIds)
        kinds << k.kind;
    return kinds;
}

QString unitKindId(UnitKind kind)
{
    for (const KindId &k : kindIds)
        if (k.kind == kind)
            return QLatin1String(k.id);
    return QStringLiteral("other");
}

std::optional<UnitKind> unitKindFromId(const QString &id)
{
    for (const KindId &k : kindIds)
        if (id == QLatin1String(k.id))
            return k.kind;
    return std::nullopt;
}

QString unitKindName(UnitKind kind)
{
    return ContactText::unitKind(kind);
}

QString Contact::bestPhone() const
{
    if (!dutyPhone.isEmpty())
        return dutyPhone;
    if (!mobile.isEmpty())
        return mobile;
    return officePhone;
}

QString orgBodyId(OrgBody body)
{
    return body == OrgBody::Decision ? QStringLiteral("decision") : QStringLiteral("executive");
}

std::optional<OrgBody> orgBodyFromId(const QString &id)
{
    if (id == QLatin1String("decision"))
        return OrgBody::Decision;
    if (id == QLatin1String("executive"))
        return OrgBody::Executive;
    return std::nullopt;
}

QString orgBodyName(OrgBody body)
{
    return ContactText::orgBody(body);
}

QStringList requiredDepartments()
{
    return {QStringLiteral("business"), QStringLiteral("technology"),
            QStringLiteral("risk"),     QStringLiteral("settlement"),
            QStringLiteral("finance"),  QStringLiteral("customer_service"),
            QStringLiteral("security"), QStringLiteral("general")};
}

QString departmentName(const QString &department)
{
    return ContactText::department(department);
}

QDate Agreement::nextReviewDue() const
{
    const QDate from = lastReview.isValid() ? lastReview : validFrom;
    if (!from.isValid())
        return {};
    return from.addDays(std::max(1, reviewPeriodDays));
}

bool Agreement::expired(const QDate &today) const
{
    return validTo.isValid() && today.isValid() && validTo < today;
}

const Contact *Handbook::contact(qint64 id) const
{
    for (const Contact &c : contacts)
        if (c.id == id)
            return &c;
    for (const Contact &c : referenced)
        if (c.id == id)
            return &c;
    return nullptr;
}

const Unit *Handbook::unit(qint64 id) const
{
    for (const Unit &u : units)
        if (u.id == id)
            return &u;
    return nullptr;
}

} // namespace dd
