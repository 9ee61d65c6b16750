#include "handbook/contact_table_model.h"

#include "contacts/phone_numbers.h"

#include <QColor>
#include <QFont>

namespace dd {
namespace ui {

namespace {

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QString phoneSearchDigits(const QString &stored)
{
    if (stored.isEmpty())
        return {};
    return PhoneNumbers::searchForms(stored).join(QLatin1Char(' '));
}

QColor ContactTableModel::staleBackground()
{
    return QColor(0xff, 0xec, 0xb3); // amber 100: visible, still readable
}

ContactTableModel::ContactTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ContactTableModel::setContacts(QList<Contact> contacts, const QList<Unit> &units,
                                    QHash<qint64, QString> names, QSet<qint64> stale,
                                    int verifyDays)
{
    beginResetModel();
    m_rows = std::move(contacts);
    m_unitNames.clear();
    for (const Unit &unit : units)
        m_unitNames.insert(unit.id, unit.name);
    m_names = std::move(names);
    m_stale = std::move(stale);
    m_verifyDays = verifyDays;
    endResetModel();
}

void ContactTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ContactTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

int ContactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContactTableModel::display(const Contact &row, int column) const
{
    switch (column) {
    case NameColumn: return row.name;
    case UnitColumn: return m_unitNames.value(row.unitId);
    case PositionColumn: return row.position;
    case MobileColumn: return PhoneNumbers::display(row.mobile);
    case OfficeColumn: return PhoneNumbers::display(row.officePhone);
    case DutyColumn: return PhoneNumbers::display(row.dutyPhone);
    case FaxColumn: return PhoneNumbers::display(row.fax);
    case EmailColumn: return row.email;
    case BackupColumn: return row.backupId > 0 ? m_names.value(row.backupId) : QString();
    case VerifiedColumn:
        return row.lastVerified.isValid() ? isoDate(row.lastVerified) : tr("never");
    }
    return {};
}

QString ContactTableModel::staleText(const Contact &row) const
{
    if (!row.lastVerified.isValid())
        return tr("Never verified: check this entry and mark it verified (Ctrl+Shift+V).");
    return tr("Not verified since %1 (the handbook asks for a check every %n day(s)).", nullptr,
              m_verifyDays)
        .arg(isoDate(row.lastVerified));
}

QVariant ContactTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Contact &row = m_rows.at(index.row());
    const bool stale = m_stale.contains(row.id);
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::ToolTipRole:
        if (stale)
            return staleText(row);
        if (index.column() == NameColumn && !row.inHandbook)
            return tr("Not printed in the handbook");
        if (index.column() == NameColumn && !row.notes.isEmpty())
            return row.notes;
        return {};
    case Qt::BackgroundRole:
        if (stale)
            return staleBackground();
        return {};
    case Qt::FontRole:
        // People kept for the roster but not printed in the handbook.
        if (!row.inHandbook) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ForegroundRole:
        // The tint is light: keep the text dark whatever the palette.
        if (stale)
            return QColor(Qt::black);
        return {};
    case IdRole: return row.id;
    case StaleRole: return stale;
    case UnitIdRole: return row.unitId;
    case SortRole:
        // Never verified sorts before the oldest date: it is the most overdue.
        if (index.column() == VerifiedColumn)
            return row.lastVerified.isValid() ? isoDate(row.lastVerified)
                                              : QStringLiteral("0000-00-00");
        return display(row, index.column());
    case SearchTextRole:
        return QStringList{row.name, m_unitNames.value(row.unitId), row.position, row.email}
            .join(QLatin1Char('\n'))
            .toLower();
    case PhoneDigitsRole:
        return QStringList{phoneSearchDigits(row.mobile), phoneSearchDigits(row.officePhone),
                           phoneSearchDigits(row.dutyPhone), phoneSearchDigits(row.fax)}
            .join(QLatin1Char(' '));
    }
    return {};
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case UnitColumn: return tr("Unit");
    case PositionColumn: return tr("Position");
    case MobileColumn: return tr("Mobile");
    case OfficeColumn: return tr("Office");
    case DutyColumn: return tr("Duty line");
    case FaxColumn: return tr("Fax");
    case EmailColumn: return tr("Email");
    case BackupColumn: return tr("Backup");
    case VerifiedColumn: return tr("Last verified");
    }
    return {};
}

} // namespace ui
} // namespace dd
