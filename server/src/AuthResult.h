#pragma once

// What AuthGuard answers: either the caller's AuthContext or the HTTP refusal (401/403/503) a
// route sends instead. Test it like a bool; dereference it for the context.

#include "AuthContext.h"
#include "HttpResponse.h"

#include <optional>

class AuthResult
{
public:
    AuthResult(AuthContext context)
        : m_context(std::move(context))
    {}
    AuthResult(HttpResponse refusal)
        : m_refusal(std::move(refusal))
    {}

    bool isOk() const { return m_context.has_value(); }
    explicit operator bool() const { return isOk(); }
    // Only valid when isOk().
    const AuthContext &context() const { return *m_context; }
    const AuthContext *operator->() const { return &*m_context; }
    // The 401/403/503 to answer; only meaningful when !isOk().
    const HttpResponse &response() const { return m_refusal; }

private:
    std::optional<AuthContext> m_context;
    HttpResponse m_refusal;
};
