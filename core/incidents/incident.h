#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace dd {

// 预警 → 处置中 → 已恢复 → 调查中 → 已关闭; a warning may be lifted (预警解除) instead.
enum class IncidentState { Warning, WarningLifted, Responding, Recovered, Investigating, Closed };

QList<IncidentState> allIncidentStates();
QString incidentStateId(IncidentState state);
std::optional<IncidentState> incidentStateFromId(const QString &id);
QString incidentStateName(IncidentState state); // translated
bool isOpen(IncidentState state);               // not closed and not a lifted warning
// The states an incident may move to next.
QList<IncidentState> nextStates(IncidentState from);

class IncidentText {
    Q_DECLARE_TR_FUNCTIONS(dd::Incident)
};

struct Incident {
    qint64 id = 0;
    QString number;
    QString title;
    IncidentState state = IncidentState::Responding;
    bool drill = false;
    QString faultType;
    QString affectedSystems;
    QString description;
    QJsonObject facts; // facts-file JSON: started_at, recovered_at, affected_customers, ...
    QDateTime detectedAt;
    QDateTime startedAt;
    QDateTime recoveredAt; // invalid while not recovered
    QDateTime closedAt;
    QString grade = QStringLiteral("none");
    QDateTime gradedAt;
    QString ruleSet;
    QString cause;
    bool causeKnown = false;
    QString responsibility;
    QString rectification;
    qint64 version = 0;
};

// What the incident list shows: one row each, read in one query.
struct IncidentSummary {
    qint64 id = 0;
    QString number;
    QString title;
    IncidentState state = IncidentState::Responding;
    bool drill = false;
    QString grade;
    QString faultType;
    QString affectedSystems;
    QDateTime detectedAt;
    QDateTime recoveredAt;
};

struct TimelineEntry {
    qint64 id = 0;
    qint64 incidentId = 0;
    QDateTime at;
    QString actor;
    QString actorName;
    QString kind;
    QString text;
    QJsonObject data;
    qint64 correctsId = 0; // 0: corrects nothing
};

struct Attachment {
    qint64 id = 0;
    qint64 entryId = 0;
    QString fileName;
    QString storedAs;
    QString sha256;
    qint64 size = 0;
    QDateTime addedAt;
};

struct ReportSubmission {
    QString obligationKey;
    QDateTime submittedAt;
    QString form; // report form id filed ("preliminary" may meet a summary obligation)
    QString actor;
    QString body;
    QString templateId; // the report template it was rendered from; empty: written by hand
    int templateVersion = 0;
};

// Where a submitted report's text came from (stored with the submission).
struct ReportSource {
    QString templateId;
    int templateVersion = 0;
};

struct ObligationWaiver {
    QString obligationKey;
    QString reason;
    QDateTime waivedAt;
    QString actor;
    QString confirmedBy;
};

} // namespace dd
