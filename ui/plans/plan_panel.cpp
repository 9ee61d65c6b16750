#include "plans/plan_panel.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "drills/drill_ui.h"
#include "plans/plan_dialogs.h"
#include "plans/plan_log_panels.h"
#include "plans/register_table.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {
enum VersionCol { LabelCol, EffectiveCol, ApprovedCol, SectionsCol, FilingCol, StateCol, Cols };
const QColor GapColour(0xb0, 0x1c, 0x1c);
} // namespace

PlanPanel::PlanPanel(UiContext &context, PlanRegister &plans, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_plans(plans)
    , m_versions(new RegisterTable(QStringLiteral("planVersions"), Cols))
    , m_subTabs(new QTabWidget)
    , m_sectionsPage(new QWidget)
    , m_sectionsHeader(new QLabel)
    , m_sectionList(new QListWidget)
    , m_sectionTitle(new QLabel)
    , m_sectionText(new QPlainTextEdit)
    , m_saveSection(new QPushButton)
    , m_revertSection(new QPushButton)
    , m_message(new InlineMessage)
    , m_coverage(new CoveragePanel(context, plans))
    , m_reviews(new ReviewsPanel(context, plans))
    , m_filings(new FilingsPanel(context, plans))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("planPanel"));
    m_subTabs->setObjectName(QStringLiteral("planSubTabs"));
    m_sectionList->setObjectName(QStringLiteral("planSectionList"));
    m_sectionText->setObjectName(QStringLiteral("planSectionText"));
    m_saveSection->setObjectName(QStringLiteral("planSectionSave"));
    m_revertSection->setObjectName(QStringLiteral("planSectionRevert"));
    m_message->setObjectName(QStringLiteral("planMessage"));
    m_sectionsHeader->setObjectName(QStringLiteral("planSectionsHeader"));
    m_sectionsHeader->setWordWrap(true);
    QFont bold = m_sectionTitle->font();
    bold.setBold(true);
    m_sectionTitle->setFont(bold);
    m_sectionList->setMinimumWidth(340);
    m_sectionList->setMaximumWidth(420);
    m_sectionText->setTabChangesFocus(false);

    auto *editor = new QWidget;
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_sectionTitle);
    editorLayout->addWidget(m_sectionText, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_revertSection);
    buttons->addWidget(m_saveSection);
    editorLayout->addLayout(buttons);
    auto *sectionsRow = new QHBoxLayout;
    sectionsRow->addWidget(m_sectionList);
    sectionsRow->addWidget(editor, 1);
    auto *sectionsLayout = new QVBoxLayout(m_sectionsPage);
    sectionsLayout->addWidget(m_sectionsHeader);
    sectionsLayout->addLayout(sectionsRow, 1);

    m_subTabs->addTab(m_sectionsPage, QString());
    m_subTabs->addTab(m_coverage, QString());
    m_subTabs->addTab(m_reviews, QString());
    m_subTabs->addTab(m_filings, QString());
    m_splitter->addWidget(m_versions);
    m_splitter->addWidget(m_subTabs);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    m_splitter->restoreState(QSettings().value(QStringLiteral("plans/planSplitter")).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        QSettings().setValue(QStringLiteral("plans/planSplitter"), m_splitter->saveState());
    });

    connect(m_versions, &RegisterTable::addRequested, this, &PlanPanel::addVersion);
    connect(m_versions, &RegisterTable::editRequested, this, &PlanPanel::editVersion);
    connect(m_versions, &RegisterTable::removeRequested, this, &PlanPanel::removeVersion);
    connect(m_versions, &RegisterTable::selectionChanged, this, [this](qint64 id) {
        if (id != 0 && id != m_plan.id)
            openVersion(id);
    });
    connect(m_sectionList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row == m_section)
            return;
        if (isDirty() && DrillUi::canEdit(m_context)
            && QMessageBox::question(
                   this, tr("Unsaved section"),
                   tr("Save the changes to the section “%1” first?")
                       .arg(planSectionName(PlanRules::allSections().value(m_section))))
                   == QMessageBox::Yes)
            (void)saveSection();
        const QSignalBlocker block(m_sectionList);
        m_sectionList->setCurrentRow(row);
        showSection(row);
    });
    connect(m_sectionText, &QPlainTextEdit::textChanged, this, &PlanPanel::updateEditor);
    connect(m_saveSection, &QPushButton::clicked, this, [this] { (void)saveSection(); });
    connect(m_revertSection, &QPushButton::clicked, this, [this] { showSection(m_section); });
    connect(m_reviews, &ReviewsPanel::changed, this, &PlanPanel::changed);
    connect(m_filings, &FilingsPanel::changed, this, [this] {
        reload();
        emit changed();
    });
    connect(m_coverage, &CoveragePanel::changed, this, &PlanPanel::changed);
    connect(&m_context.session, &Session::actorChanged, this, &PlanPanel::updateEditor);
    retranslateUi();
}

void PlanPanel::reload()
{
    m_versions->setEditable(DrillUi::canEdit(m_context));
    auto list = m_plans.versions();
    if (!list) {
        m_message->showError(list.error());
        return;
    }
    m_list = *list;
    const QDate today = DrillUi::today(m_context);
    const auto current = PlanRules::currentOf(m_list, today);
    m_versions->beginFill(int(m_list.size()));
    QTableWidget *t = m_versions->table();
    for (int row = 0; row < m_list.size(); ++row) {
        const PlanVersionSummary &v = m_list[row];
        const qint64 order = qint64(v.major) * 1000 + v.minor;
        t->setItem(row, LabelCol, DrillUi::cell(v.label, v.id, order));
        t->setItem(row, EffectiveCol,
                   DrillUi::cell(DrillUi::dateText(v.effectiveDate), v.id,
                                 qint64(v.effectiveDate.toJulianDay())));
        t->setItem(row, ApprovedCol, DrillUi::cell(v.approvedBy, v.id));
        const int gaps = int(v.missing.size() + v.empty.size());
        QString sections = tr("%1/10 complete").arg(10 - gaps);
        if (!v.missing.isEmpty())
            sections += tr(", %n missing", nullptr, int(v.missing.size()));
        if (!v.empty.isEmpty())
            sections += tr(", %n empty", nullptr, int(v.empty.size()));
        auto *s = DrillUi::cell(gaps ? QStringLiteral("✗ ") + sections : sections, v.id, gaps);
        if (gaps)
            s->setForeground(GapColour);
        t->setItem(row, SectionsCol, s);
        QString filing = filingStateName(v.filing);
        if (v.needsOwnFiling && v.filing == FilingState::NotFiled)
            filing = QStringLiteral("✗ ") + filing;
        auto *f = DrillUi::cell(filing, v.id);
        if (v.filing == FilingState::NotFiled)
            f->setForeground(GapColour);
        t->setItem(row, FilingCol, f);
        QString state = !v.effectiveDate.isValid() || v.effectiveDate > today
                            ? tr("not yet in effect")
                        : current && current->id == v.id ? tr("current")
                                                         : tr("superseded");
        t->setItem(row, StateCol, DrillUi::cell(state, v.id));
    }
    m_versions->endFill();
    qint64 show = m_plan.id;
    if (show == 0
        || std::none_of(m_list.cbegin(), m_list.cend(),
                        [show](const PlanVersionSummary &v) { return v.id == show; }))
        show = current ? current->id : (m_list.isEmpty() ? 0 : m_list.last().id);
    if (show != 0 && !isDirty())
        openVersion(show);
    else if (show == 0) {
        m_plan = PlanVersion();
        fillSections();
    }
    m_versions->selectId(m_plan.id);
    m_coverage->reload();
    m_reviews->reload();
    m_filings->reload();
}

bool PlanPanel::selectVersion(qint64 id)
{
    if (!m_versions->selectId(id))
        return false;
    openVersion(id);
    return true;
}

bool PlanPanel::selectSection(PlanSection section)
{
    const int row = int(PlanRules::allSections().indexOf(section));
    if (row < 0 || m_plan.id == 0)
        return false;
    showSubTab(SectionsTab);
    m_sectionList->setCurrentRow(row);
    return true;
}

void PlanPanel::showSubTab(SubTab tab)
{
    m_subTabs->setCurrentIndex(int(tab));
}

bool PlanPanel::isDirty() const
{
    if (m_plan.id == 0)
        return false;
    const PlanSection section = PlanRules::allSections().value(m_section);
    return m_sectionText->toPlainText() != m_plan.sections.value(section);
}

void PlanPanel::openVersion(qint64 id)
{
    if (isDirty() && DrillUi::canEdit(m_context)
        && QMessageBox::question(
               this, tr("Unsaved section"),
               tr("Save the changes to the section “%1” first?")
                   .arg(planSectionName(PlanRules::allSections().value(m_section))))
               == QMessageBox::Yes)
        (void)saveSection();
    auto plan = m_plans.version(id);
    if (!plan) {
        m_message->showError(plan.error());
        return;
    }
    m_plan = *plan;
    fillSections();
}

void PlanPanel::fillSections()
{
    const QSignalBlocker block(m_sectionList);
    const int keep = m_section;
    m_sectionList->clear();
    const QList<PlanSection> all = PlanRules::allSections();
    int gaps = 0;
    for (int i = 0; i < all.size(); ++i) {
        const SectionState state =
            m_plan.id == 0 ? SectionState::Missing : PlanRules::sectionState(m_plan, all[i]);
        QString text = QStringLiteral("%1. %2").arg(i + 1).arg(planSectionName(all[i]));
        auto *item = new QListWidgetItem;
        if (state != SectionState::Present) {
            ++gaps;
            text += QStringLiteral("  ✗ ") + sectionStateName(state);
            item->setForeground(GapColour);
        } else {
            text += QStringLiteral("  ✓");
        }
        item->setText(text);
        item->setData(Qt::UserRole, planSectionId(all[i]));
        m_sectionList->addItem(item);
    }
    m_sectionsHeader->setText(
        m_plan.id == 0 ? tr("No plan version yet: add the first version above.")
        : gaps == 0    ? tr("Version %1: all ten required contents are present.").arg(m_plan.label)
                    : tr("Version %1: %n of the ten required contents are missing or empty (✗).",
                         nullptr, gaps)
                          .arg(m_plan.label));
    m_sectionList->setCurrentRow(keep);
    showSection(keep);
}

void PlanPanel::showSection(int row)
{
    m_section = qBound(0, row, 9);
    const PlanSection section = PlanRules::allSections().value(m_section);
    m_sectionTitle->setText(planSectionName(section));
    const QSignalBlocker block(m_sectionText);
    m_sectionText->setPlainText(m_plan.sections.value(section));
    m_message->clearMessage();
    updateEditor();
}

void PlanPanel::updateEditor()
{
    const bool editable = DrillUi::canEdit(m_context) && m_plan.id != 0;
    m_sectionText->setReadOnly(!editable);
    m_sectionText->setEnabled(m_plan.id != 0);
    m_saveSection->setEnabled(editable && isDirty());
    m_revertSection->setEnabled(editable && isDirty());
    m_saveSection->setVisible(!m_context.readOnly);
    m_revertSection->setVisible(!m_context.readOnly);
}

bool PlanPanel::saveSection()
{
    if (m_plan.id == 0 || !DrillUi::canEdit(m_context))
        return false;
    const PlanSection section = PlanRules::allSections().value(m_section);
    Status saved = m_plans.saveSection(m_context.session.actor(), m_plan.id, section,
                                       m_sectionText->toPlainText(), m_plan.version);
    if (!saved) {
        m_message->showError(saved.error());
        return false;
    }
    auto plan = m_plans.version(m_plan.id);
    if (plan)
        m_plan = *plan;
    reload();
    m_message->showSuccess(tr("Section “%1” saved.").arg(planSectionName(section)));
    emit changed();
    return true;
}

void PlanPanel::addVersion()
{
    if (!DrillUi::canEdit(m_context))
        return;
    PlanVersion p;
    if (!m_list.isEmpty()) {
        p.major = m_list.last().major;
        p.minor = m_list.last().minor + 1;
    }
    p.label = QStringLiteral("v%1.%2").arg(p.major).arg(p.minor);
    p.effectiveDate = DrillUi::today(m_context);
    VersionDialog dialog(m_plans, m_context.session.actor(), p, m_list, DrillUi::today(m_context),
                         this);
    if (dialog.exec() == QDialog::Accepted) {
        m_plan = PlanVersion();
        m_plan.id = dialog.savedId();
        reload();
        selectVersion(dialog.savedId());
        emit changed();
    }
}

void PlanPanel::editVersion(qint64 id)
{
    auto plan = m_plans.version(id);
    if (!plan || !DrillUi::canEdit(m_context))
        return;
    VersionDialog dialog(m_plans, m_context.session.actor(), *plan, m_list,
                         DrillUi::today(m_context), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        openVersion(id);
        emit changed();
    }
}

void PlanPanel::removeVersion(qint64 id)
{
    auto plan = m_plans.version(id);
    if (!plan || !DrillUi::canEdit(m_context))
        return;
    if (QMessageBox::question(this, tr("Delete plan version"),
                              tr("Delete plan version %1 with its sections?").arg(plan->label))
        != QMessageBox::Yes)
        return;
    if (Status s = m_plans.removeVersion(m_context.session.actor(), id); !s) {
        m_message->showError(s.error());
        return;
    }
    if (m_plan.id == id)
        m_plan = PlanVersion();
    reload();
    emit changed();
}

void PlanPanel::retranslateUi()
{
    m_versions->setTitle(tr("Plan versions"));
    m_versions->setHeaders({tr("Version"), tr("Effective"), tr("Approved by"),
                            tr("Required contents"), tr("Filing"), tr("Status")});
    m_versions->setButtonTexts(tr("Add version…"), tr("Edit…"), tr("Delete"));
    m_subTabs->setTabText(SectionsTab, tr("Required contents"));
    m_subTabs->setTabText(CoverageTab, tr("Procedures and notices"));
    m_subTabs->setTabText(ReviewsTab, tr("Review log"));
    m_subTabs->setTabText(FilingsTab, tr("Filings"));
    m_saveSection->setText(tr("Save section"));
    m_revertSection->setText(tr("Revert"));
    m_sectionText->setPlaceholderText(tr("The text of this part of the plan"));
    m_coverage->retranslateUi();
    m_reviews->retranslateUi();
    m_filings->retranslateUi();
    reload();
}

} // namespace ui
} // namespace dd
