#pragma once

// "A value, or why there is none": Expected<T, E> holds either a T or an error E. core/ spells it
// with its two error types: Result<T> (contract parsing, ParseError) and LigdiCashResult<T> (the
// protocol, LigdiCashError). Until std::expected (C++23) is available on every compiler we use.

#include <utility>
#include <variant>

template<typename T, typename E>
class [[nodiscard]] Expected
{
public:
    Expected(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Expected(E error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool isOk() const { return m_data.index() == 0; }
    explicit operator bool() const { return isOk(); }

    // Only valid when isOk().
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    // Only valid when !isOk().
    const E &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};
