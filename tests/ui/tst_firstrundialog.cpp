#include "FirstRunDialog.h"
#include "MessageWidget.h"
#include "TokenStore.h"
#include "UiFixture.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFirstRunDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void wrongToken_saysSoAndKeepsNothing();
    void unreachableServer_saysSo();
    void goodToken_isCheckedThenSavedReadableOnlyByTheUser();
};

void TestFirstRunDialog::wrongToken_saysSoAndKeepsNothing()
{
    UiFixture f;
    Settings settings(f.dir.filePath(u"first.ini"_s));
    TokenStore tokens(f.dir.filePath(u"token"_s), TokenStore::Backend::FileOnly);
    FirstRunDialog dialog(&settings, &tokens);
    dialog.urlEdit()->setText(f.server->url().toString());
    dialog.tokenEdit()->setText(u"wrong"_s);
    QTest::mouseClick(dialog.checkButton(), Qt::LeftButton);
    QTRY_COMPARE(dialog.messageWidget()->type(), MessageWidget::Type::Error);
    QVERIFY(dialog.messageWidget()->text().contains(u"token"_s));
    QVERIFY(!QFile::exists(f.dir.filePath(u"token"_s)));
    QVERIFY(settings.serverUrl().isEmpty());
}

void TestFirstRunDialog::unreachableServer_saysSo()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"first.ini"_s));
    TokenStore tokens(dir.filePath(u"token"_s), TokenStore::Backend::FileOnly);
    FirstRunDialog dialog(&settings, &tokens);
    dialog.urlEdit()->setText(u"http://127.0.0.1:%1"_s.arg(port));
    dialog.tokenEdit()->setText(u"abc"_s);
    QTest::mouseClick(dialog.checkButton(), Qt::LeftButton);
    QTRY_COMPARE(dialog.messageWidget()->type(), MessageWidget::Type::Error);
    QVERIFY(dialog.messageWidget()->text().contains(u"reached"_s));
    dialog.urlEdit()->setText(u"ftp://example"_s);
    QTest::mouseClick(dialog.checkButton(), Qt::LeftButton);
    QVERIFY(dialog.messageWidget()->text().contains(u"http"_s));
}

void TestFirstRunDialog::goodToken_isCheckedThenSavedReadableOnlyByTheUser()
{
    UiFixture f;
    Settings settings(f.dir.filePath(u"first.ini"_s));
    const QString tokenFile = f.dir.filePath(u"secret/token"_s);
    TokenStore tokens(tokenFile, TokenStore::Backend::FileOnly);
    FirstRunDialog dialog(&settings, &tokens);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.urlEdit()->setText(f.server->url().toString());
    dialog.tokenEdit()->setText(QString::fromLatin1(f.server->terminalToken));
    QTest::mouseClick(dialog.checkButton(), Qt::LeftButton);
    QTRY_COMPARE(accepted.size(), 1);
    QCOMPARE(settings.serverUrl(), f.server->url());
    QCOMPARE(TokenStore::readFile(tokenFile), f.server->terminalToken);
    QCOMPARE(QFile::permissions(tokenFile) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

QTEST_MAIN(TestFirstRunDialog)
#include "tst_firstrundialog.moc"
