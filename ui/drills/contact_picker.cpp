#include "drills/contact_picker.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

ContactPicker::ContactPicker(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_count(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("pickerSearch"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("pickerList"));
    m_list->setMinimumHeight(120);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    connect(m_search, &QLineEdit::textChanged, this, &ContactPicker::applyFilter);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        retranslateUi();
        emit changed();
    });
    retranslateUi();
}

void ContactPicker::setPeople(const QList<Person> &people)
{
    const QList<qint64> keep = checked();
    m_people = people;
    rebuild(keep);
}

void ContactPicker::setChecked(const QList<qint64> &ids)
{
    rebuild(ids);
}

void ContactPicker::rebuild(const QList<qint64> &checkedIds)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Person &p : std::as_const(m_people)) {
        const bool on = checkedIds.contains(p.id);
        if (!p.active && !on)
            continue;
        QString text = p.name;
        if (!p.detail.isEmpty())
            text += QStringLiteral("  ·  ") + p.detail;
        if (!p.active)
            text += QStringLiteral("  ") + tr("(inactive)");
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(m_editable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable
                                  : Qt::ItemIsEnabled);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    applyFilter();
    retranslateUi();
}

QList<qint64> ContactPicker::checked() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids << m_list->item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

void ContactPicker::setEditable(bool editable)
{
    m_editable = editable;
    rebuild(checked());
}

void ContactPicker::applyFilter()
{
    const QString needle = m_search->text().trimmed();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive));
    }
}

void ContactPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ContactPicker::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search the handbook…"));
    m_count->setText(tr("%n selected", nullptr, int(checked().size())));
}

} // namespace ui
} // namespace dd
