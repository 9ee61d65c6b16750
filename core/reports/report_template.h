#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd {

// What a template is for (the library groups by it).
enum class ReportKind : quint8 {
    RegulatorReport,
    Notice,
    InvestorNotice,
    Drill,
    Handbook,
    Internal
};
// The data a template is rendered against.
// Readiness: the readiness checks as of a day (subject yyyymmdd, ReadinessReportContext).
enum class ContextKind : quint8 { Incident, Drill, Year, Handbook, Readiness };
// What a template can be turned into (render/reports writes them).
enum class OutputForm : quint8 { Pdf, Odt, Html, Text };
// The markup of a template body after mustache has run.
enum class TemplateFormat : quint8 { Markdown, Html };

QString reportKindId(ReportKind kind); // "regulator_report", "notice", "investor_notice", "drill",
                                       // "handbook", "internal"
std::optional<ReportKind> reportKindFromId(const QString &id);
QString reportKindName(ReportKind kind); // translated
QString contextKindId(ContextKind kind); // "incident", "drill", "year", "handbook"
std::optional<ContextKind> contextKindFromId(const QString &id);
QString contextKindName(ContextKind kind); // translated
QString outputFormId(OutputForm form);     // "pdf", "odt", "html", "txt"
std::optional<OutputForm> outputFormFromId(const QString &id);
QString outputFormName(OutputForm form);         // translated
QString templateFormatId(TemplateFormat format); // "markdown", "html"
std::optional<TemplateFormat> templateFormatFromId(const QString &id);

// One report or notice template: a header (the fields below) and a mustache body.
struct ReportTemplate {
    QString id; // "incident_initial"; custom copies get their own id
    QString titleZh;
    QString titleEn;
    ReportKind kind = ReportKind::Internal;
    ContextKind context = ContextKind::Incident;
    QList<OutputForm> outputs;
    TemplateFormat format = TemplateFormat::Markdown;
    QString language;       // "zh_CN" or "en"
    QStringList forms;      // report form ids this template files (reportFormId): "written_initial"
    QStringList faultTypes; // fault types it is meant for; empty = any
    QString body;           // the mustache text without the header
    bool builtIn = false;   // built-ins are read-only; users copy them
    QString basedOn;        // the built-in a custom template was copied from
    QDateTime updatedAt;    // custom templates only
    QString updatedBy;
    qint64 version = 0;

    QString title(const QString &language) const; // zh title for zh*, else en (falls back)
};

// A rendered document, before it becomes a PDF, ODT, HTML or text file.
struct RenderedReport {
    QString templateId;
    QString title; // in the template's language
    TemplateFormat format = TemplateFormat::Markdown;
    QString text; // markdown or HTML, every tag resolved
    QString language;
    bool drill = false; // rendered from drill data: every page carries the drill banner
    QString institution;
    QString classification; // 内部 / internal unless the template says otherwise
};

// One variable a context offers, for validation and the in-app reference list. `path` is
// dot-separated; the fields of a list's items are listed with the list's path as prefix
// ("timeline" is a List, "timeline.at" a Text field of each entry).
enum class VariableType : quint8 { Text, Flag, List, Object };
struct ContextVariable {
    QString path;
    VariableType type = VariableType::Text;
    const char *description = nullptr; // source text, context "dd::ReportContext"
    QString example;                   // shown in the reference list; may be empty
    QString translatedDescription() const;
};

} // namespace dd
