#pragma once

// comptoir-server assembled from a ServerConfig: opens and migrates the database, owns the
// HttpServer (body limit from the config), the AuthGuard and the Metrics, registers the platform
// routes (/healthz, /metrics, /api/v1/users, /api/v1/sessions) and starts the modules added with
// addModule() (payments) so they can register theirs. main.cpp and in-process tests only build
// one, call start() and read baseUrl().

#include "AuthGuard.h"
#include "Database.h"
#include "Metrics.h"
#include "ServerConfig.h"
#include "ServerModule.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <vector>

class AuthRoutes;
class HttpServer;
class PinHasher;

class ServerApp : public QObject
{
    Q_OBJECT

public:
    explicit ServerApp(ServerConfig config, QObject *parent = nullptr);
    ~ServerApp() override;

    // Before start(): the module is started after the platform, in the order added.
    void addModule(std::unique_ptr<ServerModule> module);

    // Opens the database, migrates, registers routes, starts modules, listens on the configured
    // address. Returns false with errorString() on any failure.
    bool start();
    // Only the first three steps (no modules, no listening): what the admin CLI needs.
    bool openDatabase();
    // "http://127.0.0.1:PORT" once listening.
    QUrl baseUrl() const { return m_baseUrl; }
    quint16 port() const;
    QString errorString() const { return m_error; }

    const ServerConfig &config() const { return m_config; }
    HttpServer &http() { return *m_http; }
    Database &db() { return *m_database; }
    AuthGuard &guard() { return *m_guard; }
    Metrics &metrics() { return m_metrics; }
    const PinHasher &pinHasher() const { return *m_pinHasher; }
    // The added module of type T, or nullptr: lets one module use another's services (history's
    // re-verify goes through the payments module's confirm path).
    template <typename T>
    T *module() const
    {
        for (const auto &added : m_modules) {
            if (auto *found = dynamic_cast<T *>(added.get()))
                return found;
        }
        return nullptr;
    }

private:
    void registerRoutes();
    bool fail(const QString &message);

    ServerConfig m_config;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<HttpServer> m_http;
    std::unique_ptr<AuthGuard> m_guard;
    std::unique_ptr<PinHasher> m_pinHasher;
    std::unique_ptr<AuthRoutes> m_authRoutes;
    Metrics m_metrics;
    std::vector<std::unique_ptr<ServerModule>> m_modules;
    QUrl m_baseUrl;
    quint16 m_port = 0;
    QString m_error;
    bool m_routesRegistered = false;
};
