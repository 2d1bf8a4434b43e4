#include "ReportsCsv.h"

using namespace Qt::StringLiterals;

QString ReportsCsv::field(const QString &text)
{
    // A leading = + - @ would make a spreadsheet run it as a formula; a quote-free apostrophe
    // keeps a cashier's or product's name from doing that.
    QString value = text;
    if (!value.isEmpty() && QStringView(u"=+-@").contains(value.front()))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') ||
        value.contains(u'\r') || value.contains(u';')) {
        value.replace(u"\""_s, u"\"\""_s);
        return u'"' + value + u'"';
    }
    return value;
}

QByteArray ReportsCsv::write(const ReportsClient::Sales &sales)
{
    QString text;
    auto row = [&text](const QString &section, const QString &key, const QString &label,
                       qint64 count, Money total) {
        text += field(section) + u',' + field(key) + u',' + field(label) + u',' +
                QString::number(count) + u',' + QString::number(total.francs()) + u"\r\n";
    };
    text += u"section,key,label,count,total\r\n"_s;
    row(u"period"_s, sales.from, sales.to, 0, Money());
    row(u"sales"_s, u"paid"_s, u"paid"_s, sales.count, sales.total);
    row(u"awaiting"_s, u"awaiting"_s, u"awaiting"_s, sales.awaitingCount, sales.awaitingTotal);
    const std::pair<QString, const QList<ReportsClient::Group> *> sections[] = {
        {u"method"_s, &sales.byMethod},     {u"operator"_s, &sales.byOperator},
        {u"cashier"_s, &sales.byCashier},   {u"terminal"_s, &sales.byTerminal},
        {u"product"_s, &sales.topProducts},
    };
    for (const auto &[section, groups] : sections) {
        for (const ReportsClient::Group &group : *groups)
            row(section, group.key, group.label, group.count, group.total);
    }
    for (const ReportsClient::Bucket &bucket : sales.byHour)
        row(u"hour"_s, QString::number(bucket.hour),
            u"%1:00"_s.arg(bucket.hour, 2, 10, QChar(u'0')), bucket.count, bucket.total);
    for (const ReportsClient::Bucket &bucket : sales.byDay) {
        const QString day = bucket.date.toString(Qt::ISODate);
        row(u"day"_s, day, day, bucket.count, bucket.total);
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}
