#pragma once

#include "changes/change_register.h"
#include "config/config_registry.h"
#include "shell/navigation.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeWidget;

namespace dd {
namespace ui {

class ConfigAuditsPanel;
class ConfigDetail;
class ConfigItemFilter;
class ConfigItemModel;
class InlineMessage;
struct UiContext;

// Configuration management (配置管理): on the left the kinds (built-in kinds in the standard's
// order, then the institution's own, each with its count, and "All"), a search and "show
// deleted"; in the centre the items; below them the selected item's relations (graph and
// list), impact, history and links. A second tab holds the configuration audits.
// Navigation targets (NavigationTarget): an item number ("SRV-0001", optionally
// "SRV-0001/impact", "/history", "/links", "/relations"), "items" and "audits".
// Shortcuts: Ctrl+N adds an item, Enter or double-click edits it, Delete deletes it, F5 reloads,
// Ctrl+F searches, Alt+1/Alt+2 switch the tabs.
class ConfigPage : public QWidget, public NavigationTarget {
    Q_OBJECT
public:
    enum Tab { ItemsTab, AuditsTab };

    explicit ConfigPage(UiContext &context, QWidget *parent = nullptr);

    bool navigateTo(const QString &target) override;
    void reload();
    bool selectItem(qint64 id);
    qint64 selectedItem() const;
    void showKind(const QString &kindId); // "" = all

    void addItem();
    void editItem(qint64 id);
    void replaceItem(qint64 id);
    void removeItem(qint64 id);
    void addKind();

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *itemTable() const { return m_table; }
    ConfigItemFilter *filter() const { return m_filter; }
    QTreeWidget *kindTree() const { return m_kinds; }
    QLineEdit *search() const { return m_search; }
    QCheckBox *showDeleted() const { return m_showDeleted; }
    ConfigDetail *detail() const { return m_detail; }
    ConfigAuditsPanel *audits() const { return m_audits; }
    InlineMessage *message() const { return m_message; }
    ConfigRegistry &registry() { return m_config; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void fillKinds();
    void updateActions();
    void showSelected();

    UiContext &m_context;
    ConfigRegistry m_config;
    ChangeRegister m_changes;
    QList<ConfigKind> m_kindList;
    QHash<qint64, ConfigItem> m_all;
    QLabel *m_title;
    QTabWidget *m_tabs;
    QSplitter *m_split;
    QSplitter *m_centreSplit;
    QLineEdit *m_search;
    QTreeWidget *m_kinds;
    QCheckBox *m_showDeleted;
    ConfigItemModel *m_model;
    ConfigItemFilter *m_filter;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_replace;
    QPushButton *m_remove;
    QPushButton *m_addKind;
    InlineMessage *m_message;
    ConfigDetail *m_detail;
    ConfigAuditsPanel *m_audits;
    QTimer *m_coalesce;
    qint64 m_shown = -1;
    bool m_sized = false;
    bool m_splitRestored = false;
};

} // namespace ui
} // namespace dd
