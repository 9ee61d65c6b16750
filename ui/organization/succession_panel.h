#pragma once

#include "organization/contact_directory.h"
#include "organization/organization_tab.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace dd {
namespace ui {

class InlineMessage;

// The "Succession order" tab (决策递补顺序): who decides when the first decision maker cannot,
// in rank order. Each entry shows the person's phone and a warning when there is none or the
// person is inactive. Reordered with the buttons or Alt+Up/Alt+Down; Save writes the whole
// order (ContactRepository::setSuccession). Fewer than two people is warned about.
class SuccessionPanel : public OrganizationTab {
    Q_OBJECT
public:
    explicit SuccessionPanel(UiContext &context, QWidget *parent = nullptr);

    QString tabTitle() const override;
    QString tabIconName() const override { return QStringLiteral("roster"); }
    void reload() override;

    QList<qint64> order() const { return m_order; }
    bool hasUnsavedChanges() const override { return m_dirty; }
    QListWidget *list() const { return m_list; }
    // Problems of the current (unsaved) order, one sentence each.
    QStringList warnings() const;

    // The actions behind the buttons, without dialogs (used by them and by tests).
    bool addContacts(const QList<qint64> &contactIds);
    void removeCurrent();
    bool moveCurrent(int delta);
    bool save();
    void revert();

protected:
    void retranslateUi() override;
    void updateActions() override;

private:
    void rebuildList(int currentRow);
    void askAdd();
    void setDirty(bool dirty);

    ContactDirectory m_directory;
    QList<qint64> m_order;
    bool m_dirty = false;
    QLabel *m_note;
    QLabel *m_intro;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_warnings;
    InlineMessage *m_message;
    QPushButton *m_save;
    QPushButton *m_revert;
};

} // namespace ui
} // namespace dd
