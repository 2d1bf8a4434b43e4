#include "contract/JsonReader.h"
#include "domain/OrderLine.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstError_isKeptAndLaterReadsAreHarmless();
    void nestedList_namesElementAndField();
    void dateTime_withOffset_isConvertedToUtc_data();
    void dateTime_withOffset_isConvertedToUtc();
    void dateTime_withoutZone_isRefused();
    void missingAndNull_areTheSameForOptionalFields();
    void requiredNull_isMissing();
    void uuid_acceptsOnlyTheBracelessForm_data();
    void uuid_acceptsOnlyTheBracelessForm();
    void string_refusesOverlongText();
};

void TestJsonReader::firstError_isKeptAndLaterReadsAreHarmless()
{
    JsonReader reader(parse(R"({"a":"x","b":1.5})"));
    QCOMPARE(reader.integer(u"a", 0, 10), 0);
    QCOMPARE(reader.amount(u"b"), Money());
    QCOMPARE(reader.string(u"missing", 10), QString());
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error().field, u"a"_s);
}

void TestJsonReader::nestedList_namesElementAndField()
{
    JsonReader reader(parse(
        R"({"order":{"lines":[{"product_id":"a","name":"A","quantity":1,"unit_price":5,"line_total":5},
                                    {"product_id":"b","name":"B","quantity":1,"unit_price":5,"line_total":"5"}]}})"));
    JsonReader inner(reader.object(u"order"), u"order"_s);
    const QList<OrderLine> lines = inner.list(u"lines", 10, &OrderLine::fromJson);
    QVERIFY(!inner.ok());
    QCOMPARE(inner.error().field, u"order.lines[1].line_total"_s);
    QCOMPARE(lines.size(), 1);
}

void TestJsonReader::dateTime_withOffset_isConvertedToUtc_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("Z") << u"2026-04-15T11:19:28Z"_s;
    QTest::newRow("Z with ms") << u"2026-04-15T11:19:28.000Z"_s;
    QTest::newRow("+00:00") << u"2026-04-15T11:19:28+00:00"_s;
    QTest::newRow("+02:00") << u"2026-04-15T13:19:28+02:00"_s;
    QTest::newRow("-05:00") << u"2026-04-15T06:19:28-05:00"_s;
}

void TestJsonReader::dateTime_withOffset_isConvertedToUtc()
{
    QFETCH(QString, text);
    JsonReader reader(QJsonObject{{u"at"_s, text}});
    const QDateTime at = reader.dateTime(u"at");
    QVERIFY(reader.ok());
    QCOMPARE(at, QDateTime(QDate(2026, 4, 15), QTime(11, 19, 28), QTimeZone::utc()));
    QCOMPARE(at.timeSpec(), Qt::UTC);
}

void TestJsonReader::dateTime_withoutZone_isRefused()
{
    JsonReader reader(parse(R"({"at":"2026-04-15T11:19:28"})"));
    QVERIFY(!reader.dateTime(u"at").isValid());
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error().field, u"at"_s);
}

void TestJsonReader::missingAndNull_areTheSameForOptionalFields()
{
    JsonReader reader(parse(R"({"a":null})"));
    QCOMPARE(reader.optionalAmount(u"a"), std::nullopt);
    QCOMPARE(reader.optionalAmount(u"b"), std::nullopt);
    QCOMPARE(reader.optionalString(u"a", 10), QString());
    QVERIFY(!reader.optionalDateTime(u"a").isValid());
    QVERIFY(reader.optionalUrl(u"a").isEmpty());
    QCOMPARE(reader.optionalBoolean(u"a", true), true);
    QVERIFY(reader.ok());
}

void TestJsonReader::requiredNull_isMissing()
{
    JsonReader reader(parse(R"({"total":null})"));
    reader.amount(u"total");
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error().field, u"total"_s);
}

void TestJsonReader::uuid_acceptsOnlyTheBracelessForm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("lower") << u"123e4567-e89b-12d3-a456-426614174000"_s << true;
    QTest::newRow("upper") << u"123E4567-E89B-12D3-A456-426614174000"_s << true;
    QTest::newRow("braces") << u"{123e4567-e89b-12d3-a456-426614174000}"_s << false;
    QTest::newRow("no dashes") << u"123e4567e89b12d3a456426614174000"_s << false;
    QTest::newRow("null") << u"00000000-0000-0000-0000-000000000000"_s << false;
    QTest::newRow("bad hex") << u"123e4567-e89b-12d3-a456-42661417400g"_s << false;
}

void TestJsonReader::uuid_acceptsOnlyTheBracelessForm()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    JsonReader reader(QJsonObject{{u"id"_s, text}});
    const QUuid id = reader.uuid(u"id");
    QCOMPARE(reader.ok(), accepted);
    QCOMPARE(id.isNull(), !accepted);
}

void TestJsonReader::string_refusesOverlongText()
{
    JsonReader reader(QJsonObject{{u"name"_s, QString(201, u'x')}});
    QCOMPARE(reader.string(u"name", 200), QString());
    QVERIFY(!reader.ok());
    QVERIFY(reader.error().message.contains(u"200"_s));
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
