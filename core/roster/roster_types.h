#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace dd {

// The value types of the duty roster. Instants are UTC QDateTimes; dates and times of day are
// in the institution time zone (UTC+8, see TradingCalendar::zone()).

// How much of the week a duty role must be covered.
enum class Coverage {
    Always,        // 7×24
    TradingDays,   // all of every trading day (00:00–24:00 local)
    BusinessHours, // working days 08:30–17:30 local
};
QString coverageId(Coverage coverage); // "24x7", "trading_days", "business_hours"
std::optional<Coverage> coverageFromId(const QString &id);
QString coverageName(Coverage coverage); // translated

enum class Slot { Primary, Backup }; // 主岗 / 备岗
QString slotId(Slot slot);           // "primary", "backup"
std::optional<Slot> slotFromId(const QString &id);
QString slotName(Slot slot); // translated

struct DutyRole {
    qint64 id = 0;
    QString key;    // duty_leader, it_lead, sysadmin, netadmin, dba, secadmin, liaison, custom
    QString name;   // zh_CN
    QString nameEn; // en
    Coverage coverage = Coverage::Always;
    bool backupRequired = false;
    bool swapNeedsApproval = false;
    bool builtin = false;
    int sortOrder = 0;
    qint64 version = 0; // optimistic locking: the stored version this copy was read at

    QString displayName() const; // name or nameEn by the current UI language
};

// When shifts of a rotation start and how long they last.
struct ShiftPattern {
    enum class Kind { Shifts, Daily, Weekly };
    struct ShiftTime {
        QTime start;
        int minutes = 0;
    };
    Kind kind = Kind::Daily;
    // Kind::Shifts: in order through the day from the first shift's start, not overlapping;
    // they usually tile 24 h, but a partial-day layer may leave hours free (see roster.h).
    QList<ShiftTime> shifts;
    QTime handoff{8, 30}; // Daily and Weekly
    int weekday = 1;      // Weekly: 1 = Monday … 7 = Sunday

    // {"kind":"shifts","shifts":[{"start":"08:30","hours":12},…]} | {"kind":"daily",
    // "handoff":"08:30"} | {"kind":"weekly","weekday":1,"handoff":"09:00"}; errors name path.
    static Result<ShiftPattern> fromJson(const QJsonObject &json, const QString &path);
    QJsonObject toJson() const;
};

// Ordered people on a shift pattern; one person per shift in turn from startDate.
struct Rotation {
    qint64 id = 0;
    qint64 roleId = 0;
    Slot slot = Slot::Primary;
    int layer = 1; // higher wins where rotations of one slot overlap
    QString name;
    ShiftPattern pattern;
    QDate startDate;
    QDate endDate;         // exclusive; null = open-ended
    QList<qint64> members; // contact ids
    qint64 version = 0;    // optimistic locking: the stored version this copy was read at
};

// A person takes a slot for [start, end).
struct RosterOverride {
    qint64 id = 0;
    qint64 roleId = 0;
    Slot slot = Slot::Primary;
    qint64 contactId = 0;
    qint64 replacesId = 0; // whom they replace (informational), 0 = whoever
    QDateTime start;
    QDateTime end;
    QString reason;
    qint64 swapId = 0; // the swap that made it, 0 = none
};

struct Leave {
    qint64 id = 0;
    qint64 contactId = 0;
    QDateTime start;
    QDateTime end;
    QString kind = QStringLiteral("leave"); // leave, sick, training, unavailable
    QString note;
};

// Everything the roster algorithm needs, as loaded from the database or a JSON file.
struct RosterData {
    QList<DutyRole> roles;
    QList<Rotation> rotations;
    QList<RosterOverride> overrides;
    QList<Leave> leave;
};

enum class SwapState { Requested, Accepted, Approved, Rejected, Cancelled };
QString swapStateId(SwapState state);
std::optional<SwapState> swapStateFromId(const QString &id);
QString swapStateName(SwapState state); // translated

struct Swap {
    qint64 id = 0;
    qint64 roleId = 0;
    Slot slot = Slot::Primary;
    qint64 requesterId = 0;
    qint64 counterpartId = 0;
    QDateTime giveStart; // the requester's shift that the counterpart takes
    QDateTime giveEnd;
    QDateTime takeStart; // the counterpart's shift the requester takes back (invalid = none)
    QDateTime takeEnd;
    SwapState state = SwapState::Requested;
    QString note;
    QDateTime requestedAt;
    QString requestedBy;
    QDateTime decidedAt;
    QString decidedBy;
};

struct Handover {
    qint64 id = 0;
    qint64 roleId = 0;
    qint64 outgoingId = 0;
    qint64 incomingId = 0;
    QDateTime at;
    QString openItems;
    QString recordedBy;
    QDateTime recordedAt;
};

} // namespace dd
