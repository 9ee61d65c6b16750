#pragma once

#include "access/operator_repository.h"

#include <QAbstractTableModel>
#include <QList>

namespace dd {
namespace ui {

// The operators of the database as a table: login, name, roles, active. Filled from
// OperatorRepository::list() by its view; read-only (changes go through the repository).
class OperatorTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LoginColumn, NameColumn, RolesColumn, ActiveColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit OperatorTableModel(QObject *parent = nullptr);

    void setOperators(const QList<Operator> &operators);
    const Operator &operatorAt(int row) const { return m_operators.at(row); }
    int rowOf(qint64 id) const; // -1 when absent
    // Role names and headers are in the current language: call after a language change.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Operator> m_operators;
};

} // namespace ui
} // namespace dd
