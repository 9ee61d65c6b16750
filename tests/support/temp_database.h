#pragma once

#include "app/backend.h"
#include "time/clock.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace dd::test {

// A fresh database file in a temporary folder with a fake clock, removed after the test.
class TempBackend {
public:
    TempBackend();
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite3")); }
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
    FakeClock m_clock;
    std::unique_ptr<Backend> m_backend;
    std::optional<Actor> m_admin;
};

} // namespace dd::test
