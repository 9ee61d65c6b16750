#include "reports/report_output.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "reports/report_writer.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocument>

namespace dd {
namespace ui {

namespace {

const char *const FolderKey = "reports/outputFolder";

// The GSM 03.38 basic character set: text made only of these fits 160 characters per SMS.
bool isGsmText(const QString &text)
{
    static const QString extra =
        QStringLiteral("@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ!\"#¤%&'()*+,-./:;<=>?¡ÄÖÑÜ§¿äöñüà"
                       "^{}\\[~]|€\n\r ");
    for (const QChar c : text) {
        const ushort u = c.unicode();
        const bool alnum =
            (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
        if (!alnum && !extra.contains(c))
            return false;
    }
    return true;
}

} // namespace

ReportAuthor ReportOutput::author(UiContext &context)
{
    const Actor &actor = context.session.actor();
    ReportAuthor author{actor.displayName(), QString()};
    if (actor.login().isEmpty())
        return author;
    ContactQuery query;
    auto people = context.backend.contacts().contacts(query);
    if (!people)
        return author;
    for (const Contact &person : *people) {
        if (person.operatorLogin == actor.login()) {
            author.phone = person.mobile.isEmpty() ? person.bestPhone() : person.mobile;
            if (author.name.isEmpty())
                author.name = person.name;
            break;
        }
    }
    return author;
}

RenderOptions ReportOutput::options(const UiContext &context)
{
    RenderOptions options;
    if (context.drillMode())
        options.drill = true;
    return options;
}

QString ReportOutput::previewHtml(const RenderedReport &report)
{
    const auto document = ReportWriter::document(report);
    return document->toHtml();
}

int ReportOutput::smsParts(const QString &plainText)
{
    const int count = ReportWriter::characterCount(plainText);
    if (count == 0)
        return 0;
    const bool gsm = isGsmText(plainText);
    const int single = gsm ? 160 : 70;
    const int part = gsm ? 153 : 67;
    return count <= single ? 1 : (count + part - 1) / part;
}

QString ReportOutput::countText(const QString &plainText)
{
    const int count = ReportWriter::characterCount(plainText);
    return tr("%n character(s)", nullptr, count) + QStringLiteral(" — ")
           + tr("%n SMS", nullptr, smsParts(plainText));
}

QString ReportOutput::suggestedFileName(const RenderedReport &report, OutputForm form)
{
    QString base = report.title.trimmed();
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("_"));
    if (base.isEmpty())
        base = report.templateId;
    return base + QLatin1Char('.') + ReportWriter::extension(form);
}

QString ReportOutput::askSave(QWidget *parent, const RenderedReport &report, OutputForm form,
                              InlineMessage *message)
{
    QSettings settings;
    QString folder = settings.value(QLatin1String(FolderKey)).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString filter;
    switch (form) {
    case OutputForm::Pdf: filter = tr("PDF documents (*.pdf)"); break;
    case OutputForm::Odt: filter = tr("OpenDocument text (*.odt)"); break;
    case OutputForm::Html: filter = tr("Web pages (*.html *.htm)"); break;
    case OutputForm::Text: filter = tr("Plain text (*.txt)"); break;
    }
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Save report as %1").arg(outputFormName(form)),
        QDir(folder).filePath(suggestedFileName(report, form)), filter);
    if (path.isEmpty())
        return {};
    if (!ReportWriter::formForPath(path))
        path += QLatin1Char('.') + ReportWriter::extension(form);
    settings.setValue(QLatin1String(FolderKey), QFileInfo(path).absolutePath());
    Status written = ReportWriter::write(report, path, form);
    if (!written) {
        if (message)
            message->showError(written.error());
        return {};
    }
    if (message)
        message->showSuccess(tr("Saved: %1").arg(QDir::toNativeSeparators(path)));
    return path;
}

void ReportOutput::printPreview(QWidget *parent, const RenderedReport &report,
                                InlineMessage *message)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(report.title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(QStringLiteral("reportPrintPreview"));
    preview.setWindowTitle(tr("%1 — print preview").arg(report.title));
    preview.resize(900, 760);
    QString failure;
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&report, &failure](QPrinter *device) {
                         auto painted = ReportWriter::print(report, *device);
                         if (!painted)
                             failure = painted.error();
                     });
    preview.exec();
    if (!failure.isEmpty() && message)
        message->showError(failure);
}

} // namespace ui
} // namespace dd
