#pragma once

// Posts LigdiCash's notifications to a merchant's callback_url: form-urlencoded, then JSON, one
// post after the other so they arrive in that order, shaped by a CallbackBehaviour (duplicates,
// reversed order, delay, ...). Delivery failures are logged and recorded, never fatal; the
// merchant's answer is ignored, as LigdiCash does.

#include "ActivityLog.h"
#include "CallbackBehaviour.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

class CallbackDispatcher : public QObject
{
    Q_OBJECT

public:
    CallbackDispatcher(ActivityLog *log, QObject *parent = nullptr);

    // Queues the posts for a series of payloads (e.g. "pending" then "completed"), in order.
    void deliver(quint32 invoiceId, const QUrl &url, const QList<QJsonObject> &payloads,
                 const CallbackBehaviour &behaviour);
    // Posts still to send or in flight.
    int outstanding() const { return m_outstanding; }
    // Drops everything queued (reset); posts in flight finish but are not followed by others.
    void cancelAll();

Q_SIGNALS:
    void posted(quint32 invoiceId, const QByteArray &contentType, int status);
    void idle();

private:
    struct Post
    {
        QByteArray contentType;
        QByteArray body;
    };
    struct Job
    {
        quint32 invoiceId = 0;
        QUrl url;
        QList<Post> posts;
        quint64 generation = 0;
    };

    void sendNext(std::shared_ptr<Job> job);
    void finishPost();

    ActivityLog *m_log;
    QNetworkAccessManager *m_network;
    int m_outstanding = 0;
    quint64 m_generation = 0;
};
