#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace dd {

// A failure the user can act on. The message is already translated (built with tr()) and names
// the file, row or field at fault where there is one.
struct Error {
    QString message;
};

inline Error fail(QString message)
{
    return Error{std::move(message)};
}

// Expected failures travel as values across the core API (std::expected is C++23).
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    // On a temporary the value is moved out, never referenced: `for (x : *repo.list())` must
    // not iterate a destroyed Result.
    T value() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }

    const QString &error() const { return std::get<1>(m_state).message; }
    Error takeError() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error->message; }
    Error takeError() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace dd
