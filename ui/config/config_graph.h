#pragma once

#include "config/config_item.h"

#include <QGraphicsView>
#include <QHash>

class QGraphicsScene;

namespace dd {
namespace ui {

// The relations of one item as a small graph: the item in the centre, what it runs on,
// depends on or is part of on the right, the items that relate to it on the left; each edge
// is an arrow from the item that relates to the one it relates to, labelled with the relation.
class RelationGraph : public QGraphicsView {
    Q_OBJECT
public:
    explicit RelationGraph(QWidget *parent = nullptr);

    // `items` resolves the ids the relations name.
    void showItem(const ConfigItem &centre, const QList<ConfigRelation> &relations,
                  const QHash<qint64, ConfigItem> &items);
    void clearGraph();
    int nodeCount() const;
    int edgeCount() const;

signals:
    void itemActivated(qint64 id); // a node double-clicked

protected:
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void fit();

    QGraphicsScene *m_scene;
    ConfigItem m_centre;
    QList<ConfigRelation> m_relations;
    QHash<qint64, ConfigItem> m_items;
};

} // namespace ui
} // namespace dd
