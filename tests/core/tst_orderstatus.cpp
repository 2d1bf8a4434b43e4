#include "domain/OrderStatus.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestOrderStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transition_everyPair_data();
    void transition_everyPair();
    void strings_roundTripAsSnakeCase_data();
    void strings_roundTripAsSnakeCase();
    void fromString_refusesOtherSpellings_data();
    void fromString_refusesOtherSpellings();
    void onlyPaidIsFinal();
    void closedStatuses_letTheCashierMoveOn();
    void settledStatuses_endTheTerminalsWatch();
    void paymentCanStartOnlyFromDraftOrFailed();
    void illegalTransition_hasAReadableMessage();
};

void TestOrderStatus::transition_everyPair_data()
{
    QTest::addColumn<OrderStatus>("from");
    QTest::addColumn<OrderStatus>("to");
    QTest::addColumn<TransitionError>("expected");

    using S = OrderStatus;
    // The whole state machine as a table: every legal edge is listed; every other pair is
    // illegal, and staying put is reported as AlreadyInStatus.
    const QList<QPair<S, S>> legal{
        {S::Draft, S::AwaitingPayment},
        {S::Draft, S::Paid},
        {S::Draft, S::Cancelled},
        {S::AwaitingPayment, S::Paid},
        {S::AwaitingPayment, S::Failed},
        {S::AwaitingPayment, S::Cancelled},
        {S::AwaitingPayment, S::Expired},
        {S::Failed, S::AwaitingPayment},
        {S::Failed, S::Cancelled},
        {S::Cancelled, S::Paid},
        {S::Expired, S::Paid},
    };
    for (S from : allOrderStatuses()) {
        for (S to : allOrderStatuses()) {
            TransitionError expected = TransitionError::Illegal;
            if (from == to)
                expected = TransitionError::AlreadyInStatus;
            else if (legal.contains(qMakePair(from, to)))
                expected = TransitionError::None;
            const QByteArray name =
                (orderStatusToString(from) + u" -> "_s + orderStatusToString(to)).toUtf8();
            QTest::newRow(name.constData()) << from << to << expected;
        }
    }
}

void TestOrderStatus::transition_everyPair()
{
    QFETCH(OrderStatus, from);
    QFETCH(OrderStatus, to);
    QFETCH(TransitionError, expected);
    QCOMPARE(transition(from, to), expected);
    QCOMPARE(isLegalTransition(from, to), expected == TransitionError::None);
}

void TestOrderStatus::strings_roundTripAsSnakeCase_data()
{
    QTest::addColumn<OrderStatus>("status");
    QTest::addColumn<QString>("text");
    QTest::newRow("draft") << OrderStatus::Draft << u"draft"_s;
    QTest::newRow("awaiting_payment") << OrderStatus::AwaitingPayment << u"awaiting_payment"_s;
    QTest::newRow("paid") << OrderStatus::Paid << u"paid"_s;
    QTest::newRow("failed") << OrderStatus::Failed << u"failed"_s;
    QTest::newRow("cancelled") << OrderStatus::Cancelled << u"cancelled"_s;
    QTest::newRow("expired") << OrderStatus::Expired << u"expired"_s;
}

void TestOrderStatus::strings_roundTripAsSnakeCase()
{
    QFETCH(OrderStatus, status);
    QFETCH(QString, text);
    QCOMPARE(orderStatusToString(status), text);
    QCOMPARE(orderStatusFromString(text), std::optional<OrderStatus>(status));
    QVERIFY(!orderStatusDisplayName(status).isEmpty());
}

void TestOrderStatus::fromString_refusesOtherSpellings_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("capitalised") << u"Paid"_s;
    QTest::newRow("kebab") << u"awaiting-payment"_s;
    QTest::newRow("camel") << u"awaitingPayment"_s;
    QTest::newRow("american") << u"canceled"_s;
    QTest::newRow("padded") << u" paid"_s;
    QTest::newRow("ligdicash word") << u"completed"_s;
}

void TestOrderStatus::fromString_refusesOtherSpellings()
{
    QFETCH(QString, text);
    QCOMPARE(orderStatusFromString(text), std::nullopt);
}

void TestOrderStatus::onlyPaidIsFinal()
{
    for (OrderStatus status : allOrderStatuses()) {
        QCOMPARE(isFinal(status), status == OrderStatus::Paid);
        // Final means no edge leaves it.
        bool anyExit = false;
        for (OrderStatus to : allOrderStatuses())
            anyExit = anyExit || isLegalTransition(status, to);
        QCOMPARE(isFinal(status), !anyExit);
    }
}

void TestOrderStatus::closedStatuses_letTheCashierMoveOn()
{
    QVERIFY(isClosed(OrderStatus::Paid));
    QVERIFY(isClosed(OrderStatus::Cancelled));
    QVERIFY(isClosed(OrderStatus::Expired));
    QVERIFY(!isClosed(OrderStatus::Draft));
    QVERIFY(!isClosed(OrderStatus::AwaitingPayment));
    QVERIFY(!isClosed(OrderStatus::Failed));
    QVERIFY(isAwaitingPayment(OrderStatus::AwaitingPayment));
    QVERIFY(!isAwaitingPayment(OrderStatus::Expired));
}

void TestOrderStatus::settledStatuses_endTheTerminalsWatch()
{
    QVERIFY(isSettled(OrderStatus::Paid));
    QVERIFY(isSettled(OrderStatus::Failed));
    QVERIFY(isSettled(OrderStatus::Cancelled));
    QVERIFY(!isSettled(OrderStatus::Draft));
    QVERIFY(!isSettled(OrderStatus::AwaitingPayment));
    // LigdiCash may still confirm after our timeout: keep watching.
    QVERIFY(!isSettled(OrderStatus::Expired));
}

void TestOrderStatus::paymentCanStartOnlyFromDraftOrFailed()
{
    for (OrderStatus status : allOrderStatuses()) {
        QCOMPARE(canStartPayment(status), isLegalTransition(status, OrderStatus::AwaitingPayment));
    }
    // An expired order may still be paid on LigdiCash's side: a second attempt could charge twice.
    QVERIFY(!canStartPayment(OrderStatus::Expired));
}

void TestOrderStatus::illegalTransition_hasAReadableMessage()
{
    const QString message =
        transitionErrorMessage(TransitionError::Illegal, OrderStatus::Paid, OrderStatus::Draft);
    QVERIFY(message.contains(orderStatusDisplayName(OrderStatus::Paid)));
    QVERIFY(message.contains(orderStatusDisplayName(OrderStatus::Draft)));
    QVERIFY(transitionErrorMessage(TransitionError::None, OrderStatus::Draft, OrderStatus::Paid)
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestOrderStatus)
#include "tst_orderstatus.moc"
