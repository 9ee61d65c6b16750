#include "intake/alert.h"

#include <QCryptographicHash>
#include <QStringList>

namespace dd {

QList<AlertFormat> allAlertFormats()
{
    return {AlertFormat::Alertmanager, AlertFormat::Zabbix, AlertFormat::Generic};
}

QString alertFormatId(AlertFormat format)
{
    switch (format) {
    case AlertFormat::Alertmanager: return QStringLiteral("alertmanager");
    case AlertFormat::Zabbix: return QStringLiteral("zabbix");
    case AlertFormat::Generic: return QStringLiteral("generic");
    }
    return QStringLiteral("generic");
}

std::optional<AlertFormat> alertFormatFromId(const QString &id)
{
    for (AlertFormat f : allAlertFormats())
        if (alertFormatId(f) == id)
            return f;
    return std::nullopt;
}

QString alertFormatName(AlertFormat format)
{
    switch (format) {
    case AlertFormat::Alertmanager: return AlertText::tr("Prometheus Alertmanager");
    case AlertFormat::Zabbix: return AlertText::tr("Zabbix");
    case AlertFormat::Generic: return AlertText::tr("Generic JSON");
    }
    return {};
}

QString alertStatusId(AlertStatus status)
{
    return status == AlertStatus::Resolved ? QStringLiteral("resolved") : QStringLiteral("firing");
}

std::optional<AlertStatus> alertStatusFromId(const QString &id)
{
    if (id == QLatin1String("firing"))
        return AlertStatus::Firing;
    if (id == QLatin1String("resolved"))
        return AlertStatus::Resolved;
    return std::nullopt;
}

QString alertStatusName(AlertStatus status)
{
    return status == AlertStatus::Resolved ? AlertText::tr("Resolved") : AlertText::tr("Firing");
}

QString labelFingerprint(const QMap<QString, QString> &labels)
{
    QStringList lines;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) // QMap: sorted by name
        lines << it.key() + QLatin1Char('=') + it.value();
    const QByteArray digest = QCryptographicHash::hash(lines.join(QLatin1Char('\n')).toUtf8(),
                                                       QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.left(16).toHex());
}

} // namespace dd
