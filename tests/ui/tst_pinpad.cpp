#include "LoginScreen.h"
#include "MessageWidget.h"
#include "PinPad.h"
#include "UiFixture.h"

#include <QJsonArray>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPinPad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void keyboard_digitsAndEnter();
    void touch_digitsEraseAndOk();
    void tooShort_isNotSubmitted();
    void maximumLength_isEnforced();
    void login_rightPinLogsIn();
    void login_wrongPinSaysSoInline();
};

void TestPinPad::keyboard_digitsAndEnter()
{
    PinPad pad;
    QSignalSpy entered(&pad, &PinPad::pinEntered);
    QTest::keyClicks(&pad, u"12a34"_s);
    QCOMPARE(pad.pin(), u"1234"_s);
    QTest::keyClick(&pad, Qt::Key_Backspace);
    QTest::keyClick(&pad, Qt::Key_9, Qt::KeypadModifier);
    QTest::keyClick(&pad, Qt::Key_Return);
    QCOMPARE(entered.size(), 1);
    QCOMPARE(entered.first().first().toString(), u"1239"_s);
    QVERIFY(pad.pin().isEmpty()); // not kept after it is handed over
}

void TestPinPad::touch_digitsEraseAndOk()
{
    PinPad pad;
    QSignalSpy entered(&pad, &PinPad::pinEntered);
    for (int digit : {9, 9, 9, 1, 9})
        QTest::mouseClick(pad.digitButton(digit), Qt::LeftButton);
    QTest::mouseClick(pad.eraseButton(), Qt::LeftButton);
    QTest::mouseClick(pad.okButton(), Qt::LeftButton);
    QCOMPARE(entered.size(), 1);
    QCOMPARE(entered.first().first().toString(), u"9991"_s);
}

void TestPinPad::tooShort_isNotSubmitted()
{
    PinPad pad;
    QSignalSpy entered(&pad, &PinPad::pinEntered);
    QTest::keyClicks(&pad, u"123"_s);
    QVERIFY(!pad.okButton()->isEnabled());
    QTest::keyClick(&pad, Qt::Key_Return);
    QCOMPARE(entered.size(), 0);
}

void TestPinPad::maximumLength_isEnforced()
{
    PinPad pad;
    QTest::keyClicks(&pad, u"1234567890"_s);
    QCOMPARE(pad.pin().size(), PinPad::kMaximumLength);
}

void TestPinPad::login_rightPinLogsIn()
{
    UiFixture f;
    f.terminal->setCashier(Cashier());
    f.server->users = QJsonArray{
        QJsonObject{{u"id"_s, u"1"_s}, {u"name"_s, u"Awa"_s}, {u"role"_s, u"cashier"_s}},
        QJsonObject{{u"id"_s, u"2"_s}, {u"name"_s, u"Issa"_s}, {u"role"_s, u"manager"_s}}};
    LoginScreen login(f.terminal.get());
    login.show();
    QVERIFY(QTest::qWaitForWindowExposed(&login));
    QTRY_COMPARE(login.selectedCashier(), u"1"_s);
    login.selectCashier(u"2"_s);
    QSignalSpy loggedIn(&login, &LoginScreen::loggedIn);
    QTest::keyClicks(login.pinPad(), u"1234"_s);
    QTest::keyClick(login.pinPad(), Qt::Key_Return);
    QVERIFY(loggedIn.wait(3000));
    QCOMPARE(f.terminal->cashier().id, u"2"_s);
    QCOMPARE(f.terminal->client().sessionToken(), QByteArrayLiteral("session-2"));
}

void TestPinPad::login_wrongPinSaysSoInline()
{
    UiFixture f;
    f.terminal->setCashier(Cashier());
    f.server->users = QJsonArray{QJsonObject{{u"id"_s, u"1"_s}, {u"name"_s, u"Awa"_s}}};
    LoginScreen login(f.terminal.get());
    login.show();
    QTRY_COMPARE(login.selectedCashier(), u"1"_s);
    QTest::keyClicks(login.pinPad(), u"0000"_s);
    QTest::keyClick(login.pinPad(), Qt::Key_Return);
    QTRY_VERIFY(login.messageWidget()->isVisible());
    QCOMPARE(login.messageWidget()->type(), MessageWidget::Type::Error);
    QVERIFY(!f.terminal->isLoggedIn());
    QVERIFY(login.pinPad()->pin().isEmpty());
}

QTEST_MAIN(TestPinPad)
#include "tst_pinpad.moc"
