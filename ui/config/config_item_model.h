#pragma once

#include "config/config_item.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace dd {
namespace ui {

// The configuration items as a table: number, name, kind, status, class, owner, location, last
// confirmed. Deleted items are greyed and say so in the status column (not by colour alone).
class ConfigItemModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberCol,
        NameCol,
        KindCol,
        StatusCol,
        ClassCol,
        OwnerCol,
        LocationCol,
        ConfirmedCol,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, KindIdRole, DeletedRole, SearchRole, SortRole };

    explicit ConfigItemModel(QObject *parent = nullptr);

    void setItems(const QList<ConfigItem> &items, const QList<ConfigKind> &kinds);
    const QList<ConfigItem> &items() const { return m_items; }
    const ConfigItem *itemById(qint64 id) const;
    int rowOf(qint64 id) const;
    QString kindName(const QString &kindId) const;
    // Retranslates the status and kind texts and the headers.
    void refreshTexts();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString statusText(const ConfigItem &item) const;

    QList<ConfigItem> m_items;
    QList<ConfigKind> m_kinds;
    QHash<qint64, int> m_rows;
};

// Filters the items by kind ("" = all), by a search text over number, name, location and
// owner, and hides deleted items unless asked.
class ConfigItemFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ConfigItemFilter(QObject *parent = nullptr);

    void setKind(const QString &kindId);
    QString kind() const { return m_kind; }
    void setSearch(const QString &text);
    void setShowDeleted(bool show);
    bool showDeleted() const { return m_showDeleted; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_kind;
    QString m_search;
    bool m_showDeleted = false;
};

} // namespace ui
} // namespace dd
