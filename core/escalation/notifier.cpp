#include "escalation/notifier.h"

namespace dd {

ConsoleNotifier::ConsoleNotifier(QObject *parent)
    : QObject(parent)
{}

void ConsoleNotifier::deliver(const EscalationAction &action)
{
    m_delivered << action;
    Q_EMIT actionDelivered(action);
}

CallListModel::CallListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void CallListModel::setSource(Source source)
{
    m_source = std::move(source);
    refresh();
}

void CallListModel::refresh()
{
    beginResetModel();
    m_calls = m_source ? m_source() : QList<EscalationAction>();
    endResetModel();
}

int CallListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_calls.size());
}

QVariant CallListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_calls.size())
        return {};
    const EscalationAction &a = m_calls.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return a.text();
    case Qt::ToolTipRole: return a.key;
    case KeyRole: return a.key;
    case NameRole: return a.name;
    case PhoneRole: return a.phone;
    case LevelRole: return a.level;
    case RoundRole: return a.round;
    case AckByRole: return a.ackBy;
    case ChannelRole: return escalationChannelId(a.channel);
    case DrillRole: return a.drill;
    default: return {};
    }
}

QHash<int, QByteArray> CallListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(NameRole, "name");
    names.insert(PhoneRole, "phone");
    names.insert(LevelRole, "level");
    names.insert(RoundRole, "round");
    names.insert(AckByRole, "ackBy");
    names.insert(ChannelRole, "channel");
    names.insert(DrillRole, "drill");
    return names;
}

} // namespace dd
