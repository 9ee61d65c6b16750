#include "grading/rule_set_editor_dialog.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "grading/rule_set_json.h"
#include "grading/rule_set_library.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {
const QString ValidStyle = QStringLiteral("color: #1e7d32; font-weight: bold;");
const QString InvalidStyle = QStringLiteral("color: #b3261e; font-weight: bold;");
} // namespace

RuleSetEditorDialog::RuleSetEditorDialog(UiContext &context, Purpose purpose,
                                         const QString &basedOn, const QByteArray &json,
                                         QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_purpose(purpose)
    , m_basedOn(basedOn)
    , m_intro(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_validation(new QLabel(this))
    , m_message(new InlineMessage(this))
    , m_save(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_saveShortcut(new QShortcut(QKeySequence::Save, this))
    , m_validateTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("ruleSetEditor"));
    m_intro->setObjectName(QStringLiteral("ruleSetEditorIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_editor->setObjectName(QStringLiteral("ruleSetJson"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabStopDistance(m_editor->fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);
    m_editor->setPlainText(QString::fromUtf8(json));
    m_editor->document()->setModified(false);
    m_validation->setObjectName(QStringLiteral("ruleSetValidation"));
    m_validation->setWordWrap(true);
    m_validation->setTextFormat(Qt::PlainText);
    m_validation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("ruleSetEditorMessage"));
    m_save->setObjectName(QStringLiteral("saveRuleSet"));
    m_save->setDefault(false);
    m_save->setAutoDefault(false);
    m_cancel->setObjectName(QStringLiteral("cancelRuleSet"));
    m_cancel->setAutoDefault(false);
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(ValidationDelayMs);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_validation);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    // The button box would accept() on Save; saving decides whether the dialog closes.
    connect(m_save, &QPushButton::clicked, this, &RuleSetEditorDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, &RuleSetEditorDialog::reject);
    connect(m_saveShortcut, &QShortcut::activated, this, &RuleSetEditorDialog::save);
    connect(m_editor, &QPlainTextEdit::textChanged, m_validateTimer, qOverload<>(&QTimer::start));
    connect(m_validateTimer, &QTimer::timeout, this, &RuleSetEditorDialog::validateNow);

    resize(960, 720);
    retranslateUi();
    validateNow();
}

QByteArray RuleSetEditorDialog::json() const
{
    return m_editor->toPlainText().toUtf8();
}

QString RuleSetEditorDialog::fileName() const
{
    // Named after the id in the text, so that the messages name the set being written.
    const auto id = ruleSetIdOf(json());
    return (id && !id->isEmpty() ? *id : m_basedOn) + QStringLiteral(".json");
}

bool RuleSetEditorDialog::validateNow()
{
    m_validateTimer->stop();
    const auto parsed = RuleSetLibrary::parse(json(), fileName());
    if (!parsed) {
        showValidation(false, parsed.error());
        return false;
    }
    showValidation(
        true,
        tr("Valid: %1 rules, %2 grades.").arg(parsed->rules.size()).arg(parsed->grades.size()));
    return true;
}

void RuleSetEditorDialog::showValidation(bool valid, const QString &text)
{
    m_valid = valid;
    m_validationText = text;
    m_validation->setStyleSheet(valid ? ValidStyle : InvalidStyle);
    m_validation->setText(text);
    m_validation->setAccessibleDescription(text);
    markErrorLine();
}

void RuleSetEditorDialog::markErrorLine()
{
    // A syntax error has a place in the text: its line is tinted. (Errors of content name their
    // JSON path instead, which the message shows.)
    QList<QTextEdit::ExtraSelection> marks;
    QJsonParseError error;
    const QByteArray bytes = json();
    QJsonDocument::fromJson(bytes, &error);
    if (!m_valid && error.error != QJsonParseError::NoError) {
        const int position = int(QString::fromUtf8(bytes.left(error.offset)).size());
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_editor->document()->findBlock(position));
        mark.format.setBackground(QColor(0xfd, 0xdc, 0xd9));
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks << mark;
    }
    m_editor->setExtraSelections(marks);
}

bool RuleSetEditorDialog::save()
{
    m_message->clearMessage();
    validateNow();
    if (m_context.readOnly) {
        m_message->showError(tr("The database is open read-only; nothing was saved."));
        return false;
    }
    auto saved = m_context.backend.ruleSets().save(m_context.session.actor(), json(), fileName());
    if (!saved) {
        // Nothing was stored; the set in force stays. The dialog stays open to fix the text.
        m_message->showError(tr("Not saved: %1").arg(saved.error()));
        return false;
    }
    m_savedId = saved->id;
    m_savedVersion = saved->version;
    m_editor->document()->setModified(false);
    accept();
    return true;
}

void RuleSetEditorDialog::reject()
{
    if (m_editor->document()->isModified() && m_savedId.isEmpty()) {
        const auto answer =
            QMessageBox::question(this, tr("Discard changes?"),
                                  tr("The rule set has changes that are not saved. Discard them?"),
                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void RuleSetEditorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RuleSetEditorDialog::retranslateUi()
{
    if (m_purpose == Purpose::Copy) {
        setWindowTitle(tr("Copy of rule set %1").arg(m_basedOn));
        m_intro->setText(
            tr("Your own copy of %1. Give it an id of your own, change what your institution "
               "needs and save. The rule set in force does not change until you choose \"Use "
               "this rule set\".")
                .arg(m_basedOn));
    } else {
        setWindowTitle(tr("Edit rule set %1").arg(m_basedOn));
        m_intro->setText(tr("Saving stores a new version of %1; the versions saved before are "
                            "kept for the incidents graded with them. The version must be higher "
                            "than the stored one.")
                             .arg(m_basedOn));
    }
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Check and store the rule set (Ctrl+S)"));
    m_cancel->setText(tr("Cancel"));
    if (!m_validationText.isEmpty())
        validateNow(); // the message was built in the previous language
}

} // namespace ui
} // namespace dd
