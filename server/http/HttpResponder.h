#pragma once

// A handle to answer one request later (long-polls, calls to LigdiCash). It is safe against the
// client going away first: QtHttpServer 6.4 crashes when a deferred answer is written to a socket
// that was closed meanwhile, so the handle keeps a QPointer to the socket and writes only while it
// is alive. Copyable; the first send() wins, later ones are ignored. If every copy is dropped
// without an answer, the client gets a 500 rather than a hung connection.

#include "HttpResponse.h"

#include <QObject>

#include <functional>
#include <memory>

class HttpResponder
{
public:
    struct State;

    HttpResponder() = default;
    explicit HttpResponder(std::shared_ptr<State> state);

    // Sends the answer if the client is still connected and nothing was sent yet.
    // Returns false when the answer could not be delivered.
    bool send(const HttpResponse &response) const;
    bool isConnected() const;
    bool isAnswered() const;
    // Closes the connection without any answer (fault injection: a dropped connection). Counts
    // as answered; later send() calls are ignored.
    void abort() const;
    // Called once when the client disconnects before an answer was sent (e.g. to stop a wait).
    void onDisconnected(QObject *context, std::function<void()> callback) const;

private:
    std::shared_ptr<State> m_state;
};
