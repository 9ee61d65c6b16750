#pragma once

#include "contacts/contact.h"

#include <QAbstractTableModel>
#include <QDate>

namespace dd {
namespace ui {

// The service agreements as a table. Expired agreements and those whose review is overdue are
// tinted (and say why in the tooltip); Qt::UserRole gives sortable values (dates as QDate,
// open-ended validity last).
class AgreementTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        UnitColumn,
        ScopeColumn,
        ResponseColumn,
        ValidToColumn,
        LastReviewColumn,
        NextReviewColumn,
        ColumnCount
    };
    enum class State { Current, ReviewDueSoon, ReviewOverdue, Expired };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int StateRole = Qt::UserRole + 1;
    static constexpr int DueSoonDays = 30;

    explicit AgreementTableModel(QObject *parent = nullptr);

    void setAgreements(const QList<Agreement> &agreements, const QList<Unit> &units,
                       const QDate &today);
    const Agreement &agreementAt(int row) const { return m_agreements[row]; }
    int rowOf(qint64 id) const;
    static State state(const Agreement &agreement, const QDate &today);
    State stateAt(int row) const { return state(m_agreements[row], m_today); }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString unitName(qint64 id) const;
    QString stateText(const Agreement &agreement) const;

    QList<Agreement> m_agreements;
    QList<Unit> m_units;
    QDate m_today;
};

} // namespace ui
} // namespace dd
