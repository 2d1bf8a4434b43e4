#pragma once

// A CSV answer of the manager API (history export, catalog export) written to disk as it arrives,
// so a year of orders or a large catalog never sits in memory. The file is a QSaveFile: a cut
// connection or a full disk leaves the previous file (or none), never half a CSV.

#include "ServerError.h"

#include <QString>

#include <functional>

class QObject;
class ServerClient;

class CsvDownload
{
public:
    // done gets the number of bytes written and, on failure, why (the server's refusal, or the
    // file's error as an Invalid).
    static void toFile(ServerClient *server, const QString &path, int timeoutMs,
                       const QString &filePath, QObject *context,
                       std::function<void(const qint64 &, const ServerError &)> done);
};
