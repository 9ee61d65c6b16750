#pragma once

#include "access/actor.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dd {

class AuditLog;
class Clock;
class Database;

// The preparation inventories of the standard: technical documents and software backups
// (拓扑图, 配置参数, 系统软件和应用程序, 安装使用手册, 应急操作手册), spare parts and emergency
// supplies with stocktake and expiry dates, and the emergency budget line.
//
// Rules:
// - Dates are institution local dates (UTC+8); a date after today is refused for "last
//   checked" and "last stocktake".
// - A supply item is expired on its expiry date and after it (expiry < today + 1), so an item
//   expiring today must be replaced today. Items without an expiry date never expire.
// - One budget line per year; amounts in cents (分) of CNY, never negative.
// - Every write needs Permission::EditDutyData and is one transaction with an audit row.
//   Rows carry a `version`; a save with a stale version is refused naming who changed the row
//   and when.
enum class DocumentKind {
    NetworkTopology,     // 网络拓扑图
    DeviceConfiguration, // 设备配置参数
    SystemSoftware,      // 系统软件和应用程序 (backups)
    Manuals,             // 安装和使用手册
    EmergencyManuals,    // 应急操作手册
};

enum class SupplyCategory {
    SpareParts,        // 备品备件
    Communication,     // 通信设备
    Fire,              // 消防器材
    EmergencyLighting, // 应急照明
    Other,
};

struct TechnicalDocument {
    qint64 id = 0;
    DocumentKind kind = DocumentKind::NetworkTopology;
    QString title;
    QString location;  // where it is kept (cabinet, share, offline media)
    QString custodian; // who keeps it
    QDate lastChecked; // invalid: never checked
    QString note;
    int version = 0;
    QDateTime updatedAt;
    QString updatedBy;
};

struct SupplyItem {
    qint64 id = 0;
    SupplyCategory category = SupplyCategory::SpareParts;
    QString name;
    int quantity = 0;
    QString unit; // 台, 个, 部, ...
    QString location;
    QDate lastStocktake; // invalid: never counted
    QDate expiry;        // invalid: does not expire
    QString note;
    int version = 0;
    QDateTime updatedAt;
    QString updatedBy;
};

struct BudgetLine {
    qint64 id = 0;
    int year = 0;
    qint64 amountCents = 0; // 分
    QString currency = QStringLiteral("CNY");
    QString approvedBy;
    QDate approvedOn;
    QString note;
    int version = 0;
    QDateTime updatedAt;
    QString updatedBy;
};

namespace InventoryRules {
QList<DocumentKind> allDocumentKinds();
QList<SupplyCategory> allSupplyCategories();
bool expired(const SupplyItem &item, const QDate &today);
// Not expired yet, but expiring within `days` days after today (inclusive).
bool expiresWithin(const SupplyItem &item, const QDate &today, int days);
// Never counted, or the last stocktake is more than `periodDays` days before today.
bool stocktakeOverdue(const SupplyItem &item, const QDate &today, int periodDays);
// Never checked, or the last check is more than `periodDays` days before today.
bool checkOverdue(const TechnicalDocument &doc, const QDate &today, int periodDays);
// "12,345.67" (no currency sign).
QString formatAmount(qint64 cents);
// Parses "12345.67", "12,345.6" or "12345" into cents; nullopt when not a non-negative amount
// with at most two decimals.
std::optional<qint64> parseAmount(const QString &text);
} // namespace InventoryRules

// Ids (stored) and translated names.
QString documentKindId(DocumentKind kind); // "network_topology", "device_configuration", ...
std::optional<DocumentKind> documentKindFromId(const QString &id);
QString documentKindName(DocumentKind kind);
QString supplyCategoryId(SupplyCategory category); // "spare_parts", "communication", ...
std::optional<SupplyCategory> supplyCategoryFromId(const QString &id);
QString supplyCategoryName(SupplyCategory category);

class InventoryText {
    Q_DECLARE_TR_FUNCTIONS(dd::InventoryRegister)
};

class InventoryRegister {
    Q_DECLARE_TR_FUNCTIONS(dd::InventoryRegister)
public:
    InventoryRegister(Database &db, AuditLog &audit, const Clock &clock);

    // Technical documents and software backups
    Result<QList<TechnicalDocument>> documents() const; // by kind, then title
    Result<TechnicalDocument> document(qint64 id) const;
    // id 0 = new. Refused: empty title, empty location, a check date after today.
    Result<qint64> saveDocument(const Actor &actor, const TechnicalDocument &doc);
    Status removeDocument(const Actor &actor, qint64 id);
    // The document kinds without any entry.
    Result<QList<DocumentKind>> missingDocumentKinds() const;

    // Spare parts and emergency supplies
    Result<QList<SupplyItem>> supplies() const; // by category, then name
    Result<SupplyItem> supply(qint64 id) const;
    // id 0 = new. Refused: empty name, negative quantity, empty unit, empty location, a
    // stocktake date after today.
    Result<qint64> saveSupply(const Actor &actor, const SupplyItem &item);
    Status removeSupply(const Actor &actor, qint64 id);

    // Emergency budget
    Result<QList<BudgetLine>> budgets() const; // newest year first
    Result<std::optional<BudgetLine>> budgetFor(int year) const;
    // id 0 = new. Refused: year outside 2000–2100, a second line for the same year, negative
    // amount, currency other than CNY, approved by without a date or the reverse.
    Result<qint64> saveBudget(const Actor &actor, const BudgetLine &line);
    Status removeBudget(const Actor &actor, qint64 id);

    // Today's institution local date by the clock (UTC+8).
    QDate today() const;

private:
    Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace dd
