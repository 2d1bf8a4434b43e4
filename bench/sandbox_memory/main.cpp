// sandbox_memory: the memory of ligdicash-sandbox under a load test's worth of invoices — 100 000
// created through the control API's bulk path (the same validation and storage as the create
// endpoint) — and a check that it still answers at that size. Prints its figures; asserts nothing
// about speed or size (those targets live here, not in the test suite).

#include "Sandbox.h"
#include "SandboxTestKit.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

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

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (residentKb() < 0) {
        out << "sandbox_memory: no /proc/self/status here\n";
        return 0;
    }
    Sandbox sandbox{SandboxOptions{}};
    QString error;
    if (!sandbox.start(&error)) {
        out << "sandbox_memory: cannot start the sandbox: " << error << '\n';
        return 1;
    }
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
        if (reply.status != 201) {
            out << "sandbox_memory: bulk create answered " << reply.status << '\n';
            return 1;
        }
    }
    const qint64 elapsed = timer.elapsed();
    const qint64 after = residentKb();
    const QString last = client.control("GET", u"/_sandbox/invoices?limit=1&offset=99999"_s)
                             .json()
                             .value("invoices"_L1)
                             .toArray()
                             .at(0)
                             .toObject()
                             .value("token"_L1)
                             .toString();
    const int amount = client.confirm(last).json().value("amount"_L1).toInt();
    out << "sandbox_memory: invoices " << sandbox.invoices().size() << '\n'
        << "sandbox_memory: RSS before " << before << " kB, after " << after << " kB (+"
        << (after - before) << " kB, " << qRound64((after - before) * 1024.0 / 100000)
        << " bytes/invoice)\n"
        << "sandbox_memory: created in " << elapsed << " ms ("
        << qRound64(100000 * 1000.0 / qMax<qint64>(1, elapsed)) << " invoices/s)\n"
        << "sandbox_memory: confirm of the last invoice answers amount " << amount
        << ", request log holds " << sandbox.requestLog().size() << " entries\n";
    return amount == 2500 ? 0 : 1;
}
