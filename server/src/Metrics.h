#pragma once

// A tiny metrics registry rendered in the Prometheus text format (version 0.0.4) at GET /metrics:
// counters, gauges and histograms, each with optional labels. Names follow Prometheus habits
// (comptoir_http_requests_total, comptoir_ligdicash_call_seconds). Values that live in the store
// (orders by status) are refreshed by collectors just before rendering. Single-threaded, like the
// rest of the server.

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <functional>
#include <vector>

class Metrics
{
public:
    enum class Type { Counter, Gauge, Histogram };
    using Labels = QList<QPair<QString, QString>>;

    Metrics();

    // Declares a family with its help text (optional: a family is created on first use, as a
    // counter by increment(), a gauge by set()/add(), a histogram by observe()).
    void describe(const QString &name, Type type, const QString &help,
                  const QList<double> &buckets = defaultBuckets());

    void increment(const QString &name, const Labels &labels = {}, double by = 1);
    void set(const QString &name, const Labels &labels, double value);
    void add(const QString &name, const Labels &labels, double delta);
    // Records one observation (seconds for durations).
    void observe(const QString &name, const Labels &labels, double value);

    // Called before every render(), e.g. to set gauges from a COUNT(*) ... GROUP BY.
    void addCollector(std::function<void(Metrics &)> collector);

    QByteArray render();

    // Current value of a counter or gauge (0 when absent); a histogram's observation count.
    double value(const QString &name, const Labels &labels = {}) const;
    // Sum of a counter or gauge over every label set.
    double total(const QString &name) const;

    // 5 ms .. 10 s, suited to HTTP and LigdiCash latencies in seconds.
    static QList<double> defaultBuckets();

private:
    struct Series
    {
        double value = 0;            // counter/gauge value
        QList<quint64> bucketCounts; // histogram: one per bucket (not cumulative)
        quint64 count = 0;
        double sum = 0;
    };
    struct Family
    {
        Type type = Type::Counter;
        QString help;
        QList<double> buckets;
        QMap<QString, Series> series; // key: rendered label set, e.g. {method="GET"}
    };

    Family &family(const QString &name, Type type);
    static QString labelKey(const Labels &labels);

    QMap<QString, Family> m_families;
    std::vector<std::function<void(Metrics &)>> m_collectors;
};
