#include "config/config_item_dialog.h"

#include "organization/contact_chooser.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace dd {
namespace ui {

namespace {

QLineEdit *lineEdit(const QString &name, const QString &text)
{
    auto *e = new QLineEdit(text);
    e->setObjectName(name);
    return e;
}

QWidget *row(QWidget *field, QWidget *button)
{
    auto *w = new QWidget;
    auto *l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(field, 1);
    l->addWidget(button);
    return w;
}

} // namespace

AddKindDialog::AddKindDialog(ConfigRegistry &config, const Actor &actor, QWidget *parent)
    : RegisterDialog(QStringLiteral("configKindDialog"), parent)
    , m_config(config)
    , m_actor(actor)
    , m_id(lineEdit(QStringLiteral("configKindId"), {}))
    , m_name(lineEdit(QStringLiteral("configKindName"), {}))
{
    setWindowTitle(tr("Add kind of configuration item"));
    addRow(m_id)->setText(tr("&Id:"));
    addRow(m_name)->setText(tr("&Name:"));
    m_id->setPlaceholderText(tr("lower-case letters, digits and _, e.g. ups"));
    m_name->setPlaceholderText(tr("e.g. UPS power supply"));
}

Status AddKindDialog::apply()
{
    const QString id = m_id->text().trimmed();
    if (Status s = m_config.addKind(m_actor, id, m_name->text()); !s)
        return s;
    m_savedId = id;
    return {};
}

ConfigItemDialog::ConfigItemDialog(Mode mode, ConfigRegistry &config, const Actor &actor,
                                   const ContactDirectory &directory, const ConfigItem &item,
                                   QWidget *parent)
    : RegisterDialog(QStringLiteral("configItemDialog"), parent)
    , m_mode(mode)
    , m_config(config)
    , m_actor(actor)
    , m_directory(directory)
    , m_item(item)
    , m_number(lineEdit(QStringLiteral("configItemNumber"),
                        mode == Mode::Replace ? QString() : item.number))
    , m_name(lineEdit(QStringLiteral("configItemName"), item.name))
    , m_kind(new QComboBox)
    , m_addKind(new QPushButton)
    , m_status(new QComboBox)
    , m_class(new QSpinBox)
    , m_owner(new ContactComboBox)
    , m_chooseOwner(new QPushButton)
    , m_location(lineEdit(QStringLiteral("configItemLocation"), item.location))
    , m_description(new QPlainTextEdit(item.description))
    , m_note(lineEdit(QStringLiteral("configItemNote"), {}))
{
    m_kind->setObjectName(QStringLiteral("configItemKind"));
    m_addKind->setObjectName(QStringLiteral("configAddKind"));
    m_status->setObjectName(QStringLiteral("configItemStatus"));
    m_class->setObjectName(QStringLiteral("configItemClass"));
    m_owner->setObjectName(QStringLiteral("configItemOwner"));
    m_chooseOwner->setObjectName(QStringLiteral("configChooseOwner"));
    m_description->setObjectName(QStringLiteral("configItemDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(80);

    reloadKinds(item.kind);
    for (ConfigStatus s : allConfigStatuses())
        m_status->addItem(configStatusName(s), configStatusId(s));
    m_status->setCurrentIndex(qMax(0, m_status->findData(configStatusId(item.status))));
    m_class->setRange(1, 5);
    m_class->setValue(qBound(1, item.systemClass, 5));
    m_owner->setDirectory(directory, item.ownerId);
    m_owner->setContactId(item.ownerId);

    if (mode == Mode::Replace) {
        auto *explain = new QLabel(
            tr("%1 “%2” is replaced by a new item. Every relation of %1 moves to the successor; "
               "%1 retires and points at its successor. Its history and links stay readable.")
                .arg(item.number, item.name));
        explain->setObjectName(QStringLiteral("configReplaceExplanation"));
        explain->setWordWrap(true);
        form()->addRow(explain);
    }
    if (mode == Mode::Edit) {
        m_number->setReadOnly(true);
        m_number->setToolTip(tr("A number never changes; replace the item to give a new number"));
    }
    switch (mode) {
    case Mode::Add: setWindowTitle(tr("Add configuration item")); break;
    case Mode::Edit: setWindowTitle(tr("Edit configuration item %1").arg(item.number)); break;
    case Mode::Replace: setWindowTitle(tr("Replace configuration item %1").arg(item.number)); break;
    }
    addRow(m_number)->setText(mode == Mode::Replace ? tr("New &number:") : tr("&Number:"));
    addRow(m_name)->setText(tr("N&ame:"));
    addRow(row(m_kind, m_addKind))->setText(tr("&Kind:"));
    label(2)->setBuddy(m_kind);
    addRow(m_status)->setText(tr("&Status:"));
    addRow(m_class)->setText(tr("System &class:"));
    addRow(row(m_owner, m_chooseOwner))->setText(tr("&Owner:"));
    label(5)->setBuddy(m_owner);
    addRow(m_location)->setText(tr("&Location:"));
    addRow(m_description)->setText(tr("&Description:"));
    addRow(m_note)->setText(tr("No&te for the history:"));
    m_number->setPlaceholderText(tr("e.g. SRV-0001; never given again"));
    m_addKind->setText(tr("Add kind…"));
    m_chooseOwner->setText(tr("Choose…"));
    m_chooseOwner->setToolTip(tr("Choose the owner from the handbook's people"));
    m_class->setToolTip(tr("1 to 5; 5 is the highest class"));
    m_note->setPlaceholderText(tr("why (optional)"));
    connect(m_addKind, &QPushButton::clicked, this, &ConfigItemDialog::addKind);
    connect(m_chooseOwner, &QPushButton::clicked, this, &ConfigItemDialog::chooseOwner);
}

void ConfigItemDialog::reloadKinds(const QString &select)
{
    const QString keep = select.isEmpty() ? m_kind->currentData().toString() : select;
    m_kind->clear();
    if (auto kinds = m_config.kinds())
        for (const ConfigKind &k : *kinds)
            m_kind->addItem(k.displayName(), k.id);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(keep)));
}

void ConfigItemDialog::addKind()
{
    AddKindDialog dialog(m_config, m_actor, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadKinds(dialog.savedId());
}

void ConfigItemDialog::chooseOwner()
{
    ContactChooserDialog chooser(m_directory, {}, this);
    if (m_owner->contactId() != 0)
        chooser.selectContact(m_owner->contactId());
    if (chooser.exec() == QDialog::Accepted && !chooser.selectedIds().isEmpty())
        m_owner->setContactId(chooser.selectedIds().first());
}

Status ConfigItemDialog::apply()
{
    ConfigItem i = m_item;
    i.number = m_number->text().trimmed();
    i.name = m_name->text().trimmed();
    i.kind = m_kind->currentData().toString();
    i.status = configStatusFromId(m_status->currentData().toString()).value_or(i.status);
    i.systemClass = m_class->value();
    i.ownerId = m_owner->contactId();
    i.location = m_location->text().trimmed();
    i.description = m_description->toPlainText();
    const QString note = m_note->text().trimmed();
    switch (m_mode) {
    case Mode::Add: {
        i.id = 0;
        auto id = m_config.add(m_actor, i, 0, note);
        if (!id)
            return id.takeError();
        m_savedId = *id;
        return {};
    }
    case Mode::Edit:
        if (Status s = m_config.modify(m_actor, i, 0, note); !s)
            return s;
        m_savedId = i.id;
        return {};
    case Mode::Replace: {
        i.id = 0;
        i.version = 0;
        i.lastConfirmed = {};
        i.replacedBy = 0;
        auto id = m_config.replace(m_actor, m_item.id, i, 0, note);
        if (!id)
            return id.takeError();
        m_savedId = *id;
        return {};
    }
    }
    return {};
}

} // namespace ui
} // namespace dd
