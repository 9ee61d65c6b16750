#pragma once

#include "contacts/contact.h"

#include <QCollator>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QSortFilterProxyModel>

namespace dd {
namespace ui {

// Which part of the unit tree is chosen: everything, the related external units, one kind
// of unit, one unit, the people who belong to no unit, the members of the emergency
// organization (either body) or of one of its bodies.
struct HandbookScope {
    enum class Type { All, External, Kind, Unit, NoUnit, Organization, Body };
    Type type = Type::All;
    UnitKind kind = UnitKind::Internal; // Type::Kind
    qint64 unitId = 0;                  // Type::Unit
    OrgBody body = OrgBody::Decision;   // Type::Body

    bool operator==(const HandbookScope &other) const = default;
};

// Filters the contact table by the tree's scope, the search text (name, unit, position,
// email; or the digits of any phone when the text has digits) and "stale only"; sorts names
// the way Chinese readers expect (pinyin, through the collator), dates by date.
class ContactFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ContactFilterProxy(QObject *parent = nullptr);

    // The kind of every unit, for Type::Kind scopes.
    void setUnitKinds(QHash<qint64, UnitKind> kinds);
    // The members (contact ids) of each body of the emergency organization, for Type::Body and
    // Type::Organization scopes.
    void setBodyMembers(QMap<OrgBody, QSet<qint64>> members);
    void setScope(const HandbookScope &scope);
    void setSearchText(const QString &text);
    void setStaleOnly(bool staleOnly);

    HandbookScope scope() const { return m_scope; }
    QString searchText() const { return m_text; }
    bool staleOnly() const { return m_staleOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool inScope(const QModelIndex &index) const;
    bool matchesText(const QModelIndex &index) const;

    QHash<qint64, UnitKind> m_kinds;
    QMap<OrgBody, QSet<qint64>> m_members;
    HandbookScope m_scope;
    QString m_text;
    QStringList m_words; // lower-case words of the search text
    QString m_digits;    // the search text's digits when it looks like a phone number
    bool m_staleOnly = false;
    QCollator m_collator;
};

} // namespace ui
} // namespace dd
