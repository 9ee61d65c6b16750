#include "card_layout.h"

#include <QHash>
#include <QPainter>

namespace dd {

namespace {

constexpr qreal PadMm = 3.0;
constexpr qreal BandMm = 7.0;
constexpr qreal QrMm = 24.0;

const QColor Ink(0x1A, 0x1A, 0x1A);
const QColor Muted(0x5F, 0x5F, 0x5F);
const QColor Accent(0xA8, 0x1E, 0x1E);
const QColor Rule(0xB0, 0xB0, 0xB0);

qreal mm(qreal v)
{
    return TextFit::mm(v);
}

QRectF mmRect(qreal x, qreal y, qreal w, qreal h)
{
    return QRectF(mm(x), mm(y), mm(w), mm(h));
}

// Moves fitted text down so it sits in the middle of its box.
void centerVertically(FittedText &text)
{
    const qreal dy = (text.box.height() - text.usedHeight) / 2;
    if (dy <= 0)
        return;
    for (PlacedRun &r : text.runs)
        r.origin.ry() += dy;
    for (QRectF &r : text.lineRects)
        r.translate(0, dy);
}

FitSpec spec(qreal pointSize, bool bold, int maxLines, Qt::Alignment alignment = Qt::AlignLeft)
{
    FitSpec s;
    s.font = CardLayout::font(pointSize, bold);
    s.minPointSize = std::min(pointSize, CardLayout::MinPointSize);
    s.maxLines = maxLines;
    s.alignment = alignment;
    return s;
}

class FaceBuilder {
public:
    CardFace face;

    FaceBuilder() { face.rect = mmRect(0, 0, CardLayout::WidthMm, CardLayout::HeightMm); }

    // Adds text; returns its used height in mm. `what` names the field in a problem report.
    qreal add(const QStringList &paragraphs, const QRectF &box, const FitSpec &s,
              const QColor &color, const QString &what, bool center = false)
    {
        FittedText fitted = TextFit::fit(paragraphs, box, s);
        if (center)
            centerVertically(fitted);
        if (fitted.elided)
            face.problems.append(what);
        const qreal used = fitted.usedHeight / mm(1);
        face.texts.append({std::move(fitted), color});
        return used;
    }

    void band(const QString &left, const QString &right)
    {
        const qreal w = CardLayout::WidthMm;
        face.fills.append({mmRect(0, 0, w, BandMm), Accent});
        const qreal split = w * 0.5;
        add({left}, mmRect(PadMm, 1, split - PadMm - 1, BandMm - 2), spec(7.5, true, 1), Qt::white,
            CardLayout::tr("the card title"), true);
        add({right}, mmRect(split, 1, w - split - PadMm, BandMm - 2),
            spec(6.5, false, 1, Qt::AlignRight), Qt::white, CardLayout::tr("the header"), true);
    }
};

} // namespace

QFont CardLayout::font(qreal pointSize, bool bold)
{
    QFont f;
    f.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
                   QStringLiteral("Source Han Sans SC"), QStringLiteral("Microsoft YaHei"),
                   QStringLiteral("PingFang SC"), QStringLiteral("SimHei")});
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setKerning(true);
    return f;
}

CardFace CardLayout::front(const ActionCard &card)
{
    FaceBuilder b;
    const qreal w = WidthMm - 2 * PadMm;
    const qreal bottom = HeightMm - 2.5;
    b.band(tr("Emergency action card"), card.institution);

    qreal y = BandMm + 1.5;
    y += b.add({card.name}, mmRect(PadMm, y, w, 6.5), spec(13, true, 1), Ink, tr("the name"));
    y += 0.6;
    QString job = card.unit;
    if (!card.position.isEmpty())
        job += (job.isEmpty() ? QString() : QStringLiteral(" · ")) + card.position;
    if (!job.isEmpty())
        y += b.add({job}, mmRect(PadMm, y, w, 4.2), spec(7.5, false, 1), Muted,
                   tr("the unit and position"));
    y += 0.6;
    const QString roles = card.roles.isEmpty() ? tr("No emergency role assigned")
                                               : card.roles.join(QStringLiteral("；"));
    y += b.add({roles}, mmRect(PadMm, y, w, 7), spec(7.5, true, 2),
               card.roles.isEmpty() ? Muted : Accent, tr("the emergency roles"));
    y += 0.8;
    b.face.rules.append(QLineF(mm(PadMm), mm(y), mm(PadMm + w), mm(y)));
    y += 0.8;
    if (card.tasks.isEmpty())
        return b.face;
    y += b.add({tr("Key tasks")}, mmRect(PadMm, y, w, 3.2), spec(6, true, 1), Muted,
               tr("the key tasks heading"));
    y += 0.4;
    FitSpec tasks = spec(7.5, false, 0);
    tasks.numbered = true;
    const QRectF box = mmRect(PadMm, y, w, std::max<qreal>(bottom - y, 0.1));
    FittedText fitted = TextFit::fit(card.tasks, box, tasks);
    if (fitted.elided)
        b.face.problems.append(tr("the key tasks (%1 of %2 shown, the last one cut)")
                                   .arg(fitted.paragraphsShown)
                                   .arg(card.tasks.size()));
    b.face.texts.append({std::move(fitted), Ink});
    return b.face;
}

CardFace CardLayout::back(const ActionCard &card)
{
    FaceBuilder b;
    b.band(tr("Main contacts"), tr("Handbook v%1 · %2")
                                    .arg(card.handbookVersion)
                                    .arg(card.date.toString(QStringLiteral("yyyy-MM-dd"))));

    const qreal qrLeft = WidthMm - PadMm - QrMm;
    const qreal w = qrLeft - PadMm - 1.5;
    qreal y = BandMm + 1.8;
    for (const CardContact &c : card.contacts) {
        y += b.add({c.role}, mmRect(PadMm, y, w, 3), spec(5.5, false, 1), Muted,
                   tr("the label %1").arg(c.role));
        QString value = c.name;
        if (!c.phone.isEmpty())
            value += (value.isEmpty() ? QString() : QStringLiteral("  ")) + c.phone;
        if (value.isEmpty())
            value = QStringLiteral("—");
        y += b.add({value}, mmRect(PadMm, y, w, 4.4), spec(8.5, true, 1), Ink,
                   tr("the contact %1").arg(c.role));
        y += 1.2;
    }

    const qreal qrTop = BandMm + 1.5;
    if (!card.dutyLineVCard.isEmpty()) {
        // Every card of a run usually carries the same duty line: encode it once.
        thread_local QHash<QString, std::pair<QrMatrix, QImage>> cache;
        auto cached = cache.constFind(card.dutyLineVCard);
        if (cached == cache.cend()) {
            auto qr = QrCode::encode(card.dutyLineVCard.toUtf8());
            if (qr) {
                if (cache.size() > 64)
                    cache.clear();
                cached = cache.insert(card.dutyLineVCard, {*qr, QrCode::image(*qr)});
            } else {
                b.face.problems.append(qr.error());
            }
        }
        if (cached != cache.cend()) {
            b.face.qr = cached->first;
            b.face.qrImage = cached->second;
            b.face.qrRect = mmRect(qrLeft, qrTop, QrMm, QrMm);
        }
    }
    const QString caption =
        card.dutyLine.isEmpty() ? tr("No duty line set") : tr("Duty line %1").arg(card.dutyLine);
    b.add({caption}, mmRect(qrLeft - 2, qrTop + QrMm + 0.3, QrMm + 2, 6.5),
          spec(6, true, 2, Qt::AlignHCenter), Accent, tr("the duty line caption"));
    b.add({tr("Keep this card with you. In an incident call the duty line first.")},
          mmRect(PadMm, HeightMm - 5.5, qrLeft - PadMm - 1, 3.5), spec(5.5, false, 1), Muted,
          tr("the footnote"));
    return b.face;
}

void CardLayout::paint(QPainter &painter, const CardFace &face, const QPointF &topLeft)
{
    painter.save();
    painter.translate(topLeft);
    for (const CardFace::Fill &f : face.fills)
        painter.fillRect(f.rect, f.color);
    QPen pen(Rule);
    pen.setWidthF(TextFit::Dpi / 72.0 * 0.5);
    painter.setPen(pen);
    for (const QLineF &l : face.rules)
        painter.drawLine(l);
    for (const CardFace::Text &t : face.texts)
        TextFit::paint(painter, t.fitted, QPointF(0, 0), t.color);
    if (!face.qrRect.isEmpty())
        QrCode::paint(painter, face.qrRect, face.qrImage);
    painter.restore();
}

} // namespace dd
