#include "handbook/unit_tree.h"

#include <QHeaderView>

namespace dd {
namespace ui {

namespace {

constexpr int TypeRole = Qt::UserRole + 1;
constexpr int KindRole = Qt::UserRole + 2;
constexpr int UnitRole = Qt::UserRole + 3;
constexpr int CountRole = Qt::UserRole + 4;
constexpr int BodyRole = Qt::UserRole + 5;

HandbookScope scopeOf(const QTreeWidgetItem *item)
{
    HandbookScope scope;
    if (!item)
        return scope;
    scope.type = HandbookScope::Type(item->data(0, TypeRole).toInt());
    scope.kind = UnitKind(item->data(0, KindRole).toInt());
    scope.unitId = item->data(0, UnitRole).toLongLong();
    scope.body = OrgBody(item->data(0, BodyRole).toInt());
    return scope;
}

HandbookScope kindScope(UnitKind kind)
{
    HandbookScope scope;
    scope.type = HandbookScope::Type::Kind;
    scope.kind = kind;
    return scope;
}

} // namespace

UnitTree::UnitTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("unitTree"));
    setHeaderHidden(true);
    setColumnCount(1);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (!m_rebuilding && current)
            emit scopeChanged(scopeOf(current));
    });
}

QTreeWidgetItem *UnitTree::addNode(QTreeWidgetItem *parent, const HandbookScope &scope,
                                   const QString &label, int count)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
    item->setData(0, TypeRole, int(scope.type));
    item->setData(0, KindRole, int(scope.kind));
    item->setData(0, UnitRole, scope.unitId);
    item->setData(0, BodyRole, int(scope.body));
    item->setData(0, CountRole, count);
    // Units keep their name; group labels are set (and retranslated) by relabel().
    if (!label.isEmpty())
        item->setData(0, Qt::UserRole, label);
    return item;
}

void UnitTree::setUnits(const QList<Unit> &units, const QHash<qint64, int> &counts,
                        const QMap<OrgBody, int> &bodyCounts, int organizationCount)
{
    const HandbookScope keep = scope();
    m_units = units;
    m_counts = counts;
    m_rebuilding = true;
    clear();

    int total = 0;
    for (int n : counts)
        total += n;
    addNode(nullptr, {}, {}, total);

    HandbookScope organization;
    organization.type = HandbookScope::Type::Organization;
    QTreeWidgetItem *org = addNode(nullptr, organization, {}, organizationCount);
    for (OrgBody body : {OrgBody::Decision, OrgBody::Executive}) {
        HandbookScope scope;
        scope.type = HandbookScope::Type::Body;
        scope.body = body;
        addNode(org, scope, {}, bodyCounts.value(body));
    }

    const auto unitsOf = [&units](auto accept) {
        QList<Unit> chosen;
        for (const Unit &unit : units)
            if (accept(unit.kind))
                chosen << unit;
        return chosen;
    };
    const auto countOf = [&counts](const QList<Unit> &list) {
        int n = 0;
        for (const Unit &unit : list)
            n += counts.value(unit.id);
        return n;
    };

    const QList<Unit> internal = unitsOf([](UnitKind k) { return k == UnitKind::Internal; });
    QTreeWidgetItem *own = addNode(nullptr, kindScope(UnitKind::Internal), {}, countOf(internal));
    for (const Unit &unit : internal)
        addNode(own, {HandbookScope::Type::Unit, unit.kind, unit.id}, unit.name,
                counts.value(unit.id));

    const QList<Unit> external = unitsOf([](UnitKind k) { return k != UnitKind::Internal; });
    QTreeWidgetItem *related = addNode(nullptr, {HandbookScope::Type::External, UnitKind::Other, 0},
                                       {}, countOf(external));
    for (UnitKind kind : allUnitKinds()) {
        if (kind == UnitKind::Internal)
            continue;
        const QList<Unit> ofKind = unitsOf([kind](UnitKind k) { return k == kind; });
        if (ofKind.isEmpty())
            continue;
        QTreeWidgetItem *group = addNode(related, kindScope(kind), {}, countOf(ofKind));
        for (const Unit &unit : ofKind)
            addNode(group, {HandbookScope::Type::Unit, unit.kind, unit.id}, unit.name,
                    counts.value(unit.id));
    }
    if (const int loose = counts.value(0); loose > 0)
        addNode(nullptr, {HandbookScope::Type::NoUnit, UnitKind::Internal, 0}, {}, loose);

    expandAll();
    relabel();
    QTreeWidgetItem *current = find(keep);
    setCurrentItem(current ? current : topLevelItem(0));
    m_rebuilding = false;
    if (!current)
        emit scopeChanged(scope());
}

void UnitTree::retranslate()
{
    relabel();
}

void UnitTree::relabel()
{
    QTreeWidgetItemIterator it(this);
    for (; *it; ++it) {
        QTreeWidgetItem *item = *it;
        const HandbookScope s = scopeOf(item);
        QString label;
        switch (s.type) {
        case HandbookScope::Type::All: label = tr("All contacts"); break;
        case HandbookScope::Type::External: label = tr("Related units"); break;
        case HandbookScope::Type::NoUnit: label = tr("Without a unit"); break;
        case HandbookScope::Type::Kind:
            label =
                s.kind == UnitKind::Internal ? tr("Internal departments") : unitKindName(s.kind);
            break;
        case HandbookScope::Type::Unit: label = item->data(0, Qt::UserRole).toString(); break;
        case HandbookScope::Type::Organization: label = tr("Emergency organization"); break;
        case HandbookScope::Type::Body: label = orgBodyName(s.body); break;
        }
        const int count = item->data(0, CountRole).toInt();
        item->setText(0, tr("%1 (%2)").arg(label).arg(count));
        if (s.type != HandbookScope::Type::Unit) {
            QFont bold = font();
            bold.setBold(s.type == HandbookScope::Type::All || item->parent() == nullptr);
            item->setFont(0, bold);
        }
    }
}

HandbookScope UnitTree::scope() const
{
    return scopeOf(currentItem());
}

QTreeWidgetItem *UnitTree::find(const HandbookScope &wanted) const
{
    QTreeWidgetItemIterator it(const_cast<UnitTree *>(this));
    for (; *it; ++it)
        if (scopeOf(*it) == wanted)
            return *it;
    return nullptr;
}

void UnitTree::setScope(const HandbookScope &wanted)
{
    if (QTreeWidgetItem *item = find(wanted))
        setCurrentItem(item);
}

qint64 UnitTree::currentUnitId() const
{
    const HandbookScope s = scope();
    return s.type == HandbookScope::Type::Unit ? s.unitId : 0;
}

} // namespace ui
} // namespace dd
