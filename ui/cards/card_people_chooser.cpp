#include "cards/card_people_chooser.h"

#include "contacts/phone_numbers.h"
#include "handbook/action_cards.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

QVariantList toVariants(const QList<qint64> &ids)
{
    QVariantList list;
    for (const qint64 id : ids)
        list << id;
    return list;
}

QList<qint64> fromVariants(const QVariant &value)
{
    QList<qint64> ids;
    for (const QVariant &v : value.toList())
        ids << v.toLongLong();
    return ids;
}

void appendOnce(QList<qint64> &to, const QList<qint64> &ids)
{
    for (const qint64 id : ids)
        if (!to.contains(id))
            to << id;
}

} // namespace

CardPeopleChooser::CardPeopleChooser(QWidget *parent)
    : QWidget(parent)
    , m_modes(new QButtonGroup(this))
    , m_byBody(new QRadioButton(this))
    , m_byPosition(new QRadioButton(this))
    , m_byHand(new QRadioButton(this))
    , m_stack(new QStackedWidget(this))
    , m_decision(new QCheckBox)
    , m_executive(new QCheckBox)
    , m_bodyHint(new QLabel)
    , m_positions(new QListWidget)
    , m_search(new QLineEdit)
    , m_people(new QListWidget)
    , m_all(new QPushButton)
    , m_none(new QPushButton)
{
    setObjectName(QStringLiteral("cardPeopleChooser"));
    m_byBody->setObjectName(QStringLiteral("byBody"));
    m_byPosition->setObjectName(QStringLiteral("byPosition"));
    m_byHand->setObjectName(QStringLiteral("byHand"));
    m_modes->addButton(m_byBody, int(Mode::ByBody));
    m_modes->addButton(m_byPosition, int(Mode::ByPosition));
    m_modes->addButton(m_byHand, int(Mode::ByHand));
    m_decision->setObjectName(QStringLiteral("decisionBody"));
    m_executive->setObjectName(QStringLiteral("executiveBody"));
    m_decision->setChecked(true);
    m_executive->setChecked(true);
    m_bodyHint->setWordWrap(true);
    m_positions->setObjectName(QStringLiteral("cardPositions"));
    m_search->setObjectName(QStringLiteral("cardPeopleSearch"));
    m_search->setClearButtonEnabled(true);
    m_people->setObjectName(QStringLiteral("cardPeople"));
    m_all->setObjectName(QStringLiteral("selectAllPeople"));
    m_none->setObjectName(QStringLiteral("selectNoPeople"));

    auto *bodyPage = new QWidget;
    auto *bodyLayout = new QVBoxLayout(bodyPage);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_decision);
    bodyLayout->addWidget(m_executive);
    bodyLayout->addWidget(m_bodyHint);
    bodyLayout->addStretch(1);
    auto *positionPage = new QWidget;
    auto *positionLayout = new QVBoxLayout(positionPage);
    positionLayout->setContentsMargins(0, 0, 0, 0);
    positionLayout->addWidget(m_positions);
    auto *handPage = new QWidget;
    auto *handButtons = new QHBoxLayout;
    handButtons->addWidget(m_all);
    handButtons->addWidget(m_none);
    handButtons->addStretch(1);
    auto *handLayout = new QVBoxLayout(handPage);
    handLayout->setContentsMargins(0, 0, 0, 0);
    handLayout->addWidget(m_search);
    handLayout->addWidget(m_people, 1);
    handLayout->addLayout(handButtons);
    m_stack->addWidget(bodyPage);
    m_stack->addWidget(positionPage);
    m_stack->addWidget(handPage);

    auto *modes = new QHBoxLayout;
    modes->addWidget(m_byBody);
    modes->addWidget(m_byPosition);
    modes->addWidget(m_byHand);
    modes->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(modes);
    layout->addWidget(m_stack, 1);

    connect(m_modes, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (!on)
            return;
        m_stack->setCurrentIndex(id);
        emit selectionChanged();
    });
    for (QCheckBox *box : {m_decision, m_executive})
        connect(box, &QCheckBox::toggled, this, &CardPeopleChooser::selectionChanged);
    for (QListWidget *list : {m_positions, m_people})
        connect(list, &QListWidget::itemChanged, this, &CardPeopleChooser::selectionChanged);
    connect(m_search, &QLineEdit::textChanged, this, &CardPeopleChooser::applySearch);
    connect(m_all, &QPushButton::clicked, this, &CardPeopleChooser::selectAll);
    connect(m_none, &QPushButton::clicked, this, &CardPeopleChooser::selectNone);

    restoreSettings();
    retranslateUi();
}

void CardPeopleChooser::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("cards"));
    const int mode = settings.value(QStringLiteral("mode"), int(Mode::ByBody)).toInt();
    const QStringList bodies =
        settings
            .value(QStringLiteral("bodies"),
                   QStringList{orgBodyId(OrgBody::Decision), orgBodyId(OrgBody::Executive)})
            .toStringList();
    m_rememberedPositions = fromVariants(settings.value(QStringLiteral("positions")));
    m_rememberedPeople = fromVariants(settings.value(QStringLiteral("people")));
    const QSignalBlocker a(m_decision);
    const QSignalBlocker b(m_executive);
    m_decision->setChecked(bodies.contains(orgBodyId(OrgBody::Decision)));
    m_executive->setChecked(bodies.contains(orgBodyId(OrgBody::Executive)));
    const QSignalBlocker c(m_modes);
    setMode(mode >= 0 && mode <= int(Mode::ByHand) ? Mode(mode) : Mode::ByBody);
}

void CardPeopleChooser::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("cards"));
    settings.setValue(QStringLiteral("mode"), int(mode()));
    QStringList bodies;
    if (m_decision->isChecked())
        bodies << orgBodyId(OrgBody::Decision);
    if (m_executive->isChecked())
        bodies << orgBodyId(OrgBody::Executive);
    settings.setValue(QStringLiteral("bodies"), bodies);
    settings.setValue(QStringLiteral("positions"), toVariants(checkedIds(m_positions)));
    settings.setValue(QStringLiteral("people"), toVariants(checkedIds(m_people)));
}

void CardPeopleChooser::setHandbook(const Handbook &handbook)
{
    // What is ticked now survives a reload; the first fill uses what was remembered.
    const QList<qint64> positions = m_restored ? checkedIds(m_positions) : m_rememberedPositions;
    const QList<qint64> people = m_restored ? checkedIds(m_people) : m_rememberedPeople;
    m_restored = true;
    m_handbook = handbook;
    {
        const QSignalBlocker blocker(m_positions);
        m_positions->clear();
        for (const OrgPosition &p : handbook.positions) {
            auto *item =
                new QListWidgetItem(tr("%1 — %2 (%n member(s))", nullptr, int(p.members.size()))
                                        .arg(p.title, orgBodyName(p.body)),
                                    m_positions);
            item->setData(Qt::UserRole, p.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(positions.contains(p.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    {
        const QSignalBlocker blocker(m_people);
        m_people->clear();
        for (const Contact &c : handbook.contacts) {
            const Unit *unit = handbook.unit(c.unitId);
            QStringList details;
            if (unit)
                details << unit->name;
            if (!c.position.isEmpty())
                details << c.position;
            const QString text =
                details.isEmpty()
                    ? c.name
                    : QStringLiteral("%1 — %2").arg(c.name, details.join(QStringLiteral(", ")));
            auto *item = new QListWidgetItem(text, m_people);
            item->setData(Qt::UserRole, c.id);
            QStringList search{text};
            for (const QString &phone : {c.mobile, c.officePhone, c.dutyPhone})
                search << PhoneNumbers::searchForms(phone);
            item->setData(Qt::UserRole + 1, search.join(QLatin1Char(' ')));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(people.contains(c.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    applySearch();
    emit selectionChanged();
}

QList<qint64> CardPeopleChooser::checkedIds(const QListWidget *list) const
{
    QList<qint64> ids;
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->checkState() == Qt::Checked)
            ids << list->item(row)->data(Qt::UserRole).toLongLong();
    return ids;
}

QList<qint64> CardPeopleChooser::selectedContactIds() const
{
    QList<qint64> ids;
    switch (mode()) {
    case Mode::ByBody:
        if (m_decision->isChecked())
            appendOnce(ids, ActionCards::members(m_handbook, OrgBody::Decision));
        if (m_executive->isChecked())
            appendOnce(ids, ActionCards::members(m_handbook, OrgBody::Executive));
        break;
    case Mode::ByPosition: {
        const QList<qint64> chosen = checkedIds(m_positions);
        for (const OrgPosition &p : m_handbook.positions)
            if (chosen.contains(p.id))
                for (const qint64 id : p.members)
                    if (m_handbook.contact(id))
                        appendOnce(ids, {id});
        break;
    }
    case Mode::ByHand: ids = checkedIds(m_people); break;
    }
    return ids;
}

CardPeopleChooser::Mode CardPeopleChooser::mode() const
{
    const int id = m_modes->checkedId();
    return id < 0 ? Mode::ByBody : Mode(id);
}

void CardPeopleChooser::setMode(Mode mode)
{
    m_modes->button(int(mode))->setChecked(true);
    m_stack->setCurrentIndex(int(mode));
}

void CardPeopleChooser::setBodyChecked(OrgBody body, bool checked)
{
    (body == OrgBody::Decision ? m_decision : m_executive)->setChecked(checked);
}

bool CardPeopleChooser::setPositionChecked(qint64 positionId, bool checked)
{
    for (int row = 0; row < m_positions->count(); ++row) {
        QListWidgetItem *item = m_positions->item(row);
        if (item->data(Qt::UserRole).toLongLong() == positionId) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

bool CardPeopleChooser::setPersonChecked(qint64 contactId, bool checked)
{
    for (int row = 0; row < m_people->count(); ++row) {
        QListWidgetItem *item = m_people->item(row);
        if (item->data(Qt::UserRole).toLongLong() == contactId) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void CardPeopleChooser::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void CardPeopleChooser::applySearch()
{
    const QString text = m_search->text().trimmed();
    const QString digits = PhoneNumbers::searchDigits(text);
    for (int row = 0; row < m_people->count(); ++row) {
        QListWidgetItem *item = m_people->item(row);
        const QString haystack = item->data(Qt::UserRole + 1).toString();
        const bool match = text.isEmpty() || haystack.contains(text, Qt::CaseInsensitive)
                           || (digits.size() >= 3 && haystack.contains(digits));
        item->setHidden(!match);
    }
}

void CardPeopleChooser::setAllVisible(bool checked)
{
    {
        const QSignalBlocker blocker(m_people);
        for (int row = 0; row < m_people->count(); ++row)
            if (!m_people->item(row)->isHidden())
                m_people->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    emit selectionChanged();
}

void CardPeopleChooser::selectAll()
{
    setAllVisible(true);
}

void CardPeopleChooser::selectNone()
{
    setAllVisible(false);
}

void CardPeopleChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_restored)
            setHandbook(m_handbook); // position texts name the body
    }
    QWidget::changeEvent(event);
}

void CardPeopleChooser::retranslateUi()
{
    m_byBody->setText(tr("By &body"));
    m_byPosition->setText(tr("By p&osition"));
    m_byHand->setText(tr("By &hand"));
    m_decision->setText(orgBodyName(OrgBody::Decision));
    m_executive->setText(orgBodyName(OrgBody::Executive));
    m_bodyHint->setText(tr("Every member of the ticked bodies gets a card, decision body first, "
                           "in the order of the positions."));
    m_search->setPlaceholderText(tr("Search name, unit or phone"));
    m_all->setText(tr("Select &all"));
    m_all->setToolTip(tr("Tick everyone the search shows"));
    m_none->setText(tr("Select &none"));
    m_none->setToolTip(tr("Untick everyone the search shows"));
}

} // namespace ui
} // namespace dd
