#include "incidents/incident_filter_bar.h"

#include "incidents/incident_format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace dd {
namespace ui {

namespace {
const QString OpenStates = QStringLiteral("open");
const QString AllStates = QStringLiteral("all");
const QString AllGrades = QStringLiteral("*");
} // namespace

IncidentFilterBar::IncidentFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_stateLabel(new QLabel(this))
    , m_state(new QComboBox(this))
    , m_gradeLabel(new QLabel(this))
    , m_grade(new QComboBox(this))
    , m_dateRange(new QCheckBox(this))
    , m_from(new QDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QDateEdit(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("incidentFilterBar"));
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_grade->setObjectName(QStringLiteral("gradeFilter"));
    m_dateRange->setObjectName(QStringLiteral("dateRangeFilter"));
    m_from->setObjectName(QStringLiteral("detectedFrom"));
    m_to->setObjectName(QStringLiteral("detectedTo"));
    m_search->setObjectName(QStringLiteral("incidentSearch"));
    m_count->setObjectName(QStringLiteral("incidentCount"));
    m_stateLabel->setBuddy(m_state);
    m_gradeLabel->setBuddy(m_grade);
    m_toLabel->setBuddy(m_to);
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_grade->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_count->setTextFormat(Qt::PlainText);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_state);
    layout->addSpacing(8);
    layout->addWidget(m_gradeLabel);
    layout->addWidget(m_grade);
    layout->addSpacing(8);
    layout->addWidget(m_dateRange);
    layout->addWidget(m_from);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_to);
    layout->addSpacing(8);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_count);

    fillStates();
    m_state->setCurrentIndex(0); // open incidents: what a duty officer looks for first
    m_grade->addItem(QString(), AllGrades);

    connect(m_state, &QComboBox::currentIndexChanged, this, &IncidentFilterBar::filterChanged);
    connect(m_grade, &QComboBox::currentIndexChanged, this, &IncidentFilterBar::filterChanged);
    connect(m_dateRange, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        emit filterChanged();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &IncidentFilterBar::filterChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &IncidentFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textChanged, this, &IncidentFilterBar::filterChanged);
    retranslateUi();
}

void IncidentFilterBar::fillStates()
{
    const QString keep = m_state->currentData().toString();
    const QSignalBlocker blocker(m_state);
    m_state->clear();
    m_state->addItem(tr("Open"), OpenStates);
    m_state->addItem(tr("All states"), AllStates);
    for (IncidentState s : allIncidentStates())
        m_state->addItem(incidentStateName(s), incidentStateId(s));
    const int index = m_state->findData(keep);
    m_state->setCurrentIndex(index >= 0 ? index : 0);
}

void IncidentFilterBar::setGrades(const QList<GradeLevel> &grades, const QString &language)
{
    m_grades = grades;
    m_language = language;
    const QString keep = m_grade->currentData().toString();
    {
        const QSignalBlocker blocker(m_grade);
        m_grade->clear();
        m_grade->addItem(tr("All grades"), AllGrades);
        for (const GradeLevel &g : grades) {
            m_grade->addItem(IncidentFormat::grade(g.id, &g, language), g.id);
            m_grade->setItemData(m_grade->count() - 1, gradeColour(&g), Qt::DecorationRole);
        }
        m_grade->addItem(IncidentFormat::grade(RuleSet::NoGrade, nullptr, language),
                         RuleSet::NoGrade);
        const int index = m_grade->findData(keep);
        m_grade->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (m_grade->currentData().toString() != keep)
        emit filterChanged();
}

void IncidentFilterBar::setZone(const QTimeZone &zone, const QDate &today)
{
    m_zone = zone;
    if (m_dateRange->isChecked())
        return; // the officer's range stays
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setDate(today.addMonths(-1));
    m_to->setDate(today);
}

IncidentFilter IncidentFilterBar::filter() const
{
    IncidentFilter f;
    const QString state = m_state->currentData().toString();
    if (state == OpenStates) {
        for (IncidentState s : allIncidentStates())
            if (isOpen(s))
                f.states << s;
    } else if (state != AllStates) {
        if (auto s = incidentStateFromId(state))
            f.states << *s;
    }
    const QString grade = m_grade->currentData().toString();
    if (!grade.isEmpty() && grade != AllGrades)
        f.grades << grade;
    if (m_dateRange->isChecked()) {
        // Whole days in the institution's time zone, the last one included.
        f.detectedFrom = QDateTime(m_from->date(), QTime(0, 0), m_zone).toUTC();
        f.detectedTo = QDateTime(m_to->date().addDays(1), QTime(0, 0), m_zone).toUTC();
    }
    f.text = m_search->text();
    return f;
}

void IncidentFilterBar::setShownCount(int shown, int total)
{
    m_shown = shown;
    m_total = total;
    const QLocale locale;
    m_count->setText(tr("%1 of %2 shown").arg(locale.toString(shown), locale.toString(total)));
}

void IncidentFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void IncidentFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void IncidentFilterBar::retranslateUi()
{
    m_stateLabel->setText(tr("&State:"));
    m_gradeLabel->setText(tr("&Grade:"));
    m_dateRange->setText(tr("&Detected from"));
    m_toLabel->setText(tr("to"));
    m_search->setPlaceholderText(tr("Search number, title, fault type, systems (Ctrl+F)"));
    fillStates();
    setGrades(m_grades, m_language);
    setShownCount(m_shown, m_total);
}

} // namespace ui
} // namespace dd
