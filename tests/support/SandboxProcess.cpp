#include "SandboxProcess.h"

using namespace Qt::StringLiterals;

SandboxProcess::SandboxProcess(const QString &workDir)
    : m_workDir(workDir)
{}

bool SandboxProcess::start(const QStringList &extraArguments)
{
    QStringList arguments{u"--port"_s,        u"0"_s,
                          u"--api-key"_s,     QString::fromLatin1(apiKey),
                          u"--auth-token"_s,  QString::fromLatin1(authToken),
                          u"--control-key"_s, QString::fromLatin1(controlKey)};
    arguments += extraArguments;
    if (!m_process.start(u"ligdicash-sandbox"_s, arguments,
                         QProcessEnvironment::systemEnvironment(), m_workDir + u"/sandbox.log"_s))
        return false;
    m_client.setBaseUrl(m_process.baseUrl());
    m_client.setHeader("X-Sandbox-Key", controlKey);
    return true;
}

HttpTestReply SandboxProcess::control(const QByteArray &method, const QString &path,
                                      const QJsonObject &body)
{
    HttpTestRequest request;
    request.method = method;
    request.path = path;
    if (method != "GET") {
        request.contentType = QByteArrayLiteral("application/json");
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return m_client.send(request);
}

bool SandboxProcess::patchScenario(const QJsonObject &scenario)
{
    const HttpTestReply reply = control("PATCH", u"/_sandbox/scenario"_s, scenario);
    if (reply.status != 200)
        qWarning("sandbox scenario refused: %s", reply.body.constData());
    return reply.status == 200;
}

bool SandboxProcess::setInvoiceScenario(const QString &token, const QJsonObject &scenario)
{
    const HttpTestReply reply =
        control("PUT", u"/_sandbox/invoices/"_s + token + u"/scenario"_s, scenario);
    if (reply.status != 200)
        qWarning("sandbox invoice scenario refused: %s", reply.body.constData());
    return reply.status == 200;
}

QJsonArray SandboxProcess::invoicesFor(const QString &orderId)
{
    QJsonArray matching;
    const HttpTestReply reply = control("GET", u"/_sandbox/invoices?limit=100000"_s);
    for (const QJsonValue &invoice : reply.json().value(u"invoices"_s).toArray()) {
        if (invoice.toObject().value(u"transaction_id"_s).toString() == orderId)
            matching.append(invoice);
    }
    return matching;
}

QString SandboxProcess::invoiceTokenFor(const QString &orderId)
{
    const QJsonArray invoices = invoicesFor(orderId);
    return invoices.isEmpty() ? QString()
                              : invoices.first().toObject().value(u"token"_s).toString();
}

HttpTestReply SandboxProcess::pay(const QString &token, const QJsonObject &body)
{
    return control("POST", u"/_sandbox/invoices/"_s + token + u"/pay"_s, body);
}

HttpTestReply SandboxProcess::fail(const QString &token)
{
    return control("POST", u"/_sandbox/invoices/"_s + token + u"/fail"_s);
}
