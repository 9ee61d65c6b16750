#pragma once

#include "plans/plan_register.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace dd {
namespace ui {

class CoveragePanel;
class FilingsPanel;
class InlineMessage;
class RegisterTable;
class ReviewsPanel;
struct UiContext;

// The Plan tab: the versions list on top; below, the selected version's ten required sections
// (each marked present / missing / empty) with a text editor, the cross-reference of fault
// types against procedures, notice templates and report flows, the review log and the filings.
class PlanPanel : public QWidget {
    Q_OBJECT
public:
    enum SubTab { SectionsTab, CoverageTab, ReviewsTab, FilingsTab };

    PlanPanel(UiContext &context, PlanRegister &plans, QWidget *parent = nullptr);

    void reload();
    void showSubTab(SubTab tab);
    void retranslateUi();
    // Shows a version (its sections); false when there is none with that id.
    bool selectVersion(qint64 id);
    bool selectSection(PlanSection section);
    qint64 versionId() const { return m_plan.id; }
    bool isDirty() const;

    RegisterTable *versions() const { return m_versions; }
    QTabWidget *subTabs() const { return m_subTabs; }
    QListWidget *sectionList() const { return m_sectionList; }
    QPlainTextEdit *sectionText() const { return m_sectionText; }
    QPushButton *saveSectionButton() const { return m_saveSection; }
    ReviewsPanel *reviews() const { return m_reviews; }
    FilingsPanel *filings() const { return m_filings; }
    CoveragePanel *coverage() const { return m_coverage; }

    // Saves the section text being edited; true when saved.
    bool saveSection();

signals:
    void changed();

private:
    void addVersion();
    void editVersion(qint64 id);
    void removeVersion(qint64 id);
    void openVersion(qint64 id);
    void fillSections();
    void showSection(int row);
    void updateEditor();

    UiContext &m_context;
    PlanRegister &m_plans;
    RegisterTable *m_versions;
    QTabWidget *m_subTabs;
    QWidget *m_sectionsPage;
    QLabel *m_sectionsHeader;
    QListWidget *m_sectionList;
    QLabel *m_sectionTitle;
    QPlainTextEdit *m_sectionText;
    QPushButton *m_saveSection;
    QPushButton *m_revertSection;
    InlineMessage *m_message;
    CoveragePanel *m_coverage;
    ReviewsPanel *m_reviews;
    FilingsPanel *m_filings;
    QSplitter *m_splitter;
    QList<PlanVersionSummary> m_list;
    PlanVersion m_plan;
    int m_section = 0; // row in m_sectionList
};

} // namespace ui
} // namespace dd
