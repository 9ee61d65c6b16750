#pragma once

#include "common/result.h"
#include "grading/json_reader.h"
#include "grading/localized_text.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace dd {

// Who receives a report. Regulator is resolved per institution type when planning: the CSRC for
// core institutions, the local CSRC bureau for operating institutions.
enum class Recipient : quint8 {
    InternalLeadership,
    Regulator,
    Csrc,
    LocalCsrcBureau,
    Exchange,
    ClearingHouse,
};

enum class ReportForm : quint8 {
    Phone,
    WrittenInitial,
    Progress,
    Recovery,
    Summary,
    Preliminary,
    Supplementary,
    Warning,
    WarningLifted,
};

// The moment a deadline counts from.
enum class DeadlineAnchor : quint8 {
    Detected,
    Graded, // the moment the incident reached the grade the obligation belongs to
    Recovered,
    Closed,
    PreliminarySubmitted,
    WarningLifted,
};

enum class DeadlineUnit : quint8 { Minutes, WorkingDays };

QString recipientId(Recipient r);
QString reportFormId(ReportForm f);
QString deadlineAnchorId(DeadlineAnchor a);
std::optional<Recipient> recipientFromId(const QString &id);
std::optional<ReportForm> reportFormFromId(const QString &id);
std::optional<DeadlineAnchor> deadlineAnchorFromId(const QString &id);
QString recipientName(Recipient r);   // translated
QString reportFormName(ReportForm f); // translated

// One reporting duty of a grade, as written in the rule set file:
//   {"id": "regulator_progress", "recipient": "regulator", "form": "progress",
//    "anchor": "detected", "minutes": 30, "repeat_minutes": 60,
//    "description": {"zh": ..., "en": ...}, "source": "..."}
// Exactly one of "minutes" (0..10080) and "working_days" (1..60). "repeat_minutes" (progress
// reports only) repeats the report every so many minutes until recovery. "also_met_by" lists
// other forms that fulfil it (a preliminary report in place of the summary report).
struct ObligationDefinition {
    QString id;
    Recipient recipient = Recipient::Regulator;
    ReportForm form = ReportForm::Phone;
    DeadlineAnchor anchor = DeadlineAnchor::Detected;
    DeadlineUnit unit = DeadlineUnit::Minutes;
    int amount = 0;
    std::optional<int> repeatMinutes;
    QList<ReportForm> alsoMetBy;
    LocalizedText description;
    QString source;

    bool operator==(const ObligationDefinition &) const = default;
};

class ObligationDefinitionParser {
    Q_DECLARE_TR_FUNCTIONS(dd::ObligationDefinitionParser)
public:
    explicit ObligationDefinitionParser(const JsonFieldReader &reader)
        : m_reader(reader)
    {}
    Result<ObligationDefinition> parse(const QJsonValue &value, const QString &path) const;
    Result<LocalizedText> localizedText(const QJsonValue &value, const QString &path) const;

private:
    const JsonFieldReader &m_reader;
};

} // namespace dd
