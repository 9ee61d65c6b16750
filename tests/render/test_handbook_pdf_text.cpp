#include "test_handbook_pdf_text.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <zlib.h>

namespace dd {
namespace test {

namespace {

QByteArray inflate(const QByteArray &data)
{
    z_stream zs{};
    if (inflateInit(&zs) != Z_OK)
        return {};
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    zs.avail_in = uInt(data.size());
    QByteArray out;
    char buffer[65536];
    int rc = Z_OK;
    do {
        zs.next_out = reinterpret_cast<Bytef *>(buffer);
        zs.avail_out = sizeof buffer;
        rc = ::inflate(&zs, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - zs.avail_out));
    } while (rc == Z_OK);
    inflateEnd(&zs);
    return out;
}

struct PdfObject {
    QByteArray dictionary;
    QByteArray stream; // inflated
};

QHash<int, PdfObject> objects(const QByteArray &pdf)
{
    QHash<int, PdfObject> result;
    static const QRegularExpression start(QStringLiteral("(\\d+) 0 obj"));
    const QString latin = QString::fromLatin1(pdf);
    auto it = start.globalMatch(latin);
    while (it.hasNext()) {
        const auto m = it.next();
        const qsizetype begin = m.capturedEnd();
        const qsizetype end = pdf.indexOf("endobj", begin);
        if (end < 0)
            break;
        const QByteArray body = pdf.mid(begin, end - begin);
        PdfObject o;
        const qsizetype s = body.indexOf("stream");
        if (s >= 0 && body.indexOf("endstream") > s) {
            o.dictionary = body.left(s);
            qsizetype dataStart = s + 6;
            if (body.at(dataStart) == '\r')
                ++dataStart;
            if (body.at(dataStart) == '\n')
                ++dataStart;
            const QByteArray raw = body.mid(dataStart, body.lastIndexOf("endstream") - dataStart);
            o.stream = o.dictionary.contains("/FlateDecode") ? inflate(raw) : raw;
        } else {
            o.dictionary = body;
        }
        result.insert(m.captured(1).toInt(), o);
    }
    return result;
}

uint hexValue(const QByteArray &hex)
{
    return hex.toUInt(nullptr, 16);
}

QString fromUtf16Hex(const QByteArray &hex)
{
    QString s;
    for (qsizetype i = 0; i + 4 <= hex.size(); i += 4)
        s.append(QChar(char16_t(hexValue(hex.mid(i, 4)))));
    return s;
}

QHash<uint, QString> toUnicodeMap(const QByteArray &cmap)
{
    QHash<uint, QString> map;
    static const QRegularExpression section(QStringLiteral("begin(bfchar|bfrange)(.*?)end\\1"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression hex(QStringLiteral("<([0-9A-Fa-f]+)>|\\[|\\]"));
    const QString text = QString::fromLatin1(cmap);
    auto sections = section.globalMatch(text);
    while (sections.hasNext()) {
        const auto s = sections.next();
        QList<QString> tokens;
        auto t = hex.globalMatch(s.captured(2));
        while (t.hasNext()) {
            const auto m = t.next();
            tokens.append(m.captured(1).isEmpty() ? m.captured(0) : m.captured(1));
        }
        if (s.captured(1) == QLatin1String("bfchar")) {
            for (qsizetype i = 0; i + 1 < tokens.size(); i += 2)
                map.insert(hexValue(tokens.at(i).toLatin1()),
                           fromUtf16Hex(tokens.at(i + 1).toLatin1()));
            continue;
        }
        for (qsizetype i = 0; i + 2 < tokens.size();) {
            const uint lo = hexValue(tokens.at(i).toLatin1());
            const uint hi = hexValue(tokens.at(i + 1).toLatin1());
            if (tokens.at(i + 2) == QLatin1String("[")) {
                qsizetype j = i + 3;
                for (uint g = lo; j < tokens.size() && tokens.at(j) != QLatin1String("]"); ++g, ++j)
                    map.insert(g, fromUtf16Hex(tokens.at(j).toLatin1()));
                i = j + 1;
            } else {
                const QString first = fromUtf16Hex(tokens.at(i + 2).toLatin1());
                for (uint g = lo; g <= hi; ++g) {
                    QString v = first;
                    if (!v.isEmpty())
                        v[v.size() - 1] = QChar(char16_t(v.back().unicode() + (g - lo)));
                    map.insert(g, v);
                }
                i += 3;
            }
        }
    }
    return map;
}

} // namespace

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression re(QStringLiteral("/Type\\s*/Page[^s]"));
    return int(QString::fromLatin1(pdf).count(re));
}

QString pdfText(const QByteArray &pdf)
{
    const QHash<int, PdfObject> all = objects(pdf);
    // Font objects and their glyph -> text maps.
    static const QRegularExpression toUnicode(QStringLiteral("/ToUnicode\\s+(\\d+) 0 R"));
    QHash<int, QHash<uint, QString>> fonts;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        const auto m = toUnicode.match(QString::fromLatin1(it->dictionary));
        if (m.hasMatch())
            fonts.insert(it.key(), toUnicodeMap(all.value(m.captured(1).toInt()).stream));
    }
    // Resource names (/F7) -> font objects.
    static const QRegularExpression resource(QStringLiteral("/(F\\d+)\\s+(\\d+) 0 R"));
    QHash<QString, int> names;
    for (const PdfObject &o : all) {
        auto it = resource.globalMatch(QString::fromLatin1(o.dictionary));
        while (it.hasNext()) {
            const auto m = it.next();
            names.insert(m.captured(1), m.captured(2).toInt());
        }
    }
    // Text inside "/Span << /ActualText <> >> BDC … EMC" is a second copy (synthetic bold) that
    // readers leave out.
    static const QRegularExpression op(
        QStringLiteral("/(F\\d+)\\s+[-0-9.]+\\s+Tf|<([0-9A-Fa-f]*)>\\s*Tj|\\bET\\b|"
                       "/ActualText\\s*<>|\\bEMC\\b"));
    QString text;
    for (const PdfObject &o : all) {
        if (o.stream.isEmpty() || !o.stream.contains("Tj"))
            continue;
        const QHash<uint, QString> *font = nullptr;
        bool hidden = false;
        auto it = op.globalMatch(QString::fromLatin1(o.stream));
        while (it.hasNext()) {
            const auto m = it.next();
            if (!m.captured(1).isEmpty()) {
                const auto f = fonts.constFind(names.value(m.captured(1)));
                font = f == fonts.cend() ? nullptr : &*f;
            } else if (m.captured(0) == QLatin1String("ET")) {
                text += QLatin1Char('\n');
            } else if (m.captured(0).startsWith(QLatin1String("/ActualText"))) {
                hidden = true;
            } else if (m.captured(0) == QLatin1String("EMC")) {
                hidden = false;
            } else if (font && !hidden) {
                const QByteArray hex = m.captured(2).toLatin1();
                for (qsizetype i = 0; i + 4 <= hex.size(); i += 4)
                    text += font->value(hexValue(hex.mid(i, 4)));
            }
        }
    }
    // Fonts often map the space glyph to a tab in their reverse character map.
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return text;
}

} // namespace test
} // namespace dd
