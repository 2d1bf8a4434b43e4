#include "InvoiceTokenCodec.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

constexpr auto base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
// {"typ":"JWT","alg":"HS256"}, in this key order, as LigdiCash's tokens start.
constexpr QByteArrayView jwtHeader = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9";

QByteArray payload(QByteArrayView claim, quint32 id, qint64 createdMs)
{
    const qint64 start = createdMs / 1000;
    const QByteArray json = "{\"" + claim + "\":\"" + QByteArray::number(id) +
                            "\",\"start_date\":\"" + InvoiceTokenCodec::date(createdMs).toUtf8() +
                            "\",\"expiry_date\":" + QByteArray::number(start + 24 * 3600) + '}';
    return json.toBase64(base64Url);
}

} // namespace

InvoiceTokenCodec::InvoiceTokenCodec(QByteArray secret)
    : m_secret(std::move(secret))
{}

QByteArray InvoiceTokenCodec::sign(QByteArrayView data) const
{
    return QMessageAuthenticationCode::hash(data.toByteArray(), m_secret,
                                            QCryptographicHash::Sha256)
        .toBase64(base64Url);
}

QByteArray InvoiceTokenCodec::token(quint32 id, qint64 createdMs) const
{
    const QByteArray signedPart =
        jwtHeader.toByteArray() + '.' + payload("id_invoice", id, createdMs);
    return signedPart + '.' + sign(signedPart);
}

std::optional<quint32> InvoiceTokenCodec::idOf(QByteArrayView token) const
{
    const qsizetype last = token.lastIndexOf('.');
    if (last <= 0 || !token.startsWith(jwtHeader) || token.size() > 512)
        return std::nullopt;
    const QByteArrayView signedPart = token.first(last);
    if (sign(signedPart) != token.sliced(last + 1))
        return std::nullopt;
    const QByteArrayView body = signedPart.sliced(jwtHeader.size() + 1);
    const auto decoded = QByteArray::fromBase64Encoding(body.toByteArray(), base64Url);
    if (!decoded)
        return std::nullopt;
    const QJsonObject claims = QJsonDocument::fromJson(*decoded).object();
    bool ok = false;
    const quint32 id = claims.value("id_invoice"_L1).toString().toUInt(&ok);
    if (!ok)
        return std::nullopt;
    return id;
}

QByteArray InvoiceTokenCodec::callbackToken(quint32 id, qint64 createdMs) const
{
    const QByteArray signedPart =
        jwtHeader.toByteArray() + '.' + payload("id_notification", id, createdMs);
    return signedPart + '.' + sign(QByteArray("callback:" + signedPart));
}

QString InvoiceTokenCodec::requestId(quint32 id, qint64 createdMs) const
{
    const QByteArray mac = QMessageAuthenticationCode::hash("request:" + QByteArray::number(id),
                                                            m_secret, QCryptographicHash::Sha256);
    quint64 number = 0;
    for (int i = 0; i < 8; ++i)
        number = (number << 8) | static_cast<quint8>(mac.at(i));
    const QString year =
        QDateTime::fromMSecsSinceEpoch(createdMs, QTimeZone::utc()).toString(u"yyyy"_s);
    return u"P%1%2"_s.arg(number % 900000000 + 100000000).arg(year);
}

QString InvoiceTokenCodec::hash(quint32 id) const
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash("hash:" + QByteArray::number(id),
                                                                m_secret,
                                                                QCryptographicHash::Sha256)
                                   .toHex());
}

QString InvoiceTokenCodec::logfile(quint32 id, qint64 createdMs) const
{
    const QString stamp =
        QDateTime::fromMSecsSinceEpoch(createdMs, QTimeZone::utc()).toString(u"yyyyMMddHHmmss"_s);
    return stamp + hash(id).right(13);
}

QString InvoiceTokenCodec::transactionId(quint32 id) const
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash("transaction:" + QByteArray::number(id), m_secret,
                                         QCryptographicHash::Sha256)
            .toHex()
            .left(32));
}

QString InvoiceTokenCodec::date(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm:ss"_s) +
           u"+00"_s;
}

QString InvoiceTokenCodec::customDataDate(qint64 ms)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    return time.toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s) + u"000"_s;
}
