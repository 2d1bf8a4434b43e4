#include "LoadScenario.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

double percentile(std::vector<qint64> &sortedUs, double fraction)
{
    if (sortedUs.empty())
        return 0;
    const size_t index =
        std::min(sortedUs.size() - 1, size_t(fraction * double(sortedUs.size() - 1) + 0.5));
    return double(sortedUs[index]) / 1000.0;
}

} // namespace

LoadScenario::Figures LoadScenario::run(const QString &name, const QHostAddress &host, quint16 port,
                                        int connections, int durationMs,
                                        const LoadConnection::RequestFactory &factory)
{
    Figures figures;
    figures.name = name;
    figures.connections = connections;
    std::vector<qint64> latencies;
    latencies.reserve(200000);
    bool collecting = true;
    std::vector<std::unique_ptr<LoadConnection>> pool;
    for (int i = 0; i < connections; ++i) {
        auto connection = std::make_unique<LoadConnection>(host, port, factory);
        QObject::connect(connection.get(), &LoadConnection::answered,
                         [&](int status, qint64 latencyUs) {
                             if (!collecting)
                                 return;
                             ++figures.requests;
                             if (status < 200 || status > 299)
                                 ++figures.errors;
                             latencies.push_back(latencyUs);
                         });
        pool.push_back(std::move(connection));
    }
    QElapsedTimer clock;
    clock.start();
    for (auto &connection : pool)
        connection->start();
    QEventLoop loop;
    QTimer::singleShot(durationMs, &loop, &QEventLoop::quit);
    loop.exec();
    collecting = false;
    for (auto &connection : pool)
        connection->stop();
    const double seconds = double(clock.elapsed()) / 1000.0;
    figures.requestsPerSecond = double(figures.requests) / seconds;
    std::sort(latencies.begin(), latencies.end());
    figures.p50Ms = percentile(latencies, 0.50);
    figures.p99Ms = percentile(latencies, 0.99);
    // Let answers still in flight drain before the connections go.
    QTimer::singleShot(200, &loop, &QEventLoop::quit);
    loop.exec();
    return figures;
}
