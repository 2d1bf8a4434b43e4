#include "MainWindow.h"
#include "MessageWidget.h"
#include "ReceiptPrinter.h"
#include "UiFixture.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPicture>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestReceiptPrinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void pdf_isWritten();
    void pdf_ligdicashPaintsReferenceAndOperator();
    void escpos_bytesGoToTheDevice();
    void missingPrinter_isAMessageNotAFailure();
    void saleCompleted_printsAndReprints();
};

namespace {
Receipt sample()
{
    Cart cart;
    if (cart.add(UiFixture::shop().at(2), 1) != Cart::Error::None)
        qFatal("the sample cart was refused");
    OrderDraft draft = OrderDraft::create(PaymentMethod::Cash, cart);
    draft.tendered = Money::fromFrancs(5000);
    draft.change = Money::fromFrancs(500);
    return Receipt::fromSale(draft, OrderUpdate());
}
} // namespace

void TestReceiptPrinter::pdf_isWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"r.pdf"_s);
    QCOMPARE(ReceiptPrinter::writePdf(sample(), path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(file.size() > 1000);
}

void TestReceiptPrinter::pdf_ligdicashPaintsReferenceAndOperator()
{
    Receipt receipt = sample();
    receipt.method = PaymentMethod::LigdiCash;
    receipt.reference = u"LGD-778899"_s;
    receipt.operatorName = u"MOOV AFRICA"_s;
    // The PDF's pages are what paint() draws; a QPicture keeps the drawn strings readable
    // (a PDF stores glyph ids in compressed streams).
    QPicture picture;
    QPainter painter(&picture);
    ReceiptPrinter::paint(receipt, &painter, QRect(0, 0, 600, 1200));
    painter.end();
    const QByteArray drawn(picture.data(), picture.size());
    const auto painted = [&drawn](const QString &text) {
        QByteArray utf16;
        for (const QChar c : text)
            utf16.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        return drawn.contains(utf16);
    };
    QVERIFY(painted(u"LGD-778899"_s));
    QVERIFY(painted(u"MOOV AFRICA"_s));
    QVERIFY(!painted(u"Change"_s));

    QTemporaryDir dir;
    QCOMPARE(ReceiptPrinter::writePdf(receipt, dir.filePath(u"r.pdf"_s)), QString());
}

void TestReceiptPrinter::escpos_bytesGoToTheDevice()
{
    QTemporaryDir dir;
    const QString device = dir.filePath(u"lp0"_s);
    QCOMPARE(ReceiptPrinter::print(sample(), u"escpos:"_s + device, {}), QString());
    QFile file(device);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("\x1B\x40"));
}

void TestReceiptPrinter::missingPrinter_isAMessageNotAFailure()
{
    QVERIFY(!ReceiptPrinter::print(sample(), u"printer:No Such Printer"_s, {}).isEmpty());
    QVERIFY(!ReceiptPrinter::print(sample(), u"escpos:/nonexistent/dir/lp0"_s, {}).isEmpty());
    QCOMPARE(ReceiptPrinter::print(sample(), u"none"_s, {}), QString());
}

void TestReceiptPrinter::saleCompleted_printsAndReprints()
{
    UiFixture f;
    MainWindow window(f.terminal.get());
    window.showSale();
    f.terminal->sale().addItem(UiFixture::shop().at(0), 2);
    QVERIFY(f.terminal->sale().payCash(Money::fromFrancs(1000)));
    const QDir receipts(f.dir.filePath(u"data/receipts"_s));
    QCOMPARE(receipts.entryList({u"*.pdf"_s}).size(), 1);
    QVERIFY(window.lastReceipt().isValid());

    // The printer disappears: the next sale still completes and the cashier is told.
    f.settings->setValue(Settings::Key::ReceiptOutput, u"escpos:/nonexistent/dir/lp0"_s);
    f.terminal->sale().addItem(UiFixture::shop().at(1));
    QVERIFY(f.terminal->sale().payCash(Money::fromFrancs(500)));
    auto *notice = window.findChildren<MessageWidget *>().last();
    QVERIFY(notice->text().contains(u"lp0"_s) || !notice->text().isEmpty());
    f.settings->setValue(Settings::Key::ReceiptOutput, u"pdf"_s);
    window.reprintLastReceipt();
    QCOMPARE(receipts.entryList({u"*.pdf"_s}).size(), 2);
}

QTEST_MAIN(TestReceiptPrinter)
#include "tst_receiptprinter.moc"
