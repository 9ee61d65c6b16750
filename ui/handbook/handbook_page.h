#pragma once

#include "shell/navigation.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace dd {
namespace ui {

class ContactsPanel;
struct UiContext;

// The contact handbook (应急处置联络手册): a tab per part. "Contacts" (units and people, with
// search, staleness, import/export, print and distribution) comes first; the emergency
// organization, succession order, notification contacts and agreements follow
// (addOrganizationTabs). Going back to the contacts tab reads them again, since the other
// tabs may have changed people.
//
// Navigation targets (NavigationTarget): "contacts", "stale" (contacts, stale entries only),
// "organization", "succession", "notification", "agreements".
class HandbookPage : public QWidget, public NavigationTarget {
    Q_OBJECT
public:
    explicit HandbookPage(UiContext &context, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    ContactsPanel *contacts() const { return m_contacts; }
    bool navigateTo(const QString &target) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title;
    QTabWidget *m_tabs;
    ContactsPanel *m_contacts;
};

} // namespace ui
} // namespace dd
