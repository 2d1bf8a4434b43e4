#pragma once

// What the four back office clients (history, admin, reports, shifts) do with the server's JSON
// answers to the manager API (docs/manager-api.md): pass a refusal on as it came, read an answer
// into its type, and call an unreadable answer a BadReply. One place, so that they all agree.

#include "ServerClient.h"
#include "ServerError.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>
#include <utility>

class ManagerReply
{
public:
    template<typename T>
    using Done = std::function<void(const T &, const ServerError &)>;

    // The callback for ServerClient::send: done gets T() with the server's error, or read(reply)
    // (a std::optional<T>) with no error, or T() with a BadReply when read could not make it out.
    template<typename T, typename Read>
    static ServerClient::JsonCallback read(Read read, Done<T> done)
    {
        return [read = std::move(read), done = std::move(done)](const QJsonObject &reply,
                                                                const ServerError &error) {
            if (!error.isOk())
                return done(T(), error);
            const std::optional<T> value = read(reply);
            done(value.value_or(T()), value ? error : badReply());
        };
    }

    // For calls whose answer says nothing more than success or the refusal.
    static ServerClient::JsonCallback finished(std::function<void(const ServerError &)> done);

    static ServerError badReply();
    // An id as one segment of a path.
    static QString encoded(const QString &id);
    // The list under key; ServerClient wraps a bare array answer as {"items": [...]}.
    static QJsonArray listIn(const QJsonObject &reply, const QString &key);
    // Ids arrive as strings or numbers.
    static QString idOf(const QJsonObject &object);
};
