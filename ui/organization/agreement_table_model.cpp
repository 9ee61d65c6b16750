#include "organization/agreement_table_model.h"

#include <QBrush>
#include <QColor>

namespace dd {
namespace ui {

AgreementTableModel::AgreementTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AgreementTableModel::setAgreements(const QList<Agreement> &agreements,
                                        const QList<Unit> &units, const QDate &today)
{
    beginResetModel();
    m_agreements = agreements;
    m_units = units;
    m_today = today;
    endResetModel();
}

int AgreementTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_agreements.size(); ++row)
        if (m_agreements[row].id == id)
            return row;
    return -1;
}

AgreementTableModel::State AgreementTableModel::state(const Agreement &agreement,
                                                      const QDate &today)
{
    if (agreement.expired(today))
        return State::Expired;
    const QDate due = agreement.nextReviewDue();
    if (!due.isValid() || due < today)
        return State::ReviewOverdue; // never reviewed and no start date counts as overdue
    if (today.daysTo(due) <= DueSoonDays)
        return State::ReviewDueSoon;
    return State::Current;
}

QString AgreementTableModel::unitName(qint64 id) const
{
    for (const Unit &u : m_units)
        if (u.id == id)
            return u.name;
    return {};
}

QString AgreementTableModel::stateText(const Agreement &a) const
{
    switch (state(a, m_today)) {
    case State::Expired:
        return tr("Expired on %1: renew or remove the agreement.")
            .arg(a.validTo.toString(Qt::ISODate));
    case State::ReviewOverdue:
        return a.nextReviewDue().isValid()
                   ? tr("Review overdue since %1.").arg(a.nextReviewDue().toString(Qt::ISODate))
                   : tr("Never reviewed: record a review.");
    case State::ReviewDueSoon:
        return tr("Review due on %1.").arg(a.nextReviewDue().toString(Qt::ISODate));
    case State::Current: break;
    }
    return {};
}

int AgreementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_agreements.size());
}

int AgreementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgreementTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_agreements.size())
        return {};
    const Agreement &a = m_agreements[index.row()];
    const State s = state(a, m_today);
    const auto date = [](const QDate &d) { return d.toString(Qt::ISODate); };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        QString text;
        switch (index.column()) {
        case TitleColumn: text = a.title; break;
        case UnitColumn: text = unitName(a.unitId); break;
        case ScopeColumn: text = a.scope; break;
        case ResponseColumn:
            text = a.responseTime.isEmpty() ? a.responseMethod
                   : a.responseMethod.isEmpty()
                       ? a.responseTime
                       : QStringLiteral("%1, %2").arg(a.responseMethod, a.responseTime);
            break;
        case ValidToColumn: text = a.validTo.isValid() ? date(a.validTo) : tr("open-ended"); break;
        case LastReviewColumn:
            text = a.lastReview.isValid() ? date(a.lastReview) : tr("never");
            break;
        case NextReviewColumn: text = date(a.nextReviewDue()); break;
        default: break;
        }
        if (role == Qt::ToolTipRole) {
            const QString why = stateText(a);
            if (index.column() == LastReviewColumn && !a.lastReviewResult.isEmpty())
                text += QStringLiteral("\n") + a.lastReviewResult;
            return why.isEmpty() ? text : text + QStringLiteral("\n") + why;
        }
        return text;
    }
    case SortRole:
        switch (index.column()) {
        case ValidToColumn: return a.validTo.isValid() ? a.validTo : QDate(9999, 12, 31);
        case LastReviewColumn: return a.lastReview;
        case NextReviewColumn: return a.nextReviewDue();
        default: return data(index, Qt::DisplayRole);
        }
    case StateRole: return int(s);
    case Qt::BackgroundRole:
        if (s == State::Expired)
            return QBrush(QColor(0xf9, 0xd6, 0xd3));
        if (s == State::ReviewOverdue)
            return QBrush(QColor(0xfd, 0xe8, 0xc4));
        return {};
    case Qt::ForegroundRole:
        if (s == State::Expired || s == State::ReviewOverdue)
            return QBrush(QColor(0x20, 0x20, 0x20));
        if (s == State::ReviewDueSoon && index.column() == NextReviewColumn)
            return QBrush(QColor(0x8a, 0x53, 0x00));
        return {};
    default: return {};
    }
}

QVariant AgreementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Agreement");
    case UnitColumn: return tr("Unit");
    case ScopeColumn: return tr("Scope");
    case ResponseColumn: return tr("Response");
    case ValidToColumn: return tr("Valid to");
    case LastReviewColumn: return tr("Last review");
    case NextReviewColumn: return tr("Next review due");
    default: return {};
    }
}

void AgreementTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_agreements.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace ui
} // namespace dd
