#include "incidents/incident_header.h"

#include "common/inline_message.h"
#include "incidents/grade_badge.h"
#include "incidents/incident_format.h"
#include "incidents/incident_reference.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace dd {
namespace ui {

namespace {

constexpr int SourceShown = 140; // characters of a rule's source shown; all in the tooltip

QString elided(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1) + QStringLiteral("…");
}

} // namespace

IncidentHeader::IncidentHeader(QWidget *parent)
    : QFrame(parent)
    , m_badge(new GradeBadge(2.0, this))
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_threshold(new QLabel(this))
    , m_why(new QLabel(this))
    , m_stateButtons(new QHBoxLayout)
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("incidentHeader"));
    m_badge->setObjectName(QStringLiteral("gradeBadge"));
    m_title->setObjectName(QStringLiteral("incidentTitle"));
    m_meta->setObjectName(QStringLiteral("incidentMeta"));
    m_threshold->setObjectName(QStringLiteral("nextThreshold"));
    m_why->setObjectName(QStringLiteral("gradeWhy"));
    m_message->setObjectName(QStringLiteral("stateMessage"));
    for (QLabel *label : {m_title, m_meta, m_threshold})
        label->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont thresholdFont = m_threshold->font();
    thresholdFont.setPointSizeF(thresholdFont.pointSizeF() * 1.3);
    thresholdFont.setBold(true);
    m_threshold->setFont(thresholdFont);
    m_why->setTextFormat(Qt::RichText);
    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_why->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_badge->setMinimumWidth(
        m_badge->fontMetrics().horizontalAdvance(QStringLiteral("III 特别重大")));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(14, 10, 14, 10);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(4);
    grid->addWidget(m_badge, 0, 0, 3, 1, Qt::AlignTop);
    grid->addWidget(m_title, 0, 1);
    m_stateButtons->setSpacing(6);
    grid->addLayout(m_stateButtons, 0, 2, Qt::AlignRight | Qt::AlignTop);
    grid->addWidget(m_meta, 1, 1, 1, 2);
    grid->addWidget(m_threshold, 2, 1, 1, 2);
    grid->addWidget(m_why, 3, 0, 1, 3);
    grid->addWidget(m_message, 4, 0, 1, 3);
    grid->setColumnStretch(1, 1);
}

void IncidentHeader::showView(const IncidentView &view, const IncidentReference &reference,
                              const QString &language, const QDateTime &now)
{
    m_view = &view;
    m_reference = &reference;
    m_language = language;
    m_now = now;
    render();
    rebuildStateButtons();
}

void IncidentHeader::setNow(const QDateTime &now)
{
    m_now = now;
    renderCountdowns();
}

void IncidentHeader::setEditable(bool editable)
{
    m_editable = editable;
    for (QPushButton *b : std::as_const(m_buttons))
        b->setEnabled(editable);
}

void IncidentHeader::retranslate(const QString &language)
{
    m_language = language;
    if (!m_view)
        return;
    render();
    rebuildStateButtons();
}

std::optional<QDateTime> IncidentHeader::countdownTarget() const
{
    if (!m_view || !m_view->grade.next)
        return std::nullopt;
    return m_view->grade.next->at;
}

void IncidentHeader::render()
{
    const IncidentView &v = *m_view;
    const GradeResult &g = v.grade;
    const GradeLevel *level = g.level ? &*g.level : nullptr;
    const QColor colour = gradeColour(level);
    setStyleSheet(QStringLiteral("QFrame#incidentHeader { background-color: %1; "
                                 "border-left: 8px solid %2; border-radius: 4px; }")
                      .arg(lightTint(colour).name(), colour.name()));
    m_badge->setGrade(level, IncidentFormat::grade(g.gradeId, level, m_language));
    m_title->setText(v.incident.title);

    QString why;
    const QString gradeText = IncidentFormat::grade(g.gradeId, level, m_language);
    if (g.matches.isEmpty()) {
        why = tr("No rule of %1 matches the facts so far.").arg(g.ruleSetId.toHtmlEscaped());
    } else {
        why = QStringLiteral("<b>") + tr("Why %1:").arg(gradeText).toHtmlEscaped()
              + QStringLiteral("</b>");
        for (const RuleMatch &m : g.matches) {
            QStringList evidence;
            for (const FactEvidence &e : m.evidence)
                evidence << e.text().toHtmlEscaped();
            why += QStringLiteral("<br>• <b>%1</b> — %2")
                       .arg(m.description.text(m_language).toHtmlEscaped(),
                            evidence.join(QStringLiteral("; ")));
            if (!m.source.isEmpty())
                why +=
                    QStringLiteral("<br>&nbsp;&nbsp;&nbsp;<span style=\"color:#555555\">%1</span>")
                        .arg(tr("Source: %1").arg(elided(m.source, SourceShown)).toHtmlEscaped());
        }
    }
    m_why->setText(why);
    QStringList sources;
    for (const RuleMatch &m : g.matches)
        sources << m.ruleId + QStringLiteral(": ") + m.source;
    m_why->setToolTip(sources.join(u'\n'));
    renderCountdowns();
}

void IncidentHeader::renderCountdowns()
{
    if (!m_view)
        return;
    const IncidentView &v = *m_view;
    const QTimeZone zone = m_reference ? m_reference->zone : QTimeZone::utc();
    const Incident &i = v.incident;
    QStringList meta;
    meta << i.number << incidentStateName(i.state);
    if (i.drill)
        meta << tr("drill");
    meta << tr("detected %1").arg(IncidentFormat::time(i.detectedAt, zone));
    if (i.recoveredAt.isValid())
        meta << tr("recovered %1, down %2")
                    .arg(IncidentFormat::time(i.recoveredAt, zone),
                         IncidentFormat::duration(i.startedAt.secsTo(i.recoveredAt)));
    else if (isOpen(i.state) && i.state != IncidentState::Warning)
        meta << tr("down %1 so far").arg(IncidentFormat::duration(i.startedAt.secsTo(m_now)));
    if (!i.faultType.isEmpty())
        meta << IncidentFormat::faultType(i.faultType);
    m_meta->setText(meta.join(QStringLiteral(" · ")));

    const GradeResult &g = v.grade;
    if (g.next && isOpen(i.state)) {
        m_threshold->setText(IncidentFormat::nextThreshold(*g.next, m_now, zone, m_language));
        const QColor c = gradeColour(&g.next->level);
        m_threshold->setStyleSheet(QStringLiteral("color: %1;").arg(c.darker(115).name()));
        m_threshold->show();
    } else if (isOpen(i.state)) {
        m_threshold->setText(tr("The grade does not rise with time alone."));
        m_threshold->setStyleSheet(QStringLiteral("color: #555555; font-weight: normal;"));
        m_threshold->show();
    } else {
        m_threshold->hide();
    }
}

void IncidentHeader::rebuildStateButtons()
{
    // A button may be the sender of the click that led here: it goes after the event.
    for (QPushButton *b : std::as_const(m_buttons)) {
        b->hide();
        b->setObjectName(QString());
        b->deleteLater();
    }
    m_buttons.clear();
    if (!m_view)
        return;
    const IncidentState from = m_view->incident.state;
    for (IncidentState to : nextStates(from)) {
        auto *button = new QPushButton(IncidentFormat::stateAction(from, to), this);
        button->setObjectName(QStringLiteral("state_") + incidentStateId(to));
        button->setEnabled(m_editable);
        connect(button, &QPushButton::clicked, this, [this, to] { emit stateRequested(to); });
        m_stateButtons->addWidget(button);
        m_buttons << button;
    }
}

} // namespace ui
} // namespace dd
