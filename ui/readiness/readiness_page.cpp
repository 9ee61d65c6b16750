#include "readiness/readiness_page.h"

#include "app/backend.h"
#include "common/page_title.h"
#include "readiness/readiness_evaluator.h"
#include "shell/ui_context.h"
#include "storage/change_feed.h"

#include <QApplication>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

enum Column { StatusColumn, TitleColumn, SummaryColumn, DueColumn, ClauseColumn, ColumnCount };
constexpr int CheckIndexRole = Qt::UserRole + 1; // index into m_result.checks; -1 for groups

QIcon statusIcon(CheckStatus status)
{
    QStyle *style = QApplication::style();
    switch (status) {
    case CheckStatus::Failing: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case CheckStatus::DueSoon: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case CheckStatus::Ok: return style->standardIcon(QStyle::SP_DialogApplyButton);
    case CheckStatus::NotApplicable: break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

QDate today(const UiContext &context)
{
    return context.backend.clock().now().toTimeZone(QTimeZone(8 * 3600)).date();
}

} // namespace

ReadinessPage::ReadinessPage(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_asOfLabel(new QLabel(this))
    , m_asOf(new QDateEdit(this))
    , m_today(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_score(new QLabel(this))
    , m_error(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_detail(new QTextBrowser(this))
    , m_fix(new QPushButton(this))
    , m_refreshTimer(new QTimer(this))
    , m_evaluator(new ReadinessEvaluator(context, this))
{
    setObjectName(QStringLiteral("readinessPage"));
    stylePageTitle(m_title);
    m_asOf->setObjectName(QStringLiteral("readinessAsOf"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setDate(today(context));
    m_asOfLabel->setBuddy(m_asOf);
    m_score->setObjectName(QStringLiteral("readinessScore"));
    QFont scoreFont = m_score->font();
    scoreFont.setPointSizeF(scoreFont.pointSizeF() * 1.2);
    scoreFont.setBold(true);
    m_score->setFont(scoreFont);
    m_error->setWordWrap(true);
    m_error->hide();
    m_tree->setObjectName(QStringLiteral("readinessTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(SummaryColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(DueColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ClauseColumn, QHeaderView::ResizeToContents);
    m_tree->setColumnWidth(TitleColumn, 320);
    m_detail->setObjectName(QStringLiteral("readinessDetail"));
    m_detail->setOpenLinks(false);
    m_fix->setObjectName(QStringLiteral("readinessFix"));
    m_fix->setEnabled(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_score, 1);
    top->addWidget(m_asOfLabel);
    top->addWidget(m_asOf);
    top->addWidget(m_today);
    top->addWidget(m_refresh);

    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    auto *fixRow = new QHBoxLayout;
    fixRow->addStretch(1);
    fixRow->addWidget(m_fix);
    detailLayout->addLayout(fixRow);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &ReadinessPage::reload);
    connect(&context.backend.database().changes(), &ChangeFeed::committed, this, [this]() {
        if (isVisible())
            m_refreshTimer->start();
        else
            m_stale = true;
    });
    connect(m_asOf, &QDateEdit::dateChanged, this, [this]() { m_refreshTimer->start(); });
    connect(m_today, &QPushButton::clicked, this, [this]() { m_asOf->setDate(today(m_context)); });
    connect(m_refresh, &QPushButton::clicked, this, &ReadinessPage::reload);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ReadinessPage::showDetail);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, CheckIndexRole).toInt() >= 0)
            fixSelected();
    });
    connect(m_fix, &QPushButton::clicked, this, &ReadinessPage::fixSelected);
    connect(m_evaluator, &ReadinessEvaluator::evaluated, this, &ReadinessPage::evaluated);
    retranslateUi();
    reload();
}

QDate ReadinessPage::asOf() const
{
    return m_asOf->date();
}

void ReadinessPage::setAsOf(const QDate &day)
{
    m_asOf->setDate(day);
    reload();
}

void ReadinessPage::reload()
{
    m_refreshTimer->stop();
    m_stale = false;
    m_evaluator->request(m_asOf->date());
}

void ReadinessPage::waitUntilEvaluated()
{
    if (m_refreshTimer->isActive())
        reload();
    m_evaluator->waitUntilIdle();
}

void ReadinessPage::evaluated(const ReadinessOutcome &outcome)
{
    const QString selected = !m_pendingTarget.isEmpty()
                                 ? m_pendingTarget
                                 : (selectedCheck() ? selectedCheck()->id : QString());
    if (!outcome.error.isEmpty()) {
        m_error->setText(tr("Could not evaluate readiness: %1").arg(outcome.error));
        m_error->show();
        m_result = ReadinessResult();
    } else {
        m_error->hide();
        m_result = outcome.result;
    }
    fill();
    m_pendingTarget.clear();
    if (!selected.isEmpty())
        navigateTo(selected); // waits again when a newer evaluation is on its way
}

void ReadinessPage::fill()
{
    m_tree->clear();
    // Groups in the order their worst check comes (the checks are sorted failing first).
    QStringList groups;
    for (const ReadinessCheck &c : m_result.checks)
        if (!groups.contains(c.group))
            groups.append(c.group);
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (const QString &group : groups) {
        auto *groupItem = new QTreeWidgetItem(m_tree);
        int failing = 0, count = 0;
        CheckStatus worst = CheckStatus::NotApplicable;
        for (int i = 0; i < m_result.checks.size(); ++i) {
            const ReadinessCheck &c = m_result.checks.at(i);
            if (c.group != group)
                continue;
            ++count;
            if (c.status == CheckStatus::Failing)
                ++failing;
            if (checkStatusRank(c.status) < checkStatusRank(worst))
                worst = c.status;
            auto *item = new QTreeWidgetItem(groupItem);
            item->setData(0, CheckIndexRole, i);
            item->setIcon(StatusColumn, statusIcon(c.status));
            item->setText(StatusColumn, checkStatusName(c.status));
            item->setText(TitleColumn, c.title);
            item->setToolTip(TitleColumn, c.title);
            item->setText(SummaryColumn, c.summary);
            item->setToolTip(SummaryColumn, c.summary);
            item->setText(DueColumn, c.dueBy ? c.dueBy->toString(Qt::ISODate) : QString());
            item->setText(ClauseColumn, c.clauseRef);
            item->setToolTip(ClauseColumn, c.clause);
        }
        groupItem->setData(0, CheckIndexRole, -1);
        groupItem->setIcon(StatusColumn, statusIcon(worst));
        groupItem->setText(StatusColumn, checkStatusName(worst));
        groupItem->setText(TitleColumn, group);
        groupItem->setText(SummaryColumn,
                           failing > 0 ? tr("%n check(s), %1 failing", nullptr, count).arg(failing)
                                       : tr("%n check(s)", nullptr, count));
        for (int column = 0; column < ColumnCount; ++column)
            groupItem->setFont(column, bold);
        groupItem->setFlags(groupItem->flags() & ~Qt::ItemIsSelectable);
        groupItem->setFirstColumnSpanned(false);
    }
    m_tree->expandAll();
    const int applicable = int(m_result.checks.size()) - m_result.count(CheckStatus::NotApplicable);
    m_score->setText(applicable == 0 && m_result.checks.isEmpty()
                         ? tr("No checks")
                         : tr("Readiness %1% — %2 failing, %3 due soon, %4 OK, %5 not applicable")
                               .arg(m_result.score())
                               .arg(m_result.count(CheckStatus::Failing))
                               .arg(m_result.count(CheckStatus::DueSoon))
                               .arg(m_result.count(CheckStatus::Ok))
                               .arg(m_result.count(CheckStatus::NotApplicable)));
    m_score->setAccessibleName(m_score->text());
    // Select the first check (the worst one).
    if (m_tree->topLevelItemCount() > 0 && m_tree->topLevelItem(0)->childCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0)->child(0));
    showDetail();
}

const ReadinessCheck *ReadinessPage::selectedCheck() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return nullptr;
    const int index = item->data(0, CheckIndexRole).toInt();
    return index >= 0 && index < m_result.checks.size() ? &m_result.checks.at(index) : nullptr;
}

void ReadinessPage::showDetail()
{
    const ReadinessCheck *c = selectedCheck();
    m_fix->setEnabled(c && !c->fixPage.isEmpty());
    if (!c) {
        m_detail->setHtml(
            QStringLiteral("<p>%1</p>")
                .arg(tr("Select a check to see what was looked at.").toHtmlEscaped()));
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(c->title.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(checkStatusName(c->status).toHtmlEscaped(), c->summary.toHtmlEscaped());
    html += QStringLiteral("<p>%1 <i>「%2」</i> (%3)</p>")
                .arg(tr("Clause:").toHtmlEscaped(), c->clause.toHtmlEscaped(),
                     c->clauseRef.toHtmlEscaped());
    if (c->dueBy)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Due by %1").arg(c->dueBy->toString(Qt::ISODate)).toHtmlEscaped());
    if (!c->evidence.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Evidence").toHtmlEscaped());
        for (const QString &line : c->evidence)
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p style=\"color:gray\">%1</p>")
                .arg(tr("Check %1, as of %2")
                         .arg(c->id, m_result.asOf.toString(Qt::ISODate))
                         .toHtmlEscaped());
    m_detail->setHtml(html);
}

bool ReadinessPage::fixSelected()
{
    const ReadinessCheck *c = selectedCheck();
    if (!c || c->fixPage.isEmpty())
        return false;
    return m_context.openPage(c->fixPage, c->fixTarget);
}

bool ReadinessPage::navigateTo(const QString &target)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            const int index = group->child(i)->data(0, CheckIndexRole).toInt();
            if (index >= 0 && m_result.checks.at(index).id == target) {
                m_tree->setCurrentItem(group->child(i));
                return true;
            }
        }
    }
    // Not loaded yet: select it when the evaluation that is running comes back.
    if (m_evaluator->isBusy() && !target.isEmpty()) {
        m_pendingTarget = target;
        return true;
    }
    return false;
}

void ReadinessPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_refreshTimer->start();
}

void ReadinessPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_refreshTimer->start(); // check texts are translated in core
    }
    QWidget::changeEvent(event);
}

void ReadinessPage::retranslateUi()
{
    m_title->setText(tr("Readiness"));
    m_asOfLabel->setText(tr("&As of:"));
    m_today->setText(tr("T&oday"));
    m_refresh->setText(tr("&Refresh"));
    m_fix->setText(tr("&Fix…"));
    m_fix->setToolTip(tr("Open the page where this is fixed (Enter or double-click)"));
    m_tree->setHeaderLabels({tr("Status"), tr("Check"), tr("Finding"), tr("Due by"), tr("Clause")});
}

} // namespace ui
} // namespace dd
