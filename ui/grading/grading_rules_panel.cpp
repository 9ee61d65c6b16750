#include "grading/grading_rules_panel.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "grading/rule_set_editor_dialog.h"
#include "grading/rule_set_json.h"
#include "grading/rule_set_library.h"
#include "grading/rule_table_model.h"
#include "i18n/language.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QColor>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

// Text on a grade's colour: white on dark colours, near-black on light ones.
QString chipStyle(const QString &colour)
{
    QColor background(colour);
    if (!background.isValid())
        background = QColor(0x60, 0x60, 0x60);
    const bool dark = background.lightnessF() < 0.6;
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; "
                          "padding: 2px 8px; font-weight: bold; }")
        .arg(background.name(), dark ? QStringLiteral("white") : QStringLiteral("#1b1b1b"));
}

QLabel *makeWrappingLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

GradingRulesPanel::GradingRulesPanel(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_note(makeWrappingLabel(this, "gradingNote"))
    , m_ruleSetLabel(new QLabel(this))
    , m_ruleSets(new QComboBox(this))
    , m_use(new QPushButton(this))
    , m_inForce(makeWrappingLabel(this, "ruleSetInForce"))
    , m_copy(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_message(new InlineMessage(this))
    , m_title(makeWrappingLabel(this, "ruleSetTitle"))
    , m_facts(makeWrappingLabel(this, "ruleSetFacts"))
    , m_aboutForm(new QFormLayout)
    , m_sourceLabel(new QLabel(this))
    , m_source(makeWrappingLabel(this, "ruleSetSource"))
    , m_noteLabel(new QLabel(this))
    , m_setNote(makeWrappingLabel(this, "ruleSetNote"))
    , m_gradesLabel(new QLabel(this))
    , m_grades(new QWidget(this))
    , m_gradesLayout(new QHBoxLayout(m_grades))
    , m_uncertain(makeWrappingLabel(this, "uncertainSummary"))
    , m_details(new QTabWidget(this))
    , m_ruleModel(new RuleTableModel(this))
    , m_rules(new QTableView(m_details))
    , m_obligationsPage(new QWidget(m_details))
    , m_reportingNote(makeWrappingLabel(m_obligationsPage, "reportingNote"))
    , m_obligations(new QTreeWidget(m_obligationsPage))
{
    setObjectName(QStringLiteral("gradingRulesPanel"));
    m_ruleSets->setObjectName(QStringLiteral("ruleSetCombo"));
    m_ruleSets->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ruleSets->setMinimumContentsLength(40);
    m_ruleSets->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_ruleSetLabel->setBuddy(m_ruleSets);
    m_use->setObjectName(QStringLiteral("useRuleSet"));
    m_copy->setObjectName(QStringLiteral("copyRuleSet"));
    m_edit->setObjectName(QStringLiteral("editRuleSet"));
    m_import->setObjectName(QStringLiteral("importRuleSet"));
    m_export->setObjectName(QStringLiteral("exportRuleSet"));
    m_message->setObjectName(QStringLiteral("gradingMessage"));

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_uncertain->setStyleSheet(QStringLiteral(
        "QLabel { background: #ffe9a8; color: #6b4500; border-radius: 4px; padding: 4px 8px; }"));
    m_grades->setObjectName(QStringLiteral("gradeChips"));
    m_gradesLayout->setContentsMargins(0, 0, 0, 0);
    m_gradesLayout->setSpacing(6);

    m_rules->setObjectName(QStringLiteral("ruleTable"));
    m_rules->setModel(m_ruleModel);
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rules->setWordWrap(true);
    m_rules->setAlternatingRowColors(true);
    m_rules->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_rules->verticalHeader()->hide();
    m_rules->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_rules->horizontalHeader();
    header->setSectionResizeMode(RuleTableModel::IdColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RuleTableModel::GradeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RuleTableModel::DescriptionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RuleTableModel::SourceColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(RuleTableModel::NoteColumn, QHeaderView::Stretch);
    header->resizeSection(RuleTableModel::SourceColumn, 180);

    m_obligations->setObjectName(QStringLiteral("obligationTree"));
    m_obligations->setColumnCount(4);
    m_obligations->setRootIsDecorated(true);
    m_obligations->setUniformRowHeights(true);
    m_obligations->setAlternatingRowColors(true);
    m_obligations->header()->setStretchLastSection(true);
    m_obligations->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_obligations->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    auto *obligationsLayout = new QVBoxLayout(m_obligationsPage);
    obligationsLayout->setContentsMargins(0, 6, 0, 0);
    obligationsLayout->addWidget(m_reportingNote);
    obligationsLayout->addWidget(m_obligations, 1);
    m_details->setObjectName(QStringLiteral("ruleSetDetails"));
    m_details->setDocumentMode(true);
    m_details->addTab(m_rules, QString());
    m_details->addTab(m_obligationsPage, QString());

    auto *chooseRow = new QHBoxLayout;
    chooseRow->addWidget(m_ruleSetLabel);
    chooseRow->addWidget(m_ruleSets, 1);
    chooseRow->addWidget(m_use);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_copy);
    actionRow->addWidget(m_edit);
    actionRow->addStretch(1);
    actionRow->addWidget(m_import);
    actionRow->addWidget(m_export);
    auto *gradesRow = new QHBoxLayout;
    gradesRow->addWidget(m_gradesLabel);
    gradesRow->addWidget(m_grades);
    gradesRow->addStretch(1);
    m_aboutForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_aboutForm->setContentsMargins(0, 0, 0, 0);
    m_aboutForm->addRow(m_sourceLabel, m_source);
    m_aboutForm->addRow(m_noteLabel, m_setNote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(chooseRow);
    layout->addWidget(m_inForce);
    layout->addLayout(actionRow);
    layout->addWidget(m_message);
    layout->addSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addLayout(m_aboutForm);
    layout->addLayout(gradesRow);
    layout->addWidget(m_uncertain);
    layout->addWidget(m_details, 1);

    connect(m_ruleSets, &QComboBox::currentIndexChanged, this, &GradingRulesPanel::showSelected);
    connect(m_use, &QPushButton::clicked, this, &GradingRulesPanel::useSelected);
    connect(m_copy, &QPushButton::clicked, this, &GradingRulesPanel::copySelected);
    connect(m_edit, &QPushButton::clicked, this, &GradingRulesPanel::editSelected);
    connect(m_import, &QPushButton::clicked, this, &GradingRulesPanel::chooseImportFile);
    connect(m_export, &QPushButton::clicked, this, &GradingRulesPanel::chooseExportFile);
    connect(&m_context.session, &Session::actorChanged, this, &GradingRulesPanel::updateActions);

    reload();
    retranslateUi();
}

QString GradingRulesPanel::language() const
{
    return m_context.language.current();
}

QString GradingRulesPanel::selectedId() const
{
    return m_ruleSets->currentData().toString();
}

bool GradingRulesPanel::selectRuleSet(const QString &id)
{
    const int row = m_ruleSets->findData(id);
    if (row < 0)
        return false;
    m_ruleSets->setCurrentIndex(row);
    return true;
}

void GradingRulesPanel::reload()
{
    RuleSetRepository &repository = m_context.backend.ruleSets();
    auto ids = repository.ids();
    auto inForce = repository.inForceId();
    if (!ids || !inForce) {
        m_message->showError(!ids ? ids.error() : inForce.error());
        return;
    }
    m_ids = *ids;
    m_inForceId = *inForce;
    fillCombo();
}

void GradingRulesPanel::fillCombo()
{
    const QString keep = selectedId().isEmpty() ? m_inForceId : selectedId();
    const QSignalBlocker blocker(m_ruleSets);
    m_ruleSets->clear();
    const QString lang = language();
    for (const QString &id : std::as_const(m_ids)) {
        auto set = m_context.backend.ruleSets().get(id);
        QString text = set ? QStringLiteral("%1 — %2").arg(id, set->title.text(lang)) : id;
        if (id == m_inForceId)
            text = tr("%1 (in force)").arg(text);
        m_ruleSets->addItem(text, id);
        m_ruleSets->setItemData(m_ruleSets->count() - 1, text, Qt::ToolTipRole);
    }
    m_ruleSets->setCurrentIndex(qMax(0, m_ruleSets->findData(keep)));
    showSelected();
}

void GradingRulesPanel::showSelected()
{
    const QString id = selectedId();
    const QString lang = language();
    auto set = id.isEmpty() ? Result<RuleSet>(fail(tr("There is no rule set.")))
                            : m_context.backend.ruleSets().get(id);
    if (!set) {
        // A stored copy that no longer parses (written by a newer program, say) is named, not
        // shown half.
        m_message->showError(set.error());
        m_ruleModel->setRuleSet({}, lang);
        m_title->setText(id);
        m_facts->clear();
        m_source->clear();
        m_setNote->clear();
        m_uncertain->hide();
        fillGrades();
        fillObligations();
        updateActions();
        return;
    }
    m_ruleModel->setRuleSet(*set, lang);
    const bool builtIn = RuleSetLibrary::builtInIds().contains(id);
    QStringList types;
    for (InstitutionType type : set->appliesTo)
        types << institutionTypeName(type);
    m_title->setText(set->title.text(lang));
    m_facts->setText(tr("%1, version %2 · %3 · applies to: %4")
                         .arg(set->id)
                         .arg(set->version)
                         .arg(builtIn ? tr("shipped with DutyDesk") : tr("your institution's copy"))
                         .arg(types.join(tr(", "))));
    m_source->setText(set->source);
    m_setNote->setText(set->note);
    m_setNote->setToolTip(set->note);
    m_noteLabel->setVisible(!set->note.isEmpty());
    m_setNote->setVisible(!set->note.isEmpty());
    const int uncertain = m_ruleModel->uncertainCount();
    m_uncertain->setText(
        tr("%1 of %2 rules have a number marked \"uncertain\" (highlighted in the Note column): "
           "check each against the official text before relying on it.")
            .arg(uncertain)
            .arg(set->rules.size()));
    m_uncertain->setVisible(uncertain > 0);
    m_rules->resizeRowsToContents();
    fillGrades();
    fillObligations();
    m_details->setTabText(0, tr("Rules (%1)").arg(set->rules.size()));
    updateActions();
}

void GradingRulesPanel::fillGrades()
{
    while (QLayoutItem *item = m_gradesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const RuleSet &set = m_ruleModel->ruleSet();
    for (const GradeLevel &grade : set.grades) {
        auto *chip = new QLabel(m_grades);
        chip->setObjectName(QStringLiteral("gradeChip"));
        chip->setTextFormat(Qt::PlainText);
        chip->setText(QStringLiteral("%1  %2").arg(grade.id, grade.name.text(language())));
        chip->setToolTip(
            tr("Grade %1, rank %2 (higher is more severe)").arg(grade.id).arg(grade.rank));
        chip->setStyleSheet(chipStyle(grade.colour));
        m_gradesLayout->addWidget(chip);
    }
}

void GradingRulesPanel::fillObligations()
{
    const RuleSet &set = m_ruleModel->ruleSet();
    const QString lang = language();
    m_obligations->clear();
    m_reportingNote->setText(set.reporting.note);
    m_reportingNote->setVisible(!set.reporting.note.isEmpty());

    const auto anchorText = [](DeadlineAnchor anchor) {
        switch (anchor) {
        case DeadlineAnchor::Detected: return tr("detection");
        case DeadlineAnchor::Graded: return tr("reaching this grade");
        case DeadlineAnchor::Recovered: return tr("recovery");
        case DeadlineAnchor::Closed: return tr("closing");
        case DeadlineAnchor::PreliminarySubmitted: return tr("the preliminary report");
        case DeadlineAnchor::WarningLifted: return tr("lifting the warning");
        }
        return QString();
    };
    const auto minutesText = [](int minutes) {
        if (minutes >= 60 && minutes % 60 == 0)
            return tr("%1 h").arg(minutes / 60);
        return tr("%1 min").arg(minutes);
    };
    const auto deadlineText = [&](const ObligationDefinition &o) {
        QString text;
        if (o.unit == DeadlineUnit::WorkingDays)
            text = (o.amount == 1 ? tr("1 working day") : tr("%1 working days").arg(o.amount));
        else if (o.amount == 0)
            text = tr("at once");
        else
            text = minutesText(o.amount);
        if (!(o.unit == DeadlineUnit::Minutes && o.amount == 0))
            text = tr("%1 after %2").arg(text, anchorText(o.anchor));
        else
            text = tr("%1 on %2").arg(text, anchorText(o.anchor));
        if (o.repeatMinutes)
            text = tr("%1, then every %2 until recovery").arg(text, minutesText(*o.repeatMinutes));
        return text;
    };

    QStringList keys;
    for (const GradeLevel &grade : set.grades)
        keys << grade.id;
    keys << RuleSet::WarningKey;
    for (const QString &key : std::as_const(keys)) {
        const QList<ObligationDefinition> duties = set.obligations(key);
        if (duties.isEmpty())
            continue;
        auto *group = new QTreeWidgetItem(m_obligations);
        const GradeLevel *grade = set.grade(key);
        group->setText(0, grade ? QStringLiteral("%1 %2").arg(grade->id, grade->name.text(lang))
                                : tr("Warning (not an incident yet)"));
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        if (grade && QColor(grade->colour).isValid())
            group->setForeground(0, QColor(grade->colour));
        group->setFirstColumnSpanned(true);
        for (const ObligationDefinition &o : duties) {
            auto *row = new QTreeWidgetItem(group);
            row->setText(0, reportFormName(o.form));
            row->setText(1, recipientName(o.recipient));
            row->setText(2, deadlineText(o));
            row->setText(3, o.description.text(lang));
            row->setToolTip(3, o.description.text(lang) + QStringLiteral("\n\n") + o.source);
        }
    }
    m_obligations->expandAll();
    m_details->setTabEnabled(1, m_obligations->topLevelItemCount() > 0);
}

bool GradingRulesPanel::useSelected()
{
    m_message->clearMessage();
    const QString id = selectedId();
    if (m_context.readOnly) {
        m_message->showError(tr("The database is open read-only; the rule set in force stays."));
        return false;
    }
    if (Status done = m_context.backend.ruleSets().setInForce(m_context.session.actor(), id);
        !done) {
        m_message->showError(done.error());
        return false;
    }
    reload();
    m_message->showSuccess(tr("%1 is in force: incidents are graded with it from now on.").arg(id));
    return true;
}

void GradingRulesPanel::copySelected()
{
    m_message->clearMessage();
    const QString id = selectedId();
    auto json = m_context.backend.ruleSets().json(id);
    if (!json) {
        m_message->showError(json.error());
        return;
    }
    const bool builtIn = RuleSetLibrary::builtInIds().contains(id);
    openEditor(true, id, withIdAndVersion(*json, copyIdFor(id, builtIn, m_ids), 1));
}

void GradingRulesPanel::editSelected()
{
    m_message->clearMessage();
    const QString id = selectedId();
    auto json = m_context.backend.ruleSets().json(id);
    if (!json) {
        m_message->showError(json.error());
        return;
    }
    // The repository keeps every version and refuses an equal one: suggest the next.
    const int version = ruleSetVersionOf(*json).value_or(0);
    openEditor(false, id, withIdAndVersion(*json, id, version + 1));
}

void GradingRulesPanel::openEditor(bool copy, const QString &basedOn, const QByteArray &json)
{
    RuleSetEditorDialog dialog(
        m_context, copy ? RuleSetEditorDialog::Purpose::Copy : RuleSetEditorDialog::Purpose::Edit,
        basedOn, json, this);
    if (dialog.exec() != QDialog::Accepted || dialog.savedId().isEmpty())
        return;
    reload();
    selectRuleSet(dialog.savedId());
    if (dialog.savedId() == m_inForceId)
        m_message->showSuccess(tr("Saved version %1 of %2, which is in force: incidents are "
                                  "graded with this version from now on.")
                                   .arg(dialog.savedVersion())
                                   .arg(dialog.savedId()));
    else
        m_message->showSuccess(tr("Saved %1, version %2. It is not in force until you choose "
                                  "\"Use this rule set\".")
                                   .arg(dialog.savedId())
                                   .arg(dialog.savedVersion()));
}

bool GradingRulesPanel::importFile(const QString &path)
{
    m_message->clearMessage();
    if (m_context.readOnly) {
        m_message->showError(tr("The database is open read-only; nothing was imported."));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->showError(tr("%1: cannot read the file: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    auto saved = m_context.backend.ruleSets().save(m_context.session.actor(), file.readAll(),
                                                   QFileInfo(path).fileName());
    if (!saved) {
        m_message->showError(tr("Not imported: %1").arg(saved.error()));
        return false;
    }
    reload();
    selectRuleSet(saved->id);
    m_message->showSuccess(tr("Imported %1, version %2.").arg(saved->id).arg(saved->version));
    return true;
}

bool GradingRulesPanel::exportTo(const QString &path)
{
    m_message->clearMessage();
    auto json = m_context.backend.ruleSets().json(selectedId());
    if (!json) {
        m_message->showError(json.error());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit()) {
        m_message->showError(tr("%1: cannot write the file: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_message->showSuccess(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void GradingRulesPanel::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a rule set"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Rule sets (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void GradingRulesPanel::chooseExportFile()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(selectedId() + QStringLiteral(".json"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the rule set"), suggested,
                                                      tr("Rule sets (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

void GradingRulesPanel::updateActions()
{
    const Actor &actor = m_context.session.actor();
    const bool canEdit = !m_context.readOnly && actor.can(Permission::ManageSettings);
    const QString id = selectedId();
    const bool known = !id.isEmpty() && !m_ruleModel->ruleSet().id.isEmpty();
    const bool builtIn = RuleSetLibrary::builtInIds().contains(id);
    m_use->setEnabled(canEdit && known && id != m_inForceId);
    m_copy->setEnabled(canEdit && known);
    m_edit->setEnabled(canEdit && known && !builtIn);
    m_import->setEnabled(canEdit);
    m_export->setEnabled(!id.isEmpty());
    m_edit->setToolTip(builtIn ? tr("A shipped rule set is not changed; copy it and edit the copy.")
                               : tr("Save a new version of this rule set"));

    if (m_inForceId == id)
        m_inForce->setText(tr("In force: incidents are graded with this rule set."));
    else
        m_inForce->setText(tr("Not in force. Incidents are graded with %1.").arg(m_inForceId));
    m_inForce->setStyleSheet(m_inForceId == id ? QStringLiteral("color: #1e7d32;") : QString());

    QString note;
    if (m_context.readOnly)
        note = tr("The database is open read-only: rule sets are shown, not changed.");
    else if (actor.kind() == Actor::Kind::Nobody)
        note = tr("Sign in as an administrator to change the rule sets.");
    else if (!canEdit)
        note = tr("%1 may look at the rule sets; an administrator changes them.")
                   .arg(actor.displayName());
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void GradingRulesPanel::showEvent(QShowEvent *event)
{
    // Another desk or dutyctl may have saved a copy or changed the set in force meanwhile.
    if (m_shown)
        reload();
    m_shown = true;
    QWidget::showEvent(event);
}

void GradingRulesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void GradingRulesPanel::retranslateUi()
{
    m_ruleSetLabel->setText(tr("&Rule set:"));
    m_use->setText(tr("&Use this rule set"));
    m_use->setToolTip(tr("Grade incidents with the rule set shown"));
    m_copy->setText(tr("&Copy and edit…"));
    m_copy->setToolTip(tr("Make your institution's own copy of this rule set and edit it"));
    m_edit->setText(tr("&Edit…"));
    m_import->setText(tr("&Import…"));
    m_import->setToolTip(tr("Add a rule set from a JSON file; a file with an error is refused"));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("Save this rule set as a JSON file"));
    m_sourceLabel->setText(tr("Source:"));
    m_noteLabel->setText(tr("Note:"));
    m_gradesLabel->setText(tr("Grades:"));
    m_details->setTabText(1, tr("Reporting duties"));
    m_obligations->setHeaderLabels({tr("Report"), tr("To"), tr("Deadline"), tr("What")});
    m_ruleModel->retranslate();
    m_ruleModel->setLanguage(language());
    // Titles, grade names and descriptions come in both languages from the rule set.
    fillCombo();
}

} // namespace ui
} // namespace dd
