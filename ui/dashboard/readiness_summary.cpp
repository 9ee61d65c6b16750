#include "dashboard/readiness_summary.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace dd {
namespace ui {

namespace {

QColor statusColour(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Failing: return QColor(0xb3, 0x26, 0x1e);
    case CheckStatus::DueSoon: return QColor(0x9a, 0x67, 0x00);
    case CheckStatus::Ok: return QColor(0x2e, 0x7d, 0x32);
    case CheckStatus::NotApplicable: break;
    }
    return QColor(0x60, 0x60, 0x60);
}

} // namespace

ReadinessSummary::ReadinessSummary(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_score(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("readinessSummary"));
    m_heading->setObjectName(QStringLiteral("readinessHeading"));
    m_score->setObjectName(QStringLiteral("readinessScore"));
    m_list->setObjectName(QStringLiteral("readinessList"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_heading->setFont(bold);
    m_score->setWordWrap(true);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_score);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemActivated, this, &ReadinessSummary::activate);
    connect(m_list, &QListWidget::itemClicked, this, &ReadinessSummary::activate);
    fill();
}

void ReadinessSummary::setResult(const ReadinessResult &result)
{
    m_result = result;
    m_error.clear();
    m_loaded = true;
    fill();
}

void ReadinessSummary::setError(const QString &error)
{
    m_error = error;
    m_loaded = true;
    fill();
}

void ReadinessSummary::fill()
{
    m_heading->setText(tr("Readiness"));
    m_list->clear();
    m_lastItem = nullptr;
    m_shown.clear();
    if (!m_error.isEmpty()) {
        m_score->setText(m_error);
        return;
    }
    if (!m_loaded) {
        m_score->setText(tr("Evaluating…"));
        return;
    }
    QList<ReadinessCheck> checks = m_result.checks;
    std::stable_sort(checks.begin(), checks.end(),
                     [](const ReadinessCheck &a, const ReadinessCheck &b) {
                         return checkStatusRank(a.status) < checkStatusRank(b.status);
                     });
    const int failing = m_result.count(CheckStatus::Failing);
    const int dueSoon = m_result.count(CheckStatus::DueSoon);
    //: %1 the score in percent; then how many checks fail and run out soon.
    m_score->setText(tr("%1% of the checks met — %2 failing, %3 due soon")
                         .arg(m_result.score())
                         .arg(failing)
                         .arg(dueSoon));
    for (const ReadinessCheck &check : std::as_const(checks)) {
        if (m_shown.size() >= ShownChecks)
            break;
        if (check.status == CheckStatus::NotApplicable)
            continue;
        if (check.status == CheckStatus::Ok && failing + dueSoon > 0)
            break; // only what needs attention while something does
        m_shown << check;
        const QIcon marker = check.status == CheckStatus::Failing
                                 ? style()->standardIcon(QStyle::SP_MessageBoxCritical)
                             : check.status == CheckStatus::DueSoon
                                 ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                 : style()->standardIcon(QStyle::SP_DialogApplyButton);
        QString text = QStringLiteral("%1 — %2").arg(checkStatusName(check.status), check.title);
        if (!check.summary.isEmpty())
            text += QStringLiteral("\n") + check.summary;
        auto *item = new QListWidgetItem(marker, text, m_list);
        item->setForeground(statusColour(check.status));
        item->setData(Qt::UserRole, check.fixPage);
        item->setData(Qt::UserRole + 1, check.fixTarget);
        QString tip = check.clause.isEmpty()
                          ? check.title
                          : QStringLiteral("%1 (%2)").arg(check.clause, check.clauseRef);
        if (!check.fixPage.isEmpty())
            tip += QStringLiteral("\n") + tr("Click to open where it is fixed.");
        item->setToolTip(tip);
    }
    if (m_shown.isEmpty())
        new QListWidgetItem(tr("No readiness check applies yet."), m_list);
}

void ReadinessSummary::activate(QListWidgetItem *item)
{
    const QString page = item ? item->data(Qt::UserRole).toString() : QString();
    // A click may also activate the row (styles with single-click activation; double-click):
    // that is one request, not two.
    if (item == m_lastItem && m_lastActivation.isValid()
        && m_lastActivation.elapsed() < QApplication::doubleClickInterval())
        return;
    m_lastItem = item;
    m_lastActivation.start();
    if (!page.isEmpty())
        emit fixRequested(page, item->data(Qt::UserRole + 1).toString());
}

void ReadinessSummary::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QWidget::changeEvent(event);
}

} // namespace ui
} // namespace dd
