#pragma once

#include "organization/contact_directory.h"
#include "organization/organization_tab.h"

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace dd {
namespace ui {

class AgreementTableModel;
class InlineMessage;

// The "Agreements" tab: service agreements with the related units (通信, 消防, 电力, 空调,
// 软硬件, 安全服务) in a sortable table; expired ones and overdue reviews are highlighted and
// counted above the table. Add and edit in AgreementDialog, remove after a confirmation.
class AgreementsPanel : public OrganizationTab {
    Q_OBJECT
public:
    explicit AgreementsPanel(UiContext &context, QWidget *parent = nullptr);

    QString tabTitle() const override;
    QString tabIconName() const override { return QStringLiteral("readiness"); }
    void reload() override;

    AgreementTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString summary() const;
    bool selectAgreement(qint64 id);
    qint64 selectedId() const;
    bool removeAgreement(qint64 id);

protected:
    void retranslateUi() override;
    void updateActions() override;

private:
    void askAdd();
    void askEdit();
    void askRemove();
    void updateSummary();

    ContactDirectory m_directory;
    AgreementTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QLabel *m_note;
    QLabel *m_summary;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    InlineMessage *m_message;
};

} // namespace ui
} // namespace dd
