// The hosted payment page of ligdicash-sandbox in a real browser: Debian's headless Chromium,
// driven over the DevTools protocol like a customer on a phone would use it (pick an operator,
// type a number, click pay), ends on the merchant's return_url with the invoice completed and
// both callbacks delivered.

#include "Invoice.h"
#include "PaymentPage.h"
#include "Sandbox.h"
#include "SandboxTestKit.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace {

const QString chromiumPath = u"/usr/bin/chromium"_s;

// A DevTools session on one page target: call(method, params) sends a command and waits for
// its answer.
class DevTools
{
public:
    bool open(const QUrl &webSocketUrl)
    {
        QSignalSpy connected(&m_socket, &QWebSocket::connected);
        QObject::connect(
            &m_socket, &QWebSocket::textMessageReceived, &m_socket, [this](const QString &message) {
                const QJsonObject json = QJsonDocument::fromJson(message.toUtf8()).object();
                if (json.contains("id"_L1))
                    m_answers.insert(json.value("id"_L1).toInt(), json);
            });
        m_socket.open(webSocketUrl);
        return connected.wait(10000);
    }

    QJsonObject call(const QString &method, const QJsonObject &params = {}, int timeoutMs = 10000)
    {
        const int id = ++m_lastId;
        m_socket.sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{"id"_L1, id}, {"method"_L1, method}, {"params"_L1, params}})
                .toJson(QJsonDocument::Compact)));
        QElapsedTimer timer;
        timer.start();
        while (!m_answers.contains(id) && timer.elapsed() < timeoutMs)
            QTest::qWait(20);
        return m_answers.take(id);
    }

    // The value of a JavaScript expression in the page.
    QJsonValue evaluate(const QString &expression)
    {
        const QJsonObject answer =
            call(u"Runtime.evaluate"_s,
                 QJsonObject{{"expression"_L1, expression}, {"returnByValue"_L1, true}});
        return answer.value("result"_L1).toObject().value("result"_L1).toObject().value("value"_L1);
    }

    // A left click at the centre of the element, as the mouse would do it.
    bool click(const QString &selector)
    {
        const QJsonObject box =
            evaluate(
                u"(() => { const e = document.querySelector('%1'); e.scrollIntoView(); "
                "const r = e.getBoundingClientRect(); "
                "return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()"_s.arg(selector))
                .toObject();
        if (box.isEmpty())
            return false;
        for (const QString &type : {u"mousePressed"_s, u"mouseReleased"_s}) {
            const QJsonObject answer =
                call(u"Input.dispatchMouseEvent"_s, QJsonObject{{"type"_L1, type},
                                                                {"x"_L1, box.value("x"_L1)},
                                                                {"y"_L1, box.value("y"_L1)},
                                                                {"button"_L1, u"left"_s},
                                                                {"clickCount"_L1, 1}});
            if (answer.contains("error"_L1))
                return false;
        }
        return true;
    }

private:
    QWebSocket m_socket;
    QHash<int, QJsonObject> m_answers;
    int m_lastId = 0;
};

} // namespace

class SandboxBrowserTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hostedPage_payInChromium_landsOnReturnUrlWithCallbacks();

private:
    QTemporaryDir m_profile;
    QProcess m_chromium;
    QUrl m_devToolsHttp;
};

void SandboxBrowserTest::initTestCase()
{
    if (!QFileInfo(chromiumPath).isExecutable())
        QSKIP("chromium is not installed (scripts/install-deps.sh installs it)");
    QVERIFY(m_profile.isValid());
    m_chromium.setProgram(chromiumPath);
    m_chromium.setArguments(
        {u"--headless"_s, u"--no-sandbox"_s, u"--disable-gpu"_s, u"--disable-quic"_s,
         u"--no-first-run"_s, u"--disable-background-networking"_s, u"--disable-component-update"_s,
         u"--disable-sync"_s, u"--user-data-dir="_s + m_profile.path(),
         u"--remote-debugging-port=0"_s, u"--remote-debugging-address=127.0.0.1"_s,
         u"--window-size=390,844"_s, u"about:blank"_s});
    m_chromium.setProcessChannelMode(QProcess::SeparateChannels);
    m_chromium.start();
    QVERIFY2(m_chromium.waitForStarted(10000), qPrintable(m_chromium.errorString()));
    // Chromium announces "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/<id>".
    static const QRegularExpression listening(u"DevTools listening on ws://([0-9.]+):(\\d+)/"_s);
    QByteArray errors;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000 && m_devToolsHttp.isEmpty()) {
        m_chromium.waitForReadyRead(200);
        errors += m_chromium.readAllStandardError();
        const auto match = listening.match(QString::fromUtf8(errors));
        if (match.hasMatch())
            m_devToolsHttp = QUrl(u"http://%1:%2"_s.arg(match.captured(1), match.captured(2)));
        if (m_chromium.state() == QProcess::NotRunning)
            break;
    }
    QVERIFY2(!m_devToolsHttp.isEmpty(), errors.constData());
}

void SandboxBrowserTest::cleanupTestCase()
{
    if (m_chromium.state() != QProcess::NotRunning) {
        m_chromium.terminate();
        if (!m_chromium.waitForFinished(5000))
            m_chromium.kill();
        m_chromium.waitForFinished(5000);
    }
}

void SandboxBrowserTest::hostedPage_payInChromium_landsOnReturnUrlWithCallbacks()
{
    Sandbox sandbox{SandboxOptions{}};
    QString error;
    QVERIFY(sandbox.start(&error));
    TestClient client(&sandbox);
    MerchantServer merchant;
    const QString token = client.createInvoice(5000, merchant.url(), u"ORD-BROWSER"_s);
    const QString paymentUrl = client.control("GET", u"/_sandbox/invoices/"_s + token)
                                   .json()
                                   .value("payment_url"_L1)
                                   .toString();
    const QString returnUrl = merchant.url().toString() + u"/shop/return?order=ORD-BROWSER"_s;

    // The page target Chromium opened with about:blank.
    const TestReply targets = client.request("GET", m_devToolsHttp.resolved(QUrl(u"/json/list"_s)));
    QUrl pageSocket;
    for (const QJsonValue &target : QJsonDocument::fromJson(targets.body).array()) {
        if (target.toObject().value("type"_L1).toString() == "page"_L1)
            pageSocket = QUrl(target.toObject().value("webSocketDebuggerUrl"_L1).toString());
    }
    QVERIFY2(pageSocket.isValid(), targets.body.constData());
    DevTools devTools;
    QVERIFY(devTools.open(pageSocket));
    QVERIFY(!devTools.call(u"Page.enable"_s).contains("error"_L1));
    devTools.call(u"Emulation.setDeviceMetricsOverride"_s, QJsonObject{{"width"_L1, 390},
                                                                       {"height"_L1, 844},
                                                                       {"deviceScaleFactor"_L1, 3},
                                                                       {"mobile"_L1, true}});
    // A phone set to French, as in Burkina Faso.
    devTools.call(u"Network.enable"_s);
    devTools.call(
        u"Network.setExtraHTTPHeaders"_s,
        QJsonObject{{"headers"_L1, QJsonObject{{"Accept-Language"_L1, u"fr-BF,fr;q=0.9"_s}}}});
    devTools.call(u"Page.navigate"_s, QJsonObject{{"url"_L1, paymentUrl}});
    QTRY_COMPARE_WITH_TIMEOUT(devTools
                                  .evaluate(u"document.readyState === 'complete' && "
                                            "!!document.querySelector('#pay')"_s)
                                  .toBool(),
                              true, 15000);
    QCOMPARE(devTools.evaluate(u"document.documentElement.lang"_s).toString(), u"fr"_s);
    QCOMPARE(devTools.evaluate(u"document.querySelector('#total').textContent"_s).toString(),
             PaymentPage::amountText(5000, PaymentPage::Language::French));
    // Fits a phone: nothing wider than the screen.
    QVERIFY(
        devTools.evaluate(u"document.documentElement.scrollWidth <= window.innerWidth"_s).toBool());

    // Like a customer: tap Orange Money, tap the number field, type, tap pay.
    QVERIFY(devTools.click(u"#operator-11"_s));
    QVERIFY(devTools.evaluate(u"document.querySelector('#operator-11').checked"_s).toBool());
    QVERIFY(devTools.click(u"#phone"_s));
    QVERIFY(devTools.evaluate(u"document.activeElement.id"_s).toString() == "phone"_L1);
    devTools.call(u"Input.insertText"_s, QJsonObject{{"text"_L1, u"76 00 00 00"_s}});
    QCOMPARE(devTools.evaluate(u"document.querySelector('#phone').value"_s).toString(),
             u"76 00 00 00"_s);
    QVERIFY(devTools.click(u"#pay"_s));

    QTRY_COMPARE_WITH_TIMEOUT(devTools.evaluate(u"location.href"_s).toString(), returnUrl, 15000);
    QTRY_VERIFY(devTools.evaluate(u"document.body && document.body.textContent"_s)
                    .toString()
                    .contains(u"back at the shop"_s));
    const Invoice *invoice = sandbox.findByToken(token);
    QCOMPARE(invoice->status, Invoice::Status::Completed);
    const QJsonObject confirm = client.confirm(token).json();
    QCOMPARE(confirm.value("status"_L1).toString(), u"completed"_s);
    QCOMPARE(confirm.value("operator_id"_L1).toString(), u"11"_s);
    QCOMPARE(confirm.value("customer"_L1).toString(), u"22676000000"_s);
    QTRY_COMPARE(merchant.callbacks().size(), 2);
    QCOMPARE(merchant.callbacks().at(0).contentType, "application/x-www-form-urlencoded");
    QCOMPARE(merchant.callbacks().at(1).contentType, "application/json");
    QCOMPARE(merchant.callbacks().at(1).json().value("status"_L1).toString(), u"completed"_s);
    devTools.call(u"Page.navigate"_s, QJsonObject{{"url"_L1, u"about:blank"_s}});
}

QTEST_GUILESS_MAIN(SandboxBrowserTest)
#include "tst_sandboxbrowser.moc"
