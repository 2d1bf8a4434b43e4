// Memory of ligdicash-sandbox under a load test's worth of invoices: 100 000 created through the
// control API's bulk path (the same validation and storage as the create endpoint) must stay
// small, and the request log must not grow with traffic.

#include "Sandbox.h"
#include "SandboxTestKit.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class SandboxMemoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hundredThousandInvoices_staySmall();
};

namespace {

qint64 residentKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

void SandboxMemoryTest::hundredThousandInvoices_staySmall()
{
    if (residentKb() < 0)
        QSKIP("no /proc/self/status here");
    Sandbox sandbox{SandboxOptions{}};
    QString error;
    QVERIFY(sandbox.start(&error));
    TestClient client(&sandbox);
    const QUrl merchant(u"http://shop.example:8080"_s);
    const qint64 before = residentKb();
    QElapsedTimer timer;
    timer.start();
    // In batches so that the control API itself is exercised, as a load script would.
    for (int batch = 0; batch < 10; ++batch) {
        const TestReply reply = client.control(
            "POST", u"/_sandbox/invoices"_s,
            QJsonObject{
                {"count"_L1, 10000},
                {"request"_L1, TestClient::invoiceBody(2500, merchant, u"ORD-%1"_s.arg(batch))}});
        QCOMPARE(reply.status, 201);
    }
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(sandbox.invoices().size(), 100000);
    const qint64 after = residentKb();
    const double perInvoice = (after - before) * 1024.0 / 100000;
    qInfo("100000 invoices: RSS %lld kB -> %lld kB (+%lld kB, %.0f bytes/invoice), created in %lld "
          "ms",
          before, after, after - before, perInvoice, elapsed);
    QVERIFY2(after - before < 150 * 1024, qPrintable(QString::number(after - before)));

    // Still fully working at that size.
    const QString last = client.control("GET", u"/_sandbox/invoices?limit=1&offset=99999"_s)
                             .json()
                             .value("invoices"_L1)
                             .toArray()
                             .at(0)
                             .toObject()
                             .value("token"_L1)
                             .toString();
    QCOMPARE(client.confirm(last).json().value("amount"_L1).toInt(), 2500);
    QCOMPARE(sandbox.requestLog().size(), 1);
}

QTEST_GUILESS_MAIN(SandboxMemoryTest)
#include "tst_sandboxmemory.moc"
