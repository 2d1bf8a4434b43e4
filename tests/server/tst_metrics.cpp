// Metrics in the Prometheus text format, and the /metrics and /healthz endpoints of a running
// ServerApp (HTTP requests counted by method, route and status; 503 when the database is gone).

#include "HttpTestClient.h"
#include "Metrics.h"
#include "ServerApp.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMetrics : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QStringList lines(const QByteArray &text)
    {
        return QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void counters_renderWithHelpTypeAndLabels()
    {
        Metrics metrics;
        metrics.describe(u"comptoir_things_total"_s, Metrics::Type::Counter, u"Things seen"_s);
        metrics.increment(u"comptoir_things_total"_s, {{u"kind"_s, u"a"_s}});
        metrics.increment(u"comptoir_things_total"_s, {{u"kind"_s, u"a"_s}}, 2);
        metrics.increment(u"comptoir_things_total"_s, {{u"kind"_s, u"b"_s}});
        const QStringList out = lines(metrics.render());
        QCOMPARE(out, QStringList({u"# HELP comptoir_things_total Things seen"_s,
                                   u"# TYPE comptoir_things_total counter"_s,
                                   u"comptoir_things_total{kind=\"a\"} 3"_s,
                                   u"comptoir_things_total{kind=\"b\"} 1"_s}));
        QCOMPARE(metrics.value(u"comptoir_things_total"_s, {{u"kind"_s, u"a"_s}}), 3.0);
        QCOMPARE(metrics.total(u"comptoir_things_total"_s), 4.0);
        QCOMPARE(metrics.value(u"comptoir_unknown"_s), 0.0);
    }

    void labelValues_areEscaped()
    {
        Metrics metrics;
        metrics.increment(u"comptoir_x_total"_s, {{u"path"_s, u"a\"b\\c\nd"_s}});
        QVERIFY(metrics.render().contains("comptoir_x_total{path=\"a\\\"b\\\\c\\nd\"} 1"));
    }

    void gauges_setAndAdd()
    {
        Metrics metrics;
        metrics.set(u"comptoir_waiting"_s, {}, 5);
        metrics.add(u"comptoir_waiting"_s, {}, -2);
        QVERIFY(metrics.render().contains("# TYPE comptoir_waiting gauge\ncomptoir_waiting 3\n"));
    }

    void histograms_haveCumulativeBucketsSumAndCount()
    {
        Metrics metrics;
        metrics.describe(u"comptoir_call_seconds"_s, Metrics::Type::Histogram, u"Calls"_s,
                         {0.1, 1});
        for (double value : {0.05, 0.5, 0.7, 3.0})
            metrics.observe(u"comptoir_call_seconds"_s, {{u"op"_s, u"confirm"_s}}, value);
        const QByteArray text = metrics.render();
        QVERIFY(text.contains("comptoir_call_seconds_bucket{op=\"confirm\",le=\"0.1\"} 1\n"));
        QVERIFY(text.contains("comptoir_call_seconds_bucket{op=\"confirm\",le=\"1\"} 3\n"));
        QVERIFY(text.contains("comptoir_call_seconds_bucket{op=\"confirm\",le=\"+Inf\"} 4\n"));
        QVERIFY(text.contains("comptoir_call_seconds_sum{op=\"confirm\"} 4.25\n"));
        QVERIFY(text.contains("comptoir_call_seconds_count{op=\"confirm\"} 4\n"));
        QCOMPARE(metrics.value(u"comptoir_call_seconds"_s, {{u"op"_s, u"confirm"_s}}), 4.0);
    }

    void collectors_runBeforeEveryRender()
    {
        Metrics metrics;
        int calls = 0;
        metrics.addCollector([&calls](Metrics &m) {
            ++calls;
            m.set(u"comptoir_orders"_s, {{u"status"_s, u"paid"_s}}, calls * 10);
        });
        metrics.render();
        QVERIFY(metrics.render().contains("comptoir_orders{status=\"paid\"} 20"));
    }

    void endpoints_overHttp()
    {
        ServerConfig config;
        config.set(u"database/url"_s, QString(u"sqlite:"_s + m_dir.filePath(u"metrics.db"_s)));
        config.set(u"server/listen"_s, u"127.0.0.1:0"_s);
        ServerApp app(config);
        QVERIFY2(app.start(), qPrintable(app.errorString()));
        HttpTestClient client(app.baseUrl());

        const HttpTestReply health = client.get(u"/healthz"_s);
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(client.get(u"/api/v1/users"_s).status, 401);
        QCOMPARE(client.get(u"/no/such/page/12345"_s).status, 404);

        const HttpTestReply metrics = client.get(u"/metrics"_s);
        QCOMPARE(metrics.status, 200);
        QCOMPARE(metrics.header("Content-Type"),
                 QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        QVERIFY(metrics.body.contains(
            "comptoir_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"} 1\n"));
        QVERIFY(metrics.body.contains("comptoir_http_requests_total{method=\"GET\",route=\"/api/v1/"
                                      "users\",status=\"401\"} 1\n"));
        // Unknown paths share one series: a scanner cannot grow the registry.
        QVERIFY(metrics.body.contains(
            "comptoir_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"} 1\n"));
        QVERIFY(!metrics.body.contains("12345"));
        QVERIFY(metrics.body.contains("# TYPE comptoir_http_request_duration_seconds histogram"));
        QVERIFY(metrics.body.contains("comptoir_build_info{"));
        QCOMPARE(
            app.metrics().value(
                u"comptoir_http_requests_total"_s,
                {{u"method"_s, u"GET"_s}, {u"route"_s, u"/healthz"_s}, {u"status"_s, u"200"_s}}),
            1.0);

        app.db().close(); // the database goes away
        const HttpTestReply down = client.get(u"/healthz"_s);
        QCOMPARE(down.status, 503);
        QCOMPARE(down.json().value(u"status"_s).toString(), u"unavailable"_s);
        QCOMPARE(down.errorCode(), u"unavailable"_s);
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
