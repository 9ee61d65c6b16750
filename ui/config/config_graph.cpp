#include "config/config_graph.h"

#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
#include <QPainterPath>
#include <QPalette>
#include <QtMath>

namespace dd {
namespace ui {

namespace {

constexpr int KindKey = 0; // QGraphicsItem::data key: "node" / "edge"
constexpr int IdKey = 1;
constexpr qreal NodeWidth = 165;
constexpr qreal NodeHeight = 44;
constexpr qreal ColumnGap = 290;
constexpr qreal RowGap = 64;
constexpr qreal MinScale = 0.7;

} // namespace

RelationGraph::RelationGraph(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setObjectName(QStringLiteral("configRelationGraph"));
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setMinimumSize(320, 160);
}

void RelationGraph::showItem(const ConfigItem &centre, const QList<ConfigRelation> &relations,
                             const QHash<qint64, ConfigItem> &items)
{
    m_centre = centre;
    m_relations = relations;
    m_items = items;
    rebuild();
}

void RelationGraph::clearGraph()
{
    m_centre = {};
    m_relations.clear();
    m_items.clear();
    rebuild();
}

int RelationGraph::nodeCount() const
{
    int n = 0;
    for (QGraphicsItem *i : m_scene->items())
        n += i->data(KindKey).toString() == QLatin1String("node");
    return n;
}

int RelationGraph::edgeCount() const
{
    int n = 0;
    for (QGraphicsItem *i : m_scene->items())
        n += i->data(KindKey).toString() == QLatin1String("edge");
    return n;
}

void RelationGraph::rebuild()
{
    m_scene->clear();
    if (m_centre.id == 0)
        return;
    const QPalette pal = palette();
    const QColor line = pal.color(QPalette::WindowText);
    const QFont font = this->font();
    QFont bold = font;
    bold.setBold(true);
    const QFontMetrics fm(font);

    auto node = [&](const ConfigItem &item, const QPointF &centrePoint, bool main) {
        const QRectF r(centrePoint.x() - NodeWidth / 2, centrePoint.y() - NodeHeight / 2, NodeWidth,
                       NodeHeight);
        auto *box = m_scene->addRect(r, QPen(line, main ? 2 : 1),
                                     main ? pal.color(QPalette::Highlight).lighter(170)
                                          : pal.color(QPalette::Base));
        box->setData(KindKey, QStringLiteral("node"));
        box->setData(IdKey, item.id);
        box->setToolTip(QStringLiteral("%1 — %2").arg(item.number, item.name));
        auto *number = m_scene->addSimpleText(item.number, bold);
        auto *name = m_scene->addSimpleText(
            fm.elidedText(item.name, Qt::ElideRight, int(NodeWidth - 12)), font);
        for (QGraphicsSimpleTextItem *t : {number, name}) {
            t->setParentItem(box);
            t->setBrush(item.deleted() ? pal.color(QPalette::Disabled, QPalette::Text)
                                       : pal.color(QPalette::Text));
        }
        number->setPos(r.left() + 6, r.top() + 4);
        name->setPos(r.left() + 6, r.top() + 4 + fm.height());
        return r;
    };
    // `at`: where along the arrow the label sits (towards the outer node, where arrows part).
    auto edge = [&](const QRectF &from, const QRectF &to, const QString &label, qreal at) {
        const bool rightward = to.center().x() > from.center().x();
        const QPointF a(rightward ? from.right() : from.left(), from.center().y());
        const QPointF b(rightward ? to.left() : to.right(), to.center().y());
        QPainterPath path(a);
        path.lineTo(b);
        const qreal angle = qAtan2(b.y() - a.y(), b.x() - a.x());
        const QPointF w1 = b - QPointF(qCos(angle - 0.4) * 10, qSin(angle - 0.4) * 10);
        const QPointF w2 = b - QPointF(qCos(angle + 0.4) * 10, qSin(angle + 0.4) * 10);
        path.moveTo(w1);
        path.lineTo(b);
        path.lineTo(w2);
        auto *arrow = m_scene->addPath(path, QPen(line, 1.4));
        arrow->setData(KindKey, QStringLiteral("edge"));
        auto *text = m_scene->addSimpleText(label, font);
        text->setParentItem(arrow);
        text->setBrush(pal.color(QPalette::Text));
        const QPointF mid = a + (b - a) * at;
        const QRectF tb = text->boundingRect();
        auto *back =
            m_scene->addRect(QRectF(mid.x() - tb.width() / 2 - 3, mid.y() - tb.height() / 2 - 1,
                                    tb.width() + 6, tb.height() + 2),
                             Qt::NoPen, pal.color(QPalette::Base));
        back->setParentItem(arrow);
        text->setPos(mid.x() - tb.width() / 2, mid.y() - tb.height() / 2);
        text->setZValue(1);
    };

    QList<ConfigRelation> incoming, outgoing;
    for (const ConfigRelation &r : m_relations)
        (r.fromItem == m_centre.id ? outgoing : incoming) << r;
    const QRectF centre = node(m_centre, QPointF(0, 0), true);
    auto column = [&](const QList<ConfigRelation> &list, qreal x, bool out) {
        const qreal top = -(list.size() - 1) * RowGap / 2;
        for (int i = 0; i < list.size(); ++i) {
            const ConfigRelation &r = list[i];
            const qint64 otherId = out ? r.toItem : r.fromItem;
            ConfigItem other = m_items.value(otherId);
            if (other.id == 0) {
                other.id = otherId;
                other.number = QStringLiteral("#%1").arg(otherId);
            }
            const QRectF box = node(other, QPointF(x, top + i * RowGap), false);
            if (out)
                edge(centre, box, relationKindName(r.kind), 0.6);
            else
                edge(box, centre, relationKindName(r.kind), 0.4);
        }
    };
    column(incoming, -ColumnGap, false);
    column(outgoing, ColumnGap, true);

    const qreal headY = -qMax(incoming.size(), outgoing.size()) * RowGap / 2 - NodeHeight;
    auto heading = [&](const QString &text, qreal x) {
        auto *t = m_scene->addSimpleText(text, bold);
        t->setBrush(pal.color(QPalette::PlaceholderText));
        t->setPos(x - t->boundingRect().width() / 2, headY);
    };
    if (!incoming.isEmpty())
        heading(tr("Relate to it"), -ColumnGap);
    if (!outgoing.isEmpty())
        heading(tr("It runs on, depends on, is part of"), ColumnGap);
    if (incoming.isEmpty() && outgoing.isEmpty()) {
        auto *t = m_scene->addSimpleText(tr("No relations yet."), font);
        t->setBrush(pal.color(QPalette::PlaceholderText));
        t->setPos(-t->boundingRect().width() / 2, NodeHeight);
    }
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20));
    fit();
}

void RelationGraph::fit()
{
    // Shrinks a large graph to the view, but never below a readable size (then it scrolls)
    // and never enlarges a small one.
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    const qreal scale = qBound(MinScale, transform().m11(), 1.0);
    setTransform(QTransform::fromScale(scale, scale));
    centerOn(m_scene->sceneRect().center());
}

void RelationGraph::mouseDoubleClickEvent(QMouseEvent *event)
{
    for (QGraphicsItem *i = itemAt(event->pos()); i; i = i->parentItem())
        if (i->data(KindKey).toString() == QLatin1String("node")) {
            emit itemActivated(i->data(IdKey).toLongLong());
            return;
        }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void RelationGraph::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_scene->items().isEmpty())
        fit();
}

void RelationGraph::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QGraphicsView::changeEvent(event);
}

} // namespace ui
} // namespace dd
