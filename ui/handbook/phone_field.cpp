#include "handbook/phone_field.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace dd {
namespace ui {

PhoneField::PhoneField(PhoneKind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_edit(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    m_error->setObjectName(QStringLiteral("phoneError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    setFocusProxy(m_edit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] { (void)validate(); });
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        // A new attempt: the old refusal no longer applies to what is typed.
        if (m_error->isVisible()) {
            m_error->hide();
            m_edit->setStyleSheet(QString());
        }
    });
}

void PhoneField::setStored(const QString &stored)
{
    m_edit->setText(PhoneNumbers::display(stored));
    m_error->hide();
    m_edit->setStyleSheet(QString());
}

Result<QString> PhoneField::validate()
{
    Result<QString> stored = PhoneNumbers::normalize(m_edit->text(), m_kind, m_fieldName);
    if (!stored) {
        m_error->setText(stored.error());
        m_error->setAccessibleDescription(stored.error());
        m_error->show();
        m_edit->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #b3261e; }"));
        return stored;
    }
    m_error->hide();
    m_edit->setStyleSheet(QString());
    // Show what will be stored, the way it is printed in the handbook.
    const QString shown = PhoneNumbers::display(*stored);
    if (shown != m_edit->text())
        m_edit->setText(shown);
    return stored;
}

bool PhoneField::hasError() const
{
    return !m_error->isHidden();
}

QString PhoneField::errorText() const
{
    return hasError() ? m_error->text() : QString();
}

void PhoneField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

} // namespace ui
} // namespace dd
