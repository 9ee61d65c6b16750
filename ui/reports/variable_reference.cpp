#include "reports/variable_reference.h"

#include "reports/report_contexts.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dd {
namespace ui {

namespace {

constexpr int PathRole = Qt::UserRole + 1;

// The list a variable belongs to: the longest List path that prefixes it.
QString parentList(const QString &path, const QList<ContextVariable> &variables)
{
    QString best;
    for (const ContextVariable &v : variables) {
        if (v.type == VariableType::List && path.startsWith(v.path + QLatin1Char('.'))
            && v.path.size() > best.size())
            best = v.path;
    }
    return best;
}

QString typeName(VariableType type)
{
    switch (type) {
    case VariableType::Text: return VariableReference::tr("text");
    case VariableType::Flag: return VariableReference::tr("flag");
    case VariableType::List: return VariableReference::tr("list");
    case VariableType::Object: return VariableReference::tr("object");
    }
    return {};
}

} // namespace

VariableReference::VariableReference(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_insert(new QPushButton(this))
{
    setObjectName(QStringLiteral("variableReference"));
    m_filter->setObjectName(QStringLiteral("variableFilter"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("variableTree"));
    m_tree->setColumnCount(3);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_insert->setObjectName(QStringLiteral("insertVariable"));
    m_title->setBuddy(m_filter);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addWidget(m_filter, 1);
    top->addWidget(m_insert);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &VariableReference::applyFilter);
    connect(m_insert, &QPushButton::clicked, this, &VariableReference::insertCurrent);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, &VariableReference::insertCurrent);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { m_insert->setEnabled(item != nullptr); });
    m_insert->setEnabled(false);
    m_variables = ReportContexts::variables(m_kind);
    retranslateUi();
}

void VariableReference::setContext(ContextKind kind)
{
    if (kind == m_kind && m_tree->topLevelItemCount() > 0)
        return;
    m_kind = kind;
    m_variables = ReportContexts::variables(kind);
    rebuild();
}

QString VariableReference::snippet(const QString &path, const QList<ContextVariable> &variables)
{
    const auto found = std::find_if(variables.begin(), variables.end(),
                                    [&path](const ContextVariable &v) { return v.path == path; });
    const QString list = parentList(path, variables);
    // Inside a list's section its fields are named relative to the item.
    const QString name = list.isEmpty() ? path : path.mid(list.size() + 1);
    if (found == variables.end() || found->type != VariableType::List)
        return QStringLiteral("{{") + name + QStringLiteral("}}");
    QStringList fields;
    for (const ContextVariable &v : variables) {
        if (parentList(v.path, variables) == path && v.type != VariableType::List)
            fields << QStringLiteral("{{") + v.path.mid(path.size() + 1) + QStringLiteral("}}");
    }
    return QStringLiteral("{{#%1}}\n%2\n{{/%1}}\n").arg(name, fields.join(QLatin1Char(' ')));
}

QTreeWidgetItem *VariableReference::itemFor(const QString &path) const
{
    QList<QTreeWidgetItem *> pending;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        pending << m_tree->topLevelItem(i);
    while (!pending.isEmpty()) {
        QTreeWidgetItem *item = pending.takeFirst();
        if (item->data(0, PathRole).toString() == path)
            return item;
        for (int i = 0; i < item->childCount(); ++i)
            pending << item->child(i);
    }
    return nullptr;
}

void VariableReference::rebuild()
{
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> lists;
    for (const ContextVariable &v : m_variables) {
        const QString list = parentList(v.path, m_variables);
        QTreeWidgetItem *parent = lists.value(list);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, parent ? v.path.mid(list.size() + 1) : v.path);
        item->setData(0, PathRole, v.path);
        item->setText(1, v.translatedDescription());
        item->setText(2, v.example);
        item->setToolTip(0, QStringLiteral("%1 (%2)").arg(v.path, typeName(v.type)));
        item->setToolTip(1, v.translatedDescription());
        if (v.type == VariableType::List) {
            lists.insert(v.path, item);
            item->setExpanded(false);
        }
    }
    applyFilter();
}

void VariableReference::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    QList<QTreeWidgetItem *> all;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        all << m_tree->topLevelItem(i);
    for (QTreeWidgetItem *top : std::as_const(all)) {
        bool anyChild = false;
        for (int i = 0; i < top->childCount(); ++i) {
            QTreeWidgetItem *child = top->child(i);
            const bool match =
                text.isEmpty()
                || child->data(0, PathRole).toString().contains(text, Qt::CaseInsensitive)
                || child->text(1).contains(text, Qt::CaseInsensitive);
            child->setHidden(!match);
            anyChild = anyChild || match;
        }
        const bool match = text.isEmpty()
                           || top->data(0, PathRole).toString().contains(text, Qt::CaseInsensitive)
                           || top->text(1).contains(text, Qt::CaseInsensitive);
        top->setHidden(!match && !anyChild);
        if (!text.isEmpty() && anyChild)
            top->setExpanded(true);
    }
}

void VariableReference::insertCurrent()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    emit insertRequested(snippet(item->data(0, PathRole).toString(), m_variables));
}

void VariableReference::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void VariableReference::retranslateUi()
{
    m_title->setText(tr("&Variables:"));
    m_filter->setPlaceholderText(tr("Filter variables"));
    m_insert->setText(tr("&Insert"));
    m_insert->setToolTip(
        tr("Insert the variable at the cursor in the template (or double-click it)"));
    m_tree->setHeaderLabels({tr("Variable"), tr("Description"), tr("Example")});
    rebuild();
}

} // namespace ui
} // namespace dd
