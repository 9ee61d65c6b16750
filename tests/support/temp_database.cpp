#include "temp_database.h"

#include <gtest/gtest.h>

namespace dd::test {

TempBackend::TempBackend()
    : m_clock(QDateTime(QDate(2026, 1, 5), QTime(2, 10), Qt::UTC))
{
    reopen();
}

void TempBackend::reopen()
{
    m_backend.reset();
    auto opened = Backend::open(path(), OpenMode::ReadWrite, m_clock);
    if (!opened)
        ADD_FAILURE() << "cannot open test database: " << opened.error().toStdString();
    else
        m_backend = std::move(*opened);
}

Actor TempBackend::admin()
{
    if (!m_admin) {
        InstitutionProfile profile;
        profile.name = QStringLiteral("测试证券");
        auto a = m_backend->operators().createFirstAdministrator(profile, {QStringLiteral("admin"),
                                                                           QStringLiteral("管理员"),
                                                                           QStringLiteral("1000"),
                                                                           {Role::Administrator}});
        if (!a) {
            ADD_FAILURE() << a.error().toStdString();
            return Actor::nobody();
        }
        m_admin = *a;
    }
    return *m_admin;
}

} // namespace dd::test
