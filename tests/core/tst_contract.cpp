#include "contract/ApiError.h"
#include "contract/CreateOrderRequest.h"
#include "contract/JsonReader.h"
#include "contract/OrderView.h"
#include "contract/SessionReply.h"
#include "contract/SessionRequest.h"
#include "contract/StartPaymentReply.h"
#include "contract/StartPaymentRequest.h"
#include "domain/DomainLimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 4, 15), QTime(11, 19, 28, 500), QTimeZone::utc());
const QUuid kId = QUuid::fromString(u"123e4567-e89b-12d3-a456-426614174000"_s);

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("test JSON does not parse: %s", json.constData());
    return document.object();
}

// Serialises to bytes and back, as the wire does.
QJsonObject overTheWire(const QJsonObject &json)
{
    return parse(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QList<OrderLine> twoLines()
{
    return {OrderLine{u"bread"_s, u"Pain"_s, 3, Money::fromFrancs(150), Money::fromFrancs(450)},
            OrderLine{u"milk"_s, u"Lait"_s, 1, Money::fromFrancs(900), Money::fromFrancs(900)}};
}

CreateOrderRequest cashRequest()
{
    CreateOrderRequest request;
    request.orderId = kId;
    request.lines = twoLines();
    request.total = Money::fromFrancs(1350);
    request.method = PaymentMethod::Cash;
    request.cashTendered = Money::fromFrancs(2000);
    return request;
}

OrderView fullView()
{
    OrderView view;
    view.id = kId;
    view.status = OrderStatus::Paid;
    view.total = Money::fromFrancs(1350);
    view.method = PaymentMethod::LigdiCash;
    view.lines = twoLines();
    view.paymentUrl = QUrl(u"https://app.ligdicash.com/pay/invoice/abc?x=1"_s);
    view.operatorName = u"ORANGE BURKINA"_s;
    view.reference = u"LGD-778899"_s;
    view.customerNumber = u"22670123456"_s;
    view.cashierId = u"awa"_s;
    view.terminalId = u"till-1"_s;
    view.createdAt = kNow;
    view.updatedAt = kNow.addSecs(60);
    view.paidAt = kNow.addSecs(60);
    view.paidLate = true;
    view.amountMismatch = false;
    view.paymentAttempt = 2;
    view.lastError = ApiError::make(ApiError::Code::UpstreamTimeout, u"LigdiCash is slow"_s);
    return view;
}

// Parses json as the named contract type; std::nullopt when it is accepted.
std::optional<ParseError> errorParsing(const QString &type, const QJsonObject &json)
{
    const auto errorOf = [](const auto &result) -> std::optional<ParseError> {
        if (result.isOk())
            return std::nullopt;
        return result.error();
    };
    if (type == u"ApiError"_s)
        return errorOf(ApiError::fromJson(json));
    if (type == u"CreateOrderRequest"_s)
        return errorOf(CreateOrderRequest::fromJson(json));
    if (type == u"OrderView"_s)
        return errorOf(OrderView::fromJson(json));
    if (type == u"StartPaymentRequest"_s)
        return errorOf(StartPaymentRequest::fromJson(json));
    if (type == u"StartPaymentReply"_s)
        return errorOf(StartPaymentReply::fromJson(json));
    if (type == u"SessionRequest"_s)
        return errorOf(SessionRequest::fromJson(json));
    if (type == u"SessionReply"_s)
        return errorOf(SessionReply::fromJson(json));
    qFatal("unknown contract type");
}

} // namespace

class TestContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apiError_roundTrips();
    void apiError_codesMapToHttpStatusOnce_data();
    void apiError_codesMapToHttpStatusOnce();
    void apiError_unknownCodeIsKeptVerbatim();
    void apiError_fromParseErrorNamesTheField();
    void createOrderRequest_roundTrips();
    void createOrderRequest_fromOrderCarriesClientContent();
    void createOrderRequest_toOrderGivesValidatedDraft();
    void createOrderRequest_toOrderNamesTheInconsistentField_data();
    void createOrderRequest_toOrderNamesTheInconsistentField();
    void orderView_roundTrips();
    void orderView_minimalRoundTrips();
    void orderView_neverCarriesLigdiCashToken();
    void orderView_fromOrderCopiesStatusAndCash();
    void startPaymentRequest_roundTrips();
    void startPaymentReply_roundTrips();
    void sessionRequest_roundTrips();
    void sessionReply_roundTrips();
    void amounts_acceptOnlyWholeFrancsThatJsonCarriesExactly_data();
    void amounts_acceptOnlyWholeFrancsThatJsonCarriesExactly();
    void malformed_isRefusedNamingTheField_data();
    void malformed_isRefusedNamingTheField();
    void unknownKeys_areIgnoredForForwardCompatibility();
};

void TestContract::apiError_roundTrips()
{
    const ApiError error =
        ApiError::make(ApiError::Code::ValidationFailed,
                       u"The order total is not the sum of its lines."_s, u"total"_s);
    const QJsonObject json = error.toJson();
    QCOMPARE(json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"validation_failed"_s);
    const Result<ApiError> back = ApiError::fromJson(overTheWire(json));
    QVERIFY(back.isOk());
    QCOMPARE(*back, error);
    QCOMPARE(back->kind(), ApiError::Code::ValidationFailed);
    QCOMPARE(back->httpStatus(), 422);

    // The HTTP layer's bare error (no field) reads too.
    const Result<ApiError> bare =
        ApiError::fromJson(parse(R"({"error":{"code":"not_found","message":"No such order"}})"));
    QVERIFY(bare.isOk());
    QCOMPARE(bare->kind(), ApiError::Code::NotFound);
    QVERIFY(bare->field.isEmpty());
}

void TestContract::apiError_codesMapToHttpStatusOnce_data()
{
    QTest::addColumn<ApiError::Code>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("status");
    using C = ApiError::Code;
    QTest::newRow("bad_request") << C::BadRequest << u"bad_request"_s << 400;
    QTest::newRow("validation_failed") << C::ValidationFailed << u"validation_failed"_s << 422;
    QTest::newRow("unauthorized") << C::Unauthorized << u"unauthorized"_s << 401;
    QTest::newRow("forbidden") << C::Forbidden << u"forbidden"_s << 403;
    QTest::newRow("not_found") << C::NotFound << u"not_found"_s << 404;
    QTest::newRow("method_not_allowed") << C::MethodNotAllowed << u"method_not_allowed"_s << 405;
    QTest::newRow("conflict") << C::Conflict << u"conflict"_s << 409;
    QTest::newRow("payload_too_large") << C::PayloadTooLarge << u"payload_too_large"_s << 413;
    QTest::newRow("unsupported_media_type")
        << C::UnsupportedMediaType << u"unsupported_media_type"_s << 415;
    QTest::newRow("too_many_requests") << C::TooManyRequests << u"too_many_requests"_s << 429;
    QTest::newRow("internal_error") << C::InternalError << u"internal_error"_s << 500;
    QTest::newRow("ligdicash_error") << C::LigdiCashError << u"ligdicash_error"_s << 502;
    QTest::newRow("unavailable") << C::Unavailable << u"unavailable"_s << 503;
    QTest::newRow("upstream_timeout") << C::UpstreamTimeout << u"upstream_timeout"_s << 504;
}

void TestContract::apiError_codesMapToHttpStatusOnce()
{
    QFETCH(ApiError::Code, code);
    QFETCH(QString, name);
    QFETCH(int, status);
    QCOMPARE(ApiError::codeToString(code), name);
    QCOMPARE(ApiError::codeFromString(name), code);
    QCOMPARE(ApiError::httpStatusFor(code), status);
}

void TestContract::apiError_unknownCodeIsKeptVerbatim()
{
    const Result<ApiError> error =
        ApiError::fromJson(parse(R"({"error":{"code":"quota_exceeded","message":"m"}})"));
    QVERIFY(error.isOk());
    QCOMPARE(error->kind(), ApiError::Code::Unknown);
    QCOMPARE(error->code, u"quota_exceeded"_s);
}

void TestContract::apiError_fromParseErrorNamesTheField()
{
    const ApiError error =
        ApiError::fromParseError(ParseError{u"lines[2].quantity"_s, u"must be between"_s});
    QCOMPARE(error.kind(), ApiError::Code::BadRequest);
    QCOMPARE(error.field, u"lines[2].quantity"_s);
    QVERIFY(error.message.contains(u"lines[2].quantity"_s));
}

void TestContract::createOrderRequest_roundTrips()
{
    CreateOrderRequest ligdicash = cashRequest();
    ligdicash.method = PaymentMethod::LigdiCash;
    ligdicash.cashTendered.reset();
    for (const CreateOrderRequest &request : {cashRequest(), ligdicash}) {
        const QJsonObject json = request.toJson();
        QCOMPARE(json.value(u"id"_s).toString(), u"123e4567-e89b-12d3-a456-426614174000"_s);
        QCOMPARE(json.contains(u"cash_tendered"_s), request.cashTendered.has_value());
        const Result<CreateOrderRequest> back = CreateOrderRequest::fromJson(overTheWire(json));
        QVERIFY2(back.isOk(), qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(*back, request);
    }
}

void TestContract::createOrderRequest_fromOrderCarriesClientContent()
{
    Cart cart;
    QCOMPARE(cart.add(Product(u"bread"_s, {}, {}, u"Pain"_s, {}, Money::fromFrancs(150)), 3),
             Cart::Error::None);
    Order order = Order::fromCart(cart, PaymentMethod::Cash, u"awa"_s, u"till-1"_s, kNow, kId);
    QCOMPARE(order.setCashTendered(Money::fromFrancs(500)), Order::Error::None);
    const CreateOrderRequest request = CreateOrderRequest::fromOrder(order);
    QCOMPARE(request.orderId, kId);
    QCOMPARE(request.total, Money::fromFrancs(450));
    QCOMPARE(request.cashTendered, std::optional<Money>(Money::fromFrancs(500)));

    // What the server rebuilds is the same order, content-wise: a retry is recognised.
    const Result<Order> rebuilt = request.toOrder(u"awa"_s, u"till-1"_s, kNow.addSecs(3));
    QVERIFY(rebuilt.isOk());
    QVERIFY(rebuilt->hasSameContent(order));
}

void TestContract::createOrderRequest_toOrderGivesValidatedDraft()
{
    const Result<Order> order = cashRequest().toOrder(u"awa"_s, u"till-1"_s, kNow);
    QVERIFY2(order.isOk(), qPrintable(order ? QString() : order.error().toString()));
    QCOMPARE(order->status(), OrderStatus::Draft);
    QCOMPARE(order->cashierId(), u"awa"_s);
    QCOMPARE(order->createdAt(), kNow);
    QCOMPARE(order->change(), std::optional<Money>(Money::fromFrancs(650)));
    QCOMPARE(order->validate(), Order::Error::None);
}

void TestContract::createOrderRequest_toOrderNamesTheInconsistentField_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("field");
    QTest::newRow("total") << u"total"_s << u"total"_s;
    QTest::newRow("line total") << u"line total"_s << u"lines[1].line_total"_s;
    QTest::newRow("no lines") << u"no lines"_s << u"lines"_s;
    QTest::newRow("currency") << u"currency"_s << u"currency"_s;
    QTest::newRow("cash short") << u"cash short"_s << u"cash_tendered"_s;
    QTest::newRow("cash on ligdicash") << u"cash on ligdicash"_s << u"cash_tendered"_s;
}

void TestContract::createOrderRequest_toOrderNamesTheInconsistentField()
{
    QFETCH(QString, change);
    QFETCH(QString, field);
    CreateOrderRequest request = cashRequest();
    if (change == u"total"_s) {
        request.total = Money::fromFrancs(1300);
    } else if (change == u"line total"_s) {
        request.lines[1].lineTotal = Money::fromFrancs(800);
        request.total = Money::fromFrancs(1250);
    } else if (change == u"no lines"_s) {
        request.lines.clear();
        request.total = Money();
    } else if (change == u"currency"_s) {
        request.currency = u"EUR"_s;
    } else if (change == u"cash short"_s) {
        request.cashTendered = Money::fromFrancs(1000);
    } else if (change == u"cash on ligdicash"_s) {
        request.method = PaymentMethod::LigdiCash;
    }
    const Result<Order> order = request.toOrder(u"awa"_s, u"till-1"_s, kNow);
    QVERIFY(!order.isOk());
    QCOMPARE(order.error().field, field);
    QVERIFY(!order.error().message.isEmpty());
}

void TestContract::orderView_roundTrips()
{
    const OrderView view = fullView();
    const QJsonObject json = view.toJson();
    QCOMPARE(json.value(u"status"_s).toString(), u"paid"_s);
    QCOMPARE(json.value(u"paid_late"_s).toBool(), true);
    QCOMPARE(json.value(u"paid_at"_s).toString(), u"2026-04-15T11:20:28.500Z"_s);
    QCOMPARE(json.value(u"reference"_s).toString(), u"LGD-778899"_s);
    QCOMPARE(json.value(u"last_error"_s).toObject().value(u"code"_s).toString(),
             u"upstream_timeout"_s);
    const Result<OrderView> back = OrderView::fromJson(overTheWire(json));
    QVERIFY2(back.isOk(), qPrintable(back ? QString() : back.error().toString()));
    QCOMPARE(*back, view);
}

void TestContract::orderView_minimalRoundTrips()
{
    OrderView view;
    view.id = kId;
    view.status = OrderStatus::AwaitingPayment;
    view.total = Money::fromFrancs(100);
    view.method = PaymentMethod::LigdiCash;
    const QJsonObject json = view.toJson();
    QVERIFY(!json.contains(u"paid_at"_s));
    QVERIFY(!json.contains(u"payment_url"_s));
    QVERIFY(!json.contains(u"last_error"_s));
    const Result<OrderView> back = OrderView::fromJson(overTheWire(json));
    QVERIFY(back.isOk());
    QCOMPARE(*back, view);
}

void TestContract::orderView_neverCarriesLigdiCashToken()
{
    const QByteArray bytes = QJsonDocument(fullView().toJson()).toJson();
    QVERIFY2(!bytes.contains("token"), bytes.constData());
    // A server that leaked one would not get it into the view either.
    QJsonObject leaked = fullView().toJson();
    leaked.insert(u"ligdicash_token"_s, u"eyJ0eXAiOiJKV1Qi"_s);
    const Result<OrderView> view = OrderView::fromJson(leaked);
    QVERIFY(view.isOk());
    QVERIFY(!QJsonDocument(view->toJson()).toJson().contains("eyJ0eXAiOiJKV1Qi"));
}

void TestContract::orderView_fromOrderCopiesStatusAndCash()
{
    const Result<Order> order = cashRequest().toOrder(u"awa"_s, u"till-1"_s, kNow);
    QVERIFY(order.isOk());
    Order paid = *order;
    QCOMPARE(paid.transitionTo(OrderStatus::Paid, kNow.addSecs(1)), Order::Error::None);
    const OrderView view = OrderView::fromOrder(paid);
    QCOMPARE(view.id, kId);
    QCOMPARE(view.status, OrderStatus::Paid);
    QCOMPARE(view.change, std::optional<Money>(Money::fromFrancs(650)));
    QCOMPARE(view.paidAt, kNow.addSecs(1));
    QCOMPARE(view.lines, paid.lines());
}

void TestContract::startPaymentRequest_roundTrips()
{
    StartPaymentRequest hosted;
    StartPaymentRequest direct;
    direct.flow = StartPaymentRequest::Flow::Direct;
    direct.customerNumber = u"22670123456"_s;
    StartPaymentRequest directWithOtp = direct;
    directWithOtp.otp = u"123456"_s;
    for (const StartPaymentRequest &request : {hosted, direct, directWithOtp}) {
        const Result<StartPaymentRequest> back =
            StartPaymentRequest::fromJson(overTheWire(request.toJson()));
        QVERIFY2(back.isOk(), qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(*back, request);
    }
    QCOMPARE(direct.toJson().value(u"flow"_s).toString(), u"direct"_s);
}

void TestContract::startPaymentReply_roundTrips()
{
    StartPaymentReply hosted{kId, OrderStatus::AwaitingPayment,
                             QUrl(u"https://app.ligdicash.com/pay/invoice/xyz"_s), 1};
    StartPaymentReply direct{kId, OrderStatus::AwaitingPayment, QUrl(), 2};
    for (const StartPaymentReply &reply : {hosted, direct}) {
        const Result<StartPaymentReply> back =
            StartPaymentReply::fromJson(overTheWire(reply.toJson()));
        QVERIFY2(back.isOk(), qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(*back, reply);
    }
}

void TestContract::sessionRequest_roundTrips()
{
    const SessionRequest request{u"awa"_s, u"0042"_s, u"till-1"_s};
    const Result<SessionRequest> back = SessionRequest::fromJson(overTheWire(request.toJson()));
    QVERIFY(back.isOk());
    QCOMPARE(*back, request);
    QCOMPARE(back->pin, u"0042"_s); // leading zeros survive: a PIN is text, not a number
}

void TestContract::sessionReply_roundTrips()
{
    const SessionReply reply{u"opaque-token"_s, UserRole::Manager, u"u-1"_s, u"Awa Ouédraogo"_s,
                             kNow.addSecs(8 * 3600)};
    const Result<SessionReply> back = SessionReply::fromJson(overTheWire(reply.toJson()));
    QVERIFY(back.isOk());
    QCOMPARE(*back, reply);
    QCOMPARE(reply.toJson().value(u"role"_s).toString(), u"manager"_s);
}

void TestContract::amounts_acceptOnlyWholeFrancsThatJsonCarriesExactly_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("francs");
    // A word the refusal must contain, so the cashier learns what is wrong.
    QTest::addColumn<QString>("hint");
    QTest::newRow("zero") << QByteArray("0") << true << qint64(0) << u""_s;
    QTest::newRow("typical") << QByteArray("15000") << true << qint64(15000) << u""_s;
    QTest::newRow("written as 1.0") << QByteArray("100.0") << true << qint64(100) << u""_s;
    QTest::newRow("exponent") << QByteArray("1e3") << true << qint64(1000) << u""_s;
    QTest::newRow("2^53 - 1") << QByteArray("9007199254740991") << true
                              << DomainLimits::kMaxAmountFrancs << u""_s;
    QTest::newRow("2^53") << QByteArray("9007199254740992") << false << qint64(0) << u"large"_s;
    QTest::newRow("2^53 + 1") << QByteArray("9007199254740993") << false << qint64(0) << u"large"_s;
    QTest::newRow("int64 max") << QByteArray("9223372036854775807") << false << qint64(0)
                               << u"large"_s;
    QTest::newRow("beyond int64") << QByteArray("92233720368547758070") << false << qint64(0)
                                  << u"large"_s;
    QTest::newRow("1e300") << QByteArray("1e300") << false << qint64(0) << u"large"_s;
    QTest::newRow("fraction") << QByteArray("150.5") << false << qint64(0) << u"whole"_s;
    QTest::newRow("tiny fraction") << QByteArray("0.0001") << false << qint64(0) << u"whole"_s;
    QTest::newRow("negative") << QByteArray("-1") << false << qint64(0) << u"negative"_s;
    QTest::newRow("string") << QByteArray("\"150\"") << false << qint64(0) << u"number"_s;
    QTest::newRow("bool") << QByteArray("true") << false << qint64(0) << u"number"_s;
    QTest::newRow("null") << QByteArray("null") << false << qint64(0) << u"required"_s;
    QTest::newRow("array") << QByteArray("[150]") << false << qint64(0) << u"number"_s;
}

void TestContract::amounts_acceptOnlyWholeFrancsThatJsonCarriesExactly()
{
    QFETCH(QByteArray, number);
    QFETCH(bool, accepted);
    QFETCH(qint64, francs);
    QFETCH(QString, hint);
    // Through a whole message, the way a server receives it.
    CreateOrderRequest request = cashRequest();
    QJsonObject json = request.toJson();
    json.remove(u"total"_s);
    QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    bytes.chop(1);
    bytes += ",\"total\":" + number + "}";
    const Result<CreateOrderRequest> parsed = CreateOrderRequest::fromJson(parse(bytes));
    QCOMPARE(parsed.isOk(), accepted);
    if (accepted) {
        QCOMPARE(parsed->total.francs(), francs);
    } else {
        QCOMPARE(parsed.error().field, u"total"_s);
        QVERIFY2(parsed.error().message.contains(hint), qPrintable(parsed.error().message));
    }
}

void TestContract::malformed_isRefusedNamingTheField_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");

    const QByteArray line =
        R"({"product_id":"b","name":"Pain","quantity":1,"unit_price":150,"line_total":150})";
    const QByteArray id = R"("id":"123e4567-e89b-12d3-a456-426614174000")";
    const auto order = [&](const QByteArray &extra) -> QByteArray {
        return "{" + id + ",\"lines\":[" + line + "]" + extra + "}";
    };
    const QByteArray base = R"(,"total":150,"currency":"XOF","method":"cash")";

    // ApiError
    QTest::newRow("error: not wrapped")
        << u"ApiError"_s << QByteArray(R"({"code":"x","message":"m"})") << u"error"_s;
    QTest::newRow("error: code number")
        << u"ApiError"_s << QByteArray(R"({"error":{"code":404,"message":"m"}})")
        << u"error.code"_s;
    QTest::newRow("error: message object")
        << u"ApiError"_s << QByteArray(R"({"error":{"code":"x","message":{}}})")
        << u"error.message"_s;

    // CreateOrderRequest
    QTest::newRow("create: empty object") << u"CreateOrderRequest"_s << QByteArray("{}") << u"id"_s;
    QTest::newRow("create: id number")
        << u"CreateOrderRequest"_s << QByteArray(R"({"id":42})") << u"id"_s;
    QTest::newRow("create: lines missing")
        << u"CreateOrderRequest"_s << QByteArray("{" + id + base + "}") << u"lines"_s;
    QTest::newRow("create: lines string")
        << u"CreateOrderRequest"_s << QByteArray("{" + id + ",\"lines\":\"x\"" + base + "}")
        << u"lines"_s;
    QTest::newRow("create: line is number")
        << u"CreateOrderRequest"_s
        << QByteArray("{" + id + ",\"lines\":[" + line + ",7]" + base + "}") << u"lines[1]"_s;
    QTest::newRow("create: line quantity string")
        << u"CreateOrderRequest"_s << order(base).replace("\"quantity\":1", "\"quantity\":\"1\"")
        << u"lines[0].quantity"_s;
    QTest::newRow("create: line quantity zero")
        << u"CreateOrderRequest"_s << order(base).replace("\"quantity\":1", "\"quantity\":0")
        << u"lines[0].quantity"_s;
    QTest::newRow("create: line quantity huge")
        << u"CreateOrderRequest"_s << order(base).replace("\"quantity\":1", "\"quantity\":1e20")
        << u"lines[0].quantity"_s;
    QTest::newRow("create: unit price fraction")
        << u"CreateOrderRequest"_s
        << order(base).replace("\"unit_price\":150", "\"unit_price\":149.99")
        << u"lines[0].unit_price"_s;
    QTest::newRow("create: line total negative")
        << u"CreateOrderRequest"_s
        << order(base).replace("\"line_total\":150", "\"line_total\":-150")
        << u"lines[0].line_total"_s;
    QTest::newRow("create: product id missing")
        << u"CreateOrderRequest"_s << order(base).replace("\"product_id\":\"b\",", "")
        << u"lines[0].product_id"_s;
    QTest::newRow("create: total missing")
        << u"CreateOrderRequest"_s << order(R"(,"currency":"XOF","method":"cash")") << u"total"_s;
    QTest::newRow("create: total huge")
        << u"CreateOrderRequest"_s << order(R"(,"total":1e16,"currency":"XOF","method":"cash")")
        << u"total"_s;
    QTest::newRow("create: method unknown")
        << u"CreateOrderRequest"_s << order(R"(,"total":150,"currency":"XOF","method":"card")")
        << u"method"_s;
    QTest::newRow("create: method capitalised")
        << u"CreateOrderRequest"_s << order(R"(,"total":150,"currency":"XOF","method":"Cash")")
        << u"method"_s;
    QTest::newRow("create: currency missing")
        << u"CreateOrderRequest"_s << order(R"(,"total":150,"method":"cash")") << u"currency"_s;
    QTest::newRow("create: cash tendered string")
        << u"CreateOrderRequest"_s << order(base + R"(,"cash_tendered":"200")")
        << u"cash_tendered"_s;
    QTest::newRow("create: cash tendered fraction")
        << u"CreateOrderRequest"_s << order(base + R"(,"cash_tendered":200.5)")
        << u"cash_tendered"_s;
    {
        QByteArray many = "{" + id + ",\"lines\":[";
        for (int i = 0; i <= DomainLimits::kMaxLines; ++i)
            many += (i ? "," : "") + line;
        many += "]" + base + "}";
        QTest::newRow("create: 201 lines") << u"CreateOrderRequest"_s << many << u"lines"_s;
    }

    // OrderView
    const QByteArray view =
        "{" + id + R"(,"status":"paid","total":150,"currency":"XOF","method":"ligdicash")";
    QTest::newRow("view: status unknown")
        << u"OrderView"_s << QByteArray(view + "}").replace("\"paid\"", "\"completed\"")
        << u"status"_s;
    QTest::newRow("view: payment url relative")
        << u"OrderView"_s << QByteArray(view + R"(,"payment_url":"/pay/invoice/x"})")
        << u"payment_url"_s;
    QTest::newRow("view: payment url not http")
        << u"OrderView"_s << QByteArray(view + R"x(,"payment_url":"javascript:alert(1)"})x")
        << u"payment_url"_s;
    QTest::newRow("view: paid_late string")
        << u"OrderView"_s << QByteArray(view + R"(,"paid_late":"true"})") << u"paid_late"_s;
    QTest::newRow("view: paid_at local time")
        << u"OrderView"_s << QByteArray(view + R"(,"paid_at":"2026-04-15 11:19:28"})")
        << u"paid_at"_s;
    QTest::newRow("view: last error without code")
        << u"OrderView"_s << QByteArray(view + R"(,"last_error":{"message":"m"}})")
        << u"last_error.code"_s;
    QTest::newRow("view: lines[0] bad")
        << u"OrderView"_s << QByteArray(view + R"(,"lines":[{"product_id":"b"}]})")
        << u"lines[0].name"_s;

    // StartPaymentRequest
    QTest::newRow("start: flow missing")
        << u"StartPaymentRequest"_s << QByteArray("{}") << u"flow"_s;
    QTest::newRow("start: flow unknown")
        << u"StartPaymentRequest"_s << QByteArray(R"({"flow":"ussd"})") << u"flow"_s;
    QTest::newRow("start: direct without number")
        << u"StartPaymentRequest"_s << QByteArray(R"({"flow":"direct"})") << u"customer_number"_s;
    QTest::newRow("start: number as number")
        << u"StartPaymentRequest"_s
        << QByteArray(R"({"flow":"direct","customer_number":22670123456})") << u"customer_number"_s;
    QTest::newRow("start: number with plus")
        << u"StartPaymentRequest"_s
        << QByteArray(R"({"flow":"direct","customer_number":"+22670123456"})")
        << u"customer_number"_s;
    QTest::newRow("start: number too short")
        << u"StartPaymentRequest"_s << QByteArray(R"({"flow":"direct","customer_number":"7012"})")
        << u"customer_number"_s;
    QTest::newRow("start: otp letters")
        << u"StartPaymentRequest"_s
        << QByteArray(R"({"flow":"direct","customer_number":"22670123456","otp":"12ab"})")
        << u"otp"_s;
    QTest::newRow("start: hosted with number")
        << u"StartPaymentRequest"_s
        << QByteArray(R"({"flow":"hosted","customer_number":"22670123456"})")
        << u"customer_number"_s;

    // StartPaymentReply
    QTest::newRow("reply: id missing")
        << u"StartPaymentReply"_s << QByteArray(R"({"status":"awaiting_payment"})") << u"id"_s;
    QTest::newRow("reply: attempt fraction")
        << u"StartPaymentReply"_s
        << QByteArray("{" + id + R"(,"status":"awaiting_payment","payment_attempt":1.5})")
        << u"payment_attempt"_s;

    // SessionRequest
    QTest::newRow("session: user missing")
        << u"SessionRequest"_s << QByteArray(R"({"pin":"1234","terminal_id":"t"})") << u"user"_s;
    QTest::newRow("session: pin as number")
        << u"SessionRequest"_s << QByteArray(R"({"user":"a","pin":1234,"terminal_id":"t"})")
        << u"pin"_s;
    QTest::newRow("session: pin letters")
        << u"SessionRequest"_s << QByteArray(R"({"user":"a","pin":"12a4","terminal_id":"t"})")
        << u"pin"_s;
    QTest::newRow("session: pin too short")
        << u"SessionRequest"_s << QByteArray(R"({"user":"a","pin":"123","terminal_id":"t"})")
        << u"pin"_s;
    QTest::newRow("session: pin too long")
        << u"SessionRequest"_s << QByteArray(R"({"user":"a","pin":"123456789","terminal_id":"t"})")
        << u"pin"_s;
    QTest::newRow("session: terminal missing")
        << u"SessionRequest"_s << QByteArray(R"({"user":"a","pin":"1234"})") << u"terminal_id"_s;

    // SessionReply
    QTest::newRow("session reply: role unknown")
        << u"SessionReply"_s
        << QByteArray(R"({"token":"t","role":"root","user_id":"u","display_name":"A"})")
        << u"role"_s;
    QTest::newRow("session reply: token empty")
        << u"SessionReply"_s
        << QByteArray(R"({"token":"","role":"cashier","user_id":"u","display_name":"A"})")
        << u"token"_s;
}

void TestContract::malformed_isRefusedNamingTheField()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const std::optional<ParseError> error = errorParsing(type, parse(json));
    QVERIFY2(error.has_value(), "accepted malformed input");
    QCOMPARE(error->field, field);
    QVERIFY(!error->message.isEmpty());
}

void TestContract::unknownKeys_areIgnoredForForwardCompatibility()
{
    QJsonObject json = cashRequest().toJson();
    json.insert(u"loyalty_card"_s, u"X-1"_s);
    const Result<CreateOrderRequest> request = CreateOrderRequest::fromJson(json);
    QVERIFY(request.isOk());
    QCOMPARE(*request, cashRequest());
}

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
