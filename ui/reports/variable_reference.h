#pragma once

#include "reports/report_template.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace dd {
namespace ui {

// The variables a template context offers, as a tree (lists hold their items' fields), with
// their description and an example. Double-click or Insert asks to insert the variable's tag:
// `{{path}}` for a value, a `{{#path}}…{{/path}}` section with the item fields for a list.
class VariableReference : public QWidget {
    Q_OBJECT
public:
    explicit VariableReference(QWidget *parent = nullptr);

    void setContext(ContextKind kind);
    ContextKind context() const { return m_kind; }
    QTreeWidget *tree() const { return m_tree; }
    // The item for a variable path, or nullptr.
    QTreeWidgetItem *itemFor(const QString &path) const;
    // What inserting `path` puts into the template.
    static QString snippet(const QString &path, const QList<ContextVariable> &variables);

signals:
    void insertRequested(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyFilter();
    void insertCurrent();
    void retranslateUi();

    ContextKind m_kind = ContextKind::Incident;
    QList<ContextVariable> m_variables;
    QLabel *m_title;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QPushButton *m_insert;
};

} // namespace ui
} // namespace dd
