#include "CallbackDispatcher.h"

#include "ligdicash/CallbackPayload.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCallback, "comptoir.sandbox.callbackdispatcher", QtInfoMsg)

CallbackDispatcher::CallbackDispatcher(ActivityLog *log, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setTransferTimeout(10000);
}

void CallbackDispatcher::deliver(quint32 invoiceId, const QUrl &url,
                                 const QList<QJsonObject> &payloads,
                                 const CallbackBehaviour &behaviour)
{
    if (behaviour.encoding == CallbackBehaviour::Encoding::None || !url.isValid() || url.isEmpty())
        return;
    auto job = std::make_shared<Job>();
    job->invoiceId = invoiceId;
    job->url = url;
    job->generation = m_generation;
    for (const QJsonObject &payload : payloads) {
        const Post form{QByteArrayLiteral("application/x-www-form-urlencoded"),
                        CallbackPayload::toFormBody(payload)};
        const Post json{QByteArrayLiteral("application/json"),
                        QJsonDocument(payload).toJson(QJsonDocument::Compact)};
        QList<Post> pair;
        if (behaviour.encoding != CallbackBehaviour::Encoding::JsonOnly)
            pair.append(form);
        if (behaviour.encoding != CallbackBehaviour::Encoding::FormOnly)
            pair.append(json);
        if (behaviour.reversed)
            std::reverse(pair.begin(), pair.end());
        for (int copy = 0; copy < behaviour.copies; ++copy)
            job->posts += pair;
    }
    m_outstanding += static_cast<int>(job->posts.size());
    QTimer::singleShot(behaviour.delayMs, this, [this, job] { sendNext(job); });
}

void CallbackDispatcher::cancelAll()
{
    ++m_generation;
}

void CallbackDispatcher::sendNext(std::shared_ptr<Job> job)
{
    if (job->generation != m_generation) {
        // Reset happened meanwhile: forget the rest of this job.
        m_outstanding -= static_cast<int>(job->posts.size());
        job->posts.clear();
        if (m_outstanding == 0)
            Q_EMIT idle();
        return;
    }
    if (job->posts.isEmpty())
        return;
    const Post post = job->posts.takeFirst();
    QNetworkRequest request(job->url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, post.contentType);
    request.setRawHeader("User-Agent", "LigdiCash-Sandbox");
    request.setRawHeader("Accept", "*/*");
    QNetworkReply *reply = m_network->post(request, post.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, job, post] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        ActivityLog::Entry entry;
        entry.atMs = QDateTime::currentMSecsSinceEpoch();
        entry.method = post.contentType;
        entry.target = job->url.toString();
        entry.status = status;
        entry.requestBody = post.body;
        entry.responseBody = reply->read(4096);
        entry.invoiceId = job->invoiceId;
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            entry.note = reply->errorString();
            qCWarning(lcCallback).noquote()
                << "callback to"
                << job->url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)
                << "failed:" << reply->errorString();
        } else if (status >= 400) {
            entry.note = u"merchant answered %1"_s.arg(status);
            qCInfo(lcCallback) << "callback answered with HTTP" << status;
        }
        m_log->append(std::move(entry));
        Q_EMIT posted(job->invoiceId, post.contentType, status);
        finishPost();
        sendNext(job);
    });
}

void CallbackDispatcher::finishPost()
{
    --m_outstanding;
    if (m_outstanding == 0)
        Q_EMIT idle();
}
