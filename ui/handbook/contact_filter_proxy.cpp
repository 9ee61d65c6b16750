#include "handbook/contact_filter_proxy.h"

#include "contacts/phone_numbers.h"
#include "handbook/contact_table_model.h"

#include <QLocale>
#include <QRegularExpression>

namespace dd {
namespace ui {

namespace {

// Text such as "138 0013", "010-6555" or "+86 10": digits with phone punctuation only.
bool looksLikePhone(const QString &text)
{
    static const QRegularExpression phone(QStringLiteral("^[+()\\-.\\s\\d]*\\d[+()\\-.\\s\\d]*$"));
    return phone.match(text).hasMatch();
}

} // namespace

ContactFilterProxy::ContactFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(QLocale(QLocale::Chinese, QLocale::China))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    setSortRole(ContactTableModel::SortRole);
    setDynamicSortFilter(true);
}

void ContactFilterProxy::setUnitKinds(QHash<qint64, UnitKind> kinds)
{
    m_kinds = std::move(kinds);
    invalidateFilter();
}

void ContactFilterProxy::setBodyMembers(QMap<OrgBody, QSet<qint64>> members)
{
    m_members = std::move(members);
    invalidateFilter();
}

void ContactFilterProxy::setScope(const HandbookScope &scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    invalidateFilter();
}

void ContactFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_words =
        trimmed.toLower().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    m_digits = looksLikePhone(trimmed) ? PhoneNumbers::searchDigits(trimmed) : QString();
    invalidateFilter();
}

void ContactFilterProxy::setStaleOnly(bool staleOnly)
{
    if (staleOnly == m_staleOnly)
        return;
    m_staleOnly = staleOnly;
    invalidateFilter();
}

bool ContactFilterProxy::inScope(const QModelIndex &index) const
{
    const qint64 unitId = index.data(ContactTableModel::UnitIdRole).toLongLong();
    switch (m_scope.type) {
    case HandbookScope::Type::All: return true;
    case HandbookScope::Type::Unit: return unitId == m_scope.unitId;
    case HandbookScope::Type::NoUnit: return unitId == 0;
    case HandbookScope::Type::External:
        return unitId > 0 && m_kinds.contains(unitId)
               && m_kinds.value(unitId) != UnitKind::Internal;
    case HandbookScope::Type::Kind:
        return unitId > 0 && m_kinds.contains(unitId) && m_kinds.value(unitId) == m_scope.kind;
    case HandbookScope::Type::Body:
        return m_members.value(m_scope.body)
            .contains(index.data(ContactTableModel::IdRole).toLongLong());
    case HandbookScope::Type::Organization: {
        const qint64 id = index.data(ContactTableModel::IdRole).toLongLong();
        for (auto it = m_members.cbegin(); it != m_members.cend(); ++it)
            if (it.value().contains(id))
                return true;
        return false;
    }
    }
    return true;
}

bool ContactFilterProxy::matchesText(const QModelIndex &index) const
{
    if (m_words.isEmpty())
        return true;
    if (!m_digits.isEmpty()) {
        const QString phones = index.data(ContactTableModel::PhoneDigitsRole).toString();
        if (phones.contains(m_digits))
            return true;
    }
    // Every word somewhere: "技术 张" finds 张伟 of the technology department.
    const QString text = index.data(ContactTableModel::SearchTextRole).toString();
    for (const QString &word : m_words)
        if (!text.contains(word))
            return false;
    return true;
}

bool ContactFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_staleOnly && !index.data(ContactTableModel::StaleRole).toBool())
        return false;
    return inScope(index) && matchesText(index);
}

bool ContactFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QString a = left.data(sortRole()).toString();
    const QString b = right.data(sortRole()).toString();
    // Empty cells last in ascending order, whatever the column.
    if (a.isEmpty() != b.isEmpty())
        return b.isEmpty();
    const int order = m_collator.compare(a, b);
    if (order != 0)
        return order < 0;
    return left.row() < right.row();
}

} // namespace ui
} // namespace dd
