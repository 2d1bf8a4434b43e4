#pragma once

// The one idiom core/ uses for "a value, or why there is none": Result<T> holds either a T or a
// ParseError. Every static fromJson() returns one, so callers always learn which field was wrong.

#include "ParseError.h"

#include <utility>
#include <variant>

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(ParseError error)
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
    const ParseError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, ParseError> m_data;
};
