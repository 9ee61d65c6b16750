#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "incidents/incident.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dd {

class AuditLog;
class Clock;
class Database;

struct NewIncident {
    QString title;
    bool warning = false; // raise a warning (预警) instead of declaring an incident
    bool drill = false;
    QString faultType;
    QString affectedSystems;
    QString description;
    QJsonObject facts;    // facts-file JSON; started_at defaults to detectedAt
    QDateTime detectedAt; // defaults to now
};

struct IncidentFilter {
    QList<IncidentState> states; // empty: all
    QStringList grades;          // empty: all
    QDateTime detectedFrom;      // invalid: open-ended
    QDateTime detectedTo;
    QString text;  // in number, title, fault type, systems
    int limit = 0; // 0: no limit

    // The same test as list() applies in SQL, for filtering rows already loaded.
    bool matches(const IncidentSummary &row) const;
};

// Stores incidents and warnings with their timeline. Every method is one transaction that
// writes the change, its timeline entry and its audit row together. Grading and reporting
// rules live above this class (IncidentService); here only the lifecycle's own rules hold.
class IncidentRepository {
    Q_DECLARE_TR_FUNCTIONS(dd::IncidentRepository)
public:
    IncidentRepository(Database &db, AuditLog &audit, const Clock &clock);

    Result<qint64> declare(const Actor &actor, const NewIncident &incident);
    Result<Incident> get(qint64 id) const;
    Result<QList<IncidentSummary>> list(const IncidentFilter &filter = {}) const;
    Result<QList<TimelineEntry>> timeline(qint64 id) const;
    Result<QList<Attachment>> attachments(qint64 id) const;
    Result<QList<ReportSubmission>> submissions(qint64 id) const;
    Result<QList<ObligationWaiver>> waivers(qint64 id) const;

    // Illegal transitions are refused with the states named. Moving to recovered stamps
    // recovered_at (now, unless the facts already say when).
    Status changeState(const Actor &actor, qint64 id, IncidentState to, const QString &note = {});
    // Replaces the facts document and the descriptive fields; the timeline names what changed.
    // Refused ("changed by X at T") when `edited.version` is not the stored version any more:
    // someone saved the facts or moved the state since it was loaded.
    Status updateFacts(const Actor &actor, qint64 id, const Incident &edited);
    // Records a new grade with the reasons; a no-op when the grade is unchanged.
    Status setGrade(const Actor &actor, qint64 id, const QString &grade, const QString &ruleSet,
                    const QString &explanation, const QJsonObject &why, const QDateTime &at);
    Result<qint64> addNote(const Actor &actor, qint64 id, const QString &text,
                           qint64 correctsId = 0);
    // Adds a system-written entry (escalation, checklist, ...).
    Result<qint64> addEntry(const Actor &actor, qint64 id, const QString &kind, const QString &text,
                            const QJsonObject &data = {});
    // Copies the file into `folder` (named by its SHA-256) and records it; the hash goes into
    // the audit log.
    Result<qint64> attachFile(const Actor &actor, qint64 id, const QString &sourcePath,
                              const QString &folder);
    // `dueAt`: the obligation's due time at submission (stored for the timeliness statistics);
    // invalid when it had none yet.
    Status recordSubmission(const Actor &actor, qint64 id, const QString &obligationKey,
                            const QString &form, const QString &label, const QString &body,
                            const ReportSource &source = {}, const QDateTime &dueAt = {});
    Status recordWaiver(const Actor &actor, const Actor &confirmedBy, qint64 id,
                        const QString &obligationKey, const QString &label, const QString &reason);

    // The folder for attachments of the database at `databasePath`.
    static QString attachmentFolderFor(const QString &databasePath);

private:
    Result<qint64> appendEntry(const Actor &actor, qint64 id, const QString &kind,
                               const QString &text, const QJsonObject &data, qint64 correctsId = 0);
    Status audit(const Actor &actor, const QString &action, qint64 id, const QJsonObject &before,
                 const QJsonObject &after);
    // Stamps updated_at; an `edit` (facts, state) also raises the version. A new grade does
    // not: it follows from the facts and the time, so a threshold passing while an officer
    // types must not refuse the officer's save.
    Status touch(qint64 id, bool edit = true);

    Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
};

QJsonObject toJson(const Incident &incident);

} // namespace dd
