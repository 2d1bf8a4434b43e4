#pragma once

// The one idiom core/ligdicash uses for "a value, or why there is none": LigdiCashResult<T>
// holds either a T or a LigdiCashError. It mirrors contract/Result.h (same accessors) with the
// protocol's own error type, which carries LigdiCash's sub-code besides the offending field.

#include "ligdicash/LigdiCashError.h"

#include <utility>
#include <variant>

template<typename T>
class [[nodiscard]] LigdiCashResult
{
public:
    LigdiCashResult(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    LigdiCashResult(LigdiCashError error)
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
    const LigdiCashError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, LigdiCashError> m_data;
};
