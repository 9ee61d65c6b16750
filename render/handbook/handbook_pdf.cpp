#include "handbook_pdf.h"

#include "card_layout.h"
#include "contacts/phone_numbers.h"

#include <QAbstractTextDocumentLayout>
#include <QHash>
#include <QImage>
#include <QTextDocument>

namespace dd {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString phone(const QString &stored)
{
    return esc(PhoneNumbers::display(stored));
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("—");
}

QString orDash(const QString &html)
{
    return html.isEmpty() ? QStringLiteral("—") : html;
}

// A table: header cells and rows of ready HTML cells.
class Table {
public:
    explicit Table(const QStringList &headers, const QList<int> &widths = {})
    {
        m_html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                "cellpadding=\"3\" style=\"border-collapse: collapse; "
                                "border-color: #888;\"><thead><tr>");
        for (qsizetype i = 0; i < headers.size(); ++i) {
            const QString width =
                i < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths.at(i)) : QString();
            m_html += QStringLiteral("<th%1 align=\"left\" bgcolor=\"#e8e8e8\">%2</th>")
                          .arg(width, esc(headers.at(i)));
        }
        m_html += QStringLiteral("</tr></thead>");
    }

    void row(const QStringList &cells)
    {
        m_html += QStringLiteral("<tr>");
        for (const QString &c : cells)
            m_html += QStringLiteral("<td>%1</td>").arg(orDash(c));
        m_html += QStringLiteral("</tr>");
    }

    QString html() const { return m_html + QStringLiteral("</table>"); }

private:
    QString m_html;
};

// Writes the document's HTML; its texts are translated in the HandbookPdf context.
class Writer {
    Q_DECLARE_TR_FUNCTIONS(dd::HandbookPdf)
public:
    explicit Writer(const Handbook &handbook)
        : h(handbook)
    {}

    QString html()
    {
        out.reserve(1024 + h.contacts.size() * 400);
        out += QStringLiteral("<html><body style=\"font-size: 8pt;\">");
        cover();
        organization();
        succession();
        contactsByUnit();
        relatedUnits();
        agreements();
        notification();
        out += QStringLiteral("</body></html>");
        return out;
    }

private:
    const Handbook &h;
    QString out;

    void heading(const QString &text)
    {
        out += QStringLiteral("<h2 style=\"margin-top: 14px; font-size: 13pt;\">%1</h2>")
                   .arg(esc(text));
    }

    void subheading(const QString &text)
    {
        out += QStringLiteral("<h3 style=\"margin-top: 10px; font-size: 10pt;\">%1</h3>")
                   .arg(esc(text));
    }

    void note(const QString &text)
    {
        out += QStringLiteral("<p style=\"color: #555;\">%1</p>").arg(esc(text));
    }

    QString name(qint64 id) const
    {
        const Contact *c = h.contact(id);
        return c ? esc(c->name) : QString();
    }

    QString unitName(qint64 id) const
    {
        const Unit *u = h.unit(id);
        return u ? esc(u->name) : QString();
    }

    QString bestPhone(qint64 id) const
    {
        const Contact *c = h.contact(id);
        return c ? phone(c->bestPhone()) : QString();
    }

    void cover()
    {
        // Qt's rich text ignores the top margin of a document's first block: a hair-thin first
        // line lets the title sit lower on the page.
        out += QStringLiteral("<p style=\"font-size: 1pt;\">&nbsp;</p>");
        const auto line = [this](const QString &style, const QString &text) {
            out += QStringLiteral("<p align=\"center\" style=\"%1\">%2</p>").arg(style, esc(text));
        };
        line(QStringLiteral("margin-top: 190px; font-size: 18pt; font-weight: bold;"),
             h.institution);
        line(QStringLiteral("margin-top: 28px; font-size: 30pt; font-weight: bold;"),
             tr("Emergency contact handbook"));
        line(QStringLiteral("margin-top: 70px; font-size: 13pt;"), tr("Version %1").arg(h.version));
        line(QStringLiteral("font-size: 13pt;"), tr("As of %1").arg(date(h.date)));
        line(QStringLiteral("margin-top: 200px; color: #555; page-break-after: always;"),
             tr("Internal document. Check it against the current contact details before use; "
                "report changes to the duty desk."));
    }

    void organization()
    {
        heading(tr("1. Emergency organization"));
        for (const OrgBody body : {OrgBody::Decision, OrgBody::Executive}) {
            subheading(orgBodyName(body));
            QStringList chairs;
            for (const OrgPosition &p : h.positions)
                if (p.body == body && p.chair)
                    for (qint64 id : p.members)
                        if (const Contact *c = h.contact(id))
                            chairs.append(esc(c->name) + QStringLiteral(" (") + esc(p.title)
                                          + QLatin1Char(')'));
            if (body == OrgBody::Decision)
                out += QStringLiteral("<p><b>%1</b> %2</p>")
                           .arg(esc(tr("Chair:")),
                                chairs.isEmpty() ? esc(tr("not set")) : chairs.join(tr(", ")));
            Table t({tr("Position"), tr("Department"), tr("Members"), tr("Phone"), tr("Key tasks")},
                    {16, 12, 14, 16, 42});
            int rows = 0;
            for (const OrgPosition &p : h.positions) {
                if (p.body != body)
                    continue;
                QStringList names;
                QStringList phones;
                for (qint64 id : p.members) {
                    names.append(orDash(name(id)));
                    phones.append(orDash(bestPhone(id)));
                }
                QStringList tasks;
                for (qsizetype i = 0; i < p.keyTasks.size(); ++i)
                    tasks.append(QStringLiteral("%1. %2").arg(i + 1).arg(esc(p.keyTasks.at(i))));
                QString title = esc(p.title);
                if (p.chair)
                    title = QStringLiteral("<b>%1</b>").arg(title);
                t.row({title, esc(departmentName(p.department)), names.join(QStringLiteral("<br>")),
                       phones.join(QStringLiteral("<br>")), tasks.join(QStringLiteral("<br>"))});
                ++rows;
            }
            if (rows == 0)
                note(tr("No positions recorded."));
            else
                out += t.html();
        }
    }

    void succession()
    {
        heading(tr("2. Decision succession order"));
        note(tr("When the first person cannot decide or cannot be reached, the next one in this "
                "order decides and reports."));
        if (h.succession.isEmpty()) {
            note(tr("No succession order recorded."));
            return;
        }
        Table t({tr("Order"), tr("Name"), tr("Unit"), tr("Position"), tr("Phone")},
                {8, 18, 24, 26, 24});
        int rank = 0;
        for (qint64 id : h.succession) {
            const Contact *c = h.contact(id);
            ++rank;
            t.row({QString::number(rank), c ? esc(c->name) : QString(),
                   c ? unitName(c->unitId) : QString(), c ? esc(c->position) : QString(),
                   c ? phone(c->bestPhone()) : QString()});
        }
        out += t.html();
    }

    void contactTable(const QList<const Contact *> &people)
    {
        Table t({tr("Name"), tr("Position"), tr("Mobile"), tr("Office"), tr("Duty line"), tr("Fax"),
                 tr("Email"), tr("Backup")},
                {9, 13, 12, 13, 12, 12, 18, 11});
        for (const Contact *c : people)
            t.row({esc(c->name), esc(c->position), phone(c->mobile), phone(c->officePhone),
                   phone(c->dutyPhone), phone(c->fax), esc(c->email), name(c->backupId)});
        out += t.html();
    }

    void contactsByUnit()
    {
        heading(tr("3. Contacts by unit"));
        QHash<qint64, QList<const Contact *>> byUnit;
        for (const Contact &c : h.contacts)
            byUnit[h.unit(c.unitId) ? c.unitId : 0].append(&c);
        if (h.contacts.isEmpty()) {
            note(tr("No contacts recorded."));
            return;
        }
        for (const UnitKind kind : allUnitKinds()) {
            bool kindShown = false;
            for (const Unit &u : h.units) {
                if (u.kind != kind || !byUnit.contains(u.id))
                    continue;
                if (!kindShown && kind != UnitKind::Internal) {
                    out += QStringLiteral("<p style=\"margin-top: 10px; color: #555;\"><b>%1"
                                          "</b></p>")
                               .arg(esc(unitKindName(kind)));
                }
                kindShown = true;
                subheading(u.name);
                contactTable(byUnit.value(u.id));
            }
        }
        if (byUnit.contains(0)) {
            subheading(tr("Without a unit"));
            contactTable(byUnit.value(0));
        }
    }

    void relatedUnits()
    {
        heading(tr("4. Related units"));
        Table t({tr("Unit"), tr("Kind"), tr("Address"), tr("Phone"), tr("Notes")},
                {24, 14, 28, 14, 20});
        int rows = 0;
        for (const UnitKind kind : allUnitKinds()) {
            if (kind == UnitKind::Internal)
                continue;
            for (const Unit &u : h.units)
                if (u.kind == kind) {
                    t.row({esc(u.name), esc(unitKindName(u.kind)), esc(u.address), phone(u.phone),
                           esc(u.notes)});
                    ++rows;
                }
        }
        if (rows == 0)
            note(tr("No related units recorded."));
        else
            out += t.html();
    }

    void agreements()
    {
        heading(tr("5. Service agreements"));
        if (h.agreements.isEmpty()) {
            note(tr("No service agreements recorded."));
            return;
        }
        Table t({tr("Agreement"), tr("Unit"), tr("Scope"), tr("Response"), tr("Valid"),
                 tr("Last review"), tr("Next review"), tr("Contacts")},
                {13, 12, 17, 14, 11, 11, 10, 12});
        for (const Agreement &a : h.agreements) {
            QString response = esc(a.responseMethod);
            if (!a.responseTime.isEmpty())
                response +=
                    (response.isEmpty() ? QString() : QStringLiteral("<br>")) + esc(a.responseTime);
            const QString valid = date(a.validFrom) + QStringLiteral(" – ")
                                  + (a.validTo.isValid() ? date(a.validTo) : esc(tr("open")));
            QString review = date(a.lastReview);
            if (!a.lastReviewResult.isEmpty())
                review += QStringLiteral("<br>") + esc(a.lastReviewResult);
            QStringList people;
            if (a.ourContactId)
                people.append(
                    esc(tr("Ours: %1"))
                        .arg(name(a.ourContactId) + QLatin1Char(' ') + bestPhone(a.ourContactId)));
            if (a.theirContactId)
                people.append(esc(tr("Theirs: %1"))
                                  .arg(name(a.theirContactId) + QStringLiteral("<br>")
                                       + bestPhone(a.theirContactId)));
            // The review period and when the next review is due (overdue ones marked).
            const QDate due = a.nextReviewDue();
            QString next = date(due);
            if (due.isValid() && due < h.date)
                next = QStringLiteral("<b>%1</b>").arg(esc(tr("%1 (overdue)").arg(date(due))));
            next +=
                QStringLiteral("<br>") + esc(tr("every %n day(s)", nullptr, a.reviewPeriodDays));
            t.row({esc(a.title), unitName(a.unitId), esc(a.scope), response, valid, review, next,
                   people.join(QStringLiteral("<br>"))});
        }
        out += t.html();
    }

    void notification()
    {
        heading(tr("6. Notification contacts"));
        note(tr("The IT lead and his or her backup, known to the regulator and the related "
                "units."));
        if (h.notification.isEmpty()) {
            note(tr("No notification contacts recorded."));
            return;
        }
        Table t({tr("Role"), tr("Name"), tr("Position"), tr("Mobile"), tr("Duty phone"), tr("Fax")},
                {16, 14, 22, 16, 16, 16});
        for (const NotificationSlot slot : {NotificationSlot::Primary, NotificationSlot::Backup})
            for (const NotificationContact &n : h.notification) {
                if (n.slot != slot)
                    continue;
                const Contact *c = h.contact(n.contactId);
                t.row({esc(slot == NotificationSlot::Primary ? tr("IT lead") : tr("Backup")),
                       c ? esc(c->name) : QString(), c ? esc(c->position) : QString(),
                       c ? phone(c->mobile) : QString(), phone(n.dutyPhone), phone(n.fax)});
            }
        out += t.html();
        communications();
    }

    // Whom the notification contacts were communicated to (regulators, related units).
    void communications()
    {
        subheading(tr("Communicated to"));
        if (h.communications.isEmpty()) {
            note(tr("No communication of the notification contacts to the regulator or the "
                    "related units recorded."));
            return;
        }
        Table t({tr("Communicated on"), tr("Recipient"), tr("Unit"), tr("Method"), tr("Notes")},
                {15, 25, 22, 15, 23});
        for (const NotificationCommunication &c : h.communications)
            t.row({date(c.communicated), esc(c.recipient), unitName(c.unitId), esc(c.method),
                   esc(c.notes)});
        out += t.html();
    }
};

} // namespace

QString HandbookPdf::html(const Handbook &handbook)
{
    return Writer(handbook).html();
}

void HandbookPdf::fill(QTextDocument &document, const Handbook &handbook)
{
    // PdfDocument lays documents out in points: a 72 dpi layout device makes a CSS point a
    // point on paper whatever the screen's resolution, and design metrics keep the glyph
    // advances fractional at that resolution.
    static QImage pointDevice = [] {
        QImage image(1, 1, QImage::Format_Mono);
        const int dotsPerMeter = qRound(72 / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    document.documentLayout()->setPaintDevice(&pointDevice);
    document.setUseDesignMetrics(true);
    document.setDefaultFont(CardLayout::font(9));
    document.setHtml(html(handbook));
}

PdfOptions HandbookPdf::options(const Handbook &handbook, const PdfOptions &given)
{
    PdfOptions o = given;
    if (o.title.isEmpty())
        o.title = tr("Emergency contact handbook");
    if (o.institution.isEmpty())
        o.institution = handbook.institution;
    if (o.classification.isEmpty())
        o.classification = tr("Internal");
    return o;
}

Result<int> HandbookPdf::write(const Handbook &handbook, const QString &path,
                               const PdfOptions &given)
{
    QTextDocument document;
    fill(document, handbook);
    return PdfDocument::write(document, path, options(handbook, given));
}

Result<int> HandbookPdf::print(const Handbook &handbook, QPagedPaintDevice &device,
                               const PdfOptions &given)
{
    QTextDocument document;
    fill(document, handbook);
    return PdfDocument::print(document, device, options(handbook, given));
}

} // namespace dd
