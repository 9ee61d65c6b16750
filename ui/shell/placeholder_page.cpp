#include "shell/placeholder_page.h"

#include "common/page_title.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace dd {
namespace ui {

PlaceholderPage::PlaceholderPage(const char *context, const char *title, QList<const char *> plans,
                                 QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(title)
    , m_plans(std::move(plans))
    , m_titleLabel(new QLabel(this))
    , m_notBuilt(new QLabel(this))
    , m_plannedHeading(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);

    stylePageTitle(m_titleLabel);
    layout->addWidget(m_titleLabel);

    // The marker: a framed, tinted note that this screen is not there yet.
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("notBuiltFrame"));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setStyleSheet(
        QStringLiteral("#notBuiltFrame { background: #eef4fb; border: 1px solid "
                       "#8aaed6; border-radius: 4px; } #notBuiltFrame QLabel "
                       "{ color: #1f3b5c; background: transparent; border: none; }"));
    auto *frameLayout = new QHBoxLayout(frame);
    auto *infoIcon = new QLabel(frame);
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    infoIcon->setPixmap(style()
                            ->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this)
                            .pixmap(iconSize, iconSize));
    frameLayout->addWidget(infoIcon, 0, Qt::AlignTop);
    m_notBuilt->setObjectName(QStringLiteral("notBuiltMarker"));
    m_notBuilt->setWordWrap(true);
    QFont strong = m_notBuilt->font();
    strong.setBold(true);
    m_notBuilt->setFont(strong);
    frameLayout->addWidget(m_notBuilt, 1);
    layout->addWidget(frame);

    m_plannedHeading->setWordWrap(true);
    layout->addWidget(m_plannedHeading);
    for (int i = 0; i < m_plans.size(); ++i) {
        auto *bullet = new QLabel(this);
        bullet->setWordWrap(true);
        bullet->setTextFormat(Qt::PlainText);
        bullet->setContentsMargins(12, 0, 0, 0);
        layout->addWidget(bullet);
        m_planLabels << bullet;
    }
    layout->addStretch(1);
    retranslateUi();
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PlaceholderPage::retranslateUi()
{
    m_titleLabel->setText(QCoreApplication::translate(m_context, m_title));
    m_notBuilt->setText(tr("Not built yet — coming in a later release."));
    m_plannedHeading->setText(tr("What this page will hold:"));
    for (int i = 0; i < m_plans.size(); ++i)
        m_planLabels[i]->setText(QStringLiteral("•  ")
                                 + QCoreApplication::translate(m_context, m_plans[i]));
}

} // namespace ui
} // namespace dd
