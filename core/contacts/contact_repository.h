#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "contacts/contact.h"

#include <QCoreApplication>
#include <QList>

namespace dd {

class AuditLog;
class Clock;
class Database;

// Filters for ContactRepository::contacts().
struct ContactQuery {
    QString text;      // matches name, any phone (digits), position, unit name
    qint64 unitId = 0; // 0 = any
    bool activeOnly = true;
};

// The contact handbook: units, people, the emergency organization, the succession order, the
// notification contacts and service agreements. Every write is one transaction with its audit
// row; phones are validated and normalised (PhoneNumbers) and an invalid one refuses the whole
// save, naming the field. A change to anything the handbook prints is also recorded in
// handbook_changes, so the handbook knows it changed since its last distribution.
class ContactRepository {
    Q_DECLARE_TR_FUNCTIONS(dd::ContactRepository)
public:
    static constexpr int DefaultVerifyDays = 90;
    // The verification period's setting (also read by the readiness check) and the handbook's
    // older key, read only when the first is not set.
    static constexpr const char *VerifyDaysKey = "readiness.period.handbook_days";
    static constexpr const char *LegacyVerifyDaysKey = "handbook.verify_days";

    ContactRepository(Database &db, AuditLog &audit, const Clock &clock);

    // Units
    Result<QList<Unit>> units() const;
    Result<Unit> unit(qint64 id) const;
    Result<qint64> saveUnit(const Actor &actor, const Unit &unit); // id 0 = new; returns id
    Status removeUnit(const Actor &actor, qint64 id); // refused while contacts/agreements use it

    // Contacts (people)
    Result<QList<Contact>> contacts(const ContactQuery &query = {}) const;
    Result<Contact> contact(qint64 id) const;
    // id 0 = new. For an existing contact, `version` must be the stored one (otherwise the save
    // is refused: someone else changed the person meanwhile); a save bumps it. Refused: empty
    // name, an invalid phone (named), a bad e-mail, an unknown unit, a backup that is the
    // person, unknown or inactive, and a second person with the same name and mobile. A save
    // that changes nothing writes nothing.
    Result<qint64> saveContact(const Actor &actor, const Contact &contact);
    // Deactivates (people are never deleted: the roster and timelines refer to them). Refused
    // while the person is in the succession order, a notification contact or holds a position.
    Status deactivateContact(const Actor &actor, qint64 id);
    // Sets last_verified (not in the future); one audit row "contact.verify" per person.
    Status markVerified(const Actor &actor, const QList<qint64> &ids, const QDate &on);
    // Active in-handbook contacts never verified or verified before today - verifyDays(),
    // oldest first. verifyDays(): setting readiness.period.handbook_days, else an existing
    // handbook.verify_days, else 90; a value that is not a whole number >= 1 is refused.
    Result<QList<Contact>> stale(const QDate &today) const;
    Result<int> verifyDays() const;

    // Emergency organization
    Result<QList<OrgPosition>> positions() const;
    Result<qint64> savePosition(const Actor &actor, const OrgPosition &position);
    Status removePosition(const Actor &actor, qint64 id);

    // Decision succession order (决策递补顺序): contact ids, first decides first.
    Result<QList<qint64>> succession() const;
    Status setSuccession(const Actor &actor, const QList<qint64> &contactIds);

    // Notification contacts (通报联络人)
    Result<QList<NotificationContact>> notificationContacts() const;
    Status setNotificationContact(const Actor &actor, const NotificationContact &contact);
    Result<QList<NotificationCommunication>> communications() const;
    Result<qint64> recordCommunication(const Actor &actor,
                                       const NotificationCommunication &communication);

    // Service agreements
    Result<QList<Agreement>> agreements() const;
    Result<qint64> saveAgreement(const Actor &actor, const Agreement &agreement);
    Status removeAgreement(const Actor &actor, qint64 id);

    // Handbook state. handbook() reads everything in one read transaction.
    Result<Handbook> handbook() const;
    Result<QList<HandbookChange>> changesSinceDistribution() const;
    Result<QList<HandbookDistribution>> distributions() const;
    // Records distribution n + 1 now; later changes count as "since" it even if the clock has
    // not moved on.
    Result<HandbookDistribution> recordDistribution(const Actor &actor, const QString &note);

private:
    Result<Contact> validated(const Contact &contact) const;

    Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace dd
