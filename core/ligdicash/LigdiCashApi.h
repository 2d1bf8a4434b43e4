#pragma once

// The LigdiCash payment API as its public documentation describes it: endpoint paths, header
// names, wiki URLs, the Burkina Faso operators and the documented limits. One place for every
// magic string, so the HTTP client, the callback handler and the sandbox cannot drift apart.

#include <QLatin1StringView>
#include <QString>
#include <QStringView>
#include <QUrl>

#include <array>

namespace LigdiCashApi {

// The two ways to take a payment: the customer picks an operator on LigdiCash's hosted page
// ("payin avec redirection"), or the server names the payer's number ("payin sans redirection").
enum class PayinMode { Hosted, Direct };

// Which call an answer or a sub-code belongs to: the same "Code02" means "wrong amount" for
// createInvoice and "invoice not found" for confirmInvoice.
enum class Endpoint { CreateInvoice, ConfirmInvoice, Callback };

inline constexpr QLatin1StringView productionBaseUrl("https://app.ligdicash.com");

inline constexpr QLatin1StringView hostedCreatePath("/pay/v01/redirect/checkout-invoice/create");
inline constexpr QLatin1StringView directCreatePath("/pay/v01/straight/checkout-invoice/create");
// Confirm serves hosted and direct payins alike. The trailing slash and the `invoiceToken` query
// are what every SDK and working integration uses; some doc pages write `?token=` (the sandbox
// accepts both, our client sends only invoiceToken).
inline constexpr QLatin1StringView confirmPath("/pay/v01/redirect/checkout-invoice/confirm/");
inline constexpr QLatin1StringView confirmTokenQuery("invoiceToken");
inline constexpr QLatin1StringView confirmTokenQueryAlias("token");
// Hosted payment page: {base}/pay/invoice/{token}.
inline constexpr QLatin1StringView paymentPagePath("/pay/invoice/");

// Headers. Both keys are required; the header name is literally "Apikey" (compare it
// case-insensitively when receiving).
inline constexpr QLatin1StringView apiKeyHeader("Apikey");
inline constexpr QLatin1StringView authorizationHeader("Authorization");
inline constexpr QLatin1StringView bearerPrefix("Bearer ");
inline constexpr QLatin1StringView acceptHeader("Accept");
inline constexpr QLatin1StringView contentTypeHeader("Content-Type");
inline constexpr QLatin1StringView jsonMediaType("application/json");
inline constexpr QLatin1StringView formMediaType("application/x-www-form-urlencoded");

// The `wiki` field of every answer: where LigdiCash lists the sub-codes of that endpoint.
inline constexpr QLatin1StringView
    wikiCreateInvoice("https://client.ligdicash.com/wiki/createInvoice");
inline constexpr QLatin1StringView
    wikiConfirmInvoice("https://client.ligdicash.com/wiki/confirmInvoice");
inline constexpr QLatin1StringView
    wikiCreateWithdrawal("https://client.ligdicash.com/wiki/createWithdrawal");
inline constexpr QLatin1StringView
    wikiCreateStraightWithdrawal("https://client.ligdicash.com/wiki/createStraightWithdrawal");

// Envelope values. "00" only means the request was accepted, never that anything is paid.
inline constexpr QLatin1StringView responseCodeSuccess("00");
inline constexpr QLatin1StringView responseCodeError("01");

// LigdiCash only handles XOF; older SDKs send "xof", so compare case-insensitively.
inline constexpr QLatin1StringView currency("XOF");

// response_text of an accepted direct payin (the outcome only arrives by callback/confirm).
// A QStringView, not Latin-1: the text has an "ê".
inline constexpr QStringView directPayinAcceptedText(u"Votre requête est en cours de traitement");

// Status spellings in confirm answers and callbacks. "nocompleted" is the 2024 spelling of
// "notcompleted"; both mean the payment failed for good.
inline constexpr QLatin1StringView statusCompleted("completed");
inline constexpr QLatin1StringView statusPending("pending");
inline constexpr QLatin1StringView statusNotCompleted("notcompleted");
inline constexpr QLatin1StringView statusNoCompleted("nocompleted");

// The custom_data key that carries our own id for a transaction.
inline constexpr QLatin1StringView transactionIdKey("transaction_id");

// Amount range the docs give for Code02 ("between 9 and 2,000,000"; Orange BF's minimum is 10,
// Moov BF's 100). The sandbox rejects outside [defaultMinAmount, defaultMaxAmount] by default.
inline constexpr qint64 defaultMinAmount = 10;
inline constexpr qint64 defaultMaxAmount = 2'000'000;

// A mobile-money operator as confirm answers and callbacks name it (operator_id, operator_name).
struct Operator
{
    QLatin1StringView id; // empty when LigdiCash documents none
    QLatin1StringView name;
};

inline constexpr Operator orangeBurkina{QLatin1StringView("11"),
                                        QLatin1StringView("ORANGE BURKINA")};
inline constexpr Operator moovBurkina{QLatin1StringView("12"),
                                      QLatin1StringView("MOOV AFRICA BURKINA")};
// The LigdiCash wallet has no documented numeric id; wallet payouts prefix the operator name
// with "LigdiCash " (e.g. "LigdiCash ORANGE BURKINA").
inline constexpr Operator ligdicashWallet{QLatin1StringView(), QLatin1StringView("LIGDICASH")};
inline constexpr std::array<Operator, 3> burkinaOperators{orangeBurkina, moovBurkina,
                                                          ligdicashWallet};

// The Burkina operator with this operator_id ("11", "12"), or nullptr.
const Operator *findOperator(QStringView operatorId);

QLatin1StringView createPath(PayinMode mode);
QLatin1StringView wikiUrl(Endpoint endpoint);
// {base}/pay/v01/redirect/checkout-invoice/create (or straight/…), base without trailing slash.
QUrl createUrl(const QUrl &base, PayinMode mode);
// {base}/pay/v01/redirect/checkout-invoice/confirm/?invoiceToken={token}, token percent-encoded.
QUrl confirmUrl(const QUrl &base, const QString &token);
// {base}/pay/invoice/{token}: the hosted page (what the sandbox answers in response_text).
QUrl paymentPageUrl(const QUrl &base, const QString &token);

} // namespace LigdiCashApi
