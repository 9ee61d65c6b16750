#include "organization/contact_chooser.h"

#include "organization/contact_directory.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

QString searchText(const ContactDirectory &directory, const Contact &c)
{
    return QStringList{
        c.name, directory.unitName(c.unitId), c.position, c.mobile, c.officePhone, c.dutyPhone,
        c.email}
        .join(QLatin1Char(' '));
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar ch : text)
        if (ch.isDigit())
            digits += ch;
    return digits;
}

} // namespace

ContactChooserDialog::ContactChooserDialog(const ContactDirectory &directory,
                                           const QList<qint64> &exclude, QWidget *parent)
    : QDialog(parent)
    , m_searchLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_empty(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("contactChooser"));
    setMinimumSize(420, 420);
    m_search->setObjectName(QStringLiteral("contactSearch"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_list->setObjectName(QStringLiteral("contactList"));
    m_list->setAlternatingRowColors(true);
    m_empty->setWordWrap(true);
    m_empty->hide();
    for (const Contact &c : directory.active()) {
        if (exclude.contains(c.id))
            continue;
        auto *item = new QListWidgetItem(directory.describe(c.id), m_list);
        item->setData(Qt::UserRole, c.id);
        item->setData(Qt::UserRole + 1, searchText(directory, c));
        item->setData(Qt::UserRole + 2, digitsOf(c.mobile + QLatin1Char(' ') + c.officePhone
                                                 + QLatin1Char(' ') + c.dutyPhone));
        if (!c.bestPhone().isEmpty())
            item->setToolTip(c.bestPhone());
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_searchLabel);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_buttons);

    connect(m_search, &QLineEdit::textChanged, this, &ContactChooserDialog::applyFilter);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!selectedIds().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    applyFilter();
}

void ContactChooserDialog::setMultiSelection(bool multi)
{
    m_list->setSelectionMode(multi ? QAbstractItemView::ExtendedSelection
                                   : QAbstractItemView::SingleSelection);
}

void ContactChooserDialog::setFilterText(const QString &text)
{
    m_search->setText(text);
}

bool ContactChooserDialog::selectContact(qint64 id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(Qt::UserRole).toLongLong() == id && !item->isHidden()) {
            m_list->setCurrentItem(item);
            item->setSelected(true);
            return true;
        }
    }
    return false;
}

QList<qint64> ContactChooserDialog::selectedIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->isSelected() && !item->isHidden())
            ids << item->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

int ContactChooserDialog::visibleCount() const
{
    int visible = 0;
    for (int row = 0; row < m_list->count(); ++row)
        visible += m_list->item(row)->isHidden() ? 0 : 1;
    return visible;
}

void ContactChooserDialog::applyFilter()
{
    const QString text = m_search->text().trimmed();
    const QString digits = digitsOf(text);
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool match =
            text.isEmpty()
            || item->data(Qt::UserRole + 1).toString().contains(text, Qt::CaseInsensitive)
            || (digits.size() >= 3 && item->data(Qt::UserRole + 2).toString().contains(digits));
        item->setHidden(!match);
        if (!match)
            item->setSelected(false);
        else if (!first)
            first = item;
    }
    if (first && selectedIds().isEmpty()) {
        m_list->setCurrentItem(first);
        first->setSelected(true);
    }
    m_empty->setVisible(!first);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(first != nullptr);
}

void ContactChooserDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ContactChooserDialog::retranslateUi()
{
    setWindowTitle(tr("Choose people"));
    m_searchLabel->setText(tr("&Search by name, unit, position or phone:"));
    m_search->setPlaceholderText(tr("e.g. 张 or 1380013"));
    m_empty->setText(tr("Nobody matches. People are added on the Contacts tab of the handbook."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose"));
}

ContactComboBox::ContactComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMinimumContentsLength(18);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    addItem(tr("(nobody)"), qint64(0));
}

void ContactComboBox::setDirectory(const ContactDirectory &directory, qint64 keep)
{
    const qint64 current = keep ? keep : contactId();
    const QSignalBlocker blocker(this);
    clear();
    addItem(tr("(nobody)"), qint64(0));
    for (const Contact &c : directory.people)
        if (c.active || c.id == keep)
            addItem(directory.describe(c.id), c.id);
    setContactId(current);
}

qint64 ContactComboBox::contactId() const
{
    // A typed text that names exactly one entry counts as choosing it.
    const int typed = findText(currentText(), Qt::MatchFixedString);
    const int row = typed >= 0 ? typed : currentIndex();
    return row >= 0 ? itemData(row).toLongLong() : 0;
}

void ContactComboBox::setContactId(qint64 id)
{
    const int row = findData(id);
    setCurrentIndex(row >= 0 ? row : 0);
}

void ContactComboBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setItemText(0, tr("(nobody)"));
    QComboBox::changeEvent(event);
}

} // namespace ui
} // namespace dd
