#include "cards/cards_page.h"

#include "app/backend.h"
#include "cards/card_people_chooser.h"
#include "common/icons.h"
#include "common/inline_message.h"
#include "common/page_title.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {
constexpr int PreviewDelayMs = 250;
const char *const BacksKey = "cards/backs";
const char *const CropMarksKey = "cards/cropMarks";
const char *const FolderKey = "cards/pdfFolder";
const char *const SplitterKey = "cards/splitter";
} // namespace

CardsPage::CardsPage(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_peopleBox(new QGroupBox(this))
    , m_chooser(new CardPeopleChooser(m_peopleBox))
    , m_optionsBox(new QGroupBox(this))
    , m_backs(new QCheckBox(m_optionsBox))
    , m_cropMarks(new QCheckBox(m_optionsBox))
    , m_summary(new QLabel(this))
    , m_print(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_message(new InlineMessage(this))
    , m_previewStack(new QStackedWidget(this))
    , m_empty(new QLabel(m_previewStack))
    , m_printer(new QPrinter(QPrinter::HighResolution))
    , m_preview(new QPrintPreviewWidget(m_printer, m_previewStack))
    , m_zoomIn(new QToolButton(this))
    , m_zoomOut(new QToolButton(this))
    , m_fitWidth(new QToolButton(this))
    , m_fitPage(new QToolButton(this))
    , m_warningsLabel(new QLabel(this))
    , m_warningList(new QListWidget(this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("cardsPage"));
    stylePageTitle(m_title);
    m_backs->setObjectName(QStringLiteral("cardBacks"));
    m_cropMarks->setObjectName(QStringLiteral("cardCropMarks"));
    m_summary->setObjectName(QStringLiteral("cardSummary"));
    m_summary->setWordWrap(true);
    m_print->setObjectName(QStringLiteral("printCards"));
    m_save->setObjectName(QStringLiteral("saveCardsPdf"));
    m_message->setObjectName(QStringLiteral("cardsMessage"));
    m_empty->setObjectName(QStringLiteral("cardsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_preview->setObjectName(QStringLiteral("cardPreview"));
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    m_warningList->setObjectName(QStringLiteral("cardWarnings"));
    m_warningList->setWordWrap(true);
    m_warningList->setSelectionMode(QAbstractItemView::NoSelection);
    m_warningList->setFocusPolicy(Qt::NoFocus);
    m_warningList->setMaximumHeight(m_warningList->fontMetrics().height() * 6);
    m_delay->setSingleShot(true);
    m_delay->setInterval(PreviewDelayMs);

    QSettings settings;
    m_backs->setChecked(settings.value(QLatin1String(BacksKey), true).toBool());
    m_cropMarks->setChecked(settings.value(QLatin1String(CropMarksKey), true).toBool());

    auto *peopleLayout = new QVBoxLayout(m_peopleBox);
    peopleLayout->addWidget(m_chooser);
    auto *optionsLayout = new QVBoxLayout(m_optionsBox);
    optionsLayout->addWidget(m_backs);
    optionsLayout->addWidget(m_cropMarks);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 8, 0);
    leftLayout->addWidget(m_peopleBox, 1);
    leftLayout->addWidget(m_optionsBox);
    leftLayout->addWidget(m_summary);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_message);
    left->setMinimumWidth(300);

    m_previewStack->addWidget(m_empty);
    m_previewStack->addWidget(m_preview);
    auto *zoom = new QHBoxLayout;
    for (QToolButton *button : {m_zoomOut, m_zoomIn, m_fitWidth, m_fitPage}) {
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(true);
        zoom->addWidget(button);
    }
    zoom->addStretch(1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    rightLayout->addLayout(zoom);
    rightLayout->addWidget(m_previewStack, 1);
    rightLayout->addWidget(m_warningsLabel);
    rightLayout->addWidget(m_warningList);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("cardsSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    if (const QByteArray state = settings.value(QLatin1String(SplitterKey)).toByteArray();
        !state.isEmpty())
        splitter->restoreState(state);
    connect(splitter, &QSplitter::splitterMoved, this, [splitter] {
        QSettings().setValue(QLatin1String(SplitterKey), splitter->saveState());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);

    connect(m_chooser, &CardPeopleChooser::selectionChanged, this, &CardsPage::schedulePreview);
    connect(m_backs, &QCheckBox::toggled, this, &CardsPage::schedulePreview);
    connect(m_cropMarks, &QCheckBox::toggled, this, &CardsPage::schedulePreview);
    connect(m_delay, &QTimer::timeout, this, &CardsPage::refreshPreview);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &CardsPage::paintSheets);
    connect(m_zoomIn, &QToolButton::clicked, m_preview, [this] { m_preview->zoomIn(); });
    connect(m_zoomOut, &QToolButton::clicked, m_preview, [this] { m_preview->zoomOut(); });
    connect(m_fitWidth, &QToolButton::clicked, m_preview, &QPrintPreviewWidget::fitToWidth);
    connect(m_fitPage, &QToolButton::clicked, m_preview, &QPrintPreviewWidget::fitInView);
    connect(m_print, &QPushButton::clicked, this, &CardsPage::askPrint);
    connect(m_save, &QPushButton::clicked, this, &CardsPage::askSavePdf);
    auto *saveKey = new QShortcut(QKeySequence::Save, this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled())
            askSavePdf();
    });

    retranslateUi();
    reload();
}

bool CardsPage::navigateTo(const QString &target)
{
    if (target != QLatin1String("members"))
        return false;
    m_chooser->setMode(CardPeopleChooser::Mode::ByBody);
    m_chooser->setBodyChecked(OrgBody::Decision, true);
    m_chooser->setBodyChecked(OrgBody::Executive, true);
    return true;
}

CardsPage::~CardsPage()
{
    m_chooser->saveSettings();
    // The preview paints on the printer: it goes first.
    delete m_preview;
    delete m_printer;
}

CardOptions CardsPage::options() const
{
    CardOptions o;
    o.drillBanner = m_context.drillMode();
    o.backs = m_backs->isChecked();
    o.cropMarks = m_cropMarks->isChecked();
    o.title = tr("Emergency action cards");
    return o;
}

void CardsPage::setOptions(bool backs, bool cropMarks)
{
    m_backs->setChecked(backs);
    m_cropMarks->setChecked(cropMarks);
}

int CardsPage::previewPageCount() const
{
    return m_previewStack->currentWidget() == m_preview ? m_preview->pageCount() : 0;
}

void CardsPage::reload()
{
    auto handbook = m_context.backend.contacts().handbook();
    if (!handbook) {
        m_message->showError(handbook.error());
        return;
    }
    m_handbook = *handbook;
    m_chooser->setHandbook(m_handbook); // emits selectionChanged
    refreshPreview();
}

void CardsPage::schedulePreview()
{
    m_delay->start();
}

void CardsPage::refreshPreview()
{
    m_delay->stop();
    const QList<qint64> ids = m_chooser->selectedContactIds();
    // build() with no ids means "everyone"; here nobody chosen means no cards.
    m_cards = ids.isEmpty() ? QList<ActionCard>() : ActionCards::build(m_handbook, ids);
    m_warnings.clear();
    m_paintError.clear();
    QSettings settings;
    settings.setValue(QLatin1String(BacksKey), m_backs->isChecked());
    settings.setValue(QLatin1String(CropMarksKey), m_cropMarks->isChecked());
    m_chooser->saveSettings();
    if (m_cards.isEmpty()) {
        m_previewStack->setCurrentWidget(m_empty);
    } else {
        m_previewStack->setCurrentWidget(m_preview);
        m_preview->updatePreview(); // paints at once through paintSheets()
    }
    if (!m_paintError.isEmpty())
        m_message->showError(m_paintError);
    showWarnings();
    updateSummary();
}

void CardsPage::paintSheets(QPrinter *printer)
{
    if (m_cards.isEmpty())
        return;
    auto painted = ActionCards::print(m_cards, *printer, options());
    if (!painted) {
        m_paintError = painted.error();
        return;
    }
    m_warnings = painted->warnings;
}

void CardsPage::showWarnings()
{
    m_warningList->clear();
    for (const QString &warning : std::as_const(m_warnings))
        new QListWidgetItem(icon(QStringLiteral("warning")), warning, m_warningList);
    m_warningsLabel->setVisible(!m_warnings.isEmpty());
    m_warningList->setVisible(!m_warnings.isEmpty());
}

void CardsPage::updateSummary()
{
    const int count = int(m_cards.size());
    const bool any = count > 0;
    m_print->setEnabled(any);
    m_save->setEnabled(any);
    if (!any) {
        m_summary->setText(m_handbook.positions.isEmpty()
                               ? tr("The emergency organization is empty: add its positions and "
                                    "members on the Handbook page first.")
                               : tr("Nobody is chosen."));
        return;
    }
    const int pages = ActionCards::pageCount(count, options());
    const QString cards = tr("%n card(s)", nullptr, count);
    const QString sheets = tr("%n A4 page(s)", nullptr, pages);
    m_summary->setText(
        m_warnings.isEmpty()
            ? tr("%1, %2", "cards summary: card count, page count").arg(cards, sheets)
            : tr("%1, %2, %3", "cards summary: card count, page count, cards that overflow")
                  .arg(cards, sheets,
                       tr("%n with text that does not fit", nullptr, int(m_warnings.size()))));
}

bool CardsPage::savePdf(const QString &path)
{
    m_message->clearMessage();
    if (m_cards.isEmpty()) {
        m_message->showError(tr("Choose at least one person first."));
        return false;
    }
    auto written = ActionCards::write(m_cards, path, options());
    if (!written) {
        m_message->showError(written.error());
        return false;
    }
    QSettings().setValue(QLatin1String(FolderKey), QFileInfo(path).absolutePath());
    m_message->showSuccess(
        tr("Saved %1 (%n page(s)).", nullptr, written->pages).arg(QDir::toNativeSeparators(path)));
    return true;
}

void CardsPage::askSavePdf()
{
    refreshPreview();
    if (m_cards.isEmpty())
        return;
    QString folder = QSettings().value(QLatin1String(FolderKey)).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    //: Default file name of the action cards PDF; %1 is the date (2026-01-05).
    const QString name = tr("action-cards-%1.pdf").arg(m_handbook.date.toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save action cards as PDF"), QDir(folder).filePath(name), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
                    ? path
                    : path + QStringLiteral(".pdf"));
}

void CardsPage::askPrint()
{
    refreshPreview();
    if (m_cards.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Emergency action cards"));
    if (m_backs->isChecked())
        printer.setDuplex(QPrinter::DuplexLongSide);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print action cards"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto printed = ActionCards::print(m_cards, printer, options());
    if (!printed) {
        m_message->showError(printed.error());
        return;
    }
    m_message->showSuccess(tr("%n page(s) sent to the printer.", nullptr, printed->pages));
}

void CardsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Another page (or desk) may have changed the organization since this one was built.
    if (!event->spontaneous())
        reload();
}

void CardsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CardsPage::retranslateUi()
{
    m_title->setText(tr("Action cards"));
    m_peopleBox->setTitle(tr("People"));
    m_optionsBox->setTitle(tr("Sheet"));
    m_backs->setText(tr("&Front and back (back pages mirrored for duplex printing)"));
    m_cropMarks->setText(tr("&Crop marks"));
    m_print->setText(tr("&Print…"));
    m_print->setIcon(icon(QStringLiteral("reports")));
    m_save->setText(tr("&Save PDF…"));
    m_save->setToolTip(tr("Save the cards as a PDF file (Ctrl+S)"));
    m_zoomOut->setText(tr("Zoom out"));
    m_zoomIn->setText(tr("Zoom in"));
    m_fitWidth->setText(tr("Fit width"));
    m_fitPage->setText(tr("Whole page"));
    m_warningsLabel->setText(tr("Text that does not fit (shortened on the card):"));
    m_empty->setText(tr("Choose people on the left to see their cards here.\n\nEach card is "
                        "85.6 × 54 mm, ten to an A4 page."));
    // Card texts (roles, contact labels) are translated when built: build them again.
    if (!m_handbook.contacts.isEmpty() || !m_handbook.positions.isEmpty())
        refreshPreview();
    else
        updateSummary();
}

} // namespace ui
} // namespace dd
