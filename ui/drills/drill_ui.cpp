#include "drills/drill_ui.h"

#include "app/backend.h"
#include "i18n/language.h"
#include "reports/report_contexts.h"
#include "reports/report_engine.h"
#include "reports/report_writer.h"
#include "reports/template_library.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QHeaderView>
#include <QTableWidget>

namespace dd {
namespace ui {

namespace {
const QDateTime NotSet(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
constexpr int SortRole = Qt::UserRole + 1;

// Sorts by its sort key when it has one (dates, counts), else by text.
class SortableItem : public QTableWidgetItem {
public:
    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant a = data(SortRole);
        const QVariant b = other.data(SortRole);
        if (a.isValid() && b.isValid())
            return QVariant::compare(a, b) == QPartialOrdering::Less;
        return QTableWidgetItem::operator<(other);
    }
};
} // namespace

QString DrillUi::localText(const QDateTime &utc)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    return utc.toTimeZone(DrillRules::zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString DrillUi::dateText(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("—");
}

QDate DrillUi::today(const UiContext &context)
{
    return context.backend.clock().now().toTimeZone(DrillRules::zone()).date();
}

QTableWidget *DrillUi::table(const QString &name, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setSectionsMovable(true);
    t->setSortingEnabled(true);
    t->setWordWrap(false);
    return t;
}

QTableWidgetItem *DrillUi::cell(const QString &text, qint64 id, const QVariant &sortKey)
{
    auto *item = new SortableItem;
    item->setText(text);
    if (sortKey.isValid())
        item->setData(SortRole, sortKey);
    item->setData(Qt::UserRole, id);
    item->setToolTip(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

void DrillUi::filterRows(QTableWidget *table, const QString &text)
{
    const QString needle = text.trimmed();
    for (int row = 0; row < table->rowCount(); ++row) {
        bool match = needle.isEmpty();
        for (int col = 0; !match && col < table->columnCount(); ++col)
            if (const QTableWidgetItem *item = table->item(row, col))
                match = item->text().contains(needle, Qt::CaseInsensitive);
        table->setRowHidden(row, !match);
    }
}

QHash<qint64, QString> DrillUi::contactNames(Backend &backend)
{
    QHash<qint64, QString> names;
    ContactQuery all;
    all.activeOnly = false;
    if (auto contacts = backend.contacts().contacts(all))
        for (const Contact &c : *contacts)
            names.insert(c.id, c.name);
    return names;
}

bool DrillUi::canEdit(const UiContext &context)
{
    return !context.readOnly && context.session.actor().can(Permission::EditDutyData);
}

bool DrillUi::canApprove(const UiContext &context)
{
    return !context.readOnly && context.session.actor().can(Permission::Approve);
}

QString DrillUi::checkText(bool ok)
{
    return ok ? tr("✓ met") : tr("✗ not met");
}

Result<RenderedReport> DrillUi::render(UiContext &context, const QString &baseId, ContextKind kind,
                                       qint64 subject)
{
    const bool english = !context.language.current().startsWith(QStringLiteral("zh"));
    auto t = english ? context.backend.reports().get(baseId + QStringLiteral("_en"))
                     : context.backend.reports().get(baseId);
    if (!t && english)
        t = context.backend.reports().get(baseId);
    if (!t)
        return t.takeError();
    const Actor &actor = context.session.actor();
    const ReportAuthor author{
        actor.displayName().isEmpty() ? actor.auditName() : actor.displayName(), QString()};
    auto map = ReportContexts::build(context.backend, kind, subject, author, t->language);
    if (!map)
        return map.takeError();
    return ReportEngine::render(*t, *map);
}

Status DrillUi::writeReport(UiContext &context, const QString &baseId, ContextKind kind,
                            qint64 subject, const QString &path)
{
    auto form = ReportWriter::requireForm(path);
    if (!form)
        return form.takeError();
    auto rendered = render(context, baseId, kind, subject);
    if (!rendered)
        return rendered.takeError();
    return ReportWriter::write(*rendered, path, *form);
}

OptionalTimeEdit::OptionalTimeEdit(QWidget *parent)
    : ZonedTimeEdit(parent)
{
    setZone(DrillRules::zone());
    setMinimumDateTime(NotSet);
    setDateTime(NotSet);
}

void OptionalTimeEdit::setValue(const QDateTime &utc)
{
    if (utc.isValid())
        setInstant(utc);
    else
        setDateTime(NotSet);
}

void OptionalTimeEdit::stepBy(int steps)
{
    if (!value().isValid() && m_fallback.isValid()) {
        setInstant(m_fallback);
        return;
    }
    ZonedTimeEdit::stepBy(steps);
}

QDateTime OptionalTimeEdit::value() const
{
    if (dateTime() <= NotSet)
        return {};
    return instant();
}

} // namespace ui
} // namespace dd
