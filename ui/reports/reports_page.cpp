#include "reports/reports_page.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "common/page_title.h"
#include "i18n/language.h"
#include "reports/copy_template_dialog.h"
#include "reports/subject_chooser.h"
#include "reports/template_editor.h"
#include "reports/template_library.h"
#include "reports/template_library_model.h"
#include "reports/template_preview.h"
#include "reports/template_text_edit.h"
#include "reports/variable_reference.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {
const char *const MainSplitterKey = "reports/splitter";
const char *const LeftSplitterKey = "reports/librarySplitter";
const char *const ColumnsKey = "reports/libraryColumns";
} // namespace

ReportsPage::ReportsPage(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_toolBar(new QToolBar(this))
    , m_message(new InlineMessage(this))
    , m_filterLabel(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_model(new TemplateLibraryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_variables(new VariableReference(this))
    , m_editor(new TemplateEditor(this))
    , m_preview(new TemplatePreview(context, this))
    , m_main(new QSplitter(Qt::Horizontal, this))
    , m_left(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("reportsPage"));
    stylePageTitle(m_title);
    m_toolBar->setObjectName(QStringLiteral("reportsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_message->setObjectName(QStringLiteral("reportsMessage"));
    m_filter->setObjectName(QStringLiteral("templateFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filter);
    m_table->setObjectName(QStringLiteral("templateTable"));
    m_main->setObjectName(QStringLiteral("reportsSplitter"));
    m_left->setObjectName(QStringLiteral("reportsLibrarySplitter"));

    m_model->setLanguage(context.language.current());
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_table->setModel(m_proxy);
    // Library order (built-ins first) until a column header is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(TemplateLibraryModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_table->setWordWrap(false);

    buildActions();

    auto *library = new QWidget(this);
    auto *libraryLayout = new QVBoxLayout(library);
    libraryLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filter, 1);
    libraryLayout->addLayout(filterRow);
    libraryLayout->addWidget(m_table, 1);
    m_left->addWidget(library);
    m_left->addWidget(m_variables);
    m_left->setStretchFactor(0, 3);
    m_left->setStretchFactor(1, 2);
    m_left->setChildrenCollapsible(false);

    m_main->addWidget(m_left);
    m_main->addWidget(m_editor);
    m_main->addWidget(m_preview);
    m_main->setStretchFactor(0, 3);
    m_main->setStretchFactor(1, 4);
    m_main->setStretchFactor(2, 4);
    m_main->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_message);
    layout->addWidget(m_main, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReportsPage::onCurrentChanged);
    connect(m_table, &QTableView::doubleClicked, this, &ReportsPage::editCurrent);
    connect(m_variables, &VariableReference::insertRequested, m_editor, &TemplateEditor::insert);
    connect(m_editor, &TemplateEditor::changed, this, [this] {
        m_preview->setTemplate(m_editor->edited());
        m_variables->setContext(m_editor->edited().context);
    });
    connect(m_editor, &TemplateEditor::dirtyChanged, this, &ReportsPage::updateActions);
    connect(&m_context.session, &Session::actorChanged, this, [this] {
        if (!m_shownId.isEmpty() && !m_editor->isDirty())
            showTemplate(m_shownId);
        updateActions();
    });

    QSettings settings;
    if (settings.contains(QLatin1String(MainSplitterKey)))
        m_main->restoreState(settings.value(QLatin1String(MainSplitterKey)).toByteArray());
    else
        m_main->setSizes({360, 480, 480});
    m_left->restoreState(settings.value(QLatin1String(LeftSplitterKey)).toByteArray());
    m_table->horizontalHeader()->restoreState(
        settings.value(QLatin1String(ColumnsKey)).toByteArray());
    connect(m_main, &QSplitter::splitterMoved, this, &ReportsPage::saveLayout);
    connect(m_left, &QSplitter::splitterMoved, this, &ReportsPage::saveLayout);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
            &ReportsPage::saveLayout);

    retranslateUi();
    reload();
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::buildActions()
{
    const auto add = [this](const char *name, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_toolBar->addAction(action);
        m_actions << action;
    };
    add("copyTemplate", QKeySequence(Qt::CTRL | Qt::Key_D), [this] { askCopy(); });
    add("editTemplate", QKeySequence(Qt::Key_F2), [this] { editCurrent(); });
    add("deleteTemplate", QKeySequence::Delete, [this] { askDelete(); });
    add("renderTemplate", QKeySequence(Qt::CTRL | Qt::Key_R), [this] { renderCurrent(); });
    add("saveTemplate", QKeySequence::Save, [this] { save(); });
    // Delete acts on the library only: in the editor the key deletes text.
    m_actions[int(Action::Delete)]->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_actions[int(Action::Delete)]);
}

QAction *ReportsPage::action(Action which) const
{
    return m_actions.value(int(which));
}

bool ReportsPage::canEdit() const
{
    return !m_context.readOnly && m_context.session.actor().can(Permission::EditDutyData);
}

void ReportsPage::reload()
{
    auto templates = m_context.backend.reports().all();
    if (!templates) {
        m_message->showError(templates.error());
        return;
    }
    const QString keep = m_shownId;
    {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_model->setTemplates(*templates);
    }
    m_preview->reload();
    if (!keep.isEmpty()) {
        const int row = m_model->rowOf(keep);
        if (row >= 0) {
            const QSignalBlocker blocker(m_table->selectionModel());
            m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
            m_table->selectRow(m_table->currentIndex().row());
        } else {
            m_shownId.clear();
            m_editor->clear();
        }
    }
    updateActions();
}

QString ReportsPage::currentId() const
{
    return m_shownId;
}

bool ReportsPage::selectTemplate(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        m_filter->clear();
    m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    return m_shownId == id;
}

void ReportsPage::onCurrentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_reverting)
        return;
    const QString id =
        current.isValid() ? current.data(TemplateLibraryModel::IdRole).toString() : QString();
    if (id == m_shownId)
        return;
    if (!maybeSave()) {
        // Stay on the template being edited.
        m_reverting = true;
        m_table->setCurrentIndex(previous);
        m_table->selectRow(previous.row());
        m_reverting = false;
        return;
    }
    showTemplate(id);
}

void ReportsPage::showTemplate(const QString &id)
{
    m_shownId = id;
    m_message->clearMessage();
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_editor->clear();
        updateActions();
        return;
    }
    const ReportTemplate &t = m_model->templateAt(row);
    m_editor->setTemplate(t, !t.builtIn && canEdit());
    m_variables->setContext(t.context);
    m_preview->setTemplate(t);
    updateActions();
}

bool ReportsPage::maybeSave()
{
    if (!m_editor->isDirty())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("The template %1 has unsaved changes. Save them?").arg(m_shownId),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    return true;
}

bool ReportsPage::copyCurrent(const QString &newId)
{
    auto copied = m_context.backend.reports().copy(m_context.session.actor(), m_shownId, newId);
    if (!copied) {
        m_message->showError(copied.error());
        return false;
    }
    m_shownId = copied->id;
    m_filter->clear();
    reload();
    showTemplate(copied->id);
    m_message->showSuccess(tr("Copied to %1: edit it and save (Ctrl+S).").arg(copied->id));
    m_editor->textEdit()->setFocus(Qt::OtherFocusReason);
    return true;
}

void ReportsPage::askCopy()
{
    if (m_shownId.isEmpty() || !canEdit() || !maybeSave())
        return;
    CopyTemplateDialog dialog(m_context.backend.reports(), m_shownId, this);
    if (dialog.exec() == QDialog::Accepted)
        copyCurrent(dialog.newId());
}

bool ReportsPage::save()
{
    if (!m_editor->hasTemplate() || !m_editor->isEditable())
        return false;
    m_editor->checkNow();
    auto saved = m_context.backend.reports().save(m_context.session.actor(), m_editor->edited());
    if (!saved) {
        m_message->showError(saved.error());
        return false;
    }
    m_editor->markSaved(*saved);
    reload();
    m_message->showSuccess(tr("Saved %1 (version %2).").arg(saved->id).arg(saved->version));
    return true;
}

bool ReportsPage::removeCurrent()
{
    const QString id = m_shownId;
    Status removed = m_context.backend.reports().remove(m_context.session.actor(), id);
    if (!removed) {
        m_message->showError(removed.error());
        return false;
    }
    m_editor->clear();
    m_shownId.clear();
    reload();
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    m_message->showSuccess(tr("Deleted %1.").arg(id));
    return true;
}

void ReportsPage::askDelete()
{
    const int row = m_model->rowOf(m_shownId);
    if (row < 0 || m_model->templateAt(row).builtIn || !canEdit())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete template"),
        tr("Delete the custom template %1? Reports already submitted keep their text.")
            .arg(m_shownId),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        removeCurrent();
}

void ReportsPage::editCurrent()
{
    if (!m_editor->isEditable())
        return;
    m_editor->tabs()->setCurrentIndex(0);
    m_editor->textEdit()->setFocus(Qt::OtherFocusReason);
}

void ReportsPage::renderCurrent()
{
    if (!m_editor->hasTemplate())
        return;
    m_preview->setTemplate(m_editor->edited());
    m_preview->renderNow();
    m_preview->subjects()->setFocus(Qt::OtherFocusReason);
}

void ReportsPage::updateActions()
{
    const int row = m_model->rowOf(m_shownId);
    const bool custom = row >= 0 && !m_model->templateAt(row).builtIn;
    const bool writable = canEdit();
    action(Action::Copy)->setEnabled(row >= 0 && writable);
    action(Action::Edit)->setEnabled(custom && writable);
    action(Action::Delete)->setEnabled(custom && writable);
    action(Action::Render)->setEnabled(row >= 0);
    action(Action::Save)->setEnabled(custom && writable && m_editor->isDirty());
}

void ReportsPage::saveLayout()
{
    QSettings settings;
    settings.setValue(QLatin1String(MainSplitterKey), m_main->saveState());
    settings.setValue(QLatin1String(LeftSplitterKey), m_left->saveState());
    settings.setValue(QLatin1String(ColumnsKey), m_table->horizontalHeader()->saveState());
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Incidents and drills may have been added on other pages meanwhile.
    m_preview->reload();
}

void ReportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReportsPage::retranslateUi()
{
    m_title->setText(tr("Report templates"));
    m_filterLabel->setText(tr("&Library:"));
    m_filter->setPlaceholderText(tr("Filter by title, id, kind…"));
    m_model->setLanguage(m_context.language.current());
    const auto set = [this](Action which, const QString &text, const QString &tip) {
        QAction *a = action(which);
        a->setText(text);
        a->setToolTip(a->shortcut().isEmpty()
                          ? tip
                          : QStringLiteral("%1 (%2)").arg(
                              tip, a->shortcut().toString(QKeySequence::NativeText)));
    };
    set(Action::Copy, tr("Copy…"), tr("Copy the template to a custom one you can edit"));
    set(Action::Edit, tr("Edit"), tr("Edit the custom template"));
    set(Action::Delete, tr("Delete…"), tr("Delete the custom template"));
    set(Action::Render, tr("Render…"), tr("Render the template now against the chosen subject"));
    set(Action::Save, tr("Save"), tr("Save the template"));
}

} // namespace ui
} // namespace dd
