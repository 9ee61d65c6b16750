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

// Delivery (交付) of a system into operation.
enum class DeliveryCategory {
    Software,
    Hardware,
    Documents,
    Manuals,
    TrainingMaterial,
    Tools,
    Agreements, // agreements and contracts
};
enum class ChecklistStatus { Pending, Received, NotApplicable };
enum class DeliveryState { Planned, InProgress, Accepted };

QList<DeliveryCategory> allDeliveryCategories();
QString deliveryCategoryId(DeliveryCategory c);
std::optional<DeliveryCategory> deliveryCategoryFromId(const QString &id);
QString deliveryCategoryName(DeliveryCategory c);
QString checklistStatusId(ChecklistStatus s);
std::optional<ChecklistStatus> checklistStatusFromId(const QString &id);
QString checklistStatusName(ChecklistStatus s);
QString deliveryStateId(DeliveryState s);
std::optional<DeliveryState> deliveryStateFromId(const QString &id);
QString deliveryStateName(DeliveryState s);

struct ChecklistEntry {
    DeliveryCategory category = DeliveryCategory::Software;
    ChecklistStatus status = ChecklistStatus::Pending;
    QString detail; // what was delivered, or why not applicable
};

struct DeliveryTraining {
    qint64 id = 0;
    QDate heldOn;
    QString trainer;
    QString attendees; // the operations staff trained
    QString topic;
};

struct DeliveryRecord {
    qint64 id = 0;
    QDateTime at;
    QString by;
    QString text;
};

struct Delivery {
    qint64 id = 0;
    QString title;
    QString supplier;
    qint64 itemId = 0;        // the configuration item delivered, if any
    QString responsibilities; // delivery plan: who is responsible for what
    QString steps;            // delivery plan: the steps
    QDate plannedOn;
    DeliveryState state = DeliveryState::Planned;
    QDate acceptedOn;
    QString acceptedBy;
    QString note;
    QList<ChecklistEntry> checklist; // one per category, always all seven
    QList<DeliveryTraining> training;
    QList<DeliveryRecord> records;
    int version = 0;
    QDateTime updatedAt;
    QString updatedBy;
};

// Rules:
// - Every delivery has the seven checklist categories; each is pending, received (with what
//   was received) or not applicable (with why).
// - The plan needs its responsibilities and steps before the delivery starts (planned → in
//   progress). Acceptance needs every category received or not applicable with its detail
//   and at least one training of the operations staff; an accepted delivery is not edited,
//   records may still be added.
// - Every write needs Permission::EditDutyData, one transaction, an audit row and the version
//   read (a stale save is refused naming who changed it and when).
class DeliveryRegister {
    Q_DECLARE_TR_FUNCTIONS(dd::DeliveryRegister)
public:
    DeliveryRegister(Database &db, AuditLog &audit, const Clock &clock);

    Result<QList<Delivery>> deliveries() const; // newest first, with checklists
    Result<Delivery> delivery(qint64 id) const;
    Result<qint64> save(const Actor &actor, const Delivery &delivery); // header and checklist
    Status start(const Actor &actor, qint64 id);
    Status accept(const Actor &actor, qint64 id);
    Result<qint64> addTraining(const Actor &actor, qint64 id, const DeliveryTraining &training);
    Result<qint64> addRecord(const Actor &actor, qint64 id, const QString &text);
    QStringList acceptBlockers(const Delivery &delivery) const;

private:
    Status loadDetails(Delivery &d) const;

    Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace dd
