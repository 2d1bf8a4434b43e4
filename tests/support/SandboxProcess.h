#pragma once

// A real ligdicash-sandbox for integration tests and benchmarks: started on a free port with
// known merchant and control keys, plus typed helpers for its /_sandbox/ control API (settle an
// invoice, change the scenario, list the invoices of one order).

#include "HttpTestClient.h"
#include "ListeningProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

class SandboxProcess
{
public:
    static constexpr const char *apiKey = "test-api-key";
    static constexpr const char *authToken = "test-auth-token";
    static constexpr const char *controlKey = "test-control-key";

    explicit SandboxProcess(const QString &workDir);

    bool start(const QStringList &extraArguments = {});
    void stop() { m_process.stop(); }
    QUrl baseUrl() const { return m_process.baseUrl(); }
    QString errorString() const { return m_process.errorString(); }
    QString logTail() const { return m_process.logTail(); }
    ListeningProcess &process() { return m_process; }

    // The control API (X-Sandbox-Key set).
    HttpTestReply control(const QByteArray &method, const QString &path,
                          const QJsonObject &body = {});
    // PATCH /_sandbox/scenario.
    bool patchScenario(const QJsonObject &scenario);
    // PUT /_sandbox/invoices/{token}/scenario.
    bool setInvoiceScenario(const QString &token, const QJsonObject &scenario);
    // Every invoice whose custom_data.transaction_id is orderId.
    QJsonArray invoicesFor(const QString &orderId);
    // The token of the first invoice made for orderId; empty when there is none yet.
    QString invoiceTokenFor(const QString &orderId);
    // POST /_sandbox/invoices/{token}/pay (callbacks follow, as the scenario says).
    HttpTestReply pay(const QString &token, const QJsonObject &body = {});
    HttpTestReply fail(const QString &token);

private:
    QString m_workDir;
    ListeningProcess m_process;
    HttpTestClient m_client;
};
