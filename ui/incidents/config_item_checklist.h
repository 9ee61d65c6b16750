#pragma once

#include "config/config_item.h"

#include <QList>
#include <QWidget>

class QLineEdit;
class QListWidget;

namespace dd {
namespace ui {

// Chooses configuration items: a filter over a list of "NUMBER  name (kind)" entries with a
// check box each. Deleted items are offered only while they are checked (links to a deleted
// item stay readable). Used by the incident declaration, the incident's items and test plans.
class ConfigItemChecklist : public QWidget {
    Q_OBJECT
public:
    // `name` prefixes the object names: "<name>Filter", "<name>List".
    explicit ConfigItemChecklist(const QString &name, QWidget *parent = nullptr);

    void setItems(const QList<ConfigItem> &items, const QList<qint64> &checked = {});
    void setChecked(const QList<qint64> &ids);
    QList<qint64> checked() const; // in the list's order
    // Checks or unchecks the item of that number; false when it is not in the list.
    bool setNumberChecked(const QString &number, bool on = true);
    void setReadOnly(bool readOnly);
    QListWidget *list() const { return m_list; }
    QLineEdit *filter() const { return m_filter; }

signals:
    void checkedChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void retranslateUi();

    QLineEdit *m_filter;
    QListWidget *m_list;
    QList<ConfigItem> m_items;
    bool m_filling = false;
    bool m_readOnly = false;
};

} // namespace ui
} // namespace dd
