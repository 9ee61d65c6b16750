#include "storage/change_feed.h"

namespace dd {

ChangeFeed::ChangeFeed(QObject *parent)
    : QObject(parent)
{}

bool ChangeFeed::touches(const QSet<QString> &tables, std::initializer_list<const char *> names)
{
    if (tables.isEmpty())
        return true;
    for (const char *name : names)
        if (tables.contains(QLatin1String(name)))
            return true;
    return false;
}

void ChangeFeed::announce(const QSet<QString> &tables)
{
    emit committed(tables);
}

} // namespace dd
