#include "reports/template_header_form.h"

#include "grading/obligation_definition.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

#include <algorithm>

namespace dd {
namespace ui {

namespace {

const QList<ReportKind> Kinds = {ReportKind::RegulatorReport, ReportKind::Notice,
                                 ReportKind::InvestorNotice,  ReportKind::Drill,
                                 ReportKind::Handbook,        ReportKind::Internal};
const QList<ContextKind> Contexts = {ContextKind::Incident, ContextKind::Drill, ContextKind::Year,
                                     ContextKind::Handbook, ContextKind::Readiness};
const QList<OutputForm> Forms = {OutputForm::Pdf, OutputForm::Odt, OutputForm::Html,
                                 OutputForm::Text};

QStringList words(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("[\\s,，]+")), Qt::SkipEmptyParts);
}

} // namespace

TemplateHeaderForm::TemplateHeaderForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
    , m_titleZh(new QLineEdit(this))
    , m_titleEn(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_context(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_forms(new QLineEdit(this))
    , m_faultTypes(new QLineEdit(this))
{
    setObjectName(QStringLiteral("templateHeader"));
    m_titleZh->setObjectName(QStringLiteral("templateTitleZh"));
    m_titleEn->setObjectName(QStringLiteral("templateTitleEn"));
    m_kind->setObjectName(QStringLiteral("templateKind"));
    m_context->setObjectName(QStringLiteral("templateContext"));
    m_format->setObjectName(QStringLiteral("templateFormat"));
    m_language->setObjectName(QStringLiteral("templateLanguage"));
    m_forms->setObjectName(QStringLiteral("templateForms"));
    m_faultTypes->setObjectName(QStringLiteral("templateFaultTypes"));
    for (ReportKind kind : Kinds)
        m_kind->addItem(QString(), int(kind));
    for (ContextKind kind : Contexts)
        m_context->addItem(QString(), int(kind));
    m_format->addItem(QStringLiteral("Markdown"), int(TemplateFormat::Markdown));
    m_format->addItem(QStringLiteral("HTML"), int(TemplateFormat::Html));
    m_language->addItem(QStringLiteral("中文 (zh_CN)"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English (en)"), QStringLiteral("en"));

    auto *outputs = new QHBoxLayout;
    for (OutputForm form : Forms) {
        auto *box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("templateOutput_") + outputFormId(form));
        outputs->addWidget(box);
        m_outputs << box;
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_loading)
                emit changed();
        });
    }
    outputs->addStretch(1);

    m_layout->addRow(QString(), m_titleZh);
    m_layout->addRow(QString(), m_titleEn);
    m_layout->addRow(QString(), m_kind);
    m_layout->addRow(QString(), m_context);
    m_layout->addRow(QString(), outputs);
    m_layout->addRow(QString(), m_format);
    m_layout->addRow(QString(), m_language);
    m_layout->addRow(QString(), m_forms);
    m_layout->addRow(QString(), m_faultTypes);

    const auto emitChanged = [this] {
        if (!m_loading)
            emit changed();
    };
    for (QLineEdit *edit : {m_titleZh, m_titleEn, m_forms, m_faultTypes})
        connect(edit, &QLineEdit::textEdited, this, emitChanged);
    for (QComboBox *combo : {m_kind, m_context, m_format, m_language})
        connect(combo, &QComboBox::currentIndexChanged, this, emitChanged);
    retranslateUi();
}

void TemplateHeaderForm::setTemplate(const ReportTemplate &t)
{
    m_loading = true;
    m_titleZh->setText(t.titleZh);
    m_titleEn->setText(t.titleEn);
    m_kind->setCurrentIndex(m_kind->findData(int(t.kind)));
    m_context->setCurrentIndex(m_context->findData(int(t.context)));
    for (int i = 0; i < Forms.size(); ++i)
        m_outputs[i]->setChecked(t.outputs.contains(Forms[i]));
    m_format->setCurrentIndex(m_format->findData(int(t.format)));
    int language = m_language->findData(t.language);
    if (language < 0) {
        m_language->addItem(t.language, t.language);
        language = m_language->count() - 1;
    }
    m_language->setCurrentIndex(language);
    m_forms->setText(t.forms.join(QLatin1Char(' ')));
    m_faultTypes->setText(t.faultTypes.join(QLatin1Char(' ')));
    m_loading = false;
}

void TemplateHeaderForm::apply(ReportTemplate &t) const
{
    t.titleZh = m_titleZh->text().trimmed();
    t.titleEn = m_titleEn->text().trimmed();
    t.kind = ReportKind(m_kind->currentData().toInt());
    t.context = ContextKind(m_context->currentData().toInt());
    t.outputs.clear();
    for (int i = 0; i < Forms.size(); ++i) {
        if (m_outputs[i]->isChecked())
            t.outputs << Forms[i];
    }
    t.format = TemplateFormat(m_format->currentData().toInt());
    t.language = m_language->currentData().toString();
    t.forms = words(m_forms->text());
    t.faultTypes = words(m_faultTypes->text());
}

QStringList TemplateHeaderForm::problems() const
{
    QStringList problems;
    if (m_titleZh->text().trimmed().isEmpty() && m_titleEn->text().trimmed().isEmpty())
        problems << tr("Header: the template needs a title.");
    if (std::none_of(m_outputs.begin(), m_outputs.end(),
                     [](const QCheckBox *box) { return box->isChecked(); }))
        problems << tr("Header: choose at least one output.");
    for (const QString &form : words(m_forms->text())) {
        if (!reportFormFromId(form))
            problems << tr("Header: unknown report form \"%1\".").arg(form);
    }
    return problems;
}

void TemplateHeaderForm::setReadOnly(bool readOnly)
{
    for (QLineEdit *edit : {m_titleZh, m_titleEn, m_forms, m_faultTypes})
        edit->setReadOnly(readOnly);
    for (QComboBox *combo : {m_kind, m_context, m_format, m_language})
        combo->setEnabled(!readOnly);
    for (QCheckBox *box : std::as_const(m_outputs))
        box->setEnabled(!readOnly);
}

void TemplateHeaderForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TemplateHeaderForm::retranslateUi()
{
    const auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_layout->labelForField(field))) {
            l->setText(text);
            l->setBuddy(field);
        }
    };
    label(m_titleZh, tr("Title (&Chinese):"));
    label(m_titleEn, tr("Title (&English):"));
    label(m_kind, tr("&Kind:"));
    label(m_context, tr("&Context:"));
    label(m_format, tr("&Format:"));
    label(m_language, tr("&Language:"));
    label(m_forms, tr("Files report &forms:"));
    label(m_faultTypes, tr("For fault &types:"));
    if (auto *l = qobject_cast<QLabel *>(m_layout->itemAt(4, QFormLayout::LabelRole)
                                             ? m_layout->itemAt(4, QFormLayout::LabelRole)->widget()
                                             : nullptr))
        l->setText(tr("Outputs:"));
    for (int i = 0; i < Kinds.size(); ++i)
        m_kind->setItemText(i, reportKindName(Kinds[i]));
    for (int i = 0; i < Contexts.size(); ++i)
        m_context->setItemText(i, contextKindName(Contexts[i]));
    for (int i = 0; i < Forms.size(); ++i)
        m_outputs[i]->setText(outputFormName(Forms[i]));
    QStringList formIds;
    for (int f = int(ReportForm::Phone); f <= int(ReportForm::WarningLifted); ++f)
        formIds << reportFormId(ReportForm(f));
    m_forms->setToolTip(
        tr("Report form ids, separated by spaces: %1").arg(formIds.join(QStringLiteral(", "))));
    m_forms->setPlaceholderText(tr("none: not filed for an obligation"));
    m_faultTypes->setToolTip(tr("Fault type ids, separated by spaces; empty for any type"));
    m_faultTypes->setPlaceholderText(tr("any fault type"));
}

} // namespace ui
} // namespace dd
