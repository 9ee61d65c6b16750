#include "changes/change_board.h"

#include "common/icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dd {
namespace ui {

namespace {

constexpr int Pad = 6;
constexpr int IconSize = 18;
constexpr int MarkedRole = Qt::UserRole + 1;

// A card: a framed box with the card's lines wrapped to the column's width; a marked change
// (emergency, in trading hours) has a thicker dark red frame and the warning icon as well as
// its words.
class CardDelegate : public QStyledItemDelegate {
public:
    explicit CardDelegate(QListWidget *list)
        : QStyledItemDelegate(list)
        , m_list(list)
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int width = textWidth(index);
        const QRect r = option.fontMetrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap,
                                                        index.data(Qt::DisplayRole).toString());
        return {m_list->viewport()->width() - 2 * m_list->spacing(), r.height() + 2 * Pad};
    }

    void paint(QPainter *p, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        p->save();
        const bool marked = index.data(MarkedRole).toBool();
        const bool selected = option.state & QStyle::State_Selected;
        const QRectF box = QRectF(option.rect).adjusted(1, 1, -1, -1);
        p->setRenderHint(QPainter::Antialiasing);
        p->setBrush(selected ? option.palette.highlight().color().lighter(175)
                             : option.palette.base().color());
        p->setPen(QPen(marked ? QColor(0xb0, 0x1c, 0x1c) : option.palette.mid().color(),
                       marked || selected ? 2.0 : 1.0));
        p->drawRoundedRect(box, 4, 4);
        if (option.state & QStyle::State_HasFocus) {
            p->setPen(QPen(option.palette.highlight().color(), 1, Qt::DotLine));
            p->setBrush(Qt::NoBrush);
            p->drawRoundedRect(box.adjusted(2, 2, -2, -2), 3, 3);
        }
        int left = option.rect.left() + Pad;
        if (marked) {
            const QIcon mark = index.data(Qt::DecorationRole).value<QIcon>();
            mark.paint(p, QRect(left, option.rect.top() + Pad, IconSize, IconSize));
            left += IconSize + 4;
        }
        p->setPen(option.palette.text().color());
        p->drawText(
            QRect(left, option.rect.top() + Pad, textWidth(index), option.rect.height() - 2 * Pad),
            Qt::TextWordWrap, index.data(Qt::DisplayRole).toString());
        p->restore();
    }

private:
    int textWidth(const QModelIndex &index) const
    {
        int w = m_list->viewport()->width() - 2 * m_list->spacing() - 2 * Pad;
        if (index.data(MarkedRole).toBool())
            w -= IconSize + 4;
        return std::max(w, 40);
    }

    QListWidget *m_list;
};

} // namespace

ChangeBoard::ChangeBoard(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_showAll(new QToolButton(this))
{
    setObjectName(QStringLiteral("changesBoard"));
    m_filter->setObjectName(QStringLiteral("changesBoardFilter"));
    m_filter->setClearButtonEnabled(true);
    m_showAll->setObjectName(QStringLiteral("changesShowAllDone"));
    m_showAll->setCheckable(true);
    m_showAll->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(6);
    for (int c = 0; c < BoardColumnCount; ++c) {
        auto *box = new QVBoxLayout;
        auto *header = new QLabel(this);
        header->setWordWrap(true);
        header->setMinimumHeight(header->fontMetrics().height() * 2 + 4);
        header->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        auto *list = new QListWidget(this);
        list->setObjectName(QStringLiteral("changesColumn%1").arg(c));
        list->setWordWrap(true);
        list->setSpacing(3);
        list->setResizeMode(QListView::Adjust);
        list->setItemDelegate(new CardDelegate(list));
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        list->setSelectionMode(QAbstractItemView::SingleSelection);
        header->setBuddy(list);
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            if (item)
                emit openRequested(item->data(Qt::UserRole).toLongLong());
        });
        box->addWidget(header);
        box->addWidget(list, 1);
        if (c == int(BoardColumn::Done))
            box->addWidget(m_showAll);
        columns->addLayout(box, 1);
        m_headers.append(header);
        m_lists.append(list);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addLayout(columns, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &ChangeBoard::fill);
    connect(m_showAll, &QToolButton::toggled, this, &ChangeBoard::fill);
    retranslateUi();
}

QString ChangeBoard::cardText(const ChangeSummary &c)
{
    QStringList lines;
    if (c.urgency == ChangeUrgency::Emergency)
        lines << tr("⚠ %1").arg(ChangeFormat::emergencyMark());
    if (c.inTradingHours)
        lines << tr("⚠ %1").arg(ChangeFormat::tradingHoursMark());
    lines << tr("%1  %2").arg(c.number, c.title);
    lines << tr("Window: %1").arg(ChangeFormat::window(c.windowStart, c.windowEnd));
    lines << tr("Items: %1")
                 .arg(c.itemNumbers.isEmpty() ? tr("none")
                                              : c.itemNumbers.join(QStringLiteral(", ")));
    lines << tr("Applicant: %1").arg(c.applicantName);
    if (boardColumn(c.state) == BoardColumn::Done
        || boardColumn(c.state) == BoardColumn::AwaitingReview)
        lines << tr("State: %1").arg(changeStateName(c.state));
    return lines.join(QLatin1Char('\n'));
}

void ChangeBoard::setChanges(const QList<ChangeSummary> &changes)
{
    m_changes = changes;
    fill();
}

void ChangeBoard::fill()
{
    const qint64 selected = [this] {
        for (QListWidget *list : m_lists)
            if (list->hasFocus() && list->currentItem())
                return list->currentItem()->data(Qt::UserRole).toLongLong();
        return qint64(0);
    }();
    for (QListWidget *list : m_lists)
        list->clear();
    const QString needle = m_filter->text().trimmed();
    QList<int> counts(BoardColumnCount, 0);
    int doneTotal = 0;
    // list() is newest window first; open columns read better soonest first.
    QList<ChangeSummary> ordered = m_changes;
    std::reverse(ordered.begin(), ordered.end());
    QList<ChangeSummary> done;
    for (const ChangeSummary &c : ordered) {
        const QString text = cardText(c);
        if (!needle.isEmpty() && !text.contains(needle, Qt::CaseInsensitive))
            continue;
        const BoardColumn column = boardColumn(c.state);
        if (column == BoardColumn::Done) {
            done.prepend(c); // newest first
            continue;
        }
        auto *item = new QListWidgetItem(text, m_lists[int(column)]);
        item->setData(Qt::UserRole, c.id);
        if (c.urgency == ChangeUrgency::Emergency || c.inTradingHours) {
            item->setIcon(icon(QStringLiteral("warning")));
            item->setData(MarkedRole, true);
        }
        item->setToolTip(text);
        ++counts[int(column)];
    }
    doneTotal = int(done.size());
    const int shown = m_showAll->isChecked() ? doneTotal : std::min(doneTotal, RecentDone);
    for (int i = 0; i < shown; ++i) {
        const ChangeSummary &c = done[i];
        auto *item = new QListWidgetItem(cardText(c), m_lists[int(BoardColumn::Done)]);
        item->setData(Qt::UserRole, c.id);
        item->setToolTip(item->text());
        if (c.urgency == ChangeUrgency::Emergency || c.inTradingHours) {
            item->setIcon(icon(QStringLiteral("warning")));
            item->setData(MarkedRole, true);
        }
    }
    counts[int(BoardColumn::Done)] = doneTotal;
    for (int c = 0; c < BoardColumnCount; ++c)
        m_headers[c]->setText(
            tr("%1 (%2)").arg(ChangeFormat::columnTitle(BoardColumn(c))).arg(counts[c]));
    m_showAll->setVisible(doneTotal > RecentDone);
    m_showAll->setText(m_showAll->isChecked()
                           ? tr("Show the %1 most recent").arg(RecentDone)
                           : tr("Show all %1 (%2 most recent shown)").arg(doneTotal).arg(shown));
    if (selected)
        selectChange(selected);
}

bool ChangeBoard::selectChange(qint64 id)
{
    for (QListWidget *list : m_lists)
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->data(Qt::UserRole).toLongLong() == id) {
                list->setCurrentRow(row);
                list->setFocus();
                return true;
            }
    return false;
}

QList<qint64> ChangeBoard::idsIn(BoardColumn column) const
{
    QList<qint64> ids;
    QListWidget *list = m_lists.at(int(column));
    for (int row = 0; row < list->count(); ++row)
        ids << list->item(row)->data(Qt::UserRole).toLongLong();
    return ids;
}

void ChangeBoard::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter by number, title, item or applicant"));
    fill();
}

void ChangeBoard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace ui
} // namespace dd
