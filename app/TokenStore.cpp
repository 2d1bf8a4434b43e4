#include "TokenStore.h"

#include <qt6keychain/keychain.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTokenStore, "comptoir.app.tokenstore")

namespace {
const QString kService = u"africa.comptoir.Comptoir"_s;
const QString kKey = u"terminal-token"_s;
} // namespace

TokenStore::TokenStore(const QString &fallbackFile, Backend backend, QObject *parent)
    : QObject(parent)
    , m_file(fallbackFile)
    , m_backend(backend)
{}

bool TokenStore::writeFile(const QString &path, const QByteArray &token, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    // Restrict before any byte is written: the temporary file becomes the final one.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(token);
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

QByteArray TokenStore::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().trimmed();
}

void TokenStore::load(std::function<void(const QByteArray &)> done)
{
    if (m_backend == Backend::FileOnly) {
        done(readFile(m_file));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(kKey);
    connect(job, &QKeychain::Job::finished, this, [this, job, done] {
        if (job->error() == QKeychain::NoError) {
            done(job->binaryData());
            return;
        }
        qCInfo(lcTokenStore) << "keychain unavailable, using the token file:" << job->errorString();
        done(readFile(m_file));
    });
    job->start();
}

void TokenStore::save(const QByteArray &token, std::function<void(bool, const QString &)> done)
{
    auto toFile = [this, token, done] {
        QString error;
        if (writeFile(m_file, token, &error))
            done(true, tr("Token saved in %1 (readable only by you).").arg(m_file));
        else
            done(false, tr("The token could not be saved: %1").arg(error));
    };
    if (m_backend == Backend::FileOnly) {
        toFile();
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(kKey);
    job->setBinaryData(token);
    connect(job, &QKeychain::Job::finished, this, [this, job, done, toFile] {
        if (job->error() == QKeychain::NoError) {
            QFile::remove(m_file); // one place only
            done(true, tr("Token saved in the system keychain."));
            return;
        }
        qCInfo(lcTokenStore) << "keychain unavailable:" << job->errorString();
        toFile();
    });
    job->start();
}

void TokenStore::clear()
{
    QFile::remove(m_file);
    if (m_backend == Backend::FileOnly)
        return;
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setKey(kKey);
    job->start();
}
