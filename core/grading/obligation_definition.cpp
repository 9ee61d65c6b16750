#include "grading/obligation_definition.h"

#include <QJsonArray>
#include <QJsonObject>

#include <array>

namespace dd {

namespace {

class ObligationText {
    Q_DECLARE_TR_FUNCTIONS(dd::ObligationText)
};

constexpr std::array<const char *, 6> RecipientIds{
    "internal_leadership", "regulator", "csrc", "local_csrc_bureau", "exchange", "clearing_house"};
constexpr std::array<const char *, 9> FormIds{"phone",         "written_initial", "progress",
                                              "recovery",      "summary",         "preliminary",
                                              "supplementary", "warning",         "warning_lifted"};
constexpr std::array<const char *, 6> AnchorIds{
    "detected", "graded", "recovered", "closed", "preliminary_submitted", "warning_lifted"};

template <typename Enum, std::size_t N>
std::optional<Enum> fromId(const std::array<const char *, N> &ids, const QString &id)
{
    for (std::size_t i = 0; i < N; ++i)
        if (id == QLatin1String(ids[i]))
            return static_cast<Enum>(i);
    return std::nullopt;
}

template <std::size_t N> QString idsText(const std::array<const char *, N> &ids)
{
    QStringList list;
    for (const char *id : ids)
        list.append(QString::fromLatin1(id));
    return list.join(QStringLiteral(", "));
}

constexpr int MaxMinutes = 7 * 24 * 60;
constexpr int MaxWorkingDays = 60;

} // namespace

QString recipientId(Recipient r)
{
    return QString::fromLatin1(RecipientIds[static_cast<std::size_t>(r)]);
}
QString reportFormId(ReportForm f)
{
    return QString::fromLatin1(FormIds[static_cast<std::size_t>(f)]);
}
QString deadlineAnchorId(DeadlineAnchor a)
{
    return QString::fromLatin1(AnchorIds[static_cast<std::size_t>(a)]);
}
std::optional<Recipient> recipientFromId(const QString &id)
{
    return fromId<Recipient>(RecipientIds, id);
}
std::optional<ReportForm> reportFormFromId(const QString &id)
{
    return fromId<ReportForm>(FormIds, id);
}
std::optional<DeadlineAnchor> deadlineAnchorFromId(const QString &id)
{
    return fromId<DeadlineAnchor>(AnchorIds, id);
}

QString recipientName(Recipient r)
{
    switch (r) {
    case Recipient::InternalLeadership: return ObligationText::tr("Internal leadership");
    case Recipient::Regulator: return ObligationText::tr("Regulator");
    case Recipient::Csrc: return ObligationText::tr("CSRC");
    case Recipient::LocalCsrcBureau: return ObligationText::tr("Local CSRC bureau");
    case Recipient::Exchange: return ObligationText::tr("Exchange");
    case Recipient::ClearingHouse: return ObligationText::tr("Depository and clearing");
    }
    return {};
}

QString reportFormName(ReportForm f)
{
    switch (f) {
    case ReportForm::Phone: return ObligationText::tr("Phone report");
    case ReportForm::WrittenInitial: return ObligationText::tr("Written initial report");
    case ReportForm::Progress: return ObligationText::tr("Progress report");
    case ReportForm::Recovery: return ObligationText::tr("Recovery report");
    case ReportForm::Summary: return ObligationText::tr("Summary report");
    case ReportForm::Preliminary: return ObligationText::tr("Preliminary analysis report");
    case ReportForm::Supplementary: return ObligationText::tr("Supplementary report");
    case ReportForm::Warning: return ObligationText::tr("Warning report");
    case ReportForm::WarningLifted: return ObligationText::tr("Warning lifted report");
    }
    return {};
}

Result<LocalizedText> ObligationDefinitionParser::localizedText(const QJsonValue &value,
                                                                const QString &path) const
{
    auto o = m_reader.object(value, path);
    if (!o)
        return o.takeError();
    const QStringList keys{QStringLiteral("zh"), QStringLiteral("en")};
    if (Status s = m_reader.keys(*o, path, keys, keys); !s)
        return s.takeError();
    auto zh = m_reader.text(o->value(keys[0]), JsonFieldReader::key(path, keys[0]));
    if (!zh)
        return zh.takeError();
    auto en = m_reader.text(o->value(keys[1]), JsonFieldReader::key(path, keys[1]));
    if (!en)
        return en.takeError();
    return LocalizedText{*zh, *en};
}

Result<ObligationDefinition> ObligationDefinitionParser::parse(const QJsonValue &value,
                                                               const QString &path) const
{
    auto o = m_reader.object(value, path);
    if (!o)
        return o.takeError();
    const QStringList allowed{QStringLiteral("id"),
                              QStringLiteral("recipient"),
                              QStringLiteral("form"),
                              QStringLiteral("anchor"),
                              QStringLiteral("minutes"),
                              QStringLiteral("working_days"),
                              QStringLiteral("repeat_minutes"),
                              QStringLiteral("also_met_by"),
                              QStringLiteral("description"),
                              QStringLiteral("source")};
    if (Status s = m_reader.keys(*o, path, allowed,
                                 {QStringLiteral("id"), QStringLiteral("recipient"),
                                  QStringLiteral("form"), QStringLiteral("anchor"),
                                  QStringLiteral("description"), QStringLiteral("source")});
        !s)
        return s.takeError();
    const auto at = [&path](const char *name) {
        return JsonFieldReader::key(path, QString::fromLatin1(name));
    };

    ObligationDefinition d;
    auto id = m_reader.identifier(o->value(QStringLiteral("id")), at("id"));
    if (!id)
        return id.takeError();
    d.id = *id;

    const QString recipient = o->value(QStringLiteral("recipient")).toString();
    const auto r = recipientFromId(recipient);
    if (!r)
        return m_reader.error(at("recipient"), tr("unknown recipient \"%1\" (expected one of: %2)")
                                                   .arg(recipient, idsText(RecipientIds)));
    d.recipient = *r;

    const QString form = o->value(QStringLiteral("form")).toString();
    const auto f = reportFormFromId(form);
    if (!f)
        return m_reader.error(
            at("form"),
            tr("unknown form \"%1\" (expected one of: %2)").arg(form, idsText(FormIds)));
    d.form = *f;

    const QString anchor = o->value(QStringLiteral("anchor")).toString();
    const auto a = deadlineAnchorFromId(anchor);
    if (!a)
        return m_reader.error(
            at("anchor"),
            tr("unknown anchor \"%1\" (expected one of: %2)").arg(anchor, idsText(AnchorIds)));
    d.anchor = *a;

    const bool minutes = o->contains(QStringLiteral("minutes"));
    if (minutes == o->contains(QStringLiteral("working_days")))
        return m_reader.error(path, tr("expected exactly one of \"minutes\" and \"working_days\""));
    if (minutes) {
        auto n =
            m_reader.wholeNumber(o->value(QStringLiteral("minutes")), at("minutes"), 0, MaxMinutes);
        if (!n)
            return n.takeError();
        d.unit = DeadlineUnit::Minutes;
        d.amount = static_cast<int>(*n);
    } else {
        auto n = m_reader.wholeNumber(o->value(QStringLiteral("working_days")), at("working_days"),
                                      1, MaxWorkingDays);
        if (!n)
            return n.takeError();
        d.unit = DeadlineUnit::WorkingDays;
        d.amount = static_cast<int>(*n);
    }

    if (o->contains(QStringLiteral("repeat_minutes"))) {
        // Repeats run until recovery, so they need a minute deadline counted from before it.
        if (d.form != ReportForm::Progress)
            return m_reader.error(at("repeat_minutes"), tr("only progress reports repeat"));
        if (d.unit != DeadlineUnit::Minutes)
            return m_reader.error(at("repeat_minutes"), tr("a repeated report needs \"minutes\", "
                                                           "not \"working_days\""));
        if (d.anchor == DeadlineAnchor::Recovered || d.anchor == DeadlineAnchor::Closed)
            return m_reader.error(at("repeat_minutes"), tr("reports repeat until recovery, so "
                                                           "they cannot count from \"%1\"")
                                                            .arg(anchor));
        auto n = m_reader.wholeNumber(o->value(QStringLiteral("repeat_minutes")),
                                      at("repeat_minutes"), 5, 24 * 60);
        if (!n)
            return n.takeError();
        d.repeatMinutes = static_cast<int>(*n);
    }

    if (o->contains(QStringLiteral("also_met_by"))) {
        auto list =
            m_reader.array(o->value(QStringLiteral("also_met_by")), at("also_met_by"), false);
        if (!list)
            return list.takeError();
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString other = list->at(i).toString();
            const auto of = reportFormFromId(other);
            if (!of)
                return m_reader.error(JsonFieldReader::index(at("also_met_by"), i),
                                      tr("unknown form \"%1\"").arg(other));
            if (*of != d.form && !d.alsoMetBy.contains(*of))
                d.alsoMetBy.append(*of);
        }
    }

    auto description = localizedText(o->value(QStringLiteral("description")), at("description"));
    if (!description)
        return description.takeError();
    d.description = *description;
    auto source = m_reader.text(o->value(QStringLiteral("source")), at("source"));
    if (!source)
        return source.takeError();
    d.source = *source;
    return d;
}

} // namespace dd
