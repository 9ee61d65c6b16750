#include "inventory/inventory_register.h"

#include <QLocale>
#include <QRegularExpression>

namespace dd {

namespace {

struct Named {
    int value;
    const char *id;
    const char *name;
};

const Named Kinds[] = {
    {int(DocumentKind::NetworkTopology), "network_topology",
     QT_TRANSLATE_NOOP("dd::InventoryRegister", "Network topology")},
    {int(DocumentKind::DeviceConfiguration), "device_configuration",
     QT_TRANSLATE_NOOP("dd::InventoryRegister", "Device configuration")},
    {int(DocumentKind::SystemSoftware), "system_software",
     QT_TRANSLATE_NOOP("dd::InventoryRegister", "System software and applications")},
    {int(DocumentKind::Manuals), "manuals",
     QT_TRANSLATE_NOOP("dd::InventoryRegister", "Installation and user manuals")},
    {int(DocumentKind::EmergencyManuals), "emergency_manuals",
     QT_TRANSLATE_NOOP("dd::InventoryRegister", "Emergency operation manuals")},
};

const Named Categories[] = {
    {int(SupplyCategory::SpareParts), "spare_parts",
     QT_TRANSLATE_NOOP("dd::InventoryRegister", "Spare parts")},
    {int(SupplyCategory::Communication), "communication",
     QT_TRANSLATE_NOOP("dd::InventoryRegister", "Communication")},
    {int(SupplyCategory::Fire), "fire", QT_TRANSLATE_NOOP("dd::InventoryRegister", "Fire")},
    {int(SupplyCategory::EmergencyLighting), "emergency_lighting",
     QT_TRANSLATE_NOOP("dd::InventoryRegister", "Emergency lighting")},
    {int(SupplyCategory::Other), "other", QT_TRANSLATE_NOOP("dd::InventoryRegister", "Other")},
};

template <typename Table> const Named *byValue(const Table &table, int value)
{
    for (const Named &n : table)
        if (n.value == value)
            return &n;
    return nullptr;
}

template <typename Table> const Named *byId(const Table &table, const QString &id)
{
    for (const Named &n : table)
        if (id == QLatin1String(n.id))
            return &n;
    return nullptr;
}

} // namespace

QList<DocumentKind> InventoryRules::allDocumentKinds()
{
    QList<DocumentKind> all;
    for (const Named &n : Kinds)
        all << DocumentKind(n.value);
    return all;
}

QList<SupplyCategory> InventoryRules::allSupplyCategories()
{
    QList<SupplyCategory> all;
    for (const Named &n : Categories)
        all << SupplyCategory(n.value);
    return all;
}

bool InventoryRules::expired(const SupplyItem &item, const QDate &today)
{
    return item.expiry.isValid() && item.expiry <= today;
}

bool InventoryRules::expiresWithin(const SupplyItem &item, const QDate &today, int days)
{
    return item.expiry.isValid() && item.expiry > today && item.expiry <= today.addDays(days);
}

bool InventoryRules::stocktakeOverdue(const SupplyItem &item, const QDate &today, int periodDays)
{
    return !item.lastStocktake.isValid() || item.lastStocktake.daysTo(today) > periodDays;
}

bool InventoryRules::checkOverdue(const TechnicalDocument &doc, const QDate &today, int periodDays)
{
    return !doc.lastChecked.isValid() || doc.lastChecked.daysTo(today) > periodDays;
}

QString InventoryRules::formatAmount(qint64 cents)
{
    QLocale c = QLocale::c();
    c.setNumberOptions({}); // the C locale omits group separators by default
    const QString yuan = c.toString(cents / 100);
    return QStringLiteral("%1.%2").arg(yuan).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> InventoryRules::parseAmount(const QString &text)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(','));
    t.remove(QChar(0xFF0C)); // full-width comma
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,13})(?:\\.(\\d{1,2}))?$"));
    const auto m = pattern.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    QString fraction = m.captured(2);
    while (fraction.size() < 2)
        fraction += QLatin1Char('0');
    return m.captured(1).toLongLong() * 100 + fraction.toLongLong();
}

QString documentKindId(DocumentKind kind)
{
    const Named *n = byValue(Kinds, int(kind));
    return n ? QString::fromLatin1(n->id) : QString();
}

std::optional<DocumentKind> documentKindFromId(const QString &id)
{
    const Named *n = byId(Kinds, id);
    return n ? std::optional<DocumentKind>(DocumentKind(n->value)) : std::nullopt;
}

QString documentKindName(DocumentKind kind)
{
    const Named *n = byValue(Kinds, int(kind));
    return n ? InventoryText::tr(n->name) : QString();
}

QString supplyCategoryId(SupplyCategory category)
{
    const Named *n = byValue(Categories, int(category));
    return n ? QString::fromLatin1(n->id) : QString();
}

std::optional<SupplyCategory> supplyCategoryFromId(const QString &id)
{
    const Named *n = byId(Categories, id);
    return n ? std::optional<SupplyCategory>(SupplyCategory(n->value)) : std::nullopt;
}

QString supplyCategoryName(SupplyCategory category)
{
    const Named *n = byValue(Categories, int(category));
    return n ? InventoryText::tr(n->name) : QString();
}

} // namespace dd
