#include "dashboard/status_banner.h"

#include "common/icons.h"
#include "incidents/incident_format.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

const QColor NormalColour(0x2e, 0x7d, 0x32);  // green
const QColor WarningColour(0xd4, 0xa0, 0x17); // amber
const QColor IncidentColour(0xc0, 0x00, 0x00);
const QColor DrillColour(0xe6, 0x7e, 0x22); // the drill banner's orange

} // namespace

StatusBanner::StatusBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_drill(new QLabel(this))
{
    setObjectName(QStringLiteral("statusBanner"));
    m_icon->setObjectName(QStringLiteral("statusIcon"));
    m_headline->setObjectName(QStringLiteral("statusHeadline"));
    m_detail->setObjectName(QStringLiteral("statusDetail"));
    m_drill->setObjectName(QStringLiteral("drillNotice"));
    for (QLabel *label : {m_headline, m_detail, m_drill}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_headline->setFont(big);
    QFont medium = m_detail->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.25);
    m_detail->setFont(medium);
    QFont drill = m_drill->font();
    drill.setBold(true);
    drill.setPointSizeF(drill.pointSizeF() * 1.25);
    m_drill->setFont(drill);
    m_drill->setStyleSheet(QStringLiteral("QLabel#drillNotice { background-color: %1; color: "
                                          "white; border-radius: 4px; padding: 2px 8px; }")
                               .arg(DrillColour.name()));
    m_drill->hide();
    m_icon->setFixedSize(48, 48);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_headline);
    text->addWidget(m_detail);
    text->addWidget(m_drill, 0, Qt::AlignLeft);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->setSpacing(16);
    layout->addWidget(m_icon, 0, Qt::AlignVCenter);
    layout->addLayout(text, 1);
    setStatus(Level::Normal, QString(), QColor(), QString());
}

void StatusBanner::setStatus(Level level, const QString &gradeText, const QColor &colour,
                             const QString &detail)
{
    m_level = level;
    m_gradeText = gradeText;
    m_detailText = detail;
    m_colour = colour.isValid()           ? colour
               : level == Level::Incident ? IncidentColour
               : level == Level::Warning  ? WarningColour
                                          : NormalColour;
    const QColor fg = textColourOn(m_colour);
    setStyleSheet(QStringLiteral("QFrame#statusBanner { background-color: %1; border-radius: 8px; }"
                                 " QLabel#statusHeadline, QLabel#statusDetail { color: %2; }")
                      .arg(m_colour.name(), fg.name()));
    QStyle::StandardPixmap pixmap = level == Level::Incident  ? QStyle::SP_MessageBoxCritical
                                    : level == Level::Warning ? QStyle::SP_MessageBoxWarning
                                                              : QStyle::SP_DialogApplyButton;
    const QIcon shown =
        level == Level::Warning ? icon(QStringLiteral("warning")) : style()->standardIcon(pixmap);
    m_icon->setPixmap(shown.pixmap(48, 48));
    updateText();
}

void StatusBanner::setDrillNotice(const QString &text)
{
    m_drill->setText(text);
    m_drill->setVisible(!text.isEmpty());
}

QString StatusBanner::headline() const
{
    return m_headline->text();
}

void StatusBanner::updateText()
{
    QString text;
    switch (m_level) {
    case Level::Normal: text = tr("Normal — no incident in progress"); break;
    case Level::Warning: text = tr("Warning raised"); break;
    case Level::Incident:
        //: %1 is the highest open grade ("II Major").
        text = m_gradeText.isEmpty() ? tr("Incident in progress — not graded yet")
                                     : tr("Incident in progress — grade %1").arg(m_gradeText);
        break;
    }
    m_headline->setText(text);
    m_headline->setAccessibleName(text);
    m_detail->setText(m_detailText);
    m_detail->setVisible(!m_detailText.isEmpty());
}

void StatusBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateText();
    QFrame::changeEvent(event);
}

} // namespace ui
} // namespace dd
