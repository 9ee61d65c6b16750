#include "settings/intake_token_dialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd {
namespace ui {

AddIntakeSourceDialog::AddIntakeSourceDialog(QWidget *parent)
    : QDialog(parent)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_formatLabel(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addIntakeSourceDialog"));
    m_name->setObjectName(QStringLiteral("sourceName"));
    m_format->setObjectName(QStringLiteral("sourceFormat"));
    m_nameLabel->setBuddy(m_name);
    m_formatLabel->setBuddy(m_format);
    for (AlertFormat f : allAlertFormats())
        m_format->addItem(QString(), alertFormatId(f));
    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_formatLabel, m_format);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    retranslateUi();
}

QString AddIntakeSourceDialog::name() const
{
    return m_name->text().trimmed();
}

AlertFormat AddIntakeSourceDialog::format() const
{
    return alertFormatFromId(m_format->currentData().toString()).value_or(AlertFormat::Generic);
}

void AddIntakeSourceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AddIntakeSourceDialog::retranslateUi()
{
    setWindowTitle(tr("Add monitoring source"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("e.g. Prometheus (production)"));
    m_formatLabel->setText(tr("&Format:"));
    const QList<AlertFormat> formats = allAlertFormats();
    for (int i = 0; i < formats.size(); ++i)
        m_format->setItemText(i, alertFormatName(formats[i]));
}

IntakeTokenDialog::IntakeTokenDialog(const QString &sourceName, AlertFormat format,
                                     const QString &token, const QString &baseUrl, QWidget *parent)
    : QDialog(parent)
    , m_sourceName(sourceName)
    , m_format(format)
    , m_tokenText(token)
    , m_intro(new QLabel(this))
    , m_token(new QLineEdit(token, this))
    , m_copy(new QPushButton(this))
    , m_copyCurl(new QPushButton(this))
    , m_curlLabel(new QLabel(this))
    , m_curl(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("intakeTokenDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setReadOnly(true);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_token->setFont(fixed);
    m_token->setMinimumWidth(m_token->fontMetrics().horizontalAdvance(token) + 24);
    m_copy->setObjectName(QStringLiteral("copyToken"));
    m_copyCurl->setObjectName(QStringLiteral("copyCurl"));
    m_curl->setObjectName(QStringLiteral("curlExample"));
    m_curl->setReadOnly(true);
    m_curl->setFont(fixed);
    m_curl->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_curl->setPlainText(curlCommand(format, token, baseUrl));
    m_curl->setMinimumHeight(m_curl->fontMetrics().lineSpacing() * 6);
    m_curl->setMinimumWidth(m_curl->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 90);

    auto *grid = new QGridLayout;
    grid->addWidget(m_token, 0, 0);
    grid->addWidget(m_copy, 0, 1);
    grid->addWidget(m_curlLabel, 1, 0, 1, 2);
    grid->addWidget(m_curl, 2, 0);
    grid->addWidget(m_copyCurl, 2, 1, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_tokenText); });
    connect(m_copyCurl, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_curl->toPlainText()); });
    retranslateUi();
}

QString IntakeTokenDialog::curlExample() const
{
    return m_curl->toPlainText();
}

QString IntakeTokenDialog::curlCommand(AlertFormat format, const QString &token,
                                       const QString &baseUrl)
{
    QString body;
    switch (format) {
    case AlertFormat::Alertmanager:
        body = QStringLiteral(
            R"({"version":"4","status":"firing","alerts":[{"status":"firing",)"
            R"("labels":{"alertname":"OrderGatewayDown","system":"trading","severity":"critical"},)"
            R"("annotations":{"summary":"Order gateway down"},)"
            R"("startsAt":"2026-03-02T01:58:00Z","fingerprint":"a1b2c3"}]})");
        break;
    case AlertFormat::Zabbix:
        body = QStringLiteral(
            R"({"event_id":"4711","event_name":"Order gateway down","event_severity":"High",)"
            R"("host_name":"gw-01","event_value":"1","event_date":"2026.03.02",)"
            R"("event_time":"09:58:00","event_tags_json":[{"tag":"system","value":"trading"}]})");
        break;
    case AlertFormat::Generic:
        body = QStringLiteral(
            R"({"title":"Order gateway down","severity":"critical","system":"trading",)"
            R"("started_at":"2026-03-02T09:58:00+08:00","labels":{"host":"gw-01"}})");
        break;
    }
    return QStringLiteral("curl -sS -X POST %1/alerts/%2 \\\n"
                          "  -H 'Authorization: Bearer %3' \\\n"
                          "  -H 'Content-Type: application/json' \\\n"
                          "  -d '%4'")
        .arg(baseUrl, alertFormatId(format), token, body);
}

void IntakeTokenDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void IntakeTokenDialog::retranslateUi()
{
    setWindowTitle(tr("Token for %1").arg(m_sourceName));
    m_intro->setText(
        tr("This is the bearer token of \"%1\" (%2). It is shown now and never again: DutyDesk "
           "keeps only its hash. Copy it into the monitoring system's webhook settings.")
            .arg(m_sourceName, alertFormatName(m_format)));
    m_copy->setText(tr("&Copy token"));
    m_copyCurl->setText(tr("Copy c&url"));
    m_curlLabel->setText(tr("Try it with curl:"));
}

} // namespace ui
} // namespace dd
