#pragma once

#include "contacts/contact.h"
#include "organization/contact_directory.h"
#include "organization/organization_tab.h"

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace dd {
namespace ui {

class InlineMessage;

// What is missing in the organization: a decision body without a chair (or a chair without a
// member), required departments without a member in the decision body, positions without
// members, members who are no longer active. Translated sentences, most serious first.
QStringList organizationWarnings(const QList<OrgPosition> &positions,
                                 const ContactDirectory &directory);

// The "Organization" tab: the decision body (指挥决策机构) and the executive body (执行机构) as a
// tree of positions and their members, the selected position's key tasks beside it, and what
// is missing underneath. Positions are added and edited in PositionDialog; members are chosen
// with ContactChooserDialog. Every change is saved at once through ContactRepository.
class OrganizationPanel : public OrganizationTab {
    Q_OBJECT
public:
    explicit OrganizationPanel(UiContext &context, QWidget *parent = nullptr);

    QString tabTitle() const override;
    QString tabIconName() const override { return QStringLiteral("handbook"); }
    void reload() override;

    const QList<OrgPosition> &positions() const { return m_positions; }
    QStringList warnings() const { return m_warnings; }
    QTreeWidget *tree() const { return m_tree; }
    bool selectPosition(qint64 positionId);
    bool selectMember(qint64 positionId, qint64 contactId);
    qint64 selectedPositionId() const;
    qint64 selectedMemberId() const; // 0 when a position or body is selected

    // The actions behind the buttons, without dialogs (used by them and by tests).
    bool addMembers(qint64 positionId, const QList<qint64> &contactIds);
    bool removeMember(qint64 positionId, qint64 contactId);
    bool removePosition(qint64 positionId);
    bool moveSelected(int delta); // a position within its body, a member within its position

protected:
    void retranslateUi() override;
    void updateActions() override;

private:
    const OrgPosition *position(qint64 id) const;
    bool savePosition(const OrgPosition &position, const QString &done);
    void rebuildTree();
    void showDetails();
    void askAddPosition();
    void askEditPosition();
    void askRemovePosition();
    void askAddMember();
    void askRemoveMember();

    QList<OrgPosition> m_positions;
    ContactDirectory m_directory;
    QStringList m_warnings;
    QLabel *m_note;
    QTreeWidget *m_tree;
    QPushButton *m_addPosition;
    QPushButton *m_editPosition;
    QPushButton *m_removePosition;
    QPushButton *m_addMember;
    QPushButton *m_removeMember;
    QPushButton *m_moveUp;
    QPushButton *m_moveDown;
    QLabel *m_detailsTitle;
    QLabel *m_detailsInfo;
    QLabel *m_tasksLabel;
    QListWidget *m_tasks;
    QLabel *m_warningsLabel;
    QListWidget *m_warningList;
    InlineMessage *m_message;
};

} // namespace ui
} // namespace dd
