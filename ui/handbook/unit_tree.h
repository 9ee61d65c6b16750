#pragma once

#include "contacts/contact.h"
#include "handbook/contact_filter_proxy.h"

#include <QHash>
#include <QMap>
#include <QTreeWidget>

namespace dd {
namespace ui {

// The left side of the contacts tab: "All contacts" on top, then the emergency organization
// with its decision body (指挥决策机构) and executive body (执行机构), then our own departments,
// then the related external units grouped by kind (carrier, fire, power, ...), then the people
// without a unit. Every node shows how many contacts it holds; choosing one emits its scope.
class UnitTree : public QTreeWidget {
    Q_OBJECT
public:
    explicit UnitTree(QWidget *parent = nullptr);

    // Rebuilds the tree; `counts` is the number of active contacts per unit id (0 = none),
    // `bodyCounts` the number of active members of each body and `organizationCount` of the
    // organization as a whole (a person in both bodies counts once). The chosen node stays
    // chosen when it still exists.
    void setUnits(const QList<Unit> &units, const QHash<qint64, int> &counts,
                  const QMap<OrgBody, int> &bodyCounts = {}, int organizationCount = 0);
    void retranslate();

    HandbookScope scope() const;
    void setScope(const HandbookScope &scope);
    // The unit of the chosen node, 0 when it is not a unit.
    qint64 currentUnitId() const;

signals:
    void scopeChanged(const HandbookScope &scope);

private:
    QTreeWidgetItem *addNode(QTreeWidgetItem *parent, const HandbookScope &scope,
                             const QString &label, int count);
    QTreeWidgetItem *find(const HandbookScope &scope) const;
    void relabel();

    QList<Unit> m_units;
    QHash<qint64, int> m_counts;
    bool m_rebuilding = false;
};

} // namespace ui
} // namespace dd
