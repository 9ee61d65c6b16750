#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd {

// The kinds of unit in the handbook: our own departments and the related external units.
enum class UnitKind {
    Internal,
    Carrier,         // 通信运营商
    Fire,            // 消防
    Power,           // 电力
    AirConditioning, // 空调
    HardwareVendor,
    SoftwareVendor,
    SecurityService,
    Regulator,
    Exchange,
    Other
};

QList<UnitKind> allUnitKinds();
QString unitKindId(UnitKind kind); // "internal", "carrier", ... as stored
std::optional<UnitKind> unitKindFromId(const QString &id);
QString unitKindName(UnitKind kind); // translated

struct Unit {
    qint64 id = 0;
    QString name;
    UnitKind kind = UnitKind::Internal;
    QString address;
    QString phone; // normalised (see PhoneNumbers), "" = none
    QString notes;
    int sortOrder = 0;
    qint64 version = 0; // optimistic locking: a save against an older version is refused
};

// A person in the handbook: THE people table (roster, escalation, organization and action cards
// refer to contacts by id). Phones are normalised E.164 strings or "".
struct Contact {
    qint64 id = 0;
    QString name;
    qint64 unitId = 0; // 0 = none
    QString position;
    QString mobile;
    QString officePhone;
    QString dutyPhone;
    QString fax;
    QString email;
    qint64 backupId = 0; // 备岗, 0 = none
    QDate lastVerified;  // null = never verified
    QString notes;
    bool inHandbook = true;
    bool active = true;
    QString operatorLogin; // the operator this person signs in as, "" = none
    qint64 version = 0;

    // The number to call first: duty line, then mobile, then office.
    QString bestPhone() const;
};

enum class OrgBody { Decision, Executive }; // 指挥决策机构, 执行机构
QString orgBodyId(OrgBody body);            // "decision", "executive"
std::optional<OrgBody> orgBodyFromId(const QString &id);
QString orgBodyName(OrgBody body); // translated

// The departments the decision body must represent (业务/技术/风控/结算/财务/客服/安保/综合).
QStringList requiredDepartments();                 // ids
QString departmentName(const QString &department); // translated; free text returned as is

struct OrgPosition {
    qint64 id = 0;
    OrgBody body = OrgBody::Executive;
    QString title;
    QString department;
    bool chair = false;
    QStringList keyTasks; // printed on the action cards
    int sortOrder = 0;
    QList<qint64> members; // contact ids, in order
    qint64 version = 0;    // optimistic locking: a save against an older version is refused
};

enum class NotificationSlot { Primary, Backup };

struct NotificationContact {
    NotificationSlot slot = NotificationSlot::Primary;
    qint64 contactId = 0;
    QString dutyPhone;
    QString fax;
};

struct NotificationCommunication {
    qint64 id = 0;
    QDate communicated;
    QString recipient;
    qint64 unitId = 0;
    QString method;
    QString notes;
};

struct Agreement {
    qint64 id = 0;
    QString title;
    qint64 unitId = 0;
    qint64 ourContactId = 0;
    qint64 theirContactId = 0;
    QString scope;
    QString responseMethod;
    QString responseTime;
    QDate validFrom;
    QDate validTo; // null = open-ended
    int reviewPeriodDays = 365;
    QDate lastReview;
    QString lastReviewResult;
    QString notes;
    qint64 version = 0; // optimistic locking: a save against an older version is refused

    QDate nextReviewDue() const; // lastReview (or validFrom) + period; null when neither is set
    bool expired(const QDate &today) const;
};

struct HandbookChange {
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString entity;
    qint64 entityId = 0;
    qint64 unitId = 0;
    QString summary;
};

struct HandbookDistribution {
    qint64 id = 0;
    int version = 0;
    QDateTime distributedAt;
    QString actor;
    QString note;
};

// Everything the handbook PDF and the action cards print, read in one go.
struct Handbook {
    QString institution;
    int version = 0;         // the next distribution's number (last distributed + 1)
    QDate date;              // today, in the institution time zone
    QList<Unit> units;       // by sort order, name
    QList<Contact> contacts; // active, in handbook; by unit, name
    // Contacts the organization, succession, notification contacts or agreements refer to that
    // are not in `contacts` (not in the handbook, or no longer active); by name.
    QList<Contact> referenced;
    QList<OrgPosition> positions; // decision body first, by sort order
    QList<qint64> succession;     // contact ids, rank order
    QList<NotificationContact> notification;
    // Whom the notification contacts were communicated to (regulators, units), newest first.
    QList<NotificationCommunication> communications;
    QList<Agreement> agreements;

    const Contact *contact(qint64 id) const; // in contacts or referenced; nullptr if neither
    const Unit *unit(qint64 id) const;
};

} // namespace dd
