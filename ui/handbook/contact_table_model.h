#pragma once

#include "contacts/contact.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

namespace dd {
namespace ui {

// The handbook's people: one row per active contact, read in one repository call by whoever
// owns the model. Phones are shown formatted (PhoneNumbers::display); a row not verified
// within the configured period is "stale": tinted, with a tooltip saying since when.
// Read-only: changes go through ContactRepository.
class ContactTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        UnitColumn,
        PositionColumn,
        MobileColumn,
        OfficeColumn,
        DutyColumn,
        FaxColumn,
        EmailColumn,
        BackupColumn,
        VerifiedColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;   // dates as ISO text, "" sorts first
    static constexpr int StaleRole = Qt::UserRole + 3;  // bool
    static constexpr int UnitIdRole = Qt::UserRole + 4; // qint64, 0 = none
    // Lower-case text the search matches: name, unit, position, email.
    static constexpr int SearchTextRole = Qt::UserRole + 5;
    // PhoneNumbers::searchForms of every phone, separated by spaces.
    static constexpr int PhoneDigitsRole = Qt::UserRole + 6;

    // The tint of a stale row (shared with the tree and the legend).
    static QColor staleBackground();

    explicit ContactTableModel(QObject *parent = nullptr);

    // Replaces the rows. `names` holds every contact's name (deactivated ones too) for the
    // backup column; `stale` the ids not verified within `verifyDays`.
    void setContacts(QList<Contact> contacts, const QList<Unit> &units,
                     QHash<qint64, QString> names, QSet<qint64> stale, int verifyDays);
    void retranslate();

    const Contact &contactAt(int row) const { return m_rows.at(row); }
    const QList<Contact> &contacts() const { return m_rows; }
    int rowOf(qint64 id) const; // -1 when absent
    bool isStale(qint64 id) const { return m_stale.contains(id); }
    int staleCount() const { return int(m_stale.size()); }
    int verifyDays() const { return m_verifyDays; }
    QString unitName(qint64 unitId) const { return m_unitNames.value(unitId); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString display(const Contact &row, int column) const;
    QString staleText(const Contact &row) const;

    QList<Contact> m_rows;
    QHash<qint64, QString> m_unitNames;
    QHash<qint64, QString> m_names;
    QSet<qint64> m_stale;
    int m_verifyDays = 90;
};

// Every digit string a search should find this stored phone by (PhoneNumbers::searchForms),
// separated by spaces; "" for no number.
QString phoneSearchDigits(const QString &stored);

} // namespace ui
} // namespace dd
