#pragma once

#include "common/result.h"
#include "drills/drill.h"
#include "incidents/zoned_time_edit.h"
#include "reports/report_template.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

class QTableWidget;
class QTableWidgetItem;

namespace dd {
class Backend;
namespace ui {
struct UiContext;
} // namespace ui
} // namespace dd

namespace dd {
namespace ui {

// Shared pieces of the drills page: formatting in the institution zone (UTC+8), sortable
// read-only tables, permission checks and the reports the page renders.
class DrillUi {
    Q_DECLARE_TR_FUNCTIONS(dd::ui::DrillUi)
public:
    static QString localText(const QDateTime &utc); // "2026-03-02 10:15" UTC+8, "—" if invalid
    static QString dateText(const QDate &date);     // "2026-03-02", "—" if invalid
    static QDate today(const UiContext &context);   // local date of the backend clock
    // A sortable, read-only, single-selection table with the given object name.
    static QTableWidget *table(const QString &name, QWidget *parent);
    // A read-only cell carrying `id` (Qt::UserRole); sortKey, when valid, is what sorts.
    static QTableWidgetItem *cell(const QString &text, qint64 id, const QVariant &sortKey = {});
    // Hides the rows of `table` whose cells do not contain `text` (case-insensitive).
    static void filterRows(QTableWidget *table, const QString &text);
    // Names of every contact, active or not (ids the drills refer to stay readable).
    static QHash<qint64, QString> contactNames(Backend &backend);
    static bool canEdit(const UiContext &context);    // EditDutyData and not read-only
    static bool canApprove(const UiContext &context); // Approve and not read-only
    static QString checkText(bool ok);                // "✓ met" / "✗ not met"

    // The template of `baseId` for the desk's language ("annual_drill_report" or its "_en"
    // variant), rendered against a year (Year) or a drill (Drill).
    static Result<RenderedReport> render(UiContext &context, const QString &baseId,
                                         ContextKind kind, qint64 subject);
    // render() written to `path`; the format follows the extension (.pdf .odt .html .txt).
    static Status writeReport(UiContext &context, const QString &baseId, ContextKind kind,
                              qint64 subject, const QString &path);
};

// A time in the institution zone that may be "not set" (its minimum, shown as a dash text).
class OptionalTimeEdit : public ZonedTimeEdit {
    Q_OBJECT
public:
    explicit OptionalTimeEdit(QWidget *parent = nullptr);
    void setValue(const QDateTime &utc); // invalid = not set
    QDateTime value() const;             // invalid when not set
    void setNotSetText(const QString &text) { setSpecialValueText(text); }
    // What the arrow keys or the wheel start from while the time is not set (e.g. tomorrow 09:00).
    void setFallback(const QDateTime &utc) { m_fallback = utc; }

protected:
    void stepBy(int steps) override;

private:
    QDateTime m_fallback;
};

} // namespace ui
} // namespace dd
