#include "CsvDownload.h"

#include "ServerClient.h"

#include <QNetworkReply>
#include <QSaveFile>

#include <memory>

void CsvDownload::toFile(ServerClient *server, const QString &path, int timeoutMs,
                         const QString &filePath, QObject *context,
                         std::function<void(const qint64 &, const ServerError &)> done)
{
    auto file = std::make_shared<QSaveFile>(filePath);
    if (!file->open(QIODevice::WriteOnly)) {
        ServerError error;
        error.kind = ServerError::Kind::Invalid;
        error.message = file->errorString();
        done(0, error);
        return;
    }
    auto written = std::make_shared<qint64>(0);
    auto writeFailed = std::make_shared<bool>(false);
    QNetworkReply *reply = server->send(
        "GET", path, std::nullopt, timeoutMs, context,
        [file, written, writeFailed, done](const QJsonObject &, const ServerError &error) {
            ServerError failure = error;
            if (error.isOk() && (*writeFailed || !file->commit())) {
                failure.kind = ServerError::Kind::Invalid;
                failure.message = file->errorString();
            }
            if (!failure.isOk())
                file->cancelWriting();
            done(*written, failure);
        });
    // Only a successful answer is the CSV; an error's JSON body is left for ServerClient to read.
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, file, written, writeFailed] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status < 200 || status >= 300 || *writeFailed)
            return;
        const QByteArray chunk = reply->readAll();
        if (file->write(chunk) != chunk.size()) {
            *writeFailed = true;
            reply->abort();
            return;
        }
        *written += chunk.size();
    });
}
