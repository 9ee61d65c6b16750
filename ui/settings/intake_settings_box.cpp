#include "settings/intake_settings_box.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "intake/intake_server.h"
#include "settings/intake_token_dialog.h"
#include "settings/integration_services.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

QString shownTime(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

IntakeSettingsBox::IntakeSettingsBox(UiContext &context, QWidget *parent)
    : QGroupBox(parent)
    , m_context(context)
    , m_services(IntegrationServices::ensure(context, this))
    , m_enabled(new QCheckBox(this))
    , m_bindLabel(new QLabel(this))
    , m_bind(new QLineEdit(this))
    , m_portLabel(new QLabel(this))
    , m_port(new QSpinBox(this))
    , m_save(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_sourcesLabel(new QLabel(this))
    , m_sourceList(new QTreeWidget(this))
    , m_add(new QPushButton(this))
    , m_revoke(new QPushButton(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("intakeSettings"));
    m_enabled->setObjectName(QStringLiteral("intakeEnabled"));
    m_bind->setObjectName(QStringLiteral("intakeBind"));
    m_port->setObjectName(QStringLiteral("intakePort"));
    m_port->setRange(1, 65535);
    m_save->setObjectName(QStringLiteral("saveIntake"));
    m_status->setObjectName(QStringLiteral("intakeStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_sourceList->setObjectName(QStringLiteral("intakeSources"));
    m_sourceList->setRootIsDecorated(false);
    m_sourceList->setColumnCount(5);
    m_sourceList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sourceList->setMinimumHeight(120);
    m_add->setObjectName(QStringLiteral("addIntakeSource"));
    m_revoke->setObjectName(QStringLiteral("revokeIntakeSource"));
    m_message->setObjectName(QStringLiteral("intakeMessage"));
    m_bindLabel->setBuddy(m_bind);
    m_portLabel->setBuddy(m_port);

    auto *endpoint = new QHBoxLayout;
    endpoint->addWidget(m_bind, 1);
    endpoint->addWidget(m_portLabel);
    endpoint->addWidget(m_port);
    endpoint->addWidget(m_save);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_enabled);
    form->addRow(m_bindLabel, endpoint);
    form->addRow(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_revoke);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_sourcesLabel);
    layout->addWidget(m_sourceList, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_save, &QPushButton::clicked, this, &IntakeSettingsBox::save);
    connect(m_add, &QPushButton::clicked, this, &IntakeSettingsBox::addInteractively);
    connect(m_revoke, &QPushButton::clicked, this, &IntakeSettingsBox::revokeSelected);
    connect(m_sourceList, &QTreeWidget::currentItemChanged, this,
            &IntakeSettingsBox::updateEditable);
    connect(&m_services, &IntegrationServices::intakeStateChanged, this,
            &IntakeSettingsBox::updateStatus);
    // "Last used" moves with every accepted request.
    connect(&m_services, &IntegrationServices::alertsReceived, this, &IntakeSettingsBox::reload);
    connect(&m_context.session, &Session::actorChanged, this, &IntakeSettingsBox::updateEditable);

    retranslateUi(); // reads the settings and the sources
}

void IntakeSettingsBox::reload()
{
    auto settings = IntakeSettings::load(m_context.backend.settings());
    if (settings) {
        m_enabled->setChecked(settings->enabled);
        m_bind->setText(settings->bind);
        m_port->setValue(settings->port);
    } else {
        m_message->showError(settings.error());
    }
    const qint64 selected = m_sourceList->currentItem()
                                ? m_sourceList->currentItem()->data(0, Qt::UserRole).toLongLong()
                                : 0;
    m_sourceList->clear();
    auto sources = m_services.sources().list();
    if (!sources) {
        m_message->showError(sources.error());
    } else {
        for (const IntakeSource &s : *sources) {
            auto *item = new QTreeWidgetItem(m_sourceList);
            item->setData(0, Qt::UserRole, s.id);
            item->setData(4, Qt::UserRole, s.revoked());
            item->setText(0, s.name);
            item->setText(1, alertFormatName(s.format));
            item->setText(2, shownTime(s.createdAt));
            item->setText(3, s.lastUsedAt.isValid() ? shownTime(s.lastUsedAt) : tr("never"));
            item->setText(4, s.revoked() ? tr("revoked %1").arg(shownTime(s.revokedAt))
                                         : tr("active"));
            if (s.revoked())
                for (int c = 0; c < 5; ++c)
                    item->setForeground(c, palette().color(QPalette::Disabled, QPalette::Text));
            if (s.id == selected)
                m_sourceList->setCurrentItem(item);
        }
    }
    updateStatus();
    updateEditable();
}

bool IntakeSettingsBox::save()
{
    m_message->clearMessage();
    IntakeSettings value;
    value.enabled = m_enabled->isChecked();
    value.bind = m_bind->text().trimmed();
    value.port = quint16(m_port->value());
    Status saved =
        IntakeSettings::save(m_context.session.actor(), m_context.backend.settings(), value);
    if (!saved) {
        m_message->showError(saved.error());
        return false;
    }
    Status applied = m_services.applyIntakeSettings();
    if (!applied) {
        m_message->showError(applied.error());
        return false;
    }
    m_message->showSuccess(tr("Monitoring intake settings saved."));
    return true;
}

void IntakeSettingsBox::addInteractively()
{
    AddIntakeSourceDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    addSource(dialog.name(), dialog.format());
}

bool IntakeSettingsBox::addSource(const QString &name, AlertFormat format)
{
    m_message->clearMessage();
    auto created = m_services.sources().create(m_context.session.actor(), name, format);
    if (!created) {
        m_message->showError(created.error());
        return false;
    }
    reload();
    for (int i = 0; i < m_sourceList->topLevelItemCount(); ++i)
        if (m_sourceList->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == created->source.id)
            m_sourceList->setCurrentItem(m_sourceList->topLevelItem(i));
    // Shown once: the dialog deletes itself on close and the token is kept nowhere else.
    m_tokenDialog =
        new IntakeTokenDialog(created->source.name, format, created->token, baseUrl(), this);
    m_tokenDialog->setWindowModality(Qt::WindowModal);
    m_tokenDialog->open();
    return true;
}

bool IntakeSettingsBox::revokeSelected()
{
    QTreeWidgetItem *item = m_sourceList->currentItem();
    if (!item)
        return false;
    m_message->clearMessage();
    Status revoked = m_services.sources().revoke(m_context.session.actor(),
                                                 item->data(0, Qt::UserRole).toLongLong());
    if (!revoked) {
        m_message->showError(revoked.error());
        return false;
    }
    reload();
    m_message->showSuccess(tr("The token was revoked: that source can no longer send alerts."));
    return true;
}

QString IntakeSettingsBox::baseUrl() const
{
    QString host = m_bind->text().trimmed();
    if (host.isEmpty() || host == QStringLiteral("0.0.0.0") || host == QStringLiteral("::"))
        host = QStringLiteral("127.0.0.1");
    if (host.contains(u':'))
        host = QStringLiteral("[%1]").arg(host);
    return QStringLiteral("http://%1:%2").arg(host).arg(m_port->value());
}

void IntakeSettingsBox::updateStatus()
{
    m_status->setText(m_services.intakeStatusText());
    const bool failed = m_services.intakeState() == IntegrationServices::IntakeState::Failed;
    m_status->setStyleSheet(failed ? QStringLiteral("color: #b3261e;") : QString());
}

void IntakeSettingsBox::updateEditable()
{
    const bool may =
        m_services.writable() && m_context.session.actor().can(Permission::ManageSettings);
    for (QWidget *w : {static_cast<QWidget *>(m_enabled), static_cast<QWidget *>(m_bind),
                       static_cast<QWidget *>(m_port), static_cast<QWidget *>(m_save),
                       static_cast<QWidget *>(m_add)})
        w->setEnabled(may);
    QTreeWidgetItem *item = m_sourceList->currentItem();
    m_revoke->setEnabled(may && item && !item->data(4, Qt::UserRole).toBool());
}

void IntakeSettingsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void IntakeSettingsBox::retranslateUi()
{
    setTitle(tr("Monitoring intake"));
    m_enabled->setText(tr("&Accept alerts from monitoring while the console is open"));
    m_bindLabel->setText(tr("Listen &on:"));
    m_bind->setToolTip(tr("The IP address to listen on; 127.0.0.1 accepts only this computer."));
    m_portLabel->setText(tr("&Port:"));
    m_save->setText(tr("&Save"));
    m_sourcesLabel->setText(tr("Sources (one token each):"));
    m_sourceList->setHeaderLabels(
        {tr("Name"), tr("Format"), tr("Created"), tr("Last used"), tr("State")});
    m_add->setText(tr("&Add source…"));
    m_revoke->setText(tr("&Revoke"));
    reload();
}

} // namespace ui
} // namespace dd
