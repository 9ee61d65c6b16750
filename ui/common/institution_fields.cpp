#include "common/institution_fields.h"

#include <QCompleter>
#include <QEvent>
#include <QTimeZone>

namespace dd {
namespace ui {

InstitutionTypeCombo::InstitutionTypeCombo(QWidget *parent)
    : QComboBox(parent)
{
    for (InstitutionType t : allInstitutionTypes())
        addItem(institutionTypeName(t), institutionTypeId(t));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

InstitutionType InstitutionTypeCombo::type() const
{
    return institutionTypeFromId(currentData().toString()).value_or(InstitutionType::Securities);
}

void InstitutionTypeCombo::setType(InstitutionType type)
{
    const int i = findData(institutionTypeId(type));
    if (i >= 0)
        setCurrentIndex(i);
}

void InstitutionTypeCombo::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QComboBox::changeEvent(event);
}

void InstitutionTypeCombo::retranslateUi()
{
    for (int i = 0; i < count(); ++i)
        if (auto t = institutionTypeFromId(itemData(i).toString()))
            setItemText(i, institutionTypeName(*t));
}

TimeZoneCombo::TimeZoneCombo(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(20);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        addItem(QString::fromLatin1(id));
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    setTimeZoneId(QStringLiteral("Asia/Shanghai"));
}

QString TimeZoneCombo::timeZoneId() const
{
    return currentText().trimmed();
}

void TimeZoneCombo::setTimeZoneId(const QString &id)
{
    const int i = findText(id);
    if (i >= 0)
        setCurrentIndex(i);
    else
        setEditText(id);
}

} // namespace ui
} // namespace dd
