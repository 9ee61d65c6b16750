#pragma once

#include "app/backend.h"
#include "time/clock.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace dd::test {

// A database of its own on the PostgreSQL test server (DUTYDESK_TEST_POSTGRESQL, a URL whose
// role may create databases), dropped when the object goes. url() is empty when no server is
// configured or the database could not be made (error() says why).
class ScratchPostgres {
public:
    ScratchPostgres();
    ~ScratchPostgres();
    ScratchPostgres(const ScratchPostgres &) = delete;
    ScratchPostgres &operator=(const ScratchPostgres &) = delete;
    static bool configured(); // DUTYDESK_TEST_POSTGRESQL is set
    QString url() const { return m_url; }
    QString name() const { return m_name; }
    QString error() const { return m_error; }

private:
    QString m_connection;
    QString m_name;
    QString m_url;
    QString m_error;
};

// A fresh database with a fake clock, removed after the test: a file in a temporary folder,
// or, when DUTYDESK_TEST_BACKEND=postgresql, a scratch database on the PostgreSQL test server
// (the same repository tests against the other backend).
class TempBackend {
public:
    TempBackend();
    static bool onPostgres(); // DUTYDESK_TEST_BACKEND=postgresql and a server configured
    // The file, or the scratch database's URL.
    QString path() const
    {
        return m_postgres ? m_postgres->url() : m_dir.filePath(QStringLiteral("test.sqlite3"));
    }
    QString dirPath(const QString &name) const { return m_dir.filePath(name); }
    Backend &operator*() { return *m_backend; }
    Backend *operator->() { return m_backend.get(); }
    FakeClock &clock() { return m_clock; }
    // Closes and reopens the same file (as after a restart).
    void reopen();
    void close() { m_backend.reset(); }
    // An administrator created through the first-run path.
    Actor admin();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ScratchPostgres> m_postgres;
    FakeClock m_clock;
    std::unique_ptr<Backend> m_backend;
    std::optional<Actor> m_admin;
};

} // namespace dd::test
